"""The patient's conversation, end to end: the real Application against the loopback fake Bot API."""

from __future__ import annotations

import pytest

from bot.telegram.commands import COMMANDS
from tests.telegram.conftest import PATIENT, STAFF_CHAT


async def test_start_welcomes_and_asks_the_date(bot):
    replies = await bot.say("/start", expect=2)
    text = "\n".join(m.text for m in replies)
    assert "Hi Ana!" in text and "Glow & Co <Clinic>" in text
    assert "not a diagnosis" in text and "emergency number" in text
    assert [label for label, _ in replies[-1].buttons] == ["Today", "Yesterday", "2 days ago", "Another date"]
    assert [c["command"] for c in bot.fake.commands] == [name for name, _ in COMMANDS]


async def test_date_buttons_set_the_treatment(bot):
    replies = await bot.say("/start", expect=2)
    await bot.tap(replies[-1], "date:1")
    confirm = await bot.fake.wait_for(lambda f: [m for m in f.messages_to(PATIENT) if "Got it" in m.text])
    assert "Mon 23 Nov 2026" in confirm[0].text and "day 1 today" in confirm[0].text
    assert (await bot.storage.patient(PATIENT)).treated_on.isoformat() == "2026-11-23"


async def test_another_date_asks_to_type_it(bot):
    replies = await bot.say("/start", expect=2)
    after = await bot.tap(replies[-1], "date:other")
    assert "Type the date" in after[-1].text


async def test_deep_link_sets_the_date_at_once(bot):
    replies = await bot.say("/start 2026-11-20", expect=2)
    assert any("Fri 20 Nov 2026" in m.text and "day 4" in m.text for m in replies)
    assert (await bot.storage.patient(PATIENT)).treated_on.isoformat() == "2026-11-20"


@pytest.mark.parametrize(("typed", "expected"), [("2026-11-20", "Fri 20 Nov"), ("20 Nov", "Fri 20 Nov"),
                                                 ("3 days ago", "Sat 21 Nov"), ("yesterday", "Mon 23 Nov")])
async def test_typed_dates(bot, typed, expected):
    replies = await bot.say(typed)
    assert expected in replies[-1].text


@pytest.mark.parametrize(("typed", "problem"), [("/date 2026-12-30", "in the future"),
                                                ("/date 2026-02-30", "doesn't exist"),
                                                ("/date someday soon", "couldn't read"),
                                                ("2026-12-30", "in the future")])
async def test_impossible_or_future_dates_get_a_friendly_correction(bot, typed, problem):
    replies = await bot.say(typed)
    assert problem in replies[-1].text
    assert (await bot.storage.patient(PATIENT)) is None


async def test_date_command_shows_and_changes(bot):
    await bot.say("/date 2026-11-22")
    shown = await bot.say("/date")
    assert "Sun 22 Nov 2026" in shown[-1].text and "day 2" in shown[-1].text
    changed = await bot.say("/date yesterday")
    assert "Mon 23 Nov" in changed[-1].text


async def test_question_is_personalised_by_time_since_treatment(bot):
    await bot.say("/date today")
    reply = await bot.say("can I wear makeup?")
    assert "Not yet" in reply[0].text and "around 09:00 tomorrow" in reply[0].text
    bot.clock.advance(hours=30)
    later = await bot.say("foundation ok?")
    assert any("makeup is fine now" in m.text for m in later)


async def test_question_without_a_date_gets_the_general_rule(bot):
    reply = await bot.say("can I go to the gym")
    assert "at least 24 hours" in reply[0].text


async def test_multi_question_answers_both_with_bold_titles(bot):
    reply = await bot.say("can I wear makeup and go to the gym tomorrow?")
    assert "<b>Makeup: </b>" in reply[0].html and "<b>Exercise and sweating: </b>" in reply[0].html


async def test_uncovered_question_is_honest(bot):
    reply = await bot.say("can I drink wine tonight?")
    assert "doesn't cover alcohol" in reply[0].text and "professional" in reply[0].text


@pytest.mark.parametrize(("text", "title"), [("forehead?", "Scabs and peeling"), ("work?", "Results")])
async def test_did_you_mean_buttons_show_the_topic(bot, text, title):
    reply = await bot.say(text)
    label, data = reply[-1].buttons[0]
    assert label.startswith(title)
    shown = await bot.tap(reply[-1], data)
    assert shown and shown[-1].text.startswith(label)


async def test_topics_buttons_show_each_rule(bot):
    reply = await bot.say("/topics")
    assert len(reply[-1].buttons) == 16
    sun = next(data for label, data in reply[-1].buttons if label == "Sun protection")
    shown = await bot.tap(reply[-1], sun)
    assert "SPF 30" in shown[-1].text


async def test_today_shows_the_personal_plan(bot):
    await bot.say("/date yesterday")
    bot.clock.advance(hours=4)  # 13:00, day 1: 25 hours since noon yesterday
    reply = await bot.say("/today")
    text = next(m.text for m in reply if m.text.startswith("Day 1 after your treatment"))
    assert "Still off-limits" in text and "direct sun: until around 12:00 on Monday 30 Nov" in text
    assert "Fine again from today" in text and "makeup" in text


async def test_today_without_date(bot):
    reply = await bot.say("/today")
    assert "don't know your treatment date" in reply[-1].text


async def test_contact_escalation_tells_patient_and_staff(bot):
    await bot.say("/date 2026-11-19")
    reply = await bot.say("my face is still swollen and there is pus")
    assert "contact your skincare professional" in reply[0].text
    assert "Glow & Co <Clinic>, +44 20 0000 0000" in "\n".join(m.text for m in reply)
    notice = await bot.fake.wait_messages(STAFF_CHAT, 1)
    assert "Patient may need follow-up" in notice[0].text
    for part in ("Ana", str(PATIENT), "Day after treatment: 5", "there is pus", "infection"):
        assert part in notice[0].text
    assert (await bot.storage.escalations(PATIENT))[0].notified_at is not None


async def test_emergency_reply_comes_first_and_staff_notice_is_urgent(bot):
    reply = await bot.say("help my lips are swelling and I can't breathe")
    assert reply[0].text.startswith("🚨 Call your local emergency number now")
    notice = await bot.fake.wait_messages(STAFF_CHAT, 1)
    assert notice[0].text.startswith("🚨 URGENT")


async def test_failed_staff_notice_is_recorded_and_retried(bot):
    bot.fake.fail("sendMessage", 500, times=6, chat_id=STAFF_CHAT)
    await bot.say("I have a fever")
    notice = await bot.fake.wait_messages(STAFF_CHAT, 1, timeout=20)
    assert "fever" in notice[0].text
    row = await bot.eventually(lambda: bot.rows("SELECT * FROM escalations WHERE notified_at IS NOT NULL"))
    assert row[0]["attempts"] >= 2
    assert len(bot.fake.messages_to(STAFF_CHAT)) == 1


async def test_normal_symptoms_do_not_alert_staff(bot):
    await bot.say("/date today")
    reply = await bot.say("I'm a bit red, is that normal?")
    assert "usually settles" in reply[0].text or "normal" in reply[0].text
    assert not bot.fake.messages_to(STAFF_CHAT)


@pytest.mark.parametrize("content", [
    {"photo": [{"file_id": "p", "file_unique_id": "p1", "width": 10, "height": 10}]},
    {"voice": {"file_id": "v", "file_unique_id": "v1", "duration": 2}},
    {"sticker": {"file_id": "s", "file_unique_id": "s1", "type": "regular", "width": 5, "height": 5,
                 "is_animated": False, "is_video": False}},
    {"document": {"file_id": "d", "file_unique_id": "d1"}},
    {"location": {"latitude": 51.5, "longitude": -0.1}},
    {"video": {"file_id": "v", "file_unique_id": "v2", "width": 5, "height": 5, "duration": 1}},
])
async def test_non_text_messages_get_a_kind_reply(bot, content):
    await bot.fake.message(PATIENT, None, **content)
    reply = await bot.replies(PATIENT, 0)
    assert "describe in words" in reply[-1].text


async def test_edited_messages_are_ignored_safely(bot):
    await bot.fake.message(PATIENT, "can I wear makeup (edited)", edited=True)
    reply = await bot.say("hi")
    assert len(reply) == 1 and "Hello" in reply[0].text


async def test_huge_message_is_answered_within_limits(bot):
    reply = await bot.say("can I use retinol? " + "x" * 20_000)
    assert reply and all(len(m.text) <= 4096 for m in reply)
    assert "retinoids" in reply[0].text


async def test_markup_characters_are_escaped(bot):
    reply = await bot.say("<b>can I</b> wear makeup & mascara? <script>")
    assert "makeup" in reply[0].text.lower()


@pytest.mark.parametrize("data", ["zzz", "topic:nope", "ci:x:y", "ci:3:nope", "date:99", "date:", ":::"])
async def test_junk_buttons_are_answered_gracefully(bot, data):
    reply = await bot.say("/topics")
    await bot.tap(reply[-1], data, expect=0)
    assert bot.fake.answered_callbacks


async def test_stop_resume_forget_help(bot):
    assert "set your treatment date" in (await bot.say("/stop"))[-1].text
    await bot.say("/date yesterday")
    assert "paused" in (await bot.say("/stop"))[-1].text
    assert (await bot.storage.patient(PATIENT)).checkins_paused
    assert "back on" in (await bot.say("/resume"))[0].text
    await bot.say("I have a rash")
    assert await bot.storage.rows_about(PATIENT) >= 2
    await bot.forget()
    assert await bot.storage.rows_about(PATIENT) == 0
    help_text = (await bot.say("/help"))[-1].text
    assert all(f"/{name}" in help_text for name, _ in COMMANDS)


async def test_unknown_command(bot):
    assert "don't know that command" in (await bot.say("/frobnicate"))[-1].text


async def test_429_never_drops_a_reply(bot):
    bot.fake.fail("sendMessage", 429, times=2, retry_after=1)
    reply = await bot.say("do I need sunscreen")
    assert "SPF 30" in reply[0].text


async def test_5xx_answers_are_retried(bot):
    bot.fake.fail("sendMessage", 502, times=2)
    bot.fake.fail("sendMessage", 500, times=1)
    reply = await bot.say("can I pick my scabs")
    assert "don't pick" in reply[0].text


async def test_group_chats_are_not_answered(bot):
    await bot.fake.push("message", {"message_id": 1, "date": 0, "chat": {"id": STAFF_CHAT, "type": "supergroup",
                                                                         "title": "Staff"},
                                    "from": {"id": 1, "is_bot": False, "first_name": "Nurse"}, "text": "hello"})
    reply = await bot.say("hi")
    assert reply and not bot.fake.messages_to(STAFF_CHAT)
