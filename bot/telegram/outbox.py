"""The staff-notice outbox: one worker delivers what patient handlers record, so no patient waits on the staff chat.

Promises, whatever fails: every notice reaches the staff chat at least once and at most twice. Before
each send the notice is marked in flight in the database; a send that times out (or was in flight when
the bot died) may have arrived, so after such an uncertain send a notice is sent at most once more.
Sends that certainly failed (Telegram answered with an error, or no connection was made) are retried with
exponential backoff per notice, capped. Urgent notices go ahead of older ones; a failing notice never
holds up the others. If storing an escalation failed, its notice is kept in memory and sent directly.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime, timedelta

from telegram import Bot
from telegram.error import RetryAfter

from bot.storage import EMERGENCY, FORGOTTEN, NewEscalation, Notice, Storage, StorageError
from bot.telegram import texts
from bot.telegram.render import Block, pack
from bot.telegram.send import may_have_arrived

log = logging.getLogger(__name__)
Send = Callable[[str], Awaitable[object]]
# Delivers an escalation's notice its own way (the staff workspace: an alert card in the patient's thread);
# returns False when it cannot (the escalation is gone), and the plain notice is sent instead.
Deliver = Callable[[Notice], Awaitable[bool]]


def wall_clock() -> datetime:
    return datetime.now(UTC)


@dataclass(frozen=True)
class OutboxPolicy:
    first_retry: float = 2.0  # seconds after the first failure; doubles per attempt
    max_retry: float = 60.0
    max_uncertain: int = 2  # sends that may have arrived: never more than this many copies
    send_timeout: float = 60.0  # staff sends get their own generous timeouts: a slow staff chat is not a failure
    idle_check: float = 30.0  # look at the table even when nobody woke the worker
    batch: int = 20

    def backoff(self, attempts: int) -> float:
        return min(self.first_retry * 2 ** max(attempts - 1, 0), self.max_retry)


def notice_html(notice: Notice) -> str:
    if notice.kind == FORGOTTEN:
        title = texts.STAFF_FORGOTTEN_URGENT if notice.urgent else texts.STAFF_FORGOTTEN
        return pack([Block(title)])[0]
    title = texts.STAFF_EMERGENCY if notice.kind == EMERGENCY else texts.STAFF_CONTACT
    body = texts.STAFF_BODY.format(
        name=notice.first_name or "(no name)", chat_id=notice.chat_id,
        day="unknown" if notice.day is None else notice.day, symptoms=notice.symptoms, message=notice.message,
    )
    return pack([Block("", title), Block(body)])[0]


@dataclass
class _Unsaved:
    """A notice whose escalation could not be stored: delivered from memory, recorded when storage is back."""

    escalation: NewEscalation
    created_at: datetime
    attempts: int = 0
    uncertain: int = 0
    due: datetime = field(default_factory=wall_clock)
    delivered_at: datetime | None = None

    def notice(self) -> Notice:
        e = self.escalation
        return Notice(0, e.level, e.level == EMERGENCY, e.chat_id, e.first_name, e.day, e.symptoms, e.message,
                      self.created_at, self.attempts, self.uncertain)


class Outbox:
    def __init__(self, storage: Storage, staff_chat: int | None, policy: OutboxPolicy | None = None,
                 clock: Callable[[], datetime] = wall_clock) -> None:
        self.storage = storage
        self.staff_chat = staff_chat
        self.policy = policy or OutboxPolicy()
        self.clock = clock
        self._send: Send | None = None
        self.deliver: Deliver | None = None
        self._wake = asyncio.Event()
        self._task: asyncio.Task[None] | None = None
        self._stopping = False
        self._recovered = False
        self._unsaved: list[_Unsaved] = []
        self._outcomes: list[tuple[Callable[..., Awaitable[object]], tuple[object, ...]]] = []

    # -- what the rest of the bot calls ------------------------------------------------------------

    def start(self, bot: Bot, deliver: Deliver | None = None) -> None:
        """Start the worker; its first pass sends whatever is pending at once. `deliver` (if given) sends
        escalations' notices; it must send at most one message per call, so the outbox's promise holds."""
        self.deliver = deliver
        staff_chat = self.staff_chat
        timeout = self.policy.send_timeout

        async def send(html: str) -> object:
            return await bot.send_message(staff_chat, html, read_timeout=timeout, write_timeout=timeout,
                                          connect_timeout=min(timeout, 20.0), pool_timeout=timeout)

        self.start_with(send)

    def start_with(self, send: Send) -> None:
        self._send = send
        self._stopping = False
        self._task = asyncio.create_task(self._run(), name="staff-notices")

    async def stop(self, grace: float = 5.0) -> None:
        """Let a send in progress finish (briefly), then stop the worker."""
        task, self._task = self._task, None
        if task is None:
            return
        self._stopping = True
        self._wake.set()
        try:
            await asyncio.wait_for(asyncio.shield(task), grace)
        except TimeoutError:
            task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await task

    def wake(self) -> None:
        self._wake.set()

    def send_unsaved(self, escalation: NewEscalation, now: datetime) -> None:
        """Deliver a notice whose escalation could not be stored (kept in memory; urgent ones first)."""
        self._unsaved.append(_Unsaved(escalation, now, due=self.clock()))
        self._unsaved.sort(key=lambda u: u.escalation.level != EMERGENCY)
        self.wake()

    async def settle(self, chat_id: int, timeout: float) -> int:
        """Wait (up to `timeout`) for this chat's notices to be delivered; returns how many are still open."""
        self.wake()
        deadline = asyncio.get_running_loop().time() + timeout
        while (left := await self.storage.open_notices(chat_id)) and asyncio.get_running_loop().time() < deadline:
            await asyncio.sleep(0.1)
        return left

    # -- the worker --------------------------------------------------------------------------------

    async def _run(self) -> None:
        while not self._stopping:
            self._wake.clear()
            delay = self.policy.idle_check
            try:
                await self.deliver_due()
                delay = await self._idle_delay()
            except StorageError as exc:
                log.error("staff notices: storage failed (%s); trying again shortly", exc)
                delay = self.policy.first_retry
            except Exception:
                log.exception("staff notices: unexpected failure; trying again shortly")
                delay = self.policy.first_retry
            if self._stopping:
                return
            if delay > 0:
                with contextlib.suppress(TimeoutError):
                    await asyncio.wait_for(self._wake.wait(), delay)

    async def _idle_delay(self) -> float:
        due = [u.due for u in self._unsaved if u.delivered_at is None]
        next_at = await self.storage.next_notice_at()
        if next_at is not None:
            due.append(next_at)
        if self._outcomes or any(u.delivered_at is not None for u in self._unsaved):
            due.append(self.clock() + timedelta(seconds=self.policy.first_retry))  # record them when storage is back
        if not due or self.staff_chat is None:
            return self.policy.idle_check
        return max(0.0, min((min(due) - self.clock()).total_seconds(), self.policy.idle_check))

    async def deliver_due(self) -> int:
        """One pass: send every notice due now, urgent first. Returns how many were delivered."""
        if self._send is None or self.staff_chat is None:
            return 0
        delivered = await self._deliver_unsaved()  # first: these exist nowhere else
        await self._record_outcomes()
        if not self._recovered:
            for notice_id in await self.storage.recover_notices(self.policy.max_uncertain, self.clock()):
                log.critical("staff notice %s was sent %d times without confirmation; not sending it again",
                             notice_id, self.policy.max_uncertain)
            self._recovered = True
        while not self._stopping:
            batch = await self.storage.due_notices(self.clock(), self.policy.batch)
            if not batch:
                break
            for notice in batch:
                delivered += await self._deliver(notice)
                if self._wake.is_set() or self._stopping:
                    break  # something new (perhaps urgent) came in: re-read the order
            self._wake.clear()
        return delivered

    async def _deliver(self, notice: Notice) -> int:
        if not await self.storage.notice_sending(notice.id, self.clock()):
            return 0
        try:
            await self._send_notice(notice)
        except Exception as exc:
            retry_at = self._after_failure(f"staff notice {notice.id}", notice.attempts + 1,
                                           notice.uncertain, exc)
            await self._recording(self.storage.notice_failed, notice.id, may_have_arrived(exc), retry_at,
                                  self.clock())
            return 0
        await self._recording(self.storage.notice_delivered, notice.id, self.clock())
        log.info("staff notice %s delivered (%s)", notice.id, notice.kind)
        return 1

    async def _send_notice(self, notice: Notice) -> None:
        assert self._send is not None
        if self.deliver is not None and notice.escalation_id is not None and await self.deliver(notice):
            return
        await self._send(notice_html(notice))

    def _after_failure(self, what: str, attempts: int, uncertain: int, exc: Exception) -> datetime | None:
        """When to try again (None: never — it was sent as often as the promise allows)."""
        unknown = may_have_arrived(exc)
        if unknown and uncertain + 1 >= self.policy.max_uncertain:
            log.critical("%s: %d sends timed out; it may have arrived, so it is not sent again", what,
                         uncertain + 1)
            return None
        wait = self.policy.backoff(attempts)
        if isinstance(exc, RetryAfter):
            retry_after = exc.retry_after
            wait = max(wait, retry_after.total_seconds() if isinstance(retry_after, timedelta) else retry_after)
        log.error("%s not delivered (%s%s); next try in %.1f s", what, type(exc).__name__,
                  ", may have arrived" if unknown else "", wait)
        return self.clock() + timedelta(seconds=wait)

    async def _recording(self, write: Callable[..., Awaitable[object]], *args: object) -> None:
        """Record a send's outcome; while storage fails, keep it in memory and retry on later passes (the notice
        stays marked in flight meanwhile, so it is not sent again; a restart counts it as uncertain)."""
        try:
            await write(*args)
        except StorageError as exc:
            log.error("staff notices: could not record a send's outcome (%s); will retry", exc)
            self._outcomes.append((write, args))

    async def _record_outcomes(self) -> None:
        outcomes, self._outcomes = self._outcomes, []
        for write, args in outcomes:
            await self._recording(write, *args)

    async def _deliver_unsaved(self) -> int:
        delivered = 0
        for item in list(self._unsaved):
            if item.delivered_at is not None:
                await self._record_unsaved(item)
                continue
            if item.due > self.clock():
                continue
            item.attempts += 1
            try:
                await self._send_notice(item.notice())
            except Exception as exc:
                retry_at = self._after_failure(f"unsaved staff notice for chat {item.escalation.chat_id}",
                                               item.attempts, item.uncertain, exc)
                item.uncertain += may_have_arrived(exc)
                if retry_at is None:
                    item.delivered_at = self.clock()  # as delivered as the promise allows; keep the record
                else:
                    item.due = retry_at
                continue
            item.delivered_at = self.clock()
            delivered += 1
            log.warning("unsaved staff notice for chat %s delivered directly", item.escalation.chat_id)
            await self._record_unsaved(item)
        return delivered

    async def _record_unsaved(self, item: _Unsaved) -> None:
        try:
            await self.storage.add_escalation(replace(item.escalation, message=""), item.created_at, notified=True)
        except StorageError:
            return  # still failing: try again on a later pass
        self._unsaved.remove(item)
        log.info("escalation for chat %s recorded after storage recovered", item.escalation.chat_id)
