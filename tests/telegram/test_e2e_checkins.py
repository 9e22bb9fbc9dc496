"""Daily check-ins end to end: schedule, restarts, never twice, triage by day, stop and forget."""

from __future__ import annotations

import asyncio
import re

import pytest

from tests.telegram.conftest import PATIENT, STAFF_CHAT, local

PROMPT = "check-in: how is your skin today?"


def checkins(bot, day: int | None = None):  # type: ignore[no-untyped-def]
    """Check-in prompts sent (answered ones are edited to "Day N check-in: <answer>")."""
    pattern = re.compile(rf"Day {day if day is not None else '[0-9]+'} check-in")
    return [m for m in bot.fake.messages_to(PATIENT) if pattern.match(m.text)]


async def quiet(seconds: float = 0.4) -> None:
    """Let several check-in ticks pass (they run every 0.05 s in tests)."""
    await asyncio.sleep(seconds)


async def test_checkin_is_sent_at_checkin_time_with_buttons(bot):
    await bot.say("/date yesterday")  # 09:00 on day 1
    await quiet()
    assert not checkins(bot)
    bot.clock.set(local(2026, 11, 24, 10, 0))
    [prompt] = await bot.fake.wait_for(lambda f: checkins(bot, 1))
    assert [label for label, _ in prompt.buttons] == ["All good", "Red", "Swollen", "Itchy or peeling",
                                                      "Something else"]
    await quiet()
    assert len(checkins(bot)) == 1


async def test_swollen_on_day_1_reassures_with_reminders(bot):
    await bot.say("/date yesterday")
    bot.clock.set(local(2026, 11, 24, 13, 0))
    [prompt] = await bot.fake.wait_for(lambda f: checkins(bot, 1))
    replies = await bot.tap(prompt, "ci:1:swollen")
    text = "\n".join(m.text for m in replies)
    assert "usually settles" in text and "contact" in text
    assert "from today: makeup is fine again" in text
    assert "still no direct sun" in text
    assert prompt.text == "Day 1 check-in: Swollen" and not prompt.buttons
    assert not bot.fake.messages_to(STAFF_CHAT)


async def test_swollen_on_day_5_escalates_to_the_clinic(bot):
    await bot.say("/date 2026-11-19")
    bot.clock.set(local(2026, 11, 24, 10, 30))
    [prompt] = await bot.fake.wait_for(lambda f: checkins(bot, 5))
    replies = await bot.tap(prompt, "ci:5:swollen")
    assert "contact your skincare professional" in replies[0].text
    notice = await bot.fake.wait_messages(STAFF_CHAT, 1)
    assert "Check-in day 5: Swollen" in notice[0].text and "Day after treatment: 5" in notice[0].text


async def test_a_second_tap_is_already_noted(bot):
    await bot.say("/date yesterday")
    bot.clock.set(local(2026, 11, 24, 10, 5))
    [prompt] = await bot.fake.wait_for(lambda f: checkins(bot, 1))
    await bot.tap(prompt, "ci:1:good")
    callback_id = await bot.fake.tap(prompt, "ci:1:red")
    answered = await bot.fake.wait_for(lambda f: f.answered_callbacks.get(callback_id))
    assert answered["text"] == "Already noted, thank you."


async def test_something_else_asks_for_words(bot):
    await bot.say("/date yesterday")
    bot.clock.set(local(2026, 11, 24, 10, 5))
    [prompt] = await bot.fake.wait_for(lambda f: checkins(bot, 1))
    replies = await bot.tap(prompt, "ci:1:other")
    assert "describe it in a message" in replies[-1].text


async def test_restart_sends_missed_checkin_once_and_reschedules(bot):
    await bot.say("/date yesterday")
    await bot.stop()
    bot.clock.set(local(2026, 11, 24, 11, 0))  # day 1's check-in fell due while the bot was down
    await bot.start()
    await bot.fake.wait_for(lambda f: checkins(bot, 1))
    await bot.restart()
    await quiet()
    assert len(checkins(bot, 1)) == 1
    bot.clock.set(local(2026, 11, 25, 9, 59))
    await quiet()
    assert not checkins(bot, 2)
    bot.clock.set(local(2026, 11, 25, 10, 0))
    await bot.fake.wait_for(lambda f: checkins(bot, 2))


async def test_a_day_missed_entirely_is_not_sent_late(bot):
    await bot.say("/date yesterday")
    await bot.stop()
    bot.clock.set(local(2026, 11, 26, 9, 0))  # down through day 1's and day 2's check-in times
    await bot.start()
    await quiet()
    assert not checkins(bot)
    bot.clock.set(local(2026, 11, 26, 10, 0))
    await bot.fake.wait_for(lambda f: checkins(bot, 3))
    assert not checkins(bot, 1) and not checkins(bot, 2)


async def test_checkins_stop_after_the_last_day(bot):
    await bot.say("/date 2026-11-17")  # day 7 today
    bot.clock.set(local(2026, 11, 24, 10, 0))
    await bot.fake.wait_for(lambda f: checkins(bot, 7))
    bot.clock.set(local(2026, 11, 25, 10, 0))
    await quiet()
    assert not checkins(bot, 8)


@pytest.mark.parametrize("command", ["/stop", "/forget"])
async def test_stop_and_forget_prevent_checkins(bot, command):
    await bot.say("/date yesterday")
    await (bot.forget() if command == "/forget" else bot.say(command))
    bot.clock.set(local(2026, 11, 24, 10, 0))
    await quiet()
    assert not checkins(bot)


async def test_resume_restarts_checkins(bot):
    await bot.say("/date yesterday")
    await bot.say("/stop")
    await bot.say("/resume")
    bot.clock.set(local(2026, 11, 24, 10, 0))
    await bot.fake.wait_for(lambda f: checkins(bot, 1))
    await quiet()
    assert len(checkins(bot)) == 1


async def test_checkin_command_asks_now(bot):
    assert "set your treatment date" in (await bot.say("/checkin"))[-1].text
    await bot.say("/date 2026-11-22")
    replies = await bot.say("/checkin")
    assert replies[-1].text == f"Day 2 {PROMPT}"
    await bot.tap(replies[-1], "ci:2:itchy")
    bot.clock.set(local(2026, 11, 24, 10, 0))
    await quiet()
    assert len(checkins(bot, 2)) == 1  # the scheduled one is not sent on top


async def test_failed_checkin_send_is_retried(bot):
    await bot.say("/date yesterday")
    bot.fake.fail("sendMessage", 500, times=5, chat_id=PATIENT)
    bot.clock.set(local(2026, 11, 24, 10, 0))
    await bot.fake.wait_for(lambda f: checkins(bot, 1), timeout=20)
    await quiet()
    assert len(checkins(bot, 1)) == 1


async def test_changing_the_date_restarts_the_days(bot):
    await bot.say("/date yesterday")
    bot.clock.set(local(2026, 11, 24, 10, 0))
    await bot.fake.wait_for(lambda f: checkins(bot, 1))
    await bot.say("/date 2026-11-22")
    await bot.fake.wait_for(lambda f: checkins(bot, 2))
    await bot.say("/date 2026-11-22")
    await quiet()
    assert len(checkins(bot, 2)) == 1
