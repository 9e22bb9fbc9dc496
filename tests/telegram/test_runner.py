"""`aftercare-bot run` and `link` as real processes: startup errors, privacy of the logs, clean SIGTERM."""

from __future__ import annotations

import asyncio
import os
import signal
import sys
from pathlib import Path

import pytest

from tests.telegram.fake_bot_api import BOT_USERNAME, FakeBotApi

ROOT = Path(__file__).resolve().parents[2]
SECRET_TEXT = "my secret cheek has pus since tuesday"


def env(tmp_path: Path, **values: str) -> dict[str, str]:
    base = {k: v for k, v in os.environ.items() if not k.startswith(("TELEGRAM_", "CLINIC_", "DATABASE_"))}
    base.update({"DATABASE_URL": f"sqlite:///{tmp_path / 'run.db'}", "PYTHONUNBUFFERED": "1"})
    base.update(values)
    return base


async def run_cli(tmp_path: Path, *args: str, **values: str) -> tuple[int, str]:
    process = await asyncio.create_subprocess_exec(
        sys.executable, "-m", "bot", *args, cwd=tmp_path, env=env(tmp_path, **values),
        stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.STDOUT)
    out, _ = await asyncio.wait_for(process.communicate(), 60)
    return process.returncode or 0, out.decode()


async def test_missing_token_is_one_clear_line(tmp_path):
    code, out = await run_cli(tmp_path, "run")
    assert code == 2
    assert out.count("\n") == 1 and "TELEGRAM_BOT_TOKEN is not set" in out and "@BotFather" in out
    assert "aftercare-bot chat" in out


@pytest.mark.parametrize(("name", "value"), [("TIMEZONE", "Mars/Olympus"), ("CHECKIN_TIME", "noon"),
                                             ("CHECKIN_DAYS", "-1"), ("CLINIC_CHAT_ID", "staff"),
                                             ("DATABASE_URL", "mysql://db"), ("KNOWLEDGE_DIR", "/no/such/dir")])
async def test_bad_setting_is_one_line_naming_it(tmp_path, name, value):
    code, out = await run_cli(tmp_path, "run", TELEGRAM_BOT_TOKEN="1:x", **{name: value})
    assert code == 2 and out.count("\n") == 1 and out.startswith(f"aftercare-bot: {name}:")
    assert "Traceback" not in out


async def test_broken_knowledge_base_is_one_line(tmp_path):
    kb = tmp_path / "kb"
    (kb / "topics").mkdir(parents=True)
    code, out = await run_cli(tmp_path, "run", TELEGRAM_BOT_TOKEN="1:x", KNOWLEDGE_DIR=str(kb))
    assert code == 2 and out.count("\n") == 1 and "triage.yaml: file is missing" in out


async def test_rejected_token_is_one_line(tmp_path):
    fake = FakeBotApi(token="1:right")
    await fake.start()
    try:
        code, out = await run_cli(tmp_path, "run", TELEGRAM_BOT_TOKEN="1:wrong", TELEGRAM_BASE_URL=fake.base_url)
    finally:
        await fake.stop()
    assert code == 2 and "rejected TELEGRAM_BOT_TOKEN" in out and "Traceback" not in out
    assert "1:wrong" not in out


async def test_run_keeps_text_and_token_out_of_debug_logs_allows_one_instance_and_stops_on_sigterm(tmp_path):
    fake = FakeBotApi(token="987654:SUPER-secret-token-value")
    await fake.start()
    fake.add_chat(-100)
    settings = {"TELEGRAM_BOT_TOKEN": fake.token, "TELEGRAM_BASE_URL": fake.base_url, "CLINIC_CHAT_ID": "-100",
                "LOG_LEVEL": "DEBUG"}
    process = await asyncio.create_subprocess_exec(
        sys.executable, "-m", "bot", "run", cwd=tmp_path, env=env(tmp_path, **settings),
        stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.STDOUT)
    try:
        await fake.wait_for(lambda f: f.commands, timeout=30)
        await fake.message(42, SECRET_TEXT)
        await fake.message(42, "can I wear makeup tomorrow at the wedding")
        await fake.message(42, SECRET_TEXT + " and my lips are swelling now", edited=True)
        await fake.wait_messages(42, 3, timeout=20)
        await fake.wait_messages(-100, 2, timeout=20)
        code, second = await run_cli(tmp_path, "run", **settings)
        process.send_signal(signal.SIGTERM)
        out, _ = await asyncio.wait_for(process.communicate(), 30)
    finally:
        if process.returncode is None:
            process.kill()
        await fake.stop()
    log = out.decode()
    assert process.returncode == 0, log
    assert "is running" in log and "escalation: chat 42 level contact" in log and " DEBUG " in log
    assert fake.token not in log and "SUPER-secret" not in log and "987654" not in log
    for words in ("cheek", "tuesday", "wedding", "lips", "makeup tomorrow"):
        assert words not in log, words
    assert code == 2 and second.count("\n") == 1 and "another aftercare-bot is already running" in second
    assert (tmp_path / "run.db").exists()


async def test_another_poller_with_the_same_token_stops_the_bot_with_one_line(tmp_path):
    fake = FakeBotApi()
    await fake.start()
    fake.fail("getUpdates", 409, times=1000, description="Conflict: terminated by other getUpdates request; "
              "make sure that only one bot instance is running")
    try:
        code, out = await run_cli(tmp_path, "run", TELEGRAM_BOT_TOKEN=fake.token, TELEGRAM_BASE_URL=fake.base_url)
    finally:
        await fake.stop()
    assert code == 1 and "another process is polling Telegram" in out and "Traceback" not in out
    assert out.count("aftercare-bot:") == 1 and "Conflict" not in out.replace("409 Conflict", "")


async def test_a_corrupt_database_is_one_line(tmp_path):
    (tmp_path / "run.db").write_bytes(b"not a database at all " * 200)
    code, out = await run_cli(tmp_path, "run", TELEGRAM_BOT_TOKEN="1:x")
    assert code == 2 and out.count("\n") == 1 and "is not a SQLite database or is corrupt" in out


async def test_link_prints_the_deep_link(tmp_path):
    code, out = await run_cli(tmp_path, "link", "2026-11-20", "--username", "@clinic_bot")
    assert code == 0 and out.strip() == "https://t.me/clinic_bot?start=2026-11-20"
    fake = FakeBotApi()
    await fake.start()
    try:
        code, out = await run_cli(tmp_path, "link", "2026-11-20", TELEGRAM_BOT_TOKEN=fake.token,
                                  TELEGRAM_BASE_URL=fake.base_url)
    finally:
        await fake.stop()
    assert code == 0 and out.strip() == f"https://t.me/{BOT_USERNAME}?start=2026-11-20"
    code, out = await run_cli(tmp_path, "link", "2099-01-01", "--username", "x")
    assert code == 2 and "not a usable treatment date" in out
