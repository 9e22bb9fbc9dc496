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
                                             ("STAFF_REMINDER_MINUTES_EMERGENCY", "0"),
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


async def test_link_carries_the_clinic_reference_and_writes_a_qr_code(tmp_path):
    code, out = await run_cli(tmp_path, "link", "2026-11-20", "--username", "clinic_bot", "--ref", "A123",
                              "--qr", str(tmp_path / "pat.png"))
    assert code == 0 and out.splitlines()[0] == "https://t.me/clinic_bot?start=2026-11-20_A123"
    assert (tmp_path / "pat.png").read_bytes().startswith(b"\x89PNG\r\n")
    code, out = await run_cli(tmp_path, "link", "2026-11-20", "--username", "x", "--ref", "A 1/2")
    assert code == 2 and "--ref 'A 1/2' may use only letters" in out and out.count("\n") == 1
    code, out = await run_cli(tmp_path, "link", "2026-11-20", "--username", "x", "--ref", "R" * 54)
    assert code == 2 and "at most 53 fit" in out


async def _start_bot(tmp_path: Path, fake: FakeBotApi, **values: str) -> asyncio.subprocess.Process:
    fake.commands = []
    process = await asyncio.create_subprocess_exec(
        sys.executable, "-m", "bot", "run", cwd=tmp_path,
        env=env(tmp_path, TELEGRAM_BOT_TOKEN=fake.token, TELEGRAM_BASE_URL=fake.base_url, **values),
        stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.STDOUT)
    await fake.wait_for(lambda f: f.commands, timeout=30)
    return process


async def _stop_bot(process: asyncio.subprocess.Process) -> str:
    process.send_signal(signal.SIGTERM)
    out, _ = await asyncio.wait_for(process.communicate(), 30)
    assert process.returncode == 0, out.decode()
    return out.decode()


async def test_the_staff_loop_through_the_real_process_and_a_restart(tmp_path):
    """`aftercare-bot run` with a forum staff chat: card in a thread, a reminder, a staff tap, a restart that
    repeats nothing, and messages both ways through the thread the database remembered."""
    staff_chat, staff, patient = -100500, 9001, 42
    fake = FakeBotApi()
    await fake.start()
    fake.add_group(staff_chat, forum=True, members={staff: "member"})
    settings = {"CLINIC_CHAT_ID": str(staff_chat), "CLINIC_NAME": "Glow", "STAFF_REMINDER_MINUTES_EMERGENCY": "0.05"}
    process = await _start_bot(tmp_path, fake, **settings)
    try:
        await fake.message(patient, "/start 2026-11-21_A7", first_name="Pat")
        await fake.message(patient, "my lips are swelling and I can't breathe", first_name="Pat")
        [card] = await fake.wait_for(lambda f: [m for m in f.messages_to(staff_chat) if m.buttons], timeout=20)
        assert card.thread_id in fake.groups[staff_chat].topics and "Pat (ref A7, chat id 42)" in card.text
        reminders = lambda: [m for m in fake.messages_to(staff_chat) if "Reminder" in m.text]  # noqa: E731
        await fake.wait_for(lambda f: reminders(), timeout=20)
        callback_id = await fake.tap(card, card.buttons[0][1], first_name="Sam", user_id=staff)
        await fake.wait_for(lambda f: callback_id in f.answered_callbacks and "Acknowledged by Sam" in card.text)
        await _stop_bot(process)

        process = await _start_bot(tmp_path, fake, **settings)
        await fake.group_message(staff_chat, staff, "Calling you now", thread_id=card.thread_id)
        await fake.wait_for(lambda f: any(m.text == "Message from Glow: Calling you now" for m in f.messages_to(42)))
        await fake.message(patient, "thanks, picking up", first_name="Pat")
        [mirrored] = await fake.wait_for(
            lambda f: [m for m in f.messages_to(staff_chat) if "picking up" in m.text], timeout=20)
        assert mirrored.thread_id == card.thread_id and len(fake.groups[staff_chat].topics) == 1
        await asyncio.sleep(3.5)  # past reminder 2's time: acknowledged, so none; reminder 1 never again
        assert [m.text[:14] for m in reminders()] == ["⏰ Reminder 1/3"]
        log = await _stop_bot(process)
        assert "picking up" not in log and "Calling you" not in log
    finally:
        if process.returncode is None:
            process.kill()
        await fake.stop()
    assert not fake.rejected, fake.rejected
