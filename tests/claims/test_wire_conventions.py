"""Wire and agency wording seen on real pages: abbreviated titles, the DPR's JCCC mission, photo
captions, preparations, and axes listed with "and other directions" (invented sentences)."""

from __future__ import annotations

from datetime import date

from test_claims import _run


def test_an_abbreviated_governor_speaks_for_ukraine():
    got = _run("Three people were killed when a Russian drone hit an apartment block in Testivka overnight, "
               "regional Gov. Oleh Petrenko said Saturday morning.")
    assert ("Testivka", "UA", "struck") in got


def test_the_dpr_mission_at_the_jccc_speaks_for_russia():
    got = _run("Ukrainian troops shelled Testivka and Dubky on Monday, the DPR representative office at the Joint "
               "Center for Control and Coordination of Issues Related to War Crimes of Ukraine (JCCC) reported.")
    assert got[("Testivka", "RU", "struck")].control is None
    assert ("Dubky", "RU", "struck") in got


def test_a_wire_photo_caption_gives_no_claim():
    assert _run("A general view of a market after a fire caused by shelling, in Testivka, Ukraine March 19, 2022.") == {}
    assert _run("Residents walk past a building damaged by shelling in Dubky, Ukraine, June 2, 2023.") == {}


def test_preparing_an_offensive_or_focusing_on_a_capture_is_no_claim():
    got = _run("Russian forces have replenished ammunition in preparation for offensive operations toward Testivka. "
               "Russian forces maintained a focus on capturing Dubky, analysts said.")
    assert got == {}


def test_towns_listed_as_directions_are_axes_not_fighting_in_them():
    got = _run("There is advancement in Testivka, Dubky and other directions, a Russian defence ministry spokesman said.")
    assert got == {}


def test_a_side_that_maintains_it_captured_a_town_claims_it():
    got = _run("The clash of narratives goes on. Russia maintains it has captured the eastern city of Testivka.")
    assert got[("Testivka", "RU", "captured")].control == "RU"


def test_a_list_goes_on_past_the_oblast_of_its_first_place():
    got = _run("The Russian Defense Ministry claimed to have captured the settlements of Testivka in the northeastern "
               "Testska region, as well as Dubky, Lisne and Hrabove in the eastern Donetsk region.")
    assert {p for p, side, kind in got if side == "RU" and kind == "captured"} == {"Testivka", "Dubky", "Lisne", "Hrabove"}


def test_an_appositive_relative_clause_is_its_own_villages_alone():
    got = _run("Hanna Maliar said the Kremlin's forces are trying to regain lost positions near Novoselo and Dubky, "
               "another village near Hrabove which Ukrainian forces liberated on Friday.")
    assert ("Dubky", "UA", "captured") in got
    assert not any(p == "Novoselo" and kind == "captured" for p, _, kind in got)


def test_a_camera_capture_a_demand_to_surrender_and_a_plant_taken_are_no_captures_of_the_town():
    got = _run("Residents captured footage of Ukrainian soldiers walking through Testivka. "
               "Military intelligence demanded that any Russian forces still in Novoselo surrender immediately. "
               "Reports indicate that Russian troops have partially entered Dubky and taken control of a local meat processing plant.")
    assert not any(kind == "captured" for _, _, kind in got)


def test_each_victims_place_of_a_strike_report_is_struck():
    got = _run("Separate attacks injured a 64-year-old man in the village of Testivka and a 56-year-old man in Dubky, "
               "according to Governor Oleh Syniehubov.")
    assert ("Testivka", "UA", "struck") in got and ("Dubky", "UA", "struck") in got


def test_an_unqualified_ministry_saying_russia_liberated_a_village_is_russias():
    got = _run("The defense ministry said Russia had “liberated” the village of Testivka, on the outskirts of Dubky.")
    assert got[("Testivka", "RU", "captured")].control == "RU"
    assert not any(side == "UA" for _, side, _ in got)


def test_fighting_to_liberate_is_the_battle_not_its_end():
    got = _run("Joint forces are fighting to liberate the villages of Testivka and Dubky, deputy chief of the DPR "
               "People’s Militia Eduard Basurin said.")
    assert ("Testivka", "RU", "contested") in got and ("Dubky", "RU", "contested") in got
    assert not any(kind == "captured" for _, _, kind in got)


def test_an_appositive_after_a_landmark_is_about_the_landmark():
    got = _run("Testivka is located just west of Dubky, another city that fell to Russian forces in 2023.")
    assert ("Dubky", "other", "captured") in got and not any(p == "Testivka" for p, _, _ in got)


def test_an_ordered_retreat_is_no_capture_yet():
    got = _run("Russian Defence Minister Sergei Shoigu has ordered a retreat from Testivka, a Russian statement said.")
    assert not any(kind == "captured" for _, _, kind in got)


def test_explosions_reported_after_an_officials_round_up_are_not_the_officials():
    got = _run("Russian shelling hit Testivka overnight, governor Ivan Petrenko said. "
               "Explosions were also reported in Dubky and Lisne.")
    assert ("Testivka", "UA", "struck") in got
    assert not any(side == "UA" and p in ("Dubky", "Lisne") for p, side, _ in got)


def test_an_oblast_that_places_an_unknown_area_is_no_target():
    got = _run("Russian troops have been striking Kupeianshchina in the Testska region since the evening, "
               "governor Ivan Petrenko said.")
    assert not any(p == "Testska" for p, _, _ in got)
    got = _run("On Sunday in the Testska region, Russian drones struck homes, governor Ivan Petrenko said.")
    assert ("Testska", "UA", "struck") in got


def test_fire_from_named_systems_at_a_town_is_a_strike():
    got = _run("At 10:15 a.m., Russians fired from S-300 systems at Testivka, causing damage to a building, "
               "governor Oleh Syniehubov said.")
    assert ("Testivka", "UA", "struck") in got


def test_defeating_formations_near_villages_is_the_russian_ministrys_fighting():
    got = _run("Russian troops have improved their positions, defeating Ukrainian formations near the villages of "
               "Testivka and Dubky, the Russian Defence Ministry said.")
    assert ("Testivka", "RU", "contested") in got and ("Dubky", "RU", "contested") in got


def test_a_withdrawal_from_a_neighbourhood_is_fighting_for_the_town():
    got = _run("Earlier in July, Ukrainian troops withdrew from the Kanal neighborhood of the embattled town of Testivka.")
    assert ("Testivka", "other", "contested") in got
    assert not any(kind == "captured" for _, _, kind in got)


def test_reports_from_a_side_about_a_capture_are_its_claim_and_the_speaker_denies_them():
    got = _run("In reality, reports from the Kremlin about the capture of the cities of Testivka and Dubky are not "
               "confirmed by facts, the spokesman Viktor Trehubov said.")
    assert got[("Testivka", "RU", "captured")].control == "RU"
    assert ("Testivka", "UA", "held") in got and ("Dubky", "UA", "held") in got


def test_a_general_staff_report_that_states_repelled_assaults_is_the_general_staffs():
    got = _run("In the morning report from the General Staff of the Ukrainian Armed Forces on March 8, it was stated "
               "that Ukrainian defense forces repelled 41 enemy assault actions in the areas of Testivka and Dubky.")
    assert ("Testivka", "UA", "contested") in got and ("Dubky", "UA", "contested") in got


def test_the_month_of_may_is_no_modal():
    got = _run("In May 2023 the Russians captured Testivka after long and bloody battles.")
    assert got[("Testivka", "other", "captured")].date_from.month == 5


def test_voices_by_name_role_and_wording():
    got = _run("Earlier, Gaidai wrote on his Telegram that Ukrainian troops repelled a Russian attack near Testivka. "
               "Ukrainian forces repelled Russian attacks near Dubky, the official said. "
               "The enemy conducted 150 artillery strikes on Lisne, the General Staff said. "
               "Russian strikes injured four people in Hrabove, according to the local military administration. "
               "Ukrainian forces are withdrawing from Kamianka, a regional military chief said.")
    for place, kind in (("Testivka", "contested"), ("Dubky", "contested"), ("Lisne", "struck"), ("Hrabove", "struck"),
                        ("Kamianka", "captured")):
        assert (place, "UA", kind) in got, place


def test_voices_of_the_russian_installed_authorities():
    got = _run("The Luhansk People's Republic (LNR) officials claimed that Ukrainian forces had begun to withdraw from "
               "Testivka. After this, the head of the Russian military civil administration, Vitaly Ganchev, said "
               "Ukrainian shelling hit Dubky.")
    assert ("Testivka", "RU", "contested") in got and ("Dubky", "RU", "struck") in got


def test_a_list_goes_on_past_a_peoples_republic_between_commas():
    got = _run("Russian troops freed the settlements of Testivka, in the Donetsk People's Republic, and Dubky in the "
               "Kharkov region, the Russian Defense Ministry said.")
    assert ("Testivka", "RU", "captured") in got and ("Dubky", "RU", "captured") in got


def test_the_fall_of_which_is_the_fall_of_the_place_before_it():
    got = _run("Testivka and Dubky lie northeast of Lisne, the fall of which in February triggered an acceleration "
               "of the Russian offensive.")
    assert ("Lisne", "other", "captured") in got
    assert not any(p in ("Testivka", "Dubky") for p, _, _ in got)


def test_a_liberation_named_as_a_time_of_reference_and_a_drone_unit_are_no_claims():
    got = _run("The head of the Testivka City Military Administration said that building fortifications around the "
               "town after its liberation had been difficult. He also said that the elite battalion of attack "
               "drones had arrived near Dubky.")
    assert not any(kind in ("captured", "struck") for _, _, kind in got)


def test_the_enemy_entering_a_town_is_fighting_when_the_defender_says_so():
    got = _run("Governor Serhiy Gaidai said Russian troops have entered Testivka, the largest city still in Ukrainian hands. "
               "Ukrainian troops entered Dubky on Friday, the General Staff of the Armed Forces of Ukraine said.")
    assert ("Testivka", "UA", "contested") in got and ("Testivka", "UA", "captured") not in got
    assert got[("Dubky", "UA", "captured")].control == "UA"


def test_occupied_and_under_our_control_and_russian_backed_fighters():
    got = _run("Testivka was completely occupied as of yesterday evening, a Ukrainian army spokesman said. "
               "\"The city of Dubky was placed under our control several weeks ago,\" Russian Defence Minister Andrei Belousov said. "
               "Russian-backed fighters said on Saturday that they had taken control of Lisne.")
    assert got[("Testivka", "UA", "captured")].control == "RU"
    assert ("Dubky", "RU", "captured") in got and ("Lisne", "RU", "captured") in got


def test_settlements_listed_as_under_fire_are_struck():
    got = _run("In addition, the head of the RMA noted, Testivka, Dubky, Lisne and other settlements were under fire.")
    assert {p for p, side, kind in got if side == "UA" and kind == "struck"} == {"Testivka", "Dubky", "Lisne"}


def test_a_bulletin_announced_by_an_official_gives_each_line_its_place():
    got = _run("Russian troops have been striking the region since the evening, governor Oleh Syniehubov said.\n\n"
               "According to him, Testivka and the district were shelled by enemies:\n\n"
               "June 8, 01: 50, Dubky village, Kupyansky district. As a result of enemy shelling, a private house was damaged.\n\n"
               "22: 50, Lisne village. As a result of enemy shelling from UAVs, a car was damaged.\n\n"
               "13: 20, Hrabove village. The gas pipeline was repaired.\n\n"
               "Also, in the village of Kamianka, a man was killed as a result of an explosion of ammunition.")
    assert {p for p, side, kind in got if side == "UA" and kind == "struck"} == {"Testivka", "Dubky", "Lisne"}


def test_repelled_attacks_in_the_vicinity_of_places_named_far_after_the_cue():
    got = _run("According to Tarnavskyi, Ukrainian troops repelled 38 enemy attacks in the Hrabove direction over the "
               "last day in the vicinity of Testivka, Dubky and another 5 attacks near Lisne.")
    assert {p for p, side, kind in got if side == "UA" and kind == "contested"} == {"Testivka", "Dubky", "Lisne"}


def test_firing_on_communities_and_a_speaker_after_a_second_clause():
    got = _run("\"All day long, the Russian army was firing on Testivka, Dubky and Lisne communities,\" governor Serhiy Lysak wrote. "
               "Hrabove has become the first liberated settlement of the district, active fighting continues in the "
               "area, the head of the Kharkov military-civilian administration, Vitaly Ganchev, told TASS.")
    assert {p for p, side, kind in got if side == "UA" and kind == "struck"} == {"Testivka", "Dubky", "Lisne"}
    assert got[("Hrabove", "RU", "captured")].control == "RU"


def test_lists_through_a_locative_and_through_including():
    got = _run("Russian forces also launched drone attacks on the city of Testivka in southern Ukraine and the city of "
               "Dubky in the northeast, regional officials said. "
               "In September, Russian troops retreated from key cities in the northeastern region, including the key "
               "rail hub of Lisne. The Ukrainian army said that Russian troops were conducting offensive actions in "
               "several cities including Hrabove and Kamianka.")
    assert ("Testivka", "UA", "struck") in got and ("Dubky", "UA", "struck") in got
    assert got[("Lisne", "other", "captured")].control == "UA"
    assert ("Hrabove", "UA", "contested") in got and ("Kamianka", "UA", "contested") in got


def test_a_state_of_control_is_its_subjects_not_the_next_places():
    got = _run("A map published by DeepState on Monday showed that Testivka is still under Ukrainian control, while "
               "control of Dubky was shown to be split between the two powers.")
    assert got[("Testivka", "other", "held")].control == "UA"
    assert not any(p == "Dubky" and kind == "held" for p, _, kind in got)


def test_according_to_media_reports_and_officials_is_the_officials_claim():
    got = _run("Russian forces reportedly struck Testivka overnight, according to local media reports and regional officials.")
    assert ("Testivka", "UA", "struck") in got


def test_an_unqualified_voice_refuting_russian_information_is_ukraines():
    got = _run("The General Staff refuted the Russian information about the capture of Testivka and Dubky.")
    assert ("Testivka", "UA", "held") in got and ("Dubky", "UA", "held") in got
    assert got[("Testivka", "RU", "captured")].control == "RU"
    assert not any(side == "RU" and kind == "held" for _, side, kind in got)


def test_a_town_a_side_captured_in_an_appositive():
    got = _run("The settlement lies about 16 kilometres northwest of Testivka, a factory town Russia captured in February.")
    assert got[("Testivka", "other", "captured")].control == "RU"


def test_a_bare_general_staff_is_ukraines_unless_the_article_names_russias():
    got = _run("At Testivka, which Russian forces are still trying to encircle, Ukrainian troops fought back 17 "
               "attacks, the General Staff said. The enemy continued to storm Dubky, the General Staff said. "
               "On September 15 the General Staff confirmed that Ukraine's Defense Forces had de-occupied Lisne.")
    assert ("Testivka", "UA", "contested") in got and ("Dubky", "UA", "contested") in got
    assert got[("Lisne", "UA", "captured")].control == "UA"
    got = _run("Valery Gerasimov met the troops. Our forces repelled attacks near Testivka, the General Staff said.")
    assert ("Testivka", "RU", "contested") in got


def test_the_side_of_an_unqualified_voice_comes_from_voices_that_speak_not_forces_that_act():
    got = _run("Russian military start defensive in two directions. The Russian military have turned to the defensive.\n\n"
               "The General Staff of the Armed Forces of Ukraine has said this in a statement.\n\n"
               "The enemy unsuccessfully tried to conduct assault operations near Testivka, the ministry said.")
    assert ("Testivka", "UA", "contested") in got
    got = _run("Ukrainian forces did not confirm the claim. A statement by the Defense Ministry said its forces "
               "captured the village of Dubky. Russian units \"have fully liberated the town of Lisne,\" the Defense Ministry said.")
    assert got[("Dubky", "RU", "captured")].control == "RU" and got[("Lisne", "RU", "captured")].control == "RU"


def test_review_classes_region_adjective_refinery_premature_and_tasks_under_way():
    got = _run("Russia captured the Donetsk cities of Testivka and Dubky last year after long battles.")
    assert {p for p, _, kind in got if kind == "captured"} == {"Testivka", "Dubky"}
    got = _run("Meanwhile, Russian forces attacked a major oil refinery Saturday in Testivka, Ukrainian officials announced. "
               "Deputy Defense Minister Anna Malyar said that the statements about the capture of Dubky were \"premature.\" "
               "Servicemen of the Battlegroup West are successfully completing the task of liberating the city of Lisne, "
               "the Russian Defence Ministry said.")
    assert ("Testivka", "UA", "struck") in got and ("Testivka", "UA", "contested") not in got
    assert ("Dubky", "UA", "held") in got and ("Dubky", "UA", "captured") not in got
    assert ("Lisne", "RU", "contested") in got and ("Lisne", "RU", "captured") not in got


def test_fresh8_classes_withdrawing_ministry_of_ukraine_landmarks_secured_and_sieges():
    got = _run("Before that, the Russians announced that they were withdrawing troops from Testivka. "
               "\"The town of Dubky is liberated by Ukrainian troops!\" the Ministry of Defense of Ukraine said. "
               "Ukraine's armed forces said that the village of Lisne, also located south of the eastern Ukrainian city "
               "of Hrabove, had been retaken. The village of Kamianka was secured as a result of successful offensive "
               "actions, the Russian Defence Ministry said.")
    assert got[("Testivka", "RU", "captured")].control == "UA"
    assert got[("Dubky", "UA", "captured")].control == "UA"
    assert ("Lisne", "UA", "captured") in got and not any(p == "Hrabove" for p, _, _ in got)
    assert got[("Kamianka", "RU", "captured")].control == "RU"
    got = _run("The surrender marks the end of the battle of Testivka, where tens of thousands of people were killed "
               "under months of Russian bombardment. Governor Oleh Kiper said a fire broke out in a high-rise in Dubky "
               "as a result of the attack.")
    assert not any(p == "Testivka" and kind == "struck" for p, _, kind in got)
    assert ("Dubky", "UA", "struck") in got and ("Dubky", "UA", "contested") not in got


def test_a_list_a_sentence_opens_with_after_its_source_and_the_past_day():
    got = _run("According to Prokudin, Testivka, Dubky, Lisne and the city of Hrabove came under hostile fire over the past day. "
               "According to the Russian Defense Ministry, the villages of Kamianka and Novoselo came under Russian control.")
    struck = {p: c for (p, side, kind), c in got.items() if side == "UA" and kind == "struck"}
    assert set(struck) == {"Testivka", "Dubky", "Lisne", "Hrabove"}
    assert struck["Testivka"].date_from == date(2024, 3, 7) and struck["Testivka"].date_to == date(2024, 3, 8)
    assert ("Kamianka", "RU", "captured") in got and ("Novoselo", "RU", "captured") in got


def test_review5_classes_titles_crossheads_regions_of_fighting_and_occupied():
    got = _run("Testivka leader Denis Pushilin said on Monday that the allied forces were advancing towards Dubky.\n\n"
               "THE EFFECTS OF THE ATTACKS ON LISNE.\n\n"
               "Russia's defense ministry said on Monday it had repelled attempted offensives by Ukrainian forces in the "
               "Testska region and had hit targets with sea-launched missiles.\n\n"
               "Ukraine's forces started to assault the town of Hrabove, which had been occupied by Russia since May, "
               "the British ministry said.")
    assert not any(p in ("Testivka", "Lisne", "Testska") for p, _, _ in got)
    assert all(c.control == "RU" for (p, _, kind), c in got.items() if p == "Hrabove" and kind == "captured")


def test_a_strike_whose_source_the_next_sentence_gives_on_telegram():
    got = _run("As a result of a Russian missile strike on Testivka, one person was killed, and 11 others were injured. "
               "This was reported on Telegram by Chief of the Testska Regional Military Administration, Vitalii Kim, "
               "according to Ukrinform.")
    assert ("Testivka", "UA", "struck") in got


def test_a_quote_closed_by_a_name_and_a_spokesman_title():
    got = _run("“The Russian invaders were not able to enter Testivka. The city remains under the control of the "
               "Ukrainian armed forces,” Andriy Kovalev, a spokesman for the Ukrainian military’s general staff, said on Thursday.")
    assert got[("Testivka", "UA", "held")].control == "UA"


def test_pushed_back_or_repelled_from_a_town_is_fighting_there_but_artillery_pushed_further_is_not():
    got = _run("The Russians have been pushed back from Testivka, a Ukrainian army spokesman said. "
               "Ukrainian Defense Forces have repelled Russian troops from Dubky, a Ukrainian army spokesman said. "
               "Shoigu said the advance had pushed Ukrainian artillery further from Lisne.")
    assert ("Testivka", "UA", "contested") in got and ("Dubky", "UA", "contested") in got
    assert not any(p == "Lisne" for p, _, _ in got)
