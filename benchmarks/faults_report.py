"""The fault suite's figures as the README's table.

Run by hand: `.venv/bin/python benchmarks/faults_report.py` runs `pytest tests/faults` (the real bot process
against the loopback fake Bot API, attacked) and prints, per fault, the copies of each staff notice the clinic
got and the worst delay of an unrelated chat's answer, plus the other figures each test measured.
`--from FILE` formats a report a previous run wrote (pytest writes `<basetemp>/faults-report.json`, or the
file named by $FAULTS_REPORT).
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
MAIN = ("copies_per_notice", "worst_delay_other_chat")


def run_suite(report: Path) -> tuple[int, float]:
    started = time.monotonic()
    code = subprocess.call([sys.executable, "-m", "pytest", "tests/faults", "-q", "-p", "no:cacheprovider"],
                           cwd=ROOT, env={**os.environ, "FAULTS_REPORT": str(report)}, stdout=sys.stderr)
    return code, time.monotonic() - started


def cell(value: object, unit: str = "") -> str:
    if value is None:
        return "—"
    return f"{value:.2f} s" if isinstance(value, float) and unit == "s" else str(value)


def table(results: dict[str, dict[str, object]]) -> str:
    lines = ["| fault | copies per notice | worst delay of an unrelated chat | other figures |",
             "| --- | --- | --- | --- |"]
    for fault, figures in sorted(results.items()):
        others = "; ".join(f"{k.removesuffix('_s').replace('_', ' ')}: {cell(v, 's' if k.endswith('_s') else '')}"
                           for k, v in figures.items() if k not in MAIN and k != "line")
        lines.append(f"| {fault} | {cell(figures.get('copies_per_notice'))} | "
                     f"{cell(figures.get('worst_delay_other_chat'), 's')} | {others} |")
    return "\n".join(lines)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--from", dest="source", type=Path, help="format this report instead of running the suite")
    args = parser.parse_args()
    if args.source is not None:
        print(table(json.loads(args.source.read_text())))
        return 0
    with tempfile.TemporaryDirectory() as folder:
        report = Path(folder) / "faults-report.json"
        code, took = run_suite(report)
        if not report.exists():
            print("the fault suite recorded no figures", file=sys.stderr)
            return code or 1
        print(table(json.loads(report.read_text())))
    print(f"\nfault suite: {took:.0f} s, pytest exit code {code}")
    return code


if __name__ == "__main__":
    raise SystemExit(main())
