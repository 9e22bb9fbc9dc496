"""The staff chat as a workspace: a thread per patient, posting into it, and who counts as staff.

In a forum supergroup where the bot may manage topics, each patient with a concern gets one forum topic
(created on their first escalation, remembered in the database, recreated if someone deleted it). In an
ordinary group the bot's messages about a patient reply to that patient's latest card instead, and a
staff reply to any of them reaches the patient. Every message the bot posts about a patient is mapped to
them, never its text.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from datetime import datetime

from telegram import Bot, InlineKeyboardMarkup, ReplyParameters, User
from telegram.constants import ChatMemberStatus
from telegram.error import BadRequest, Forbidden, TelegramError

from bot.storage import Storage
from bot.telegram.send import retrying

log = logging.getLogger(__name__)
MEMBER_TTL = 60.0  # seconds a membership answer is trusted
_STAFF = {ChatMemberStatus.OWNER, ChatMemberStatus.ADMINISTRATOR, ChatMemberStatus.MEMBER}
_THREAD_GONE = ("thread not found", "topic_deleted", "topic deleted", "topic_id_invalid", "topic closed")


def thread_gone(exc: TelegramError) -> bool:
    return isinstance(exc, BadRequest) and any(part in exc.message.lower() for part in _THREAD_GONE)


@dataclass
class StaffDesk:
    storage: Storage
    chat_id: int | None
    clock: Callable[[], datetime]
    forum: bool = False  # decided by check(): a forum where the bot may manage topics
    _members: dict[int, tuple[bool, float]] = field(default_factory=dict)
    _thread_locks: dict[int, asyncio.Lock] = field(default_factory=dict)

    # -- startup -----------------------------------------------------------------------------------

    async def check(self, bot: Bot) -> str | None:
        """Check the bot's place in the staff chat; one line saying what is missing, or None if all is well."""
        if self.chat_id is None:
            return ("CLINIC_CHAT_ID is unset: escalations are recorded but no staff chat receives them "
                    "(set it to the clinic's staff group)")
        try:
            chat = await retrying(lambda: bot.get_chat(self.chat_id), repeatable=True)
            me = await retrying(lambda: bot.get_chat_member(self.chat_id, bot.id), repeatable=True)
        except (BadRequest, Forbidden):
            return f"staff chat {self.chat_id}: the bot is not a member (add it to the staff group)"
        except Exception as exc:  # never stop the bot over a check: say what happened and carry on
            return f"staff chat {self.chat_id}: could not check the bot's rights ({type(exc).__name__})"
        if me.status not in _STAFF:
            return f"staff chat {self.chat_id}: the bot is not a member (add it to the staff group)"
        if not chat.is_forum:
            self.forum = False
            return None
        self.forum = me.status == ChatMemberStatus.OWNER or bool(getattr(me, "can_manage_topics", False))
        if not self.forum:
            return (f"staff chat {self.chat_id}: the bot cannot manage topics (make it an admin with "
                    "'Manage topics'); patient threads fall back to replies")
        return None

    # -- who is staff ------------------------------------------------------------------------------

    def in_staff_chat(self, chat_id: int | None) -> bool:
        return self.chat_id is not None and chat_id == self.chat_id

    async def is_member(self, bot: Bot, user: User | None) -> bool:
        """Whether the user is a current member of the staff chat (asked of Telegram, cached briefly)."""
        if user is None or self.chat_id is None or user.is_bot:
            return False
        cached = self._members.get(user.id)
        if cached is not None and time.monotonic() - cached[1] < MEMBER_TTL:
            return cached[0]
        try:
            member = await retrying(lambda: bot.get_chat_member(self.chat_id, user.id), attempts=2,
                                   repeatable=True)
            allowed = member.status in _STAFF or (member.status == ChatMemberStatus.RESTRICTED
                                                  and bool(getattr(member, "is_member", False)))
        except TelegramError as exc:
            log.warning("staff chat: membership of user %s not checked (%s)", user.id, type(exc).__name__)
            return False
        self._members[user.id] = (allowed, time.monotonic())
        return allowed

    # -- threads -----------------------------------------------------------------------------------

    async def post(self, bot: Bot, patient_chat: int, html: str, *, name: str | None = None,
                   escalation_id: int | None = None, markup: InlineKeyboardMarkup | None = None,
                   reply_to: int | None = None, once: bool = False, timeout: float | None = None) -> int:
        """Post into the patient's thread (creating or recreating its topic) and map the message to them;
        returns its message id.

        `name` is the topic's name, needed only when the topic may have to be created. `once`: never resend
        after a send whose outcome is unknown (the outbox counts those itself); `timeout`: its send timeouts.
        """
        async def send(thread: int | None, reply: ReplyParameters | None) -> int:
            sent = await retrying(lambda: bot.send_message(
                self.chat_id, html, message_thread_id=thread, reply_parameters=reply, reply_markup=markup,
                **_timeouts(timeout)), resends=0 if once else 1)
            return sent.message_id
        return await self._into_thread(bot, patient_chat, send, name, escalation_id, reply_to)

    async def copy(self, bot: Bot, patient_chat: int, message_id: int, *, name: str | None,
                   escalation_id: int | None, reply_to: int | None = None) -> int:
        """Copy one of the patient's messages (a photo, a voice note...) into their thread."""
        async def send(thread: int | None, reply: ReplyParameters | None) -> int:
            copied = await retrying(lambda: bot.copy_message(self.chat_id, patient_chat, message_id,
                                                             message_thread_id=thread, reply_parameters=reply))
            return copied.message_id
        return await self._into_thread(bot, patient_chat, send, name, escalation_id, reply_to)

    async def _into_thread(self, bot: Bot, patient_chat: int,
                           send: Callable[[int | None, ReplyParameters | None], Awaitable[int]], name: str | None,
                           escalation_id: int | None, reply_to: int | None) -> int:
        assert self.chat_id is not None
        async with self._thread_locks.setdefault(patient_chat, asyncio.Lock()):
            for attempt in (1, 2):
                thread = await self._thread(bot, patient_chat, name) if self.forum else None
                reply = ReplyParameters(reply_to, allow_sending_without_reply=True) if reply_to else None
                try:
                    message_id = await send(thread, reply)
                except BadRequest as exc:
                    if thread is None or attempt == 2 or not thread_gone(exc):
                        raise
                    log.warning("staff chat: the thread of chat %s is gone; creating a new one", patient_chat)
                    await self.storage.set_staff_thread(patient_chat, None, self.clock())
                    continue
                await self.storage.map_staff_message(message_id, patient_chat, escalation_id)
                return message_id
        raise AssertionError("unreachable")

    async def _thread(self, bot: Bot, patient_chat: int, name: str | None) -> int | None:
        thread = await self.storage.staff_thread(patient_chat)
        if thread is not None:
            return thread
        if name is None:
            return None  # no topic yet and nothing to name one: post in the general chat
        topic = await retrying(lambda: bot.create_forum_topic(self.chat_id, name[:128]))
        await self.storage.set_staff_thread(patient_chat, topic.message_thread_id, self.clock(), name[:128])
        log.info("staff chat: topic %s created for chat %s", topic.message_thread_id, patient_chat)
        return topic.message_thread_id

    async def rename(self, bot: Bot, patient_chat: int, name: str) -> None:
        """Keep the topic's name current (day N); best effort, and only when it changed."""
        thread = await self.storage.staff_thread(patient_chat) if self.forum else None
        if thread is None or await self.storage.staff_thread_name(patient_chat) == name[:128]:
            return
        try:
            await retrying(lambda: bot.edit_forum_topic(self.chat_id, thread, name=name[:128]), attempts=2,
                           repeatable=True)
        except TelegramError as exc:
            log.info("staff chat: topic %s not renamed (%s)", thread, type(exc).__name__)
            if thread_gone(exc):
                await self.storage.set_staff_thread(patient_chat, None, self.clock())
            return
        await self.storage.rename_staff_thread(patient_chat, name[:128])

    async def close_thread(self, bot: Bot, thread: int) -> None:
        try:
            await retrying(lambda: bot.close_forum_topic(self.chat_id, thread), attempts=2, repeatable=True)
        except TelegramError as exc:
            log.info("staff chat: topic %s not closed (%s)", thread, type(exc).__name__)

    async def patient_for(self, thread_id: int | None, reply_to: int | None) -> int | None:
        """Which patient a staff message is about: its topic, else the bot message it replies to."""
        if thread_id is not None and self.forum:
            chat = await self.storage.chat_for_thread(thread_id)
            if chat is not None:
                return chat
        if reply_to is not None:
            return await self.storage.chat_for_staff_message(reply_to)
        return None



def _timeouts(timeout: float | None) -> dict[str, float]:
    if timeout is None:
        return {}
    return {"read_timeout": timeout, "write_timeout": timeout, "connect_timeout": min(timeout, 20.0),
            "pool_timeout": timeout}
