"""Welcome, disclaimer and the treatment date: buttons, typed dates, /date and deep links."""

from __future__ import annotations

import logging
from datetime import date, timedelta

from telegram import InlineKeyboardMarkup, Update, User
from telegram.ext import ContextTypes

from bot.engine import schedule as sched
from bot.engine.dates import DateReading, parse_date
from bot.links import split_payload
from bot.telegram import texts
from bot.telegram.render import Block, buttons, callback
from bot.telegram.send import answer_quietly, send_blocks, send_text
from bot.telegram.services import Services, services

log = logging.getLogger(__name__)
DATE = "date"

OTHER = "other"
DATE_BUTTONS = (("Today", 0), ("Yesterday", 1), ("2 days ago", 2))


def first_name(user: User | None) -> str:
    return (user.first_name if user else "") or ""


def date_keyboard() -> InlineKeyboardMarkup:
    return buttons([[(label, callback(DATE, back)) for label, back in DATE_BUTTONS],
                    [("Another date", callback(DATE, OTHER))]])


async def start(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Greets the patient, shows the disclaimer, then sets or asks the treatment date."""
    s = services(context)
    chat_id = update.effective_chat.id
    name = first_name(update.effective_user) or "there"
    welcome = texts.WELCOME.format(name=name, clinic=s.settings.clinic_name or "your clinic")
    await send_blocks(context.bot, chat_id, [Block(welcome), Block(texts.DISCLAIMER), Block(texts.PRIVACY_NOTE)])
    if context.args:
        treated_on, ref = split_payload(context.args[0]) if len(context.args) == 1 else (None, None)
        if treated_on is None:
            await apply_typed_date(update, context, " ".join(context.args).replace("_", " "))
            return
        await apply_typed_date(update, context, treated_on)
        if ref is not None and await s.storage.set_clinic_ref(chat_id, ref):
            log.info("chat %s: clinic reference stored", chat_id)
        return
    await show_date(s, context, chat_id, offer_change=False)


async def date_command(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """/date shows the treatment date; /date 2026-11-20 or /date yesterday changes it."""
    if context.args:
        await apply_typed_date(update, context, " ".join(context.args))
    else:
        await show_date(services(context), context, update.effective_chat.id, offer_change=True)


async def show_date(s: Services, context: ContextTypes.DEFAULT_TYPE, chat_id: int, offer_change: bool) -> None:
    patient = await s.storage.patient(chat_id)
    if patient is None or patient.treated_on is None:
        await send_text(context.bot, chat_id, texts.ASK_DATE, date_keyboard())
        return
    text = texts.CURRENT_DATE.format(date=_day(patient.treated_on), day=s.day(patient))
    await send_text(context.bot, chat_id, text, date_keyboard() if offer_change else None)


async def date_button(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Sets the date from the Today / Yesterday / 2 days ago buttons, or asks for another date."""
    query = update.callback_query
    choice = query.data.split(":", 1)[1]
    await answer_quietly(query)
    s = services(context)
    if choice == OTHER:
        await send_text(context.bot, update.effective_chat.id, texts.TYPE_DATE)
        return
    if choice not in {str(back) for _, back in DATE_BUTTONS}:
        await send_text(context.bot, update.effective_chat.id, texts.ASK_DATE, date_keyboard())
        return
    treated_on = s.now().date() - timedelta(days=int(choice))
    await set_date(s, context, update.effective_chat.id, first_name(update.effective_user), treated_on)


async def apply_typed_date(update: Update, context: ContextTypes.DEFAULT_TYPE, text: str,
                           reading: DateReading | None = None) -> None:
    s = services(context)
    chat_id = update.effective_chat.id
    reading = reading or parse_date(text, s.now().date())
    if reading is None:
        await send_text(context.bot, chat_id, texts.DATE_UNKNOWN, date_keyboard())
    elif reading.value is None:
        await send_text(context.bot, chat_id, texts.DATE_PROBLEMS[reading.problem or "impossible"], date_keyboard())
    else:
        await set_date(s, context, chat_id, first_name(update.effective_user), reading.value)


async def set_date(s: Services, context: ContextTypes.DEFAULT_TYPE, chat_id: int, name: str,
                   treated_on: date) -> None:
    now = s.now()
    treated_at = sched.treatment_moment(treated_on, now, s.tz)
    await s.storage.set_treatment(chat_id, name, treated_on, treated_at, now)
    text = texts.DATE_SET.format(date=_day(treated_on), day=sched.day_number(treated_on, now, s.tz),
                                 time=s.settings.checkin_time.strftime("%H:%M"), days=s.settings.checkin_days)
    await send_text(context.bot, chat_id, text)


def _day(value: date) -> str:
    return f"{value.strftime('%a')} {value.day} {value.strftime('%b %Y')}"
