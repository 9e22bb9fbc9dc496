"""One bot per database and token: a second instance, or Telegram's 409 Conflict, stops with one line."""

from __future__ import annotations

import time

from tests.faults.conftest import PROBE, BotProcess, one_line_error, record

PATIENT = 5554001
EXIT_WITHIN = 15.0


async def test_second_instance_on_the_same_database_exits_at_once(faults):
    faults.fake.exclusive_polling = True  # as Telegram: a second poller displaces the first with 409
    await faults.bot.start()
    second = BotProcess(faults.fake, faults.workdir, faults.bot.env, name="second")
    started = time.monotonic()
    await second.start(ready=False)
    try:
        code = await second.exited(EXIT_WITHIN)
    finally:
        second.kill_now()
    took = time.monotonic() - started
    line = one_line_error(second.output())
    assert code != 0
    assert "running" in line.lower() or "instance" in line.lower() or "in use" in line.lower(), line
    # the first one is unharmed
    await faults.say(PATIENT, "can I wear makeup?")
    await faults.reply(PATIENT, "makeup", timeout=10)
    assert faults.bot.process.returncode is None
    record("second aftercare-bot run on the same database", exit_code=code, exit_after_s=took, line=line)


async def test_conflict_from_telegram_stops_the_bot_with_one_line(faults):
    await faults.bot.start()
    await faults.say(PROBE, "can I wear makeup?")
    await faults.reply(PROBE, "makeup", timeout=10)
    before = len(faults.bot.output().splitlines())
    faults.fake.conflict()
    started = time.monotonic()
    conflict_polls = lambda: sum(1 for c in faults.fake.requests if c.method == "getUpdates" and c.status == 409)  # noqa: E731
    code = await faults.bot.exited(EXIT_WITHIN)
    took = time.monotonic() - started
    output = faults.bot.output()
    new_lines = [line for line in output.splitlines()[before:] if line.strip()]
    assert "Traceback" not in output, output
    assert code != 0
    mentions = [line for line in new_lines if "conflict" in line.lower() or "instance" in line.lower()]
    assert mentions, output
    assert len(new_lines) <= 3, f"more than one clear line after the conflict:\n{new_lines}"
    assert conflict_polls() <= 3, f"{conflict_polls()} polls answered 409: the bot kept polling"
    record("409 Conflict from getUpdates", exit_code=code, exit_after_s=took, line=mentions[-1][-160:],
           polls_after_conflict=conflict_polls())
