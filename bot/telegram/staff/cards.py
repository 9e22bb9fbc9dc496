"""Alert cards: what the staff see for each escalation, its state line and its buttons.

A card's last line is its state; acknowledging or resolving edits only that line (and the buttons), so the
patient's words need not be kept anywhere but in the staff chat itself.
"""

from __future__ import annotations

from datetime import datetime, tzinfo
from html import escape

from telegram import InlineKeyboardMarkup

from bot.storage import EMERGENCY, Concern
from bot.telegram import texts
from bot.telegram.render import buttons

PREFIX = "st"
ACK, RESOLVE, REASON, BACK = "ack", "res", "why", "back"
REASONS: dict[str, str] = {
    "contacted": "contacted the patient",
    "no-action": "no action needed",
    "urgent-care": "referred to urgent care",
}
LEVEL_TITLES = {EMERGENCY: texts.STAFF_EMERGENCY, "contact": texts.STAFF_CONTACT}
SHORT_LEVELS = {EMERGENCY: "🚨 emergency", "contact": "⚠️ contact"}
STATE_OPEN = "🔴 Open: not acknowledged yet"


def callback(kind: str, escalation_id: int, reason: str = "") -> str:
    return ":".join(filter(None, (PREFIX, kind, str(escalation_id), reason)))


def parse_callback(data: str) -> tuple[str, int, str] | None:
    parts = data.split(":")
    if len(parts) not in (3, 4) or parts[0] != PREFIX or not parts[2].isdigit():
        return None
    reason = parts[3] if len(parts) == 4 else ""
    if parts[1] not in (ACK, RESOLVE, REASON, BACK) or (parts[1] == REASON) != (reason in REASONS):
        return None
    return parts[1], int(parts[2]), reason


def patient_label(first_name: str, ref: str | None, day: int | None = None) -> str:
    """'Pat · A123 · day 3' (plain text: topic names take no HTML)."""
    parts = [first_name or "Patient"]
    if ref:
        parts.append(ref)
    if day is not None:
        parts.append(f"day {day}")
    return " · ".join(parts)


def local_time(moment: datetime, tz: tzinfo) -> str:
    local = moment.astimezone(tz)
    return f"{local.strftime('%a')} {local.day} {local.strftime('%b %H:%M')}"


def card_html(concern: Concern, words: str, tz: tzinfo) -> str:
    """The card: level, who, symptoms in plain words, the patient's words, when, day N; state on the last line."""
    day = "unknown" if concern.day is None else str(concern.day)
    if concern.mentioned_day is not None and concern.mentioned_day != concern.day:
        day += f" (the patient mentioned day {concern.mentioned_day})"
    who = concern.first_name or "(no name)"
    ref = f"ref {concern.clinic_ref}, " if concern.clinic_ref else ""
    lines = [
        f"<b>{escape(LEVEL_TITLES.get(concern.level, concern.level))}</b>",
        f"Patient: {escape(who)} ({escape(ref)}chat id {concern.chat_id})",
        f"Symptoms: {escape(concern.symptoms)}",
    ]
    if words:
        lines.append(f"Message: <i>“{escape(words)}”</i>")
    lines += [
        f"Reported: {local_time(concern.created_at, tz)}",
        f"Day after treatment: {escape(day)}",
        state_line(concern, tz),
    ]
    return "\n".join(lines)


def state_line(concern: Concern, tz: tzinfo) -> str:
    if concern.resolved_at is not None:
        reason = REASONS.get(concern.resolution or "", concern.resolution or "")
        return (f"✅ Resolved by {escape(concern.resolved_by or '?')} at {local_time(concern.resolved_at, tz)}: "
                f"{escape(reason)}")
    if concern.acknowledged_at is not None:
        return (f"👀 Acknowledged by {escape(concern.acknowledged_by or '?')} at "
                f"{local_time(concern.acknowledged_at, tz)}")
    return STATE_OPEN


def with_state(card: str, concern: Concern, tz: tzinfo) -> str:
    """A card's HTML with its last line (the state) replaced."""
    head = card.rsplit("\n", 1)[0] if "\n" in card else card
    return f"{head}\n{state_line(concern, tz)}"


def card_keyboard(concern: Concern) -> InlineKeyboardMarkup | None:
    if concern.resolved_at is not None:
        return None
    row = [("Resolve…", callback(RESOLVE, concern.id))]
    if concern.acknowledged_at is None:
        row.insert(0, ("Acknowledge", callback(ACK, concern.id)))
    return buttons([row])


def reason_keyboard(concern: Concern) -> InlineKeyboardMarkup:
    rows = [[(label[0].upper() + label[1:], callback(REASON, concern.id, code))] for code, label in REASONS.items()]
    return buttons([*rows, [("‹ Back", callback(BACK, concern.id))]])
