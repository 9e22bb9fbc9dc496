"""The Telegram shell: adapts updates to engine calls and engine answers to messages."""
