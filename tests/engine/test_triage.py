"""Triage: levels, negation, durations in the text and the normal window."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    "text",
    [
        "I can't breathe", "i cant breath", "having trouble breathing", "I'm short of breath", "wheezing",
        "my throat feels tight", "my throat is closing", "my tongue is swelling", "my tounge is swolen",
        "my lips are swelling up", "swollen lips", "my mouth is puffy", "I fainted", "I passed out",
        "I have chest pain", "i cant swallow",
    ],
)
def test_emergencies(engine, text):
    answer = engine.answer(text)
    assert answer.level == "emergency"
    assert answer.text.startswith("🚨 Call your local emergency number now")


@pytest.mark.parametrize(
    "text",
    [
        "there is pus", "it's oozing", "yellow crusts on my cheek", "the redness is spreading", "I have a fever",
        "I think it's infected", "I have blisters", "I have a rash", "I got hives", "the pain is getting worse",
        "dark patches appeared", "I have a cold sore", "it won't stop bleeding", "I have some unusual symptoms",
        "my face is hot and the redness is spreading", "prolonged swelling", "prolonged redness",
        "my face is still red", "my face is really swollen and getting worse", "my eye is swollen shut",
    ],
)
def test_contact_your_professional(engine, text):
    answer = engine.answer(text)
    assert answer.level == "contact"
    assert "contact your skincare professional" in answer.text


@pytest.mark.parametrize(
    ("text", "hours", "level"),
    [
        ("my face is still swollen", 10, "none"),
        ("my face is still swollen", 130, "contact"),
        ("I'm red and a little swollen, is that normal?", 6, "none"),
        ("my face is red", 80, "contact"),
        ("my face is red", 30, "none"),
        ("swollen", 96, "contact"),
        ("my skin is dry", 300, "none"),
        ("my skin is peeling", 120, "none"),
    ],
)
def test_normal_window_decides(engine, text, hours, level):
    assert engine.answer(text, hours).level == level


@pytest.mark.parametrize(
    "text",
    [
        "my redness has lasted 6 days", "still red a week later", "swollen on day 6", "red after 10 days",
        "swelling hasn't gone down after 5 days", "my face has been red for two weeks", "still red after 3 days",
    ],
)
def test_durations_in_text_count_without_a_treatment_date(engine, text):
    answer = engine.answer(text)
    assert answer.level == "contact"
    assert "professional" in answer.text


@pytest.mark.parametrize(
    "text",
    [
        "no swelling", "the redness is gone", "not swollen anymore", "I don't have a fever", "there is no pus",
        "no redness, can I go to the gym?", "I don't have any swelling, can I use sunscreen?",
        "the swelling went down", "no rash and no blisters", "I don't have trouble breathing",
        "my lips are not swollen", "redness has cleared up", "my skin isn't red anymore",
    ],
)
def test_negation_never_escalates(engine, text):
    assert engine.answer(text).level == "none"


def test_negation_does_not_leak_across_clauses(engine):
    assert engine.answer("no redness but my lips are swelling").level == "emergency"
    assert engine.answer("I don't have a fever, but there is pus").level == "contact"
    assert engine.answer("swelling hasn't gone down after 5 days").level == "contact"


def test_unsure_patients_are_escalated(engine):
    assert engine.answer("I'm not sure if it's infected").level == "contact"
    assert engine.answer("I don't think I have a fever but my face is hot").level == "contact"


def test_expected_symptoms_reassure_and_say_when_to_call(engine):
    answer = engine.answer("my face is red", 5)
    assert answer.level == "none" and answer.topic == "downtime"
    assert "contact your skincare professional" in answer.text


def test_emergency_beats_contact_and_names_both_to_the_clinic(engine):
    answer = engine.answer("there is pus and my throat is closing")
    assert answer.level == "emergency"
    assert {"infection", "throat"} <= set(answer.symptoms)


def test_checkin_buttons_are_triaged_by_day(engine):
    assert engine.assess(["swelling"], 24).level == "none"
    assert engine.assess(["swelling"], 5 * 24).level == "contact"
    assert engine.assess(["peeling"], 5 * 24).level == "none"
    assert engine.assess([], 24).level == "none"


# -- messages as patients write them (issue 6) ---------------------------------------------------------

@pytest.mark.parametrize(
    "text",
    [
        "lips, very swollen", "tongue, swelling up", "my throat... it's closing", "I can't... breathe",
        "breathing: hard", "it's hard to\nbreathe", "lips - huge, puffy", "Swelling. Fast. Lips + cheeks.",
        "Throat: tight.", "can't. breathe. properly.",
    ],
)
def test_emergencies_split_by_punctuation(engine, text):
    answer = engine.answer(text, 3)
    assert answer.level == "emergency" and answer.report
    assert "normal" not in answer.text.lower()


@pytest.mark.parametrize(
    "text",
    [
        "my eyes are so swollen I can barely open them", "the pain is unbearable", "worst pain I've ever had",
        "can't sleep for the pain", "the swelling is getting worse not better", "it's weeping",
        "one patch is hot, hard and throbbing", "it smells bad", "painkillers don't touch it, whole face aches",
    ],
)
def test_severity_and_infection_descriptions_escalate(engine, text):
    assert engine.answer(text, 20).level == "contact"


@pytest.mark.parametrize(
    "text",
    [
        "is it normal that my face feels hot and tight?", "it feels warm like a sunburn",
        "pinpoint bleeding during the treatment, it stopped straight away", "tiny dots of dried blood",
        "I don't have a fever or any pus, just a bit red", "no swelling, no itching, not red anymore",
        "no fever, pus or blisters",
    ],
)
def test_normal_sensations_and_denials_stay_calm(engine, text):
    answer = engine.answer(text, 20)
    assert answer.level == "none"
    if answer.symptoms:
        assert "contact your skincare professional" in answer.text  # the reassurance says when to call


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("what if my lips swell?", "emergency"),
        ("my friend's lips swelled after fillers, could that happen to me?", "emergency"),
        ("what should I do if I get a fever?", "contact"),
        ("what are the warning signs of an infection?", "contact"),
    ],
)
def test_hypotheticals_get_the_advice_but_are_not_reports(engine, text, level):
    answer = engine.answer(text)
    assert answer.level == level and not answer.report
    assert "if that ever happens" in answer.text or "if you notice this" in answer.text \
        or "Contact your skincare professional if" in answer.text


def test_a_report_beside_a_hypothetical_is_still_a_report(engine):
    answer = engine.answer("my lips are swelling, what if it gets worse?")
    assert answer.level == "emergency" and answer.report


@pytest.mark.parametrize("text", ["I have pus on my cheek, what if my lips swell?",
                                  "there's a blister on my chin. what would I do if my throat closed up?"])
def test_a_sign_told_beside_a_graver_what_if_keeps_its_call_and_its_notice(engine, text):
    answer = engine.answer(text, 50)
    told, what_if = answer.text.split("\n\n")[:2]
    assert answer.level == "emergency" and answer.report and answer.report_level == "contact"
    assert "contact your skincare professional" in told and "if that ever happens" in what_if
    assert answer.symptom_labels and "swelling of the lips, tongue or throat" not in answer.symptom_labels


def test_a_normal_sign_beside_a_graver_what_if_is_no_report(engine):
    answer = engine.answer("my face is red, what if my lips swell?", 20)
    assert answer.level == "emergency" and not answer.report and answer.report_level == "none"


def test_escalation_reply_carries_no_unrelated_advice(engine):
    answer = engine.answer("yellow pus, getting more painful and my throat feels scratchy", 50)
    assert answer.level in ("contact", "emergency")
    assert "tender" not in answer.text and "scratch" not in answer.text.lower()
    assert answer.topics == []


def test_a_separate_question_is_answered_in_its_own_block(engine):
    answer = engine.answer("there is pus on my cheek. can I wear makeup?", 50)
    first, *rest = answer.text.split("\n\n")
    assert answer.level == "contact" and "contact your skincare professional" in first
    assert answer.topics == ["makeup"] and any(block.startswith("Makeup") for block in rest)


def test_symptoms_are_named_in_plain_words(engine):
    answer = engine.answer("my lips and tongue are swelling and I can't breathe")
    assert "airway" not in answer.text and "-" not in " ".join(answer.symptom_labels)
    assert "trouble breathing" in answer.symptom_labels


@pytest.mark.parametrize(
    ("text", "level", "report"),
    [
        ("is it bad if my lips are swelling? right now", "emergency", True),
        ("sorry if dumb question but it bled a bit, thats normal right?", "none", True),
        ("can microneedling cause an infection? just asking", "contact", False),
        ("I break out easily, what moisturiser should I use?", "none", False),
        ("I break out easily. could microneedling make that worse?", "contact", False),
        ("the swelling went down on day 2 but now on day 6 it's come back", "contact", True),
        ("hives on my neck and my face is swelling really fast", "emergency", True),
    ],
)
def test_reports_questions_and_history(engine, text, level, report):
    answer = engine.answer(text, 30)
    assert (answer.level, answer.report) == (level, report)


@pytest.mark.parametrize(
    ("text", "topic"),
    [
        ("My cousin got an awful infection, her cheek was swollen and weeping. Does it have to be a doctor who does "
         "microneedling?", "provider"),
        ("I normally skip sunscreen because it makes me break out. Is sunbathing ok on Saturday?", "sun"),
    ],
)
def test_a_story_around_a_question_answers_the_question(engine, text, topic):
    answer = engine.answer(text, 50)
    assert (answer.level, answer.topic) == ("none", topic)


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("My coworker got pus spots after hers. Is that something that can happen to anyone?", "contact"),
        ("My friend said she couldn't breathe after hers. is that a thing?", "emergency"),
        ("My cousin got pus spots after hers. Anyway, how long until I see results?", "none"),
        ("my friend says my lips look swollen", "emergency"),
    ],
)
def test_someone_elses_story_keeps_its_advice_when_asked_about(engine, text, level):
    assert engine.answer(text, 5).level == level


def test_an_emergency_in_a_story_keeps_its_advice_and_the_question_is_answered(engine):
    answer = engine.answer("My friend said she couldn't breathe after hers. Anyway, how long until I see results?", 30)
    assert answer.level == "emergency" and answer.report is False and "results" in answer.topics


def test_my_friend_says_is_the_patients_own_report(engine):
    assert engine.answer("my friend says my lips look swollen", 5).report is True
    assert engine.answer("my friend's lips swelled after hers", 5).report is False


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("woke up and the puffiness is gone, nothing left but a faint pink on my chin", "none"),
        ("no blisters, no fever, just some dryness and the odd flake on day 5", "none"),
        ("we did it as a date thing, which was weird but fun. my face is a bit pink", "none"),
        ("I read about it on reddit, what should I avoid?", "none"),
        ("I feel faint and dizzy", "emergency"),
        ("my skin feels weird and tingly", "contact"),
        ("my voice sounds hoarse and there are welts on my arms", "emergency"),
        ("my face is blowing up, cheeks, eyes, everything", "emergency"),
        ("itchy raised bumps everywhere and my eyes are swelling", "emergency"),
        ("my eyes are so puffy I can barely open them", "contact"),
        ("shiny and raw on both cheeks, stings like crazy. day 2", "contact"),
        ("when should I actually worry?", "contact"),
        ("my tounge is swolen", "emergency"),
    ],
)
def test_round_e_descriptions(engine, text, level):
    assert engine.answer(text, 30).level == level


def test_a_habit_is_not_how_long_a_symptom_lasted(engine):
    assert engine.answer("I do hot yoga three times a week. I'm just a bit pink, is that ok?", 6).level == "none"
    assert engine.answer("I train 6 days a week. My face is a bit pink, is that ok?", 6).level == "none"
    assert engine.answer("Day 5. Still swollen.").level == "contact"


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("one spot keeps weeping clear-ish stuff and wont crust over, its been 4 days", "contact"),
        ("had a blood test this morning, the pink is fading, normal timeline?", "none"),
        ("my upper lip hair grows like crazy, can I get it waxed?", "none"),
        ("My mom nearly passed out once at the dentist. if I start feeling faint after, what do I do?", "emergency"),
        ("I get cold sores pretty often, should I take valtrex before my session?", "none"),
        ("sooo swollen lips, getting bigger", "emergency"),
        ("tiny bubbles of fluid on my forehead", "contact"),
        ("one side of my face still feels numb since yesterday", "contact"),
        ("Face still a bit pink. My marathon is 3 weeks away, can I run today?", "none"),
    ],
)
def test_round_f_descriptions(engine, text, level):
    assert engine.answer(text, 20).level == level


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("writing for my mum, she had it done 2 hours ago and now her tongue is swelling and she's wheezing",
         "emergency"),
        ("so my tongue feels kinda fat and tingly lol, weird. anyway how many sessions do i need?", "emergency"),
        ("my eyes are swelling and red rash all on my body, i feel dizzy like i will fall", "emergency"),
        ("there's a bumpy itchy red patch creeping down onto my neck", "contact"),
        ("a small patch next to my nose has gone numb and looks greyish white", "contact"),
        ("Could the numbing cream give me a reaction? I reacted to lidocaine at the dentist once", "contact"),
        ("got a blister on my heel from my new boots, face is fine though, just pink", "none"),
        ("face feels tender and warm. thats the expected reaction yeah?", "none"),
        ("tender when i touch my cheeks, like a bruise but there's no bruise", "none"),
    ],
)
def test_round_g_descriptions(engine, text, level):
    assert engine.answer(text, 6).level == level


def test_a_relative_writing_about_a_reaction_today_is_reported(engine):
    answer = engine.answer("writing for my mum, she had it done 2 hours ago and now her tongue is swelling", 2)
    assert answer.level == "emergency" and answer.report is True


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("There's a whistling sound when I breathe in and my inhaler isn't helping", "emergency"),
        ("My voice is suddenly gone and neck feel tight inside", "emergency"),
        ("my friend's face swelled so bad she ended up in the ER. could that happen to me?", "emergency"),
        ("What are the signs I should go to the hospital instead of calling the clinic?", "emergency"),
        ("I'm allergic to lidocaine. Is the numbing cream going to be a problem?", "contact"),
        ("cold sores all around my mouth, never had this many at once", "contact"),
        ("I'm swollen with pride, my scars look smoother! when will I see the full result?", "none"),
        ("the bill almost made me faint. whats the best moisturizer to use after?", "none"),
        ("had a rash on my wrist from a watch strap, totally unrelated. can I wash my face tonight?", "none"),
        ("unrelated, but my throat feels like it's closing up", "emergency"),
    ],
)
def test_round_h_descriptions(engine, text, level):
    assert engine.answer(text, 30).level == level


def test_an_aside_never_hides_an_emergency_report(engine):
    assert engine.answer("also unrelated-ish my throat feels like its closing up", 2).report is True


@pytest.mark.parametrize(
    ("text", "hours", "level"),
    [
        ("numb patch on my upper lip still, been 3 days", 72, "contact"),
        ("eyelids stuck together this morning with goo, eyes red and crusty", 20, "contact"),
        ("could microneedling cause permanent numbness?", None, "contact"),
        ("What if the swelling lasts more than 3 days?", 20, "contact"),
        ("what happens if i knock off a scab and it bleeds a little", 72, "none"),
        ("I nearly choked on my coffee when I saw the price list. how long till I see results?", 5, "none"),
        ("my whole face is bright pink and warm. is this normal or did something go wrong?", 3, "none"),
        ("Skin is good now no red. I want start again my salicylic acid toner. Now can use?", 192, "none"),
        ("she's had clients react before. is it ok to get a brow wax?", 52, "none"),
        ("I have a thick body butter, my skin is tight round my mouth", 48, "none"),
    ],
)
def test_round_i_descriptions(engine, text, hours, level):
    assert engine.answer(text, hours).level == level


@pytest.mark.parametrize(
    ("text", "hours", "level"),
    [
        ("ok so unrelated but when can i start my tretinoin again. also my neck is all blotchy raised welts and my "
         "throat is itchy on the inside", 1, "emergency"),
        ("i nearly passed out in the bathroom just now, everything went black for a sec", 6, "emergency"),
        ("tiny clear bubbles filled with fluid on my forehead since this morning", 70, "contact"),
        ("If his skin become very red and itchy after, what he must do?", None, "contact"),
        ("What I must do if after the treatment my face stay swollen more days?", None, "contact"),
        ("Day 3: still pink-ish but fading, no pain at all", 72, "none"),
        ("I fell down a Reddit rabbit hole last night, whose advice do I follow?", 49, "none"),
    ],
)
def test_round_j_descriptions(engine, text, hours, level):
    assert engine.answer(text, hours).level == level


@pytest.mark.parametrize(
    ("text", "hours"),
    [
        ("my breathing has gone a bit whistly since the session", 2),  # "gone a bit ..." is no "gone"
        ("day 5 and I still look like a lobster, not fading at all", 120),
        ("my skin feels like it's on fire and it's day 4. worse than day 1", 96),
    ],
)
def test_signs_told_in_everyday_words_escalate(engine, text, hours):
    assert engine.answer(text, hours).level != "none"


def test_a_feeling_with_its_cause_is_figurative(engine):
    answer = engine.answer("I was burning up with embarrassment leaving the clinic. The skin is just a little warm. "
                           "Normal I assume?", 1)
    assert answer.level == "none"
    assert engine.answer("my face is burning up, getting worse by the minute", 1).level == "contact"


def test_an_emergency_on_another_occasion_is_history_beside_the_question_asked(engine):
    for text in ["does it hurt?? i'm a massive baby with needles, I passed out at a blood test two years ago",
                 "I fainted at my last blood test. Will it hurt or do they numb you?"]:
        answer = engine.answer(text, 30)
        assert answer.level == "none" and answer.topic == "numbing"
    # the same sign today is an emergency, whatever else is asked
    assert engine.answer("I fainted an hour ago. does the numbing cream wear off?", 1).level == "emergency"


def test_a_question_about_a_sign_to_come_says_what_else_to_watch_for(engine):
    answer = engine.answer("is it possible to get an infection from microneedling?")
    assert answer.level == "contact" and not answer.report
    assert answer.topic == "professional-advice"
    assert "signs of infection" in answer.text.lower() and "emergency number" in answer.text


def test_what_to_do_in_that_case_asks_about_the_symptom_not_a_topic(engine):
    answer = engine.answer("What if my lips swell up tonight? what should I do in that case", 3)
    assert answer.level == "emergency" and not answer.report
    assert answer.topics == []


def test_indirect_questions_about_a_feeling_report_it(engine):
    assert engine.answer("I'm dying to know if the warmth is normal, my cheeks feel like after a run", 5).report
    assert not engine.answer("how do I know if it's infected?", 30).report


def test_words_that_sound_like_signs_in_everyday_sayings(engine):
    text = ("my face is a bit sore, kind of bruised feeling, but I'm a baby about pain (my husband says I'm worse "
            "than him with man flu). is it ok to take a painkiller?")
    answer = engine.answer(text, 10)
    assert answer.level == "none"
    assert "fever" not in answer.symptoms and "bruising" not in answer.symptoms


def test_a_question_about_a_sign_to_come_takes_no_span_from_the_story_around_it(engine):
    text = "I waited six weeks for this appointment. How long will my face look red? Will I look normal by Monday?"
    assert engine.answer(text).level == "none"


@pytest.mark.parametrize(
    ("text", "hours"),
    [
        ("my dog will NOT stop licking my face lol is that bad after this", 20),
        ("the skin under my eyes is puffy. breathing fine, nothing going on with my lips or throat. normal?", 20),
        ("my friend who talked me out of it keeps asking if it was worth it, I can't see any difference yet", 300),
        ("this handmade moisturiser smells amazing, is it ok to use while my skin heals?", 5),
        ("tretinoin is the one thing that keeps my skin from breaking out. can I use it tonight?", 30),
        ("my colleague says I need to drink loads of water or it won't heal properly. is that true?", 8),
        ("if I skip the sauna I get questions for a week. I had it done this morning and I'm a little red. "
         "would the sauna be ok on Saturday?", 8),
    ],
)
def test_everyday_words_near_symptom_words_are_no_alarm(engine, text, hours):
    assert engine.answer(text, hours).level == "none"


def test_a_span_from_the_story_still_counts_when_it_fits_the_treatment(engine):
    assert engine.answer("Day 5. Still swollen.", 120).level == "contact"
    assert engine.answer("it is bleeding and not stopping", 2).level == "contact"


@pytest.mark.parametrize(
    "text",
    [
        "big raised red welts coming up on my neck and now on my chest, they're spreading while I watch. "
        "I feel really light-headed and kind of sick and my heart is racing",
        "welts popping up everywhere on my body and i almost fainted in the shower just now",
        "i have asthma and since the treatment my breathing is getting worse and worse, my inhaler isnt really helping",
    ],
)
def test_allergic_reactions_told_at_length_are_emergencies(engine, text):
    assert engine.answer(text, 2).level == "emergency"


def test_texture_and_frequency_words_are_no_alarm(engine):
    assert engine.answer("my face feels weirdly tight and sort of papery", 14).level == "none"
    assert engine.answer("I go every 6 weeks for roots and it always stings my scalp a bit. ok to colour tomorrow?",
                         24).level == "none"
    assert engine.answer("Redness should be gone by now?? its day 6", 140).level == "contact"


@pytest.mark.parametrize(
    "text",
    [
        "This is her mum writing. About twenty minutes ago she put on some cream her friend gave her and now her lips "
        "have puffed right up and she's making a wheezy noise. Should I let her sleep it off?",
        "her sister gave her a cream and now her lips are puffing up",
    ],
)
def test_a_reaction_going_on_is_reported_whoever_was_named_first(engine, text):
    answer = engine.answer(text, 26)
    assert answer.level == "emergency" and answer.report
    assert answer.text.startswith("🚨 Call your local emergency number now")


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("whole body itchy rash + dizzy every time I stand up + lips feel fat. is this an emergency or am i being "
         "dramatic", "emergency"),
        ("idk if this is related but my throat feels swollen inside and it came on super fast. lips tingling too",
         "emergency"),
        ("its been 5 days and my face still looks sunburnt. is it supposed to still be this red", "contact"),
        ("it's a deep throbbing pain, 9 out of 10, and I've had two kids so I know what pain is. is this what "
         "everyone goes through?", "contact"),
    ],
)
def test_a_sign_told_as_it_happens_is_reported_not_answered_as_a_question(engine, text, level):
    answer = engine.answer(text, 30)
    assert answer.level == level and answer.report
    assert "if that ever happens" not in answer.text and "if you notice this" not in answer.text


@pytest.mark.parametrize(
    ("text", "hours"),
    [
        ("the redness was fading but since yesterday it's creeping down onto my neck and the skin there feels hotter",
         60),
        ("woke up the morning after and my face is so swollen my eyes are just slits. breathing is ok, lips normal",
         18),
        ("skin feels like sandpaper and burns every time i put on the moisturiser, and it's getting worse each time "
         "instead of better", 40),
    ],
)
def test_round_n_escalations_told_in_new_words(engine, text, hours):
    answer = engine.answer(text, hours)
    assert answer.level == "contact" and answer.report


def test_round_o_signs(engine):
    assert engine.answer("welts everywhere...\nitchy...\nroom spinning...\nsat on floor", 1).level == "emergency"
    week = engine.answer("One week later and I still look like I fell asleep on a beach in Spain. Is this ok", 168)
    assert week.level == "contact" and week.report
    karaoke = engine.answer("lost my voice completely at karaoke last night 🎤 anyway the face is just a bit pink", 30)
    assert karaoke.level == "none"
    assert engine.answer("When can I restart my Differin gel? My derm has me on it every night for breakouts",
                         30).level == "none"


def test_a_friend_staying_with_the_patient_reports_her_emergency(engine):
    text = ("my friend is staying with me after her treatment and shes gone really pale, says her throat is closing "
            "and she's covered in hives. what do i do???")
    answer = engine.answer(text, 5)
    assert answer.level == "emergency" and answer.report
    assert engine.answer("feels like a million tiny paper cuts and its worse tonight than last night", 30).level \
        == "contact"


@pytest.mark.parametrize(("text", "hours", "level"), [
    # round Q
    # "the treated side" is not "they treat ..." (a question about treating a sign): "they" stems to "the"
    ("Hiya, my eye on the treated side has swollen nearly shut since this morning, rest of the face is ok-ish",
     24, "contact"),
    ("The price took my breath away lol. Anyway skin feels tight and dry, like after a peel. day 1", 24, "none"),
    ("asking for my daughter, she wears contact lenses. they did right up close to her eyes. can she put them in?",
     20, "none"),
    ("my face now is peeling little bit skin white, around the nose and chin. it is day 3. can I use tweezers?",
     72, "none"),
    # an intensity adverb about something else, a sentence away, does not worsen a sign
    ("Face is warm, feels a bit like a mild sunburn. I sweat like crazy in that class. Can I go tomorrow?",
     4.5, "none"),
    ("my face is burning like crazy and it's day 5", 120, "contact"),
    # bleeding during the treatment is told, not lasting: tiny scabs from it on day 2 are normal
    ("tiny dark scabby dots where it bled a little during the treatment. can I pick them off?", 58, "none"),
    ("it bled during the treatment and it's still bleeding now, 3 hours later", 3, "contact"),
    # round R
    # "instead of calming down" does not deny the redness; a habit that has lasted a span is happening now
    ("every day it gets a bit redder instead of calming down. today is day 4. is that right?", 90, "contact"),
    ("the redness hasnt calmed down, day 5", 120, "contact"),
    ("the redness has calmed down, day 5", 120, "none"),
    ("there's an open sore on my cheek that starts bleeding again every time I touch it, 3 days now", 72, "contact"),
    # a size word before another word sizes that word, not a sign
    ("face feels like it had a really intense facial, warm, tingly, bit tender to touch. expected?", 7, "none"),
    ("intense burning on my cheeks, day 5", 120, "contact"),
    ("my cheek has a massive blister", 30, "contact"),
    ("the bill made me want to faint honestly 😅 but the face itself is fine, just red", 4, "none"),
    ("want to get all the numbing gunk off, can I use my foreo?", 6, "none"),
    ("yellow gunk oozing from a spot on my cheek", 30, "contact"),
    # round S
    # numbness is normal for hours after the numbing cream, not for a day and a half
    ("Parts of my cheek feel numb, like after the dentist. It's been a day and a half, the numbing cream should be "
     "long gone right?", 36, "contact"),
    ("my cheeks feel numb from the cream", 2, "none"),
    ("Is numbing cream always part of the treatment?", 30, "none"),
    ("The numbing cream made my face feel rubbery and a bit numb during, wore off within the hour after.", 30, "none"),
    ("Feel like I've got the flu. achy, hot then cold, and the treated area is swollen and tender. 2 days post",
     48, "contact"),
    ("burning like acid. an actual scream-into-a-pillow burning. tried cold water, didnt help at all", 6, "contact"),
    ("I've tried everything, a laser that cost a fortune and did nothing. will this help my scars?", 30, "none"),
    # round T
    ("its been a week... i still look like i fell asleep on a tanning bed", 168, "contact"),
    ("can I use a tanning bed next week?", 30, "none"),
    ("my skin feels like it's crawling with ants and burning, not the warm feeling from the first day", 50, "contact"),
    ("my skin feels sooo tight. should i slather moisturiser on or leave it alone to breathe?", 24, "none"),
    ("I can't breathe properly and my lips are tingling", 2, "emergency"),
    ("got back from the clinic an hour ago, can I still go for my run now before it gets dark", 1, "none"),
    ("there are dark patches on my cheeks that are getting darker, day 6", 144, "contact"),
    # round U
    ("My throat seems to be getting smaller, I keep coughing and swallowing and it doesn't go away.", 3, "emergency"),
    ("The redness was fading but since yesterday it's spreading downwards towards my neck.", 70, "contact"),
    ("the redness was fading and is now gone", 70, "none"),
    ("The numbness on the left side of my face hasn't gone away. It's been since yesterday morning.", 28, "contact"),
    ("I can't breathe 😂😂 from laughing at my kid. Anyway face is red and a bit puffy, normal?", 8, "none"),
    ("I can't breathe properly", 2, "emergency"),
    # round V
    ("honestly it feels like someone is stabbing my cheek with a hot fork whenever I move my face", 26, "contact"),
    ("so they just stab you with needles?", None, "none"),
    ("does bikram count?? I do hot yoga 4x a week and dont want to lose my streak", None, "none"),
    ("my cheeks are hot and hard and throbbing, day 4", 96, "contact"),
])
def test_signs_of_rounds_q_to_v(engine, text, hours, level):
    assert engine.answer(text, hours).level == level


def test_a_question_about_how_one_will_look_reports_nothing(engine):
    answer = engine.answer("Getting it done tomorrow. Will I be swollen for my wedding on Saturday??")
    assert answer.level == "none" and not answer.report
    assert engine.answer("my lips are swelling up fast, will I be ok??", 2).level == "emergency"


def test_worst_sizes_only_a_sign_in_its_own_sentence(engine):
    forum = ("Today my skin feels tight and a bit dry, slightly pink, nothing dramatic. Half the people online say "
             "vitamin C serum straight after is the secret and the other half say it's the worst thing you can do.")
    assert engine.answer(forum, 20).level == "none"
    assert engine.answer("worst pain of my life on my cheeks, day 2", 40).level == "contact"
    assert engine.answer("The redness went after about a day and a half. can I scrub again?", 336).level == "none"


def test_a_sign_with_a_window_of_its_own_is_said_with_it(engine):
    assert "beyond 12 hours" in engine.answer("my cheeks feel numb from the cream", 36).text


@pytest.mark.parametrize(("text", "hours", "level", "report"), [
    # found by review: a size word that is part of a sign, or after one, still sizes it
    ("I'm allergic to the numbing cream, my lips went massive overnight", 2, "emergency", True),
    ("my lips are massive since the numbing cream, I tend to react to things", 2, "emergency", True),
    ("I'm allergic to lidocaine and my lips are swelling", 2, "emergency", True),
    ("I'm really allergic to bee stings (carry an epipen). anything I should tell them before my appointment?",
     None, "emergency", False),
    ("the swelling got massive overnight", 20, "contact", True),
    ("swelling is huge compared to photos", 20, "contact", True),
    ("the burning is intense around my eyes", 20, "contact", True),
    # a habit that has lasted a span is graded by the time since treatment, even when asked about
    ("just wondering, my face goes red every time I wash it, for 2 days now", 240, "contact", None),
])
def test_reviewed_signs(engine, text, hours, level, report):
    answer = engine.answer(text, hours)
    assert answer.level == level
    assert report is None or answer.report == report


def test_a_frame_of_asking_does_not_hide_a_worsening_report(engine):
    """Round T: "... Today the pain is way worse than yesterday, 8/10 ... I just want to know if this is expected"
    was answered "if you notice this"; a what-if framed in its own sentence stays a question."""
    story = ("Had microneedling yesterday morning. Today the pain is way worse than yesterday, I'd put it at 8/10, "
             "a deep throbbing in both cheeks. I just want to know if this is expected.")
    answer = engine.answer(story, 28)
    assert answer.level == "contact" and answer.report
    what_if = engine.answer("Say the skin gets really hot and sore and the redness starts spreading, what then?", 50)
    assert what_if.level == "contact" and not what_if.report


ROUND_W_SIGNS = [
    # a pain score and painkillers that do nothing are severe
    ("the pain is like 8 out of 10 and the ibuprofen isn't touching it", 12, "contact", True),
    ("pain maybe 2 out of 10, just a bit tender", 12, "none", True),
    # a relative beside the patient, asking what to do, reports a reaction going on
    ("pls help my cousin had it done an hour ago, her lips are swelling and she feels faint, what do we do",
     1, "emergency", True),
    ("my cousin's lips swelled after hers last year, could that happen to me?", None, "emergency", False),
    # a mate, a girl in a video: someone else's story
    ("my mate came up in hives after his, does that happen a lot?", None, "contact", False),
    ("saw a video where a girl had pus all over after hers, how would I know if that happens to me", None,
     "contact", False),
    # how long a sign lasts, or whether it will last to a moment, is asked, not told
    ("how many days will my face stay red usually?", None, "none", True),
    ("will I still be swollen at the weekend? getting it done next week", None, "none", False),
    ("what do I do if the swelling doesn't go down?", None, "contact", False),
    # a feared outcome is no report
    ("Is sun a problem this soon after? I don't want to end up with dark patches", 56, "none", False),
    ("I don't want to look like I've got a rash in my interview. how long does the redness last?", 6, "none",
     False),
    ("worried I'll end up with scars, what could go wrong?", None, "contact", False),
    # "just feels weird" after telling normal sensations is no unusual sign; chemical peels are no peeling
    ("warm like a sunburn and tight, no real pain, it just feels weird", 9, "none", True),
    ("I've tried chemical peels before and a laser, when will I see results?", 168, "none", False),
]


ROUND_X_SIGNS = [
    # how the treatment felt, or a wish for less pain next time, is no sign now
    ("my cheeks hurt way more than I expected during the session. can I get stronger numbing next time?", 50,
     "none", False),
    ("is there a way to make it less painful next time?", 72, "none", False),
    ("it's been 2 days and the pain is getting worse", 48, "contact", True),
    # a past occasion, then a turn: "last time was fine, but ..." is happening now
    ("last time was fine, but my lips are swelling", 3, "emergency", True),
    ("I fainted at my last blood test, can I have numbing cream?", None, "none", False),
    # someone not treated yet reports nothing
    ("how long is the redness meant to last? haven't had it done yet", None, "none", False),
    # ankles that balloon on a flight are no allergic swelling of the face
    ("last time I flew long haul my ankles swelled up like balloons. is flying ok after this?", 24, "none", False),
    ("my face is ballooning", 2, "emergency", True),
    # a cream's nice smell is no infection
    ("what cream can I use? mine has perfume, very nice smell", 22, "none", False),
    ("there's a weird smell from my cheek and it's weeping", 50, "contact", True),
]


SECOND_REVIEW_AND_ROUND_Y_SIGNS = [
    # found by a review of rounds W-X's changes: "mate" as a greeting, strangers named in passing and media are
    # not someone else's sign unless it is theirs (between the same marks, or told with "her", "his")
    ("ok mate lips are swelling up", 3, "emergency", True),
    ("thanks mate. cheek is now oozing pus and very hot", 48, "contact", True),
    ("a lady in the pharmacy said its normal, face oozing yellow crusts", 48, "contact", True),
    ("followed a tiktok for aftercare and face is oozing yellow stuff", 3, "contact", True),
    ("read on reddit that swelling is normal, lips are ballooning and throat tight", 3, "emergency", True),
    ("my best friend had it in the summer and ended up with an infection, pus all over her cheeks. can I do "
     "hot yoga?", 72, "none", False),
    # someone treated today, or beside the writer asking what to do, reports
    ("my mate had it done here today, her throat is tight and she is wheezing", 3, "emergency", True),
    ("my sister had it done with you yesterday, her face is oozing pus and she has a fever, what should we do?",
     48, "contact", True),
    ("my sister she do microneedling 4 days before and still her face is very red and now more swelling", 96,
     "contact", True),
    # "ended up with" tells a sign; only "so I don't end up with" fears one
    ("ended up with a fever", 72, "contact", True),
    ("I ended up with blisters all over my face", 96, "contact", True),
    ("what moisturiser should I buy so I don't end up with a face full of spots?", 10, "none", False),
    ("I don't want to end up with scars, there is yellow stuff oozing from my cheek", 72, "contact", True),
    ("dont want to end up with an infection but theres pus coming out of my chin", 48, "contact", True),
    # how the treatment felt is no pain now, but pain in the night is
    ("my face hurt so much during the night", 48, "contact", True),
    ("it's way more painful than expected, 8/10 and getting worse", 48, "contact", True),
    # a question ends at a comma, a condition doesn't
    ("will i be ok, lips swelling and throat tight", 3, "emergency", True),
    ("if something like that starts tonight, like my lips or throat swelling up, what should I do?", 3,
     "emergency", False),
    ("how long will it take, my cheeks are still red and not going away", 130, "contact", True),
    # a persistence word in the question's own clause is asked; lasting told outside it is reported
    ("how long does the swelling last, mine is still there and not going down at all", 100, "contact", True),
    ("How long is too long? my face is still swollen", None, "contact", True),
    ("will i still be able to go to work tomorrow with my face this swollen and hot", 80, "contact", True),
    # not-yet-treated words frame a question, unless a contrast turns to a sign
    ("was told to take an antihistamine but havent done it yet, lips swelling and throat tight", 3, "emergency",
     True),
    ("i havent had it done yet by a doctor but my cheek is oozing and hot", 48, "contact", True),
    # a habit ends where a clause says now; "it was red for two days" two weeks on is no lasting redness
    ("I end up with pus every time I pick, there's pus now on my chin", 48, "contact", True),
    ("two weeks on. it was red for about two days, bit of flaking after that, now it looks great", 336, "none",
     True),
    # where the patient works is no emergency visit
    ("I'm a nurse, long shift in the ER today. face still a bit red", 30, "none", True),
    ("spent the night in a&e after my treatment, they gave me antihistamines", 20, "emergency", True),
    ("ended up in the ER last night with my throat swelling", 20, "emergency", True),
]


THIRD_REVIEW_SIGNS = [
    # found by a review of round Y's changes: words of someone not treated yet never hide a sign of a patient
    # with a treatment on record, nor an emergency
    ("Hello! Next appointment is next week. Quick one: my throat feels tight and my tongue is swollen", 5,
     "emergency", True),
    ("follow up appointment is tomorrow, cheeks oozing yellow since this morning", 48, "contact", True),
    ("how long is the redness meant to last? my treatment is next week", None, "none", False),
    # someone who only sees it: the sign is the writer's
    ("my brother noticed lips swelling and throat tight, should I go to a&e", 3, "emergency", True),
    ("my bestie is here and says lips are swelling fast", 3, "emergency", True),
    ("someone on a forum said alcohol makes the redness worse, can I drink tonight?", 5, "none", False),
    ("my sister said her lips swelled after hers, could that happen to me?", None, "emergency", False),
    # a fear reaches the end of its clause only
    ("I dont want to end up with scars and my cheek has pus now", 72, "contact", True),
    ("Im new to this so i dont get why there is yellow crust on my chin", 48, "contact", True),
    # a span told in the past doesn't hide a sign that lasts
    ("my face was red for 2 days and still red", 240, "contact", True),
    ("it was red for 2 days, went normal, and now its red again", 240, "contact", True),
    # "if you could call me back" is a report
    ("if you could call me back, my lips are swelling", 3, "emergency", True),
    ("my mate had his done today, his lips are swelling and he feels faint", 3, "emergency", True),
]


ROUND_Z_SIGNS = [
    # round Z: a severity told with no pain word is severe pain (the escalation missed on first exposure)
    ("feels like someone took sandpaper to my face then poured lemon juice on it. unbearable, I can't sleep", 14,
     "contact", True),
    ("the wait for results is unbearable lol, when will I see a difference?", 30, "none", False),
    # a relative's reaction to a bee sting is another occasion; a coworker is someone else
    ("my mum once swelled up like a balloon from a bee sting, could that happen to me?", None, "emergency", False),
    ("coworker said her face peeled for a whole week after hers, will mine?", None, "none", False),
    # a cream that smells of roses, a tingle checked, breakouts kept under control, "no not literally"
    ("all I have is an old night cream that smells of roses, is it ok to use?", 5, "none", False),
    ("every tingle feels like the start of something, is a bit of warmth normal?", 8, "none", True),
    ("my usual wash keeps my breakouts under control, can I use it?", 18, "none", False),
]


FIFTH_REVIEW_SIGNS = [
    # found by a review of the fourth review's fixes: the patient's own A&E visit is one; severe pain needs no
    # face word; a friend who says what is normal, or saw it on herself, tells their story
    ("Currently in the er with my face swollen up", 4, "emergency", True),
    ("I spent the day in A&E with my son yesterday, can I wash my face now?", 48, "none", False),
    ("Day 1 and im in agony", 20, "contact", True),
    ("My toddler kept me up all night, can I use concealer?", 48, "none", False),
    ("My friend told me oozing is totally normal for the first day", 20, "none", False),
    ("My sister noticed pus on her chin after her facial last month", 48, "none", False),
    ("Last summer a bee sting made my throat swell up, is microneedling ok for me?", None, "none", False),
    ("The aftercare cream that smells like cucumber, can I use it on day 2?", 30, "none", False),
]
FOURTH_REVIEW_SIGNS = [
    # found by a review of round Z's changes: a sting today is no other occasion; a general question before a
    # sign told now doesn't hide it; a workmate who only sees it; "no not" in non-native English is a denial
    ("got a bee sting on my neck in the garden, my lips are swelling and my throat feels tight", 24, "emergency",
     True),
    ("does microneedling make u faint? i feel very dizzy and going to faint", 1, "emergency", True),
    ("can microneedling make you come out in blisters?", None, "contact", False),
    ("It is bleeding no not stopping since one hour", 3, "contact", True),
    ("workmate noticed pus on my chin", 48, "contact", True),
    ("My friend said breathing problems can happen after, is that right?", None, "emergency", False),
    ("If anyone can help, my lips are swelling and my throat is tight", 2, "emergency", True),
    # someone else's visit to A&E, and "unbearable" without the face, are no signs
    ("I spent the day in A&E with my son yesterday, can I wash my face now?", 48, "none", False),
    ("Work is unbearable this week, can I wear makeup?", 48, "none", False),
    ("my cheek is unbearable, burning and throbbing", 48, "contact", True),
    # lasting inside the past clause is the past span
    ("it was still red for 2 days", 336, "none", True),
]

ROUND_AA_SIGNS = [
    ("what does an infection look like", None, "contact", False),
    # the numbing cream's smell is no smell of the skin; "rosy" is redness; dark hair is no dark patch
    ("the numbing cream smelled like coconut, face is warm", 5, "none", True),
    ("my face smells weird", 48, "contact", True),
    ("just a bit rosy on day 2", 40, "none", True),
    ("still rosy on day 4 and getting redder", 96, "contact", True),
    ("can I dye my dark hair darker tomorrow?", 30, "none", False),
    ("the patches on my cheek are going darker", 500, "contact", True),
]

ROUND_AB_SIGNS = [
    # pinpoint bleeding that won't stop is no longer pinpoint bleeding (the escalation missed on first exposure)
    ("the little dots of blood keep coming back whenever I wash, it's been a day and a half and they won't stop", 36,
     "contact", True),
    # healing is no denial; "peeling and ..." is no past peel; a room that is boiling is no boil
    ("itchy as it heals, day 2", 40, "none", True),
    ("my chin is peeling and it's so tempting to pull the bits off", 60, "none", True),
    ("teaching hot yoga tonight, the room is boiling, am I ok to go?", 3, "none", False),
    ("there's a boil on my chin, hot and full of pus", 100, "contact", True),
    # a sign the patient fears will come is no report, nor asked about, unless a question about signs follows
    ("My sister is scared I'll get an infection. How would I know?", None, "none", False),
    ("terrified I'll break out if I skip my tretinoin. can I use it tonight?", 16, "none", False),
    ("my mum is worried I'll end up with scars, what could go wrong?", None, "contact", False),
    ("my friend says my lips look swollen and my throat feels tight", 5, "emergency", True),
    ("my mum is here and she thinks my lips are swelling", 5, "emergency", True),
]

ROUND_AC_SIGNS = [
    # signs told in words no list had (the escalations missed on first exposure)
    ("feels like someone is squeezing my throat", 2, "emergency", True),
    ("very strong pain in my face, not possible to sleep", 60, "contact", True),
    ("day 7 and I still look like I fell asleep at the beach", 168, "contact", True),
    ("my lips look blue-ish", 1, "emergency", True),
    # numbness a few hours after the numbing cream is expected
    ("the lady explained the aftercare but I was still numb so I missed it, can I wash my face tonight?", 4, "none",
     True),
    ("my cheek is still numb", 30, "contact", True),
    # a cat that won't stop staring makes no sign lasting; blood that won't stop does
    ("bright red and a bit puffy, and my cat won't stop staring at me", 4, "none", True),
    ("the dots of blood keep coming back and won't stop", 36, "contact", True),
]

SIXTH_REVIEW_SIGNS = [
    # a review of round AA's fixes: "not red, pus on my chin" and "fever gone, pus on my chin" tell the pus (a denial
    # crosses a comma only as "no" does, down a list: "no fever, pus or blisters")
    ("not rosy, pus on chin since yesterday", 72, "contact", True),
    ("fever gone, pus on my chin", 72, "contact", True),
    ("no fever, pus or blisters", 72, "none", False),
    ("no fever, no pus, just red", 72, "none", True),
    # what the review found the round-AA data had taken away
    ("my scars went back to dark brown after the treatment", 500, "contact", True),
    ("the area with the oil smells bad", 72, "contact", True),
]


@pytest.mark.parametrize(("text", "hours", "level"), [
    # found by the same review: a story's "look like" / "that happen to me" and a question told after a comma without
    # a question mark keep the safety advice (narrowing either took these escalations away)
    ("last time i had lidocaine my lips swelled, now they look like that again", 2, "emergency"),
    ("my face looks like when i had cellulitis last year, red hot and spreading", 72, "contact"),
    ("In the past I went into anaphylactic shock from a face mask. If that happens after microneedling what's the plan",
     None, "emergency"),
    ("day 2, is pink skin a warning sign", 48, "contact"),
])
def test_stories_and_unmarked_questions_keep_the_safety_advice(engine, text, hours, level):
    assert engine.answer(text, hours).level == level

ROUND_AD_SIGNS = [
    # a fever read off the thermometer (the escalation missed on first exposure), not the bath's temperature
    ("temp is 38.6 and my face is getting more sore not less", 48, "contact", True),
    ("set the bath temp to 40, can I wash my face after?", 2, "none", False),
    ("a bit more sore than I expected, warm and tender", 6, "none", True),
    # blood nobody mentioned is no bleeding
    ("Nobody mentioned blood at the clinic, is this normal? just red and warm", 2, "none", True),
]

SEVENTH_REVIEW_SIGNS = [
    # a review of rounds AB-AC's fixes: "I'll get ..." fears nothing unless a worry comes before it; any gasping,
    # and a boil, are signs; whoever the writer names, a sign told after "my" or "i" is theirs
    ("ill get my husband to look at it theres pus coming out of my cheek", 24, "contact", True),
    ("i will get some antibiotics cos its infected", 24, "contact", True),
    ("gasping, help", 3, "emergency", True),
    ("my son is gasping", 5, "emergency", True),
    ("i have a boil", 72, "contact", True),
    ("my friend said i look swollen and she thinks throat is closing", 5, "emergency", True),
    ("a girl at my work said her face was swollen, mine has pus now", 48, "contact", True),
    # and what the new words must not catch: a blue face mask, blood pressure, a little more pain, a phone that
    # won't stop
    ("can i use my blue light face mask", 24, "none", False),
    ("blood pressure is high, throat fine", 24, "none", False),
    ("a little more pain than expected but fine", 24, "none", True),
    ("bled a bit during, its fine now, my phone wont stop buzzing", 3, "none", True),
]

EIGHTH_REVIEW_SIGNS = [
    # a review of the whole day's changes: a worry reaches only the sign it is about, not one told after it; skin
    # "boiling hot to touch" is hot to the touch; "what are the chances ..." no longer hides a sign told now
    ("scared ill get an infection theres pus on my chin", 30, "contact", True),
    ("worried i will get infection i have fever now", 30, "contact", True),
    ("My mum is convinced I'll get an infection. How would I know?", None, "none", False),
    ("my skin feels boiling hot to touch", 30, "contact", True),
    ("what are the chances its infected? its oozing pus", 30, "contact", True),
    ("I squeezed a spot on my neck, throat feels fine", 30, "none", False),
    # a list denial crosses a comma only down a list of signs: "no fever, pus on my chin" tells the pus
    ("no fever, pus on my chin", 72, "contact", True),
    ("no fever, pus, blisters or oozing", 72, "none", False),
]


ROUND_AE_SIGNS = [
    # faintness told as the world going grey, with a rash spreading (the emergency missed on first exposure)
    ("hives spreading down my arms and my vision goes grey when i stand", 2, "emergency", True),
    ("everything went grey for a second when i stood up", 5, "contact", True),
    ("my grandma has grey hair and I have a rash", 24, "contact", True),
    # a fever a few words from "temp", lips a few words from "bluish" (left open by the eighth review)
    ("my temp went up to 38 last night", 30, "contact", True),
    ("my lips look a bit bluish", 3, "emergency", True),
    ("my lips are fine, is the blue light mask ok?", 24, "none", False),
    # a list denial needs a list: a bare sign after the comma is told
    ("no pain, oozing yellow stuff", 48, "contact", True),
    ("no redness, swelling, or pus", 48, "none", False),
    # gunk from a serum, pinprick bleeding gone by, a stronger numbing cream are no signs
    ("face is a bit gunky from all the serum, can I wash it?", 20, "none", False),
    ("tiny dots where there was pinprick bleeding yesterday", 30, "none", True),
    ("it hurt a little during treatment, can I get a stronger numbing cream next time?", 48, "none", True),
]


NINTH_REVIEW_SIGNS = [
    # a review of round AE's fixes: a list word is "or", "nor" or "etc", not "of" or "a" ("no fever, swelling of
    # tongue" lost its emergency); a list goes on past a second comma; an emergency sign down a list that crossed
    # a comma still counts
    ("no fever, swelling of tongue", 30, "emergency", True),
    ("no pain, a puffy lip", 30, "emergency", True),
    ("no fever, a rash", 30, "contact", True),
    ("no fever, pus, blisters", 30, "contact", True),  # no list word: told, recall first (the final review)
    ("no pus, blisters, etc", 30, "none", False),
    ("no fever, swollen lips or tongue", 30, "emergency", True),
    # "don't have", "without", "never had", "nothing like" deny a whole list, like "no"
    ("I don't have a fever, chills, or pus", 30, "none", False),
    ("without any pus, fever or blisters", 30, "none", False),
    ("nothing like pus, fever, or blisters", 30, "none", False),
    # a denial does not reach past "just" or "but"
    ("no rash no hives just dizzy", 30, "contact", True),
    # what a short clause says went is the sign it names, and a sign that went denies no sign after it
    ("lips swelling, redness gone", 18, "emergency", True),
    ("lips swelling, tongue all good?", 18, "emergency", True),
    # words the first version caught too widely: grey roots, a bruise and veins near the lips, the weather
    ("my roots are greying out, can I dye my hair", 24, "none", False),
    ("I was seeing stars at the gym lol", 24, "none", False),
    ("I have a bluish bruise near my lip", 24, "contact", True),
    ("bluish veins near my lips, always had them", 24, "none", False),
    ("it's 38 degrees outside today, temp is insane", 24, "none", False),
    ("my son is 38 and his temp is normal", 30, "none", False),
    # and what it still missed: lips a few more words from "bluish", a fever told as a rise, "agony"
    ("my lips seem a little bit bluish", 3, "emergency", True),
    ("lips have gone a strange bluish colour", 3, "emergency", True),
    ("my vision is going dark and my face is swelling", 2, "emergency", True),
    ("my temp went from 36 to 38", 30, "contact", True),
    ("in agony, strong numbing didn't work", 30, "contact", True),
    ("glamping this weekend, is that ok?", 24, "none", False),
]

ROUND_AF_SIGNS = [
    # the three worrying reports missed on first exposure, in other words: impetigo's honey crusts growing,
    # skin gone white and waxy, pimples with white tops
    ("golden crusty scabs by my nose and there are more of them today", 72, "contact", True),
    ("a patch on my cheek has gone white and waxy", 50, "contact", True),
    ("little spots with yellow heads all over my chin", 40, "contact", True),
    ("my lip is numb, day 2", 30, "contact", True),
    # and the false alarms: numbing cream asked about, a whitehead to squeeze
    ("is numbing cream something that is normally used?", None, "none", False),
    ("can i squeeze a whitehead on my chin?", 24, "none", False),
]


TENTH_REVIEW_SIGNS = [
    # a review of round AF's fixes: "and so on" made "and", "so" and "on" list words ("no redness, pus on chin"
    # denied the pus); "all normal" after a sign denied even an emergency ("my lips are swelling is it all
    # normal"); "normal i" (a stem of "normally I") made a habit of "all normal i hope"
    ("no redness, pus on chin", 24, "contact", True),
    ("no fever, pus and crusts", 24, "contact", True),
    ("my lips are swelling is it all normal", 24, "emergency", True),
    ("wheezing, hives, all good otherwise", 24, "emergency", True),
    ("hives, dizzy - all normal i hope", 24, "emergency", True),
    ("no problems apart from blisters", 24, "contact", True),
    # and the new words that caught too much: "agony" of waiting, waxy from vaseline, a honey-coloured serum, a
    # lip numb from the dentist, a spin class
    ("the agony of waiting for results, can I wear makeup?", 30, "none", False),
    ("my face looks waxy from all the vaseline", 20, "none", False),
    ("honey coloured serum, can I use it?", 24, "none", False),
    ("my lip is numb from the dentist yesterday", 30, "none", False),
    ("a little swollen. Cos I've got a spin class at 6 tonight", 20, "none", True),
]

ROUND_AG_SIGNS = [
    # the emergencies missed on first exposure, in other words, and the worsening report
    ("i feel like im breathing thru a straw and theres hives on my neck", 2, "emergency", True),
    ("bf is dizzy and covered in red blotches, had microneedling today", 3, "emergency", True),
    ("what if I have a severe allergic reaction?", None, "emergency", False),
    ("it was calming down but today it went redder again and stings more than before", 60, "contact", True),
    ("swelling went down on day 1 but now it's puffier than before", 70, "contact", True),
    # "day 3" is within "about 2-3 days"
    ("still a bit pink, day 3, better than yesterday", 62, "none", True),
    # and false alarms: a blush "like an allergic reaction to embarrassment", nappy rash, fish oil that thins
    # the blood, "numbing stuff"
    ("red and puffy, like I've had an allergic reaction to embarrassment", 20, "none", True),
    ("my nan used coconut oil for nappy rash. can I use it as a moisturiser?", 18, "none", False),
    ("I take fish oil, read somewhere it can thin the blood. stop before my next session?", None, "none", False),
    ("the numbing stuff did its job, red since yesterday", 20, "none", True),
]


ELEVENTH_REVIEW_SIGNS = [
    # a review of round AG's fixes: "covered in hives" as a dizziness-with-rash phrase hid the hives; a bare
    # "embarrassment" after a sign hid it; "think something is wrong" was taken away; a severe nut allergy was an
    # emergency; "because I get" (now also "coz I get") made history of signs told now; "fell over", "mottled" and
    # "agony" had been taken away; oil "from my cheek" is a discharge
    ("my neck is covered in hives", 24, "contact", True),
    ("my face is covered in a rash", 24, "contact", True),
    ("blisters and embarrassment", 24, "contact", True),
    ("i think something is wrong with my cheek", 48, "contact", True),
    ("i have a severe nut allergy, is the serum nut free?", 24, "contact", False),
    ("i felt dizzy and fell over", 24, "emergency", True),
    ("my cheek looks mottled and purple", 48, "contact", True),
    ("pure agony when i wash my face", 24, "contact", True),
    ("coz i get cold sores, theres a blister on my lip", 24, "contact", True),
    ("bc i get anxious my throat feels tight", 24, "emergency", True),
    ("honey coloured oil from my cheek", 24, "contact", True),
    ("could i have a fever? i'm 38.6", 24, "contact", True),
    # days: "after day 3" is past it, "day 3-4" reaches day 4
    ("still red after day 3", None, "contact", True),
    ("days 3 and 4 still swollen", None, "contact", True),
]


ROUND_AH_SIGNS = [
    # the emergencies missed on first exposure, in other words: a shallow breath, an emergency asked about, a
    # relative's hives that needed steroids; and redness told as a slap, past its days
    ("my lips are puffy and my breathing feels shallow", 4, "emergency", True),
    ("what does an emergency look like after this?", None, "emergency", False),
    ("my sister got hives after hers and ended up on steroids, could that happen to me?", None, "emergency", False),
    ("day 5 and I still look like I've been slapped", 120, "contact", True),
    ("I look like I've been slapped lol, normal?", 2, "none", True),
    # the smell of a pool
    ("the pool is so chlorinated you can smell it from the car park, can I swim?", 24, "none", False),
]


ROUND_AI_SIGNS = [
    # a product's colour is no bleeding
    ("can I use the blood red one from The Ordinary yet?", 100, "none", False),
]


ROUND_AL_SIGNS = [
    # lips swollen told as a likeness
    ("my lips look like sausages", 2, "emergency", True),
    ("top lip is like a balloon now", 3, "emergency", True),
    ("had sausages for dinner, my lips are a bit dry", 20, "none", True),
    # someone beside the patient tells a reaction going on ("she's sitting on the bathroom floor")
    ("my friend is here, shes sitting on the floor and says she cant breathe, her lips are blowing up", 2, "emergency",
     True),
]


ROUND_AM_TO_AO_SIGNS = [
    # a sign told now beside a graver what-if reaches the clinic (see test_a_sign_told_beside_a_graver_what_if...)
    ("I feel dizzy, what if I faint?", 48, "emergency", True),
    ("I have a rash, what would a serious allergic reaction look like?", 48, "emergency", True),
    # pain like an electric shock is unusual ("shooting pain" and "electric shocks" alone were reverted after a review:
    # "photo shoot. Pain is fine", the hairdryer gave me an electric shock, sciatica)
    ("every few minutes i get this stabbing electric-shock pain along my jawline", 26, "contact", True),
    ("I have a photo shoot. Pain wise I'm fine, just red", 30, "none", True),
    ("the hairdryer gave me an electric shock, can I still blow dry my hair?", 30, "none", False),
    # swallowing that gets harder is trouble swallowing, like "hard to swallow"
    ("there's a lump in my throat. getting harder to swallow", 5, "emergency", True),
    ("swallowing is no harder than normal, just red", 30, "none", True),
    ("will it be harder to swallow after microneedling?", 24, "emergency", False),
]


SEVENTEENTH_REVIEW_SIGNS = [
    # a review of this session's first batch: its wordings for rounds AM and AN were reverted, as each made false
    # alarms or lost emergencies ("heart attack moment" hid "heart attack. Moment ago my arm went numb"; a past
    # occasion after "from" made history a live emergency; "can't even lie" is "honestly"; nettles sting legs)
    ("I think I'm having a heart attack, moment ago my arm went numb", 6, "emergency", True),
    ("heart attack! moment please help", 6, "emergency", True),
    ("my lips swelled from last time's treatment, should I take an antihistamine before?", 24, "none", False),
    ("I passed out from blood tests, will I faint during microneedling?", None, "emergency", False),
    ("I can't even lie, the treatment hurt but I'm fine now", 20, "none", True),
    ("I went beyond what I was told and used retinol, now it stings a bit", 20, "none", True),
    ("I expected to be redder instead of just pink, is that ok?", 6, "none", True),
    ("I walked through nettles in the garden yesterday and got stung on my legs, can I garden today?", 30, "none",
     False),
    # a what-if's words don't make a sign told beside it worse ("my face is warm, what if I get chest pain?")
    ("my face is warm, what if I get chest pain?", 4, "emergency", False),
    ("face feels warm, what if the swelling spreads to my throat?", 4, "emergency", False),
]


ROUND_AQ_SIGNS = [
    # pain, pressure or heaviness of the chest told in any order is chest pain (round AQ's missed emergency)
    ("sharp pain left side of my chest and my arm feels heavy. just got home from microneedling", 2, "emergency",
     True),
    ("my chest feels heavy and kind of squeezed", 3, "emergency", True),
    ("there's this pressure in the middle of my chest", None, "emergency", True),
    ("I need to get this off my chest: the pain during the treatment was awful, now it's fine", 20, "none", False),
    # an eye told as bloodshot, crusted or stuck shut needs a call (round AQ's missed worrying report)
    ("My eyes are bloodshot and crusty every morning since the session, lashes glued together when I wake up", 48,
     "contact", True),
    ("my left eyelid is stuck shut this morning", 30, "contact", True),
    ("can I put mascara on my lashes yet?", 30, "none", False),
    # sight that suddenly goes is an emergency (round AQ's other missed emergency); the sight of something is not
    ("suddenly the vision in my right eye went blurry and dark at the edges, and the eye is really painful", 28,
     "emergency", True),
    ("I get a bit queasy at the sight of needles, will the numbing cream help?", None, "none", False),
    # where the patient works is no visit to the emergency department (round AQ's false emergency)
    ("I work nights in A&E, can I go to my spin class tonight?", 3, "none", False),
]


ROUND_AS_SIGNS = [
    # sight lost told in non-native English, a chest clutched, a painful eye whose vision blurs, a fever with a
    # patient "a bit confused" (round AS's missed emergencies)
    ("Now my eye one side I cannot see nothing, is black. Very scared.", 26, "emergency", True),
    ("my mum had it done today and now she's clutching her chest saying it hurts", None, "emergency", True),
    ("my right eye is very red and really painful, it's streaming, and my vision in that eye has gone blurry", 7,
     "emergency", True),
    ("the ointment got in my eye and my vision went blurry for a minute, rinsed and now its fine", 7, "contact",
     True),
    ("red streaks going down from her jaw onto her neck, a high fever, and now she's really dizzy and a bit confused",
     72, "emergency", True),
    ("I'm a bit confused about the aftercare, also is a temp of 37 ok?", 30, "none", False),
    # a sister treated this afternoon whose throat is swelling is happening now: the clinic hears of it
    ("Please I need help now, my sister did microneedling this afternoon and her throat is swelling", 2, "emergency",
     True),
]


THIRTIETH_REVIEW_SIGNS = [
    # review 30 (of round AW's fixes): "and passed" is no sign gone, nor a hat's shadow or a heart racing before
    # an exam an emergency
    ("my throat felt tight and passed after i sat down, should i worry?", 2, "emergency", True),
    ("itchy rash spreading and passed to my neck", 30, "contact", True),
    ("the hat throws a shadow over part of my face and eyes, is that enough sun protection?", 30, "none", False),
    ("my heart is racing before my exam, can i wear concealer tomorrow?", 20, "none", False),
]


ROUND_AW_SIGNS = [
    # round AW's missed signs: a dark curtain over part of an eye after flashing lights, breathing that "feels
    # strange" beside blisters and swelling eyes, a husband "burning hot, mumbling", a near faint with a racing heart,
    # a grid of needle lines not fading on day 5
    ("seeing flashing lights in my right eye and now there's a dark curtain over part of it", None, "emergency",
     True),
    ("face is burning and big blisters keep appearing, eyes swelling shut and breathing feels strange", 5,
     "emergency", True),
    ("He's burning hot, mumbling, doesn't know what day it is, I can't get sense out of him", 80, "emergency", True),
    ("now my heart is racing really fast and I nearly fainted in the bathroom, my partner had to catch me", 3,
     "emergency", True),
    ("I can see little lines in a grid pattern on my forehead, like the needle stamps. It's day 5 and they're not "
     "fading", 120, "contact", True),
    ("tiny dots in a grid pattern on my forehead, is that normal?", 1, "none", True),
    ("my heart is racing with excitement, can i wear makeup tomorrow?", 5, "none", False),
    # "do I need to call in" asks about work
    ("I work in a hot kitchen and sweat buckets. Shift starts tomorrow 7am. Do I need to call in???", 5, "none",
     False),
]



ROUND_AX_SIGNS = [
    # round AX's missed signs: confusion told "what day it is" beside a fever, an infected eye shut with a fever,
    # redness that "never left" beside "just wondering", raw-looking patches on day 8
    ("temp of 39.5 and im kind of confused what day it is", 60, "emergency", True),
    ("my eyelid is swollen and theres pus coming from it, and i cant see out of that eye, fever too", 70,
     "emergency", True),
    ("the swelling never went away? its day 9. just wondering", 216, "contact", True),
    ("the patches on my cheeks look raw and itch, day 8", 192, "contact", True),
    # "confused what to use" stays a question about the advice; size words don't worsen peeling, itching does
    ("im confused what cream to use, and i have a slight fever", 30, "contact", True),
    ("day 4 and my chin is peeling like crazy, can i exfoliate?", 96, "none", True),
    ("my cheeks itch like crazy and its day 2", 48, "contact", True),
]


ROUND_AY_SIGNS = [
    # round AY's missed signs: chest tightness with crushing pain down the left arm inside a question about
    # retinol, a swollen gland under the jaw on day 3
    ("quick q about retinol. chest has been tight and theres a crushing pain down my left arm, prob stress", 48,
     "emergency", True),
    ("a gland under my jaw is swollen and tender since the treatment", 72, "contact", True),
    # someone else's sign told after a contrast or in a later sentence; a risk worried about; a place's heat;
    # friends "blowing up my phone"; dried blood on day 3
    ("my sister hasnt had any treatment but she got an itchy rash from a lotion, what should she use?", None,
     "none", False),
    ("my friend had it done somewhere cheap years ago. she ended up with an infection. who does it at your clinic?",
     None, "none", False),
    ("we were both treated this morning, me and my sister. Her lips are swelling now", 4, "emergency", True),
    ("is the pool ok on friday? im worried about infection", 3, "none", False),
    ("im worried about the pus on my chin", 72, "contact", True),
    ("its hot as hell in the kitchen at work, can i go back tomorrow?", 30, "none", False),
    ("my friends are blowing up my phone to come to the lake, can i go with spf?", 50, "none", False),
    ("day 3, tiny dots of dried blood on my forehead, can i wash them off?", 72, "none", True),
]


ROUND_AZ_SIGNS = [
    # round AZ's missed emergencies: lips and breathing told in Spanish, the other eye blurring suddenly, hives
    # with vomiting, a weight "sitting on my chest", double vision and a headache like never before
    ("tengo los labios muy hinchados y me cuesta respirar", 10, "emergency", True),
    ("one eye is swollen and the other is blurry like frosted glass, started an hour ago", None, "emergency", True),
    ("hives all over and i just threw up", None, "emergency", True),
    ("is it normal that it feels like someone is sitting on my chest?", 4, "emergency", True),
    ("my vision went double for a minute and my head is pounding like never before", None, "emergency", True),
    # and signs to call about: itchy red patches where a serum went on, hard bumps under the skin weeks later
    ("itchy red patches on my neck where they put the serum", 6, "contact", True),
    ("3 weeks on there are hard little bumps under the skin on my cheeks", 504, "contact", True),
    # "looks so bad" is how peeling looks, not a peeling that worsens; swelling "so bad" still is a sign
    ("day 3 and my chin is peeling, it looks so bad, can I exfoliate it off?", 72, "none", True),
    ("my face swelled up so bad after the treatment", None, "contact", True),
    ("the peeling is getting worse every day", 60, "contact", True),
]




THIRTY_SECOND_REVIEW_SIGNS = [
    # review 32 (of round AZ's fixes): breathing words in another language are an emergency only as trouble beside
    # the breathing, not a sleepless night, a laugh or a denial; a gorge, a cloudy sky, a blurry photo, a cat on one's
    # chest are no signs; "so bad" said on its own reaches the sign before it, "isn't so bad" is denied
    ("me cuesta respirar y tengo los labios hinchados", 2, "emergency", True),
    ("no puedo dormir pero respiro bien", 20, "none", False),
    ("ich kann nicht schlafen, aber atmen ist kein Problem", 20, "none", False),
    ("no puedo respirar de la risa jaja, me encanta el resultado", 200, "none", False),
    ("no consigo dormir bien, pero respiro normal y los labios bien", 20, "none", False),
    ("we hiked through a huge gorge today, my face is fine", 200, "none", False),
    ("It suddenly got cloudy, do I still need sunscreen around my eyes?", 30, "none", False),
    ("sent you a pic of my eye an hour ago, sorry its blurry", 30, "none", False),
    ("my cat likes sitting on my chest in the mornings lol, can she sleep near my face?", 20, "none", False),
    ("Swollen and red. Really bad. Help", 20, "contact", True),
    ("the redness. so bad. i look like a tomato", 12, "contact", True),
    ("The pain isn't so bad. Face is red.", 10, "none", True),
    # a past occasion in a later clause about something else leaves an emergency told now ("an old epipen from
    # years ago"); one told before it still makes it history
    ("chest tight,,, wheezy,,,, hives on my face,,,, i have an old epipen from years ago should i use it", None,
     "emergency", True),
    ("years ago my lips swelled up after a facial, should I worry about microneedling?", None, "emergency", False),
]


THIRTY_THIRD_REVIEW_SIGNS = [
    # review 33 (of rounds BA and BB's fixes): pain that is worse today stays a call; an unresponsive clinic, a
    # tantrum, eyes rolled at a price, shaking with nerves are no seizure; a yellow water bottle no discharge; a
    # belly getting bigger no worsening sign; numb during the treatment no lasting numbness
    ("it hurt more than yesterday", 48, "contact", True),
    ("the pain killed me during the night and it's worse today", 48, "contact", True),
    ("the clinic has been unresponsive to my emails, how do i get a refund", None, "none", False),
    ("my daughter had a fit and screamed when she saw my red face lol", 5, "none", True),
    ("my eyes rolled back when i saw the price haha", None, "none", False),
    ("i was shaking all over and crying before the treatment", None, "none", False),
    ("can i drink from my yellow water bottle?", 5, "none", False),
    ("my face felt numb during the treatment and i've been so happy ever since", 48, "none", False),
    # the seizure itself stays
    ("he had a seizure after the treatment and now he is not responding to me", 3, "emergency", True),
]

ROUND_BA_SIGNS = [
    # round BA's missed signs: a fit with shaking then drowsiness, a dark spot in the middle of what one sees, a
    # patch numb "ever since" on day 5, scabs getting thicker and bigger
    ("my husband had microneedling today and just had some kind of fit, shaking all over, now hes drowsy", 5,
     "emergency", True),
    ("my right eye went blurry and theres a dark spot in the middle of what i see", None, "emergency", True),
    ("a patch on my cheek has felt numb ever since the treatment, 5 days now", 120, "contact", True),
    ("the scabs are getting thicker and bigger, day 4", 96, "contact", True),
    # round BB's: an eye "gone blurry" 20 min ago (gone is no denial there), lips "ballooned up" told after
    # "just wondering if", wounds with yellow water, a faint feeling that passed
    ("left eye gone blurry since about 20 min ago, i cant see properly out of it", None, "emergency", True),
    ("Just wondering if it's normal that my lips have ballooned up in the last 20 min?", None, "emergency", True),
    ("small wounds with yellow water on my face, 3 days after", 72, "contact", True),
    ("yesterday I felt a bit lightheaded during the numbing but it passed straight away", 24, "none", False),
    ("I just want to know: if my lips started swelling, what should I do?", None, "emergency", False),
    # "kinda" is a filler: "my smile looks droopy on that side, my left arm feels kinda weak too"
    ("my smile looks droopy on the left side and my left arm feels kinda weak too", 24, "emergency", True),
    # and the weather where one travels is no warm skin; a toddler's fit is no seizure; a growing beard no sign
    ("its summer there, very hot and sunny, can I go to the beach on the 27th?", 216, "none", False),
    ("my toddler threw a fit when she saw my red face lol", 5, "none", True),
    ("my beard grows fast and I look rough already. can I shave tomorrow?", 24, "none", True),
]

ROUND_BC_SIGNS = [
    # round BC's: an eye "super painful" that one "can't see properly" out of; feeling run down with a warm face on
    # day 2; a near faint only beside a racing heart or dizziness (a bill joke alone is none, as "nearly fainted");
    # a meeting "online" is no story read online; a habit of feeling sick is no fever now
    ("My eye is super painful and I can't see properly out of it. It's been getting worse all evening", None,
     "emergency", True),
    ("feel run down, 37.9 and my face is tender and warm, 2 days after", 48, "contact", True),
    ("I almost passed out when I saw the bill 😂 jk. anyway did it yesterday, can I go to the beach today", 24,
     "none", False),
    ("since I got home my heart's been racing, I'm dizzy and I nearly passed out getting off the couch", 5,
     "emergency", True),
    ("today i have meeting online with camera and my face is very red, can i put a little concealer?", 16,
     "none", True),
    ("I always feel run down in winter, can I take vitamin C?", 48, "none", False),
]

ROUND_BD_SIGNS = [
    # round BD's: a fever with chills, feeling "kind of muddled"; a raised, firm patch like a thick scar forming at
    # 3 weeks; a face "hot like fever" on the first day is warmth, not a fever; "itching to" start again is keen
    ("I've got a fever of 39.4, shaking chills, and I feel really dizzy and kind of muddled", 120, "emergency", True),
    ("I'm a bit muddled - which day can I use retinol?", 24, "none", False),
    ("one patch on my jawline has stayed bumpy and raised, firmer than the skin around it, like a thick scar forming",
     504, "contact", True),
    ("Now my face is red and hot like fever, feel like burning a little. This is normal?", 2, "none", True),
    ("I'm itching to get back on my retinol. Was thinking of starting it again tomorrow night, that's ok right?", 22,
     "none", False),
]

ROUND_BE_SIGNS = [
    # round BE's: ringing ears beside confusion after a thick layer of numbing cream; a fever with streaks and
    # feeling "confused and sleepy"; swelling someone said "would be gone by day 3" on day 6 (an expectation, no
    # denial), and redness so told, then told lasting on day 5
    ("my whole mouth is numb and tingly, my ears are ringing and i feel really weird and confused", 2,
     "emergency", True),
    ("fever 39.5, chills, red streaks spreading down my neck, and I'm so confused and sleepy", 72, "emergency", True),
    ("the lady at the clinic said swelling would be gone by day 3 but im on day 6 and it looks exactly the same", 144,
     "contact", True),
    ("so I was told the redness would be gone in 2 or 3 days. It's now day 5 and my cheeks are still just as red",
     120, "contact", True),
    # and numbness with ringing ears from a concert, a metal taste alone, confusion about a rule, are no emergency
    ("my ears are ringing from the concert last night lol, face is a bit numb still from the cream", 3, "none", False),
    ("I have a fever and I'm so confused about when I can wear makeup", 30, "contact", True),
    # one eye swelling shut while the other blurs; not a blurry photo of a swollen eye
    ("my right eye is swelling shut and the left one has gone blurry, is that just the numbing cream wearing off",
     3, "emergency", True),
    ("sorry its blurry, i took it with my left hand. my eye is swollen shut and painful", 24, "contact", True),
    # a size word that is only a word of a sign group sizes nothing after it ("a massive pitch"); asking whether
    # something is wrong tells nothing unusual
    ("getting it done today at 3 and i have a massive pitch monday morning, cant walk in looking like a lobster",
     None, "none", True),
    ("Yesterday my face was very red, today it is more pink. Is this normal process or something is wrong?", 48,
     "none", True),
]

ROUND_BF_SIGNS = [
    # round BF's: a high temperature while one keeps forgetting what one was typing; a picked scab left a little
    # crater, red, swollen and warm; green tea is no green discharge
    ("day 3. temp 39.8. face swollen + hot. I keep forgetting what I was typing?? sorry. confused", 72,
     "emergency", True),
    ("ok confession i picked one of the scabs and now its a little crater thats red swollen and warm 😬", None,
     "contact", True),
    ("does green tea count for the drink lots of water thing or does it have to be plain water", None, "none", False),
    # a treatment done "for my dark spots" names what it is for; dark spots told as new are still a call
    ("I did the microneedling on Saturday for my dark spots. Is SPF 15 good enough?", 55, "none", False),
    ("I had microneedling for my acne scars and now there are dark spots everywhere", 55, "contact", True),
]

ROUND_BG_SIGNS = [
    # round BG's: a heavy chest with a tingly left arm; blisters ("little bubbles with water") since yesterday beside
    # a comparison with herpes years ago; a passing light head settled two clauses on; "its chill now" is no chills
    ("probably nothing lol but my chest is really heavy and my left arm is tingly. face looks fine tho!!", 5,
     "emergency", True),
    ("But since yesterday I have little bubbles with water on my upper lip and it burns, like the herpes I had some "
     "years ago. Can I put concealer on top to hide it?", 187, "contact", True),
    ("yesterday I felt a bit lightheaded after the session but I had a snack and it passed straight away. totally "
     "fine today", 26, "none", False),
    ("face was red as a tomato but its chill now. Gym is pretty hot and I sweat like crazy. Am I good for tomorrow?",
     15, "none", True),
    # and a chest heavy with a cold, or heaving after a run, is no chest pain
    ("my chest is heavy with a cold, phlegm, no fever, can I use my serum", 24, "none", False),
    ("just finished a run, my chest is heaving, can I wash my face now", 24, "none", False),
]

ROUND_BH_SIGNS = [
    # round BH's (scored with the sitting's final engine): half of what one sees gone with flashing lights; a fever
    # while "confused and so sleepy"
    ("I'm seeing flashing lights and the right half of everything is just... gone. face feels ok-ish", 2,
     "emergency", True),
    ("fever 39.5, im confused and so sleepy i can barely keep my eyes open", 92, "emergency", True),
]

ROUND_BI_SIGNS = [
    # round BI's (a new session): "the burning's" is the burning (an apostrophe dropped); breathing "weird" beside
    # hives; a painful eye whose sight went foggy; a habit told big ("I break out like crazy without it") is still a
    # habit; a span the clinic said is normal ("normal for a few days") is no span of the sign; the normal window is
    # passed only beyond its hours ("day 3 and still pinkish" at 72 h), and "after 3 days" is past them; a trait
    # ("breakout-prone skin") is no breakout; "prolonged" says the sign lasts too long
    ("think i reacted to the serum. the burning's been getting worse over the last few hours", 20, "contact", True),
    ("SOS!!!! breathing weird, hives all over my chest and arms, tongue itchy!!!", None, "emergency", True),
    ("something got in my eye, now its extremely painful, cant open it and the vision is all foggy", None,
     "emergency", True),
    ("ok to go back to my 2% bha next weekend? i break out like crazy without it", 22, "none", False),
    ("my face is still a bit pink today but she said thats normal for a few days", 21.5, "none", True),
    ("I'm on day 3 and still pinkish across my cheeks", 72, "none", True),
    ("still red after 3 days", None, "contact", True),
    ("My skin is oily and breakout-prone which is why I did microneedling. What does non-comedogenic mean?", None,
     "none", False),
    ("my redness feels prolonged", None, "contact", True),
    ("brain fog since the treatment and my eyes are tired", 3, "none", False),
]

ROUND_BJ_SIGNS = [
    # round BJ's: "a bit of a temp" with a face hotter than yesterday; an eye gone blurry that isn't clearing (BH's
    # too); lips told big only right beside the size word ("a big family function ... upper lip threading" is none);
    # being choked up with joy is no choking; a reading below 38 is no fever
    ("bit of a temp, 37.9, and my face feels hotter than yesterday. day 2. otherwise ok, im with it, just tired", 40,
     "contact", True),
    ("my left eye went blurry about an hour after the session and its not clearing up at all. the eye itself really "
     "hurts too, like a deep ache", 2, "emergency", True),
    ("vision in my left eye went blurry like 20 min after the session, like looking through fog, its not clearing at "
     "all", 1, "emergency", True),
    ("This weekend we have a big family function and I want to get my eyebrows and upper lip threading done on "
     "Saturday like always. Is threading allowed after microneedling?", None, "none", False),
    ("my lips.... they're like 3x normal size?? and still getting bigger", 3, "emergency", True),
    ("my lips seem to be kind of doubling in size? and swallowing is a bit of an effort", 3, "emergency", True),
    ("honestly choking up a bit, my skin looks so good already 🥹 still a tiny bit pink", 48, "none", True),
    ("Im so confused, is it normal to have a temp of 37.5 after microneedling?", None, "none", False),
]

THIRTY_SEVENTH_REVIEW_SIGNS = [
    # review 37 (of round BI's fixes): a trait makes only the sign it follows history; a size told in a clause of its
    # own still ends a habit; a patient asking whether their own span is normal tells it; "calmer" is no "gone"; a
    # sign still there at its own window (not the few days of the normal window) lasts
    ("acne prone skin and the swelling hasnt gone down after 5 days", 120, "contact", True),
    ("Hi, I'm keloid prone - the skin on my forehead is raised and lumpy and hard now", 48, "contact", True),
    ("I usually feel itchy after facials, today the itching is extreme and there are welts all over", 6, "contact",
     True),
    ("i always get red easily and it's intense right now, really burning and hot", 6, "contact", True),
    ("my face is red and swollen, is that normal for 5 days?", None, "contact", True),
    ("swelling is a bit calmer now but still there on one side", 96, "contact", True),
    ("my lips are still numb, its been 12 hours", 12, "contact", True),
    ("there are still spots of blood on my pillow, it's been 2 days", 48, "contact", True),
]

ROUND_BK_SIGNS = [
    # round BK's: bleeding started again and won't stop, whatever the habit told in another clause; a fever with
    # someone who can barely stand up; hay fever is no allergy to the treatment; not wanting to show up looking like one
    # has a rash fears it; marks that "still" felt is a feeling, not a mark; "will become dark patches" is to come;
    # breathing weird is the patient's, a dog's is not
    ("some of the pinpoint bleeding spots started bleeding again this afternoon and wont stop, every time i dab it "
     "theres fresh blood", None, "contact", True),
    ("I'm getting a couple of new breakouts along my jaw, which is exactly what happens whenever I'm off it", 192,
     "none", False),
    ("temp 40.1, shaking chills, can barely stand up. face red and hot and the red is spreading down my neck", None,
     "emergency", True),
    ("i have chills and i can barely stand the itch", 30, "contact", True),
    ("allergies acting up, can i take my zyrtec", None, "none", False),
    ("I'm a bit red. I really don't want to show up looking like I have a rash. Will my face be back to normal by "
     "Thursday?", 5, "none", True),
    ("in some areas I still felt it quite strong, it was like little scratches", None, "none", False),
    ("my skin has this grid of tiny dots, like a waffle iron pressed on it, and it's still there after 6 days", 144,
     "contact", True),
    ("I already get tan and pigmentation very easily. I am worried my scars will become dark patches", 16, "contact",
     False),
    ("my dog is breathing weird lol anyway can I wash my face tonight", 5, "none", False),
    ("I read somewhere that plane air is super dry and cabin pressure does weird things to skin", 56, "none", False),
]

THIRTY_EIGHTH_REVIEW_SIGNS = [
    # review 38 (of rounds BJ and BK's fixes): breathing told odd before it is the patient's again; lips told big up
    # to 12 words after them, only 5 before; "choking up" hides no throat closing; a question running on unstopped
    # into an emergency told as the patient's now asks nothing; worsening told "stronger today"
    ("funny breathing, lips tingling", 3, "emergency", True),
    ("i have strange breathing since the treatment", 3, "emergency", True),
    ("my lip, the top one, on the right, is like, idk, twice the size??", 3, "emergency", True),
    ("my bottom lip, especially on the left near where she did extra passes, looks huge", 3, "emergency", True),
    ("its like my throat is choking up on its own", 3, "emergency", True),
    ("wat do i do my lips r swelling", 3, "emergency", True),
    ("what do i do my lips are swelling", 3, "emergency", True),
    ("the redness is stronger today than yesterday", 30, "contact", True),
    ("the numbing cream smelled funny, breathing it in made me cough", 3, "none", False),
]

ROUND_BL_SIGNS = [
    # round BL's: someone treated who passed out and barely answers; a fever while losing track of what one types or
    # not making sense, read off a thermometer; a painful eye everything is cloudy through; skin left bare "so it can
    # breathe", a boyfriend's joke about an ambulance, an activity's risk of infection, a dog's saliva that "can make
    # infection" and a steamy hammam are none; close family who had no treatment tell their own signs
    ("my daughter is 17 she got microneedling today and she just passed out on the sofa, shes really pale and sweaty "
     "and only half answering me", None, "emergency", True),
    ("temp 39.8 and i keep losing track of what im typing sorry.. what was i.. oh face is hot and red", 72,
     "emergency", True),
    ("im shaking all over, thermometer says 40.1, and my partner says im not making sense", 48, "emergency", True),
    ("some of the serum went in my eye during it, now the eye is SO painful i cant open it and everything is cloudy "
     "through it", None, "emergency", True),
    ("the clinic isnt responding to my messages and my face is a bit red", 20, "none", True),
    ("skin feels super tight and dry 2 days after, should i moisturise more or leave it bare so it can breathe?", 48,
     "none", True),
    ("my bf said he'd need an ambulance if he saw my face lol. I'm fine, just pink and tight", None, "none", True),
    ("I feel totally fine, just a little flushed. Will it be ok to teach spin tomorrow or am I risking an infection?",
     4.5, "none", True),
    ("My friend say dog saliva is full of bacteria and can make infection. Is it true?", 48, "none", False),
    ("this Friday I want to go to hamam, it is very hot and steamy. Is ok now after 2 weeks?", 336, "none", False),
    ("my husband's throat swells up with shellfish lol but he's not getting treated, just me", None, "emergency",
     False),
    # (review 40: laughter is no reason to take a racing heart for a joke, "my heart is racing lol" alone or beside
    # swelling is still an emergency; the exceptions that named "lol" could never match and are gone)
    ("my heart is racing lol and my lips are tingling", 3, "emergency", True),
    # (review 38 noticed: lips that have "gone huge" are no sign gone)
    ("my lips have gone huge", 3, "emergency", True),
]

ROUND_BM_SIGNS = [
    # round BM's: an eye told as hurting is an eye problem (not an eye cream, strained eyes or a sore forehead beside
    # them), and one whose sight looks blurry on that side a painful blurred eye; a little boy who wasn't treated is
    # no patient, though his swelling lips still get the emergency advice
    ("it's been an hour and my eye still hurts a lot, it's really red and everything looks blurry on that side", 10,
     "emergency", True),
    ("my left eye still hurts", 10, "contact", True),
    ("the clinic has a lovely view, sight for sore eyes honestly. anyway can I wear makeup tomorrow", 20, "none",
     True),
    ("I really can't stand sunscreen, it runs into my eyes and stings when I'm digging", 65, "none", True),
    ("my little boy (he wasnt treated, he just came with me) ate something at the cafe next door and now his lips "
     "are puffy and he keeps coughing", None, "emergency", False),
    # (review 40: with two family named, the untreated one's word doesn't make the treated one's sign theirs)
    ("my daughter had microneedling yesterday and my son wasnt treated, now her lips are swelling", None, "emergency",
     True),
    ("the photo looks blurry, does it hurt to get it done", None, "none", False),
]

THIRTY_NINTH_REVIEW_SIGNS = [
    # review 39 (of round BL's fixes): a carer "just me" looking after the one treated still reports; only the family
    # member named last before the words that say so is untreated; "can make out" pus and a risky oozing face tell
    # their signs; dark skin in spots now is a dark patch; a thermometer only with a fever's reading; skin or a clinic
    # not responding is no person unresponsive; "gone, massive relief" is no size of a sign
    ("writing for my mum, her face is hot and oozing pus on day 4. only me here to help her", 96, "contact", True),
    ("my husband had microneedling 4 days ago, his face is hot and has yellow crusts. my son wants it done too", 96,
     "contact", True),
    ("I can make out little white pus heads on my chin", 48, "contact", True),
    ("is it risky that my face is oozing pus and hot on day 4", 96, "contact", True),
    ("my skin is dark in some spots now, 2 weeks after", 336, "contact", True),
    ("thermometer says 37.1, i just cant get out of bed lol", 30, "none", False),
    ("my skin is not responding to the treatment, she said it takes a few sessions", None, "none", False),
    ("swelling gone, massive relief!", 50, "none", False),
]

ROUND_BN_SIGNS = [
    # round BN's: everything doubled is double vision; a dent left under a scab is a scar forming (not the pitted or
    # "dented" acne scars a patient wants treated); peeling in sheets is worse than peeling; bleeding told as still
    # going on is happening, whatever habit another clause tells ("every time I dab it")
    ("can barely see, everything is doubled and my eye is really swollen and hurts a lot. this started an hour ago",
     None, "emergency", True),
    ("a scab came off and there's like a little dent underneath. is that gonna scar??", None, "contact", True),
    ("will it actually do anything for my acne scars from high school. they're the little dented ones on my cheeks",
     None, "none", False),
    ("i used my retinol serum last night by accident, like a day after, and now my face is on fire and peeling in "
     "sheets", 36, "contact", True),
    ("still bleeding a bit from one spot on my forehead, it keeps oozing every time I dab it. 12 hours later", 12,
     "contact", True),
]

ROUND_BO_SIGNS = [
    # round BO's (scored with the sitting's last engine): a face drooping on one side with a hand gone weak and speech
    # not clear is a stroke until shown otherwise
    ("Since around 30 minutes she is confused, her speech is not clear and the right side of her face is drooping, "
     "her right hand also weak", 10, "emergency", True),
    ("droopy eyelids and weak eyebrows, will microneedling lift them?", None, "none", False),
]

ROUND_BP_SIGNS = [
    # round BP's: speech "coming out wrong" with a drooping face is a stroke; raised bumps in the needles' lines on day
    # 5 and a pit where a scab came off are worth a call; a faint told over in the clause after it is a call, not an
    # ambulance, and no report (one that comes back is an emergency again)
    ("One side of my face has gone numb and droopy and my words are coming out wrong. Is the numbing cream doing "
     "this?? It's been 6 hours", 6, "emergency", True),
    ("my words are coming out all jumbled", None, "emergency", True),
    ("5 days later i have raised little bumps in straight lines like a grid on my forehead. kinda looks like tracks",
     120, "contact", True),
    ("raised bumps in lines on my forehead, day 1", 20, "none", True),
    ("the scabs are thick and crusty and when one came off there's a little pit underneath??", None, "contact", True),
    ("will it leave a pit underneath?", None, "contact", False),
    ("I felt a bit faint during the numbing part yesterday but it passed in a minute and I've been totally fine "
     "since", 26, "contact", False),
    ("i felt faint this morning but it passed, now i feel faint again", 5, "emergency", True),
    # a smell beside what smells of itself (hair dye) is no sign of the skin; a smell of the skin still is
    ("Tomorrow I have appointment at hairdresser for colouring, the dye always touch my forehead and the smell is very "
     "strong. Is it a problem for the skin?", 6, "none", False),
    ("my cheek smells bad near the scab", 96, "contact", True),
    ("I dyed my hair yesterday and now there is pus on my forehead", 72, "contact", True),
    # toxins "flushed" are no flushed face; a first session told as past, a break-out "every single time" a habit; a
    # face "on fire in the good way" a figure
    ('my mom keeps telling me to drink 3 liters of water a day bc it "flushes the toxins" lol. does water matter?', 48,
     "none", False),
    ("For the first one the numbing cream did not work very well for me, I felt the needles a lot on the forehead, "
     "maybe 7/10 of pain. I have my second session next week", None, "none", False),
    ("My old esthetician used to slather me in a thick balm after treatments and I'd break out every single time, "
     "like 10+ whiteheads along my jaw. What moisturiser should I use?", None, "none", False),
    ("my face is on fire 🔥🔥 in the good way, glowing like never before!!", None, "none", False),
    # and the kids mixing up words in a spelling test are no trouble speaking
    ("i have the chills. the kids were mixing up words in their spelling test and I couldn't help, too tired", None,
     "contact", True),
]

ROUND_BQ_SIGNS = [
    # round BQ's: a fit told with the shaking and drowsiness after it is a seizure; shaking "so bad" with a 40.1 temp
    # and "cant think straight" is a fever with confusion; a husband passing on his wife's "just ask you whether ..."
    # still reports her breathlessness; scabs in the needles' lines a week on and skin "raw in patches" are a call
    ("my girlfriend just had a fit, like shaking all over on the sofa for a minute, she had the microneedling done "
     "today. shes really drowsy now", None, "emergency", True),
    ("40.1 temp, shaking so bad i can barely hold the phone, face is red hot and swollen and i honestly cant think "
     "straight, keep forgetting what i was typing. day 2", 48, "emergency", True),
    ("She had her treatment today. About 20 mins ago she said her chest was tight and she couldn't catch her breath, "
     "and her lips look a bit puffy. She's telling me to just ask you whether she should take an antihistamine.", 5,
     "emergency", True),
    ("just asking, what if my lips swell?", None, "emergency", False),
    ("scabs keep popping up in neat little lines like a grid?? one week on", 168, "contact", True),
    ("been 2 weeks and my skin is still peeling and raw in patches", 336, "contact", True),
    # and being fitted in, a fit of temper, or shaking from nerves while choosing a serum are none
    ("can you fit me in next week? im shaking with excitement lol", None, "none", False),
    ("my toddler threw a fit and was shaking with rage", None, "none", False),
    ("im shaking so bad from nerves, cant think straight about which serum to use lol", None, "none", False),
]

ROUND_BR_SIGNS = [
    # round BR's: a fever with one who had to ask what day it is, or feels "really out of it" with shaking teeth, is a
    # fever with confusion; "do I need to call out" of a shift asks about work; "I react badly to a lot of stuff" is a
    # trait, not a rash told
    ("fever 39.8 and im kinda confused, had to ask my roommate what day it is. face hot n swollen. day 3 after "
     "needling", 72, "emergency", True),
    ("red streaks running down my neck from where u treated, fever of 40, shaking so bad my teeth chatter, and i feel "
     "really out of it", None, "emergency", True),
    ("im a line cook and i sweat buckets. shift starts at 6 tonight, had treatment at 10 this morning. do i need to "
     "call out", 3, "none", False),
    ("Quick question before my appointment on Friday: what should I do if I get trouble breathing afterwards? I react "
     "badly to a lot of stuff", None, "emergency", False),
    ("I react badly to a lot of stuff and now my face has a rash", 24, "contact", True),
]

ROUND_BS_SIGNS = [
    # round BS's: emoji stand for words ("throat 👎 face 🎈"); an eye blurry and dark "on that side" is sight going;
    # dots of dried blood are healing, not bleeding; a breakout "after the first one" that went away, and "how do I
    # avoid the breakout again?", tell none now
    ("breathing 👎 throat 👎 face 🎈 pls", None, "emergency", True),
    ("i cant see properly out of my left eye, everything is blurry and dark on that side since the treatment", None,
     "emergency", True),
    ("I received the treatment yesterday. Today I have many small dots of dry blood on my face, like very small "
     "scabs", 24, "none", True),
    # (and new bumps that "keep showing up" are told worse, whatever is asked after them; raw skin is expected in the
    # first days, a call when it is still raw a week on)
    ("It's been about 3 weeks now since my session. But over the last week I've got these tiny hard white bumps all "
     "over my cheeks and more keep showing up every day. Just wondering when I'll see the full results?", 504,
     "contact", True),
    ("my cheeks are still raw a week later", 168, "contact", True),
    ("my cheeks are a bit raw in places, day 1", 24, "none", True),
    ("This is my second microneedling, it was yesterday. After the first one in November I had small breakouts on my "
     "chin for about a week and then they went away on their own. How do I avoid the breakout again?", 24, "none",
     False),
]

FORTY_SECOND_REVIEW_SIGNS = [
    # review 42 (of rounds BO's and BP's fixes): only a faint feeling told in the past settles ("felt faint ... but it
    # passed"); one that comes back, only partly passed, is felt now, or a faint itself (passed out, collapsed) is an
    # emergency still
    ("felt faint but it passed, then it came back", 5, "emergency", True),
    ("I'm feeling faint, it passed a bit", 5, "emergency", True),
    ("I feel faint but it passes", 5, "emergency", True),
    ("I passed out but it passed", 5, "emergency", True),
    ("I blacked out, it passed, still on the floor", 5, "emergency", True),
    ("I felt faint but that passed, my vision has gone double now", 5, "emergency", True),
    ("felt a bit faint after the session but i sat down and it passed", 5, "contact", False),
    # "ok since" / "fine since" after a sign asks or tells no end to it
    ("my lips are swollen is that ok since i had filler before", 5, "emergency", True),
    ("i have pus is that okay since its day 4", 96, "contact", True),
    # no pattern explains pus away; a session the sign is told since is when it began, not another occasion
    ("each time i touch my cheek it feels hot and there's pus", 96, "contact", True),
    ("every single time I wash my face there's yellow crust again", 96, "contact", True),
    ("there is pus every time I wash", 96, "contact", True),
    ("since my previous session I have pus and yellow crust", 96, "contact", True),
    ("last session I was fine, this session my lips and throat are swelling", 5, "emergency", True),
    ("for the first one I healed fine, this time there's pus", 96, "contact", True),
    # a smell of the skin told beside a product is still one; a smell told strong is the product's
    ("my cheek smells bad, not my perfume, the actual skin", 96, "contact", True),
    ("the scab smells rotten, I thought it was the candle but it's my face", 96, "contact", True),
    ("my candle smells so strong, is it ok to burn candles after microneedling?", None, "none", True),
    ("skin is peeling away in sheets and raw", 96, "contact", True),
    # and droopy jowls with weak skin are what a patient hopes the treatment lifts; a dog's lick "gonna give me an
    # infection?" is a question
    ("my jowls are droopy and my neck skin is weak, is microneedling good for that?", None, "none", False),
    ("my dog keeps trying to lick my face, is dog spit gonna give me an infection?", None, "none", False),
]

FORTY_THIRD_REVIEW_SIGNS = [
    # review 43 (of round BQ's fixes and review 42's follow-ups): muddled speech is still trouble speaking; a strong
    # smell told of the skin or scabs is still a call; jowls or skin told drooping beside an arm gone weak are still a
    # stroke; a fit told with jerking further on is a seizure, a thing that fits is none; "just curious whether" still
    # wonders
    ("my husband says my words are coming out muddled", 6, "emergency", True),
    ("my speech is muddled since an hour ago", 6, "emergency", True),
    ("my temperature is 38.5, and I'm muddled with my words", 48, "emergency", True),
    ("im so tired my words are coming out muddled in emails lol, is tiredness normal after?", 48, "none", False),
    ("the scabs smell strong", 96, "contact", True),
    ("strong smell from my forehead since yesterday", 96, "contact", True),
    ("the smell is really strong from the scabs on my chin", 120, "contact", True),
    ("my face cream smells so strong, is it ok to use after microneedling?", None, "none", False),
    ("I mopped the floor and got bleach smell, can fumes hurt my skin?", None, "none", True),
    ("my jowls are droopy on one side since an hour ago and my arm feels weak", 5, "emergency", True),
    ("left side of my face skin is droopy and my arm is weak", 5, "emergency", True),
    ("droopy skin under my chin, my arm feels weak from the gym lol, does it help with skin laxity?", None, "none",
     False),
    ("she had a fit on the kitchen floor, she was twitching and now shes confused", 5, "emergency", True),
    ("he's fitting, arms and legs jerking, what do i do", 5, "emergency", True),
    ("the mask doesnt fit properly, it keeps shaking loose when I sleep", None, "none", False),
    ("my dog had a fit of sneezing and was shaking his head, can he lick my face after microneedling?", None, "none",
     False),
    ("just curious whether throat swelling can happen from the numbing", None, "emergency", False),
]

FORTY_SIXTH_REVIEW_SIGNS = [
    # "for years" makes only a sign told shortly before it long-standing, not one told after it nor one far before
    ("ive been doing microneedling for years and never had this, my face is oozing yellow stuff and hot", 50,
     "contact", True),
    ("for years my skin was fine with everything, now its bright red, swollen and hot and I have a fever", 40,
     "contact", True),
    ("oozing pus from my cheeks, I've used this clinic for years and never had this", 60, "contact", True),
    ("i've had floaters in my eye for years, my optician knows, can i still have it done?", None, "none", False),
    # a plan word before a span is no plan once the piece turns to what has been ("been", "since", "already")
    ("the redness next to my nose has been there for 2 weeks now", None, "contact", True),
    ("i have a holiday booked and my face has been swollen for 6 days, is that normal", None, "contact", True),
    ("since my trip my face has been peeling and red for 3 weeks", None, "contact", True),
    ("planning to wear makeup but my skin has been swollen for 5 days is that ok", None, "contact", True),
    ("holiday next week but swelling has lasted 7 days already", None, "contact", True),
    # the new emergency signs, not their everyday look-alikes
    ("I can feel my pulse pounding in my cheeks, is that normal?", 4, "contact", True),
    ("my heart was thumping when i saw the price lol", None, "none", False),
    ("itching like crazy, my heart sank when I saw the flakes", 96, "contact", True),
    ("my heart is going like crazy, so excited for the results!", 2, "none", False),
    ("the little holes are closing up nicely, getting there!", 48, "none", False),
    ("my pores are closing up and the redness is getting there", 72, "none", True),
    ("my eyes are swelling shut, both of them", 3, "emergency", True),
    ("I'm menopausal and get hot flashes, my face suddenly goes red, is it ok", 48, "none", True),
    ("my eyes look a bit tired, i got in late, barely see any marks now!", 72, "none", False),
    ("I'm blind without my glasses lol, some cream got in my eye but it's fine", 4, "none", False),
    ("my face is so tight and dry, and my chest too where they did it", 24, "none", True),
    ("my face is so tight, and my chest is so tight too, hard to breathe", 2, "emergency", True),
    ("I took a deep breath, is this redness not normal?", 24, "contact", True),
    ("my breath smells weird, not normal for me, from the numbing?", 5, "contact", True),
    ("my breathing isnt right and my throat feels weird", 1, "emergency", True),
    ("my temp is normal but I keep getting confused about which cream to use", 24, "none", False),
    ("high temp and i keep getting confused what day it is", None, "emergency", True),
    ("the bumps are still there after 2 days, is that normal?", 48, "none", True),
    ("my eye hurts a bit from the sun and i cant see well without my glasses anyway", 48, "contact", True),
]


FORTY_FOURTH_REVIEW_SIGNS = [
    # review 44 (of rounds BR's and BS's fixes): "after my first session" is this treatment unless the message names a
    # later one; "I react badly to a lot" is no rash itself but hides no sign beside it; skin still raw after the
    # first days is a call
    ("right after my first session my lips started swelling", 2, "emergency", True),
    ("im 3 days after my first session and there's pus on my chin", 72, "contact", True),
    ("this is my second session. after the first one i got pus and today there's pus again", 72, "contact", True),
    ("I react badly to a lot of stuff and there's pus coming out of a spot on my cheek", 48, "contact", True),
    ("i react badly to the serum, face is burning and blistered", 72, "contact", True),
    ("still raw in places on day 6", 144, "contact", True),
    # and emoji that say how a part is: a lip "🎈" is swollen
    ("my lip is 🎈 and tingling", 48, "emergency", True),
]

ROUND_BT_SIGNS = [
    # round BT's (scored with the sitting's final engine): a temperature read to a tenth needs no word for it; a husband
    # who "nearly choked when he saw the bill" is a joke; a count of 400 photos or 400mg is no reading
    ("38.3 tonight and my cheeks are sore and swollen, 2 days after", 48, "contact", True),
    ("my husband nearly choked when he saw the bill 😂 anyway im pink like a flamingo, how long does that last", 20,
     "none", True),
    ("I'm maid of honour, which means 400 photos with my face in them. can I wear makeup?", 27, "none", False),
    ("i choked on my drink and now i cant breathe", None, "emergency", True),
]

FORTY_FIFTH_REVIEW_SIGNS = [
    # review 45 (of rounds BU's and BV's fixes): a next sentence opening "It stopped" settles a sign only when it says
    # no more than when, and never a sign worth a call whose flow stopped; a cue turns round an after-word across a mark
    # when no sign is told between; a feared return brings nothing back, a told one still does whatever sign is told
    # between; "both times" is another occasion only where several sessions are told, and not with a time of today;
    # "now" after a friend's other occasion stays the writer's with a time of this treatment; "going on whatever sets it
    # off" needs a treatment on record or told; "cant remember if I" is no confusion unless it is what one took; a
    # number of spots only right before them; only spots pressed that stay are non-blanching; a fever beside them is
    # an emergency
    ("my chin is oozing yellow stuff. It stopped for a bit this morning but started again.", 72, "contact", True),
    ("My cheek is hot and swollen on day 5. It stopped me going to work today", 120, "contact", True),
    ("my face is bleeding a lot day 3. It stopped after 20 min but restarted", 72, "contact", True),
    ("There's pus in 3 spots on my chin. That stopped me from picking lol", 96, "contact", True),
    ("I have hives on my neck. It gone worse today", 48, "contact", True),
    ("Pus coming from a spot on my cheek. It stopped after I cleaned it.", 96, "contact", True),
    ("There's swelling on one side of my face. It stopped growing?", 48, "contact", True),
    ("one spot bled a bit when I washed. It stopped after a minute", 96, "none", False),
    ("the redness is NOT, gone, its day 7", 168, "contact", True),
    ("no pus. the redness isnt, like, gone at all day 6", 144, "contact", True),
    ("blisters gone, little bit of redness, but theyre back this morning", 72, "contact", True),
    ("No pus or swelling this time thank god, I never want to go through the same again", 72, "none", False),
    ("no hives today, scared of it happening again", 48, "none", False),
    ("hives gone. what can I do to stop it happening again?", 48, "none", False),
    ("the swelling went down but I'm worried it's come back", 96, "contact", True),
    ("my throat got tight both times I put the serum on today", 10, "emergency", True),
    ("I put the aftercare balm on twice today and my lips swelled up after both", 10, "emergency", True),
    ("This is my 2nd session, my lips swelled up both times I put the balm on today", 10, "emergency", True),
    ("it bled both times I washed my face today, day 5", 120, "contact", True),
    ("swollen both times I woke up, day 7", 168, "contact", True),
    ("my sister had her first session years ago and now after yesterday's session she has pus all over her cheeks",
     None, "contact", True),
    ("I always still go red every time I'm nervous haha, anyway when can I wear makeup?", None, "none", False),
    ("I have a slight fever, cant remember if i should take ibuprofen or paracetamol?", 48, "contact", True),
    ("so many questions sorry! is it normal to get a few spots after?", None, "none", False),
    ("tons of questions, sorry... can I pop a pimple 3 days after?", 72, "none", False),
    ("there are tons of tiny pimples all along my jaw", 72, "contact", True),
    ("my freckles dont fade when winter comes, can microneedling help?", None, "none", False),
    ("I have a fever and a rash of spots that don't fade when I press a glass on them", 48, "emergency", True),
    ("is my face going to fall off lol its oozing yellow stuff and really hot", 72, "contact", True),
]

ROUND_BU_SIGNS = [
    # round BU's: a fever beside talking nonsense; a sign normal for a while told as going on ("still") is happening
    # whatever sets it off, while one that needs a call at any time stays the patient's history; dots that stay when
    # pressed; "what to do" asks about someone else's story; a next sentence opening "it stopped" settles a sign; a
    # bottle that leaked is no discharge; "looked like a tomato" asks nothing; "how long is my face going to be red"
    # asks about what is to come; a friend's sign after another occasion of theirs is theirs
    ("my husband is burning up and keeps mumbling nonsense, had it done 2 days ago", 48, "emergency", True),
    ("she has a fever and is talking gibberish", 30, "emergency", True),
    ("my cheeks still sting every time i put cream on", 192, "contact", True),
    ("my cheeks still sting every time i put cream on", 40, "none", True),
    ("i still get hives every time i eat strawberries, can i eat them after microneedling?", 48, "none", False),
    ("little purple dots came up on my jaw today, they dont fade when i press them", 96, "contact", True),
    ("my sister had it done here on monday, she has pus on her chin and wants to know what to do", 72, "contact",
     False),
    ("picked a flake off on day 4 and it bled a tiny bit. It stopped straight away.", 96, "none", True),
    ("picked a flake off on day 4 and it bled a tiny bit. It won't stop now.", 96, "contact", True),
    ("my water bottle leaked in my bag and soaked the aftercare sheet, what were the rules again?", 3, "none", False),
    ("my cousin looked like a tomato for a week after hers. how long will I be red?", None, "none", False),
    ("there's a party in 5 days. how long is my face going to be red for?", None, "none", False),
    ("my friend had it done last summer and now has dark patches. what sunscreen should I use?", 24, "none", False),
]

ROUND_BV_SIGNS = [
    # round BV's: a fever beside not remembering what one took; many whiteheads at once; a red patch "slightly
    # bigger every time I check" grows, whatever pattern it is told with; "weirdly glowy" and a numbing cream's strong
    # smell are no signs; a fear that pimples "come back" brings back no pain denied before; a sign told "both times"
    # lasted what the message says; "no swelling. redness gone" tells the redness gone
    ("temp 39.4 and i cant remember if i took my tablets, face swollen, 2 days after", 48, "emergency", True),
    ("woke up with loads of tiny whiteheads where they needled", 40, "contact", True),
    ("the red patch on my cheek looks bigger every time i check and it's sore", 72, "contact", True),
    ("my skin looks weirdly glowy today, is that normal?", 30, "none", False),
    ("that numbing cream, the smell was so strong lol. face just a bit warm now", 1, "none", True),
    ("no pain, only a little warm. I'm scared the pimples come back if I stop my retinol", 28, "none", True),
    ("both times i had it i got a bit of redness for a day, when will i see results?", 500, "none", False),
    ("no swelling. redness gone. day 3", 72, "none", False),
    ("no swelling. redness not gone though", 100, "contact", True),
]

PENDING_EYE_SIGNS = [
    # rounds BR and BS (pending since the last sitting): something that got into an eye and sight lost or blurred
    # after it, told anywhere in the message, is an emergency; a blur told brief is an eye problem to call about
    ("my eye. i think a bit of the serum went into it during the session and now honestly i really cant see out of "
     "it at all, burning like mad", 3, "emergency", True),
    ("my eye\nstinging\nit wont stay open\nsome of the serum got in at the clinic i think\nand now its all blurry", 3,
     "emergency", True),
    ("the ointment got in my eye and my vision went blurry for a minute, rinsed and now its fine", 5, "contact", True),
    ("got some numbing cream in my eye, its stinging", 1, "contact", True),
    ("i cant see any difference yet, some product got in my eye yesterday though", 30, "none", False),
]

ROUND_BW_SIGNS = [
    # round BW's: a chest told "really tight" and a heart "going like crazy"; breathing told "not ok"; an eye one can
    # "barely see out of" (not one too puffy to); something in the eye and sight gone cloudy; a face "the colour of a
    # tomato" for a week; a breakout blamed on stress or hormones is no reaction to the treatment; a product's menthol
    # smell is no infection
    ("since I got home my chest is really tight", 3, "emergency", True),
    ("my heart is going like crazy and i feel sick", 3, "emergency", True),
    ("my heart is going like crazy waiting for my results lol", 3, "none", False),
    ("Face fine. Breathing not ok.", 2, "emergency", True),
    ("breathing is fine, face not ok", 2, "none", False),
    ("my left eye is really blurry and stings, i can barely see out of it", 3, "emergency", True),
    ("my eyes are so puffy i can barely see out of them", 20, "contact", True),
    ("some serum got in my eye and now everything looks cloudy", 2, "emergency", True),
    ("my face has been the colour of a tomato for a week now", 170, "contact", True),
    ("got a stress breakout on my chin from work, can i use my spot gel?", 336, "none", False),
    ("my cleanser smells like menthol and my face is a bit pink, ok?", 20, "none", True),
]

ROUND_BX_SIGNS = [
    # round BX's: a fever beside "I keep getting confused about where I am" (a habit's "gets confused" no longer hides
    # the confusion told going on)
    ("fever of 39.8 and i keep getting confused about where i am", 72, "emergency", True),
    ("high temp and he keeps getting confused", 60, "emergency", True),
    ("i always get confused about which cream is which. face is a bit pink today", 20, "none", True),
    # round BR's (pending since the last sitting): a sign told first and likened to another occasion ("same like the
    # herpes I had as a kid") is happening now; a degree compared with last time ("about the same as last time") is no
    # such likeness
    ("painful little blisters on my lip today, same like the cold sores i had when i was a kid", 72, "contact", True),
    ("blisters in a group on my lip, just like the ones I got years ago", 48, "contact", True),
    ("years ago I got blisters on my lip after a peel, can it happen again?", None, "contact", False),
]

ROUND_BY_SIGNS = [
    # round BY's: bumps under the treated skin that won't go away are worth a call (not goosebumps, nor a skin
    # condition had "for years"); "bloody hell" is no blood
    ("a month later i still have little bumps like grains of sand where they treated, they wont go away", 720,
     "contact", True),
    ("got goosebumps reading the aftercare lol, face is pink", 5, "none", True),
    ("bloody hell im red, 1 day after. is that ok", 24, "none", True),
    ("I'm so sick of these hives, had them for years from stress", None, "contact", False),
]

ROUND_BZ_SIGNS = [
    # round BZ's: a painful swollen eye one does "not see good" from; a grey curtain coming down over the sight told
    # a few words from the eye; sudden flashes and floaters; a span after a plan ("tomorrow I go skiing for 4 days")
    # is no sign's span; a face "weirdly numb till lunch" is over
    ("my eye is very swollen and red and I not see good from it, much pain inside the eye", 20, "emergency", True),
    ("vision in my left eye went blurry about ten min after I got home, like a grey curtain coming down from the top, "
     "and it's not clearing", 5, "emergency", True),
    ("we hung a dark curtain over the bedroom window, how long do i avoid sun? eyes fine", 30, "none", False),
    ("sudden flashing lights and dark floaty spots in my vision since this afternoon", 6, "emergency", True),
    ("I have floaters in my eyes since years, can I still have the eye area done?", None, "none", False),
    ("Tomorrow I go with my family to the mountains for skiing for 4 days. My skin now is ok, only a little pink.", 55,
     "none", True),
    ("half my face was weirdly numb till lunch haha, what was that cream?", 8, "none", False),
    # (a denial must not be read into a question: "will it go away after", "now is ok" right after an emergency sign
    # stay emergencies; tried for "the redness go away after 2 days" and dropped)
    ("throat tight will it go away after benadryl?", 3, "emergency", True),
    ("lips swelling now is ok or should i call?", 3, "emergency", True),
]

ROUND_CA_SIGNS = [
    # round CA's: an eye swollen shut with the other going the same way; a fever with "I don't understand where I am"
    # or "strange in my head"; the heat of a studio is no warmth; "when I was rinsing" is a moment, not another
    # occasion ("when I was a kid" is); a room that went dark is no darkening skin
    ("my right eye is swollen shut and the left one is getting there", 20, "emergency", True),
    ("woke up and my eye is swollen shut, the other one is ok. 2 days since the needling", 45, "contact", True),
    ("fever 40, i feel very strange in my head, i dont understand where i am", 27, "emergency", True),
    ("it is very hot in the studio, can I teach my dance class tonight?", 3, "none", False),
    ("some serum got in my eye when i was rinsing and now it burns and i can barely see out of it", 3, "emergency",
     True),
    ("my lips swelled up when i was a kid after a bee sting, anyway can i wear lip balm?", 20, "none", False),
    ("the room went dark because of a power cut lol, can I still do my skincare by candle light", 30, "none", False),
]

ROUND_CB_SIGNS = [
    # round CB's: dark patches in the middle of what one sees; a chest "tight, emotionally" is no chest pain (its
    # "tight" is still told, as dryness); skipping a habit that "feels strange" is no sign; a next sentence "It
    # stopped ..." never settles an emergency sign
    ("right eye went blurry after the session and now theres like dark patches in the middle of what i see", 3,
     "emergency", True),
    ("my chest feels tight emotionally lol, nervous about how it'll turn out", 3, "none", True),
    ("when can I start my gua sha again? It feels strange to skip", 40, "none", False),
    ("some serum got in my eye and now its all blurry. It stopped burning though", 2, "emergency", True),
    # (rounds BS and BU, moved into eval/rounds/: someone told treated at this clinic, with a sign now, is the
    # clinic's patient: a report; not one whose story is past)
    ("my sister had it done at your clinic on tuesday too and now her cheeks are full of pus", 72, "contact", True),
    ("my friend went to the same clinic as me, she has yellow crusts all over her chin, what should she do", 96,
     "contact", True),
    ("my friend went to your clinic last year and got an infection, will that happen to me?", None, "contact",
     False),
]

THIRTEENTH_SITTING_LEFT_SIGNS = [
    # left open by review 46: lips told swelling "too" after a likeness, however long; a smile drooping with one
    # side of the face numb is a stroke sign
    ("my face swelled up just like when I was stung by a bee as a child, and my lips too", 3, "emergency", True),
    ("my face is a bit red, and my lips too", 3, "none", True),
    ("my sister's face swelled up after botox, and her lips too", 3, "emergency", False),
    ("my face feels weirdly numb on one side and my smile is drooping", 3, "emergency", True),
    ("my smile is droopy and one side of my face is numb", 30, "emergency", True),
]

ROUND_CC_SIGNS = [
    # round CC's: a normal sign told gone past the words that say which it is ("the redness I had yesterday has
    # completely gone") is no report; a sign needing a call is still told ("the pus I noticed this morning is gone")
    ("the redness I had yesterday has completely gone this morning, so I'm all good now right?", 30, "none", False),
    ("the little bit of swelling I had yesterday is completely gone now", 30, "none", False),
    ("the swelling I had yesterday hasn't gone down", 30, "none", True),
    ("the pus I noticed this morning is gone", 80, "contact", True),
]

ROUND_CD_SIGNS = [
    # round CD's: a comma typed for an apostrophe ("can,t breath"); breathing that hurts; raised bumps like mosquito
    # bites are a rash; a year named is another occasion ("in 2029"); a sign that "wore off" is over; an emotion's
    # lump in the throat, "burning up with curiosity" and a boss who is "a pain in the neck" are no signs
    ("can,t breath properly . face swollen . eyes shutting", None, "emergency", True),
    ("it hurts to breathe in", None, "emergency", True),
    ("itchy raised bumps like mosquito bites on my cheeks, they come and go. Should I keep using the moisturiser?",
     72, "contact", True),
    ("Background: I had a really bad reaction to a glycolic peel in 2029, face swelled up and I had to go to A&E. "
     "Totally different this time, I'm just a bit red and warm. Is it ok to put on my Cicalfate tonight?", 8, "none",
     True),
    ("the numbing cream made my face feel weird and heavy but it wore off an hour ago, all good now", None, "none",
     False),
    ("my lips feel swollen and it hasn't worn off", 3, "emergency", True),
    ("I had a lump in my throat the whole time watching my sister's wedding video anyway can I sit out in the sun "
     "today? had it done yesterday", 26, "none", False),
    ("there's a lump in my throat and it's hard to swallow", 3, "emergency", True),
    ("I'm burning up... with curiosity when will I see results", None, "none", False),
    ("my boss is a pain in the neck lol. can I go back to work tomorrow or do I need downtime", None, "none", False),
]

ROUND_CE_SIGNS = [
    # round CE's: "already fainted once" is today's faint; a credit card "bleeding" and a boss who is "a real pain in
    # the neck" are no signs; a fever "that's long gone" is over; a span right after a question of a time to come is
    # asked ("will I look like a tomato for days?"), not one told later in its clause; "in the first time" (a first
    # session) is another occasion; a patch "that's gone grey" is still a sign
    ("so dizzy and i already fainted once.. bf says im grey", None, "emergency", True),
    ("My credit card is bleeding after paying for 3 sessions haha. anyway when do people usually see a difference?",
     None, "none", False),
    ("lol my boss is a real pain in the neck today, face is fine tho", None, "none", False),
    ("I had a fever last week before the treatment but that's long gone, I'm feeling great. is my skin being a bit "
     "warm today normal?", 6, "none", True),
    ("Will I look like a tomato for days? I have a zoom interview on Friday", None, "none", False),
    ("will i be ok since my face has been red for days and it's hot", 150, "contact", False),
    ("Next month I will have second session. In the first time the numbing cream was not enough and it was very "
     "painful around the mouth. Can I ask for more numbing cream?", None, "none", False),
    ("theres one spot near my temple thats gone kind of greyish and numb?? rest of face is healing fine", 50,
     "contact", True),
]

FORTY_SEVENTH_REVIEW_SIGNS = [
    # review 47 (of rounds CC's and CD's fixes): "wore off" told of the numbing in a clause of its own ("when",
    # "after", "since"...) tells nothing of the sign before it; a hedged after-word ("barely gone down") leaves the
    # sign there; a year dates its own clause, not a sign told in the present in another; neck pain getting worse is
    # pain; a denial stops at "until"
    ("my lips started swelling when the numbing wore off", 6, "emergency", True),
    ("I fainted when the numbing wore off", 6, "emergency", True),
    ("hard to breathe since the numbing wore off", 5, "emergency", True),
    ("severe pain after the numbing went away", 6, "contact", True),
    ("I broke out in hives when the numbing wore off", 6, "contact", True),
    ("the redness I had has barely gone down, it's day 5", 120, "contact", True),
    ("the swelling I had has only partly gone down, day 5 now", 120, "contact", True),
    ("the redness is half gone", 96, "contact", True),
    ("I was born in 1985 and my face is swollen with pus coming out", 30, "contact", True),
    ("I had a baby in 2033 and the redness is spreading and hot", 48, "contact", True),
    ("I had hives in 2029 after a peel and I have them again now", 6, "contact", True),
    ("I have a pain in the neck that is getting worse and worse", 30, "contact", True),
    ("I wasn,t worried until my throat started closing", 6, "emergency", True),
    ("I wasn't worried until my lips started swelling", 6, "emergency", True),
]

ROUND_CF_SIGNS = [
    # round CF's: breathing "not fine" is trouble breathing; "so dizzy i went down" is a faint, and "went down" told
    # of someone is no sign going down; going down to the shop is no faint
    ("face fine.\nbreathing not fine.", None, "emergency", True),
    ("im on the bathroom floor, got so dizzy i went down. cant really stand up", None, "emergency", True),
    ("my swelling went down and she went down to the shop", 30, "none", False),
    ("i went down for a nap and woke up with a swollen face", 30, "none", True),
]

FORTY_EIGHTH_REVIEW_SIGNS = [
    # review 48 (of rounds CE's and CF's fixes): a first session told without "after" is this one where no later one
    # is named ("in my first session today my throat started closing"); "that's over" is no after-word ("swelling
    # that's over my eye"); a faint "went down in the kitchen" is a faint; a sign that "swelled up and went down
    # again" is no faint; a sign asked about and then told graver is told ("will my face be red for days? it's
    # already been red for a week")
    ("in my first session today my throat started closing", None, "emergency", True),
    ("this is my first time, in my first session today I fainted", None, "emergency", True),
    ("swelling thats over my eye and getting bigger", 30, "contact", True),
    ("she went down in the kitchen after her session and isn't answering", None, "emergency", True),
    ("stood up and went down, came round after a minute", 3, "emergency", True),
    ("i felt dizzy and went down", 3, "emergency", True),
    ("my face swelled up and went down again, is that normal?", 10, "none", True),
    ("will my face be red for days? its already been red for a week", 168, "contact", True),
    ("will I be swollen for days more? I've been swollen since monday", 150, "contact", True),
    ("Bonjour! I have my second session next week. For the first one the numbing cream did not work very well for "
     "me, I felt the needles a lot. Can I ask for more cream?", None, "none", False),
]

ROUND_CG_SIGNS = [
    # round CG's: "cnt breth" is "cant breath"; a throat "getting tighter" is closing; jeans getting tighter are no sign
    ("cnt breth. face swelling. pls wht do i do", None, "emergency", True),
    ("I'm fine, the face is just red like they said, BUT my throat is getting tighter every minute", None, "emergency",
     True),
    ("my jeans are getting tighter", 20, "none", False),
]

ROUND_CH_SIGNS = [
    # round CH's: breathless after climbing stairs is exertion (not beside a real sign); the numbing's white cream is
    # no discharge; a normal sign "from yesterday" told gone is over (not pus)
    ("breathless after climbing 4 flights of stairs to my flat, unfit. does taking the stairs count as sweating?",
     None, "none", False),
    ("I am breathless after climbing the stairs and my lips are swelling", 3, "emergency", True),
    ("what was the white cream they put on before they started, the numbing stuff? how long is it on for", None,
     "none", False),
    ("the redness from yesterday has completely gone, swelling gone too. anything I should still avoid?", None, "none",
     False),
]

FOURTEENTH_SITTING_LEFT_SIGNS = [
    # left by the fourteenth sitting: "still" told as a clause of its own after a sign keeps it going on whatever sets
    # it off; skin raw under peeling; breathing not "properly" for a while; a face or mouth drooping on one side is
    # a stroke even alone (not droopy skin a patient hopes to lift); a sign denied "until" something began then
    ("face burns like crazy whenever water touches it, still, 4 days later", 96, "contact", True),
    ("skin is peeling which i know is ok but underneath its raw and bleeding a bit", None, "contact", True),
    ("I haven't been able to breathe properly since the treatment", 6, "emergency", True),
    ("one side of my mouth is drooping", 3, "emergency", True),
    ("the left side of my face is droopy and I want it lifted, will microneedling help?", None, "contact", True),
    ("no hives until I used the serum and now they are everywhere", 10, "contact", True),
    ("no pus till now, should I be worried?", 30, "none", False),
]

ROUND_CI_AND_CJ_SIGNS = [
    # rounds CI and CJ's: heat with pain is expected on the first day, not later nor with the time unknown nor told
    # worsening; a pattern told since the treatment is happening; erythema extending past the treated area,
    # induration and raw open patches; "red flags" at work is no warning sign
    ("had it done at 10 this morning, face feels warm and tight and a bit throbby? it's 2pm", 4, "none", True),
    ("my face is hot and throbbing", 6, "none", True),
    ("my face is hot and throbbing and getting worse", 6, "contact", True),
    ("my face feels hot and throbbing", 30, "contact", True),
    ("my face feels hot and throbbing", None, "contact", True),
    ("im getting raised itchy welts whenever i touch my face since the treatment. no breathing trouble", None,
     "contact", True),
    ("nurse here lol but the patient is me: erythema extending past the treated margin at 72h, with induration and "
     "warmth. flagging it", 72, "contact", True),
    ("skin peeled and now there are raw open patches that sting and look wet", None, "contact", True),
    ("work is swamped, red flags everywhere lol. anyway it's been 5 days since microneedling, can i go back to my "
     "retinol?", 120, "none", False),
]

ROUND_CK_AND_CL_SIGNS = [
    # rounds CK and CL's: a friend's sign asked about ("should she see someone?") gets its advice, not a report; a
    # nose blocked by hay fever is no trouble breathing
    ("my friend says her face is leaking pus after hers, should she see someone?", None, "contact", False),
    ("can't breathe through my nose thanks to hay fever lol, face itself is fine", None, "none", False),
    ("cant breathe through my nose or mouth", None, "emergency", True),
    ("is it the cream that's making my face still feel a bit numb? session finished an hour ago", 1, "none", True),
    ("it's my second one, and the first time the cream didn't seem to work much and my forehead really hurt during "
     "it. Can they leave it on longer this time?", None, "none", False),
]

ROUND_CN_SIGNS = [
    # round CN's: not being able to swallow one's own spit; history told with "nothing like that so far" needs no
    # advice; a bill that "made me choke" is a joke
    ("is it normal to not be able to swallow my own spit after microneedling. getting worse for an hour now", None,
     "emergency", True),
    ("3 years ago after a session I got a bad infection and needed antibiotics. it cleared up. had my 2nd one today "
     "and nothing like that so far", None, "none", False),
    ("last time I had pus, nothing like that so far but my lips are swelling now", 5, "emergency", True),
    ("this bill made me choke lol. anyway when will i actually see results", None, "none", False),
]

ROUND_CM_SIGNS = [
    # round CM's: lips typed "lisp", a throat typed "thoat"; a product "the red one", whether it "really hurts" on the
    # day, a vaccine against flu are no signs
    ("my lisp are swolen and thoat is tigt pleas help", None, "emergency", True),
    ("I use every night The Ordinary AHA BHA peeling solution, the red one. When I can use again?", 100, "none",
     False),
    ("my sister wants to go but she's asking if it really hurts and whether they numb you", None, "none", False),
    ("Next week I have appointment for vaccine against flu. Is something I need to tell them?", None, "none", False),
]

ROUND_CO_AND_CP_SIGNS = [
    # rounds CO and CP's: skin hot to the touch on the first day; a cold's scratchy throat; a sign told gone past where
    # it is ("the swelling around my eyes is gone now"); history with all clear now, even asked "should I worry?",
    # but not asked what to do if it comes back; sight gone smeary; a cat throwing up; "will I look weird for long?"
    ("skin is pink and kinda hot to the touch, 1 day after", 24, "none", True),
    ("my cheek is hot to the touch", 40, "contact", True),
    ("I've had a cold with a scratchy throat since Sunday, before the treatment. Can I still use my cleanser?", None,
     "none", False),
    ("the swelling around my eyes is gone now, it was only the first day. can I start my vitamin C serum again?", 120,
     "none", False),
    ("two years ago after my first microneedling I had hives for a week. This time nothing so far, should I worry?",
     None, "none", False),
    ("last time my lips swelled up. nothing so far this time, but what do I do if it happens?", 3, "emergency", False),
    ("years ago i fainted at the dentist from needles lol but today was totally fine", None, "none", False),
    ("my vision's gone smeary since the treatment", 20, "contact", True),
    ("this is not about my face at all. My cat keeps throwing up after eating, should I change his food?", None,
     "none", False),
    ("How much downtime should I realistically expect? Will I look weird for long?", None, "none", False),
]

ROUND_CQ_SIGNS = [
    # round CQ's: why another procedure is wanted ("laser for the redness on my nose") is no sign now
    ("I want microneedling, a chemical peel and maybe some laser for the redness on my nose. In what order should I "
     "do them?", None, "none", True),
]

FORTY_NINTH_REVIEW_SIGNS = [
    # review 49 (of the fifteenth sitting's first fixes): a span told bounds the sign, not the time since the
    # treatment ("hot and throbbing for 2 hours" may be on day 4); sleep lost and painkillers that don't work are
    # severe; "can't lift it" or "65 years old" still tell a stroke; a phone dropped or a smile always crooked do not
    ("face has been hot and throbbing for 2 hours", None, "contact", True),
    ("hot and throbbing, can barely sleep", 12, "contact", True),
    ("hot and throbbing, painkillers arent working", 12, "contact", True),
    ("the right corner of my mouth is drooping and i cant lift it", 20, "emergency", True),
    ("my face dropped on the left side, i'm 65 years old", 20, "emergency", True),
    ("I dropped my phone on my face right after the treatment", 2, "none", False),
    ("ive always had a crooked smile on the left", None, "none", False),
    ("we are extending our stay, my face is a bit red", 20, "none", True),
]

FIFTIETH_REVIEW_SIGNS = [
    # review 50 (of rounds CK-CN's fixes): a nose blocked by the swelling is not hay fever; "red. One ..." is no
    # product; words of not being able near "swallow" (pills, the clinic) are no trouble swallowing; a speech lisp
    ("i cant breathe through my nose because of the swelling after microneedling", 10, "emergency", True),
    ("My face is still red, one week later", 170, "contact", True),
    ("Day 6 and my cheeks are still red. One thing I wanted to ask, is that normal?", 140, "contact", True),
    ("i can swallow my spit fine, just checking the redness is normal", 5, "none", True),
    ("Unable to make it to the clinic tomorrow. Do I need to swallow the antibiotic with food?", 50, "none", False),
    ("I've always had a lisp lol. face is a bit swollen today, normal?", 10, "none", True),
    ("my lisp are swolen and thoat is tigt pleas help", None, "emergency", True),
]

ROUND_CS_AND_CT_SIGNS = [
    # rounds CS and CT's: pain told in other words ("pain is very much, more than first day, not able to sleep");
    # "still" told of tomorrow in a condition; a heart racing for a date, out of breath from the stairs, breakouts on
    # TikTok and a yellow fever vaccine are no signs
    ("Pain is very much, more than first day, not able to sleep whole night, face is throbbing", None, "contact",
     True),
    ("what if it's still a little red the next day, is that ok?", None, "none", False),
    ("what if it's still red tomorrow? it's been red for a week already", None, "contact", True),
    ("heart's racing cause I have a first date tonight lol. can I put makeup on?", 6, "none", False),
    ("i was so out of breath walking up to the clinic cos the lift was broken haha. how long till I see results",
     None, "none", False),
    ("so sick of seeing breakouts on tiktok lol. does microneedling actually help acne scars", None, "none", False),
    ("I have appointment for the yellow fever vaccine on Wednesday. Is there problem with the microneedling?", None,
     "none", False),
    # what the patient knows is no question ("I know roughly what to look for"); "nobody told me it would burn"
    ("I'm a nurse so I know roughly what to look for. Yesterday I developed a temp of 38.2 and the redness has "
     "extended beyond the treated area", None, "contact", True),
    ("want to know what's normal swelling vs bad swelling before I do it next week", None, "none", False),
    ("nobody told me it would burn this much on day 4. like my face is actually on fire", None, "contact", True),
]

FIFTY_SECOND_REVIEW_SIGNS = [
    # review 52 (of rounds CQ-CT's fixes): "still ... tomorrow" past the normal window lasts; out of breath walking
    # round the house, breakouts seen on the chin and a heart racing from a reaction are signs
    ("what if it's still red tomorrow?", 120, "contact", False),
    ("It's been 5 days. What if it's still red tomorrow?", None, "contact", False),
    ("out of breath walking around the house since this morning, is that normal?", 8, "emergency", True),
    ("seeing breakouts on my chin since the treatment", 72, "contact", True),
    ("hearts racing cause i have a really bad reaction", 3, "emergency", True),
]

SIXTEENTH_SITTING_SIGNS = [
    # the fifteenth sitting's leftovers: a habit told before a clause that tells the sign in the present, or a habit's
    # sign told back now, is happening; "so far so good for me" asks nothing about benefits
    ("I'm prone to infections, there's yellow crust and it's weeping", 60, "contact", True),
    ("I usually get hives after lidocaine, and I have them now on my neck", 3, "contact", True),
    ("I usually get hives after lidocaine, is it safe for me now?", None, "none", False),
    # rounds CU and CV: itchy raised bumps are hives; a sign told since an active went on the healing skin is a
    # reaction to it; a product that smelled medical is no infection
    ("Itchy raised bumps came out around my mouth last night. No breathing problems at all, lips normal, just "
     "reeeally itchy", None, "contact", True),
    ("face is bright red and burning since I put my usual retinol on last night", None, "contact", True),
    ("Stupid me, I went back to my glycolic toner last night and my cheeks are red and stinging", 48, "contact", True),
    ("was the cream they put on first a numbing cream? it smelled kinda medical", None, "none", False),
    # rounds CW and CX: slumped over and not answering properly, almost falling beside a fast heart and a cold sweat,
    # a throat typed "throte" and yellow stains on the pillow are signs; a sister's lasting swelling asked about gets
    # its advice; a chest sore from laughing, anaphylaxis read about, whether it still hurts with the numbing and how
    # many drinks are too many are no signs
    ("My husband had microneedling with me today. He just slumped over on the sofa and isn't answering me properly, "
     "he's really pale", 4, "emergency", True),
    ("my heart is very fast and I am sweating cold, and I almost fall when I stand up", 4, "emergency", True),
    ("throte closing up i think?? what do i do", None, "emergency", True),
    ("woke up with yellow stains on my pillowcase where my cheek was, and the skin there feels hot", None, "contact",
     True),
    ("my sister had hers done last week and she's still really swollen and red. should she be calling them?", None,
     "contact", False),
    ("my chest hurts from laughing at my sister's texts, not a medical thing lol. can I wash my face with cetaphil "
     "tonight?", None, "none", False),
    ("been reading about anaphylaxis and freaking myself out. no lip or throat swelling, breathing is fine. am I ok?",
     None, "none", False),
    ("I'm terrified of needles. Do you numb the skin first? How does that work and does it still hurt?", None, "none",
     False),
    ("hen do tonight, is drinking alcohol ok after microneedling? How many drinks is too many lol", 6, "none", False),
    # rounds CY and CZ: feeling lost for a week, a faint told as not being conscious, skin warmer than the other side on
    # day 4 and "I think I'm reacting to the cream" are signs; breathless from running up the stairs and reacting to
    # many products (a habit) are not
    ("lost feeling in a spot on my cheek, a week now", 168, "contact", True),
    ("At lunch I feel very dizzy, and I fall on the floor one moment, my friend say I was not conscious maybe 30 "
     "seconds", 6, "emergency", True),
    ("My husband keeps saying my left cheek looks angry and shiny. It's warmer than the other side. Four days now.",
     96, "contact", True),
    ("i think im reacting to the cream they gave me, itchy bumps everywhere it went", None, "contact", True),
    ("bit breathless but that's cos I just ran up 4 flights of stairs lol, face is pink, done this morning", 3, "none",
     True),
    ("My skin is very sensitive and I react to many products. Should I follow the general list?", None, "none", False),
    # rounds DA and DB: a lip "3x its size", something heavy sitting on the chest going into the left arm, a lip still
    # totally numb on day 2, half a chin not felt 3 days on, and pain gone "from a 3 to a 9" that keeps the patient
    # awake are signs; allergic reactions read about online and swelling "I had on the first day" that is gone are not
    ("omg my lip is like 3x its size and now my tongue too 😭😭 hadit done at 2", 3.25, "emergency", True),
    ("about 20 min ago I started feeling like something heavy is sitting on my chest and it's going into my left arm. "
     "Probably anxiety.", 30, "emergency", True),
    ("I'm still totally numb on my upper lip and chin. The numbing cream was on Thursday morning.", 50, "contact",
     True),
    ("can't feel half of my chin still... 3 days on", 72, "contact", True),
    ("the pain has gone from a 3 to like a 9 out of 10. It keeps me awake and painkillers barely touch it.", 48,
     "contact", True),
    ("I don't have any trouble breathing, my lips are totally normal, I just read online about allergic reactions and "
     "got nervous", None, "none", False),
    ("the bit of swelling I had on the first day is gone now, all good. can I go back to my vitamin C serum yet?", 120,
     "none", False),
    # rounds DC and DD: clear sticky fluid weeping is no "cleared"; having to sit up to breathe and breathing "a little
    # bit strange" are emergencies; swelling "puffier than ever" and a face "not warm, BURNING" on day 3 need a call
    ("face is weeping clear sticky fluid still, day 3", 72, "contact", True),
    ("My breathing is little bit strange since the treatment, I must sit up straight for breathe. Is ok?", None,
     "emergency", True),
    ("swelling was going down yesterday but today its puffier than ever on the left side and it hurts to touch. 3 "
     "days out", 72, "contact", True),
    ("my face feels like its burning. not warm, BURNING. 3 days after", 72, "contact", True),
    ("the bits where they did extra passes on my acne scars are redder than the rest. 3 hrs in. that makes sense?", 3,
     "none", True),
]

FIFTY_THIRD_REVIEW_SIGNS = [
    # review 53 (of rounds CU-CZ's fixes): a cause after "cos I just" hides breathlessness only when it is exertion; a
    # chest that hurts laughing and breathing is a sign; a serum that fell on the floor, not being conscious of a habit,
    # reacting well, fake tan stains and slumping on a sofa are no signs
    ("im breathless cos i just put more numbing cream on", 2, "emergency", True),
    ("my chest hurts laughing and when breathing deeply, started after the numbing cream", 2, "emergency", True),
    ("my serum fell on the floor, can I still use it?", None, "none", False),
    ("I'm not conscious of touching my face, is that bad?", None, "none", False),
    ("im reacting so well to the treatment!", 48, "none", False),
    ("fake tan left yellow stains on my pillow, can I wash my face?", 48, "none", False),
    ("slumped over on the sofa all day watching netflix lol", 24, "none", False),
]

FIFTY_FOURTH_REVIEW_SIGNS = [
    # review 54 (of rounds DA's and DB's fixes): "twice" is a lip's size only as one; a weight on the chest, a left arm
    # and being kept awake are signs only told as one (a baby on the chest, a tattoo down the arm, a baby keeping the
    # patient awake are not); a pain score gone down is gone, one gone up is worse
    ("can I put vaseline on my lips twice a day?", None, "none", False),
    ("my lips are twice as big as normal", 3, "emergency", True),
    ("my baby fell asleep heavy on my chest, face is a bit pink", 6, "none", True),
    ("feels like something heavy is pressing on my chest", 5, "emergency", True),
    ("i have a tattoo going down my left arm, is that ok?", None, "none", False),
    ("the baby keeps me awake all night, face is a bit sore", 30, "none", True),
    ("the pain has gone from a 5 to a 1, so much better now", 30, "none", False),
    ("the soreness has gone from a 3 to a 9", 48, "contact", True),
    # a rising score worsens a sign however it is told ("from about a 2 to a 7"); hours are no score
    ("the pain has gone from about a 2 to a 7 since yesterday", 30, "contact", True),
    ("a bit sore still, the party is from 1pm to 6pm, can i go?", 30, "none", True),
]

EIGHTEENTH_SITTING_SIGNS = [
    # round DL: a grip lost with one side numb is a stroke; an eye crusty every morning needs a call (not the
    # skin around it); history dated a month back and told over needs no advice, and someone else's occasion
    # told after a sign leaves it the patient's now
    ("one side of my face just went numb and i cant hold my cup properly, coffee everywhere", 28, "emergency", True),
    ("my left eye is puffy, red and crusty every morning since the treatment, it's day 3", 72, "contact", True),
    ("the skin around my eyes is crusty and flaky, day 3", 72, "none", True),
    ("Had chest pains last month, turned out to be anxiety and my doctor cleared me. Treatment was 3 days ago and my "
     "skin is healing fine. Can I use my vitamin C serum yet?", 72, "none", False),
    ("Last year after my first microneedling I got an infection and needed antibiotics. This time it's day 2 and "
     "everything looks fine so far. Anything I should watch out for?", 48, "none", False),
    ("my lips have been swollen since last month", None, "emergency", True),
    ("I have this crusty honey colored scab on my cheek and my kid had impetigo last month", 60, "contact", True),
    # a hedge in a sentence of its own doesn't make a sign found this morning a question (round DJ)
    ("Just wondering about sunscreen. I had microneedling two days ago. But this morning I noticed a cluster of "
     "painful little blisters on my upper lip that tingle and burn. Is it ok to put sunscreen over them?", 48,
     "contact", True),
    # round DM: a pressure that "goes down into my left arm" moves, it doesn't go; glands told with where they are
    # before "swollen"; an emergency told after a comparison with a childhood occasion is happening now
    ("About twenty minutes ago I began to feel a pressure in my chest that goes down into my left arm, and I am quite "
     "sweaty. Should I still wash my face tonight?", 4, "emergency", True),
    ("the swelling went down to almost nothing", 30, "none", False),
    ("glands under my jaw have been swollen and tender since yesterday. treated thursday morning", 51, "contact",
     True),
    ("i think this is anaphylaxis like when i ate peanuts as a kid - throat tight, hives everywhere", None,
     "emergency", True),
    # round DP: words broken inside by a mark or a space are put back together
    ("th.roat is clos-ing up. hard to swal low", 0.5, "emergency", True),
    ("cant brea the, lips are swel ling", None, "emergency", True),
    # rounds DN and DO: a high pain score told as one; a swelling coming up with dizziness; found passed out;
    # puffier than on day 1; raw wet patches; something off; hard like a marble; a heart pounding for a date; a
    # hedge in another sentence doesn't reach a sign whose sentence opens with a contrast
    ("on a scale of 1-10 the burning is an 8. day 3. like sandpaper with chilli rubbed in", 60, "contact", True),
    ("pain from a 7 down to a 2 today :)", 30, "none", True),
    ("a bit sore, I have an 8 hour shift", 60, "none", True),
    ("numbing cream went on at 2 and now my whole face and neck are puffing up and im dizzy", 0.5, "emergency", True),
    ("my husband found me passed out on the sofa. im awake now but very weak and my face looks swollen", 6,
     "emergency", True),
    ("On day 1 I had some swelling, it went down on day 2. But this morning my whole face is puffier than on day 1, "
     "especially around my eyes, and it's itchy.", 72, "contact", True),
    ("skin coming off in big raw wet patches", 84, "contact", True),
    ("something's off. my face feels like sandpaper dipped in lemon juice whenever I put anything on it. day 5", 120,
     "contact", True),
    ("one spot near my nose is swollen and hard like a marble and it hurts", 70, "contact", True),
    ("my heart is pounding because I have a date tonight and my face is still pink lol", 5, "none", True),
    ("i was just wondering about sunscreen because i have a school run later. but also my eyes have puffed up really "
     "quickly in the last half hour and my throat feels scratchy and tight", 4, "emergency", True),
    # rounds DK and DP left: a word broken in three; a product that makes skin blotchy; a stroke told with a lopsided
    # face; a spot that starts bleeding again every time it's touched; blisters beside a habit of cold sores told
    # after them; a heart or skin numb from the numbing cream is no stroke
    ("whe e zing when i breathe 😰😰 and hives all over my neck", None, "emergency", True),
    ("will the numbing cream make my lips feel weird for hours?", None, "contact", False),
    ("my skin went blotchy and swollen after I put on my usual moisturiser this morning, itchy as hell. breathing fine",
     None, "contact", True),
    ("face is swollen, after I put on sunscreen it stung a bit", 20, "none", True),
    ("my arm went numb and weak all of a sudden and my face feels lopsided in the mirror", 30, "emergency", True),
    ("numbing cream still on the right side of my face, my hand is numb from touching it", 1, "contact", True),
    ("the tiny bleeding dots stopped ages ago but now one spot starts bleeding again every time I touch it", 72,
     "contact", True),
    ("It's been two days and most of the redness has gone. But I have little blisters along my top lip that sting, "
     "and I do get cold sores now and then.", 48, "contact", True),
    # the patient's own allergy stays worth a call beside an all-clear; someone else's does not
    ("Years ago I had a bad allergic reaction to lidocaine at the dentist. You used numbing cream on me today. I feel "
     "totally fine so far", 5, "contact", False),
    ("my sister had a bad reaction years ago with a facial, throat swelled and she ended up in hospital. I'm fine so "
     "far but should I be worried?", None, "none", False),
]


NINETEENTH_SITTING_SIGNS = [
    # rounds DQ and DR: history told before a present of only normal signs ("now I'm just a little red") needs no
    # advice, though not a present that tells more; "2 yrs ago" is another occasion
    ("Last year I had a bad reaction to a chemical peel, I was swollen for a week. Now I'm just a little red from "
     "microneedling 2 hours ago, is that ok?", 2, "none", True),
    ("last year I had hives after a facial somewhere else, but right now I'm just a bit pink", 8, "none", True),
    ("last year I had hives after a facial somewhere else, now I'm red and there's pus on my chin", 30, "contact",
     True),
    ("last year I had hives after a facial. now it's just red and my lips are swelling", 3, "emergency", True),
    ("2 yrs ago my eyebrow piercing got infected and I needed antibiotics. Should I be worried this time? Right now "
     "it all looks totally normal.", 30, "none", False),
    # a flow told stopped in the clause after, past the normal window or more than expected, is no bleeding that
    # won't stop; pus that stopped is still infection
    ("a pinpoint of blood came up where i rubbed a flake but it stopped straight away", 50, "none", False),
    ("there was a bit more bleeding than the therapist expected, but it stopped before I left. I'm fine now, just "
     "red.", 5, "none", True),
    ("my cheek was oozing pus but it stopped after i cleaned it", 30, "contact", True),
    # a burning no longer like a sunburn is worse than normal; a pain threshold or a sun-sensitive stage is no sign
    ("burning pain, not like sunburn anymore, more like someone holding a hot iron on it", 20, "contact", True),
    ("not like a sunburn, more like tight and warm, is that fine", 20, "none", True),
    ("I have a low pain threshold, can they leave the numbing on longer next time?", 50, "none", False),
    ("My last session was 16 days ago. I'm assuming I'm well past the sun-sensitive stage now?", 384, "none", False),
    # an all-clear beside a question of how to tell something is wrong ends the history's advice (the question
    # keeps its own); one beside "what if it happens?" does not
    ("My sister had microneedling last summer and her whole face swelled up and she ended up in A&E. I feel "
     "completely fine so far. How will I know if something's going wrong?", 6, "contact", False),
    ("3 years ago I got an infection after a session. nothing like that so far, but what do i do if it happens?", 6,
     "contact", False),
    # pending rounds DP and BT: a face pressed to a hot stove burns past normal; people asking the patient whether
    # they got a sunburn tell the redness they see
    ("my skin feels like I pressed my face to a hot stove. hasn't calmed down in 2 days", 48, "contact", True),
    ("can i cook on a hot stove tonight", 48, "none", False),
    ("people keep asking me if I got a bad sunburn. it's day 9. at what point do I worry", 216, "contact", True),
    # the airway told well right after it, or after a list of its parts, outside a question, is no sign there; never
    # past another word, nor in a question, nor the eyes' vision
    ("A bit puffy around the cheeks this morning. Lips and tongue are fine", 18, "none", True),
    ("A bit puffy around the cheeks. Lips, tongue, breathing all totally normal, just wanted to check", 18, "none",
     True),
    ("my lips are swelling up, totally normal i guess", 18, "emergency", True),
    ("my face is puffy, lips and tongue are fine?", 18, "emergency", True),
    ("my lips are swollen but my tongue and throat are fine", 18, "emergency", True),
    ("my eyes are itchy red and watering since yesterday. vision is fine tho", 30, "contact", True),
    # a normal sign told all gone in the clause after; not one going down a bit or fading
    ("there was a bit of swelling yesterday but it's completely gone now. can I put makeup on today?", 48, "none",
     False),
    ("had swelling on day 1 but it's gone down a bit, day 5", 120, "contact", True),
    ("the usual redness on day 2 and it's fading", 48, "none", True),
    ("Writing for my wife: she's pink and a little swollen, breathing totally fine, lips and tongue normal", 7, "none",
     True),
    ("hello, after the procedure my face is very swell and I cannot to breath good, please what I do", 2,
     "emergency", True),
    ("face swollen and i cant breathe fine", 2, "emergency", True),
    # family set apart from the writer (their own session to keep, catching what family has) is someone else
    ("my son has a fever, can I still come in for my 2nd session on friday or should i reschedule", None, "none",
     False),
    ("my husband has a cold and a fever, can I catch it and will it mess with my healing?", None, "none", False),
    ("my husband had his session with me yesterday, now he has a fever, can I still come to my appointment", None,
     "contact", True),
    # an itchy or scratchy throat put down to a cold or shouting nearby is no sign; after the numbing cream it is
    ("I've had a cold since last week so my throat's a bit scratchy, nothing new. Face just pink", 26, "none", True),
    ("My throat is a bit scratchy but that's because I've been screaming at the football all night", 10, "none",
     False),
    ("my throat feels itchy since the numbing cream", 2, "emergency", True),
    # asked whether something makes a sign worse is no worsening told; a scab where it bled is no bleeding now;
    # a face that feels gunky from a gel is no discharge
    ("does spicy food make the redness worse? had a massive vindaloo planned for tonight", 5, "none", True),
    ("the sun made the redness worse, is that bad?", 30, "contact", True),
    ("theres a little scab on my jaw where it bled a bit, can i pick it off now its been 3 days", 72, "none", True),
    ("it bled a bit again this morning", 96, "contact", True),
    ("can i use my st ives apricot scrub? face feels gunky from whatever gel they put on at the end", 20, "none",
     False),
    ("my cheek is gunky and yellow", 50, "contact", True),
]

FIFTY_EIGHTH_REVIEW_SIGNS = [
    # review 58 (of rounds DK's and DL's fixes): "last month", "months ago" as other occasions made this very
    # treatment another occasion ("had my first microneedling last month and my cheeks are still red"); someone
    # else's occasion hid a sign told without a verb; "today" after a past occasion turns to now (not of a mark told
    # lasting since); losing consciousness asked about; a heart beating hard from a run or coffee
    ("had my first microneedling last month and my cheeks are still red and bumpy", None, "contact", True),
    ("i had it done a month ago and theres still pus coming out of a spot on my chin", None, "contact", True),
    ("I had microneedling 3 months ago and my face still feels hot and burning", None, "contact", True),
    ("Fine so far. The redness from last month never went away completely though", None, "contact", True),
    ("i dont want to break out again like last month, i have pus spots coming up on my cheeks today", 40, "contact",
     True),
    ("crusty honey coloured scab on my chin, my kid had impetigo last month", None, "contact", True),
    ("i had microneedling a month ago, yesterday my throat started closing up and i can't swallow", None,
     "emergency", True),
    ("Had chest pains last month, turned out to be anxiety. Treatment was 3 days ago and my skin is healing fine", 72,
     "none", False),
    ("Two years ago after one of my sessions I couldn't help myself and picked a scab on my chin, and it left a small "
     "mark that's still there today. Lesson learned lol, I haven't picked since. Can microneedling actually fix that "
     "old mark too?", None, "none", False),
    ("will i lose consciousness from the numbing cream?", None, "emergency", False),
    ("my heart was beating hard on my run this morning, is exercise ok yet?", 30, "none", False),
    ("heart beating strong from the coffee", 30, "none", False),
]

FIFTY_NINTH_REVIEW_SIGNS = [
    # review 59 (of rounds DJ's and DM-DP's fixes): a date named near a tight chest hid it; "the bill" anywhere hid
    # dizziness; clock times and old scores read as high pain; a part of the day in another clause named the day's;
    # "found me passed out" on the couch after a night out; a history after "like the time" read as now
    ("i have a date tonight and my chest is tight", 5, "emergency", True),
    ("my heart is pounding because I have a date tonight and my face is still pink lol", 5, "none", True),
    ("got the bill for my treatment and now im dizzy and sweaty", 3, "contact", True),
    ("my face is a bit sore since about 8 this morning", 10, "none", True),
    ("the pain was a 9 yesterday but now its a 2", 30, "none", True),
    ("pain was a 7 during the treatment but now its fine", 5, "none", True),
    ("my roommate found me passed out on the couch after a night out haha", 20, "none", False),
    ("my husband found me passed out on the sofa. im awake now but very weak", 6, "emergency", True),
    ("like the time i went to the dentist years ago, my throat swelled up. but this time i feel fine", 5, "none",
     False),
    ("the redness went down to my normal skin tone after 2 days", 96, "none", False),
    ("the pain goes down into my left arm", 20, "emergency", True),
    ("the glands under my jaw on the left side have been swollen", 50, "contact", True),
    ("do glands ever react to this? i woke up fine today", 20, "none", False),
    ("something is off with my sunscreen routine, which one should i use", 20, "none", False),
    ("something is off with my left cheek, it looks grey", 30, "contact", True),
]

SEVENTEENTH_SITTING_SIGNS = [
    # the sixteenth sitting's leftovers: pain asked about "this much" on a day is the patient's pain now, which a
    # worsening told after it makes a call; a pain told "rising" worsens; the treatment's own pain asked about, and
    # the sun or a patient rising, are no sign
    ("does it still hurt this much on day 3? its getting worse", 50, "contact", True),
    ("pain is at 8 and rising", 50, "contact", True),
    ("the pain keeps rising, face feels bruised", 30, "contact", True),
    ("does it still hurt even with the numbing cream?", None, "none", False),
    ("the sun is rising and my face is a bit sore", 20, "none", True),
    ("sore face, rising early tomorrow for work, can I wear makeup", 20, "none", True),
    # a practitioner who has not answered a message is no one barely responding; someone beside the patient is
    ("I messaged my practitioner about the redness but she isn't answering me", 5, "none", True),
    ("sis just collapsed right after we left the clinic, she went white, she's breathing but not really responding "
     "to me", 1, "emergency", True),
    ("my practitioner said it was fine, but now my husband had the same treatment and he isnt responding to me", 5,
     "emergency", True),
    # round DF: a chest that has been hurting is chest pain; "won't stop easily" tells how a sign stops, no habit
    ("my chest has been hurting since lunch today, a squeezing feeling, and my left arm keeps tingling. I expect it is "
     "just indigestion.", 50, "emergency", True),
    ("the skin on my neck and chest has been hurting since the microneedling", 20, "none", True),
    ("a few spots started bleeding again today and they won't stop easily", 50, "contact", True),
    ("Which moisturiser should I use? I have oily skin and break out easily", None, "none", False),
    # round DE: heat that creeps past the treated skin after the first day may be an infection; breathless with
    # excitement is no trouble breathing
    ("the skin on my chin is hot and the heat seems to be creeping down my neck", 40, "contact", True),
    ("I'm breathless with excitement haha, skin looks glowy already on day 4, just a tiny bit of flaking", 90, "none",
     True),
    ("im breathless and my lips are swelling", 2, "emergency", True),
    # round DG: marks still there in the first days are the healing; a sign asked in a short question of its own and
    # answered no is denied, one answered yes is told
    ("still a few tiny red dots where it bled, but the bleeding stopped ages ago. thats fine right", 3, "none", True),
    ("the marks are still there", None, "contact", True),
    ("bruising? no. swelling? tiny. pain? nope. just red cheeks. am i ok", 8, "none", True),
    ("pus? yes. fever? no.", 50, "contact", True),
    ("Is this pus? No idea, it's yellow and oozing", 50, "contact", True),
    ("breathing? no. i cant breathe", 2, "emergency", True),
    # rounds DE-DH: an arm, hand or leg gone weak on one side is a stroke, drooping or not (not one weak from a jab or
    # the gym); shooting, electric pains are no tenderness; a patient found on the floor, not awake for a minute,
    # fainted; a hot iron held to the face burns; "icant" is "cant"
    ("right side of my face, arm and leg went numb and weak all of a sudden, cant lift my arm", 30, "emergency", True),
    ("since one hour my left hand is not strong and I cannot hold the cup, and my mouth is feel strange on one side "
     "and my words is not clear", 24, "emergency", True),
    ("my left arm is weak after my flu jab yesterday", 30, "none", False),
    ("one side of my face is more red than the other, and my hands are numb from the cold", 30, "contact", True),
    ("getting shooting pains through my face like little electric shocks", 12, "contact", True),
    ("This morning I go to the bathroom and then I don't remember, my husband find me on the floor. He say I was not "
     "awake for maybe one minute.", 22, "emergency", True),
    ("the kids woke up on the floor in a sleeping bag, can I do a sleepover?", 30, "none", False),
    ("feels like someone's holding a hot iron to my forehead and it's been getting worse since this morning", 53,
     "contact", True),
    ("i c a n t  b r e a t h e", 2, "emergency", True),
    # round DE: "could I faint?", "could my lips swell?" ask about a sign that could come: its advice, no report
    ("a couple of years ago I fainted after a blood test. could I faint from the needling?", None, "emergency", False),
    ("could my lips swell?", None, "emergency", False),
    ("my lips are swelling, could my throat close?", 2, "emergency", True),
    ("could I be fainting? i feel so lightheaded and my vision is going", 2, "emergency", True),
    # round DG: others' thoughts of a rash the patient doesn't want are no rash; "the sweat make infection?" asks
    ("I'm still fairly red, a bit like I've been blasted by wind. I don't want patients thinking I've got a rash.", 16,
     "none", True),
    ("I dont want people thinking I have a rash, but I do have hives on my neck now", 30, "contact", True),
    ("I think ive got a rash on my neck", 30, "contact", True),
    ("I can play or the sweat make infection?", 22, "none", False),
    ("I think the sweat made an infection, there is pus", 40, "contact", True),
    # round DI: not being able to take air is trouble breathing; redness going down to the neck spreads (going down
    # alone subsides); feeling cold and shaking is a fever's chill; struggling to find the words beside a drooping mouth
    # is a stroke; history told with "this time all good" or "nothing is happening to me" needs no advice
    ("my heart is beating very fast and I cant take air good, my face and neck is red and swelling", None, "emergency",
     True),
    ("this morning my cheek is very hot and the red is going down to the neck, and I feel cold and I shake", 72,
     "contact", True),
    ("the redness is going down, neck is fine", 30, "none", True),
    ("This evening my face suddenly felt strange on the right side, and my husband says my mouth is drooping. I'm "
     "struggling to find the words while typing this.", 77, "emergency", True),
    ("Last year a friend ended up in hospital with an allergic reaction after microneedling at some cheap place. I'm "
     "totally fine, just nervous. Anything I should look out for?", None, "none", False),
    ("Last year after a peel somewhere else I had an awful allergic reaction and ended up in A&E. This time all good, "
     "just a little red.", 10, "none", True),
    ("Last year I ended up in A&E after a peel. This time all good so far but what do I do if it happens again?", 5,
     "emergency", False),
    # round DJ: a crushing feeling in the middle of the chest, going into the jaw and left arm, is chest pain; faint
    # grid marks are no faint; not wanting the client thinking one has a rash is a fear
    ("I was just watching TV and got this heavy crushing feeling in the middle of my chest, and it's going into my "
     "jaw and left arm. I'm sweating a lot and feel sick. Maybe it's just anxiety about my face?", 30, "emergency",
     True),
    ("the redness is going into my jaw and arm", 30, "none", True),
    ("I can still see a faint grid pattern of lines on my forehead, it's been 2 weeks", 336, "contact", True),
    ("so faint, heat everywhere", 2, "emergency", True),
    ("will it be gone by the meeting? I don't want the client thinking I've got a rash.", 3.5, "none", False),
    # round DK: feeling one will lose consciousness is a faint coming, a heart beating very strong races; being scared
    # of breaking out is a fear, no rash
    ("Now at home I lay down and my heart is beating very strong and fast, and I feel I will lose consciousness, very "
     "weak, my face and neck is all red and itching and swelling.", 5, "emergency", True),
    ("I didnt lose consciousness or anything, just felt a bit off during the numbing", 3, "none", False),
    ("I'm scared of breaking out without it. The clinic said to avoid retinoids for a few days. Is tomorrow okay to "
     "restart?", 4, "none", False),
    ("I'm scared of breaking out, and now I have pus spots on my chin", 50, "contact", True),
]

FIFTY_FIFTH_REVIEW_SIGNS = [
    # review 55 (of rounds DC's and DD's fixes and the tidy that read rising scores in code): having to sit up to
    # breathe is told as a need, not a yoga teacher's advice; "than ever" praises unless a sign is more so; a denial
    # down a list ("not warm, burning or swollen") is no "not warm, BURNING"; times, steps, litres and SPF told
    # "from 7 to 11" are no pain score, whose fillers are read as stems
    ("having to sit up in bed to breathe properly", None, "emergency", True),
    ("breathing a bit strange since the session, sorry to bother", 5, "emergency", True),
    ("sit up straight to breathe during yoga class is something I love, can I do yoga tomorrow?", 30, "none", False),
    ("in yoga you have to sit up straight to breathe properly, can I go to class on day 3?", 60, "none", False),
    ("my skin looks better than ever, is a bit of redness normal on day 1?", 10, "none", True),
    ("it's a bit puffier than I expected but it's only been 6 hours, normal?", 6, "none", True),
    ("its not warm its burning!! day 3", 60, "contact", True),
    ("my face is not warm, burning or swollen, just a little dry on day 3", 60, "none", True),
    ("all the swelling cleared yellow bruising nearly gone too", 70, "none", False),
    ("pain at 8 and rising", 50, "contact", True),
    ("the soreness went from probably a 3 to easily an 8 overnight", 30, "contact", True),
    ("bit red on day 2, I'm working from 7 to 11 tonight in a hot kitchen, is that ok?", 40, "none", True),
    ("mild redness, day 1. dinner is from around 7 to 9 tonight, makeup ok?", 10, "none", True),
    ("a little sore, day 1. I upped my water from 2 to 3 litres like you said", 20, "none", True),
    ("face still a little red, day 2. i went from 30 to 50 spf, good?", 40, "none", True),
]

FIFTY_SIXTH_REVIEW_SIGNS = [
    # review 56 (of rounds DE-DH's fixes): a pain score from 1 to 10 rises when pain is told before it; a lone "no"
    # followed by "worse" denies nothing; a weak or numb limb from a cuff, shocks from a car door or the pen, a hot
    # day, a floor at work, a hair iron are no signs; someone who won't wake up is an emergency, whoever was messaged
    ("the pain has gone from 1 to 10 in an hour", 30, "contact", True),
    ("the pain in my cheeks from 4 to 8 overnight", 30, "contact", True),
    ("The pain is a 6 and going up", 30, "contact", True),
    ("Swollen? No. Worse. way bigger than yesterday", 96, "contact", True),
    ("my right arm is numb from the blood pressure cuff they used", 1, "none", False),
    ("during the treatment it felt like little electric shocks, is that normal?", 5, "none", False),
    ("got a static shock from the car door, felt like an electric shock lol, face is fine", 30, "none", False),
    ("its so hot today, we are moving to a new flat, can i carry boxes?", 48, "none", True),
    ("you can find me on the 2nd floor at work, can i wear makeup there?", 30, "none", False),
    ("i wasnt awake for long last night, fell asleep fast despite the tightness", 20, "none", True),
    ("I use a hot iron for my hair every day, can I use it now?", 30, "none", False),
    ("my wife had it done today, she wont wake up, i messaged the clinic", 5, "emergency", True),
    ("my mum is barely answering me since her session, i emailed the clinic", 6, "emergency", True),
    ("the swelling is bad and going up towards my eyes", 50, "contact", True),
]

FIFTY_SEVENTH_REVIEW_SIGNS = [
    # review 57 (of rounds DI's and DJ's fixes): an all-clear phrase holding "last time" dates nothing, and a sign its
    # sentence tells going on now is no history, whatever all-clear stands beside it; shaking when nervous is no chill
    ("nothing like last time, just my throat feels tight", 5, "emergency", True),
    ("Last year I had a bad reaction, my throat closed. Nothing like last time, I'm totally fine, only my tongue "
     "feels thick", 4, "emergency", True),
    ("when I'm nervous i shake and go red", 20, "none", True),
    ("Last year after a peel somewhere else I had an awful allergic reaction and ended up in A&E. This time all good, "
     "just a little red.", 10, "none", True),
]

FIFTY_FIRST_REVIEW_SIGNS = [
    # review 51: a sign "gone" worse, deeper or wilder past where it is is there still; a scratchy throat put down to
    # the numbing cream is a sign; history with all clear is advice-free only while nothing is told back now
    ("the redness on my face has gone deeper, day 5", 110, "contact", True),
    ("the swelling under my eyes has gone from bad to worse", 40, "contact", True),
    ("the swelling around my eyes has gone crazy, I can barely open them", 40, "contact", True),
    ("scratchy throat from the numbing cream?", 1, "emergency", True),
    ("scratchy throat because of the cream they put on", 2, "emergency", True),
    ("After my first session I got pus spots. Been fine since then, but now after my second session it's happening "
     "again", 30, "contact", False),
]

FORTY_FIRST_REVIEW_SIGNS = [
    # review 41 (of round BN's fixes): a joking opener ("not gonna lie lol", "no joke") denies nothing; prices that
    # doubled, a dent in one's wallet and rain in sheets are no signs
    ("not gonna lie haha my throat feels tight", 48, "emergency", True),
    ("not even kidding lol my tongue is swelling", 3, "emergency", True),
    ("no joke my tongue is swelling", 3, "emergency", True),
    ("since covid everything doubled in price lol, is a package cheaper?", None, "none", False),
    ("the package left a dent in my wallet lol", None, "none", False),
    ("its raining in sheets here, can i go out with my red face", 20, "none", True),
]

LEFT_OPEN_SIGNS = [
    # items the ninth sitting left open: a severity opening its own sentence rates the sign before it, its
    # consequence clause may follow ("so bad I can't go to work"); one that describes a word does not
    ("I'm swollen. It's so bad I can't go to work", 30, "contact", True),
    ("face is swollen. it's really bad, i look like a hamster", 20, "contact", True),
    ("I'm a bit red. It's really bad timing because I have a wedding tomorrow", 20, "none", True),
]

THIRTY_FOURTH_REVIEW_SIGNS = [
    # review 34 (of rounds BC and BD's fixes): a near faint alone is a call, not a joke, unless told of a bill, a
    # price or a laugh; beside a racing heart however told, or when it keeps coming, an emergency
    ("I nearly passed out in the shower this morning", 6, "contact", True),
    ("I almost passed out earlier. Is that normal after microneedling?", 6, "contact", True),
    ("nearly passed out", 6, "contact", True),
    ("My heart has been racing all evening and I almost passed out getting up from the couch", 6, "emergency", True),
    ("I keep almost passing out since the treatment", 6, "emergency", True),
    ("Saw the bill, nearly fainted, face is fine tho, bit tight and pink", 5, "none", True),
    ("my husband nearly fainted when I told him what it cost, anyway when will I see results?", 48, "none", False),
    # "I always feel" is a habit, but not of a sign told since a time or as happening now
    ("since the treatment I always feel hot and shivery", 24, "contact", True),
    ("after the treatment i always feel fever", 30, "contact", True),
    ("since the treatment i always feel chest pain", 24, "emergency", True),
    ("i always feel my throat closing when i get nervous, and its happening now", 24, "emergency", True),
    ("I always feel unwell when I'm on my period, anyway is it ok to shower", 24, "none", False),
    # the patient (not the face) "hot like fever" feels feverish; a severity with "omg" after it still rates the sign
    ("i feel hot like fever all over my body not just face", 3, "contact", True),
    ("Swollen and red. So bad omg", 24, "contact", True),
]

THIRTY_SIXTH_REVIEW_SIGNS = [
    # review 36 (of round BG's fixes): "it passed" two clauses on settles only a sign told as an episode gone by
    # ("I felt", "I was"), not one going on or had: what passed may be the other thing told between
    ("theres pus on my cheek and i had a headache but it passed", 48, "contact", True),
    ("theres yellow pus coming from a spot on my cheek and i had a headache this morning but it passed", 72,
     "contact", True),
    ("i have a fever and i had a headache but it passed", 48, "contact", True),
    ("my cheek is oozing and i was worried but it passed", 48, "contact", True),
    ("swollen eye, i had a headache but it passed", 48, "contact", True),
    ("i have big blisters and i was crying but it passed", 48, "contact", True),
    ("my face is leaking yellow liquid and i had a bit of a headache but it passed", 48, "contact", True),
    ("i got pus on my cheek and i had a headache but it passed", 48, "contact", True),
    ("since the treatment i felt feverish and i had a headache but it passed", 48, "contact", True),
    ("my skin went all blistery and i had a headache but it passed", 48, "contact", True),
    ("i was dizzy in the chair, the nurse gave me juice and it passed", 48, "none", False),
    # a fever's chills are no chill ("its chill now", "chill out"): "chills now" is no "chill now", nor is being chilled
    ("i have chills now", 48, "contact", True),
    ("i have the chills now and my face is hot", 48, "contact", True),
    ("chills now, also hot face", 48, "contact", True),
    ("i am having chills now since the morning", 48, "contact", True),
    ("so chills and hot flushes today", 48, "contact", True),
    ("i think its chills, i keep shaking", 48, "contact", True),
    ("its chills every night since the treatment", 48, "contact", True),
    ("i have had chills for two days", 48, "contact", True),
    ("feeling chilled to the bone", 48, "contact", True),
    ("feeling chilled now and sweaty", 48, "contact", True),
    ("face is chill now, can i go out", 20, "none", False),
    # what a treatment was done for is told with "my" ("for my dark spots"); "normal for dark spots to appear" is not
    ("is it normal for dark spots to appear where it was red? i have some on my cheeks now", 48, "contact", True),
    ("checked for dark spots this morning and found new ones on my cheek", 48, "contact", True),
]

THIRTY_FIFTH_REVIEW_SIGNS = [
    # review 35 (of round BF's fixes): why the treatment was done names a sign only right after it ("done for my
    # acne scars"); a sign told further on in the same clause is reported, even with no punctuation
    ("I had microneedling for the first time 2 days ago now my cheeks have yellow crusty bits", 48, "contact", True),
    ("got microneedling for the first time on monday my face is oozing yellow stuff", 48, "contact", True),
    ("had it done for my acne scars 3 days ago now theres pus coming out of a spot on my chin", 72, "contact", True),
    ("came in for my second session tuesday now theres green stuff oozing from my forehead", 48, "contact", True),
    ("treatment for my pigmentation was friday my cheek has a hard painful lump now", 72, "contact", True),
    ("had microneedling for acne scar 2 day ago today many small blister with yellow water on my cheek", 48,
     "contact", True),
    ("i got it done for my birthday the cheek is leaking yellow fluid", 72, "contact", True),
    ("went in for my microneedling for scars on tuesday im now running a fever", 48, "contact", True),
    ("had microneedling for my face yesterday pus everywhere", 48, "contact", True),
    ("had it done for my acne craters yesterday, can i use moisturiser", 24, "none", False),
    # and the over-escalations it noted: a metal taste alone is unusual, not the numbing reaching the blood; acne
    # craters are why one comes; forgetting one's keys after a fever that passed; blurring from the eye drops
    ("strange metal taste, otherwise fine", 24, "contact", True),
    ("i have deep craters from acne, is microneedling good", None, "none", False),
    ("fever last night, now im fine but i keep forgetting where i put my keys lol", 24, "contact", True),
    ("my eye was swollen shut yesterday, today its fine, vision bit blurry from the drops", 24, "contact", True),
]

THIRTY_FIRST_REVIEW_SIGNS = [
    # review 31 (of rounds AX and AY's fixes): a treated relative's sign told now in a later sentence stays hers
    # and reported; a worry hides only a risk named, not a sign; "my messages" is no figure of speech; a cheek
    # "hot in" is no hot room; dried blood on day 6 and raw skin under peeling are worth a call
    ("my sister had it done yesterday. her lips are swelling and her throat feels tight", None, "emergency", True),
    ("My sister had her treatment at your clinic yesterday. Her cheek is oozing yellow pus. Can she use her usual "
     "moisturiser?", None, "contact", True),
    ("am i gonna have to call 999 my tongue is swelling", 1, "emergency", True),
    ("concerned about pus on my forehead", 72, "contact", True),
    ("im worried about discharge from my eye", 48, "contact", True),
    ("theres pus, check my messages", 72, "contact", True),
    ("its really hot in my cheeks still on day 5", 120, "contact", True),
    ("still dried blood on my pillow every morning, day 6", 144, "contact", True),
    ("my skin is peeling like crazy and its raw underneath", 96, "contact", True),
    # and no new alarms: an eye that can't see "any pus", an arm sore from a jab, "way beyond what i imagined",
    # a habit told a sentence before the treatment's day
    ("glowing way beyond what i imagined, bit pink still day 2", 48, "none", True),
    ("face stings like nettles for a bit after serum, then fine", 2, "none", True),
    ("I break out every time I travel. Had my treatment 2 days ago. Can I fly?", 48, "none", False),
    ("my left arm hurts and feels numb and I'm sweating", 2, "emergency", True),
    # the pending rounds' false alarms: a "heart attack moment" at the mirror, pain that was during the session
    ("heart attack moment when I saw myself in the mirror, so red. normal?", 5, "none", True),
    ("the pain killed me during the session but now its nothing, just warm and red", 4, "none", True),
    ("it hurt more than I expected last time, can the numbing stay on longer?", 700, "none", False),
    # a contrast ends an aside: "probably unrelated, but since last night my eye is swollen almost shut"
    ("Also probably unrelated, but since last night my right eye is swollen almost shut with yellow gunk", 72,
     "contact", True),
]

TWENTY_NINTH_REVIEW_SIGNS = [
    # review 29 (of round AV's fixes): a habit of breaking out told beside a sign told now keeps the sign
    ("theres pus coming from a spot on my chin, i break out when my period is due", 72, "contact", True),
    ("I have a rash on my neck, I break out if I sweat", 30, "contact", True),
    # "didnt know who else to ask" is no confusion, the worst headache of one's kids no emergency
    ("i didnt know who else to ask, i have a slight fever and chills", 48, "contact", True),
    ("my kids are giving me the worst headache ever, can i wear makeup tomorrow?", 20, "none", False),
    ("the glow never wore off, it's amazing", 200, "none", False),
    # the new emergencies stay
    ("my neck is so stiff i cant bend it and i have a fever of 39, had microneedling 2 days ago", 48, "emergency",
     True),
]


TWENTY_EIGHTH_REVIEW_SIGNS = [
    # review 28 (of rounds AT and AU's fixes): a sign told "not in a good way" is no figure of speech
    ("my face is swollen, not in a good way, day 5", 120, "contact", True),
    ("skin is oozing, not in a good way", 30, "contact", True),
    # tingling of the tongue, throat or inside the mouth may start an allergy; around the mouth is treated skin
    ("my tongue is tingling since they put the serum on", 2, "contact", True),
    ("corners of my mouth are tingling a bit", 2, "none", True),
    # "got confused" or a photo's blur are no emergency beside a fever or a sore face
    ("Sorry i got confused, what temperature of water should I wash my face with?", 10, "none", False),
    ("Eyes fine. Skin is sore. Photo blurry sorry", 10, "none", True),
    ("my eye cant see the difference yet, right?", 200, "none", False),
    ("kind of greyish outside today, do i still need spf?", 30, "none", False),
    # a face that droops with a weak arm is a stroke until shown otherwise
    ("my smile is droopy on the left and my arm feels weak", 5, "emergency", True),
    ("droopy eyelids, will microneedling lift them?", None, "none", False),
]


ROUND_AV_SIGNS = [
    # round AV's missed emergencies: sight lost in part of an eye told nine words on, a fever with a wife who
    # "doesnt know what day it is", a stiff neck with fever and the worst headache of a life
    ("left eye went blurry all of a sudden and i cant see out of the bottom half of it. no pain at all", 23,
     "emergency", True),
    ("since last night shes burning up (40 degrees) and she doesnt know what day it is, keeps mixing up her words",
     70, "emergency", True),
    ("stiff neck + really high fever + worst headache of my life + light hurts my eyes", 48, "emergency", True),
    ("I slept funny and have a stiff neck, also is it ok to use vitamin c yet?", 48, "none", False),
    # numbness that never wore off, days on (contact), not numbing that wore off an hour later
    ("theres a patch on my cheek that still has no feeling, like the numbing never wore off, 3 days now", 72,
     "contact", True),
    ("there's still a patch on my right cheek that feels completely numb", 48, "contact", True),
    # "should I be worried if I'm still red" tells the redness; "if my lips swell" asks about one to come
    ("should I be worried if I'm still red after like a week and a half?? also when can I go back to my BHA", 252,
     "contact", True),
    ("should i be worried if my lips swell?", 2, "emergency", False),
    # "I break out if I skip it" is a habit; a rash broken out since this morning is told now
    ("paula's choice 2% bha liquid tonight?? i literally break out if i skip it", 6, "none", False),
    ("I've broken out in a rash all over my cheeks since this morning, if i skip the cream will it go?", 6,
     "contact", True),
]


ROUND_AU_SIGNS = [
    # round AU's missed signs: a grey-white patch told a few words from its place, a grey curtain coming down, a
    # fever with a son who "isn't making sense" or a patient who "got confused driving home", marks that "aren't
    # fading" three weeks on
    ("there's a patch on my forehead about the size of a coin that's gone kind of greyish white", 19, "contact",
     True),
    ("my hair has gone greyish white over the years, is microneedling ok for older skin?", None, "none", False),
    ("vision's gone blurry in my right eye since the session, like a grey curtain coming down", 6, "emergency",
     True),
    ("He has 39.8 fever and he isn't making sense, keeps asking what day it is", 72, "emergency", True),
    ("fever, chills, and I got confused driving home from work, literally forgot where i was going", 72,
     "emergency", True),
    ("there are raised shiny marks in a grid pattern on my forehead that aren't fading. it's been 3 weeks", 504,
     "contact", True),
    # a burning face "in a good way" is a glow, not pain four days on
    ("my face is on fire 🔥🔥 (in a good way, the glow is unreal) day 4 and loving it", 96, "none", False),
    ("my face is on fire and it's day 4", 96, "contact", True),
]


ROUND_AT_SIGNS = [
    # sight lost told after a greeting in another language, or gone "totally dark" (round AT's missed emergencies)
    ("안녕하세요... 눈이 갑자기 안 보여요. sorry english not good, left eye suddenly cannot see, black", 3,
     "emergency", True),
    ("vision went totally dark in one eye for a few minutes and it's still not right", 20, "emergency", True),
    # an eye that blurs and hurts, told with "has been", buried in a gym question
    ("Oh and also since they did the area around my eyes my right eye has been blurry and really painful", 30,
     "emergency", True),
    ("my left eye has been a bit blurry since the session", 30, "contact", True),
    # tingling belongs to the first days; pins and needles that stay do not
    ("weird pins and needles feeling on my left cheek that hasn't gone away in 3 days", 76, "contact", True),
    ("Mild tingling like after a facial, 2hrs in.", 2, "none", True),
    ("lips tingling and swelling up fast", 2, "emergency", True),
    # a voice worn out by shouting is no allergic reaction; a hoarse voice is
    ("voice is hoarse from screaming at the football last night haha. which moisturiser is ok to use?", 20, "none",
     False),
    ("my voice is hoarse and my lips feel tight", 2, "emergency", True),
]


TWENTY_SEVENTH_REVIEW_SIGNS = [
    # the last review found review 24's narrowing had lost sudden sight loss and plain chest pain
    ("my eyesight went suddenly in my left eye this morning", 6, "emergency", True),
    ("I lost my vision for a minute and then it came back", 6, "emergency", True),
    ("sudden vision loss in my left eye since 2pm", 6, "emergency", True),
    ("my chest started hurting an hour ago", 3, "emergency", True),
    ("he grabbed his chest and sat down, said it hurts, now he's pale", 4, "emergency", True),
    ("my husband says I was out late, so I got little sleep, does sleep affect healing?", 24, "none", False),
    # someone after "like" is a figure of speech: the sign is the writer's (round AS's report, no notice before)
    ("honestly looks like someone went at me with a cheese grater and it's day 6, not calming down at all", 144,
     "contact", True),
]


TWENTY_SIXTH_REVIEW_SIGNS = [
    # the review of round AS's fixes and of the rework before it: a part of a phrase group hid a whole sign ("vision
    # is blurry" hid "vision"); double vision and halos, a faint on the bathroom floor, a fever read off a
    # thermometer with nonsense talk, and a return told the night after the session are emergencies; a chest
    # clutched laughing is not
    ("my vision is blurry", 5, "contact", True),
    ("I'm seeing double since this morning", 5, "emergency", True),
    ("I woke up on the bathroom floor, no idea how long I was out", 3, "emergency", True),
    ("temp 39 and talking nonsense", 72, "emergency", True),
    ("years ago my lips swelled from a cream and it came back last night after my session", 20, "emergency", True),
    ("I was clutching my chest laughing at the bill", 24, "none", False),
    ("dinner tomorrow around 7-8pm, I had a facial peel last year, is my face ok for makeup?", 8, "none", False),
]


TWENTY_FIFTH_REVIEW_SIGNS = [
    # the review of round AR's fixes: "they're" as someone else's word lost reports ("my sister thinks they're hives,
    # welts on my neck since the treatment"); a past return, a leaflet's "confusion", a floor or a skin gone dark
    # round the eyes made emergencies
    ("my sister thinks they're hives, welts on my neck since the treatment", 20, "contact", True),
    ("my sister is here, they're getting the car, face swelling fast and lips tingling", 2, "emergency", True),
    ("years ago after fillers my lips swelled up and it came back a week later, will microneedling do that?", None,
     "emergency", False),
    ("my temp job starts tomorrow and my boss was confused why my face is red", 20, "none", True),
    ("woke up on the floor after my sister's party, is my face ok to wash?", 30, "none", False),
    ("the clinic is on the ground floor, I came to reception, can I book my next one?", None, "none", False),
    ("my under eye circles have gone dark since microneedling, is that pigmentation?", 240, "none", False),
    ("my eye cream feels gritty, has it gone off?", 30, "none", False),
    # ... and what it kept
    ("fever 39.4, im confused and shaking, dont know what day it is", 48, "emergency", True),
    ("my boyfriend found me on the ground, he says I was out for a few seconds", 3, "emergency", True),
    ("it's like a curtain came down over my eye", 5, "emergency", True),
]


TWENTY_FOURTH_REVIEW_SIGNS = [
    # the review of round AQ's fixes narrowed them: the chest's own skin, tight after treatment, and bare "suddenly"
    # or "lost my" near "vision" made emergencies; bloodshot eyes from crying needed no call
    ("my chest is red and tight after microneedling", 24, "none", True),
    ("skin on my chest is a bit tight after the session, can i use moisturiser", 24, "none", True),
    ("I've had a heavy cold and a chesty cough, can I still have my next session?", None, "none", False),
    ("my eyesight is fine, my face just suddenly went really red when I had a hot drink", 24, "none", True),
    ("I lost my glasses so my eyesight is blurry, did my makeup badly, is it ok on day 3", 60, "none", False),
    ("my eyes are bloodshot from crying all night because of a breakup, skin is fine", 24, "none", False),
    # ... and what it kept or found
    ("I lost sight in my eye", 5, "emergency", True),
    ("pain spreading from my chest to my jaw and left arm", 2, "emergency", True),
    ("had a reaction at work and got admitted", None, "emergency", True),
]


ROUND_AR_SIGNS = [
    # sight that goes, told of the eye or as blurring with halos, is an emergency; results not seen are not
    ("suddenly can't see out of my right eye, everything went dark on that side about 10 min ago", None,
     "emergency", True),
    ("my vision is blurry in that eye and lights have halos", 24, "emergency", True),
    ("three weeks on and I can't see much difference in my scars yet, is that normal?", 504, "none", False),
    # a faint told as what happened
    ("next thing i know i was on the floor my boyfriend says i was out for like a minute", 4, "emergency", True),
    # a fever with confusion is an emergency; a patient puzzled by the advice, asking about a temperature, is not
    ("she has a fever of 39.6, she's shivering and saying confused things", 96, "emergency", True),
    ("I'm so confused about the aftercare, does the temperature of the water matter?", 30, "none", False),
    # an eye gritty since the treatment needs a call
    ("my eye's been red and gritty and watering since the treatment", 30, "contact", True),
    # a sign that came back after the past occasion told with it is told now ("they're" is a word, not a typo)
    ("there are some cold-sore type blisters on my lip, I used to get them as a kid and now they're back", None,
     "contact", True),
    ("last year I came back from skiing with goggle tan lines that are still there, is sunscreen enough?", 48,
     "none", False),
]


TWENTY_THIRD_REVIEW_SIGNS = [
    # "will it get ..." as a what-if cue was reverted: unpunctuated, it swallowed the sign told after it
    ("will it get worse my lips are swelling", 2, "emergency", True),
    ("will it get better throat is closing", 2, "emergency", True),
    ("will it get infected theres pus", 24, "contact", True),
    ("will it get better my face is still red and swollen", 96, "contact", True),
    ("my throat is getting tight, will it get worse?", 24, "emergency", True),
]


TWENTY_FIRST_REVIEW_SIGNS = [
    # an exception read only within one sentence was reverted: patients write them with punctuation inside
    ("Breathing? Fine. Lips? Fine. Just my cheeks are swollen and tight", 18, "none", True),
    ("my bank balance made me... faint lol but skin is just pink and warm", 6, "none", True),
    ("just a faint... pink now, yay", 72, "none", True),
]


NINETEENTH_REVIEW_SIGNS = [
    # a review of what was left: signs only asked about beside a graver what-if are no reports ("what if my lips
    # swell? or I get blisters?"); "orange peel" as a texture word hid peeling getting worse after "orange."
    ("What if my lips swell? Or I get blisters?", 48, "emergency", False),
    ("Is bruising normal? What if my lips swell?", 48, "emergency", False),
    ("is pus normal? what if my lips swell?", 48, "emergency", False),
    ("my skin went orange. Peeling is getting worse", 48, "contact", True),
    ("orange peel texture getting worse since the treatment", 48, "contact", True),
]


EIGHTEENTH_REVIEW_SIGNS = [
    # a review of the second batch, all reverted: someone named "just treated" ("had her baby yesterday", "a girl on
    # tiktok had it done yesterday") made others' stories reports; aunts and neighbours as other people hid the
    # patient's own emergency told after them; a fear hid a normal sign lasting now ("I don't want to end up this
    # red at my wedding", day 4)
    ("my sister had her baby yesterday and she's bleeding quite a lot", None, "contact", False),
    ("I saw a girl on tiktok who had it done yesterday and her face is covered in pus", None, "none", False),
    ("my neighbour gave me her aloe vera gel, lips swelling and tongue tingling", 3, "emergency", True),
    ("I'm with my aunt, her lips are swelling and she can't breathe", None, "emergency", True),
    ("I dont want to end up looking this red at my wedding on saturday", 100, "contact", True),
]


SIXTEENTH_REVIEW_SIGNS = [
    # a last review: what an allergic reaction would look like, asked beside a sign told now ("I have pus on my cheek
    # what would an allergic reaction look like?"), took the notice away; "writing for" made other people's stories
    # reports; "I'd like two sausages", purplish nails, spots asked to get "bigger and bigger", "more sore than it
    # was" of a throat, "instead of fading" of peeling, and a mouth one "can't really open" were false alarms
    ("I have pus on my cheek what would an allergic reaction look like?", 5, "contact", True),
    ("my friend's throat got tight after her treatment, so I'm writing for advice", None, "emergency", False),
    ("Id like two sausages for breakfast, is it ok to open my mouth wide?", None, "none", False),
    ("my nails have gone purplish from the cold", 100, "none", False),
    ("will the spots get bigger and bigger?", None, "none", False),
    ("my throat is more sore than it was yesterday, I think I'm getting a cold", 30, "none", True),
    ("the peeling is flaky instead of fading, can I exfoliate?", 48, "none", True),
    ("I can't really open my mouth wide, my lips are fine", 24, "none", False),
]


FIFTEENTH_REVIEW_SIGNS = [
    # a review of the narrowed fixes: "having an allergic reaction" as a rash took hives told after the question
    # away from the clinic, hair words hid dark patches, "writing for" anywhere made other people's stories reports,
    # "bee stung" and "inflated" lips, purple nails, "gone dark" at dusk, spots that "keep getting bigger" asked
    # about and the signs of an allergic reaction told were false alarms: all reverted or narrowed
    ("how can i tell if im having an allergic reaction? hives all over my neck and arms", 2, "contact", True),
    ("the skin under my hair turned brown", 120, "contact", True),
    ("writing for my mum. does anyone ever faint?", None, "emergency", False),
    ("i want bee stung lips, can microneedling do that?", None, "none", False),
    ("my nails have gone purple from the cold", 72, "none", False),
    ("do spots keep getting bigger after microneedling?", None, "none", False),
    ("i cant fully open my eyes in the sun, too bright. can i go out", 40, "none", False),
]


FOURTEENTH_REVIEW_SIGNS = [
    # a review of round AK's fixes: habits told with "when I stop" hid live emergencies ("when i stop talking my lips
    # feel swollen"); skin tingling as expected lost a drooping face and numbness; "creeping" a sentence away, the
    # spreading words "towards my" and "going down my", "sticky" eyes, bubbles near a liquid, "more sore today" of
    # legs and "gone a <colour>" after a comma were false alarms or lost signs: all reverted
    ("when i stop talking my lips feel swollen and tight", 2, "emergency", True),
    ("theres pus coming out of a spot and when i stop pressing it keeps leaking", 24, "contact", True),
    ("the left side of my face is tingling and drooping", 2, "emergency", True),
    ("my cheek is tingling and numb", 30, "contact", True),
    ("my face is swollen. it's creeping towards my eye", 24, "contact", True),
    ("redness going towards pink now", 48, "none", True),
    ("can i use eye cream? it's a bit sticky", 24, "none", False),
    ("the eye cream jar is hard to open", 24, "none", False),
    ("can i have bubble tea? it has clear tapioca", 24, "none", False),
    ("my legs are more sore today after my run. can i go again?", 24, "none", True),
    ("lip swelling gone, a white spot on my lip", 5, "contact", True),
    ("will the spots get bigger?", 20, "none", False),
    ("i dont think its an allergic reaction, just normal redness", 24, "none", True),
    ("what does the clinic do for allergic reactions? do they have adrenaline?", None, "contact", False),
]


THIRTEENTH_REVIEW_SIGNS = [
    # a review of round AJ's fixes: "nothing's" read as "nothing" denied the sign it was about ("nothing's easing
    # the throat tightness"), a bare "returned" was a sign come back, and a bare smell, a red line in the first
    # day and "gone a <time>" had been taken too far: all reverted
    ("nothing's easing the throat tightness", 5, "emergency", True),
    ("lip swelling went down then returned", 30, "emergency", True),
    ("the pus cleared up but then returned", 100, "contact", True),
    ("it smells horrible", 60, "contact", True),
    ("there's fluid and it smells", 60, "contact", True),
    ("red line going up my neck", 10, "contact", True),
    ("the lip swelling has gone, a huge relief", 30, "none", False),
    ("the redness was gone a day later", 100, "none", False),
    ("my hands are tingling", 5, "contact", True),
    ("my skin has a healthy tinge now", 100, "none", False),
    ("my kids are growing up so fast, the spots are fine though", 48, "none", False),
    ("I love these pimple patches, I bought more of them", 48, "none", False),
    ("I had an allergic reaction last week, it's fine now, what should I do next time?", 200, "contact", False),
]


ROUND_AK_SIGNS = [
    # bubbles with fluid in them are blisters
    ("there are little raised bubbles with clear fluid on my cheek", 20, "contact", True),
    ("my skin looks a bit like bubble wrap, just bumpy and dry", 20, "none", True),
    # an eye you can't really open is worth a call; dry crusty skin around the eyes is peeling
    ("my eye is red and I cant really open it this morning", 40, "contact", True),
    ("bit of dry crusty skin around my eyes, day 2", 40, "none", True),
    # getting redder
    ("day 2 and my cheeks are brighter red than yesterday", 48, "contact", True),
    ("a bit more sore than I expected, warm and tender", 5, "none", True),
]


ROUND_AJ_SIGNS = [
    # spots that grow
    ("little red dots everywhere and they keep getting bigger, day 4", 96, "contact", True),
    ("thinking of letting my stubble grow a bit", 30, "none", False),
    # a patch gone a colour
    ("the red patches have gone a funny colour and feel hard, day 5", 120, "contact", True),
    ("the red bits have gone a purplish colour, day 2", 48, "contact", True),
    ("my hair has gone purple, can I dye it?", 20, "none", False),
    ("the redness has gone, skin looks normal", 50, "none", False),
    # a smell from the skin, a red line that runs somewhere
    ("my cheek smells funny where its weeping", 50, "contact", True),
    ("there's a red line running down my neck from my cheek", 10, "contact", True),
]


TWELFTH_REVIEW_SIGNS = [
    # a review of round AH's fixes: a worry word anywhere before "I'd", "I might" or "I'll" hid signs told now
    # ("im worried, id say its infected"), so that rule was reverted; "fell over" alone, "shallow" anywhere near a
    # breath, steroids for eczema and "agony" of waiting were emergencies or contact
    ("im worried, id say its infected", 30, "contact", True),
    ("scared because i might have a fever, its 38.5", 30, "contact", True),
    ("i fell over on the ice, nothing to do with my face", 30, "none", False),
    ("i felt dizzy and fell over", 24, "emergency", True),
    ("the needle went shallow, can i breathe easy now?", 30, "none", False),
    ("my breathing is shallow", 4, "emergency", True),
    ("i had to take steroids for my eczema last year", 30, "none", False),
    ("i'm having a severe reaction, my face is swollen", 30, "emergency", True),
    ("sheer agony not being able to wear makeup", 30, "none", False),
    ("my face went redder overnight", 60, "contact", True),
    ("day 3 of 5 days off actives, still a bit red", None, "none", True),
]


FINAL_REVIEW_SIGNS = [
    # a last review of the whole day: "before i get it" asked nothing ("... before i get it checked?"); "fell over"
    # alone is a collapse; "faint at the sight" (a stem of "fainted") and "im 38" (a stem of "im 38.5") hid real
    # faints and fevers; a comma list with no list word tells its signs
    ("my lips are swelling, should I take an antihistamine before i get it checked?", None, "emergency", True),
    ("I stood up and fell over", None, "emergency", True),
    ("I fainted at the sight of blood from my face", None, "emergency", True),
    ("my temp is 38 and rising", None, "contact", True),
    ("im 38.5 temp", None, "contact", True),
    ("no pain, swelling, blisters", None, "contact", True),
]


@pytest.mark.parametrize(("text", "hours"), [
    # review 31: seeing no pus, or an arm sore from a jab, is no emergency (the bare "cant see" and arm pain were)
    ("i cant see any pus or anything, eyes fine, just pink", 24),
    ("my left arm hurts from my flu jab yesterday, can i still have microneedling tomorrow", None),
    ("i get pain down my arm from my desk job, unrelated, can i wear makeup tomorrow", 24),
])
def test_words_near_an_emergency_sign_are_no_emergency(engine, text, hours):
    assert engine.answer(text, hours).level != "emergency"


@pytest.mark.parametrize(("text", "hours", "level", "report"), [
    *LEFT_OPEN_SIGNS,
    *THIRTY_FOURTH_REVIEW_SIGNS,
    *ROUND_BC_SIGNS,
    *ROUND_BD_SIGNS,
    *ROUND_BE_SIGNS,
    *ROUND_BF_SIGNS,
    *ROUND_BG_SIGNS,
    *ROUND_BH_SIGNS,
    *ROUND_BI_SIGNS,
    *ROUND_BJ_SIGNS,
    *THIRTY_SEVENTH_REVIEW_SIGNS,
    *ROUND_BK_SIGNS,
    *THIRTY_EIGHTH_REVIEW_SIGNS,
    *ROUND_BL_SIGNS,
    *ROUND_BM_SIGNS,
    *THIRTY_NINTH_REVIEW_SIGNS,
    *ROUND_BN_SIGNS,
    *ROUND_BO_SIGNS,
    *ROUND_BP_SIGNS,
    *ROUND_BQ_SIGNS,
    *FORTY_SECOND_REVIEW_SIGNS,
    *ROUND_BR_SIGNS,
    *ROUND_BS_SIGNS,
    *FORTY_THIRD_REVIEW_SIGNS,
    *FORTY_FOURTH_REVIEW_SIGNS,
    *FORTY_SIXTH_REVIEW_SIGNS,
    *ROUND_BT_SIGNS,
    *ROUND_BU_SIGNS,
    *ROUND_BV_SIGNS,
    *PENDING_EYE_SIGNS,
    *ROUND_BW_SIGNS,
    *ROUND_BX_SIGNS,
    *ROUND_BY_SIGNS,
    *ROUND_BZ_SIGNS,
    *ROUND_CA_SIGNS,
    *ROUND_CB_SIGNS,
    *FORTY_FIFTH_REVIEW_SIGNS,
    *THIRTEENTH_SITTING_LEFT_SIGNS,
    *ROUND_CC_SIGNS,
    *ROUND_CD_SIGNS,
    *ROUND_CE_SIGNS,
    *FORTY_SEVENTH_REVIEW_SIGNS,
    *ROUND_CF_SIGNS,
    *FORTY_EIGHTH_REVIEW_SIGNS,
    *ROUND_CG_SIGNS,
    *ROUND_CH_SIGNS,
    *FOURTEENTH_SITTING_LEFT_SIGNS,
    *ROUND_CI_AND_CJ_SIGNS,
    *ROUND_CK_AND_CL_SIGNS,
    *ROUND_CN_SIGNS,
    *ROUND_CM_SIGNS,
    *FORTY_NINTH_REVIEW_SIGNS,
    *FIFTY_FIRST_REVIEW_SIGNS,
    *ROUND_CO_AND_CP_SIGNS,
    *ROUND_CQ_SIGNS,
    *FIFTIETH_REVIEW_SIGNS,
    *ROUND_CS_AND_CT_SIGNS,
    *FIFTY_SECOND_REVIEW_SIGNS,
    *SIXTEENTH_SITTING_SIGNS,
    *FIFTY_THIRD_REVIEW_SIGNS,
    *FIFTY_FOURTH_REVIEW_SIGNS,
    *SEVENTEENTH_SITTING_SIGNS,
    *EIGHTEENTH_SITTING_SIGNS,
    *NINETEENTH_SITTING_SIGNS,
    *FIFTY_EIGHTH_REVIEW_SIGNS,
    *FIFTY_NINTH_REVIEW_SIGNS,
    *FIFTY_FIFTH_REVIEW_SIGNS,
    *FIFTY_SIXTH_REVIEW_SIGNS,
    *FIFTY_SEVENTH_REVIEW_SIGNS,
    *FORTY_FIRST_REVIEW_SIGNS,
    *THIRTY_SIXTH_REVIEW_SIGNS,
    *THIRTY_FIFTH_REVIEW_SIGNS,
    *ROUND_AX_SIGNS,
    *ROUND_AY_SIGNS,
    *ROUND_AZ_SIGNS,
    *THIRTY_FIRST_REVIEW_SIGNS,
    *ROUND_BA_SIGNS,
    *THIRTY_SECOND_REVIEW_SIGNS,
    *THIRTY_THIRD_REVIEW_SIGNS,
    *THIRTIETH_REVIEW_SIGNS,
    *ROUND_AW_SIGNS,
    *TWENTY_NINTH_REVIEW_SIGNS,
    *TWENTY_EIGHTH_REVIEW_SIGNS,
    *ROUND_AV_SIGNS,
    *ROUND_AU_SIGNS,
    *ROUND_AT_SIGNS,
    *ROUND_AS_SIGNS,
    *TWENTY_SEVENTH_REVIEW_SIGNS,
    *TWENTY_SIXTH_REVIEW_SIGNS,
    *TWENTY_FIFTH_REVIEW_SIGNS,
    *TWENTY_FOURTH_REVIEW_SIGNS,
    *ROUND_AR_SIGNS,
    *ROUND_AQ_SIGNS,
    *ROUND_AM_TO_AO_SIGNS,
    *SEVENTEENTH_REVIEW_SIGNS,
    *EIGHTEENTH_REVIEW_SIGNS,
    *NINETEENTH_REVIEW_SIGNS,
    *TWENTY_FIRST_REVIEW_SIGNS,
    *TWENTY_THIRD_REVIEW_SIGNS,
    *SIXTEENTH_REVIEW_SIGNS,
    *FIFTEENTH_REVIEW_SIGNS,
    *FOURTEENTH_REVIEW_SIGNS,
    *ROUND_AL_SIGNS,
    *THIRTEENTH_REVIEW_SIGNS,
    *ROUND_AK_SIGNS,
    *ROUND_AJ_SIGNS,
    *FINAL_REVIEW_SIGNS,
    *TWELFTH_REVIEW_SIGNS,
    *ROUND_AI_SIGNS,
    *ROUND_AH_SIGNS,
    *ELEVENTH_REVIEW_SIGNS,
    *ROUND_AG_SIGNS,
    *TENTH_REVIEW_SIGNS,
    *ROUND_AF_SIGNS,
    *NINTH_REVIEW_SIGNS,
    *ROUND_AE_SIGNS,
    *EIGHTH_REVIEW_SIGNS,
    *SEVENTH_REVIEW_SIGNS,
    *ROUND_AD_SIGNS,
    *SIXTH_REVIEW_SIGNS,
    *ROUND_AC_SIGNS,
    *ROUND_AB_SIGNS,
    *ROUND_AA_SIGNS,
    *ROUND_W_SIGNS, *ROUND_X_SIGNS, *SECOND_REVIEW_AND_ROUND_Y_SIGNS, *THIRD_REVIEW_SIGNS, *ROUND_Z_SIGNS,
    *FOURTH_REVIEW_SIGNS, *FIFTH_REVIEW_SIGNS,
])
def test_signs_found_by_rounds_w_to_an_and_their_reviews(engine, text, hours, level, report):
    answer = engine.answer(text, hours)
    assert (answer.level, answer.report) == (level, report)


@pytest.mark.parametrize("text, hours", [
    # rounds CK and CL: words of signs in a figure of speech raise no alarm
    ("Red-eye flight home tomorrow night, is flying ok after microneedling?", None),
    ("this holiday bill is giving me chest pains lol. anyway when can I go in the sun again, done tuesday", 48),
    ("work is swamped, red flags everywhere lol. can i go back to my retinol?", 120),
    ("my cat scratched me on the arm this morning, only a small scratch. Can I still take him to the vet?", None),
    ("is there very much pain with microneedling?", None),
])
def test_figures_of_speech_raise_no_alarm(engine, text, hours):
    assert engine.answer(text, hours).level == "none"
