"""A pain score told rising is a worsening read from its numbers (bot/engine/scores.py)."""

import pytest

from bot.engine.loader import load_knowledge
from bot.engine.models import KnowledgeBase
from bot.engine.scores import Scores
from bot.engine.text import stem, words


def _rises(scores: Scores, text: str) -> bool:
    tokens = [stem(w) for w in words(text)]
    return any(scores.rises(tokens, i) for i in range(len(tokens)))


@pytest.fixture(scope="module")
def scores(kb: KnowledgeBase) -> Scores:
    return Scores(kb.language.scores)


@pytest.mark.parametrize("text", [
    "the pain has gone from a 3 to like a 9",
    "went from 4 this morning to an 8",
    "from probably a 2 to nearly a 7",
    "from about a 5 to at least an 8",
    "Pain from 3 to 8.",
    "face hurts, from 3 yesterday to 8 today",
])
def test_a_score_told_rising_rises(scores, text):
    assert _rises(scores, text)


@pytest.mark.parametrize("text", [
    "the pain went from a 9 to a 2",
    "from 1pm to 6pm it was red",
    "from 3 days to 5 days of redness",
    "I worked there from 2014 to 2019",
    "from a 3 and then I took a nap to an 8",
    "from 6 to 6",
    "I work from 2 to 6 tomorrow",
    "dinner is from around 7 to 9",
    "my step count went from 3 to 8 thousand",
    "gym from 10 to 12",
    "rate the pain from 1 to 10? it's about a 2",
    "my kids are home from 3 to 8",
])
def test_what_is_no_rising_score_is_not(scores, text):
    assert not _rises(scores, text)


def test_the_score_words_are_the_clinics_data(kb_copy):
    """Editing `scores:` in language.yaml changes the reading, with no code touched."""
    path = kb_copy / "language.yaml"
    path.write_text(path.read_text(encoding="utf-8").replace("  reach: 4\n", "  reach: 1\n"), encoding="utf-8")
    scores = Scores(load_knowledge(kb_copy).language.scores)
    assert _rises(scores, "from a 3 to a 9")
    assert not _rises(scores, "from a 3 this morning to a 9")
