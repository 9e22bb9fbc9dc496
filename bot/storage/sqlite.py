"""The embedded SQLite storage: the only module that speaks SQL.

Every sqlite3 call runs on one dedicated thread, so the event loop never waits on the disk. Each try
waits at most `BUSY_TIMEOUT_MS` for a lock; a locked database is retried with asyncio sleeps between
tries (the thread is free meanwhile) until the call's time budget runs out, then `StorageError`.
Stores only what the product needs: a patient's chat id, first name (for the clinic's notices),
treatment time and check-in preference; which check-ins were sent and answered; escalations (level,
symptoms, time) and the staff-notice outbox, which holds the patient's words only until delivered.
"""

from __future__ import annotations

import asyncio
import contextlib
import fcntl
import logging
import os
import sqlite3
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from datetime import UTC, date, datetime
from pathlib import Path
from typing import IO, TypeVar

from bot.storage.base import (
    ACKNOWLEDGED,
    CARD,
    EMERGENCY,
    FORGOTTEN,
    REMINDER,
    RESOLVED,
    Action,
    Concern,
    EscalationRecord,
    NewEscalation,
    Notice,
    Patient,
    StatsRows,
    StorageError,
    StorageStartupError,
)

log = logging.getLogger(__name__)
T = TypeVar("T")

BUSY_TIMEOUT_MS = 100
WRITE_BUDGET = 5.0  # seconds a call keeps retrying a locked database
READ_BUDGET = 1.0  # reads are rarely blocked (WAL); when they are, answers go on without the data
# An escalation waits less: the patient's safety reply follows it, and the outbox sends the notice from
# memory if it cannot be stored in time.
ESCALATION_BUDGET = 2.0
STARTUP_BUDGET = 5.0
_RETRYABLE = ("SQLITE_BUSY", "SQLITE_LOCKED")

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
    CREATE INDEX escalations_pending ON escalations(notified_at) WHERE notified_at IS NULL
    """,
    # The staff-notice outbox: delivery state per notice, so restarts keep the "at most twice" promise.
    # Pending notices of version 1 move into it; the escalation rows keep only the record.
    """
    ALTER TABLE escalations ADD COLUMN message_id INTEGER;
    CREATE TABLE staff_notices (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        escalation_id INTEGER REFERENCES escalations(id) ON DELETE SET NULL,
        chat_id INTEGER,
        kind TEXT NOT NULL CHECK (kind IN ('contact', 'emergency', 'forgotten')),
        urgent INTEGER NOT NULL DEFAULT 0,
        first_name TEXT NOT NULL DEFAULT '',
        day INTEGER,
        symptoms TEXT NOT NULL DEFAULT '',
        message TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL,
        next_attempt_at TEXT NOT NULL,
        attempts INTEGER NOT NULL DEFAULT 0,
        uncertain INTEGER NOT NULL DEFAULT 0,
        in_flight INTEGER NOT NULL DEFAULT 0,
        delivered_at TEXT,
        closed_at TEXT
    );
    CREATE INDEX staff_notices_open ON staff_notices(urgent DESC, id) WHERE closed_at IS NULL;
    INSERT INTO staff_notices (escalation_id, chat_id, kind, urgent, first_name, day, symptoms, message,
                               created_at, next_attempt_at, attempts)
        SELECT id, chat_id, level, level = 'emergency', first_name, day, symptoms, message, created_at,
               created_at, attempts
        FROM escalations WHERE notified_at IS NULL;
    UPDATE escalations SET message = ''
    """,
    # Whether the patient gave the exact time of the treatment (otherwise treated_at is a safe late guess).
    """
    ALTER TABLE patients ADD COLUMN time_known INTEGER NOT NULL DEFAULT 0
    """,
    # The staff workspace: the clinic's patient reference, a thread per patient in the staff chat, the
    # state of each escalation (card, acknowledged, resolved, reminders) and its audit trail.
    """
    ALTER TABLE patients ADD COLUMN clinic_ref TEXT;
    CREATE INDEX patients_ref ON patients(clinic_ref) WHERE clinic_ref IS NOT NULL;
    ALTER TABLE escalations ADD COLUMN mentioned_day INTEGER;
    ALTER TABLE escalations ADD COLUMN card_message_id INTEGER;
    ALTER TABLE escalations ADD COLUMN card_at TEXT;
    ALTER TABLE escalations ADD COLUMN acknowledged_at TEXT;
    ALTER TABLE escalations ADD COLUMN acknowledged_by TEXT;
    ALTER TABLE escalations ADD COLUMN resolved_at TEXT;
    ALTER TABLE escalations ADD COLUMN resolved_by TEXT;
    ALTER TABLE escalations ADD COLUMN resolution TEXT;
    ALTER TABLE escalations ADD COLUMN reminders_sent INTEGER NOT NULL DEFAULT 0;
    CREATE INDEX escalations_unresolved ON escalations(id) WHERE resolved_at IS NULL;
    CREATE TABLE staff_threads (
        chat_id INTEGER PRIMARY KEY,
        thread_id INTEGER,
        name TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL
    );
    CREATE INDEX staff_threads_thread ON staff_threads(thread_id);
    CREATE TABLE staff_messages (
        message_id INTEGER PRIMARY KEY,
        chat_id INTEGER NOT NULL,
        escalation_id INTEGER REFERENCES escalations(id) ON DELETE CASCADE
    );
    CREATE INDEX staff_messages_chat ON staff_messages(chat_id);
    CREATE TABLE escalation_actions (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        escalation_id INTEGER NOT NULL REFERENCES escalations(id) ON DELETE CASCADE,
        chat_id INTEGER NOT NULL,
        action TEXT NOT NULL,
        actor_id INTEGER,
        actor TEXT NOT NULL DEFAULT '',
        detail TEXT NOT NULL DEFAULT '',
        at TEXT NOT NULL
    );
    CREATE INDEX escalation_actions_escalation ON escalation_actions(escalation_id)
    """,
)
# Tables with a chat_id column: /forget empties them all.
_CHAT_TABLES = ("staff_notices", "checkins", "escalation_actions", "staff_messages", "staff_threads", "escalations",
                "patients")


def _iso(moment: datetime) -> str:
    return moment.astimezone(UTC).isoformat()


def _time(value: str | None) -> datetime | None:
    return datetime.fromisoformat(value) if value else None


def _retryable(exc: sqlite3.Error) -> bool:
    return str(getattr(exc, "sqlite_errorname", "")).startswith(_RETRYABLE) or "locked" in str(exc)


def _reason(exc: sqlite3.Error) -> str:
    """A few words about a sqlite3 failure (its messages name no data)."""
    return f"{getattr(exc, 'sqlite_errorname', type(exc).__name__)}: {exc}"


class SqliteStorage:
    """SQLite behind the async Storage interface (see bot.storage.base.Storage for each method's promise)."""

    def __init__(self, path: str, write_budget: float = WRITE_BUDGET,
                 escalation_budget: float = ESCALATION_BUDGET) -> None:
        self.path = path
        self.write_budget = write_budget
        self.escalation_budget = escalation_budget
        self.read_budget = READ_BUDGET
        self._db: sqlite3.Connection | None = None
        self._thread: ThreadPoolExecutor | None = None
        self._lock_file: IO[str] | None = None

    # -- running calls on the database thread ------------------------------------------------------

    async def _call(self, work: Callable[[sqlite3.Connection], T], budget: float | None = None) -> T:
        if self._thread is None or self._db is None:
            raise StorageError("storage is not open")
        loop = asyncio.get_running_loop()
        deadline = loop.time() + (self.write_budget if budget is None else budget)
        pause = 0.02
        db = self._db
        while True:
            try:
                return await loop.run_in_executor(self._thread, work, db)
            except sqlite3.Error as exc:
                if not _retryable(exc) or loop.time() + pause > deadline:
                    raise StorageError(_reason(exc)) from None
            await asyncio.sleep(pause)
            pause = min(pause * 2, 0.5)

    async def _read(self, work: Callable[[sqlite3.Connection], T]) -> T:
        return await self._call(work, self.read_budget)

    @staticmethod
    @contextlib.contextmanager
    def _transaction(db: sqlite3.Connection) -> Iterator[sqlite3.Connection]:
        """BEGIN IMMEDIATE ... COMMIT; anything failing, COMMIT included, rolls back."""
        db.execute("BEGIN IMMEDIATE")
        try:
            yield db
            db.execute("COMMIT")
        except BaseException:
            if db.in_transaction:
                with contextlib.suppress(sqlite3.Error):
                    db.execute("ROLLBACK")
            raise

    def _write(self, body: Callable[[sqlite3.Connection], T]) -> Callable[[sqlite3.Connection], T]:
        def work(db: sqlite3.Connection) -> T:
            with self._transaction(db):
                return body(db)
        return work

    # -- lifecycle ---------------------------------------------------------------------------------

    async def open(self) -> None:
        if self._db is not None:
            return
        self._thread = ThreadPoolExecutor(max_workers=1, thread_name_prefix="sqlite")
        loop = asyncio.get_running_loop()
        try:
            self._db = await loop.run_in_executor(self._thread, self._connect)
            await self._call(self._migrate_and_probe, STARTUP_BUDGET)
        except StorageError as exc:
            await self.close()
            raise StorageStartupError(self._startup_message(str(exc))) from None
        except sqlite3.Error as exc:
            await self.close()
            raise StorageStartupError(self._startup_message(_reason(exc))) from None

    def _connect(self) -> sqlite3.Connection:
        uri = self.path.startswith("file:")
        db = sqlite3.connect(self.path, isolation_level=None, uri=uri)
        db.row_factory = sqlite3.Row
        db.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        db.execute("PRAGMA foreign_keys = ON")
        return db

    def _migrate_and_probe(self, db: sqlite3.Connection) -> None:
        if self.path != ":memory:" and "mode=memory" not in self.path:
            mode = db.execute("PRAGMA journal_mode").fetchone()[0]
            if mode != "wal" and "mode=ro" not in self.path:
                db.execute("PRAGMA journal_mode = WAL")
        version = db.execute("PRAGMA user_version").fetchone()[0]
        if version > len(_MIGRATIONS):
            raise StorageStartupError(f"schema version {version} is newer than this bot ({len(_MIGRATIONS)})")
        for number, script in enumerate(_MIGRATIONS[version:], start=version + 1):
            with self._transaction(db):
                for statement in filter(str.strip, script.split(";")):
                    db.execute(statement)
                db.execute(f"PRAGMA user_version = {number}")
        db.execute("BEGIN IMMEDIATE")  # a write that is rolled back: proves the file and folder are writable
        try:
            db.execute(f"PRAGMA user_version = {len(_MIGRATIONS)}")
        finally:
            db.execute("ROLLBACK")

    def _startup_message(self, reason: str) -> str:
        where = f"DATABASE_URL: {self.path}"
        if "READONLY" in reason or "readonly" in reason:
            return f"{where} is read-only; the bot must be able to write to it and its folder"
        if "CANTOPEN" in reason or "unable to open" in reason:
            return f"{where} cannot be opened or created; check the folder exists and is writable"
        if "NOTADB" in reason or "CORRUPT" in reason or "not a database" in reason or "malformed" in reason:
            return f"{where} is not a SQLite database or is corrupt; restore it from a backup or move it away"
        if "BUSY" in reason or "LOCKED" in reason or "locked" in reason:
            return f"{where} is locked by another process; stop it and try again"
        if "FULL" in reason or "full" in reason:
            return f"{where}: the disk is full"
        return f"{where} cannot be used ({reason})"

    async def lock_instance(self) -> None:
        if self._lock_file is not None or self.path == ":memory:" or self.path.startswith("file:"):
            return
        lock_path = Path(self.path).with_name(Path(self.path).name + ".lock")
        try:
            handle = open(lock_path, "a")  # noqa: SIM115 - held open for the life of the process
        except OSError as exc:
            raise StorageStartupError(f"DATABASE_URL: cannot create the lock file {lock_path} ({exc.strerror})") \
                from None
        try:
            fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            handle.close()
            raise StorageStartupError(f"another aftercare-bot is already running on {self.path} "
                                      f"(it holds {lock_path}); stop it first") from None
        handle.truncate(0)
        handle.write(f"{os.getpid()}\n")
        handle.flush()
        self._lock_file = handle

    async def close(self) -> None:
        db, thread, self._db, self._thread = self._db, self._thread, None, None
        if thread is not None:
            if db is not None:
                with contextlib.suppress(Exception):
                    await asyncio.get_running_loop().run_in_executor(thread, db.close)
            thread.shutdown(wait=True)
        if self._lock_file is not None:
            self._lock_file.close()  # closing releases the flock
            self._lock_file = None

    async def schema_version(self) -> int:
        return await self._read(lambda db: int(db.execute("PRAGMA user_version").fetchone()[0]))

    # -- patients ----------------------------------------------------------------------------------

    async def patient(self, chat_id: int) -> Patient | None:
        row = await self._read(lambda db: db.execute("SELECT * FROM patients WHERE chat_id = ?",
                                                     (chat_id,)).fetchone())
        return _patient(row) if row else None

    async def set_treatment(self, chat_id: int, first_name: str, treated_on: date, treated_at: datetime,
                            now: datetime, time_known: bool = False) -> None:
        def body(db: sqlite3.Connection) -> None:
            old = db.execute("SELECT treated_on FROM patients WHERE chat_id = ?", (chat_id,)).fetchone()
            if old is not None and old["treated_on"] != treated_on.isoformat():
                db.execute("DELETE FROM checkins WHERE chat_id = ?", (chat_id,))
            db.execute(
                """INSERT INTO patients (chat_id, first_name, treated_on, treated_at, time_known, created_at)
                   VALUES (?, ?, ?, ?, ?, ?)
                   ON CONFLICT(chat_id) DO UPDATE SET first_name = excluded.first_name,
                       treated_on = excluded.treated_on, treated_at = excluded.treated_at,
                       time_known = excluded.time_known""",
                (chat_id, first_name, treated_on.isoformat(), _iso(treated_at), int(time_known), _iso(now)),
            )
        await self._call(self._write(body))

    async def set_paused(self, chat_id: int, paused: bool) -> bool:
        return await self._call(self._write(lambda db: db.execute(
            "UPDATE patients SET checkins_paused = ? WHERE chat_id = ?", (int(paused), chat_id)).rowcount > 0))

    async def active_patients(self, treated_since: date) -> list[Patient]:
        rows = await self._read(lambda db: db.execute(
            "SELECT * FROM patients WHERE checkins_paused = 0 AND treated_on >= ? ORDER BY chat_id",
            (treated_since.isoformat(),)).fetchall())
        return [_patient(r) for r in rows]

    async def forget(self, chat_id: int, now: datetime) -> int:
        def body(db: sqlite3.Connection) -> int:
            open_rows = db.execute(
                "SELECT urgent FROM staff_notices WHERE chat_id = ? AND closed_at IS NULL", (chat_id,)).fetchall()
            if open_rows:
                urgent = any(r["urgent"] for r in open_rows)
                db.execute(
                    """INSERT INTO staff_notices (kind, urgent, created_at, next_attempt_at)
                       VALUES (?, ?, ?, ?)""", (FORGOTTEN, int(urgent), _iso(now), _iso(now)))
            for table in _CHAT_TABLES:
                db.execute(f"DELETE FROM {table} WHERE chat_id = ?", (chat_id,))
            return len(open_rows)
        return await self._call(self._write(body))

    async def rows_about(self, chat_id: int) -> int:
        return await self._read(lambda db: sum(
            db.execute(f"SELECT COUNT(*) FROM {table} WHERE chat_id = ?", (chat_id,)).fetchone()[0]
            for table in _CHAT_TABLES))

    # -- check-ins ---------------------------------------------------------------------------------

    async def claim_checkin(self, chat_id: int, day: int, now: datetime, treated_on: date | None = None) -> bool:
        counted_from = treated_on.isoformat() if treated_on is not None else None
        return await self._call(self._write(lambda db: db.execute(
            """INSERT OR IGNORE INTO checkins (chat_id, day, sent_at) SELECT ?, ?, ?
               WHERE ? IS NULL OR EXISTS (SELECT 1 FROM patients WHERE chat_id = ? AND treated_on = ?)""",
            (chat_id, day, _iso(now), counted_from, chat_id, counted_from)).rowcount == 1))

    async def reopen_checkin(self, chat_id: int, day: int, now: datetime) -> None:
        await self._call(self._write(lambda db: db.execute(
            """INSERT INTO checkins (chat_id, day, sent_at) VALUES (?, ?, ?)
               ON CONFLICT(chat_id, day) DO UPDATE SET answer = NULL, answered_at = NULL""",
            (chat_id, day, _iso(now)))))

    async def release_checkin(self, chat_id: int, day: int) -> None:
        await self._call(self._write(lambda db: db.execute(
            "DELETE FROM checkins WHERE chat_id = ? AND day = ? AND message_id IS NULL", (chat_id, day))))

    async def checkin_sent(self, chat_id: int, day: int, message_id: int) -> None:
        await self._call(self._write(lambda db: db.execute(
            "UPDATE checkins SET message_id = ? WHERE chat_id = ? AND day = ?", (message_id, chat_id, day))))

    async def answer_checkin(self, chat_id: int, day: int, answer: str, now: datetime,
                             escalation: NewEscalation | None = None) -> bool:
        def body(db: sqlite3.Connection) -> bool:
            answered = db.execute(
                "UPDATE checkins SET answer = ?, answered_at = ? WHERE chat_id = ? AND day = ? AND answer IS NULL",
                (answer, _iso(now), chat_id, day)).rowcount == 1
            if answered and escalation is not None:
                _insert_escalation(db, escalation, now, notified=False)
            return answered
        return await self._call(self._write(body), self.escalation_budget if escalation else None)

    async def checkin_days(self, chat_id: int) -> dict[int, str | None]:
        rows = await self._read(lambda db: db.execute(
            "SELECT day, answer FROM checkins WHERE chat_id = ? ORDER BY day", (chat_id,)).fetchall())
        return {row["day"]: row["answer"] for row in rows}

    # -- escalations and the staff-notice outbox ---------------------------------------------------

    async def add_escalation(self, escalation: NewEscalation, now: datetime, *, notified: bool = False) -> int:
        return await self._call(self._write(lambda db: _insert_escalation(db, escalation, now, notified)),
                                self.escalation_budget)

    async def escalations(self, chat_id: int) -> list[EscalationRecord]:
        rows = await self._read(lambda db: db.execute(
            "SELECT * FROM escalations WHERE chat_id = ? ORDER BY id", (chat_id,)).fetchall())
        return [EscalationRecord(r["id"], r["chat_id"], r["level"], r["day"], r["symptoms"], r["message_id"],
                                 datetime.fromisoformat(r["created_at"]), _time(r["notified_at"])) for r in rows]

    async def escalated(self, chat_id: int, message_id: int) -> str | None:
        row = await self._read(lambda db: db.execute(
            "SELECT MAX(level = 'emergency') AS urgent, COUNT(*) AS n FROM escalations "
            "WHERE chat_id = ? AND message_id = ?", (chat_id, message_id)).fetchone())
        if not row["n"]:
            return None
        return EMERGENCY if row["urgent"] else "contact"

    async def due_notices(self, now: datetime, limit: int = 20) -> list[Notice]:
        """Notices to send now, urgent first. Whenever any notice is due, every urgent one is too: after an
        outage the emergency goes ahead of older contact notices whose backoff happened to end first."""
        rows = await self._read(lambda db: db.execute(
            """SELECT * FROM staff_notices WHERE closed_at IS NULL AND in_flight = 0
                 AND (next_attempt_at <= :now OR (urgent = 1 AND EXISTS (
                      SELECT 1 FROM staff_notices WHERE closed_at IS NULL AND in_flight = 0
                        AND next_attempt_at <= :now)))
               ORDER BY urgent DESC, id LIMIT :limit""", {"now": _iso(now), "limit": limit}).fetchall())
        return [_notice(r) for r in rows]

    async def next_notice_at(self) -> datetime | None:
        row = await self._read(lambda db: db.execute(
            "SELECT MIN(next_attempt_at) FROM staff_notices WHERE closed_at IS NULL AND in_flight = 0").fetchone())
        return _time(row[0])

    async def recover_notices(self, max_uncertain: int, now: datetime) -> list[int]:
        def body(db: sqlite3.Connection) -> list[int]:
            db.execute("UPDATE staff_notices SET in_flight = 0, uncertain = uncertain + 1 WHERE in_flight = 1")
            closed = [r[0] for r in db.execute(
                "SELECT id FROM staff_notices WHERE closed_at IS NULL AND uncertain >= ?", (max_uncertain,))]
            db.execute("UPDATE staff_notices SET closed_at = ?, message = '' WHERE closed_at IS NULL "
                       "AND uncertain >= ?", (_iso(now), max_uncertain))
            return closed
        return await self._call(self._write(body))

    async def notice_sending(self, notice_id: int, now: datetime) -> bool:
        return await self._call(self._write(lambda db: db.execute(
            """UPDATE staff_notices SET in_flight = 1, attempts = attempts + 1
               WHERE id = ? AND closed_at IS NULL AND in_flight = 0""", (notice_id,)).rowcount == 1))

    async def notice_delivered(self, notice_id: int, now: datetime) -> None:
        def body(db: sqlite3.Connection) -> None:
            db.execute("""UPDATE staff_notices SET in_flight = 0, delivered_at = ?, closed_at = ?, message = ''
                          WHERE id = ?""", (_iso(now), _iso(now), notice_id))
            db.execute("""UPDATE escalations SET notified_at = ?, attempts = (
                              SELECT attempts FROM staff_notices WHERE id = ?)
                          WHERE id = (SELECT escalation_id FROM staff_notices WHERE id = ?)""",
                       (_iso(now), notice_id, notice_id))
        await self._call(self._write(body))

    async def notice_failed(self, notice_id: int, uncertain: bool, retry_at: datetime | None,
                            now: datetime) -> None:
        def body(db: sqlite3.Connection) -> None:
            db.execute("UPDATE staff_notices SET in_flight = 0, uncertain = uncertain + ? WHERE id = ?",
                       (int(uncertain), notice_id))
            if retry_at is None:
                db.execute("UPDATE staff_notices SET closed_at = ?, message = '' WHERE id = ?",
                           (_iso(now), notice_id))
            else:
                db.execute("UPDATE staff_notices SET next_attempt_at = ? WHERE id = ?", (_iso(retry_at), notice_id))
            db.execute("""UPDATE escalations SET attempts = (SELECT attempts FROM staff_notices WHERE id = ?)
                          WHERE id = (SELECT escalation_id FROM staff_notices WHERE id = ?)""",
                       (notice_id, notice_id))
        await self._call(self._write(body))

    async def open_notices(self, chat_id: int) -> int:
        return await self._read(lambda db: int(db.execute(
            "SELECT COUNT(*) FROM staff_notices WHERE chat_id = ? AND closed_at IS NULL", (chat_id,)).fetchone()[0]))

    # -- the staff workspace -----------------------------------------------------------------------

    async def set_clinic_ref(self, chat_id: int, ref: str) -> bool:
        return await self._call(self._write(lambda db: db.execute(
            "UPDATE patients SET clinic_ref = ? WHERE chat_id = ?", (ref, chat_id)).rowcount > 0))

    async def patient_by_ref(self, ref: str) -> Patient | None:
        row = await self._call(lambda db: db.execute(
            "SELECT * FROM patients WHERE clinic_ref = ? ORDER BY created_at DESC LIMIT 1", (ref,)).fetchone())
        return _patient(row) if row else None

    async def staff_thread(self, chat_id: int) -> int | None:
        row = await self._call(lambda db: db.execute(
            "SELECT thread_id FROM staff_threads WHERE chat_id = ?", (chat_id,)).fetchone())
        return row[0] if row else None

    async def set_staff_thread(self, chat_id: int, thread_id: int | None, now: datetime, name: str = "") -> None:
        def body(db: sqlite3.Connection) -> None:
            if thread_id is None:
                db.execute("DELETE FROM staff_threads WHERE chat_id = ?", (chat_id,))
            else:
                db.execute("""INSERT INTO staff_threads (chat_id, thread_id, name, created_at) VALUES (?, ?, ?, ?)
                              ON CONFLICT(chat_id) DO UPDATE SET thread_id = excluded.thread_id,
                                  name = excluded.name, created_at = excluded.created_at""",
                           (chat_id, thread_id, name, _iso(now)))
        await self._call(self._write(body))

    async def staff_thread_name(self, chat_id: int) -> str | None:
        row = await self._call(lambda db: db.execute(
            "SELECT name FROM staff_threads WHERE chat_id = ?", (chat_id,)).fetchone())
        return row[0] if row else None

    async def rename_staff_thread(self, chat_id: int, name: str) -> None:
        await self._call(self._write(lambda db: db.execute(
            "UPDATE staff_threads SET name = ? WHERE chat_id = ?", (name, chat_id))))

    async def chat_for_thread(self, thread_id: int) -> int | None:
        row = await self._call(lambda db: db.execute(
            "SELECT chat_id FROM staff_threads WHERE thread_id = ?", (thread_id,)).fetchone())
        return row[0] if row else None

    async def map_staff_message(self, message_id: int, chat_id: int, escalation_id: int | None) -> None:
        await self._call(self._write(lambda db: db.execute(
            "INSERT OR REPLACE INTO staff_messages (message_id, chat_id, escalation_id) VALUES (?, ?, ?)",
            (message_id, chat_id, escalation_id))))

    async def chat_for_staff_message(self, message_id: int) -> int | None:
        row = await self._call(lambda db: db.execute(
            "SELECT chat_id FROM staff_messages WHERE message_id = ?", (message_id,)).fetchone())
        return row[0] if row else None

    async def card_sent(self, escalation_id: int, message_id: int, now: datetime) -> None:
        def body(db: sqlite3.Connection) -> None:
            db.execute("UPDATE escalations SET card_message_id = ?, card_at = ? WHERE id = ?",
                       (message_id, _iso(now), escalation_id))
            db.execute("""INSERT OR REPLACE INTO staff_messages (message_id, chat_id, escalation_id)
                          SELECT ?, chat_id, id FROM escalations WHERE id = ?""", (message_id, escalation_id))
            _add_action(db, escalation_id, CARD, None, "", "", now)
        await self._call(self._write(body))

    async def concern(self, escalation_id: int) -> Concern | None:
        row = await self._call(lambda db: db.execute(
            f"{_CONCERN_SQL} WHERE e.id = ?", (escalation_id,)).fetchone())
        return _concern(row) if row else None

    async def concerns(self, chat_id: int) -> list[Concern]:
        rows = await self._call(lambda db: db.execute(
            f"{_CONCERN_SQL} WHERE e.chat_id = ? ORDER BY e.id", (chat_id,)).fetchall())
        return [_concern(r) for r in rows]

    async def open_concerns(self) -> list[Concern]:
        rows = await self._call(lambda db: db.execute(
            f"{_CONCERN_SQL} WHERE e.resolved_at IS NULL ORDER BY e.created_at, e.id").fetchall())
        return [_concern(r) for r in rows]

    async def current_concern(self, chat_id: int) -> Concern | None:
        row = await self._call(lambda db: db.execute(
            f"{_CONCERN_SQL} WHERE e.chat_id = ? ORDER BY e.resolved_at IS NULL DESC, "
            "CASE WHEN e.resolved_at IS NULL THEN e.id ELSE -e.id END LIMIT 1", (chat_id,)).fetchone())
        return _concern(row) if row else None

    async def acknowledge(self, escalation_id: int, actor_id: int, actor: str, now: datetime) -> bool:
        def body(db: sqlite3.Connection) -> bool:
            done = db.execute("""UPDATE escalations SET acknowledged_at = ?, acknowledged_by = ?
                                 WHERE id = ? AND acknowledged_at IS NULL AND resolved_at IS NULL""",
                              (_iso(now), actor, escalation_id)).rowcount == 1
            if done:
                _add_action(db, escalation_id, ACKNOWLEDGED, actor_id, actor, "", now)
            return done
        return await self._call(self._write(body))

    async def resolve(self, escalation_id: int, actor_id: int, actor: str, reason: str, now: datetime) -> bool:
        def body(db: sqlite3.Connection) -> bool:
            done = db.execute("""UPDATE escalations SET resolved_at = ?, resolved_by = ?, resolution = ?
                                 WHERE id = ? AND resolved_at IS NULL""",
                              (_iso(now), actor, reason, escalation_id)).rowcount == 1
            if done:
                _add_action(db, escalation_id, RESOLVED, actor_id, actor, reason, now)
            return done
        return await self._call(self._write(body))

    async def add_action(self, escalation_id: int, action: str, actor_id: int | None, actor: str, detail: str,
                         now: datetime) -> None:
        await self._call(self._write(lambda db: _add_action(db, escalation_id, action, actor_id, actor, detail,
                                                            now)))

    async def actions(self, escalation_id: int) -> list[Action]:
        rows = await self._call(lambda db: db.execute(
            "SELECT * FROM escalation_actions WHERE escalation_id = ? ORDER BY id", (escalation_id,)).fetchall())
        return [Action(r["escalation_id"], r["action"], r["actor_id"], r["actor"], r["detail"],
                       datetime.fromisoformat(r["at"])) for r in rows]

    async def claim_reminder(self, escalation_id: int, step: int, now: datetime) -> bool:
        def body(db: sqlite3.Connection) -> bool:
            claimed = db.execute(
                """UPDATE escalations SET reminders_sent = ? WHERE id = ? AND reminders_sent = ?
                   AND acknowledged_at IS NULL AND resolved_at IS NULL""",
                (step, escalation_id, step - 1)).rowcount == 1
            if claimed:
                _add_action(db, escalation_id, REMINDER, None, "", str(step), now)
            return claimed
        return await self._call(self._write(body))

    async def stats_rows(self, since: datetime) -> StatsRows:
        def read(db: sqlite3.Connection) -> StatsRows:
            patients = [(datetime.fromisoformat(r["created_at"]),
                         date.fromisoformat(r["treated_on"]) if r["treated_on"] else None)
                        for r in db.execute("SELECT created_at, treated_on FROM patients")]
            checkins = [(r["chat_id"], datetime.fromisoformat(r["sent_at"]), r["answer"] is not None)
                        for r in db.execute("SELECT chat_id, sent_at, answer FROM checkins WHERE sent_at >= ?",
                                            (_iso(since),))]
            concerns = [_concern(r) for r in db.execute(
                f"{_CONCERN_SQL} WHERE e.created_at >= ? ORDER BY e.id", (_iso(since),))]
            return StatsRows(patients, checkins, concerns)
        return await self._call(read)


def _insert_escalation(db: sqlite3.Connection, e: NewEscalation, now: datetime, notified: bool) -> int:
    cursor = db.execute(
        """INSERT INTO escalations (chat_id, level, first_name, day, message, symptoms, created_at, notified_at,
                                    message_id, mentioned_day)
           VALUES (?, ?, ?, ?, '', ?, ?, ?, ?, ?)""",
        (e.chat_id, e.level, e.first_name, e.day, e.symptoms, _iso(now), _iso(now) if notified else None,
         e.message_id, e.mentioned_day),
    )
    escalation_id = int(cursor.lastrowid or 0)
    if not notified:
        db.execute(
            """INSERT INTO staff_notices (escalation_id, chat_id, kind, urgent, first_name, day, symptoms, message,
                                          created_at, next_attempt_at)
               VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
            (escalation_id, e.chat_id, e.level, int(e.level == EMERGENCY), e.first_name, e.day, e.symptoms,
             e.message, _iso(now), _iso(now)),
        )
    return escalation_id


def _patient(row: sqlite3.Row) -> Patient:
    return Patient(
        chat_id=row["chat_id"],
        first_name=row["first_name"],
        treated_on=date.fromisoformat(row["treated_on"]) if row["treated_on"] else None,
        treated_at=datetime.fromisoformat(row["treated_at"]) if row["treated_at"] else None,
        checkins_paused=bool(row["checkins_paused"]),
        time_known=bool(row["time_known"]),
        clinic_ref=row["clinic_ref"],
    )


def _notice(r: sqlite3.Row) -> Notice:
    return Notice(r["id"], r["kind"], bool(r["urgent"]), r["chat_id"], r["first_name"], r["day"], r["symptoms"],
                  r["message"], datetime.fromisoformat(r["created_at"]), r["attempts"], r["uncertain"],
                  r["escalation_id"])


_CONCERN_SQL = """SELECT e.*, p.clinic_ref FROM escalations e LEFT JOIN patients p ON p.chat_id = e.chat_id"""


def _concern(r: sqlite3.Row) -> Concern:
    return Concern(
        id=r["id"], chat_id=r["chat_id"], level=r["level"], first_name=r["first_name"], day=r["day"],
        mentioned_day=r["mentioned_day"], symptoms=r["symptoms"], created_at=datetime.fromisoformat(r["created_at"]),
        notified_at=_time(r["notified_at"]), card_message_id=r["card_message_id"], card_at=_time(r["card_at"]),
        acknowledged_at=_time(r["acknowledged_at"]), acknowledged_by=r["acknowledged_by"],
        resolved_at=_time(r["resolved_at"]), resolved_by=r["resolved_by"], resolution=r["resolution"],
        reminders_sent=r["reminders_sent"], clinic_ref=r["clinic_ref"])


def _add_action(db: sqlite3.Connection, escalation_id: int, action: str, actor_id: int | None, actor: str,
                detail: str, now: datetime) -> None:
    db.execute("""INSERT INTO escalation_actions (escalation_id, chat_id, action, actor_id, actor, detail, at)
                  SELECT id, chat_id, ?, ?, ?, ?, ? FROM escalations WHERE id = ?""",
               (action, actor_id, actor, detail, _iso(now), escalation_id))

