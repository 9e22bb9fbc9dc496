"""Engine answers as Telegram message blocks and buttons."""

from __future__ import annotations

from datetime import datetime

from telegram import InlineKeyboardMarkup

from bot.config import Settings
from bot.engine import Answer, Engine
from bot.engine.timing import DayPlan
from bot.telegram import texts
from bot.telegram.render import Block, buttons, callback, in_rows

TOPIC = "topic"


def answer_blocks(answer: Answer, engine: Engine, settings: Settings) -> list[Block]:
    """Paragraphs of the answer; topic titles in bold; the clinic's contact after an escalation."""
    titles = {f"{engine.topics[t].title}: ": t for t in answer.topics}
    blocks = []
    for paragraph in answer.text.split("\n\n"):
        title = next((t for t in titles if paragraph.startswith(t)), "")
        blocks.append(Block(paragraph.removeprefix(title), title))
    contact = clinic_contact(settings)
    if answer.level != "none" and contact:
        blocks.insert(1, Block(texts.CLINIC_CONTACT.format(contact=contact)))
    return blocks


def clinic_contact(settings: Settings) -> str:
    return ", ".join(x for x in (settings.clinic_name, settings.clinic_phone) if x)


def suggestion_buttons(answer: Answer, engine: Engine) -> InlineKeyboardMarkup | None:
    if not answer.suggestions:
        return None
    return buttons([[(engine.topics[t].title, callback(TOPIC, t))] for t in answer.suggestions])


def topic_keyboard(engine: Engine) -> InlineKeyboardMarkup:
    items = [(t.title, callback(TOPIC, t.id)) for t in engine.topics.values()]
    return buttons(in_rows(items, 2))


def plan_blocks(day: int, plan: DayPlan, now: datetime) -> list[Block]:
    """/today: what is still off-limits and until when (local time), what opened today, what is fine."""
    sections = [
        (texts.TODAY_RESTRICTED, [f"• {s.window.activity}: until {s.until(now)}" for s in plan.restricted]),
        (texts.TODAY_OPENED, [f"• {s.window.activity}" for s in plan.opened]),
        (texts.TODAY_ALLOWED, [f"• {s.window.activity}" for s in plan.allowed]),
    ]
    blocks = [Block("", texts.TODAY_HEADER.format(day=day))]
    blocks += [Block("\n" + "\n".join(lines), title) for title, lines in sections if lines]
    if not plan.restricted:
        blocks.append(Block(texts.TODAY_NOTHING))
    return blocks
