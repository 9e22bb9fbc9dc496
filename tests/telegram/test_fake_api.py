"""The fake Bot API itself must reject what Telegram rejects, or the end-to-end tests prove nothing."""

from __future__ import annotations

import asyncio
import json

import pytest

from tests.telegram.fake_bot_api import ApiError, FakeBotApi, parse_html


@pytest.mark.parametrize("bad", ["<b>x", "x</b>", "<foo>x</foo>", "a & b", "a < b", "<b><i>x</b></i>", "a > b"])
def test_unparseable_html_is_rejected(bad):
    with pytest.raises(ApiError, match="can't parse entities"):
        parse_html(bad)


def test_valid_html_gives_visible_text():
    assert parse_html('<b>hi</b> &amp; <a href="https://x">link</a> &#33;') == "hi & link !"


async def dispatch(fake: FakeBotApi, method: str, **params: object) -> tuple[int, dict]:
    body = "&".join(f"{k}={v}" for k, v in params.items()).encode()
    return await fake._dispatch(f"/bot{fake.token}/{method}", {"content-type": "application/x-www-form-urlencoded"},
                                body)


async def test_spec_rules_are_enforced():
    fake = FakeBotApi()
    fake.add_chat(1)
    assert (await dispatch(fake, "sendMessage", chat_id=1))[0] == 400  # text is required
    assert (await dispatch(fake, "sendMessage", text="hi"))[0] == 400  # chat_id is required
    assert (await dispatch(fake, "sendMessage", chat_id=2, text="hi"))[0] == 400  # unknown chat
    assert (await dispatch(fake, "sendMessage", chat_id=1, text="x" * 4097))[0] == 400
    assert (await dispatch(fake, "sendMessage", chat_id=1, text="x" * 4096))[0] == 200
    long_data = json.dumps({"inline_keyboard": [[{"text": "b", "callback_data": "d" * 65}]]})
    assert (await dispatch(fake, "sendMessage", chat_id=1, text="hi", reply_markup=long_data))[0] == 400
    assert (await dispatch(fake, "answerCallbackQuery", callback_query_id="nope"))[0] == 400
    assert (await dispatch(fake, "sendMessage", chat_id=1, text="<b>x", parse_mode="HTML"))[0] == 400
    assert (await dispatch(fake, "nosuchMethod"))[0] == 404
    status, _ = await fake._dispatch("/botWRONG/getMe", {}, b"")
    assert status == 401


async def test_injected_failures():
    fake = FakeBotApi()
    fake.add_chat(1)
    fake.fail("sendMessage", 429, retry_after=3)
    status, body = await dispatch(fake, "sendMessage", chat_id=1, text="hi")
    assert status == 429 and body["parameters"] == {"retry_after": 3}
    assert (await dispatch(fake, "sendMessage", chat_id=1, text="hi"))[0] == 200


async def test_faults_by_chat_with_descriptions_delays_and_lost_requests():
    fake = FakeBotApi()
    fake.add_chat(1)
    fake.add_chat(2)
    fake.fault("sendMessage", 403, chat_id=1, times=1)
    fake.fault("answerCallbackQuery", 400, description="Bad Request: query is too old")
    status, body = await dispatch(fake, "sendMessage", chat_id=1, text="hi")
    assert status == 403 and body["description"].startswith("Forbidden")
    assert (await dispatch(fake, "sendMessage", chat_id=2, text="hi"))[0] == 200
    assert (await dispatch(fake, "answerCallbackQuery", callback_query_id="1"))[1]["description"].endswith("too old")
    assert not fake.rejected  # injected answers are not the bot's mistakes
    fake.clear_faults()
    fake.fault("sendMessage", delay=0.2, chat_id=1)
    fake.fault("sendMessage", drop=True, chat_id=2, times=1)
    assert await dispatch(fake, "sendMessage", chat_id=2, text="lost") == "drop"
    slow = await dispatch(fake, "sendMessage", chat_id=1, text="slow")
    assert slow[0] == 200 and [m.text for m in fake.sent][-1] == "slow"
    assert fake.requests[-1].ended - fake.requests[-1].started >= 0.2
    assert [(c.chat_id, c.status) for c in fake.requests[-2:]] == [(2, None), (1, 200)]


async def test_watchers_see_requests_before_and_after_they_are_handled():
    fake = FakeBotApi()
    fake.add_chat(1)
    seen: list[tuple[str, int | None, int]] = []
    fake.watch(lambda call: seen.append(("before", call.status, len(fake.sent))))
    fake.watch(lambda call: seen.append(("after", call.status, len(fake.sent))), after=True)
    await dispatch(fake, "sendMessage", chat_id=1, text="hi")
    assert seen == [("before", None, 0), ("after", 200, 1)]


async def test_a_displaced_long_poll_is_answered_409_and_conflicts_can_be_injected():
    fake = FakeBotApi()
    fake.exclusive_polling = True
    first = asyncio.create_task(dispatch(fake, "getUpdates", timeout=5))
    await asyncio.sleep(0.05)
    second = asyncio.create_task(dispatch(fake, "getUpdates", timeout=0))
    status, body = await asyncio.wait_for(first, 2)
    assert status == 409 and "only one bot instance" in body["description"]
    assert (await second)[0] == 200
    fake.exclusive_polling = False
    waiting = asyncio.create_task(dispatch(fake, "getUpdates", timeout=5))
    await asyncio.sleep(0.05)
    fake.conflict(times=1)
    assert (await asyncio.wait_for(waiting, 2))[0] == 409
    assert (await dispatch(fake, "getUpdates"))[0] == 409
    assert (await dispatch(fake, "getUpdates"))[0] == 200


async def test_edits_reuse_the_message_id():
    fake = FakeBotApi()
    update = await fake.message(1, "hello")
    await fake.edit(update, "hello again")
    status, body = await dispatch(fake, "getUpdates")
    assert status == 200
    original, edited = body["result"]
    assert edited["edited_message"]["message_id"] == original["message"]["message_id"]
    assert edited["edited_message"]["text"] == "hello again" and "edit_date" in edited["edited_message"]
