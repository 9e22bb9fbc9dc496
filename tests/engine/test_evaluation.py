from __future__ import annotations

import json
from pathlib import Path

from bot.engine.evaluation import evaluate
from bot.engine.models import Answer
from tests.conftest import SHARED

DATA = Path(__file__).parent / "data"


def _answer(topic, level="none", allowed=None, text=""):
    return Answer(topic=topic, level=level, allowed_now=allowed, text=text, confidence=1.0)


def test_metrics_count_what_the_readme_says():
    items = [
        {"text": "a", "topic": "makeup", "level": "none", "mentions": ["24"]},
        {"text": "b", "topic": None, "level": "none"},
        {"text": "c", "topic": "*", "level": "contact"},
        {"text": "d", "topic": "*", "level": "emergency"},
        {"text": "e", "topic": ["sun", "about"], "level": "none", "hours_since": 3, "allowed_now": False},
    ]
    answers = {
        "a": _answer("makeup", text="24 hours"), "b": _answer("sun", level="contact"),
        "c": _answer(None, "contact"), "d": _answer(None, "contact"), "e": _answer("about", allowed=True),
    }
    report = evaluate(items, lambda text, hours, now: answers[text])
    assert report.topic_accuracy.rate == 1.0
    assert report.fallback.rate == 0.0
    assert report.escalation_recall.rate == 1.0
    assert report.emergency_recall.rate == 0.0
    assert report.false_escalation.rate == 1 / 3
    assert report.allowed_now.rate == 0.0
    assert report.mentions.rate == 1.0
    assert not report.escalation_ok
    assert len(report.misses) == 4


def test_a_level_list_is_any_of_its_levels():
    items = [{"text": "a", "topic": "*", "level": ["none", "emergency"]},
             {"text": "b", "topic": "*", "level": ["contact", "emergency"]}]
    report = evaluate(items, lambda text, hours, now: _answer(None, "none" if text == "a" else "contact"))
    assert report.emergency_recall.rate is None
    assert report.escalation_recall.rate == 1.0
    assert not report.misses


def _load(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text().splitlines() if line.strip()]


def _assert_targets(report) -> None:
    assert report.topic_accuracy.rate >= 0.95
    assert report.fallback.rate >= 0.90
    assert report.escalation_recall.rate == 1.0
    assert report.emergency_recall.rate in (None, 1.0)
    assert report.false_escalation.rate <= 0.02
    assert report.allowed_now.rate in (None, 1.0)
    assert report.mentions.rate in (None, 1.0)


def test_own_phrasings_meet_the_targets(engine):
    """Our own held-out style phrasings: typos, slang, brands, negations, durations, out-of-scope."""
    _assert_targets(evaluate(_load(DATA / "phrasings.jsonl"), engine.answer))


def test_dev_set_meets_the_targets(engine):
    path = SHARED / "eval" / "dev.jsonl"
    if not path.is_file():
        import pytest

        pytest.skip("shared/eval/dev.jsonl is not beside this checkout")
    _assert_targets(evaluate(_load(path), engine.answer))


def test_blind_rounds_stay_safe(engine):
    """The blind rounds, kept as regression data after their first-exposure score (eval/ROUNDS.md):
    every escalation caught, hardly any false alarm, and topics close to the goals. The bounds sit just beside
    what the rounds score today (0.962 topic, 0.962 fallback, 0.023 false escalation, 392 of 16,844, over rounds
    A–DO but BP, BT, DE, DG, DM and DN; DA and DB brought the fallback under 0.96 with out-of-scope stories (a dog's
    ear, a school project, booking with Klarna); each new round adds its first-exposure misses — BH–BN brought
    friends' past stories and jokes their writers called false alarms — and fixes a review found unsafe were
    reverted)."""
    rounds = sorted((Path(__file__).parents[2] / "eval" / "rounds").glob("*.jsonl"))
    assert rounds, "eval/rounds/ is missing"
    report = evaluate([item for path in rounds for item in _load(path)], engine.answer)
    assert report.escalation_recall.rate == 1.0 and report.emergency_recall.rate == 1.0
    assert report.false_escalation.rate <= 0.031
    assert report.topic_accuracy.rate >= 0.95 and report.fallback.rate >= 0.955
    assert report.allowed_now.rate >= 0.97 and report.report.rate >= 0.95


def test_every_escalation_a_patient_reports_in_the_blind_rounds_is_answered_as_a_report(engine):
    """Safety beyond recall: an escalation happening now must get "call now" / "contact now" wording and a notice
    to the clinic, never the "if that ever happens" answer to a question."""
    from bot.engine.evaluation import parse_now

    rounds = sorted((Path(__file__).parents[2] / "eval" / "rounds").glob("*.jsonl"))
    missed = []
    for item in (item for path in rounds for item in _load(path)):
        levels = item["level"] if isinstance(item["level"], list) else [item["level"]]
        if "none" in levels or not item.get("report"):
            continue
        now = parse_now(item["now"]) if item.get("now") else None
        answer = engine.answer(item["text"], item.get("hours_since"), now)
        if not answer.report:
            missed.append(item["text"][:80])
    assert missed == []
