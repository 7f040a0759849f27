"""Wordings found in the sixth session (2026-12-03) on the unseen review sets review39 and review40 (each judged at
the session's first code before its classes were fixed), by class, each pinned by invented text the code before
the fix got wrong: what a page's layout says (a caption whose credit ends its paragraph, a bullet whose mark
stands on a line of its own, a key-events list whose items are reports of their own), who speaks ("said regional
Governor X", "The statement also noted", "According to a declaration from X", the outlet's "As the agency earlier
reported"), what is claimed ("reclaimed", "remained fully under their control", a water supply "stabilized",
soldiers "who were wounded") and whose words an aside is ("In X, one of the focal points of Russia's advance")."""

from __future__ import annotations

from datetime import date

from test_claims import _run

AUG2 = date(2023, 8, 2)  # a Wednesday


def test_a_caption_whose_credit_ends_its_paragraph_dates_and_claims_nothing():
    got = _run("In this photo provided by the regional administration, buildings are seen in Testivka, early Sunday, "
               "March 3, 2024. Russian forces pounded Novoselo, the governor said Saturday. (Regional administration via AP)\n\n"
               "Russia's defence ministry said Russian forces took control of Testivka. Its statement said the troops "
               "\u201chave established full control over Testivka.\u201d")
    assert not [k for k in got if k[0] == "Novoselo"]  # the caption's words summarise
    assert got[("Testivka", "RU", "captured")].date_from == date(2024, 3, 8)  # no caption's Saturday


def test_a_bullet_whose_mark_stands_above_it_is_an_item_of_its_own():
    got = _run("Here is the situation on Friday, March 8:\nFighting\n"
               "- Russia's Ministry of Defence said its air defence units destroyed 20 drones overnight.\n-\n"
               "Ukrainian officials said Russia launched missiles overnight, killing one civilian in Testivka.\n-\n"
               "One woman was killed in guided bomb attacks on Novoselo, Ukrainian officials said.")
    novoselo = got[("Novoselo", "UA", "struck")]
    assert novoselo.date_from == date(2024, 3, 8)  # not the overnight of the item above
    assert novoselo.quote.startswith("One woman") and got[("Testivka", "UA", "struck")].quote.startswith("Ukrainian officials")


def test_a_key_events_item_takes_no_voice_from_the_item_before():
    body = ("Ukrainian President Volodymyr Zelenskyy has announced that the military command is in unanimous agreement "
            "to defend eastern Ukraine, including the besieged town of Testivka. A missile strike in the Ukrainian city "
            "of Novoselo has resulted in at least one death and three injuries.")
    assert ("Novoselo", "other", "struck") in _run(body, title="Russia-Ukraine war: key events list, day 385")
    # in a story, an official's report may go on into the next sentence
    assert ("Novoselo", "UA", "struck") in _run(body)


def test_the_outlets_recap_ends_the_officials_report():
    got = _run("\u201cThere were no casualties in the Dubky community,\u201d the governor said.\n\n"
               "As Ukrainian News Agency earlier reported, on the afternoon of March 6, Russian invaders shelled Hrabove.\n\n"
               "On March 5, the Russian occupying army launched rocket attacks on Testivka.")
    assert ("Testivka", "other", "struck") in got and ("Testivka", "UA", "struck") not in got


def test_weeks_summed_up_are_the_outlets_not_the_officials_report():
    got = _run("Ukrainian authorities say that Russian troops have hit port infrastructure in Novoselo with drones. "
               "Officials said Wednesday that the strikes damaged a grain elevator. Russian forces have fired dozens of "
               "drones and missiles since July 1 at the port of Testivka.", published=AUG2)
    assert ("Novoselo", "UA", "struck") in got
    assert ("Testivka", "other", "struck") in got and ("Testivka", "UA", "struck") not in got


def test_said_regional_governor_after_the_words_speaks_for_them():
    got = _run("A woman was injured in an attack on Testivka, said regional Governor Ivan Testenko on Telegram.")
    assert ("Testivka", "UA", "struck") in got


def test_the_statement_that_goes_on_is_the_one_declared_before():
    got = _run("According to a declaration from Ukraine's General Staff, Ukrainian forces reclaimed the villages of "
               "Testivka and Novoselo through joint actions. The statement also noted that Ukrainian troops "
               "\u201ccleared\u201d the town of Dubky of Russian soldiers during the past week.")
    for place in ("Testivka", "Novoselo", "Dubky"):
        claim = got[(place, "UA", "captured")]
        assert claim.control == "UA" and claim.claimant_label == "Ukrainian military"


def test_remained_fully_under_their_control_is_held_and_a_citys_past_is_not():
    got = _run("The Ukrainian army insisted that Testivka remained \u201cfully\u201d under their control.")
    assert got[("Testivka", "UA", "held")].control == "UA" and ("Testivka", "UA", "captured") not in got
    past = _run("Shoigu said Russian troops had seized Novoselo, the last city which had remained under Ukrainian control.")
    assert ("Novoselo", "RU", "captured") in past and not [k for k in past if k[2] == "held"]


def test_a_water_supply_stabilized_holds_no_place_a_line_stabilized_does():
    assert not _run("Officials said the water supply in Testivka had been stabilized after the repairs.")
    assert ("Novoselo", "UA", "held") in _run("Ukraine's General Staff said its forces had stabilized their line near Novoselo.")


def test_troops_who_were_wounded_are_no_strike_on_the_place():
    got = _run("Ukraine's military said it had rotated out troops fighting in Testivka, including those who were wounded.")
    assert ("Testivka", "UA", "contested") in got and ("Testivka", "UA", "struck") not in got


def test_an_aside_on_a_place_before_the_speaker_is_the_outlets():
    got = _run("In Testivka, one of the focal points of Russia's slow advance, one person was killed in a Russian "
               "artillery strike, regional prosecutors said.")
    assert ("Testivka", "UA", "struck") in got and ("Testivka", "UA", "contested") not in got


def test_an_ellipsis_in_a_quotation_does_not_part_the_place_from_its_cue():
    got = _run("\u201cThe settlement of Testivka... was completely liberated,\u201d Russia's defence ministry said.")
    assert got[("Testivka", "RU", "captured")].control == "RU"


def test_a_sides_word_for_a_place_or_its_name_leaves_the_bare_ministry_to_the_country_before():
    got = _run("Russia on Saturday claimed to have taken control of a small village near Novoselo.\n\n"
               "\u201cThe settlement of Testivka was completely liberated,\u201d the defense ministry said in a statement, "
               "referring to the Ukrainian village by its Russian name.\n\n"
               "The Ukrainian army said earlier Saturday that Russian troops were conducting offensive actions near Dubky.")
    assert got[("Testivka", "RU", "captured")].control == "RU" and ("Testivka", "UA", "captured") not in got


def test_a_sides_flag_raised_over_a_place_is_its_capture():
    got = _run("Ukraine's military said on Telegram that the Ukrainian flag was raised in Testivka. Russia's defence ministry "
               "said its troops raised the flag of the Russian Federation over Novoselo.")
    assert got[("Testivka", "UA", "captured")].control == "UA"
    assert got[("Novoselo", "RU", "captured")].control == "RU"


def test_a_flag_on_a_part_of_a_place_or_raised_by_partisans_is_no_capture():
    part = _run("Russia's defence ministry said its troops raised their flag on a mine shaft on the outskirts of Testivka.")
    assert ("Testivka", "RU", "contested") in part and ("Testivka", "RU", "captured") not in part
    partisans = _run("Governor Serhiy Haidai said local partisans raised the Ukrainian flag over the town of Novoselo.")
    assert ("Novoselo", "UA", "contested") in partisans and ("Novoselo", "UA", "captured") not in partisans


def test_forces_that_now_fully_control_a_place_took_it():
    got = _run("Russia on Monday said its forces now fully controlled the town of Testivka.")
    assert got[("Testivka", "RU", "captured")].control == "RU" and ("Testivka", "RU", "held") not in got
    assert ("Novoselo", "UA", "held") in _run("Ukraine's General Staff said its forces fully control Novoselo.")


def test_the_republic_that_reports_speaks_for_russia():
    got = _run("On March 5, the LPR reported that the city of Testivka had been taken under the control of the People's Militia.")
    assert got[("Testivka", "RU", "captured")].claimant_label == "Russian-installed officials"


def test_a_spokesperson_cited_as_saying_speaks_for_the_quotation():
    got = _run("\u201cIt is incorrect to talk about the complete capture of Testivka,\u201d Shtupun, the spokesperson for "
               "Ukraine's Tavria Defence Forces, was cited as saying.")
    assert got[("Testivka", "UA", "held")].control == "UA"


def test_a_soldier_killed_in_a_place_is_a_fights_dead_not_a_strike():
    got = _run("Kovalenko, Ukraine's official, said that \u201cthis Russian runner with a flag in Testivka has already been killed.\u201d")
    assert ("Testivka", "UA", "struck") not in got
    assert ("Novoselo", "UA", "struck") in _run("Two civilians were killed in Novoselo, Ukraine's governor said.")


# Problems a helper review of this session's rules found, each pinned by the sentence that showed it.

def test_a_flag_says_whose_it_is_and_a_flag_of_no_side_or_a_ceremony_claims_nothing():
    own = _run("Residents raised the Ukrainian flag over the village of Testivka, a Ukrainian official said.")
    assert own[("Testivka", "UA", "captured")].control == "UA"
    for text in ("Rafael Grossi has raised a red flag over shelling near Testivka, Ukraine's governor said.",
                 "To mark Flag Day, a giant flag was raised in Testivka, the governor said.",
                 "Volunteers raised the Ukrainian flag at a rally in Testivka on Independence Day.",
                 "Ukraine's military said Russian troops had raised a flag in Testivka for a propaganda video."):
        assert not [k for k in _run(text) if k[2] == "captured"], text


def test_a_flag_planted_by_a_sabotage_group_or_fighting_under_a_flag_takes_no_place():
    planted = _run("Ukraine's General Staff said a Russian flag was planted on an apartment block in Testivka by a sabotage group.")
    assert not [k for k in planted if k[2] == "captured"]
    fighting = _run("Ukraine's General Staff said Ukrainian troops were fighting under the Ukrainian flag near Novoselo.")
    assert ("Novoselo", "UA", "contested") in fighting and not [k for k in fighting if k[2] == "captured"]


def test_a_paragraph_that_ends_on_a_credit_is_a_caption_only_when_it_opens_as_one():
    got = _run("Russia's defence ministry said its forces captured Testivka on Wednesday. Russian shelling killed two people "
               "in Novoselo, the governor said. A Ukrainian serviceman walks in Dubky, Ukraine, Sept. 30, 2024. "
               "(AP Photo/Evgeniy Maloletka)")
    assert ("Testivka", "RU", "captured") in got and ("Novoselo", "UA", "struck") in got


def test_reclaimed_takes_a_place_not_bodies_nor_homes():
    assert not [k for k in _run("Ukraine reclaimed the bodies of 80 soldiers killed near Testivka, officials said.") if k[2] == "captured"]
    assert ("Novoselo", "UA", "captured") in _run("Ukraine's General Staff said its forces reclaimed Novoselo.")


def test_a_place_that_remained_held_until_last_week_is_no_holding_now_nor_a_capture():
    got = _run("The village remained under Ukrainian control until last week, when Russian troops entered Testivka, "
               "Ukraine's governor said.")
    assert not [k for k in got if k[2] == "held"]
    named = _run("Testivka remained under Ukrainian control until last week, Ukraine's governor said.")
    assert not [k for k in named if k[2] in ("held", "captured")]


def test_the_situation_in_a_place_stabilized_is_a_holding_only_in_a_sides_military_words():
    assert ("Testivka", "UA", "held") in _run("The situation in Testivka has been stabilized, Ukraine's General Staff said.")
    assert not _run("In recent weeks, the situation near Novoselo has been somewhat stabilized.")
    mayor = _run("The situation in Dubky has stabilized after the explosions, the city's mayor Ivan Testenko said.")
    assert ("Dubky", "UA", "held") not in mayor


def test_forces_that_now_fully_control_their_own_town_hold_it():
    got = _run("Ukraine's General Staff said its forces now fully control Testivka, dismissing Russian claims that it had fallen.")
    assert ("Testivka", "UA", "held") in got and ("Testivka", "UA", "captured") not in got


def test_a_place_another_verb_governs_is_not_the_captures():
    got = _run("On Monday, Russian troops captured almost the entire village of New York, approached Testivka and the "
               "logistics center Novoselo, Russia's defence ministry said.")
    assert not [k for k in got if k[2] == "captured"]


def test_the_outlets_recall_line_ends_the_officials_report():
    got = _run("\u201cAs a result of another attack by kamikaze drones on Novoselo, a man was injured,\u201d the head of the "
               "regional military administration said.\n\nRecall\n\n"
               "The day before, Russian troops shelled the village of Testivka. Two women were killed.")
    assert ("Novoselo", "UA", "struck") in got
    assert ("Testivka", "other", "struck") in got and ("Testivka", "UA", "struck") not in got


def test_a_village_in_brackets_that_neighbours_the_place_only_locates_it():
    got = _run("In mid-June, Testivka (a village neighbouring Novoselo) was recaptured, Ukraine's General Staff said.")
    assert ("Testivka", "UA", "captured") in got and not [k for k in got if k[0] == "Novoselo"]


def test_months_of_strikes_summed_up_are_the_outlets_not_the_officials_report():
    got = _run("Russian shelling killed two people in Novoselo on Thursday, the governor said. Months of relentless "
               "Russian artillery strikes have devastated Testivka, with homes and offices charred.")
    assert ("Novoselo", "UA", "struck") in got and ("Testivka", "UA", "struck") not in got


# Problems a second helper review (of 89f69ce..afc35ed) found, each pinned by the sentence that showed it.

def test_a_caption_opened_by_its_photo_date_is_a_caption():
    got = _run("Smoke rises from shelling in the city of Testivka, Luhansk region, Ukraine, early Sunday, July 3, 2022. "
               "Russian forces pounded Novoselo, the governor said Saturday. (Luhansk region military administration via AP)")
    assert not got


def test_attackers_who_killed_civilians_struck_the_place():
    assert ("Testivka", "UA", "struck") in _run("Russian occupiers have killed a civilian in Testivka, Ukraine's governor said.")


def test_a_date_phrase_or_saboteurs_driven_out_do_not_cancel_a_flags_capture():
    got = _run("On the anniversary of the full-scale invasion, Ukrainian troops raised the national flag over Testivka, "
               "Ukraine's General Staff said.")
    assert got[("Testivka", "UA", "captured")].control == "UA"
    driven = _run("Russian troops have raised the Russian flag in Novoselo, Russia's defence ministry said, after Ukrainian "
                  "sabotage groups were driven out.")
    assert driven[("Novoselo", "RU", "captured")].control == "RU"


def test_a_place_reclaimed_by_forces_is_captured_and_back_under_a_flag_too():
    assert ("Testivka", "UA", "captured") in _run("Testivka was reclaimed by Ukrainian forces, Ukraine's General Staff said.")
    assert _run("Novoselo is back under the Ukrainian flag, Ukraine's President said.")[("Novoselo", "UA", "captured")].control == "UA"


def test_a_bracket_that_is_a_clause_of_its_own_names_a_place_struck():
    got = _run("Russian troops shelled Testivka and Novoselo (neighbouring Dubky was also hit), Ukraine's governor said.")
    assert ("Dubky", "UA", "struck") in got


def test_a_step_to_capturing_a_place_is_a_goal_and_wrong_to_say_captured_is_a_denial():
    got = _run("Moscow said that taking control of Testivka was an important step to capturing the nearby town of Novoselo.")
    assert ("Novoselo", "RU", "captured") not in got
    denial = _run("Ukraine's spokesman said: \u201cBut it's wrong to say that Dubky has been completely captured.\u201d")
    assert ("Dubky", "UA", "held") in denial and ("Dubky", "UA", "captured") not in denial


def test_a_commander_killed_in_battle_is_a_fights_dead_not_a_strike():
    got = _run("Russia's defence ministry said the commander of the Sparta battalion was killed in battle in Testivka.")
    assert ("Testivka", "RU", "struck") not in got


# Problems a third helper review (of afc35ed..eb5ce69) found, each pinned by the sentence that showed it.

def test_wrong_to_say_denies_only_the_capture_it_is_said_of():
    got = _run("Ukraine's President said it would be wrong to say Ukraine had lost the initiative, even though Russian "
               "forces captured Testivka last month.")
    assert got[("Testivka", "UA", "captured")].control == "RU" and ("Testivka", "UA", "held") not in got


def test_a_ship_back_under_a_flag_or_farmland_reclaimed_takes_no_place():
    assert not [k for k in _run("The first grain ship has returned under the Ukrainian flag to the port of Testivka, "
                                "Ukraine's ministry said.") if k[2] == "captured"]
    assert not [k for k in _run("Farmland around Novoselo was reclaimed from the mines this spring, the regional governor said.")
                if k[2] == "captured"]


def test_step_by_step_staged_assaults_and_combat_positions_keep_their_claims():
    assert ("Testivka", "RU", "captured") in _run(
        "Advancing step by step to the west, Russian troops captured Testivka, Russia's defence ministry said.")
    assert ("Novoselo", "RU", "captured") in _run(
        "Russian troops staged an assault on Novoselo and raised the Russian flag over the town, Russia's defence ministry said.")
    assert ("Dubky", "RU", "struck") in _run(
        "Russian artillery killed in combat positions two Ukrainian soldiers in Dubky, Russia's defence ministry said.")
