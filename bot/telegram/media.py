"""Messages that are not text: a kind reply asking for words instead; while the patient has an open concern,
the photo or voice note also goes to their thread in the staff chat."""

from __future__ import annotations

from telegram import Update
from telegram.ext import ContextTypes

from bot.telegram import texts
from bot.telegram.send import send_text
from bot.telegram.services import services
from bot.telegram.staff import relay


async def non_text(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Photos, voice notes, stickers, files, locations, videos: asks the patient to describe it in words."""
    s = services(context)
    chat_id = update.effective_chat.id
    concern = await relay.open_concern(s, chat_id)
    shared = concern is not None and await relay.mirror_media(s, context.bot, chat_id,
                                                              update.effective_message.message_id, concern)
    await send_text(context.bot, chat_id, texts.NON_TEXT_SHARED if shared else texts.NON_TEXT)
