"""A learned second opinion on the topic, for messages the rule-based matcher is unsure of (issue 6, item 9).

A character n-gram logistic regression, trained at development time (`benchmarks/train_fallback.py`) on the
knowledge base's examples, the labelled phrasings and the blind rounds, and shipped as data
(`knowledge/topic-guesser.json`). Scoring it is dict lookups and a softmax: no numpy, no scipy.

It never touches triage: the engine asks it only when no symptom, uncovered subject or small talk decides the
message and its own topic is missing or unsure. Measured forward on seven blind rounds (each guessed by a model
trained only on the rounds before it, at the engine that first scored it), it fixed 22 topics and broke 1 of 1,022;
on round R, the first it met unseen in the bot, it broke 1 of 148 and fixed none.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from itertools import chain
from typing import Any

OUT_OF_SCOPE = "none"  # the class of messages no topic covers
NGRAMS = (2, 5)
MAX_CHARS = 600  # a long story is guessed from its start, so time stays bounded


@dataclass(frozen=True)
class Guess:
    topic: str | None  # None: the model thinks no topic covers the message
    probability: float


@dataclass(frozen=True)
class GuessPolicy:
    """When the engine asks, and how sure the guess must be to count."""

    unsure_below: float  # the engine's own confidence under which it asks
    topic_from: float  # a guessed topic the engine did not consider replaces its own from this probability
    reorder_from: float  # one it ranked lower, on the structure of the message, needs this much
    none_from: float  # a guess that no topic covers the message drops an unsure topic from this probability


@lru_cache(maxsize=4096)
def _word_grams(word: str) -> tuple[str, ...]:
    padded = f" {word} "
    low, high = NGRAMS
    return tuple(padded[i:i + n] for n in range(low, min(high, len(padded)) + 1)
                 for i in range(len(padded) - n + 1))


def words(text: str) -> list[str]:
    return text[:MAX_CHARS].lower().split()


def features(text: str, idf: Mapping[str, float]) -> dict[str, float]:
    """The model's input: each known character n-gram of each lower-cased word (split at white space,
    punctuation kept, padded with a space either side, as scikit-learn's `char_wb`), counted and weighted by its
    inverse document frequency, divided by the root of the words' summed squared weights. That divisor treats
    the words as if they shared no n-gram, which keeps the score a plain sum over words: `TopicGuesser.guess`
    caches each word's share and adds them up."""
    counts: Counter[str] = Counter(g for word in words(text) for g in _word_grams(word) if g in idf)
    square = sum(idf[g] ** 2 for word in words(text) for g in _word_grams(word) if g in idf)
    norm = math.sqrt(square) or 1.0
    return {g: c * idf[g] / norm for g, c in counts.items()}


class TopicGuesser:
    """Scores a message against every class. `grams[ngram]` is the row the training script wrote: the n-gram's
    idf as an integer of `idf_scale`, then (class index, weight as an integer of `scale`) pairs. The rows stay as
    JSON gave them, so loading costs little more than parsing."""

    def __init__(self, classes: Sequence[str], intercepts: Sequence[float], grams: Mapping[str, Sequence[int]],
                 scale: float, idf_scale: float, policy: GuessPolicy) -> None:
        self.classes = tuple(classes)
        self.policy = policy
        self._intercepts = tuple(intercepts)
        self._grams = grams
        self._scale, self._idf_scale = scale, idf_scale
        self._word_share = lru_cache(maxsize=8192)(self._share)

    @classmethod
    def from_data(cls, data: Mapping[str, Any]) -> TopicGuesser:
        """From the JSON the training script writes. Raises KeyError, TypeError or ValueError when it is not one."""
        classes = [str(c) for c in data["classes"]]
        intercepts = [float(b) for b in data["intercepts"]]
        if len(intercepts) != len(classes):
            raise ValueError("one intercept per class")
        grams = data["grams"]
        if not isinstance(grams, dict) or not _valid(list(grams.values()), len(classes)):
            raise ValueError("every n-gram needs its idf and (class, weight) pairs of known classes")
        policy = GuessPolicy(**{k: float(v) for k, v in data["policy"].items()})
        return cls(classes, intercepts, grams, float(data["scale"]), float(data["idf_scale"]), policy)

    def guess(self, text: str) -> Guess:
        probabilities = self.probabilities(text)
        best = max(probabilities, key=lambda c: (probabilities[c], c))
        return Guess(None if best == OUT_OF_SCOPE else best, probabilities[best])

    def probabilities(self, text: str) -> dict[str, float]:
        shares: list[tuple[float, ...]] = []
        square = 0.0
        for word in words(text):
            share, word_square = self._word_share(word)
            shares.append(share)
            square += word_square
        factor = self._scale / (math.sqrt(square) or 1.0)  # idf_scale cancels out in the division
        sums = [sum(column) for column in zip(*shares, strict=True)] if shares else [0.0] * len(self.classes)
        scores = [b + s * factor for b, s in zip(self._intercepts, sums, strict=True)]
        top = max(scores)
        exps = [math.exp(s - top) for s in scores]
        total = sum(exps)
        return {c: e / total for c, e in zip(self.classes, exps, strict=True)}

    def _share(self, word: str) -> tuple[tuple[float, ...], float]:
        """One word's unscaled class sums and squared idf."""
        sums = [0.0] * len(self.classes)
        square = 0.0
        for gram in _word_grams(word):
            if (row := self._grams.get(gram)) is not None:
                idf = row[0]
                square += idf * idf
                for i in range(1, len(row), 2):
                    sums[row[i]] += row[i + 1] * idf
        return tuple(sums), square


def _valid(rows: list[Any], classes: int) -> bool:
    """Checked in bulk (C-level set and chain), so a large model loads in milliseconds."""
    if not set(map(type, rows)) <= {list} or not all(len(row) % 2 for row in rows):
        return False
    values = chain.from_iterable(rows)
    indexes = chain.from_iterable(row[1::2] for row in rows)
    return set(map(type, values)) <= {int} and set(indexes) <= set(range(classes))
