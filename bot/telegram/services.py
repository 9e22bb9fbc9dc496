"""What every handler needs, built once at startup and kept in `application.bot_data`."""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from functools import cached_property
from zoneinfo import ZoneInfo

from telegram.ext import CallbackContext

from bot.config import Settings
from bot.engine import Engine
from bot.engine import schedule as sched
from bot.engine.treatment import TreatmentTimes
from bot.storage import Patient, Storage, StorageError
from bot.telegram.flood import FloodGuard
from bot.telegram.outbox import Outbox
from bot.telegram.staff.desk import StaffDesk

KEY = "services"
log = logging.getLogger(__name__)


def system_clock() -> datetime:
    return datetime.now(UTC)


@dataclass
class Services:
    settings: Settings
    engine: Engine
    storage: Storage
    clock: Callable[[], datetime] = field(default=system_clock)
    outbox: Outbox = field(init=False)
    flood: FloodGuard = field(default_factory=FloodGuard)
    desk: StaffDesk = field(init=False)

    def __post_init__(self) -> None:
        self.outbox = Outbox(self.storage, self.settings.clinic_chat_id)
        self.desk = StaffDesk(self.storage, self.settings.clinic_chat_id, self.clock)

    @cached_property
    def treatment(self) -> TreatmentTimes:
        """Reads typed treatment times and the parts of the day, from the knowledge base's language data."""
        return TreatmentTimes(self.engine.kb.language.moments)

    @property
    def tz(self) -> ZoneInfo:
        return self.settings.tz

    def now(self) -> datetime:
        """The current moment in the clinic's time zone (tests swap the clock)."""
        return self.clock().astimezone(self.tz)

    async def patient_safely(self, chat_id: int) -> Patient | None:
        """The patient, or None when storage is failing: answers (and safety replies) must not depend on it."""
        try:
            return await self.storage.patient(chat_id)
        except StorageError as exc:
            log.error("chat %s: patient not read (%s); answering without the treatment date", chat_id, exc)
            return None

    def hours_since(self, patient: Patient | None) -> float | None:
        if patient is None or patient.treated_at is None:
            return None
        return sched.hours_since(patient.treated_at, self.now())

    def day(self, patient: Patient | None) -> int | None:
        if patient is None or patient.treated_on is None:
            return None
        return sched.day_number(patient.treated_on, self.now(), self.tz)


def services(context: CallbackContext) -> Services:  # type: ignore[type-arg]
    return context.application.bot_data[KEY]
