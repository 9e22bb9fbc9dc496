"""Daily check-ins and the treatment clock, in the patient's local time. Pure: `now` is passed in."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

ASSUMED_TREATMENT_TIME = time(12, 0)


def treatment_moment(treated_on: date, now: datetime, tz: ZoneInfo) -> datetime:
    """When the treatment is taken to have happened: noon local on its date, but never after `now`.

    Patients give a date, not a time; noon keeps restrictions honest for a same-day answer
    ("today" at 09:00 counts from 09:00) without shortening them for most clinic hours.
    """
    moment = datetime.combine(treated_on, ASSUMED_TREATMENT_TIME, tzinfo=tz)
    return min(moment, now.astimezone(tz))


def hours_since(treated_at: datetime, now: datetime) -> float:
    return max(0.0, (now - treated_at).total_seconds() / 3600)


def day_number(treated_on: date, now: datetime, tz: ZoneInfo) -> int:
    """Day 0 is the treatment day, day 1 the day after, in local calendar days."""
    return (now.astimezone(tz).date() - treated_on).days


def due_checkin(treated_on: date, now: datetime, tz: ZoneInfo, at: time, days: int) -> int | None:
    """The check-in day due now, if any: days 1..`days`, from `at` local time, on that day only."""
    local = now.astimezone(tz)
    day = (local.date() - treated_on).days
    if 1 <= day <= days and local.time() >= at:
        return day
    return None


def first_treatment_date_with_checkins(now: datetime, tz: ZoneInfo, days: int) -> date:
    """The oldest treatment date that can still have a check-in due today."""
    return now.astimezone(tz).date() - timedelta(days=days)
