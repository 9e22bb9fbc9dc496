"""Handler-level tests: updates fed straight into Application.process_update (no polling)."""

from __future__ import annotations

import asyncio
import time
from collections.abc import AsyncIterator

import pytest
from telegram import Update

from bot.telegram.app import PerChatOrder, build_application
from bot.telegram.runner import build_services
from tests.telegram.conftest import FAST_OUTBOX, PATIENT, STAFF_CHAT, Clock, make_settings


@pytest.fixture
async def app(fake, clock: Clock, tmp_path) -> AsyncIterator:
    services = build_services(make_settings(fake, tmp_path), clock)
    await services.storage.open()
    services.outbox.policy = FAST_OUTBOX
    application = build_application(services, rate_limit=False)
    async with application:
        services.outbox.start(application.bot)
        yield application
        await services.outbox.stop()
    await services.storage.close()
    assert not fake.rejected, fake.rejected


def message_update(update_id: int, text: str | None, chat_type: str = "private", **extra: object) -> dict:
    body: dict = {"message_id": update_id, "date": int(time.time()),
                  "chat": {"id": PATIENT if chat_type == "private" else STAFF_CHAT, "type": chat_type},
                  "from": {"id": PATIENT, "is_bot": False, "first_name": "Ana"}, **extra}
    if text is not None:
        body["text"] = text
    return {"update_id": update_id, "message": body}


async def feed(app, data: dict) -> None:
    await app.process_update(Update.de_json(data, app.bot))


async def test_text_handler_answers_and_records_escalation(app, fake):
    fake.add_chat(PATIENT)
    await feed(app, message_update(1, "there is yellow crust and it's oozing"))
    assert "contact your skincare professional" in fake.messages_to(PATIENT)[0].text
    assert "oozing" in (await fake.wait_messages(STAFF_CHAT, 1))[0].text
    assert (await app.bot_data["services"].storage.escalations(PATIENT))[0].level == "contact"


async def test_typed_date_goes_to_onboarding_not_the_engine(app, fake):
    fake.add_chat(PATIENT)
    await feed(app, message_update(1, "20 Nov"))
    assert fake.messages_to(PATIENT)[0].text.startswith("Got it")


async def test_edited_group_and_empty_updates_send_nothing(app, fake):
    fake.add_chat(PATIENT)
    edited = message_update(1, "can I wear makeup")
    edited["edited_message"] = edited.pop("message")
    await feed(app, edited)
    await feed(app, message_update(2, "hello", chat_type="supergroup"))
    await feed(app, {"update_id": 3, "inline_query": {"id": "q", "query": "makeup", "offset": "",
                                                      "from": {"id": PATIENT, "is_bot": False, "first_name": "A"}}})
    assert fake.sent == []


async def test_service_messages_are_not_answered_as_media(app, fake):
    fake.add_chat(PATIENT)
    await feed(app, message_update(1, None, new_chat_title="x"))
    assert fake.sent == []


def chat_update(chat_id: int) -> Update:
    return Update.de_json({"update_id": chat_id, "message": {
        "message_id": 1, "date": 0, "chat": {"id": chat_id, "type": "private"}, "text": "x"}}, None)


async def test_per_chat_order_keeps_a_chat_in_order_and_runs_chats_together():
    processor = PerChatOrder(8)
    events: list[str] = []

    async def step(name: str, delay: float) -> None:
        events.append(f"start {name}")
        await asyncio.sleep(delay)
        events.append(f"end {name}")

    await asyncio.gather(processor.process_update(chat_update(1), step("a1", 0.05)),
                         processor.process_update(chat_update(1), step("a2", 0)),
                         processor.process_update(chat_update(2), step("b1", 0)))
    assert events.index("end a1") < events.index("start a2")
    assert events.index("end b1") < events.index("end a1")
    assert processor._chats == {}


async def test_a_chat_with_a_backlog_holds_one_slot_and_never_delays_another():
    processor = PerChatOrder(2)
    done: list[str] = []

    async def step(name: str, delay: float) -> None:
        await asyncio.sleep(delay)
        done.append(name)

    backlog = [processor.process_update(chat_update(1), step(f"a{i}", 0.05)) for i in range(10)]
    other = processor.process_update(chat_update(2), step("b", 0))
    await asyncio.gather(*backlog, other)
    assert done.index("b") == 0  # before even the first of chat 1's ten
