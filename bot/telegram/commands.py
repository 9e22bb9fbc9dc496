"""The command list (one source for /help and setMyCommands), /help, /forget and unknown commands."""

from __future__ import annotations

from telegram import BotCommand, Update
from telegram.ext import ContextTypes

from bot.telegram import texts
from bot.telegram.render import Block
from bot.telegram.send import send_blocks, send_text
from bot.telegram.services import services
from bot.telegram.staff import relay

COMMANDS: tuple[tuple[str, str], ...] = (
    ("start", "Welcome and set your treatment date"),
    ("today", "Your plan for today"),
    ("topics", "Browse aftercare topics"),
    ("date", "Show or change your treatment date"),
    ("checkin", "Check in about your skin now"),
    ("stop", "Pause daily check-ins"),
    ("resume", "Restart daily check-ins"),
    ("forget", "Delete everything stored about you"),
    ("help", "What I can do"),
)


def bot_commands() -> list[BotCommand]:
    return [BotCommand(name, description) for name, description in COMMANDS]


async def help_command(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Lists the commands and repeats the disclaimer."""
    lines = "\n".join(f"/{name} — {description}" for name, description in COMMANDS)
    intro = "Ask me any question about your aftercare in your own words, or use a command:\n"
    await send_blocks(context.bot, update.effective_chat.id, [Block(intro + lines), Block(texts.DISCLAIMER)])


async def forget_command(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Deletes everything stored about the chat, then confirms."""
    chat_id = update.effective_chat.id
    s = services(context)
    thread = await s.storage.staff_thread(chat_id)
    cards = [c.card_message_id for c in await s.storage.concerns(chat_id) if c.card_message_id]
    await s.storage.forget(chat_id, s.now())
    await relay.patient_forgot(s, context.bot, chat_id, thread, cards[-1] if cards else None)
    context.chat_data.clear()
    context.user_data.clear()
    await send_text(context.bot, chat_id, texts.FORGOTTEN)


async def unknown_command(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    await send_text(context.bot, update.effective_chat.id, texts.UNKNOWN_COMMAND)
