"""What `check-kb` warns about in a knowledge base that loads: mistakes a clinic can make in valid YAML."""

from __future__ import annotations

import re

from bot.engine.answer import Engine
from bot.engine.models import KnowledgeBase, Topic

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


def _texts(topic: Topic) -> dict[str, str]:
    texts = {"answer": topic.answer}
    if topic.window:
        texts |= {"window.restricted": topic.window.restricted, "window.allowed": topic.window.allowed}
    return texts


def _spans(text: str) -> list[float]:
    return [float(number) * _UNIT_HOURS[unit[0].lower()] for number, unit in _SPAN.findall(text)]
