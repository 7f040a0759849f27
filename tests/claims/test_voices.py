"""Who speaks on real pages: titles, agencies relaying officials, sides of unqualified voices, sources named
in the next sentence (invented sentences)."""

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


def test_a_side_that_maintains_it_captured_a_town_claims_it():
    got = _run("The clash of narratives goes on. Russia maintains it has captured the eastern city of Testivka.")
    assert got[("Testivka", "RU", "captured")].control == "RU"


def test_an_unqualified_ministry_saying_russia_liberated_a_village_is_russias():
    got = _run("The defense ministry said Russia had “liberated” the village of Testivka, on the outskirts of Dubky.")
    assert got[("Testivka", "RU", "captured")].control == "RU"
    assert not any(side == "UA" for _, side, _ in got)


def test_explosions_reported_after_an_officials_round_up_are_not_the_officials():
    got = _run("Russian shelling hit Testivka overnight, governor Ivan Petrenko said. "
               "Explosions were also reported in Dubky and Lisne.")
    assert ("Testivka", "UA", "struck") in got
    assert not any(side == "UA" and p in ("Dubky", "Lisne") for p, side, _ in got)


def test_reports_from_a_side_about_a_capture_are_its_claim_and_the_speaker_denies_them():
    got = _run("In reality, reports from the Kremlin about the capture of the cities of Testivka and Dubky are not "
               "confirmed by facts, the spokesman Viktor Trehubov said.")
    assert got[("Testivka", "RU", "captured")].control == "RU"
    assert ("Testivka", "UA", "held") in got and ("Dubky", "UA", "held") in got


def test_a_general_staff_report_that_states_repelled_assaults_is_the_general_staffs():
    got = _run("In the morning report from the General Staff of the Ukrainian Armed Forces on March 8, it was stated "
               "that Ukrainian defense forces repelled 41 enemy assault actions in the areas of Testivka and Dubky.")
    assert ("Testivka", "UA", "contested") in got and ("Dubky", "UA", "contested") in got


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


def test_occupied_and_under_our_control_and_russian_backed_fighters():
    got = _run("Testivka was completely occupied as of yesterday evening, a Ukrainian army spokesman said. "
               "\"The city of Dubky was placed under our control several weeks ago,\" Russian Defence Minister Andrei Belousov said. "
               "Russian-backed fighters said on Saturday that they had taken control of Lisne.")
    assert got[("Testivka", "UA", "captured")].control == "RU"
    assert ("Dubky", "RU", "captured") in got and ("Lisne", "RU", "captured") in got


def test_firing_on_communities_and_a_speaker_after_a_second_clause():
    got = _run("\"All day long, the Russian army was firing on Testivka, Dubky and Lisne communities,\" governor Serhiy Lysak wrote. "
               "Hrabove has become the first liberated settlement of the district, active fighting continues in the "
               "area, the head of the Kharkov military-civilian administration, Vitaly Ganchev, told TASS.")
    assert {p for p, side, kind in got if side == "UA" and kind == "struck"} == {"Testivka", "Dubky", "Lisne"}
    assert got[("Hrabove", "RU", "captured")].control == "RU"


def test_according_to_media_reports_and_officials_is_the_officials_claim():
    got = _run("Russian forces reportedly struck Testivka overnight, according to local media reports and regional officials.")
    assert ("Testivka", "UA", "struck") in got


def test_an_unqualified_voice_refuting_russian_information_is_ukraines():
    got = _run("The General Staff refuted the Russian information about the capture of Testivka and Dubky.")
    assert ("Testivka", "UA", "held") in got and ("Dubky", "UA", "held") in got
    assert got[("Testivka", "RU", "captured")].control == "RU"
    assert not any(side == "RU" and kind == "held" for _, side, kind in got)


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


def test_a_strike_whose_source_the_next_sentence_gives_on_telegram():
    got = _run("As a result of a Russian missile strike on Testivka, one person was killed, and 11 others were injured. "
               "This was reported on Telegram by Chief of the Testska Regional Military Administration, Vitalii Kim, "
               "according to Ukrinform.")
    assert ("Testivka", "UA", "struck") in got


def test_a_quote_closed_by_a_name_and_a_spokesman_title():
    got = _run("“The Russian invaders were not able to enter Testivka. The city remains under the control of the "
               "Ukrainian armed forces,” Andriy Kovalev, a spokesman for the Ukrainian military’s general staff, said on Thursday.")
    assert got[("Testivka", "UA", "held")].control == "UA"


def test_an_official_who_reported_the_attack_in_the_next_sentence_is_its_source():
    got = _run("The Russians shelled Testivka with artillery several times. Serhiy Lysak, the head of the regional "
               "military administration, reported the attack.")
    assert ("Testivka", "UA", "struck") in got


def test_a_long_quote_is_spoken_by_who_closes_it_in_its_paragraph():
    got = _run("Most residents have left the town, Vitaly Petrenko, head of the Russian-installed administration of "
               "the region, said.\n\n"
               "\"Our soldiers have advanced recently. Testivka has been liberated. It was a supply route. "
               "The fighting is hard. Many residents have left. Combat operations are underway there. "
               "Ukrainian troops are in their homes,\" he said.")
    assert got[("Testivka", "RU", "captured")].control == "RU"


def test_a_quote_left_open_at_the_end_of_its_paragraph_is_not_spoken_by_the_next_one():
    got = _run("The village was a key node of the defence:\n\n"
               "\"Testivka has been liberated. The enemy is running.\n\n"
               "Dubky was shelled overnight, the Russian Defence Ministry said.")
    assert not any(p == "Testivka" and side == "RU" for p, side, _ in got)


def test_a_former_president_speaks_for_no_side():
    got = _run("Ivan Petrenko, the previous Ukrainian President, reported that Ukrainian troops had recaptured Testivka.")
    assert ("Testivka", "other", "captured") in got
    assert not any(side == "UA" for _, side, _ in got)


def test_it_is_noted_that_relays_the_official_reported_before():
    got = _run("This was reported on Telegram by the regional military administration, the agency reports.\n\n"
               "\"At night, the Russians fired 31 times at the border areas. 55 explosions were recorded. "
               "The communities were shelled. Nobody was hurt.\n\n"
               "It is noted that the enemy fired at the Testivka community with mortars.")
    assert ("Testivka", "UA", "struck") in got
    assert ("Testivka", "other", "struck") not in got


def test_it_is_noted_that_without_an_official_before_is_the_outlets():
    got = _run("It is noted that the enemy fired at the Testivka community with mortars.")
    assert ("Testivka", "other", "struck") in got


def test_the_head_of_a_lower_case_regional_administration_closing_a_sentence_speaks_it():
    got = _run("Fighting continues near Testivka, the head of the regional military administration said.")
    assert ("Testivka", "UA", "contested") in got


def test_a_founder_who_took_to_telegram_is_the_he_of_the_next_sentence():
    got = _run("Ukraine's military said earlier that its soldiers are holding their ground in Dubky. "
               "Wagner's founder, Yevgeny Prigozhin, on Tuesday took to the messaging app Telegram and released an audio "
               "message. He added that the Ukrainian troops are surrounded at the centre of Testivka.")
    assert ("Testivka", "RU", "contested") in got and ("Testivka", "UA", "contested") not in got


def test_russian_or_ukrainian_sources_relayed_by_analysts_are_no_sides_voice():
    got = _run("Russian sources claimed that Russian forces advanced near Testivka. "
               "Russian and Ukrainian sources reported that positional battles were ongoing near Dubky.")
    assert ("Testivka", "other", "contested") in got and ("Dubky", "other", "contested") in got
    assert not any(side in ("RU", "UA") for _, side, _ in got)


def test_a_spokesman_named_in_another_spelling_speaks_for_his_side():
    got = _run("Ukraine has withdrawn from the villages of Testivka and Dubky, military spokesperson Dmytro Lykhoviy said.")
    assert got[("Testivka", "UA", "captured")].control == "RU"
    assert not any(side == "RU" for _, side, _ in got)


def test_a_monitor_associated_with_a_ministry_speaks_for_itself():
    got = _run("The Ukrainian DeepState OSINT project, which is closely associated with the Ministry of Defense of Ukraine, "
               "reported on Sunday that Russian troops had occupied most of Testivka.")
    assert ("Testivka", "other", "contested") in got and not any(side == "UA" for _, side, _ in got)


def test_they_are_the_officials_the_sentence_named_before_them():
    got = _run("Wagner's founder said on Monday that his forces had captured Testivka. The claims were not addressed directly "
               "by some senior Ukrainian military officials, however, they said that their forces have been holding firm "
               "against Russia's fierce attacks on Testivka.")
    assert got[("Testivka", "UA", "held")].control == "UA"
    assert ("Testivka", "RU", "held") not in got


def test_the_commander_of_an_operational_strategic_group_after_a_republic_speaks_for_ukraine():
    got = _run("The Armed Forces of Ukraine have gained a foothold on new lines of defense after retreating from Testivka "
               "in the Donetsk People's Republic, said the commander of the operational-strategic group of troops "
               "“Tavria” Alexander Tarnavsky.")
    assert got[("Testivka", "UA", "captured")].control == "RU"


def test_a_birth_year_is_no_event_date_and_the_russian_installed_mayor_speaks_for_russia():
    got = _run("An elderly woman born in 1937 was wounded after Ukrainian forces fired three shells at Testivka, "
               "Mayor Alexey Kulemzin said on Telegram.")
    c = got[("Testivka", "RU", "struck")]
    assert c.date_from == date(2024, 3, 8)


def test_an_unqualified_ministry_on_a_ukrainian_outlet_is_ukraines():
    body = "On 28 August, the Ministry of Defence officially confirmed the liberation of Testivka."
    got = _run(body, url="https://www.ukrinform.net/rubric-ato/3755000-example.html", source="")
    assert got[("Testivka", "UA", "captured")].control == "UA"
    assert ("Testivka", "RU", "captured") not in got


def test_the_side_an_outlet_leaves_unsaid():
    from geo.reading.outlets import outlet_side

    assert outlet_side("", "https://www.pravda.com.ua/eng/news/2024/02/17/7442640/") == "UA"
    assert outlet_side("Euromaidan Press") == "UA"
    assert outlet_side("TASS") == "RU" and outlet_side("", "https://sputnikglobe.com/20240218/x.html") == "RU"
    assert outlet_side("Reuters", "https://www.reuters.com/world/europe/x") is None


def test_a_voice_the_lexicon_cannot_name_ends_the_earlier_speakers_clause():
    got = _run("While the Wagner group claimed control of Testivka, the war-torn nation said its forces were "
               "holding out in Testivka.")
    assert ("Testivka", "RU", "captured") in got
    assert ("Testivka", "RU", "held") not in got


def test_an_outlet_relaying_an_officials_statement_does_not_speak():
    got = _run("Defence Minister Oleksii Reznikov, in a statement reported by the UNIAN news agency, said "
               "Kyiv's troops were still fighting in Testivka.")
    assert not any(claimant == "other" for _, claimant, _ in got)


def test_separatist_authorities_speak_for_russia():
    got = _run("Separatist authorities in the Donetsk region said Ukrainian shelling had killed two civilians in Testivka.")
    assert ("Testivka", "RU", "struck") in got
    assert ("Testivka", "UA", "struck") not in got


def test_a_towns_military_administration_abbreviated_speaks_for_ukraine():
    got = _run("Testivka, Dubky and Novoselo communities were shelled. This was reported by the Testska RMA, UNN reports.\n"
               "- Hrabove community: artillery shelling (6 explosions).\n"
               "- Lisne community: the enemy used mortars (11 explosions).")
    for place in ("Testivka", "Hrabove", "Lisne"):
        assert (place, "UA", "struck") in got, place


def test_the_statement_that_reads_is_the_one_announced_before():
    got = _run("Commander-in-Chief Oleksandr Syrskyi published a statement on the situation.\n\n"
               "\u201cI made a decision to withdraw our units from Testivka,\u201d the statement reads.")
    assert got[("Testivka", "UA", "captured")].control == "RU"


def test_ukraines_southern_defence_forces_speak_for_ukraine_and_their_military_after_them():
    got = _run("The Southern Defence Forces stated this on Telegram. \u201cPart of Testivka is under the control of "
               "Russian forces. They are actively conducting assault operations,\u201d the military said.")
    assert ("Testivka", "UA", "contested") in got and ("Testivka", "RU", "contested") not in got


def test_local_officials_of_the_peoples_republics_are_russias():
    got = _run("The Donetsk People's Republic was hit 42 times in the last 24 hours, with shelling in Testivka, "
               "according to local officials.")
    assert got[("Testivka", "RU", "struck")].claimant_label == "Russian-installed officials"
    got = _run("In Testivka, which faces the Russian-occupied town of Dubky, shelling killed a man, local officials said.")
    assert ("Testivka", "UA", "struck") in got


def test_the_statement_that_says_its_forces_took_a_village_is_the_ministrys():
    got = _run("Russia's Defence Ministry has claimed that its troops captured two settlements. The statement on "
               "Saturday said its forces had captured the village of Testivka.")
    assert got[("Testivka", "RU", "captured")].control == "RU"
    assert ("Testivka", "other", "captured") not in got


def test_a_ministrys_weekly_list_goes_on_through_its_groups_and_according_to_the_statement():
    got = _run("Russia said on Friday that its forces captured nine settlements over the past week. The Defense Ministry "
               "said in a statement that seven villages were taken. According to the statement, units of the Eastern "
               "military grouping took control of Testivka. The Western military group captured the settlement of "
               "Dubky, while the Southern group took Novoselo.")
    for place in ("Testivka", "Dubky", "Novoselo"):
        assert got[(place, "RU", "captured")].control == "RU", place


def test_a_group_capturing_a_village_in_the_outlets_words_is_not_russias_without_its_ministry():
    got = _run("The Southern group took Testivka after a week of fighting.")
    assert ("Testivka", "RU", "captured") not in got


def test_a_source_line_naming_an_officials_telegram_channel_gives_the_official_to_the_quote_below():
    got = _run("Invaders shell the district, two people injured.\n\n"
               "Source: Telegram channel of Valentyn Petrenko, the head of the Testska Regional State Administration\n\n"
               "Quote from Petrenko: ''15:40. A new Russian attack on the district. Five shells hit Testivka. "
               "Russians also attacked the Dubky hromada.\n\nDetails: the community declared a threat of shelling.")
    assert got[("Testivka", "UA", "struck")].claimant_label == "Ukrainian regional authorities"
    assert ("Dubky", "UA", "struck") in got


def test_a_source_lines_details_paragraphs_are_its_report_until_the_outlets_background():
    got = _run("Russian troops targeted settlements in the oblast over the past 24 hours.\n\n"
               "Source: Oleh Petrenko, Head of Testska Oblast Military Administration, on Telegram\n\n"
               "Quote: \"Enemy artillery targeted Testivka. The settlement of Dubky was subjected to airstrikes.\"\n\n"
               "Details: The official noted that Russian forces launched a Shahed UAV on the town of Novoselo.\n\n"
               "In addition, the Russians bombarded the village of Hrabove with Grad systems.\n\n"
               "Background: Shelling of Lisne was reported last week.")
    for place in ("Testivka", "Dubky", "Novoselo", "Hrabove"):
        assert (place, "UA", "struck") in got, place
    assert ("Lisne", "UA", "struck") not in got


def test_a_governor_with_a_russian_name_and_his_own_telegram_channel_speak_for_russia():
    got = _run("Governor Eugene Balitskiy, in a recent post on his Telegram channel, highlighted the capture of Testivka, "
               "a key fortified area.")
    assert got[("Testivka", "RU", "captured")].control == "RU"
    assert ("Testivka", "other", "captured") not in got


def test_claims_an_outlet_calls_false_citing_the_military_are_no_capture():
    got = _run("Claims that Russian troops have entered the village of Testivka are false, the public broadcaster "
               "Suspilne reported on May 24, citing the Ukrainian military command.")
    assert not any(kind == "captured" for _, _, kind in got)


def test_dispelling_doubts_that_a_brigade_left_a_town_is_no_withdrawal():
    got = _run("I want to dispel all doubts that the 72nd Brigade has left the city of Testivka, the brigade's "
               "commander said.")
    assert not any(kind == "captured" for _, _, kind in got)


def test_a_general_staff_summary_goes_on_through_its_fighting_lines():
    got = _run("The Armed Forces of Ukraine do not allow the invaders to gain a foothold near Testivka.\n\n"
               "This is stated in the operational update of the General Staff of the Armed Forces of Ukraine on Facebook.\n\n"
               "In the Testska direction, the invaders are strengthening the group.\n\n"
               "They used assault aircraft near the village of Dubky and carried out assault operations in the area of Novoselo.")
    assert ("Dubky", "UA", "contested") in got and ("Novoselo", "UA", "contested") in got


def test_fighting_after_a_ministry_quote_is_still_the_outlets_in_a_wire_story():
    got = _run("Russia's defence ministry said its forces had taken Testivka. Heavy fighting raged near Dubky, "
               "where the front has barely moved for months.")
    assert ("Dubky", "RU", "contested") not in got


def test_a_commander_named_after_his_title_speaks_for_what_is_according_to_him():
    got = _run("Ukrainian forces repel all attempts by the enemy to advance in the areas of Testivka and Dubky, "
               "according to commander of the AFU Ground Forces, Colonel-General Oleksandr Syrsky.")
    assert ("Testivka", "UA", "contested") in got and ("Dubky", "UA", "contested") in got


def test_a_statement_by_a_ministry_that_claimed_is_the_ministrys():
    got = _run("A statement by the Russian Defense Ministry claimed that its forces captured the village of Testivka.")
    assert got[("Testivka", "RU", "captured")].control == "RU" and ("Testivka", "other", "captured") not in got


def test_the_outlets_own_earlier_report_is_not_the_officials_round_up_going_on():
    got = _run("Governor Ivan Fedorov said Russian forces shelled Testivka overnight.\n\n"
               "As Ukrinform reported, over the past day, the invaders struck 317 times in 8 settlements of Testska region.")
    assert ("Testivka", "UA", "struck") in got and ("Testska", "UA", "struck") not in got


def test_an_unqualified_ministry_reporting_russian_forces_recapture_is_russias():
    got = _run("Russian forces have recaptured the village of Testivka, the Defense Ministry reported on Wednesday. "
               "Ukraine's General Staff said fighting went on near Dubky.")
    assert ("Testivka", "RU", "captured") in got and ("Testivka", "UA", "captured") not in got


def test_ukraines_deputy_defence_minister_malyar_speaks_for_ukraine():
    got = _run("Ukraine's deputy defence minister Hanna Malyar has said its forces finally established full control "
               "over the city of Testivka on Saturday.")
    assert got[("Testivka", "UA", "captured")].control == "UA" and ("Testivka", "RU", "captured") not in got
