from __future__ import annotations

from datetime import date, datetime, time
from zoneinfo import ZoneInfo

import pytest

from bot.engine import schedule
from bot.engine.dates import parse_date

TODAY = date(2026, 11, 24)  # a Tuesday
LONDON = ZoneInfo("Europe/London")


@pytest.mark.parametrize(("text", "expected"), [
    ("2026-11-20", date(2026, 11, 20)), ("20 Nov", date(2026, 11, 20)), ("Nov 20", date(2026, 11, 20)),
    ("20th of November", date(2026, 11, 20)), ("20/11/2026", date(2026, 11, 20)), ("20.11", date(2026, 11, 20)),
    ("today", TODAY), ("Yesterday", date(2026, 11, 23)), ("3 days ago", date(2026, 11, 21)),
    ("a week ago", date(2026, 11, 17)), ("last friday", date(2026, 11, 20)), ("on 20 nov 2026", date(2026, 11, 20)),
    ("20 Dec", None), ("the 20th", date(2026, 11, 20)), ("28th", date(2026, 10, 28)),
])
def test_typed_dates(text, expected):
    reading = parse_date(text, TODAY)
    assert reading is not None and reading.value == expected


@pytest.mark.parametrize(("text", "problem"), [("2026-12-01", "future"), ("2026-02-30", "impossible"),
                                               ("2020-01-01", "too old"), ("1 Dec", "future")])
def test_unusable_dates_say_why(text, problem):
    assert parse_date(text, TODAY).problem == problem


@pytest.mark.parametrize("text", ["can I wear makeup", "sun", "wed", "may I", "3 days", "day 5 red"])
def test_questions_are_not_dates(text):
    assert parse_date(text, TODAY) is None


def test_rollover_to_last_year_in_january():
    assert parse_date("20 Dec", date(2027, 1, 5)).value == date(2026, 12, 20)


def test_treatment_moment_is_noon_but_never_in_the_future():
    now = datetime(2026, 11, 24, 9, 30, tzinfo=LONDON)
    assert schedule.treatment_moment(date(2026, 11, 24), now, LONDON) == now
    assert schedule.treatment_moment(date(2026, 11, 23), now, LONDON).hour == 12


def test_due_checkin_days_and_time():
    at = time(10, 0)
    morning = datetime(2026, 11, 24, 9, 59, tzinfo=LONDON)
    ten = datetime(2026, 11, 24, 10, 0, tzinfo=LONDON)
    assert schedule.due_checkin(date(2026, 11, 23), morning, LONDON, at, 7) is None
    assert schedule.due_checkin(date(2026, 11, 23), ten, LONDON, at, 7) == 1
    assert schedule.due_checkin(date(2026, 11, 24), ten, LONDON, at, 7) is None
    assert schedule.due_checkin(date(2026, 11, 17), ten, LONDON, at, 7) == 7
    assert schedule.due_checkin(date(2026, 11, 16), ten, LONDON, at, 7) is None


def test_days_follow_the_local_calendar_across_dst():
    spring = datetime(2026, 3, 29, 10, 0, tzinfo=LONDON)  # clocks went forward at 01:00
    assert schedule.day_number(date(2026, 3, 28), spring, LONDON) == 1
    assert schedule.due_checkin(date(2026, 3, 28), spring, LONDON, time(10, 0), 7) == 1
