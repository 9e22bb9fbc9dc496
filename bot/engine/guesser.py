"""A learned second opinion on the topic, for messages the rule-based matcher is unsure of (issue 6, item 9).

A character n-gram logistic regression, trained at development time (`benchmarks/train_fallback.py`) on the
knowledge base's examples, the labelled phrasings and the blind rounds, and shipped as data
(`knowledge/topic-guesser.json`). Scoring it is dict lookups and a softmax: no numpy, no scipy.

It never touches triage: the engine asks it only when no symptom, uncovered subject or small talk decides the
message and its own topic is missing or unsure. Measured forward on seven blind rounds (each guessed by a model
trained only on the rounds before it, at the engine that first scored it), it fixed 22 topics and broke 1 of 1,022;
on rounds R–V, the first it met unseen in the bot, it fixed 11 and broke 2 of 737.
"""

from __future__ import annotations

import math
import operator
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

OUT_OF_SCOPE = "none"  # the class of messages no topic covers
NGRAMS = (2, 5)
MAX_CHARS = 600  # a long story is guessed from its start, so time stays bounded
CACHED_WORD = 30  # longer "words" (pasted links, keyboard mashing) are not cached: each holds many n-grams
MAX_WEIGHT = 10**6  # quantised idf and weights are within ±1000 (the training script's QUANT); far off is broken
MAX_INTERCEPT = 1e6


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


def _word_grams(word: str) -> tuple[str, ...]:
    return _cached_grams(word) if len(word) <= CACHED_WORD else _grams(word)


@lru_cache(maxsize=4096)
def _cached_grams(word: str) -> tuple[str, ...]:
    return _grams(word)


def _grams(word: str) -> tuple[str, ...]:
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
    known = [g for word in words(text) for g in _word_grams(word) if g in idf]
    counts = Counter(known)
    norm = math.sqrt(sum(idf[g] ** 2 for g in known)) or 1.0
    return {g: c * idf[g] / norm for g, c in counts.items()}


class TopicGuesser:
    """Scores a message against every class. The weights are stored flat, as the training script writes them,
    so that loading is parsing four lists: `grams` (the n-grams, one a line), `idf` (each n-gram's inverse
    document frequency, an integer of `idf_scale`), `ends` (where each n-gram's pairs end in `pairs`) and `pairs`
    (class index, weight as an integer of `scale`, ...)."""

    def __init__(self, classes: Sequence[str], intercepts: Sequence[float], grams: Sequence[str],
                 idf: Sequence[int], ends: Sequence[int], pairs: Sequence[int], scale: float,
                 policy: GuessPolicy) -> None:
        self.classes = tuple(classes)
        self.policy = policy
        self._intercepts = tuple(intercepts)
        self._index = dict(zip(grams, range(len(grams)), strict=True))
        self._idf, self._ends, self._pairs = idf, ends, pairs
        self._scale = scale
        self._word_share = lru_cache(maxsize=8192)(self._share)

    @classmethod
    def from_data(cls, data: Mapping[str, Any]) -> TopicGuesser:
        """From the JSON the training script writes. Raises KeyError, TypeError or ValueError when it is not one."""
        classes = [str(c) for c in data["classes"]]
        intercepts = [_finite(b, "intercept") for b in data["intercepts"]]
        if not classes or len(intercepts) != len(classes):
            raise ValueError("one intercept per class, and at least one class")
        grams = data["grams"].split("\n") if data["grams"] else []
        idf, ends, pairs = data["idf"], data["ends"], data["pairs"]
        if not _valid(grams, idf, ends, pairs, len(classes)):
            raise ValueError("every n-gram needs its idf and (class, weight) pairs of known classes")
        scale = _finite(data["scale"], "scale")
        if scale <= 0:
            raise ValueError("scale must be positive")
        policy = GuessPolicy(**{k: _finite(v, k, lower=0.0, upper=2.0) for k, v in data["policy"].items()})
        return cls(classes, intercepts, grams, idf, ends, pairs, scale, policy)

    def guess(self, text: str) -> Guess:
        probabilities = self.probabilities(text)
        best = max(probabilities, key=lambda c: (probabilities[c], c))
        return Guess(None if best == OUT_OF_SCOPE else best, probabilities[best])

    def probabilities(self, text: str) -> dict[str, float]:
        shares: list[tuple[float, ...]] = []
        square = 0.0
        for word in words(text):
            share, word_square = self._word_share(word) if len(word) <= CACHED_WORD else self._share(word)
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
        pairs, ends = self._pairs, self._ends
        for gram in _word_grams(word):
            if (at := self._index.get(gram)) is not None:
                idf = self._idf[at]
                square += idf * idf
                for k in range(ends[at - 1] if at else 0, ends[at], 2):
                    sums[pairs[k]] += pairs[k + 1] * idf
        return tuple(sums), square


def _finite(value: object, name: str, lower: float = -MAX_INTERCEPT, upper: float = MAX_INTERCEPT) -> float:
    number = float(value)  # type: ignore[arg-type]
    if not lower <= number <= upper:  # also false for NaN
        raise ValueError(f"{name} must be a number from {lower:g} to {upper:g}")
    return number


def _valid(grams: list[str], idf: object, ends: object, pairs: object, classes: int) -> bool:
    """Checked in bulk (mostly C-level set, map, min and max), so a large model loads in milliseconds."""
    if not (type(idf) is list and type(ends) is list and type(pairs) is list):
        return False
    if not (len(grams) == len(idf) == len(ends) == len(set(grams))) or len(pairs) % 2:
        return False
    if not set(map(type, idf)) | set(map(type, ends)) | set(map(type, pairs)) <= {int}:
        return False
    # pairs of each n-gram run from the previous end to its own: ends rise, and (starting at 0) each is even
    steps = all(map(operator.le, [0, *ends], ends)) and not any(map((2).__rmod__, ends))
    if not steps or (ends and ends[-1] != len(pairs)) or not set(pairs[0::2]) <= set(range(classes)):
        return False
    numbers = [*idf, *pairs[1::2]]
    return not numbers or (min(numbers) >= -MAX_WEIGHT and max(numbers) <= MAX_WEIGHT and min(idf or [0]) >= 0)
