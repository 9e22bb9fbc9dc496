from bot.engine.phrases import Hit, PhraseIndex, by_kind


def index() -> PhraseIndex[str]:
    return PhraseIndex([(("lip",), "lip"), (("lip", "swell"), "lips swelling"), (("swell",), "swelling"),
                        (("lip", "swell"), "second"), (("tongue", "swell", "up"), "tongue")])


def test_scan_finds_overlapping_phrases_longest_first_at_each_start() -> None:
    hits = index().scan(["my", "lip", "swell", "and", "tongue", "swell", "up"])
    assert hits == [Hit(1, 3, "lips swelling"), Hit(1, 3, "second"), Hit(1, 2, "lip"), Hit(2, 3, "swelling"),
                    Hit(4, 7, "tongue"), Hit(5, 6, "swelling")]


def test_a_phrase_cut_off_by_the_end_of_the_message_is_not_found() -> None:
    assert index().scan(["tongue", "swell"]) == [Hit(1, 2, "swelling")]


def test_by_kind_groups_one_scan_into_word_lists() -> None:
    tagged = PhraseIndex([(("not",), ("negation", "not")), (("swell",), ("symptom", "swelling"))])
    found = by_kind(tagged.scan(["not", "swell"]))
    assert found["negation"] == [Hit(0, 1, "not")]
    assert found["symptom"] == [Hit(1, 2, "swelling")]
