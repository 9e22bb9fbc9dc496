"""Messages that are not text: a kind reply asking for words instead."""

from __future__ import annotations

from telegram import Update
from telegram.ext import ContextTypes

from bot.telegram import texts
from bot.telegram.send import send_text


async def non_text(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Photos, voice notes, stickers, files, locations, videos: asks the patient to describe it in words."""
    await send_text(context.bot, update.effective_chat.id, texts.NON_TEXT)
