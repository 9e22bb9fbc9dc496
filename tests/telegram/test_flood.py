"""FloodGuard: more than 20 messages in 10 s gets one warning, then quiet until the chat slows down."""

from __future__ import annotations

from bot.telegram.flood import FloodGuard, Flow


def test_the_21st_message_in_the_window_warns_once_then_quiet():
    guard = FloodGuard(limit=20, window=10.0)
    flows = [guard.hit(1, 100.0) for _ in range(23)]
    assert flows[:20] == [Flow.OK] * 20 and flows[20:] == [Flow.WARN, Flow.QUIET, Flow.QUIET]
    assert guard.hit(2, 100.0) is Flow.OK  # other chats are counted apart


def test_a_chat_that_slows_down_is_answered_again_and_warned_afresh():
    guard = FloodGuard(limit=3, window=10.0)
    assert [guard.hit(1, t) for t in (0, 1, 2, 3)] == [Flow.OK, Flow.OK, Flow.OK, Flow.WARN]
    assert guard.hit(1, 12.5) is Flow.OK  # only 3 and 12.5 are within the last 10 s
    assert [guard.hit(1, 12.5) for _ in range(3)] == [Flow.OK, Flow.WARN, Flow.QUIET]
