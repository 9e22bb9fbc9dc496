"""The error handler: log enough to debug (never message text or the token), apologise to the patient."""

from __future__ import annotations

import contextlib
import logging

from telegram import Update
from telegram.error import TelegramError
from telegram.ext import ContextTypes

from bot.telegram import texts

log = logging.getLogger(__name__)


async def on_error(update: object, context: ContextTypes.DEFAULT_TYPE) -> None:
    chat_id = update.effective_chat.id if isinstance(update, Update) and update.effective_chat else None
    update_id = update.update_id if isinstance(update, Update) else None
    log.error("error handling update %s (chat %s): %s", update_id, chat_id, type(context.error).__name__,
              exc_info=(type(context.error), context.error, context.error.__traceback__) if context.error else None)
    if chat_id is None:
        return
    if isinstance(update, Update) and update.callback_query:
        with contextlib.suppress(TelegramError):
            await update.callback_query.answer()
    with contextlib.suppress(TelegramError):
        await context.bot.send_message(chat_id, texts.ERROR)
