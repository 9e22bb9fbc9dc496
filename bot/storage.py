"""SQLite storage: the only module that speaks SQL.

Stores only what the product needs: a patient's chat id, first name (for the clinic's notices),
treatment time and check-in preference; which check-ins were sent and answered; and escalations
(with the message that triggered them, kept only until the staff notice is delivered).
`forget` removes every row about a chat.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, date, datetime

_MIGRATIONS: tuple[str, ...] = (
    """
    CREATE TABLE patients (
        chat_id INTEGER PRIMARY KEY,
        first_name TEXT NOT NULL DEFAULT '',
        treated_on TEXT,
        treated_at TEXT,
        checkins_paused INTEGER NOT NULL DEFAULT 0,
        created_at TEXT NOT NULL
    );
    CREATE TABLE checkins (
        chat_id INTEGER NOT NULL REFERENCES patients(chat_id) ON DELETE CASCADE,
        day INTEGER NOT NULL,
        sent_at TEXT NOT NULL,
        message_id INTEGER,
        answer TEXT,
        answered_at TEXT,
        PRIMARY KEY (chat_id, day)
    );
    CREATE TABLE escalations (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        chat_id INTEGER NOT NULL,
        level TEXT NOT NULL CHECK (level IN ('contact', 'emergency')),
        first_name TEXT NOT NULL DEFAULT '',
        day INTEGER,
        message TEXT NOT NULL,
        symptoms TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL,
        notified_at TEXT,
        attempts INTEGER NOT NULL DEFAULT 0
    );
    CREATE INDEX escalations_pending ON escalations(notified_at) WHERE notified_at IS NULL;
    """,
)


@dataclass(frozen=True)
class Patient:
    chat_id: int
    first_name: str
    treated_on: date | None
    treated_at: datetime | None
    checkins_paused: bool


@dataclass(frozen=True)
class Escalation:
    id: int
    chat_id: int
    level: str
    first_name: str
    day: int | None
    message: str
    symptoms: str
    attempts: int


def _iso(moment: datetime) -> str:
    return moment.astimezone(UTC).isoformat()


class Storage:
    def __init__(self, path: str) -> None:
        self._db = sqlite3.connect(path, check_same_thread=False, isolation_level=None)
        self._db.row_factory = sqlite3.Row
        self._db.execute("PRAGMA foreign_keys = ON")
        if path != ":memory:":
            self._db.execute("PRAGMA journal_mode = WAL")
        self._migrate()

    def close(self) -> None:
        self._db.close()

    @contextmanager
    def _transaction(self) -> Iterator[sqlite3.Connection]:
        self._db.execute("BEGIN IMMEDIATE")
        try:
            yield self._db
        except BaseException:
            self._db.execute("ROLLBACK")
            raise
        self._db.execute("COMMIT")

    def _migrate(self) -> None:
        version = self._db.execute("PRAGMA user_version").fetchone()[0]
        for number, script in enumerate(_MIGRATIONS[version:], start=version + 1):
            with self._transaction() as db:
                for statement in filter(str.strip, script.split(";")):
                    db.execute(statement)
                db.execute(f"PRAGMA user_version = {number}")

    @property
    def schema_version(self) -> int:
        return int(self._db.execute("PRAGMA user_version").fetchone()[0])

    # -- patients ----------------------------------------------------------------------------------

    def patient(self, chat_id: int) -> Patient | None:
        row = self._db.execute("SELECT * FROM patients WHERE chat_id = ?", (chat_id,)).fetchone()
        return _patient(row) if row else None

    def set_treatment(self, chat_id: int, first_name: str, treated_on: date, treated_at: datetime,
                      now: datetime) -> None:
        """Set (or change) the treatment. A changed date starts the check-in days afresh."""
        with self._transaction() as db:
            old = db.execute("SELECT treated_on FROM patients WHERE chat_id = ?", (chat_id,)).fetchone()
            if old is not None and old["treated_on"] != treated_on.isoformat():
                db.execute("DELETE FROM checkins WHERE chat_id = ?", (chat_id,))
            db.execute(
                """INSERT INTO patients (chat_id, first_name, treated_on, treated_at, created_at)
                   VALUES (?, ?, ?, ?, ?)
                   ON CONFLICT(chat_id) DO UPDATE SET first_name = excluded.first_name,
                       treated_on = excluded.treated_on, treated_at = excluded.treated_at""",
                (chat_id, first_name, treated_on.isoformat(), _iso(treated_at), _iso(now)),
            )

    def set_paused(self, chat_id: int, paused: bool) -> bool:
        """Pause or resume check-ins; False when the chat has no treatment date yet."""
        with self._transaction() as db:
            cursor = db.execute("UPDATE patients SET checkins_paused = ? WHERE chat_id = ?", (int(paused), chat_id))
            return cursor.rowcount > 0

    def forget(self, chat_id: int) -> None:
        with self._transaction() as db:
            db.execute("DELETE FROM checkins WHERE chat_id = ?", (chat_id,))
            db.execute("DELETE FROM escalations WHERE chat_id = ?", (chat_id,))
            db.execute("DELETE FROM patients WHERE chat_id = ?", (chat_id,))

    def rows_about(self, chat_id: int) -> int:
        """How many rows mention this chat, in every table (for /forget's promise and its tests)."""
        return sum(
            self._db.execute(f"SELECT COUNT(*) FROM {table} WHERE chat_id = ?", (chat_id,)).fetchone()[0]
            for table in ("patients", "checkins", "escalations")
        )

    def active_patients(self, treated_since: date) -> list[Patient]:
        rows = self._db.execute(
            "SELECT * FROM patients WHERE checkins_paused = 0 AND treated_on >= ? ORDER BY chat_id",
            (treated_since.isoformat(),),
        ).fetchall()
        return [_patient(r) for r in rows]

    # -- check-ins ---------------------------------------------------------------------------------

    def claim_checkin(self, chat_id: int, day: int, now: datetime) -> bool:
        """Reserve day N's check-in for this chat; False if it was already sent (never send twice)."""
        with self._transaction() as db:
            cursor = db.execute("INSERT OR IGNORE INTO checkins (chat_id, day, sent_at) VALUES (?, ?, ?)",
                                (chat_id, day, _iso(now)))
            return cursor.rowcount == 1

    def reopen_checkin(self, chat_id: int, day: int, now: datetime) -> None:
        """A check-in asked for by the patient: (re)open day N so its new answer counts."""
        with self._transaction() as db:
            db.execute(
                """INSERT INTO checkins (chat_id, day, sent_at) VALUES (?, ?, ?)
                   ON CONFLICT(chat_id, day) DO UPDATE SET answer = NULL, answered_at = NULL""",
                (chat_id, day, _iso(now)),
            )

    def release_checkin(self, chat_id: int, day: int) -> None:
        """Undo a claim whose message could not be delivered, so a later tick tries again."""
        with self._transaction() as db:
            db.execute("DELETE FROM checkins WHERE chat_id = ? AND day = ? AND message_id IS NULL", (chat_id, day))

    def checkin_sent(self, chat_id: int, day: int, message_id: int) -> None:
        with self._transaction() as db:
            db.execute("UPDATE checkins SET message_id = ? WHERE chat_id = ? AND day = ?", (message_id, chat_id, day))

    def answer_checkin(self, chat_id: int, day: int, answer: str, now: datetime) -> bool:
        """Record the answer to day N's check-in; False if there is none or it was answered already."""
        with self._transaction() as db:
            cursor = db.execute(
                "UPDATE checkins SET answer = ?, answered_at = ? WHERE chat_id = ? AND day = ? AND answer IS NULL",
                (answer, _iso(now), chat_id, day),
            )
            return cursor.rowcount == 1

    def checkin_days(self, chat_id: int) -> dict[int, str | None]:
        rows = self._db.execute("SELECT day, answer FROM checkins WHERE chat_id = ? ORDER BY day", (chat_id,))
        return {row["day"]: row["answer"] for row in rows}

    # -- escalations -------------------------------------------------------------------------------

    def add_escalation(self, chat_id: int, level: str, first_name: str, day: int | None, message: str,
                       symptoms: str, now: datetime) -> int:
        with self._transaction() as db:
            cursor = db.execute(
                """INSERT INTO escalations (chat_id, level, first_name, day, message, symptoms, created_at)
                   VALUES (?, ?, ?, ?, ?, ?, ?)""",
                (chat_id, level, first_name, day, message, symptoms, _iso(now)),
            )
            return int(cursor.lastrowid or 0)

    def pending_escalations(self, limit: int = 50) -> list[Escalation]:
        rows = self._db.execute(
            "SELECT * FROM escalations WHERE notified_at IS NULL ORDER BY id LIMIT ?", (limit,)
        ).fetchall()
        return [Escalation(r["id"], r["chat_id"], r["level"], r["first_name"], r["day"], r["message"],
                           r["symptoms"], r["attempts"]) for r in rows]

    def escalation_notified(self, escalation_id: int, now: datetime) -> None:
        """Mark a staff notice delivered. The patient's words are dropped: the staff chat has them now,
        and the record (level, symptoms, time) is all the bot still needs."""
        with self._transaction() as db:
            db.execute("UPDATE escalations SET notified_at = ?, attempts = attempts + 1, message = '' WHERE id = ?",
                       (_iso(now), escalation_id))

    def escalation_failed(self, escalation_id: int) -> None:
        with self._transaction() as db:
            db.execute("UPDATE escalations SET attempts = attempts + 1 WHERE id = ?", (escalation_id,))

    def escalations(self, chat_id: int) -> list[sqlite3.Row]:
        return self._db.execute("SELECT * FROM escalations WHERE chat_id = ? ORDER BY id", (chat_id,)).fetchall()


def _patient(row: sqlite3.Row) -> Patient:
    return Patient(
        chat_id=row["chat_id"],
        first_name=row["first_name"],
        treated_on=date.fromisoformat(row["treated_on"]) if row["treated_on"] else None,
        treated_at=datetime.fromisoformat(row["treated_at"]) if row["treated_at"] else None,
        checkins_paused=bool(row["checkins_paused"]),
    )
