"""Treatment dates as patients type them: "2026-11-20", "20 Nov", "yesterday", "3 days ago"."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

MAX_AGE_DAYS = 366
_MONTHS = {m: i for i, names in enumerate(
    [("jan", "january"), ("feb", "february"), ("mar", "march"), ("apr", "april"), ("may",), ("jun", "june"),
     ("jul", "july"), ("aug", "august"), ("sep", "sept", "september"), ("oct", "october"), ("nov", "november"),
     ("dec", "december")], start=1) for m in names}
# Full names only: "sun" or "wed" typed alone are more likely words than dates. (Public, with DAYS_AGO: the treatment
# reader finds the same day words inside a message.)
WEEKDAYS = {d: i for i, d in enumerate(
    ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"])}
ROLLOVER_DAYS = 60
_NUMBER_WORDS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
                 "eight": 8, "nine": 9, "ten": 10, "couple of": 2, "a couple of": 2}
_MONTH = "|".join(sorted(_MONTHS, key=len, reverse=True))
_PATTERNS: list[tuple[re.Pattern[str], str]] = [
    (re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})"), "ymd"),
    (re.compile(r"(\d{1,2})[./](\d{1,2})(?:[./](\d{2,4}))?"), "dmy"),
    (re.compile(rf"(\d{{1,2}})(?:st|nd|rd|th)?(?:\s+of)?\s+({_MONTH})\.?(?:,?\s+(\d{{4}}))?"), "d_mon"),
    (re.compile(rf"({_MONTH})\.?\s+(\d{{1,2}})(?:st|nd|rd|th)?(?:,?\s+(\d{{4}}))?"), "mon_d"),
    (re.compile(r"(?:the\s+)?(\d{1,2})(st|nd|rd|th)()"), "d_only"),
]
DAYS_AGO = re.compile(r"(\d+|a couple of|couple of|an?|one|two|three|four|five|six|seven|eight|nine|ten)\s+"
                  r"(day|days|week|weeks)\s+ago")


@dataclass(frozen=True)
class DateReading:
    """A parsed date, or the reason a typed date can't be used (for a friendly correction)."""

    value: date | None
    problem: str | None = None


def parse_date(text: str, today: date) -> DateReading | None:
    """The treatment date in `text`, or None when the text is not a date at all."""
    cleaned = " ".join(text.lower().strip().rstrip(".!").split())
    cleaned = re.sub(r"^(on|it was|i had it|treated on|treatment on)\s+", "", cleaned)
    found = _relative(cleaned, today) or _absolute(cleaned, today)
    if found is None:
        return None
    if found.value is None:
        return found
    if found.value > today:
        return DateReading(None, "future")
    if (today - found.value).days > MAX_AGE_DAYS:
        return DateReading(None, "too old")
    return found


def _relative(text: str, today: date) -> DateReading | None:
    if text in ("today", "this morning", "this afternoon", "tonight", "earlier today"):
        return DateReading(today)
    if text in ("yesterday", "last night"):
        return DateReading(today - timedelta(days=1))
    if text in ("day before yesterday", "the day before yesterday"):
        return DateReading(today - timedelta(days=2))
    ago = DAYS_AGO.fullmatch(text)
    if ago:
        amount = int(ago.group(1)) if ago.group(1).isdigit() else _NUMBER_WORDS[ago.group(1)]
        days = amount * (7 if ago.group(2).startswith("week") else 1)
        if days > MAX_AGE_DAYS:  # "99999999999 days ago" would overflow the calendar
            return DateReading(None, "too old")
        return DateReading(today - timedelta(days=days))
    weekday = re.fullmatch(r"(?:last\s+|this\s+|on\s+)?([a-z]+)", text)
    if weekday and weekday.group(1) in WEEKDAYS:
        back = (today.weekday() - WEEKDAYS[weekday.group(1)]) % 7
        return DateReading(today - timedelta(days=back or (7 if text.startswith("last") else 0)))
    return None


def _absolute(text: str, today: date) -> DateReading | None:
    for pattern, order in _PATTERNS:
        match = pattern.fullmatch(text)
        if match is None:
            continue
        a, b, c = match.groups()
        if order == "ymd":
            year, month, day = int(a), int(b), int(c)
        elif order == "dmy":
            day, month, year = int(a), int(b), _year(c, today)
        elif order == "d_mon":
            day, month, year = int(a), _MONTHS[b], _year(c, today)
        elif order == "d_only":  # "the 20th": this month, or last month if that day hasn't come yet
            day, month, year = int(a), today.month, today.year
            if day > today.day:
                month, year = (12, year - 1) if month == 1 else (month - 1, year)
        else:
            month, day, year = _MONTHS[a], int(b), _year(c, today)
        try:
            value = date(year, month, day)
        except ValueError:
            return DateReading(None, "impossible")
        if not c and (value - today).days > ROLLOVER_DAYS:
            value = _last_year(value)  # "20 Dec" typed in January means last December
        return DateReading(value)
    return None


def _year(text: str | None, today: date) -> int:
    if text is None:
        return today.year
    year = int(text)
    return year + 2000 if year < 100 else year


def _last_year(value: date) -> date:
    try:
        return value.replace(year=value.year - 1)
    except ValueError:
        return value.replace(year=value.year - 1, day=28)
