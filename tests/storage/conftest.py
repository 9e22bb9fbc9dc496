from __future__ import annotations

from collections.abc import AsyncIterator

import pytest

from bot.storage import SqliteStorage


@pytest.fixture
async def db(tmp_path) -> AsyncIterator[SqliteStorage]:
    storage = SqliteStorage(str(tmp_path / "a.db"))
    await storage.open()
    yield storage
    await storage.close()
