"""The treatment's date and time of day as patients give them: "today at 3pm", "yesterday 10:30",
a part of the day ("Morning") or "Not sure".

Only an exact time is *known*. Otherwise the bot assumes the latest plausible time (the end of the part
of the day, or of the latest part a clinic treats in), never after now, so restrictions are never
shortened; answers then speak in days and safe clock times. Pure: `now` is passed in.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

from bot.engine.dates import DAYS_AGO, WEEKDAYS, DateReading, parse_date
from bot.engine.models import MomentWords
from bot.engine.moments import Moment, wall
from bot.engine.text import normalize

NOT_SURE = "unsure"
EARLIEST_UNMARKED = 8  # "at 3" without am/pm is read as 15:00
TOLD_REACH = 6  # words between a treatment word and the day told of it ("my microneedling, which was yesterday")
_WEEKDAY_NAMES = "|".join(WEEKDAYS)
# the days `parse_date` reads, as they stand inside a message ("I had microneedling yesterday", "3 days ago")
_TODAY_NAMES = r"today|this morning|this afternoon|this evening"
_DAY_TOLD = re.compile(
    r"\b(?:(?:the )?day before yesterday|yesterday|last night|earlier today"
    rf"|{_TODAY_NAMES}|(?:{DAYS_AGO.pattern})|(?:last |on )?(?:{_WEEKDAY_NAMES}))\b")
_SENTENCE = re.compile(r"[^.!?\n]+")
_TODAY_TOLD = re.compile(rf"\b(?:{_TODAY_NAMES})\b")
_WEEKDAY = re.compile(rf"(?:on )?(?:{_WEEKDAY_NAMES})")
_WORD = re.compile(r"[a-z0-9]+")
_CLAUSE = re.compile(r"[^,.;:!?()\n]+")
_JOINED = re.compile(r"\b(?:and|but)\b")


@dataclass(frozen=True)
class TreatmentTime:
    """The local hour the treatment is counted from, and whether the patient gave it exactly."""

    hour: float
    known: bool
    part: str | None = None  # the part of the day given, or NOT_SURE

    def moment(self, treated_on: date, now: datetime, tz: ZoneInfo) -> datetime:
        """When the treatment is taken to have happened: never after `now`."""
        return min(wall(treated_on, self.hour, tz), now.astimezone(tz))

    def clock(self) -> str:
        minutes = round(self.hour * 60)
        return f"{minutes // 60 % 24:02d}:{minutes % 60:02d}"


@dataclass(frozen=True)
class PlannedTreatment:
    """A treatment still to come that a message tells the day of: its latest plausible moment (the time given, or
    the end of the latest part of the day a clinic treats in), and the message without the clause telling it."""

    at: datetime
    exact: bool
    rest: str


@dataclass(frozen=True)
class TreatmentReading:
    date: DateReading
    time: TreatmentTime | None = None  # None: the text gave no time of day


class TreatmentTimes:
    """Reads typed treatment dates with an optional time, and maps parts of the day to assumed hours."""

    def __init__(self, words: MomentWords) -> None:
        self.w = words
        self._asking = frozenset([*words.question_openers, *words.told_asking])
        self._asking_anywhere = frozenset(words.asking_anywhere)
        parts = "|".join(sorted(map(re.escape, words.parts_of_day), key=len, reverse=True)) or "(?!)"
        at = "|".join(map(re.escape, [*words.clock_words, "@"]))
        meridiem = "|".join(map(re.escape, [*words.afternoon_words, *words.morning_words])) or "(?!)"
        self._clock = re.compile(
            rf"^(?P<date>.*?)[\s,]*(?:\b(?:{at})\s*)?(?P<h>\d{{1,2}})(?::(?P<m>\d{{2}}))?\s*(?P<ap>{meridiem})?\.?$")
        self._part = re.compile(rf"^(?P<date>.*?)[\s,]*(?:\b(?:in the|this|at)\s+)?(?P<part>{parts})\.?$")
        openers = "|".join(map(re.escape, words.question_openers)) or "(?!)"
        subjects = "|".join(map(re.escape, words.question_subjects)) or "(?!)"
        self._question = re.compile(rf"\b(?:{openers}) (?:{subjects})\b")
        morning = "|".join(map(re.escape, words.morning_words)) or "(?!)"
        self._am = re.compile(rf"\d\s*(?:{morning}|a\.m)\b")

    @property
    def parts(self) -> list[str]:
        """Parts of the day a patient can pick for the treatment, in order."""
        return [p for p in self.w.treatment_parts if p in self.w.parts_of_day]

    def assumed(self, part: str | None) -> TreatmentTime:
        """The time counted from for a part of the day (its end), or for "not sure" (the latest end)."""
        if part in self.w.parts_of_day and part in self.w.treatment_parts:
            return TreatmentTime(min(24.0, self.w.parts_of_day[part].end), False, part)
        latest = max((min(24.0, self.w.parts_of_day[p].end) for p in self.parts), default=24.0)
        return TreatmentTime(latest, False, NOT_SURE)

    def exact(self, hour: float) -> TreatmentTime:
        return TreatmentTime(hour, True)

    def read(self, text: str, now: datetime) -> TreatmentReading | None:
        """A typed treatment date with an optional time ("yesterday 10:30"); None if it is not a date."""
        cleaned = " ".join(text.lower().strip().rstrip("!").split())
        plain = parse_date(cleaned, now.date())
        if plain is not None:
            return TreatmentReading(plain, self._part_of(cleaned))
        found = self._split(cleaned)
        if found is None:
            return None
        date_text, time = found
        reading = parse_date(date_text, now.date())
        if reading is None:
            return None
        if time is None:
            return TreatmentReading(DateReading(None, "impossible time"))
        if reading.value is not None and time.known and wall(reading.value, time.hour, now.tzinfo) > now:
            return TreatmentReading(DateReading(None, "future"))
        return TreatmentReading(reading, time)

    def told_in(self, message: str, now: datetime) -> datetime | None:
        """The treatment's latest plausible moment, when a message tells its day ("I had microneedling yesterday",
        "treatment was on Tuesday"), not one still to come ("I'm getting needled on Monday") nor someone else's.
        A day in the question ("had microneedling, can I swim on Saturday?"), a weekday told with no past
        ("I have microneedling on Friday"), or a later day told beside it ("my first session was 3 weeks ago and the
        second one this morning") gives none: a guess must never shorten a restriction."""
        told: list[datetime] = []  # days told of a treatment
        named: list[datetime] = []  # every past day the treatment's sentences name
        for sentence in _SENTENCE.findall(normalize(message)):
            words = _WORD.findall(sentence)
            if not _DAY_TOLD.search(sentence):
                continue  # (most sentences name no day: no need to look further)
            at = [i for w in self.w.treatment_words for i in _positions(words, w)]
            if not at or any(_has(words, w) for w in self.w.others_words) or self._told_ahead(sentence):
                continue
            asks = [i for i, w in enumerate(words) if w in self._asking]
            for day in _DAY_TOLD.finditer(sentence):
                start = len(_WORD.findall(sentence[:day.start()]))
                if any(q < start and not any(q < i < start for i in at) for q in asks):
                    continue  # the moment asked about, not the treatment's
                if _WEEKDAY.fullmatch(day.group()) and not self._past_near(words, start, asks):
                    continue  # "my session is Monday" may be still to come
                after = _WORD.findall(sentence[day.end():])[:1]
                part = after[0] if after and after[0] in self.w.treatment_parts else None
                reading = self.read(f"{day.group()} {part}" if part else day.group(), now)
                if reading is None or reading.date.value is None:
                    continue
                moment = (reading.time or self.assumed(None)).moment(reading.date.value, now, now.tzinfo)
                named.append(moment)
                if any(abs(start - i) <= TOLD_REACH for i in at):
                    told.append(moment)
        if not told or max(named) > max(told):
            return None
        return max(told)

    def planned_in(self, message: str, now: datetime, find: Callable[[str], Moment | None]) -> PlannedTreatment | None:
        """A treatment still to come that the message tells the day of ("I'm booked in for microneedling next
        Thursday at 10am", "if I have microneedling this Tuesday"), not one told in the past nor someone else's;
        `find` reads the moment a clause names."""
        text = normalize(message)
        # (a clause's question is no part of the treatment's telling: "... thursday can i wear makeup friday")
        for clause in (self._question.split(c, 1)[0] for c in _clauses(text)):
            words = _WORD.findall(clause)
            if not (any(_has(words, w) for w in self.w.treatment_words)
                    and any(_has(words, w) for w in self.w.planned_words)) or any(
                    _has(words, w) for w in [*self.w.others_words, *self.w.told_past]):
                continue
            # (read as a day on its own: a day told beside the treatment's word is, to `find`, no moment asked about)
            found = find(" ".join(w for w in words if not any(_has([w], t) for t in self.w.treatment_words)))
            if found is None or found.start is None or found.end is None or found.start_in <= 0:
                continue
            exact = found.end_in - found.start_in <= 1
            latest = wall((found.end - timedelta(minutes=1)).date(), self.assumed(None).hour, found.end.tzinfo)
            at = found.start if exact else max(found.start, min(latest, found.end))
            if exact and at.hour < EARLIEST_UNMARKED and not self._morning_told(clause):
                at += timedelta(hours=12)  # "Friday at 6" is 18:00, as for a treatment told done: never shortened
            return PlannedTreatment(at, exact, text.replace(clause, " ", 1))
        return None

    @staticmethod
    def names_today(message: str) -> bool:
        """Whether the message names today at all: without it, no treatment is told today."""
        return bool(_TODAY_TOLD.search(normalize(message)))

    def _told_ahead(self, sentence: str) -> bool:
        """Whether the sentence may tell the treatment still to come: an ahead word in the treatment's clause ("I'm
        getting needled on Monday") or in a clause that asks nothing ("had a consultation yesterday for my
        treatment, which is on Friday"); one in a clause that opens a question ("had microneedling on Friday, can I
        go on the sunbed tomorrow?") is the question's."""
        clauses = [_WORD.findall(c) for c in _clauses(sentence)]
        return any(any(_has(words, w) for w in self.w.ahead_words)
                   and (any(_has(words, w) for w in self.w.treatment_words)
                        or not (words[0] in self._asking or any(w in self._asking_anywhere for w in words)
                                or self._occasion_ahead(words)))
                   for words in clauses if words)

    def _occasion_ahead(self, words: list[str]) -> bool:
        """Whether a clause names an occasion before its first ahead word ("my wedding is on the 14th")."""
        ahead = min(i for w in self.w.ahead_words for i in _positions(words, w))
        return any(_has(words[:ahead], w) for w in self.w.occasion_words)

    def _morning_told(self, clause: str) -> bool:
        """ "at 6am", "at 6 in the morning", "at 7 before work": an early hour told as one."""
        words = _WORD.findall(clause)
        return bool(self._am.search(clause)) or any(_has(words, w) for w in self.w.early_words)

    def _past_near(self, words: list[str], start: int, asks: list[int]) -> bool:
        """A past word ("had", "was", "done") within reach of a weekday, and no question between them."""
        return any(w in self.w.told_past and abs(i - start) <= TOLD_REACH
                   and not any(min(i, start) < q < max(i, start) for q in asks) for i, w in enumerate(words))

    def time_only(self, text: str) -> TreatmentTime | None:
        """A time of day typed on its own, in answer to "what time was it?" ("3pm", "10:30", "morning")."""
        found = self._split(" ".join(text.lower().strip().rstrip(".!").split()))
        return found[1] if found is not None and not found[0] else None

    def _split(self, text: str) -> tuple[str, TreatmentTime | None] | None:
        """(date text, time) when `text` ends in a time of day; the time is None when it is not a real one."""
        clock = self._clock.match(text)
        if clock and (clock["m"] or clock["ap"] or re.search(rf"\b(?:{'|'.join(self.w.clock_words)})\s*\d", text)):
            hour, minute = int(clock["h"]), int(clock["m"] or 0)
            if clock["ap"]:
                if not 1 <= hour <= 12:
                    return clock["date"], None
                hour = hour % 12 + (12 if clock["ap"] in self.w.afternoon_words else 0)
            elif 1 <= hour < EARLIEST_UNMARKED:
                hour += 12  # "at 3": the later reading, so restrictions are never shortened
            if hour > 23 or minute > 59:
                return clock["date"], None
            return clock["date"], self.exact(hour + minute / 60)
        part = self._part.match(text)
        if part and part["part"] in self.w.treatment_parts:
            return part["date"], self.assumed(part["part"])
        return None

    def _part_of(self, text: str) -> TreatmentTime | None:
        """ "this morning" is a date (today) that also names the part of the day."""
        found = self._part.match(text)
        return self.assumed(found["part"]) if found and found["part"] in self.w.treatment_parts else None


def _clauses(text: str) -> list[str]:
    """The clauses of a text: between punctuation marks, and split again at "and" and "but"."""
    return [c for part in _CLAUSE.findall(text) for c in _JOINED.split(part)]


def _positions(words: list[str], phrase: str) -> list[int]:
    """Where a phrase of one or more words starts among `words`."""
    parts = phrase.split()
    return [i for i in range(len(words) - len(parts) + 1) if words[i:i + len(parts)] == parts]


def _has(words: list[str], phrase: str) -> bool:
    return bool(_positions(words, phrase))
