"""Privacy under faults: /forget while a notice is pending, and logs at DEBUG."""

from __future__ import annotations

import asyncio
import re

from tests.faults.conftest import EMERGENCY_REPLY, STAFF, record

FORGETFUL = 5556001
CHATTY = 5556002
CONFIRM = re.compile(r"yes|delete|forget|erase|confirm", re.IGNORECASE)
# Once the data is gone, the clinic may get a minimal notice that names nobody.
ERASED = re.compile(r"/forget|erased their data", re.IGNORECASE)


async def test_forget_with_a_pending_notice_still_tells_the_clinic(faults):
    await faults.bot.start()
    faults.fake.fault("sendMessage", 500, chat_id=STAFF)  # the staff chat is down
    await faults.say(FORGETFUL, "I have pus on my cheek", "Gia")
    await faults.reply(FORGETFUL, "contact your skincare professional")
    await asyncio.sleep(1)
    assert not faults.notices(FORGETFUL)
    before = len(faults.fake.messages_to(FORGETFUL))
    await faults.say(FORGETFUL, "/forget", "Gia")
    answer = await faults.reply(FORGETFUL, after=before)
    confirm = next((data for label, data in answer.buttons if CONFIRM.search(label)), None)
    if confirm is not None:
        tapped = await faults.fake.tap(answer, confirm, first_name="Gia")
        await faults.fake.wait_for(lambda f: any(c.method == "answerCallbackQuery" and c.status
                                                 and str(c.params.get("callback_query_id")) == tapped
                                                 for c in f.requests), 10)
    else:
        await faults.reply(FORGETFUL, "deleted", after=before)
    faults.fake.clear_faults()  # the staff chat is back
    copies = await faults.notice_copies(FORGETFUL, also=ERASED)
    await asyncio.sleep(1)
    kept = faults.text_columns_containing("pus on my cheek")
    record("/forget while the staff chat fails (notice pending)", copies_per_notice=copies,
           asked_to_confirm=confirm is not None)
    assert confirm is not None, f"/forget did not ask for confirmation with a button: {answer.text!r}"
    assert 1 <= copies <= 2
    assert not kept, f"the patient's words are still stored after /forget: {kept}"


async def test_debug_logs_carry_neither_text_nor_token(faults):
    secret_question = "can I use my grandmothers zinnober cream tomorrow"
    secret_symptom = "my lips are swelling and I can't breathe after the quokka mask"
    await faults.bot.start(LOG_LEVEL="DEBUG")
    await faults.say(CHATTY, secret_question, "Zed")
    await faults.reply(CHATTY)
    await faults.say(CHATTY, secret_symptom, "Zed")
    await faults.reply(CHATTY, EMERGENCY_REPLY)
    await faults.notice_copies(CHATTY)
    update = await faults.say(CHATTY, "is sunscreen ok", "Zed")
    await faults.fake.edit(update, "is sunscreen ok with the zinnober cream")
    await asyncio.sleep(1)
    assert await faults.bot.terminate() == 0
    log = faults.bot.all_output()
    secret = faults.fake.token.split(":", 1)[1]
    leaks = [word for word in ("zinnober", "grandmother", "quokka", "lips are swelling", secret,
                               faults.fake.token) if word.lower() in log.lower()]
    record("LOG_LEVEL=DEBUG", log_lines=len(log.splitlines()), leaks=leaks)
    assert "DEBUG" in log, "the bot logged nothing at DEBUG: the test would prove nothing"
    assert not leaks, f"the log shows {leaks}"
