"""Correct patients' typos towards the knowledge base's own vocabulary ("sunscren" -> "sunscreen")."""

from __future__ import annotations

import re
from collections.abc import Iterable

from rapidfuzz import process
from rapidfuzz.distance import DamerauLevenshtein

_CACHE_LIMIT = 50_000
# a word broken by a mark inside it ("th.roat", "clos-ing"), or a space after a piece that is no word ("swal low")
_BROKEN = re.compile(r"\b([a-z]+)([.-])([a-z]+)\b", re.IGNORECASE)
_LETTERS = re.compile(r"[a-z]+", re.IGNORECASE)
_JOINED_PIECES = 3  # the most pieces a broken word is put back from ("whe e zing")
_JOINED_MIN = 5  # letters a word put back together has: "e.g" or "t-zone" stay apart


class Speller:
    """Maps an unknown word stem to the closest known stem, within one or two edits.

    Known words are never changed, so a real English word the clinic listed (an out-of-scope
    subject like "wine") is not "corrected" into a near neighbour ("wipe"); nor are everyday words from
    the dictionary ("slopes" is not a typo of "sore", nor "booster" of "blister").
    """

    def __init__(self, vocabulary: Iterable[str], critical: Iterable[str] = (),
                 dictionary: frozenset[str] = frozenset()) -> None:
        self._known = frozenset(vocabulary) | frozenset(critical)
        self._critical = frozenset(critical)
        self._dictionary = dictionary
        self._choices = sorted(w for w in self._known if len(w) >= 3 and not w.isdigit())
        self._scrambled = {"".join(sorted(w)): w for w in critical if len(w) >= 5 and not w.isdigit()}
        self._cache: dict[str, str] = {}

    @property
    def known(self) -> frozenset[str]:
        return self._known

    def _closest(self, word: str) -> str:
        """One edit (two from seven letters); a symptom word with its letters swapped around ("tounge").

        Symptom words used to get any two edits from five letters, but on blind rounds that turned names
        into symptoms ("reddit" -> "redder", "praia" -> "pain"); the only typos it caught there were
        letters in the wrong order.
        """
        found = _nearest(word, self._choices, 1 if len(word) < 7 else 2)
        return found or self._scrambled.get("".join(sorted(word)), word)

    def rejoined(self, text: str) -> str:
        """The text with the words a patient broke put back together: pieces split by a mark that are not both
        words ("th.roat is clos-ing up", not "follow-up"), and a piece that is no word followed by one that makes a
        symptom's word with it ("hard to swal low")."""
        if "." in text or "-" in text:
            text = _BROKEN.sub(self._mark_joined, text)
        return self._spaces_joined(text)

    def _is_word(self, word: str) -> bool:
        return word in self._known or word in self._dictionary

    def _mark_joined(self, match: re.Match[str]) -> str:
        left, right = match.group(1).lower(), match.group(3).lower()
        joined = left + right
        if len(joined) >= _JOINED_MIN and self._is_word(joined) and not (self._is_word(left) and self._is_word(right)):
            return joined
        return match.group(0)

    def _spaces_joined(self, text: str) -> str:
        """A piece that is no word followed by one or two more, each after one space, that make a symptom's word
        with it ("whe e zing", "swal low")."""
        found = list(_LETTERS.finditer(text))
        out, done = [], 0
        n = 0
        while n < len(found):
            first = found[n]
            if self._is_word(first.group().lower()):
                n += 1
                continue
            joined, last = first.group().lower(), n
            for k in range(n + 1, min(n + _JOINED_PIECES, len(found))):
                if text[found[k - 1].end():found[k].start()] != " ":
                    break
                joined += found[k].group().lower()
                if len(joined) >= _JOINED_MIN and joined in self._critical:
                    last = k
                    break
            if last > n:
                out += [text[done:first.start()], joined]
                done = found[last].end()
            n = last + 1
        return "".join([*out, text[done:]])

    def correct(self, word: str) -> str:
        if word in self._known or word in self._dictionary or len(word) < 4 or word.isdigit():
            return word
        cached = self._cache.get(word)
        if cached is not None:
            return cached
        fixed = self._closest(word)
        if len(self._cache) < _CACHE_LIMIT:
            self._cache[word] = fixed
        return fixed


def _nearest(word: str, choices: list[str], limit: int) -> str | None:
    """Closest choice within `limit` edits that keeps the first letter (typos rarely change it, and
    real words that are one letter away from a known word usually differ there: "spain"/"pain")."""
    best = process.extractOne(word, [c for c in choices if c[0] == word[0]],
                              scorer=DamerauLevenshtein.distance, score_cutoff=limit)
    return best[0] if best is not None else None
