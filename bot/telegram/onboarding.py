"""Welcome, disclaimer and the treatment's date and time of day: buttons, typed dates, /date, deep links.

Date buttons carry the day their keyboard was shown ("Yesterday" pressed three days later still means the
day before it was shown). A button that would change a date already set, or one from an older keyboard,
asks for confirmation first, so an old keyboard never silently resets a treatment and its check-ins.
"""

from __future__ import annotations

import logging
from datetime import date, datetime, timedelta

from telegram import InlineKeyboardMarkup, Update, User
from telegram.ext import ContextTypes

from bot.engine import schedule as sched
from bot.engine.dates import MAX_AGE_DAYS
from bot.engine.moments import wall
from bot.engine.treatment import NOT_SURE, TreatmentReading, TreatmentTime
from bot.links import split_payload
from bot.storage import Patient
from bot.telegram import texts
from bot.telegram.render import Block, buttons, callback
from bot.telegram.send import answer_quietly, send_blocks, send_text
from bot.telegram.services import Services, services

log = logging.getLogger(__name__)
DATE = "date"
TIME = "time"
OTHER = "other"
SET = "set"
KEEP = "keep"
DATE_BUTTONS = (("Today", 0), ("Yesterday", 1), ("2 days ago", 2))
AWAITING_TIME = "awaiting_time"  # chat_data: the treatment date whose time of day was just asked


def first_name(user: User | None) -> str:
    return (user.first_name if user else "") or ""


def _stamp(value: date) -> str:
    return value.strftime("%Y%m%d")


def _unstamp(text: str) -> date | None:
    try:
        return datetime.strptime(text, "%Y%m%d").date()
    except ValueError:
        return None


def date_keyboard(issued: date) -> InlineKeyboardMarkup:
    return buttons([[(label, callback(DATE, back, _stamp(issued))) for label, back in DATE_BUTTONS],
                    [("Another date", callback(DATE, OTHER))]])


def time_keyboard(s: Services, treated_on: date) -> InlineKeyboardMarkup:
    parts = [(part.capitalize(), callback(TIME, part, _stamp(treated_on))) for part in s.treatment.parts]
    return buttons([parts, [(texts.NOT_SURE, callback(TIME, NOT_SURE, _stamp(treated_on)))]])


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
    """/date shows the treatment date and time; /date 2026-11-20 or /date yesterday 10:30 changes them."""
    if context.args:
        await apply_typed_date(update, context, " ".join(context.args))
    else:
        await show_date(services(context), context, update.effective_chat.id, offer_change=True)


async def show_date(s: Services, context: ContextTypes.DEFAULT_TYPE, chat_id: int, offer_change: bool) -> None:
    patient = await s.storage.patient(chat_id)
    keyboard = date_keyboard(s.now().date())
    if patient is None or patient.treated_on is None:
        await send_text(context.bot, chat_id, texts.ASK_DATE, keyboard)
        return
    text = texts.CURRENT_DATE.format(date=_day(patient.treated_on), day=s.day(patient), time=_time_text(s, patient))
    await send_text(context.bot, chat_id, text, keyboard if offer_change else None)


async def date_button(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Today / Yesterday / 2 days ago / Another date, and the answers to "change the date?"."""
    query = update.callback_query
    parts = query.data.split(":")[1:]
    await answer_quietly(query)
    if parts == [OTHER]:
        await send_text(context.bot, update.effective_chat.id, texts.TYPE_DATE)
    elif parts[0] in (SET, KEEP):
        await _confirmed(update, context, parts)
    else:
        await _date_picked(update, context, parts)


async def _date_picked(update: Update, context: ContextTypes.DEFAULT_TYPE, parts: list[str]) -> None:
    s = services(context)
    chat_id = update.effective_chat.id
    today = s.now().date()
    issued = _unstamp(parts[1]) if len(parts) == 2 else None
    backs = {str(back) for _, back in DATE_BUTTONS}
    if issued is None or issued > today or parts[0] not in backs:  # an old-style or unreadable button
        await send_text(context.bot, chat_id, texts.ASK_DATE, date_keyboard(today))
        return
    new = issued - timedelta(days=int(parts[0]))
    if (today - new).days > MAX_AGE_DAYS:
        await send_text(context.bot, chat_id, texts.DATE_PROBLEMS["too old"], date_keyboard(today))
        return
    patient = await s.storage.patient(chat_id)
    current = patient.treated_on if patient is not None else None
    if current == new:
        await send_text(context.bot, chat_id, texts.SAME_DATE.format(date=_day(new)))
    elif current is not None or issued != today:
        await _ask_to_confirm(s, context, chat_id, new, current, issued)
    else:
        await set_date(s, context, chat_id, first_name(update.effective_user), new)


async def _ask_to_confirm(s: Services, context: ContextTypes.DEFAULT_TYPE, chat_id: int, new: date,
                          current: date | None, issued: date) -> None:
    lines = []
    if issued != s.now().date():
        lines.append(texts.CONFIRM_OLD_BUTTON.format(issued=_day(issued), new=_day(new)))
    if current is not None:
        lines.append(texts.CONFIRM_DATE.format(current=_day(current), new=_day(new)))
    was = _stamp(current) if current is not None else "-"
    rows = [[(texts.CONFIRM_YES.format(new=_short(new)), callback(DATE, SET, _stamp(new), was))]]
    if current is not None:
        rows.append([(texts.CONFIRM_KEEP.format(current=_short(current)), callback(DATE, KEEP, was))])
    else:
        rows.append([("Another date", callback(DATE, OTHER))])
    await send_text(context.bot, chat_id, "\n\n".join(lines), buttons(rows))


async def _confirmed(update: Update, context: ContextTypes.DEFAULT_TYPE, parts: list[str]) -> None:
    """ "Yes, <new date>" or "Keep <date>": valid only while the date is still what it was when asked."""
    s = services(context)
    chat_id = update.effective_chat.id
    patient = await s.storage.patient(chat_id)
    current = patient.treated_on if patient is not None else None
    was = parts[-1]
    if was != (_stamp(current) if current is not None else "-"):
        text = texts.STALE_CONFIRM.format(date=_day(current)) if current else texts.ASK_DATE
        await send_text(context.bot, chat_id, text, None if current else date_keyboard(s.now().date()))
        return
    if parts[0] == KEEP:
        await send_text(context.bot, chat_id, texts.KEPT_DATE.format(date=_day(current)) if current else texts.ASK_DATE)
        return
    new = _unstamp(parts[1]) if len(parts) == 3 else None
    today = s.now().date()
    if new is None or new > today or (today - new).days > MAX_AGE_DAYS:
        await send_text(context.bot, chat_id, texts.ASK_DATE, date_keyboard(today))
        return
    await set_date(s, context, chat_id, first_name(update.effective_user), new)


async def time_button(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Morning / Midday / Afternoon / Evening / Not sure, for the treatment date shown with the buttons."""
    query = update.callback_query
    await answer_quietly(query)
    s = services(context)
    chat_id = update.effective_chat.id
    _, part, stamp = [*query.data.split(":"), "", ""][:3]
    patient = await s.storage.patient(chat_id)
    if patient is None or patient.treated_on is None:
        await send_text(context.bot, chat_id, texts.ASK_DATE, date_keyboard(s.now().date()))
        return
    if _unstamp(stamp) != patient.treated_on or (part != NOT_SURE and part not in s.treatment.parts):
        await send_text(context.bot, chat_id, texts.STALE_TIME.format(date=_day(patient.treated_on)))
        return
    await set_time(s, context, chat_id, patient, s.treatment.assumed(part))


async def set_time(s: Services, context: ContextTypes.DEFAULT_TYPE, chat_id: int, patient: Patient,
                   time: TreatmentTime) -> None:
    """A new time of day for the treatment date already set (its check-ins stay)."""
    assert patient.treated_on is not None
    now = s.now()
    treated_at = time.moment(patient.treated_on, now, s.tz)
    await s.storage.set_treatment(chat_id, patient.first_name, patient.treated_on, treated_at, now, time.known)
    context.chat_data.pop(AWAITING_TIME, None)
    values = {"date": _day(patient.treated_on), "clock": f"{treated_at.astimezone(s.tz):%H:%M}",
              "day": sched.day_number(patient.treated_on, now, s.tz)}
    await send_text(context.bot, chat_id, (texts.TIME_SET_EXACT if time.known else texts.TIME_SET).format(**values))


async def typed_time(update: Update, context: ContextTypes.DEFAULT_TYPE, text: str) -> bool:
    """A time typed right after the bot asked for it ("10:30", "3pm", "morning"); False if it isn't one."""
    s = services(context)
    awaiting = context.chat_data.get(AWAITING_TIME)
    if awaiting is None:
        return False
    time = s.treatment.time_only(text)
    if time is None:
        return False
    chat_id = update.effective_chat.id
    patient = await s.storage.patient(chat_id)
    if patient is None or patient.treated_on is None or patient.treated_on.isoformat() != awaiting:
        context.chat_data.pop(AWAITING_TIME, None)
        return False
    if time.known and wall(patient.treated_on, time.hour, s.tz) > s.now():
        await send_text(context.bot, chat_id, texts.DATE_PROBLEMS["future"])
        return True
    await set_time(s, context, chat_id, patient, time)
    return True


async def apply_typed_date(update: Update, context: ContextTypes.DEFAULT_TYPE, text: str,
                           reading: TreatmentReading | None = None) -> None:
    s = services(context)
    chat_id = update.effective_chat.id
    today = s.now().date()
    reading = reading or s.treatment.read(text, s.now())
    if reading is None:
        await send_text(context.bot, chat_id, texts.DATE_UNKNOWN, date_keyboard(today))
    elif reading.date.value is None:
        problem = texts.DATE_PROBLEMS[reading.date.problem or "impossible"]
        await send_text(context.bot, chat_id, problem, date_keyboard(today))
    else:
        await set_date(s, context, chat_id, first_name(update.effective_user), reading.date.value, reading.time)


async def set_date(s: Services, context: ContextTypes.DEFAULT_TYPE, chat_id: int, name: str,
                   treated_on: date, time: TreatmentTime | None = None) -> None:
    """Set the treatment date (and time, if given); without a time, count from a safe late one and ask."""
    now = s.now()
    chosen = time or s.treatment.assumed(None)
    treated_at = chosen.moment(treated_on, now, s.tz)
    await s.storage.set_treatment(chat_id, name, treated_on, treated_at, now, chosen.known)
    day = sched.day_number(treated_on, now, s.tz)
    clock = f"{treated_at.astimezone(s.tz):%H:%M}"
    if chosen.known:
        context.chat_data.pop(AWAITING_TIME, None)
        text = texts.TIME_SET_EXACT.format(date=_day(treated_on), clock=clock, day=day)
        await send_text(context.bot, chat_id, f"{text} {_checkins(s)}")
        return
    text = texts.DATE_SET.format(date=_day(treated_on), day=day, time=s.settings.checkin_time.strftime("%H:%M"),
                                 days=s.settings.checkin_days)
    if time is not None:  # a part of the day was typed ("yesterday morning")
        context.chat_data.pop(AWAITING_TIME, None)
        await send_text(context.bot, chat_id, f"{text}\n\n{texts.TIME_SET.format(date=_day(treated_on), clock=clock)}")
        return
    context.chat_data[AWAITING_TIME] = treated_on.isoformat()
    await send_text(context.bot, chat_id, f"{text}\n\n{texts.ASK_TIME.format(clock=clock)}",
                    time_keyboard(s, treated_on))


def _checkins(s: Services) -> str:
    return texts.CHECKINS.format(time=s.settings.checkin_time.strftime("%H:%M"), days=s.settings.checkin_days)


def _time_text(s: Services, patient: Patient) -> str:
    if patient.treated_at is None:
        return texts.TIME_ASSUMED.format(clock="?")
    clock = f"{patient.treated_at.astimezone(s.tz):%H:%M}"
    return (texts.TIME_EXACT if patient.time_known else texts.TIME_ASSUMED).format(clock=clock)


def _day(value: date) -> str:
    return f"{value.strftime('%a')} {value.day} {value.strftime('%b %Y')}"


def _short(value: date) -> str:
    return f"{value.strftime('%a')} {value.day} {value.strftime('%b')}"

