"""The fake Bot API itself must reject what Telegram rejects, or the end-to-end tests prove nothing."""

from __future__ import annotations

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
