import pytest

from bot.engine import Engine
from bot.engine.text import normalize, stem, words


def test_accented_latin_letters_keep_their_words_whole() -> None:
    assert words("Danke schön, crème solaire, café") == ["danke", "schon", "creme", "solaire", "cafe"]


def test_other_scripts_and_emoji_are_no_words() -> None:
    assert words("Позавчера 🤦\u200d♀️ ok") == ["ok"]


@pytest.mark.parametrize("text", [
    "can i wear makeup tomorrow? danke schön",  # "danke" was corrected into "dance", a sweating keyword
    "can i wear makeup tomorrow? merci beaucoup",
    "Terima kasih! can i wear makeup tomorrow?",
])
def test_thanks_in_another_language_brings_no_topic(engine: Engine, text: str) -> None:
    assert engine.answer(text, 20).topics == ["makeup"]


def test_being_scared_is_no_scar():
    assert stem("scared") == stem("scary") == "scare" != stem("scars") == stem("scarring")


def test_an_ing_word_with_its_apostrophe_dropped_is_the_word():
    # "the burning's been getting worse" is written "burnings" once the apostrophe goes
    assert stem("burnings") == stem("burning") == stem("burn")
    assert stem("mornings") == stem("morning")
    assert stem("somethings") == "something"  # "something's wrong" keeps its own stem


def test_a_comma_typed_for_an_apostrophe_is_an_apostrophe():
    # round CD: "can,t breath properly" is "cant breath", not "can" and "t"; a list typed without spaces is untouched
    assert normalize("can,t breath properly") == "cant breath properly"
    assert normalize("i,m fine, it;s ok") == "im fine, its ok"
    assert normalize("red,swollen, can, t") == "red,swollen, can, t"


def test_with_and_without_written_short_are_the_words():
    assert words("w/o sunscreen, w/out spf") == ["without", "sunscreen", "without", "spf"]
    assert words("a walk w/ a hat and/or w/o") == ["a", "walk", "with", "a", "hat", "and", "or", "without"]


@pytest.mark.parametrize(("text", "read"), [
    ("chest p.a.i.n", ["chest", "pain"]),
    ("c a n t  b r e a t h e", ["cant", "breathe"]),
    ("my l-i-p-s", ["my", "lips"]),
    ("Skinceuticals C E Ferulic", ["skinceuticals", "c", "e", "ferulic"]),
    ("vitamin a, c and e", ["vitamin", "a", "c", "and", "e"]),
])
def test_a_word_spelled_out_letter_by_letter_is_the_word(text, read):
    assert words(text) == read


def test_an_emergency_spelled_out_is_an_emergency(engine: Engine) -> None:
    assert engine.answer("chest p.a.i.n and my left arm feels weird and heavy", hours_since=6).level == "emergency"
    assert engine.answer("c a n t  b r e a t h e", hours_since=2).level == "emergency"
