"""Alert cards in the patient's thread: sent by the staff-notice delivery path, acknowledged and resolved by
staff taps (each stored as the escalation's audit trail), and raised again when nobody acknowledges."""

from __future__ import annotations

import logging
from datetime import timedelta

from telegram import Bot, Message, Update
from telegram.error import BadRequest, TelegramError
from telegram.ext import ContextTypes

from bot.storage import EMERGENCY, Concern, Notice, StorageError
from bot.telegram import texts
from bot.telegram.render import Block, pack
from bot.telegram.send import retrying
from bot.telegram.services import Services, services
from bot.telegram.staff import cards
from bot.telegram.staff.stats import duration

log = logging.getLogger(__name__)
MAX_REMINDERS = 3


def topic_name(concern: Concern) -> str:
    return cards.patient_label(concern.first_name, concern.clinic_ref, concern.day)


async def send_card(s: Services, bot: Bot, notice: Notice) -> bool:
    """Deliver an escalation's staff notice as a card with buttons in the patient's thread (the outbox calls
    this; it retries and counts uncertain sends). False when the escalation is gone (the plain notice goes)."""
    desk = s.desk
    concern = await s.storage.concern(notice.escalation_id) if notice.escalation_id is not None else None
    if concern is None or desk.chat_id is None:
        return False
    name = topic_name(concern)
    await desk.rename(bot, concern.chat_id, name)
    previous = [c.card_message_id for c in await s.storage.concerns(concern.chat_id) if c.card_message_id]
    card_id = await desk.post(bot, concern.chat_id, cards.card_html(concern, notice.message, s.tz), name=name,
                           escalation_id=concern.id, markup=cards.card_keyboard(concern),
                           reply_to=None if desk.forum or not previous else previous[-1], once=True,
                           timeout=s.outbox.policy.send_timeout)
    try:
        await s.storage.card_sent(concern.id, card_id, s.now())
    except StorageError as exc:  # the card is out: failing here would send it again
        log.error("card of escalation %s sent but not recorded (%s)", concern.id, exc)
    return True


# -- staff taps ------------------------------------------------------------------------------------


async def card_button(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Acknowledge / Resolve… / a reason / Back. Taps from anywhere but the staff chat, or by anyone who is
    not a member of it, do nothing."""
    s = services(context)
    query = update.callback_query
    parsed = cards.parse_callback(query.data or "")
    message = query.message
    allowed = (parsed is not None and message is not None and s.desk.in_staff_chat(message.chat.id)
               and await s.desk.is_member(context.bot, query.from_user))
    if not allowed:
        log.info("staff button ignored (chat %s, user %s)", message.chat.id if message else None,
                 query.from_user.id if query.from_user else None)
        await _answer(query, texts.STALE_BUTTON)
        return
    kind, escalation_id, reason = parsed  # type: ignore[misc]
    concern = await s.storage.concern(escalation_id)
    if concern is None:
        await _answer(query, texts.STAFF_GONE)
        return
    who = staff_name(query.from_user)
    if kind == cards.ACK:
        done = await s.storage.acknowledge(escalation_id, query.from_user.id, who, s.now())
        await _answer(query, texts.STAFF_ACKED if done else texts.STAFF_ALREADY)
    elif kind == cards.REASON:
        done = await s.storage.resolve(escalation_id, query.from_user.id, who, reason, s.now())
        await _answer(query, texts.STAFF_RESOLVED if done else texts.STAFF_ALREADY)
    else:
        await _answer(query)
        if kind == cards.RESOLVE and concern.resolved_at is None and isinstance(message, Message):
            await _edit_markup(context.bot, message.chat.id, message.message_id, cards.reason_keyboard(concern))
            return
    concern = await s.storage.concern(escalation_id) or concern
    log.info("escalation %s: %s by user %s", escalation_id, concern.state, query.from_user.id)
    if isinstance(message, Message):  # a card older than 48 h comes without its text: recorded, not edited
        await _refresh(context.bot, message, concern, s)


async def _refresh(bot: Bot, message: Message, concern: Concern, s: Services) -> None:
    html = cards.with_state(message.text_html or "", concern, s.tz)
    try:
        await retrying(lambda: bot.edit_message_text(html, message.chat.id, message.message_id,
                                                     reply_markup=cards.card_keyboard(concern)), repeatable=True)
    except BadRequest as exc:
        if "not modified" not in exc.message.lower():
            log.warning("card of escalation %s not edited (%s)", concern.id, exc.message)


async def _edit_markup(bot: Bot, chat_id: int, message_id: int, markup: object) -> None:
    try:
        await retrying(lambda: bot.edit_message_reply_markup(chat_id, message_id, reply_markup=markup), repeatable=True)
    except BadRequest as exc:
        log.info("card buttons not edited (%s)", exc.message)


async def _answer(query: object, text: str | None = None) -> None:
    try:
        await retrying(lambda: query.answer(text), attempts=2, repeatable=True)  # type: ignore[attr-defined]
    except TelegramError as exc:
        log.info("staff button not answered (%s)", type(exc).__name__)


def staff_name(user: object) -> str:
    if user is None:
        return "someone"
    full = getattr(user, "full_name", "") or ""
    username = getattr(user, "username", None)
    return f"{full} (@{username})" if username else full or f"user {getattr(user, 'id', '?')}"


# -- reminders -------------------------------------------------------------------------------------


def reminder_interval(s: Services, concern: Concern) -> timedelta:
    minutes = (s.settings.staff_reminder_minutes_emergency if concern.level == EMERGENCY
               else s.settings.staff_reminder_minutes_contact)
    return timedelta(minutes=minutes)


def reminder_due(s: Services, concern: Concern) -> int | None:
    """The reminder step due now for an unacknowledged card (1..MAX_REMINDERS), or None."""
    if concern.state != "open" or concern.card_message_id is None or concern.reminders_sent >= MAX_REMINDERS:
        return None
    step = concern.reminders_sent + 1
    shown = concern.card_at or concern.created_at  # a card delivered late is not reminded of at once
    return step if s.now() >= shown + step * reminder_interval(s, concern) else None


async def send_reminders(s: Services, bot: Bot) -> int:
    """Raise unacknowledged alerts again: each step is claimed in the database before it is sent, so none is
    ever sent twice (a send that fails after the claim is logged, not repeated)."""
    if s.desk.chat_id is None:
        return 0
    sent = 0
    for concern in await s.storage.open_concerns():
        step = reminder_due(s, concern)
        if step is None or not await s.storage.claim_reminder(concern.id, step, s.now()):
            continue
        text = texts.STAFF_REMINDER.format(
            step=step, of=MAX_REMINDERS, level=cards.SHORT_LEVELS.get(concern.level, concern.level),
            who=cards.patient_label(concern.first_name, concern.clinic_ref), age=duration(s.now() - concern.created_at))
        if step == MAX_REMINDERS:
            text += texts.STAFF_LAST_REMINDER
        try:
            await s.desk.post(bot, concern.chat_id, pack([Block(text)])[0], escalation_id=concern.id,
                              reply_to=concern.card_message_id)
            sent += 1
        except TelegramError as exc:
            log.error("reminder %d of escalation %s not sent (%s)", step, concern.id, type(exc).__name__)
    return sent


def reminder_tick(s: Services, tick_seconds: float) -> float:
    """How often to look for due reminders: the check-in tick, or a tenth of the shortest reminder delay if
    that is sooner (so a reminder is at most ~10% late), but not more often than 5 times a second."""
    shortest = 60 * min(s.settings.staff_reminder_minutes_emergency, s.settings.staff_reminder_minutes_contact)
    return max(0.2, min(tick_seconds, shortest / 10))


async def reminder_job(context: ContextTypes.DEFAULT_TYPE) -> None:
    await send_reminders(services(context), context.bot)
