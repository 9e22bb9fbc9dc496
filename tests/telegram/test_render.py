"""Message rendering: escaping, splitting under 4096 (as Telegram counts), buttons within 64 bytes."""

from __future__ import annotations

import pytest

from bot.telegram.render import Block, buttons, callback, pack, units
from tests.telegram.fake_bot_api import parse_html


def test_dynamic_text_is_escaped_and_parses_as_telegram_html():
    message = pack([Block("a < b & c > d <script>", "Title & <co>: ")])[0]
    assert message == "<b>Title &amp; &lt;co&gt;: </b>a &lt; b &amp; c &gt; d &lt;script&gt;"
    assert parse_html(message) == "Title & <co>: a < b & c > d <script>"


@pytest.mark.parametrize("body", ["word " * 3000, "x" * 9000, "😀" * 3000, "&<>" * 3000])
def test_long_text_is_split_under_the_limit_without_losing_anything(body):
    messages = pack([Block(body, "Title: "), Block("tail")])
    visible = [parse_html(m) for m in messages]
    assert all(1 <= units(v) <= 4096 for v in visible)
    assert "".join(visible).replace(" ", "").replace("\n", "") == ("Title: " + body + "tail").replace(" ", "")


def test_short_blocks_share_one_message():
    assert pack([Block("one"), Block("two", "T: ")]) == ["one\n\n<b>T: </b>two"]


def test_callback_data_is_limited_to_64_bytes():
    assert callback("topic", "makeup") == "topic:makeup"
    with pytest.raises(ValueError):
        callback("topic", "x" * 70)
    markup = buttons([[("ok", "a" * 64), ("too long", "é" * 40)]])
    assert [b.text for b in markup.inline_keyboard[0]] == ["ok"]
