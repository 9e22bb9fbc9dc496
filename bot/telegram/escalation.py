"""Escalations: recorded first, so none is lost, then delivered to the clinic's staff chat (retried)."""

from __future__ import annotations

import logging
from datetime import timedelta

from telegram import Bot
from telegram.error import TelegramError
from telegram.ext import ContextTypes

from bot.engine import Answer
from bot.storage import NewEscalation, Notice
from bot.telegram import texts
from bot.telegram.render import Block
from bot.telegram.services import Services, services
from bot.telegram.staff import alerts

log = logging.getLogger(__name__)
MAX_QUOTED = 3000


async def escalate(s: Services, bot: Bot, chat_id: int, first_name: str, day: int | None, message: str,
                   answer: Answer) -> None:
    symptoms = ", ".join(answer.symptoms) or "unusual symptoms"
    await s.storage.add_escalation(NewEscalation(chat_id, answer.level, first_name, day, message[:MAX_QUOTED],
                                                 symptoms), s.now())
    log.warning("escalation: chat %s level %s symptoms %s", chat_id, answer.level, symptoms)
    await deliver_pending(s, bot)


def staff_notice(notice: Notice) -> list[Block]:
    title = texts.STAFF_EMERGENCY if notice.kind == "emergency" else texts.STAFF_CONTACT
    body = texts.STAFF_BODY.format(
        name=notice.first_name or "(no name)", chat_id=notice.chat_id,
        day="unknown" if notice.day is None else notice.day,
        symptoms=notice.symptoms, message=notice.message,
    )
    return [Block("", title), Block(body)]


async def deliver_pending(s: Services, bot: Bot) -> int:
    """Send every undelivered staff notice; failures stay pending for the next try. Returns how many went."""
    staff_chat = s.settings.clinic_chat_id
    if staff_chat is None:
        return 0
    async with s.staff_delivery:  # the retry job and a new escalation must not send the same notice twice
        return await _deliver(s, bot, staff_chat)


async def _deliver(s: Services, bot: Bot, staff_chat: int) -> int:
    delivered = 0
    for notice in await s.storage.due_notices(s.now() + timedelta(days=1)):
        await s.storage.notice_sending(notice.id, s.now())
        try:
            await alerts.send_card(s, bot, notice)
        except TelegramError as exc:
            await s.storage.notice_failed(notice.id, False, s.now(), s.now())
            log.error("staff notice %s not delivered (%s); will retry", notice.id, type(exc).__name__)
            return delivered
        await s.storage.notice_delivered(notice.id, s.now())
        delivered += 1
    return delivered


async def retry_job(context: ContextTypes.DEFAULT_TYPE) -> None:
    """Periodic job: deliver staff notices that failed before (or came while no staff chat was set)."""
    await deliver_pending(services(context), context.bot)
