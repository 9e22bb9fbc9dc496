"""Command line: thin wrappers that parse arguments and call the engine, storage and Telegram layers."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from datetime import UTC, datetime, tzinfo
from pathlib import Path
from typing import Any, TextIO
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from bot.engine import Engine, KnowledgeError, load_knowledge
from bot.engine.evaluation import Report, evaluate, parse_now

EXIT_USAGE = 2
TARGETS = {
    "topic accuracy": (">=", 0.95), "out-of-scope fallback": (">=", 0.90), "escalation recall": (">=", 1.0),
    "emergency recall": (">=", 1.0), "false escalation": ("<=", 0.02), "allowed_now accuracy": (">=", 1.0),
    "mentions found": (">=", 1.0), "report accuracy": (">=", 0.95),
}


def main(argv: Sequence[str] | None = None) -> int:
    parser = _parser()
    args = parser.parse_args(argv)
    if not hasattr(args, "handler"):
        parser.print_help()
        return EXIT_USAGE
    try:
        return int(args.handler(args) or 0)
    except KnowledgeError as exc:
        print(f"Knowledge base error: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except UsageError as exc:
        print(str(exc), file=sys.stderr)
        return EXIT_USAGE
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:  # piped into `head`: the reader has what it wanted
        return 0


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="aftercare-bot", description="Microneedling aftercare assistant.")
    sub = parser.add_subparsers(metavar="COMMAND")
    kb_help = "knowledge-base folder (default: KNOWLEDGE_DIR or the bundled one)"
    now_help = ("the clinic's local time, ISO like 2026-11-25T15:00 (TIMEZONE unless it has an offset); "
                "answers then place 'tomorrow', 'on Saturday'... (default for ask: the clock; --jsonl and eval: "
                "none unless a line has its own 'now')")

    ask = sub.add_parser("ask", help="answer one question, or JSON lines from stdin with --jsonl")
    ask.add_argument("text", nargs="?", help="the patient's question")
    ask.add_argument("--hours-since", type=_hours, help="hours since the treatment")
    ask.add_argument("--jsonl", action="store_true",
                     help='read {"text": ..., "hours_since": ..., "now": ...} lines from stdin')
    ask.add_argument("--now", help=now_help)
    ask.add_argument("--knowledge", help=kb_help)
    ask.set_defaults(handler=_ask)

    ev = sub.add_parser("eval", help="score labelled JSONL files together and list the misses")
    ev.add_argument("files", type=Path, nargs="+", metavar="FILE")
    ev.add_argument("--now", help=now_help)
    ev.add_argument("--knowledge", help=kb_help)
    ev.set_defaults(handler=_eval)

    check = sub.add_parser("check-kb", help="validate a knowledge-base folder")
    check.add_argument("directory", nargs="?", help=kb_help)
    check.set_defaults(handler=_check_kb)

    chat = sub.add_parser("chat", help="talk to the engine in the console")
    chat.add_argument("--hours-since", type=_hours, help="hours since the treatment")
    chat.add_argument("--knowledge", help=kb_help)
    chat.set_defaults(handler=_chat)

    run = sub.add_parser("run", help="run the Telegram bot (long polling)")
    run.add_argument("--fallback-chat", action="store_true",
                     help="with no TELEGRAM_BOT_TOKEN, explain how to get one and start the console chat")
    run.set_defaults(handler=_run)

    link = sub.add_parser("link", help="print the t.me deep link that sets a patient's treatment date")
    link.add_argument("date", help="treatment date, YYYY-MM-DD")
    link.add_argument("--username", help="the bot's username (default: asked from Telegram with the token)")
    link.add_argument("--ref", help="the clinic's reference for the patient (A-Za-z0-9_-), shown to staff")
    link.add_argument("--qr", type=Path, metavar="FILE.png", help="also write the link's QR code (PNG or SVG)")
    link.set_defaults(handler=_link)
    return parser


def _hours(value: str) -> float:
    try:
        hours = float(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number of hours: {value!r}") from None
    if not 0 <= hours < 24 * 3650:
        raise argparse.ArgumentTypeError("hours since treatment must be between 0 and 87600")
    return hours


class UsageError(Exception):
    """A bad argument or setting, reported in one line."""


def _zone() -> tzinfo:
    from bot.config import timezone_from_env

    name = timezone_from_env()
    try:
        return ZoneInfo(name) if name else UTC
    except (ZoneInfoNotFoundError, ValueError):
        raise UsageError(f"TIMEZONE: unknown time zone {name!r} (use an IANA name like Europe/London)") from None


def _now_arg(value: str | None) -> datetime | None:
    if value is None:
        return None
    try:
        return parse_now(value, _zone())
    except ValueError:
        raise UsageError(f"--now: expected an ISO local time like 2026-11-25T15:00, got {value!r}") from None


def _engine(directory: str | None) -> Engine:
    if directory is None:
        from bot.config import knowledge_dir_from_env

        directory = knowledge_dir_from_env()
    return Engine(load_knowledge(directory))


def _ask(args: argparse.Namespace) -> int:
    now = _now_arg(args.now)
    engine = _engine(args.knowledge)
    if args.jsonl:
        return _ask_jsonl(engine, sys.stdin, sys.stdout, now)
    if not args.text:
        print("Give a question, e.g. aftercare-bot ask \"can I wear makeup?\", or use --jsonl.", file=sys.stderr)
        return EXIT_USAGE
    answer = engine.answer(args.text, args.hours_since, now or datetime.now(UTC).astimezone(_zone()))
    print(answer.text)
    if answer.suggestions:
        print("\nDid you mean: " + ", ".join(engine.topics[t].title for t in answer.suggestions))
    return 0


def _ask_jsonl(engine: Engine, source: TextIO, out: TextIO, now: datetime | None = None) -> int:
    failed = 0
    zone = _zone()
    for number, line in enumerate(source, start=1):
        if not line.strip():
            continue
        try:
            item = json.loads(line)
            text, hours, at = item["text"], item.get("hours_since"), item.get("now")
            if not isinstance(text, str) or not (hours is None or isinstance(hours, int | float)):
                raise TypeError
            if isinstance(hours, bool) or (hours is not None and not 0 <= hours < 24 * 3650):
                raise TypeError
            at = parse_now(at, zone) if isinstance(at, str) else now if at is None else _bad()
        except (ValueError, KeyError, TypeError):
            print(f"line {number}: expected {{\"text\": str, \"hours_since\": number?, \"now\": ISO time?}}",
                  file=sys.stderr)
            out.write(json.dumps({"error": "bad input line", "line": number}) + "\n")
            failed += 1
            continue
        a = engine.answer(text, hours, at)
        record = {"topic": a.topic, "level": a.level, "allowed_now": a.allowed_now,
                  "asked_for_hours": None if a.asked_for_hours is None else round(a.asked_for_hours, 2),
                  "report": a.report,
                  "answer": a.text, "confidence": a.confidence}
        out.write(json.dumps(record, ensure_ascii=False) + "\n")
    return 1 if failed else 0


def _bad() -> datetime:
    raise TypeError


def _load_items(path: Path) -> list[dict[str, Any]]:
    items = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if line.strip():
            try:
                item = json.loads(line)
            except ValueError as exc:
                raise SystemExit(f"{path}:{number}: not valid JSON ({exc.args[0]})") from None
            if not isinstance(item, dict) or not isinstance(item.get("text"), str):
                raise SystemExit(f"{path}:{number}: each line needs a \"text\" string")
            if item.get("now") is not None and not _iso(item["now"]):
                raise SystemExit(f"{path}:{number}: \"now\" must be an ISO local time like 2026-11-25T15:00")
            items.append(item)
    return items


def _iso(value: object) -> bool:
    try:
        return isinstance(value, str) and bool(parse_now(value))
    except ValueError:
        return False


def _eval(args: argparse.Namespace) -> int:
    missing = [f for f in args.files if not f.is_file()]
    if missing:
        print(f"{missing[0]}: no such file", file=sys.stderr)
        return EXIT_USAGE
    now = _now_arg(args.now)
    engine = _engine(args.knowledge)
    report = evaluate([item for f in args.files for item in _load_items(f)], engine.answer, now, _zone())
    print(format_report(report))
    return 0 if report.escalation_ok else 1


def format_report(report: Report) -> str:
    lines = []
    for name, tally in report.metrics().items():
        rate = tally.rate
        op, target = TARGETS[name]
        shown = "n/a" if rate is None else f"{rate:.3f}"
        met = rate is None or (rate >= target if op == ">=" else rate <= target)
        lines.append(f"{name:<22} {shown:>6}  ({tally.hits}/{tally.total})  target {op} {target:.2f}"
                     f"{'' if met else '  MISSED'}")
    lines.append(f"misses: {len(report.misses)}")
    for miss in report.misses:
        hours, when = miss.item.get("hours_since"), miss.item.get("now")
        at = f" [hours_since={hours}]" if hours is not None else ""
        at += f" [now={when}]" if when else ""
        lines.append(f"  - {miss.item['text']!r}{at}: {miss.why}")
    return "\n".join(lines)


def _check_kb(args: argparse.Namespace) -> int:
    from bot.engine.audit import filler_phrases, stray_examples, window_numbers
    from bot.engine.loader import DEFAULT_DIR

    kb = load_knowledge(args.directory)
    engine = Engine(kb)
    windows = ", ".join(f"{t.id} {t.window.hours:g} h" for t in kb.topics if t.window)
    print(f"OK: {args.directory or DEFAULT_DIR}: {len(kb.topics)} topics, {len(kb.triage.symptoms)} symptoms, "
          f"{len(kb.out_of_scope.subjects)} out-of-scope subjects; windows: {windows}; "
          f"normal window {engine.normal_window}; "
          f"{'a learned topic guesser' if kb.guesser else 'no learned topic guesser (rules only)'}.")
    for title, problems in (("example phrasing(s) are answered by another topic; add keywords to the intended "
                              "topic or reword the example", stray_examples(engine)),
                             ("number(s) in answers disagree with the time windows", window_numbers(kb)),
                             ("phrase(s) can never match", filler_phrases(kb))):
        if problems:
            print(f"Warning: {len(problems)} {title}:")
            print("\n".join(f"  - {p}" for p in problems))
    return 0


def _chat(args: argparse.Namespace, source: TextIO = sys.stdin, out: TextIO = sys.stdout) -> int:
    engine = _engine(args.knowledge)
    hours = args.hours_since
    out.write("Aftercare chat. Type a question; ':hours N' sets hours since treatment, ':quit' leaves.\n")
    while True:
        out.write("> ")
        out.flush()
        line = source.readline()
        if not line or line.strip() in (":quit", ":q"):
            return 0
        text = line.strip()
        if not text:
            continue
        if text.startswith(":hours"):
            try:
                hours = _hours(text.split(maxsplit=1)[1]) if " " in text else None
                out.write(f"Hours since treatment: {'unknown' if hours is None else f'{hours:g}'}\n")
            except argparse.ArgumentTypeError as exc:
                out.write(f"{exc}\n")
            continue
        answer = engine.answer(text, hours, datetime.now(UTC).astimezone(_zone()))
        out.write(answer.text + "\n")
        if answer.suggestions:
            out.write("Did you mean: " + ", ".join(engine.topics[t].title for t in answer.suggestions) + "\n")


def _run(args: argparse.Namespace) -> int:
    from bot.telegram.runner import run, token_missing

    if args.fallback_chat and token_missing():
        return _chat(argparse.Namespace(hours_since=None, knowledge=None))
    return run()


def _link(args: argparse.Namespace) -> int:
    from bot.telegram.runner import print_link

    return print_link(args.date, args.username, args.ref, args.qr)
