"""The clinic's side, end to end through the real Application and the fake Bot API: a thread per patient,
alert cards with acknowledge/resolve, reminders across restarts, two-way messages, staff commands."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import AsyncIterator

import pytest

from tests.telegram.conftest import PATIENT, STAFF_CHAT, Bot, make_settings
from tests.telegram.fake_bot_api import FakeBotApi, SentMessage

STAFF = 9001
OUTSIDER = 9002
EMERGENCY_TEXT = "my lips are swelling and I can't breathe"


@pytest.fixture
async def desk(fake: FakeBotApi, clock, tmp_path) -> AsyncIterator[Bot]:
    """The bot with a forum staff chat where it manages topics; STAFF is a member, OUTSIDER is not."""
    fake.add_group(STAFF_CHAT, forum=True, members={STAFF: "member"})
    running = Bot(fake, clock, make_settings(fake, tmp_path, staff_reminder_minutes_emergency=0.5,
                                             staff_reminder_minutes_contact=2))
    await running.start()
    yield running
    await running.stop()
    assert not fake.rejected, f"the bot sent what Telegram rejects: {fake.rejected}"


def staff_messages(bot: Bot, part: str = "") -> list[SentMessage]:
    return [m for m in bot.fake.messages_to(STAFF_CHAT) if part in m.text]


async def card_of(bot: Bot, part: str = "") -> SentMessage:
    [card] = await bot.fake.wait_for(lambda f: [m for m in staff_messages(bot, part) if m.buttons][:1])
    return card


async def staff_tap(bot: Bot, message: SentMessage, data: str, user: int = STAFF) -> None:
    callback_id = await bot.fake.tap(message, data, first_name="Sam", user_id=user)
    await bot.fake.wait_for(lambda f: callback_id in f.answered_callbacks)


async def staff_says(bot: Bot, text: str, thread: int | None = None, reply_to: SentMessage | None = None,
                     expect: str = "") -> SentMessage:
    before = len(bot.fake.messages_to(STAFF_CHAT))
    await bot.fake.group_message(STAFF_CHAT, STAFF, text, thread_id=thread, reply_to=reply_to)
    found = await bot.fake.wait_for(
        lambda f: [m for m in f.messages_to(STAFF_CHAT)[before:] if expect in m.text][:1])
    return found[0]


async def enrolled_emergency(bot: Bot) -> SentMessage:
    await bot.say("/start 2026-11-21_A123", expect=2)
    await bot.say(EMERGENCY_TEXT)
    return await card_of(bot, "URGENT")


async def test_the_whole_loop_in_a_forum_thread(desk):
    bot = desk
    card = await enrolled_emergency(bot)
    # a thread per patient, named for them, and a card in it
    topics = bot.fake.groups[STAFF_CHAT].topics
    assert list(topics.values()) == ["Ana · A123 · day 3"] and card.thread_id in topics
    for part in ("URGENT", "Ana (ref A123, chat id 5550001)", "swelling of the lips, tongue or throat",
                 "lips are swelling",
                 "Reported: Tue 24 Nov 09:00", "Day after treatment: 3", "Open: not acknowledged"):
        assert part in card.text
    assert [label for label, _ in card.buttons] == ["Acknowledge", "Resolve…"]
    ack = card.buttons[0][1]

    # a non-member's tap and a forged tap from a patient's chat do nothing
    await staff_tap(bot, card, ack, user=OUTSIDER)
    forged = bot.fake.messages_to(PATIENT)[-1]
    callback_id = await bot.fake.tap(forged, ack)
    await bot.fake.wait_for(lambda f: callback_id in f.answered_callbacks)
    concern = (await bot.storage.open_concerns())[0]
    assert concern.state == "open" and await bot.storage.actions(concern.id) == [
        a for a in await bot.storage.actions(concern.id) if a.action == "card"]

    # a staff member acknowledges: recorded, and the card shows it
    await staff_tap(bot, card, ack)
    await bot.fake.wait_for(lambda f: "Acknowledged by Sam" in card.text)
    assert [label for label, _ in card.buttons] == ["Resolve…"]
    assert "lips are swelling" in card.text  # the rest of the card is kept

    # staff write in the thread: the patient gets it from the clinic, the thread sees it was delivered
    before = len(bot.fake.messages_to(PATIENT))
    delivered = await staff_says(bot, "We are calling you now, please pick up", thread=card.thread_id,
                                 expect="Delivered")
    to_patient = (await bot.fake.wait_messages(PATIENT, before + 1))[before]
    assert to_patient.text == "Message from Glow & Co <Clinic>: We are calling you now, please pick up"
    assert delivered.thread_id == card.thread_id

    # the patient's reply is mirrored into the thread (and still answered)
    await bot.say("ok, my phone is on")
    mirrored = await bot.fake.wait_for(lambda f: staff_messages(bot, "my phone is on"))
    assert mirrored[0].text.startswith("💬 Ana · A123: ") and mirrored[0].thread_id == card.thread_id

    # an internal note stays internal
    patient_count = len(bot.fake.messages_to(PATIENT))
    await staff_says(bot, "/note called, patient stable", thread=card.thread_id, expect="Note saved")
    assert len(bot.fake.messages_to(PATIENT)) == patient_count

    # resolve with a reason
    await staff_tap(bot, card, card.buttons[0][1])
    await bot.fake.wait_for(lambda f: len(card.buttons) == 4)
    await staff_tap(bot, card, dict((label, data) for label, data in card.buttons)["Contacted the patient"])
    await bot.fake.wait_for(lambda f: "Resolved by Sam" in card.text and not card.buttons)

    trail = [(a.action, a.actor, a.detail) for a in await bot.storage.actions(concern.id)]
    assert trail == [("card", "", ""), ("acknowledged", "Sam", ""), ("message", "Sam", ""),
                     ("note", "Sam", "called, patient stable"), ("resolved", "Sam", "contacted")]
    # relayed and mirrored text is not stored
    dump = "\n".join(str(tuple(r)) for t in ("escalations", "escalation_actions", "staff_messages", "staff_threads")
                     for r in bot.rows(f"SELECT * FROM {t}"))
    assert "pick up" not in dump and "phone is on" not in dump and "lips are swelling" not in dump

    # the staff commands tell the truth
    bot.clock.advance(minutes=5)
    opened = await staff_says(bot, "/open", expect="open")
    assert opened.text == "No open concerns."
    patient = await staff_says(bot, "/patient A123", expect="chat 5550001")
    for part in ("Ana · A123 (chat 5550001)", "Treatment: 2026-11-21 (day 3 today)",
                 "emergency: swelling of the lips, tongue or throat",
                 "resolved by Sam after 0 s: contacted the patient", "note by Sam: called, patient stable"):
        assert part in patient.text
    stats = await staff_says(bot, "/stats 7", expect="Last 7 days")
    for part in ("Patients enrolled: 1; active: 1", "Concerns: 1 emergency, 0 contact",
                 "Time to acknowledge: median 0 s, worst 0 s (0 not yet)"):
        assert part in stats.text


async def test_a_reminder_fires_once_per_step_and_not_again_after_a_restart(desk):
    bot = desk
    card = await enrolled_emergency(bot)
    bot.clock.advance(seconds=20)
    await asyncio.sleep(0.3)
    assert not staff_messages(bot, "Reminder")
    bot.clock.advance(seconds=15)  # 35 s > 0.5 min
    [reminder] = await bot.fake.wait_for(lambda f: staff_messages(bot, "Reminder"))
    assert "Reminder 1/3: 🚨 emergency for Ana · A123 is not acknowledged after 35 s" in reminder.text
    assert reminder.thread_id == card.thread_id and reminder.reply_to == card.message_id
    await bot.restart()
    await bot.say("/help")  # the restarted bot has run its ticks
    assert len(staff_messages(bot, "Reminder")) == 1
    opened = await staff_says(bot, "/open", expect="Open concerns")
    assert "1. 🚨 emergency · Ana · A123 (chat 5550001) — swelling of the lips, tongue or throat" in opened.text
    assert "not acknowledged, 1 reminder" in opened.text
    bot.clock.advance(minutes=5)  # steps 2 and 3 fall due; never a fourth
    await bot.fake.wait_for(lambda f: len(staff_messages(bot, "Reminder")) == 3)
    await bot.say("/help")
    assert len(staff_messages(bot, "Reminder")) == 3 and "Last reminder" in staff_messages(bot, "Reminder")[-1].text
    # acknowledged late: the card says so and /open lists it as acknowledged
    await staff_tap(bot, card, card.buttons[0][1])
    await bot.fake.wait_for(lambda f: "Acknowledged by Sam" in card.text)


async def test_a_deleted_topic_is_recreated_and_forget_closes_the_thread(desk):
    bot = desk
    card = await enrolled_emergency(bot)
    bot.fake.delete_topic(STAFF_CHAT, card.thread_id)
    await bot.say("I have a fever now too")
    mirrored = await bot.fake.wait_for(lambda f: staff_messages(bot, "fever now too"))
    new_thread = mirrored[0].thread_id
    assert new_thread is not None and new_thread != card.thread_id
    assert await bot.storage.staff_thread(PATIENT) == new_thread
    bot.fake.rejected.clear()  # the send into the deleted topic was refused, as Telegram would
    await bot.forget()
    erased = await bot.fake.wait_for(lambda f: staff_messages(bot, "deleted all their data"))
    assert erased[0].thread_id == new_thread and new_thread in bot.fake.groups[STAFF_CHAT].closed
    # a staff message after the erasure is not delivered, and says why
    reply = await staff_says(bot, "are you ok?", reply_to=card, expect="Not delivered")
    assert "erased their data" in reply.text


async def test_an_ordinary_group_works_through_replies(fake, clock, tmp_path):
    fake.add_group(STAFF_CHAT, forum=False, members={STAFF: "administrator"})
    bot = Bot(fake, clock, make_settings(fake, tmp_path))
    await bot.start()
    try:
        await bot.say("/date 2026-11-21")
        await bot.say(EMERGENCY_TEXT)
        card = await card_of(bot, "URGENT")
        assert card.thread_id is None and not fake.groups[STAFF_CHAT].topics
        before = len(fake.messages_to(PATIENT))
        await staff_says(bot, "Please call us", reply_to=card, expect="Delivered")
        assert (await fake.wait_messages(PATIENT, before + 1))[before].text.endswith("Please call us")
        await bot.say("calling now")
        [mirrored] = await fake.wait_for(lambda f: staff_messages(bot, "calling now"))
        assert mirrored.reply_to == card.message_id
        # a patient who blocked the bot: the staff are told
        fake.blocked.add(PATIENT)
        reply = await staff_says(bot, "hello?", reply_to=mirrored, expect="Not delivered")
        assert "blocked the bot" in reply.text
        # ordinary chatter in the staff group is not relayed anywhere
        count = len(fake.sent)
        await fake.group_message(STAFF_CHAT, STAFF, "coffee anyone?")
        await asyncio.sleep(0.5)
        assert len(fake.sent) == count
    finally:
        await bot.stop()


async def test_staff_commands_are_scoped_and_unreachable_for_patients_and_outsiders(desk):
    bot = desk
    scoped = await bot.fake.wait_for(lambda f: f.scoped_commands.get(STAFF_CHAT))
    assert [c["command"] for c in scoped] == ["open", "patient", "stats", "note"]
    assert not {"open", "patient", "stats", "note"} & {c["command"] for c in bot.fake.commands}
    await enrolled_emergency(bot)
    for command in ("/open", "/patient A123", "/stats"):
        reply = await bot.say(command)
        assert "don't know that command" in reply[-1].text
    count = len(staff_messages(bot))
    await bot.fake.group_message(STAFF_CHAT, OUTSIDER, "/patient A123")
    await asyncio.sleep(0.5)
    assert len(staff_messages(bot)) == count


async def test_startup_says_what_is_missing_in_the_staff_chat(fake, clock, tmp_path, caplog):
    fake.add_group(STAFF_CHAT, forum=True, can_manage_topics=False)
    caplog.set_level(logging.WARNING)
    bot = Bot(fake, clock, make_settings(fake, tmp_path))
    await bot.start()
    await bot.stop()
    assert "cannot manage topics" in caplog.text
    caplog.clear()
    fake.groups[STAFF_CHAT].bot_status = "left"
    bot = Bot(fake, clock, make_settings(fake, tmp_path))
    await bot.start()
    await bot.stop()
    assert "the bot is not a member" in caplog.text
    caplog.clear()
    bot = Bot(fake, clock, make_settings(fake, tmp_path, clinic_chat_id=None))
    await bot.start()
    await bot.stop()
    assert "CLINIC_CHAT_ID is unset" in caplog.text


async def test_the_same_thread_is_reused_and_renamed_only_when_the_day_changes(desk):
    bot = desk
    card = await enrolled_emergency(bot)
    await bot.say("I have a fever too")
    await bot.fake.wait_for(lambda f: len([m for m in staff_messages(bot) if m.buttons]) == 2)
    bot.clock.advance(days=1)
    await bot.say("since day 2 the swelling in my lips is back")
    cards = await bot.fake.wait_for(lambda f: len([m for m in staff_messages(bot) if m.buttons]) == 3
                                    and [m for m in staff_messages(bot) if m.buttons])
    assert "Day after treatment: 4 (the patient mentioned day 2)" in cards[-1].text
    assert "mentioned" not in cards[0].text
    assert {c.thread_id for c in cards} == {card.thread_id}
    assert bot.fake.groups[STAFF_CHAT].topics == {card.thread_id: "Ana · A123 · day 4"}
    assert [method for method, _ in bot.fake.calls].count("editForumTopic") == 1


async def test_a_photo_during_an_open_concern_reaches_the_thread(desk):
    bot = desk
    card = await enrolled_emergency(bot)
    photo = {"photo": [{"file_id": "p", "file_unique_id": "p1", "width": 10, "height": 10}], "caption": "my lips"}
    before = len(bot.fake.messages_to(PATIENT))
    await bot.fake.message(PATIENT, **photo)
    [reply] = (await bot.fake.wait_messages(PATIENT, before + 1))[before:]
    assert "passed this on to your clinic's care team" in reply.text
    [copied] = await bot.fake.wait_for(lambda f: staff_messages(bot, "[photo] my lips"))
    assert copied.thread_id == card.thread_id
    await staff_says(bot, "Thanks, we see it", reply_to=copied, expect="Delivered")
