"""Turn engine answers into Telegram messages: HTML-escaped, split under the length limit, with buttons.

Messages are built from blocks of (bold title, body) plain text and escaped only at the end, so a split
never cuts a tag or an entity in half. Lengths are counted as Telegram counts them: UTF-16 code units of
the visible text.
"""

from __future__ import annotations

import html
from collections.abc import Sequence
from dataclasses import dataclass

from telegram import InlineKeyboardButton, InlineKeyboardMarkup

MAX_TEXT = 4096
MAX_CALLBACK_BYTES = 64


@dataclass(frozen=True)
class Block:
    body: str
    title: str = ""

    @property
    def visible(self) -> str:
        return f"{self.title}{self.body}"

    def html(self) -> str:
        title = f"<b>{html.escape(self.title)}</b>" if self.title else ""
        return title + html.escape(self.body)


def units(text: str) -> int:
    """Telegram's length: UTF-16 code units."""
    return len(text.encode("utf-16-le")) // 2


def pack(blocks: Sequence[Block], limit: int = MAX_TEXT) -> list[str]:
    """HTML messages, each at most `limit` visible units; oversized blocks are cut at whitespace."""
    pieces = [piece for block in blocks for piece in _fit(block, limit)]
    messages: list[list[Block]] = []
    size = 0
    for piece in pieces:
        extra = units(piece.visible) + (2 if messages and messages[-1] else 0)
        if not messages or size + extra > limit:
            messages.append([piece])
            size = units(piece.visible)
        else:
            messages[-1].append(piece)
            size += extra
    return ["\n\n".join(b.html() for b in message) for message in messages] or [""]


def _fit(block: Block, limit: int) -> list[Block]:
    if units(block.visible) <= limit:
        return [block]
    room = limit - units(block.title)
    chunks = _chunks(block.body, room)
    return [Block(chunks[0], block.title), *(Block(c) for c in chunks[1:])]


def _chunks(text: str, limit: int) -> list[str]:
    chunks: list[str] = []
    while units(text) > limit:
        cut = _cut_point(text, limit)
        chunks.append(text[:cut].rstrip())
        text = text[cut:].lstrip()
    if text:
        chunks.append(text)
    return chunks


def _cut_point(text: str, limit: int) -> int:
    end = limit
    while units(text[:end]) > limit:
        end -= 1
    space = text.rfind(" ", limit // 2, end)
    return space if space > 0 else end


def callback(*parts: object) -> str:
    data = ":".join(str(p) for p in parts)
    if len(data.encode()) > MAX_CALLBACK_BYTES:
        raise ValueError("callback data over 64 bytes")
    return data


def buttons(rows: Sequence[Sequence[tuple[str, str]]]) -> InlineKeyboardMarkup:
    """Inline keyboard from rows of (label, callback data); buttons with oversized data are left out."""
    keyboard = [
        [InlineKeyboardButton(label[:64], callback_data=data) for label, data in row
         if len(data.encode()) <= MAX_CALLBACK_BYTES]
        for row in rows
    ]
    return InlineKeyboardMarkup([row for row in keyboard if row])


def in_rows(items: Sequence[tuple[str, str]], per_row: int = 2) -> list[list[tuple[str, str]]]:
    return [list(items[i : i + per_row]) for i in range(0, len(items), per_row)]
