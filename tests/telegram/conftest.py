"""End-to-end harness: the real Application polling a loopback fake Bot API, with a controlled clock."""

from __future__ import annotations

import asyncio
import inspect
import sqlite3
from collections.abc import AsyncIterator, Awaitable, Callable
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path
from typing import TypeVar
from zoneinfo import ZoneInfo

import pytest

from bot.config import Settings
from bot.storage import Storage
from bot.telegram.app import SEND_TIMEOUT, build_application
from bot.telegram.outbox import OutboxPolicy
from bot.telegram.runner import build_services, serve
from bot.telegram.services import Services
from tests.telegram.fake_bot_api import FakeBotApi, SentMessage

T = TypeVar("T")
ZONE = ZoneInfo("Europe/London")
FAST_OUTBOX = OutboxPolicy(first_retry=0.05, max_retry=0.4, send_timeout=2.0, idle_check=0.5)
STAFF_CHAT = -1001234
PATIENT = 5550001


class Clock:
    """The bot's idea of now; tests move it."""

    def __init__(self, now: datetime) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now

    def set(self, value: datetime) -> None:
        self.now = value

    def advance(self, **delta: float) -> None:
        self.now += timedelta(**delta)


def local(year: int, month: int, day: int, hour: int = 12, minute: int = 0) -> datetime:
    return datetime(year, month, day, hour, minute, tzinfo=ZONE)


@dataclass
class Bot:
    fake: FakeBotApi
    clock: Clock
    settings: Settings
    rate_limit: bool = True
    send_timeout: float = SEND_TIMEOUT
    services: Services | None = None
    _stop: asyncio.Event = field(default_factory=asyncio.Event)
    _task: asyncio.Task | None = None

    @property
    def storage(self) -> Storage:
        assert self.services is not None
        return self.services.storage

    async def start(self) -> None:
        self.services = build_services(self.settings, self.clock)
        app = build_application(self.services, rate_limit=self.rate_limit, send_timeout=self.send_timeout)
        self._stop = asyncio.Event()
        self.services.outbox.policy = FAST_OUTBOX
        self._task = asyncio.create_task(serve(app, self._stop, poll_timeout=1, tick_seconds=0.05))
        await self.fake.wait_for(lambda f: f.commands)

    async def stop(self) -> None:
        if self._task is not None:
            self._stop.set()
            await asyncio.wait_for(self._task, 15)
            self._task = None
        self.services = None

    async def eventually(self, predicate: Callable[[], Awaitable[T] | T], timeout: float = 10.0) -> T:
        """Poll `predicate` (sync or async) until truthy: for state the fake API is not told about (the database)."""
        deadline = asyncio.get_running_loop().time() + timeout
        while True:
            result = predicate()
            if inspect.isawaitable(result):
                result = await result
            if result or asyncio.get_running_loop().time() > deadline:
                assert result, "timed out waiting for the condition"
                return result
            await asyncio.sleep(0.05)

    def rows(self, sql: str, *args: object) -> list[sqlite3.Row]:
        """Read the bot's database directly (synchronously, for wait_for predicates)."""
        db = sqlite3.connect(self.settings.database_file())
        db.row_factory = sqlite3.Row
        try:
            return db.execute(sql, args).fetchall()
        finally:
            db.close()

    async def restart(self) -> None:
        await self.stop()
        self.fake.commands = []
        await self.start()

    async def say(self, text: str, chat_id: int = PATIENT, first_name: str = "Ana",
                  expect: int = 1) -> list[SentMessage]:
        """Send a message; wait for at least `expect` replies, then return all that came."""
        before = len(self.fake.messages_to(chat_id))
        await self.fake.message(chat_id, text, first_name=first_name)
        return await self.replies(chat_id, before, expect)

    async def tap(self, message: SentMessage, data: str, expect: int = 1) -> list[SentMessage]:
        """Press a button; wait for the callback answer and at least `expect` messages."""
        before = len(self.fake.messages_to(message.chat_id))
        callback_id = await self.fake.tap(message, data)
        await self.fake.wait_for(lambda f: callback_id in f.answered_callbacks)
        return await self.replies(message.chat_id, before, expect)

    async def forget(self, chat_id: int = PATIENT) -> SentMessage:
        """/forget, confirmed with its button; returns the confirmation message (edited to the outcome)."""
        [confirm] = await self.say("/forget", chat_id)
        await self.tap(confirm, "forget:yes", expect=0)
        await self.fake.wait_for(lambda f: "deleted everything" in confirm.text)
        return confirm

    async def replies(self, chat_id: int, before: int, minimum: int = 1, settle: float = 0.3) -> list[SentMessage]:
        await self.fake.wait_messages(chat_id, before + minimum)
        while True:
            count = len(self.fake.messages_to(chat_id))
            await asyncio.sleep(settle)
            if len(self.fake.messages_to(chat_id)) == count:
                return self.fake.messages_to(chat_id)[before:]


def make_settings(fake: FakeBotApi, tmp_path: Path, **overrides: object) -> Settings:
    values: dict[str, object] = {
        "telegram_bot_token": fake.token, "telegram_base_url": fake.base_url,
        "database_url": f"sqlite:///{tmp_path / 'db' / 'aftercare.db'}", "clinic_chat_id": STAFF_CHAT,
        "clinic_name": "Glow & Co <Clinic>", "clinic_phone": "+44 20 0000 0000", "timezone": "Europe/London",
        "checkin_time": "10:00", "checkin_days": 7,
    }
    values.update(overrides)
    return Settings(_env_file=None, **values)  # type: ignore[arg-type]


@pytest.fixture
async def fake() -> AsyncIterator[FakeBotApi]:
    api = FakeBotApi()
    await api.start()
    api.add_group(STAFF_CHAT, forum=False)  # an ordinary staff group; staff tests make their own
    yield api
    await api.stop()


@pytest.fixture
def clock() -> Clock:
    return Clock(local(2026, 11, 24, 9, 0))


@pytest.fixture
async def bot(fake: FakeBotApi, clock: Clock, tmp_path: Path) -> AsyncIterator[Bot]:
    running = Bot(fake, clock, make_settings(fake, tmp_path))
    await running.start()
    yield running
    await running.stop()
    assert not fake.rejected, f"the bot sent what Telegram rejects: {fake.rejected}"
