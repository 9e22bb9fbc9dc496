"""aftercare-bot: a Telegram assistant for patients after microneedling."""

__version__ = "0.1.0"
