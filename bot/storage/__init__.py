"""Storage: an async interface (base) and its embedded SQLite implementation."""

from bot.storage.base import (
    CONTACT,
    EMERGENCY,
    FORGOTTEN,
    EscalationRecord,
    NewEscalation,
    Notice,
    Patient,
    Storage,
    StorageError,
    StorageStartupError,
)
from bot.storage.sqlite import SqliteStorage

__all__ = [
    "CONTACT", "EMERGENCY", "FORGOTTEN", "EscalationRecord", "NewEscalation", "Notice", "Patient", "SqliteStorage",
    "Storage", "StorageError", "StorageStartupError", "open_storage",
]


def open_storage(path: str) -> Storage:
    """The storage for a configured database (not yet opened: `await storage.open()`)."""
    return SqliteStorage(path)
