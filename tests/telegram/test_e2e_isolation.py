"""Chats are isolated end to end: a flooding chat cannot delay others, and buttons only act in private chats."""

from __future__ import annotations

import time

from tests.telegram.conftest import PATIENT, STAFF_CHAT

OTHER = 5550002
GROUP = -100777


async def test_a_flooding_chat_is_told_once_and_never_delays_another_but_still_escalates(bot):
    for i in range(60):
        text = "my lips are swelling and I can't breathe" if i == 50 else f"can I wear makeup? ({i})"
        await bot.fake.message(PATIENT, text)
    started = time.monotonic()
    reply = await bot.say("do I need sunscreen", chat_id=OTHER, first_name="Bo")
    assert "SPF 30" in reply[0].text and reply[0].sent_at - started < 1.0
    emergency = await bot.fake.wait_for(lambda f: [m for m in f.messages_to(PATIENT) if m.text.startswith("🚨")])
    await bot.replies(PATIENT, 0, settle=0.5)
    texts = [m.text for m in bot.fake.messages_to(PATIENT)]
    assert sum("slow" in t.lower() or "pause my answers" in t for t in texts) == 1
    assert sum("Makeup" in t or "makeup" in t for t in texts) == 20
    assert len(emergency) == 1 and len(texts) == 22
    notice = await bot.fake.wait_messages(STAFF_CHAT, 1)
    assert notice[0].text.startswith("🚨 URGENT")


async def test_a_forged_button_in_a_group_does_nothing(bot):
    bot.fake.add_chat(GROUP)
    reply = await bot.say("/start", expect=2)
    forged = type(reply[-1])(GROUP, 1, reply[-1].text, reply[-1].html, reply[-1].reply_markup)
    for data in ("date:1", "ci:1:swollen", "topic:sun", "forget:yes"):
        callback_id = await bot.fake.tap(forged, data, chat_type="group")
        answered = await bot.fake.wait_for(lambda f, c=callback_id: f.answered_callbacks.get(c))
        assert "private chat" in answered["text"]
    assert await bot.storage.patient(GROUP) is None and await bot.storage.rows_about(GROUP) == 0
    assert not bot.fake.messages_to(GROUP)
