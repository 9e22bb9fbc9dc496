"""Symptom triage: which symptoms a message reports (negation-aware) and how urgent they are."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from bot.engine.models import LEVEL_RANK, Level, Symptom, Triage
from bot.engine.phrases import Hit, PhraseIndex
from bot.engine.text import phrases


@dataclass(frozen=True)
class Finding:
    symptom: Symptom
    level: Level
    prolonged: bool = False


@dataclass(frozen=True)
class SentenceFindings:
    findings: list[Finding]
    negated: list[list[Hit[tuple[Symptom, int]]]]  # per clause


class Negation:
    """Decides whether a phrase at a span is negated ("no swelling", "the redness is gone")."""

    def __init__(self, cues: list[str], after: list[str], exceptions: list[str], window: int) -> None:
        self._cues = PhraseIndex((p, True) for p in phrases(cues))
        self._after = PhraseIndex((p, True) for p in phrases(after))
        self._exceptions = PhraseIndex((p, True) for p in phrases(exceptions))
        self._window = window

    def scope(self, tokens: Sequence[str], protected: Sequence[Hit]) -> _Scope:
        exceptions = self._exceptions.scan(tokens)
        shielded = [*protected, *exceptions]
        every_cue = self._cues.scan(tokens)
        cues = [h for h in every_cue if not any(s.covers(h.start) for s in shielded)]
        after = [h for h in self._after.scan(tokens) if not _preceded(h, every_cue, 2)]
        return _Scope(cues, after, self._window)


def _preceded(hit: Hit, cues: Sequence[Hit], distance: int) -> bool:
    return any(0 <= hit.start - c.end <= distance for c in cues)


@dataclass(frozen=True)
class _Scope:
    cues: list[Hit]
    after: list[Hit]
    window: int

    def negates(self, hit: Hit) -> bool:
        before = any(c.end <= hit.start and hit.start - c.end <= self.window for c in self.cues)
        following = any(a.start >= hit.end and a.start - hit.end <= self.window for a in self.after)
        return before or following


class Triager:
    def __init__(self, triage: Triage, negation: Negation) -> None:
        self.triage = triage
        self._negation = negation
        entries: list[tuple[tuple[str, ...], tuple[Symptom, int]]] = []
        for symptom in triage.symptoms:
            groups = symptom.all_of or [symptom.phrases]
            for g, group in enumerate(groups):
                entries.extend((p, (symptom, g)) for p in phrases(group))
        self._symptoms = PhraseIndex(entries)
        self._persistence = PhraseIndex((p, "persist") for p in phrases(triage.persistence))
        self._worsening = PhraseIndex((p, "worse") for p in phrases(triage.worsening))
        self._not_reports = PhraseIndex((p, True) for p in phrases(triage.not_reports))

    @property
    def normal_window(self) -> float:
        return self.triage.normal_window_hours

    def modifiers(self, tokens: Sequence[str]) -> set[str]:
        """"persist" and/or "worse" when the clause says a symptom lasts or worsens (not negated)."""
        hits = self._modifier_hits(tokens)
        scope = self._negation.scope(tokens, [*self._symptoms.scan(tokens), *hits])
        return {m.value for m in hits if not scope.negates(m)}

    def _modifier_hits(self, tokens: Sequence[str]) -> list[Hit[str]]:
        return self._persistence.scan(tokens) + self._worsening.scan(tokens)

    def sentence(self, clauses: Sequence[Sequence[str]], hours_since: float | None,
                 text_hours: float | None) -> SentenceFindings:
        """Symptoms in one sentence. Negation is judged per clause; phrase groups ("lips" + "swelling")
        and modifiers ("swollen and getting worse") combine across the sentence's clauses."""
        modifiers: set[str] = set().union(*(self.modifiers(c) for c in clauses))
        reported: list[Hit[tuple[Symptom, int]]] = []
        negated: list[list[Hit[tuple[Symptom, int]]]] = []
        for tokens in clauses:
            hits = self._symptoms.scan(tokens)
            scope = self._negation.scope(tokens, [*hits, *self._modifier_hits(tokens)])
            asked = self._not_reports.scan(tokens)
            reported += [h for h in hits if not scope.negates(h) and not _asked_about(h, asked)]
            negated.append([h for h in hits if scope.negates(h)])
        found = [self.grade(s, modifiers, hours_since, text_hours) for s in _complete(reported)]
        return SentenceFindings(found, negated)

    def grade(self, symptom: Symptom, modifiers: set[str], hours_since: float | None,
               text_hours: float | None) -> Finding:
        if symptom.level != "none":
            return Finding(symptom, symptom.level)
        if "worse" in modifiers:
            return Finding(symptom, "contact", prolonged=True)
        if not symptom.within_window:
            return Finding(symptom, "none")
        known = [h for h in (hours_since, text_hours) if h is not None]
        longest = max(known) if known else None
        window = self.normal_window
        if "persist" in modifiers:
            lasting = longest is None or longest >= window
        else:
            lasting = longest is not None and longest > window
        return Finding(symptom, "contact" if lasting else "none", prolonged=lasting)


def _asked_about(hit: Hit[tuple[Symptom, int]], cues: Sequence[Hit]) -> bool:
    """A contact-level symptom named after "help with", "get rid of"...: a question, not a report."""
    symptom = hit.value[0]
    return symptom.level == "contact" and any(c.end <= hit.start for c in cues)


def _complete(hits: Sequence[Hit[tuple[Symptom, int]]]) -> list[Symptom]:
    """Symptoms whose every phrase group was reported, in order of first mention."""
    groups: dict[str, set[int]] = {}
    order: dict[str, Symptom] = {}
    for hit in hits:
        symptom, group = hit.value
        groups.setdefault(symptom.id, set()).add(group)
        order.setdefault(symptom.id, symptom)
    return [s for sid, s in order.items() if len(groups[sid]) == max(1, len(s.all_of))]


def overall(findings: Sequence[Finding]) -> Level:
    level: Level = "none"
    for finding in findings:
        if LEVEL_RANK[finding.level] > LEVEL_RANK[level]:
            level = finding.level
    return level
