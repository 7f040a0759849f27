"""Wordings found in the ninth session (2026-12-04) on the unseen review sets review66-67 (each judged at the
session's first code before its classes were fixed) and in the opened held-out pair fresh25/26, by class, each
pinned by invented text the code before the fix got wrong."""

from __future__ import annotations

from datetime import date

from test_claims import _run
from test_precision_classes import _real


# -- what is no claim ------------------------------------------------------------------------------

def test_a_sides_concentration_on_seizing_a_place_is_its_aim():
    got = _run("Moscow's concentration on seizing Testivka continues to create vulnerabilities for Russia in the south, "
               "the Institute for the Study of War said.")
    assert not any(kind == "captured" for _, _, kind in got)


def test_a_refugees_lost_home_is_his_story_not_a_strike_report():
    got = _run("He came to Novoselo after fleeing the city of Testivka in search of a safer place to live when his house "
               "was destroyed, local officials said.")
    assert ("Testivka", "UA", "struck") not in got
    # a strike reported with its day stays one, even when people fled it
    got = _run("Residents fled Testivka after their homes were destroyed by shelling on Tuesday, the governor said.")
    assert ("Testivka", "UA", "struck") in got


def test_the_town_in_a_mayors_title_after_the_attack_is_not_where_it_was():
    got = _run("Hours after the attack, Ivan Petrenko, the mayor of Testivka, a city in the north, accused the governor of "
               "organising a ceremony.")
    assert ("Testivka", "UA", "contested") not in got
    got = _run("Russian shelling of Testivka killed two people, the mayor of Testivka said on Monday.")
    assert ("Testivka", "UA", "struck") in got


def test_soldiers_killed_or_captured_are_people_not_a_place_taken():
    got = _run("Russian troops keep attacking Testivka, the General Staff said. The military noted that over the past "
               "month, the occupiers have tried to infiltrate the outskirts of the city in small groups a dozen times, "
               "but the Russians in each group were killed or captured.")
    assert ("Testivka", "UA", "captured") not in got
    assert ("Testivka", "UA", "contested") in got


def test_missiles_launched_from_a_list_of_places_did_not_strike_them():
    got = _run("Air Force officials said the attack included cruise missiles launched from Russian territory as well as "
               "occupied Testivka.")
    assert ("Testivka", "UA", "struck") not in got
    # (the targets after "at" are struck)
    got = _run("Russian forces fired missiles from Novoselo at Testivka and Dubky, the governor said.")
    assert ("Testivka", "UA", "struck") in got and ("Dubky", "UA", "struck") in got


def test_a_strike_force_is_an_army_not_a_strike():
    got = _run("Zelenskyy on Sunday said that Russia has concentrated its main strike force against Testivka.")
    assert ("Testivka", "UA", "struck") not in got
    got = _run("A Russian strike on Testivka killed two people on Sunday, the governor said.")
    assert ("Testivka", "UA", "struck") in got


def test_a_command_named_after_a_town_is_no_target():
    got = _run("On Sunday, Russian forces carried out a missile strike on a meeting of Ukraine's Testivka tactical and "
               "operational command.")
    assert not any(place == "Testivka" for place, _, _ in got)


# -- what kind ----------------------------------------------------------------------------------

def test_an_attack_called_a_war_crime_is_a_strike_on_the_people_there():
    got = _run("The Russian attack on the village of Testivka on 5 March became the most massive war crime committed by "
               "the Russians in the region, the governor said.")
    assert ("Testivka", "UA", "struck") in got and ("Testivka", "UA", "contested") not in got
    # a ground fight stays one, war crimes or not
    got = _run("The attack on Testivka was a war crime, the governor said, adding that soldiers repelled the assault.")
    assert ("Testivka", "UA", "contested") in got


def test_having_full_control_is_holding_not_taking():
    got = _run("The Ukrainian army announced today that its troops have full control over the city of Testivka.")
    assert got[("Testivka", "UA", "held")].control == "UA"
    assert ("Testivka", "UA", "captured") not in got
    got = _run("Ukraine maintains full control of Testivka, the General Staff said.")
    assert ("Testivka", "UA", "held") in got
    got = _run("Russian forces have taken full control of Testivka, the Russian Defense Ministry said.")
    assert ("Testivka", "RU", "captured") in got
    # not having it is no holding
    got = _run("A significant part of Testivka continues to be held by Ukrainian forces, the General Staff said, adding "
               "that Russian forces do not yet have full control of the settlement.")
    assert ("Testivka", "RU", "held") not in got


def test_holding_one_side_of_a_place_is_fighting_for_it():
    got = _run('The General Staff said: "Ukrainian Defense Forces continue to control the northern part of Testivka."')
    assert ("Testivka", "UA", "contested") in got and ("Testivka", "UA", "held") not in got
    got = _run("Russian troops captured the eastern part of Testivka, the Russian Defense Ministry said.")
    assert ("Testivka", "RU", "contested") in got and ("Testivka", "RU", "captured") not in got


# -- who speaks ---------------------------------------------------------------------------------

def test_in_her_words_is_the_voice_named_before():
    got = _run("Deputy Defense Minister Hanna Maliar said on Monday that the situation was difficult. In her words, "
               "offensive actions to the south of Testivka are underway.")
    assert ("Testivka", "UA", "contested") in got and ("Testivka", "other", "contested") not in got


def test_a_military_summarys_sector_paragraphs_are_the_militarys():
    got = _run("In a summary as of 4 p.m. on March 8, the General Staff reported that the situation at the front remains "
               "tense. The enemy continues to attack. During the current day, 66 combat engagements took place.\n\n"
               "In the Testska sector, the enemy attacked in the vicinity of Testivka, and the battle in the area of "
               "Novoselo is ongoing.")
    assert ("Testivka", "UA", "contested") in got and ("Novoselo", "UA", "contested") in got
    # not after another voice spoke: an analyst's sector paragraph is the analyst's
    got = _run("The General Staff reported that the situation at the front remains tense. Analysts at the Institute for "
               "the Study of War said Russia lacks reserves.\n\nIn the Testska direction, the enemy attacked near Testivka.")
    assert ("Testivka", "UA", "contested") not in got


def test_an_opening_time_phrase_then_a_title_leaves_the_voice_its_words():
    got = _run("Earlier that day, Chief of the Russian General Staff Valery Gerasimov reported to Vladimir Putin on the "
               "seizure of the town of Testivka.")
    assert ("Testivka", "RU", "captured") in got and ("Testivka", "other", "captured") not in got


def test_the_governor_after_a_russian_installed_governor_is_him():
    got = _run("Governor Vladimir Saldo of the Kherson region reported that a bus driver was injured during an attack on a "
               "bus in Testivka. According to the governor’s statement, Ukrainian drones struck Novoselo overnight.")
    assert ("Novoselo", "RU", "struck") in got and ("Novoselo", "UA", "struck") not in got
    # a Ukrainian governor named since takes the title back
    got = _run("Governor Vladimir Saldo said Testivka was shelled. Governor Oleksandr Prokudin said Russian forces shelled "
               "Novoselo. The governor said a man was injured in Dubky.")
    assert ("Dubky", "UA", "struck") in got


# -- what a cue governs ------------------------------------------------------------------------

def test_a_sentence_opening_in_a_community_sets_the_scene_for_its_strike():
    got = _run("The governor said drones attacked overnight. In the Testivka community, a private home was completely "
               "burned down after being hit by a drone.")
    assert ("Testivka", "UA", "struck") in got


def test_its_neighbouring_town_goes_on_with_the_list():
    got = _run("According to the governor, Russian troops fired almost 60 shells at Testivka, its neighboring town of "
               "Novoselo, and surrounding villages overnight.")
    assert ("Testivka", "UA", "struck") in got and ("Novoselo", "UA", "struck") in got


def test_damaged_objects_and_facilities_are_a_strikes_toll():
    got = _run("The governor said shelling continued. In Testivka of Illinivska community 5 objects were damaged.")
    assert ("Testivka", "UA", "struck") in got
    got = _run("An infrastructure facility was damaged in the Testivka community, the governor said.")
    assert ("Testivka", "UA", "struck") in got


def test_a_voice_with_its_allies_and_a_voice_titled_by_its_republic_speak():
    got = _run("Russian officials and their allies said Wednesday they have made advances into the eastern Ukrainian town "
               "of Testivka.")
    assert ("Testivka", "RU", "contested") in got and ("Testivka", "other", "contested") not in got
    got = _run("Kiev still holds certain positions in Testivka, but the city is being gradually liberated, Donetsk "
               "People’s Republic (DPR) acting chief Denis Pushilin said.")
    assert ("Testivka", "RU", "contested") in got and ("Testivka", "other", "contested") not in got


# -- a helper review's counter-examples to the rules above (each wrong on the first version of the rule) ----------

def test_review_whose_control_a_holding_is_follows_its_subject():
    got = _run("Russian troops have full control of Testivka, Ukraine's General Staff admitted on Thursday.")
    assert got[("Testivka", "UA", "captured")].control == "RU" and ("Testivka", "UA", "held") not in got
    for text in ("Russian forces maintain control of Testivka, the General Staff said.",
                 "Ukrainian forces still retain control of Testivka, the Russian Defense Ministry acknowledged.",
                 "Russian forces no longer have full control of Testivka, Ukrainian military spokesman Nazar Voloshyn said.",
                 "Russian forces maintained control of Testivka for two years, the General Staff said."):
        assert not any(kind == "held" for _, _, kind in _run(text)), text
    got = _run("Ukrainian forces are fighting to retain control of Testivka, the General Staff said.")
    assert ("Testivka", "UA", "held") not in got


def test_review_a_sector_paragraph_carries_the_militarys_fighting_not_a_capture():
    got = _run("Ukraine's General Staff said 120 combat clashes took place over the past day.\n\nIn the Testska direction, "
               "Russian forces have advanced steadily in recent weeks and captured Testivka last week.")
    assert ("Testivka", "UA", "captured") not in got
    got = _run("Ukraine's General Staff said 120 combat clashes took place over the past day.\n\nIn the Testska direction, "
               "the situation has been relatively calm since Russian forces took Testivka last summer.")
    assert ("Testivka", "UA", "captured") not in got


def test_review_in_her_words_needs_a_voice_in_the_sentence_before():
    got = _run("The Russian Defense Ministry said its forces had repelled attacks near Novoselo. Olena, a 67-year-old "
               "resident, described the night. In her words, Russian troops entered Testivka on Tuesday.")
    assert not any(place == "Testivka" and claimant == "RU" for place, claimant, _ in got)


def test_review_the_governor_is_russias_only_after_an_occupied_regions_governor():
    got = _run("Belgorod Governor Vyacheslav Gladkov said Ukrainian shelling hit a village. In Ukraine's Kharkiv region, "
               "Russian shelling killed two people in Novoselo on Thursday, the governor said.")
    assert ("Novoselo", "RU", "struck") not in got
    got = _run("Governor Vladimir Saldo said Testivka was shelled. Oleksandr Prokudin, the head of Ukraine's Kherson regional "
               "military administration, said Russian forces shelled Dubky. According to the governor, a man was injured "
               "in Novoselo.")
    assert ("Novoselo", "UA", "struck") in got and ("Novoselo", "RU", "struck") not in got


def test_review_a_war_crime_elsewhere_in_the_sentence_leaves_a_ground_attack_one():
    got = _run("Russian forces attacked near Testivka on Thursday, and geolocated footage shows them executing two "
               "Ukrainian POWs, a war crime.")
    assert not any(kind == "struck" for _, _, kind in got)


def test_review_a_dated_strike_on_a_home_stays_one_when_people_were_evacuated():
    got = _run("An elderly woman was evacuated from Testivka on Thursday after her house was hit overnight, the governor said.")
    assert ("Testivka", "UA", "struck") in got
    got = _run("He fled Testivka on Thursday after his house was shelled, the governor said.")
    assert ("Testivka", "UA", "struck") in got


def test_review_strike_forced_is_a_strike():
    got = _run("A Russian strike forced the closure of the hospital in Testivka on Thursday, the governor said.")
    assert ("Testivka", "UA", "struck") in got


def test_review_concentrated_on_shelling_is_shelling():
    got = _run("Russian forces concentrated on shelling Testivka overnight, damaging three houses, the governor said.")
    assert ("Testivka", "UA", "struck") in got


def test_review_from_a_direction_or_a_day_is_no_origin_of_fire():
    got = _run("Russian troops attacked from the north and Testivka came under heavy shelling on Thursday, the governor said.")
    assert ("Testivka", "UA", "struck") in got
    got = _run("Russian strikes have continued from Monday and Testivka was hit again on Thursday, the governor said.")
    assert ("Testivka", "UA", "struck") in got


def test_review_killed_and_pushed_out_is_still_a_recapture():
    got = _run("Ukrainian units killed and pushed the Russians out from Testivka on Tuesday, the General Staff said.")
    assert got[("Testivka", "UA", "captured")].control == "UA"


def test_review_the_mayor_of_a_struck_town_reports_its_strike():
    got = _run("Russian shelling killed two people on Thursday, the mayor of Testivka said.")
    assert ("Testivka", "UA", "struck") in got


# -- review68-69 (judged at dc4c711) --------------------------------------------------------------

def test_the_capture_of_a_place_by_a_side_is_that_sides():
    got = _run("Commander-in-Chief of the Ukrainian Armed Forces Valeriy Zaluzhny confirmed the capture of Testivka by the "
               "Russian army.")
    assert got[("Testivka", "UA", "captured")].control == "RU"


def test_the_following_day_is_the_day_after_the_one_named_before():
    got = _run("On March 4, Shoigu reported to Putin that Russian forces had taken full control of Novoselo. The following "
               "day, Commander-in-Chief Valeriy Zaluzhny confirmed the capture of Testivka by the Russian army.")
    assert got[("Testivka", "UA", "captured")].date_from == date(2024, 3, 5)


def test_a_place_spared_the_fighting_has_none():
    got = _run("Western Testivka has largely been spared the worst of the fighting over the two and a half years of war, "
               "officials said.")
    assert ("Testivka", "UA", "contested") not in got


def test_cars_burning_as_a_result_of_the_russian_attack_are_a_strike():
    got = _run("The head of the Regional Military Administration also says that cars were burning in Testivka as a result "
               "of the Russian attack.")
    assert ("Testivka", "UA", "struck") in got and ("Testivka", "UA", "contested") not in got


def test_what_a_foothold_would_allow_is_an_aim():
    got = _run("Russian forces aim to secure a foothold near Testivka before the weather turns, allowing them to either "
               "fight for control of the city or bypass it during the winter, the spokesperson added.")
    assert not got
    got = _run("Currently, the entire array of enemy equipment goes through the Testska direction to Testivka to increase "
               "its presence in the Luhansk and Donetsk territories.")
    assert not got


def test_drone_intercepts_over_a_region_hit_nothing_there():
    got = _run("The drone intercepts took place over the Testska region, the Ukrainian air force said.")
    assert not got


def test_attempting_to_reach_one_place_and_seize_another_takes_neither(real_gazetteer):
    _, claims = _real(real_gazetteer, "In June, Ukraine’s 3rd Assault Brigade reported that Russian forces attempted to reach "
                      "the settlements of Cherneshchyna-Pershotravneve and seize the Borova village.", date(2024, 7, 5))
    assert not any(c.kind == "captured" for c in claims)


def test_the_places_a_strike_threatens_are_not_struck():
    got = _run("This strike potentially threatens residents of settlements on the river, both in Testivka and Novoselo, "
               "the governor said.")
    assert not got


def test_a_for_reference_line_is_the_outlets_background(real_gazetteer):
    _, claims = _real(real_gazetteer, "The Russian Defense Ministry announced the withdrawal of troops from Lyman.\n\n"
                      "“The Ukrainian army has and always will have a decisive vote,” tweeted the Ministry of Defense.\n\n"
                      "For reference: Lyman was used by the Russians, along with Izium, as one of the strongholds for the "
                      "attack on Sloviansk.", date(2022, 10, 2))
    assert not any(c.place == "Sloviansk" and c.claimant == "RU" for c in claims)


def test_a_general_staff_list_by_oblast_goes_on_past_its_semicolons():
    got = _run("The General Staff reported the night's strikes.\n\nTestivka, Novoselo of the Kharkiv region were hit by "
               "airstrikes; Dubky, Hrabove, Luhansk region; Kamianka, Lisne of the Donetsk region.")
    assert all((p, "UA", "struck") in got for p in ("Testivka", "Novoselo", "Dubky", "Hrabove", "Kamianka", "Lisne"))
    got = _run("The General Staff reported attacks by Russian invaders in the areas of the settlements of Testivka, "
               "Kharkiv region; Novoselo, Dubky and Hrabove in Luhansk region.")
    assert all((p, "UA", "contested") in got for p in ("Testivka", "Novoselo", "Dubky", "Hrabove"))


def test_airstrikes_written_as_one_word_are_strikes():
    got = _run("Russian forces carried out airstrikes in Testivka, Novoselo and Dubky, according to the General Staff.")
    assert all((p, "UA", "struck") in got for p in ("Testivka", "Novoselo", "Dubky"))
    got = _run("At 4:37 p.m. on March 7, in Testivka, as a result of a Russian airstrike, fires broke out, the governor said.")
    assert ("Testivka", "UA", "struck") in got


def test_pounding_hammering_opening_fire_and_launching_at_a_place_are_strikes():
    for text in ("Russian forces pounded Testivka overnight, the governor said.",
                 "Russian artillery hammered Testivka, the governor said.",
                 "Russia launched Shaheds at Testivka, the governor said.",
                 "Russian forces opened fire on Testivka, the governor said.",
                 "The occupiers launched a rocket at Testivka, the governor said."):
        assert ("Testivka", "UA", "struck") in _run(text), text


def test_more_fire_words_the_lexicon_lacked():
    for text in ("They shell Testivka and imitate the response, Andriy Yermak, the head of the Ukrainian presidential office, wrote on Telegram.",
                 "The town of Testivka is also under fire, the governor said.",
                 "A man died as a result of the dumping of ammunition in Testivka, the governor said.",
                 "Russia launched two rockets at Testivka, the governor said.",
                 "An artillery shell hit a house in Testivka, the governor said.",
                 "Russian forces used artillery to shell Testivka on Tuesday, the governor said."):
        assert ("Testivka", "UA", "struck") in _run(text), text
    # a shortage of shells is no shell; what a place was used for is no strike
    assert not _run("Ukraine's defence minister said the shell shortage is acute in Testivka.")
    assert not any(kind == "struck" for _, _, kind in _run(
        "Ukrainian forces used this location to shell Testivka's western neighborhoods, the ministry said."))


# -- a second helper review's counter-examples (1767b3e, c0c5188, 3d13b3a), each wrong on the first version ----------

def test_review2_a_community_opening_places_strikes_only():
    got = _run("In the Testivka community, Russian forces advanced near Novoselo, seizing nearby areas, the ISW said.")
    assert not any(place == "Testivka" for place, _, _ in got)


def test_review2_its_town_of_y_is_no_list_item_after_to_or_before_a_verb():
    got = _run("Ukrainian troops withdrew from Testivka to their fallback town of Novoselo, the General Staff said.")
    assert not any(place == "Novoselo" and kind == "captured" for place, _, kind in got)
    got = _run("Russian forces captured Testivka, and its twin town of Novoselo is now under threat, the ministry said.")
    assert not any(place == "Novoselo" and kind == "captured" for place, _, kind in got)
    got = _run("Ukrainian forces still hold Testivka, its sister town of Novoselo was captured in May, the General Staff said.")
    assert not any(place == "Novoselo" and kind == "held" for place, _, kind in got)


def test_review2_a_clause_before_a_titled_voice_is_not_its_words():
    got = _run("When Ukrainian troops recaptured Testivka in 2023, Donetsk People's Republic (DPR) acting head Denis Pushilin "
               "said the loss was temporary.")
    assert not any(claimant == "RU" and kind == "captured" for _, claimant, kind in got)


def test_review2_a_country_after_a_preposition_with_its_allies_is_no_voice():
    got = _run("Observers sympathetic to Kyiv and its backers say Russian forces captured Testivka.")
    assert not any(claimant == "UA" for _, claimant, _ in got)


def test_review2_a_ground_attacks_result_is_no_strike():
    got = _run("Ukrainian troops had to leave Testivka as a result of the Russian attack, which involved dozens of tanks and "
               "infantry.")
    assert not any(kind == "struck" for _, _, kind in got)


def test_review2_damage_by_weather_or_over_the_war_is_no_strike():
    for text in ("Power facilities were damaged by icing and strong winds in Testivka, the governor said.",
                 "In Testivka, more than 40 enterprises have been destroyed since the start of the full-scale invasion, "
                 "the governor said."):
        assert not any(kind == "struck" for _, _, kind in _run(text)), text


def test_review2_a_capture_after_an_attempt_and_is_still_one():
    got = _run("Ukrainian forces tried to counterattack near Novoselo throughout the autumn and recaptured Testivka on "
               "Thursday, the General Staff said.")
    assert got[("Testivka", "UA", "captured")].control == "UA"


def test_review2_an_aim_ends_at_but_or_and_continues():
    got = _run("Ukraine sent reinforcements to strengthen its defence, but Russian forces captured Testivka on Thursday, the "
               "General Staff said.")
    assert ("Testivka", "UA", "captured") in got
    got = _run("The enemy is regrouping to reinforce its units and continues to storm Testivka, the General Staff said.")
    assert ("Testivka", "UA", "contested") in got


def test_review2_a_threat_noun_or_a_hit_after_the_threat_keeps_the_strike():
    got = _run("The Russian strike, a serious threat to civilians, destroyed a school in Testivka, the governor said.")
    assert ("Testivka", "UA", "struck") in got


def test_review2_escaping_or_not_being_spared_the_fighting_is_fighting():
    got = _run("Hundreds of civilians escaped the fighting in Testivka on Thursday, the governor said.")
    assert ("Testivka", "UA", "contested") in got
    got = _run("Testivka has not been spared the shelling, the governor said.")
    assert ("Testivka", "UA", "struck") in got


def test_review2_the_report_goes_on_after_a_for_reference_aside():
    got = _run("Russian forces shelled Testivka on Thursday, the governor said.\n\nFor reference: Testivka is a village 5 km "
               "from the border.\n\nNovoselo and Dubky also came under fire.")
    assert got[("Novoselo", "UA", "struck")].date_from == date(2024, 3, 7)


# -- review70-71 (judged at 85c69e3) --------------------------------------------------------------

def test_places_named_as_axes_are_not_struck():
    got = _run("Towns and villages of the Testska region came under massive Russian artillery shelling and airstrikes since "
               "Russia launched a new ground offensive in the Testivka and Novoselo directions on May 10, the governor said.")
    assert not any(place in ("Testivka", "Novoselo") for place, _, _ in got)


def test_a_sides_priority_is_its_aim():
    got = _run("Zelenskyy stated that the enemy's current priority is the capture of Testivka in Donetsk Oblast.")
    assert not any(kind == "captured" for _, _, kind in got)
    got = _run("The Institute for the Study of War believes that attacking Testivka and attempting to encircle the city is "
               "a priority for Russian troops.")
    assert not got


def test_a_strike_that_took_lives_took_no_place():
    got = _run("The inhumane Ukrainian shelling of residential buildings in Testivka took lives of two civilians, Pasechnik "
               "said.")
    assert ("Testivka", "RU", "struck") in got and not any(kind == "captured" for _, _, kind in got)


def test_a_participle_describing_a_place_is_the_outlets_background():
    got = _run("A Ukrainian official also said Kyiv's troops were closing in on the eastern city of Testivka, captured by "
               "Russian troops after fierce artillery battles in July.")
    assert ("Testivka", "UA", "captured") not in got


def test_reciprocal_shelling_in_a_battle_is_fighting():
    got = _run("Rogov said that in the vicinity of the village of Testivka, reciprocal shelling and heavy fighting continues.")
    assert ("Testivka", "RU", "contested") in got and ("Testivka", "RU", "struck") not in got


def test_a_capture_told_in_an_appositive_is_not_the_hope_before_it():
    got = _run("A spokesman said that control over Novoselo could help the Ukrainian army encircle Testivka, captured by "
               "Russian forces in May after one of the war's longest battles, AFP reports.")
    assert got[("Testivka", "other", "captured")].control == "RU"


def test_the_end_of_a_month_is_not_widened_to_the_month_said_before():
    got = _run("Testivka is a railway hub that Russia claimed to have captured last month.\n\nThe Russian army claimed at the "
               "end of November to have again captured the city of Testivka.", published=date(2025, 12, 12))
    claim = got[("Testivka", "RU", "captured")]
    assert (claim.date_from, claim.date_to) == (date(2025, 11, 21), date(2025, 11, 30))


# -- a third helper review's counter-examples (ea54b9e .. d429634), each wrong on the first version ----------------

def test_review3_a_clause_after_a_semicolon_is_no_group_of_the_list():
    got = _run("Russia's Defence Ministry said its forces liberated Testivka of the Donetsk region; Novoselo of the Kharkiv "
               "region remains under Ukrainian control.")
    assert ("Novoselo", "RU", "captured") not in got
    got = _run("Testivka was struck by missiles; Novoselo and Dubky were spared, the governor said.")
    assert not any(place in ("Novoselo", "Dubky") for place, _, _ in got)


def test_review3_an_appositive_participle_is_background_only_with_its_agent_and_past():
    got = _run("Russia's Defence Ministry said Testivka, liberated by Russian troops on Thursday, was being cleared of "
               "Ukrainian nationalists.")
    assert ("Testivka", "RU", "captured") in got and ("Testivka", "other", "captured") not in got
    got = _run("Russian forces are expected to attack Novoselo, taken in the first days of the offensive, the ISW said.")
    assert not any(kind == "captured" for _, _, kind in got)


def test_review3_mutual_strikes_are_strikes_not_fighting():
    got = _run("Russia and Ukraine traded mutual drone strikes overnight, with Testivka and Novoselo hit, officials said.")
    assert not any(kind == "contested" for _, _, kind in got)


def test_review3_shell_the_noun_the_company_and_shock_are_no_fire():
    for text in ("Shell pulled out of a gas project near Testivka, the company said.",
                 "Residents of Testivka, shell-shocked after two years of war, fled.",
                 "Ukraine's first 155mm shell was produced at a plant in Testivka."):
        assert not _run(text), text
    assert ("Testivka", "UA", "struck") in _run("Russians continue to shell Testivka, the governor said.")


def test_review3_pounds_and_hammered_out_deals_are_no_fire():
    for text in ("Britain pledged 50 million pounds to rebuild Testivka, the governor said.",
                 "Negotiators hammered out a deal on grain exports in Testivka."):
        assert not _run(text), text


def test_review3_cluster_munitions_named_and_firing_in_the_air_are_no_strike():
    for text in ("Ukraine's use of cluster munitions near Testivka has been criticised by rights groups.",
                 "Russian troops were firing in the air to disperse protesters in Testivka."):
        assert not any(kind == "struck" for _, _, kind in _run(text)), text


def test_review3_other_front_line_villages_are_no_axis():
    got = _run("Russian forces shelled Testivka, Novoselo and other front-line settlements of the Testska region, the "
               "governor said.")
    assert ("Testivka", "UA", "struck") in got and ("Novoselo", "UA", "struck") in got


def test_review3_a_priority_elsewhere_in_the_sentence_is_no_aim_of_its_cue():
    got = _run("Air defence remains a top priority for Ukraine after Russian missiles struck Testivka overnight, the "
               "governor said.")
    assert ("Testivka", "UA", "struck") in got
    got = _run("Ukraine's priority is to hold the line, Syrskyi said, as Russian troops captured Testivka.")
    assert any(kind == "captured" for _, _, kind in got)


def test_review3_a_capture_done_stays_done_before_the_next_objective():
    got = _run("Ukrainian troops liberated Testivka in 2022 and Novoselo is the next objective, the General Staff said.")
    assert ("Testivka", "UA", "captured") in got


def test_review3_a_weapon_used_to_strike_strikes():
    got = _run("Russia used Iskanders to strike Testivka, the governor said.")
    assert ("Testivka", "UA", "struck") in got


def test_review3_footage_showing_forces_took_a_place_is_a_capture():
    got = _run("Geolocated footage published on March 6 indicates that Russian forces took Testivka, the ISW said.")
    assert any(kind == "captured" for _, _, kind in got)


# -- review72-73 (judged at 8aa4321) --------------------------------------------------------------

def test_titled_voices_commander_in_chief_and_a_mayor_after_a_quote():
    got = _run("Ukrainian troops have retreated west from the villages of Testivka and Novoselo in Donetsk Oblast, the "
               "Commander-in-Chief of Ukraine's Armed Forces Oleksandr Syrskyi said on April 28.")
    assert got[("Testivka", "UA", "captured")].control == "RU"
    got = _run("'This is the highest number of injured children in one night in Testivka since the beginning of the "
               "full-scale invasion,' Testivka Mayor Vitali Klitschko said.")
    assert ("Testivka", "UA", "struck") in got


def test_a_situation_taking_a_turn_takes_no_place():
    got = _run("The situation in Testivka and Novoselo has taken a dangerous turn, according to Ukraine’s Deputy "
               "Defence Minister, Hanna Maliar.")
    assert not any(kind == "captured" for _, _, kind in got)


def test_seized_but_recaptured_in_an_appositive_is_the_later_and_the_outlets():
    got = _run("The General Staff report also reported that Ukrainian forces had repelled seven attacks near Testivka, a "
               "town in the northeast first seized by Russia but recaptured by Ukrainian forces in a fast-moving offensive "
               "late last year.")
    assert got[("Testivka", "UA", "contested")].date_from == date(2024, 3, 8)
    assert got[("Testivka", "other", "captured")].control == "UA"


def test_an_occupation_period_is_no_capture_and_fire_to_prevent_is_none():
    got = _run("The mayor said that about 320 civilians were killed by the Russian army during the occupation of "
               "Testivka.")
    assert not any(kind == "captured" for _, _, kind in got)
    got = _run("Putin said the goal is to create a sanitary zone to prevent shelling of Testivka, the Kremlin said.")
    assert not any(kind == "struck" for _, _, kind in got)


def test_the_neighbourhoods_of_a_town_named_are_no_villages():
    got = _run("Small groups of up to five fighters try to infiltrate the neighborhoods of Testivka and Novoselo, "
               "Voloshyn said.")
    assert not got


def test_a_time_zones_restated_day_is_no_date():
    got = _run("The Tuesday evening (Wednesday morning AEST) attack on Testivka wounded 61 other people, Ukraine's "
               "National Police said.")
    assert got[("Testivka", "UA", "struck")].date_from == date(2024, 3, 5)


# -- a fourth helper review's counter-examples (fd9045f, e4af0dd), each wrong on the first version -------------------

def test_review4_a_place_pushed_out_of_by_its_enemy_is_who_pushed():
    got = _run("'We have pushed the enemy out of Testivka,' Russian commander Apti Alaudinov said.")
    assert got[("Testivka", "RU", "captured")].control == "RU"
    got = _run("Ukrainian forces pushed the enemy out of Testivka, the General Staff said.")
    assert got[("Testivka", "UA", "captured")].control == "UA"


def test_review4_a_where_clause_keeps_the_sentences_day_and_voice():
    got = _run("Russian missiles hit Testivka where five people were killed on Tuesday, the governor said.")
    assert got[("Testivka", "UA", "struck")].date_from == date(2024, 3, 5)


def test_review4_a_towns_neighbourhoods_are_the_town():
    got = _run("Russian troops have entered the eastern neighbourhoods of Testivka, Ukraine's military said on Wednesday.")
    assert ("Testivka", "UA", "contested") in got


def test_review4_since_the_occupation_by_a_force_on_a_day_is_a_capture():
    got = _run("Since the occupation of Testivka by Russian forces on Tuesday, the road to Novoselo has been under fire, the "
               "governor said.")
    assert got[("Testivka", "UA", "captured")].control == "RU"


def test_review4_failing_to_prevent_shelling_is_shelling():
    got = _run("Patriot batteries were unable to prevent shelling of Testivka on Tuesday, the regional governor said.")
    assert ("Testivka", "UA", "struck") in got


def test_review4_a_bracketed_time_zone_holding_the_only_day_dates():
    got = _run("The attack on Testivka began at 4 a.m. (0200 GMT on Tuesday), the regional governor said.")
    assert all(c.date_from == date(2024, 3, 5) for c in got.values()) and got


def test_review4_an_appositives_past_time_stays_inside_it():
    got = _run("Ukraine's General Staff said on Wednesday that Russian forces had attacked Novoselo, a village recaptured by "
               "Ukrainian troops on Monday, in the heaviest assault there since fighting began in January.")
    assert got[("Novoselo", "UA", "contested")].date_from == date(2024, 3, 4)


def test_review4_fire_throughout_a_year_stays_the_year():
    got = _run("Russian forces shelled Testivka throughout 2023, the governor said. In late 2023, Russian forces shelled "
               "Testivka with cluster munitions, he said.")
    claim = got[("Testivka", "UA", "struck")]
    assert (claim.date_from, claim.date_to) == (date(2023, 1, 1), date(2023, 12, 31))


# -- review74-75 (judged at fd9045f) --------------------------------------------------------------

def test_towns_named_as_districts_are_no_targets():
    got = _run("Over the past 24 hours, Russian occupying troops fired artillery at Testivka, Novoselo and Dubky districts "
               "of the region, the governor said.")
    assert not got


def test_parts_of_a_place_taken_or_held_are_fighting():
    got = _run("Ukraine has reported a major breakthrough, with parts of the strategic town of Testivka recaptured from "
               "Russian control, the General Staff said.")
    assert ("Testivka", "UA", "contested") in got and ("Testivka", "UA", "captured") not in got


def test_an_oblast_in_a_governors_title_is_no_target():
    got = _run("Pavlo Kyrylenko, governor of the partially occupied region of Testska, said S-300 missiles struck "
               "Testivka.")
    assert ("Testivka", "UA", "struck") in got and ("Testska", "UA", "struck") not in got


# -- review76-77 (judged at cc2ebf9) --------------------------------------------------------------

def test_captured_by_the_russians_plural_names_the_taker():
    got = _run("The governor said: according to him, at least six explosions occurred in the area of Testivka captured by "
               "the Russians.")
    assert got[("Testivka", "UA", "captured")].control == "RU"


def test_foreign_military_officials_are_no_side():
    got = _run("Both sides are suffering large numbers of military casualties, with Russia seeing the highest level since "
               "the Battle of Testivka in March, according to British military officials.")
    assert not any(claimant == "UA" for _, claimant, _ in got)


def test_a_capture_a_voice_does_not_confirm_is_none():
    got = _run("\"I do not confirm the information that Russia entered the settlements of Novoselo, Dubky, or Testivka and "
               "took them under control,\" Voloshyn said.")
    assert not any(kind == "captured" for _, _, kind in got)
    got = _run("\"I do confirm that Russia took Testivka,\" Voloshyn said.")
    assert got[("Testivka", "UA", "captured")].control == "RU"


def test_withdrawals_to_flanks_or_deeper_lines_in_places_are_fighting_there():
    got = _run("Voloshyn said enemy artillery destroyed nearly all Ukrainian fortifications, forcing withdrawals to flanks "
               "or deeper defensive lines in Testivka, Novoselo, and Dubky.")
    assert all((p, "UA", "contested") in got for p in ("Testivka", "Novoselo", "Dubky"))
    assert not any(kind == "captured" for _, _, kind in got)


def test_a_capture_counted_among_the_enemys_objectives_is_an_aim():
    got = _run("According to the military, the situation in the Testska direction remains complicated, as the enemy "
               "considers the capture of the city of Testivka one of its key objectives.")
    assert not any(kind == "captured" for _, _, kind in got)


# -- a fifth helper review's counter-examples (2af8443..3223ca6), each wrong on the first version ----------------

def test_review5_an_occupation_told_as_a_time_is_no_capture_unless_its_taker_is_named():
    for text in ("Since the occupation of Testivka, Russian troops have deported hundreds of children, Ukrainian officials "
                 "said on Tuesday.",
                 "Before the occupation of Testivka, some 5,000 people lived there, the mayor said."):
        assert not any(kind == "captured" for _, _, kind in _run(text)), text
    got = _run("Since the occupation of Testivka by Russian forces on Tuesday, the road to Novoselo has been under fire, "
               "the governor said.")
    assert got[("Testivka", "UA", "captured")].control == "RU"


def test_review5_a_bracketed_time_zone_yields_to_the_sentences_local_day():
    got = _run("Russian missiles hit Testivka at 1 a.m. (2300 GMT on Tuesday), the governor said on Wednesday.")
    assert got[("Testivka", "UA", "struck")].date_from == date(2024, 3, 6)
    got = _run("The Tuesday night attack (Wednesday morning AEDT) on Testivka killed five people, the governor said.")
    assert got[("Testivka", "UA", "struck")].date_from == date(2024, 3, 5)


def test_review5_three_neighbourhoods_named_are_no_villages():
    got = _run("Fighting continued in the neighborhoods of Novoselo, Dubky and Hrabove in Testivka, the General Staff said.")
    assert not any(place in ("Novoselo", "Dubky", "Hrabove") for place, _, _ in got)


def test_review5_preventing_shelling_is_none_failing_to_prevent_it_is_shelling():
    got = _run("Russia is creating a buffer zone preventing shelling of Testivka, Putin said on Tuesday.")
    assert not any(kind == "struck" for _, _, kind in got)
    got = _run("Patriot batteries were unable to prevent shelling of Testivka on Tuesday, the regional governor said.")
    assert ("Testivka", "UA", "struck") in got


def test_review5_not_confirming_one_thing_leaves_anothers_capture():
    got = _run("Ukraine's military did not confirm reports about fighting in Testivka, while Russia's defence ministry said "
               "its troops had captured Novoselo.")
    assert got[("Novoselo", "RU", "captured")].control == "RU"


def test_review5_an_objective_named_after_a_capture_done_leaves_it_done():
    got = _run("Russian forces completed the capture of Testivka on February 17 and likely consider Novoselo one of their "
               "main operational objectives, ISW said.")
    assert any(place == "Testivka" and kind == "captured" for place, _, kind in got)


def test_review5_one_towns_districts_are_the_town():
    got = _run("Russian glide bombs hit three Testivka districts on Tuesday, the governor said.")
    assert ("Testivka", "UA", "struck") in got


# -- review78-79 (judged at 09174ba) --------------------------------------------------------------

def test_a_commander_of_ukraines_forces_capitalised_speaks_also_in_a_who_clause():
    got = _run("Valentyn Manko, commander of Ukraine's Assault Forces, said the Ukrainian military had cleared the villages "
               "of Testivka and Novoselo.")
    assert got[("Testivka", "UA", "captured")].control == "UA"
    got = _run("The statement follows comments made on Nov. 9 by Valentyn Manko, commander of Ukraine's Assault Forces, who "
               "said the Ukrainian military had cleared the villages of Testivka and Novoselo.")
    assert ("Testivka", "UA", "captured") in got


def test_a_hospital_or_a_trains_destination_is_not_struck():
    got = _run("\"1 local resident was wounded and evacuated to a hospital in Testivka,\" the governor added.")
    assert not got
    got = _run("Regional governor Oleh Hryhorov said the attack hit a train heading from Novoselo to the capital, Testivka.")
    assert ("Testivka", "UA", "struck") not in got


def test_an_outlets_let_us_remind_you_is_its_recap():
    got = _run("Russian forces shelled Novoselo, the governor said. Let us remind you that the night before, the occupying "
               "forces shelled the Korabelny district of Testivka.")
    assert ("Testivka", "UA", "struck") not in got
    got = _run("Russian forces shelled Novoselo, the governor said. Let us recall that on June 21, Russian forces shelled "
               "Testivka.")
    assert ("Testivka", "UA", "struck") not in got


# -- a sixth helper review's counter-examples (b90a3ec), each wrong on the version before ---------------------------

def test_review6_a_capture_named_as_one_of_the_main_goals_is_an_aim():
    for text in ("Capturing Testivka is one of the main goals of the Russian offensive, the Institute for the Study of War "
                 "said.",
                 "The capture of Testivka was one of the main objectives of the Russian army this winter, ISW said."):
        assert not any(kind == "captured" for _, _, kind in _run(text)), text


def test_review6_not_confirming_covers_its_own_clause_to_the_end():
    got = _run("Ukraine's military did not confirm reports that Russian forces had entered Novoselo, and that they had "
               "captured Testivka, the report said.")
    assert not any(place == "Testivka" and kind == "captured" for place, _, kind in got)
    # a new subject after the comma speaks for itself
    got = _run("Ukraine's military did not confirm reports about fighting in Novoselo, and Russia's defence ministry said "
               "its troops had captured Testivka.")
    assert got[("Testivka", "RU", "captured")].control == "RU"


def test_review6_a_bracketed_time_zone_is_the_day_in_ukraine():
    # a late GMT hour is the next day in Kyiv; "overnight" just before is the bracket's own night
    got = _run("Russian drones struck Testivka overnight (2300 GMT on Tuesday), officials said on Thursday.")
    assert got[("Testivka", "UA", "struck")].date_from == date(2024, 3, 6)
    # another date elsewhere in the sentence does not replace the bracket's day
    got = _run("Russian drones struck Testivka at 10 a.m. (0800 GMT on Tuesday), the first attack there since January, "
               "officials said on Thursday.")
    assert got[("Testivka", "UA", "struck")].date_from == date(2024, 3, 5)
    # an Australian morning is the day before in Ukraine
    got = _run("Russian missiles hit Testivka (Wednesday morning AEDT), the governor said.")
    assert got[("Testivka", "UA", "struck")].date_from == date(2024, 3, 5)


def test_review6_a_strike_on_neighbourhoods_named_hits_no_villages():
    got = _run("Russian shelling hit the neighbourhoods of Novoselo, Dubky and Hrabove in Testivka on Tuesday, the "
               "governor said.")
    assert not any(place in ("Novoselo", "Dubky", "Hrabove") for place, _, _ in got)


def test_review6_a_towns_name_with_other_districts_is_its_district(real_gazetteer):
    _, claims = _real(real_gazetteer, "Russian artillery shelled the Nikopol and other districts of the region on "
                                      "Tuesday, the governor said.", date(2024, 3, 8))
    assert not [c for c in claims if c.place == "Nikopol"]


# -- review77/79 wrongs still on the map after their rounds' fixes -------------------------------------------

def test_a_side_called_liars_about_a_capture_is_a_denial():
    got = _run("The situation in the Testivka direction remains tense, but the Russians are lying about taking the city "
               "of Testivka, the brigade's commander said on Tuesday.")
    assert not any(place == "Testivka" and kind == "captured" for place, _, kind in got)
    got = _run("The Russians are lying about taking the city of Testivka, Ukraine's General Staff said on Tuesday.")
    assert got[("Testivka", "UA", "held")].control == "UA"


def test_reports_of_a_capture_that_would_be_incorrect_are_denied():
    got = _run("Reports that Russian forces have captured the city of Testivka would be \"incorrect,\" the spokesman for "
               "the Tavria group of forces said on national television on Tuesday.")
    assert not any(place == "Testivka" and kind == "captured" for place, _, kind in got)


def test_a_ukrainian_voices_passive_capture_with_no_taker_names_no_side():
    # (review74: Sumy's governor listing "the villages captured" put four border villages in Ukraine's hands)
    got = _run("In a statement on Facebook on Monday, the governor said the villages captured are Testivka and Novoselo, "
               "all located near the border.")
    assert not any(kind == "captured" for _, _, kind in got)
    # the taker named, or Ukraine's own word for its gains, or Russia's voice: a capture as before
    assert _run("Testivka was captured by Russian troops on Monday, the governor said.")[("Testivka", "UA", "captured")].control == "RU"
    assert _run("Testivka was liberated on Monday, the General Staff said.")[("Testivka", "UA", "captured")].control == "UA"
    assert _run("Testivka was captured on Monday, the Russian Defence Ministry said.")[("Testivka", "RU", "captured")].control == "RU"


def test_ukraines_named_brigades_speak_for_ukraine():
    # (review74: "the Azov Brigade has dismissed those claims" was read as Moscow's own words, a Russian hold)
    got = _run("Moscow has repeatedly claimed its forces have captured all of Testivka but the Azov Brigade has dismissed "
               "those claims, saying Ukrainian forces continue to hold their positions.")
    assert got[("Testivka", "RU", "captured")].control == "RU"
    assert got[("Testivka", "UA", "held")].control == "UA"
    assert ("Testivka", "RU", "held") not in got


def test_meanwhile_opens_another_story_in_no_earlier_voice():
    got = _run("Ukraine's General Staff said Ukrainian forces continue to hold their positions in Novoselo, saying Russian "
               "assaults had failed. Meanwhile, at least one person has been killed following a Russian airstrike on "
               "civilian infrastructure in Testivka.")
    assert ("Testivka", "UA", "struck") not in got


def test_review7_whoever_said_after_an_army_is_not_the_army():
    got = _run("Reuters spoke to a woman evacuated by the Ukrainian army who said Russian troops had taken Testivka last week.")
    assert ("Testivka", "UA", "captured") not in got


# -- a seventh helper review's counter-examples (b90a3ec, a98fe95), each wrong on the version before ---------------

def test_review7_not_confirming_ends_where_the_voice_says_something_else():
    got = _run("Ukraine's General Staff did not confirm reports that Russian forces had captured Testivka, and later said "
               "Ukrainian forces had liberated Novoselo.")
    assert got[("Novoselo", "UA", "captured")].control == "UA"
    got = _run("Ukraine's military did not confirm reports that Russian forces had entered Novoselo, and that they had "
               "captured Testivka, the report said.")
    assert not any(place == "Testivka" and kind == "captured" for place, _, kind in got)


def test_review7_a_trains_destination_is_not_struck_through_a_list_either():
    got = _run("Russian drones struck a passenger train heading from Testivka to Novoselo on Saturday, the governor said.")
    assert ("Novoselo", "UA", "struck") not in got


def test_review7_a_hospital_that_was_hit_is_struck():
    for text in ("Emergency crews rushed to a hospital in Testivka that was hit by a Russian missile on Tuesday, the "
                 "governor said.",
                 "Doctors evacuated the regional hospital in Testivka after a Russian missile strike, the governor said."):
        assert ("Testivka", "UA", "struck") in _run(text), text


def test_review7_an_official_reminding_in_his_own_quote_is_still_him():
    got = _run("Governor Oleh Syniehubov wrote on Telegram: \"The enemy shelled Novoselo overnight. Let me remind you that "
               "yesterday the occupiers also shelled Testivka.\"")
    assert ("Testivka", "UA", "struck") in got


def test_review7_a_goal_named_in_a_clause_of_its_own_leaves_the_claim():
    got = _run("Russian forces are storming Testivka because its capture is one of their main goals, the General Staff said.")
    assert ("Testivka", "UA", "contested") in got
    # (a day inside the goal is its target, not a capture done: an eighth helper review)
    got = _run("The capture of Testivka on May 9 was one of the main goals of the Russian command, but the offensive "
               "stalled, the General Staff said.")
    assert not any(kind == "captured" for _, _, kind in got)


def test_review7_a_time_zone_bracket_in_clock_hours_or_in_kyiv_time():
    got = _run("Russian drones struck Testivka overnight (11 p.m. GMT on Tuesday), officials said on Thursday.")
    assert got[("Testivka", "UA", "struck")].date_from == date(2024, 3, 6)
    got = _run("Russian drones struck Testivka late Tuesday (early Wednesday Kyiv time), the governor said.")
    assert got[("Testivka", "UA", "struck")].date_from == date(2024, 3, 6)


def test_review7_where_the_wounded_had_been_taken_is_no_capture():
    got = _run("A Russian missile hit the hospital in Testivka where the wounded had been taken, the governor said.")
    assert not any(kind == "captured" for _, _, kind in got)
    assert ("Testivka", "UA", "struck") in got


def test_review7_a_city_and_its_other_districts_or_two_cities_neighbourhoods_are_struck(real_gazetteer):
    for text, name in (("Russian glide bombs hit central Kharkiv and other districts of the city on Tuesday, the mayor said.",
                        "Kharkiv"),
                       ("Russian forces shelled the neighbourhoods of Kherson and Mykolaiv on Tuesday, the regional "
                        "governors said.", "Mykolaiv")):
        _, claims = _real(real_gazetteer, text, date(2024, 3, 8))
        assert [c.kind for c in claims if c.place == name] == ["struck"], text


# -- review80-81 (judged at 9dbbbdc and 8224639) ----------------------------------------------------------

def test_a_place_under_the_control_of_allied_forces_after_a_failed_attempt_is_held():
    got = _run("Russian-installed official Vitaly Ganchev said Ukrainian forces attempted to encircle the city of Testivka, "
               "but were beaten back, and the city remains under the control of the allied forces.")
    assert got[("Testivka", "RU", "held")].control == "RU"
    assert ("Testivka", "RU", "captured") not in got


def test_captured_it_on_a_day_is_dated_by_the_pronouns_day():
    got = _run("Russian troops attacked Testivka in early February, captured it on March 1, and left in the summer, the "
               "governor said.")
    assert got[("Testivka", "UA", "captured")].date_from == date(2024, 3, 1)


def test_the_edge_of_a_town_still_controlled_is_a_fight_for_it():
    got = _run("On Tuesday, Ukraine's Deputy Defense Minister Hanna Malyar said that Ukrainian forces still controlled the "
               "southwestern edge of Testivka.")
    assert ("Testivka", "UA", "contested") in got and ("Testivka", "UA", "held") not in got


def test_a_place_that_has_taken_on_importance_is_not_taken():
    got = _run("Though military experts say Testivka has little strategic value, it has taken on great symbolic importance "
               "for both Kyiv and Moscow.")
    assert not got
    assert _run("Testivka was taken on Tuesday by Russian troops, the governor said.")[("Testivka", "UA", "captured")].control == "RU"


def test_where_a_bus_or_train_came_from_or_went_is_not_struck():
    got = _run("The regional administration reported the strike on the bus, which was carrying local residents evacuating "
               "to Testivka.")
    assert ("Testivka", "UA", "struck") not in got
    got = _run("Among the sites hit was a passenger train traveling from Testivka to Novoselo, the governor said.")
    assert not got


def test_soldiers_captured_during_an_assault_are_people_not_the_place():
    got = _run("In a separate incident, two Russian soldiers were captured during a subsequent assault on Testivka and are "
               "now in Ukrainian custody, the General Staff said.")
    assert not any(kind == "captured" for _, _, kind in got)
    assert _run("Ukrainian troops captured Testivka, the General Staff said.")[("Testivka", "UA", "captured")].control == "UA"


def test_the_remainder_under_a_sides_control_is_a_share():
    # (review79: "40-50% of the town, with the remainder under Russian control" was read as Ukraine admitting its loss)
    got = _run("Russian troops have entered Testivka, officials said. Local authorities have indicated that as of October 11, "
               "Ukrainian forces controlled about 40-50% of the town, with the remainder under Russian control.")
    assert not any(kind == "captured" for _, _, kind in got)


def test_reports_of_a_strike_called_false_are_no_strike():
    assert not _run("Reports that Russian forces shelled Testivka on Tuesday were false, the governor said.")


def test_liberated_villages_near_a_place_do_not_free_it():
    # (review78: "shelling liberated villages near Kherson, in addition to Zelenodolsk" freed Zelenodolsk)
    got = _run("\u201cThe Russians are relentlessly shelling liberated villages near Novoselo, in addition to Testivka, near "
               "Dubky,\u201d the governor said.")
    assert not any(kind == "captured" for _, _, kind in got)
    assert ("Testivka", "UA", "struck") in got
    got = _run("Ukrainian forces liberated the villages of Testivka and Novoselo, the General Staff said.")
    assert got[("Novoselo", "UA", "captured")].control == "UA"


def test_the_attack_on_a_place_the_article_reports_struck_is_that_strike():
    # (review79: "The attack on Izmail ... was carried out in several waves" was read as fighting for the port town)
    got = _run("Russian drones attacked Testivka overnight, the Ukrainian air force said. The attack on Testivka was carried "
               "out in several waves, regional governor Oleh Kiper said.")
    assert ("Testivka", "UA", "contested") not in got
    assert ("Testivka", "UA", "struck") in got
    # a ground attack stays fighting
    got = _run("Russian drones attacked Testivka overnight, the air force said. The attack on Testivka by Russian infantry "
               "was repelled, the General Staff said.")
    assert ("Testivka", "UA", "contested") in got


def test_attacks_on_a_bridge_or_a_port_in_a_town_are_strikes():
    # (review72: "the recent attacks on the Antonivskiy Bridge in Kherson" was read as fighting for Kherson)
    got = _run("Ukrainian forces carried out attacks on the bridge in Testivka on Tuesday, the Russian-installed governor said.")
    assert ("Testivka", "RU", "struck") in got and ("Testivka", "RU", "contested") not in got


def test_the_outlets_latest_in_a_string_since_the_fall_is_its_own_words():
    # (review75: "..., which Russia said it had captured, the latest in a string of Russian advances since the fall of
    # Avdiivka" gave the fall of Avdiivka to Russia's voice)
    got = _run("Ukraine said Monday it had withdrawn from the settlement of Novoselo, which Russia said it had captured, the "
               "latest in a string of Russian advances since the fall of Testivka.")
    assert ("Testivka", "RU", "captured") not in got


def test_a_comparisons_since_after_a_comma_does_not_date_the_event():
    got = _run("Russia's defence ministry said its forces had captured Testivka, the first gain of its kind since January.")
    assert got[("Testivka", "RU", "captured")].date_from == date(2024, 3, 8)
    got = _run("Russian forces have shelled Testivka since January, the governor said.")
    assert got[("Testivka", "UA", "struck")].date_from == date(2024, 1, 1)


# -- an eighth helper review's counter-examples (a98fe95..b8ab47f), each wrong on the version before -----------------

def test_review8_a_ukrainian_unit_driven_out_is_not_the_taker():
    got = _run("Russian troops drove Azov Brigade fighters out of Testivka and liberated the village, the Russian Defence "
               "Ministry said.")
    assert got[("Testivka", "RU", "captured")].control == "RU"


def test_review8_lying_about_something_else_denies_no_capture():
    got = _run("Zelensky said Moscow was lying about its battlefield successes, but acknowledged that Russian forces had "
               "captured Testivka after months of fighting.")
    assert got[("Testivka", "UA", "captured")].control == "RU"
    got = _run("Denis Pushilin said Kyiv was lying about the situation near Testivka and that Russian forces had captured "
               "Novoselo.")
    assert got[("Novoselo", "RU", "captured")].control == "RU"


def test_review8_a_goal_with_its_purpose_is_still_a_goal():
    got = _run("Seizing Testivka as a springboard for an advance on Novoselo is the main objective of the Russian command "
               "in this direction, the General Staff said.")
    assert not any(kind == "captured" for _, _, kind in got)


def test_review8_not_confirming_runs_on_through_and_then():
    got = _run("Ukraine's General Staff did not confirm reports that Russian forces had reached the centre of Testivka, and "
               "then taken control of Novoselo.")
    assert not any(place == "Novoselo" and kind == "captured" for place, _, kind in got)


def test_review8_under_the_control_of_its_own_sides_forces_is_a_hold():
    got = _run("Russian-installed official Vitaly Ganchev said Ukrainian forces attempted to encircle the city of Testivka, "
               "but were beaten back, and the city remains under the control of Russian forces.")
    assert got[("Testivka", "RU", "held")].control == "RU"
    got = _run("Ukraine's General Staff said Russian forces attempted to encircle Testivka but were beaten back, and the "
               "town remains under the control of the Ukrainian army.")
    assert got[("Testivka", "UA", "held")].control == "UA"


def test_review8_a_hospital_that_was_not_shelled_is_not_struck():
    got = _run("Governor Ivan Fedorov said a Russian missile struck Testivka on Tuesday and the wounded were taken to a "
               "hospital in Novoselo that was not shelled.")
    assert ("Novoselo", "UA", "struck") not in got


def test_review8_an_opening_day_still_dates_captured_it():
    got = _run("On Monday, Russian troops stormed Testivka and captured it, Ukraine's military said on Thursday.")
    assert got[("Testivka", "UA", "captured")].date_from == date(2024, 3, 4)


def test_review8_all_districts_controlled_is_the_whole_town():
    got = _run("Ukraine's General Staff said Ukrainian forces still control all districts of Testivka.")
    assert got[("Testivka", "UA", "held")].control == "UA"


def test_review8_taken_on_a_day_not_named_by_its_date_is_still_taken():
    got = _run("Testivka was taken on the first day of the offensive, the Russian Defence Ministry said.")
    assert got[("Testivka", "RU", "captured")].control == "RU"
    got = _run("Testivka was taken on Easter Sunday by Russian troops, the governor said.")
    assert got[("Testivka", "UA", "captured")].control == "RU"


def test_review8_a_ukrainian_voice_after_a_passive_capture_is_no_taker():
    assert not any(kind == "captured" for _, _, kind in _run("Testivka has been captured, Ukraine's military said."))


def test_review8_real_places(real_gazetteer):
    def claims(text):
        return [(c.place, c.kind) for c in _real(real_gazetteer, text, date(2024, 3, 8))[1]]
    assert claims("Russian troops have advanced into the microdistricts of Lazurnyi and Shakhtarskyi in Pokrovsk, the "
                  "General Staff said.") == [("Pokrovsk", "contested")]
    assert ("Vrubivskyi", "contested") in claims("Russian forces shelled Zolote and Hirske in the Sievierodonetsk district, "
                                                 "while fighting continued in Vrubivskyi, the governor said.")
    assert not [k for p, k in claims("Russian forces shelled Chuhuiv and other districts of the Kharkiv region on Tuesday, "
                                     "the governor said.") if p == "Chuhuiv"]


def test_a_halted_advance_is_not_the_taker_of_what_was_cleared_next():
    # (review78, judged at the end: "had halted a Russian advance ... and cleared the villages of A and B" gave them to Russia)
    got = _run("The statement follows comments made on Nov. 9 by Valentyn Manko, commander of Ukraine's Assault Forces, who "
               "said the Ukrainian military had halted a Russian advance in eastern Zaporizhzhia Oblast and cleared the "
               "villages of Testivka and Novoselo.")
    assert got[("Testivka", "UA", "captured")].control == "UA"


def test_a_death_toll_risen_is_dated_by_the_strike_not_the_count():
    # (review72/81: "The death toll from a missile strike in Kryvyi Rih has risen to 18, the governor said Saturday",
    # the strike being "Friday's attack" of the next sentence)
    got = _run("The death toll from a Russian missile strike in the central Ukrainian city of Testivka has risen to 18, "
               "including nine children, regional governor Serhii Lysak said Thursday. A further 61 people were injured in "
               "Tuesday's attack, regional officials said.")
    assert got[("Testivka", "UA", "struck")].date_from == date(2024, 3, 5)
    # a strike reported on its own day keeps it
    got = _run("Russian shelling killed two people in Testivka on Thursday, the governor said on Thursday.")
    assert got[("Testivka", "UA", "struck")].date_from == date(2024, 3, 7)


def test_an_attack_that_comes_days_after_another_is_the_outlets_timeline():
    # (review68: "The deadly attack on Vinnytsia comes five days after a similar Russian attack on Chasiv Yar" was
    # credited to the official quoted before)
    got = _run("Russian missiles hit Novoselo on Thursday, killing 20 people, the governor said. The deadly attack on "
               "Novoselo comes five days after a similar Russian attack on Testivka which killed 48 people.")
    assert ("Testivka", "UA", "struck") not in got
    assert ("Testivka", "other", "struck") in got


# -- a ninth helper review's counter-examples (b8ab47f..ead11c6), each wrong on the version before ------------------

def test_review9_under_the_other_sides_control_with_the_voice_after_is_an_admission():
    got = _run("Testivka remains under the control of Russian forces, Ukrainian officials said on Monday.")
    assert got[("Testivka", "UA", "captured")].control == "RU"
    got = _run("The governor said the village of Testivka remains under Russian control despite Ukrainian counterattacks.")
    assert got[("Testivka", "UA", "captured")].control == "RU"


def test_review9_lying_about_the_fall_or_about_having_captured_is_a_denial():
    for text in ("Zelensky said Moscow was lying about the fall of Testivka.",
                 "Ukraine's military said Russia was lying about having captured Testivka.",
                 "Ukraine's military said Moscow was lying about Russian troops taking Testivka."):
        got = _run(text)
        assert not any(kind == "captured" for _, _, kind in got), text
        assert got[("Testivka", "UA", "held")].control == "UA", text


def test_review9_a_named_ukrainian_unit_taking_a_place_is_the_taker():
    got = _run("Pushilin said Azov brigade fighters had retaken Testivka after heavy fighting.")
    assert got[("Testivka", "RU", "captured")].control == "UA"
    got = _run("Russian troops drove Azov Brigade fighters out of Testivka and liberated the village, the Russian Defence "
               "Ministry said.")
    assert got[("Testivka", "RU", "captured")].control == "RU"


def test_review9_taken_on_without_a_time_takes_nothing():
    for text in ("Testivka has taken on the appearance of a ghost town after months of Russian shelling, the governor said.",
                 "Since the Russian invasion, Novoselo has taken on tens of thousands of displaced people from Testivka."):
        assert not any(kind == "captured" for _, _, kind in _run(text)), text


def test_review9_a_voice_goes_on_past_an_apposition_without_since():
    got = _run("Russia's Defence Ministry said on Tuesday its troops had taken Testivka, the first of several towns in the "
               "area, and had also liberated Novoselo.")
    assert got[("Novoselo", "RU", "captured")].control == "RU"


def test_review9_a_ground_attack_on_a_plant_or_station_is_fighting():
    got = _run("Russian infantry launched an attack on the railway station in Testivka, the General Staff said.")
    assert ("Testivka", "UA", "contested") in got and ("Testivka", "UA", "struck") not in got
    got = _run("Russian artillery shelled Testivka again on Tuesday, the governor said. The attack on Testivka, led by "
               "Wagner mercenaries, has been going on since August, the Ukrainian military said.")
    assert ("Testivka", "UA", "contested") in got


def test_review9_since_after_an_apposition_still_dates():
    got = _run("Russian forces have occupied Testivka, a town of 15,000, since early February, the mayor said.")
    assert [c.date_from for (place, _, kind), c in got.items() if kind == "captured"] == [date(2024, 2, 1)]


def test_review9_not_confirming_ends_where_the_voice_acknowledges():
    got = _run("Ukraine's General Staff did not confirm reports that Russian troops had taken Novoselo, and acknowledged "
               "that Russian forces had captured Testivka.")
    assert got[("Testivka", "UA", "captured")].control == "RU"


def test_review9_liberated_villages_around_a_town_including_a_list_are_liberated():
    got = _run("Ukrainian forces have liberated villages around Novoselo, including Testivka and Dubky, the General Staff "
               "said.")
    assert got[("Testivka", "UA", "captured")].control == "UA"


def test_review9_storming_a_town_as_it_remains_the_goal_is_fighting():
    got = _run("Russian forces are storming Testivka as the town remains the main goal of the Wagner group, the General "
               "Staff said.")
    assert ("Testivka", "UA", "contested") in got


def test_review9_real_places(real_gazetteer):
    def claims(text):
        return [(c.place, c.kind) for c in _real(real_gazetteer, text, date(2024, 3, 8))[1]]
    assert ("Beryslav", "struck") in claims("Russian shelling damaged the neighbourhoods of Kherson and Beryslav in Kherson "
                                            "Oblast on Tuesday, the governor said.")
    assert ("Kharkiv", "struck") in claims("Russian forces shelled the city of Kharkiv and other districts of the Kharkiv "
                                           "region overnight, killing two people, Governor Oleh Syniehubov said.")
    assert not [p for p, _ in claims("Russia launched a massive drone attack on Kyiv overnight. In the Desnianskyi district, "
                                     "debris fell on a house; in Shevchenkivskyi, a drone struck a residential building, "
                                     "Mayor Vitali Klitschko said.") if p.startswith("Shevchenk")]


def test_a_place_in_a_governors_possessive_title_is_not_struck():
    # (review79: "... at one of Ukraine's Danube river ports, Ukraine's Odesa's Governor Oleh Kiper said" struck Odesa)
    got = _run("Grain silos and warehouses were damaged in the Russian overnight drone attacks at one of Ukraine's Danube "
               "river ports, Ukraine's Testivka's Governor Oleh Kiper said on Wednesday.")
    assert ("Testivka", "UA", "struck") not in got
    got = _run("Russian drones hit Testivka overnight, Testivka's mayor Ivan Petrenko said.")
    assert ("Testivka", "UA", "struck") in got


def test_a_dateline_split_off_by_its_period_is_no_place_line(real_gazetteer):
    # (review74: "KHARKIV. Dec 6 (Interfax-Ukraine) – ... fired artillery at Chuhuiv, Kharkiv and Kupiansk districts"
    # struck the city the agency files from)
    _, claims = _real(real_gazetteer, "KHARKIV. Dec 6 (Interfax-Ukraine) – Over the past 24 hours, Russian occupying troops "
                      "fired artillery at Chuhuiv, Kharkiv and Kupiansk districts of the region, the governor said.",
                      date(2022, 12, 6))
    assert not claims
    got = _run("Testivka village.\nRussian troops shelled the outskirts with artillery, the governor said.")
    assert ("Testivka", "UA", "struck") in got


def test_a_forecast_denied_is_no_hold():
    # (review79: "He also denied claims by some analysts that Sievierodonetsk could be captured in the next two weeks")
    assert not _run("The governor also denied claims by some analysts that Testivka could be captured in the next two weeks.")
    got = _run("Ukraine's military denied claims that Testivka had been captured.")
    assert got[("Testivka", "UA", "held")].control == "UA"


def test_claiming_to_have_full_control_is_a_capture_claimed():
    # (review71: "only a day after Russia claimed to have full control over the town" was read as a standing hold)
    got = _run("The situation in Testivka is difficult, the spokesperson said on Thursday, only a day after Russia claimed "
               "to have full control over the town.")
    assert got[("Testivka", "RU", "captured")].control == "RU"
    got = _run("Russian forces have full control of Testivka, the Russian Defence Ministry said.")
    assert got[("Testivka", "RU", "held")].control == "RU"


def test_the_city_people_must_leave_is_no_antecedent_of_fighting():
    # (review75: "Russian forces are advancing so quickly that families must leave the city" put fighting in Pokrovsk)
    got = _run("Authorities ordered families with children to evacuate Testivka. Local authorities said Russian forces are "
               "advancing so quickly that families must leave the city and other nearby towns and villages.")
    assert not any(kind == "contested" for _, _, kind in got)
    got = _run("Russian forces stormed Testivka on Tuesday, the General Staff said. Fighting in the city continues, it added.")
    assert ("Testivka", "UA", "contested") in got


# -- a tenth helper review's counter-examples (ead11c6..9fc8000), each wrong on the version before ------------------

def test_review10_a_side_forced_to_withdraw_still_withdraws():
    got = _run("Constant Russian assaults forced Ukrainian troops to withdraw from Testivka, the General Staff said.")
    assert got[("Testivka", "UA", "captured")].control == "RU"
    got = _run("Ukraine's General Staff said its forces had forced Russian troops to retreat from Testivka.")
    assert got[("Testivka", "UA", "captured")].control == "UA"


def test_review10_a_named_unit_as_the_object_is_no_taker():
    for text in ("Pushilin said DPR forces had eliminated Azov battalion fighters and liberated Testivka.",
                 "Russian troops surrounded Kraken unit soldiers in Testivka and took full control of the village, TASS "
                 "reported, citing the Defence Ministry."):
        assert _run(text)[("Testivka", "RU", "captured")].control == "RU", text
    got = _run("Pushilin said Azov brigade fighters had retaken Testivka after heavy fighting.")
    assert got[("Testivka", "RU", "captured")].control == "UA"


def test_review10_shelling_liberated_villages_such_as_a_is_shelling():
    got = _run("Russian forces have been shelling liberated villages around Novoselo, such as Testivka and Dubky, the "
               "governor said.")
    assert not any(kind == "captured" for _, _, kind in got) and ("Testivka", "UA", "struck") in got
    assert not _run("Ukraine's forces have liberated villages around Novoselo, including positions near Testivka, the "
                    "General Staff said.")


def test_review10_lying_about_something_else_then_a_capture():
    got = _run("Ukraine's General Staff said Russia lied about its losses and captured Testivka only after weeks of "
               "assaults.")
    assert got[("Testivka", "UA", "captured")].control == "RU"


def test_review10_the_deadliest_attack_since_is_still_the_strike():
    got = _run("Russian missiles hit an apartment block in Testivka on Thursday, killing 12 people, the governor said. The "
               "attack on Testivka was the deadliest on the city since Russia's full-scale invasion began.")
    assert not any(kind == "contested" for _, _, kind in got)


def test_review10_a_toll_takes_no_later_or_other_places_day():
    got = _run("The death toll from a Russian missile strike on an apartment building in Testivka has risen to 18, the "
               "governor said on Monday. Ukraine will hold a day of mourning on Wednesday, he added.")
    # (the count's day ends the strike's days: the strike came on it or in the days before)
    assert got[("Testivka", "UA", "struck")].date_to == date(2024, 3, 4)
    got = _run("The death toll from a Russian strike on Testivka has risen to five, the governor said on Thursday. "
               "Saturday's attack on Novoselo injured 12 people, he added.")
    assert got[("Testivka", "UA", "struck")].date_to == date(2024, 3, 7)


def test_review10_a_since_clause_after_a_comma_does_not_date_a_withdrawal():
    got = _run("Ukrainian troops withdrew from Testivka, the army said, after holding out against Russian assaults since "
               "November.")
    assert [c.date_from for (_, _, kind), c in got.items() if kind == "captured"] == [date(2024, 3, 8)]


def test_review10_a_timeline_sentence_leaves_the_report_going_on():
    got = _run("Ukraine's air force said Russia launched 30 drones overnight, hitting Testivka. The attack comes two days "
               "after a similar strike on Novoselo. Drones also damaged homes in Dubky, the air force said.")
    assert ("Dubky", "UA", "struck") in got


def test_review10_the_outlets_framing_and_a_report_going_on():
    got = _run("Ukraine's army said on Tuesday it had withdrawn from Testivka, the latest in a series of setbacks for Kyiv, "
               "whose forces also pulled out of Novoselo in February.")
    assert ("Novoselo", "UA", "captured") not in got
    got = _run("Russia's Defence Ministry said on Tuesday its troops had taken Testivka, the first village on the west bank "
               "to be liberated after the river crossing, and had also liberated Novoselo.")
    assert got[("Novoselo", "RU", "captured")].control == "RU"


def test_review10_taken_on_the_weekend_or_the_very_first_day():
    assert ("Testivka", "RU", "captured") in _run("Russian forces said Testivka had been taken on the weekend.")
    assert ("Novoselo", "RU", "captured") in _run("Russia's Defence Ministry said Novoselo was taken on the very first day "
                                                   "of the offensive.")


def test_review10_real_places(real_gazetteer):
    def claims(text):
        return [(c.place, c.kind) for c in _real(real_gazetteer, text, date(2024, 3, 8))[1]]
    assert claims("Russia launched an attack on the airport in Odesa early on Thursday, damaging the runway, the regional "
                  "governor said.") == [("Odesa", "struck")]
    finder_text = ("Ukrainian drones hit an oil depot in the Dzhankoiskyi district of Crimea overnight; a substation was "
                   "also damaged in Nizhnegorskiy, Russian-installed officials said.")
    from geo.jobs.pipeline import make_finder
    assert [m.geonameid for m in make_finder(real_gazetteer).find(finder_text) if m.surface == "Nizhnegorskiy"] == [700019]


# -- an eleventh helper review's counter-examples (9fc8000..b23c405), each wrong on the version before --------------

def test_review11_lying_about_a_capture_told_any_way_is_a_denial():
    for text in ("Ukraine's General Staff said Moscow lied about the complete capture of Testivka.",
                 "A Ukrainian military spokesman said Moscow was lying about Testivka's capture.",
                 "The Ukrainian military said Prigozhin lied about Wagner fighters capturing Testivka."):
        got = _run(text)
        assert not any(kind == "captured" for _, _, kind in got), text
    got = _run("Ukraine's General Staff said Russia lied about its losses and captured Testivka only after weeks of assaults.")
    assert got[("Testivka", "UA", "captured")].control == "RU"


def test_review11_the_side_pushed_back_is_not_the_taker():
    got = _run("Ukraine's 47th Brigade said it pushed Russian troops back and liberated Testivka.")
    assert got[("Testivka", "UA", "captured")].control == "UA"
    got = _run("Russia's Defence Ministry said its units pushed Ukrainian forces back and liberated Testivka.")
    assert got[("Testivka", "RU", "captured")].control == "RU"


def test_review11_a_named_unit_with_words_before_its_verb_is_still_the_taker():
    for text in ("Pushilin said Azov brigade fighters on Tuesday retook Testivka after heavy fighting.",
                 "Pushilin acknowledged that Azov regiment fighters, backed by tanks, had retaken Testivka."):
        assert _run(text)[("Testivka", "RU", "captured")].control == "UA", text
    got = _run("Russian marines who fought Azov fighters in Testivka have captured the village, the Russian Defence "
               "Ministry said.")
    assert got[("Testivka", "RU", "captured")].control == "RU"


def test_review11_decisions_and_people_taken_take_no_place():
    for text in ("Ukraine's military said the decision was taken on orders from the General Staff to hold Testivka at all "
                 "costs.",
                 "Ukraine's General Staff said Russian troops had executed civilians taken on the weekend in Testivka."):
        assert not any(kind == "captured" for _, _, kind in _run(text)), text


def test_review11_troops_leaving_the_city_still_withdraw():
    got = _run("Russian forces stormed Testivka on Monday, the General Staff said. On Wednesday, Ukrainian troops left the "
               "city to avoid encirclement, the army said.")
    assert any(kind == "captured" for _, _, kind in got)


def test_review11_an_apposition_without_since_keeps_the_voice():
    got = _run("Ukraine's General Staff said Russian forces shelled Testivka, the largest town in the district, and struck "
               "Novoselo with drones.")
    assert ("Novoselo", "UA", "struck") in got


def test_review11_a_mayor_in_a_possessive_title_before_the_strike_is_its_city():
    got = _run("Testivka's Mayor Oleksandr Senkevych said Russian missiles struck the city early on Monday.")
    assert ("Testivka", "UA", "struck") in got


def test_review11_a_forecast_after_a_comma_leaves_the_denial():
    got = _run("Ukraine's military denied Russian claims that Testivka had been captured, though analysts warned the town "
               "could fall within days.")
    assert got[("Testivka", "UA", "held")].control == "UA"


def test_review11_liberated_villages_verb_or_adjective():
    got = _run("Zelensky said Ukrainian soldiers liberated villages around Novoselo, including Testivka.")
    assert got[("Testivka", "UA", "captured")].control == "UA"
    got = _run("Russian troops shelled liberated villages around Novoselo, such as Testivka, the governor said.")
    assert not any(kind == "captured" for _, _, kind in got)


def test_review11_full_control_claimed_while_dismissing_a_capture_is_a_hold():
    got = _run("Syrskyi claimed to have full control of Testivka, dismissing Russian reports of its capture.")
    assert got[("Testivka", "UA", "held")].control == "UA"


def test_review11_dates_of_tolls_and_of_courses_of_action():
    got = _run("The death toll from a Russian missile strike on Testivka has risen to 18, the governor said on Thursday, "
               "after rescuers finished clearing the rubble of the building hit on Tuesday.")
    assert got[("Testivka", "UA", "struck")].date_from == date(2024, 3, 5)
    got = _run("Russian assaults on Testivka, a town of 10,000 before the war, have continued since early January, the "
               "General Staff said.")
    assert got[("Testivka", "UA", "contested")].date_from == date(2024, 1, 1)


def test_review11_a_ground_assault_told_as_the_attack_stays_fighting():
    got = _run("Russian drones struck Testivka on Monday, the governor said. The attack on Testivka, a ground assault backed "
               "by armour, lasted for six hours on Tuesday, the General Staff said.")
    assert ("Testivka", "UA", "contested") in got


def test_review11_real_places(real_gazetteer):
    def claims(text):
        return [(c.place, c.kind) for c in _real(real_gazetteer, text, date(2024, 3, 8))[1]]
    assert ("Kharkiv", "struck") in claims("KHARKIV. July 4 (Interfax-Ukraine) – Russian troops shelled the city overnight, "
                                           "damaging two apartment blocks, Mayor Ihor Terekhov said.")
    assert not [p for p, _ in claims("Russian drones hit the Obolonskyi district of Kyiv overnight; in Shevchenkivskyi, a "
                                     "drone struck a residential building, Mayor Vitali Klitschko said.")
                if p.startswith("Shevchenk")]
    assert ("Hostomel", "contested") in claims("Russian paratroopers launched an attack on the airport in Hostomel on the "
                                               "first day of the invasion, the Ukrainian military said.")


# -- a twelfth helper review's counter-examples (b23c405..fc986f8), each wrong on the version before ----------------

def test_review12_lying_about_losses_in_an_assault_denies_no_capture():
    got = _run("Ukraine's General Staff said Russia lied about its losses in the assault that took Testivka last week.")
    assert not any(kind == "held" for _, _, kind in got)


def test_review12_a_named_unit_is_a_taker_as_a_subject_only():
    for text in ("Pushilin admitted Azov fighters had retaken Testivka.",
                 "Pushilin said battle-hardened Azov fighters had retaken Testivka."):
        assert _run(text)[("Testivka", "RU", "captured")].control == "UA", text
    got = _run("Russian forces, after weeks of battles with Azov fighters, captured Testivka, the Defence Ministry said.")
    assert got[("Testivka", "RU", "captured")].control == "RU"


def test_review12_liberated_villages_under_fire_are_not_liberated_again():
    for text in ("Russian guided bombs are destroying liberated villages around Novoselo, including Testivka, the governor "
                 "said.",
                 "Russian drones keep terrorising liberated villages near Novoselo, such as Testivka and Dubky, the governor "
                 "said."):
        assert not any(kind == "captured" for _, _, kind in _run(text)), text
    for text in ("Zelensky said Ukrainian forces have already liberated villages around Novoselo, including Testivka.",
                 "Ukrainian forces continue to liberate villages in the area, including Testivka, the General Staff said."):
        assert _run(text)[("Testivka", "UA", "captured")].control == "UA", text


def test_review12_since_in_another_clause_does_not_date_a_capture():
    got = _run("Russian forces captured Testivka, the Defence Ministry said, while the battle for Novoselo, a key logistics "
               "hub, has raged since April.")
    assert got[("Testivka", "RU", "captured")].date_from == date(2024, 3, 8)


def test_review12_a_toll_keeps_its_count_day_unless_a_strike_is_told_with_another():
    got = _run("The death toll from the Russian missile strike on Testivka has risen to 18, the governor said on Thursday, "
               "declaring Saturday a day of mourning.")
    assert got[("Testivka", "UA", "struck")].date_to == date(2024, 3, 7)  # (the strike came on it or in the days before)


def test_review12_full_control_claimed_and_denied_by_another_is_a_capture_claimed():
    got = _run("Wagner chief Yevgeny Prigozhin claimed to have full control of Testivka, a claim Ukraine's military denied.")
    assert got[("Testivka", "RU", "captured")].control == "RU"


def test_review12_the_outlets_as_clause_after_its_framing():
    got = _run("Russia's defence ministry said its forces had captured Testivka, the latest in a string of villages to fall "
               "in recent weeks as Ukrainian forces withdrew from Novoselo and Dubky.")
    assert ("Novoselo", "RU", "captured") not in got


def test_review12_taken_on_orders_is_taken_and_a_forecast_with_an_apposition_is_none():
    got = _run("Pushilin said Testivka was taken on orders from the General Staff ahead of Victory Day.")
    assert got[("Testivka", "RU", "captured")].control == "RU"
    assert not _run("Ukraine's military denied reports that Testivka, a key logistics hub, could fall within days.")


def test_review12_civilians_forced_to_leave_is_no_capture():
    got = _run("Thousands of civilians have been forced to leave Testivka because of constant Russian shelling, the "
               "governor said.")
    assert not any(kind == "captured" for _, _, kind in got)


def test_review12_a_dateline_in_capitals_lends_its_city_to_the_city_only(real_gazetteer):
    def claims(text):
        return [(c.place, c.kind) for c in _real(real_gazetteer, text, date(2022, 7, 4))[1]]
    assert not claims("KHARKIV. July 4 (Interfax-Ukraine) – Russia's Defence Ministry said it had struck Ukrainian military "
                      "facilities with high-precision weapons overnight.")
    assert not claims("ZAPORIZHZHIA. July 4 (Interfax-Ukraine) – Russian troops shelled the village overnight, damaging a "
                      "school, the regional administration said.")


# -- a thirteenth helper review's counter-examples (fc986f8..6f5befd), each wrong on the version before ---------------

def test_review13_lying_about_a_capture_told_with_possessives_and_adverbs_is_a_denial():
    for text in ("Ukraine's General Staff said Moscow lied about its troops having already captured Testivka.",
                 "Ukraine's General Staff said Moscow lied about the army's capture of Testivka.",
                 "A Ukrainian spokesman said Russia lied about the recent capture of Testivka.",
                 "Ukraine's military said Moscow lied about the so-called 'liberation' of Testivka.",
                 "Ukraine's military said Moscow lied about its troops' capture of Testivka."):
        got = _run(text)
        assert got[("Testivka", "UA", "held")].control == "UA", text
        assert not any(kind == "captured" for _, _, kind in got), text


def test_review13_a_named_unit_is_a_taker_unless_it_is_an_object():
    for text in ("According to Pushilin, Azov fighters retook Testivka.",
                 "Pushilin said Tuesday Azov fighters had retaken Testivka.",
                 "Pushilin told reporters Azov fighters had retaken Testivka.",
                 "Pushilin said that on Tuesday Azov fighters had retaken Testivka.",
                 "Pushilin said that after heavy fighting Azov fighters had retaken Testivka."):
        assert _run(text)[("Testivka", "RU", "captured")].control == "UA", text
    for text in ("Russian forces, after weeks of battles with Azov fighters, captured Testivka, the Defence Ministry said.",
                 "Russian troops who fought Azov fighters captured Testivka, the Defence Ministry said."):
        assert _run(text)[("Testivka", "RU", "captured")].control == "RU", text


def test_review13_liberated_as_an_adjective_after_a_preposition_and_as_a_verb_after_any_subject():
    for text in ("Ukraine has returned medics to liberated villages near Novoselo, including Testivka, the governor said.",
                 "Aid reached people in liberated villages around Novoselo, such as Testivka, the governor said."):
        assert not any(kind == "captured" for _, _, kind in _run(text)), text
    for text in ("Ukraine liberated villages around Novoselo, including Testivka, the General Staff said.",
                 "We liberated villages near Novoselo, including Testivka, Zelensky said.",
                 "The counteroffensive liberated villages around Novoselo, including Testivka, the General Staff said.",
                 "Ukrainian forces advanced and liberated villages around Novoselo, including Testivka, the General Staff "
                 "said."):
        assert _run(text)[("Testivka", "UA", "captured")].control == "UA", text


def test_review13_only_people_who_leave_a_place_are_no_withdrawal():
    got = _run("Russia's Defence Ministry said thousands of Ukrainian troops were forced to leave Testivka.")
    assert got[("Testivka", "RU", "captured")].control == "RU"
    got = _run("Pushilin said Ukrainian troops, fearing for people's lives, abandoned Testivka.")
    assert got[("Testivka", "RU", "captured")].control == "RU"
    got = _run("Russia's Defence Ministry said the People's Militia had withdrawn from Testivka.")
    assert got[("Testivka", "RU", "captured")].control == "UA"
    assert not any(kind == "captured" for _, _, kind in _run("Residents fled Testivka after Russian shelling, the governor "
                                                             "said."))


def test_review13_a_forecast_after_a_warning_leaves_the_denial():
    for text in ("Ukraine's military denied reports of the fall of Testivka, warning that Novoselo could fall within days.",
                 "Ukraine's military denied that Russian forces had captured Testivka, warning that Novoselo could fall "
                 "within days."):
        assert _run(text)[("Testivka", "UA", "held")].control == "UA", text
    assert not _run("Ukraine's military denied reports that Testivka, a key logistics hub, could fall within days.")


def test_review13_such_as_and_while_in_the_speakers_words_are_the_speakers():
    got = _run("Russia's defence ministry said its forces had captured Testivka, the latest of several villages, while "
               "Russian troops had also captured Novoselo.")
    assert got[("Novoselo", "RU", "captured")].control == "RU"


def test_review13_since_after_any_apposition_of_the_place_dates_it():
    got = _run("Russian shelling of Testivka, Novoselo and Dubky, three villages north of Hrabove, has continued since "
               "January, the governor said.")
    assert {got[(p, "UA", "struck")].date_from for p in ("Testivka", "Novoselo", "Dubky")} == {date(2024, 1, 1)}
    for text in ("Russian attacks on Testivka, home to 10,000 people, have continued since January, the governor said.",
                 "Russian assaults on Testivka, once a quiet farming town, have continued since January, the General Staff "
                 "said."):
        assert _run(text)[("Testivka", "UA", "contested")].date_from == date(2024, 1, 1), text


def test_review13_a_dateline_in_capitals_lends_its_city_to_the_city_not_the_citys(real_gazetteer):
    def claims(text):
        return [(c.place, c.kind) for c in _real(real_gazetteer, text, date(2022, 7, 4))[1]]
    assert not claims("KHARKIV. July 4 (Interfax-Ukraine) – Russian shelling damaged the city's water supply lines, "
                      "the mayor said.")
    assert ("Kharkiv", "struck") in claims("KHARKIV. July 4 (Interfax-Ukraine) – Russian troops shelled the city "
                                           "overnight, the mayor said.")


def test_review13_people_and_goods_taken_take_no_place():
    for text in ("Children from Testivka were taken on orders from the occupation authorities to Russia, the ombudsman said.",
                 "Russian troops seized grain in Testivka and shipped it to Crimea, the governor said.",
                 "Ukrainian forces captured weapons and ammunition in Testivka, the General Staff said."):
        assert not any(kind == "captured" for _, _, kind in _run(text)), text
    assert _run("Pushilin said Testivka was taken on orders from the General Staff.")[("Testivka", "RU", "captured")]


def test_review13_a_strike_told_with_its_day_keeps_it_over_the_saying():
    got = _run("Two civilians died in Testivka on Tuesday after Russian forces shelled the village, the governor said on "
               "Thursday.")
    assert got[("Testivka", "UA", "struck")].date_from == date(2024, 3, 5)


def test_the_side_whose_surrender_is_told_gives_the_place_up():
    for text in ("After the surrender of Azov fighters, Russian forces took Testivka, the Defence Ministry said.",
                 "Russia's Defence Ministry announced the surrender of the last Ukrainian troops in Testivka."):
        assert _run(text)[("Testivka", "RU", "captured")].control == "RU", text
    got = _run("Ukraine's General Staff said the surrender of Russian soldiers in Testivka ended the battle.")
    assert got[("Testivka", "UA", "captured")].control == "UA"


# -- a fourteenth helper review's counter-examples (6f5befd..48c14c2), each wrong on the version before ---------------

def test_review14_a_strike_takes_the_day_before_its_cue_only_when_nothing_after_it_is_dated_but_the_saying():
    got = _run("Russian forces shelled Dubky on Tuesday and struck Testivka on Wednesday, the governor said on Thursday.")
    assert got[("Testivka", "UA", "struck")].date_from == date(2024, 3, 6)
    got = _run("After capturing Novoselo on Monday, Russian troops took Testivka on Wednesday, the Defence Ministry said on "
               "Thursday.")
    assert got[("Testivka", "RU", "captured")].date_from == date(2024, 3, 6)
    got = _run("Russian troops, who captured Novoselo on Monday, shelled Testivka overnight, the governor said on Thursday.")
    assert got[("Testivka", "UA", "struck")].date_from == date(2024, 3, 7)


def test_review14_a_named_unit_after_any_verb_is_its_object():
    for text in ("Russian troops facing Azov fighters captured Testivka, the Defence Ministry said.",
                 "Russian troops, after pushing back Azov fighters, captured Testivka, the Defence Ministry said."):
        assert _run(text)[("Testivka", "RU", "captured")].control == "RU", text


def test_review14_people_leaving_with_words_between_are_still_people():
    for text in ("Hundreds of civilians, including children, were forced to leave Testivka, the governor said.",
                 "Thousands of people were forced to abandon Testivka, the governor said.",
                 "The remaining residents, most of them elderly, were forced to leave Testivka on Tuesday."):
        assert not any(kind == "captured" for _, _, kind in _run(text)), text


def test_review14_liberated_after_any_other_verb_or_a_conjunction_of_adjectives_is_the_adjective():
    for text in ("Russian forces continue to bombard liberated villages near Novoselo, including Testivka, the governor said.",
                 "Russian artillery pounds liberated villages around Novoselo, such as Testivka, every day, the governor said.",
                 "Residents of occupied and liberated villages around Novoselo, including Testivka, lack water, the UN said.",
                 "Zelensky visits liberated villages around Novoselo, including Testivka, the president's office said.",
                 "The liberated villages around Novoselo, including Testivka, are shelled daily, the governor said."):
        assert not any(kind == "captured" for _, _, kind in _run(text)), text


def test_review14_a_dateline_in_capitals_lends_its_city_to_its_buildings_not_to_the_neighbouring_town():
    caps = {"TESTIVKA": 1001, "Testivka": 1001}
    got = _run("TESTIVKA. March 7 (Interfax-Ukraine) – A Russian missile hit the city council building overnight, the mayor "
               "said.", places=caps)
    assert ("TESTIVKA", "UA", "struck") in got
    got = _run("TESTIVKA. March 7 (Interfax-Ukraine) – Russian troops shelled the neighbouring town overnight, the mayor said.",
               places=caps)
    assert not got


def test_review14_goods_taken_with_a_place_listed_beside_them_keep_the_place():
    got = _run("Ukrainian forces captured several tanks and the village of Testivka on Tuesday, the General Staff said.")
    assert got[("Testivka", "UA", "captured")].control == "UA"
    assert not _run("Russian forces captured a Leopard tank near Testivka, the Defence Ministry said.")
    assert not _run("Russian troops seized 200 tonnes of grain in Testivka, the governor said.")


def test_review14_an_inserted_belief_is_no_apposition_and_while_stays_the_outlets():
    got = _run("Russian units that captured Testivka, Ukrainian officials believe, have been massing near Hrabove since "
               "January.")
    assert got[("Testivka", "UA", "captured")].date_from == date(2024, 3, 8)
    got = _run("Russia's defence ministry said its forces had captured Testivka, the latest in a string of villages to fall "
               "in recent weeks while Ukrainian forces withdrew from Novoselo and Dubky.")
    assert ("Novoselo", "RU", "captured") not in got
    got = _run("Ukraine's General Staff accused Moscow of lying about the capture of Testivka.")
    assert got[("Testivka", "UA", "held")].control == "UA"


# -- wordings found in the tenth session on the unseen review set review82 (judged at 1410a16 before its classes were fixed)

def test_a_strike_told_on_its_day_and_overnight_is_on_its_day():
    got = _run("Two people were killed when a Russian missile hit an apartment building in Testivka early Friday, the local "
               "authorities said. The strike was part of a larger attack in which six missiles damaged homes in Testivka "
               "overnight, according to the head of the regional military administration.")
    assert (got[("Testivka", "UA", "struck")].date_from, got[("Testivka", "UA", "struck")].date_to) == (date(2024, 3, 8),) * 2


def test_a_side_doing_what_is_reported_under_another_voice_is_no_speaker():
    got = _run("According to the head of Testivka Ova Yuri Malashko, the Armed Forces of the Russian Federation inflicted 6 "
               "rocket strikes in the territory of Novoselo.")
    assert ("Novoselo", "UA", "struck") in got and ("Novoselo", "RU", "struck") not in got


def test_what_a_fall_would_not_mean_is_no_fall_but_a_capture_with_a_which_clause_is_one():
    assert not _run("The Institute for the Study of War observed that the fall of Testivka wouldn't mark an operationally "
                    "significant development.")
    got = _run("Russia's defence ministry announced the capture of Testivka, which would be the first gain in weeks.")
    assert got[("Testivka", "RU", "captured")].control == "RU"
    for text in ("The capture of Testivka, which lies on elevated ground, would allow Moscow to obstruct supply routes.",
                 "The fall of Testivka, a key town, would open the road to Novoselo, analysts said."):
        assert not _run(text), text


# -- review83 (judged at 886ca75 before its classes were fixed) --------------------------------------------------------

def test_a_capture_announced_as_places_under_a_sides_control_is_a_capture():
    got = _run("Russian Chief of Staff Valery Gerasimov announced that Testivka and Novoselo are under Russian control.")
    assert got[("Testivka", "RU", "captured")].control == "RU" and got[("Novoselo", "RU", "captured")].control == "RU"
    got = _run("Russia's Defence Ministry said Testivka remains under Russian control.")
    assert got[("Testivka", "RU", "held")].control == "RU"


def test_a_denial_in_the_present_after_the_claim_it_denies_is_dated_by_the_report():
    got = _run("Zelensky said Friday he had visited troops fending off Russian advances near the embattled city of Testivka "
               "that Moscow claimed to have captured last month, which Kyiv denies.")
    assert got[("Testivka", "UA", "held")].date_from == date(2024, 3, 8)
    assert got[("Testivka", "RU", "captured")].date_from == date(2024, 2, 1)
    # the fighting the denying side reports the same day stays beside its denial
    got = _run("Zelensky said Friday he had visited troops near the embattled city of Testivka that Moscow claimed to have "
               "captured last month, which Kyiv denies. Heavy fighting continues in Testivka, the General Staff said.")
    assert ("Testivka", "UA", "held") in got and ("Testivka", "UA", "contested") in got


def test_a_district_that_lies_in_the_town_is_no_village_on_the_map(real_gazetteer):
    text = ("Russia's Ministry of Defence claimed on Wednesday that its forces had taken control of the Novyi district, which "
            "lies to the west of the canal that runs through the eastern part of the town of Chasiv Yar.")
    assert not [c for c in _real(real_gazetteer, text, date(2024, 7, 4))[1] if c.place == "Novyi" and c.geonameid]


# -- review85 (judged at f2695e1 before its classes were fixed) --------------------------------------------------------

def test_a_portion_or_half_of_a_town_taken_is_fighting_for_it():
    for text in ("Russia's Chief of General Staff Valery Gerasimov said Russian troops had seized control of the southern "
                 "portion of Testivka.",
                 "Russian troops captured the eastern half of Testivka, the Defence Ministry said."):
        got = _run(text)
        assert ("Testivka", "RU", "contested") in got and ("Testivka", "RU", "captured") not in got, text


def test_lied_in_quotes_about_a_capture_is_a_denial():
    got = _run("On Tuesday, the Ukrainian Armed Forces reported that the Russians \"lied\" about the capture of Testivka.")
    assert got[("Testivka", "UA", "held")].control == "UA" and ("Testivka", "UA", "captured") not in got


def test_services_withdrawn_from_a_town_are_no_troops_withdrawn():
    assert not _run("\u201cWe are making the decision to withdraw all civilian services from Testivka,\u201d the governor said.")
    assert _run("Ukraine's army said it withdrew its troops from Testivka.")[("Testivka", "UA", "captured")].control == "RU"


def test_a_hashtag_is_no_report():
    assert not _run("Ukrainian authorities said on Friday that they had halted the Russian advance. #Zelensky #bombed "
                    "#Testivka", places={"Testivka": 1001})


def test_an_area_fully_under_a_sides_control_after_but_is_held():
    got = _run("\"There is another direction, a bit south of the city of Testivka, which is also quite challenging but fully "
               "under the control of our Armed Forces,\" the head of the Kharkiv Regional Military Administration said.")
    assert ("Testivka", "UA", "captured") not in got and got[("Testivka", "UA", "held")].control == "UA"


# -- a fifteenth helper review's counter-examples (1410a16..f2695e1), each wrong on the version before ---------------

def test_review15_a_fall_with_an_aside_before_its_modal_is_still_hypothetical():
    for text in ("The capture of Testivka, while symbolically important, would bring Russia little military advantage, "
                 "analysts said.",
                 "The fall of Testivka, which would be the biggest Russian gain in months, appears increasingly likely, "
                 "analysts say."):
        assert not _run(text), text
    got = _run("Russia's defence ministry announced the capture of Testivka, which would be the first gain in weeks.")
    assert got[("Testivka", "RU", "captured")].control == "RU"


def test_review15_announced_under_own_control_while_rejecting_a_claim_is_held():
    got = _run("Ukraine's General Staff announced that Testivka is under Ukrainian control, rejecting Moscow's claim to have "
               "captured it.")
    assert got[("Testivka", "UA", "held")].control == "UA" and ("Testivka", "UA", "captured") not in got
    got = _run("Ukraine's military has not announced that Testivka is under Russian control.")
    assert not any(kind == "captured" and c.confidence >= 0.75 for (_, _, kind), c in got.items())


def test_review15_strikes_on_three_days_keep_their_span():
    got = _run("Russian artillery shelled Testivka on Monday, killing one man, the governor said. Russian drones struck "
               "Testivka overnight, damaging a school, he said. On Wednesday, a Russian missile hit Testivka, injuring two, "
               "he added.")
    c = got[("Testivka", "UA", "struck")]
    assert c.date_from == date(2024, 3, 4) and c.date_to >= date(2024, 3, 6)


def test_review15_a_side_that_shells_again_under_another_voice_is_no_speaker():
    for text in ("According to the head of the regional military administration, the Russian army repeatedly shelled "
                 "Novoselo overnight.",
                 "According to the head of Testivka RVA Yevhen Yevtushenko, the occupiers shelled Novoselo with heavy "
                 "artillery.",
                 "According to the head of the regional military administration Yuri Malashko, Russian forces fired 6 "
                 "rockets at Novoselo."):
        got = _run(text)
        assert ("Novoselo", "UA", "struck") in got, text


# -- review84 (judged at f2695e1 before its classes were fixed) --------------------------------------------------------

def test_a_headlines_day_dates_an_undated_body_not_the_pages_date_line(real_gazetteer):
    from geo.jobs.pipeline import analyse, make_finder
    from geo.models import Article
    title = "Governor: Russia fires at Sumy Oblast 84 times on Dec. 5"
    text = (f"{title}\nDecember 6, 2022 6:00 am\nSumy Oblast Governor Dmytro Zhyvytskyi said that Russian forces targeted "
            "Shalyhyne, Krasnopillia, Bilopillia, Myropillia, and Esman communities.\n")
    claims = analyse(Article(id="x", key="k", title=title, published=date(2022, 12, 6), text=text, source="wire"),
                     make_finder(real_gazetteer))[1]
    assert {c.place for c in claims} >= {"Shalyhyne", "Krasnopillia"}
    assert {c.date_from for c in claims} == {date(2022, 12, 5)}


def test_places_expected_to_come_under_attack_are_a_forecast():
    assert not _run("The governor said that he expected Testivka and the town of Novoselo in particular to come under heavy "
                    "attack as Russia tries to take full control of the region.")
    got = _run("Testivka continued to come under heavy attack on Tuesday, the governor said.")
    assert got[("Testivka", "UA", "struck")].date_from == date(2024, 3, 5)


# -- a sixteenth helper review's counter-examples (f2695e1..62e3d12), each wrong on the version before ---------------

def test_review16_a_modal_in_a_coordinated_clause_leaves_the_capture():
    for text in ("Russia's defence ministry announced the capture of Testivka on Tuesday, but Ukraine's army said it would "
                 "keep fighting for the village.",
                 "Russian forces have completed the capture of Testivka, and will now advance toward Novoselo, the Russian "
                 "Defence Ministry said."):
        assert _run(text)[("Testivka", "RU", "captured")].control == "RU", text


def test_review16_half_or_sections_after_the_place_leave_the_capture():
    for text, side in (("Russian forces captured Testivka, half of whose pre-war residents had already fled, the Defence "
                        "Ministry said.", "RU"),
                       ("Russian troops captured Testivka in half a day, the Defence Ministry claimed.", "RU"),
                       ("Ukrainian forces recaptured Testivka, sections of which had been occupied since 2022, the General "
                        "Staff said.", "UA")):
        assert _run(text)[("Testivka", side, "captured")].control == side, text


def test_review16_coming_under_fire_after_a_fear_told_before_is_a_strike():
    got = _run("As the governor had feared, Testivka continued to come under heavy shelling on Tuesday.")
    assert ("Testivka", "other", "struck") in got


def test_review16_a_denial_by_another_side_leaves_the_capture_announced():
    got = _run("Russia's defence ministry announced that Testivka is under Russian control, with Ukraine's General Staff "
               "denying the claim.")
    assert got[("Testivka", "RU", "captured")].control == "RU"


def test_review16_troops_withdrawn_with_civilians_are_withdrawn_and_services_after_withdrawal_of_are_none():
    got = _run("The Ukrainian army has withdrawn civilians and soldiers from Testivka, the General Staff said.")
    assert got[("Testivka", "UA", "captured")].control == "RU"
    assert not _run("The governor announced the withdrawal of all civilian services from Testivka.")


def test_review16_a_night_told_overnight_into_a_day_yields_to_that_day():
    got = _run("Russian drones attacked Testivka overnight into Friday, the governor said. Early Friday, a drone hit a "
               "school in Testivka, he added.")
    assert (got[("Testivka", "UA", "struck")].date_from, got[("Testivka", "UA", "struck")].date_to) == (date(2024, 3, 8),) * 2


def test_review16_a_headline_day_naming_another_event_dates_nothing(real_gazetteer):
    from geo.jobs.pipeline import analyse, make_finder
    from geo.models import Article
    title = "Zelensky visits site of May 25 Kharkiv hypermarket strike"
    text = f"{title}\nRussian forces shelled Kupiansk and Vovchansk, wounding four civilians, Governor Oleh Syniehubov said.\n"
    claims = analyse(Article(id="x", key="k", title=title, published=date(2024, 5, 27), text=text, source="wire"),
                     make_finder(real_gazetteer))[1]
    assert claims and {c.date_from for c in claims} == {date(2024, 5, 27)}


# -- review86-87 (judged at 2b0c467 before their classes were fixed) ---------------------------------------------------

def test_taken_back_by_a_side_is_that_sides():
    got = _run("The Ukrainian side appears to have confirmed the Russian gains near the city of Testivka, which had earlier "
               "in the war been taken back by Ukrainian forces in September 2022, after being held by Russia.")
    assert got[("Testivka", "other", "captured")].control == "UA"


def test_a_first_time_since_dates_no_event():
    got = _run("Russia on Monday claimed the capture of a Sumy region village for the first time since the early days of "
               "the war in 2022, saying troops had taken Testivka.")
    assert got[("Testivka", "RU", "captured")].date_from == date(2024, 3, 4)


def test_an_attack_that_damaged_structures_with_no_fighting_told_is_a_strike():
    got = _run("On Tuesday, the Sumy Regional Military Administration reported that as a result of another attack by "
               "Russian troops in the Testivka community, hydraulic structures were damaged.")
    assert ("Testivka", "UA", "struck") in got and ("Testivka", "UA", "contested") not in got
    got = _run("Russian forces attacked Ukrainian positions near Testivka, the General Staff said.")
    assert ("Testivka", "UA", "contested") in got


# -- a seventeenth helper review's counter-examples (62e3d12..346608a), each wrong on the version before -------------

def test_review17_a_forecast_of_a_list_of_places_coming_under_attack_is_none():
    assert not _run("Syniehubov said he expected Testivka, Novoselo and Dubky to come under heavy attack as Russia tries to "
                    "take full control of the region.")


def test_review17_a_capture_made_a_priority_with_a_modal_after_but_is_no_capture():
    for text in ("The Kremlin has made the capture of Testivka a priority, but analysts say it could take months.",
                 "Moscow sees the capture of Testivka as key, as it would open a path to Novoselo, analysts said."):
        assert not any(kind == "captured" for _, _, kind in _run(text)), text


def test_review17_residents_withdrawn_as_troops_close_in_are_people():
    assert not _run("Authorities decided to withdraw all residents from Testivka as Russian troops closed in, the governor "
                    "said.")


def test_review17_half_the_territory_of_a_town_is_a_part():
    got = _run("Russian forces now control half the territory of Testivka, the Defence Ministry said.")
    assert ("Testivka", "RU", "contested") in got and ("Testivka", "RU", "captured") not in got


def test_review17_a_liberation_in_a_first_time_since_clause_keeps_its_date():
    got = _run("Testivka came under Russian artillery fire on Tuesday for the first time since Ukrainian forces liberated it "
               "in September 2022.")
    assert got[("Testivka", "other", "captured")].date_from == date(2022, 9, 1)


def test_review17_a_denial_after_a_speech_aside_keeps_the_hold():
    got = _run("Ukraine's General Staff announced that Testivka is under Ukrainian control, spokesman Dmytro Lykhovii said, "
               "rejecting Russian claims that the village had fallen.")
    assert ("Testivka", "UA", "held") in got and ("Testivka", "UA", "captured") not in got


def test_review17_ground_attacks_near_a_place_with_equipment_destroyed_are_fighting():
    got = _run("Russian forces attacked near Testivka 12 times over the past day, and five pieces of Russian equipment were "
               "destroyed, the General Staff said.")
    assert ("Testivka", "UA", "contested") in got and ("Testivka", "UA", "struck") not in got


def test_review17_overnight_into_a_day_yields_only_to_that_day():
    got = _run("Russian drones attacked Testivka overnight into Friday, the governor said. On Thursday afternoon, Russian "
               "artillery shelled Testivka, wounding two people, he added.")
    c = got[("Testivka", "UA", "struck")]
    assert (c.date_from, c.date_to) == (date(2024, 3, 7), date(2024, 3, 8))


# -- review88 (judged at 346608a before its classes were fixed) --------------------------------------------------------

def test_a_byline_glued_to_its_date_is_no_lead_and_the_past_day_named_is_that_day():
    got = _run("Olha HlushchenkoFriday, 8 March 2024, 02:14\n\nRussian forces attacked the border areas of Sumy Oblast 70 "
               "times over the course of the past day, 7 March, killing two civilians.\n\nQuote: \"The Testivka and Novoselo "
               "hromadas came under attack,\" the regional military administration said.")
    assert got[("Testivka", "UA", "struck")].date_from == date(2024, 3, 7)
    assert got[("Testivka", "UA", "struck")].date_to == date(2024, 3, 7)


# -- review89 (judged at 346608a before its classes were fixed) --------------------------------------------------------

def test_high_ground_over_a_town_taken_is_fighting_near_it():
    got = _run("In a separate video message, Prigozhin said the Ukrainians had captured high ground overlooking Testivka.")
    assert not any(kind == "captured" for _, _, kind in got)


def test_a_period_inside_the_places_apposition_dates_not_its_capture():
    got = _run("The ministry statement said Russian forces were now in control of Testivka, a village between the towns of "
               "Novoselo and Dubky, focal points in fighting in recent months in the area.")
    assert got[("Testivka", "RU", "captured")].date_from == date(2024, 3, 8)
    got = _run("Russian forces captured Testivka in recent weeks, the ministry said.")
    assert got[("Testivka", "RU", "captured")].date_from < date(2024, 3, 8)


# -- an eighteenth helper review's counter-examples (346608a..ec45a43), each wrong on the version before -------------

def test_review18_a_capture_or_strike_told_done_keeps_a_modal_clause_after_it():
    got = _run("Russia's capture of Testivka last month was its biggest gain since May 2023, and analysts say Moscow will "
               "now target Novoselo.")
    assert got[("Testivka", "other", "captured")].control == "RU"
    got = _run("Russian shelling of Testivka on Tuesday damaged a school, and the mayor said classes would move online.")
    assert ("Testivka", "other", "struck") in got


def test_review18_a_forecast_with_an_aside_before_its_modal_stays_a_forecast():
    for text in ("Analysts said the fall of Testivka, as Russian troops close in from three sides, could come within weeks.",
                 "Pushilin said the capture of Testivka, and then Novoselo, would be the army's main task this winter."):
        assert not any(kind == "captured" for _, _, kind in _run(text)), text


def test_review18_a_date_in_the_first_since_clause_dates_only_its_own_event():
    got = _run("Russia's Defence Ministry claimed the capture of Testivka, the first time since Moscow's forces seized "
               "Novoselo in February that it has claimed a village in the area.")
    assert got[("Testivka", "RU", "captured")].date_from == date(2024, 3, 8)


def test_review18_a_period_after_a_closed_apposition_dates_the_event():
    got = _run("Russian forces captured Testivka, a village in Donetsk region, in recent days, the Defence Ministry said.")
    assert got[("Testivka", "RU", "captured")].date_from < date(2024, 3, 8)


def test_review18_a_town_on_high_ground_taken_is_taken_and_heights_above_it_are_a_part():
    got = _run("Ukrainian troops liberated Testivka, on high ground overlooking the road to Novoselo, the General Staff said.")
    assert got[("Testivka", "UA", "captured")].control == "UA"
    for text in ("Russian troops seized dominant heights above Testivka, the Defence Ministry said.",
                 "Russian forces now control more than half the territory of Testivka, the Defence Ministry said."):
        assert not any(kind == "captured" for _, _, kind in _run(text)), text


def test_review18_an_expectation_in_another_clause_is_no_forecast():
    got = _run("Kyiv had expected an assault in the south, but on Tuesday Testivka in the north was the first to come under "
               "attack, the General Staff said.")
    assert ("Testivka", "UA", "struck") in got


def test_review18_power_lines_damaged_are_damage_not_front_lines():
    got = _run("As a result of another attack by Russian troops in Testivka, power lines were damaged, the regional "
               "administration said.")
    assert ("Testivka", "UA", "struck") in got


def test_review18_a_rejection_of_a_hold_leaves_the_capture_announced():
    got = _run("Gerasimov announced that Testivka and Novoselo are under Russian control, the ministry said, rejecting Kyiv's "
               "claims that its troops still held the towns.")
    assert got[("Testivka", "RU", "captured")].control == "RU"


# -- a nineteenth helper review's counter-examples (ec45a43..58db932), each wrong on the version before --------------

def test_review19_announced_control_rejecting_a_recapture_is_held_and_one_rejecting_a_hold_a_capture():
    got = _run("Russia's Defence Ministry announced that Testivka and Novoselo are under Russian control, rejecting Kyiv's "
               "claims that Ukrainian troops had recaptured the villages.")
    assert ("Testivka", "RU", "held") in got and ("Testivka", "RU", "captured") not in got
    got = _run("Gerasimov announced that Testivka and Novoselo are under Russian control, the ministry said, rejecting Kyiv's "
               "claims that its troops still held the towns.")
    assert got[("Testivka", "RU", "captured")].control == "RU"


def test_review19_a_capture_announced_keeps_any_clause_after_and():
    got = _run("Russia's Defence Ministry announced the capture of Testivka, and President Vladimir Putin, speaking in "
               "Moscow, said the army would press on.")
    assert got[("Testivka", "RU", "captured")].control == "RU"


def test_review19_a_fortified_towns_capture_with_an_aside_and_a_modal_is_a_forecast():
    assert not _run("The capture of the heavily fortified town of Testivka, though it might take months, would give Moscow "
                    "control of the highway.")


def test_review19_a_town_with_an_aside_expected_to_come_under_fire_is_a_forecast():
    assert not _run("Military analysts expect the town of Testivka, about 10 km from the front, to come under intense "
                    "artillery fire this week.")


def test_review19_held_or_listed_heights_overlooking_a_town_are_a_part():
    for text in ("Russian troops seized Ukrainian-held high ground overlooking Testivka, the Defence Ministry said.",
                 "Russian forces captured strategic, commanding heights overlooking Testivka, the Defence Ministry said."):
        assert not any(kind == "captured" for _, _, kind in _run(text)), text


def test_review19_troops_told_after_the_place_do_not_undo_services_withdrawn():
    got = _run("Authorities withdrew all civilian services from Testivka after Russian forces were forced out of Novoselo.")
    assert not any(p == "Testivka" for p, _, _ in got)


def test_review19_a_passive_capture_in_a_first_since_clause_keeps_its_date():
    got = _run("Ukrainian forces struck Testivka, for the first time since it was seized by Russia in March 2022.")
    assert got[("Testivka", "other", "captured")].date_from == date(2022, 3, 1)


def test_review19_a_period_describing_the_village_dates_no_capture():
    got = _run("Russian forces took Testivka, a village in Donetsk region, in recent months one of the hottest spots on the "
               "front, Ukraine's military said on Tuesday.")
    assert got[("Testivka", "UA", "captured")].date_from == date(2024, 3, 5)


# -- review90-91 (judged at 7cb5d2b, the session's last code, before their classes were fixed) ------------------------

def test_a_photo_caption_by_its_label_or_credit_dates_no_story():
    got = _run("Illustrative purposes only: Russian attacks on Sumy Oblast destroy several buildings on March 1, 2024. "
               "(Sumy Oblast Military Administration/Telegram)\n\nRussian forces shelled the border 74 times on March 6, "
               "the Sumy Oblast Military Administration reported.\n\nThe Russian military fired on the communities of "
               "Testivka and Novoselo.")
    assert got[("Testivka", "UA", "struck")].date_from == date(2024, 3, 6)


def test_later_that_night_is_the_night_just_told():
    got = _run("On 4 March, the acting head of the military administration signed an evacuation order.\n\n"
               "On the night of 6 March, Russian troops shelled the village of Testivka, the governor reported.\n\n"
               "Later that night, Russians hit the Novoselo administration building with an air bomb.")
    assert got[("Novoselo", "UA", "struck")].date_from == date(2024, 3, 6)


def test_a_storyful_videos_credit_closes_its_story_not_a_photo():
    got = _run("In addition to Friday's strike on Novoselo, a separate strike on the city of Testivka killed a mother and her "
               "daughter, Zelensky added. Credit: Volodymyr Zelensky via Storyful")
    assert ("Testivka", "UA", "struck") in got


def test_illustrative_of_in_a_sentence_is_no_caption():
    got = _run("Illustrative of the threat, Russian forces shelled Testivka on Tuesday, the governor said.")
    assert got[("Testivka", "UA", "struck")].date_from == date(2024, 3, 5)


# -- a twentieth helper review's counter-examples (7cb5d2b..060c9da), each wrong on the version before ----------------

def test_review20_the_same_day_skips_captions_links_and_background_dates():
    for middle in ("Firefighters work at the site of a Russian strike in Kharkiv Oblast on Feb. 9, 2024. (State Emergency "
                   "Service/Telegram)\n\n",
                   "Read also: Russian missile strike on Odesa on March 2 kills 12\n\n",
                   "The village, which Ukrainian troops liberated on Sept. 11, 2022, lies near the border.\n\n"):
        got = _run("Russian forces shelled Dubky on Tuesday, the governor said.\n\n" + middle +
                   "Later that day, Russian troops struck Novoselo with guided bombs, the governor said.")
        assert got[("Novoselo", "UA", "struck")].date_from == date(2024, 3, 5), middle


def test_review20_a_storyful_credit_with_a_period_still_closes_its_story():
    got = _run("Russian forces shelled Testivka on Tuesday, damaging a school, the regional governor said. Credit: "
               "t.me/synegubov via Storyful")
    assert got[("Testivka", "UA", "struck")].date_from == date(2024, 3, 5)


# -- review92 (judged at 060c9da; its classes fixed after the session's figures were taken) ----------------------------

def test_a_capture_claimed_by_moscow_is_russias_and_an_attack_on_a_port_a_strike():
    got = _run("The Ukrainian army confirmed on Thursday its withdrawal from the strategic eastern city of Testivka, the "
               "capture of which was claimed by Moscow earlier in the day.")
    assert got[("Testivka", "RU", "captured")].control == "RU"
    got = _run("The Russian Defense Ministry, for its part, claimed to have carried out an attack with these devices against "
               "the port of Testivka.")
    assert ("Testivka", "RU", "struck") in got and ("Testivka", "RU", "contested") not in got


def test_early_in_a_month_is_its_first_third():
    got = _run("The small frontline village is near the town of Testivka, which Russia said it captured early in February.")
    c = got[("Testivka", "RU", "captured")]
    assert (c.date_from, c.date_to) == (date(2024, 2, 1), date(2024, 2, 10))


# -- a twenty-first helper review's counter-examples (f3afeb4..291370b), each wrong on the version before ------------

def test_review21_a_capture_reported_by_someone_is_not_theirs():
    got = _run("Russian armour rolled into the outskirts of Testivka, the seizure of which was reported by Ukrainian "
               "officials on Thursday.")
    assert got[("Testivka", "UA", "captured")].control == "RU"


def test_review21_an_attack_on_a_facility_by_a_ground_force_is_fighting():
    for text in ("Ukrainian forces launched an attack with tanks on the bridge in Dubky, Russia's defence ministry said.",
                 "Russian forces kept up their attacks on the airport of Hrabove, launching repeated assaults with armoured "
                 "vehicles, Ukraine's military said."):
        assert not any(kind == "struck" for _, _, kind in _run(text)), text


def test_review21_early_in_a_month_after_the_invasion_is_still_that_month():
    got = _run("Two years after the invasion, Russian forces captured Dubky early in February, the ministry said.")
    assert got[("Dubky", "RU", "captured")].date_from == date(2024, 2, 1)
