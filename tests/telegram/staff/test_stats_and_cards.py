"""Pure parts of the staff workspace: the /stats figures and the alert cards."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

from bot.storage import Concern, StatsRows
from bot.telegram.render import MAX_CALLBACK_BYTES
from bot.telegram.staff import cards
from bot.telegram.staff.stats import duration, summarize

NOW = datetime(2026, 11, 24, 10, 0, tzinfo=UTC)
ZONE = ZoneInfo("Europe/London")


def concern(id: int = 1, level: str = "emergency", ack: float | None = None, resolved: float | None = None,
            chat_id: int = 1, **extra: object) -> Concern:
    values: dict = dict(
        id=id, chat_id=chat_id, level=level, first_name="Pat", day=3, mentioned_day=None,
        symptoms="swelling of the lips, tongue or throat, trouble breathing", created_at=NOW, notified_at=NOW,
        card_message_id=7,
        card_at=NOW,
        acknowledged_at=NOW + timedelta(minutes=ack) if ack is not None else None,
        acknowledged_by="Sam" if ack is not None else None,
        resolved_at=NOW + timedelta(minutes=resolved) if resolved is not None else None,
        resolved_by="Sam" if resolved is not None else None, resolution="contacted" if resolved else None,
        reminders_sent=0, clinic_ref="A123")
    return Concern(**(values | extra))


def test_summary_counts_enrolment_response_rate_levels_and_response_times():
    since = NOW - timedelta(days=7)
    rows = StatsRows(
        patients=[(NOW - timedelta(days=1), date(2026, 11, 21)), (NOW - timedelta(days=30), None)],
        checkins=[(1, NOW, True), (1, NOW, False), (2, NOW, True), (3, NOW, False)],
        concerns=[concern(1, ack=2, resolved=10), concern(2, "contact", ack=30, chat_id=4),
                  concern(3, "contact", resolved=4, chat_id=5), concern(4, "contact", chat_id=5)])
    m = summarize(rows, since, 7)
    assert (m.enrolled, m.active) == (1, 4)  # chats 1 and 2 answered; 4 and 5 raised concerns
    assert (m.checkins_answered, m.checkins_sent, m.response_rate) == (2, 4, 0.5)
    assert m.by_level == {"emergency": 1, "contact": 3}
    assert m.acknowledge.median == timedelta(minutes=4) and m.acknowledge.worst == timedelta(minutes=30)
    assert m.acknowledge.pending == 1  # resolving without acknowledging counts as the response
    assert m.resolve.median == timedelta(minutes=7) and m.resolve.pending == 2


def test_an_empty_period_has_no_rate_and_no_times():
    m = summarize(StatsRows([], [], []), NOW, 30)
    assert m.response_rate is None and m.acknowledge.median is None and duration(m.resolve.worst) == "—"


def test_durations_read_naturally():
    assert [duration(timedelta(seconds=s)) for s in (5, 600, 3 * 3600 + 300, 2 * 86400 + 4 * 3600)] == [
        "5 s", "10 min", "3 h 05 min", "2 d 4 h"]


def test_card_shows_level_who_symptoms_words_time_and_days_escaped():
    c = replace(concern(mentioned_day=2), first_name="<Pat>")
    html = cards.card_html(c, "my lips & throat", ZONE)
    assert "&lt;Pat&gt; (ref A123, chat id 1)" in html
    assert "swelling of the lips, tongue or throat, trouble breathing" in html
    assert "my lips &amp; throat" in html and "Reported: Tue 24 Nov 10:00" in html
    assert "Day after treatment: 3 (the patient mentioned day 2)" in html
    assert html.endswith(cards.STATE_OPEN)


def test_state_line_is_replaced_and_buttons_follow_the_state():
    open_card = cards.card_html(concern(), "words", ZONE)
    acked = concern(ack=3)
    edited = cards.with_state(open_card, acked, ZONE)
    assert edited.startswith(open_card.rsplit("\n", 1)[0])
    assert edited.endswith("Acknowledged by Sam at Tue 24 Nov 10:03")
    assert [b.text for row in cards.card_keyboard(acked).inline_keyboard for b in row] == ["Resolve…"]
    done = concern(ack=3, resolved=9)
    assert "Resolved by Sam at Tue 24 Nov 10:09: contacted the patient" in cards.with_state(edited, done, ZONE)
    assert cards.card_keyboard(done) is None


def test_callback_data_round_trips_fits_and_rejects_junk():
    c = concern(id=123456789)
    for data in [b.callback_data for row in cards.reason_keyboard(c).inline_keyboard for b in row]:
        assert len(data.encode()) <= MAX_CALLBACK_BYTES and cards.parse_callback(data) is not None
    assert cards.parse_callback("st:why:5:contacted") == ("why", 5, "contacted")
    for junk in ("st:why:5:bribed", "st:ack:x", "st:ack:5:contacted", "xx:ack:5", "st", ""):
        assert cards.parse_callback(junk) is None
