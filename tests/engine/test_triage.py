"""Triage: levels, negation, durations in the text and the normal window."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    "text",
    [
        "I can't breathe", "i cant breath", "having trouble breathing", "I'm short of breath", "wheezing",
        "my throat feels tight", "my throat is closing", "my tongue is swelling", "my tounge is swolen",
        "my lips are swelling up", "swollen lips", "my mouth is puffy", "I fainted", "I passed out",
        "I have chest pain", "i cant swallow",
    ],
)
def test_emergencies(engine, text):
    answer = engine.answer(text)
    assert answer.level == "emergency"
    assert answer.text.startswith("🚨 Call your local emergency number now")


@pytest.mark.parametrize(
    "text",
    [
        "there is pus", "it's oozing", "yellow crusts on my cheek", "the redness is spreading", "I have a fever",
        "I think it's infected", "I have blisters", "I have a rash", "I got hives", "the pain is getting worse",
        "dark patches appeared", "I have a cold sore", "it won't stop bleeding", "I have some unusual symptoms",
        "my face is hot and the redness is spreading", "prolonged swelling", "prolonged redness",
        "my face is still red", "my face is really swollen and getting worse", "my eye is swollen shut",
    ],
)
def test_contact_your_professional(engine, text):
    answer = engine.answer(text)
    assert answer.level == "contact"
    assert "contact your skincare professional" in answer.text


@pytest.mark.parametrize(
    ("text", "hours", "level"),
    [
        ("my face is still swollen", 10, "none"),
        ("my face is still swollen", 130, "contact"),
        ("I'm red and a little swollen, is that normal?", 6, "none"),
        ("my face is red", 80, "contact"),
        ("my face is red", 30, "none"),
        ("swollen", 96, "contact"),
        ("my skin is dry", 300, "none"),
        ("my skin is peeling", 120, "none"),
    ],
)
def test_normal_window_decides(engine, text, hours, level):
    assert engine.answer(text, hours).level == level


@pytest.mark.parametrize(
    "text",
    [
        "my redness has lasted 6 days", "still red a week later", "swollen on day 6", "red after 10 days",
        "swelling hasn't gone down after 5 days", "my face has been red for two weeks", "still red after 3 days",
    ],
)
def test_durations_in_text_count_without_a_treatment_date(engine, text):
    answer = engine.answer(text)
    assert answer.level == "contact"
    assert "professional" in answer.text


@pytest.mark.parametrize(
    "text",
    [
        "no swelling", "the redness is gone", "not swollen anymore", "I don't have a fever", "there is no pus",
        "no redness, can I go to the gym?", "I don't have any swelling, can I use sunscreen?",
        "the swelling went down", "no rash and no blisters", "I don't have trouble breathing",
        "my lips are not swollen", "redness has cleared up", "my skin isn't red anymore",
    ],
)
def test_negation_never_escalates(engine, text):
    assert engine.answer(text).level == "none"


def test_negation_does_not_leak_across_clauses(engine):
    assert engine.answer("no redness but my lips are swelling").level == "emergency"
    assert engine.answer("I don't have a fever, but there is pus").level == "contact"
    assert engine.answer("swelling hasn't gone down after 5 days").level == "contact"


def test_unsure_patients_are_escalated(engine):
    assert engine.answer("I'm not sure if it's infected").level == "contact"
    assert engine.answer("I don't think I have a fever but my face is hot").level == "contact"


def test_expected_symptoms_reassure_and_say_when_to_call(engine):
    answer = engine.answer("my face is red", 5)
    assert answer.level == "none" and answer.topic == "downtime"
    assert "contact your skincare professional" in answer.text


def test_emergency_beats_contact_and_names_both_to_the_clinic(engine):
    answer = engine.answer("there is pus and my throat is closing")
    assert answer.level == "emergency"
    assert {"infection", "throat"} <= set(answer.symptoms)


def test_checkin_buttons_are_triaged_by_day(engine):
    assert engine.assess(["swelling"], 24).level == "none"
    assert engine.assess(["swelling"], 5 * 24).level == "contact"
    assert engine.assess(["peeling"], 5 * 24).level == "none"
    assert engine.assess([], 24).level == "none"
