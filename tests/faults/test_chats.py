"""One chat misbehaves or is slow; the others are not held up and nothing unsafe slips through."""

from __future__ import annotations

import asyncio
import re
import time

from tests.faults.conftest import EMERGENCY, EMERGENCY_REPLY, FEW_SECONDS, record

FLOODER = 5555001
SLOW_PATIENT = 5555002
EDITOR = 5555003
FLOOD = 200
HIDDEN_AT = 150
PROMPT = "check-in: how is your skin"
SLOW_DOWN = re.compile(r"slow down|lot of messages|too many messages|too fast", re.IGNORECASE)


async def _settled(faults, chat_id: int, quiet: float = 2.0, limit: float = 60.0) -> int:
    """Wait until the chat got no new message for `quiet` seconds; how many it got."""
    deadline = time.monotonic() + limit
    count = -1
    while count != len(faults.fake.messages_to(chat_id)) and time.monotonic() < deadline:
        count = len(faults.fake.messages_to(chat_id))
        await asyncio.sleep(quiet)
    return count


async def test_flooding_chat_does_not_hold_up_others_and_its_emergency_is_escalated(faults):
    await faults.bot.start()
    questions = ["can I wear makeup?", "when can I go to the gym", "is retinol ok", "do I need sunscreen"]
    async with faults.probe() as probe:
        await asyncio.sleep(0.5)
        started = time.monotonic()
        for i in range(FLOOD):
            await faults.say(FLOODER, EMERGENCY if i == HIDDEN_AT else f"{questions[i % 4]} ({i})", "Flo")
            if i % 20 == 19:
                await asyncio.sleep(0.1)
        flood_took = time.monotonic() - started
        reply = await faults.reply(FLOODER, EMERGENCY_REPLY, timeout=60)
        copies = await faults.notice_copies(FLOODER, timeout=60)
        received = await _settled(faults, FLOODER)
    slow_downs = [m for m in faults.fake.messages_to(FLOODER) if SLOW_DOWN.search(m.text)]
    record(f"flood: {FLOOD} messages in {flood_took:.1f} s from one chat, one emergency inside",
           copies_per_notice=copies, worst_delay_other_chat=probe.worst, flooder_replies=received,
           slow_down_replies=len(slow_downs), emergency_reply_s=reply.sent_at - started)
    assert 1 <= copies <= 2
    assert len(slow_downs) == 1, f"the flooder got {len(slow_downs)} 'slow down' replies"
    probe.check()


async def test_slow_patient_chat_at_checkin_time_gets_one_prompt(faults):
    await faults.bot.start()
    await faults.say(SLOW_PATIENT, "/date 3 days ago", "Sol")
    await faults.reply(SLOW_PATIENT, "day 3")
    assert await faults.bot.terminate() == 0
    before = len(faults.fake.messages_to(SLOW_PATIENT))
    faults.fake.fault("sendMessage", delay=6.0, chat_id=SLOW_PATIENT)  # above the 5 s read timeout
    await faults.bot.start(CHECKIN_TIME="00:00")
    async with faults.probe() as probe:
        await faults.reply(SLOW_PATIENT, PROMPT, after=before, timeout=30)
        await asyncio.sleep(8)  # a timed-out first try would be repeated and delivered by now
    faults.fake.clear_faults()
    assert await faults.bot.terminate() == 0
    await faults.bot.start(CHECKIN_TIME="00:00")  # and a restart the same day
    await asyncio.sleep(3)
    prompts = [m for m in faults.fake.messages_to(SLOW_PATIENT)[before:] if PROMPT in m.text.lower()]
    attempts = sum(1 for c in faults.fake.requests if c.method == "sendMessage" and c.chat_id == SLOW_PATIENT
                   and PROMPT in str(c.params.get("text", "")).lower())
    record("slow patient chat (6 s per sendMessage) at check-in time", checkin_prompts=len(prompts),
           prompt_send_attempts=attempts, worst_delay_other_chat=probe.worst)
    assert len(prompts) == 1, f"the patient got {len(prompts)} check-in prompts today"
    probe.check()


async def test_edited_message_adding_an_emergency_escalates(faults):
    await faults.bot.start()
    first = await faults.say(EDITOR, "can I wear makeup?", "Eda")
    await faults.reply(EDITOR, "makeup")
    before = len(faults.fake.messages_to(EDITOR))
    edited = time.monotonic()
    await faults.fake.edit(first, "can I wear makeup? and now my lips are swelling")
    reply = await faults.reply(EDITOR, EMERGENCY_REPLY, after=before)
    copies = await faults.notice_copies(EDITOR)
    record("edited message adds 'and now my lips are swelling'", copies_per_notice=copies,
           emergency_reply_s=reply.sent_at - edited)
    assert reply.sent_at - edited <= FEW_SECONDS
    assert 1 <= copies <= 2
