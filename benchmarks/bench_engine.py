"""Engine speed and load time, side by side with a naive rapidfuzz matcher, in one run.

Run by hand: `.venv/bin/python benchmarks/bench_engine.py`. Figures go to the README.
Both matchers answer the same questions in the same process, so machine noise hits both alike.
"""

from __future__ import annotations

import json
import statistics
import time
from pathlib import Path

from rapidfuzz import fuzz, process

from bot.engine import Engine, load_knowledge
from bot.engine.text import clear_caches

ROOT = Path(__file__).resolve().parents[1]
SOURCES = [ROOT / "tests" / "engine" / "data" / "phrasings.jsonl", *sorted((ROOT / "eval" / "rounds").glob("*.jsonl"))]
ROUNDS = 5


def questions() -> list[dict]:
    items = []
    for path in SOURCES:
        if path.is_file():
            items += [json.loads(line) for line in path.read_text().splitlines() if line.strip()]
    return items


def timed(fn, items) -> list[float]:  # type: ignore[no-untyped-def]
    samples = []
    for _ in range(ROUNDS):
        for item in items:
            start = time.perf_counter_ns()
            fn(item)
            samples.append((time.perf_counter_ns() - start) / 1000)
    return samples


def summary(samples: list[float]) -> str:
    samples = sorted(samples)
    p99 = samples[int(len(samples) * 0.99) - 1]
    return f"median {statistics.median(samples):7.1f} µs   p99 {p99:7.1f} µs"


def topic_accuracy(items, answer_topic) -> float:  # type: ignore[no-untyped-def]
    scored = [i for i in items if i.get("topic") not in ("*", None)]
    hits = sum(answer_topic(i) in (i["topic"] if isinstance(i["topic"], list) else [i["topic"]]) for i in scored)
    return hits / len(scored)


def main() -> None:
    loads, rules_only = [], []
    for _ in range(ROUNDS):
        for guesser, samples in ((True, loads), (False, rules_only)):  # interleaved: the same noise for both
            clear_caches()  # each load from cold, as the bot starts
            start = time.perf_counter()
            engine = Engine(load_knowledge(guesser=guesser))
            samples.append((time.perf_counter() - start) * 1000)
    engine = Engine(load_knowledge())
    items = questions()

    choices, owners = [], []
    for topic in engine.kb.topics:
        for example in topic.examples:
            choices.append(example)
            owners.append(topic.id)

    def naive(item: dict) -> str:
        return owners[process.extractOne(item["text"], choices, scorer=fuzz.WRatio)[2]]

    def ours(item: dict) -> str | None:
        return engine.answer(item["text"], item.get("hours_since")).topic

    engine_samples = timed(ours, items)
    naive_samples = timed(naive, items)
    print(f"questions: {len(items)} x {ROUNDS} rounds")
    print(f"knowledge-base load + index: median {statistics.median(loads):.1f} ms (goal <= 300 ms); "
          f"without the topic guesser {statistics.median(rules_only):.1f} ms")
    print(f"engine.answer:      {summary(engine_samples)}   (goal: median <= 300 µs, p99 <= 2 ms)")
    print(f"naive extractOne:   {summary(naive_samples)}")
    print(f"topic accuracy on these questions: engine {topic_accuracy(items, ours):.3f}, "
          f"naive {topic_accuracy(items, naive):.3f}")


if __name__ == "__main__":
    main()
