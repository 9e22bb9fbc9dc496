"""Symptom triage: which symptoms a message reports (negation-aware) and how urgent they are.

Patients in a hurry write "lips - huge, puffy", "breathing: hard" or "can't... breathe", so triage reads the
whole message as one stream of words: phrases match across punctuation and line breaks, and the parts of a
phrase group ("lips" + "swelling") combine when they stand close together anywhere in the message.
Negation stays local: a cue ("no", "not") only reaches symptoms in its own clause, and a denied list
("no fever or pus") carries on through "or"/"nor".
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Callable, Collection, Mapping, Sequence
from dataclasses import dataclass, field, replace
from typing import TypeVar

from bot.engine.models import LEVEL_RANK, Level, NegationWords, Symptom, Triage
from bot.engine.phrases import Hit, PhraseIndex, by_kind
from bot.engine.scores import FROM, Scores
from bot.engine.text import Phrase, phrases, stem, stems

SymptomHit = Hit[tuple[Symptom, int]]
_ITS = frozenset(["it", "that", "which", "this"])  # the sign told of again: "but it passed straight away"
YEARS_TOLD = range(1950, 2100)  # "in 2029": a year a patient may name as another occasion
NEAR = "near"  # a question of a time to come that asks how long only of a span told right after it
NEAR_REACH = 4  # words between such a question and its span ("will I look like a tomato for days?")
SETTLED_CLAUSE = 2  # words in a clause that only says a sign went ("gone now", "but fading")
SINCE = stem("since")  # "since my previous session": the time a sign began, not another occasion
SINCE_REACH = 2  # words between "since" and the occasion ("since my previous session")
ASK, WHETHER = stem("ask"), (stem("whether"),)  # "just ask whether ...": a question passed on
# "after my first session" (or "in/at my first session", "at the first time") is another occasion only in a message
# that names a later one (`later_sessions`): a first-timer's "3 days after my first session", "in my first session
# today my throat started closing" is this treatment
FIRST = stem("first")
AFTER = stem("after")
LIST_REACH = 3  # words after a worsening that opens with a denial where a list word shows a denied list
ASKED_ALONE = 3  # words of a question that only names a sign ("any swelling?"), which a "no" after it answers
CUE_BEFORE_AFTER = 2  # "not gone": a negation cue this close before an after-cue ("gone") cancels it
KNOWING_REACH = 1  # "I know (roughly) what to look for": how far before an asking phrase a knowing phrase ends
UNTIL_REACH = 1  # "no hives until", "no redness at all until": how far after a denied sign its "until" may stand
WORRY_REACH = 3  # words between a worry and the sign it is about ("scared I'll get an infection")
REASON_REACH = 2  # words between why a treatment was done and the sign it names ("done for my deep acne scars"),
# no further: "had microneedling for the first time 2 days ago now theres pus" tells the pus
# cues after which a sign in the same clause is asked about, feared or the treatment's reason, not told (with the
# words allowed between, None for the whole clause): "help with my scars", "so I don't end up with scars"
NOT_TOLD_AFTER = (("not_report", None), ("reason", REASON_REACH), ("fear", None), ("worry", WORRY_REACH))
FEAR_REACH = 4  # words between a fear and the return it fears ("scared of it happening again")
RETURN_REACH = 3  # words between a return and the word of now that tells it ("now they're back", "back today")
FIGURATIVE_GAP = 1  # "red with embarrassment", "burning up with shame": words between a sign and its cause
_LIKENED_NOW = frozenset(stems(["its", "thats", "feel", "look", "seem", "feels", "looks", "seems"]))
BESIDE_REACH = 3  # words between a sign and a figure that cancels it only right beside it ("dizzy from the price")
SIZE_AFTER_SIGN = 3  # words from a sign's start to a size word right after it, in another clause ("swelled up so bad")
SIZE = "size"  # a worsening word that describes a thing ("huge"): only a sign in its own sentence
SEVERE = "severe"  # a size that rates a sign ("really bad"): also a sign in a next sentence ("Swollen. Really bad.")
SIZES = (SIZE, SEVERE)
RECORDED_TIME_SLACK = 48  # hours the recorded treatment time may be off by, for spans told a sentence away
SPAN_SENTENCE = 4  # words of a sentence that only tells a span ("day 5", "it's been 3 days")
UNTREATED = "untreated"  # close family named in a message that says they had no treatment ("he wasn't treated")
PAST = "past"  # a habitual cue that names another occasion ("at my last blood test")
SESSIONS = "sessions"  # a habitual cue naming other sessions only where several are told ("both times")
TRAIT = "trait"  # a habitual cue that makes only the sign right before it a trait ("breakout-prone")
TRAIT_REACH = 3  # words from a sign's start to its trait word ("break out prone")
LONG = "long"  # a habitual cue that makes only a sign told shortly before it long-standing ("hives, had them for
# years")
LONG_REACH = 6  # words from a sign's start to its long-standing word ("floaters in my eye for years")
LONG_BACK = frozenset(["it", "them", "been"])  # right before one, point further back ("blurry ..., had it for years")
ONLY_REACH = 3  # words from an `only_now` word to the normal sign it minds ("just a little red")
HitT = TypeVar("HitT", bound=Hit)


@dataclass(frozen=True)
class Finding:
    symptom: Symptom
    level: Level
    prolonged: bool = False
    hypothetical: bool = False  # asked about ("what if my lips swell?") or someone else's, not a report
    background: bool = False  # told as history or someone else's story, and not asked about
    history: bool = False  # told on another occasion, in its own clause ("two years ago I had hives for a week")
    settled: bool = False  # told over in the clause after it ("I felt faint during the numbing but it passed")
    dated: bool = False  # its sentence puts it on another occasion ("last year ... and ended up in A&E")
    others: bool = False  # someone else's ("my mum's throat swelled up")


@dataclass(frozen=True)
class Piece:
    """A stretch of a message between punctuation marks: stems, with the clause-break words kept."""

    tokens: list[str]
    breaks: frozenset[int] = frozenset()
    hidden: frozenset[int] = frozenset()  # words of an uncovered subject: "red wine" is not redness
    ends_sentence: bool = True
    hours: float | None = None  # the longest span of time the piece mentions ("for 6 days")
    question: bool = False  # a question mark ends it
    text: str = ""  # as written, for the moments it names


@dataclass
class _Stream:
    """A message's pieces laid end to end, with where each word's piece and clause are."""

    tokens: list[str] = field(default_factory=list)
    piece: list[int] = field(default_factory=list)
    clause: list[int] = field(default_factory=list)
    sentence: list[int] = field(default_factory=list)
    offsets: list[int] = field(default_factory=list)
    hidden: set[int] = field(default_factory=set)
    sentence_hours: dict[int, float] = field(default_factory=dict)
    questions: set[int] = field(default_factory=set)  # sentences a question mark ends or splits
    # exceptions, cues and after-cues; the words exceptions cover; the after-cues that count: read once
    negation_read: tuple[dict[str, list[Hit]], set[int], dict[int, Hit]] | None = None

    @classmethod
    def of(cls, pieces: Sequence[Piece]) -> _Stream:
        stream, clause, sentence = cls(), 0, 0
        for p, piece in enumerate(pieces):
            start, size = len(stream.tokens), len(piece.tokens)
            stream.offsets.append(start)
            stream.hidden |= {start + i for i in piece.hidden}
            stream.tokens += piece.tokens
            stream.piece += [p] * size
            stream.sentence += [sentence] * size
            if piece.breaks:
                for i in range(size):
                    clause += i in piece.breaks
                    stream.clause.append(clause)
            else:
                stream.clause += [clause] * size
            if piece.hours is not None:
                stream.sentence_hours[sentence] = max(piece.hours, stream.sentence_hours.get(sentence, 0.0))
            if piece.question:
                stream.questions.add(sentence)
            clause += 1
            sentence += piece.ends_sentence
        return stream

    def visible(self, hits: list[HitT]) -> list[HitT]:
        """Hits not wholly inside an uncovered subject ("can't sleep" stays, though "sleep" is one)."""
        return [h for h in hits if not all(i in self.hidden for i in range(h.start, h.end))]

    def hours(self, position: int, plausible: float, adjacent: bool = True) -> float | None:
        """The span of time a symptom at `position` has lasted, as the message tells it: the longest named
        in its sentence ("red for 6 days"), else in a sentence next to it that could be about the treatment
        ("Day 5. Still swollen." — but not "hot yoga three times a week for two years", nor a story's "a
        4-day break next week" three sentences away)."""
        own = self.sentence[position]
        if own in self.sentence_hours or not adjacent:
            return self.sentence_hours.get(own)
        return max((h for s, h in self.sentence_hours.items() if abs(s - own) == 1 and h <= plausible), default=None)

    def run(self, numbers: Sequence[int], value: int) -> range:
        """The positions whose clause or sentence number (`numbers` is `clause` or `sentence`) is `value`: one
        contiguous run, found by bisection, since those numbers never go down along the stream."""
        return range(bisect_left(numbers, value), bisect_right(numbers, value))

    def piece_start(self, at: int) -> int | None:
        """Where the piece holding position `at` begins (None past the end)."""
        return self.run(self.piece, self.piece[at]).start if at < len(self.tokens) else None

    def words_of(self, numbers: Sequence[int], at: int) -> list[str]:
        """The words of the clause, sentence or piece (`numbers`) that holds position `at`."""
        run = self.run(numbers, numbers[at])
        return self.tokens[run.start:run.stop]

    def words_before(self, numbers: Sequence[int], at: int) -> list[str]:
        """The words of the clause, sentence or piece that holds `at`, before it."""
        return self.tokens[self.run(numbers, numbers[at]).start:at]

    def same_clause(self, a: int, b: int) -> bool:
        return self.clause[a] == self.clause[b]

    def per_piece(self, positions: set[int], count: int) -> list[set[int]]:
        out: list[set[int]] = [set() for _ in range(count)]
        for i in positions:
            out[self.piece[i]].add(i - self.offsets[self.piece[i]])
        return out


@dataclass(frozen=True)
class _Mood:
    """What in a message says its symptoms are asked about, habitual or someone else's."""

    cues: list[Hit]  # "what if", "my friend": for symptoms after them in their sentence
    habitual: list[Hit]  # "easily", "at my last": for symptoms in their sentence
    asking: list[Hit]  # "just asking", "what to watch for": the whole message is a question
    story_asked: list[Hit] = field(default_factory=list)  # "is that normal?", "could that happen to me?"
    worsening: frozenset[int] = frozenset()  # sentences that say a sign is getting worse
    conditionals: list[Hit] = field(default_factory=list)  # "if", "what if": a condition reaching past a comma
    not_yet: list[Hit] = field(default_factory=list)  # "my treatment is tomorrow", with no treatment on record
    returning: list[Hit] = field(default_factory=list)  # "it's come back", "now they're back"
    lasting: frozenset[int] = frozenset()  # sentences that tell a sign has lasted ("the redness never left?")
    frames: list[Hit] = field(default_factory=list)  # openings that make "if" a report ("is it bad if")
    getting_worse: frozenset[int] = frozenset()  # of `worsening`, sentences told worse, or big beyond a habit's clause
    patterns: frozenset[int] = frozenset()  # where the habits told in the present start ("every time", "whenever")
    likenesses: list[Hit] = field(default_factory=list)  # "same like", "just like": another occasion compared
    family: list[Hit] = field(default_factory=list)  # "my kid", "my mum": close family named


@dataclass(frozen=True)
class _Telling:
    """What a message says around its signs: the words rating them, the sentences telling them, the pieces that
    ask, and whether a sign is told back after going."""

    stream: _Stream
    modifiers: list[Hit]
    told: set[int]  # sentences
    asking_pieces: set[int]
    back: set[str]  # {"persist"} when a sign is told back
    settled: frozenset[int]  # where an emergency sign with a `settled_level` is told over ("but it passed")
    soon: frozenset[int] = frozenset()  # sentences that name a time soon to come ("tomorrow", "the next day")


@dataclass(frozen=True)
class _Sign:
    """A sign's place in its message, as the habits told beside it are weighed against it."""

    symptom: Symptom
    first: int  # where it is named
    stream: _Stream
    mood: _Mood
    spanned: bool  # told with how long it has lasted
    persisting: bool  # told as going on in its clause ("still")
    own: bool  # an emergency told as the patient's own
    starting: bool  # its clause tells it starting or back
    now: bool  # its clause says now
    present: bool  # its clause tells it in the present before it ("there's yellow crust")
    since: bool  # its sentence tells it since a time
    since_recent: bool  # ... since this treatment or a recent time
    later_named: bool  # a first session is told and the message names a later one
    later_session: bool  # ... and the sign's clause is not in the present
    treated_hours: float | None = None  # hours since the treatment on record, None with none


@dataclass(frozen=True)
class MessageFindings:
    findings: list[Finding]
    negated: list[set[int]]  # per piece: positions of denied symptom words
    reported: list[set[int]]  # per piece: positions of reported symptom and modifier words


class Negation:
    """Decides whether a phrase at a span is negated ("no swelling", "the redness is gone")."""

    def __init__(self, words: NegationWords, scores: Scores) -> None:
        self._words = PhraseIndex([*((p, ("exception", True)) for p in phrases(words.exceptions)),
                                   *((p, ("cue", True)) for p in phrases(words.cues)),
                                   *((p, ("after", True)) for p in phrases(words.after)),
                                   *((p, ("status", True)) for p in phrases(words.statuses))])
        self._parts = stems(words.parts)
        self._gone_fillers = stems(words.gone_fillers)
        self._gone_words = stems(words.gone_words)
        self._window = words.window
        self.cue_words = frozenset(p[0] for p in phrases(words.cues) if len(p) == 1)  # "not", "no", "never"...
        self._joiners = stems(words.joiners)
        self._list_words = stems(words.list_words)
        self._list_cues = [list(p) for p in phrases(words.list_cues)]
        self._stops = stems(words.stops)
        self._episodes = stems(words.episodes)
        self._ongoing = stems(words.ongoing)
        self._opener_breaks = stems(words.opener_breaks)
        self._opener_objects = stems(words.opener_objects)
        self._answers = stems(words.answers)
        self.flows = stems(words.flows)  # "stopped": the after-words that tell only a flow stopped
        self._relatives = PhraseIndex([(p, len(p)) for p in phrases(words.relatives)])
        self._relative_reach = max((len(p) for p in phrases(words.relatives)), default=0)  # its longest phrase's words
        self._after_stops = stems(words.after_stops)
        self._hedges = stems(words.hedges)
        self._untils = stems(words.untils)
        self.scores = scores

    def lists_on(self, stream: _Stream, at: int, reach: int) -> bool:
        """Whether a list word ("or", "nor", "etc") comes within `reach` words from `at`, in its sentence: what is
        told there is a list ("not warm, burning or swollen")."""
        return any(k < len(stream.tokens) and stream.sentence[k] == stream.sentence[at - 1]
                   and stream.tokens[k] in self._list_words for k in range(at, at + reach))

    def denied(self, stream: _Stream, hits: Sequence[Hit], protected: Sequence[Hit], lists: bool = True) -> set[int]:
        """Indexes (into `hits`, which are in order) of the phrases the patient denies; with `lists`, denied
        symptoms carry their denial along a list ("no fever or pus")."""
        words, excepted, after = self._read(stream, _covered([h for h in protected if isinstance(h.value, tuple)]))
        shielded = excepted | _covered(protected)
        cues = {h.end: h for h in words["cue"] if h.start not in shielded}  # by where they end
        denied: set[int] = set()
        listing: set[int] = set()  # denied by a word that denies a whole list ("no fever, pus or blisters")
        crossed: set[int] = set()  # denied down such a list past a comma ("no fever, pus, blisters or heat")
        before: set[int] = set()  # denied by a word before them, which a list carries on ("no fever or pus")
        if not cues and not after and not words["status"] and self._answers.isdisjoint(stream.tokens):
            # (most messages deny nothing)
            return denied
        signs = _covered(hits)
        whole = _covered([h for h in hits if isinstance(h.value, tuple) and not h.value[0].all_of])
        # (sentences told worse or big: a lone "no" before one is no denial, "Swollen? No. Worse, way bigger")
        worse = {stream.sentence[m.start] for m in protected if m.value in ("worse", SIZE, SEVERE)}
        # The hit a sign's list denial carries from: one of the span before it, the one denying a list if any,
        # else a denied one ("no redness, swelling": "swelling" is a word of several signs, each its own hit)
        previous, span_start = -1, 0
        for n, hit in enumerate(hits):
            if n > 0 and hits[n - 1].start != hit.start:  # the span before ran from span_start to n - 1
                span = range(n - 1, span_start - 1, -1)
                previous = next((k for k in span if k in listing), next((k for k in span if k in before), n - 1))
                span_start = n
            cue = next((c for d in range(self._window + 1) if (c := cues.get(hit.start - d)) is not None
                        and stream.same_clause(c.start, hit.start)
                        and not any(t in self._stops for t in stream.tokens[c.end:hit.start])), None)
            if cue is not None and self._begun_after(stream, hit, excepted):
                cue = None
            # (only for a sign the guidance calls normal: "the pus I noticed this morning is gone" still gets a call)
            normal = isinstance(hit.value, tuple) and hit.value[0].level == "none"
            reach = self._window + (self._relative_after(stream, hit.end) if normal else 0)
            # (not across a clause of its own: "my lips started swelling when the numbing wore off")
            following = any((a := after.get(hit.end + d)) is not None and stream.same_clause(a.start, hit.start)
                            and not any(t in self._after_stops for t in stream.tokens[hit.end:a.start])
                            for d in range(reach + 1)) or self._settled_next(stream, hit, after, whole)
            carried, down = previous in listing, previous in crossed
            listed = lists and previous in before and self._listed(stream, hits[previous], hit, carried, down, signs)
            if (cue is not None or following or listed or self._answered_no(stream, hit, worse)
                    or self._told_well(stream, hit, words["status"])):
                denied.add(n)
            if cue is not None or listed:
                before.add(n)
            if listed and (down or stream.piece[hits[previous].start] != stream.piece[hit.start]):
                crossed.add(n)
            if (cue is not None and self._denies_a_list(stream.tokens, cue)) or (listed and carried):
                listing.add(n)
        return denied

    def _told_well(self, stream: _Stream, hit: Hit, statuses: Sequence[Hit]) -> bool:
        """A part told well right after it, or after a list of parts, outside a question ("Lips and tongue are fine",
        "lips, tongue, breathing all totally normal"); not past any other word ("lips are swelling up, totally
        normal"), so a sign is never told away by a guess that it is normal."""
        if not all(t in self._parts for t in stream.tokens[hit.start:hit.end]) or any(
                t in self.cue_words for t in stream.words_before(stream.clause, hit.start)):
            return False  # (nor a part denied before it: "I cannot breath fine")
        sentence = stream.sentence[hit.start]
        status = next((s for s in statuses if s.start >= hit.end and stream.sentence[s.start] == sentence), None)
        return status is not None and sentence not in stream.questions and all(
            t in self._parts or t in self._list_words or t in self._joiners
            for t in stream.tokens[hit.end:status.start])

    def _answered_no(self, stream: _Stream, hit: Hit, worse: set[int]) -> bool:
        """A sign asked in a short question of its own and answered no right after ("bruising? no. pain? nope."): the
        patient going down the signs to watch for; not a "no" that goes on to tell the sign worse or big, in its
        sentence or the next one (`worse`): "Swollen? No. Worse, way bigger than yesterday"."""
        at = hit.end
        if (at >= len(stream.tokens) or stream.sentence[hit.start] not in stream.questions
                or stream.sentence[at] == stream.sentence[hit.start]):
            return False
        answer = stream.words_of(stream.piece, at)
        if stream.sentence[at] in worse or (stream.sentence[at] + 1 in worse
                                            and stream.sentence[at] + 1 not in stream.questions):
            return False
        return (len(stream.words_of(stream.sentence, hit.start)) <= ASKED_ALONE
                and all(t in self._answers for t in answer))

    def _begun_after(self, stream: _Stream, hit: Hit, excepted: set[int]) -> bool:
        """Whether the words right after a denied sign tell when it began ("no hives until I used the serum"; not
        "no fever until now", an exception)."""
        return any((at := hit.end + d) < len(stream.tokens) and stream.tokens[at] in self._untils
                   and at not in excepted and stream.same_clause(hit.start, at) for d in range(UNTIL_REACH + 1))

    def _relative_after(self, stream: _Stream, end: int) -> int:
        """How many words right after a sign only say which one it is ("the redness | I had yesterday | has gone")."""
        found = [h for h in self._relatives.scan(stream.tokens[end:end + self._relative_reach]) if h.start == 0]
        return max((h.end for h in found if stream.same_clause(end, end + h.end - 1)), default=0)

    def settled(self, stream: _Stream, hits: Sequence[SymptomHit], n: int) -> bool:
        """Whether the clause after the sign `hits[n]` tells it over, even an emergency sign ("I felt faint during
        the numbing but it passed"): for a sign whose `settled_level` grades it so."""
        whole = _covered([h for h in hits if not h.value[0].all_of])
        return self._settled_next(stream, hits[n], self._read(stream, _covered(hits))[2], whole, emergencies=True)

    def _read(self, stream: _Stream, signs: set[int]) -> tuple[dict[str, list[Hit]], set[int], dict[int, Hit]]:
        """The negation words of a message, read once though asked several times: every kind, the words an exception
        covers, and the words after a sign that tell it gone ("gone", "it passed") by where they start, but not
        those a cue just before turns round ("not gone") nor those inside an exception. `signs` are the positions
        of the message's signs (those of the first reading)."""
        if stream.negation_read is None:
            words = by_kind(self._words.scan(stream.tokens))
            # (an exception is read within its piece: "swelling gone, massive relief" is no "gone massive")
            excepted = _covered([h for h in words["exception"] if stream.piece[h.start] == stream.piece[h.end - 1]])
            # (a pain score "gone from a 3 to like a 9" has not gone: it rose; one "gone from a 9 to a 2" has)
            excepted |= {i for h in words["after"] if h.end < len(stream.tokens) and stream.tokens[h.end] == FROM
                         and self.scores.rises(stream.tokens, h.end, stream.piece_start(h.end))
                         for i in range(h.start, h.end)}
            # (a cue turns round an after-word in its clause, or across a mark with no sign told between: "the redness
            # is NOT, gone"; not one that denied a sign of its own first: "no swelling. redness gone", "no fever,
            # redness basically gone")
            cue_ends = {h.end: h.start for h in words["cue"]}
            # (nor an after-word hedged right before it: "has barely gone down", "only partly faded")
            after = {h.start: h for h in words["after"] if h.start not in excepted
                     and not (h.start > 0 and stream.tokens[h.start - 1] in self._hedges
                              and stream.same_clause(h.start - 1, h.start))
                     and not any((c := cue_ends.get(h.start - d)) is not None and (
                         stream.same_clause(c, h.start) or not any(c <= i < h.start for i in signs))
                                 for d in range(CUE_BEFORE_AFTER + 1))}
            stream.negation_read = (words, excepted, after)
        return stream.negation_read

    def _settled_next(self, stream: _Stream, hit: Hit, after: dict[int, Hit], whole: set[int],
                      emergencies: bool = False) -> bool:
        """"it tingled for an hour, gone now", "still pink-ish but fading": a short clause right after a sign,
        in its sentence, that only says it went (not another sign that went: "lips swelling, redness gone").
        Never for an emergency sign, unless asked for `emergencies`."""
        if not isinstance(hit.value, tuple) or (hit.value[0].level == "emergency" and not emergencies):
            return False
        own = stream.clause[hit.start]
        # (or, for a sign told as an episode gone by, the clause after a sign-free one: "I felt a bit lightheaded but
        # I had a snack and it passed"; not "there's pus on my cheek and I had a headache but it passed")
        before = stream.words_before(stream.clause, hit.start)
        if emergencies:  # (an emergency sign's own words may tell it an episode: "felt a bit faint")
            before = [*before, *stream.tokens[hit.start:hit.end]]
        episode = any(t in self._episodes for t in before) and not any(
            t in self._ongoing for t in stream.words_of(stream.clause, hit.start))
        for nxt in (own + 1, own + 2) if episode else (own + 1,):
            following = stream.run(stream.clause, nxt)
            span = range(max(hit.end, following.start), following.stop)
            if len(span) <= SETTLED_CLAUSE:
                said = any(i in after for i in span)
            else:  # "felt a bit faint during the numbing but it passed straight away", for a sign worth a call;
                # a normal sign or a flow stopped: "it bled a bit where I rubbed a flake but it stopped straight away"
                # or a normal sign told all gone: "swelling days 1 and 2 but it's all gone now"
                symptom = hit.value[0]
                said = (symptom.level != "none" and any(
                    i in after and stream.tokens[i] in _ITS for i in span[:SETTLED_CLAUSE])) or (
                    (symptom.level == "none" or symptom.flow) and any(
                        i in after and stream.tokens[i] in self.flows and stream.tokens[i - 1] in _ITS
                        for i in span[1:SETTLED_CLAUSE + 1])) or (
                    symptom.level == "none" and self._all_gone(stream, span, after))
            opens = not episode and self._opens_settled(stream, hit, span, after)
            said = said or opens
            # (two clauses on, the sign-free clause between is checked too)
            checked = range(hit.end if nxt > own + 1 else span.start, span.stop)
            if (len(span) > 0 and said and (stream.sentence[span[0]] == stream.sentence[hit.start] or opens)
                    and all(own <= stream.clause[i] <= nxt for i in range(hit.end, span[0]))
                    and not any(i in whole for i in checked)):
                return True
        return False

    def _all_gone(self, stream: _Stream, span: range, after: dict[int, Hit]) -> bool:
        """ "but it's all gone now", "but it has completely gone": a clause that only says the sign before it went, all
        of it (not "but it's gone down a bit", "but it's gone down on one side", "it's already fading")."""
        words = stream.tokens[span.start:span.stop]
        told = next((k for k, t in enumerate(words) if t in _ITS or t == "its"), None)
        if told is None or told > 1:
            return False
        gone = next((k for k in range(told + 1, len(words)) if span.start + k in after), None)
        if gone is None or words[gone] not in self._gone_words:
            return False
        around = [*words[told + 1:gone], *stream.tokens[after[span.start + gone].end:span.stop]]
        return all(t in self._gone_fillers for t in around)

    def _opens_settled(self, stream: _Stream, hit: Hit, span: range, after: dict[int, Hit]) -> bool:
        """ "one spot bled a tiny bit. It stopped straight away and looks ok now": the next sentence may say the sign
        went, from its start, when it says no more than when (not "It stopped me sleeping", "It stopped for a bit but
        started again", "It stopped being clear, now it's yellow", nor a question: "It stopped growing?"). Only for a
        flow stopping: pus that "stopped after I cleaned it" is still a sign of infection, while a cold sore that
        "cleared up with the cream" is over."""
        level = hit.value[0].level if isinstance(hit.value, tuple) else None
        if level == "emergency":
            return False  # ("... now its all blurry. It stopped burning though" tells no emergency over)
        worth_a_call = level is not None and level != "none"
        if len(span) < 2 or stream.tokens[span[0]] not in _ITS - {"which"} or span[1] not in after or (
                worth_a_call and stream.tokens[span[1]] in self.flows):
            return False
        sentence = stream.sentence[span[0]]
        if sentence != stream.sentence[hit.start] + 1 or sentence in stream.questions:
            return False
        rest = range(after[span[1]].end, stream.run(stream.sentence, sentence).stop)
        if len(rest) > 0 and stream.tokens[rest[0]] in self._opener_objects:
            return False
        return not any(stream.tokens[i] in self._opener_breaks or (stream.tokens[i] in self._ongoing and i in span)
                       for i in rest)

    def _listed(self, stream: _Stream, previous: SymptomHit, hit: SymptomHit, across: bool, down: bool,
                signs: set[int]) -> bool:
        """"no fever or pus", "no fever, pus or blisters": a symptom joined to a denied one by list words
        shares its denial. Across a comma (and anywhere down a list that crossed one, `down`) only for
        non-emergency signs, only when the denial is of a whole list (`across`: "no", not "not" nor "gone") and
        only down a list of signs (see `_only_signs`), so "no fever, lips swelling" and "no fever, swollen lips or
        tongue" still count the lips, "not red, pus" and "no fever, pus on my chin" the pus."""
        if previous.end > hit.start:
            return True  # overlapping phrases of one span
        emergency = hit.value[0].level == "emergency"
        same_piece = stream.piece[previous.start] == stream.piece[hit.start]
        if (down and emergency) or (not same_piece and (
                not across or stream.sentence[previous.start] != stream.sentence[hit.start] or emergency
                or not self._only_signs(stream, hit, signs, down))):
            return False
        between = stream.tokens[previous.end:hit.start]
        return len(between) <= 3 and all(t in self._joiners for t in between)

    def _denies_a_list(self, tokens: Sequence[str], cue: Hit) -> bool:
        """ "no", "no signs of", "without", "don't have": a denial of every sign listed after it."""
        return all(t in self._joiners for t in tokens[cue.start:cue.end]) or any(
            tokens[cue.start:cue.start + len(p)] == p for p in self._list_cues)

    def _only_signs(self, stream: _Stream, hit: SymptomHit, signs: set[int], down: bool) -> bool:
        """Whether the piece of the sign at `hit` holds only signs and list words, and the list goes on: a list
        word in it or in the sign-only pieces after it ("swelling or pus", "swelling, or pus", "pus, blisters
        etc"), or the list already went on (`down`). Without one a sign after the comma is told, recall first
        ("no pain, oozing yellow stuff", "no fever, a rash", "no pain, swelling, blisters")."""
        for p in range(stream.piece[hit.start], len(stream.offsets)):
            piece = stream.run(stream.piece, p)
            if (piece and stream.sentence[piece.start] != stream.sentence[hit.start]) or not all(
                    i in signs or stream.tokens[i] in self._joiners or stream.tokens[i] in self._list_words
                    for i in piece):
                return False  # (the sign's own piece tells more than signs: "no fever, pus on my chin")
            if down or any(stream.tokens[i] in self._list_words for i in piece):
                return True
        return False


def _only_normal_now(findings: Sequence[Finding], complete: Sequence[tuple[Symptom, list[int]]],
                     cues: dict[str, list[Hit]], stream: _Stream) -> bool:
    """Whether the patient tells their state now as no more than normal signs, after history told before it ("Last
    year a peel left me swollen for a week. Now I'm just a little red"): every sign told now is a normal one, and
    one has an `only_now` word shortly before it in its own clause, after every clause of the history."""
    past = [places[-1] for f, (_, places) in zip(findings, complete, strict=True)
            if f.history or f.background or f.dated]
    now = [(f, places[0]) for f, (_, places) in zip(findings, complete, strict=True) if not f.hypothetical]
    if not past or not now or any(f.level != "none" for f, _ in now):
        return False
    after = max(stream.clause[at] for at in past)
    return any(stream.clause[at] > after and any(
        stream.same_clause(c.start, at) and 0 <= at - c.end <= ONLY_REACH for c in cues["only_now"]) for _, at in now)


def _dated(habit: Hit, stream: _Stream) -> bool:
    """Whether a habitual cue is a year named ("in 2029")."""
    words = stream.tokens[habit.start:habit.end]
    return len(words) == 2 and words[0] == "in" and words[1].isdigit() and int(words[1]) in YEARS_TOLD


def _covered(hits: Sequence[Hit]) -> set[int]:
    return {i for h in hits for i in range(h.start, h.end)}


class Triager:
    def __init__(self, triage: Triage, negation: Negation, function_words: frozenset[str] = frozenset()) -> None:
        self.triage = triage
        self._negation = negation
        self._function_words = function_words
        entries: list[tuple[tuple[str, ...], tuple[Symptom, int]]] = []
        for symptom in triage.symptoms:
            groups = symptom.all_of or [symptom.phrases]
            for g, group in enumerate(groups):
                entries.extend((p, (symptom, g)) for p in phrases(group))
        self._distances = {s.id: s.group_distance for s in triage.symptoms if s.group_distance is not None}
        self._before = {s.id: s.reach_before for s in triage.symptoms if s.reach_before is not None}
        self._intensifiers = stems(triage.intensifiers)
        self._condition_back = stems(triage.condition_back_words)
        self._causing = stems(triage.causing)
        self._raters = stems(triage.severity_raters)
        self._bare = function_words | self._intensifiers | self._raters  # words beside a severity that say nothing
        self._self_ratings = phrases(triage.self_ratings)
        self._first_person = stems(triage.first_person)
        self._present = PhraseIndex((p, True) for p in phrases(triage.present))
        self._told_present = PhraseIndex((p, True) for p in phrases(triage.told_present))
        self._beside = PhraseIndex((p, True) for p in phrases(triage.beside_patient))
        self._treated_here = PhraseIndex((p, True) for p in phrases(triage.treated_here))
        self._contrasts = stems(triage.contrasts)
        self._past_tense = stems(triage.past_tense)
        self._third_person = stems(triage.third_person)
        self._present_tense = stems(triage.present_tense)
        self._worry_risks = frozenset(phrases(triage.worry_risks))
        self._observers = PhraseIndex((p, True) for p in phrases(triage.observers))
        self._returning_now = PhraseIndex((p, True) for p in phrases(triage.returning_now))
        self._ongoing = PhraseIndex((p, True) for p in phrases(triage.ongoing))
        self._since_recent = PhraseIndex((p, True) for p in phrases(triage.since_recent))
        self._knowing = PhraseIndex((p, True) for p in phrases(triage.knowing))
        self._onsets = stems(triage.onsets)
        self._figures = phrases(triage.figures_of_people)
        self._asked_of = phrases(triage.asked_of)
        self._later_sessions = PhraseIndex((p, True) for p in phrases(triage.later_sessions))
        self._recent_occasions = frozenset(phrases(triage.recent_occasions))
        self._treatment_names = PhraseIndex((p, True) for p in phrases(triage.treatment_names))
        self._several_sessions = PhraseIndex((p, True) for p in phrases(triage.several_sessions))
        self._today = PhraseIndex((p, True) for p in phrases(triage.today_times))
        self._recent = PhraseIndex((p, True) for p in phrases([*triage.today_times, *triage.recent_times]))
        self._generic = stems(triage.generic_words)
        # Every cue list in one index, scanned once per message: a long message is read in one pass.
        cue_lists: dict[str, list[tuple[list[str], object]]] = {
            "modifier": [(triage.persistence, "persist"), (triage.worsening, "worse"),
                         (triage.worse_than.phrases(), "worse"), (triage.sizes, SIZE),
                         (triage.severities, SEVERE)],
            "not_report": [(triage.not_reports, True)],
            "reason": [(triage.reasons, True)],
            "simile": [(triage.similes, True)],
            "figurative": [(triage.figurative, True)],
            "manner": [(triage.figurative_manner, True)],
            "cue": [(triage.hypothetical, False), (triage.others, True)],
            "fear": [(triage.fears, True)],
            "worry": [(triage.worries, True)],
            "worry_about": [(triage.worries_about, True)],
            "conditional": [(triage.conditionals, True)],
            "story": [(triage.story_questions, True)],
            "frame": [(triage.report_frames, True)],
            "returning": [(triage.returning, True)],
            "likeness": [(triage.likenesses, True)],
            "return_fear": [(triage.return_fears, True)],
            "habitual": [(triage.habitual, True), (triage.asides, False), (triage.patterns, False),
                         (triage.past_occasions, PAST), (triage.session_occasions, SESSIONS), (triage.traits, TRAIT),
                         (triage.long_standing, LONG)],
            "pattern": [(triage.patterns, True)],
            "family": [(triage.family, True)],
            "untreated": [(triage.untreated, True)],
            "writer_apart": [(triage.writer_apart, True)],
            "family_treated": [(triage.family_treated, True)],
            "asking": [(triage.asking, True)],
            "not_yet": [(triage.not_yet_treated, True)],
            "all_clear": [(triage.all_clear, True)],
            "only_now": [(triage.only_now, True)],
            "soon": [(triage.soon_days, True)],
            "duration": [(triage.duration_questions, True), (triage.future_duration_questions, NEAR)],
        }
        self._cues = PhraseIndex([
            *((p, ("symptom", value)) for p, value in entries),
            *((p, ("not_in", symptom.id)) for symptom in triage.symptoms for p in phrases(symptom.not_in)),
            *((p, ("not_near", symptom.id)) for symptom in triage.symptoms for p in phrases(symptom.not_near)),
            *((p, ("not_beside", symptom.id)) for symptom in triage.symptoms for p in phrases(symptom.not_beside)),
            *((p, (kind, value)) for kind, lists in cue_lists.items()
              for texts, value in lists for p in phrases(texts)),
            # a year named ("a really bad reaction to a glycolic peel in 2029") is another occasion
            *((("in", str(year)), ("habitual", PAST)) for year in YEARS_TOLD),
        ])

    @property
    def normal_window(self) -> float:
        return self.triage.normal_window_hours

    def message(self, pieces: Sequence[Piece], hours_since: float | None) -> MessageFindings:
        """Symptoms reported anywhere in a message, graded by what the whole message says about them."""
        stream = _Stream.of(pieces)
        cues = self._cues_of(stream)
        hits = self._signs(stream, cues)
        if not hits:  # most questions name no symptom: nothing to grade
            return MessageFindings([], [set() for _ in pieces], [set() for _ in pieces])
        self._read_people(stream, cues)
        modifiers = self._modifiers(stream, cues, hits)
        # "... went down on day 2, but now it's come back" (not a return feared: "I'm afraid the pimples come back")
        returned = [r for r in stream.visible(cues["returning"]) if not any(
            f.end <= r.start <= f.end + FEAR_REACH and stream.same_clause(f.start, r.start)
            for f in cues["return_fear"])]
        denied = self._denied(stream, cues, hits, modifiers, returned)
        denied_mods = self._negation.denied(stream, modifiers, [*hits, *modifiers], lists=False)
        kept_mods = [m for n, m in enumerate(modifiers) if n not in denied_mods]
        # "help with my scars" asks about one, "so I don't end up with scars" fears one; "... scars, pus" tells one
        reported = [h for n, h in enumerate(hits) if n not in denied and not self._not_told(h, cues, stream)]
        complete = _complete(reported, self.triage.group_distance, self._distances, self._before)
        reported = [h for h in reported if h.value[0].id in {symptom.id for symptom, _ in complete}]
        telling = _Telling(
            stream=stream, modifiers=kept_mods, told={stream.sentence[h.start] for h in reported},
            asking_pieces={stream.piece[c.start] for c in [*(c for c in cues["cue"] if not c.value),
                                                           *cues["asking"], *cues["story"]]},
            back={"persist"} if returned else set(),
            # (not one told back after: "felt faint but it passed, then it came back")
            settled=frozenset(h.start for n, h in enumerate(reported) if h.value[0].settled_level is not None
                              and not any(r.start >= h.end for r in returned)
                              and self._negation.settled(stream, reported, n)),
            soon=frozenset(stream.sentence[h.start] for h in stream.visible(cues["soon"])))
        mood = _mood(cues, frozenset(stream.sentence[m.start] for m in kept_mods if m.value in ("worse", *SIZES)),
                     frozenset(stream.sentence[m.start] for m in kept_mods
                               if m.value == "persist" and stream.piece[m.start] not in telling.asking_pieces),
                     untreated=hours_since is None,
                     getting_worse=self._getting_worse(kept_mods, cues["habitual"], stream))
        findings = [self._symptom(symptom, places, hours_since, telling, mood) for symptom, places in complete]
        all_clear = stream.visible(cues["all_clear"]) or _only_normal_now(findings, complete, cues, stream)
        if all_clear and not self._asks_what_if_back(stream, cues, complete) and not returned:
            # history told with none of it now ("an infection after a session 3 years ago ... nothing like that so
            # far", "hives for a week two years ago. This time nothing so far, should I worry?") needs no advice,
            # unless asked what to do if it comes back ("... nothing so far, but what do I do if it happens?") or
            # told back now ("pus spots after my first session. Been fine since, but now it's happening again"); nor
            # does a sign told over ("I felt faint during the numbing but it passed. All good so far") or dated ("Last
            # year after a peel I had an awful reaction and ended up in A&E. This time all good")
            # ("... a reaction to lidocaine years ago ... I feel fine so far": the patient's own allergy is still told)
            findings = [f for f in findings if not (f.background or f.history or f.settled or f.dated)
                        or (f.symptom.outlasts_all_clear and not f.others)]
        spans = lambda hs: {i for h in hs for i in range(h.start, h.end)}  # noqa: E731
        return MessageFindings(
            findings,
            stream.per_piece(spans(h for n, h in enumerate(hits) if n in denied), len(pieces)),
            stream.per_piece(spans([*reported, *(kept_mods if findings else [])]), len(pieces)),
        )

    def _asks_what_if_back(self, stream: _Stream, cues: dict[str, list[Hit]],
                           complete: Sequence[tuple[Symptom, list[int]]]) -> bool:
        """Whether a condition asks what to do if a sign comes (back): one with a sign or a word pointing back in its
        clause ("what do I do if it happens?", "what if my lips swell?"), not "how will I know if something's going
        wrong?", which asks for warning signs whatever the history."""
        # (not a question's own sign: "going wrong")
        signs = {stream.clause[at] for symptom, places in complete if symptom.advice is None for at in places}
        return any(stream.clause[c.start] in signs or any(
            t in self._condition_back for t in stream.words_of(stream.clause, c.start)) for c in cues["conditional"])

    def _cues_of(self, stream: _Stream) -> dict[str, list[Hit]]:
        cues = by_kind(self._cues.scan(stream.tokens))
        # an all-clear names no other occasion of its own ("nothing like last time, just my throat feels tight")
        cues["habitual"] = [h for h in cues["habitual"] if not any(
            a.start <= h.start and h.end <= a.end for a in cues["all_clear"])]
        # "swollen, not in a good way": a feeling's cause denied makes no figure of speech of the sign
        for kind in ("figurative", "manner"):
            cues[kind] = [c for c in cues[kind]
                          if not (c.start > 0 and stream.tokens[c.start - 1] in self._negation.cue_words)]
        # "both times" names sessions gone by only where several are told ("I've had 2 sessions now. Both times ..."),
        # else the times are today's ("my throat got tight both times I put the serum on today")
        if any(h.value == SESSIONS for h in cues["habitual"]):
            several = self._names_later_session(stream) or bool(self._several_sessions.scan(stream.tokens))
            cues["habitual"] = [h._replace(value=PAST) if h.value == SESSIONS else h for h in cues["habitual"]
                                if h.value != SESSIONS or (several and not self._told_today(stream, h))]
        # "she's telling me to just ask you whether ..." asks on someone's behalf: no hedge on what is told
        # (only "ask" passes a question on with a bare "whether": "just curious whether lips can swell" still wonders)
        cues["asking"] = [c for c in cues["asking"]
                          if not any(tuple(stream.tokens[c.end:c.end + len(p)]) == p
                                     and (p != WHETHER or stream.tokens[c.end - 1] == ASK) for p in self._asked_of)
                          and not self._known(c, stream)]
        return cues

    def _known(self, cue: Hit, stream: _Stream) -> bool:
        """Whether what an asking phrase names is what the patient knows ("I know roughly what to look for, ... a
        temp of 38.2"): no question that makes the message's signs what-ifs."""
        return any(cue.start - KNOWING_REACH <= k.end <= cue.start for k in self._knowing.scan(stream.tokens))

    def _signs(self, stream: _Stream, cues: dict[str, list[Hit]]) -> list[SymptomHit]:
        """The symptom phrases a message means as signs, each the most specific of those at its place."""
        hits = stream.visible(_most_specific(_meant(cues)))
        if cues["not_near"]:  # "saw the bill, nearly fainted 😂": a figure, not a sign
            hits = [h for h in hits if not any(
                c.value == h.value[0].id and max(c.start - h.end, h.start - c.end) < self._distances.get(
                    c.value, self.triage.group_distance) for c in cues["not_near"])]
        if cues["not_beside"]:  # "dizzy from the price lol", not "paid the bill, dizzy now and nauseous"
            hits = [h for h in hits if not any(
                c.value == h.value[0].id and max(c.start - h.end, h.start - c.end) < BESIDE_REACH
                for c in cues["not_beside"])]
        return hits

    def _read_people(self, stream: _Stream, cues: dict[str, list[Hit]]) -> None:
        """Add to the "someone else" cues the family a message says had no treatment, and drop the people named
        only in a figure of speech."""
        if cues["untreated"]:  # "my husband's throat swells up with shellfish but he's not getting treated, just me"
            # (theirs even when happening now only when they are the one family named: "my daughter had it done
            # yesterday and my son wasnt treated, now her lips are swelling" is still the daughter's, reported)
            alone = len({tuple(stream.tokens[f.start:f.end]) for f in cues["family"]}) == 1
            cues["cue"] = sorted([*cues["cue"], *(c._replace(value=UNTREATED) if alone else c
                                                  for c in self._untreated_family(cues, stream))],
                                 key=lambda c: c.start)
        elif cues["writer_apart"] and cues["family"] and not cues["family_treated"] and len(
                {tuple(stream.tokens[f.start:f.end]) for f in cues["family"]}) == 1:
            # "my son has a fever, can I still come in for my 2nd session?": only the writer is treated
            cues["cue"] = sorted([*cues["cue"], *(f._replace(value=UNTREATED) for f in cues["family"])],
                                 key=lambda c: c.start)
        cues["cue"] = [c for c in cues["cue"] if not (c.value and self._figure_of_speech(stream, c))]

    def _modifiers(self, stream: _Stream, cues: dict[str, list[Hit]], hits: Sequence[SymptomHit]) -> list[Hit]:
        """The words that say how long, how much worse, how big or how bad a sign is, where they rate one."""
        starts = {h.start for h in hits}
        signs = {h.start for h in hits if not h.value[0].all_of}  # whole signs, not one word of a group ("face")
        modifiers = [m for m in stream.visible(_literal(cues["modifier"], cues))
                     if (m.value not in SIZES or self._sizes_a_sign(m, starts, signs, stream))
                     and not (m.value == SEVERE and _preceded_by(stream, m.start, self._self_ratings))
                     and not (m.value == "persist" and _asks_how_long(m, cues["duration"], stream))]
        # only a severity told on its own rates a sign a sentence away ("Swollen and red. Really bad."); one told of
        # something else is a size ("Traffic was really bad. My face is pink.")
        modifiers = [m if m.value != SEVERE or self._told_alone(m, stream) else m._replace(value=SIZE)
                     for m in modifiers]
        # (and as a size, only of a sign: "a massive pitch on Monday" is no massive redness)
        modifiers = [m for m in modifiers if m.value != SIZE or self._sizes_a_sign(m, starts, signs, stream)]
        # a worsening that opens with a denial ("not warm, BURNING") is none where the denial runs on down a list
        # ("my face is not warm, burning or swollen")
        modifiers = [m for m in modifiers if not (
            m.value == "worse" and stream.tokens[m.start] in self._negation.cue_words
            and self._negation.lists_on(stream, m.end, LIST_REACH))]
        # asked whether something makes a sign worse, a worsening is a question of cause ("does spicy food make the
        # redness worse?"), not one told
        modifiers = [m for m in modifiers if not (
            m.value == "worse" and stream.sentence[m.start] in stream.questions
            and any(t in self._causing for t in stream.words_before(stream.clause, m.start)))]
        # a score told rising or high worsens like a word does ("the pain has gone from a 3 to like a 9", "the burning
        # is an 8")
        scores = self._negation.scores
        return sorted([*modifiers, *(Hit(i, i + 1, "worse") for i, t in enumerate(stream.tokens)
                                     if (t == FROM and scores.rises(stream.tokens, i, stream.piece_start(i)))
                                     or (t.isdigit() and scores.high(stream.tokens, i,
                                                                     stream.run(stream.piece, stream.piece[i]))))],
                      key=lambda m: m.start)

    def _denied(self, stream: _Stream, cues: dict[str, list[Hit]], hits: Sequence[SymptomHit],
                modifiers: Sequence[Hit], returned: Sequence[Hit]) -> set[int]:
        """The indexes of the signs a message denies or tells gone, unless told back after (`returned`: "the swelling
        went down on day 2, but now it's come back")."""
        denied = self._negation.denied(stream, hits, [*hits, *modifiers])
        if returned:
            denied = {n for n in denied if not any(r.start >= hits[n].end for r in returned)}
        return denied | _denied_elsewhere(hits, denied, {c.end for c in cues["simile"]}, stream)

    def _symptom(self, symptom: Symptom, places: Sequence[int], hours_since: float | None, telling: _Telling,
                 mood: _Mood) -> Finding:
        """One symptom graded at each place the message names it, and the mention that counts."""
        stream = telling.stream
        mentions, lastings = [], []
        for at in places:
            if at in telling.settled:  # "I felt faint during the numbing but it passed": over, worth a call
                mentions.append(Finding(symptom, symptom.settled_level or symptom.level, hypothetical=True,
                                        settled=True))
                lastings.append(False)
                continue
            near = _near(telling.modifiers, at, telling.told, stream)
            # "how long does the swelling last, mine is still there": lasting told outside the question
            lasting = any(m.value in ("persist", "worse") and stream.piece[m.start] not in telling.asking_pieces
                          and stream.sentence[m.start] not in stream.questions for m in near)
            # "my face was red for 2 days and still red": lasting told outside the past clause
            later = bool(telling.back) or any(m.value in ("persist", "worse") and not stream.same_clause(m.start, at)
                                              for m in near)
            # a size only worsens a sign normal for a while ("huge red patches"), not one always normal
            # ("flaking like crazy" on day 4)
            moods = {_mood_of(m) for m in near if m.value not in SIZES or symptom.within_window}
            going_on = any(m.value == "persist" and (stream.same_clause(m.start, at) or _afterthought(m, at, stream))
                           for m in near)
            if self._still_then(symptom, at, telling, mood, hours_since, alone=len(places) == 1):
                moods, going_on = moods - {"persist"}, False
            mentions.append(self._finding(symptom, at, moods | telling.back, hours_since, stream, mood,
                                          told_lasting=lasting, lasting_later=later, going_on=going_on))
            lastings.append(lasting)
        return _most_reported(mentions, lastings, self._told_as_past(stream, places[0]))

    def _still_then(self, symptom: Symptom, at: int, telling: _Telling, mood: _Mood, hours_since: float | None,
                    alone: bool) -> bool:
        """ "what if it's still a little red the next day?": "still" told of a time soon to come, in a condition,
        says nothing of how long the sign has lasted now; unless the time known (on record or told: "it's been 5
        days") is already past the sign's normal window and the sign is told nowhere else, when the sign still
        there now lasts (told elsewhere, `alone` False: that mention grades it)."""
        sentence = telling.stream.sentence[at]
        if sentence not in telling.soon or not any(telling.stream.sentence[c.start] == sentence
                                                   for c in mood.conditionals):
            return False
        plausible = self._plausible_span(hours_since)
        told = [h for h in telling.stream.sentence_hours.values() if h <= plausible]  # "it's been 5 days", anywhere
        known = [h for h in (hours_since, *told) if h is not None] if alone else []
        return not known or max(known) <= (symptom.window_hours or self.normal_window)

    def _plausible_span(self, hours_since: float | None) -> float:
        """The longest span a message can tell of a sign: no longer than the time on record allows (give or take)."""
        plausible = self.triage.plausible_span_hours
        return plausible if hours_since is None else min(plausible, hours_since + RECORDED_TIME_SLACK)

    def _untreated_family(self, cues: dict[str, list[Hit]], stream: _Stream) -> list[Hit]:
        """The close family a message says had no treatment: the one named last before the words that say so, in
        their sentence, with the writer not speaking of themself between ("my son wants it done too" leaves "my
        husband had microneedling 4 days ago, his face is hot" reported, as is "... I wasn't treated, it's her")."""
        family = cues["family"]
        return [f for f in family if any(
            f.end <= u.start and stream.sentence[f.start] == stream.sentence[u.start]
            and not any(f.start < g.start and g.end <= u.start for g in family)
            and not any(t in self._first_person and t != "my" for t in stream.tokens[f.end:u.start])
            for u in cues["untreated"])]

    @staticmethod
    def _getting_worse(modifiers: Sequence[Hit], habits: Sequence[Hit], stream: _Stream) -> frozenset[int]:
        """The sentences that tell a sign worse or big now, which no habit in them reaches: a worsening anywhere,
        a size outside a habit's clause ("I always get red easily and it's intense right now"), not one a habit
        tells in its own clause ("I break out like crazy without it")."""
        habit_clauses = {stream.clause[i] for h in habits for i in range(h.start, h.end)}
        return frozenset(stream.sentence[m.start] for m in modifiers if m.value == "worse"
                         or (m.value in SIZES and stream.clause[m.start] not in habit_clauses))

    def _not_told(self, hit: SymptomHit, cues: dict[str, list[Hit]], stream: _Stream) -> bool:
        """A contact-level sign asked about, feared or named as the treatment's reason, not told ("help with my
        scars", "so I don't end up with scars", "worried about an infection"; "... scars, pus" tells one)."""
        if hit.value[0].level != "contact" or hit.value[0].advice is not None:
            return False
        for kind, reach in NOT_TOLD_AFTER:
            if _named_after(hit, cues[kind], stream, reach):
                return True
        return tuple(stream.tokens[hit.start:hit.end]) in self._worry_risks and _named_after(
            hit, cues["worry_about"], stream, reach=0)

    def _told_alone(self, severity: Hit, stream: _Stream) -> bool:
        """Whether a severity opens its sentence, saying nothing before it ("Really bad.", "It looks so bad",
        "omg so bad", "It's so bad I can't go to work"): a clause may follow it as its consequence, but no word
        it describes ("It's really bad timing")."""
        own, after = stream.sentence[severity.start], severity.end
        if after < len(stream.tokens) and stream.clause[after] == stream.clause[severity.start] and (
                stream.tokens[after] not in self._bare):  # ("So bad omg")
            return False
        return all(t in self._bare for i, t in enumerate(stream.tokens[:severity.start]) if stream.sentence[i] == own)

    def _sizes_a_sign(self, size: Hit, starts: set[int], signs: set[int], stream: _Stream) -> bool:
        """ "a massive blister", "the swelling got massive overnight", "lips went massive": a size word that is
        part of a sign, before one, after one in its clause, or ending what it says; not one before another word
        with no sign before it ("a really intense facial, warm")."""
        after, clause = size.end, stream.clause[size.start]
        if after >= len(stream.tokens) or stream.clause[after] != clause or size.start in signs or after in starts:
            return True
        if any(s < size.start and (stream.clause[s] == clause or size.start - s <= SIZE_AFTER_SIGN) for s in signs):
            return True  # (right after a sign, across "so": "my face swelled up so bad after")
        word = stream.tokens[after]
        return word in self._function_words or word in self._intensifiers

    def _finding(self, symptom: Symptom, first: int, moods: set[str], hours_since: float | None,
                 stream: _Stream, mood: _Mood, told_lasting: bool = False, lasting_later: bool = False,
                 going_on: bool = False) -> Finding:
        """Grade one symptom as the sentence around it tells it: a report, or a question or history ("what
        if my lips swell?", "I break out easily") that gets the same advice but is not reported."""
        plausible = self._plausible_span(hours_since)
        span = stream.hours(first, plausible, adjacent=False)
        spanned = span is not None and span <= plausible
        # "... bleeds a bit every time I wash. Day 5": a span told on its own right after the sign's sentence (not
        # "... every time I travel. Had my treatment 2 days ago", nor "... 13 hour flight tomorrow")
        after = stream.run(stream.sentence, stream.sentence[first] + 1)
        tail = stream.sentence_hours.get(stream.sentence[first] + 1)
        in_sentence = self._habits(symptom, first, stream, mood, spanned or (
            0 < len(after) <= SPAN_SENTENCE and tail is not None and tail <= plausible),
            # (going on since a treatment on record or told: "I still go red whenever I exercise, always have. Can I
            # go to the gym after?" asks before one)
            going_on and (hours_since is not None or spanned), hours_since)
        before = self._cues_before(first, stream, mood, symptom.level == "emergency")
        others = any(c.value and self._someone_else(stream, c, first, symptom.level == "emergency", mood.habitual)
                     for c in before)
        asking = self._framed(symptom, first, stream, mood)
        asked = (symptom.advice is not None and not others) or asking or any(not c.value for c in before)
        if told_lasting and symptom.advice is None and not others:
            asked = False  # "how long will the redness last? it's been constant and not fading" tells it
        # A question about a sign to come takes a time span from its own sentence only ("I waited six weeks for
        # this appointment. How long will I look red?" asks nothing about six weeks of redness).
        future = asked and not in_sentence and not others and "persist" not in moods and not spanned
        # A span told a sentence away can't be how long a sign lasted if it is longer than the time since the
        # treatment ("... I'll get questions for a week. I had it this morning and I'm a little red": `plausible`).
        text_hours = stream.hours(first, plausible, adjacent=not future)
        if future:
            # "what happens if I knock off a scab and it bleeds?" on day 3 asks about a moment to come: the
            # time since treatment says nothing about how long it lasted; only the words do ("very red").
            intense = {"worse"} if first > 0 and stream.tokens[first - 1] in self._intensifiers else set()
            finding = self.grade(symptom, moods | intense, None, text_hours)
        elif text_hours is not None and not lasting_later and (
                self._told_as_past(stream, first) or any(h.value == PAST for h in in_sentence)):
            # "it was red for about two days" two weeks on, "both times, a bit of redness for a day": the span told
            # is how long it lasted, all of it
            finding = self.grade(symptom, moods, None, text_hours, told_over=True)
        else:
            finding = self.grade(symptom, moods, hours_since, text_hours)
        if not (asked or in_sentence or others):
            return finding
        # "... could that happen to me?", "is it bad if the redness spreads": the story is what is asked about.
        story_asked = bool(mood.story_asked)
        # An emergency keeps its advice whatever else is asked (recall first), unless its own clause puts it on
        # another occasion ("I almost fainted at my last blood test").
        elsewhere = any(h.value == PAST and stream.same_clause(h.start, first) for h in in_sentence)
        # (A known allergy is always worth telling the clinic about, whenever it happened.)
        background = (elsewhere and not story_asked and symptom.advice is None) or (
            not (asked or story_asked) and symptom.level != "emergency" and bool(in_sentence or others))
        # (not a sign its sentence tells as going on: "just like last year, my throat is tightening up")
        dated = any(h.value == PAST for h in in_sentence) and not self._told_now(stream, first) and not any(
            t in self._present_tense for t in stream.words_of(stream.sentence, first))
        return replace(finding, hypothetical=True, background=background, history=elsewhere, dated=dated, others=others)

    def _habits(self, symptom: Symptom, first: int, stream: _Stream, mood: _Mood, spanned: bool,
                persisting: bool, hours_since: float | None = None) -> list[Hit]:
        """The habits and other occasions told in the sign's sentence that make it history ("I break out easily",
        "at my last blood test"), as far as they reach it: each of `_HABIT_LIFTS` names a telling that keeps the
        sign happening now whatever habit stands beside it."""
        if not mood.habitual:
            return []
        sign = replace(self._place(symptom, first, stream, mood, spanned, persisting), treated_hours=hours_since)
        return [h for h in mood.habitual
                if self._habit_reaches(h, sign) and not any(lift(self, h, sign) for lift in _HABIT_LIFTS)]

    def _place(self, symptom: Symptom, first: int, stream: _Stream, mood: _Mood, spanned: bool,
               persisting: bool) -> _Sign:
        clause, sentence = stream.words_of(stream.clause, first), stream.words_of(stream.sentence, first)
        present = any(t in self._present_tense for t in clause)
        firsts = any(h.value == PAST and FIRST in stream.tokens[h.start:h.end]
                     for h in mood.habitual)
        # (the message is searched for a later session only when a first one is told)
        later_named = firsts and self._names_later_session(stream)
        return _Sign(
            symptom=symptom, first=first, stream=stream, mood=mood, spanned=spanned, persisting=persisting,
            # (an aside never hides an emergency, nor does a habit or allergy told before a clause where the patient
            # tells the sign as their own: "I'm allergic to lidocaine and my lips are swelling" is happening now)
            own=symptom.level == "emergency" and self._told_as_own(stream, first),
            starting=any(t in self._onsets for t in clause), now=bool(self._present.scan(clause)),
            present=bool(self._told_present.scan(stream.words_before(stream.clause, first))),
            since=bool(self._ongoing.scan(sentence)), since_recent=bool(self._since_recent.scan(sentence)),
            later_named=later_named, later_session=later_named and not present)

    def _habit_reaches(self, habit: Hit, sign: _Sign) -> bool:
        """Whether a habit told in the sign's sentence bears on it at all: a trait only on the sign it follows
        ("I'm breakout-prone", not "acne prone skin and now there's pus"); an emergency only as
        `_reaches_emergency` allows."""
        stream, first = sign.stream, sign.first
        if stream.sentence[habit.start] != stream.sentence[first]:
            return False
        # (a year dates its own clause, and the clauses after it told in the past ("a reaction in 2029, face swelled
        # up"), not one told in the present: "I was born in 1985 and my face is oozing pus" is happening now)
        if _dated(habit, stream) and not stream.same_clause(habit.start, first) and any(
                t in self._present_tense for t in stream.words_of(stream.clause, first)):
            return False
        # (nor does someone else's occasion told after the sign's clause, whatever tense that clause is in: "crusty
        # honey coloured scab on my chin, my kid had impetigo last month")
        if self._someone_elses_occasion(habit, sign) and not stream.same_clause(habit.start, first):
            return False
        if habit.value == TRAIT and not (first < habit.start <= first + TRAIT_REACH
                                         and stream.same_clause(first, habit.start)):
            return False
        # (nor one had "for years" on a sign told after it: "been doing microneedling for years and never had this, my
        # face is oozing", nor on one told far before it: "oozing pus, I've used this clinic for years")
        if habit.value == LONG and not (first < habit.start <= first + LONG_REACH or (
                first < habit.start and stream.tokens[habit.start - 1] in LONG_BACK)):
            return False
        return sign.symptom.level != "emergency" or (
            bool(habit.value) and self._reaches_emergency(habit, first, stream, sign.own))

    @staticmethod
    def _someone_elses_occasion(habit: Hit, sign: _Sign) -> bool:
        """Whether another occasion, told after the sign, is in a clause that names someone else ("... and my kid had
        impetigo last month")."""
        stream = sign.stream
        return habit.value == PAST and habit.start > sign.first and any(
            c.value and stream.same_clause(c.start, habit.start) for c in (*sign.mood.cues, *sign.mood.family))

    def _manner_of_stopping(self, habit: Hit, sign: _Sign) -> bool:
        """ "they won't stop easily": a habit word right after a word of stopping tells how the sign stops, not a
        habit of the patient's ("I bleed easily")."""
        return habit.start > 0 and sign.stream.tokens[habit.start - 1] in self._negation.flows

    def _pattern_of_infection(self, habit: Hit, sign: _Sign) -> bool:
        """ "there is pus every time I wash" is happening: no pattern makes a sign with `habits_hide: false`
        history."""
        return not sign.symptom.habits_hide and habit.start in sign.mood.patterns

    def _pattern_before_onset(self, habit: Hit, sign: _Sign) -> bool:
        """A pattern doesn't reach a sign its own clause tells starting or back ("... started bleeding again and
        won't stop, every time I dab it there's fresh blood"; not "new breakouts, which is what happens whenever
        I'm off")."""
        return sign.starting and habit.start in sign.mood.patterns and not sign.stream.same_clause(
            habit.start, sign.first)

    def _pattern_persisting(self, habit: Hit, sign: _Sign) -> bool:
        """ "it still burns every time I put my moisturiser on": a sign normal for a while, told as going on, is
        happening, whatever sets it off, and its days decide (not "I still get hives every time I eat
        strawberries": a sign that needs a call at any time is the patient's history)."""
        return sign.persisting and sign.symptom.within_window and habit.start in sign.mood.patterns

    def _pattern_starting_now(self, habit: Hit, sign: _Sign) -> bool:
        """ "now one spot starts bleeding again every time I touch it": a pattern of a sign its clause tells starting
        now is happening (not "I still get hives every time I eat strawberries", nor "now I'm paranoid that missing
        nights will make me break out again": the pattern comes after the sign)."""
        return habit.start in sign.mood.patterns and habit.start > sign.first and sign.now and sign.starting

    def _occasion_then_now(self, habit: Hit, sign: _Sign) -> bool:
        """ "I had a reaction to lidocaine at the dentist and now ... I feel like I might faint": the past
        occasion ends where the sentence turns to now."""
        stream = sign.stream
        return (habit.value == PAST and habit.end <= sign.first and not stream.same_clause(habit.start, sign.first)
                and (self._turns_to_now(stream.tokens[habit.end:sign.first])
                     # ("I don't want to break out again like last month, I have pus spots coming up today"; not a
                     # sign told lasting since: "it left a small mark that's still there today")
                     or (bool(self._today.scan(stream.words_of(stream.clause, sign.first)))
                         and not (sign.persisting or stream.sentence[sign.first] in sign.mood.lasting))))

    def _recent_occasion_is_this(self, habit: Hit, sign: _Sign) -> bool:
        """ "had my first microneedling last month and my cheeks are still red", "the redness from last month never went
        away": an occasion a few weeks or months back (`recent_occasions`) may be this very treatment. It is where the
        treatment on record is old enough for it (`recent_occasion_hours`, or none is on record) and its clause names
        the treatment or the sign's sentence tells the sign lasting; not where the message names a later session ("...
        now had my second yesterday"), nor where its clause names someone else or an uncovered treatment ("my kid had
        impetigo last month", "rf microneedling at another place a few months ago")."""
        stream = sign.stream
        if habit.value != PAST or tuple(stream.tokens[habit.start:habit.end]) not in self._recent_occasions:
            return False
        if sign.treated_hours is not None and sign.treated_hours < self.triage.recent_occasion_hours:
            return False
        if self._names_later_session(stream):
            return False
        clause = stream.run(stream.clause, stream.clause[habit.start])
        if any(i in stream.hidden for i in clause) or any(
                c.value and stream.same_clause(c.start, habit.start) for c in (*sign.mood.cues, *sign.mood.family)):
            return False
        return bool(self._treatment_names.scan(stream.tokens[clause.start:clause.stop])) or (
            stream.sentence[sign.first] in sign.mood.lasting or sign.persisting)

    def _first_session(self, habit: Hit, sign: _Sign) -> bool:
        """ "3 days after my first session there's pus": the first session is this one unless a later one is named;
        and even then it reaches only a sign told in its own clause, not in the present ("after the first one I
        had breakouts", not "after my first session I have hives", nor "... worse than after the first one, my
        face is hot")."""
        words = sign.stream.tokens[habit.start:habit.end]
        if habit.value != PAST or FIRST not in words:
            return False
        # ("in my first session today my throat started closing": a first session told without "after" is this one
        # only where no later one is named at all: "for the first one the cream didn't work, it was painful ... my
        # second session is next week" tells the first)
        if AFTER not in words:
            return not sign.later_named
        return not (sign.later_session and sign.stream.same_clause(habit.start, sign.first))

    def _since_occasion(self, habit: Hit, sign: _Sign) -> bool:
        """ "since my previous session I've had pus": an occasion the sign is told since is when it began, not
        another."""
        return habit.value == PAST and SINCE in sign.stream.tokens[max(0, habit.start - SINCE_REACH):habit.start]

    def _back_after_occasion(self, habit: Hit, sign: _Sign) -> bool:
        """ "blisters on my lip, I used to get them as a kid and now they're back": the sign came back, now, after
        both (not "last year I came back with tan lines", nor "years ago my lips swelled and it came back a week
        later"); so does a habit's ("I usually get hives after lidocaine, and I have them now")."""
        stream = sign.stream
        return any(
            r.start >= max(habit.end, sign.first) and stream.sentence[r.start] == stream.sentence[habit.start]
            and self._returns_now(stream, r) for r in sign.mood.returning)

    def _compared_occasion(self, habit: Hit, sign: _Sign) -> bool:
        """ "painful small bubbles on my lip today, same like the herpes I had when I was a kid": another occasion
        the sign, told first, is likened to is the comparison's, not the sign's (not one told in the past itself: "it
        was a rash exactly like the one in your photo, when I was a teenager")."""
        stream = sign.stream
        if habit.value != PAST or self._told_as_past(stream, sign.first):
            return False
        # (nor is the sign told after such a comparison, in a clause of its own: "i think this is anaphylaxis like
        # when i ate peanuts as a kid - throat tight, hives everywhere")
        # only where the message tells something now: what it is like ("this is", "it's like", "looks like when"),
        # or the sign in the present ("my lips are swelling"); a story told after the comparison is still the
        # occasion's ("like the time I went to the dentist years ago, my throat swelled up. This time I feel fine",
        # "worried it'll be like the time ... lips swelled up, ended up in A&E")
        after = habit.end <= sign.first and not stream.same_clause(habit.start, sign.first)
        told_now = sign.now or sign.present or any(
            t in self._present_tense for t in stream.words_of(stream.clause, sign.first))
        return any((sign.first < like.start or (after and (told_now or self._likened_now(stream, like))))
                   and like.start < habit.start
                   and stream.sentence[like.start] == stream.sentence[habit.start]
                   and stream.same_clause(like.start, habit.start) for like in sign.mood.likenesses)

    def _likened_now(self, stream: _Stream, like: Hit) -> bool:
        """Whether the words before a likeness in its sentence tell what is happening now as like another occasion
        ("i think this is anaphylaxis like when ...", "it's like the time ...", "looks like when ...")."""
        start = stream.run(stream.sentence, stream.sentence[like.start]).start
        return any(t in self._present_tense or t in _LIKENED_NOW for t in stream.tokens[start:like.start])

    def _contrast_after(self, habit: Hit, sign: _Sign) -> bool:
        """ "probably unrelated, but since last night my eye is swollen almost shut": a contrast ends a habit or
        aside."""
        return habit.end <= sign.first and any(
            t in self._contrasts for t in sign.stream.tokens[habit.end:sign.first])

    def _clause_says_now(self, habit: Hit, sign: _Sign) -> bool:
        """ "I end up with pus every time I pick, there's pus now on my chin": a habit ends where a clause says
        now; a habit told before the sign's clause ends where that clause tells it in the present ("I'm prone to
        infections, there's yellow crust"), and a pattern told after it doesn't reach back ("I have little blisters
        along my top lip that sting, and I do get cold sores now and then")."""
        if sign.stream.same_clause(habit.start, sign.first):
            return False
        return sign.now or (sign.present and ((habit.end <= sign.first and habit.value is True) or (
            habit.start > sign.first and habit.start in sign.mood.patterns)))

    def _since_a_time(self, habit: Hit, sign: _Sign) -> bool:
        """Nor is a sign told since a time a habit: "since the treatment I always feel hot and shivery"."""
        return sign.since and habit.value is True

    def _pattern_since_recent(self, habit: Hit, sign: _Sign) -> bool:
        """Nor is a pattern told since the treatment or a recent time: "welts whenever I touch my face since the
        treatment" (not "whenever I eat nuts, since I was a kid")."""
        return sign.since_recent and habit.value is False

    def _worsening_sign(self, habit: Hit, sign: _Sign) -> bool:
        """A habit doesn't worsen ("burns every time, worse each time"), but may be big ("I break out like crazy
        without it"); another occasion may have been worse."""
        return habit.value != PAST and sign.stream.sentence[sign.first] in sign.mood.getting_worse

    def _lasted(self, habit: Hit, sign: _Sign) -> bool:
        """Nor has a habit lasted a span: "bleeds again every time I touch it, 3 days now" is happening."""
        return sign.spanned and habit.value is False

    def _told_today(self, stream: _Stream, at: Hit) -> bool:
        """Whether the sentence of `at` tells a time of this treatment ("... both times I put the balm on today")."""
        sentence = stream.run(stream.sentence, stream.sentence[at.start])
        return bool(self._today.scan(stream.tokens[sentence.start:sentence.stop]))

    def _names_later_session(self, stream: _Stream) -> bool:
        """Whether the message names a session after the first ("my second", "session two", "this time")."""
        return bool(self._later_sessions.scan(stream.tokens))

    @staticmethod
    def _reaches_emergency(habit: Hit, first: int, stream: _Stream, own: bool) -> bool:
        """Whether a habit or another occasion makes an emergency sign history: one in its clause; another occasion
        told before it ("years ago my lips swelled"), not one in a later clause about something else ("chest
        tight,,, wheezy,,,, i have an old epipen from years ago"); a habit, unless the sign is told as the patient's."""
        if stream.same_clause(habit.start, first):
            return True
        if habit.value == PAST:
            return habit.start < first
        return not own

    def _cues_before(self, first: int, stream: _Stream, mood: _Mood, emergency: bool = False) -> list[Hit]:
        """The question cues and other people named before the sign that still reach it."""
        # "everything I read said it goes down in days, but I'm still puffy": a contrast ends what was read or asked
        # (nor "my sister never had it but she got a rash": what follows the contrast is still hers)
        theirs = self._told_as_theirs(stream, first)
        before = [c for c in mood.cues if c.start < first and stream.sentence[c.start] == stream.sentence[first]
                  and (theirs or not any(t in self._contrasts for t in stream.tokens[c.end:first]))]
        # "my coworker had it done years ago. she ended up with an infection" (not "... my sister. Her eye is
        # swollen shut now", nor "... two weeks ago and still her face is red": happening now)
        if not before and theirs and stream.sentence[first] not in mood.lasting \
                and not self._present.scan(stream.words_of(stream.clause, first)):
            before = [c for c in mood.cues if c.value and c.start < first][-1:]
        # A question ends at a comma, a condition doesn't: "will I be ok, lips swelling and throat tight" and "how
        # long will it take, my cheeks are still red" tell their signs; "if it starts tonight, like my lips
        # swelling, what do I do?" asks.
        conditional = any(stream.sentence[c.start] == stream.sentence[first] and c.start < first
                          for c in mood.conditionals)
        # (nor does one that runs on, unstopped, into an emergency the patient tells as theirs now: "what do i do my
        # throat is closing"; recall first)
        return [c for c in before if c.value or conditional or (
            stream.piece[c.start] == stream.piece[first] and not (emergency and self._told_on(stream, c, first)))]

    def _told_on(self, stream: _Stream, cue: Hit, first: int) -> bool:
        """Whether after a question, in its clause, the patient tells a sign as theirs in the present ("what do I do
        my lips are swelling"), not as what may come ("what do I do when my lips swell")."""
        between = stream.tokens[cue.end:first]
        clause = stream.tokens[cue.end:stream.run(stream.clause, stream.clause[first]).stop]
        return "my" in between and any(t in self._present_tense for t in clause)

    def _framed(self, symptom: Symptom, first: int, stream: _Stream, mood: _Mood) -> bool:
        """Whether a frame makes the whole message a question ("just want to know if this is expected"), except
        for a sign told as worsening or happening now in its own sentence ("Today the pain is way worse than
        yesterday, 8/10") or after a contrast ("haven't had it done yet by a doctor but my cheek is oozing")."""
        sentence = stream.sentence[first]
        framing = [*mood.asking, *(mood.not_yet if symptom.level != "emergency" else [])]
        frames = [c for c in framing if not (c.end <= first and stream.sentence[c.start] == sentence and any(
            t in self._contrasts for t in stream.tokens[c.end:first]))
            and not self._opens_a_report(c, mood.frames, stream)]
        return any(stream.sentence[c.start] == sentence for c in frames) or (
            bool(frames) and not (sentence in mood.worsening | mood.lasting or self._told_now(stream, first)
                                  or self._opens_with_contrast(stream, first)))

    def _opens_with_contrast(self, stream: _Stream, at: int) -> bool:
        """Whether the sentence of `at` opens with a contrast ("... wondering about sunscreen. but also my eyes have
        puffed up"): it turns from the question to what is happening."""
        opening = stream.run(stream.sentence, stream.sentence[at]).start
        return stream.tokens[opening] in self._contrasts

    @staticmethod
    def _opens_a_report(asking: Hit, frames: Sequence[Hit], stream: _Stream) -> bool:
        """ "just wondering if my lips have ballooned up" tells them: a report frame ("wondering if") within one
        piece goes on from the asking words (not "I just want to know: if it started, what do I do?")."""
        return any(f.start < asking.end < f.end and stream.piece[f.start] == stream.piece[f.end - 1] for f in frames)

    def _turns_to_now(self, between: Sequence[str]) -> bool:
        """ "... at the dentist and now ...", "last time was fine, but my lips are swelling": words after a past
        occasion that turn the sentence to now."""
        return bool(self._present.scan(between)) or any(t in self._contrasts for t in between)

    def _figure_of_speech(self, stream: _Stream, person: Hit) -> bool:
        """Whether someone named is a figure of speech ("looks like someone went at me with a cheese grater")."""
        return _preceded_by(stream, person.start, self._figures)

    def _returns_now(self, stream: _Stream, cue: Hit) -> bool:
        """Whether a return is told as happening now: a word of now right around it ("and now they're back")."""
        sentence = stream.run(stream.sentence, stream.sentence[cue.start])
        around = stream.tokens[max(sentence.start, cue.start - RETURN_REACH):min(sentence.stop, cue.end + RETURN_REACH)]
        return bool(self._returning_now.scan(around))

    def _told_as_past(self, stream: _Stream, at: int) -> bool:
        """Whether the clause of the sign at `at` tells it in the past tense before it ("it was red ...")."""
        return any(t in self._past_tense for t in stream.words_before(stream.clause, at))

    def _told_now(self, stream: _Stream, at: int) -> bool:
        """Whether the sentence of the sign at `at` says it is happening now ("right now", "currently")."""
        return bool(self._present.scan(stream.words_of(stream.sentence, at)))

    def _told_as_theirs(self, stream: _Stream, at: int) -> bool:
        """Whether the clause of the sign at `at` names someone else before it, and not the patient ("... but
        she got a red rash")."""
        words = stream.words_before(stream.clause, at)
        # (not "... her lips are swelling", "he's got pus coming out": told as happening, recall first)
        return any(t in self._third_person for t in words) and not any(t in self._first_person for t in words) \
            and not any(t in self._present_tense for t in stream.words_of(stream.clause, at))

    def _told_as_own(self, stream: _Stream, at: int) -> bool:
        """Whether the clause of the sign at `at` names the patient before it ("... and my lips are swelling")."""
        return any(t in self._first_person for t in stream.words_before(stream.clause, at))

    def _someone_else(self, stream: _Stream, cue: Hit, first: int, emergency: bool,
                      occasions: Sequence[Hit] = ()) -> bool:
        """Whether a sign belongs to the person named before it: between the same punctuation marks, or told
        with "she", "his"... ("my friend had it a few months ago and stayed red", "my sister ... her face"; not "a
        lady in the pharmacy said it's normal, face oozing"), unless the patient speaks of themself after naming
        them ("my friend says my lips are swollen") or they only see it ("my brother noticed lips swelling"), a
        sign is happening now ("... and now her lips are puffing up", "my mate had it done here today, her throat
        is tight"), or the writer is beside them ("what should we do?"): recall first."""
        between = stream.tokens[cue.end:first]
        if any(t in self._first_person for t in between):
            return False
        theirs = [*between, *stream.words_of(stream.piece, first)]  # "... red bumps with pus all over her cheeks"
        if stream.piece[cue.start] != stream.piece[first] and not any(t in self._third_person for t in theirs):
            return False
        if self._observers.scan(between) and self._only_seen(stream, first, between, emergency):
            return False  # "my brother noticed lips swelling", "a workmate noticed pus on my chin": the writer's
        if cue.value == UNTREATED:  # (whatever is happening now: "my little boy (he wasnt treated) ... now his lips")
            return True
        # ("my friend had it done last summer ... and now has dark patches": now, after another occasion, is theirs,
        # unless a time of this treatment follows it: "... years ago and now after yesterday's session she has pus")
        sentence = stream.run(stream.sentence, stream.sentence[first])
        now = self._present.scan(between) and not any(
            h.value == PAST and cue.end <= h.start < first
            and not self._recent.scan(stream.tokens[h.end:sentence.stop]) for h in occasions)
        # ("my friend had it done at your clinic on monday too and her face is full of pus": the clinic's own patient)
        here = self._treated_here.scan(stream.tokens[cue.end:first])
        return not (now or here or self._beside.scan(stream.tokens[cue.end:]))

    def _only_seen(self, stream: _Stream, first: int, between: Sequence[str], emergency: bool) -> bool:
        """Whether the person named only saw or said the sign: nothing theirs ("her chin") or general ("pus
        can happen", "is normal") in its clause, which asks nothing; below an emergency the clause must also say
        it is the writer's ("pus on my chin")."""
        clause = stream.words_of(stream.clause, first)
        if stream.sentence[first] in stream.questions or any(t in self._third_person or t in self._generic
                                                              for t in [*between, *clause]):
            return False
        return emergency or any(t in self._first_person for t in clause)

    def grade(self, symptom: Symptom, modifiers: set[str], hours_since: float | None,
              text_hours: float | None, told_over: bool = False) -> Finding:
        known = [h for h in (hours_since, text_hours) if h is not None]
        longest = max(known) if known else None
        if symptom.level != "none":
            # only the time on record bounds the time since the treatment: a span told bounds the sign alone ("hot
            # and throbbing for 2 hours" may be on day 4), unless told over ("it was hot for about 12 hours")
            bound = longest if hours_since is not None or told_over else None
            expected = symptom.expected_hours is not None and bound is not None and "worse" not in modifiers
            return Finding(symptom, "none" if expected and bound <= symptom.expected_hours else symptom.level)
        if "worse" in modifiers:
            return Finding(symptom, "contact", prolonged=True)
        if not symptom.within_window:
            return Finding(symptom, "none")
        window = symptom.window_hours or self.normal_window
        if "persist" in modifiers:
            # still there at a sign's own window, when it stops being expected ("still numb" at 12 hours), lasts;
            # the normal window is a few days, the last of them included ("day 3 and still pinkish")
            lasting = longest is None or longest > window or (symptom.window_hours is not None and longest >= window)
        else:
            lasting = longest is not None and longest > window
        return Finding(symptom, "contact" if lasting else "none", prolonged=lasting)


# Tellings that keep a sign happening now whatever habit or other occasion its sentence tells (see `_habits`).
_HABIT_LIFTS: tuple[Callable[[Triager, Hit, _Sign], bool], ...] = (
    Triager._pattern_of_infection, Triager._pattern_before_onset, Triager._pattern_persisting,
    Triager._pattern_starting_now,
    Triager._occasion_then_now, Triager._recent_occasion_is_this, Triager._first_session, Triager._since_occasion,
    Triager._back_after_occasion,
    Triager._compared_occasion, Triager._contrast_after, Triager._clause_says_now, Triager._since_a_time,
    Triager._pattern_since_recent,
    Triager._worsening_sign, Triager._lasted, Triager._manner_of_stopping)


def _meant(cues: dict[str, list[Hit]]) -> list[SymptomHit]:
    """Symptom phrases, except where a symptom's `not_in` phrase shows its words mean something else, or
    a feeling's cause follows a sign that is no emergency ("burning up with embarrassment"), or a manner that
    makes it a figure ("on fire (in a good way)")."""
    return [h for h in _literal(cues["symptom"], cues, ("figurative", "manner"))
            if not any(_unmeant(h, o) for o in cues["not_in"])]


def _unmeant(hit: SymptomHit, other: Hit) -> bool:
    """A `not_in` phrase hides its symptom's phrases that start inside it, except a longer phrase that starts
    with it: "confused what day it is" says more than the "confused what" of a question about the advice."""
    if other.value != hit.value[0].id or not other.start <= hit.start < other.end:
        return False
    return not (hit.start == other.start and hit.end > other.end)


def _literal(hits: list[HitT], cues: dict[str, list[Hit]], kinds: Sequence[str] = ("figurative",)) -> list[HitT]:
    """Hits not followed by a feeling's cause ("burning up with embarrassment"); emergency signs always stay.
    A manner ("in a good way") makes a sign a figure, not a worsening word ("throbbing in a good way? ... hotter")."""
    causes = {h.start for kind in kinds for h in cues[kind]}
    if not causes:
        return hits
    return [h for h in hits if (isinstance(h.value, tuple) and h.value[0].level == "emergency")
            or not any(h.end + d in causes for d in range(FIGURATIVE_GAP + 1))]


def _mood(cues: dict[str, list[Hit]], worsening: frozenset[int], lasting: frozenset[int], untreated: bool,
          getting_worse: frozenset[int] = frozenset()) -> _Mood:
    frames = cues["frame"]
    kept = [c for c in cues["cue"] if not any(f.start <= c.start < f.end or c.start <= f.start < c.end for f in frames)]
    conditionals = [c for c in cues["conditional"] if not any(f.start <= c.start < f.end for f in frames)]
    return _Mood(kept, cues["habitual"], cues["asking"], cues["story"], worsening, conditionals,
                 cues["not_yet"] if untreated else [], cues["returning"], lasting, frames, getting_worse,
                 frozenset(h.start for h in cues["pattern"]), cues["likeness"], cues["family"])


def _most_specific(hits: list[SymptomHit]) -> list[SymptomHit]:
    """Drop a phrase inside a longer one of another symptom: "dots of blood" is not "blood". Emergency
    phrases and parts of phrase groups always stay, so a longer phrase never hides a sign; nor does a part of a
    group hide one ("vision is blurry", a part of a painful blurred eye, is still "vision")."""
    by_start: dict[int, list[SymptomHit]] = {}
    for hit in hits:
        by_start.setdefault(hit.start, []).append(hit)
    longest = max((h.end - h.start for h in hits), default=0)

    def inside_another(h: SymptomHit) -> bool:
        return any(o.end >= h.end and o.end - o.start > h.end - h.start and o.value[0].id != h.value[0].id
                   and not o.value[0].all_of
                   for start in range(h.start - longest, h.start + 1) for o in by_start.get(start, ()))

    return [h for h in hits if h.value[0].level == "emergency" or h.value[0].all_of or not inside_another(h)]


def _named_after(hit: SymptomHit, cues: Sequence[Hit], stream: _Stream, reach: int | None = None) -> bool:
    """A contact-level sign named after one of `cues` in its clause ("help with", "get rid of", "so I don't end up
    with"), or within `reach` words of it ("worried I'll get an infection", not "... theres pus on my chin"): asked
    about or feared, not reported (a question about signs, "what could go wrong?", keeps its advice)."""
    return hit.value[0].level == "contact" and hit.value[0].advice is None and any(
        c.end <= hit.start and stream.same_clause(c.start, hit.start) and (reach is None or hit.start - c.end <= reach)
        for c in cues)


def _asks_how_long(modifier: Hit, questions: Sequence[Hit], stream: _Stream) -> bool:
    """ "how many days will my face stay red?", "will I still be swollen?": the lasting is what is asked about,
    not told (in the question's own clause: "how long does it last, mine is still there" tells it)."""
    return any(q.start <= modifier.start < q.end or (
        q.start <= modifier.start and stream.same_clause(q.start, modifier.start)
        and (q.value != NEAR or modifier.start - q.end <= NEAR_REACH)) for q in questions)


def _denied_elsewhere(hits: Sequence[SymptomHit], denied: set[int], similes: set[int], stream: _Stream) -> set[int]:
    """A sign named as a comparison that its sentence then denies ("tender, like a bruise, but there's no
    bruise"): the comparison describes a feeling, it reports nothing."""
    gone = {(hits[n].value[0].id, stream.sentence[hits[n].start]) for n in denied}
    return {n for n, h in enumerate(hits) if h.start in similes and h.value[0].level != "emergency"
            and (h.value[0].id, stream.sentence[h.start]) in gone}


def _complete(hits: Sequence[SymptomHit], distance: int, distances: Mapping[str, int] | None = None,
              before: Mapping[str, int] | None = None) -> list[tuple[Symptom, list[int]]]:
    """Symptoms whose every phrase group was reported, each group within `distance` words of the first
    group's phrase, in order of mention, with every place that first group's phrase is (its sentence decides
    whether it is asked about: "shingles on my face before. Could it trigger something weird?")."""
    positions: dict[str, dict[int, list[int]]] = {}
    symptoms: dict[str, Symptom] = {}
    for hit in hits:
        symptom, group = hit.value
        positions.setdefault(symptom.id, {}).setdefault(group, []).append(hit.start)
        symptoms.setdefault(symptom.id, symptom)
    found: list[tuple[Symptom, list[int]]] = []
    for sid, groups in positions.items():
        symptom = symptoms[sid]
        needed = max(1, len(symptom.all_of))
        if len(groups) < needed:
            continue
        near = [sorted(groups[g]) for g in range(1, needed)]
        reach = (distances or {}).get(sid, distance)
        back = min(reach, (before or {}).get(sid, reach))  # (a size word long before the lips is of something else)
        anchors = [a for a in sorted(groups[0]) if all(_within(ps, a, reach, back) for ps in near)]
        if anchors:
            found.append((symptom, anchors))
    return sorted(found, key=lambda f: f[1][0])


def _near(modifiers: Sequence[Hit], at: int, told: set[int], stream: _Stream) -> list[Hit]:
    """The lasting and worsening words about a symptom: those in its sentence, or in a next or previous one
    that names no symptom of its own ("My face is swollen. It's getting worse."), not a whole story's
    ("a massive baby with needles"). A size ("huge") is only about a sign in its own sentence."""
    own = stream.sentence[at]
    return [m for m in modifiers
            if (s := stream.sentence[m.start]) == own or (m.value != SIZE and s not in told and abs(s - own) == 1)]


def _afterthought(modifier: Hit, at: int, stream: _Stream) -> bool:
    """Whether a modifier is a clause of its own right after the sign's, in its sentence ("face burns whenever
    water touches it, still, 4 days later")."""
    start = modifier.start
    return (stream.clause[start] == stream.clause[at] + 1 and stream.sentence[start] == stream.sentence[at]
            and len(stream.words_of(stream.clause, start)) == modifier.end - start)


def _preceded_by(stream: _Stream, at: int, said: Collection[Phrase]) -> bool:
    """Whether one of the phrases `said` ends right before the word at `at` ("I'm" before "so bad", "like" before
    "someone")."""
    return any(at >= len(p) and tuple(stream.tokens[at - len(p):at]) == p for p in said)


def _mood_of(modifier: Hit) -> str:
    return "worse" if modifier.value in SIZES else str(modifier.value)


def _most_reported(mentions: Sequence[Finding], lasting: Sequence[bool], past: bool) -> Finding:
    """Of one symptom's mentions, the first, unless it is only background to a later one ("my mom nearly
    passed out once... if I start feeling faint, what do I do?"); an emergency told as happening anywhere."""
    told = [f for f in mentions if not f.hypothetical]
    # "does it make you faint? i feel dizzy and going to faint", "felt faint but it passed ... now I feel faint again"
    if told and mentions[0].symptom.level == "emergency":
        return told[0]
    if not mentions[0].background:
        # first asked about, then told graver: "will my face be red? it's already been red for a week" is told
        graver = [f for f in told if LEVEL_RANK[f.level] > LEVEL_RANK[mentions[0].level]]
        if mentions[0].hypothetical and graver:
            return max(graver, key=lambda f: LEVEL_RANK[f.level])
        # first told in the past, then again as lasting, graver ("I was told the redness would be gone in 2 or 3
        # days ... day 5 and still just as red"): the lasting telling counts
        alike = [f for f, lasts in zip(mentions, lasting, strict=True)
                 if lasts and not f.background and f.hypothetical == mentions[0].hypothetical] if past else []
        return max([mentions[0], *alike], key=lambda f: LEVEL_RANK[f.level])
    return min(mentions, key=lambda f: (f.background, f.hypothetical))


def _within(positions: list[int], at: int, distance: int, back: int | None = None) -> bool:
    """Whether any of the sorted `positions` lies within `distance` of `at` (within `back` before it)."""
    i = bisect_left(positions, at - (distance if back is None else back))
    return i < len(positions) and positions[i] <= at + distance


def overall(findings: Sequence[Finding]) -> Level:
    level: Level = "none"
    for finding in findings:
        if LEVEL_RANK[finding.level] > LEVEL_RANK[level]:
            level = finding.level
    return level
