"""Escalations: stored before any network call, then handed to the staff-notice outbox.

If storing fails (database locked for too long, read-only, disk full), the notice is sent directly from
memory and the failure is logged at CRITICAL; the patient's safety reply goes out either way.
"""

from __future__ import annotations

import logging
from dataclasses import replace

from bot.engine import Answer
from bot.storage import NewEscalation, StorageError
from bot.telegram.services import Services

log = logging.getLogger(__name__)
MAX_QUOTED = 3000


def new_escalation(chat_id: int, first_name: str, day: int | None, message: str, answer: Answer,
                   message_id: int | None = None) -> NewEscalation:
    symptoms = ", ".join(answer.symptom_labels) or "unusual symptoms"
    level = answer.report_level if answer.report_level != "none" else answer.level
    return NewEscalation(chat_id, level, first_name, day, message[:MAX_QUOTED], symptoms, message_id)


async def record(s: Services, escalation: NewEscalation) -> None:
    """Store the escalation and its staff notice, and wake the outbox; never raises for storage failures."""
    if escalation.mentioned_day is None:
        escalation = replace(escalation, mentioned_day=s.engine.mentioned_day(escalation.message))
    try:
        await s.storage.add_escalation(escalation, s.now())
    except StorageError as exc:
        unsaved(s, escalation, exc)
        return
    log.warning("escalation: chat %s level %s", escalation.chat_id, escalation.level)  # symptoms are health data
    s.outbox.wake()


def unsaved(s: Services, escalation: NewEscalation, exc: StorageError) -> None:
    log.critical("escalation: chat %s level %s NOT STORED (%s); sending the staff notice directly",
                 escalation.chat_id, escalation.level, exc)
    s.outbox.send_unsaved(escalation, s.now())
