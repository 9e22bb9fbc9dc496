"""Sending that survives Telegram's bad moments without multiplying messages.

A failure either proves the request did not take effect (Telegram answered with an error, or no
connection was made) or leaves its outcome unknown (a timeout or a connection lost mid-request: the
message may have arrived). The first kind is always safe to retry; the second only for idempotent calls
(answers to button taps, edits), or a bounded number of times when a duplicate is the lesser harm.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable
from datetime import timedelta
from typing import TypeVar

import httpx
from telegram import Bot, CallbackQuery, InlineKeyboardMarkup, Message
from telegram.error import (
    BadRequest,
    ChatMigrated,
    Conflict,
    Forbidden,
    InvalidToken,
    NetworkError,
    RetryAfter,
    TelegramError,
    TimedOut,
)

from bot.telegram.render import Block, pack

log = logging.getLogger(__name__)
T = TypeVar("T")
ATTEMPTS = 5
MAX_WAIT = 30.0
# A patient reply whose send timed out is sent once more: a rare duplicate beats a lost safety reply.
REPLY_RESENDS = 1
_NOT_SENT_CAUSES = (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout)


def _seconds(value: float | timedelta) -> float:
    return value.total_seconds() if isinstance(value, timedelta) else float(value)


def may_have_arrived(exc: BaseException) -> bool:
    """True when a failed Bot API call may still have taken effect (its outcome is unknown)."""
    if isinstance(exc, BadRequest | Forbidden | InvalidToken | RetryAfter | Conflict | ChatMigrated):
        return False  # Telegram answered: it did not act
    if not isinstance(exc, NetworkError):
        return not isinstance(exc, TelegramError)
    if isinstance(exc.__cause__, _NOT_SENT_CAUSES):
        return False  # never connected
    return isinstance(exc, TimedOut) or exc.__cause__ is not None  # no answer; else an HTTP error answer (5xx)


def permanent(exc: BaseException) -> bool:
    return isinstance(exc, BadRequest | Forbidden | InvalidToken | Conflict | ChatMigrated)


async def retrying(call: Callable[[], Awaitable[T]], attempts: int = ATTEMPTS, *, repeatable: bool = False,
                   resends: int = 0) -> T:
    """Run a Bot API call, waiting out 429s and retrying failures that prove nothing was done.

    A failure whose outcome is unknown is retried only if the call is `repeatable` (idempotent), or at
    most `resends` times; otherwise it is raised, so a non-idempotent send is never blindly repeated.
    """
    unknown = 0
    for attempt in range(1, attempts + 1):
        try:
            return await call()
        except RetryAfter as exc:
            if attempt == attempts:
                raise
            await asyncio.sleep(min(_seconds(exc.retry_after), MAX_WAIT))
        except NetworkError as exc:
            if permanent(exc) or attempt == attempts:
                raise
            if may_have_arrived(exc) and not repeatable:
                unknown += 1
                if unknown > resends:
                    raise
            log.warning("Telegram call failed (%s), retry %d/%d", type(exc).__name__, attempt, attempts - 1)
            await asyncio.sleep(min(0.2 * 2**attempt, MAX_WAIT))
        except (Forbidden, InvalidToken, Conflict, ChatMigrated):
            raise
    raise AssertionError("unreachable")


async def answer_quietly(query: CallbackQuery, text: str | None = None) -> None:
    """Answer a button tap, best effort: a tap too old to answer never stops the handler."""
    try:
        await retrying(lambda: query.answer(text), attempts=2, repeatable=True)
    except TelegramError as exc:
        log.info("callback query not answered (%s)", type(exc).__name__)


async def send_blocks(bot: Bot, chat_id: int, blocks: list[Block], markup: InlineKeyboardMarkup | None = None,
                      resends: int = REPLY_RESENDS) -> Message:
    """Send blocks as one or more messages; the buttons go on the last one."""
    messages = pack(blocks)
    sent: Message | None = None
    for i, text in enumerate(messages):
        last = i == len(messages) - 1
        sent = await retrying(lambda text=text, last=last: bot.send_message(
            chat_id, text, reply_markup=markup if last else None), resends=resends)
    assert sent is not None
    return sent


async def send_text(bot: Bot, chat_id: int, text: str, markup: InlineKeyboardMarkup | None = None,
                    resends: int = REPLY_RESENDS) -> Message:
    return await send_blocks(bot, chat_id, [Block(text)], markup, resends)
