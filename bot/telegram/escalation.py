"""Escalations: recorded first, so none is lost, then delivered to the clinic's staff chat (retried)."""

from __future__ import annotations

import logging

from telegram import Bot
from telegram.error import TelegramError
from telegram.ext import ContextTypes

from bot.engine import Answer
from bot.storage import Escalation
from bot.telegram import texts
from bot.telegram.render import Block
from bot.telegram.send import send_blocks
from bot.telegram.services import Services, services

log = logging.getLogger(__name__)
MAX_QUOTED = 3000


async def escalate(s: Services, bot: Bot, chat_id: int, first_name: str, day: int | None, message: str,
                   answer: Answer) -> None:
    symptoms = ", ".join(answer.symptoms) or "unusual symptoms"
    s.storage.add_escalation(chat_id, answer.level, first_name, day, message[:MAX_QUOTED], symptoms, s.now())
    log.warning("escalation: chat %s level %s symptoms %s", chat_id, answer.level, symptoms)
    await deliver_pending(s, bot)


def staff_notice(escalation: Escalation) -> list[Block]:
    title = texts.STAFF_EMERGENCY if escalation.level == "emergency" else texts.STAFF_CONTACT
    body = texts.STAFF_BODY.format(
        name=escalation.first_name or "(no name)", chat_id=escalation.chat_id,
        day="unknown" if escalation.day is None else escalation.day,
        symptoms=escalation.symptoms, message=escalation.message,
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
    for escalation in s.storage.pending_escalations():
        try:
            await send_blocks(bot, staff_chat, staff_notice(escalation))
        except TelegramError as exc:
            s.storage.escalation_failed(escalation.id)
            log.error("staff notice %s not delivered (%s); will retry", escalation.id, type(exc).__name__)
            return delivered
        s.storage.escalation_notified(escalation.id, s.now())
        delivered += 1
    return delivered


async def retry_job(context: ContextTypes.DEFAULT_TYPE) -> None:
    """Periodic job: deliver staff notices that failed before (or came while no staff chat was set)."""
    await deliver_pending(services(context), context.bot)
