"""Deep-link payloads: the treatment date and the clinic's reference within Telegram's 64 characters."""

from datetime import date

from bot.links import MAX_PAYLOAD, payload, split_payload


def test_payload_round_trips_and_fits():
    longest = payload(date(2026, 11, 20), "R" * 53)
    assert len(longest) == MAX_PAYLOAD and split_payload(longest) == ("2026-11-20", "R" * 53)
    assert split_payload(payload(date(2026, 11, 20), "A_1-2")) == ("2026-11-20", "A_1-2")
    assert split_payload("2026-11-20") == ("2026-11-20", None)
    for junk in ("yesterday", "2026-11-20_", "2026-11-20_" + "R" * 54, "2026-11-20_a.b"):
        assert split_payload(junk) == (None, None)
