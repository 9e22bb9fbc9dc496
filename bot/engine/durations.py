"""Spans of time a patient mentions: "for 6 days", "a week later", "on day 5", "after 48h"."""

from __future__ import annotations

import itertools
from collections.abc import Mapping, Sequence

_ORDINAL_SUFFIXES = frozenset({"st", "nd", "rd", "th"})
_FREQUENCY = frozenset({"times", "once", "twice", "every", "each"})  # "three times a week", "every 6 weeks": how often
_RATE = frozenset({"a", "an", "per", "each", "every"})  # "6 days a week" is how often, too


class DurationReader:
    def __init__(self, numbers: Mapping[str, float], units: Mapping[str, float],
                 ahead_words: Sequence[str] = (), ahead_after: Sequence[str] = (),
                 usual_words: Sequence[str] = (), approximations: Sequence[str] = (),
                 plan_words: Sequence[str] = (), plan_ends: Sequence[str] = ()) -> None:
        """`ahead_words` introduce a time still to come ("in 3 days") and `ahead_after` end one ("3 weeks
        away"): neither is a symptom's duration; nor is a span `usual_words` say is expected ("she said that's
        normal for a few days"), nor one after `plan_words` in its piece ("tomorrow I go skiing for 4 days") with
        none of `plan_ends` between ("I have a holiday booked and my face has been swollen for 6 days")."""
        self._numbers = dict(numbers)
        self._units = dict(units)
        self._not_spans = _FREQUENCY | frozenset(ahead_words)  # words before an amount that isn't a duration
        self._ahead_after = frozenset(ahead_after)
        self._day_units = {u for u, h in units.items() if h == 24}
        self._usual = frozenset(usual_words)
        self._approximations = frozenset(approximations)
        self._plans = frozenset(plan_words)
        self._plan_ends = frozenset(plan_ends)

    def _value(self, word: str) -> float | None:
        if word.isdigit():
            return float(word)
        return self._numbers.get(word)

    def day_named(self, words: Sequence[str]) -> int | None:
        """The first treatment day the patient names ("on day 5", "day three"), or None."""
        for word, following in itertools.pairwise(words):
            if word in self._day_units:
                value = self._value(following)
                if value is not None and value == int(value) and 0 <= value <= 365:
                    return int(value)
        return None

    def longest_hours(self, words: Sequence[str], asked: bool = False, question: bool = False) -> float | None:
        """The longest span mentioned, in hours, or None. `words` are normalised, not stemmed. In a piece a
        question word opens (`asked`), or that a question mark ends and a word of what is usual opens, a span
        after that word is the patient's own ("is that normal for 5 days?", "normal for 4 days?")."""
        found: list[float] = []
        for i, word in enumerate(words):
            if word in self._units:
                amount = self._amount_before(words, i)
                if amount is not None and self._is_span(words, i, asked, question):
                    found.append(amount * self._units[word] + self._beyond(words, i))
            if word in self._day_units and i + 1 < len(words):
                day = self._value(words[i + 1])
                if day is not None and words[i + 1] not in ("a", "an"):
                    found.append(self._day_hours(words, i, day))
        return max(found) if found else None

    def _day_hours(self, words: Sequence[str], i: int, day: float) -> float:
        """Hours into the treatment day named at `i`: the middle of it ("day 3" is within "2-3 days"), the last
        of a range ("day 3-4", "days 3 and 4"), or past its end ("after day 3")."""
        ahead = list(words[i + 2:i + 4])
        # "day 3-4", "days 3 and 4" (not "day 3 of 5", "day 2 4 hours after washing")
        if ahead and ahead[0] in ("to", "and", "or") and len(ahead) > 1:
            ahead = ahead[1:]
        later = self._value(ahead[0]) if ahead and (len(ahead) < 2 or ahead[1] not in self._units) else None
        if later is not None and day < later <= day + 2 and (len(ahead) < 2 or ahead[1] != "of"):
            return (later - 0.5) * 24
        if i > 0 and words[i - 1] in ("after", "past", "beyond"):
            return day * 24 + 1
        return (day - 0.5) * 24

    @staticmethod
    def _beyond(words: Sequence[str], i: int) -> float:
        """An hour more for "more than 3 days", "over a week", "still red after 3 days": past the amount, not at it."""
        before = words[max(0, i - 3) : i - 1]
        return 1.0 if any(w in before for w in ("than", "over", "beyond", "after")) else 0.0

    def _is_span(self, words: Sequence[str], i: int, asked: bool = False, question: bool = False) -> bool:
        """The amount before the unit at `i` is how long something lasted, not how often or how far ahead."""
        lead = i - 3 if i >= 3 and words[i - 2] in ("a", "an") else i - 2  # "in a few weeks", "in a couple of days"
        if i >= 4 and words[i - 1] == "of" and words[i - 3] in ("a", "an"):
            lead = i - 4
        while lead > 0 and words[lead] in self._approximations:  # "in like 3 weeks", "for about 2 days"
            lead -= 1
        expected = lead >= 1 and words[lead] == "for" and words[lead - 1] in self._usual \
            and not (asked or (question and lead == 1))
        planned = self._planned(words[:max(lead, 0)])
        return not (lead >= 0 and words[lead] in self._not_spans) and not self._rate(words, i) \
            and not self._ahead(words, i) and not expected and not planned

    def _planned(self, before: Sequence[str]) -> bool:
        """A plan word opens what runs on to a span, unless a word ends the plan between ("the redness next to my
        nose has been there for 2 weeks", "since my trip my face has been red for 3 weeks")."""
        for w in reversed(before):
            if w in self._plan_ends:
                return False
            if w in self._plans:
                return True
        return False

    def _ahead(self, words: Sequence[str], i: int) -> bool:
        return i + 1 < len(words) and words[i + 1] in self._ahead_after

    def _rate(self, words: Sequence[str], i: int) -> bool:
        """The unit at `i` is either side of a rate ("6 days a week", "2 hours per day")."""
        counted = i + 2 < len(words) and words[i + 1] in _RATE and words[i + 2] in self._units
        per = i >= 2 and words[i - 1] in _RATE and words[i - 2] in self._units
        return counted or per

    def _amount_before(self, words: Sequence[str], i: int) -> float | None:
        j = i - 1
        if j >= 0 and words[j] in _ORDINAL_SUFFIXES:
            j -= 1
        if j >= 0 and words[j] == "of":
            j -= 1
        if j < 0:
            return None
        return self._value(words[j])
