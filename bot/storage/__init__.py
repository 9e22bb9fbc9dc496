"""Storage: an async interface (base) and its embedded SQLite implementation."""

from bot.storage.base import (
    ACKNOWLEDGED,
    CARD,
    CONTACT,
    EMERGENCY,
    ERASED,
    FORGOTTEN,
    MESSAGE,
    NOTE,
    REMINDER,
    RESOLVED,
    Action,
    Concern,
    EscalationRecord,
    NewEscalation,
    Notice,
    Patient,
    StatsRows,
    Storage,
    StorageError,
    StorageStartupError,
)
from bot.storage.sqlite import SqliteStorage

__all__ = [
    "ACKNOWLEDGED",
    "CARD",
    "CONTACT",
    "EMERGENCY",
    "ERASED",
    "FORGOTTEN",
    "MESSAGE",
    "NOTE",
    "REMINDER",
    "RESOLVED",
    "Action",
    "Concern",
    "EscalationRecord",
    "NewEscalation",
    "Notice",
    "Patient",
    "SqliteStorage",
    "StatsRows",
    "Storage",
    "StorageError",
    "StorageStartupError",
    "open_storage",
]


def open_storage(path: str) -> Storage:
    """The storage for a configured database (not yet opened: `await storage.open()`)."""
    return SqliteStorage(path)
