"""The database misbehaves: locked by another process, read-only, corrupt."""

from __future__ import annotations

import asyncio
import time

import pytest

from tests.faults.conftest import (
    EMERGENCY,
    EMERGENCY_REPLY,
    FEW_SECONDS,
    db_locked,
    one_line_error,
    record,
    set_read_only,
)

PATIENT = 5552001
LOCKED_SECONDS = 10.0


async def _stopped_once(faults) -> None:
    """Run the bot once and stop it cleanly, so a real database exists."""
    await faults.bot.start()
    assert await faults.bot.terminate() == 0, faults.bot.output()


async def test_database_locked_by_another_process_during_an_emergency(faults):
    await faults.bot.start()
    async with faults.probe() as probe:
        await asyncio.sleep(0.5)
        locked = time.monotonic()
        async with db_locked(faults.db, LOCKED_SECONDS):
            await faults.say(PATIENT, EMERGENCY)
            reply = await faults.reply(PATIENT, EMERGENCY_REPLY, timeout=LOCKED_SECONDS + 20)
            reply_delay = reply.sent_at - locked
            # the lock is released on leaving the block; then what was kept in memory gets stored
        copies = await faults.notice_copies(PATIENT, quiet=4)
        notice_delay = faults.notices(PATIENT)[0].sent_at - locked
    record("database locked 10 s (BEGIN EXCLUSIVE)", copies_per_notice=copies, worst_delay_other_chat=probe.worst,
           emergency_reply_s=reply_delay, notice_s=notice_delay)
    # The reply may wait for a short busy timeout, never for the lock to go away.
    assert reply_delay <= LOCKED_SECONDS - 2, f"the emergency reply waited {reply_delay:.1f} s for the database"
    assert 1 <= copies <= 2
    probe.check()


async def test_read_only_database_at_startup_is_one_clear_line(faults):
    await _stopped_once(faults)
    set_read_only([faults.db], True)
    await faults.bot.start(ready=False)
    code = await faults.bot.exited(30)
    line = one_line_error(faults.bot.output())
    record("read-only database at startup", exit_code=code, line=line)
    assert code != 0
    assert "read-only" in line.lower() or "readonly" in line.lower() or "not writable" in line.lower(), line


async def test_database_becoming_read_only_while_running(faults):
    await faults.bot.start()
    async with faults.probe() as probe:
        await asyncio.sleep(0.5)
        set_read_only([faults.db, faults.db.with_name(faults.db.name + "-wal")], True)
        asked = time.monotonic()
        await faults.say(PATIENT, EMERGENCY)
        reply = await faults.reply(PATIENT, EMERGENCY_REPLY)
        await faults.notice_copies(PATIENT)
        # writable again: what was kept in memory is stored now, and must not reach the clinic a third time
        set_read_only([faults.db, faults.db.with_name(faults.db.name + "-wal")], False)
        await faults.say(PATIENT + 1, "I have pus on my cheek")
        await faults.notice_copies(PATIENT + 1)
        copies = await faults.notice_copies(PATIENT, quiet=3)
    record("database read-only while running", copies_per_notice=copies, worst_delay_other_chat=probe.worst,
           emergency_reply_s=reply.sent_at - asked)
    assert reply.sent_at - asked <= FEW_SECONDS
    assert 1 <= copies <= 2
    probe.check()


def _garbage(path) -> None:
    path.write_bytes(b"this is not an SQLite database, just some bytes. " * 200)


def _damaged(path) -> None:
    """A real database whose schema page was overwritten: the header still says SQLite."""
    data = bytearray(path.read_bytes())
    data[100:4096] = b"\xff\x13" * ((4096 - 100) // 2)
    path.write_bytes(bytes(data))


@pytest.mark.parametrize("corrupt", [_garbage, _damaged], ids=["not-a-database", "damaged-schema"])
async def test_corrupt_database_at_startup_is_one_clear_line(faults, corrupt):
    await _stopped_once(faults)
    corrupt(faults.db)
    await faults.bot.start(ready=False)
    code = await faults.bot.exited(30)
    line = one_line_error(faults.bot.output())
    record(f"corrupt database at startup ({corrupt.__name__.strip('_')})", exit_code=code, line=line)
    assert code != 0
    assert "database" in line.lower(), line
