"""A learned second opinion on the topic, for messages the rule-based matcher is unsure about.

A multinomial logistic regression over character n-grams, trained at development time by
`benchmarks/train_fallback.py` on the knowledge base's examples and keywords and the labelled phrasings in
`tests/engine/data/phrasings.jsonl`. Its weights are data (`bot/engine/data/fallback.json`, read by the
loader); scoring here is plain dict lookups and a softmax, with no numpy at runtime.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

NGRAMS = (2, 5)
MAX_CHARS = 600  # a long story is guessed from its start: time stays bounded
OUT_OF_SCOPE = "none"  # the class of messages no topic covers


def features(text: str) -> dict[str, float]:
    """Character n-grams of each lower-cased word (split at white space, punctuation kept), padded with a
    space either side, each weighted 1 + log(count). The training script calls this very function."""
    counts: Counter[str] = Counter()
    low, high = NGRAMS
    for word in text[:MAX_CHARS].lower().split():
        padded = f" {word} "
        for n in range(low, min(high, len(padded)) + 1):
            counts.update(padded[i:i + n] for i in range(len(padded) - n + 1))
    return {g: 1.0 + math.log(c) for g, c in counts.items()}


def vector(grams: Mapping[str, float], idf: Mapping[str, float]) -> dict[str, float]:
    """Known n-grams weighted by their inverse document frequency, scaled to unit length."""
    weighted = {g: v * idf[g] for g, v in grams.items() if g in idf}
    norm = math.sqrt(sum(v * v for v in weighted.values())) or 1.0
    return {g: v / norm for g, v in weighted.items()}


@dataclass(frozen=True)
class Guess:
    topic: str | None  # None: the model thinks no topic covers the message
    probability: float


class TopicGuesser:
    """Scores a message against every class: `grams[ngram]` holds the n-gram's idf and its
    (class index, weight) pairs, the ones whose weight mattered after training."""

    def __init__(self, classes: Sequence[str], intercepts: Sequence[float],
                 grams: Mapping[str, tuple[float, tuple[tuple[int, float], ...]]]) -> None:
        if len(classes) != len(intercepts):
            raise ValueError("one intercept per class")
        self.classes = tuple(classes)
        self._intercepts = tuple(intercepts)
        self._idf = {g: idf for g, (idf, _) in grams.items()}
        self._weights = {g: pairs for g, (_, pairs) in grams.items() if pairs}

    @classmethod
    def from_data(cls, data: Mapping[str, Any]) -> TopicGuesser:
        """Build from the JSON the training script writes: integers times `scale` (weights) or
        `idf_scale` (the first number of each n-gram's list)."""
        scale, idf_scale = float(data["scale"]), float(data["idf_scale"])
        grams = {g: (row[0] * idf_scale,
                     tuple((int(c), q * scale) for c, q in zip(row[1::2], row[2::2], strict=True)))
                 for g, row in data["grams"].items()}
        return cls([str(c) for c in data["classes"]], [float(b) for b in data["intercepts"]], grams)

    def probabilities(self, text: str) -> dict[str, float]:
        scores = list(self._intercepts)
        for gram, value in vector(features(text), self._idf).items():
            for c, w in self._weights.get(gram, ()):
                scores[c] += w * value
        top = max(scores)
        exps = [math.exp(s - top) for s in scores]
        total = sum(exps)
        return {name: e / total for name, e in zip(self.classes, exps, strict=True)}

    def guess(self, text: str) -> Guess:
        probs = self.probabilities(text)
        best = max(self.classes, key=lambda c: (probs[c], c))
        return Guess(None if best == OUT_OF_SCOPE else best, probs[best])
