"""Two-way messages between a patient's thread and the patient.

Staff text in a patient's thread (or in reply to the bot's messages about them) reaches the patient as a
message from the clinic, and the thread is told whether it was delivered. While a concern is open, the
patient's new messages are mirrored into their thread. `/note …` stays internal, stored with the
escalation. Neither relayed nor mirrored text is stored: only who sent a message to the patient, and when.
"""

from __future__ import annotations

import logging
from html import escape

from telegram import Bot, Message, ReplyParameters, Update
from telegram.error import Forbidden, TelegramError
from telegram.ext import ContextTypes

from bot.storage import MESSAGE, NOTE, Concern, StorageError
from bot.telegram import texts
from bot.telegram.render import Block, pack
from bot.telegram.send import retrying
from bot.telegram.services import Services, services
from bot.telegram.staff import cards
from bot.telegram.staff.alerts import staff_name, topic_name

log = logging.getLogger(__name__)
MAX_RELAYED = 3500
MAX_NOTE = 2000


async def _patient_of(s: Services, message: Message) -> int | None:
    thread = message.message_thread_id if message.is_topic_message else None
    reply_to = message.reply_to_message.message_id if message.reply_to_message else None
    if reply_to is not None and thread is not None and reply_to == thread:
        reply_to = None  # in a topic, "replying" to the topic's first message is just being in the topic
    return await s.desk.patient_for(thread, reply_to)


def _answers_the_bot(message: Message, bot_id: int) -> bool:
    """A reply to one of the bot's messages (or a message in a topic the bot created) that no patient is
    linked to: their data was erased, or it is not about a patient."""
    replied = message.reply_to_message
    return replied is not None and replied.from_user is not None and replied.from_user.id == bot_id


async def _reply(s: Services, bot: Bot, message: Message, html: str) -> None:
    thread = message.message_thread_id if message.is_topic_message else None
    try:
        await retrying(lambda: bot.send_message(message.chat.id, html, message_thread_id=thread,
                                                reply_parameters=_reply_to(message.message_id)))
    except TelegramError as exc:
        log.warning("staff chat: reply not sent (%s)", type(exc).__name__)


def _reply_to(message_id: int | None) -> ReplyParameters | None:
    return ReplyParameters(message_id, allow_sending_without_reply=True) if message_id else None


async def staff_message(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """A message in the staff chat: relayed to the patient when it is in (or replies into) their thread."""
    s = services(context)
    message = update.effective_message
    if message is None or not s.desk.in_staff_chat(message.chat.id) or not message.text:
        return
    patient_chat = await _patient_of(s, message)
    if patient_chat is None:
        if _answers_the_bot(message, context.bot.id) and await s.desk.is_member(context.bot, message.from_user):
            await _reply(s, context.bot, message, texts.STAFF_NOT_DELIVERED_UNKNOWN)
        return
    if not await s.desk.is_member(context.bot, message.from_user):
        return
    concern = await s.storage.current_concern(patient_chat)
    patient = await s.storage.patient(patient_chat)
    if patient is None:
        await _reply(s, context.bot, message, texts.STAFF_NOT_DELIVERED_ERASED)
        return
    clinic = s.settings.clinic_name or "your clinic"
    body = pack([Block(message.text[:MAX_RELAYED], texts.STAFF_TO_PATIENT.format(clinic=clinic))])[0]
    try:
        await retrying(lambda: context.bot.send_message(patient_chat, body))
    except Forbidden:
        await _reply(s, context.bot, message, texts.STAFF_NOT_DELIVERED_BLOCKED)
        return
    except TelegramError as exc:
        log.warning("staff message to chat %s not delivered (%s)", patient_chat, type(exc).__name__)
        await _reply(s, context.bot, message, texts.STAFF_NOT_DELIVERED_ERROR.format(reason=type(exc).__name__))
        return
    if concern is not None:
        await s.storage.add_action(concern.id, MESSAGE, message.from_user.id if message.from_user else None,
                                   staff_name(message.from_user), "", s.now())
    log.info("staff message delivered to chat %s", patient_chat)
    name = escape(patient.first_name or "the patient")
    await _reply(s, context.bot, message, texts.STAFF_DELIVERED.format(name=name))


async def note_command(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """/note … in a patient's thread: stored with their current escalation, never sent to the patient."""
    s = services(context)
    message = update.effective_message
    if message is None or not s.desk.in_staff_chat(message.chat.id):
        return
    if not await s.desk.is_member(context.bot, message.from_user):
        return
    text = " ".join(context.args or []).strip()
    patient_chat = await _patient_of(s, message)
    concern = await s.storage.current_concern(patient_chat) if patient_chat is not None else None
    if concern is None:
        await _reply(s, context.bot, message, texts.STAFF_NOTE_WHERE)
        return
    if not text:
        await _reply(s, context.bot, message, texts.STAFF_NOTE_EMPTY)
        return
    await s.storage.add_action(concern.id, NOTE, message.from_user.id if message.from_user else None,
                               staff_name(message.from_user), text[:MAX_NOTE], s.now())
    await _reply(s, context.bot, message, texts.STAFF_NOTE_SAVED)


async def open_concern(s: Services, chat_id: int) -> Concern | None:
    """The patient's concern whose thread their messages are mirrored to (None: nothing open, or no card yet)."""
    if s.desk.chat_id is None:
        return None
    try:
        concern = await s.storage.current_concern(chat_id)
    except StorageError:
        return None
    if concern is None or concern.state == "resolved" or concern.card_message_id is None:
        return None
    return concern


async def mirror_media(s: Services, bot: Bot, chat_id: int, message_id: int, concern: Concern) -> bool:
    """Copy a patient's photo, voice note or file into their thread (not stored); False if that failed."""
    try:
        await s.desk.copy(bot, chat_id, message_id, name=topic_name(concern), escalation_id=concern.id,
                          reply_to=None if s.desk.forum else concern.card_message_id)
    except Exception as exc:  # never cost the patient their reply
        log.warning("chat %s: media not mirrored to the staff chat (%s)", chat_id, type(exc).__name__)
        return False
    return True


async def mirror(s: Services, bot: Bot, chat_id: int, first_name: str, text: str) -> None:
    """Copy a patient's message into their thread while a concern is open (best effort, never raises)."""
    try:
        concern = await open_concern(s, chat_id)
        if concern is None:
            return
        head = texts.STAFF_MIRROR.format(who=cards.patient_label(first_name or concern.first_name, concern.clinic_ref))
        html = pack([Block(text[:MAX_RELAYED], head)])[0]
        await s.desk.post(bot, chat_id, html, escalation_id=concern.id, name=topic_name(concern),
                          reply_to=None if s.desk.forum else concern.card_message_id)
    except Exception as exc:  # a mirror must never cost the patient their answer
        log.warning("chat %s: message not mirrored to the staff chat (%s)", chat_id, type(exc).__name__)


async def patient_forgot(s: Services, bot: Bot, chat_id: int, thread: int | None, card: int | None) -> None:
    """After /forget: tell the thread the patient erased their data, and close it (best effort)."""
    if s.desk.chat_id is None or (thread is None and card is None):
        return
    try:
        await retrying(lambda: bot.send_message(
            s.desk.chat_id, texts.STAFF_PATIENT_ERASED, message_thread_id=thread if s.desk.forum else None,
            reply_parameters=None if thread is not None and s.desk.forum else _reply_to(card)))
    except TelegramError as exc:
        log.warning("staff chat: erasure of chat %s not announced (%s)", chat_id, type(exc).__name__)
    if thread is not None and s.desk.forum:
        await s.desk.close_thread(bot, thread)

