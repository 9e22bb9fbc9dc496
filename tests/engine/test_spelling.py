import pytest

from bot.engine.spelling import Speller

SPELLER = Speller(vocabulary={"throat", "closing", "follow", "up", "booked", "next", "week", "shirt", "sun", "cream",
                              "hard", "to", "is", "and", "a"},
                  critical={"swallow", "breathe", "swelling", "pus", "wheezing"},
                  dictionary=frozenset({"cant", "the", "low"}))


@pytest.mark.parametrize(("text", "rejoined"), [
    ("th.roat is clos-ing up", "throat is closing up"),
    ("hard to swal low", "hard to swallow"),
    ("cant brea the", "cant breathe"),
    ("whe e zing when i breathe", "wheezing when i breathe"),
    ("Th.Roat is CLOS-ING up", "throat is closing up"),
    # words on both sides of a mark, pieces too short to make a word, and a space after a word stay apart
    ("follow-up booked, e.g. next week", "follow-up booked, e.g. next week"),
    ("a t-shirt and sun-cream", "a t-shirt and sun-cream"),
    ("p us", "p us"),
    ("hard to swallow low", "hard to swallow low"),
])
def test_a_word_broken_by_a_mark_or_a_space_is_put_back_together(text, rejoined):
    assert SPELLER.rejoined(text) == rejoined


def test_a_typo_is_corrected_towards_a_known_word_and_a_known_word_is_kept():
    assert SPELLER.correct("swalow") == "swallow"
    assert SPELLER.correct("throat") == "throat"
