"""Staff commands, in the staff chat only and from its members only: /open, /patient, /stats (and /note).

Registered with a chat scope (setMyCommands), so they appear in the staff chat's menu and never in a
patient's; sent anywhere else, they do nothing.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from datetime import timedelta

from telegram import BotCommand, BotCommandScopeChat, Update
from telegram.ext import ContextTypes

from bot.engine import schedule as sched
from bot.storage import Concern, Patient
from bot.telegram import texts
from bot.telegram.render import Block, pack
from bot.telegram.send import retrying, send_blocks
from bot.telegram.services import Services, services
from bot.telegram.staff import cards
from bot.telegram.staff.stats import Summary, duration, first_response, summarize

STAFF_COMMANDS: tuple[tuple[str, str], ...] = (
    ("open", "Open concerns, oldest first"),
    ("patient", "A patient: /patient <reference or chat id>"),
    ("stats", "Figures: /stats [days]"),
    ("note", "Internal note in a patient's thread"),
)
DEFAULT_STATS_DAYS = 30
MAX_STATS_DAYS = 3650
Handler = Callable[[Update, ContextTypes.DEFAULT_TYPE], Awaitable[None]]


async def register(s: Services, bot: object) -> None:
    """Put the staff commands in the staff chat's menu only."""
    if s.desk.chat_id is None:
        return
    commands = [BotCommand(name, description) for name, description in STAFF_COMMANDS]
    await retrying(lambda: bot.set_my_commands(commands, scope=BotCommandScopeChat(s.desk.chat_id)),
                   repeatable=True)  # type: ignore[attr-defined]


def staff_only(handler: Handler) -> Handler:
    async def guarded(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        s = services(context)
        chat = update.effective_chat
        if chat is None or not s.desk.in_staff_chat(chat.id):
            return
        if not await s.desk.is_member(context.bot, update.effective_user):
            return
        await handler(update, context)
    guarded.__doc__ = handler.__doc__
    return guarded


async def _say(s: Services, update: Update, context: ContextTypes.DEFAULT_TYPE, blocks: list[Block]) -> None:
    message = update.effective_message
    thread = message.message_thread_id if message is not None and message.is_topic_message else None
    if thread is None:
        await send_blocks(context.bot, update.effective_chat.id, blocks)
        return
    for html in pack(blocks):
        await retrying(lambda html=html: context.bot.send_message(update.effective_chat.id, html,
                                                                  message_thread_id=thread))


def concern_line(s: Services, c: Concern) -> str:
    age = duration(s.now() - c.created_at)
    state = {"open": "not acknowledged", "acknowledged": f"acknowledged by {c.acknowledged_by}",
             "resolved": f"resolved: {cards.REASONS.get(c.resolution or '', c.resolution)}"}[c.state]
    reminders = f", {c.reminders_sent} reminder{'s' * (c.reminders_sent != 1)}" if c.reminders_sent else ""
    level = cards.SHORT_LEVELS.get(c.level, c.level)
    return (f"{level} · {cards.patient_label(c.first_name, c.clinic_ref)} (chat {c.chat_id}) — "
            f"{c.symptoms} — {age} ago, {state}{reminders}")


@staff_only
async def open_command(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """/open: unresolved concerns, oldest first, with their age and state."""
    s = services(context)
    concerns = await s.storage.open_concerns()
    if not concerns:
        await _say(s, update, context, [Block(texts.STAFF_NONE_OPEN)])
        return
    lines = [f"{i}. {concern_line(s, c)}" for i, c in enumerate(concerns, start=1)]
    await _say(s, update, context, [Block("\n".join(lines), f"Open concerns ({len(concerns)})\n")])


async def find_patient(s: Services, key: str) -> Patient | None:
    patient = await s.storage.patient_by_ref(key)
    if patient is None and key.lstrip("-").isdigit():
        patient = await s.storage.patient(int(key))
    return patient


@staff_only
async def patient_command(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """/patient <reference or chat id>: day N, check-in answers, concerns and their outcomes."""
    s = services(context)
    key = " ".join(context.args or []).strip()
    patient = await find_patient(s, key) if key else None
    if patient is None:
        await _say(s, update, context, [Block(texts.STAFF_NO_PATIENT.format(key=key or "…"))])
        return
    await _say(s, update, context, await patient_blocks(s, patient))


async def patient_blocks(s: Services, patient: Patient) -> list[Block]:
    head = f"{cards.patient_label(patient.first_name, patient.clinic_ref)} (chat {patient.chat_id})"
    if patient.treated_on is not None:
        day = sched.day_number(patient.treated_on, s.now(), s.tz)
        head += f"\nTreatment: {patient.treated_on.isoformat()} (day {day} today)"
    else:
        head += "\nTreatment date: not set"
    if patient.checkins_paused:
        head += "\nCheck-ins: paused"
    days = await s.storage.checkin_days(patient.chat_id)
    answers = ", ".join(f"day {d}: {a or 'no answer'}" for d, a in sorted(days.items())) or "none sent yet"
    blocks = [Block(head), Block(answers, "Check-ins: ")]
    concerns = await s.storage.concerns(patient.chat_id)
    lines = []
    for c in concerns:
        outcome = {"open": "open, not acknowledged",
                   "acknowledged": f"acknowledged by {c.acknowledged_by} after {duration(first_response(c))}",
                   "resolved": (f"resolved by {c.resolved_by} after {duration(_resolved_after(c))}: "
                                f"{cards.REASONS.get(c.resolution or '', c.resolution)}")}[c.state]
        lines.append(f"• {cards.local_time(c.created_at, s.tz)} {c.level}: {c.symptoms} — "
                     f"{outcome}")
        notes = [a for a in await s.storage.actions(c.id) if a.action == "note"]
        lines += [f"   note by {a.actor}: {a.detail}" for a in notes]
    blocks.append(Block("\n".join(lines) or "none", "Concerns:\n" if lines else "Concerns: "))
    return blocks


def _resolved_after(c: Concern) -> timedelta | None:
    return c.resolved_at - c.created_at if c.resolved_at else None


@staff_only
async def stats_command(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """/stats [days]: enrolment, check-in response rate, concerns by level, time to acknowledge and resolve."""
    s = services(context)
    arg = (context.args or [str(DEFAULT_STATS_DAYS)])[0]
    if not arg.isdigit() or not 1 <= int(arg) <= MAX_STATS_DAYS:
        await _say(s, update, context, [Block(texts.STAFF_STATS_USAGE)])
        return
    days = int(arg)
    since = s.now() - timedelta(days=days)
    summary = summarize(await s.storage.stats_rows(since), since, days)
    await _say(s, update, context, [Block(stats_text(summary))])


def stats_text(m: Summary) -> str:
    rate = "—" if m.response_rate is None else f"{m.response_rate:.0%}"
    return "\n".join([
        f"Last {m.days} day{'s' * (m.days != 1)}",
        f"Patients enrolled: {m.enrolled}; active: {m.active}",
        f"Check-ins answered: {m.checkins_answered} of {m.checkins_sent} ({rate})",
        f"Concerns: {m.by_level.get('emergency', 0)} emergency, {m.by_level.get('contact', 0)} contact",
        f"Time to acknowledge: median {duration(m.acknowledge.median)}, worst {duration(m.acknowledge.worst)}"
        f" ({m.acknowledge.pending} not yet)",
        f"Time to resolve: median {duration(m.resolve.median)}, worst {duration(m.resolve.worst)}"
        f" ({m.resolve.pending} not yet)",
    ])

