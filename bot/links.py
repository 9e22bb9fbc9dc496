"""Deep links a clinic gives its patients: the start payload carries the treatment date and, optionally, the
clinic's own patient reference; `write_qr` draws the link as a QR code to print."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

MAX_PAYLOAD = 64  # Telegram's limit for a start parameter (A-Za-z0-9_-)
REF = re.compile(r"[A-Za-z0-9_-]+")
PAYLOAD = re.compile(r"(\d{4}-\d{2}-\d{2})(?:_([A-Za-z0-9_-]+))?")
MAX_REF = MAX_PAYLOAD - len("2026-11-20_")


def payload(treated_on: date, ref: str | None = None) -> str:
    return treated_on.isoformat() + (f"_{ref}" if ref else "")


def ref_problem(ref: str) -> str | None:
    """Why a clinic reference cannot travel in a link (None: it can)."""
    if not REF.fullmatch(ref):
        return "may use only letters A-Z and a-z, digits, '_' and '-'"
    if len(ref) > MAX_REF:
        return f"is {len(ref)} characters; at most {MAX_REF} fit in a Telegram link with the date"
    return None


def split_payload(text: str) -> tuple[str | None, str | None]:
    """'2026-11-20_A123' -> ('2026-11-20', 'A123'); '2026-11-20' -> ('2026-11-20', None); else (None, None)."""
    match = PAYLOAD.fullmatch(text)
    if match is None or (match.group(2) and ref_problem(match.group(2))):
        return None, None
    return match.group(1), match.group(2)


def deep_link(username: str, start: str) -> str:
    return f"https://t.me/{username.lstrip('@')}?start={start}"


def write_qr(url: str, path: Path) -> None:
    """Write the link as a QR code (PNG or SVG by the file's extension), sized to print."""
    import segno  # only the link command needs it

    segno.make(url, error="m").save(str(path), scale=10, border=4)
