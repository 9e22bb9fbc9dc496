"""kill -9 around an emergency, then a restart on the same database: the clinic hears of it once or twice."""

from __future__ import annotations

import time

import pytest

from tests.faults.conftest import EMERGENCY, EMERGENCY_REPLY, STAFF, record
from tests.telegram.fake_bot_api import Call

PATIENT = 5551001
KILLED_WITHIN = 30.0


def _reply_to_patient(call: Call) -> bool:
    return call.method == "sendMessage" and call.chat_id == PATIENT


def _notice(call: Call) -> bool:
    return call.method == "sendMessage" and call.chat_id == STAFF


# Where the bot dies:
# - before_reply: its emergency reply reached the API but was lost (the patient never got it);
# - after_reply: the emergency reply was delivered, the bot died before hearing so;
# - notice_delivered_in_flight: the staff notice reached Telegram, the bot died before the answer;
# - notice_lost_in_flight: the staff notice was on its way and was lost with the bot.
POINTS = {
    "before_reply": (_reply_to_patient, False, True),
    "after_reply": (lambda c: _reply_to_patient(c) and c.status == 200
                    and EMERGENCY_REPLY in str(c.params.get("text", "")).lower(), True, False),
    "notice_delivered_in_flight": (_notice, False, False),
    "notice_lost_in_flight": (_notice, False, True),
}


@pytest.mark.parametrize("point", list(POINTS))
async def test_kill_9_around_an_emergency_then_restart(faults, point):
    when, after, lost = POINTS[point]
    bot, fake = faults.bot, faults.fake
    await bot.start()
    first = bot.pid
    state = {"update": 0, "reached": False, "acked": False}

    def kill(call: Call) -> None:
        # Die only once Telegram was told the update was received (the next getUpdates carries a later
        # offset): from then on Telegram never sends it again, so only what the bot saved can save the patient.
        state["reached"] = state["reached"] or when(call)
        if call.method == "getUpdates" and state["update"]:
            state["acked"] = state["acked"] or int(call.params.get("offset") or 0) > state["update"]
        if bot.pid == first and state["reached"] and state["acked"]:
            bot.kill_now()

    fake.watch(kill, after=after)
    fake.watch(lambda call: kill(call) if call.method == "getUpdates" else None)
    if lost:
        target = PATIENT if point == "before_reply" else STAFF
        fake.fault("sendMessage", drop=True, delay=1.0, times=1, chat_id=target)
    state["update"] = await faults.say(PATIENT, EMERGENCY)
    code = await bot.exited(KILLED_WITHIN)
    assert code == -9, f"the bot was not killed at {point}: {bot.output()}"

    await bot.start()
    restarted = time.monotonic()
    copies = await faults.notice_copies(PATIENT)
    latency = faults.notices(PATIENT)[0].sent_at - restarted
    got_reply = any(EMERGENCY_REPLY in m.text.lower() for m in fake.messages_to(PATIENT))
    record(f"kill -9 {point.replace('_', ' ')}", copies_per_notice=copies, worst_delay_other_chat=None,
           notice_after_restart_s=max(0.0, latency), patient_got_reply=got_reply)
    assert 1 <= copies <= 2, f"the clinic got the notice {copies} times"
    if point == "after_reply":
        assert got_reply
