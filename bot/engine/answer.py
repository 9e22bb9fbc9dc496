"""The answer engine: one pure call from a patient's message to a structured, personalised answer."""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable, Collection, Hashable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from typing import TypeVar

from bot.engine import timing
from bot.engine.durations import DurationReader
from bot.engine.matcher import Scored, TopicMatcher
from bot.engine.models import LEVEL_RANK, Answer, KnowledgeBase, Level, SmallTalk, Subject, Topic
from bot.engine.moments import Moment, MomentReader, hours_between, later
from bot.engine.phrases import Hit, PhraseIndex, by_kind
from bot.engine.scores import Scores
from bot.engine.spelling import Speller
from bot.engine.text import Phrase, normalized_words, phrase, phrases, pieces, stem, stems, words
from bot.engine.treatment import TreatmentTimes
from bot.engine.triage import Finding, Negation, Piece, Triager, overall

T = TypeVar("T")
# the last minute of a day, to sort the days a message tells when no clock is given (`_told_today_asked_today`)
NOTIONAL_NOW = datetime(2001, 1, 1, 23, 59, tzinfo=UTC)
MASK = "\x00"
ANSWER_THRESHOLD = 2.5
SUGGEST_THRESHOLD = 1.2
SECONDARY_SHARE = 0.5
LIKENESS_GAP = 1  # words between "like" and what is compared ("like a laser")
PLAIN_QUESTION = 3 * ANSWER_THRESHOLD  # a question without a keyword this sure of its topic is what is asked
ACTIVITY_SHARE = 0.75  # how close a named activity must score to the symptom's topic to be what is asked
CLOSE_SHARE = 0.8
MAX_SUGGESTIONS = 2
WORD_CACHE = 50_000  # words whose stems are remembered, as the speller remembers its corrections


@dataclass
class _Clause:
    tokens: list[str]
    subject: Subject | None = None
    scored: list[Scored] = field(default_factory=list)
    symptomatic: bool = False  # reports a symptom: its words belong to the escalation, not to a topic
    question: bool = False
    normal: bool = False  # asks whether what is described is normal ("is this normal?")
    smalltalk: SmallTalk | None = None
    context: bool = False  # opened by a context word ("since ...", "... if ..."): it sets the scene, it doesn't ask
    back: bool = False  # refers back to what was told ("what should I do in that case?")
    pointing: bool = False  # opens by pointing back at what was told ("is that a problem ...?")
    prefers: bool = False  # asks which of the options told is better ("which is better for melasma?")
    other_way: bool = False  # asks for another way to the uncovered thing the clause before asks about ("or ...")
    compared: Subject | None = None  # an uncovered subject it compares microneedling to ("microneedling vs fraxel")
    sentence: int = 0  # which sentence of the message it is in

    @property
    def asked(self) -> bool:
        return self.question and not self.context

    @property
    def best(self) -> float:
        return self.scored[0].score if self.scored else 0.0


@dataclass
class _Reading:
    """Everything the engine understood from one message, before it is worded."""

    clauses: list[_Clause]
    topics: list[Scored]
    suggestions: list[str]
    findings: list[Finding]
    subjects: list[Subject]
    smalltalk: SmallTalk | None
    outside_window: frozenset[str] = frozenset()  # topics whose window the question does not touch
    light: frozenset[str] = frozenset()  # topics whose light kind, fine at any time, is asked about
    moment: Moment | None = None  # the time the question is about ("on Saturday"), None for now
    # a time-bound topic's own moment, named in the sentence that asks about it ("Red by Thursday? Can I run this
    # evening?": running is asked about this evening)
    own_moments: dict[str | None, Moment | None] = field(default_factory=dict)
    sentences: list[str] = field(default_factory=list)  # the message's sentences as written
    time_known: bool = True  # False: the treatment's hour is assumed (late), so speak in days

    @property
    def level(self) -> Level:
        return overall(self.findings)

    def moment_of(self, topic_id: str | None) -> Moment | None:
        return self.own_moments.get(topic_id, self.moment)


class Engine:
    def __init__(self, kb: KnowledgeBase) -> None:
        self.kb = kb
        lang = kb.language
        self.topics: dict[str, Topic] = {t.id: t for t in kb.topics}
        self._matcher = TopicMatcher(kb.topics, lang.stopwords, [*lang.domain_words, *lang.idioms], lang.referring,
                                     lang.referred)
        negation = Negation(lang.negation, Scores(lang.scores))
        self._triager = Triager(kb.triage, negation, stems(lang.stopwords))
        self._durations = DurationReader(lang.numbers, lang.units, lang.moments.in_words,
                                         lang.moments.ahead_after, [w for w in lang.normal_words if " " not in w],
                                         lang.moments.approximations, lang.moments.plan_words,
                                         lang.moments.plan_ends)
        self._moments = MomentReader(lang.moments, lang.numbers, lang.units)
        self._treatment = TreatmentTimes(lang.moments)
        self._denials = negation.cue_words
        self._breaks = frozenset(stem(b) for b in lang.clause_breaks)
        self._context = frozenset(stem(w) for w in lang.context_words)
        self._alternatives = frozenset(stem(w) for w in lang.alternatives)
        self._fillers = frozenset(w for f in lang.fillers for w in words(f))
        self._questions = stems(lang.question_words)
        self._openings = {s.id: stems(s.opening) for s in kb.conversation.smalltalk}
        self._ask_openers: dict[str, list[Phrase]] = {}
        for opener in phrases(lang.ask_openers):
            self._ask_openers.setdefault(opener[0], []).append(opener)
        self._relatives = stems(lang.relative_words)
        texts = _vocabulary_texts(kb)
        known = phrases(texts)
        self._protected = PhraseIndex((p, True) for p in known if len(p) > 1 and set(p) & self._breaks)
        symptom_words = {w for s in kb.triage.symptoms for p in [*s.phrases, *(x for g in s.all_of for x in g)]
                         for w in words(p)}
        self._speller = Speller({w for text in texts for w in words(text)}, symptom_words, kb.dictionary)
        self._stems = frozenset(w for p in known for w in p) | self._matcher.vocabulary
        self._compounds = {"".join(words(t)): phrase(t) for t in texts if len(words(t)) == 2}
        self._word_tokens: dict[str, tuple[str, ...]] = {}
        self._respellings = dict(lang.respellings)
        self._emoji = re.compile("|".join(map(re.escape, lang.emoji_words))) if lang.emoji_words else None
        self._emoji_words = dict(lang.emoji_words)
        self._window_hours = {t.id: t.window.hours for t in kb.topics if t.window}
        self._filled: dict[tuple[str, str | None], str] = {}  # knowledge-base texts with their windows filled in
        self._questions_advice = kb.triage.symptom(kb.triage.questions_advice)
        self._narrowed = frozenset(t.id for t in kb.topics if t.window and (t.window.applies_to
                                                                            or t.window.applies_unless_gentle))
        self._always = frozenset(t.id for t in kb.topics if t.window and t.window.always_allowed)
        # What a piece can hold besides topic words, found in one pass: uncovered subjects, small talk,
        # comparisons, "is this normal?" and the words a narrowed window applies to.
        self._marks: PhraseIndex[tuple[str, object]] = PhraseIndex([
            *((p, ("subject", s)) for s in kb.out_of_scope.subjects for p in phrases(s.phrases)),
            *((p, ("not_subject", s.id)) for s in kb.out_of_scope.subjects for p in phrases(s.not_in)),
            *((p, ("smalltalk", s)) for s in kb.conversation.smalltalk for p in phrases(s.phrases)),
            *((p, ("comparison", True)) for p in phrases(lang.comparisons)),
            *((p, ("normal", True)) for p in phrases(lang.normal_words)),
            *((p, ("routine", True)) for p in phrases(lang.routine_words)),
            *((p, ("back", True)) for p in phrases(lang.back_references)),
            *((p, ("pointing", True)) for p in phrases(lang.pointing_questions)),
            *((p, ("preference", True)) for p in phrases(lang.preference_questions)),
            *((p, ("likeness", True)) for p in phrases(lang.likeness)),
            *((p, ("narrow", t.id)) for t in kb.topics if t.window for p in phrases(t.window.applies_to)),
            *((p, ("maybe", t.id)) for t in kb.topics if t.window for p in phrases(t.window.applies_unless_gentle)),
            *((p, ("gentle", t.id)) for t in kb.topics if t.window for p in phrases(t.window.gentle)),
            *((p, ("always", t.id)) for t in kb.topics if t.window for p in phrases(t.window.always_allowed)),
            *((p, ("activity", t.id)) for t in kb.topics if t.window for p in phrases(t.window.activity_words)),
            *((p, ("light", t.id)) for t in kb.topics if t.window for p in phrases(t.window.light)),
            *((p, ("heavy", t.id)) for t in kb.topics if t.window for p in phrases(t.window.heavy)),
        ])

    # -- public API ------------------------------------------------------------------------------

    def mentioned_day(self, text: str) -> int | None:
        """The treatment day the patient names in the text ("it started on day 2"), for the clinic's card."""
        return self._durations.day_named(words(text))

    def answer(self, text: str, hours_since: float | None = None, now: datetime | None = None,
               time_known: bool = True) -> Answer:
        """Answer one message; `hours_since` personalises time-bound rules, `now` (the clinic's local time)
        adds clock times and places the moment asked about ("tomorrow", "on Saturday"). With `time_known`
        False, `hours_since` counts from an assumed (late) hour, so answers speak in days, not hours."""
        reading = self._second_opinion(text, self._read(text, hours_since))
        # with no treatment on record, a day the message tells of it ("I had microneedling yesterday") times the
        # rules from its latest plausible hour (triage keeps to the recorded time: a guess must not hide a sign)
        told = self._treatment.told_in(text, now) if hours_since is None and now is not None else None
        if hours_since is None and told is None and now is not None:
            planned = self._planned(text, reading, now, time_known)
            if planned is not None:
                return planned
        timed = hours_between(told, now) if told is not None and now is not None else hours_since
        if timed is None and now is None and self._told_today_asked_today(text):
            reading.time_known = False
            return self._word(reading, 0.0, None)
        moment = self._moments.find(text, now) if timed is not None else None
        if moment is None or moment.start_in <= 0:
            moment = self._counted_from_treatment(text, timed, now) or moment
        # "today" is now; a time counted from the treatment is placed even when the treatment's time is unknown
        reading.moment = moment if moment is not None and (moment.start_in > 0 or (
            timed is None and moment.since_treatment is not None)) else None
        if reading.moment is not None and moment is not None and moment.start_in > 0:
            reading.own_moments = self._own_moments(reading, now)
        reading.time_known = time_known and told is None
        return self._word(reading, timed, now)

    def _told_today_asked_today(self, text: str) -> bool:
        """With no clock at all, a treatment told today ("had microneedling this morning") and a question about today
        ("... makeup tonight?"), or about no time: less than a day has passed, whatever the hour, so each rule can be
        judged (in days, never a false "it's been 5 hours"). A notional clock only sorts the days told."""
        told = self._treatment.told_in(text, NOTIONAL_NOW) if self._treatment.names_today(text) else None
        if told is None or told.date() != NOTIONAL_NOW.date():
            return False
        moment = self._moments.find(text, NOTIONAL_NOW)
        return moment is None or (moment.start is not None and moment.start.date() == NOTIONAL_NOW.date())

    def _planned(self, text: str, reading: _Reading, now: datetime, time_known: bool) -> Answer | None:
        """With no treatment on record, a treatment still to come that the message tells the day of, and a later
        moment asked about ("booked in for Thursday at 10am ... wedding on Saturday the 28th, full makeup?"): the
        answer as from the treatment's latest plausible moment, on the clock of then."""
        plan = self._treatment.planned_in(text, now, lambda clause: self._moments.find(clause, now))
        asked = self._moments.find(plan.rest, now) if plan is not None else None
        if plan is None or asked is None or asked.end is None or asked.end <= plan.at:
            return None
        gap = hours_between(now, plan.at)
        # (of a moment the treatment falls in, the part after it: "makeup on Friday?" for a treatment on Friday)
        start = max(asked.start, plan.at)
        reading.moment = replace(asked, start_in=max(asked.start_in, gap) - gap, end_in=asked.end_in - gap, start=start)
        reading.time_known = time_known and plan.exact
        return self._word(reading, 0.0, plan.at, seen=now)

    def _own_moments(self, reading: _Reading, now: datetime | None) -> dict[str | None, Moment | None]:
        """The moments time-bound topics are asked about in their own sentences: now where one says so ("visit on
        Thursday ... Can I run today?": None), or a later one where the message's moment is asked about another
        topic only ("Red by Thursday? Can I run this evening?"); a story's moment stays ("sauna at 7pm tomorrow
        ... ok tomorrow at 7?")."""
        own: dict[str | None, Moment | None] = {}
        moment = reading.moment
        if moment is None:
            return own
        asked_about: defaultdict[int, set[str]] = defaultdict(set)  # sentence that asks -> the topics it asks about
        for c in (c for c in reading.clauses if c.asked):
            about = asked_about[c.sentence]  # (kept even when it asks of no topic: "Red by Thursday?")
            if c.scored:
                about.add(c.scored[0].topic)
        sources = [i for i, text in enumerate(reading.sentences)
                   if (found := self._moments.find(text, now)) is not None and _overlap(found, moment)]
        for tid in {s.topic for s in reading.topics} & self._window_hours.keys():
            asking = sorted(i for i, about in asked_about.items() if tid in about)
            if not asking:
                continue
            asked_text = " ".join(reading.sentences[i] for i in asking)
            found = self._moments.find(asked_text, now)
            if found is None and self._moments.asks_now(asked_text):
                own[tid] = None  # "Saturday is my birthday. Can I go for a run now?" asks about now
            if found is None or _overlap(found, moment):
                continue
            if found.start_in <= 0:  # "... can I run today?" asks about now, whatever the story's moment
                own[tid] = None
            elif sources and all(i in asked_about and tid not in asked_about[i] for i in sources):
                own[tid] = found
        return own

    def _counted_from_treatment(self, text: str, hours_since: float | None, now: datetime | None) -> Moment | None:
        """ "hot yoga 2 days after?", "makeup on day 2?": the time asked about, counted from the treatment."""
        found = self._moments.after_treatment(text)
        if found is None:
            return None
        start, end, label = found
        elapsed = hours_since or 0.0
        moment = Moment(start - elapsed, end - elapsed, label, since_treatment=start)
        if now is None or hours_since is None:
            return moment
        return replace(moment, start=later(now, start - elapsed), end=later(now, end - elapsed))

    def assess(self, symptom_ids: Iterable[str], hours_since: float | None) -> Answer:
        """Triage symptoms picked from buttons (a check-in) rather than typed."""
        wanted = set(symptom_ids)
        symptoms = [s for s in self.kb.triage.symptoms if s.id in wanted]
        findings = [self._triager.grade(s, set(), hours_since, None) for s in symptoms]
        reading = _Reading(clauses=[], topics=[], suggestions=[], findings=findings, subjects=[], smalltalk=None)
        return self._word(reading, hours_since, None)

    def topic_text(self, topic_id: str, hours_since: float | None = None, now: datetime | None = None,
                   time_known: bool = True) -> str:
        return self._topic_paragraph(self.topics[topic_id], hours_since, now, time_known=time_known)

    def day_plan(self, hours_since: float, now: datetime | None = None,
                 since_hours: float | None = None) -> timing.DayPlan:
        return timing.plan(list(self.topics.values()), hours_since, now, since_hours)

    @property
    def normal_window(self) -> str:
        return timing.duration(self._triager.normal_window)

    # -- reading -----------------------------------------------------------------------------------

    def _second_opinion(self, text: str, reading: _Reading) -> _Reading:
        """Ask the learned guesser when nothing else decides the message and the matcher is unsure. A guessed
        topic goes first (one the matcher ranked lower, from the message's structure, only when the guess is
        strong); a confident guess that no topic covers it leaves the honest fallback. Triage, uncovered
        subjects and small talk are never second-guessed."""
        guesser = self.kb.guesser
        if guesser is None or reading.findings or reading.subjects or reading.smalltalk is not None:
            return reading
        policy = guesser.policy
        if reading.topics and _confidence(reading) >= policy.unsure_below:
            return reading
        guess = guesser.guess(text)
        if guess.topic is None:
            if reading.topics and guess.probability >= policy.none_from:
                return replace(reading, topics=[], suggestions=[])
            return reading
        ranked = [s.topic for s in reading.topics]
        needed = policy.reorder_from if guess.topic in ranked else policy.topic_from
        if guess.probability < needed or guess.topic not in self.topics or ranked[:1] == [guess.topic]:
            return reading
        rest = [s for s in reading.topics[1:] if s.topic != guess.topic]
        return replace(reading, topics=[Scored(guess.topic, ANSWER_THRESHOLD), *rest], suggestions=[])

    def _undenied_heavy(self, hits: list[Hit], tokens: Sequence[str]) -> list[Hit]:
        """ "a slow walk on the treadmill, not running": a heavy kind denied right before it is not the kind asked
        about."""
        return [h for h in hits if not (h.value[0] == "heavy" and h.start > 0 and tokens[h.start - 1] in self._denials)]

    def _read(self, text: str, hours_since: float | None) -> _Reading:
        split = self._split(text)
        marks = [_Marks.of(self._undenied_heavy(self._marks.scan(piece.tokens), piece.tokens)) for piece in split]
        masked = [_masked(piece.tokens, m.subject) for piece, m in zip(split, marks, strict=True)]
        triaged = self._triager.message([_hiding(p, m) for p, m in zip(split, masked, strict=True)], hours_since)
        clauses: list[_Clause] = []
        sentences = [""]
        opens = True  # whether a piece starts a sentence
        named: dict[str, Phrase] = {}  # terms of several words named so far, by their last word
        for piece, mark, hidden, negated, reported in zip(split, marks, masked, triaged.negated, triaged.reported,
                                                          strict=True):
            added = self._piece_clauses(piece, piece.question or self._opens_question(piece, opens), mark,
                                        hidden, negated, reported, clauses[-1] if clauses else None, named)
            named |= self._matcher.compounds(hidden)
            for clause in added:
                clause.sentence = len(sentences) - 1
            clauses += added
            sentences[-1] += f" {piece.text}"
            opens = piece.ends_sentence
            if opens:
                sentences.append("")
        _point_back(clauses, self._window_hours.keys())
        # "microneedling vs fraxel, which one is better?" weighs fraxel (in the question's sentence: not "is this
        # redness like after ipl? which is better for it, aloe or vaseline")
        preferring = {c.sentence for c in clauses if c.prefers and c.asked}
        for clause in clauses:
            if clause.sentence in preferring:
                clause.subject = clause.subject or clause.compared
        self._activity_first(clauses, triaged.findings)
        findings, topics = self._weighed(clauses, triaged.findings)
        suggestions = self._suggestions(clauses, topics)
        subjects = _unique([c.subject for c in clauses if c.subject is not None], key=lambda s: s.id)
        smalltalk = None
        if clauses and not findings and not subjects and not any(c.asked for c in clauses) and self._opens_with(
                clauses[0]):
            # (a rule the thanks goes on to name keeps its answer: "Thanks! btw I used my retinol last night", "thanks,
            # I'm going to hot yoga tonight then" are told a plan or slip the guidance speaks to)
            topics, suggestions = [t for t in topics if t.keyword], []
        if not topics and not findings and not subjects and not suggestions:
            smalltalk = next((c.smalltalk for c in clauses if c.smalltalk is not None
                              and (c.smalltalk.in_questions or not c.question)), None)
        gentle = {tid for m in marks for tid in m.gentle}
        outside = self._narrowed - {tid for m in marks for tid in m.narrowed} - (
            {tid for m in marks for tid in m.maybe} - gentle)
        # "can I put sunscreen on now?" asks about what is always allowed, "sunscreen for the beach?" about the sun
        outside |= {tid for m in marks for tid in m.always} - {tid for m in marks for tid in m.activity}
        # "a slow walk with the dog, not breaking a sweat" is the light kind, "hiking all day" is not
        light = frozenset({tid for m in marks for tid in m.light} - {tid for m in marks for tid in m.heavy})
        return _Reading(clauses, topics, suggestions, _unique(findings, key=lambda f: f.symptom.id),
                        subjects, smalltalk, outside | light, light=light, sentences=[t for t in sentences if t])

    def _opens_with(self, clause: _Clause) -> bool:
        """Whether a clause opens with small talk that, asking nothing after it, is all a message says."""
        return clause.smalltalk is not None and bool(self._openings.get(clause.smalltalk.id, frozenset()) & set(
            clause.tokens))

    def _piece_clauses(self, piece: Piece, question: bool, mark: _Marks, hidden: list[str], negated: set[int],
                       reported: set[int], previous: _Clause | None, named: Mapping[str, Phrase]) -> list[_Clause]:
        """A piece's clauses, scored, each knowing whether it asks, sets the scene or tells a symptom
        (`previous` is the clause before the piece, which an "or ..." may go on asking about)."""
        clauses: list[_Clause] = []
        scene = opener = False
        for start, end in _clause_spans(piece):
            # "can I have wine and wear makeup?": a question opened at the start of its piece runs on
            asked = question or opener or (start > 0 and (piece.tokens[start] in self._questions
                                                           or self._asks_from(piece.tokens, start)))
            # What a told clause compares a symptom to is no topic ("warm, like after a jog").
            compared = [h.start for h in mark.comparison if start <= h.start < end]
            told = end if asked or not compared else min(compared)
            clause = self._clause(piece.tokens[start:told], hidden[start:told],
                                  {i - start for i in negated if start <= i < told}, mark.within(start, told), named)
            clause.tokens = piece.tokens[start:end]
            clause.normal = any(start <= h.start < end for h in mark.normal)
            clause.back = any(start <= h.start < end for h in mark.back)
            # "is that a problem?" points back; "is that numbing cream ok?" names what it asks about
            clause.pointing = any(h.start == start and (h.end >= end or not self._matcher.names_a_topic(
                piece.tokens[h.end])) for h in mark.pointing)
            clause.prefers = any(start <= h.start < end for h in mark.preference)
            clause.symptomatic = any(start <= i < end for i in reported)
            clause.question = asked
            before = piece.tokens[start - 1] if start - 1 in piece.breaks else ""
            # "... if it's for acne scars and not just cosmetic": the scene runs on until a question opens
            runs_on = scene and piece.tokens[start] not in self._questions
            # ("I want to know if I can wear makeup": an "if" after words that ask is a "whether", no scene)
            clause.context = scene = (bool({piece.tokens[start], before} & self._context) and not opener) or runs_on
            opener = self._asks_from(piece.tokens, start, whole=end)
            last = clauses[-1] if clauses else previous
            if before in self._alternatives and last is not None and last.subject is not None \
                    and not last.scored and clause.subject is None and asked \
                    and not any(s.keyword and s.topic in self._window_hours for s in clause.scored):
                # "can I get my brows threaded or should I wait till my skin has recovered?" asks one thing
                # ("a slow walk with my dog, or does that count as exercise?" asks about the rule it names)
                clause.subject, clause.scored, clause.other_way = last.subject, [], True
            clauses.append(clause)
        return clauses

    def _opens_question(self, piece: Piece, opens_sentence: bool) -> bool:
        """A question word opens the piece; inside a sentence "which", "who"... only join a clause to it ("...
        a bit tight, which the therapist said would happen")."""
        first = piece.tokens[0]
        return self._asks_from(piece.tokens, 0) or (first in self._questions
                                                      and (opens_sentence or first not in self._relatives))

    def _asks_from(self, tokens: Sequence[str], start: int, whole: int | None = None) -> bool:
        """Whether words that ask as a statement open a clause at `start` ("I want to know which sunscreen"); with
        `whole`, whether they are all of the clause, up to `whole` ("I want to know | if ...")."""
        return any(tuple(tokens[start:start + len(p)]) == p and (whole is None or start + len(p) >= whole)
                   for p in self._ask_openers.get(tokens[start], ()))

    def _activity_first(self, clauses: Sequence[_Clause], findings: Sequence[Finding]) -> None:
        """"can I put concealer on the redness?" asks about makeup: in a question that tells an expected symptom,
        a time-bound activity it names comes before the symptom's own topic."""
        expected = {f.symptom.topic for f in findings if f.level == "none" and f.symptom.topic
                    and f.symptom.topic not in self._window_hours and not self.topics[f.symptom.topic].never_allowed}
        for c in clauses:
            if not (c.question and c.symptomatic and c.scored and c.scored[0].topic in expected):
                continue
            activity = next((s for s in c.scored[1:] if s.keyword and s.topic in self._window_hours
                             and s.score >= ACTIVITY_SHARE * c.best), None)
            if activity is not None:
                c.scored = [activity, *(s for s in c.scored if s is not activity)]

    def _weighed(self, clauses: Sequence[_Clause], findings: list[Finding]) -> tuple[list[Finding], list[Scored]]:
        """The symptoms that count and the topics asked about, each judged beside the other."""
        told_in = [c for c in clauses if c.symptomatic]
        if told_in and all(c.other_way for c in told_in) and all(f.symptom.advice for f in findings):
            findings = []  # "can I book my next one here or do I need to call?" asks about booking, not warning signs
        if any(c.symptomatic and not c.question for c in clauses) and any(not f.hypothetical for f in findings):
            # "... bright pink and warm. did something go wrong?" is answered by what they tell.
            findings = [f for f in findings if f.symptom.advice is None]
        told = [f for f in findings if not f.background]
        focused = overall(told) != "none"
        topics = self._chosen_topics(clauses, focused=focused)
        if topics or any(c.subject for c in clauses if c.asked):
            findings = told  # history or someone else's story around a question asked: the question is answered
        beside_signs = bool(topics) and any(not f.hypothetical for f in findings)
        on = _asked_on(clauses) if beside_signs else None
        if on is not None:
            # "... I think is normal no? ... foundation and blush. Is ok for tomorrow??" asks on: about what it asks
            # and names after its "is it normal?", not about the words of a sign told ("is this normal? my cheeks
            # are pink and tight. how long does it last?" is no question about moisturizer)
            # (a keyword first, then what the "is it normal?" itself asks: "normal? how many days will it last")
            normal = {id(c.scored[0]) for c in on if c.normal and c.scored}
            topics = sorted(self._chosen_topics(on, focused=focused),
                            key=lambda s: (not s.keyword, not s.keyword and id(s) not in normal, -s.score))
        elif beside_signs and self._asks_if_normal(clauses):
            topics = []  # "... still pink, a bit tight. is this normal?" is answered from the symptoms told
        elif len(told) < len(findings):
            topics = self._chosen_topics(clauses, focused=overall(findings) != "none")
        return findings, topics

    def _split(self, text: str) -> list[Piece]:
        """The message's pieces between punctuation marks, as corrected word stems with their clause-break
        words marked, each with whether it was asked as a question."""
        split: list[Piece] = []
        text = self._speller.rejoined(text)
        if self._emoji is not None:
            text = self._emoji.sub(lambda m: f" {self._emoji_words[m.group()]} ", text)
        for part in pieces(text):
            said = [w for w in normalized_words(part.text) if w not in self._fillers]
            tokens = [t for w in said for t in self._tokens(w)]
            if not tokens:
                if part.ends_sentence and split:
                    split[-1] = replace(split[-1], ends_sentence=True, question=split[-1].question or part.question)
                continue
            protected = {i for h in self._protected.scan(tokens) for i in range(h.start, h.end)}
            breaks = frozenset(i for i, t in enumerate(tokens) if t in self._breaks and i not in protected)
            hours = self._durations.longest_hours(said, asked=tokens[0] in self._questions, question=part.question)
            split.append(Piece(tokens, breaks, ends_sentence=part.ends_sentence, hours=hours, question=part.question,
                               text=part.text + ("?" if part.question else "." if part.ends_sentence else ",")))
        return split

    def _tokens(self, word: str) -> tuple[str, ...]:
        """The stem(s) of one word: known as is, a known two-word phrase written as one ("lipgloss"),
        or corrected towards the vocabulary. Remembered per word: every message is mostly the same few
        hundred words."""
        found = self._word_tokens.get(word)
        if found is None:
            word = self._respellings.get(word, word)
            stemmed = stem(word)
            if stemmed in self._stems:
                found = (stemmed,)
            else:
                found = self._compounds.get(word) or (stem(self._speller.correct(word)),)
            if len(self._word_tokens) < WORD_CACHE:
                self._word_tokens[word] = found
        return found

    @staticmethod
    def _asks_if_normal(clauses: Sequence[_Clause]) -> bool:
        """Whether the message asks if what it describes is normal, and asks about no rule of its own."""
        asked = [c for c in clauses if c.asked]
        return any(c.normal for c in asked) and not any(_clearly_about(c) for c in asked)

    def _only_smalltalk(self, tokens: list[str], smalltalk: Sequence[Hit]) -> bool:
        covered = {i for h in smalltalk for i in range(h.start, h.end)}
        return bool(covered) and all(i in covered or t in self._matcher.stopwords for i, t in enumerate(tokens))

    def _clause(self, tokens: list[str], masked: list[str], negated: set[int], marks: _Marks,
                named: Mapping[str, Phrase] | None = None) -> _Clause:
        """Score one clause; `masked` has uncovered-subject phrases hidden, `negated` denied symptom words,
        `marks` what else the clause holds (positions from its start), `named` the terms named before it."""
        smalltalk = next((h.value for h in marks.smalltalk), None)
        if self._only_smalltalk(tokens, marks.smalltalk):
            return _Clause(tokens, smalltalk=smalltalk)
        # "is it a kind of laser?": what microneedling is compared to is not asked about
        likened = {h.end + gap for h in marks.likeness for gap in range(LIKENESS_GAP + 1)}
        subject = next((h.value for h in marks.subject if h.start not in likened), None)
        kept = [t for i, t in enumerate(masked) if i not in negated]
        scored = self._matcher.score(kept, named)
        if subject is not None:
            # The clinic's guidance doesn't cover it: no unrelated rule. Only a time-bound activity named beside
            # it still counts ("sunscreen on the plane", "my retinol cream before sleep"); "does smoking affect my
            # results?" is about smoking.
            scored = [s for s in scored if s.keyword and s.topic in self._window_hours]
        compared = next((h.value for h in marks.subject if h.start in likened), None)
        return _Clause(tokens, subject, scored, smalltalk=smalltalk, compared=compared)

    def _chosen_topics(self, clauses: Sequence[_Clause], focused: bool) -> list[Scored]:
        """The topics asked about. Beside an escalation only separate, clearly asked questions count
        ("my lips are swelling. can I wear makeup?"): the words of a symptom report are not a topic."""
        if focused:  # "what should I do in that case?" asks about the symptom, not about a topic
            clauses = [c for c in clauses
                       if c.question and not c.symptomatic and not (c.back and not _clearly_about(c))]
        uncovered = any(c.subject for c in clauses)
        if any(c.subject.overrides for c in clauses if c.subject):
            return []  # "breastfeeding - can the numbing cream get into my milk?" is about breastfeeding
        if uncovered and any(c.prefers for c in clauses if c.asked):
            return []  # "chemical peel vs microneedling, which is better for melasma?" weighs an uncovered option
        sources = [c for c in clauses if c.asked] if _asks_only_uncovered(clauses) else clauses
        candidates = [c.scored[0] for c in sources if c.scored and c.best >= ANSWER_THRESHOLD]
        if not candidates and len(clauses) > 1 and not uncovered:
            whole = self._matcher.score([t for c in clauses for t in c.tokens])
            candidates = whole[:1] if whole and whole[0].score >= ANSWER_THRESHOLD else []
        if not candidates:
            return []
        # What the patient asks goes first: "just a bit red. should I clean it a certain way?" is asked
        # about cleansing (the redness gets its reassurance anyway).
        # (or asks plainly about one: "what actually is microneedling?" before the cold cream of the story)
        asked = {id(c.scored[0]) for c in clauses if c.question and c.scored
                 and (c.scored[0].keyword or (c.asked and c.best >= PLAIN_QUESTION))}
        # beside a topic asked outright, a bare "can I do that?" asks about what it points at ("... just pull the loose
        # bits off with tweezers. Can I do that, or use a gentle scrub?" asks about both; a story around it alone is
        # weighed below)
        if asked:
            asked |= _pointed_ids(clauses, lambda c: c.question and c.pointing)
        # "... a coconut oil balm and a gel one. which one should i use tonight?" chooses between the options told
        asked |= _pointed_ids(clauses, lambda c: c.asked and c.prefers)
        top = max(s.score for s in candidates)
        floor = max(ANSWER_THRESHOLD, SECONDARY_SHARE * top)
        # "can I drink tonight? champagne": with an uncovered subject, only clear keyword matches stand.
        # (A topic asked outright stands however much more a story says of another: "... I'll wipe the sweat off
        # with a clean towel between sets. Can I train tonight?"; not one in a condition: "... if I clean the
        # tweezers first?")
        outright = {id(c.scored[0]) for c in clauses if c.asked and c.scored and id(c.scored[0]) in asked}
        # (and a question asked plainly in a sentence of its own: "I fly home tomorrow. What must I do for my face?")
        apart = {id(c.scored[0]) for c in clauses if c.scored and id(c.scored[0]) in outright
                 and not any(o.subject for o in clauses if o.sentence == c.sentence)}
        kept = [s for s in candidates if (s.score >= floor or id(s) in outright)
                and (s.keyword or not uncovered or id(s) in apart)]
        if asked or not any(c.asked for c in clauses):
            # two topics asked as clearly: the one the rest of the message speaks of too ("what was that cream
            # they put on before? lidocaine?? my cheeks still feel numb")
            ranked = sorted(kept, key=lambda s: (id(s) not in asked, -s.score, -_support(clauses, s.topic)))
        else:
            # A story around a bare "is that ok?" asks about what may or may not be done: a time-bound rule
            # (the run tonight, the tretinoin) before the story's background (the acne scars behind it all),
            # and before the words of a sign it tells ("it stings a little when I wash my face").
            # (A word near a rule in the words of a sign is no such rule: "just mildly pink" is no cleanser.)
            told = {id(c.scored[0]) for c in sources if c.symptomatic and c.scored}
            ranked = sorted(kept, key=lambda s: (
                not (s.topic in self._window_hours and (s.keyword or id(s) not in told)),
                s.topic in self._window_hours and id(s) in told, -s.score, -_support(clauses, s.topic)))
        return _unique(ranked, key=lambda s: s.topic)

    def _suggestions(self, clauses: Sequence[_Clause], topics: Sequence[Scored]) -> list[str]:
        chosen = {s.topic for s in topics}
        if topics:
            best = topics[0].score
            close = [s for c in clauses for s in c.scored[1:2] if s.score >= CLOSE_SHARE * best]
            return [s.topic for s in close if s.topic not in chosen][:1]
        if any(c.subject for c in clauses):
            return []
        near = sorted((s for c in clauses for s in c.scored[:MAX_SUGGESTIONS] if s.score >= SUGGEST_THRESHOLD),
                      key=lambda s: -s.score)
        return _unique([s.topic for s in near], key=lambda t: t)[:MAX_SUGGESTIONS]

    # -- wording -----------------------------------------------------------------------------------

    def _word(self, reading: _Reading, hours_since: float | None, now: datetime | None,
              seen: datetime | None = None) -> Answer:
        """The reply; with `seen`, the patient's clock while `now` is a treatment still to come (see `_planned`)."""
        level = reading.level
        topic_ids = [s.topic for s in reading.topics]
        primary = topic_ids[0] if topic_ids else None
        # "could I get an infection from this? what would it look like": asked about signs, the answer is when to
        # call, unless a topic's own keyword is asked too ("is the numbing cream a problem?")
        about_signs = level != "none" and bool(reading.findings) and all(f.hypothetical for f in reading.findings) \
            and not any(s.keyword for s in reading.topics[:1])
        if primary is None or about_signs:
            primary = self._symptom_topic(reading) or primary
        if level != "none":
            # The escalation replaces the general text of topics that the symptom words themselves hit.
            echoed = {f.symptom.topic for f in reading.findings}
            topic_ids = [t for t in topic_ids if t not in echoed]
        if self._too_close(reading, topic_ids):
            return self._did_you_mean(reading, primary, hours_since)
        told = _told(reading)
        paragraphs = self._escalation(reading.findings, told, level)
        titled = len(topic_ids) > 1 or bool(paragraphs)
        for tid in topic_ids:
            body = self._topic_paragraph(self.topics[tid], hours_since, now, tid in reading.outside_window,
                                         reading.moment_of(tid), reading.time_known, tid in reading.light, seen)
            paragraphs.append(f"{self.topics[tid].title}: {body}" if titled else body)
        if level == "none":
            paragraphs.extend(self._reassurance(reading.findings, set(topic_ids)))
        paragraphs.extend(self._subject_notes(reading, bool(paragraphs)))
        kind = "topic" if topic_ids else ("triage" if reading.findings else "fallback")
        if not paragraphs:
            paragraphs, kind = self._nothing_matched(reading)
        deciding = self._deciding(topic_ids or ([primary] if primary else []), reading.outside_window)
        asked_moment = reading.moment_of(deciding)
        return Answer(
            topic=primary,
            level=level,
            allowed_now=self._allowed_now(deciding, hours_since, reading.outside_window, asked_moment),
            text="\n\n".join(paragraphs),
            confidence=_confidence(reading),
            suggestions=reading.suggestions if kind == "suggest" else [],
            topics=topic_ids,
            symptoms=[f.symptom.id for f in reading.findings],
            symptom_labels=_notice_labels(reading.findings, told),
            report=_reported(reading.findings, told),
            report_level=overall(told),
            kind=kind,
            asked_for_hours=_asked_for_hours(hours_since, asked_moment) if asked_moment else None,
        )

    @staticmethod
    def _too_close(reading: _Reading, topic_ids: Sequence[str]) -> bool:
        """One question, two topics about as likely: better to ask than to answer the wrong rule."""
        return (len(topic_ids) == 1 and bool(reading.suggestions) and reading.level == "none"
                and not reading.findings and not reading.subjects)

    def _did_you_mean(self, reading: _Reading, best: str | None, hours_since: float | None) -> Answer:
        choices = _unique([t for t in [best, *reading.suggestions] if t], key=lambda t: t)
        titles = " or ".join(self.topics[t].title for t in choices)
        allowed = self._allowed_now(self._deciding(choices[:1], frozenset()), hours_since, frozenset(),
                                    reading.moment)
        asked = _asked_for_hours(hours_since, reading.moment) if reading.moment else None
        return Answer(topic=best, level="none", allowed_now=allowed,
                      text=self._fill(self.kb.conversation.replies.did_you_mean, topics=titles),
                      confidence=_confidence(reading), suggestions=choices, kind="suggest", asked_for_hours=asked)

    def _fill(self, template: str, topic: str | None = None, **values: str) -> str:
        if not values:  # a knowledge-base text with only its windows to fill: the same every time
            key = (template, topic)
            if key not in self._filled:
                self._filled[key] = self._fill_in(template, topic)
            return self._filled[key]
        return self._fill_in(template, topic, **values)

    def _fill_in(self, template: str, topic: str | None = None, **values: str) -> str:
        windows = WindowWords(self._window_hours, topic)
        return template.format_map({"normal_window": self.normal_window, "window": windows, **values})

    def _topic_paragraph(self, topic: Topic, hours_since: float | None, now: datetime | None,
                         outside_window: bool = False, moment: Moment | None = None,
                         time_known: bool = True, light: bool = False, seen: datetime | None = None) -> str:
        """A topic's answer; with `seen` (a treatment still to come at `now`), clock times are told from the
        patient's own clock ("22:00 on Friday", not "22:00 tomorrow"), and nothing of time gone by since it."""
        state = timing.status(topic, hours_since, now) if hours_since is not None else None
        general = self._fill(topic.answer, topic.id)
        if light and topic.window is not None and topic.window.light_answer:
            # "a gentle walk?": what is fine comes first, then the rule for the rest
            general = self._fill(topic.window.light_answer, topic.id)
        if state is None or topic.window is None or hours_since is None:
            return general
        if moment is not None and not state.allowed and not outside_window:
            return self._timed_paragraph(topic, hours_since, moment, now, seen)
        if seen is not None:  # ("it's been less than a day" of a treatment still to come)
            return general
        template = topic.window.allowed if state.allowed else topic.window.restricted
        elapsed = None if time_known else self._elapsed_days(hours_since, now)
        values = {k: v for k, v in state.placeholders(now, elapsed).items() if k != "window"}
        personal = self._fill(template, topic.id, **values)
        return f"{general} {personal}" if outside_window and not state.allowed else personal

    def _timed_paragraph(self, topic: Topic, hours_since: float, moment: Moment, now: datetime | None,
                         seen: datetime | None = None) -> str:
        """A rule judged at the moment asked about: fine by then, opening during it, or not yet."""
        view = timing.outlook(topic, hours_since, moment, now)
        assert view is not None
        timed = self.kb.conversation.timed
        template = timed.allowed if view.allowed else (timed.opens_during if view.opens_during else timed.restricted)
        values = {k: v for k, v in view.placeholders(seen or now).items() if k != "window"}
        return f"{self._fill(template, topic.id, **values)} {self._fill(topic.answer, topic.id)}"

    def _elapsed_days(self, hours_since: float, now: datetime | None) -> str:
        """How long since the treatment in calendar days, for a treatment whose hour is not known."""
        days = (now.date() - later(now, -hours_since).date()).days if now is not None else int(hours_since // 24)
        timed = self.kb.conversation.timed
        if days <= 0:
            return timed.same_day
        return timed.one_day if days == 1 else timed.days.format(days=days)

    def _escalation(self, findings: Sequence[Finding], told: Sequence[Finding], level: Level) -> list[str]:
        """The safety reply: for a report, act now; for a question about what could happen, what to do if
        (with what else to watch for, when the question is about a sign that needs a call). A sign told now
        beneath a what-if at a higher level ("pus on my cheek, what if my lips swell?") is answered first."""
        if level == "none":
            return []
        beneath = _told_beneath(findings, told)
        first = self._safety_reply(beneath, beneath[0].level) if beneath else []
        return first + self._safety_reply([f for f in findings if f.level == level], level)

    def _safety_reply(self, chosen: Sequence[Finding], level: Level) -> list[str]:
        replies = self.kb.conversation.replies
        labels = [self._label(f) for f in chosen if not f.symptom.advice]
        if not all(f.hypothetical for f in chosen):
            template = replies.emergency if level == "emergency" else replies.contact
            return [self._fill(template, symptoms=_capitalised(_joined(labels)))]
        advice = [self._fill(a) for a in _unique([f.symptom.advice for f in chosen if f.symptom.advice], key=str)]
        if not labels:
            return advice
        template = replies.emergency_if if level == "emergency" else replies.contact_if
        general = self._questions_advice
        if not advice and general and general.advice and level == "contact":
            advice = [self._fill(general.advice)]
        return [self._fill(template, symptoms=_capitalised(_joined(labels))), *advice]

    def _label(self, finding: Finding) -> str:
        if finding.prolonged:  # a sign with a window of its own (numbness: hours) is said with that window
            own = finding.symptom.window_hours
            window = {"normal_window": timing.duration(own)} if own else {}
            return self._fill(self.kb.conversation.replies.prolonged, symptom=finding.symptom.label, **window)
        return finding.symptom.label

    def _reassurance(self, findings: Sequence[Finding], topic_ids: set[str]) -> list[str]:
        replies = self.kb.conversation.replies
        uncovered = [f.symptom for f in findings if f.symptom.topic not in topic_ids]
        notes = []
        windowed = [s.label for s in uncovered if s.within_window]
        lasting = [s.label for s in uncovered if not s.within_window]
        if windowed:
            notes.append(self._fill(replies.expected, symptoms=_capitalised(_joined(windowed))))
        if lasting:
            notes.append(self._fill(replies.expected_always, symptoms=_joined(lasting)))
        return notes

    def _subject_notes(self, reading: _Reading, answered: bool) -> list[str]:
        replies = self.kb.conversation.replies
        template = replies.also_asked if answered else replies.out_of_scope
        return [self._fill(template, subject=s.label) for s in reading.subjects]

    def _nothing_matched(self, reading: _Reading) -> tuple[list[str], str]:
        replies = self.kb.conversation.replies
        if reading.smalltalk is not None:
            return [reading.smalltalk.reply], "smalltalk"
        if reading.suggestions:
            titles = " or ".join(self.topics[t].title for t in reading.suggestions)
            return [self._fill(replies.suggest, topics=titles)], "suggest"
        return [self._fill(replies.fallback)], "fallback"

    def _symptom_topic(self, reading: _Reading) -> str | None:
        """The topic a reported symptom belongs to, unless an expected one sits beside an uncovered subject
        ("can I take ibuprofen for the pain" asks about medicines, not about soreness)."""
        findings = reading.findings if reading.level != "none" or not reading.subjects else []
        if findings and all(f.hypothetical for f in findings) and not reading.subjects:
            # "is it possible to get an infection?", "what if my lips swell?": a question of when to call; "how
            # long will I be red?" is about the sign itself.
            deciding = max(findings, key=lambda f: LEVEL_RANK[f.level])
            if deciding.level != "none" and self._questions_advice is not None:
                return self._questions_advice.topic  # "swelling after 4 days, what should I do?": when to call
            return deciding.symptom.topic
        return next((f.symptom.topic for f in findings if f.symptom.topic), None)

    def _deciding(self, topic_ids: Sequence[str], outside_window: frozenset[str]) -> str | None:
        """The topic whose rule says whether the question's answer is "allowed": one never allowed, or the first
        time-bound one ("sunscreen and retinol tonight?": a rule that restricts before one asked only about what it
        always allows)."""
        restricting = any(self.topics[t].window is not None and t not in outside_window for t in topic_ids)
        for tid in sorted(topic_ids, key=lambda t: restricting and t in outside_window and t in self._always):
            topic = self.topics[tid]
            if topic.never_allowed or topic.window is not None:
                return tid
        return None

    def _allowed_now(self, tid: str | None, hours_since: float | None, outside_window: frozenset[str],
                     moment: Moment | None = None) -> bool | None:
        """Allowed at the moment asked about (all of it, for a span), or now when the question names none."""
        if tid is None:
            return None
        topic = self.topics[tid]
        if topic.never_allowed:
            return False
        asked = _asked_for_hours(hours_since, moment)
        return None if asked is None or topic.window is None else tid in outside_window or asked >= topic.window.hours


@dataclass
class _Marks:
    """A piece's (or clause's) non-topic phrases by kind, found in one scan."""

    subject: list[Hit] = field(default_factory=list)
    smalltalk: list[Hit] = field(default_factory=list)
    comparison: list[Hit] = field(default_factory=list)
    normal: list[Hit] = field(default_factory=list)
    back: list[Hit] = field(default_factory=list)
    likeness: list[Hit] = field(default_factory=list)
    pointing: list[Hit] = field(default_factory=list)
    preference: list[Hit] = field(default_factory=list)
    narrowed: set[str] = field(default_factory=set)
    maybe: set[str] = field(default_factory=set)  # named unless a gentle kind is said
    gentle: set[str] = field(default_factory=set)
    always: set[str] = field(default_factory=set)  # what a window's topic allows at any time is named
    activity: set[str] = field(default_factory=set)  # its restricted activity is named (outside those words)
    light: set[str] = field(default_factory=set)  # a light kind of it, allowed at any time, is named
    heavy: set[str] = field(default_factory=set)  # ... or words that make it the restricted kind after all

    @classmethod
    def of(cls, hits: Iterable[Hit]) -> _Marks:
        kinds = by_kind(hits)
        # "carry on as normal" asks nothing about what is expected; it refers back to a routine told
        routine = {i for h in kinds["routine"] for i in range(h.start, h.end)}
        normal = [h for h in kinds["normal"] if h.start not in routine]
        other = {(i, h.value) for h in kinds["not_subject"] for i in range(h.start, h.end)}
        subjects = [h for h in kinds["subject"] if (h.start, h.value.id) not in other]
        always = {i for h in kinds["always"] for i in range(h.start, h.end)}  # "sun" in "sun cream" is no sun
        return cls(subjects, kinds["smalltalk"], kinds["comparison"], normal, kinds["back"] + kinds["routine"],
                   kinds["likeness"], kinds["pointing"], kinds["preference"], {str(h.value) for h in kinds["narrow"]},
                   {str(h.value) for h in kinds["maybe"]}, {str(h.value) for h in kinds["gentle"]},
                   {str(h.value) for h in kinds["always"]},
                   {str(h.value) for h in kinds["activity"] if h.start not in always},
                   {str(h.value) for h in kinds["light"]}, {str(h.value) for h in kinds["heavy"]})

    def within(self, start: int, end: int) -> _Marks:
        """The marks wholly inside [start, end), counted from start (read-only: an empty piece's are shared)."""
        if not (self.subject or self.smalltalk or self.comparison or self.normal or self.back or self.likeness):
            return self
        def inside(hits: list[Hit]) -> list[Hit]:
            return [Hit(h.start - start, h.end - start, h.value) for h in hits if start <= h.start and h.end <= end]
        return _Marks(inside(self.subject), inside(self.smalltalk), inside(self.comparison), inside(self.normal),
                      inside(self.back), inside(self.likeness))


def _point_back(clauses: Sequence[_Clause], timed: Collection[str]) -> None:
    """"I'm on warfarin for my heart, is that a problem with the aftercare?": a question that opens by pointing
    back at an uncovered subject told before it asks about that subject, unless it names a time-bound rule ("I'm on
    antibiotics, is that ok for the sauna tonight?") or what was told before names a rule too ("we fly Friday and
    I'll be on the beach all day. Is that ok?")."""
    told: Subject | None = None
    for clause in clauses:
        if clause.asked and clause.pointing and clause.subject is None and told is not None and not any(
                s.keyword and s.topic in timed for s in clause.scored):
            clause.subject, clause.scored = told, []
        if _clearly_about(clause):
            return
        told = clause.subject or told


def _hiding(piece: Piece, masked: list[str]) -> Piece:
    """The piece with its masked words hidden from triage."""
    if masked is piece.tokens:
        return piece
    return replace(piece, hidden=frozenset(i for i, t in enumerate(masked) if t == MASK))


def _masked(tokens: list[str], subjects: Sequence[Hit]) -> list[str]:
    """Hide uncovered-subject phrases from triage and scoring: the "red" of "red wine" is not a symptom."""
    covered = {i for h in subjects for i in range(h.start, h.end)}
    return [MASK if i in covered else t for i, t in enumerate(tokens)] if covered else tokens


def _asks_only_uncovered(clauses: Sequence[_Clause]) -> bool:
    """The question asked is about a subject the guidance doesn't cover, and no other question is clearly
    about a topic: the scene around it ("since makeup is off, can I get my lashes done?") brings no rule."""
    asked = [c for c in clauses if c.asked]
    if any(c.subject for c in asked):
        return not any(_clearly_about(c) for c in asked if c.subject is None)
    # "... laser for pigmentation and microneedling for texture. My laser is booked for 7 June and I had microneedling
    # today. Is that gap long enough?": a bare pointing question asks about the uncovered subject it points at
    if asked and all(c.pointing and not _clearly_about(c) for c in asked) and all(
            _points_at_uncovered(clauses, i) for i, c in enumerate(clauses) if c.asked):
        return True
    # "I take collagen powder every morning. Should I pause it?": the only subject named is uncovered.
    return bool(asked) and any(c.subject for c in clauses) and not any(
        _clearly_about(c) for c in clauses if not c.context)


def _asked_on(clauses: Sequence[_Clause]) -> list[_Clause] | None:
    """The questions of a message that asks on after asking whether what it tells is normal, and what it says after
    its last "is it normal?" apart from signs ("... normal no? ... foundation and blush. Is ok for tomorrow??")."""
    asked = [c for c in clauses if c.asked]
    if not (asked and not asked[-1].normal and not asked[-1].symptomatic and any(c.normal for c in asked)):
        return None
    last = max(i for i, c in enumerate(clauses) if c.asked and c.normal)
    return [c for i, c in enumerate(clauses) if c.asked or (i > last and not c.symptomatic)]


def _pointed_ids(clauses: Sequence[_Clause], points: Callable[[_Clause], bool]) -> set[int]:
    """The topics that clauses naming no keyword of their own, and chosen by `points`, point back at."""
    return {id(s) for s in (_pointed_at(clauses, i) for i, c in enumerate(clauses)
                            if points(c) and not (c.scored and c.scored[0].keyword)) if s is not None}


def _pointed_back(clauses: Sequence[_Clause], at: int) -> list[_Clause]:
    """What a pointing question points back at: the clauses before it in its sentence, or else the sentence before."""
    own = clauses[at].sentence
    return [c for c in clauses[:at] if c.sentence == own] or [c for c in clauses[:at] if c.sentence == own - 1]


def _pointed_at(clauses: Sequence[_Clause], at: int) -> Scored | None:
    """The topic a bare pointing question ("can I do that?", "is that ok?") asks about: the clearest keyword told
    before it in its sentence, or else in the sentence before, apart from the words of a sign."""
    before = _pointed_back(clauses, at)
    # (a clause naming one topic only: "the aftercare sheet said something about drinking water" names two)
    named = [c.scored[0] for c in before if c.scored and not c.symptomatic and sum(s.keyword for s in c.scored) == 1
             and c.scored[0].keyword]
    return max(named, key=lambda s: s.score, default=None)


def _points_at_uncovered(clauses: Sequence[_Clause], at: int) -> bool:
    """Whether what a pointing question points back at names an uncovered subject and no topic clearly."""
    before = _pointed_back(clauses, at)
    return any(c.subject for c in before) and not any(_clearly_about(c) for c in before)


def _support(clauses: Sequence[_Clause], topic: str) -> float:
    """How much a message speaks of a topic: its score summed over the clauses that tell no sign (the words of
    a sign are no topic asked about: "... why I'm so red")."""
    return sum(next((s.score for s in c.scored if s.topic == topic), 0.0) for c in clauses
               if c.question or not c.symptomatic)


def _clearly_about(clause: _Clause) -> bool:
    return bool(clause.scored) and clause.scored[0].keyword and clause.best >= ANSWER_THRESHOLD


def _overlap(a: Moment, b: Moment) -> bool:
    return a.start_in < b.end_in and b.start_in < a.end_in


def _asked_for_hours(hours_since: float | None, moment: Moment | None) -> float | None:
    if hours_since is None:
        return moment.since_treatment if moment is not None else None
    return max(0.0, hours_since) + (moment.start_in if moment is not None else 0.0)


class WindowWords:
    """Fills `{window}` with a topic's own time window in words and `{window:makeup}` with another
    topic's, so every number in an answer comes from the windows' `hours`."""

    def __init__(self, hours: dict[str, float], own: str | None = None) -> None:
        self._hours = hours
        self._own = own

    def __format__(self, spec: str) -> str:
        topic = spec or self._own
        if topic not in self._hours:
            raise ValueError(f"no time window for {topic or 'this topic'!r}")
        return timing.duration(self._hours[topic])


def _vocabulary_texts(kb: KnowledgeBase) -> list[str]:
    """Every phrase the knowledge base knows: its words are never "corrected" and define the stems."""
    lang = kb.language
    texts: list[str] = []
    for t in kb.topics:
        texts += [*t.keywords, *t.related, *t.examples, *t.general_terms, t.title]
        texts += t.window.applies_to if t.window else []
    for s in kb.triage.symptoms:
        texts += s.phrases + [p for g in s.all_of for p in g]
    texts += kb.triage.persistence + kb.triage.worsening + kb.triage.severities + kb.triage.not_reports
    texts += kb.triage.reasons
    texts += [p for s in kb.out_of_scope.subjects for p in s.phrases]
    texts += [p for s in kb.conversation.smalltalk for p in s.phrases]
    texts += lang.stopwords + lang.negation.cues + lang.negation.after + lang.negation.exceptions + lang.domain_words
    texts += lang.negation.episodes + lang.negation.ongoing
    texts += lang.idioms
    texts += lang.clause_breaks + list(lang.numbers) + list(lang.units) + lang.common_words
    return texts


def _unique(items: Iterable[T], key: Callable[[T], Hashable]) -> list[T]:
    """Items in order, keeping the first of each key."""
    seen: set[Hashable] = set()
    out: list[T] = []
    for item in items:
        k = key(item)
        if k not in seen:
            seen.add(k)
            out.append(item)
    return out


def _joined(labels: Sequence[str]) -> str:
    labels = _unique(labels, key=lambda x: x)
    if len(labels) <= 1:
        return "".join(labels)
    return ", ".join(labels[:-1]) + " and " + labels[-1]


def _capitalised(text: str) -> str:
    return text[:1].upper() + text[1:]


def _confidence(reading: _Reading) -> float:
    if reading.topics:
        best = reading.topics[0].score
        rivals = [s.score for c in reading.clauses for s in c.scored[1:2]]
        second = max(rivals, default=0.0)
        return round(min(1.0, best / 6.0) * best / (best + second), 3)
    if reading.findings or reading.subjects or reading.smalltalk:
        return 0.9
    best = max((c.best for c in reading.clauses), default=0.0)
    return round(max(0.0, 1.0 - best / ANSWER_THRESHOLD), 3)




def _clause_spans(piece: Piece) -> list[tuple[int, int]]:
    """Where a piece's clauses start and end, leaving out the clause-break words between them."""
    spans, start = [], 0
    for i in [*sorted(piece.breaks), len(piece.tokens)]:
        if i > start:
            spans.append((start, i))
        start = i + 1
    return spans


def _reported(findings: Sequence[Finding], told: Sequence[Finding]) -> bool:
    """The patient reports a symptom of their own now: for an escalation, one that needs a call, even when
    a what-if asked beside it is graver ("pus on my cheek, what if my lips swell?")."""
    return bool(told) and (overall(findings) == "none" or overall(told) != "none")


def _told(reading: _Reading) -> list[Finding]:
    """The signs told now. Beneath a graver what-if only a sign worth a call on its own (pus, blisters) told in a
    statement counts: a group's words or a worsening may come from the what-if ("my face is warm, what if I get
    chest pain?"), and a question beside it asks ("what if my lips swell? or I get blisters?")."""
    top = overall(reading.findings)
    stated = any(c.symptomatic and not c.question for c in reading.clauses)
    return [f for f in reading.findings if not f.hypothetical and (
        f.level == top or (stated and f.symptom.level != "none" and not f.symptom.all_of))]


def _told_beneath(findings: Sequence[Finding], told: Sequence[Finding]) -> list[Finding]:
    """The signs told now, at their level, when a what-if beside them is graver: answered and notified on their
    own ("pus on my cheek, what if my lips swell?"); none otherwise."""
    level, told_level = overall(findings), overall(told)
    return [f for f in told if f.level == told_level] if told_level not in ("none", level) else []


def _notice_labels(findings: Sequence[Finding], told: Sequence[Finding]) -> list[str]:
    """The signs a notice names: those at the answer's level, or those told now when a what-if beside them is
    graver."""
    level = overall(findings)
    chosen = _told_beneath(findings, told) or [f for f in findings if level == "none" or f.level == level]
    return _unique([f.symptom.label for f in chosen], key=lambda x: x)
