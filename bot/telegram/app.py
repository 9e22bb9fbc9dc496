"""Builds the Application: every handler is wired here, in one place. Order matters within a group."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable
from dataclasses import dataclass, field
from typing import Any

from telegram import LinkPreviewOptions, Update
from telegram.constants import ParseMode
from telegram.ext import (
    AIORateLimiter,
    Application,
    BaseUpdateProcessor,
    CallbackQueryHandler,
    CommandHandler,
    Defaults,
    MessageHandler,
    TypeHandler,
    filters,
)

from bot.telegram import checkins, commands, errors, guard, media, onboarding, questions, texts
from bot.telegram.answers import TOPIC
from bot.telegram.send import answer_quietly, retrying
from bot.telegram.services import KEY, Services
from bot.telegram.staff import alerts, relay
from bot.telegram.staff import commands as staff_commands

log = logging.getLogger(__name__)
TICK_SECONDS = 30.0
# Updates in flight at once (across chats; each chat stays in order). Against a loopback API the bot is
# CPU-bound in httpx, where more in flight only adds pool bookkeeping (16: ~440 msg/s, 8: ~540); with real
# Telegram round trips of ~100 ms, 8 in flight still allow ~80 sends/s, well above the 30/s limit.
# The connection pool matches, plus room for the check-in and staff-notice jobs.
MAX_CONCURRENT_UPDATES = 8
CONNECTION_POOL = MAX_CONCURRENT_UPDATES + 4
SEND_TIMEOUT = 20.0


@dataclass
class _ChatLock:
    lock: asyncio.Lock = field(default_factory=asyncio.Lock)
    users: int = 0


class PerChatOrder(BaseUpdateProcessor):
    """Handle different chats concurrently but each chat's updates in order.

    A patient who sets a date and then asks a question quickly must get the answer for the new date;
    other patients should not wait behind them. The chat's own lock is taken *before* a shared slot,
    so a chat with a backlog holds at most one slot and never blocks others while it waits for itself.
    """

    def __init__(self, max_concurrent_updates: int) -> None:
        super().__init__(max_concurrent_updates)
        self._chats: dict[int, _ChatLock] = {}

    async def process_update(self, update: object, coroutine: Awaitable[Any]) -> None:  # type: ignore[misc]
        # PTB's BaseUpdateProcessor.process_update takes the shared semaphore first, then calls
        # do_process_update; here the order is reversed (per-chat lock, then the slot).
        chat = update.effective_chat if isinstance(update, Update) else None
        if chat is None:
            async with self._semaphore:
                await coroutine
            return
        entry = self._chats.setdefault(chat.id, _ChatLock())
        entry.users += 1
        try:
            async with entry.lock, self._semaphore:
                await coroutine
        finally:
            entry.users -= 1
            if entry.users == 0:
                del self._chats[chat.id]

    async def do_process_update(self, update: object, coroutine: Awaitable[Any]) -> None:
        await coroutine  # unused: process_update above does the work

    async def initialize(self) -> None:
        pass

    async def shutdown(self) -> None:
        pass


def build_application(s: Services, *, rate_limit: bool = True, send_timeout: float = SEND_TIMEOUT) -> Application:
    token = s.settings.require_token()
    builder = (
        Application.builder()
        .token(token)
        .base_url(s.settings.telegram_base_url)
        .defaults(Defaults(parse_mode=ParseMode.HTML, link_preview_options=LinkPreviewOptions(is_disabled=True)))
        .concurrent_updates(PerChatOrder(MAX_CONCURRENT_UPDATES))
        .connection_pool_size(CONNECTION_POOL)
    )
    # Patient sends wait up to 20 s for Telegram's answer (PTB's default is 5 s): a slow chat is not a failure,
    # and a send that timed out is not blindly repeated (see send.py).
    builder = builder.read_timeout(send_timeout).write_timeout(send_timeout)
    if rate_limit:
        # It retries only 429s (Telegram answered "too many requests": nothing was sent), so it never duplicates.
        builder = builder.rate_limiter(AIORateLimiter(max_retries=5))
    app = builder.build()
    app.bot_data[KEY] = s
    _wire(app)
    return app


def _wire(app: Application) -> None:
    private = filters.ChatType.PRIVATE

    # Before everything: buttons only act in private chats; flood control
    app.add_handler(TypeHandler(Update, guard.guard), group=-1)

    # Commands
    app.add_handler(CommandHandler("start", onboarding.start, filters=private))
    app.add_handler(CommandHandler("date", onboarding.date_command, filters=private))
    app.add_handler(CommandHandler("today", questions.today_command, filters=private))
    app.add_handler(CommandHandler("topics", questions.topics_command, filters=private))
    app.add_handler(CommandHandler("checkin", checkins.checkin_command, filters=private))
    app.add_handler(CommandHandler("stop", checkins.stop_command, filters=private))
    app.add_handler(CommandHandler("resume", checkins.resume_command, filters=private))
    app.add_handler(CommandHandler("forget", commands.forget_command, filters=private))
    app.add_handler(CommandHandler("help", commands.help_command, filters=private))

    # Buttons (anything else is answered as stale, so no tap is left spinning)
    app.add_handler(CallbackQueryHandler(onboarding.date_button, pattern=rf"^{onboarding.DATE}:"))
    app.add_handler(CallbackQueryHandler(onboarding.time_button, pattern=rf"^{onboarding.TIME}:"))
    app.add_handler(CallbackQueryHandler(questions.topic_button, pattern=rf"^{TOPIC}:"))
    app.add_handler(CallbackQueryHandler(checkins.checkin_answer, pattern=rf"^{checkins.CHECKIN}:"))
    app.add_handler(CallbackQueryHandler(commands.forget_button, pattern=rf"^{commands.FORGET}:"))
    app.add_handler(CallbackQueryHandler(alerts.card_button, pattern=r"^st:"))
    app.add_handler(CallbackQueryHandler(_stale_button))

    # The staff chat (each handler checks the chat is the staff chat and the sender a member of it)
    groups = filters.ChatType.GROUPS
    app.add_handler(CommandHandler("open", staff_commands.open_command, filters=groups))
    app.add_handler(CommandHandler("patient", staff_commands.patient_command, filters=groups))
    app.add_handler(CommandHandler("stats", staff_commands.stats_command, filters=groups))
    app.add_handler(CommandHandler("note", relay.note_command, filters=groups))
    app.add_handler(MessageHandler(groups & filters.UpdateType.MESSAGE & filters.TEXT & ~filters.COMMAND,
                                   relay.staff_message))

    # Messages. Note: order matters — unknown commands before free text. Edits are triaged: only one that
    # now reports an escalating symptom gets a reply.
    new_private = private & filters.UpdateType.MESSAGE
    app.add_handler(MessageHandler(new_private & filters.COMMAND, commands.unknown_command))
    app.add_handler(MessageHandler(new_private & filters.TEXT, questions.text_message))
    app.add_handler(MessageHandler(new_private & ~filters.TEXT & ~filters.StatusUpdate.ALL, media.non_text))
    app.add_handler(MessageHandler(private & filters.UpdateType.EDITED_MESSAGE & filters.TEXT & ~filters.COMMAND,
                                   questions.edited_message))

    # Errors
    app.add_error_handler(errors.on_error)


async def _stale_button(update: Update, context: Any) -> None:
    await answer_quietly(update.callback_query, texts.STALE_BUTTON)


async def on_startup(app: Application, tick_seconds: float = TICK_SECONDS) -> None:
    """Register commands, check the staff chat, start the staff-notice outbox (it sends what is pending at
    once, as alert cards), the check-in tick (its first run sends anything missed while down) and the
    staff reminders."""
    s: Services = app.bot_data[KEY]
    await retrying(lambda: app.bot.set_my_commands(commands.bot_commands()), repeatable=True)
    problem = await s.desk.check(app.bot)
    if problem:
        log.warning("%s", problem)
    await staff_commands.register(s, app.bot)
    s.outbox.start(app.bot, deliver=lambda notice: alerts.send_card(s, app.bot, notice))
    assert app.job_queue is not None
    app.job_queue.run_repeating(checkins.tick_job, interval=tick_seconds, first=0.05, name="checkins",
                                job_kwargs={"max_instances": 1, "coalesce": True})
    every = alerts.reminder_tick(s, tick_seconds)
    app.job_queue.run_repeating(alerts.reminder_job, interval=every, first=every, name="reminders",
                                job_kwargs={"max_instances": 1, "coalesce": True})
