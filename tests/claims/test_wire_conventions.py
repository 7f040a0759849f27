"""Wire and agency wording seen on real pages: captions, crossheads, modality, kinds, what is no claim
(invented sentences)."""

from __future__ import annotations

from datetime import date

from test_claims import _run


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


def test_a_camera_capture_a_demand_to_surrender_and_a_plant_taken_are_no_captures_of_the_town():
    got = _run("Residents captured footage of Ukrainian soldiers walking through Testivka. "
               "Military intelligence demanded that any Russian forces still in Novoselo surrender immediately. "
               "Reports indicate that Russian troops have partially entered Dubky and taken control of a local meat processing plant.")
    assert not any(kind == "captured" for _, _, kind in got)


def test_fighting_to_liberate_is_the_battle_not_its_end():
    got = _run("Joint forces are fighting to liberate the villages of Testivka and Dubky, deputy chief of the DPR "
               "People’s Militia Eduard Basurin said.")
    assert ("Testivka", "RU", "contested") in got and ("Dubky", "RU", "contested") in got
    assert not any(kind == "captured" for _, _, kind in got)


def test_an_ordered_retreat_is_no_capture_yet():
    got = _run("Russian Defence Minister Sergei Shoigu has ordered a retreat from Testivka, a Russian statement said.")
    assert not any(kind == "captured" for _, _, kind in got)


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


def test_the_month_of_may_is_no_modal():
    got = _run("In May 2023 the Russians captured Testivka after long and bloody battles.")
    assert got[("Testivka", "other", "captured")].date_from.month == 5


def test_a_liberation_named_as_a_time_of_reference_and_a_drone_unit_are_no_claims():
    got = _run("The head of the Testivka City Military Administration said that building fortifications around the "
               "town after its liberation had been difficult. He also said that the elite battalion of attack "
               "drones had arrived near Dubky.")
    assert not any(kind in ("captured", "struck") for _, _, kind in got)


def test_the_enemy_entering_a_town_is_fighting_when_the_defender_says_so():
    got = _run("Governor Serhiy Gaidai said Russian troops have entered Testivka, the largest city still in Ukrainian hands. "
               "Ukrainian troops entered Dubky on Friday, the General Staff of the Armed Forces of Ukraine said.")
    assert ("Testivka", "UA", "contested") in got and ("Testivka", "UA", "captured") not in got
    # the attacker's own "entered" is a foothold, no control claimed (test_precision_classes)
    assert ("Dubky", "UA", "contested") in got and ("Dubky", "UA", "captured") not in got


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


def test_review5_classes_titles_crossheads_regions_of_fighting_and_occupied():
    got = _run("Testivka leader Denis Pushilin said on Monday that the allied forces were advancing towards Dubky.\n\n"
               "THE EFFECTS OF THE ATTACKS ON LISNE.\n\n"
               "Russia's defense ministry said on Monday it had repelled attempted offensives by Ukrainian forces in the "
               "Testska region and had hit targets with sea-launched missiles.\n\n"
               "Ukraine's forces started to assault the town of Hrabove, which had been occupied by Russia since May, "
               "the British ministry said.")
    assert not any(p in ("Testivka", "Lisne", "Testska") for p, _, _ in got)
    assert all(c.control == "RU" for (p, _, kind), c in got.items() if p == "Hrabove" and kind == "captured")


def test_pushed_back_or_repelled_from_a_town_is_fighting_there_but_artillery_pushed_further_is_not():
    got = _run("The Russians have been pushed back from Testivka, a Ukrainian army spokesman said. "
               "Ukrainian Defense Forces have repelled Russian troops from Dubky, a Ukrainian army spokesman said. "
               "Shoigu said the advance had pushed Ukrainian artillery further from Lisne.")
    assert ("Testivka", "UA", "contested") in got and ("Dubky", "UA", "contested") in got
    assert not any(p == "Lisne" for p, _, _ in got)


def test_communities_attacked_with_artillery_are_struck():
    got = _run("The Testivka and Dubky communities were attacked with heavy artillery, governor Serhiy Lysak said.")
    assert ("Testivka", "UA", "struck") in got and ("Dubky", "UA", "struck") in got
    assert not any(kind == "contested" for _, _, kind in got)


def test_control_of_most_or_a_part_of_a_town_is_fighting_for_it():
    got = _run("The head of Russia’s mercenary Wagner Group, Yevgeniy Prigozhin, said his forces control most of the "
               "city of Testivka. Yevgeny Prigozhin claimed control of the eastern part of Dubky on Wednesday, TASS has reported.")
    assert ("Testivka", "RU", "contested") in got and ("Dubky", "RU", "contested") in got
    assert not any(kind == "captured" for _, _, kind in got)


def test_main_efforts_concentrated_on_areas_is_the_general_staffs_fighting():
    got = _run("The main efforts of Russian forces were concentrated on the areas of Testivka, Dubky and Lisne, the General Staff said.")
    assert {p for p, side, kind in got if side == "UA" and kind == "contested"} == {"Testivka", "Dubky", "Lisne"}


def test_control_of_most_of_the_city_named_before_is_fighting_for_it():
    got = _run("Fierce fighting goes on for the eastern city of Testivka. The head of Russia's mercenary Wagner Group, "
               "Yevgeniy Prigozhin, said his forces control most of the city but that a counteroffensive is in full swing.")
    assert ("Testivka", "RU", "contested") in got and ("Testivka", "RU", "captured") not in got


def test_a_town_holding_on_in_its_defenders_words_is_held():
    got = _run("President Zelensky said last night that “Testivka is holding on despite everything”.")
    assert got[("Testivka", "UA", "held")].control == "UA"


def test_civilians_held_in_a_town_are_no_claim_that_it_is_held():
    got = _run("Ukrainian officials said civilians are being held in basements in Testivka.")
    assert not any(kind == "held" for _, _, kind in got)


def test_troops_on_the_outskirts_of_a_town_are_fighting_there_but_a_strike_there_is_a_strike():
    got = _run("Ukraine's General Staff said on Monday that its troops were located on the outskirts of Testivka. "
               "A missile hit a warehouse on the outskirts of Dubky, the governor said.")
    assert ("Testivka", "UA", "contested") in got
    assert ("Dubky", "UA", "struck") in got and ("Dubky", "UA", "contested") not in got


def test_a_share_of_the_town_named_before_is_fighting_not_a_capture():
    got = _run("Testivka was attacked again on Friday. Ukrainian forces control about 70% of the town as of May 31, "
               "the spokesperson of the Khortytsia group of forces said.")
    assert ("Testivka", "UA", "contested") in got
    assert not any(kind in ("captured", "held") for _, _, kind in got)


def test_buildings_occupied_in_a_town_are_fighting_there():
    got = _run("According to the Russian leader, in Testivka, Russian troops have occupied 1,700 buildings out of 8,000.")
    assert ("Testivka", "RU", "contested") in got and ("Testivka", "RU", "captured") not in got


def test_protecting_a_city_from_attacks_is_no_fighting_there():
    got = _run("He claimed that the Russian army moved Ukraine's artillery away from the city of Testivka, thus allowing "
               "Moscow to \"more effectively protect Testivka from attacks.\"")
    assert not any(p == "Testivka" and kind == "contested" for p, _, kind in got)


def test_a_town_seized_and_later_recaptured_is_held_by_who_recaptured_it():
    got = _run("Testivka was seized by Russian troops in February 2022 and recaptured by Ukrainian troops in September 2022.")
    c = got[("Testivka", "other", "captured")]
    assert c.control == "UA" and c.date_from == date(2022, 9, 1)


def test_a_weak_later_mention_does_not_undo_a_clear_capture():
    got = _run("Russian troops captured Testivka in January. "
               "The liberation of Testivka comes just a few days after that of Dubky.")
    assert got[("Testivka", "other", "captured")].control == "RU"


def test_troops_ordered_to_leave_a_town_admit_its_loss():
    got = _run("Regional governor Ivan Petrenko said that the Ukrainian military received the order to leave the town of "
               "Testivka, which they had been defending for weeks.")
    assert got[("Testivka", "UA", "captured")].control == "RU"


def test_a_man_killed_as_a_result_of_firing_in_a_village_is_a_strike():
    got = _run("A 53-year-old man died as a result of firing in Testivka, the head of the regional military administration said.")
    assert ("Testivka", "UA", "struck") in got


def test_towns_completely_surrounded_are_fought_for_and_a_bracketed_name_is_the_same_town():
    got = _run("According to the Russian Defence Ministry, Testivka (Dubky) and Lisne are completely surrounded, "
               "and in Hrabove, Russian troops have occupied 1,700 buildings out of 8,000.")
    assert {p for p, side, kind in got if side == "RU" and kind == "contested"} == {"Testivka", "Dubky", "Lisne", "Hrabove"}


def test_soldiers_encircled_in_a_town_are_fighting_there():
    got = _run("Earlier, Ukraine's military said that thousands of Russian soldiers were encircled by Ukrainian forces "
               "in the city of Testivka.")
    assert ("Testivka", "UA", "contested") in got


def test_missiles_brought_down_on_their_way_to_a_place_did_not_strike_it():
    got = _run("The Russian-installed governor said Russia brought down three Ukrainian missiles heading for targets in Testivka.")
    assert not any(kind == "struck" for _, _, kind in got)


def test_an_appositive_about_what_it_has_captured_is_the_outlets_background():
    got = _run("Russia has ordered a retreat from the key southern city of Testivka, the only regional capital it has "
               "captured since February's invasion, in a dramatic strategic setback.")
    assert ("Testivka", "RU", "captured") not in got
    assert got[("Testivka", "other", "captured")].control == "RU"


def test_troops_withdrawn_from_part_of_a_town_still_fight_for_it():
    got = _run("Ukrainian troops fought in Testivka for weeks. \"In order to avoid encirclement of Ukrainian forces in the "
               "southern part of the settlement, they were withdrawn from there,\" the Khortytsia group of forces said.")
    assert ("Testivka", "UA", "captured") not in got


def test_an_attack_named_by_its_city_is_a_strike_on_it():
    got = _run("President Zelensky said the latest Testivka attack highlighted the urgent need for air defence.")
    assert ("Testivka", "UA", "struck") in got and ("Testivka", "UA", "contested") not in got
    got = _run("Russian attacks near Testivka continued, the General Staff said.")
    assert ("Testivka", "UA", "contested") in got


def test_troops_of_a_town_retreating_to_new_positions_leave_it_but_pulling_back_to_a_town_holds_it():
    got = _run("Haidai said the decision was made to order the defenders of Testivka to retreat to new positions.")
    assert not any(kind == "held" for _, _, kind in got)
    got = _run("The Ukrainian army spokesman said Ukrainian units had pulled back to Dubky.")
    assert ("Dubky", "UA", "held") in got


def test_a_sentence_above_a_photo_credit_is_a_caption():
    got = _run("A man walks past a building destroyed by Russian shelling in Testivka on June 25, 2025.\n"
               "(Photo by Ivan Petrenko / AFP)\n\n"
               "The Russian Defense Ministry said its forces captured Dubky on Monday.")
    assert not any(p == "Testivka" for p, _, _ in got)
    assert ("Dubky", "RU", "captured") in got


def test_the_day_before_in_a_sentence_about_the_village_named_earlier_counts_from_its_own_day():
    got = _run("The Russian Defense Ministry said its forces captured Testivka. "
               "Earlier Monday, Ukraine's General Staff said its troops had repelled Russian attacks the day before "
               "in the vicinity of the village.")
    assert got[("Testivka", "UA", "contested")].date_from == date(2024, 3, 3)


def test_the_larger_part_of_a_town_under_control_is_a_share():
    got = _run("\"In Testivka, the larger part, more than 80% is now under our control,\" the Wagner chief said.")
    assert ("Testivka", "RU", "captured") not in got and ("Testivka", "RU", "contested") in got


def test_a_town_being_liberated_step_by_step_is_fought_for():
    got = _run("\"Testivka is being steadily liberated from the occupation step by step,\" the Russian-installed official said.")
    assert ("Testivka", "RU", "contested") in got and ("Testivka", "RU", "captured") not in got


def test_forces_holding_firm_hold_the_town():
    got = _run("Ukrainian military officials said their forces have been holding firm against Russia's attacks on Testivka.")
    assert got[("Testivka", "UA", "held")].control == "UA"


def test_the_aim_of_capturing_a_town_is_no_capture():
    got = _run("\"The enemy's assault detachments are trying to break through our defences, with the aim of blocking, and "
               "later capturing, Testivka,\" said Ukrainian Ground Forces Commander Oleksandr Syrskyi.")
    assert not any(kind == "captured" for _, _, kind in got)


def test_preparing_for_attacks_and_dreaming_of_captures_are_no_claims():
    got = _run("The head of the regional military administration added that the region is preparing for two major Russian "
               "attacks on Testivka. \"The enemy has long dreamed of capturing Dubky,\" the Ukrainian army spokesman said.")
    assert got == {}


def test_tanks_striking_defences_towards_a_town_are_fighting_and_a_retreat_from_the_area_leaves_no_town():
    got = _run("The Russian defense ministry confirmed Monday that enemy tank units had struck Russian defenses towards Testivka.")
    assert ("Testivka", "RU", "contested") in got and ("Testivka", "RU", "struck") not in got
    got = _run("Ukrainian troops entered Testivka a day after Russia ordered its forces to retreat from the area.")
    assert not any(kind == "captured" and side == "RU" for _, side, kind in got)


def test_moving_forward_near_pushing_back_from_and_a_foothold_are_fighting():
    got = _run("Ukraine's military spokesman said Ukrainian troops are slowly moving forward near Testivka and had some success "
               "in pushing Moscow's forces back from Dubky. The enemy secured a position in Lisne, which is under fire control.")
    assert {p for p, side, kind in got if kind == "contested"} == {"Testivka", "Dubky", "Lisne"}
    assert not any(kind == "struck" for _, _, kind in got)


def test_the_release_of_a_city_is_its_liberation_but_not_the_release_of_prisoners():
    got = _run("President Volodymyr Zelenskyy has announced the release of Testivka.")
    assert got[("Testivka", "UA", "captured")].control == "UA"
    assert _run("Kyiv demanded the release of Ukrainian prisoners held in Testivka.") == {}


def test_what_was_captured_in_a_suburb_of_a_city_is_the_suburb():
    got = _run("Lisne lies to the west of Testivka, a suburb of Dubky city that the Kremlin's forces captured on Feb. 18 "
               "after a four-month battle.")
    assert got[("Testivka", "other", "captured")].control == "RU"
    assert not any(p in ("Dubky", "Lisne") for p, _, _ in got)


def test_a_ministry_that_had_previously_told_reporters_speaks():
    got = _run("The Russian Defense Ministry had previously told reporters that Ukrainian drones had hit Testivka.")
    assert ("Testivka", "RU", "struck") in got


def test_admissions_in_other_words():
    got = _run("Vitaly Ganchev, the Moscow-installed head of the region, said: We do not control Testivka. "
               "Attempts are being made to dislodge the Ukrainian forces.")
    assert got[("Testivka", "RU", "captured")].control == "UA"
    got = _run("Oleh Petrenko, head of the regional military administration, said the villages of Testivka, Dubky and "
               "Lisne are occupied by the invading forces.")
    assert all(got[(p, "UA", "captured")].control == "RU" for p in ("Testivka", "Dubky", "Lisne"))
    got = _run("Army spokesman Lykhovii said Monday troops pulled out of Testivka and fell back to nearby villages.")
    assert got[("Testivka", "UA", "captured")].control == "RU"
    got = _run("Ukrainian troops claimed on Thursday to have recaptured Testivka.")
    assert got[("Testivka", "UA", "captured")].control == "UA"


def test_an_assault_brigade_is_a_unit_not_an_assault_and_ukraines_brigade_is_an_agent():
    got = _run("Soldiers from Ukraine's 128th Mountain Assault Brigade liberated Testivka, a village near the Dnipro, "
               "according to a video released by Ukraine's Defense Ministry.")
    assert got[("Testivka", "UA", "captured")].control == "UA"
    assert not any(kind == "contested" for _, _, kind in got)
