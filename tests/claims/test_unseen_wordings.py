"""Wordings found on real pages that were held out for a whole session (fresh16-18), by class, each
pinned by invented text the code before the fix got wrong: a side "determined to seize" a place, a
photo caption that opens "This photo taken from video released by", "abandoned" describing tanks left
in a village, a group that "responded to the reports saying" its forces took a place, troops that
"fell back" from places, "two areas in X -- A and B", fighting listed by compass point, each part
with its own "near", and a person named with a side's role ("The speaker of the General Staff of the
Ukrainian Armed Forces, X,") who speaks after a quote ("..., emphasized X"), "the centre / heart of X" and
"control of the outskirts of X" (a part, but "control of the salt mine town X" is the town), targets
attacked in a region (a strike), "near the battered eastern front-line towns of A and B" (but not "in the
direction of the village of X"), "Ukraine's State Emergency Service said" after the words, cities that "came
under attack", a town "blockaded", a claim "refuted / rejected by" the other side in the next sentence, and
a regional head's "houses were damaged in X" and "A village of Kharkiv district, B village of ... came under
fire"."""

from __future__ import annotations

from datetime import date

import pytest

from test_claims import _run


def test_a_side_determined_to_seize_a_place_has_not_taken_it():
    got = _run("The occupiers are determined to seize Testivka by any means, the Ukrainian military said.")
    assert not [k for k in got if k[0] == "Testivka" and k[2] == "captured"]


def test_a_photo_caption_opening_on_this_photo_needs_the_bodys_support():
    got = _run("Shelling continued near Novoselo.\n\nThis photo taken from video released by a Telegram channel on "
               "Saturday shows damaged buildings, after Russian forces completed their takeover of Testivka.")
    assert not [k for k in got if k[0] == "Testivka"]


def test_a_caption_ending_on_the_region_and_on_the_day_is_a_caption():
    got = _run("Fighting went on near Novoselo.\n\nA local resident walks past a building destroyed by shelling in the "
               "village of Testivka, in Kharkiv region, Ukraine, on October 1, 2022.")
    assert not [k for k in got if k[0] == "Testivka"]


def test_abandoned_describing_what_was_left_is_no_withdrawal():
    got = _run("A local resident rides a bicycle past abandoned Russian tanks in the village of Testivka.")
    assert not [k for k in got if k[0] == "Testivka" and k[2] == "captured"]
    got = _run("Russian troops abandoned Testivka, the General Staff said.")
    assert got[("Testivka", "UA", "captured")].control == "UA"


def test_a_group_that_responded_saying_its_forces_took_a_place_is_the_claimant():
    got = _run("In a statement, the mercenary group Wagner responded to the reports saying its forces had "
               "already \u201cliberated\u201d Testivka.")
    assert got[("Testivka", "RU", "captured")].control == "RU"
    assert ("Testivka", "other", "captured") not in got


def test_troops_that_fell_back_from_places_left_them():
    got = _run("Ukraine's General Staff reported that troops fell back from Testivka and Novoselo.")
    assert got[("Testivka", "UA", "captured")].control == "RU"
    assert got[("Novoselo", "UA", "captured")].control == "RU"


def test_two_areas_in_a_city_named_after_a_dash_are_the_places_not_the_city():
    for verb in ("fell back from", "withdrew from"):
        got = _run(f"Ukraine's General Staff reported that troops {verb} two areas in Hrabove \u2014 Testivka and Novoselo.")
        assert ("Testivka", "UA", "captured") in got and ("Novoselo", "UA", "captured") in got
        assert not [k for k in got if k[0] == "Hrabove"]


def test_fighting_listed_by_compass_point_reaches_every_part():
    got = _run("ISW reported Russian attacks on Hrabove itself, west of the city near Testivka village; northwest "
               "\u2014 near Novoselo; north \u2014 near Dubky and Kamianka; and southeast \u2014 near Lisne.")
    assert {("Hrabove", "other", "contested"), ("Testivka", "other", "contested"), ("Novoselo", "other", "contested"),
            ("Dubky", "other", "contested"), ("Kamianka", "other", "contested"), ("Lisne", "other", "contested")} <= set(got)


def test_a_capture_then_near_by_compass_point_only_locates():
    got = _run("Russia's defence ministry said its forces captured Testivka; north \u2014 near Novoselo.")
    assert ("Testivka", "RU", "captured") in got
    assert not [k for k in got if k[0] == "Novoselo" and k[2] == "captured"]


def test_a_person_named_after_a_sides_body_speaks_for_it_after_the_quote():
    got = _run("The speaker of the General Staff of the Ukrainian Armed Forces, Ivan Petrenko, spoke on television.\n\n"
               "\u201cThe invaders intensified their offensive actions in the areas of Testivka and Novoselo,\u201d "
               "emphasized Petrenko.")
    assert ("Testivka", "UA", "contested") in got and ("Novoselo", "UA", "contested") in got
    assert ("Testivka", "other", "contested") not in got


def test_the_centre_or_heart_of_a_place_or_control_of_its_outskirts_is_a_part_of_it():
    for words in ("captured the centre of", "took the center of", "captured the heart of",
                  "took control of the outskirts of", "took control of the centre of"):
        got = _run(f"Russia's defence ministry said its forces {words} Testivka.")
        assert ("Testivka", "RU", "contested") in got and ("Testivka", "RU", "captured") not in got, words
    for words in ("took control of", "liberated the district centre of"):  # the town itself
        got = _run(f"Russia's defence ministry said its forces {words} Testivka.")
        assert got[("Testivka", "RU", "captured")].control == "RU", words


def test_targets_attacked_in_a_region_are_a_strike_on_it():
    got = _run("Russian forces attacked targets in the Testska region, Ukraine's military said.")
    assert ("Testska", "UA", "struck") in got


def test_fighting_near_the_battered_eastern_front_line_towns_of_a_and_b_reaches_both():
    got = _run("Russian forces pushed to advance near the battered eastern front-line towns of Testivka and Novoselo, "
               "Ukraine's military said.")
    assert ("Testivka", "UA", "contested") in got and ("Novoselo", "UA", "contested") in got


def test_a_sides_named_service_after_its_countrys_name_speaks_for_the_words_before():
    got = _run("Four people were killed when debris from a drone hit an apartment block in Testivka overnight, "
               "Ukraine\u2019s State Emergency Service said.")
    assert ("Testivka", "UA", "struck") in got and ("Testivka", "other", "struck") not in got


def test_cities_that_came_under_attack_were_struck_and_a_blockaded_town_is_fought_over():
    got = _run("The cities of Testivka and Novoselo also came under attack early on Saturday, causing fires, the governor said.")
    assert ("Testivka", "UA", "struck") in got and ("Novoselo", "UA", "struck") in got
    got = _run("Pushilin said Russian troops have almost completely blockaded the city of Testivka.")
    assert ("Testivka", "RU", "contested") in got
    got = _run("Russia has blockaded the ports of Testivka since the invasion.")
    assert not [k for k in got if k[0] == "Testivka"]


def test_a_claim_refuted_or_rejected_by_the_other_side_in_the_next_sentence_is_held():
    got = _run("Russian military bloggers claimed that Russian forces had captured Testivka. This information was refuted "
               "by the Ukrainian Operational-Strategic Group of Forces \"Khortytsia\".")
    assert got[("Testivka", "UA", "held")].control == "UA"
    got = _run("Russia's defence ministry said its forces had captured Novoselo. These claims were rejected by Ukraine's General Staff.")
    assert ("Novoselo", "UA", "held") in got and ("Novoselo", "RU", "captured") in got


def test_houses_damaged_and_villages_of_a_district_in_a_regional_heads_round_up_are_strikes():
    got = _run("Oleh Syniehubov, head of the Kharkiv Regional Military Administration, reported the shelling. "
               "Three private houses were damaged in the village of Testivka.")
    assert ("Testivka", "UA", "struck") in got
    got = _run("Oleh Syniehubov, head of the Kharkiv Regional Military Administration, reported the shelling. In addition, "
               "Novoselo village of Kharkiv district, Dubky village of Bohodukhiv district, Hrabove and Lisne in Kupiansk "
               "district and other settlements came under enemy fire.")
    assert {("Novoselo", "UA", "struck"), ("Dubky", "UA", "struck"), ("Hrabove", "UA", "struck"),
            ("Lisne", "UA", "struck")} <= set(got)
    got = _run("Two houses were destroyed in a fire in Kamianka, the police said.")
    assert not [k for k in got if k[0] == "Kamianka" and k[2] == "struck"]


def test_a_part_word_that_names_the_kind_of_town_is_the_town():
    got = _run("Russia says it has taken control of Ukrainian salt mine town Testivka after a months-long battle.")
    assert got[("Testivka", "RU", "captured")].control == "RU"
    got = _run("Russia says it has taken control of the salt mine in Testivka.")
    assert ("Testivka", "RU", "captured") not in got


def test_an_advance_in_the_direction_of_the_village_of_x_is_no_fighting_at_x():
    got = _run("Analysts said the enemy advanced in the direction of the village of Testivka.")
    assert not [k for k in got if k[0] == "Testivka"]


def test_a_blockade_dismissed_as_supposed_is_no_fighting_at_the_towns():
    got = _run("Commander Oleksandr Syrskyi dismissed Russia's loud statements about the supposed \"blockade\" of "
               "Ukrainian forces in Testivka and Novoselo.")
    assert not [k for k in got if k[2] == "contested"]


def test_this_was_reported_by_the_head_of_an_office_gives_the_sentence_before_its_voice():
    got = _run("Eight people were injured as a result of Russian strikes on the village of Testivka. This was reported "
               "by the head of the regional military administration Oleh Syniehubov.")
    assert ("Testivka", "UA", "struck") in got and ("Testivka", "other", "struck") not in got


def test_the_main_directorate_of_intelligence_speaks_for_ukraine():
    got = _run("Ukrainian units have entered Testivka and the village is returning to Ukrainian control.\n\n"
               "This was reported by the Main Directorate of Intelligence of the Ministry of Defense.")
    assert [k for k in got if k[0] == "Testivka" and k[1] == "UA"]
    assert not [k for k in got if k[0] == "Testivka" and k[1] == "other"]


def test_what_is_important_or_necessary_to_take_is_not_taken():
    got = _run("It is strategically important to liberate the city of Testivka from Ukrainian troops soon, "
               "the DPR's acting head Denis Pushilin said.")
    assert not [k for k in got if k[0] == "Testivka" and k[2] == "captured"]
    got = _run("\"The liberation of the city of Testivka is very important in strategic terms,\" Pushilin said.")
    assert not [k for k in got if k[0] == "Testivka" and k[2] == "captured"]
    got = _run("Russia's defence ministry said the liberation of Testivka was an important step.")
    assert ("Testivka", "RU", "captured") in got


def test_a_place_returning_to_a_sides_control_is_taken_back():
    got = _run("Testivka is returning to Ukrainian control, the Ukrainian military said.")
    assert got[("Testivka", "UA", "captured")].control == "UA"


def test_a_capture_possibly_to_come_is_no_capture_but_one_that_eventually_came_is():
    got = _run("Russia's gain brings its forces closer to encircling and possibly capturing the city of Testivka, "
               "Ukraine's military said.")
    assert not [k for k in got if k[0] == "Testivka" and k[2] == "captured"]
    got = _run("The villages would help Ukraine's efforts to recapture Testivka, a town that had long been a stronghold "
               "against Russian forces until it eventually fell in May.")
    assert ("Testivka", "other", "captured") in got


def test_a_sector_named_after_two_towns_is_no_place_for_a_relative_clause():
    got = _run("Zelenskiy said he had met brigades fighting in the Testivka-Novoselo sector in the northeast, where "
               "the Ukrainian military says Russian forces have been staging attacks.")
    assert not [k for k in got if k[0] in ("Testivka", "Novoselo")]


def test_the_day_another_speaker_names_in_the_next_sentence_is_not_the_statements():
    # published on Saturday 2024-03-09; the quote is undated, the US official's "Friday" is his
    got = _run("\u201cI decided to withdraw our units from Testivka,\u201d Syrskyi wrote on Facebook. A senior US "
               "defense official said Friday that Ukrainian troops lacked ammunition.",
               published=date(2024, 3, 9))
    assert got[("Testivka", "UA", "captured")].date_from == date(2024, 3, 9)
    got = _run("\u201cWe withdrew our units from Testivka. The situation is hard,\u201d Syrskyi said on Friday.",
               published=date(2024, 3, 9))
    assert got[("Testivka", "UA", "captured")].date_from == date(2024, 3, 8)


def test_the_event_day_after_that_beats_the_day_the_statement_was_made():
    got = _run("The Russian Ministry of Defense announced on January 13 that Russian forces seized Testivka, in the east "
               "of the region, on the evening of January 12.", published=date(2023, 1, 13))
    assert got[("Testivka", "RU", "captured")].date_from == date(2023, 1, 12)


def test_the_date_of_an_annexation_named_in_an_aside_is_not_the_events():
    got = _run("Russia's Defense Ministry said it captured the village of Testivka, located in the partially occupied Testska "
               "region, one of four Ukrainian regions Moscow claimed to have annexed in September 2022.",
               published=date(2024, 10, 16))
    assert got[("Testivka", "RU", "captured")].date_from == date(2024, 10, 16)


def test_the_day_of_the_saying_after_the_place_is_not_the_events():
    got = _run("Russian military commanders told the president on Sunday evening that the country's forces captured "
               "Testivka, Kremlin spokesman Dmitry Peskov said on Monday.", published=date(2025, 12, 1))
    assert got[("Testivka", "RU", "captured")].date_from == date(2025, 11, 30)


def test_the_same_voice_going_on_in_the_next_sentence_gives_its_day():
    got = _run("Russia's Defense Ministry says its forces captured the salt-mining town of Testivka. The ministry said "
               "that the operation there ended on Thursday.", published=date(2023, 1, 13))
    assert got[("Testivka", "RU", "captured")].date_from == date(2023, 1, 12)


def test_positions_that_came_under_attack_were_fought_over_not_struck():
    got = _run("Ukrainian positions near Testivka came under attack overnight, the General Staff said.")
    assert ("Testivka", "UA", "contested") in got and ("Testivka", "UA", "struck") not in got


# Found by the review of this session's change: each fails on the code before its fix.
@pytest.mark.parametrize("text", [
    "Power consumption in Testivka fell back to normal levels on Monday, the regional governor said.",
    "The number of air raid alerts in Testivka fell back last week, the regional administration said.",
    "Ukrainian forces fell back to Testivka after losing Novoselo, the Russian Defense Ministry said.",
])
def test_fell_back_is_a_withdrawal_only_of_troops_and_only_from_a_place(text):
    got = _run(text)
    assert not [k for k in got if k[0] == "Testivka" and k[2] in ("captured", "held")]


def test_the_event_day_after_that_is_not_taken_across_another_clause():
    got = _run("The General Staff said on May 13 that Russian troops had entered Testivka, a town that was evacuated "
               "on May 10.", published=date(2024, 5, 15))
    assert got[("Testivka", "UA", "contested")].date_from == date(2024, 5, 13)
    got = _run("Russia's defence ministry said on May 13 that Russian troops had captured Testivka and shelled Novoselo "
               "overnight on May 12.", published=date(2024, 5, 15))
    assert got[("Testivka", "RU", "captured")].date_from == date(2024, 5, 13)


def test_a_region_annexed_somewhere_in_the_sentence_does_not_undate_the_statement():
    got = _run("Moscow, which claims to have annexed the Testska region, said on Monday its troops had captured Testivka.",
               published=date(2024, 5, 15))
    assert got[("Testivka", "RU", "captured")].date_from == date(2024, 5, 13)


def test_forces_that_responded_with_strikes_are_no_speaker():
    got = _run("Russian forces responded to the Ukrainian incursion with glide bomb strikes on Testivka that destroyed "
               "a school.")
    assert not [k for k in got if k[0] == "Testivka" and k[1] == "RU"]


def test_a_place_that_came_under_attack_as_troops_crossed_was_fought_over():
    got = _run("Testivka came under attack as Russian troops crossed the border, the governor said.")
    assert ("Testivka", "UA", "struck") not in got


def test_control_of_a_and_parts_of_b_takes_a():
    got = _run("Russian forces took control of Testivka and parts of Novoselo, the Russian Defense Ministry said.")
    assert got[("Testivka", "RU", "captured")].control == "RU"


def test_important_to_note_is_no_aim():
    got = _run("It is important to note that Russian forces captured Testivka in February, Ukraine's military said.")
    assert ("Testivka", "UA", "captured") in got


def test_a_place_whose_official_speaks_is_not_the_subject_of_the_passive_after_it():
    got = _run("Testivka's mayor said two villages had been liberated.")
    assert not [k for k in got if k[0] == "Testivka"]
    got = _run("Testivka's governor said two villages had come under fire.")
    assert not [k for k in got if k[0] == "Testivka"]
