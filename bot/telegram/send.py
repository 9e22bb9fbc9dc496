"""Sending that survives Telegram's bad moments: 429s wait as told, network errors are retried."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable
from datetime import timedelta
from typing import TypeVar

from telegram import Bot, InlineKeyboardMarkup, Message
from telegram.error import BadRequest, Forbidden, InvalidToken, NetworkError, RetryAfter

from bot.telegram.render import Block, pack

log = logging.getLogger(__name__)
T = TypeVar("T")
ATTEMPTS = 5
MAX_WAIT = 30.0


def _seconds(value: float | timedelta) -> float:
    return value.total_seconds() if isinstance(value, timedelta) else float(value)


async def retrying(call: Callable[[], Awaitable[T]], attempts: int = ATTEMPTS) -> T:
    """Run a Bot API call, waiting out 429s and retrying transient network errors and 5xx answers."""
    for attempt in range(1, attempts + 1):
        try:
            return await call()
        except RetryAfter as exc:
            if attempt == attempts:
                raise
            await asyncio.sleep(min(_seconds(exc.retry_after), MAX_WAIT))
        except (BadRequest, Forbidden, InvalidToken):
            raise
        except NetworkError as exc:
            if attempt == attempts:
                raise
            log.warning("Telegram call failed (%s), retry %d/%d", type(exc).__name__, attempt, attempts - 1)
            await asyncio.sleep(min(0.2 * 2**attempt, MAX_WAIT))
    raise AssertionError("unreachable")


async def send_blocks(bot: Bot, chat_id: int, blocks: list[Block],
                      markup: InlineKeyboardMarkup | None = None) -> Message:
    """Send blocks as one or more messages; the buttons go on the last one."""
    messages = pack(blocks)
    sent: Message | None = None
    for i, text in enumerate(messages):
        last = i == len(messages) - 1
        sent = await retrying(lambda text=text, last=last: bot.send_message(
            chat_id, text, reply_markup=markup if last else None))
    assert sent is not None
    return sent


async def send_text(bot: Bot, chat_id: int, text: str, markup: InlineKeyboardMarkup | None = None) -> Message:
    return await send_blocks(bot, chat_id, [Block(text)], markup)
