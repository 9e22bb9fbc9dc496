"""Free-text questions, topic buttons, /topics and /today."""

from __future__ import annotations

import logging

from telegram import Update
from telegram.ext import ContextTypes

from bot.engine import Answer
from bot.engine.moments import hours_between
from bot.storage import EMERGENCY, Patient, StorageError
from bot.telegram import escalation, texts
from bot.telegram.answers import answer_blocks, plan_blocks, suggestion_buttons, topic_keyboard
from bot.telegram.guard import FLOODING
from bot.telegram.onboarding import apply_typed_date, first_name, typed_time
from bot.telegram.render import Block
from bot.telegram.send import answer_quietly, send_blocks, send_text
from bot.telegram.services import Services, services
from bot.telegram.staff import relay

log = logging.getLogger(__name__)


async def text_message(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Answers the patient's message from the knowledge base, or takes a typed treatment date or time.

    An escalation the patient reports is stored before any reply; one they only ask about ("what if my lips
    swell?") gets the same safety advice but no staff notice. While the chat is flooding, only escalations
    are answered.
    """
    s = services(context)
    message = update.effective_message
    chat_id = update.effective_chat.id
    text = message.text or ""
    flooding = bool(context.chat_data.get(FLOODING)) if context.chat_data is not None else False
    reading = None if flooding else s.treatment.read(text, s.now())
    if reading is not None:
        await apply_typed_date(update, context, text, reading)
        return
    if not flooding and await typed_time(update, context, text):
        return
    patient = await s.patient_safely(chat_id)
    answer = _answer(s, patient, text)
    log.info("chat %s: topic=%s level=%s kind=%s", chat_id, answer.topic, answer.level, answer.kind)
    if answer.level != "none" and answer.report:
        await escalation.record(s, escalation.new_escalation(chat_id, first_name(update.effective_user),
                                                             s.day(patient), text, answer, message.message_id))
    elif flooding and answer.level == "none":
        return
    await send_blocks(context.bot, chat_id, answer_blocks(answer, s.engine, s.settings),
                      suggestion_buttons(answer, s.engine))
    await relay.mirror(s, context.bot, chat_id, first_name(update.effective_user), text)


async def edited_message(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """An edit that now reports an escalating symptom escalates like a new message; other edits stay quiet."""
    s = services(context)
    message = update.edited_message
    chat_id = update.effective_chat.id
    patient = await s.patient_safely(chat_id)
    answer = _answer(s, patient, message.text or "")
    if answer.level == "none" or not answer.report:
        return
    try:
        before = await s.storage.escalated(chat_id, message.message_id)
    except StorageError:
        before = None
    if before == EMERGENCY or before == answer.report_level:
        log.info("chat %s: edited message %s adds no new escalation", chat_id, message.message_id)
        return
    log.info("chat %s: edited message %s escalates (level=%s)", chat_id, message.message_id, answer.report_level)
    await escalation.record(s, escalation.new_escalation(chat_id, first_name(update.effective_user),
                                                         s.day(patient), message.text or "", answer,
                                                         message.message_id))
    await send_blocks(context.bot, chat_id, answer_blocks(answer, s.engine, s.settings))


def _answer(s: Services, patient: Patient | None, text: str) -> Answer:
    hours = s.hours_since(patient)
    return s.engine.answer(text, hours, s.now() if hours is not None else None, _time_known(patient))


async def topics_command(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Shows every topic as a button."""
    await send_text(context.bot, update.effective_chat.id, texts.TOPICS, topic_keyboard(services(context).engine))


async def topic_button(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Shows a topic's rule, personalised by the time since treatment."""
    s = services(context)
    query = update.callback_query
    topic_id = query.data.split(":", 1)[1]
    if topic_id not in s.engine.topics:
        await answer_quietly(query, texts.STALE_BUTTON)
        return
    await answer_quietly(query)
    patient = await s.storage.patient(update.effective_chat.id)
    hours = s.hours_since(patient)
    topic = s.engine.topics[topic_id]
    body = s.engine.topic_text(topic_id, hours, s.now() if hours is not None else None, _time_known(patient))
    await send_blocks(context.bot, update.effective_chat.id, [Block(body, f"{topic.title}: ")])


async def today_command(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Day N and today's personal plan: what is still off-limits and until when, what is fine now."""
    s = services(context)
    chat_id = update.effective_chat.id
    patient = await s.storage.patient(chat_id)
    hours = s.hours_since(patient)
    day = s.day(patient)
    if hours is None or day is None:
        await send_text(context.bot, chat_id, texts.NO_DATE)
        return
    now = s.now()
    midnight = now.replace(hour=0, minute=0, second=0, microsecond=0)
    plan = s.engine.day_plan(hours, now, since_hours=max(0.0, hours - hours_between(midnight, now)))
    await send_blocks(context.bot, chat_id, plan_blocks(day, plan, now))


def _time_known(patient: Patient | None) -> bool:
    return patient is not None and patient.time_known
