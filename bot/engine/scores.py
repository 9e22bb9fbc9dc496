"""Pain scores told rising ("the pain has gone from a 3 to like a 9"): a worsening read from the numbers, so no list
of phrases has to spell out every pair of scores."""

from __future__ import annotations

from collections.abc import Sequence

from bot.engine.models import ScoreWords
from bot.engine.text import stem, stems

FROM, _TO = stem("from"), stem("to")  # a score told rising opens with FROM: callers ask only there
_MAX_DIGITS = 2  # a score is out of 10 (or 100): "from 2014 to 2019" tells years


class Scores:
    """Reads a score told rising, past filler words ("from about a 4 this morning to like an 8")."""

    def __init__(self, words: ScoreWords) -> None:
        self._fillers = stems(words.fillers)
        self._units = stems(words.units)
        self._reach = words.reach
        self._most = words.most
        self._articles = stems(words.articles)
        self._changes = stems(words.changes)
        self._change_reach = words.change_reach
        self._motions = stems(words.motions)
        self._pains = self._changes - self._motions
        self._high = words.high
        self._tellers = stems(words.tellers)
        self._clock_before = stems(words.clock_before)
        self._breaks = stems(words.breaks)
        self._past = stems(words.past)
        self._during = stems(words.during)

    def rises(self, tokens: Sequence[str], at: int, start: int | None = None) -> bool:
        """Whether the words at `at` (stems) tell a score rising: "from a 3 to a 9"; not "from 1pm to 6pm". `start`
        is where the piece holding `at` begins: a word of pain anywhere before the "from" in it counts ("the pain in
        my cheeks from 4 to 8"), not one past a comma ("a bit sore, I work from 2 to 6")."""
        # (with no word of change or of pain first, only a number told as a score is one: "from a 2 to a 7", not
        # "dinner is from around 7 to 9" or "I work from 2 to 6 tomorrow"; "the pain went from about 3 to 8" and
        # "pain from 3 to 8" are)
        if at >= len(tokens) or tokens[at] != FROM:
            return False
        near = tokens[max(0, at - self._change_reach):at]
        told = tokens[start:at] if start is not None and start < at else []
        changed = any(t in self._changes for t in [*near, *told])
        if (low := self._score_at(tokens, at + 1, not changed)) is None:
            return False
        for j in range(low[1], min(low[1] + self._reach + 1, len(tokens))):
            if tokens[j] == _TO:
                high = self._score_at(tokens, j + 1)
                # (not the scale itself: "rate the pain from 1 to 10"; but a score told moving, or told with an
                # article, rose: "went from 1 to 10", "from a 1 to a 10")
                scale = low[0] <= 1 and high is not None and high[0] == self._most and not (
                    any(t in self._motions for t in near) or tokens[j + 1] in self._articles)
                return high is not None and high[0] > low[0] and not scale
        return False

    def high(self, tokens: Sequence[str], at: int, piece: range) -> bool:
        """Whether the number at `at` is a high pain score told as one ("on a scale of 1-10 the burning is an 8",
        "pain is a solid 9"): a word of pain before it in its `piece`, a word that tells a score right before it, no
        unit after it in the piece ("sore at 8pm", "an 8 hour shift"; not "an 8. day 3"), and no range ("from 8 to
        2")."""
        word = tokens[at]
        if not word.isdigit() or len(word) > _MAX_DIGITS or not self._high <= int(word) <= self._most:
            return False
        if at == 0 or tokens[at - 1] not in self._tellers or FROM in tokens[max(piece.start, at - 3):at]:
            return False  # (a score a range starts from is no score now: "pain from a 7 down to a 2")
        if at + 1 < piece.stop and (tokens[at + 1] in self._units or tokens[at + 1] == _TO):
            return False
        if any(t in self._clock_before for t in tokens[max(piece.start, at - self._change_reach):at]):
            return False  # a clock time: "sore since about 8 this morning", "the burning started around 9"
        # the word of pain it rates: the last one before it, with no turn between ("a bit sore but honestly it's a
        # 10 from me")
        pain = next((k for k in range(at - 1, piece.start - 1, -1) if tokens[k] in self._pains), None)
        if pain is None or any(t in self._breaks for t in tokens[pain:at]):
            return False
        # a score told of a time gone by is none now beside a lower one or told of the procedure ("the pain was a 9
        # yesterday but now it's a 2", "was a 7 during the treatment")
        if any(t in self._past for t in tokens[pain:at]):
            during = any(t in self._during for t in tokens[at + 1:piece.stop])
            return not (during or self._lower_told(tokens, at))
        return True

    def _lower_told(self, tokens: Sequence[str], at: int) -> bool:
        """Whether the message tells another score, lower than the one at `at`, with a word that tells a score
        right before it ("... but now it's a 2")."""
        value = int(tokens[at])
        return any(k != at and t.isdigit() and len(t) <= _MAX_DIGITS and int(t) < value and k > 0
                   and tokens[k - 1] in self._tellers and (k + 1 >= len(tokens) or tokens[k + 1] not in self._units)
                   for k, t in enumerate(tokens))

    def _score_at(self, tokens: Sequence[str], i: int, timed: bool = False) -> tuple[int, int] | None:
        """The score told at `i`, past filler words: its value and the place after it; where the range may be
        `timed`, only a number told with an article ("a 7")."""
        while i < len(tokens) and tokens[i] in self._fillers:
            i += 1
        if i >= len(tokens) or not tokens[i].isdigit() or len(tokens[i]) > _MAX_DIGITS or int(tokens[i]) > self._most:
            return None
        if (i + 1 < len(tokens) and tokens[i + 1] in self._units) or (
                timed and (i == 0 or tokens[i - 1] not in self._articles)):
            return None
        return int(tokens[i]), i + 1
