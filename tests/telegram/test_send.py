"""retrying(): failures that sent nothing are retried; a send that may have arrived is not repeated blindly."""

from __future__ import annotations

import httpx
import pytest
from telegram.error import BadRequest, NetworkError, RetryAfter, TimedOut

from bot.telegram import send
from bot.telegram.send import may_have_arrived, retrying


@pytest.fixture(autouse=True)
def no_sleep(monkeypatch):
    async def instant(seconds: float) -> None:
        return None

    monkeypatch.setattr(send.asyncio, "sleep", instant)


def scripted(*failures: Exception):
    calls = []

    async def call() -> str:
        calls.append(1)
        if len(calls) <= len(failures):
            raise failures[len(calls) - 1]
        return "sent"

    return call, calls


def refused() -> NetworkError:
    try:
        raise NetworkError("httpx.ConnectError: refused") from httpx.ConnectError("refused")
    except NetworkError as exc:
        return exc


def read_error() -> NetworkError:
    try:
        raise NetworkError("httpx.ReadError: reset") from httpx.ReadError("reset")
    except NetworkError as exc:
        return exc


@pytest.mark.parametrize(("exc", "unknown"), [
    (TimedOut(), True), (read_error(), True), (refused(), False), (NetworkError("Bad Gateway (502)"), False),
    (BadRequest("Bad Request: chat not found"), False), (RetryAfter(3), False),
])
def test_what_may_have_arrived(exc, unknown):
    assert may_have_arrived(exc) is unknown


async def test_failures_that_sent_nothing_are_retried():
    call, calls = scripted(RetryAfter(1), NetworkError("Internal Server Error (500)"), refused())
    assert await retrying(call) == "sent" and len(calls) == 4


async def test_a_timed_out_send_is_not_repeated_by_default():
    call, calls = scripted(TimedOut())
    with pytest.raises(TimedOut):
        await retrying(call)
    assert len(calls) == 1


async def test_resends_bound_the_copies_after_timeouts():
    call, calls = scripted(TimedOut(), TimedOut())
    with pytest.raises(TimedOut):
        await retrying(call, resends=1)
    assert len(calls) == 2


async def test_idempotent_calls_are_retried_after_timeouts():
    call, calls = scripted(TimedOut(), TimedOut())
    assert await retrying(call, repeatable=True) == "sent" and len(calls) == 3


async def test_bad_requests_are_never_retried():
    call, calls = scripted(BadRequest("Bad Request: message is too long"))
    with pytest.raises(BadRequest):
        await retrying(call, repeatable=True)
    assert len(calls) == 1
