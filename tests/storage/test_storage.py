"""SQLite storage: schema, transactions, never-twice check-ins, escalations and /forget."""

from __future__ import annotations

import sqlite3
from datetime import UTC, date, datetime

import pytest

from bot.storage import Storage

NOW = datetime(2026, 11, 24, 10, 0, tzinfo=UTC)


@pytest.fixture
def db(tmp_path):
    storage = Storage(str(tmp_path / "a.db"))
    yield storage
    storage.close()


def test_schema_is_created_once_and_reopened(tmp_path):
    path = str(tmp_path / "a.db")
    first = Storage(path)
    first.set_treatment(1, "Ana", date(2026, 11, 23), NOW, NOW)
    first.close()
    again = Storage(path)
    assert again.schema_version == 1
    assert again.patient(1).first_name == "Ana"
    again.close()


def test_patient_round_trip_and_pause(db):
    assert db.patient(1) is None
    assert db.set_paused(1, True) is False
    db.set_treatment(1, "Ana", date(2026, 11, 23), NOW, NOW)
    patient = db.patient(1)
    assert patient.treated_on == date(2026, 11, 23) and patient.treated_at == NOW and not patient.checkins_paused
    assert db.set_paused(1, True)
    assert db.active_patients(date(2026, 11, 1)) == []


def test_checkin_is_claimed_once(db):
    db.set_treatment(1, "Ana", date(2026, 11, 23), NOW, NOW)
    assert db.claim_checkin(1, 1, NOW)
    assert not db.claim_checkin(1, 1, NOW)
    db.release_checkin(1, 1)
    assert db.claim_checkin(1, 1, NOW)
    db.checkin_sent(1, 1, 99)
    db.release_checkin(1, 1)  # a delivered check-in is never released
    assert not db.claim_checkin(1, 1, NOW)
    assert db.answer_checkin(1, 1, "good", NOW)
    assert not db.answer_checkin(1, 1, "red", NOW)
    assert db.checkin_days(1) == {1: "good"}


def test_escalations_stay_pending_until_notified(db):
    first = db.add_escalation(1, "contact", "Ana", 5, "pus", "infection", NOW)
    db.add_escalation(2, "emergency", "Bo", None, "lips", "airway-swelling", NOW)
    assert [e.id for e in db.pending_escalations()] == [first, first + 1]
    db.escalation_failed(first)
    assert db.pending_escalations()[0].message == "pus"
    db.escalation_notified(first, NOW)
    assert [e.chat_id for e in db.pending_escalations()] == [2]
    assert db.escalations(1)[0]["message"] == "" and db.escalations(1)[0]["symptoms"] == "infection"
    with pytest.raises(sqlite3.IntegrityError):
        db.add_escalation(3, "maybe", "", None, "", "", NOW)


def test_forget_removes_every_row_about_the_chat(db):
    db.set_treatment(1, "Ana", date(2026, 11, 23), NOW, NOW)
    db.claim_checkin(1, 1, NOW)
    db.add_escalation(1, "contact", "Ana", 1, "rash", "rash", NOW)
    db.set_treatment(2, "Bo", date(2026, 11, 23), NOW, NOW)
    db.forget(1)
    assert db.rows_about(1) == 0 and db.rows_about(2) == 1


def test_failed_transaction_leaves_nothing(db, monkeypatch):
    db.set_treatment(1, "Ana", date(2026, 11, 23), NOW, NOW)
    with pytest.raises(sqlite3.IntegrityError), db._transaction() as conn:
        conn.execute("DELETE FROM checkins WHERE chat_id = 1")
        conn.execute("DELETE FROM patients WHERE chat_id = 1")
        conn.execute("INSERT INTO escalations (chat_id, level, message, created_at) VALUES (1, 'bad', '', '')")
    assert db.patient(1) is not None


def test_settings_create_the_database_folder(tmp_path):
    from bot.config import Settings

    settings = Settings(_env_file=None, database_url=f"sqlite:///{tmp_path / 'deep' / 'er' / 'x.db'}")
    Storage(settings.database_file()).close()
    assert (tmp_path / "deep" / "er" / "x.db").exists()
