"""Time windows after the treatment: is an activity allowed yet, until when, and today's plan.

Pure: the caller passes hours since treatment and, optionally, the patient's local `now`.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import datetime

from bot.engine.models import Topic, Window
from bot.engine.moments import Moment, later


def duration(hours: float) -> str:
    """Human wording of a span: "45 minutes", "5 hours", "3 days"."""
    if hours < 1:
        minutes = max(1, round(hours * 60))
        return f"{minutes} minute{'s' if minutes != 1 else ''}"
    if hours % 168 == 0:
        weeks = int(hours // 168)
        return "a week" if weeks == 1 else f"{weeks} weeks"
    if hours >= 48 and hours % 24 == 0:
        days = int(hours // 24)
        return f"{days} days"
    if hours >= 48:
        days = round(hours / 24)
        return f"about {days} days"
    whole = round(hours)
    return f"{whole} hour{'s' if whole != 1 else ''}"


def clock(moment: datetime, now: datetime) -> str:
    """When `moment` is, from the patient's point of view: "around 14:00 today"."""
    days = (moment.date() - now.date()).days
    time = moment.strftime("%H:%M")
    if days == 0:
        return f"around {time} today"
    if days == 1:
        return f"around {time} tomorrow"
    return f"around {time} on {moment.strftime('%A')} {moment.day} {moment.strftime('%b')}"


@dataclass(frozen=True)
class WindowStatus:
    topic: Topic
    window: Window
    allowed: bool
    elapsed: float
    remaining: float
    ends_at: datetime | None

    def until(self, now: datetime | None) -> str:
        if self.ends_at is not None and now is not None:
            return clock(self.ends_at, now)
        span = duration(self.remaining)
        return f"in {span}" if span.startswith("about") else f"in about {span}"

    def placeholders(self, now: datetime | None, elapsed: str | None = None) -> dict[str, str]:
        """Template values; `elapsed` replaces the hours when the time of the treatment is not known."""
        return {
            "elapsed": elapsed or duration(self.elapsed),
            "remaining": duration(self.remaining),
            "until": self.until(now),
            "window": duration(self.window.hours),
            "activity": self.window.activity,
        }


def status(topic: Topic, hours_since: float, now: datetime | None = None) -> WindowStatus | None:
    window = topic.window
    if window is None:
        return None
    hours_since = max(0.0, hours_since)
    remaining = max(0.0, window.hours - hours_since)
    ends_at = later(now, remaining) if now is not None else None
    return WindowStatus(topic, window, hours_since >= window.hours, hours_since, remaining, ends_at)


@dataclass(frozen=True)
class Outlook:
    """A window judged over the moment a question names: fine for all of it, opening during it, or not yet."""

    status: WindowStatus
    moment: Moment
    asked_hours: float  # hours since treatment at the start of the moment
    day: int  # which day after the treatment the moment starts on

    @property
    def allowed(self) -> bool:
        return self.asked_hours >= self.status.window.hours

    @property
    def opens_during(self) -> bool:
        return not self.allowed and self.status.elapsed + self.moment.end_in > self.status.window.hours

    def placeholders(self, now: datetime | None) -> dict[str, str]:
        return {
            "when": self.moment.label,
            "day": str(self.day),
            "opens": self.status.until(now) if now is not None else f"{duration(self.status.remaining)} from now",
            "window": duration(self.status.window.hours),
            "activity": self.status.window.activity,
        }


def outlook(topic: Topic, hours_since: float, moment: Moment, now: datetime | None = None) -> Outlook | None:
    state = status(topic, hours_since, now)
    if state is None:
        return None
    asked = state.elapsed + moment.start_in
    if moment.since_treatment is not None:  # "on day 2", "2 days after": the day the patient counted
        day = math.ceil((state.elapsed + moment.end_in) / 24)
    elif now is not None and moment.start is not None:
        day = (moment.start.date() - later(now, -state.elapsed).date()).days
    else:  # counted from now without a clock: name the middle of the span
        day = int((state.elapsed + (moment.start_in + moment.end_in) / 2) // 24)
    return Outlook(state, moment, asked, day)


@dataclass(frozen=True)
class DayPlan:
    """What is still off-limits, what opened up since `since_hours`, and what is fine."""

    restricted: list[WindowStatus]
    opened: list[WindowStatus]
    allowed: list[WindowStatus]


def plan(topics: list[Topic], hours_since: float, now: datetime | None = None,
         since_hours: float | None = None) -> DayPlan:
    """Today's plan; `since_hours` marks windows that ended after that point as newly opened."""
    statuses = [s for s in (status(t, hours_since, now) for t in topics) if s is not None]
    statuses.sort(key=lambda s: (s.window.hours, s.topic.id))
    restricted = [s for s in statuses if not s.allowed]
    opened = [s for s in statuses if s.allowed and since_hours is not None and s.window.hours > since_hours]
    allowed = [s for s in statuses if s.allowed and s not in opened]
    return DayPlan(restricted, opened, allowed)
