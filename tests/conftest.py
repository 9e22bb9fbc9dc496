from __future__ import annotations

import shutil
from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from bot.engine import DEFAULT_DIR, Engine, KnowledgeBase, load_knowledge
from bot.storage import SqliteStorage

SHARED = Path(__file__).resolve().parents[2] / "shared"


@pytest.fixture(scope="session")
def kb() -> KnowledgeBase:
    return load_knowledge()


@pytest.fixture(scope="session")
def engine(kb: KnowledgeBase) -> Engine:
    return Engine(kb)


@pytest.fixture
def kb_copy(tmp_path: Path) -> Path:
    """A writable copy of the bundled knowledge base, for tests that break it on purpose."""
    target = tmp_path / "knowledge"
    shutil.copytree(DEFAULT_DIR, target)
    return target


@pytest.fixture
async def db(tmp_path: Path) -> AsyncIterator[SqliteStorage]:
    """An empty SQLite store in a fresh folder, open for the test and closed after it."""
    storage = SqliteStorage(str(tmp_path / "a.db"))
    await storage.open()
    yield storage
    await storage.close()
