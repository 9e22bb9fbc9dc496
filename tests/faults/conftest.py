"""Fault suite harness: the real `aftercare-bot run` process against the loopback fake Bot API, attacked.

Each test gets its own fake Bot API (127.0.0.1 only), a work folder with the database, and a `BotProcess`
it can start, kill -9 and restart on the same database. A `Probe` is an unrelated patient asking "can I
wear makeup?" over and over while the fault happens: its slowest answer is the fault's "worst delay of
an unrelated chat". Every test records its figures with `record`; the session writes them to
`<pytest basetemp>/faults-report.json` (and to $FAULTS_REPORT if set) and prints a table at the end.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import os
import re
import shutil
import signal
import sqlite3
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import AsyncIterator, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from tests.telegram.fake_bot_api import FakeBotApi, SentMessage

ROOT = Path(__file__).resolve().parents[2]
STAFF = -1009001
PROBE = 5559999
PROBE_QUESTION = "can I wear makeup?"
EMERGENCY = "my lips are swelling and I can't breathe"
EMERGENCY_REPLY = "emergency number"  # in the patient's emergency reply
CONTACT_REPLY = "contact your skincare professional"
FEW_SECONDS = 5.0  # "answered within a few seconds" on a loaded 2-core machine
STARTUP = 30.0  # the bot process is ready (setMyCommands called) within this
NOTICE_WAIT = 30.0  # a staff notice that is due arrives within this
QUIET = 2.0  # after the last copy of a notice, how long we watch for more
RESULTS: dict[str, dict[str, Any]] = {}


def noon_zone() -> str:
    """A fixed-offset zone where it is about noon now, so no test crosses a local midnight or check-in time."""
    offset = max(-12, min(14, 12 - datetime.now(UTC).hour))
    return "UTC" if offset == 0 else f"Etc/GMT{'-' if offset > 0 else '+'}{abs(offset)}"


def record(fault: str, **figures: Any) -> None:
    """Keep a fault's measured figures for the summary (copies per notice, worst delay of another chat...)."""
    RESULTS[fault] = {k: (round(v, 2) if isinstance(v, float) else v) for k, v in figures.items()}


class BotProcess:
    """`python -m bot run` as a real child process; output of each start goes to its own log file."""

    def __init__(self, fake: FakeBotApi, workdir: Path, env: dict[str, str], name: str = "bot") -> None:
        self.name = name
        self.fake = fake
        self.workdir = workdir
        self.env = env
        self.process: asyncio.subprocess.Process | None = None
        self.logs: list[Path] = []
        self.started_at = 0.0

    async def start(self, *, ready: bool = True, **overrides: str) -> BotProcess:
        self.fake.commands = []
        log = self.workdir / f"{self.name}-{len(self.logs) + 1}.log"
        self.logs.append(log)
        with log.open("wb") as out:
            self.process = await asyncio.create_subprocess_exec(
                sys.executable, "-m", "bot", "run", cwd=self.workdir, env={**self.env, **overrides},
                stdout=out, stderr=subprocess.STDOUT)
        self.started_at = time.monotonic()
        if ready:
            await self.ready()
        return self

    async def ready(self) -> None:
        """Wait until the bot registered its commands (it is polling by then)."""
        deadline = time.monotonic() + STARTUP
        while not self.fake.commands:
            if self.process is not None and self.process.returncode is not None:
                raise AssertionError(f"the bot exited with {self.process.returncode}: {self.output()}")
            if time.monotonic() > deadline:
                raise AssertionError(f"the bot was not ready in {STARTUP} s: {self.output()}")
            await asyncio.sleep(0.05)

    @property
    def pid(self) -> int:
        assert self.process is not None
        return self.process.pid

    def kill_now(self) -> None:
        """SIGKILL, synchronously (for use inside a fake-API watcher, at an exact moment)."""
        if self.process is not None and self.process.returncode is None:
            with contextlib.suppress(ProcessLookupError):
                os.kill(self.process.pid, signal.SIGKILL)

    async def kill(self) -> None:
        self.kill_now()
        await self.exited()

    async def terminate(self, timeout: float = 20) -> int:
        if self.process is not None and self.process.returncode is None:
            with contextlib.suppress(ProcessLookupError):
                self.process.send_signal(signal.SIGTERM)
        return await self.exited(timeout)

    async def exited(self, timeout: float = 20) -> int:
        """Wait for the process to end; its exit code (killing it first if it outlives `timeout`)."""
        assert self.process is not None
        try:
            return await asyncio.wait_for(self.process.wait(), timeout)
        except TimeoutError:
            self.kill_now()
            await self.process.wait()
            raise AssertionError(f"the bot was still running after {timeout} s: {self.output()[-2000:]}") from None

    def output(self, run: int = -1) -> str:
        return self.logs[run].read_text(errors="replace") if self.logs else ""

    def all_output(self) -> str:
        return "".join(log.read_text(errors="replace") for log in self.logs)


@dataclass
class Probe:
    """An unrelated patient who keeps asking a question; records how long each answer took."""

    fake: FakeBotApi
    chat_id: int = PROBE
    pause: float = 0.6  # under the flood limit (20 messages in 10 s)
    delays: list[float] = field(default_factory=list)
    _task: asyncio.Task | None = None
    _stop: asyncio.Event = field(default_factory=asyncio.Event)

    async def __aenter__(self) -> Probe:
        self._stop = asyncio.Event()
        self._task = asyncio.create_task(self._run())
        return self

    async def __aexit__(self, *exc: object) -> None:
        """Stop asking, but let the question in flight be answered: a freeze at the end counts too."""
        assert self._task is not None
        self._stop.set()
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(self._task, 65)

    async def _run(self) -> None:
        while not self._stop.is_set():
            before = len(self.fake.messages_to(self.chat_id))
            asked = time.monotonic()
            await self.fake.message(self.chat_id, PROBE_QUESTION, first_name="Pat")
            try:
                reply = await self.fake.wait_for(lambda f, n=before: f.messages_to(self.chat_id)[n:n + 1], 60)
                self.delays.append(reply[0].sent_at - asked)
            except AssertionError:
                self.delays.append(time.monotonic() - asked)
                return
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self._stop.wait(), self.pause)

    @property
    def worst(self) -> float:
        return max(self.delays, default=float("inf"))

    def check(self) -> float:
        """The worst delay; fails unless every question was answered within a few seconds."""
        assert self.delays, "the unrelated patient got no answer at all"
        assert self.worst <= FEW_SECONDS, f"an unrelated chat waited {self.worst:.1f} s (delays {self.delays})"
        return self.worst


@dataclass
class Faults:
    """What one fault test works with."""

    fake: FakeBotApi
    bot: BotProcess
    workdir: Path
    db: Path

    def probe(self, chat_id: int = PROBE) -> Probe:
        return Probe(self.fake, chat_id)

    async def say(self, chat_id: int, text: str, first_name: str = "Ana") -> int:
        return await self.fake.message(chat_id, text, first_name=first_name)

    async def reply(self, chat_id: int, containing: str = "", after: int = 0,
                    timeout: float = NOTICE_WAIT) -> SentMessage:
        """The first message to `chat_id` (from index `after`) containing `containing` (any case)."""
        def found(f: FakeBotApi) -> SentMessage | None:
            return next((m for m in f.messages_to(chat_id)[after:] if containing.lower() in m.text.lower()), None)
        try:
            return await self.fake.wait_for(found, timeout)
        except AssertionError:
            got = [m.text[:60] for m in self.fake.messages_to(chat_id)[after:]][-5:]
            raise AssertionError(f"chat {chat_id} got no message containing {containing!r} within {timeout:.0f} s; "
                                 f"it got: {got}") from None

    def notices(self, chat_id: int, also: re.Pattern[str] | None = None) -> list[SentMessage]:
        """Staff-chat messages about this patient, naming its chat id or matching `also` (each copy counts)."""
        pattern = re.compile(rf"(?<!\d){chat_id}(?!\d)")
        return [m for m in self.fake.messages_to(STAFF) if pattern.search(m.text) or (also and also.search(m.text))]

    async def notice_copies(self, chat_id: int, timeout: float = NOTICE_WAIT, quiet: float = QUIET,
                            also: re.Pattern[str] | None = None) -> int:
        """Wait for the first staff notice about `chat_id`, then until no new copy came for `quiet` seconds."""
        try:
            await self.fake.wait_for(lambda f: self.notices(chat_id, also), timeout)
        except AssertionError:
            raise AssertionError(f"the clinic got no notice about chat {chat_id} within {timeout:.0f} s; "
                                 f"staff chat: {[m.text[:60] for m in self.fake.messages_to(STAFF)]}") from None
        count = len(self.notices(chat_id, also))
        while True:
            await asyncio.sleep(quiet)
            if len(self.notices(chat_id, also)) == count:
                return count
            count = len(self.notices(chat_id, also))

    def rows(self, sql: str, *args: Any) -> list[tuple[Any, ...]]:
        with contextlib.closing(sqlite3.connect(self.db, timeout=10)) as db:
            return db.execute(sql, args).fetchall()

    def text_columns_containing(self, needle: str) -> list[str]:
        """Every table.column of the database holding `needle` somewhere (for privacy checks)."""
        found: list[str] = []
        tables = [r[0] for r in self.rows("SELECT name FROM sqlite_master WHERE type = 'table'")]
        for table in tables:
            for column in [r[1] for r in self.rows(f'PRAGMA table_info("{table}")')]:
                hits = self.rows(f'SELECT COUNT(*) FROM "{table}" WHERE CAST("{column}" AS TEXT) LIKE ?',
                                 f"%{needle}%")
                if hits[0][0]:
                    found.append(f"{table}.{column}")
        return found


@contextlib.asynccontextmanager
async def db_locked(path: Path, seconds: float) -> AsyncIterator[None]:
    """Another process's hold on the database: BEGIN EXCLUSIVE for `seconds`, from a thread (the fake API
    keeps serving meanwhile). Entered once the lock is held; leaving waits until it is released."""
    held = threading.Event()

    def hold() -> None:
        db = sqlite3.connect(path, timeout=10, isolation_level=None)
        try:
            db.execute("BEGIN EXCLUSIVE")
            held.set()
            time.sleep(seconds)
            db.execute("ROLLBACK")
        finally:
            db.close()

    thread = threading.Thread(target=hold, daemon=True)
    thread.start()
    assert await asyncio.to_thread(held.wait, 15), "could not lock the database"
    try:
        yield
    finally:
        await asyncio.to_thread(thread.join, seconds + 15)


def set_read_only(paths: list[Path], read_only: bool) -> None:
    """Make files read-only. As root, chmod does not stop writes, so the files are also made immutable
    (chattr +i), which fails even writes through already-open descriptors, like a file system remounted
    read-only. Never the -shm file: SQLite maps it into memory and a write to it would be SIGBUS."""
    for path in paths:
        if not path.exists() or path.name.endswith("-shm"):
            continue
        if read_only:
            path.chmod(0o444)
        if os.geteuid() == 0:
            subprocess.run(["chattr", "+i" if read_only else "-i", str(path)], check=True)
        if not read_only:
            path.chmod(0o644)


def one_line_error(output: str) -> str:
    """The single line a startup failure prints; fails on tracebacks or several lines."""
    lines = [line for line in output.splitlines() if line.strip()]
    assert "Traceback" not in output, output
    assert len(lines) == 1, f"expected one clear line, got {len(lines)}:\n{output}"
    return lines[0]


@pytest.fixture
def workdir() -> Iterator[Path]:
    """The bot's folder. Not pytest's tmp_path: pytest deletes old tmp folders of the same user, and a
    concurrent run would pull the database and logs from under a running bot. FAULTS_KEEP=1 keeps it."""
    path = Path(tempfile.mkdtemp(prefix="aftercare-faults-"))
    yield path
    if not os.environ.get("FAULTS_KEEP"):
        set_read_only(list(path.rglob("*.db*")), False)
        shutil.rmtree(path, ignore_errors=True)


@pytest.fixture
async def faults(workdir: Path) -> AsyncIterator[Faults]:
    fake = FakeBotApi(token="424242:FAULT-suite-secret-token")
    await fake.start()
    fake.add_group(STAFF, forum=False)
    db = workdir / "db" / "aftercare.db"
    env = {k: v for k, v in os.environ.items()
           if not k.startswith(("TELEGRAM_", "CLINIC_", "DATABASE_", "CHECKIN_", "LOG_", "TIMEZONE"))}
    env.update({
        "PYTHONUNBUFFERED": "1", "PYTHONPATH": str(ROOT), "TELEGRAM_BOT_TOKEN": fake.token,
        "TELEGRAM_BASE_URL": fake.base_url, "DATABASE_URL": f"sqlite:///{db}", "CLINIC_CHAT_ID": str(STAFF),
        "CLINIC_NAME": "Glow & Co", "CLINIC_PHONE": "+44 20 0000 0000", "TIMEZONE": noon_zone(),
        "CHECKIN_TIME": "23:59", "LOG_LEVEL": "INFO",
    })
    bot = BotProcess(fake, workdir, env)
    yield Faults(fake, bot, workdir, db)
    if bot.process is not None and bot.process.returncode is None:
        await bot.kill()
    set_read_only([db, db.with_name(db.name + "-wal")], False)
    await fake.stop()
    assert not fake.rejected, f"under this fault the bot sent what Telegram rejects: {fake.rejected}"


def pytest_sessionfinish(session: pytest.Session) -> None:
    if not RESULTS:
        return
    text = json.dumps(RESULTS, indent=2, sort_keys=True)
    base = session.config._tmp_path_factory.getbasetemp()  # type: ignore[attr-defined]
    (Path(base) / "faults-report.json").write_text(text)
    if target := os.environ.get("FAULTS_REPORT"):
        Path(target).write_text(text)


def pytest_terminal_summary(terminalreporter: Any) -> None:
    if not RESULTS:
        return
    terminalreporter.section("fault suite figures")
    for fault, figures in sorted(RESULTS.items()):
        terminalreporter.write_line(f"{fault}: " + ", ".join(f"{k}={v}" for k, v in figures.items()))
