"""The command list (one source for /help and setMyCommands), /help, /forget and unknown commands."""

from __future__ import annotations

import logging

from telegram import BotCommand, CallbackQuery, Update
from telegram.error import TelegramError
from telegram.ext import ContextTypes

from bot.telegram import texts
from bot.telegram.render import Block, buttons, callback
from bot.telegram.send import answer_quietly, retrying, send_blocks, send_text
from bot.telegram.services import services
from bot.telegram.staff import relay

log = logging.getLogger(__name__)
FORGET = "forget"
FORGET_WAIT = 5.0  # seconds pending staff notices get to reach the clinic before the data goes

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
    """Asks the patient to confirm with a button before anything is deleted."""
    keyboard = buttons([[(texts.FORGET_YES, callback(FORGET, "yes")), (texts.FORGET_NO, callback(FORGET, "no"))]])
    await send_text(context.bot, update.effective_chat.id, texts.FORGET_CONFIRM, keyboard)


async def forget_button(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Deletes everything stored about the chat, after the clinic has its pending notices.

    Undelivered staff notices get a few seconds to go out; any still undelivered become one anonymous
    notice telling the clinic that a patient with an open concern erased their data.
    """
    s = services(context)
    query = update.callback_query
    chat_id = update.effective_chat.id
    await answer_quietly(query)
    if query.data != callback(FORGET, "yes"):
        await _close(query, texts.FORGET_KEPT)
        return
    if await s.storage.open_notices(chat_id):
        await s.outbox.settle(chat_id, FORGET_WAIT)
    thread = await s.storage.staff_thread(chat_id)
    cards = [c.card_message_id for c in await s.storage.concerns(chat_id) if c.card_message_id]
    left = await s.storage.forget(chat_id, s.now())
    s.outbox.wake()
    await relay.patient_forgot(s, context.bot, chat_id, thread, cards[-1] if cards else None)
    context.chat_data.clear()
    context.user_data.clear()
    log.info("chat %s forgotten (%d undelivered notices left as an anonymous notice)", chat_id, left)
    await _close(query, texts.FORGOTTEN)


async def _close(query: CallbackQuery, text: str) -> None:
    """Replace the confirmation (and its buttons) with the outcome, or send it if the prompt is too old."""
    try:
        await retrying(lambda: query.edit_message_text(Block(text).html(), reply_markup=None), repeatable=True)
    except TelegramError:
        await send_text(query.get_bot(), query.message.chat.id if query.message else query.from_user.id, text)


async def unknown_command(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    await send_text(context.bot, update.effective_chat.id, texts.UNKNOWN_COMMAND)
