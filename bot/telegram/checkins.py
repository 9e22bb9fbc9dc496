"""Daily check-ins: sent from the database on a periodic tick, answered with buttons, triaged by day.

The tick reads who is due from SQLite rather than keeping one timer per patient in memory, so a
restart loses nothing: a check-in that fell due while the bot was down goes out at the next tick
(same day only), and claiming the day before sending means none is ever sent twice.
"""

from __future__ import annotations

import asyncio
import logging
from datetime import date

from telegram import Bot, CallbackQuery, InlineKeyboardMarkup, Update
from telegram.error import Forbidden, TelegramError
from telegram.ext import ContextTypes

from bot.engine import Answer
from bot.engine import schedule as sched
from bot.engine.models import CheckinOption
from bot.storage import StorageError
from bot.telegram import escalation, texts
from bot.telegram.answers import answer_blocks
from bot.telegram.onboarding import first_name
from bot.telegram.render import Block, buttons, callback, in_rows
from bot.telegram.send import answer_quietly, may_have_arrived, retrying, send_blocks, send_text
from bot.telegram.services import Services, services

log = logging.getLogger(__name__)
CHECKIN = "ci"


def checkin_keyboard(s: Services, day: int) -> InlineKeyboardMarkup:
    options = s.engine.kb.conversation.checkins.options
    return buttons(in_rows([(o.label, callback(CHECKIN, day, o.id)) for o in options], 2))


async def send_checkin(s: Services, bot: Bot, chat_id: int, day: int, treated_on: date) -> bool:
    """Send day N's check-in (counted from `treated_on`) if never claimed before; True when it went out.

    The claim is released only when the send certainly failed; a send that timed out may have arrived,
    so its claim stands: never more than one prompt per chat per day. A treatment date changed since the
    tick read it voids the claim: no prompt for a day that no longer is.
    """
    if not await s.storage.claim_checkin(chat_id, day, s.now(), treated_on):
        return False
    prompt = s.engine.kb.conversation.checkins.prompt.format(day=day)
    try:
        message = await send_text(bot, chat_id, prompt, checkin_keyboard(s, day), resends=0)
    except Forbidden:
        await s.storage.set_paused(chat_id, True)  # the patient blocked the bot: stop trying
        log.info("chat %s blocked the bot; check-ins paused", chat_id)
        return False
    except TelegramError as exc:
        if may_have_arrived(exc):
            log.warning("check-in day %s for chat %s: outcome unknown (%s); not sent again", day, chat_id,
                        type(exc).__name__)
            return False
        await s.storage.release_checkin(chat_id, day)
        log.warning("check-in day %s for chat %s not sent (%s); will retry", day, chat_id, type(exc).__name__)
        return False
    await s.storage.checkin_sent(chat_id, day, message.message_id)
    return True


async def due_checkins(s: Services, bot: Bot) -> int:
    """Send every check-in due now, concurrently (a slow chat delays no other). Returns how many were sent."""
    now = s.now()
    settings = s.settings
    since = sched.first_treatment_date_with_checkins(now, s.tz, settings.checkin_days)
    due = []
    for patient in await s.storage.active_patients(since):
        assert patient.treated_on is not None
        day = sched.due_checkin(patient.treated_on, now, s.tz, settings.checkin_time, settings.checkin_days)
        if day is not None:
            due.append((patient.chat_id, day, patient.treated_on))
    results = await asyncio.gather(*(_send_safely(s, bot, *checkin) for checkin in due))
    return sum(results)


async def _send_safely(s: Services, bot: Bot, chat_id: int, day: int, treated_on: date) -> bool:
    try:
        return await send_checkin(s, bot, chat_id, day, treated_on)
    except StorageError as exc:
        log.error("check-in day %s for chat %s: storage failed (%s)", day, chat_id, exc)
        return False


async def tick_job(context: ContextTypes.DEFAULT_TYPE) -> None:
    await due_checkins(services(context), context.bot)


async def checkin_command(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Checks in now, whatever the schedule."""
    s = services(context)
    chat_id = update.effective_chat.id
    day = s.day(await s.storage.patient(chat_id))
    if day is None:
        await send_text(context.bot, chat_id, texts.NO_CHECKINS)
        return
    await s.storage.reopen_checkin(chat_id, day, s.now())
    prompt = s.engine.kb.conversation.checkins.prompt.format(day=day)
    message = await send_text(context.bot, chat_id, prompt, checkin_keyboard(s, day), resends=0)
    await s.storage.checkin_sent(chat_id, day, message.message_id)


async def checkin_answer(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Triages a check-in button by the day, then adds today's reminders.

    The answer and any escalation are stored together before any network call; answering the tap is
    best effort, so a tap too old to answer still gets its reply and its staff notice.
    """
    s = services(context)
    query = update.callback_query
    chat_id = update.effective_chat.id
    option = _option(s, query.data)
    if option is None:
        await answer_quietly(query, texts.STALE_BUTTON)
        return
    day, choice = option
    patient = await s.patient_safely(chat_id)
    hours = s.hours_since(patient)
    answer = s.engine.assess(choice.symptoms, hours) if choice.symptoms and not choice.reply else None
    raised = None
    if answer is not None and answer.level != "none":
        raised = escalation.new_escalation(chat_id, first_name(update.effective_user), day,
                                           f"Check-in day {day}: {choice.label}", answer)
    try:
        answered = await s.storage.answer_checkin(chat_id, day, choice.id, s.now(), raised)
    except StorageError as exc:
        if raised is None:
            raise
        escalation.unsaved(s, raised, exc)
        answered = True
    else:
        if answered and raised is not None:
            log.warning("escalation: chat %s level %s", chat_id, raised.level)  # symptoms are health data
            s.outbox.wake()
    if not answered:
        await answer_quietly(query, texts.ALREADY_ANSWERED)
        return
    await answer_quietly(query)
    await _close_prompt(query, day, choice)
    await _reply(s, update, context, hours, choice, answer)


def _option(s: Services, data: str) -> tuple[int, CheckinOption] | None:
    parts = data.split(":")
    if len(parts) != 3 or not parts[1].isdigit():
        return None
    by_id = {o.id: o for o in s.engine.kb.conversation.checkins.options}
    choice = by_id.get(parts[2])
    return (int(parts[1]), choice) if choice else None


async def _close_prompt(query: CallbackQuery, day: int, choice: CheckinOption) -> None:
    """Replace the buttons with the chosen answer. A prompt too old to edit is fine: the answer counts."""
    text = texts.CHECKIN_ANSWERED.format(day=day, answer=choice.label)
    try:
        await retrying(lambda: query.edit_message_text(Block(text).html(), reply_markup=None), repeatable=True)
    except TelegramError as exc:
        log.info("check-in prompt not closed (%s)", type(exc).__name__)


async def _reply(s: Services, update: Update, context: ContextTypes.DEFAULT_TYPE, hours: float | None,
                 choice: CheckinOption, answer: Answer | None) -> None:
    chat_id = update.effective_chat.id
    if choice.reply:
        await send_text(context.bot, chat_id, choice.reply)
        return
    blocks = answer_blocks(answer, s.engine, s.settings) if answer is not None else [
        Block(s.engine.kb.conversation.checkins.all_good)]
    blocks += _reminders(s, hours)
    await send_blocks(context.bot, chat_id, blocks)


def _reminders(s: Services, hours: float | None) -> list[Block]:
    if hours is None:
        return []
    now = s.now()
    plan = s.engine.day_plan(hours, now, since_hours=hours - 24)
    lines = [f"• from today: {st.window.activity} is fine again" for st in plan.opened]
    lines += [f"• still no {st.window.activity} — until {st.until(now)}" for st in plan.restricted]
    return [Block("\n" + "\n".join(lines), "Reminders")] if lines else []


async def stop_command(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Pauses the daily check-ins."""
    s = services(context)
    paused = await s.storage.set_paused(update.effective_chat.id, True)
    await send_text(context.bot, update.effective_chat.id, texts.PAUSED if paused else texts.NO_CHECKINS)


async def resume_command(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Restarts the daily check-ins."""
    s = services(context)
    resumed = await s.storage.set_paused(update.effective_chat.id, False)
    text = texts.RESUMED.format(time=s.settings.checkin_time.strftime("%H:%M")) if resumed else texts.NO_CHECKINS
    await send_text(context.bot, update.effective_chat.id, text)
    if resumed:
        await due_checkins(s, context.bot)
