"""What the bot stores, as an async interface: SQLite sits behind it today, a server database can next.

Every method is a coroutine, so no implementation may block the event loop: the SQLite one runs its
calls on a dedicated thread. Failures the caller must handle (the database is locked for too long,
read-only, full, corrupt) surface as `StorageError`; a database that cannot be used at all at startup
raises `StorageStartupError` with one line fit to show the operator.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import Protocol


class StorageError(Exception):
    """A read or write failed even after retries; the message says why in a few words (never data)."""


class StorageStartupError(StorageError):
    """The database cannot be used at all (unwritable, read-only, corrupt, locked, or in use by another bot)."""


@dataclass(frozen=True)
class Patient:
    chat_id: int
    first_name: str
    treated_on: date | None
    treated_at: datetime | None  # the exact time, or (time_known False) a safe late guess on treated_on
    checkins_paused: bool
    time_known: bool = False
    clinic_ref: str | None = None


@dataclass(frozen=True)
class NewEscalation:
    """An escalation to record, with the staff notice it needs."""

    chat_id: int
    level: str  # "contact" or "emergency"
    first_name: str
    day: int | None
    message: str  # the patient's words (kept only until the notice is delivered)
    symptoms: str
    message_id: int | None = None  # the Telegram message that escalated (edits of it are compared)
    mentioned_day: int | None = None  # the day the patient named ("on day 5"), when the engine found one


@dataclass(frozen=True)
class EscalationRecord:
    id: int
    chat_id: int
    level: str
    day: int | None
    symptoms: str
    message_id: int | None
    created_at: datetime
    notified_at: datetime | None


# Staff-notice kinds: an escalation's notice, or the minimal one left when /forget erased an undelivered one.
CONTACT, EMERGENCY, FORGOTTEN = "contact", "emergency", "forgotten"


@dataclass(frozen=True)
class Notice:
    """A staff notice in the outbox. `uncertain` counts sends whose outcome is unknown (they may have arrived)."""

    id: int
    kind: str
    urgent: bool
    chat_id: int | None
    first_name: str
    day: int | None
    symptoms: str
    message: str
    created_at: datetime
    attempts: int
    uncertain: int
    escalation_id: int | None = None  # None for FORGOTTEN notices and notices sent from memory


# Staff actions on an escalation (its audit trail).
ACKNOWLEDGED, RESOLVED, NOTE, MESSAGE, REMINDER, CARD, ERASED = (
    "acknowledged", "resolved", "note", "message", "reminder", "card", "erased")


@dataclass(frozen=True)
class Concern:
    """An escalation as the staff workspace sees it: what was reported, and what the clinic did about it."""

    id: int
    chat_id: int
    level: str
    first_name: str
    day: int | None
    mentioned_day: int | None
    symptoms: str
    created_at: datetime
    notified_at: datetime | None
    card_message_id: int | None
    card_at: datetime | None  # when the card reached the staff chat
    acknowledged_at: datetime | None
    acknowledged_by: str | None
    resolved_at: datetime | None
    resolved_by: str | None
    resolution: str | None
    reminders_sent: int
    clinic_ref: str | None

    @property
    def state(self) -> str:
        if self.resolved_at is not None:
            return "resolved"
        return "acknowledged" if self.acknowledged_at is not None else "open"


@dataclass(frozen=True)
class Action:
    """One entry of an escalation's audit trail: who did what, when (`detail`: a note's text or a reason)."""

    escalation_id: int
    action: str
    actor_id: int | None
    actor: str
    detail: str
    at: datetime


@dataclass(frozen=True)
class StatsRows:
    """The raw figures /stats computes from (pure functions in bot.telegram.staff.stats)."""

    patients: list[tuple[datetime, date | None]]  # (enrolled at, treated on)
    checkins: list[tuple[int, datetime, bool]]  # (chat id, sent at, answered)
    concerns: list[Concern]


class Storage(Protocol):
    """The bot's storage. Times are timezone-aware; implementations store them in UTC."""

    async def open(self) -> None:
        """Connect, migrate and check the database is writable; raises StorageStartupError with one line."""

    async def lock_instance(self) -> None:
        """Claim the database for this process; StorageStartupError if another bot already runs on it."""

    async def close(self) -> None: ...

    async def schema_version(self) -> int: ...

    # patients
    async def patient(self, chat_id: int) -> Patient | None: ...

    async def set_treatment(self, chat_id: int, first_name: str, treated_on: date, treated_at: datetime,
                            now: datetime, time_known: bool = False) -> None:
        """Set (or change) the treatment; `time_known`: the patient gave its exact time.
        A changed date starts the check-in days afresh; a changed time alone keeps them."""

    async def set_paused(self, chat_id: int, paused: bool) -> bool:
        """Pause or resume check-ins; False when the chat has no treatment date yet."""

    async def active_patients(self, treated_since: date) -> list[Patient]: ...

    async def forget(self, chat_id: int, now: datetime) -> int:
        """Delete every row about the chat. Its undelivered staff notices become one minimal anonymous notice
        (so the clinic still hears that a concern was raised); returns how many were undelivered."""

    async def rows_about(self, chat_id: int) -> int:
        """How many rows mention this chat, in every table (for /forget's promise and its tests)."""

    # check-ins
    async def claim_checkin(self, chat_id: int, day: int, now: datetime, treated_on: date | None = None) -> bool:
        """Reserve day N's check-in for this chat; False if it was claimed before (never send twice), or if the
        treatment date is no longer `treated_on`, the date day N was counted from (changed meanwhile)."""

    async def reopen_checkin(self, chat_id: int, day: int, now: datetime) -> None:
        """A check-in asked for by the patient: (re)open day N so its new answer counts."""

    async def release_checkin(self, chat_id: int, day: int) -> None:
        """Undo a claim whose message definitely did not go out, so a later tick tries again."""

    async def checkin_sent(self, chat_id: int, day: int, message_id: int) -> None: ...

    async def answer_checkin(self, chat_id: int, day: int, answer: str, now: datetime,
                             escalation: NewEscalation | None = None) -> bool:
        """Record the answer to day N's check-in, and its escalation in the same transaction;
        False (and nothing recorded) if there is no such check-in or it was answered already."""

    async def checkin_days(self, chat_id: int) -> dict[int, str | None]: ...

    # escalations and the staff-notice outbox
    async def add_escalation(self, escalation: NewEscalation, now: datetime, *, notified: bool = False) -> int:
        """Record an escalation and queue its staff notice in one transaction. `notified`: the notice already
        went out (sent directly while storage was failing), so only the record is kept."""

    async def escalations(self, chat_id: int) -> list[EscalationRecord]: ...

    async def escalated(self, chat_id: int, message_id: int) -> str | None:
        """The highest level already escalated for this message (edits that add nothing stay quiet)."""

    async def due_notices(self, now: datetime, limit: int = 20) -> list[Notice]:
        """Open notices due by `now` and not in flight: urgent first, then oldest first."""

    async def next_notice_at(self) -> datetime | None:
        """When the earliest open notice falls due (None: nothing to send)."""

    async def recover_notices(self, max_uncertain: int, now: datetime) -> list[int]:
        """At startup: sends that were in flight when the bot died count as uncertain; notices that reached
        `max_uncertain` are closed. Returns the ids closed that way."""

    async def notice_sending(self, notice_id: int, now: datetime) -> bool:
        """Mark a send as in flight (before the network call); False if the notice is gone or closed."""

    async def notice_delivered(self, notice_id: int, now: datetime) -> None:
        """Close a delivered notice and drop the patient's words: the staff chat has them now."""

    async def notice_failed(self, notice_id: int, uncertain: bool, retry_at: datetime | None,
                            now: datetime) -> None:
        """A send failed (`uncertain`: it may have arrived). `retry_at` None closes the notice for good."""

    async def open_notices(self, chat_id: int) -> int:
        """Undelivered staff notices about this chat."""

    # the staff workspace: the clinic's reference, threads, cards, the audit trail, reminders
    async def set_clinic_ref(self, chat_id: int, ref: str) -> bool:
        """Store the clinic's reference for a patient; False when the chat has no patient row yet."""

    async def patient_by_ref(self, ref: str) -> Patient | None: ...

    async def staff_thread(self, chat_id: int) -> int | None:
        """The forum topic (message_thread_id) of this patient's thread in the staff chat, if any."""

    async def set_staff_thread(self, chat_id: int, thread_id: int | None, now: datetime, name: str = "") -> None:
        """Remember (or with None, forget) the patient's forum topic and its name."""

    async def staff_thread_name(self, chat_id: int) -> str | None: ...

    async def rename_staff_thread(self, chat_id: int, name: str) -> None: ...

    async def chat_for_thread(self, thread_id: int) -> int | None: ...

    async def map_staff_message(self, message_id: int, chat_id: int, escalation_id: int | None) -> None:
        """Remember that a message in the staff chat belongs to a patient (replies to it reach them)."""

    async def chat_for_staff_message(self, message_id: int) -> int | None: ...

    async def card_sent(self, escalation_id: int, message_id: int, now: datetime) -> None: ...

    async def concern(self, escalation_id: int) -> Concern | None: ...

    async def concerns(self, chat_id: int) -> list[Concern]:
        """Every escalation of a patient, oldest first."""

    async def open_concerns(self) -> list[Concern]:
        """Escalations not resolved yet, oldest first."""

    async def current_concern(self, chat_id: int) -> Concern | None:
        """The patient's oldest unresolved escalation, else their latest one (None: never escalated)."""

    async def acknowledge(self, escalation_id: int, actor_id: int, actor: str, now: datetime) -> bool:
        """Record who acknowledged; False if it was acknowledged or resolved already."""

    async def resolve(self, escalation_id: int, actor_id: int, actor: str, reason: str, now: datetime) -> bool:
        """Record who resolved it and why; False if it was resolved already."""

    async def add_action(self, escalation_id: int, action: str, actor_id: int | None, actor: str, detail: str,
                         now: datetime) -> None: ...

    async def actions(self, escalation_id: int) -> list[Action]: ...

    async def claim_reminder(self, escalation_id: int, step: int, now: datetime) -> bool:
        """Reserve reminder number `step` (1..) before sending it; False if it was claimed before or the
        escalation was acknowledged or resolved meanwhile (so a reminder is never sent twice)."""

    async def stats_rows(self, since: datetime) -> StatsRows: ...
