"""Time windows: allowed now or not, and until when, in the patient's own time."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from bot.engine import timing

NOW = datetime(2026, 11, 24, 10, 0, tzinfo=UTC)


@pytest.mark.parametrize(
    ("text", "hours", "allowed"),
    [
        ("can I wear makeup", 3, False), ("can I wear makeup", 24, True), ("foundation ok?", 26, True),
        ("gym?", 23.5, False), ("gym?", 28, True), ("beach tomorrow?", 20, False), ("beach?", 168, True),
        ("retinol tonight", 10, False), ("retinol", 72, True), ("scrub ok?", 71, False), ("scrub ok?", 73, True),
    ],
)
def test_allowed_now(engine, text, hours, allowed):
    assert engine.answer(text, hours).allowed_now is allowed


def test_gentle_washing_is_fine_while_harsh_cleansers_wait(engine):
    wash = engine.answer("can I wash my face tonight", 5)
    assert wash.allowed_now is True and "mild, gentle cleanser" in wash.text and "Skip harsh" in wash.text
    assert engine.answer("can I use my scrub", 5).allowed_now is False
    assert engine.answer("can I use my scrub", 80).allowed_now is True


def test_until_is_never_doubly_approximate(engine):
    text = engine.answer("can I use my scrub", 5).text
    assert "in about 3 days" in text and "about about" not in text


def test_allowed_now_is_null_without_time_or_window(engine):
    assert engine.answer("can I wear makeup").allowed_now is None
    assert engine.answer("do I need to moisturize", 10).allowed_now is None


def test_restricted_answer_says_until_when(engine):
    answer = engine.answer("can I wear makeup", 3, now=NOW)
    assert "Not yet" in answer.text and "around 07:00 tomorrow" in answer.text
    assert "21 hours" in engine.answer("can I wear makeup", 3).text


def test_allowed_answer_says_so(engine):
    answer = engine.answer("can I wear makeup", 30)
    assert "makeup is fine now" in answer.text and "30 hours" in answer.text


def test_sun_answers_always_mention_spf_30(engine):
    for hours in (None, 10, 200):
        assert "SPF 30" in engine.answer("can I go in the sun", hours).text


def test_clock_wording():
    assert timing.clock(NOW + timedelta(hours=4), NOW) == "around 14:00 today"
    assert timing.clock(NOW + timedelta(hours=20), NOW) == "around 06:00 tomorrow"
    assert timing.clock(NOW + timedelta(days=3), NOW) == "around 10:00 on Friday 27 Nov"


@pytest.mark.parametrize(
    ("hours", "text"),
    [(0.5, "30 minutes"), (1, "1 hour"), (5.4, "5 hours"), (24, "24 hours"), (72, "3 days"), (100, "about 4 days")],
)
def test_duration_wording(hours, text):
    assert timing.duration(hours) == text


def test_day_plan(engine):
    plan = engine.day_plan(30, NOW, since_hours=6)
    assert [s.topic.id for s in plan.opened] == ["makeup", "sweating"]
    assert {s.topic.id for s in plan.restricted} == {"actives", "cleansing", "sun"}
    later = engine.day_plan(200, NOW)
    assert not later.restricted and len(later.allowed) == 5


def test_sunscreen_is_always_allowed_the_sun_is_not(engine):
    """Round AG: "can i put sunscreen on now?" two hours after was answered "Not yet": sunscreen is the protection
    the sun rule asks for (`always_allowed`), unless the question also names the sun itself (`activity_words`)."""
    for text in ("can i put sunscreen on now?", "is it ok to wear spf 50 today?", "can I use sun cream?",
                 "is sunscreen ok to use?", "what spf should i use"):
        answer = engine.answer(text, 2)
        assert answer.topic == "sun" and answer.allowed_now is True, text
        assert "SPF 30" in answer.text and "Keep out of direct sun" in answer.text, text
    for text in ("can I use my sunscreen before going to the beach?", "sun cream on and then sunbathe?",
                 "can I go in the sun?", "is sunscreen enough for Spain next week?",
                 "spf 50 good enough for dubai next week?"):
        assert engine.answer(text, 2).allowed_now is False, text
    # a review: beside a rule that restricts, sunscreen doesn't make the answer "allowed"
    assert engine.answer("can i use sunscreen and retinol tonight", 30).allowed_now is False
