"""The bot under load, through the real Application and the loopback fake Bot API.

Run by hand: `.venv/bin/python benchmarks/bench_bot.py`. Figures go to the README.

The fake Bot API runs here; the bot runs in a child process (so its peak memory is its own):
1. limiter on: a burst of 1,000 messages from 200 chats; all must be answered, at about Telegram's
   30 messages/second, and peak memory is reported;
2. limiter off: the same burst, for the bot's own capacity;
3. limiter off, paced at a steady rate below capacity, for reply latency (p50/p99).
"""

from __future__ import annotations

import asyncio
import json
import os
import signal
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tests.telegram.fake_bot_api import FakeBotApi  # noqa: E402

MESSAGES = 1000
CHATS = 200
PACED_RATE = 200.0
QUESTIONS = ["can I wear makeup?", "when can I go to the gym", "do I need sunscreen", "is retinol ok",
             "what cleanser should I use", "can I pick my scabs", "how much water should I drink",
             "when will I see results", "is there downtime", "what is the aftercare"]


async def child(rate_limit: bool) -> None:
    import resource

    from bot.config import Settings
    from bot.telegram.app import build_application
    from bot.telegram.runner import build_services, serve

    settings = Settings(_env_file=None)
    s = build_services(settings)
    app = build_application(s, rate_limit=rate_limit)
    stop = asyncio.Event()
    asyncio.get_running_loop().add_signal_handler(signal.SIGTERM, stop.set)
    await serve(app, stop, poll_timeout=5)
    usage = resource.getrusage(resource.RUSAGE_SELF)
    print(json.dumps({"peak_rss_mb": round(usage.ru_maxrss / 1024, 1),
                      "cpu_s": round(usage.ru_utime + usage.ru_stime, 2)}), flush=True)


async def start_bot(fake: FakeBotApi, rate_limit: bool, db: Path) -> asyncio.subprocess.Process:
    env = {**os.environ, "TELEGRAM_BOT_TOKEN": fake.token, "TELEGRAM_BASE_URL": fake.base_url,
           "DATABASE_URL": f"sqlite:///{db}", "LOG_LEVEL": "WARNING"}
    for key in ("CLINIC_CHAT_ID", "KNOWLEDGE_DIR"):
        env.pop(key, None)
    process = await asyncio.create_subprocess_exec(
        sys.executable, __file__, "child", "on" if rate_limit else "off", env=env, stdout=asyncio.subprocess.PIPE)
    await fake.wait_for(lambda f: f.commands, timeout=60)
    return process


async def stop_bot(process: asyncio.subprocess.Process) -> dict:
    process.send_signal(signal.SIGTERM)
    out, _ = await asyncio.wait_for(process.communicate(), 60)
    return json.loads(out.decode().strip().splitlines()[-1])


async def push_all(fake: FakeBotApi, rate: float | None) -> dict[int, list[float]]:
    """Push the messages (all at once, or at `rate` per second); returns push times per chat."""
    pushed: dict[int, list[float]] = {}
    start = time.perf_counter()
    for i in range(MESSAGES):
        chat = 10_000 + i % CHATS
        if rate is not None:
            await asyncio.sleep(max(0.0, start + i / rate - time.perf_counter()))
        pushed.setdefault(chat, []).append(time.perf_counter())
        await fake.message(chat, QUESTIONS[i % len(QUESTIONS)])
    return pushed


async def phase(name: str, rate_limit: bool, rate: float | None, workdir: Path) -> dict:
    fake = FakeBotApi()
    await fake.start()
    process = await start_bot(fake, rate_limit, workdir / f"{name}.db")
    try:
        begin = time.perf_counter()
        pushed = await push_all(fake, rate)
        await fake.wait_for(lambda f: len(f.sent) >= MESSAGES, timeout=300)
        end = time.perf_counter()
        await asyncio.sleep(0.5)
    finally:
        child_report = await stop_bot(process)
        await fake.stop()
    latencies = []
    for chat, times in pushed.items():
        replies = [m.sent_at for m in fake.messages_to(chat)]
        latencies += [(r - p) * 1000 for p, r in zip(times, replies, strict=False)]
    latencies.sort()
    sends = sorted(m.sent_at for m in fake.sent)
    window = [t for t in sends if t >= sends[-1] - 10]
    return {
        "answered": len(fake.sent), "expected": MESSAGES,
        "rate": MESSAGES / (end - begin),
        "steady_rate": (len(window) - 1) / (window[-1] - window[0]) if len(window) > 1 else 0.0,
        "p50_ms": statistics.median(latencies), "p99_ms": latencies[int(len(latencies) * 0.99) - 1],
        "peak_rss_mb": child_report["peak_rss_mb"], "rejected": len(fake.rejected),
    }


async def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        workdir = Path(tmp)
        limited = await phase("limited", True, None, workdir)
        print(f"limiter on : {limited['answered']}/{limited['expected']} answered, {limited['rate']:.1f} msg/s overall "
              f"({limited['steady_rate']:.1f} msg/s over the last 10 s; limit 30, goal 27-30), "
              f"peak memory {limited['peak_rss_mb']} MB (goal <= 150), rejected by the API: {limited['rejected']}")
        burst = await phase("burst", False, None, workdir)
        print(f"limiter off: {burst['answered']}/{burst['expected']} answered, capacity {burst['rate']:.0f} msg/s "
              f"(goal >= 500), peak memory {burst['peak_rss_mb']} MB")
        paced = await phase("paced", False, PACED_RATE, workdir)
        print(f"limiter off, paced at {PACED_RATE:.0f} msg/s: reply latency p50 {paced['p50_ms']:.1f} ms, "
              f"p99 {paced['p99_ms']:.1f} ms (goal <= 50 ms)")


if __name__ == "__main__":
    if len(sys.argv) == 3 and sys.argv[1] == "child":
        asyncio.run(child(sys.argv[2] == "on"))
    else:
        asyncio.run(main())
