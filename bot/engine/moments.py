"""The moment a question is about: "tomorrow morning", "on Saturday", "in 3 days", "next week", "the 30th".

Pure: the clinic's `now` (timezone-aware) is passed in. The words are language data (`language.yaml`,
`moments`); this module only knows how they combine. A moment is a span of local time; answers judge it
at its start, the most cautious reading ("tomorrow" counts from the morning, not from 23:00).
Arithmetic between instants is done in UTC so a span is right across a daylight-saving change.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta

from bot.engine.models import MomentWords, PartOfDay
from bot.engine.text import normalize

MAX_DAYS_AHEAD = 3660  # a moment further ahead is not about aftercare (and would overflow dates)
MAX_HOURS = 24 * MAX_DAYS_AHEAD
_DOTTED_MERIDIEM = re.compile(r"\b([ap])\.m\b\.?")
_ASIDE_END = re.compile(r"[.!?]+\)")  # "(Monday!!)": an aside's own mark doesn't end the sentence around it
_TOKEN = re.compile(r"\d{1,2}:\d{2}|[a-z]+|\d+|[.!?]")  # sentence ends too: a past word doesn't reach across


_SENTENCE_ENDS = frozenset(".!?")
_JOINERS = frozenset(["and", "but", "so", "then"])
_AGO = frozenset(["ago"])  # closes a span gone by ("an hour ago")
_BEFORE_DAY = frozenset(["on", "the"])  # words between a part of the day and the day it is of ("midday on the 20th")
# words before a part of the day that make it another day's or no time at all ("rest tonight, tomorrow ...", "this
# evening", "last night", "good evening", "every evening"): not a part of the day said after it
_PART_OWNED = frozenset(["today", "yesterday", "last", "this", "good", "every"])
_COMMA_TOKEN = re.compile(r"\d{1,2}:\d{2}|[a-z]+|\d+|[.!?]|,")
_NARROWING = frozenset(["from", "on"])  # a day said after a span narrows it ("next week, from Thursday")
# a day a story's span ends on is no narrower moment of it ("beach holiday next week, we get back on Sunday")
_COMING_BACK = frozenset(["back", "home", "return", "returning", "until", "till", "til", "end", "ends"])
_WEEK_REACH_ENDS = _SENTENCE_ENDS | _JOINERS | {"or"}  # where a "next week" said before a weekday stops reaching it
CLOCK_ENDS = frozenset([*_SENTENCE_ENDS, "ish", "oclock", "or", "and", "so", "then", "please", "ok", "okay"])
CLOCK_LIMITS = frozenset(["before", "until", "till", "til", "by", "latest", "not", "or", "for", "no", "later"])
PURPOSE_OPENERS = frozenset(["my", "the", "our", "her", "his", "their", "work"])  # "for my shift", "for the wedding"
RANGE_HOURS = 3  # how far a range of hours may run ("around 10-11", "about 6-8")
CLOCK_REACH = 4  # words between a day and its clock time ("tomorrow after work around 5")
EARLY_REACH = 3  # words after a clock time that may say it is early ("at 5 in the morning")
# Words after a clock time that end its reach for a day: another occasion or clause ("at 6pm or tomorrow", "at 7pm,
# my next class is Friday", "at 8pm as Saturday is my spa day")
_CLOCK_DAY_STOPS = _SENTENCE_ENDS | _JOINERS | CLOCK_LIMITS | frozenset([
    "instead", "rather", "than", "my", "i", "im", "next", "wait", "only", "from", "as", "because", "cause", "since",
    "its"])
_TOLD_AFTER_DAY = frozenset(["is", "was", "i", "im", "ive", "had", "have", "has", "will", "we", "my", "the"])
DAY_AFTER_CLOCK = 5  # words between a clock time and the day it is on ("at 3pm tomorrow", "the 6:30 class tonight")
MERIDIEM_REACH = 12  # ... or one said with am or pm ("Tomorrow I'd train after my last client, around 6pm")
EVENING_FROM = 5  # an evening occasion's hour said without am or pm is in the evening from 5 (not "at 12")
PAST_REACH = 4  # words before a moment that may say it is gone by ("yesterday at 2pm", "had my treatment on Monday")
STORY_REACH = 8  # words before a time counted from the treatment that may tell it as a story ("she went 2 days after")


@dataclass(frozen=True)
class Moment:
    """A span of time a question is about, in hours from now (and in local time when the clock is known)."""

    start_in: float
    end_in: float
    label: str
    start: datetime | None = None
    end: datetime | None = None
    since_treatment: float | None = None  # where the question counts from the treatment ("2 days after"), its start


@dataclass(frozen=True)
class _Found:
    """A day or span found at tokens[i:end]."""

    end: int
    first: date
    last: date  # inclusive
    label: str
    whole_days: bool = True  # a day (or days) without a part or a clock time yet


def _inside(told: Moment, asked: Moment) -> bool:
    """Whether `told` is a narrower span within `asked`."""
    return (asked.start_in <= told.start_in and told.end_in <= asked.end_in
            and told.end_in - told.start_in < asked.end_in - asked.start_in)


def _told_as_end(before: Sequence[str]) -> bool:
    """Whether the words right before a day tell it as the end of what was told ("we get back on Sunday", "until
    the 5th"), not a moment within it ("we leave the 12th", "at 2pm")."""
    return any(t in _COMING_BACK for t in before)


def _asks(toks: Sequence[str], i: int) -> bool:
    """Whether the sentence holding toks[i] ends with a question mark."""
    end = next((t for t in toks[i:] if t in _SENTENCE_ENDS), None)
    return end == "?"


class _Tokens(list):  # type: ignore[type-arg]
    """A message's tokens with the places a comma stood right before ("so red in the evening, tomorrow ...")."""

    breaks: frozenset[int] = frozenset()


def tokens(text: str) -> list[str]:
    """Words, numbers and clock times ("10:30") of a message ("4 a.m." is "4 am")."""
    return _TOKEN.findall(_ASIDE_END.sub(")", _DOTTED_MERIDIEM.sub(r"\1m", normalize(text))))


def _comma_tokens(text: str) -> list[str]:
    """`tokens` with the commas kept, to mark where a clause broke."""
    return _COMMA_TOKEN.findall(_ASIDE_END.sub(")", _DOTTED_MERIDIEM.sub(r"\1m", normalize(text))))


def wall(day: date, hours: float, tz: object) -> datetime:
    """Local clock time `hours` after the start of `day` (hours past 24 run into the next day)."""
    extra, rest = divmod(hours, 24)
    minutes = round(rest * 60)
    return datetime.combine(day + timedelta(days=int(extra)), time(minutes // 60, minutes % 60), tzinfo=tz)


def later(moment: datetime, hours: float) -> datetime:
    """`moment` plus real elapsed hours, in the moment's own time zone (correct across DST changes).

    Spans beyond ten years are cut to ten years: no aftercare answer depends on them, and dates overflow."""
    hours = max(-MAX_HOURS, min(MAX_HOURS, hours))
    return (moment.astimezone(UTC) + timedelta(hours=hours)).astimezone(moment.tzinfo)


def hours_between(a: datetime, b: datetime) -> float:
    return (b.astimezone(UTC) - a.astimezone(UTC)).total_seconds() / 3600


class MomentReader:
    def __init__(self, words: MomentWords, numbers: Mapping[str, float], units: Mapping[str, float]) -> None:
        self.w = words
        self._numbers = dict(numbers)
        self._units = dict(units)
        self._shorthands: dict[str, list[tuple[list[str], list[str]]]] = {}
        for short, full in sorted(words.shorthands.items(), key=lambda kv: -len(kv[0].split())):
            self._shorthands.setdefault(short.split()[0], []).append((short.split(), full.split()))
        self._after_next_phrases = [p.split() for p in words.after_next]
        self._early = [p.split() for p in words.early_words]
        self._now_said = [p.split() for p in words.now_words]
        self._asking_now = [p.split() for p in words.asking_now]
        self._right_after = [p.split() for p in words.right_after]
        self._right_after_starts = frozenset(p[0] for p in self._right_after)
        self._read: tuple[str | None, list[str]] = (None, [])
        self._days = sorted(((k.split(), v) for k, v in words.days.items()), key=lambda kv: -len(kv[0]))
        # Words a moment can start with (besides numbers and clock times): other words are skipped at once.
        self._day_starts = frozenset([*(k[0] for k, _ in self._days), *words.weekdays])
        self._starts = frozenset([*self._day_starts, *words.months, *words.in_words, *words.next_words,
                                  *words.weekend_words, *words.clock_words])

    # -- public ------------------------------------------------------------------------------------

    def find(self, text: str, now: datetime | None) -> Moment | None:
        """The moment named in `text`: the first that starts later than now in a sentence that asks (a story's
        "Marathon in 3 weeks. ... Can I do the run tonight?" asks about tonight), else one going on now in a
        sentence that asks, else the first later than now anywhere, else the first (which is now, as in
        "today"). Without `now` only spans counted from now ("in 3 days") can be placed."""
        toks = self._tokens(text)
        first: Moment | None = None
        later: Moment | None = None
        asked: Moment | None = None
        ongoing: Moment | None = None  # a moment going on now, in a sentence that asks ("tonight?" at 21:00)
        habit = False  # the moment asked about was told as a habit ("every Sunday"): a later one in its sentence wins
        asked_at = 0
        for i, tok in enumerate(toks):
            if asked is not None and tok in _SENTENCE_ENDS:
                return self._told_after(toks, i, asked, now)
            if tok not in self._starts and not tok[0].isdigit():
                continue
            if self._in_the_past(toks, i) or self._said_now(toks, i):
                continue  # "last Friday", "since Monday"; "it's 8am" is the time now
            moment = self._at(toks, i, now)
            if moment is not None and moment.start_in <= 0 < moment.end_in and ongoing is None and _asks(toks, i):
                ongoing = moment
            if moment is not None and moment.start_in > 0:
                if asked is not None:  # "next week, like Friday the 4th?" narrows what it asks; "all next
                    # week, and the 4th especially" does not; "every Sunday - can I on Sunday the 27th?" names one
                    # ("next week ... from Thursday onwards", "next week on Friday" say which day)
                    hedged = any(t in self.w.approximations for t in toks[max(0, i - 2):i]) or toks[i - 1] in _NARROWING
                    # a habit's day gives way to an earlier moment ("every Saturday, can I go tonight?") or to a
                    # date on its weekday ("every Sunday - on Sunday the 27th?"), not to a later one ("every
                    # Friday ... or should I wait until next week?")
                    named = habit and (moment.start < asked.start
                                       or moment.start.date().weekday() == asked.start.date().weekday())
                    # "next week I'm away, so can I use retinol on Friday?": the question's own moment
                    posed = self._asked_after(toks, asked_at, i)
                    asked = moment if named or posed or (hedged and _inside(moment, asked)) else asked
                    habit = False
                elif _asks(toks, i):  # unless a story told that span more precisely ("after work around 5pm")
                    asked = later if later is not None and _inside(later, moment) else moment
                    asked_at = i
                    habit = i > 0 and toks[i - 1] in self.w.habit_words
                # (a story's span narrowed by a day inside it: "ski trip next week, we leave the 12th")
                narrower = later is not None and _inside(moment, later) and not _told_as_end(toks[max(0, i - 3):i])
                later = moment if narrower else later or moment
            first = first or moment
        # "I spent the next week peeling. Can I use it tonight?" at 21:00 asks about now, not a story's week
        return asked or ongoing or later or first

    def after_treatment(self, text: str) -> tuple[float, float, str] | None:
        """A time counted from the treatment in a sentence that asks ("hot yoga 2 days after?", "is day 10 ok?",
        "SPF straight after?"):
        its span in hours since the treatment, and its label. Day N runs from N-1 to N days after, as patients
        count ("day 2, about 40 hours"); a day told in the past ("it was red on day 2") is no time asked about."""
        if "?" not in text:  # only a sentence that asks names the time asked about
            return None
        toks = self._tokens(text)
        for i, tok in enumerate(toks):
            found = self._counted_at(toks, i, tok)
            # (not told as a story: "my friend went to the gym 2 days after, can I go today?")
            if found is not None and _asks(toks, i) and not self._in_the_past(toks, i, STORY_REACH):
                return found
        return None

    def _counted_at(self, toks: Sequence[str], i: int, tok: str) -> tuple[float, float, str] | None:
        if tok in self._right_after_starts and any(list(toks[i:i + len(p)]) == p for p in self._right_after):
            return 0.0, 0.0, self.w.labels.after_treatment
        unit = self._units.get(tok)
        if unit is None:
            return None
        if i > 0 and i + 1 < len(toks) and toks[i + 1] in self.w.treatment_after:
            amount = _number(toks[i - 1], self._numbers)
            if amount is not None and 0 < amount * unit <= MAX_DAYS_AHEAD * 24:
                return amount * unit, amount * unit, self.w.labels.after_treatment
        if unit == 24 and i + 1 < len(toks) and (i == 0 or toks[i - 1] not in self._numbers):
            number = _number(toks[i + 1], self._numbers)
            if number is not None and number == int(number) and 1 <= number <= MAX_DAYS_AHEAD:
                return 24 * (number - 1), 24 * number, self.w.labels.treatment_day
        return None

    def _asked_after(self, toks: Sequence[str], told: int, i: int) -> bool:
        """Whether a clause that opens a question ("so can I", "but is it") comes between a moment told at `told`
        and one at `i` in the same sentence: the first was the story's, the second is the question's. A first
        moment whose own clause opens a question was asked too ("can I wear makeup tonight and can I swim on
        Sunday?"): it stays the one asked about."""
        start = next((k + 1 for k in range(told - 1, -1, -1) if toks[k] in _SENTENCE_ENDS or toks[k] in _JOINERS), 0)
        if start < told and toks[start] in self.w.question_openers:
            return False
        return any(toks[k] in _JOINERS and toks[k + 1] in self.w.question_openers for k in range(told, i - 1))

    def _tokens(self, text: str) -> list[str]:
        """The message's tokens, read once for both readings of its time (`find`, then `after_treatment`)."""
        read = self._read  # (one local read: safe when several threads answer at once)
        if read[0] != text:
            read = self._read = (text, self._without_commas(self._expand(_comma_tokens(text))))
        return read[1]

    @staticmethod
    def _without_commas(toks: list[str]) -> list[str]:
        """The tokens without their commas, each place a comma stood before kept in `breaks`."""
        kept = _Tokens(t for t in toks if t != ",")
        breaks, n = set(), 0
        for t in toks:
            if t == ",":
                breaks.add(n)
            else:
                n += 1
        kept.breaks = frozenset(breaks)
        return kept

    def asks_now(self, text: str) -> bool:
        """ "... and hot yoga now?", "lipstick right now?": the text asks about the present."""
        toks = self._tokens(text)
        return any(toks[i:i + len(p)] == p for i in range(len(toks)) for p in self._asking_now)

    def _said_now(self, toks: Sequence[str], i: int) -> bool:
        """ "it's 8am", "now is 4pm": the time now, not a moment asked about."""
        return any(list(toks[max(0, i - len(p)):i]) == p for p in self._now_said)

    def _told_after(self, toks: Sequence[str], end: int, asked: Moment, now: datetime | None) -> Moment:
        """ "can i wear makeup tomorrow for the party? its at 7pm": a clock time said with am or pm in the
        sentence right after the question places it within the day asked about."""
        if now is None or asked.start is None or asked.end is None or asked.start == asked.end:
            return asked
        start = end + 1
        while start < len(toks) and toks[start] in _SENTENCE_ENDS:
            start += 1  # ("... for my sisters party?? its at 7pm")
        for k in range(start, len(toks)):
            if toks[k] in _SENTENCE_ENDS:
                break
            clock = self._clock_time(toks, k)
            if clock is None or not _has_meridiem(toks, clock[0], self.w) or self._in_the_past(toks, k):
                continue
            point = wall(asked.start.date(), clock[1], now.tzinfo)
            if asked.start <= point < asked.end:
                return self._between(point, point, f"{point:%H:%M} {asked.label}", now) or asked
            break
        return asked

    def _in_the_past(self, toks: Sequence[str], i: int, reach: int = PAST_REACH) -> bool:
        """ "last Friday", "yesterday around 2pm", "since Monday": a moment gone by, not the one asked about."""
        before = toks[max(0, i - reach):i]
        for n, t in enumerate(reversed(before)):
            if t in _SENTENCE_ENDS or t in _JOINERS or t in self.w.intent_words:  # "just had MN today and in a
                return False  # couple weeks", "was thinking next Thursday"
            if t in _AGO:  # "an hour ago 🥊 boxing in 3 days?": a span gone by ends there, unless it is this one's
                return n == 0 or (n == 1 and before[-1] in _NARROWING)  # ("two days ago on Monday")
            if t in self.w.past_words and not (  # ("salicylic spot treatment in 10 days?" names a product)
                    n + 1 < len(before) and before[-n - 2] in self.w.product_treatments):
                return True
        return False

    def _clock_time(self, toks: Sequence[str], i: int, said: bool = False) -> tuple[int, float] | None:
        """A clock time at toks[i] ("3 pm", "15:30", "at 9 am"; a bare "9" only when `said` after "around"):
        (end index, hours after midnight)."""
        j = i + 1 if i < len(toks) and toks[i] in self.w.clock_words else i
        said_at = j > i or said
        if j >= len(toks):
            return None
        hour: float
        if ":" in toks[j]:
            h, m = (int(x) for x in toks[j].split(":"))
            hour, j = h + m / 60, j + 1
            if h > 23 or m > 59:
                return None
            said_at = True
        elif toks[j].isdigit() and len(toks[j]) <= 2:
            hour, j = int(toks[j]), j + 1
        else:
            return None
        if j < len(toks) and _is_meridiem(toks[j], self.w):
            if not 1 <= hour < 13:
                return None
            return j + 1, self._on_clock(hour, toks[j])
        if not said_at or hour > 23:
            return None
        return j, hour

    # -- reading -----------------------------------------------------------------------------------

    def _expand(self, toks: list[str]) -> list[str]:
        out: list[str] = []
        i = 0
        while i < len(toks):
            for short, full in self._shorthands.get(toks[i], ()):
                if toks[i : i + len(short)] == short:
                    out += full
                    i += len(short)
                    break
            else:
                out.append(toks[i])
                i += 1
        return out

    def _at(self, toks: list[str], i: int, now: datetime | None) -> Moment | None:
        counted = self._counted(toks, i, now)
        if counted is not None or now is None:
            return counted
        found = (self._day_word(toks, i, now) or self._weekday(toks, i, now) or self._week(toks, i, now)
                 or self._weekend(toks, i, now) or self._month_date(toks, i, now) or self._ordinal(toks, i, now))
        found = self._after_next(toks, found, now) if found is not None else None
        found = self._counted_from(toks, i, found, now) if found is not None else None
        if found is None:
            return self._clock_alone(toks, i, now)
        return self._refine(toks, found, now, i)

    def _clock_alone(self, toks: list[str], i: int, now: datetime) -> Moment | None:
        """A clock time with no day before it: on the day said after it ("at 3pm tomorrow"), in the part of the
        day said after it ("the 6:30 class tonight" is 18:30), else the next one. One right after a part of the
        day is that day's own time ("this morning at 9:30"), read with it. A bare hour ("at 7") is a time only
        with the day and part said after it ("at 7 tonight"): alone it may be anything, even a time gone by ("I
        woke up at 3 in the morning")."""
        clock = self._clock_time(toks, i)
        if clock is None:
            return None
        meridiem = _has_meridiem(toks, clock[0], self.w)
        if self._read_with_day(toks, i, now):
            return None
        before = toks[max(0, i - 2):i]
        part = next((t for t in before if t in self.w.parts_of_day), None)  # "in the evening at 7:30"
        said = meridiem or ":" in toks[clock[0] - 1]
        for k in range(clock[0], min(clock[0] + DAY_AFTER_CLOCK, len(toks))):
            if toks[k] in _CLOCK_DAY_STOPS:
                break
            found = self._day_word(toks, k, now) or self._weekday(toks, k, now)
            if found is not None and found.end < len(toks) and toks[found.end] in _TOLD_AFTER_DAY:
                break  # "at 6pm, tomorrow is leg day", "at 6pm, monday i had my treatment": a sentence of its own
            if found is not None:
                day_part = self._part_at(toks, found.end)
                if not (said or day_part):
                    return None
                hour = self._in_part(self._in_part(clock[1], part, meridiem), day_part, meridiem)
                return self._point(found, hour, now) if found.first == found.last else None
            part = part or self._part_at(toks, k)  # "at 7:30 in the evening"
        if not said:
            return None
        hour = self._in_part(clock[1], part, meridiem)
        day = now.date()
        if wall(day, hour, now.tzinfo) <= now:
            day += timedelta(days=1)
        return self._point(_Found(clock[0], day, day, self._day_label(day, now)), hour, now)

    def _read_with_day(self, toks: list[str], i: int, now: datetime) -> bool:
        """Whether the clock time at toks[i] belongs to a day said right before it, read with that day even when
        it is gone by: "today (in the) morning at 9:30", "today at 2pm", "Saturday 3pm"."""
        before = toks[max(0, i - 4):i]
        if any(t in self.w.parts_of_day for t in before) and any(t in self._day_starts for t in before):
            return True
        said_from = i - 1 if i > 0 and toks[i - 1] in self.w.clock_words else i
        return any((found := self._day_word(toks, j, now) or self._weekday(toks, j, now)) is not None
                   and found.end == said_from
                   for j in range(max(0, said_from - 3), said_from) if toks[j] in self._day_starts)

    def _in_part(self, hour: float, part: str | None, said: bool) -> float:
        """A bare hour in a part of the day that starts after noon is in the afternoon ("Friday evening at 7",
        "the 7 o'clock class tonight": 19:00); with am or pm said, as said."""
        if part is not None and not said and hour < 12 <= self.w.parts_of_day[part].start:
            return hour + 12
        return hour

    def _after_next(self, toks: list[str], found: _Found, now: datetime) -> _Found:
        """ "the weekend after next", "Friday after next": a week later than the one found."""
        for phrase in self._after_next_phrases:
            if toks[found.end : found.end + len(phrase)] == phrase:
                first, last = found.first + timedelta(days=7), found.last + timedelta(days=7)
                return _Found(found.end + len(phrase), first, last, self._day_label(first, now))
        return found

    def _counted_from(self, toks: list[str], i: int, found: _Found, now: datetime) -> _Found:
        """ "a week from Saturday", "3 days from tomorrow": that much later than the day found."""
        if i < 3 or toks[i - 1] != "from":
            return found
        amount, unit = _number(toks[i - 3], self._numbers), self._units.get(toks[i - 2])
        if amount is None or unit is None or unit < 24 or amount * unit > MAX_DAYS_AHEAD * 24:
            return found
        shift = timedelta(days=round(amount * unit / 24))
        first, last = found.first + shift, found.last + shift
        return _Found(found.end, first, last, self._day_label(first, now), found.whole_days)

    def _counted(self, toks: list[str], i: int, now: datetime | None) -> Moment | None:
        """ "in 3 days", "in a week", "in like 10 days", "in 5 hours"."""
        if toks[i] not in self.w.in_words:
            return None
        while i + 1 < len(toks) and toks[i + 1] in self.w.approximations:
            i += 1
        if i + 3 < len(toks) and toks[i + 1] in ("a", "an") and _number(toks[i + 2], self._numbers):
            i += 1  # "in a couple of weeks", "in a few days"
        if i + 3 < len(toks) and toks[i + 2] == "of":
            toks = [*toks[: i + 2], *toks[i + 3 :]]
        if i + 2 >= len(toks):
            return None
        amount = _number(toks[i + 1], self._numbers)
        unit = self._units.get(toks[i + 2])
        if amount is None or unit is None or amount <= 0:
            return None
        hours = amount * unit
        if hours > MAX_DAYS_AHEAD * 24:
            return None
        amount_text = f"{toks[i + 1]} {toks[i + 2]}"
        if unit < 24:
            label = self.w.labels.from_now.format(amount=amount_text)
            return _moment(hours, hours, label, now)
        days = round(hours / 24)
        if now is None:
            label = self.w.labels.from_now.format(amount=amount_text)
            return Moment(24 * (days - 1) + self.w.day_starts, 24 * (days + 1), label)
        day = now.date() + timedelta(days=days)
        return self._day_span(_Found(i + 3, day, day, self._day_label(day, now)), now)

    def _day_word(self, toks: list[str], i: int, now: datetime) -> _Found | None:
        for phrase, offset in self._days:
            if toks[i : i + len(phrase)] == phrase:
                end = i + len(phrase)
                day = now.date() + timedelta(days=offset)
                if _hour(now) < self.w.night_ends:
                    part = self._part_at(toks, end)
                    overnight = part is not None and self.w.parts_of_day[part].end > 24
                    if offset > 0 or overnight:  # at 01:00, "tomorrow" is the day about to start,
                        day -= timedelta(days=1)  # and "tonight" the night going on
                return _Found(end, day, day, self._day_label(day, now))
        return None

    def _weekday(self, toks: list[str], i: int, now: datetime) -> _Found | None:
        if toks[i] not in self.w.weekdays:
            return None
        dated = self._ordinal(toks, i + 2, now) if i + 1 < len(toks) and toks[i + 1] == "the" else None
        if dated is None and i + 1 < len(toks):
            dated = self._ordinal(toks, i + 1, now) or self._month_date(toks, i + 1, now)
        if dated is not None:  # "Wednesday the 13th", "Friday 4 Dec": the date says which Wednesday
            return dated
        ahead = (self.w.weekdays[toks[i]] - now.weekday()) % 7
        following = (i > 0 and toks[i - 1] in self.w.next_words) or self._next_week_before(toks, i)
        if following and now.weekday() + ahead < 7:
            ahead += 7  # "next Friday" is next week's, not this week's; so is "next week ... from Thursday"
        day = now.date() + timedelta(days=ahead)
        return _Found(i + 1, day, day, self._day_label(day, now))

    def _next_week_before(self, toks: Sequence[str], i: int) -> bool:
        """Whether the sentence says "next week" before the word at `i`."""
        for j in range(i - 1, 0, -1):
            if toks[j] in _WEEK_REACH_ENDS:  # not "next week I'm away, so Friday?" nor "next week, or even Friday?"
                return False
            if toks[j] in self.w.week_words and toks[j - 1] in self.w.next_words:
                return True
        return False

    def _week(self, toks: list[str], i: int, now: datetime) -> _Found | None:
        if toks[i] not in self.w.next_words or i + 1 >= len(toks) or toks[i + 1] not in self.w.week_words:
            return None
        monday = now.date() + timedelta(days=7 - now.weekday())
        return _Found(i + 2, monday, monday + timedelta(days=6), self.w.labels.next_week)

    def _weekend(self, toks: list[str], i: int, now: datetime) -> _Found | None:
        if toks[i] not in self.w.weekend_words or not self.w.weekend_days:
            return None
        days = sorted(self.w.weekend_days)
        today = now.weekday()
        following = i > 0 and toks[i - 1] in self.w.next_words
        if today in days and not following:
            first = now.date()
        else:
            first = now.date() + timedelta(days=(days[0] - today) % 7 or 7)
        last = first + timedelta(days=days[-1] - first.weekday())
        return _Found(i + 1, first, last, self.w.labels.weekend)

    def _month_date(self, toks: list[str], i: int, now: datetime) -> _Found | None:
        """ "2 December", "2nd of Dec", "December 2nd"."""
        day_at = self._day_number(toks, i)
        if day_at is not None:
            j = day_at[0]
            j += 1 if j < len(toks) and toks[j] == "of" else 0
            if j < len(toks) and toks[j] in self.w.months:
                return self._next_date(now, self.w.months[toks[j]], day_at[1], j + 1)
        if toks[i] in self.w.months:
            after = self._day_number(toks, i + 1)
            if after is not None:
                return self._next_date(now, self.w.months[toks[i]], after[1], after[0])
        return None

    def _ordinal(self, toks: list[str], i: int, now: datetime) -> _Found | None:
        """ "the 30th": this month, or next month when it has passed."""
        if not (i + 1 < len(toks) and toks[i].isdigit() and toks[i + 1] in self.w.ordinal_suffixes):
            return None
        if i + 2 < len(toks) and (toks[i + 2] in self._units or toks[i + 2] == "time"):
            return None  # "the 2nd day", "the 3rd time"
        number = int(toks[i])
        year, month = now.year, now.month
        for _ in range(3):
            try:
                day = date(year, month, number)
            except ValueError:
                day = None
            if day is not None and day >= now.date():
                return _Found(i + 2, day, day, self._day_label(day, now))
            year, month = (year + 1, 1) if month == 12 else (year, month + 1)
        return None

    def _day_number(self, toks: Sequence[str], i: int) -> tuple[int, int] | None:
        if i >= len(toks) or not toks[i].isdigit() or len(toks[i]) > 2:
            return None
        end = i + 1 + (i + 1 < len(toks) and toks[i + 1] in self.w.ordinal_suffixes)
        return end, int(toks[i])

    def _next_date(self, now: datetime, month: int, number: int, end: int) -> _Found | None:
        for year in (now.year, now.year + 1):
            try:
                day = date(year, month, number)
            except ValueError:
                return None
            if day >= now.date():
                return _Found(end, day, day, self._day_label(day, now))
        return None

    # -- spans -------------------------------------------------------------------------------------

    def _refine(self, toks: list[str], found: _Found, now: datetime, start: int) -> Moment | None:
        """A part of the day or a clock time after a single day: "tomorrow morning", "Saturday at 3pm"; else a
        part said right before it ("after work tomorrow", "at noon on the 20th")."""
        if found.first != found.last:
            return self._day_span(found, now)
        j = found.end
        while j < len(toks) and toks[j] in self.w.fillers:
            j += 1
        part = self._part_at(toks, j) or self._part_before(toks, start)
        if part is not None:
            hours = self.w.parts_of_day[part]
            near = self._clock_near(toks, j + 1, reach=CLOCK_REACH)
            if near is not None:  # "tomorrow morning around 10", "Friday evening at 7" (19:00), "night at 1am"
                hour, said = near
                hour = self._in_part(hour, part, said)
                if hour < hours.start and hours.end > 24:  # "tomorrow night at 1am" is after midnight
                    hour += 24
                return self._point(found, hour, now)
            label = self._part_label(found, part, now)
            return self._between(wall(found.first, hours.start, now.tzinfo),
                                 wall(found.first, hours.end, now.tzinfo), label, now)
        said_at = j > found.end and toks[j - 1] in self.w.clock_words
        near = self._clock_near(toks, j - 1 if said_at else j)
        if near is not None:  # "tomorrow at 1" is 13:00 when no am or pm is said, nor "in the morning"
            hour, said = near
            part = self._part_after(toks, j)  # "tomorrow at 9 in the evening"
            if part is not None:
                return self._point(found, self._in_part(hour, part, said), now)
            pm = not said and ((hour in self.w.afternoon_hours and not self._early_after(toks, j))
                               or self._said_in_afternoon(toks, hour)
                               or (EVENING_FROM <= hour < 12 and self._evening_occasion(toks, j - 1 if said_at else j)))
            return self._point(found, hour + 12 if pm else hour, now)
        return self._day_span(found, now)

    def _said_in_afternoon(self, toks: Sequence[str], hour: float) -> bool:
        """ "booked the sauna at 7pm tomorrow ... will I be ok for the sauna tomorrow at 7?": a bare hour the
        message also says with pm elsewhere is that afternoon hour; not one told of something gone by ("had it
        done at 7pm. gym tomorrow at 7?")."""
        said = str(int(hour)) if hour == int(hour) and 1 <= hour < 12 else None
        return said is not None and any(toks[k] == said and toks[k + 1] in self.w.afternoon_words
                                        and not self._in_the_past(toks, k) for k in range(len(toks) - 1))

    def _early_after(self, toks: Sequence[str], j: int) -> bool:
        """ "tomorrow at 5 in the morning", "at 4 before work": a morning word a few words on."""
        ahead = list(toks[j:j + CLOCK_REACH + EARLY_REACH])
        return any(ahead[k:k + len(p)] == p for p in self._early for k in range(len(ahead)))

    def _clock_near(self, toks: Sequence[str], j: int, reach: int = MERIDIEM_REACH) -> tuple[float, bool] | None:
        """A clock time right at toks[j] ("Saturday 3pm", "at 9"), after "around" / "about" ("tomorrow around
        10"), or a few words on when it says am or pm ("tomorrow after work around 5 pm"); not past the sentence
        nor past a limit ("tomorrow before 2pm" is about the morning too). With whether am or pm was said."""
        crossed = False  # past "and" or a part of the day: only an earlier time than the day's start counts
        for k in range(j, min(j + reach, len(toks))):
            if toks[k] in _SENTENCE_ENDS or toks[k] in self.w.clock_stops or (
                    toks[k] in CLOCK_LIMITS and not self._purpose(toks, k)):
                return None
            # "tomorrow, my class is in the morning and I get home at 8pm" is not about 20:00; "tomorrow I run
            # with my club and we meet at 5am" is about 05:00, earlier than the day's 06:00
            crossed = crossed or (k >= j + CLOCK_REACH and (toks[k] in _JOINERS or toks[k] in self.w.parts_of_day))
            said = toks[k] in self.w.approximations
            clock = self._clock_time(toks, k + 1, said=True) if said else self._clock_time(toks, k)
            ranged = self._a_range(toks, *clock) if clock is not None and said else None
            clock = ranged or clock
            if clock is None or (said and not ranged and clock[0] < len(toks) and toks[clock[0]] not in CLOCK_ENDS):
                continue  # "around 10 or so" or "around 7-8pm", not "about 2 weeks" or "like 2-3 times"
            meridiem = _has_meridiem(toks, clock[0], self.w)
            if crossed and not (meridiem and clock[1] < self.w.day_starts):
                continue
            if meridiem or (k < j + CLOCK_REACH and (k == j or said or toks[k] in self.w.clock_words)) \
                    or self._occasion_clock(toks, k):
                return clock[1], meridiem
        return None

    def _evening_occasion(self, toks: Sequence[str], j: int) -> bool:
        """Whether the clock time read after toks[j] is an evening occasion's ("... birthday dinner at 7"): the first
        one told from there, not another's further on ("tomorrow at 9 for work, then dinner at 7" is 9 in the
        morning)."""
        at = next((k for k in range(j, min(j + MERIDIEM_REACH, len(toks))) if toks[k] in self.w.clock_words
                   or (toks[k].isdigit() and k == j)), None)
        return at is not None and self._occasion_clock(toks, at)

    def _occasion_clock(self, toks: Sequence[str], k: int) -> bool:
        """Whether toks[k] opens a clock time told right after an evening occasion ("dinner at 7")."""
        return k >= 1 and toks[k] in self.w.clock_words and toks[k - 1] in self.w.evening_occasions

    def _purpose(self, toks: Sequence[str], k: int) -> bool:
        """ "tomorrow for my shift at 10": a "for" that names what the day is for, not how long ("for 2 hours")."""
        return toks[k] == "for" and k + 1 < len(toks) and toks[k + 1] in PURPOSE_OPENERS

    def _on_clock(self, hour: float, meridiem: str) -> float:
        """A 12-hour clock hour said with am or pm, on the 24-hour clock ("7 pm" is 19)."""
        return hour % 12 + (12 if meridiem in self.w.afternoon_words else 0)

    def _a_range(self, toks: Sequence[str], end: int, hour: float) -> tuple[int, float] | None:
        """ "around 10-11?", "around 7-8pm": a clock time said as a range of hours starts at its first, in the
        morning or afternoon said after the second; not "about 2-3 weeks" nor "like 3-4 times" (the range must end
        the clock time: a sentence end, "ok", "or so", am or pm)."""
        if end >= len(toks) or not toks[end].isdigit() or not hour < int(toks[end]) <= hour + RANGE_HOURS:
            return None
        after = end + 1
        if after < len(toks) and _is_meridiem(toks[after], self.w):
            return after + 1, self._on_clock(hour, toks[after])
        if after >= len(toks) or toks[after] in CLOCK_ENDS:
            return after, hour
        return None

    def _part_after(self, toks: Sequence[str], j: int) -> str | None:
        """A part of the day said a few words on, before anything that ends a clock time's reach."""
        for k in range(j, min(j + DAY_AFTER_CLOCK, len(toks))):
            if toks[k] in _CLOCK_DAY_STOPS:
                return None
            if toks[k] in self.w.parts_of_day:
                return toks[k]
        return None

    def _part_before(self, toks: Sequence[str], start: int) -> str | None:
        """A part of the day said right before a day, past "on" and "the": "evening tomorrow", "midday on the 20th"."""
        k = start - 1
        while k >= 0 and toks[k] in _BEFORE_DAY:
            k -= 1
        # (not across a comma: "it was so red in the evening, tomorrow is makeup ok?"; nor another day's part:
        # "I'll rest tonight, tomorrow ...", "good evening")
        if k < 0 or any(b in getattr(toks, "breaks", ()) for b in range(k + 1, start + 1)):
            return None
        if k > 0 and toks[k - 1] in _PART_OWNED:
            return None
        return self._part_at(toks, k)

    def _part_at(self, toks: Sequence[str], j: int) -> str | None:
        return toks[j] if j < len(toks) and toks[j] in self.w.parts_of_day else None

    def _part_label(self, found: _Found, part: str, now: datetime) -> str:
        labels = self.w.labels
        night = self.w.parts_of_day.get(part, PartOfDay(start=0, end=24)).end > 24
        if found.first == _today(now, self.w.night_ends) and night:
            return labels.tonight
        if found.first == now.date():
            return labels.today_part.format(part=part)
        return labels.part.format(day=found.label, part=part)

    def _day_span(self, found: _Found, now: datetime) -> Moment | None:
        start = wall(found.first, self.w.day_starts, now.tzinfo)
        end = wall(found.last + timedelta(days=1), 0, now.tzinfo)
        return self._between(start, end, found.label, now)

    def _point(self, found: _Found, hour: float, now: datetime) -> Moment | None:
        moment = wall(found.first, hour, now.tzinfo)
        day = found.label if moment.date() == found.first else self._day_label(moment.date(), now)
        return self._between(moment, moment, f"{moment:%H:%M} {day}", now)

    def _between(self, start: datetime, end: datetime, label: str, now: datetime) -> Moment | None:
        """The span from `start` to `end`, from now on; None when it is already over."""
        if end < now or (end == now and start < now):
            return None
        start = max(start, now)
        return Moment(hours_between(now, start), hours_between(now, end), label, start, end)

    def _day_label(self, day: date, now: datetime) -> str:
        ahead = (day - now.date()).days
        if ahead == 0:
            return self.w.labels.today
        if ahead == 1:
            return self.w.labels.tomorrow
        if 1 < ahead < 7:
            return day.strftime("%A")
        return f"{day:%A} {day.day} {day:%b}"


def _moment(start_in: float, end_in: float, label: str, now: datetime | None) -> Moment:
    if now is None:
        return Moment(start_in, end_in, label)
    return Moment(start_in, end_in, label, later(now, start_in), later(now, end_in))


def _number(word: str, numbers: Mapping[str, float]) -> float | None:
    if word.isdigit():
        return float(word) if len(word) <= 6 else None
    return numbers.get(word)


def _hour(now: datetime) -> float:
    return now.hour + now.minute / 60


def _today(now: datetime, night_ends: float) -> date:
    """The day whose night it is: before `night_ends`, still yesterday's."""
    return now.date() - timedelta(days=1) if _hour(now) < night_ends else now.date()


def _has_meridiem(toks: Sequence[str], end: int, w: MomentWords) -> bool:
    return end > 0 and _is_meridiem(toks[end - 1], w)


def _is_meridiem(word: str, w: MomentWords) -> bool:
    return word in w.afternoon_words or word in w.morning_words
