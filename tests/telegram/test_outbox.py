"""The staff-notice outbox on a real SQLite database with a scripted staff chat: order, backoff, at most twice."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime, timedelta

import httpx
import pytest
from telegram.error import BadRequest, NetworkError, TimedOut

from bot.storage import NewEscalation, SqliteStorage, StorageError
from bot.telegram.outbox import Outbox, OutboxPolicy

T0 = datetime(2026, 11, 24, 10, 0, tzinfo=UTC)
POLICY = OutboxPolicy(first_retry=1.0, max_retry=8.0, max_uncertain=2)


class Clock:
    def __init__(self) -> None:
        self.now = T0

    def __call__(self) -> datetime:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += timedelta(seconds=seconds)


class StaffChat:
    """Records what arrives; `script` says what the next sends do: 'ok', 'timeout' (arrives, but no answer),
    'lost' (timeout, never arrives), '500', 'refused' (no connection) or 'bad' (400)."""

    def __init__(self) -> None:
        self.received: list[str] = []
        self.script: list[str] = []
        self.fail_containing: str | None = None

    async def __call__(self, html: str) -> None:
        if self.fail_containing and self.fail_containing in html:
            raise BadRequest("Bad Request: can't parse entities")
        step = self.script.pop(0) if self.script else "ok"
        if step in ("ok", "timeout"):
            self.received.append(html)
        if step in ("timeout", "lost"):
            raise TimedOut("Timed out")
        if step == "500":
            raise NetworkError("Internal Server Error (500)")
        if step == "refused":
            raise NetworkError("httpx.ConnectError: refused") from httpx.ConnectError("refused")
        if step == "bad":
            raise BadRequest("Bad Request: chat not found")


def esc(chat_id: int, level: str = "contact", message: str = "it hurts") -> NewEscalation:
    return NewEscalation(chat_id, level, "Ana", 5, message, "infection")


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def staff() -> StaffChat:
    return StaffChat()


def outbox(db: SqliteStorage, staff: StaffChat, clock: Clock) -> Outbox:
    box = Outbox(db, -100, POLICY, clock)
    box._send = staff
    return box


async def test_emergencies_go_ahead_of_older_contact_notices(db, staff, clock):
    for chat in (1, 2):
        await db.add_escalation(esc(chat), T0)
    await db.add_escalation(esc(3, "emergency", "lips swelling"), T0)
    assert await outbox(db, staff, clock).deliver_due() == 3
    assert ["URGENT" in html for html in staff.received] == [True, False, False]
    assert "chat id 1" in staff.received[1] and "chat id 2" in staff.received[2]
    records = [r for chat in (1, 2, 3) for r in await db.escalations(chat)]
    assert len(records) == 3 and all(r.notified_at for r in records)


async def test_failures_back_off_exponentially_per_notice_up_to_a_cap(db, staff, clock):
    await db.add_escalation(esc(1), T0)
    box = outbox(db, staff, clock)
    waits = []
    for _ in range(6):
        staff.script = ["500"]
        assert await box.deliver_due() == 0
        next_at = await db.next_notice_at()
        waits.append((next_at - clock()).total_seconds())
        clock.now = next_at
    assert waits == [1.0, 2.0, 4.0, 8.0, 8.0, 8.0]
    assert await box.deliver_due() == 1 and len(staff.received) == 1


async def test_a_definite_failure_is_retried_without_limit_but_a_timeout_at_most_once_more(db, staff, clock):
    await db.add_escalation(esc(1), T0)
    box = outbox(db, staff, clock)
    staff.script = ["refused", "500", "timeout", "timeout", "ok"]
    for _ in range(4):
        await box.deliver_due()
        clock.advance(60)
    assert await box.deliver_due() == 0  # two sends may have arrived: never a third
    assert len(staff.received) == 2 and staff.script == ["ok"]
    assert await db.next_notice_at() is None


async def test_a_timeout_then_success_is_two_copies_at_most(db, staff, clock):
    await db.add_escalation(esc(1), T0)
    box = outbox(db, staff, clock)
    staff.script = ["timeout"]
    await box.deliver_due()
    clock.advance(60)
    assert await box.deliver_due() == 1
    clock.advance(60)
    assert await box.deliver_due() == 0 and len(staff.received) == 2


async def test_at_most_twice_holds_across_restarts(db, staff, clock):
    """The bot dies mid-send twice: each send counts as one that may have arrived."""
    await db.add_escalation(esc(1), T0)
    for _ in range(2):
        [notice] = await db.due_notices(clock())
        await db.notice_sending(notice.id, clock())  # killed here, before the outcome was recorded
        staff.received.append("maybe")
        clock.advance(60)
        await db.recover_notices(2, clock())  # what a restarted worker does first
    assert await outbox(db, staff, clock).deliver_due() == 0
    assert staff.received == ["maybe", "maybe"]


async def test_one_bad_notice_never_holds_up_the_others(db, staff, clock):
    await db.add_escalation(esc(1, message="<broken>"), T0)
    await db.add_escalation(esc(2), T0)
    await db.add_escalation(esc(3), T0)
    staff.fail_containing = "chat id 1"
    box = outbox(db, staff, clock)
    assert await box.deliver_due() == 2
    assert [("chat id 2" in h, "chat id 3" in h) for h in staff.received] == [(True, False), (False, True)]
    staff.fail_containing = None
    clock.advance(60)
    assert await box.deliver_due() == 1


async def test_an_escalation_that_could_not_be_stored_is_sent_from_memory_and_recorded_later(db, staff, clock,
                                                                                             monkeypatch):
    box = outbox(db, staff, clock)
    box.send_unsaved(esc(9, "emergency", "throat closing"), T0)
    staff.script = ["500"]

    async def broken(*args: object, **kwargs: object) -> int:
        raise StorageError("SQLITE_READONLY: attempt to write a readonly database")

    monkeypatch.setattr(db, "add_escalation", broken)
    await box.deliver_due()
    clock.advance(60)
    await box.deliver_due()
    assert len(staff.received) == 1 and "throat closing" in staff.received[0]
    assert await db.escalations(9) == []
    monkeypatch.undo()
    await box.deliver_due()
    [record] = await db.escalations(9)
    assert record.level == "emergency" and record.notified_at is not None
    assert box._unsaved == []


async def test_the_worker_sends_at_once_on_wake_and_never_waits_for_the_staff_chat(db, tmp_path):
    arrived: list[str] = []
    gate = asyncio.Event()

    async def slow_staff(html: str) -> None:
        await gate.wait()
        arrived.append(html)

    await db.add_escalation(esc(1), T0)  # pending from before the start: sent at once
    box = Outbox(db, -100, OutboxPolicy(idle_check=5))
    box.start_with(slow_staff)
    await db.add_escalation(esc(2, "emergency"), T0)
    box.wake()  # returns at once: the handler never waits on the staff chat
    gate.set()
    for _ in range(100):
        if len(arrived) == 2:
            break
        await asyncio.sleep(0.02)
    await box.stop()
    assert len(arrived) == 2


async def test_an_outcome_that_cannot_be_recorded_is_kept_and_the_notice_not_resent(db, staff, clock,
                                                                                   monkeypatch):
    await db.add_escalation(esc(1), T0)
    await db.add_escalation(esc(2, "emergency"), T0)
    box = outbox(db, staff, clock)
    real = db.notice_delivered
    failing = True

    async def flaky(*args: object) -> None:
        if failing:
            raise StorageError("SQLITE_FULL: database or disk is full")
        await real(*args)

    monkeypatch.setattr(db, "notice_delivered", flaky)
    assert await box.deliver_due() == 2  # both went out; neither outcome could be written
    clock.advance(60)
    assert await box.deliver_due() == 0 and len(staff.received) == 2  # in flight: not sent again
    failing = False
    await box.deliver_due()
    records = [*await db.escalations(1), *await db.escalations(2)]
    assert len(records) == 2 and all(r.notified_at for r in records)
    assert len(staff.received) == 2
