"""Free-text questions, topic buttons, /topics and /today."""

from __future__ import annotations

import logging

from telegram import Update
from telegram.ext import ContextTypes

from bot.engine.dates import parse_date
from bot.telegram import texts
from bot.telegram.answers import answer_blocks, plan_blocks, suggestion_buttons, topic_keyboard
from bot.telegram.escalation import escalate
from bot.telegram.onboarding import apply_typed_date, first_name
from bot.telegram.render import Block
from bot.telegram.send import retrying, send_blocks, send_text
from bot.telegram.services import services
from bot.telegram.staff import relay

log = logging.getLogger(__name__)


async def text_message(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Answers the patient's message from the knowledge base, or takes a typed treatment date."""
    s = services(context)
    chat_id = update.effective_chat.id
    text = update.effective_message.text or ""
    reading = parse_date(text, s.now().date())
    if reading is not None:
        await apply_typed_date(update, context, text, reading)
        return
    patient = await s.storage.patient(chat_id)
    hours = s.hours_since(patient)
    answer = s.engine.answer(text, hours, s.now() if hours is not None else None)
    log.info("chat %s: topic=%s level=%s kind=%s", chat_id, answer.topic, answer.level, answer.kind)
    await send_blocks(context.bot, chat_id, answer_blocks(answer, s.engine, s.settings),
                      suggestion_buttons(answer, s.engine))
    await relay.mirror(s, context.bot, chat_id, first_name(update.effective_user), text)
    if answer.level != "none":
        await escalate(s, context.bot, chat_id, first_name(update.effective_user), s.day(patient), text, answer)


async def topics_command(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Shows every topic as a button."""
    await send_text(context.bot, update.effective_chat.id, texts.TOPICS, topic_keyboard(services(context).engine))


async def topic_button(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Shows a topic's rule, personalised by the time since treatment."""
    s = services(context)
    query = update.callback_query
    topic_id = query.data.split(":", 1)[1]
    if topic_id not in s.engine.topics:
        await retrying(lambda: query.answer(texts.STALE_BUTTON))
        return
    await retrying(query.answer)
    patient = await s.storage.patient(update.effective_chat.id)
    hours = s.hours_since(patient)
    topic = s.engine.topics[topic_id]
    body = s.engine.topic_text(topic_id, hours, s.now() if hours is not None else None)
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
    plan = s.engine.day_plan(hours, now, since_hours=max(0.0, hours - now.hour - now.minute / 60))
    await send_blocks(context.bot, chat_id, plan_blocks(day, plan, now))
