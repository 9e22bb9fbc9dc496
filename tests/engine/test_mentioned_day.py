"""The treatment day a patient names in a message, shown on the clinic's alert card when it differs."""

import pytest

from bot.engine import Engine


@pytest.mark.parametrize(("text", "day"), [
    ("my face is swollen since day 2", 2),
    ("on day five the redness got worse", 5),
    ("day one was fine, now it itches", 1),
    ("it's been red for 6 days", None),
    ("a day or two ago", None),
    ("I have a fever", None),
    ("day 400", None),
])
def test_mentioned_day(engine: Engine, text: str, day: int | None):
    assert engine.mentioned_day(text) == day
