"""What `check-kb` warns about in a knowledge base that loads: mistakes a clinic can make in valid YAML."""

from __future__ import annotations

import re

from bot.engine.answer import Engine
from bot.engine.models import KnowledgeBase, Topic
from bot.engine.text import words

# Written-out spans only ("24 hours", "3 days", "1 week"): "a few days" is the guidance's own vague wording.
_SPAN = re.compile(r"\b(\d+(?:\.\d+)?)\s*(h|hrs?|hours?|days?|weeks?)\b", re.IGNORECASE)
_UNIT_HOURS = {"h": 1, "d": 24, "w": 168}


def stray_examples(engine: Engine) -> list[str]:
    """Example phrasings that another topic (or nothing) would answer."""
    found = []
    for topic in engine.kb.topics:
        for example in topic.examples:
            got = engine.answer(example).topic
            if got != topic.id:
                found.append(f"{topic.id}: {example!r} -> {got or 'not covered'}")
    return found


def window_numbers(kb: KnowledgeBase) -> list[str]:
    """Literal durations in topic texts that disagree with a window, or that should follow one.

    Numbers in answers come from `{window}` / `{window:ID}`; a literal "24 hours" left in a text goes stale
    when a clinic changes `hours`.
    """
    windows = {t.id: t.window.hours for t in kb.topics if t.window}
    found = []
    for topic in kb.topics:
        for field, text in _texts(topic).items():
            for hours in _spans(text):
                own = windows.get(topic.id)
                if own is not None and hours != own:
                    found.append(f"{topic.id}: {field} says {hours:g} hours, but its window is {own:g} hours "
                                 "(write {window})")
                elif own is None and hours in windows.values():
                    ids = ", ".join(f"{{window:{t}}}" for t, h in windows.items() if h == hours)
                    found.append(f"{topic.id}: {field} says {hours:g} hours literally; write {ids} so it "
                                 "follows the window")
    return found


def filler_phrases(kb: KnowledgeBase) -> list[str]:
    """Phrases holding a filler word ("lol" is kept, "kinda" is not): messages are read without their fillers, so
    such a phrase never matches (a clinic writes "still kinda numb" and it silently does nothing)."""
    fillers = set(kb.language.fillers)
    found = []
    for where, text in _phrases(kb):
        dropped = [w for w in words(text) if w in fillers]
        if dropped:
            found.append(f"{where}: {text!r} holds {', '.join(dropped)}, which messages are read without")
    return found


def _phrases(kb: KnowledgeBase) -> list[tuple[str, str]]:
    """Every phrase the engine looks for in a message, with where it is written."""
    found = [(f"triage.{name}", text) for name, value in kb.triage.model_dump().items()
             if isinstance(value, list) for text in value if isinstance(text, str)]
    for symptom in kb.triage.symptoms:
        groups = [symptom.phrases, *symptom.all_of, symptom.not_in, symptom.not_near, symptom.not_beside]
        found += [(f"symptom {symptom.id}", text) for group in groups for text in group]
    found += [(f"topic {t.id}", text) for t in kb.topics for text in [*t.keywords, *t.related]]
    kept = {"fillers", "stopwords", "common_words"}
    found += [(f"language.{name}", text) for name, value in kb.language.model_dump().items()
              if name not in kept and isinstance(value, list) for text in value if isinstance(text, str)]
    return found


def _texts(topic: Topic) -> dict[str, str]:
    texts = {"answer": topic.answer}
    if topic.window:
        texts |= {"window.restricted": topic.window.restricted, "window.allowed": topic.window.allowed}
    return texts


def _spans(text: str) -> list[float]:
    return [float(number) * _UNIT_HOURS[unit[0].lower()] for number, unit in _SPAN.findall(text)]
