"""The answer engine: knowledge models, matching, triage and timing. Pure Python, no I/O at answer time."""

from bot.engine.answer import Engine
from bot.engine.loader import DEFAULT_DIR, KnowledgeError, load_knowledge
from bot.engine.models import Answer, KnowledgeBase, Level

__all__ = ["DEFAULT_DIR", "Answer", "Engine", "KnowledgeBase", "KnowledgeError", "Level", "load_knowledge"]
