"""SQLite storage: schema, transactions, never-twice check-ins, escalations with their outbox, and /forget."""

from __future__ import annotations

import sqlite3
from datetime import UTC, date, datetime, timedelta

import pytest

from bot.storage import NewEscalation, SqliteStorage, StorageError

NOW = datetime(2026, 11, 24, 10, 0, tzinfo=UTC)


def escalation(chat_id: int = 1, level: str = "contact", message: str = "pus", **extra: object) -> NewEscalation:
    values: dict = {"first_name": "Ana", "day": 5, "symptoms": "infection"} | extra
    return NewEscalation(chat_id, level, values["first_name"], values["day"], message, values["symptoms"],
                         values.get("message_id"))


async def test_schema_is_created_once_and_reopened(tmp_path):
    path = str(tmp_path / "a.db")
    first = SqliteStorage(path)
    await first.open()
    await first.set_treatment(1, "Ana", date(2026, 11, 23), NOW, NOW)
    await first.close()
    again = SqliteStorage(path)
    await again.open()
    assert await again.schema_version() == 4
    assert (await again.patient(1)).first_name == "Ana"
    await again.close()


async def test_version_1_pending_escalations_move_into_the_outbox(tmp_path):
    path = str(tmp_path / "old.db")
    from bot.storage.sqlite import _MIGRATIONS

    old = sqlite3.connect(path)
    for statement in filter(str.strip, _MIGRATIONS[0].split(";")):
        old.execute(statement)
    old.execute("INSERT INTO escalations (chat_id, level, message, symptoms, created_at) "
                "VALUES (7, 'emergency', 'lips', 'airway', ?)", (NOW.isoformat(),))
    old.execute("PRAGMA user_version = 1")
    old.commit()
    old.close()
    db = SqliteStorage(path)
    await db.open()
    [notice] = await db.due_notices(NOW)
    assert (notice.chat_id, notice.kind, notice.urgent, notice.message) == (7, "emergency", True, "lips")
    await db.close()


async def test_patient_round_trip_and_pause(db):
    assert await db.patient(1) is None
    assert await db.set_paused(1, True) is False
    await db.set_treatment(1, "Ana", date(2026, 11, 23), NOW, NOW)
    patient = await db.patient(1)
    assert patient.treated_on == date(2026, 11, 23) and patient.treated_at == NOW and not patient.checkins_paused
    assert await db.set_paused(1, True)
    assert await db.active_patients(date(2026, 11, 1)) == []


async def test_checkin_is_claimed_once(db):
    await db.set_treatment(1, "Ana", date(2026, 11, 23), NOW, NOW)
    assert await db.claim_checkin(1, 1, NOW)
    assert not await db.claim_checkin(1, 1, NOW)
    await db.release_checkin(1, 1)
    assert await db.claim_checkin(1, 1, NOW)
    await db.checkin_sent(1, 1, 99)
    await db.release_checkin(1, 1)  # a delivered check-in is never released
    assert not await db.claim_checkin(1, 1, NOW)
    assert await db.answer_checkin(1, 1, "good", NOW)
    assert not await db.answer_checkin(1, 1, "red", NOW)
    assert await db.checkin_days(1) == {1: "good"}


async def test_a_checkin_counted_from_a_date_since_changed_is_not_claimed(db):
    """A tick that read the old treatment date must not prompt for a day that no longer is (it raced the
    patient's date change: a stale "Day 4 check-in" right after "your treatment was today")."""
    await db.set_treatment(1, "Ana", date(2026, 11, 20), NOW, NOW)
    await db.set_treatment(1, "Ana", date(2026, 11, 24), NOW, NOW)
    assert not await db.claim_checkin(1, 4, NOW, date(2026, 11, 20))
    assert await db.checkin_days(1) == {}
    assert await db.claim_checkin(1, 1, NOW, date(2026, 11, 24))


async def test_an_escalating_checkin_answer_is_stored_with_its_notice_or_not_at_all(db):
    await db.set_treatment(1, "Ana", date(2026, 11, 19), NOW, NOW)
    await db.claim_checkin(1, 5, NOW)
    assert await db.answer_checkin(1, 5, "swollen", NOW, escalation(message="Check-in day 5: Swollen"))
    assert [n.message for n in await db.due_notices(NOW)] == ["Check-in day 5: Swollen"]
    assert not await db.answer_checkin(1, 5, "swollen", NOW, escalation())
    assert len(await db.escalations(1)) == 1


async def test_escalation_notice_lifecycle(db):
    first = await db.add_escalation(escalation(), NOW)
    await db.add_escalation(escalation(2, "emergency", "lips"), NOW)
    due = await db.due_notices(NOW)
    assert [n.chat_id for n in due] == [2, 1]  # urgent first
    contact = due[1]
    assert await db.notice_sending(contact.id, NOW)
    assert not await db.notice_sending(contact.id, NOW)  # in flight: not claimable twice
    assert [n.chat_id for n in await db.due_notices(NOW)] == [2]
    await db.notice_failed(contact.id, uncertain=True, retry_at=NOW + timedelta(seconds=5), now=NOW)
    assert [n.chat_id for n in await db.due_notices(NOW)] == [2]
    assert await db.next_notice_at() == NOW
    [again] = [n for n in await db.due_notices(NOW + timedelta(seconds=5)) if n.chat_id == 1]
    assert again.attempts == 1 and again.uncertain == 1 and again.message == "pus"
    await db.notice_sending(contact.id, NOW)
    await db.notice_delivered(contact.id, NOW)
    [record] = await db.escalations(1)
    assert record.id == first and record.notified_at == NOW and record.symptoms == "infection"
    rows = await db._call(lambda c: c.execute("SELECT message FROM staff_notices WHERE id = ?",
                                              (contact.id,)).fetchall())
    assert rows[0]["message"] == ""  # the patient's words go once the clinic has them
    with pytest.raises(StorageError):
        await db.add_escalation(escalation(3, "maybe"), NOW)


async def test_sends_in_flight_at_a_crash_count_as_uncertain(db):
    await db.add_escalation(escalation(), NOW)
    [notice] = await db.due_notices(NOW)
    await db.notice_sending(notice.id, NOW)
    assert await db.recover_notices(2, NOW) == []
    [notice] = await db.due_notices(NOW)
    assert notice.uncertain == 1
    await db.notice_sending(notice.id, NOW)
    assert await db.recover_notices(2, NOW) == [notice.id]  # sent twice, outcome unknown: never a third time
    assert await db.due_notices(NOW + timedelta(days=1)) == []


async def test_a_notice_given_up_is_closed(db):
    await db.add_escalation(escalation(), NOW)
    [notice] = await db.due_notices(NOW)
    await db.notice_failed(notice.id, uncertain=False, retry_at=None, now=NOW)
    assert await db.due_notices(NOW) == [] and await db.next_notice_at() is None


async def test_escalated_tells_the_level_already_raised_for_a_message(db):
    assert await db.escalated(1, 10) is None
    await db.add_escalation(escalation(message_id=10), NOW)
    assert await db.escalated(1, 10) == "contact"
    await db.add_escalation(escalation(level="emergency", message_id=10), NOW)
    assert await db.escalated(1, 10) == "emergency"


async def test_forget_removes_every_row_and_leaves_an_anonymous_notice_for_open_concerns(db):
    await db.set_treatment(1, "Ana", date(2026, 11, 23), NOW, NOW)
    await db.claim_checkin(1, 1, NOW)
    await db.add_escalation(escalation(1, "emergency", "my lips"), NOW)
    await db.set_treatment(2, "Bo", date(2026, 11, 23), NOW, NOW)
    assert await db.open_notices(1) == 1
    assert await db.forget(1, NOW) == 1
    assert await db.rows_about(1) == 0 and await db.rows_about(2) == 1
    [notice] = await db.due_notices(NOW)
    assert (notice.kind, notice.urgent, notice.chat_id, notice.first_name, notice.message) == (
        "forgotten", True, None, "", "")
    assert await db.forget(2, NOW) == 0
    assert len(await db.due_notices(NOW)) == 1


async def test_failed_transaction_leaves_nothing(db):
    await db.set_treatment(1, "Ana", date(2026, 11, 23), NOW, NOW)

    def broken(conn: sqlite3.Connection) -> None:
        conn.execute("DELETE FROM patients WHERE chat_id = 1")
        conn.execute("INSERT INTO escalations (chat_id, level, message, created_at) VALUES (1, 'bad', '', '')")

    with pytest.raises(StorageError):
        await db._call(db._write(broken))
    assert await db.patient(1) is not None
    await db.set_paused(1, True)  # the connection is usable again: nothing was left open


async def test_settings_create_the_database_folder(tmp_path):
    from bot.config import Settings

    settings = Settings(_env_file=None, database_url=f"sqlite:///{tmp_path / 'deep' / 'er' / 'x.db'}")
    storage = SqliteStorage(settings.database_file())
    await storage.open()
    await storage.close()
    assert (tmp_path / "deep" / "er" / "x.db").exists()


async def test_an_emergency_waiting_out_its_backoff_goes_ahead_of_an_older_contact_notice(db):
    await db.add_escalation(escalation(1), NOW)
    await db.add_escalation(escalation(2, "emergency", "lips"), NOW)
    contact, emergency = sorted(await db.due_notices(NOW), key=lambda n: n.chat_id)
    for notice, wait in ((contact, 2), (emergency, 8)):  # both failed; the emergency's backoff is longer
        await db.notice_sending(notice.id, NOW)
        await db.notice_failed(notice.id, uncertain=False, retry_at=NOW + timedelta(seconds=wait), now=NOW)
    assert await db.due_notices(NOW + timedelta(seconds=1)) == []
    assert [n.chat_id for n in await db.due_notices(NOW + timedelta(seconds=3))] == [2, 1]
