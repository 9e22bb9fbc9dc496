"""Load and validate a knowledge-base folder, turning every problem into one line a clinic can act on."""

from __future__ import annotations

import json
import re
import string
import sys
from pathlib import Path
from typing import Any

import yaml
from pydantic import BaseModel, ValidationError

from bot.engine.guesser import OUT_OF_SCOPE, TopicGuesser
from bot.engine.models import (
    TOPIC_IDS,
    Conversation,
    KnowledgeBase,
    Language,
    OutOfScope,
    Topic,
    Triage,
)

_Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
_REPO_DIR = Path(__file__).resolve().parents[2] / "knowledge"
_INSTALLED_DIR = Path(sys.prefix) / "share" / "aftercare-bot" / "knowledge"
DEFAULT_DIR = _REPO_DIR if _REPO_DIR.is_dir() else _INSTALLED_DIR
_FILES: dict[str, type[BaseModel]] = {
    "triage.yaml": Triage,
    "out-of-scope.yaml": OutOfScope,
    "conversation.yaml": Conversation,
    "language.yaml": Language,
}


class KnowledgeError(Exception):
    """A knowledge base that cannot be used, with the file, topic and field at fault."""


DICTIONARY = "english-words.txt"
GUESSER = "topic-guesser.json"
_COMMENT_LINE = re.compile(r"^#.*$", re.MULTILINE)


def load_knowledge(directory: Path | str | None = None, *, guesser: bool = True) -> KnowledgeBase:
    """The knowledge base in `directory`; `guesser=False` leaves out the learned topic guesser (for training
    a new one, or comparing answers without it)."""
    root = Path(directory) if directory is not None else DEFAULT_DIR
    if not root.is_dir():
        raise KnowledgeError(f"{root}: knowledge folder not found")
    topics = [_load_topic(path) for path in sorted((root / "topics").glob("*.yaml"))]
    parts = {name.removesuffix(".yaml").replace("-", "_"): _load_part(root / name, model)
             for name, model in _FILES.items()}
    _check_topics(root, topics)
    _check_symptom_topics(root, parts["triage"], {t.id for t in topics})
    _check_checkin_symptoms(root, parts["conversation"], {s.id for s in parts["triage"].symptoms})
    _check_window_references(root, topics)
    return KnowledgeBase(topics=topics, dictionary=_read_words(root / DICTIONARY),
                         guesser=_read_guesser(root / GUESSER) if guesser else None, **parts)


def _read_guesser(path: Path) -> TopicGuesser | None:
    """The optional learned topic guesser; without the file the engine answers from its rules alone."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return None
    except (OSError, UnicodeDecodeError) as exc:
        raise KnowledgeError(f"{path}: cannot be read ({exc.__class__.__name__})") from None
    except json.JSONDecodeError as exc:
        raise KnowledgeError(f"{path}: not valid JSON (line {exc.lineno}); retrain it or delete the file") from None
    try:
        guesser = TopicGuesser.from_data(data)
    except (KeyError, TypeError, ValueError, AttributeError, OverflowError) as exc:
        raise KnowledgeError(f"{path}: not a topic guesser ({exc.__class__.__name__}: {exc}); "
                             "retrain it or delete the file") from None
    unknown = [c for c in guesser.classes if c != OUT_OF_SCOPE and c not in TOPIC_IDS]
    if unknown:
        raise KnowledgeError(f"{path}: guesses unknown topic '{unknown[0]}'; retrain it or delete the file")
    return guesser


def _read_words(path: Path) -> frozenset[str]:
    """The optional list of everyday words, one a line (`#` starts a comment line)."""
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return frozenset()
    except (OSError, UnicodeDecodeError) as exc:
        raise KnowledgeError(f"{path}: cannot be read ({exc.__class__.__name__})") from None
    return frozenset(_COMMENT_LINE.sub("", text).lower().split())


def _read_yaml(path: Path) -> Any:
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise KnowledgeError(f"{path}: file is missing") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise KnowledgeError(f"{path}: cannot be read ({exc})") from None
    try:
        data = yaml.load(text, Loader=_Loader)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f" at line {mark.line + 1}, column {mark.column + 1}" if mark else ""
        problem = getattr(exc, "problem", None) or "invalid YAML"
        raise KnowledgeError(f"{path}: YAML syntax error{where}: {problem}") from None
    if not isinstance(data, dict):
        raise KnowledgeError(f"{path}: expected a mapping of fields at the top of the file")
    return data


def _describe(error: ValidationError) -> str:
    first = error.errors()[0]
    field = ".".join(str(part) for part in first["loc"]) or "(file)"
    more = len(error.errors()) - 1
    suffix = f" (and {more} more problem{'s' if more > 1 else ''})" if more else ""
    return f"field '{field}': {first['msg']}{_hint(first.get('input'))}{suffix}"


def _hint(value: object) -> str:
    if isinstance(value, bool):
        return " (YAML reads yes/no/on/off/true/false as true or false: put the word in quotes)"
    if isinstance(value, int | float):
        return f" (got the number {value}: put it in quotes if it is a word)"
    return ""


def _load_topic(path: Path) -> Topic:
    data = _read_yaml(path)
    label = data.get("id") or path.stem
    try:
        topic = Topic.model_validate(data)
    except ValidationError as exc:
        raise KnowledgeError(f"{path}: topic '{label}': {_describe(exc)}") from None
    if topic.id != path.stem:
        raise KnowledgeError(f"{path}: topic '{topic.id}': field 'id' must match the file name '{path.stem}'")
    return topic


def _load_part(path: Path, model: type[BaseModel]) -> Any:
    data = _read_yaml(path)
    try:
        return model.model_validate(data)
    except ValidationError as exc:
        raise KnowledgeError(f"{path}: {_describe(exc)}") from None


def _check_topics(root: Path, topics: list[Topic]) -> None:
    present = {t.id for t in topics}
    missing = [tid for tid in TOPIC_IDS if tid not in present]
    if missing:
        raise KnowledgeError(f"{root / 'topics'}: missing topic file(s) for: {', '.join(missing)}")


def _check_checkin_symptoms(root: Path, conversation: Conversation, symptom_ids: set[str]) -> None:
    for option in conversation.checkins.options:
        unknown = [s for s in option.symptoms if s not in symptom_ids]
        if unknown:
            raise KnowledgeError(f"{root / 'conversation.yaml'}: check-in option '{option.id}': field 'symptoms': "
                                 f"unknown symptom '{unknown[0]}'")


def _check_window_references(root: Path, topics: list[Topic]) -> None:
    """`{window}` needs a window of the topic's own; `{window:ID}` names a topic that has one."""
    windowed = {t.id for t in topics if t.window}
    for topic in topics:
        texts = {"answer": topic.answer}
        if topic.window:
            texts |= {"window.restricted": topic.window.restricted, "window.allowed": topic.window.allowed}
        for field_name, text in texts.items():
            for _, name, spec, _ in string.Formatter().parse(text):
                wanted = (spec or topic.id) if name == "window" else None
                if wanted is not None and wanted not in windowed:
                    raise KnowledgeError(
                        f"{root / 'topics' / (topic.id + '.yaml')}: topic '{topic.id}': field '{field_name}': "
                        f"{{window{':' + spec if spec else ''}}} needs a topic with a window; topics with one: "
                        f"{', '.join(sorted(windowed))}")


def _check_symptom_topics(root: Path, triage: Triage, topic_ids: set[str]) -> None:
    for symptom in triage.symptoms:
        if symptom.topic is not None and symptom.topic not in topic_ids:
            raise KnowledgeError(
                f"{root / 'triage.yaml'}: symptom '{symptom.id}': field 'topic': unknown topic '{symptom.topic}'"
            )
