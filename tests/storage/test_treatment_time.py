"""Whether the treatment's time is known: stored with the date, a time-only change keeps the check-ins."""

from __future__ import annotations

import sqlite3
from datetime import UTC, date, datetime, timedelta

from bot.storage import SqliteStorage

NOW = datetime(2026, 11, 24, 10, 0, tzinfo=UTC)


async def test_time_known_round_trip_and_a_new_time_keeps_checkins(db):
    await db.set_treatment(1, "Ana", date(2026, 11, 23), NOW - timedelta(hours=12), NOW)
    assert (await db.patient(1)).time_known is False
    await db.claim_checkin(1, 1, NOW)
    exact = datetime(2026, 11, 23, 15, 0, tzinfo=UTC)
    await db.set_treatment(1, "Ana", date(2026, 11, 23), exact, NOW, time_known=True)
    patient = await db.patient(1)
    assert patient.time_known is True and patient.treated_at == exact
    assert await db.checkin_days(1) == {1: None}
    await db.set_treatment(1, "Ana", date(2026, 11, 22), exact - timedelta(days=1), NOW)
    assert (await db.patient(1)).time_known is False and await db.checkin_days(1) == {}


async def test_version_2_patients_keep_their_date_with_the_time_unknown(tmp_path):
    from bot.storage.sqlite import _MIGRATIONS

    path = str(tmp_path / "v2.db")
    old = sqlite3.connect(path)
    for script in _MIGRATIONS[:2]:
        for statement in filter(str.strip, script.split(";")):
            old.execute(statement)
    old.execute("INSERT INTO patients (chat_id, first_name, treated_on, treated_at, created_at) "
                "VALUES (7, 'Bo', '2026-11-20', ?, ?)", (NOW.isoformat(), NOW.isoformat()))
    old.execute("PRAGMA user_version = 2")
    old.commit()
    old.close()
    db = SqliteStorage(path)
    await db.open()
    patient = await db.patient(7)
    assert patient.treated_on == date(2026, 11, 20) and patient.time_known is False
    assert await db.schema_version() == 4
    await db.close()
