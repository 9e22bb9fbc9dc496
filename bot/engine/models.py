"""Pydantic models of the knowledge base a clinic edits, and of the engine's answers."""

from __future__ import annotations

import string
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, PositiveFloat, field_validator, model_validator

from bot.engine.guesser import TopicGuesser

Level = Literal["none", "contact", "emergency"]
LEVEL_RANK: dict[str, int] = {"none": 0, "contact": 1, "emergency": 2}

TOPIC_IDS = (
    "about", "benefits", "numbing", "downtime", "results", "provider", "sun", "cleansing",
    "moisturizer", "actives", "makeup", "sweating", "hydration", "picking", "professional-advice",
    "aftercare",
)
PLACEHOLDERS = frozenset({"elapsed", "until", "remaining", "window", "normal_window", "activity"})


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, str_strip_whitespace=True)


def _check_placeholders(text: str, allowed: frozenset[str] = PLACEHOLDERS) -> str:
    """Reject a template whose {placeholder} the bot cannot fill, so a typo fails at load, not in chat."""
    try:
        names = {name for _, name, _, _ in string.Formatter().parse(text) if name is not None}
    except ValueError as exc:
        raise ValueError(f"broken braces in text ({exc}); write {{{{ and }}}} for literal braces") from exc
    unknown = names - allowed
    if unknown:
        raise ValueError(f"unknown placeholder {{{sorted(unknown)[0]}}}; allowed: {sorted(allowed)}")
    return text


def _non_empty_phrases(phrases: list[str]) -> list[str]:
    cleaned = [p.strip() for p in phrases]
    if any(not p for p in cleaned):
        raise ValueError("contains an empty phrase")
    return cleaned


class Window(_Strict):
    """A time-bound rule: `activity` is off-limits until `hours` after the treatment.

    `applies_to` narrows it: when a question names none of these words ("can I wash my face?" against
    a rule about harsh cleansers), what was asked about is not the restricted activity.
    """

    hours: PositiveFloat
    activity: str = Field(min_length=1)
    restricted: str = Field(min_length=1)
    allowed: str = Field(min_length=1)
    applies_to: list[str] = []
    # Words that name the restricted kind only when the question doesn't say it is a gentle one: "my normal
    # cleanser" may be harsh, "my normal gentle cleanser (Cetaphil)" is not.
    applies_unless_gentle: list[str] = []
    gentle: list[str] = []
    # What the rule's topic names that is fine at any time (sunscreen, against a rule about the sun): a question
    # naming one of these and none of `activity_words` asks about it, not about the restricted activity.
    always_allowed: list[str] = []
    activity_words: list[str] = []
    # A short or gentle kind of the activity that the rule allows at any time ("a slow walk, not breaking a sweat",
    # "the school run with SPF 50"), unless `heavy` words say it is the restricted kind after all ("hiking all
    # day"); `light_answer` says so before the rule.
    light: list[str] = []
    heavy: list[str] = []
    light_answer: str | None = Field(default=None, min_length=1)

    _templates = field_validator("restricted", "allowed")(_check_placeholders)
    _phrases = field_validator("applies_to", "applies_unless_gentle", "gentle", "always_allowed",
                               "activity_words", "light", "heavy")(_non_empty_phrases)

    @model_validator(mode="after")
    def _light_needs_an_answer(self) -> Window:
        if self.light and self.light_answer is None:
            raise ValueError("light words need a light_answer that says what is fine")
        return self


class Topic(_Strict):
    id: str = Field(pattern=r"^[a-z][a-z0-9-]*$")
    title: str = Field(min_length=1)
    answer: str = Field(min_length=1)
    keywords: list[str] = Field(min_length=1)
    related: list[str] = []
    examples: list[str] = Field(min_length=3)
    general_terms: list[str] = []
    window: Window | None = None
    # The rule forbids what it is about for the whole of healing, with no time limit ("don't pick"): whatever
    # moment a question names, the answer to "can I ...?" is no.
    never_allowed: bool = False

    @model_validator(mode="after")
    def _window_or_never(self) -> Topic:
        if self.never_allowed and self.window is not None:
            raise ValueError("a topic is either time-bound ('window') or 'never_allowed', not both")
        return self

    _answer = field_validator("answer")(_check_placeholders)
    _phrases = field_validator("keywords", "related", "examples", "general_terms")(_non_empty_phrases)


class WorseThan(_Strict):
    comparatives: list[str] = []
    links: list[str] = []
    earlier: list[str] = []

    def phrases(self) -> list[str]:
        return [f"{c} {link} {e}" for c in self.comparatives for link in self.links for e in self.earlier]


class Symptom(_Strict):
    """A symptom the triage recognises, by any of `phrases` or by one phrase from each `all_of` group."""

    id: str = Field(pattern=r"^[a-z][a-z0-9-]*$")
    label: str = Field(min_length=1)
    level: Level
    within_window: bool = False
    window_hours: PositiveFloat | None = None  # when it stops being expected, if not the normal window
    # for a sign that needs a call: how long after the treatment it is still the expected reaction, unless told
    # worsening ("hot and throbbing" on the first evening); with the time unknown, it needs a call
    expected_hours: PositiveFloat | None = None
    topic: str | None = None
    advice: str | None = None  # the reply when it is asked about rather than reported ("warning signs?")
    phrases: list[str] = []
    all_of: list[list[str]] = []
    group_distance: int | None = Field(default=None, ge=1, le=50)  # words between its groups, if not triage's
    # words the other groups may stand before the first group's phrase, if fewer ("huge lips", not "a big family
    # function ... my upper lip threaded")
    reach_before: int | None = Field(default=None, ge=0, le=50)
    not_in: list[str] = []  # phrases where its words mean something else ("a faint pink" is no fainting)
    # words that, within `group_distance` words of its phrase, make it a figure of speech ("saw the bill, nearly
    # fainted": the near faint of a joke about a price)
    not_near: list[str] = []
    # words that make it a figure of speech only right beside its phrase, fewer than `BESIDE_REACH` words away
    # ("dizzy from the price", "heart pounding, hot date tonight"), not one told further on ("paid the bill, dizzy now
    # and nauseous": a figure far from the sign is no cause of it)
    not_beside: list[str] = []
    # how grave an emergency sign is once told over in the clause after it ("I felt faint during the numbing but it
    # passed"): worth a call, not an ambulance; without it, an emergency sign told over is still an emergency
    settled_level: Level | None = None
    # whether it is a flow that a "but it stopped" in the clause after tells over, like a normal sign ("bled more than
    # expected, but it stopped before I left" is no bleeding that won't stop); pus that stopped is still infection
    flow: bool = False
    # whether a pattern told beside it makes it history ("I break out whenever I'm stressed"); none explains pus away
    # ("there is pus every time I wash" is happening), though another occasion may ("at my last session I had pus")
    habits_hide: bool = True
    # whether the patient's own, told as history with nothing now ("years ago I reacted to lidocaine ... I feel fine so
    # far"), is still worth telling the clinic: an all-clear silences only someone else's
    outlasts_all_clear: bool = False

    _phrases = field_validator("phrases")(_non_empty_phrases)

    @model_validator(mode="after")
    def _one_way_to_match(self) -> Symptom:
        if bool(self.phrases) == bool(self.all_of):
            raise ValueError("give either 'phrases' or 'all_of' (a list of phrase groups), not both or neither")
        if self.within_window and self.level != "none":
            raise ValueError("'within_window' only applies to level 'none'")
        if self.expected_hours is not None and self.level != "contact":
            raise ValueError("'expected_hours' only applies to level 'contact'")
        if self.settled_level is not None and (self.level != "emergency" or self.settled_level == "emergency"):
            raise ValueError("'settled_level' only applies to an emergency sign, and must be lower")
        return self


class Triage(_Strict):
    normal_window_hours: PositiveFloat = 72
    persistence: list[str] = []
    duration_questions: list[str] = []
    future_duration_questions: list[str] = []  # "will I be red for days?": a span right after them is asked
    worsening: list[str] = []
    # a sign told bigger, redder or sorer than at an earlier time ("puffier than on day 1"): every comparative with
    # every earlier time is a worsening, joined by one of `links` ("than", "than on", "than it was")
    worse_than: WorseThan = Field(default_factory=lambda: WorseThan())
    sizes: list[str] = []
    severities: list[str] = []  # sizes that rate a sign ("really bad"): they also reach a next sentence
    severity_raters: list[str] = []  # words of a sentence that only rates a sign ("It looks so bad", "omg so bad")
    self_ratings: list[str] = []  # words right before a severity that make it the patient's ("I'm so bad at this")
    not_reports: list[str] = []
    # why the treatment was done, right before the sign it names ("done for my dark spots"): no report of that sign
    reasons: list[str] = []
    hypothetical: list[str] = []
    conditionals: list[str] = []
    others: list[str] = []
    fears: list[str] = []
    worries: list[str] = []
    worries_about: list[str] = []  # a worry right before a sign named as a risk ("worried about infection")
    worry_risks: list[str] = []  # the risks such a worry names; any other sign after it is told ("worried about pus")
    story_questions: list[str] = []
    similes: list[str] = []
    figures_of_people: list[str] = []
    figurative: list[str] = []
    figurative_manner: list[str] = []  # "on fire (in a good way)": the sign is a figure; a worsening word stays
    asides: list[str] = []
    intensifiers: list[str] = []
    first_person: list[str] = []
    third_person: list[str] = []
    present_tense: list[str] = []  # "her lips are swelling": someone else's sign told as happening
    # words before a sign in its clause that tell it in the present ("there's yellow crust"): a habit told in an
    # earlier clause ("I'm prone to infections") doesn't make it history
    told_present: list[str] = []
    observers: list[str] = []
    generic_words: list[str] = []
    present: list[str] = []
    beside_patient: list[str] = []
    treated_here: list[str] = []  # someone told treated at this clinic ("she had it done at your clinic too")
    contrasts: list[str] = []
    past_tense: list[str] = []
    report_frames: list[str] = []
    habitual: list[str] = []
    traits: list[str] = []  # after a sign, make it a trait ("breakout-prone")
    long_standing: list[str] = []  # shortly after a sign, make it long had ("hives, had them for years")
    onsets: list[str] = []  # words that tell a sign starting or back now ("started bleeding again")
    family: list[str] = []  # close family, left out of `others`: what they tell is reported ...
    # words that set the writer apart from family (their own session to keep or move, catching what family has), and
    # words telling family treated: with the first and none of the second, the family named is someone else ("my son
    # has a fever, can I still come in for my session?")
    writer_apart: list[str] = []
    family_treated: list[str] = []
    untreated: list[str] = []  # ... unless the message says they had no treatment ("he's not getting treated")
    ongoing: list[str] = []  # words telling a sign goes on now: no habit ("since the treatment I always feel ...")
    # words telling a sign goes on since this treatment or a recent time: not even a pattern told beside them makes
    # it history ("welts whenever I touch my face since the treatment")
    since_recent: list[str] = []
    # words telling that a sign told as history is not back now ("nothing like that so far"): no advice for it
    all_clear: list[str] = []
    # words before a worsening in a question that ask what causes it ("does spicy food make the redness worse?")
    causing: list[str] = []
    # words in a condition's clause that point back at a sign told before ("what if it happens again?")
    condition_back_words: list[str] = []
    # words that tell the patient's state now as no more than a normal sign ("now I'm just a little red"): told after
    # history, only normal signs with them are an all-clear for it
    only_now: list[str] = []
    # a time soon to come ("tomorrow", "the next day"): "still" told of it in a condition ("what if it's still red
    # tomorrow?") says nothing of how long a sign has lasted
    soon_days: list[str] = []
    knowing: list[str] = []  # right before an asking phrase: what the patient knows ("I know what to look for")
    patterns: list[str] = []
    past_occasions: list[str] = []
    # of those, the ones a few weeks or months back ("last month"), which may be this very treatment: where it is on
    # record at least `recent_occasion_hours` old (or none is) and the occasion's clause names it (`treatment_names`)
    # or the sign is told lasting
    recent_occasions: list[str] = []
    recent_occasion_hours: PositiveFloat = 168
    treatment_names: list[str] = []
    # a session after the first ("my second", "session two", "this time"): with one named, "after my first session"
    # is another occasion
    later_sessions: list[str] = []
    # "both times": another occasion only in a message that tells of several sessions (`several_sessions`) or a
    # later one
    session_occasions: list[str] = []
    several_sessions: list[str] = []
    asking: list[str] = []
    # words after an asking phrase that make it a question passed on, not a hedge ("she's telling me to just ask you
    # whether ..." reports what is happening to her)
    asked_of: list[str] = []
    not_yet_treated: list[str] = []
    returning: list[str] = []
    returning_now: list[str] = []
    likenesses: list[str] = []  # a sign told like another occasion's ("same like the herpes I had as a kid")
    today_times: list[str] = []  # "today", "this morning"
    recent_times: list[str] = []  # times of this treatment, beside today's ("yesterday", "after her session")
    return_fears: list[str] = []  # before a return in its clause: feared, not told ("afraid the pimples come back")
    group_distance: int = Field(default=12, ge=1, le=50)
    plausible_span_hours: PositiveFloat = 1440  # longer spans in a message are not about the treatment
    # The symptom whose advice completes an answer to a question about signs that could come ("is it possible
    # to get an infection?"): what to watch for, beside the sign asked about.
    questions_advice: str | None = None
    symptoms: list[Symptom] = Field(min_length=1)

    @model_validator(mode="after")
    def _known_questions_advice(self) -> Triage:
        if self.questions_advice is not None:
            found = self.symptom(self.questions_advice)
            if found is None or found.advice is None:
                raise ValueError(f"questions_advice: '{self.questions_advice}' is not a symptom with 'advice'")
        return self

    def symptom(self, symptom_id: str | None) -> Symptom | None:
        return next((s for s in self.symptoms if s.id == symptom_id), None)


class Subject(_Strict):
    id: str
    label: str
    phrases: list[str] = Field(min_length=1)
    overrides: bool = False  # it changes every rule (pregnancy): no rule is answered beside it
    not_in: list[str] = []  # phrases where its words mean something else ("stretch marks from my pregnancies")


class OutOfScope(_Strict):
    subjects: list[Subject] = []


class SmallTalk(_Strict):
    id: str
    phrases: list[str] = Field(min_length=1)
    reply: str = Field(min_length=1)
    in_questions: bool = True  # False: "is the thing ok?" asks something; its "ok" is no thanks
    # single words that, opening a message that asks nothing and tells no sign, make all of it this kind ("Just
    # wanted to say thank you to everyone at the clinic ... my partner says I'm already glowing. Have a lovely
    # Christmas!")
    opening: list[str] = []


class Replies(_Strict):
    emergency: str
    contact: str
    emergency_if: str
    contact_if: str
    prolonged: str
    expected: str
    expected_always: str
    fallback: str
    out_of_scope: str
    suggest: str
    did_you_mean: str
    also_asked: str

    @field_validator("*")
    @classmethod
    def _templates(cls, text: str) -> str:
        return _check_placeholders(text, PLACEHOLDERS | {"symptoms", "symptom", "subject", "topics"})


class CheckinOption(_Strict):
    id: str = Field(pattern=r"^[a-z][a-z0-9-]{0,15}$")
    label: str = Field(min_length=1, max_length=40)
    symptoms: list[str] = []
    reply: str | None = None


class Checkins(_Strict):
    """The daily check-in question and its answer buttons; each button maps to triage symptoms."""

    prompt: str
    all_good: str
    options: list[CheckinOption] = Field(min_length=1, max_length=8)

    @field_validator("prompt")
    @classmethod
    def _day_placeholder(cls, text: str) -> str:
        return _check_placeholders(text, frozenset({"day"}))


THEN_PLACEHOLDERS = frozenset({"when", "day", "opens", "window", "activity"})


class TimedReplies(_Strict):
    """Answers about a named moment ("makeup on Saturday?") and elapsed time when the hour is unknown.

    `allowed`: fine for all of {when}; `opens_during`: it opens part-way through {when}; `restricted`:
    not by {when}. `same_day`/`one_day`/`days` say how long it's been in days, for a patient who gave
    the date but not the time of their treatment.
    """

    allowed: str = ("Yes: by {when} (day {day}) it will be {window} since your treatment, so {activity} "
                    "will be fine.")
    opens_during: str = "Not for all of {when}: {activity} is fine from {opens} ({window} after your treatment)."
    restricted: str = "Not by {when}: {activity} only from {opens} ({window} after your treatment)."
    same_day: str = "less than a day"
    one_day: str = "about a day"
    days: str = "about {days} days"

    _then = field_validator("allowed", "opens_during", "restricted")(
        lambda text: _check_placeholders(text, THEN_PLACEHOLDERS))
    _days = field_validator("same_day", "one_day", "days")(
        lambda text: _check_placeholders(text, frozenset({"days"})))


class Conversation(_Strict):
    replies: Replies
    smalltalk: list[SmallTalk] = []
    checkins: Checkins
    timed: TimedReplies = TimedReplies()


class PartOfDay(_Strict):
    """Local clock hours of a part of the day; `end` may run past midnight (28 = 04:00 the next day)."""

    start: float = Field(ge=0, lt=24)
    end: float = Field(gt=0, le=36)

    @model_validator(mode="after")
    def _ordered(self) -> PartOfDay:
        if self.end < self.start:
            raise ValueError("'end' must not be before 'start' (write 28 for 04:00 the next day)")
        return self


class MomentLabels(_Strict):
    today: str = "today"
    tomorrow: str = "tomorrow"
    tonight: str = "tonight"
    next_week: str = "next week"
    weekend: str = "the weekend"
    part: str = "{day} {part}"
    today_part: str = "this {part}"
    from_now: str = "{amount} from now"
    treatment_day: str = "that day"  # "makeup on day 2?": "Yes: by that day (day 2) ..."
    after_treatment: str = "then"  # "gym 2 days after?": "Yes: by then (day 2) ..."

    _part = field_validator("part", "today_part")(
        lambda text: _check_placeholders(text, frozenset({"day", "part"})))
    _from_now = field_validator("from_now")(lambda text: _check_placeholders(text, frozenset({"amount"})))


class MomentWords(_Strict):
    """Words for the moment a question is about ("on Saturday", "tomorrow morning", "in 3 days")."""

    day_starts: float = Field(default=6, ge=0, lt=24)
    night_ends: float = Field(default=4, ge=0, lt=12)
    days: dict[str, int] = {}
    parts_of_day: dict[str, PartOfDay] = {}
    shorthands: dict[str, str] = {}
    weekdays: dict[str, int] = {}
    months: dict[str, int] = {}
    ordinal_suffixes: list[str] = []
    in_words: list[str] = []
    ahead_after: list[str] = []
    approximations: list[str] = []
    plan_words: list[str] = []  # a span after one of these in its piece is a plan, not how long a sign lasted
    plan_ends: list[str] = []  # ... unless one of these comes between ("a holiday booked and I've been red for 6 days")
    next_words: list[str] = []
    after_next: list[str] = []
    week_words: list[str] = []
    weekend_words: list[str] = []
    weekend_days: list[int] = [5, 6]
    clock_words: list[str] = []
    afternoon_words: list[str] = []
    afternoon_hours: list[int] = []  # said without am or pm, they mean the afternoon ("at 2"); 5 and on may be early
    early_words: list[str] = []  # ... unless one of these follows ("at 5 in the morning", "at 4 before work")
    # an occasion with its clock time ("dinner at 7"), however far from its day; an evening one's hour from 5 on is
    # in the evening ("tomorrow for my sister's birthday dinner at 7" is 19:00)
    evening_occasions: list[str] = []
    morning_words: list[str] = []
    fillers: list[str] = []
    past_words: list[str] = []
    # words right before "treatment" that make it a product, not the patient's treatment ("spot treatment")
    product_treatments: list[str] = []
    intent_words: list[str] = []  # a past form with one of these looks ahead ("was thinking next Thursday")
    clock_stops: list[str] = []
    now_words: list[str] = []
    asking_now: list[str] = []  # a question with one of these and no moment of its own asks about now
    habit_words: list[str] = []
    treatment_parts: list[str] = []
    treatment_after: list[str] = []  # after an amount, count it from the treatment ("2 days after", "48h post")
    right_after: list[str] = []  # the time of the treatment itself ("ok to put on straight after?")
    # a day told of the patient's own treatment ("I had microneedling yesterday", "treatment was on Tuesday"): with
    # no treatment on record, answers count from its latest plausible hour
    treatment_words: list[str] = []
    ahead_words: list[str] = []  # ... unless told as still to come ("I'm getting needled on Monday")
    # ... though an ahead word told of an occasion in a clause with no treatment word is the occasion's ("my wedding is
    # on the 14th and I had my last session today")
    occasion_words: list[str] = []
    others_words: list[str] = []  # ... or someone else's ("my sister had it done on Tuesday")
    # a treatment still to come, told with one of these and its day ("I'm booked in for microneedling next Thursday
    # at 10am"): with no treatment on record, a question about a later moment counts from its latest plausible hour
    planned_words: list[str] = []
    told_past: list[str] = []  # a weekday needs one of these near it ("had it done on Monday")
    told_asking: list[str] = []  # with `question_openers`: a day after one, in its sentence, is asked about
    question_openers: list[str] = []  # after "so", "but", "and": a question opens ("so can I ... on Friday?")
    # question words that ask wherever they stand in a clause ("tomorrow can I use my retinol"), unlike "is" or "will"
    # ("which is on Friday", "it will be on Friday" tell a day)
    asking_anywhere: list[str] = []
    # ... and before one of these, anywhere: a question opens ("getting needled Thursday can I wear makeup Friday")
    question_subjects: list[str] = []
    labels: MomentLabels = MomentLabels()

    @model_validator(mode="after")
    def _known_parts(self) -> MomentWords:
        unknown = [p for p in self.treatment_parts if p not in self.parts_of_day]
        if unknown:
            raise ValueError(f"treatment_parts: '{unknown[0]}' is not one of parts_of_day")
        return self

    @field_validator("days")
    @classmethod
    def _day_offsets(cls, days: dict[str, int]) -> dict[str, int]:
        if any(not 0 <= n <= 31 for n in days.values()):
            raise ValueError("day offsets must be between 0 (today) and 31")
        return days

    @field_validator("weekdays", "weekend_days")
    @classmethod
    def _weekday_numbers(cls, value: dict[str, int] | list[int]) -> dict[str, int] | list[int]:
        numbers = value.values() if isinstance(value, dict) else value
        if any(not 0 <= n <= 6 for n in numbers):
            raise ValueError("weekdays are numbered 0 (Monday) to 6 (Sunday)")
        return value

    @field_validator("months")
    @classmethod
    def _month_numbers(cls, months: dict[str, int]) -> dict[str, int]:
        if any(not 1 <= n <= 12 for n in months.values()):
            raise ValueError("months are numbered 1 (January) to 12 (December)")
        return months


class NegationWords(_Strict):
    """How a patient denies a sign or tells it gone (`negation:` in language.yaml)."""

    cues: list[str] = []
    window: int = Field(default=3, ge=0, le=10)
    after: list[str] = []
    exceptions: list[str] = []
    joiners: list[str] = []
    list_words: list[str] = []
    list_cues: list[str] = []
    stops: list[str] = []
    episodes: list[str] = []
    ongoing: list[str] = []
    opener_breaks: list[str] = []  # after an opening "It stopped", words that tell more than when it went
    opener_objects: list[str] = []  # right after an opening "It stopped": what else it stopped ("me")
    # words right after a sign that only say which one it is ("the redness I had yesterday has gone"): an after-word
    # may stand past them
    relatives: list[str] = []
    flows: list[str] = []  # after-words that tell only a flow stopped ("stopped"): no infection settled
    # words that open a clause of their own between a sign and an after-word: what it tells gone is that clause's
    # ("lips swelling when the numbing wore off")
    after_stops: list[str] = []
    # words right before an after-word that say the sign went only in part ("has barely gone down")
    hedges: list[str] = []
    # words right after a denied sign that tell when it began, so it is there now ("no hives until I used the serum")
    untils: list[str] = []
    # a denial that stands alone right after a sign asked in a short question of its own ("bruising? no. pain? nope")
    answers: list[str] = []
    # words that tell the parts right before them well, outside a question ("lips and tongue are fine"), and the
    # parts (and list words) that may stand between: a part told well is no sign there
    statuses: list[str] = []
    parts: list[str] = []
    # words that may stand around an after-word in a clause that only tells a normal sign all gone ("but it's all
    # gone now")
    gone_fillers: list[str] = []
    gone_words: list[str] = []  # the after-words of such a clause: all gone, not going ("fading")


class ScoreWords(_Strict):
    """How a patient tells a pain score rising ("gone from a 3 to like a 9"; `scores:` in language.yaml)."""

    fillers: list[str] = []  # words a score may carry ("like a", "about")
    units: list[str] = []  # a number told with one is no score ("1pm", "3 days")
    reach: int = Field(default=4, ge=1, le=10)  # words between "from N" and its "to"
    most: int = Field(default=10, ge=1, le=100)  # the highest score: a higher number is of something else
    # with no word of change or of pain (`changes`) within `change_reach` words before the "from" ("the pain went from
    # about 3 to 8", "pain from 3 to 8"), a range is a score only where its numbers are told with one of these ("from a
    # 2 to a 7"): "dinner is from around 7 to 9", "I work from 2 to 6" tell times
    articles: list[str] = []
    changes: list[str] = []
    change_reach: int = Field(default=3, ge=0, le=10)
    # words of a score moving ("went", "jumped"): only with one before it is "from 1 to 10" a rise, not the scale
    # itself ("rate the pain from 1 to 10"; "the pain went from 1 to 10 in an hour" rose)
    motions: list[str] = []
    # a number from `high` up told as a score, with one of `tellers` right before it and a word of pain before that
    # ("the burning is an 8", "pain is a solid 9"), is a high pain score: a worsening
    high: int = Field(default=7, ge=1, le=100)
    tellers: list[str] = []
    # words that make a number right after them (within `change_reach`) a clock time, not a score ("sore since about
    # 8 this morning", "the burning started around 9 last night")
    clock_before: list[str] = []
    # words that end what a word of pain reaches ("a bit sore but honestly its a 10 from me")
    breaks: list[str] = []
    # words that tell a score told of a time gone by ("the pain was a 9 yesterday but now it's a 2", "was a 7 during the
    # treatment"): with one, a high score is no worsening beside a lower one or told of the procedure itself
    past: list[str] = []
    during: list[str] = []


class Language(_Strict):
    stopwords: list[str] = []
    # words before a word that make it the term of several words named before it ("the cream" after "numbing cream")
    referring: list[str] = []
    referred: list[str] = []  # the words (things a patient puts on) that may refer back so
    common_words: list[str] = []
    negation: NegationWords = NegationWords()
    scores: ScoreWords = ScoreWords()
    domain_words: list[str] = []
    idioms: list[str] = []
    respellings: dict[str, str] = {}
    emoji_words: dict[str, str] = {}  # emoji read as the word they stand for ("throat 👎 face 🎈")
    question_words: list[str] = []
    ask_openers: list[str] = []  # "I want to know", "I wonder": a clause they open asks, though it has no "?"
    clause_breaks: list[str] = []
    context_words: list[str] = []
    alternatives: list[str] = []
    fillers: list[str] = []
    comparisons: list[str] = []
    back_references: list[str] = []
    pointing_questions: list[str] = []
    preference_questions: list[str] = []  # "which is better": between the options told, one may be uncovered
    relative_words: list[str] = []
    likeness: list[str] = []
    normal_words: list[str] = []
    routine_words: list[str] = []
    numbers: dict[str, float] = {}
    units: dict[str, float] = {}
    moments: MomentWords = MomentWords()


class KnowledgeBase(_Strict):
    model_config = ConfigDict(extra="forbid", frozen=True, str_strip_whitespace=True, arbitrary_types_allowed=True)

    topics: list[Topic]
    triage: Triage
    out_of_scope: OutOfScope
    conversation: Conversation
    language: Language
    dictionary: frozenset[str] = frozenset()  # everyday words never "corrected" (english-words.txt)
    guesser: TopicGuesser | None = None  # the learned second opinion on unsure topics (topic-guesser.json)

    def topic(self, topic_id: str) -> Topic:
        return self._by_id()[topic_id]

    def _by_id(self) -> dict[str, Topic]:
        return {t.id: t for t in self.topics}


class Answer(BaseModel):
    """What the engine says about one patient message."""

    model_config = ConfigDict(frozen=True)

    topic: str | None
    level: Level
    allowed_now: bool | None
    text: str
    confidence: float
    suggestions: list[str] = []
    topics: list[str] = []
    symptoms: list[str] = []
    symptom_labels: list[str] = []
    report: bool = False
    report_level: Level = "none"  # how grave the signs told now are: the clinic notice's level
    kind: Literal["topic", "triage", "smalltalk", "suggest", "fallback"] = "topic"
    asked_for_hours: float | None = None  # the moment the question names, in hours since treatment; None: none
