"""The treatment's time of day, stale date keyboards, huge numbers and questions about a later time:
end to end, the real Application against the loopback fake Bot API. The clock starts Tue 24 Nov 09:00."""

from __future__ import annotations

import re

import pytest

from tests.telegram.conftest import PATIENT, local


def button(message, label: str) -> str:
    return dict(message.buttons)[label]


async def patient_row(bot):
    [row] = bot.rows("SELECT treated_on, treated_at, time_known FROM patients WHERE chat_id = ?", PATIENT)
    return row


async def test_enrolment_asks_the_time_of_day_and_counts_from_the_end_of_it(bot):
    replies = await bot.say("/start", expect=2)
    [asked] = await bot.tap(replies[-1], button(replies[-1], "Yesterday"))
    assert "Mon 23 Nov 2026" in asked.text and "What time of day was it?" in asked.text
    assert [label for label, _ in asked.buttons] == ["Morning", "Midday", "Afternoon", "Evening", "Not sure"]
    [done] = await bot.tap(asked, button(asked, "Morning"))
    assert "count from 12:00 on Mon 23 Nov 2026" in done.text
    row = await patient_row(bot)
    assert row["treated_on"] == "2026-11-23" and row["time_known"] == 0
    [answer] = await bot.say("can I wear makeup?")  # 21 h after the assumed 12:00
    assert "it's been about a day since your treatment" in answer.text and "around 12:00 today" in answer.text
    assert not re.search(r"\d+ (hours?|minutes?) since", answer.text)


async def test_not_sure_counts_from_the_latest_time_and_says_days(bot):
    replies = await bot.say("/date yesterday")
    await bot.tap(replies[-1], button(replies[-1], "Not sure"))
    answer = await bot.say("can I go to the gym?")
    assert "it's been about a day" in answer[0].text and "around 22:00 today" in answer[0].text
    assert "less than a day" not in answer[0].text and "27 hours" not in answer[0].text


async def test_today_not_sure_is_never_in_the_future(bot):
    replies = await bot.say("/date today")
    [done] = await bot.tap(replies[-1], button(replies[-1], "Not sure"))
    assert "count from 09:00 on Tue 24 Nov 2026" in done.text
    bot.clock.advance(minutes=1)
    answer = await bot.say("makeup?")
    assert "less than a day since your treatment" in answer[0].text and "1 minute" not in answer[0].text


@pytest.mark.parametrize(("typed", "hhmm"), [("yesterday 10:30", "10:30"), ("yesterday at 4pm", "16:00"),
                                             ("/date 2026-11-23 10:30", "10:30")])
async def test_typed_date_and_time_is_exact(bot, typed, hhmm):
    [reply] = await bot.say(typed)
    assert f"Mon 23 Nov 2026 at {hhmm} (day 1 today)" in reply.text and not reply.buttons
    assert (await patient_row(bot))["time_known"] == 1
    answer = await bot.say("can I wear makeup?")
    assert "it's been" in answer[0].text and f"around {hhmm} today" in answer[0].text


async def test_a_time_typed_after_the_question(bot):
    await bot.say("/date yesterday")
    [reply] = await bot.say("3pm")
    assert "Mon 23 Nov 2026 at 15:00" in reply.text
    assert (await patient_row(bot))["time_known"] == 1
    [future] = await bot.say("/date today at 3pm")
    assert "in the future" in future.text
    assert (await patient_row(bot))["treated_on"] == "2026-11-23"


async def test_date_command_changes_the_time_and_keeps_checkins(bot):
    await bot.say("/date 2026-11-20 10:00")
    bot.clock.set(local(2026, 11, 24, 10, 30))
    await bot.fake.wait_for(lambda f: bot.rows("SELECT * FROM checkins WHERE chat_id = ?", PATIENT))
    await bot.say("/date 2026-11-20 16:00")
    shown = await bot.say("/date")
    assert "Fri 20 Nov 2026 (day 4 today), at 16:00" in shown[-1].text
    assert len(bot.rows("SELECT * FROM checkins WHERE chat_id = ?", PATIENT)) == 1


async def test_an_old_date_button_after_the_date_was_set_asks_first(bot):
    replies = await bot.say("/start", expect=2)
    keyboard = replies[-1]
    await bot.say("2026-11-20")
    bot.clock.set(local(2026, 11, 24, 10, 30))
    await bot.fake.wait_for(lambda f: bot.rows("SELECT * FROM checkins WHERE chat_id = ?", PATIENT))
    # the row is claimed before the prompt is sent: wait for the prompt too, or it lands among the replies below
    await bot.fake.wait_for(lambda f: any("check-in" in m.text for m in f.messages_to(PATIENT)))
    [question] = await bot.tap(keyboard, button(keyboard, "Today"))
    assert "Change your treatment date from Fri 20 Nov 2026 to Tue 24 Nov 2026?" in question.text
    assert (await patient_row(bot))["treated_on"] == "2026-11-20"
    assert len(bot.rows("SELECT * FROM checkins WHERE chat_id = ?", PATIENT)) == 1
    [kept] = await bot.tap(question, button(question, "Keep Fri 20 Nov"))
    assert "stays Fri 20 Nov 2026" in kept.text
    [changed] = await bot.tap(question, button(question, "Yes, Tue 24 Nov"))  # "keep" did not spend it
    assert (await patient_row(bot))["treated_on"] == "2026-11-24" and "Got it" in changed.text
    [late] = await bot.tap(question, button(question, "Keep Fri 20 Nov"))
    assert "out of date" in late.text and (await patient_row(bot))["treated_on"] == "2026-11-24"


async def test_a_date_keyboard_pressed_days_later_means_its_own_day_and_asks(bot):
    replies = await bot.say("/start", expect=2)
    bot.clock.set(local(2026, 11, 27, 9, 0))
    [question] = await bot.tap(replies[-1], button(replies[-1], "Yesterday"))
    assert "That button is from Tue 24 Nov 2026, so it means Mon 23 Nov 2026" in question.text
    assert not bot.rows("SELECT * FROM patients")
    [done] = await bot.tap(question, button(question, "Yes, Mon 23 Nov"))
    assert "Mon 23 Nov 2026 (day 4 today)" in done.text


async def test_the_same_date_again_and_unknown_buttons_change_nothing(bot):
    replies = await bot.say("/start", expect=2)
    await bot.tap(replies[-1], button(replies[-1], "Yesterday"))
    before = await patient_row(bot)
    [same] = await bot.tap(replies[-1], button(replies[-1], "Yesterday"))
    assert "already Mon 23 Nov 2026" in same.text
    [legacy] = await bot.tap(replies[-1], "date:0")  # a keyboard from before buttons carried their day
    assert "When was your treatment?" in legacy.text
    assert await patient_row(bot) == before


async def test_an_old_time_button_for_another_date_is_ignored(bot):
    asked = await bot.say("/date yesterday")
    await bot.say("/date 2026-11-20")
    [note] = await bot.tap(asked[-1], button(asked[-1], "Morning"))
    assert "earlier treatment date" in note.text and "Fri 20 Nov 2026" in note.text
    assert (await patient_row(bot))["treated_on"] == "2026-11-20"


@pytest.mark.parametrize("typed", ["/start 99999999999_days_ago", "/date 1000000 weeks ago",
                                   "99999999999 days ago", "/date 99999999999 days ago at 3pm"])
async def test_huge_numbers_get_a_friendly_correction(bot, typed):
    replies = await bot.say(typed)
    assert "more than a year ago" in replies[-1].text
    assert not any("Sorry" in m.text for m in replies)
    assert not bot.rows("SELECT * FROM patients")


async def test_questions_about_a_later_day_are_answered_for_then(bot):
    await bot.say("/date today 08:00")
    [answer] = await bot.say("I have a wedding on Saturday, will I be ok to wear makeup then?")
    assert answer.text.startswith("Yes: by Saturday (day 4)")
    [morning] = await bot.say("can I wear makeup tomorrow morning?")
    assert morning.text.startswith("Not for all of tomorrow morning: makeup is fine from around 08:00 tomorrow")


async def test_until_is_in_local_time_across_the_clock_change(bot):
    bot.clock.set(local(2026, 10, 24, 13, 0))  # BST; the clocks go back at 02:00 on Sunday
    await bot.say("/date today 12:00")
    [answer] = await bot.say("can I wear makeup?")
    assert "around 11:00 tomorrow" in answer.text  # 24 real hours after 12:00 BST is 11:00 GMT
