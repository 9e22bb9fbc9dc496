"""Flood control: a chat sending more than `limit` messages in `window` seconds is told once to slow down.

Its further messages are still triaged (an escalation always escalates and gets its safety reply); only the
ordinary answers are held back, so one chat cannot use up the bot's sending rate that others need.
"""

from __future__ import annotations

from collections import deque
from enum import Enum

LIMIT = 20
WINDOW = 10.0
_PRUNE_AT = 10_000


class Flow(Enum):
    OK = "ok"
    WARN = "warn"  # the first message over the limit: tell the chat to slow down
    QUIET = "quiet"  # over the limit and already told


class FloodGuard:
    def __init__(self, limit: int = LIMIT, window: float = WINDOW) -> None:
        self.limit = limit
        self.window = window
        self._chats: dict[int, deque[float]] = {}
        self._warned: set[int] = set()

    def hit(self, chat_id: int, at: float) -> Flow:
        """Count a message from `chat_id` sent at `at` (seconds)."""
        times = self._chats.setdefault(chat_id, deque())
        while times and times[0] <= at - self.window:
            times.popleft()
        times.append(at)
        if len(self._chats) > _PRUNE_AT:
            self._prune(at)
        if len(times) <= self.limit:
            self._warned.discard(chat_id)
            return Flow.OK
        if chat_id in self._warned:
            return Flow.QUIET
        self._warned.add(chat_id)
        return Flow.WARN

    def _prune(self, now: float) -> None:
        for chat_id in [c for c, t in self._chats.items() if not t or t[-1] <= now - self.window]:
            del self._chats[chat_id]
            self._warned.discard(chat_id)
