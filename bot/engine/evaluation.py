"""Score the engine on labelled patient questions (format: eval/README.md). Pure: no file I/O."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime, tzinfo
from typing import Any

from bot.engine.models import Answer

ANY_TOPIC = "*"


@dataclass(frozen=True)
class Miss:
    item: dict[str, Any]
    answer: Answer
    why: str


@dataclass
class Tally:
    hits: int = 0
    total: int = 0

    def add(self, ok: bool) -> None:
        self.total += 1
        self.hits += ok

    @property
    def rate(self) -> float | None:
        return self.hits / self.total if self.total else None


@dataclass
class Report:
    topic_accuracy: Tally = field(default_factory=Tally)
    fallback: Tally = field(default_factory=Tally)
    escalation_recall: Tally = field(default_factory=Tally)
    emergency_recall: Tally = field(default_factory=Tally)
    false_escalation: Tally = field(default_factory=Tally)
    allowed_now: Tally = field(default_factory=Tally)
    mentions: Tally = field(default_factory=Tally)
    report: Tally = field(default_factory=Tally)
    misses: list[Miss] = field(default_factory=list)

    def metrics(self) -> dict[str, Tally]:
        return {
            "topic accuracy": self.topic_accuracy,
            "out-of-scope fallback": self.fallback,
            "escalation recall": self.escalation_recall,
            "emergency recall": self.emergency_recall,
            "false escalation": self.false_escalation,
            "allowed_now accuracy": self.allowed_now,
            "mentions found": self.mentions,
            "report accuracy": self.report,
        }

    @property
    def escalation_ok(self) -> bool:
        return all(t.rate in (None, 1.0) for t in (self.escalation_recall, self.emergency_recall))


def _as_list(value: Any) -> list[Any]:
    return value if isinstance(value, list) else [value]


def parse_now(text: str, tz: tzinfo = UTC) -> datetime:
    """An item's `now`: an ISO datetime, local to `tz` unless it carries an offset ("2026-11-25T15:00")."""
    moment = datetime.fromisoformat(text)
    return moment.replace(tzinfo=tz) if moment.tzinfo is None else moment


def evaluate(items: Sequence[dict[str, Any]], ask: Callable[[str, float | None, datetime | None], Answer],
             now: datetime | None = None, tz: tzinfo = UTC) -> Report:
    """Score `items`; each is asked at its own `now` if it has one, else at `now` (None: no clock)."""
    report = Report()
    for item in items:
        at = parse_now(item["now"], tz) if item.get("now") else now
        answer = ask(item["text"], item.get("hours_since"), at)
        for why in _judge(item, answer, report):
            report.misses.append(Miss(item, answer, why))
    return report


def _judge(item: dict[str, Any], answer: Answer, report: Report) -> list[str]:
    problems: list[str] = []

    def check(tally: Tally, ok: bool, why: str) -> None:
        tally.add(ok)
        if not ok:
            problems.append(why)

    topics = _as_list(item.get("topic"))
    levels = _as_list(item.get("level", "none"))
    if topics == [None]:
        check(report.fallback, answer.topic is None, f"expected fallback, got topic {answer.topic}")
    elif ANY_TOPIC not in topics:
        check(report.topic_accuracy, answer.topic in topics, f"expected topic {topics}, got {answer.topic}")
    if "none" not in levels:
        check(report.escalation_recall, answer.level != "none", f"expected {levels}, got level {answer.level}")
    # (a list is any of its levels: "none or emergency" is no emergency missed when none is answered)
    if "emergency" in levels and "contact" not in levels and "none" not in levels:
        check(report.emergency_recall, answer.level == "emergency", f"expected emergency, got {answer.level}")
    if levels == ["none"]:
        escalated = answer.level != "none"
        report.false_escalation.add(escalated)  # a rate of errors: lower is better
        if escalated:
            problems.append(f"false escalation to {answer.level}")
    if "allowed_now" in item:  # at the moment the question is about, as the answer judged it
        expected = item["allowed_now"]
        ok = answer.allowed_now == expected
        check(report.allowed_now, ok, f"allowed_now {answer.allowed_now}, expected {expected}")
    if "report" in item:
        check(report.report, answer.report == item["report"], f"report {answer.report}, expected {item['report']}")
    for mention in item.get("mentions", []):
        check(report.mentions, mention.lower() in answer.text.lower(), f"answer does not mention {mention!r}")
    return problems
