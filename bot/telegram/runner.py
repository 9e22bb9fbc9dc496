"""Start and stop the bot: one code path for production (`aftercare-bot run`) and the end-to-end tests."""

from __future__ import annotations

import asyncio
import logging
import signal
import sys
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from telegram import Bot, Update
from telegram.error import Conflict, InvalidToken, NetworkError, TelegramError
from telegram.ext import Application

from bot import links
from bot.config import ConfigError, Settings, configure_logging, load_settings
from bot.engine import Engine, KnowledgeError, load_knowledge
from bot.engine.dates import parse_date
from bot.storage import StorageStartupError, open_storage
from bot.telegram.app import TICK_SECONDS, build_application, on_startup
from bot.telegram.services import KEY, Services, system_clock

log = logging.getLogger(__name__)
EXIT_CONFIG = 2
EXIT_TELEGRAM = 1
NO_TOKEN = ("TELEGRAM_BOT_TOKEN is not set: create a bot with @BotFather in Telegram, put its token in .env "
            "(see .env.example), or try the bot offline with: .venv/bin/aftercare-bot chat")


class AnotherPoller(Exception):
    """Telegram answered 409 Conflict: another process is polling with this token."""


async def serve(app: Application, stop: asyncio.Event, *, poll_timeout: float = 30,
                tick_seconds: float = TICK_SECONDS) -> None:
    """Open the storage, run long polling until `stop` is set, then shut down cleanly.

    Raises StorageStartupError for an unusable database (or one another bot runs on), and AnotherPoller
    when Telegram reports another process polling with the same token.
    """
    s: Services = app.bot_data[KEY]
    conflicts: list[Conflict] = []

    def on_poll_error(exc: TelegramError) -> None:
        if isinstance(exc, Conflict):
            conflicts.append(exc)
            stop.set()
        else:
            log.warning("polling for updates failed (%s); retrying", type(exc).__name__)

    await s.storage.lock_instance()  # before anything touches the database
    try:
        await s.storage.open()
        async with app:
            await on_startup(app, tick_seconds)
            assert app.updater is not None
            await app.updater.start_polling(poll_interval=0.0, timeout=int(poll_timeout),
                                            allowed_updates=Update.ALL_TYPES, error_callback=on_poll_error)
            await app.start()
            log.info("bot @%s is running", app.bot.username)
            try:
                await stop.wait()
            finally:
                if conflicts:  # PTB's final getUpdates (marking updates read) would log the 409 with a traceback
                    logging.getLogger("telegram.ext.Updater").setLevel(logging.CRITICAL)
                await app.updater.stop()
                await app.stop()
                await s.outbox.stop()
    finally:
        await s.outbox.stop()
        await s.storage.close()
    if conflicts:
        raise AnotherPoller


def build_services(settings: Settings, clock: Callable[[], datetime] = system_clock) -> Services:
    engine = Engine(load_knowledge(settings.knowledge_dir))
    return Services(settings, engine, open_storage(settings.database_file()), clock)


def run() -> int:
    """`aftercare-bot run`: long polling until SIGTERM or Ctrl-C; exit code 0 on a clean stop."""
    try:
        settings = load_settings()
        if settings.telegram_bot_token is None:
            raise ConfigError(NO_TOKEN)
        settings.require_token()
        configure_logging(settings.log_level, secrets=(settings.require_token(),))
        s = build_services(settings)
        app = build_application(s)
    except (ConfigError, KnowledgeError) as exc:
        print(f"aftercare-bot: {exc}", file=sys.stderr)
        return EXIT_CONFIG
    try:
        asyncio.run(_until_signal(app))
    except InvalidToken:
        print("aftercare-bot: Telegram rejected TELEGRAM_BOT_TOKEN; check it with @BotFather", file=sys.stderr)
        return EXIT_CONFIG
    except StorageStartupError as exc:
        print(f"aftercare-bot: {exc}", file=sys.stderr)
        return EXIT_CONFIG
    except AnotherPoller:
        print("aftercare-bot: stopped: another process is polling Telegram with this TELEGRAM_BOT_TOKEN "
              "(409 Conflict); run only one bot per token", file=sys.stderr)
        return EXIT_TELEGRAM
    except NetworkError as exc:
        print(f"aftercare-bot: cannot reach Telegram ({type(exc).__name__}); check the network and "
              "TELEGRAM_BASE_URL", file=sys.stderr)
        return EXIT_TELEGRAM
    return 0


async def _until_signal(app: Application) -> None:
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGTERM, signal.SIGINT):
        loop.add_signal_handler(sig, stop.set)
    await serve(app, stop)


def token_missing() -> bool:
    """True (after explaining how to get a token) when no TELEGRAM_BOT_TOKEN is configured."""
    try:
        if load_settings().telegram_bot_token is not None:
            return False
    except ConfigError:
        return False  # `run` reports the broken setting itself
    print(f"aftercare-bot: {NO_TOKEN}. Starting the console chat now.", file=sys.stderr)
    return True


def print_link(date_text: str, username: str | None, ref: str | None = None, qr: Path | None = None) -> int:
    """`aftercare-bot link 2026-11-20 [--ref A123] [--qr FILE.png]`: the t.me link that sets a patient's
    treatment date (and the clinic's reference for them) on /start, and optionally its QR code."""
    reading = parse_date(date_text, datetime.now().date())
    if reading is None or reading.value is None:
        print(f"aftercare-bot: {date_text!r} is not a usable treatment date (use YYYY-MM-DD)", file=sys.stderr)
        return EXIT_CONFIG
    problem = links.ref_problem(ref) if ref is not None else None
    if problem:
        print(f"aftercare-bot: --ref {ref!r} {problem}", file=sys.stderr)
        return EXIT_CONFIG
    if qr is not None and qr.suffix.lower() not in (".png", ".svg"):
        print(f"aftercare-bot: --qr {str(qr)!r}: the file must end in .png or .svg", file=sys.stderr)
        return EXIT_CONFIG
    if username is None:
        try:
            settings = load_settings()
            username = asyncio.run(_username(settings))
        except ConfigError as exc:
            print(f"aftercare-bot: {exc} (or pass --username)", file=sys.stderr)
            return EXIT_CONFIG
        except TelegramError as exc:
            print(f"aftercare-bot: could not ask Telegram for the bot's username ({type(exc).__name__}); "
                  "pass --username", file=sys.stderr)
            return EXIT_TELEGRAM
    url = links.deep_link(username, links.payload(reading.value, ref))
    print(url)
    if qr is not None:
        try:
            links.write_qr(url, qr)
        except OSError as exc:
            print(f"aftercare-bot: --qr: cannot write {qr} ({exc.strerror})", file=sys.stderr)
            return EXIT_CONFIG
        print(f"QR code written to {qr}", file=sys.stderr)
    return 0


async def _username(settings: Settings) -> str:
    async with Bot(settings.require_token(), base_url=settings.telegram_base_url) as bot:
        return bot.username
