"""Answers for the time asked about, and for a treatment whose hour is not known."""

from __future__ import annotations

import re
from datetime import UTC, datetime
from zoneinfo import ZoneInfo

import pytest

from bot.engine import Engine, load_knowledge

LONDON = ZoneInfo("Europe/London")
NOW = datetime(2026, 11, 25, 15, 0, tzinfo=LONDON)  # a Wednesday; 3 h after a treatment at 12:00


@pytest.mark.parametrize(
    ("text", "asked_for"),
    [
        ("I have a wedding in 3 days, will I be ok to wear makeup then?", 66),
        ("can I go to the gym in 3 days?", 66),
        ("beach in 10 days?", 234),
        ("restart my glycolic toner next week?", 114),
    ],
)
def test_a_later_moment_is_judged_then_not_now(engine, text, asked_for):
    answer = engine.answer(text, 3, NOW)
    assert answer.allowed_now is True and answer.asked_for_hours == asked_for
    assert answer.text.startswith("Yes: by ") and "Not yet" not in answer.text


def test_fine_by_the_day_asked_says_which_day(engine):
    answer = engine.answer("I have a wedding in 3 days, will I be ok to wear makeup then?", 3, NOW)
    assert answer.text.startswith("Yes: by Saturday (day 3) it will be 24 hours since your treatment")


def test_not_by_tomorrow_morning_says_from_when(engine):
    answer = engine.answer("can I wear makeup tomorrow morning?", 1, NOW)  # treated at 14:00
    assert answer.allowed_now is False and answer.asked_for_hours == 16
    assert answer.text.startswith("Not by tomorrow morning: makeup only from around 14:00 tomorrow")


def test_a_span_it_opens_during_is_not_allowed_for_all_of_it(engine):
    answer = engine.answer("can I wear makeup tomorrow?", 1, NOW)
    assert answer.allowed_now is False
    assert answer.text.startswith("Not for all of tomorrow: makeup is fine from around 14:00 tomorrow")
    week = engine.answer("can I sunbathe next week?", 20, NOW)  # treated Tuesday 19:00: sun from Tuesday 1 Dec
    assert week.allowed_now is False and week.asked_for_hours == 20 + 111
    assert week.text.startswith("Not for all of next week: direct sun is fine from around 19:00 on Tuesday 1 Dec")


def test_not_by_then_keeps_the_safety_advice(engine):
    answer = engine.answer("beach this weekend?", 3, NOW)
    assert answer.allowed_now is False and answer.text.startswith("Not by the weekend: direct sun only from")
    assert "SPF 30" in answer.text and "Wednesday 2 Dec" in answer.text


def test_tonight_is_judged_from_its_start(engine):
    assert engine.answer("can I do my retinol tonight", 3, NOW).asked_for_hours == 6
    assert engine.answer("gym tonight?", 22, NOW).allowed_now is True  # 22 h + 3 h to 18:00
    assert engine.answer("gym tonight?", 20, NOW).allowed_now is False


def test_no_moment_means_now(engine):
    answer = engine.answer("can I wear makeup?", 3, NOW)
    assert answer.allowed_now is False and answer.asked_for_hours is None and "Not yet" in answer.text
    assert engine.answer("can I wear makeup tomorrow?").asked_for_hours is None  # no treatment time


def test_already_allowed_stays_the_ordinary_answer(engine):
    answer = engine.answer("makeup on saturday?", 30, NOW)
    assert answer.allowed_now is True and "makeup is fine now" in answer.text


def test_every_number_comes_from_the_window(kb_copy):
    path = kb_copy / "topics" / "makeup.yaml"
    path.write_text(path.read_text().replace("hours: 24", "hours: 96"))
    engine = Engine(load_knowledge(kb_copy))
    answer = engine.answer("makeup for my wedding on saturday?", 3, NOW)
    assert answer.allowed_now is False
    expected = "Not by Saturday: makeup only from around 12:00 on Sunday 29 Nov (4 days after your treatment)"
    assert expected in answer.text


def test_until_is_right_across_the_clock_change(engine):
    saturday = datetime(2026, 10, 24, 13, 0, tzinfo=LONDON)  # BST; treated at 12:00 BST = 11:00 UTC
    answer = engine.answer("can I wear makeup?", 1, saturday)
    assert "around 11:00 tomorrow" in answer.text  # 11:00 UTC is 11:00 GMT after the change


def test_unknown_treatment_hour_speaks_in_days(engine):
    same_day = engine.answer("can I wear makeup?", 3, NOW, time_known=False)
    assert "less than a day since your treatment" in same_day.text and "around 12:00 tomorrow" in same_day.text
    next_day = engine.answer("can I wear makeup?", 27, NOW, time_known=False)
    assert "about a day since your treatment" in next_day.text
    assert not re.search(r"\d+ hours? since", same_day.text + next_day.text)
    later = engine.answer("sun?", 100, NOW, time_known=False)
    assert "it's been about 4 days since" in later.text
    assert "minute" not in engine.answer("sun?", 0.01, NOW, time_known=False).text


def test_huge_hours_do_not_overflow(engine):
    assert engine.answer("makeup tomorrow?", 1e12, NOW, time_known=False).allowed_now is True
    assert engine.answer("in 99999999999 days can I go to the beach", 3, NOW).allowed_now is False


def test_a_day_still_to_come_is_not_how_long_a_symptom_lasted(engine):
    answer = engine.answer("my face is still red, can I wear makeup for my wedding in 3 days?", 3, NOW)
    assert answer.level == "none" and answer.allowed_now is True
    assert engine.answer("I've been red for 4 days", 3, NOW).level == "contact"
    weeks = engine.answer("how long will I look like a tomato? my sister's wedding is in a few weeks", 3, NOW)
    assert weeks.level == "none"
    assert engine.answer("I've been red for a couple of days now", 100, NOW).level == "contact"


def test_a_rule_with_no_time_limit_is_never_allowed(engine):
    for text, hours in [("can I pull the flakes off by saturday?", 24), ("can I peel the flakes off now?", 300),
                        ("can I pick the scabs", None)]:
        assert engine.answer(text, hours, NOW).allowed_now is False


def test_the_later_moment_is_the_one_asked_about(engine):
    answer = engine.answer("swelling today, gym next week?", 3, NOW)
    assert answer.allowed_now is True and "by next week" in answer.text
    today = engine.answer("can I wear makeup today?", 3, NOW)  # today is now: the ordinary answer
    assert today.asked_for_hours is None and today.text.startswith("Not yet")


def test_blind_round_of_questions_about_a_later_moment(engine):
    """Round A's time-named questions (written blind, labelled at the moment asked about)."""
    import json
    from pathlib import Path

    from bot.engine.evaluation import evaluate

    path = Path(__file__).resolve().parents[2] / "eval" / "rounds" / "2026-11-25-A-time-nonnative.jsonl"
    if not path.is_file():
        pytest.skip("the blind round is not in this checkout")
    items = [json.loads(line) for line in path.read_text().splitlines() if line.strip()]
    report = evaluate([i for i in items if "allowed_now" in i], engine.answer, tz=LONDON)
    assert report.allowed_now.total >= 50 and report.allowed_now.rate == 1.0


@pytest.mark.parametrize(("text", "allowed"), [
    ("Is it ok to wash my face now with my normal gentle cleanser (Cetaphil)?", True),
    ("can I wash with my CeraVe hydrating cleanser tonight?", True),
    ("can I use my normal cleanser?", False),  # the usual one may be harsh: the rule is said
    ("can I use my gentle exfoliating scrub?", False),  # a scrub is a scrub
])
def test_a_gentle_kind_is_not_the_restricted_one(engine, text, allowed):
    answer = engine.answer(text, 4)
    assert answer.topic == "cleansing" and answer.allowed_now is allowed


@pytest.mark.parametrize(("text", "hours", "allowed", "opening"), [
    # a walk that makes no sweat is fine inside the sweating window, with the rule for the rest after it
    ("is a slow walk ok today? not breaking a sweat", 6, True, "A gentle walk that doesn't make you sweat is fine."),
    ("can I go for a slow jog tonight?", 6, False, "Not yet"),
    # the school run or the dog with sunscreen is the short trip the sun rule allows; a sit in the sun is not
    ("can I walk the dog for 15 min if I put SPF 50 on?", 30, True, "A short trip outside is fine with protection"),
    ("can I sit on my balcony in the sun for 20 minutes?", 30, False, "No direct sun yet"),
    ("do I really need sunscreen just for the school run?", 30, False, ""),
    # review 32: a light trip without sunscreen, or a sit in the sunshine, is no light kind; nor a walk in the heat
    ("can i walk the dog without any sunscreen?", 30, False, ""),
    ("i ran out of sunscreen, can i still walk the dog?", 30, False, ""),
    ("can i sit in the sunshine for 15 minutes?", 30, False, ""),
    ("slow walk on an incline treadmill ok?", 5, False, ""),
    # round BE: a heavy kind denied ("not running") is not the kind asked about
    ("slow walk on the treadmill is fine right? not running or anything", 6, True,
     "A gentle walk that doesn't make you sweat is fine."),
])
def test_a_light_kind_of_a_restricted_activity_is_fine(engine, text, hours, allowed, opening):
    answer = engine.answer(text, hours)
    assert answer.allowed_now is allowed
    assert answer.text.startswith(opening)


@pytest.mark.parametrize(("text", "hours", "allowed", "asked_for"), [
    # a time counted from the treatment is asked about even when the treatment's time is not known
    ("Is hot yoga allowed 2 days after?", None, True, 48),
    ("is the gym ok 48h post?", 5, True, 48),
    # day N runs from N-1 to N days after the treatment, as patients count ("day 2, about 40 hours")
    ("can I wear makeup on day 2?", 2, True, 24),
    ("can I use retinol on day 3?", 2, False, 48),
    ("can I use retinol on day 3?", None, False, 48),
    ("can I use retinol on day 4?", None, True, 72),
    ("Got it done today. Is day 10 ok for my glycolic toner?", 3, True, 216),
    # "right after" is the treatment's own time
    ("bareminerals powder is mineral so its fine to put on right after right??", None, False, 0),
])
def test_a_time_counted_from_the_treatment_is_the_one_asked_about(engine, text, hours, allowed, asked_for):
    answer = engine.answer(text, hours)
    assert (answer.allowed_now, answer.asked_for_hours) == (allowed, asked_for)


def test_a_day_counted_from_the_treatment_is_answered_for_then(engine):
    assert engine.answer("can I wear makeup on day 2?", 2).text.startswith("Yes: by that day (day 2) it will be")
    restricted = engine.answer("can I use retinol on day 3?", 2).text
    assert restricted.startswith("Not by that day:") and "from about 3 days from now" in restricted


@pytest.mark.parametrize("text", [
    "my face was red on day 2, can I use retinol?",  # a day gone by is no time asked about
    "I was sore for 2 days after. can I use retinol?",  # nor a span told in a sentence that doesn't ask
])
def test_a_time_told_of_the_past_is_not_asked_about(engine, text):
    assert engine.answer(text, 80).asked_for_hours is None


@pytest.mark.parametrize("text", [
    # review 34: a time counted from the treatment in someone's story is not the one asked about
    "my friend went to the gym 2 days after, can I go today?",
    "my friend went to the gym 2 days after and was fine so can i go today?",
])
def test_a_time_counted_from_the_treatment_in_a_story_is_not_asked_about(engine, text):
    answer = engine.answer(text, 2)
    assert (answer.allowed_now, answer.asked_for_hours) == (False, None)


@pytest.mark.parametrize(("text", "now", "allowed"), [
    # rounds BI and BJ: with no treatment on record, a day the message tells of the treatment times the rule from its
    # latest plausible hour (22:00 that day), so a restriction is never shortened
    ("I'm on prescription tretinoin and I stopped it a few days before my microneedling, which was yesterday. I was "
     "planning to restart it on the 14th. Is that enough of a gap?", datetime(2031, 6, 1, 10), True),
    ("It's sunny today and I've got the school run, then on Sunday we're doing a picnic. I had microneedling "
     "yesterday. Will a hat be enough on Sunday or do I need to stay inside?", datetime(2031, 9, 26, 8), False),
    ("I had microneedling yesterday. can I wear makeup tonight?", datetime(2031, 9, 26, 9), False),
    # not a treatment still to come, nor someone else's
    ("my sister is getting needled on Monday. Can I wear makeup on Thursday?", datetime(2031, 9, 26, 9), None),
    ("my sister had it done yesterday. can I wear makeup tonight?", datetime(2031, 9, 26, 9), None),
    # (review 39) a day in the question is no treatment day, a treatment to come is none, the latest day told wins
    ("had microneedling can I wear makeup on sunday", datetime(2031, 9, 26, 9), None),
    ("I have microneedling on Friday, can I use retinol on wednesday?", datetime(2031, 9, 24, 9), None),
    ("peel 2 weeks ago and microneedling yesterday, retinol tonight?", datetime(2031, 9, 26, 9), False),
])
def test_a_treatment_day_told_times_the_rules_when_none_is_on_record(engine, text, now, allowed):
    answer = engine.answer(text, None, now.replace(tzinfo=UTC))
    assert answer.allowed_now is allowed
    if allowed is not None:  # a guessed hour: the answer speaks in days, not a false "it's been 14 hours"
        assert not re.search(r"been \d+ hours", answer.text)


def test_the_time_said_to_be_now_is_no_moment_asked_about(engine):
    # round CE: "Now it is 3 pm ... a video call at 5": 3 pm is now, not tomorrow's 15:00; makeup is not yet allowed
    now = datetime(2034, 9, 6, 15, 0)
    answer = engine.answer("I did microneedling around 11 am today. Now it is 3 pm and I have to attend a video call "
                           "at 5. Can I apply a little bit of compact powder and kajal at least?", 4, now)
    assert answer.topic == "makeup" and answer.allowed_now is False


@pytest.mark.parametrize("text, allowed, asked_for", [
    # round CI: a moment asked about another topic is not the run's ("by Thursday? ... run this evening?")
    ("Will the redness be gone by Thursday? Also can I go for a run this evening?", False, 6.5),
    ("Onsite client visit on Thursday. Will the redness be gone by Thursday? Also can I do my usual evening run "
     "today?", False, None),
    # a story's moment stays the one asked about ("sauna at 7pm tomorrow ... ok tomorrow at 7?")
    ("He booked the sauna at 7pm tomorrow evening. Will I be ok to do the sauna tomorrow at 7?", True, 32.5),
    ("Wedding on Saturday. Can I wear makeup?", True, 91.5),
])
def test_each_time_bound_question_is_answered_for_its_own_moment(engine, text, allowed, asked_for):
    answer = engine.answer(text, 2.5, datetime(2035, 3, 6, 13, 0))
    assert (answer.allowed_now, answer.asked_for_hours) == (allowed, asked_for)


@pytest.mark.parametrize("text, now, allowed", [
    # a treatment still to come, told with its day, and a later moment asked about: counted from the treatment's
    # latest plausible hour (rounds BE, BW, CE, CJ, CN)
    ("football match next saturday, I'm booked for microneedling on thursday. is that enough of a gap?",
     datetime(2035, 10, 20, 19, 0), True),
    ("I'm getting needled on Monday. Can I wear makeup on Thursday?", datetime(2031, 9, 26, 9), True),
    # (from the latest hour a clinic treats: not all of the day after, nor a party the same evening)
    ("MY WEDDING IS SATURDAY!!! im booked for microneedling tomorrow, will i be able to wear makeup for the wedding",
     datetime(2035, 10, 18, 12, 0), False),
    ("I'm getting needled this afternoon and the party is tonight, can I wear makeup to it?",
     datetime(2035, 10, 18, 9, 0), False),
    # someone else's treatment to come is no plan
    ("my sister is booked for microneedling on thursday, can I go to the gym on saturday?",
     datetime(2035, 10, 20, 19, 0), None),
])
def test_a_treatment_still_to_come_times_the_rules(engine, text, now, allowed):
    assert engine.answer(text, None, now.replace(tzinfo=UTC)).allowed_now is allowed


@pytest.mark.parametrize("text, now, allowed", [
    # round CR: an ahead word in the question's clause doesn't make the treatment's clause one still to come
    ("had microneedling on friday, can i go on the sunbed tomorrow?", datetime(2036, 4, 27, 15, 0), False),
    ("I had my treatment last Thursday, can I sit in the sun in Dubai next Friday?", datetime(2036, 4, 27, 11, 0),
     True),
    # (review 52) a clause that tells another day without asking may be the treatment's ("... my treatment, which is
    # on Friday"): the sentence is set aside
    ("Had a consultation yesterday for my treatment, which is on Friday. Can I use retinol on Sunday?",
     datetime(2025, 6, 11, 10, 0), None),
])
def test_a_treatment_told_beside_a_question_of_a_later_day(engine, text, now, allowed):
    assert engine.answer(text, None, now.replace(tzinfo=UTC)).allowed_now is allowed


@pytest.mark.parametrize("text, allowed", [
    # round CR: with no clock at all, a treatment this morning and a question about tonight are the same day
    ("can i use the ordinary glycolic acid toner tonight? i had microneedling this morning", False),
    ("sauna tonight?? did it this morning", False),
    ("had it done this morning, can i wear makeup tomorrow night?", None),
    ("had it done yesterday, can i wear makeup tonight?", None),
])
def test_the_same_day_is_judged_without_a_clock(engine, text, allowed):
    answer = engine.answer(text)
    assert answer.allowed_now is allowed
    assert not re.search(r"been \d+ hours", answer.text)


@pytest.mark.parametrize("text", [
    # review 50: a question that says "now" asks about now, whatever day the message names
    "Saturday is my birthday. can i go for a run now?",
    "beach on saturday? and can i use my retinol rn",
])
def test_a_question_that_says_now_is_answered_for_now(engine, text):
    answer = engine.answer(text, 8, datetime(2035, 3, 6, 15, 0, tzinfo=UTC))
    assert answer.allowed_now is False


def test_each_topic_keeps_its_own_moment_in_one_reply(engine):
    # the gym on Thursday is fine, makeup right now is not
    answer = engine.answer("gym on thursday? and is makeup ok right now", 8, datetime(2035, 3, 6, 15, 0, tzinfo=UTC))
    gym, makeup = answer.text.split("\n\n")[:2]
    assert gym.startswith("Exercise and sweating: Yes") and makeup.startswith("Makeup: Not yet")


@pytest.mark.parametrize("text, allowed, said", [
    # review 51: an hour told without am or pm for a treatment to come is the later one ("Friday at 6" is 18:00), a
    # question in the treatment's clause keeps its own moment, and clock times are told on the patient's clock
    ("booked microneedling for thursday at 6, wedding friday at 5pm, makeup?", False, "18:00 on Friday 14 Mar"),
    ("booked for needling Thursday at 6 in the morning, gym Friday at 7am?", True, "07:00 Friday"),
    ("getting needled thursday can i wear makeup friday and go to the gym saturday", False, "22:00 on Friday 14 Mar"),
    ("getting needled tomorrow, can I go to the gym the day after tomorrow?", False, "22:00 on Thursday 13 Mar"),
])
def test_a_treatment_still_to_come_is_told_on_the_patients_clock(engine, text, allowed, said):
    answer = engine.answer(text, None, datetime(2036, 3, 11, 15, 0, tzinfo=UTC))
    assert answer.allowed_now is allowed and said in answer.text and "tomorrow" not in answer.text


def test_a_treatment_still_to_come_says_nothing_of_time_gone_by(engine):
    answer = engine.answer("booked for microneedling Thursday, can I wear sunscreen on Saturday?", None,
                           datetime(2036, 3, 11, 15, 0, tzinfo=UTC))
    assert answer.allowed_now is True and "it's been" not in answer.text


@pytest.mark.parametrize("text, allowed", [
    # rounds CU and CV: "w/o sunscreen" is without it; an occasion still to come told in another clause leaves the
    # treatment told today where it is
    ("can i walk the dog this afternoon w/o sunscreen? had microneedling yesterday at 9am", False),
    ("can i walk the dog this afternoon w/ spf? had microneedling yesterday at 9am", True),
    ("My wedding is on the 14th of November and I had my last session today, will I be ok for full glam makeup by "
     "then?", True),
    # round CW: an evening occasion's hour is in the evening, however far from its day ("dinner at 7" is 19:00)
    ("can i wear makeup tomorrow for my sister's birthday dinner at 7? had microneedling today at 9am", True),
    ("can i wear makeup tomorrow at 7? had microneedling today at 9am", False),
])
def test_rounds_cu_and_cv_timed_questions(engine, text, allowed):
    assert engine.answer(text, None, datetime(2036, 10, 20, 11, 0, tzinfo=UTC)).allowed_now is allowed


@pytest.mark.parametrize("text", [
    # review 53: only an evening occasion's own clock time is in the evening ("at 9 for work", a coffee date at 10, a
    # lunch date at 12 stay in the day), and a treatment moved to a later day is still to come
    "had microneedling today at 1pm. can i wear makeup tomorrow at 9 for work? then dinner at 7",
    "had microneedling today at 1pm. coffee date at 10 tomorrow, can i wear makeup?",
    "had microneedling today at 1pm. lunch date at 12 tomorrow, makeup ok?",
    "The party is on Saturday; my session was meant to be yesterday but got moved to friday, can I wear makeup at the "
    "party?",
])
def test_review_53_no_wrong_yes(engine, text):
    assert engine.answer(text, None, datetime(2036, 3, 11, 15, 0, tzinfo=UTC)).allowed_now is not True

