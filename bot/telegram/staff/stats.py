"""The clinic's figures for /stats and the ages in /open: pure functions over stored rows (no I/O, no clock)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from statistics import median

from bot.storage import CONTACT, EMERGENCY, Concern, StatsRows


@dataclass(frozen=True)
class Timing:
    count: int  # how many concerns had it done
    median: timedelta | None
    worst: timedelta | None
    pending: int  # how many are still waiting for it


@dataclass(frozen=True)
class Summary:
    days: int
    enrolled: int
    active: int
    checkins_sent: int
    checkins_answered: int
    by_level: dict[str, int]
    acknowledge: Timing
    resolve: Timing

    @property
    def response_rate(self) -> float | None:
        return self.checkins_answered / self.checkins_sent if self.checkins_sent else None


def timing(durations: list[timedelta], pending: int) -> Timing:
    if not durations:
        return Timing(0, None, None, pending)
    return Timing(len(durations), median(durations), max(durations), pending)


def summarize(rows: StatsRows, since: datetime, days: int) -> Summary:
    """Figures for the period starting at `since` (rows were read for it; patients are all of them).

    Enrolled: patients who started with the bot in the period. Active: patients who answered a check-in or
    raised a concern in it. Times to acknowledge and resolve count from the moment the patient reported.
    """
    enrolled = sum(1 for created, _ in rows.patients if created >= since)
    active = {chat for chat, _, answered in rows.checkins if answered} | {c.chat_id for c in rows.concerns}
    by_level = {EMERGENCY: 0, CONTACT: 0}
    for concern in rows.concerns:
        by_level[concern.level] = by_level.get(concern.level, 0) + 1
    acknowledged = [first_response(c) for c in rows.concerns]
    resolved = [c.resolved_at - c.created_at for c in rows.concerns if c.resolved_at is not None]
    return Summary(
        days=days, enrolled=enrolled, active=len(active),
        checkins_sent=len(rows.checkins), checkins_answered=sum(1 for *_, answered in rows.checkins if answered),
        by_level=by_level,
        acknowledge=timing([d for d in acknowledged if d is not None], acknowledged.count(None)),
        resolve=timing(resolved, len(rows.concerns) - len(resolved)),
    )


def first_response(concern: Concern) -> timedelta | None:
    """Time to acknowledge; resolving without acknowledging first counts as the acknowledgement."""
    moments = [m for m in (concern.acknowledged_at, concern.resolved_at) if m is not None]
    return min(moments) - concern.created_at if moments else None


def duration(value: timedelta | None) -> str:
    """'45 s', '12 min', '3 h 05 min', '2 d 4 h'."""
    if value is None:
        return "—"
    seconds = max(0, int(value.total_seconds()))
    if seconds < 60:
        return f"{seconds} s"
    minutes = seconds // 60
    if minutes < 60:
        return f"{minutes} min"
    hours, minutes = divmod(minutes, 60)
    if hours < 24:
        return f"{hours} h {minutes:02d} min"
    days, hours = divmod(hours, 24)
    return f"{days} d {hours} h"
