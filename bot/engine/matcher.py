"""Score knowledge-base topics against a clause of patient text.

Each topic contributes weighted terms: its keywords and synonyms (strong), related words (medium) and
the words of its example phrasings (weak). A term's weight is multiplied by its inverse topic frequency,
so a word only one topic uses ("mascara") decides more than one many share ("use").
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from bot.engine.models import Topic
from bot.engine.phrases import Hit, PhraseIndex, by_kind
from bot.engine.text import Phrase, phrase, phrases

KEYWORD_WEIGHT = 3.0
RELATED_WEIGHT = 1.5
EXAMPLE_WEIGHT = 0.75
# A message that names only the procedure itself ("tell me about microneedling") gets the topic that
# declares it among its general_terms: just enough to answer, never enough to beat a real keyword.
GENERAL_SCORE = 2.75
PHRASE_BONUS = 0.1


@dataclass(frozen=True)
class Scored:
    topic: str
    score: float
    keyword: bool = False  # at least one of the topic's keywords matched, not only weaker words


def _spread(by_topic: dict[str, float]) -> int:
    """How many topics use a term as a keyword or related word; example-only words count every use.

    A word a clinic listed as a synonym keeps its power even when it also appears, incidentally,
    in other topics' example phrasings.
    """
    deliberate = sum(1 for w in by_topic.values() if w > EXAMPLE_WEIGHT)
    return deliberate or len(by_topic)


class TopicMatcher:
    def __init__(self, topics: Sequence[Topic], stopwords: Iterable[str], domain_words: Iterable[str] = (),
                 referring: Iterable[str] = (), referred: Iterable[str] = ()) -> None:
        self._stop = frozenset(phrase(w)[0] for w in stopwords if phrase(w))
        self._referring = frozenset(phrase(w)[0] for w in referring if phrase(w))
        self._referred = frozenset(phrase(w)[0] for w in referred if phrase(w))
        self._domain_terms = phrases(domain_words)
        self._restrictive = frozenset(t.id for t in topics if t.window is not None)
        weights: dict[Phrase, dict[str, float]] = defaultdict(dict)
        for topic in topics:
            for term, weight in self._terms_of(topic):
                if term in self._domain_terms:
                    continue
                if weights[term].get(topic.id, 0.0) < weight:
                    weights[term][topic.id] = weight
        n = len(topics)
        self._weights = {
            term: {tid: w * math.log(1 + n / _spread(by_topic)) for tid, w in by_topic.items()}
            for term, by_topic in weights.items()
        }
        self._keywords = {term: {tid for tid, w in by_topic.items() if w >= KEYWORD_WEIGHT}
                          for term, by_topic in weights.items()}
        # Domain words, multi-word terms and general terms in one index: a clause is scanned once.
        self._index: PhraseIndex[tuple[str, Any]] = PhraseIndex([
            *((p, ("domain", p)) for p in phrases(domain_words)),
            *((term, ("term", term)) for term in self._weights if len(term) > 1),
            *((p, ("general", t.id)) for t in topics for p in phrases(t.general_terms)),
        ])

    def _terms_of(self, topic: Topic) -> Iterable[tuple[Phrase, float]]:
        for text in [*topic.keywords, topic.title]:
            yield from self._keyed(phrase(text), KEYWORD_WEIGHT)
        for text in topic.related:
            yield from self._keyed(phrase(text), RELATED_WEIGHT)
        for text in topic.examples:
            for word in phrase(text):
                if word not in self._stop:
                    yield (word,), EXAMPLE_WEIGHT

    def _keyed(self, words: Phrase, weight: float) -> Iterable[tuple[Phrase, float]]:
        """A keyword or related term; a longer phrase is more specific, so it weighs a little more."""
        if len(words) == 1 and words[0] in self._stop:
            return
        if words:
            yield words, weight * (1 + PHRASE_BONUS * (min(len(words), 3) - 1))

    @property
    def stopwords(self) -> frozenset[str]:
        return self._stop

    def names_a_topic(self, word: str) -> bool:
        """Whether the word alone is a topic's keyword ("numbing", "sunscreen")."""
        return bool(self._keywords.get((word,)))

    @property
    def vocabulary(self) -> set[str]:
        return {word for term in self._weights for word in term} | set(self._stop)

    def terms(self, tokens: Sequence[str]) -> list[Phrase]:
        """Split tokens into the longest known terms; unknown, stop and domain words are dropped."""
        return self._terms(tokens, by_kind(self._index.scan(tokens)))

    def compounds(self, tokens: Sequence[str]) -> dict[str, Phrase]:
        """The terms of several words that tokens name, by their last word, where it may be referred back to
        ("numbing cream" by "cream")."""
        known = _longest_by_start(by_kind(self._index.scan(tokens))["term"])
        return {hit.value[-1]: hit.value for hit in known.values()
                if len(hit.value) > 1 and hit.value[-1] in self._referred}

    def _terms(self, tokens: Sequence[str], hits: Mapping[str, list[Hit[Any]]],
               named: Mapping[str, Phrase] | None = None) -> list[Phrase]:
        """The terms of tokens; a word that refers back to a term named before (`named`) is that term: after
        "the numbing cream didn't work", "the cream" in "does it hurt even with the cream?" is the numbing cream."""
        found: list[Phrase] = []
        domain = _longest_by_start(hits["domain"])
        known = _longest_by_start(hits["term"])
        i = 0
        while i < len(tokens):
            if i in domain:
                i = domain[i].end
                continue
            hit = known.get(i)
            if hit is not None:
                found.append(hit.value)
                i = hit.end
                continue
            word = (tokens[i],)
            if named and tokens[i] in named and i > 0 and tokens[i - 1] in self._referring:
                found.append(named[tokens[i]])
            elif word in self._weights and tokens[i] not in self._stop:
                found.append(word)
            i += 1
        return found

    def score(self, tokens: Sequence[str], named: Mapping[str, Phrase] | None = None) -> list[Scored]:
        """Topics by the weight of the terms in tokens (`named`: terms named earlier, see `_terms`)."""
        totals: dict[str, float] = defaultdict(float)
        keyword: set[str] = set()
        hits = by_kind(self._index.scan(tokens))
        for term in set(self._terms(tokens, hits, named)):
            keyword |= self._keywords[term]
            for topic_id, weight in self._weights[term].items():
                totals[topic_id] += weight
        for topic_id in {hit.value for hit in hits["general"]}:
            totals[topic_id] += GENERAL_SCORE
        # On a tie the time-bound rule goes first: "SPF 15 in my day cream" is asked about the sun.
        ranked = sorted(totals.items(), key=lambda item: (-round(item[1], 6), item[0] not in self._restrictive,
                                                          item[0]))
        return [Scored(tid, s, tid in keyword) for tid, s in ranked]


def _longest_by_start(hits: list[Hit[Phrase]]) -> dict[int, Hit[Phrase]]:
    """The longest hit at each start (a scan lists them longest first)."""
    longest: dict[int, Hit[Phrase]] = {}
    for hit in hits:
        longest.setdefault(hit.start, hit)
    return longest
