"""Train the learned topic fallback (`bot/engine/fallback.py`) and measure whether it earns its place.

Development time only: nothing here runs in the bot or its tests. Training needs numpy and scikit-learn,
which the bot does not depend on, so use a throwaway venv:

    python3 -m venv /tmp/trainvenv
    /tmp/trainvenv/bin/pip install -e . numpy scikit-learn
    /tmp/trainvenv/bin/python benchmarks/train_fallback.py train     # writes bot/engine/data/fallback.json
    /tmp/trainvenv/bin/python benchmarks/train_fallback.py cv        # 5-fold accuracy on the phrasings, per C

Measuring needs only the bot's own venv:

    .venv/bin/python benchmarks/train_fallback.py measure eval/rounds/*.jsonl

Training data is ONLY the knowledge base's topic examples and keywords and the single-topic items of
`tests/engine/data/phrasings.jsonl` (topic null is the class "none": no topic covers it). The blind rounds
in `eval/rounds/` are never trained on; they are what `measure` scores, with and without the fallback.
Training is deterministic: a fixed solver, no shuffling, sorted inputs, fixed fold seed for `cv`.
"""

from __future__ import annotations

import argparse
import json
import math
import sys
from collections import Counter
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bot.engine import Engine, load_knowledge  # noqa: E402
from bot.engine.evaluation import Report, evaluate  # noqa: E402
from bot.engine.fallback import OUT_OF_SCOPE, TopicGuesser, features, vector  # noqa: E402
from bot.engine.loader import FALLBACK_MODEL, load_fallback  # noqa: E402

PHRASINGS = ROOT / "tests" / "engine" / "data" / "phrasings.jsonl"
C = 30.0  # chosen by `cv`
QUANT = 1000  # weights and idf are stored as integers: weight = q * scale, scale = max|w| / QUANT
PRUNE = 20  # |q| below this is dropped: 703 KB → 286 KB, the same predictions on the training data


def read_jsonl(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def knowledge_examples() -> list[tuple[str, str]]:
    kb = load_knowledge()
    return [(text, t.id) for t in kb.topics for text in [*t.examples, *t.keywords]]


def phrasing_examples() -> list[tuple[str, str]]:
    pairs = []
    for item in read_jsonl(PHRASINGS):
        topic = item.get("topic")
        topics = topic if isinstance(topic, list) else [topic]
        if len(topics) == 1 and topics[0] != "*":
            pairs.append((item["text"], topics[0] or OUT_OF_SCOPE))
    return pairs


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
            "intercepts": [round(float(b), 6) for b in model.intercept_], "grams": grams, "c": C,
            "trained_on": "knowledge/topics examples+keywords, tests/engine/data/phrasings.jsonl single-topic items"}


def predict(idf: dict[str, float], vectorizer: Any, model: Any, texts: list[str]) -> list[str]:
    return list(model.predict(vectorizer.transform([vector(features(t), idf) for t in texts])))


def train(_: argparse.Namespace) -> None:
    pairs = sorted(knowledge_examples() + phrasing_examples())
    fitted = fit(pairs)
    data = export(*fitted)
    guesser = TopicGuesser.from_data(data)
    predicted = predict(*fitted, [t for t, _ in pairs])
    agree = sum(guesser.guess(t).topic == (None if p == OUT_OF_SCOPE else p) for (t, _), p in zip(pairs, predicted))
    FALLBACK_MODEL.parent.mkdir(parents=True, exist_ok=True)
    FALLBACK_MODEL.write_text(json.dumps(data, separators=(",", ":"), sort_keys=True) + "\n", encoding="utf-8")
    print(f"{len(pairs)} examples, {len(data['classes'])} classes, {len(data['grams'])} n-grams; stored model agrees with sklearn on {agree}/{len(pairs)}; "
          f"{FALLBACK_MODEL.relative_to(ROOT)}: {FALLBACK_MODEL.stat().st_size // 1024} KB")


def cv(_: argparse.Namespace) -> None:
    from sklearn.model_selection import StratifiedKFold

    base, held = knowledge_examples(), phrasing_examples()
    folds = list(StratifiedKFold(5, shuffle=True, random_state=0).split(held, [y for _, y in held]))
    for c in (3.0, 10.0, 30.0, 100.0):
        hits = 0
        for train_idx, test_idx in folds:
            fitted = fit(base + [held[i] for i in train_idx], c)
            test = [held[i] for i in test_idx]
            predicted = predict(*fitted, [t for t, _ in test])
            hits += sum(p == y for p, (_, y) in zip(predicted, test))
        print(f"C={c:g}: accuracy {hits / len(held):.3f} on {len(held)} held-out phrasings")


def summary(report: Report) -> str:
    parts = []
    for name in ("topic_accuracy", "fallback", "false_escalation", "escalation_recall", "emergency_recall"):
        tally = getattr(report, name)
        parts.append(f"{name.replace('_', ' ')} {tally.hits}/{tally.total}" + (
            f" ({tally.rate:.3f})" if tally.total else ""))
    return ", ".join(parts)


def measure(args: argparse.Namespace) -> None:
    kb = load_knowledge()
    plain, learned = Engine(kb), Engine(kb, guesser=load_fallback())
    everything: list[dict[str, Any]] = []
    for path in args.files:
        items = read_jsonl(Path(path))
        everything += items
        _compare(Path(path).name, items, plain, learned)
    if len(args.files) > 1:
        _compare("overall", everything, plain, learned)


def _compare(name: str, items: list[dict[str, Any]], plain: Engine, learned: Engine) -> None:
    before, after = evaluate(items, plain.answer), evaluate(items, learned.answer)
    print(f"{name}\n  without: {summary(before)}\n  with:    {summary(after)}")
    for item in items:
        a, b = plain.answer(item["text"], item.get("hours_since")), learned.answer(item["text"], item.get("hours_since"))
        if (a.level, a.symptoms) != (b.level, b.symptoms):
            print(f"  TRIAGE CHANGED: {item['text']!r}")
        if a.topic != b.topic:
            print(f"  {a.topic} -> {b.topic} (expected {item.get('topic')}): {item['text'][:90]!r}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = parser.add_subparsers(required=True)
    sub.add_parser("train", help="fit on the training data and write the model").set_defaults(run=train)
    sub.add_parser("cv", help="5-fold accuracy on the phrasings for a few C").set_defaults(run=cv)
    m = sub.add_parser("measure", help="score eval files with and without the fallback")
    m.add_argument("files", nargs="+")
    m.set_defaults(run=measure)
    args = parser.parse_args()
    args.run(args)


if __name__ == "__main__":
    main()
