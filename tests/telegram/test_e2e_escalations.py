"""Escalations under faults, end to end: stored first, delivered by the outbox at least once and at most twice,
and never making another patient wait."""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import AsyncIterator

import pytest

from tests.storage.test_sqlite_faults import hold_write_lock
from tests.telegram.conftest import PATIENT, STAFF_CHAT, Bot, local, make_settings
from tests.telegram.test_e2e_checkins import checkins

OTHER = 5550002
EMERGENCY_TEXT = "my lips are swelling and I can't breathe"
TOO_OLD = "Bad Request: query is too old and response timeout expired or query ID is invalid"


def notices(bot: Bot, part: str = "") -> list[str]:
    return [m.text for m in bot.fake.messages_to(STAFF_CHAT) if part in m.text]


async def timed_say(bot: Bot, text: str, chat_id: int) -> float:
    started = time.monotonic()
    reply = await bot.say(text, chat_id=chat_id, first_name="Bo")
    assert reply
    return reply[0].sent_at - started


async def test_the_escalation_is_stored_before_the_reply_goes_out(bot):
    bot.fake.delay("sendMessage", 1.0, chat_id=PATIENT)  # the reply is on its way (a kill now loses nothing)
    await bot.fake.message(PATIENT, EMERGENCY_TEXT)
    await asyncio.sleep(0.4)
    assert not bot.fake.messages_to(PATIENT)
    assert bot.rows("SELECT level FROM escalations")[0]["level"] == "emergency"
    assert bot.rows("SELECT kind FROM staff_notices")[0]["kind"] == "emergency"
    await bot.fake.wait_messages(PATIENT, 1)
    bot.fake.delay("sendMessage", 0, chat_id=PATIENT)


async def test_the_escalation_is_stored_even_when_the_reply_cannot_be_sent(bot):
    bot.fake.fail("sendMessage", 400, times=20, chat_id=PATIENT, description="Bad Request: chat not found")
    await bot.fake.message(PATIENT, "I have a fever and pus")
    notice = await bot.fake.wait_messages(STAFF_CHAT, 1)
    assert "fever" in notice[0].text or "pus" in notice[0].text
    assert len(await bot.storage.escalations(PATIENT)) == 1


async def test_swollen_on_day_5_escalates_even_when_the_tap_is_too_old_to_answer(bot):
    await bot.say("/date 2026-11-19")
    bot.clock.set(local(2026, 11, 24, 10, 30))
    [prompt] = await bot.fake.wait_for(lambda f: checkins(bot, 5))
    bot.fake.fail("answerCallbackQuery", 400, times=5, description=TOO_OLD)
    await bot.fake.tap(prompt, "ci:5:swollen")
    replies = await bot.replies(PATIENT, len(bot.fake.messages_to(PATIENT)))
    assert "contact your skincare professional" in replies[0].text
    notice = await bot.fake.wait_messages(STAFF_CHAT, 1)
    assert "Check-in day 5: Swollen" in notice[0].text
    assert (await bot.storage.checkin_days(PATIENT))[5] == "swollen"


async def test_a_slow_staff_chat_under_the_timeout_gets_one_copy(bot):
    bot.fake.delay("sendMessage", 1.0, chat_id=STAFF_CHAT)  # the test outbox waits 2 s
    await bot.say("I have a fever")
    await bot.fake.wait_messages(STAFF_CHAT, 1)
    await asyncio.sleep(1.5)
    assert len(notices(bot)) == 1


async def test_a_staff_chat_slower_than_the_timeout_gets_at_most_two_copies_and_delays_no_patient(bot):
    bot.fake.delay("sendMessage", 2.5, chat_id=STAFF_CHAT)
    await bot.say("I have a fever")
    assert await timed_say(bot, EMERGENCY_TEXT, OTHER) < 2.0  # the staff send takes 2 s+
    await bot.fake.wait_for(lambda f: len(notices(bot, "fever")) == 2, timeout=15)
    await asyncio.sleep(1.0)  # the second send timed out too: no third
    assert len(notices(bot, "fever")) == 2
    bot.fake.delay("sendMessage", 0, chat_id=STAFF_CHAT)


async def test_a_failing_staff_chat_delays_no_patient_and_the_notice_arrives_once(bot):
    bot.fake.fail("sendMessage", 500, times=8, chat_id=STAFF_CHAT)
    await bot.say(EMERGENCY_TEXT)
    assert await timed_say(bot, "can I wear makeup?", OTHER) < 2.0
    await bot.fake.wait_messages(STAFF_CHAT, 1, timeout=15)
    await asyncio.sleep(0.5)
    assert len(notices(bot)) == 1 and notices(bot)[0].startswith("🚨 URGENT")


async def test_emergencies_are_delivered_ahead_of_older_notices(bot):
    bot.fake.delay("sendMessage", 1.0, chat_id=STAFF_CHAT)
    await bot.say("I have a fever")  # its notice is on its way while the next two come in
    await bot.fake.message(OTHER, "there is pus")
    await bot.fake.message(OTHER + 1, EMERGENCY_TEXT)
    await bot.fake.wait_messages(STAFF_CHAT, 3, timeout=15)
    assert ["fever" in n for n in notices(bot)] == [True, False, False]
    assert notices(bot)[1].startswith("🚨 URGENT") and "pus" in notices(bot)[2]
    bot.fake.delay("sendMessage", 0, chat_id=STAFF_CHAT)


async def test_when_storage_fails_the_notice_is_sent_directly_and_recorded_later(bot, caplog):
    bot.storage.escalation_budget = 0.3
    holder = await asyncio.to_thread(hold_write_lock, bot.settings.database_file(), 3.0)
    with caplog.at_level(logging.CRITICAL, logger="bot.telegram.escalation"):
        reply = await bot.say(EMERGENCY_TEXT)
    assert reply[0].text.startswith("🚨 Call your local emergency number now")
    notice = await bot.fake.wait_messages(STAFF_CHAT, 1)
    assert "lips" in notice[0].text
    assert any("NOT STORED" in r.getMessage() for r in caplog.records)
    await asyncio.to_thread(holder.join)
    [record] = await bot.eventually(lambda: bot.storage.escalations(PATIENT))  # once writable again
    assert record.level == "emergency" and record.notified_at is not None
    assert len(notices(bot)) == 1


@pytest.fixture
async def impatient_bot(fake, clock, tmp_path) -> AsyncIterator[Bot]:
    """A bot that gives Telegram only 0.5 s to answer a send."""
    running = Bot(fake, clock, make_settings(fake, tmp_path), send_timeout=0.5)
    await running.start()
    yield running
    await running.stop()


async def test_a_checkin_that_timed_out_is_never_sent_again(impatient_bot):
    bot = impatient_bot
    await bot.say("/date yesterday")
    bot.fake.delay("sendMessage", 0.8, chat_id=PATIENT)  # arrives, but after the bot gave up waiting
    bot.clock.set(local(2026, 11, 24, 10, 0))
    await bot.fake.wait_for(lambda f: checkins(bot, 1))
    await asyncio.sleep(2.0)  # forty check-in ticks
    assert len(checkins(bot, 1)) == 1
    bot.fake.delay("sendMessage", 0, chat_id=PATIENT)



async def test_an_edit_that_adds_an_escalating_symptom_escalates_once(bot):
    await bot.fake.message(PATIENT, "can I wear makeup?", message_id=77)
    await bot.replies(PATIENT, 0)
    before = len(bot.fake.messages_to(PATIENT))
    await bot.fake.message(PATIENT, "can I wear makeup? and now my lips are swelling", edited=True, message_id=77)
    reply = await bot.replies(PATIENT, before)
    assert reply[0].text.startswith("🚨 Call your local emergency number now")
    notice = await bot.fake.wait_messages(STAFF_CHAT, 1)
    assert "lips are swelling" in notice[0].text
    before = len(bot.fake.messages_to(PATIENT))
    await bot.fake.message(PATIENT, "can I wear makeup? and now my lips are swelling!!", edited=True, message_id=77)
    await bot.fake.message(PATIENT, "can I wear make-up?", edited=True, message_id=78)
    await bot.say("hi")  # edits that add nothing new stay quiet: only the greeting is answered
    assert len(bot.fake.messages_to(PATIENT)) == before + 1
    assert len(await bot.storage.escalations(PATIENT)) == 1


async def test_forget_lets_a_pending_notice_reach_the_clinic_first(bot):
    bot.fake.delay("sendMessage", 0.5, chat_id=STAFF_CHAT)
    await bot.say("/date yesterday")
    await bot.say("I have a fever")
    await bot.forget()
    assert [n for n in notices(bot) if "fever" in n] and not notices(bot, "erased their data")
    assert await bot.storage.rows_about(PATIENT) == 0
    bot.fake.delay("sendMessage", 0, chat_id=STAFF_CHAT)


async def test_forget_turns_an_undeliverable_notice_into_an_anonymous_one(bot, monkeypatch):
    monkeypatch.setattr("bot.telegram.commands.FORGET_WAIT", 0.3)
    bot.fake.fail("sendMessage", 500, times=8, chat_id=STAFF_CHAT)
    await bot.say(EMERGENCY_TEXT)
    await bot.forget()
    assert await bot.storage.rows_about(PATIENT) == 0
    [notice] = await bot.fake.wait_messages(STAFF_CHAT, 1, timeout=15)
    assert notice.text.startswith("🚨 A patient who reported emergency symptoms") and "erased their data" in notice.text
    assert "lips" not in notice.text and str(PATIENT) not in notice.text


async def test_forget_needs_confirmation(bot):
    await bot.say("/date yesterday")
    [confirm] = await bot.say("/forget")
    assert [label for label, _ in confirm.buttons] == ["Yes, delete everything", "No, keep it"]
    await bot.tap(confirm, "forget:no", expect=0)
    await bot.fake.wait_for(lambda f: confirm.text == "Nothing was deleted.")
    assert await bot.storage.patient(PATIENT) is not None


async def test_staff_notice_names_symptoms_in_plain_words(bot):
    await bot.say(EMERGENCY_TEXT)
    [notice] = await bot.fake.wait_messages(STAFF_CHAT, 1)
    assert "trouble breathing" in notice.text and "swelling of the lips, tongue or throat" in notice.text
    assert "airway-swelling" not in notice.text and "breathing-difficulty" not in notice.text


async def test_a_sign_told_beside_a_graver_what_if_reaches_the_clinic_at_its_own_level(bot):
    reply = await bot.say("I have pus on my cheek, what if my lips swell?")
    assert "contact your skincare professional" in reply[0].text and "call your local emergency" in reply[0].text
    [notice] = await bot.fake.wait_messages(STAFF_CHAT, 1)
    assert "signs of infection" in notice.text and "lips, tongue or throat" not in notice.text
    assert bot.rows("SELECT level FROM escalations")[0]["level"] == "contact"


async def test_a_hypothetical_gets_the_safety_advice_but_no_staff_notice(bot):
    reply = await bot.say("what if my lips swell up?")
    assert "call your local emergency number" in reply[0].text
    await bot.say("my friend had a fever after hers, what should I do if I get one?")
    await asyncio.sleep(0.3)
    assert notices(bot) == [] and bot.rows("SELECT COUNT(*) AS n FROM escalations")[0]["n"] == 0
    await bot.say(EMERGENCY_TEXT)  # a real report still reaches the clinic
    await bot.fake.wait_messages(STAFF_CHAT, 1)
