"""Runs before every handler: buttons act only in private chats (and alert cards' buttons in the staff chat,
whose handler checks who pressed them), and a flooding chat is told once to slow down."""

from __future__ import annotations

import logging

from telegram import Update
from telegram.constants import ChatType
from telegram.error import TelegramError
from telegram.ext import ApplicationHandlerStop, ContextTypes

from bot.telegram import texts
from bot.telegram.flood import Flow
from bot.telegram.send import answer_quietly, send_text
from bot.telegram.services import services
from bot.telegram.staff import cards

log = logging.getLogger(__name__)
FLOODING = "flooding"  # chat_data flag for this update: answer escalations only


async def guard(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    chat = update.effective_chat
    log.debug("update %s: chat %s, %s", update.update_id, chat.id if chat else None, _kind(update))
    private = chat is not None and chat.type == ChatType.PRIVATE
    query = update.callback_query
    staff_card = (query is not None and chat is not None and services(context).desk.in_staff_chat(chat.id)
                  and (query.data or "").startswith(f"{cards.PREFIX}:"))
    if update.callback_query is not None and not private and not staff_card:
        log.info("button pressed outside a private chat (chat %s); ignored", chat.id if chat else None)
        await answer_quietly(update.callback_query, texts.PRIVATE_ONLY)
        raise ApplicationHandlerStop
    message = update.message or update.edited_message
    if message is None or not private or context.chat_data is None:
        return
    moment = message.edit_date or message.date
    flow = services(context).flood.hit(chat.id, moment.timestamp())
    context.chat_data[FLOODING] = flow is not Flow.OK
    if flow is Flow.WARN:
        log.warning("chat %s is flooding; only escalations are answered until it slows down", chat.id)
        try:
            await send_text(context.bot, chat.id, texts.SLOW_DOWN, resends=0)
        except TelegramError as exc:
            log.info("chat %s: slow-down reply not sent (%s)", chat.id, type(exc).__name__)
    is_text = bool(message.text) and not message.text.startswith("/")
    if flow is not Flow.OK and not is_text:
        raise ApplicationHandlerStop  # commands and media are dropped while flooding: only text reports symptoms


def _kind(update: Update) -> str:
    """What an update is, in one word (never its content)."""
    for kind in ("message", "edited_message", "callback_query"):
        if getattr(update, kind) is not None:
            return kind
    return "other"
