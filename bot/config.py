"""Settings, loaded once from the environment or `.env`; a bad value stops startup with one clear line."""

from __future__ import annotations

import logging
import os
import traceback
from datetime import time
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from pydantic import Field, SecretStr, ValidationError, field_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

SQLITE_PREFIX = "sqlite:///"


class ConfigError(Exception):
    """A setting is missing or invalid; the message names it, in one line."""


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_file=".env", env_file_encoding="utf-8", extra="ignore",
                                      env_ignore_empty=True, frozen=True)

    telegram_bot_token: SecretStr | None = None
    telegram_base_url: str = "https://api.telegram.org/bot"
    database_url: str = "sqlite:///data/aftercare.db"
    clinic_chat_id: int | None = None
    clinic_name: str | None = Field(default=None, max_length=200)
    clinic_phone: str | None = Field(default=None, max_length=100)
    timezone: str = "UTC"
    checkin_time: time = time(10, 0)
    checkin_days: int = Field(default=7, ge=1, le=60)
    knowledge_dir: Path | None = None
    # Minutes before an unacknowledged alert is raised again in the staff chat (fractions allowed).
    staff_reminder_minutes_emergency: float = Field(default=5.0, gt=0, le=1440)
    staff_reminder_minutes_contact: float = Field(default=60.0, gt=0, le=10080)
    log_level: str = "INFO"

    @field_validator("telegram_base_url")
    @classmethod
    def _url(cls, value: str) -> str:
        if not value.startswith(("http://", "https://")):
            raise ValueError("must start with http:// or https://")
        return value

    @field_validator("database_url")
    @classmethod
    def _sqlite(cls, value: str) -> str:
        if not value.startswith(SQLITE_PREFIX) or value == SQLITE_PREFIX:
            raise ValueError("must look like sqlite:///path/to/file.db (only SQLite is supported)")
        return value

    @field_validator("timezone")
    @classmethod
    def _zone(cls, value: str) -> str:
        try:
            ZoneInfo(value)
        except (ZoneInfoNotFoundError, ValueError):
            raise ValueError(f"unknown IANA time zone {value!r} (e.g. Europe/London)") from None
        return value

    @field_validator("checkin_time", mode="before")
    @classmethod
    def _hhmm(cls, value: object) -> object:
        if isinstance(value, str):
            try:
                hours, minutes = value.strip().split(":")
                return time(int(hours), int(minutes))
            except ValueError:
                raise ValueError(f"expected HH:MM, got {value!r}") from None
        return value

    @field_validator("knowledge_dir")
    @classmethod
    def _folder(cls, value: Path | None) -> Path | None:
        if value is not None and not value.is_dir():
            raise ValueError(f"folder {str(value)!r} does not exist")
        return value

    @field_validator("log_level")
    @classmethod
    def _level(cls, value: str) -> str:
        name = value.strip().upper()
        if name not in ("DEBUG", "INFO", "WARNING", "ERROR", "CRITICAL"):
            raise ValueError("expected DEBUG, INFO, WARNING, ERROR or CRITICAL")
        return name

    @property
    def tz(self) -> ZoneInfo:
        return ZoneInfo(self.timezone)

    def database_file(self) -> str:
        """The SQLite file (or ':memory:'), creating its folder."""
        path = self.database_url.removeprefix(SQLITE_PREFIX)
        if path != ":memory:" and not path.startswith("file:"):
            folder = Path(path).expanduser().parent
            try:
                folder.mkdir(parents=True, exist_ok=True)
            except OSError as exc:
                raise ConfigError(f"DATABASE_URL: cannot create the folder {folder} ({exc.strerror})") from None
        return path

    def require_token(self) -> str:
        if self.telegram_bot_token is None or not self.telegram_bot_token.get_secret_value().strip():
            raise ConfigError("TELEGRAM_BOT_TOKEN is not set: get a token from @BotFather and put it in .env")
        return self.telegram_bot_token.get_secret_value().strip()


def load_settings(env_file: str | Path | None = ".env") -> Settings:
    try:
        return Settings(_env_file=env_file)  # type: ignore[call-arg]
    except ValidationError as exc:
        first = exc.errors()[0]
        name = str(first["loc"][0]).upper() if first["loc"] else "settings"
        message = first["msg"].removeprefix("Value error, ")
        raise ConfigError(f"{name}: {message}") from None


def knowledge_dir_from_env() -> str | None:
    """KNOWLEDGE_DIR for the offline commands, which need no token or other settings."""
    return os.environ.get("KNOWLEDGE_DIR") or None


def timezone_from_env() -> str | None:
    """TIMEZONE for the offline commands (the clinic's local time for --now and 'tomorrow')."""
    return os.environ.get("TIMEZONE") or None


# Libraries whose DEBUG/INFO logs carry request parameters (message text) or URLs (the bot token).
THIRD_PARTY_LOGGERS = ("telegram", "httpx", "httpcore", "apscheduler", "asyncio", "hpack")


class _SafeFormatter(logging.Formatter):
    """Tracebacks keep their frames and exception types but not exception messages, which can quote data."""

    def formatException(self, ei: Any) -> str:
        exc_type, _, tb = ei
        frames = "".join(traceback.format_tb(tb)) if tb else ""
        name = getattr(exc_type, "__name__", "Exception")
        return f"Traceback (most recent call last):\n{frames}{name} (message withheld)"


class _Redact(logging.Filter):
    def __init__(self, secrets: tuple[str, ...]) -> None:
        super().__init__()
        self.secrets = tuple(s for s in secrets if s)

    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        if any(secret in message for secret in self.secrets):
            for secret in self.secrets:
                message = message.replace(secret, "<token>")
            record.msg, record.args = message, None
        return True


def configure_logging(level: str, secrets: tuple[str, ...] = ()) -> None:
    """Logs carry ids and outcomes only, at every level: the bot's own loggers never log message text, the
    libraries that would are held at WARNING, tracebacks drop exception messages, and secrets are masked."""
    handler = logging.StreamHandler()
    handler.setFormatter(_SafeFormatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    handler.addFilter(_Redact(secrets))
    root = logging.getLogger()
    root.handlers[:] = [handler]
    root.setLevel(level)
    for name in THIRD_PARTY_LOGGERS:
        logging.getLogger(name).setLevel(max(logging.WARNING, logging.getLevelName(level)))
