from __future__ import annotations

from pathlib import Path

import pytest

from bot.engine import Engine, KnowledgeError, load_knowledge
from bot.engine.models import TOPIC_IDS


def test_bundled_knowledge_has_every_topic_id(kb):
    assert {t.id for t in kb.topics} == set(TOPIC_IDS)


def test_source_guidance_facts_are_exact(kb, engine):
    windows = {t.id: t.window.hours for t in kb.topics if t.window}
    assert windows == {"makeup": 24, "sweating": 24, "sun": 168, "actives": 72, "cleansing": 72}
    assert "SPF 30" in engine.topic_text("sun") and "a week" in engine.topic_text("sun")
    assert "24 hours" in engine.topic_text("makeup") and "24 hours" in engine.topic_text("sweating")
    assert "a few days" in engine.topic_text("actives")
    assert "non-comedogenic" in kb.topic("moisturizer").answer
    assert kb.triage.normal_window_hours == 72


def _edit(path: Path, old: str, new: str) -> None:
    text = path.read_text()
    assert old in text
    path.write_text(text.replace(old, new, 1))


@pytest.mark.parametrize(
    ("file", "old", "new", "expected"),
    [
        ("topics/makeup.yaml", "hours: 24", "hours: -5", ["makeup.yaml", "topic 'makeup'", "window.hours"]),
        ("topics/makeup.yaml", "title: Makeup\n", "", ["makeup.yaml", "topic 'makeup'", "'title'", "Field required"]),
        ("topics/sun.yaml", "{elapsed}", "{elapsd}", ["sun.yaml", "topic 'sun'", "window.restricted", "{elapsd}"]),
        ("topics/sun.yaml", "keywords: [", "keywords: [[", ["sun.yaml", "YAML syntax error at line"]),
        ("topics/makeup.yaml", "id: makeup", "id: make-up", ["makeup.yaml", "must match the file name"]),
        ("topics/sun.yaml", "title: Sun protection", "title: Sun\nspf: 30", ["sun.yaml", "'spf'", "not permitted"]),
        ("triage.yaml", "topic: downtime", "topic: nowhere", ["triage.yaml", "symptom 'redness'", "nowhere"]),
        ("triage.yaml", "level: emergency", "level: urgent", ["triage.yaml", "symptoms.0.level"]),
        ("conversation.yaml", "{subject}", "{subjet}", ["conversation.yaml", "out_of_scope", "{subjet}"]),
        # a settled level must lower an emergency; expected hours apply only to a sign that needs a call
        ("triage.yaml", "    settled_level: contact\n", "    settled_level: emergency\n", ["settled_level"]),
        ("triage.yaml", "  - id: infection-heat-pain\n    label: heat with throbbing or pain\n    level: contact\n",
         "  - id: infection-heat-pain\n    label: heat with throbbing or pain\n    level: emergency\n",
         ["expected_hours"]),
    ],
)
def test_broken_file_names_file_topic_and_field(kb_copy, file, old, new, expected):
    _edit(kb_copy / file, old, new)
    with pytest.raises(KnowledgeError) as caught:
        load_knowledge(kb_copy)
    message = str(caught.value)
    assert "\n" not in message
    for part in expected:
        assert part in message


def test_yaml_booleans_get_a_hint(kb_copy):
    _edit(kb_copy / "topics" / "sun.yaml", "keywords: [", "keywords: [on, ")
    with pytest.raises(KnowledgeError, match=r"keywords\.0.*put the word in quotes"):
        load_knowledge(kb_copy)


def test_missing_topic_file_is_named(kb_copy):
    (kb_copy / "topics" / "hydration.yaml").unlink()
    with pytest.raises(KnowledgeError, match=r"missing topic file.*hydration"):
        load_knowledge(kb_copy)


def test_missing_folder_and_file(tmp_path, kb_copy):
    with pytest.raises(KnowledgeError, match="not found"):
        load_knowledge(tmp_path / "nope")
    (kb_copy / "triage.yaml").unlink()
    with pytest.raises(KnowledgeError, match=r"triage\.yaml: file is missing"):
        load_knowledge(kb_copy)


def test_non_mapping_and_binary_files(kb_copy):
    (kb_copy / "topics" / "sun.yaml").write_text("- just\n- a list\n")
    with pytest.raises(KnowledgeError, match="expected a mapping"):
        load_knowledge(kb_copy)
    (kb_copy / "topics" / "sun.yaml").write_bytes(b"\xff\xfe\x00bad")
    with pytest.raises(KnowledgeError, match="cannot be read"):
        load_knowledge(kb_copy)


def test_clinic_can_change_a_window(kb_copy):
    _edit(kb_copy / "topics" / "makeup.yaml", "hours: 24", "hours: 48")
    from bot.engine import Engine

    engine = Engine(load_knowledge(kb_copy))
    assert engine.answer("can I wear foundation", 30).allowed_now is False
    assert engine.answer("can I wear foundation", 50).allowed_now is True


def test_clinic_can_change_the_normal_window(kb_copy):
    _edit(kb_copy / "triage.yaml", "normal_window_hours: 72", "normal_window_hours: 120")
    from bot.engine import Engine

    engine = Engine(load_knowledge(kb_copy))
    assert engine.answer("my face is still swollen", 100).level == "none"
    assert engine.answer("my face is still swollen", 130).level == "contact"


def test_every_example_is_answered_by_its_own_topic(kb, engine):
    stray = [(t.id, x, engine.answer(x).topic) for t in kb.topics for x in t.examples if engine.answer(x).topic != t.id]
    assert stray == []


def test_every_window_number_follows_its_hours(kb_copy):
    """Edit makeup to 48 h: the general answer, the personal one and the overview all follow."""
    _edit(kb_copy / "topics" / "makeup.yaml", "hours: 24", "hours: 48")
    engine = Engine(load_knowledge(kb_copy))
    assert "2 days" in engine.topic_text("makeup") and "24" not in engine.topic_text("makeup")
    assert "2 days" in engine.answer("can I wear makeup?", 30).text
    assert engine.answer("can I wear makeup?", 30).allowed_now is False
    overview = engine.topic_text("aftercare")
    assert "No makeup for at least 2 days" in overview and "sweating for at least 24 hours" in overview


@pytest.mark.parametrize(("old", "new"), [("{window}", "{window:nails}"),
                                          ("at least {window:makeup}", "{window:hydration}")])
def test_window_reference_to_a_topic_without_one_is_one_clear_line(kb_copy, old, new):
    path = kb_copy / "topics" / ("aftercare.yaml" if "makeup" in old else "makeup.yaml")
    _edit(path, old, new)
    with pytest.raises(KnowledgeError) as caught:
        load_knowledge(kb_copy)
    message = str(caught.value)
    assert "\n" not in message and "needs a topic with a window" in message and path.name in message


def test_a_topic_cannot_be_both_time_bound_and_never_allowed(kb_copy):
    path = kb_copy / "topics" / "makeup.yaml"
    path.write_text(path.read_text().replace("title:", "never_allowed: true\ntitle:", 1))
    with pytest.raises(KnowledgeError, match="never_allowed"):
        load_knowledge(kb_copy)


def test_questions_advice_must_name_a_symptom_with_advice(kb_copy):
    path = kb_copy / "triage.yaml"
    path.write_text(path.read_text().replace("questions_advice: warning-signs", "questions_advice: redness"))
    with pytest.raises(KnowledgeError, match="questions_advice"):
        load_knowledge(kb_copy)


def test_light_words_without_a_light_answer_are_one_clear_line(kb_copy):
    path = kb_copy / "topics" / "sweating.yaml"
    _edit(path, "  light_answer: A gentle walk that doesn't make you sweat is fine.\n", "")
    with pytest.raises(KnowledgeError) as caught:
        load_knowledge(kb_copy)
    assert "\n" not in str(caught.value) and "light_answer" in str(caught.value)


def test_a_clinic_can_keep_a_settled_faint_an_emergency(kb_copy):
    # without `settled_level`, a faint told over is still an emergency: the clinic decides, not the code
    text = "I felt faint during the numbing but it passed"
    assert Engine(load_knowledge(kb_copy)).answer(text, 5).level == "contact"
    _edit(kb_copy / "triage.yaml", "    settled_level: contact\n", "")
    assert Engine(load_knowledge(kb_copy)).answer(text, 5).level == "emergency"


def test_a_clinic_sets_how_long_heat_with_pain_is_expected(kb_copy):
    # the first day by default; a clinic that wants a call for it from the start sets no expected hours
    text = "my face is hot and throbbing"
    assert Engine(load_knowledge(kb_copy)).answer(text, 6).level == "none"
    assert Engine(load_knowledge(kb_copy)).answer(text, 30).level == "contact"
    _edit(kb_copy / "triage.yaml", "    expected_hours: 24\n", "")
    assert Engine(load_knowledge(kb_copy)).answer(text, 6).level == "contact"
