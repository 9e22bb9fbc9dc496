"""SQLite under faults: a locked database never freezes the event loop; unusable databases fail with one line."""

from __future__ import annotations

import asyncio
import sqlite3
import threading
from datetime import UTC, date, datetime

import pytest

from bot.storage import SqliteStorage, StorageError, StorageStartupError

NOW = datetime(2026, 11, 24, 10, 0, tzinfo=UTC)


def hold_write_lock(path: str, seconds: float) -> threading.Thread:
    """Another process's view: take the write lock for `seconds` (in a thread, like a separate program)."""
    ready = threading.Event()

    def hold() -> None:
        other = sqlite3.connect(path, isolation_level=None)
        other.execute("BEGIN IMMEDIATE")
        ready.set()
        threading.Event().wait(seconds)
        other.execute("ROLLBACK")
        other.close()

    thread = threading.Thread(target=hold, daemon=True)
    thread.start()
    ready.wait()
    return thread


async def ticks_during(coroutine) -> tuple[object, int]:  # type: ignore[no-untyped-def]
    """Run `coroutine` while counting 10 ms ticks of the event loop."""
    ticks = 0
    done = False

    async def ticker() -> None:
        nonlocal ticks
        while not done:
            await asyncio.sleep(0.01)
            ticks += 1

    task = asyncio.create_task(ticker())
    try:
        result = await coroutine
    except Exception as exc:
        result = exc
    done = True
    await task
    return result, ticks


async def test_a_briefly_locked_database_is_retried_without_blocking_the_loop(db):
    holder = hold_write_lock(db.path, 0.6)
    result, ticks = await ticks_during(db.set_treatment(1, "Ana", date(2026, 11, 23), NOW, NOW))
    holder.join()
    assert result is None and (await db.patient(1)) is not None
    assert ticks >= 30  # the loop kept running while the write waited


async def test_reads_go_on_while_another_process_writes(db):
    await db.set_treatment(1, "Ana", date(2026, 11, 23), NOW, NOW)
    holder = hold_write_lock(db.path, 0.5)
    assert (await db.patient(1)).first_name == "Ana"
    holder.join()


async def test_a_database_locked_too_long_fails_clearly(tmp_path):
    db = SqliteStorage(str(tmp_path / "a.db"), write_budget=0.4)
    await db.open()
    holder = hold_write_lock(db.path, 1.0)
    result, ticks = await ticks_during(db.set_paused(1, True))
    assert isinstance(result, StorageError) and "BUSY" in str(result)
    assert ticks >= 20
    holder.join()
    assert await db.set_paused(1, True) is False  # usable again once released
    await db.close()


async def test_corrupt_file_is_one_clear_line(tmp_path):
    path = tmp_path / "bad.db"
    path.write_bytes(b"this is not a database" * 100)
    with pytest.raises(StorageStartupError, match="not a SQLite database or is corrupt"):
        await SqliteStorage(str(path)).open()


async def test_read_only_database_is_one_clear_line(tmp_path):
    path = tmp_path / "ro.db"
    db = SqliteStorage(str(path))
    await db.open()
    await db.close()
    with pytest.raises(StorageStartupError, match="is read-only"):
        await SqliteStorage(f"file:{path}?mode=ro").open()


async def test_missing_folder_is_one_clear_line(tmp_path):
    with pytest.raises(StorageStartupError, match="cannot be opened or created"):
        await SqliteStorage(str(tmp_path / "no" / "such" / "a.db")).open()


async def test_locked_at_startup_is_one_clear_line(tmp_path, monkeypatch):
    monkeypatch.setattr("bot.storage.sqlite.STARTUP_BUDGET", 0.3)
    path = str(tmp_path / "a.db")
    holder = hold_write_lock(path, 1.0)
    with pytest.raises(StorageStartupError, match="locked by another process"):
        await SqliteStorage(path).open()
    holder.join()


async def test_one_bot_per_database(tmp_path):
    first, second = SqliteStorage(str(tmp_path / "a.db")), SqliteStorage(str(tmp_path / "a.db"))
    await first.open()
    await second.open()
    await first.lock_instance()
    with pytest.raises(StorageStartupError, match="another aftercare-bot is already running"):
        await second.lock_instance()
    await first.close()
    await second.lock_instance()  # released when the first closes
    await second.close()


async def test_an_escalation_gives_up_sooner_than_other_writes(tmp_path):
    from bot.storage import NewEscalation

    db = SqliteStorage(str(tmp_path / "a.db"), write_budget=3.0, escalation_budget=0.2)
    await db.open()
    holder = hold_write_lock(db.path, 0.8)
    started = asyncio.get_running_loop().time()
    with pytest.raises(StorageError):
        await db.add_escalation(NewEscalation(1, "emergency", "Ana", 1, "lips", "airway"), NOW)
    assert asyncio.get_running_loop().time() - started < 0.6  # the safety reply is not held up
    assert await db.set_paused(1, True) is False  # an ordinary write waits the lock out
    holder.join()
    await db.close()
