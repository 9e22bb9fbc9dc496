"""A learned topic fallback: train it, and measure whether it earns its place (issue 6, item 9).

The idea: when the rule-based matcher has no topic or is unsure, ask a character n-gram logistic
regression trained on the knowledge base's examples and keywords and the labelled phrasings. Measured
below, it did NOT clearly help, so it is not part of the bot; this script keeps the experiment repeatable.
See "Learned topic fallback" in benchmarks/README.md for the figures and the decision.

Development time only: nothing here runs in the bot or its tests. It needs numpy and scikit-learn, which the
bot does not depend on, so use a throwaway venv:

    python3 -m venv /tmp/trainvenv
    /tmp/trainvenv/bin/pip install -e . numpy scikit-learn
    /tmp/trainvenv/bin/python benchmarks/train_fallback.py cv                  # 5-fold accuracy per C
    /tmp/trainvenv/bin/python benchmarks/train_fallback.py thresholds          # out-of-fold, on phrasings
    /tmp/trainvenv/bin/python benchmarks/train_fallback.py measure eval/rounds/*.jsonl
    /tmp/trainvenv/bin/python benchmarks/train_fallback.py train --out /tmp/fallback.json

Training data is ONLY the knowledge base's topic examples and keywords and the single-topic items of
`tests/engine/data/phrasings.jsonl` (topic null is the class "none": no topic covers it). The blind rounds
in `eval/rounds/` are never trained on; `measure` scores them with and without the fallback.
Deterministic: sorted inputs, the lbfgs solver (no randomness), a fixed fold seed for `cv` and `thresholds`.

The model as the bot would run it is pure Python (`TopicGuesser`: dict lookups over n-grams and a softmax,
weights and idf stored as integers in a ~350 KB JSON); `train` checks it predicts exactly what sklearn does.
"""

from __future__ import annotations

import argparse
import json
import math
import statistics
import sys
import time
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import datetime
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bot.engine import Answer, Engine, KnowledgeBase, load_knowledge  # noqa: E402
from bot.engine.answer import ANSWER_THRESHOLD, _confidence, _Reading  # noqa: E402
from bot.engine.evaluation import Report, evaluate  # noqa: E402
from bot.engine.matcher import Scored  # noqa: E402

PHRASINGS = ROOT / "tests" / "engine" / "data" / "phrasings.jsonl"
OUT_OF_SCOPE = "none"  # the class of messages no topic covers
NGRAMS = (2, 5)
MAX_CHARS = 600  # a long story is guessed from its start, so time stays bounded
C = 30.0  # by `cv` (on 2026-11-25: C 3 → 0.938, 10 → 0.945, 30 → 0.945, 100 → 0.946: within noise)
QUANT = 1000  # weights and idf are stored as integers: value = q * scale, scale = max |value| / QUANT
PRUNE = 20  # |q| below this is dropped: about 700 KB → 358 KB, the same predictions on the training data
# When the engine counts as unsure, and how sure the guess must be. GUESS_PROBABILITY comes from
# `thresholds` (the lowest that breaks no answer on out-of-fold phrasings at any GUESS_BELOW); GUESS_BELOW can't be
# fixed from the training data (the engine answers the phrasings it was built on almost perfectly), so
# `measure` shows a range of both.
GUESS_BELOW = 0.7
GUESS_PROBABILITY = 0.7


# -- the model as the bot would run it (pure Python) -----------------------------------------------------

def features(text: str) -> dict[str, float]:
    """Character n-grams of each lower-cased word (split at white space, punctuation kept, as scikit-learn's
    `char_wb`), padded with a space either side, each weighted 1 + log(count)."""
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
    """Scores a message against every class: `grams[ngram]` = (idf, ((class index, weight), ...))."""

    def __init__(self, classes: Sequence[str], intercepts: Sequence[float],
                 grams: Mapping[str, tuple[float, tuple[tuple[int, float], ...]]]) -> None:
        self.classes = tuple(classes)
        self._intercepts = tuple(intercepts)
        self._idf = {g: idf for g, (idf, _) in grams.items()}
        self._weights = {g: pairs for g, (_, pairs) in grams.items() if pairs}

    @classmethod
    def from_data(cls, data: Mapping[str, Any]) -> TopicGuesser:
        """From the JSON `export` writes: each n-gram's list is its idf, then class index / weight pairs."""
        scale, idf_scale = float(data["scale"]), float(data["idf_scale"])
        grams = {g: (row[0] * idf_scale, tuple((int(c), q * scale) for c, q in zip(row[1::2], row[2::2],
                                                                                   strict=True)))
                 for g, row in data["grams"].items()}
        return cls([str(c) for c in data["classes"]], [float(b) for b in data["intercepts"]], grams)

    def guess(self, text: str) -> Guess:
        scores = list(self._intercepts)
        for gram, value in vector(features(text), self._idf).items():
            for c, w in self._weights.get(gram, ()):
                scores[c] += w * value
        top = max(scores)
        exps = [math.exp(s - top) for s in scores]
        best = max(range(len(scores)), key=lambda i: (scores[i], self.classes[i]))
        name = self.classes[best]
        return Guess(None if name == OUT_OF_SCOPE else name, exps[best] / sum(exps))


class LearnedEngine(Engine):
    """The engine with the guess as a second opinion (how it would be integrated; used here to measure).

    The guess is consulted only when nothing else decides the message: no escalation or symptom finding,
    no uncovered subject (its honest fallback stands), no small talk, and the engine has no topic or one it
    is unsure of (confidence < `below`). It then replaces the engine's first topic when it names a topic
    with probability >= `probability`; a guess of "none" changes nothing. Triage never sees it.
    """

    def __init__(self, kb: KnowledgeBase, guesser: TopicGuesser, below: float = GUESS_BELOW,
                 probability: float = GUESS_PROBABILITY) -> None:
        super().__init__(kb)
        self.guesser, self.below, self.probability = guesser, below, probability

    def answer(self, text: str, hours_since: float | None = None, now: datetime | None = None) -> Answer:
        reading = self._read(text, hours_since)
        return self._word(self._second_opinion(text, reading), hours_since, now)

    def _second_opinion(self, text: str, reading: _Reading) -> _Reading:
        if reading.findings or reading.subjects or reading.smalltalk is not None:
            return reading
        if reading.topics and _confidence(reading) >= self.below:
            return reading
        guess = self.guesser.guess(text)
        if guess.topic is None or guess.probability < self.probability:
            return reading
        if reading.topics and reading.topics[0].topic == guess.topic:
            return reading
        rest = [s for s in reading.topics[1:] if s.topic != guess.topic]
        return replace(reading, topics=[Scored(guess.topic, ANSWER_THRESHOLD), *rest], suggestions=[])


# -- training (numpy / scikit-learn) ---------------------------------------------------------------------

def read_jsonl(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def knowledge_examples() -> list[tuple[str, str]]:
    return sorted((text, t.id) for t in load_knowledge().topics for text in [*t.examples, *t.keywords])


def phrasing_examples() -> list[tuple[str, str]]:
    pairs = []
    for item in read_jsonl(PHRASINGS):
        topic = item.get("topic")
        topics = topic if isinstance(topic, list) else [topic]
        if len(topics) == 1 and topics[0] != "*":
            pairs.append((item["text"], topics[0] or OUT_OF_SCOPE))
    return sorted(pairs)


def idf_of(texts: list[str]) -> dict[str, float]:
    """Smoothed inverse document frequency, as scikit-learn's TfidfTransformer computes it."""
    df = Counter(g for text in texts for g in features(text))
    return {g: math.log((1 + len(texts)) / (1 + d)) + 1 for g, d in df.items()}


def fit(pairs: list[tuple[str, str]], c: float = C) -> tuple[dict[str, float], Any, Any]:
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    idf = idf_of([text for text, _ in pairs])
    vectorizer = DictVectorizer(sort=True)
    x = vectorizer.fit_transform([vector(features(text), idf) for text, _ in pairs])
    model = LogisticRegression(C=c, max_iter=5000, solver="lbfgs").fit(x, [label for _, label in pairs])
    return idf, vectorizer, model


def predict(idf: dict[str, float], vectorizer: Any, model: Any, texts: list[str]) -> list[str]:
    return list(model.predict(vectorizer.transform([vector(features(t), idf) for t in texts])))


def export(idf: dict[str, float], vectorizer: Any, model: Any) -> dict[str, Any]:
    import numpy as np

    coef = np.asarray(model.coef_)
    scale = float(np.abs(coef).max()) / QUANT
    idf_scale = max(idf.values()) / QUANT
    quantised = np.rint(coef / scale).astype(int)
    grams: dict[str, list[int]] = {}
    for j, gram in enumerate(vectorizer.get_feature_names_out()):
        row = [round(idf[gram] / idf_scale)]
        row += [v for c in range(coef.shape[0]) if abs(quantised[c, j]) >= PRUNE for v in (c, int(quantised[c, j]))]
        grams[str(gram)] = row
    return {"classes": [str(c) for c in model.classes_], "scale": scale, "idf_scale": idf_scale,
            "intercepts": [round(float(b), 6) for b in model.intercept_], "grams": grams}


def trained() -> tuple[dict[str, Any], TopicGuesser]:
    pairs = knowledge_examples() + phrasing_examples()
    fitted = fit(pairs)
    data = export(*fitted)
    guesser = TopicGuesser.from_data(data)
    predicted = predict(*fitted, [t for t, _ in pairs])
    agree = sum(guesser.guess(t).topic == (None if p == OUT_OF_SCOPE else p)
                for (t, _), p in zip(pairs, predicted, strict=True))
    print(f"trained on {len(pairs)} examples, {len(data['classes'])} classes, {len(data['grams'])} n-grams; "
          f"the pure-Python model agrees with sklearn on {agree}/{len(pairs)}")
    return data, guesser


def held_out_folds() -> tuple[list[tuple[str, str]], list[tuple[str, str]], list[Any]]:
    from sklearn.model_selection import StratifiedKFold

    base, held = knowledge_examples(), phrasing_examples()
    folds = list(StratifiedKFold(5, shuffle=True, random_state=0).split(held, [y for _, y in held]))
    return base, held, folds


# -- commands --------------------------------------------------------------------------------------------

def train(args: argparse.Namespace) -> None:
    data, _ = trained()
    text = json.dumps(data, separators=(",", ":"), sort_keys=True) + "\n"
    Path(args.out).write_text(text, encoding="utf-8")
    print(f"{args.out}: {len(text) // 1024} KB")


def cv(_: argparse.Namespace) -> None:
    base, held, folds = held_out_folds()
    for c in (3.0, 10.0, 30.0, 100.0):
        hits = 0
        for train_idx, test_idx in folds:
            test = [held[i] for i in test_idx]
            predicted = predict(*fit(base + [held[i] for i in train_idx], c), [t for t, _ in test])
            hits += sum(p == y for p, (_, y) in zip(predicted, test, strict=True))
        print(f"C={c:g}: accuracy {hits / len(held):.3f} on {len(held)} held-out phrasings")


def thresholds(_: argparse.Namespace) -> None:
    """Out-of-fold guesses on the phrasings, combined with the engine: how many answers each setting fixes
    and breaks. The engine was built on these phrasings, so this bounds the harm, not the gain."""
    base, held, folds = held_out_folds()
    kb = load_knowledge()
    engines: list[tuple[Engine, list[tuple[str, str]]]] = []
    for train_idx, test_idx in folds:
        guesser = TopicGuesser.from_data(export(*fit(base + [held[i] for i in train_idx])))
        engines.append((LearnedEngine(kb, guesser), [held[i] for i in test_idx]))
    plain = Engine(kb)
    for below in (0.5, 0.6, 0.7, 0.8, 1.01):
        for probability in (0.5, 0.6, 0.7, 0.8):
            fixed = broke = 0
            for engine, test in engines:
                engine.below, engine.probability = below, probability
                for text, label in test:
                    expected = None if label == OUT_OF_SCOPE else label
                    before, after = plain.answer(text).topic == expected, engine.answer(text).topic == expected
                    fixed += after and not before
                    broke += before and not after
            print(f"unsure below {below:g}, guess from p {probability:g}: fixes {fixed}, breaks {broke}")


def summary(report: Report) -> str:
    parts = []
    for name in ("topic_accuracy", "fallback", "false_escalation", "escalation_recall", "emergency_recall"):
        tally = getattr(report, name)
        parts.append(f"{name.replace('_', ' ')} {tally.hits}/{tally.total}" + (
            f" ({tally.rate:.3f})" if tally.total else ""))
    return ", ".join(parts)


def measure(args: argparse.Namespace) -> None:
    kb = load_knowledge()
    _, guesser = trained()
    plain, learned = Engine(kb), LearnedEngine(kb, guesser)
    files = [(Path(p).name, read_jsonl(Path(p))) for p in args.files]
    everything = [item for _, items in files for item in items]
    for name, items in [*files, ("overall", everything)]:
        before, after = evaluate(items, plain.answer), evaluate(items, learned.answer)
        print(f"{name}\n  without: {summary(before)}\n  with:    {summary(after)}")
    for item in everything:
        a = plain.answer(item["text"], item.get("hours_since"))
        b = learned.answer(item["text"], item.get("hours_since"))
        if (a.level, a.symptoms, a.report) != (b.level, b.symptoms, b.report):
            print(f"  TRIAGE CHANGED: {item['text']!r}")
        if a.topic != b.topic:
            print(f"  {a.topic} -> {b.topic} (expected {item.get('topic')}): {item['text'][:90]!r}")
    print("topic accuracy overall, with the fallback, by setting (without: "
          f"{evaluate(everything, plain.answer).topic_accuracy.rate:.3f}):")
    for below in (0.5, 0.6, 0.7, 0.8, 1.01):
        row = []
        for probability in (0.6, 0.7, 0.8):
            learned.below, learned.probability = below, probability
            tally = evaluate(everything, learned.answer).topic_accuracy
            row.append(f"p>={probability:g}: {tally.hits}/{tally.total} ({tally.rate:.3f})")
        print(f"  unsure below {below:<4g} " + "   ".join(row))
    learned.below, learned.probability = GUESS_BELOW, GUESS_PROBABILITY
    _speed(plain, learned, guesser, everything)


def _speed(plain: Engine, learned: LearnedEngine, guesser: TopicGuesser, items: list[dict[str, Any]]) -> None:
    def timed(fn: Any) -> str:
        samples = []
        for _ in range(5):
            for item in items:
                start = time.perf_counter_ns()
                fn(item)
                samples.append((time.perf_counter_ns() - start) / 1000)
        samples.sort()
        return f"median {statistics.median(samples):6.1f} µs, p99 {samples[int(len(samples) * 0.99) - 1]:7.1f} µs"

    print(f"speed on these {len(items)} questions x 5:")
    print(f"  Engine.answer:          {timed(lambda i: plain.answer(i['text'], i.get('hours_since')))}")
    print(f"  with the fallback:      {timed(lambda i: learned.answer(i['text'], i.get('hours_since')))}")
    print(f"  TopicGuesser.guess only: {timed(lambda i: guesser.guess(i['text']))}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = parser.add_subparsers(required=True)
    t = sub.add_parser("train", help="fit on the training data and write the model's JSON")
    t.add_argument("--out", default="/tmp/aftercare-fallback.json")
    t.set_defaults(run=train)
    sub.add_parser("cv", help="5-fold accuracy on the phrasings for a few C").set_defaults(run=cv)
    sub.add_parser("thresholds", help="fixes and breaks on out-of-fold phrasings per setting").set_defaults(
        run=thresholds)
    m = sub.add_parser("measure", help="score eval files with and without the fallback")
    m.add_argument("files", nargs="+")
    m.set_defaults(run=measure)
    args = parser.parse_args()
    args.run(args)


if __name__ == "__main__":
    main()
