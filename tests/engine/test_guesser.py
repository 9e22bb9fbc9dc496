"""The learned topic guesser: a second opinion that only ever changes the topic of an unsure answer."""

from __future__ import annotations

import json
import math
from pathlib import Path
from typing import Any

import pytest

from bot.engine import Engine, KnowledgeError, load_knowledge
from bot.engine.guesser import Guess, GuessPolicy, TopicGuesser, features
from bot.engine.loader import DEFAULT_DIR, GUESSER

ROUNDS = sorted((Path(__file__).parents[2] / "eval" / "rounds").glob("*.jsonl"))
POLICY = {"unsure_below": 0.9, "topic_from": 0.4, "reorder_from": 0.9, "none_from": 0.6}


def _model(rows: dict[str, list[int]], classes: tuple[str, ...] = ("none", "makeup", "sun"),
           policy: dict[str, float] = POLICY, intercepts: list[float] | None = None) -> dict[str, Any]:
    """A model file from rows: n-gram -> [idf, class, weight, class, weight, ...]."""
    pairs: list[int] = []
    ends = []
    for row in rows.values():
        pairs += row[1:]
        ends.append(len(pairs))
    return {"classes": list(classes), "intercepts": intercepts or [0.0] * len(classes), "scale": 0.01,
            "idf_scale": 0.01, "grams": "\n".join(rows), "idf": [row[0] for row in rows.values()], "ends": ends,
            "pairs": pairs, "policy": policy}


def _rows(data: dict[str, Any]) -> dict[str, list[int]]:
    grams = data["grams"].split("\n")
    starts = [0, *data["ends"]]
    return {g: [data["idf"][i], *data["pairs"][starts[i]:starts[i + 1]]] for i, g in enumerate(grams)}


def _reference(data: dict[str, Any], text: str) -> dict[str, float]:
    """The model as training defines it: the scaled tf-idf of `features`, a linear score, a softmax."""
    rows = _rows(data)
    idf = {g: row[0] * data["idf_scale"] for g, row in rows.items()}
    scores = list(data["intercepts"])
    for gram, value in features(text, idf).items():
        row = rows[gram]
        for i in range(1, len(row), 2):
            scores[row[i]] += row[i + 1] * data["scale"] * value
    exps = [math.exp(s - max(scores)) for s in scores]
    return {c: e / sum(exps) for c, e in zip(data["classes"], exps, strict=True)}


def test_the_fast_guess_is_exactly_the_trained_model():
    """Words are scored from a cache, repeated n-grams corrected: the same numbers as the plain formula."""
    data = json.loads((DEFAULT_DIR / GUESSER).read_text())
    guesser = TopicGuesser.from_data(data)
    for text in ["can I wear makeup tonight?", "lalala lalala la", "", "SPF SPF SPF 50 🌞 sunscreen!!",
                 "my mum wants to know if the dermaroller from amazon is the same thing as what you did"]:
        got, want = guesser.probabilities(text), _reference(data, text)
        assert got.keys() == want.keys()
        assert all(math.isclose(got[c], want[c], abs_tol=1e-9) for c in got)
        assert math.isclose(sum(got.values()), 1.0)


def test_a_tiny_model_guesses_by_its_ngrams():
    guesser = TopicGuesser.from_data(_model({" sun": [100, 2, 900], "mak": [100, 1, 900]}))
    assert guesser.guess("sunny").topic == "sun"
    assert guesser.guess("make").topic == "makeup"
    assert guesser.guess("nothing known here").probability == pytest.approx(1 / 3)
    assert guesser.policy == GuessPolicy(**POLICY)


def test_the_guess_never_changes_triage_on_any_blind_round(kb):
    """Level, symptoms and whether it is reported to the clinic come from the rules alone."""
    with_guess, without = Engine(kb), Engine(kb.model_copy(update={"guesser": None}))
    assert kb.guesser is not None
    changed_topics = 0
    for path in ROUNDS:
        for line in path.read_text(encoding="utf-8").splitlines():
            item = json.loads(line)
            a = with_guess.answer(item["text"], item.get("hours_since"))
            b = without.answer(item["text"], item.get("hours_since"))
            assert (a.level, a.symptoms, a.report) == (b.level, b.symptoms, b.report), item["text"]
            changed_topics += a.topic != b.topic
    assert changed_topics > 0  # it is consulted at all


def test_an_unknown_topic_is_guessed_only_when_the_rules_are_unsure(kb):
    """A guesser that always says "sun" cannot move a confident answer, and fills in for an unsure one."""
    always_sun = TopicGuesser.from_data(_model({}, classes=("sun",)))
    engine = Engine(kb.model_copy(update={"guesser": always_sun}))
    assert engine.answer("can I wear makeup?").topic == "makeup"
    assert engine.answer("is the thing with the stuff alright for me?").topic == "sun"


def test_a_confident_none_leaves_the_honest_fallback(kb):
    always_none = TopicGuesser.from_data(_model({}, classes=("none",)))
    plain = Engine(kb.model_copy(update={"guesser": None}))
    engine = Engine(kb.model_copy(update={"guesser": always_none}))
    unsure = next(t for t in ["do you have parking at the clinic for bikes and scooters?",
                              "is the serum thing ok or not really?", "what about the stuff for after?"]
                  if plain.answer(t).topic is not None and plain.answer(t).confidence < POLICY["unsure_below"])
    assert engine.answer(unsure).topic is None
    assert engine.answer("can I wear makeup?").topic == "makeup"


def test_a_topic_the_rules_ranked_lower_needs_a_strong_guess(kb):
    """The rules read "Since I can't wear makeup, can I at least put on sunscreen?" as a sun question; a bag
    of n-grams leans to makeup, and must not win on a middling probability."""
    text = "Since I can't wear makeup, can I at least put on sunscreen?"
    assert Engine(kb).answer(text, 10).topic == "sun"

    def leaning_to_makeup(probability: float) -> Engine:
        intercepts = [math.log(probability / (1 - probability)), 0.0]
        guesser = TopicGuesser.from_data(_model({}, classes=("makeup", "sun"), intercepts=intercepts))
        assert guesser.guess(text) == Guess("makeup", pytest.approx(probability))
        return Engine(kb.model_copy(update={"guesser": guesser}))

    assert leaning_to_makeup(0.85).answer(text, 10).topic == "sun"
    assert leaning_to_makeup(0.97).answer(text, 10).topic == "makeup"


def test_without_the_file_the_engine_answers_from_its_rules(kb_copy):
    (kb_copy / GUESSER).unlink()
    kb = load_knowledge(kb_copy)
    assert kb.guesser is None
    assert Engine(kb).answer("can I wear makeup?").topic == "makeup"


@pytest.mark.parametrize(("content", "expected"), [
    ("{not json", "not valid JSON"),
    (json.dumps(_model({"ab": [1, 7, 5]})), "not a topic guesser"),  # class index out of range
    (json.dumps(_model({"ab": [1, 1]})), "not a topic guesser"),  # a pair without its weight
    (json.dumps(_model({"ab": [1, 1, 0.5]})), "not a topic guesser"),  # weights are integers
    (json.dumps({**_model({"ab": [1, 1, 5]}), "ends": [4]}), "not a topic guesser"),  # pairs out of step
    (json.dumps({**_model({"ab": [1, 1, 5]}), "idf": []}), "not a topic guesser"),  # an n-gram without its idf
    (json.dumps({**_model({}), "policy": {"unsure_below": 0.9}}), "not a topic guesser"),
    (json.dumps(_model({}, classes=("none", "horoscopes"))), "guesses unknown topic 'horoscopes'"),
    # found by review: each loaded, then broke or misled answers
    (json.dumps(_model({}, classes=())), "not a topic guesser"),  # no class at all
    (json.dumps({**_model({"ab": [1, 1, 5]}), "scale": float("nan")}), "not a topic guesser"),
    (json.dumps({**_model({"ab": [1, 1, 5]}), "scale": 1e400}), "not a topic guesser"),  # inf
    ('{"classes": ["none"], "intercepts": [1' + "0" * 400 + '], "scale": 1, "idf_scale": 1, "grams": "", '
     '"idf": [], "ends": [], "pairs": [], "policy": {}}', "not a topic guesser"),  # an overflowing intercept
    (json.dumps(_model({"ab": [1, 1, 10**400]})), "not a topic guesser"),  # an overflowing weight
    (json.dumps(_model({"ab": [-5, 1, 5]})), "not a topic guesser"),  # a negative idf
    (json.dumps({**_model({}), "policy": {**POLICY, "topic_from": float("nan")}}), "not a topic guesser"),
    (json.dumps({**_model({}), "policy": {**POLICY, "topic_from": -1}}), "not a topic guesser"),
])
def test_a_broken_guesser_file_is_one_clear_line(kb_copy, content, expected):
    (kb_copy / GUESSER).write_text(content)
    with pytest.raises(KnowledgeError) as error:
        load_knowledge(kb_copy)
    message = str(error.value)
    assert GUESSER in message and expected in message and "\n" not in message


def test_features_count_known_padded_ngrams_of_each_word():
    """"Ab ab": the n-grams of " ab " twice; "zz" is unknown; the divisor sums each word's squared weights."""
    idf = {" a": 1.0, "ab": 2.0, "b ": 1.0, " ab": 1.0, "ab ": 1.0, " ab ": 1.0, "x": 5.0}
    got = features("Ab ab zz", idf)
    norm = math.sqrt(2 * (1 + 4 + 1 + 1 + 1 + 1))
    assert got == pytest.approx({g: 2 * idf[g] / norm for g in idf if g != "x"})


def test_long_words_are_guessed_but_not_cached(kb):
    """A pasted link or keyboard mash holds thousands of n-grams: computed, never kept."""
    from bot.engine.guesser import _cached_grams

    guesser = kb.guesser
    grams, shares = _cached_grams.cache_info().currsize, guesser._word_share.cache_info().currsize
    mash = "qwertyuiopasdfghjklzxcvbnm" * 20
    assert guesser.guess(mash) == guesser.guess(mash)
    assert _cached_grams.cache_info().currsize == grams
    assert guesser._word_share.cache_info().currsize == shares
