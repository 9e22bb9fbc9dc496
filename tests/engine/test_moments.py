"""The moment a question is about, against the clinic's clock: days, parts of days, spans, DST."""

from __future__ import annotations

from datetime import date, datetime
from zoneinfo import ZoneInfo

import pytest

from bot.engine import KnowledgeError, load_knowledge
from bot.engine.moments import MomentReader

LONDON = ZoneInfo("Europe/London")
WEDNESDAY = datetime(2026, 11, 25, 15, 0, tzinfo=LONDON)


@pytest.fixture(scope="module")
def reader(kb) -> MomentReader:
    lang = kb.language
    return MomentReader(lang.moments, lang.numbers, lang.units)


def at(*args: int) -> datetime:
    return datetime(*args, tzinfo=LONDON)


@pytest.mark.parametrize(
    ("text", "start", "end", "label"),
    [
        ("can I wear makeup tomorrow?", at(2026, 11, 26, 6), at(2026, 11, 27), "tomorrow"),
        ("gym tomorrow morning?", at(2026, 11, 26, 6), at(2026, 11, 26, 12), "tomorrow morning"),
        ("makeup tmrw in the evening", at(2026, 11, 26, 17), at(2026, 11, 26, 22), "tomorrow evening"),
        ("retinol tonight?", at(2026, 11, 25, 18), at(2026, 11, 26, 4), "tonight"),
        ("can I go out on Saturday", at(2026, 11, 28, 6), at(2026, 11, 29), "Saturday"),
        ("wedding in 3 days, makeup then?", at(2026, 11, 28, 6), at(2026, 11, 29), "Saturday"),
        ("beach in 10 days?", at(2026, 12, 5, 6), at(2026, 12, 6), "Saturday 5 Dec"),
        # a span gone by ends at its "ago"; "next week" says which Thursday, and "from" or "on" a day narrows it
        ("had it done an hour ago 🥊 boxing class in 3 days ok?", at(2026, 11, 28, 6), at(2026, 11, 29), "Saturday"),
        ("next week im in cancun from thursday onwards - beach ok by then?", at(2026, 12, 3, 6), at(2026, 12, 4),
         "Thursday 3 Dec"),
        ("next week on friday can i go to the beach?", at(2026, 12, 4, 6), at(2026, 12, 5), "Friday 4 Dec"),
        ("for my wedding on the 30th", at(2026, 11, 30, 6), at(2026, 12, 1), "Monday"),
        ("the 1st", at(2026, 12, 1, 6), at(2026, 12, 2), "Tuesday"),
        ("party on 2nd of December", at(2026, 12, 2, 6), at(2026, 12, 3), "Wednesday 2 Dec"),
        ("party on December 2", at(2026, 12, 2, 6), at(2026, 12, 3), "Wednesday 2 Dec"),
        ("sun this weekend?", at(2026, 11, 28, 6), at(2026, 11, 30), "the weekend"),
        ("my glycolic toner next week?", at(2026, 11, 30, 6), at(2026, 12, 7), "next week"),
        ("next wednesday", at(2026, 12, 2, 6), at(2026, 12, 3), "Wednesday 2 Dec"),
        ("saturday at 3pm", at(2026, 11, 28, 15), at(2026, 11, 28, 15), "15:00 Saturday"),
        ("tomorrow at 10:30", at(2026, 11, 26, 10, 30), at(2026, 11, 26, 10, 30), "10:30 tomorrow"),
        ("makeup at 6pm?", at(2026, 11, 25, 18), at(2026, 11, 25, 18), "18:00 today"),
        ("in 5 hours", at(2026, 11, 25, 20), at(2026, 11, 25, 20), "5 hours from now"),
        ("this evening", at(2026, 11, 25, 17), at(2026, 11, 25, 22), "this evening"),
    ],
)
def test_moments_on_a_wednesday_afternoon(reader, text, start, end, label):
    moment = reader.find(text, WEDNESDAY)
    assert moment is not None
    assert (moment.start, moment.end, moment.label) == (start, end, label)
    assert moment.start_in == (start - WEDNESDAY).total_seconds() / 3600


@pytest.mark.parametrize("text", ["can I wear makeup?", "may I use retinol", "red on day 5", "on the 2nd day",
                                  "at night", "in the morning", "for 3 days", "three weeks ago",
                                  "in 99999999999 days", "this morning"])
def test_no_moment(reader, text):
    assert reader.find(text, WEDNESDAY) is None


def test_weekdays_and_dates_across_month_and_year_ends(reader):
    friday = at(2026, 11, 27, 9)
    assert reader.find("on tuesday", friday).start == at(2026, 12, 1, 6)
    assert reader.find("on the 31st", friday).start == at(2026, 12, 31, 6)  # November has no 31st
    new_year = at(2026, 12, 30, 12)
    assert reader.find("saturday", new_year).start == at(2027, 1, 2, 6)
    assert reader.find("2 jan", new_year).start == at(2027, 1, 2, 6)
    assert reader.find("the 5th", new_year).start == at(2027, 1, 5, 6)


def test_same_weekday_is_today_and_next_is_a_week_on(reader):
    assert reader.find("wednesday", WEDNESDAY).start == WEDNESDAY
    assert reader.find("next wednesday", WEDNESDAY).start == at(2026, 12, 2, 6)


def test_tonight_late_at_night_is_the_night_going_on(reader):
    late = reader.find("tonight", at(2026, 11, 25, 23, 30))
    assert late.start == at(2026, 11, 25, 23, 30) and late.end == at(2026, 11, 26, 4) and late.label == "tonight"
    after_midnight = reader.find("tonight", at(2026, 11, 26, 1))
    assert after_midnight.start == at(2026, 11, 26, 1) and after_midnight.end == at(2026, 11, 26, 4)
    # ...and "tomorrow" at 01:00 is the day about to start
    assert reader.find("tomorrow", at(2026, 11, 26, 1)).start == at(2026, 11, 26, 6)
    assert reader.find("tomorrow night", at(2026, 11, 26, 1)).start == at(2026, 11, 26, 18)


def test_next_week_and_weekend_semantics(reader):
    sunday = at(2026, 11, 29, 20)
    week = reader.find("next week", sunday)
    assert week.start == at(2026, 11, 30, 6) and week.end == at(2026, 12, 7)
    saturday = at(2026, 11, 28, 10)
    assert reader.find("this weekend", saturday).start == saturday  # already the weekend: from now
    assert reader.find("next weekend", saturday).start == at(2026, 12, 5, 6)
    assert reader.find("next weekend", WEDNESDAY).start == at(2026, 11, 28, 6)  # the earliest reading


def test_after_next_is_a_week_later_and_approximate_amounts_count(reader):
    weekend = reader.find("skiing the weekend after next", WEDNESDAY)
    assert weekend.start == at(2026, 12, 5, 6) and weekend.label == "Saturday 5 Dec"
    assert reader.find("on friday after next?", WEDNESDAY).start == at(2026, 12, 4, 6)
    assert reader.find("in like 10 days from now", WEDNESDAY).start == at(2026, 12, 5, 6)
    assert reader.find("in about a week", WEDNESDAY).start == at(2026, 12, 2, 6)


def test_spans_are_real_hours_across_the_october_clock_change(reader):
    saturday = at(2026, 10, 24, 12)  # BST; clocks go back at 02:00 on Sunday 25 October
    moment = reader.find("tomorrow at 10am", saturday)
    assert moment.start == at(2026, 10, 25, 10) and moment.start_in == 23
    assert reader.find("in 2 days", saturday).start_in == 24 + 18 + 1


def test_without_a_clock_only_spans_counted_from_now(reader):
    assert reader.find("tomorrow", None) is None and reader.find("on saturday", None) is None
    in_three = reader.find("gym in 3 days", None)
    assert in_three.start is None and in_three.start_in == 2 * 24 + 6 and in_three.label == "3 days from now"
    assert reader.find("in 5 hours", None).start_in == 5


def test_moment_words_are_validated_data(kb_copy):
    path = kb_copy / "language.yaml"
    path.write_text(path.read_text().replace("saturday: 5", "saturday: 9"))
    with pytest.raises(KnowledgeError, match=r"language.yaml: field 'moments.weekdays'"):
        load_knowledge(kb_copy)


def test_moment_words_can_be_changed(kb_copy):
    path = kb_copy / "language.yaml"
    path.write_text(path.read_text().replace("day_starts: 6", "day_starts: 9").replace(
        "saturday: 5", "saturday: 5, samedi: 5"))
    lang = load_knowledge(kb_copy).language
    reader = MomentReader(lang.moments, lang.numbers, lang.units)
    assert reader.find("samedi", WEDNESDAY).start == at(2026, 11, 28, 9)


def test_a_moment_gone_by_is_not_the_one_asked_about(engine):
    now = datetime(2026, 12, 9, 10, 0, tzinfo=ZoneInfo("Europe/London"))
    answer = engine.answer("Had it done last Friday. Off to Tenerife next week, can I sunbathe then?", 120, now)
    assert answer.allowed_now is True
    answer = engine.answer("done yesterday around 2pm. concealer in an hour?", 21, now.replace(hour=11))
    assert answer.allowed_now is False


def test_a_weekday_with_a_date_means_that_date(engine):
    now = datetime(2027, 1, 5, 8, 30, tzinfo=ZoneInfo("Europe/London"))  # a Tuesday
    answer = engine.answer("beach and sunbathing on Wednesday the 13th?", 16.5, now)
    assert answer.allowed_now is True and "13 Jan" in answer.text


def test_the_time_now_and_loose_amounts(reader):
    assert reader.find("it's 8am, can I run?", WEDNESDAY) is None
    assert reader.find("in a couple of weeks", WEDNESDAY).start == at(2026, 12, 9, 6)
    assert reader.find("not this weekend but the one after", WEDNESDAY).start == at(2026, 12, 5, 6)


def test_next_weekday_is_next_weeks(reader):
    thursday = at(2026, 11, 26, 17)
    assert reader.find("can I use my scrub again next Friday?", thursday).start == at(2026, 12, 4, 6)
    assert reader.find("can I use my scrub again on Friday?", thursday).start == at(2026, 11, 27, 6)
    sunday = at(2026, 11, 29, 12)
    assert reader.find("next friday", sunday).start == at(2026, 12, 4, 6)  # next week starts tomorrow


def test_a_span_counted_from_a_named_day(reader):
    thursday = at(2026, 11, 26, 9)
    assert reader.find("golf tournament a week from Saturday, sun ok by then?", thursday).start == at(2026, 12, 5, 6)
    assert reader.find("is a week from tomorrow ok for retinol?", WEDNESDAY).start == at(2026, 12, 3, 6)


def test_the_day_of_the_treatment_is_not_the_moment_asked_about(reader):
    thursday = at(2026, 11, 26, 12)
    text = "I had microneedling on Sunday afternoon. Next Friday I go skiing, is the sun ok by then?"
    assert reader.find(text, thursday).start == at(2026, 12, 4, 6)
    assert reader.find("yesterday was fine. not this weekend but the one after, beach ok?", WEDNESDAY).start \
        == at(2026, 12, 5, 6)


def test_the_moment_in_the_sentence_that_asks_wins(reader):
    """A story names other times; the question says which one it is about."""
    story = "Marathon in 3 weeks. My plan says a tempo run tonight. Can I do the run tonight, or not?"
    assert reader.find(story, WEDNESDAY).label == "tonight"
    told = "I have a wedding on Saturday. Will I be able to wear makeup then?"
    assert reader.find(told, WEDNESDAY).label == "Saturday"  # the question names no time: the story's


def test_a_more_precise_time_told_for_the_day_asked_about(reader):
    text = "Tomorrow after work around 5 pm I want go to gym. It is OK for tomorrow?"
    assert reader.find(text, WEDNESDAY).start == at(2026, 11, 26, 17)


def test_clock_times_after_a_part_of_the_day_or_around(reader):
    assert reader.find("ok by tomorrow morning around 10?", WEDNESDAY).start == at(2026, 11, 26, 10)
    assert reader.find("makeup friday evening at 7?", WEDNESDAY).start == at(2026, 11, 27, 19)
    assert reader.find("tomorrow around 10 or so", WEDNESDAY).start == at(2026, 11, 26, 10)
    assert reader.find("tomorrow about 2 weeks after the first one", WEDNESDAY).start == at(2026, 11, 26, 6)
    assert reader.find("saturday like 3 times", WEDNESDAY).start == at(2026, 11, 28, 6)


def test_a_clock_time_said_as_a_range_starts_at_its_first_hour(reader):
    text = "brunch tomorrow around 10-11, ok to wear a bit of makeup by then?"
    assert reader.find(text, WEDNESDAY).start == at(2026, 11, 26, 10)
    assert reader.find("tomorrow about 2-3 weeks after the first one", WEDNESDAY).start == at(2026, 11, 26, 6)
    assert reader.find("dinner tomorrow around 7-8pm, makeup ok?", WEDNESDAY).start == at(2026, 11, 26, 19)
    assert reader.find("tomorrow I have about 3-4 meetings, makeup ok?", WEDNESDAY).start == at(2026, 11, 26, 6)


def test_a_question_narrows_its_own_moment(reader):
    friday = at(2026, 11, 27, 17)
    assert reader.find("Could I start it again next week, like Friday the 4th?", friday).start == at(2026, 12, 4, 6)
    assert reader.find("next week? maybe the 4th", friday).start == at(2026, 11, 30, 6)  # the question ended


def test_reviewed_clock_times(reader):
    """A limit is not the moment ("before 2pm" includes the morning); an am or pm said is kept; a night's small
    hours are after midnight; only a hedged later day narrows a question ("like Friday the 4th")."""
    assert reader.find("Can I wear makeup tomorrow before 2pm?", WEDNESDAY).start == at(2026, 11, 26, 6)
    assert reader.find("tomorrow, or should I wait till 2 pm?", WEDNESDAY).start == at(2026, 11, 26, 6)
    assert reader.find("Saturday for about 2 or 3 hours?", WEDNESDAY).start == at(2026, 11, 28, 6)
    assert reader.find("tomorrow evening for maybe 1 and a half hours", WEDNESDAY).start == at(2026, 11, 26, 17)
    night = reader.find("Can I wear makeup tomorrow night at 1am?", WEDNESDAY)
    assert night.start == at(2026, 11, 27, 1) and night.label == "01:00 Friday"
    assert reader.find("Can I sunbathe all next week, and Friday the 4th especially?", WEDNESDAY).start \
        == at(2026, 11, 30, 6)


def test_round_w_clock_times(reader):
    """A bare hour from 1 to 5 is the afternoon; a time said with am or pm counts a few more words on, but not
    one of something gone by; a treatment day told as past is not the moment asked about."""
    assert reader.find("is full makeup ok tomorrow at 1?", WEDNESDAY).start == at(2026, 11, 26, 13)
    assert reader.find("is full makeup ok tomorrow at 9?", WEDNESDAY).start == at(2026, 11, 26, 9)
    story = "Tomorrow I'd normally train after my last client, around 6pm. Is that ok?"
    assert reader.find(story, WEDNESDAY).start == at(2026, 11, 26, 18)
    told = "Working from home today, had my microneedling done at 8pm last night. Foundation now for a call?"
    assert reader.find(told, WEDNESDAY).label == "today"
    trip = "I had my treatment on Monday lunchtime. We fly out Saturday morning, can I lie on a sunbed?"
    assert reader.find(trip, WEDNESDAY).start == at(2026, 11, 28, 6)
    assert reader.find("just had it today and in a couple of weeks im off to mexico, tan by then?",
                       WEDNESDAY).start >= at(2026, 12, 8)
    assert reader.find("We're off to Thailand in 2 weeks, beach by then?", WEDNESDAY).start >= at(2026, 12, 8)


def test_reviewed_clock_times_of_round_w(reader):
    """A morning word keeps a bare hour in the morning; "a.m." is am; a time said with am or pm further on
    never overrides a part of the day said, nor crosses "and"; from 5 a bare hour is kept as said; a habit's
    day yields to a later one named in its sentence."""
    assert reader.find("can I wear makeup tomorrow at 5 in the morning", WEDNESDAY).start == at(2026, 11, 26, 5)
    assert reader.find("can I wear makeup tomorrow at 4 a.m.", WEDNESDAY).start == at(2026, 11, 26, 4)
    assert reader.find("gym tomorrow at 4 before work", WEDNESDAY).start == at(2026, 11, 26, 4)
    assert reader.find("can I wear makeup tomorrow at 5", WEDNESDAY).start == at(2026, 11, 26, 5)
    assert reader.find("foundation tomorrow morning, I have a meeting and then a dinner at 7pm",
                       WEDNESDAY).label == "tomorrow morning"
    assert reader.find("gym tomorrow, my class is in the morning and I get home at 8pm", WEDNESDAY).start \
        == at(2026, 11, 26, 6)
    assert reader.find("I scrub every Sunday - can I do it on Sunday the 6th?", WEDNESDAY).start \
        == at(2026, 12, 6, 6)
    assert reader.find("I play every Thursday night, am I ok to play?", WEDNESDAY).start == at(2026, 11, 26, 18)


def test_reviewed_clock_times_of_round_y(reader):
    """A habit's day yields only to a later mention of the same weekday; past "and", an am time earlier than the
    day's start still counts."""
    thursday = at(2026, 11, 26, 10)
    assert reader.find("I use retinol every Friday, is that ok or should I wait until next week?",
                       thursday).start == at(2026, 11, 27, 6)
    assert reader.find("tomorrow I want to run with my club and we meet at 5am, ok?", thursday).start \
        == at(2026, 11, 27, 5)


def test_a_habits_day_gives_way_to_an_earlier_moment(reader):
    thursday = at(2026, 11, 26, 10, 30)
    assert reader.find("I go to hot yoga every Saturday, can I go tonight?", thursday).label == "tonight"
    assert reader.find("I do my retinol every Sunday night, can I do it tomorrow instead?", thursday).label \
        == "tomorrow"


def test_a_clock_time_takes_the_day_and_part_said_after_it(reader):
    """Round AB: "the 6:30 class tonight" is 18:30 today (it was 06:30 tomorrow, and a hot-yoga class nine hours
    after the treatment was answered "yes"); "at 3pm tomorrow" is tomorrow; the time told with a part of the day
    gone by ("this morning at 9:30") is not read again as the next 9:30."""
    tuesday = at(2027, 2, 16, 12, 30)
    assert reader.find("Can I teach my 6:30 hot yoga class tonight?", tuesday).start == at(2027, 2, 16, 18, 30)
    assert reader.find("can I wear makeup at 3pm tomorrow?", tuesday).start == at(2027, 2, 17, 15)
    assert reader.find("gym at 6:30 tomorrow morning ok?", tuesday).start == at(2027, 2, 17, 6, 30)
    assert reader.find("I got microneedled this morning at 9:30 and I'm teaching the 6:30 class tonight. can I?",
                       tuesday).start == at(2027, 2, 16, 18, 30)
    assert reader.find("can I wear makeup at 8:00?", tuesday).start == at(2027, 2, 17, 8)


def test_a_clock_time_keeps_its_own_day_when_another_occasion_follows(reader):
    """A review of round AB's fix: a day named after "or", "instead of", "before" or a new clause is another
    occasion ("at 6pm or tomorrow?"); a part of the day said before the time sets it ("in the morning at 7:30")."""
    tuesday = at(2027, 2, 16, 8)
    for text in ("can i go to the gym at 6pm or tomorrow?", "gym at 6pm instead of tomorrow?",
                 "can i go to the gym at 6pm, im off work tomorrow",
                 "can i do hot yoga at 6pm, my next class is friday",
                 "can i go to the gym at 6pm before my wedding saturday"):
        assert reader.find(text, tuesday).start == at(2027, 2, 16, 18), text
    assert reader.find("can i go to the gym in the morning at 7:30", tuesday).start == at(2027, 2, 17, 7, 30)
    # a day that opens a sentence of its own is not the clock time's ("at 6pm, tomorrow is leg day")
    for text in ("can I go to the gym at 6pm, tomorrow is leg day",
                 "can i go to spin at 6pm, monday i had my treatment",
                 "can I do the sauna at 6pm as saturday is my spa day"):
        assert reader.find(text, tuesday).start == at(2027, 2, 16, 18), text



def test_a_part_of_the_day_after_a_clock_time_sets_it(reader):
    """Round AE's session: "at 7:30 in the evening" was read as 07:30, "tomorrow at 9 in the evening" as 09:00.
    A bare hour is a time only with the day said after it ("at 7 tonight"); alone it may be a time gone by ("I
    woke up at 3 in the morning"), as a review of the first version of this fix found."""
    friday = at(2027, 5, 14, 12)
    assert reader.find("can I go to the gym at 7:30 in the evening?", friday).start == at(2027, 5, 14, 19, 30)
    assert reader.find("can I go to the gym at 7 tonight?", friday).start == at(2027, 5, 14, 19)
    assert reader.find("makeup at 7:30 in the evening tomorrow?", friday).start == at(2027, 5, 15, 19, 30)
    assert reader.find("can I go to the gym tomorrow at 9 in the evening?", friday).start == at(2027, 5, 15, 21)
    assert reader.find("can I go to the gym sunday at 5 in the evening?", friday).start == at(2027, 5, 16, 17)
    assert reader.find("I woke up at 3 in the morning with my face itchy, can I put makeup on?", friday) is None
    assert reader.find("is makeup ok at 7 days", friday) is None


def test_a_clock_time_said_with_a_day_is_not_read_again_alone(reader):
    """Round AE: the treatment "today at 2pm", told at 20:00, was read again as 14:00 tomorrow, so a question
    about "tomorrow at 9am" was answered for the afternoon."""
    evening = at(2027, 5, 11, 20)
    assert reader.find("I booked microneedling for today at 2pm. can I wear makeup in the morning?",
                       evening) is None
    text = "had it today at 2pm, interview tomorrow at 9am, concealer then ok?"
    assert reader.find(text, evening).start == at(2027, 5, 12, 9)
    assert reader.find("It was today in the morning at 10. Makeup at 19:00 ok?",
                       at(2027, 5, 11, 12)).start == at(2027, 5, 11, 19)


def test_a_past_form_with_an_intent_looks_ahead(reader):
    """Round AF: "Was thinking next Thursday" was read as a Thursday gone by, so a retinol question a week on was
    answered "not yet"."""
    friday = at(2027, 6, 11, 18)
    moment = reader.find("When can I restart my retinol? Was thinking next Thursday, so a full week after", friday)
    assert moment.start.date() == date(2027, 6, 17)
    assert reader.find("I had it done last Thursday", friday) is None
    # a past form with no intent stays in the past ("was going out on Wednesday", "I used retinol on Tuesday")
    assert reader.find("I used retinol on Tuesday, was that ok?", friday) is None
    assert reader.find("was going out on Wednesday in the sun for hours, is that bad?", friday) is None


def test_a_moment_going_on_now_in_the_question_beats_a_story_s_later_one(reader):
    """ "tonight" at 21:00 is now: the story's "the next week" is not what is asked (round AT)."""
    late = at(2026, 11, 25, 21)
    story = "Last time I spent the next week peeling. Can I put my tretinoin back on tonight before bed?"
    moment = reader.find(story, late)
    assert moment.label == "tonight" and moment.start_in <= 0 < moment.end_in
    told = "I have a wedding on Saturday. Will I be able to wear makeup then?"
    assert reader.find(told, late).label == "Saturday"  # nothing asked for now: the story's moment


def test_a_bare_hour_said_elsewhere_with_pm_is_that_afternoon_hour(reader):
    text = "He booked the sauna at 7pm tomorrow evening. Will I be ok to do the sauna tomorrow at 7?"
    assert reader.find(text, WEDNESDAY).start == at(2026, 11, 26, 19)
    assert reader.find("I work from 7 till 3. Can I run tomorrow at 7?", WEDNESDAY).start == at(2026, 11, 26, 7)


def test_after_work_is_the_evening(reader):
    assert reader.find("can i hit the gym tomorrow after work", WEDNESDAY).start == at(2026, 11, 26, 17)


def test_an_aside_s_exclamation_does_not_end_the_question(reader):
    text = ("My wedding is on the 30th (Monday!!) and I got microneedling today 😭 will I be able to wear makeup "
            "on the day??")
    assert reader.find(text, WEDNESDAY).label == "Monday"


def test_a_clock_time_said_right_after_the_question_places_the_day_asked_about(reader):
    text = "can i wear makeup tomorrow for my sisters engagement party? its at 7pm. got done today at 11am"
    assert reader.find(text, WEDNESDAY).start == at(2026, 11, 26, 19)
    later = "can i wear makeup tomorrow? I had it done at 9am. Thanks"  # a time gone by places nothing
    assert reader.find(later, WEDNESDAY).start == at(2026, 11, 26, 6)


def test_the_time_now_said_as_now_is(reader):
    text = "I do the microneedling today at 2pm, now is 4pm. Tonight at 8 I have a company dinner. Can I?"
    assert reader.find(text, WEDNESDAY.replace(hour=16)).start == at(2026, 11, 25, 20)


def test_a_time_told_of_the_treatment_is_not_the_one_asked_about(reader):
    """Review 28: "had it done at 7pm" says nothing of a bare "tomorrow at 7"; "after my microneedling today"
    is the treatment, not the moment asked about."""
    assert reader.find("had it done at 7pm. gym tomorrow at 7?", WEDNESDAY).start == at(2026, 11, 26, 7)
    assert reader.find("Gym on Friday. Is that ok after my microneedling today?", WEDNESDAY).label == "Friday"


@pytest.mark.parametrize(("text", "asked_for"), [
    # a question opened after a story's clause ("so can I ...") asks about its own moment
    ("Next week I am away so can I use retinol on Friday?", 65),
    ("not next week but can I wear makeup on Friday?", 65),
    # without one, the first moment of the asking sentence stays the one asked about
    ("can I go to the beach tomorrow and on Saturday?", 17),
    # nor when the first moment's own clause asks too (review 35): two questions, the first asked about first
    ("can I wear makeup tonight and can I go swimming on Saturday?", 5),
    ("can I use retinol tomorrow or should I wait, and can I swim on Sunday?", 17),
])
def test_a_question_opened_after_a_story_clause_asks_about_its_own_moment(engine, text, asked_for):
    now = datetime(2030, 6, 11, 15, 0, tzinfo=ZoneInfo("Europe/London"))  # a Tuesday
    assert engine.answer(text, 2, now).asked_for_hours == asked_for
