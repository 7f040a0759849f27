"""Which places a cue reaches on real pages: lists past oblasts and appositives, lists a sentence opens
with, strike bulletins, relative clauses and landmarks (invented sentences)."""

from __future__ import annotations

from datetime import date

from test_claims import _run


def test_a_list_goes_on_past_the_oblast_of_its_first_place():
    got = _run("The Russian Defense Ministry claimed to have captured the settlements of Testivka in the northeastern "
               "Testska region, as well as Dubky, Lisne and Hrabove in the eastern Donetsk region.")
    assert {p for p, side, kind in got if side == "RU" and kind == "captured"} == {"Testivka", "Dubky", "Lisne", "Hrabove"}


def test_an_appositive_relative_clause_is_its_own_villages_alone():
    got = _run("Hanna Maliar said the Kremlin's forces are trying to regain lost positions near Novoselo and Dubky, "
               "another village near Hrabove which Ukrainian forces liberated on Friday.")
    # (the outlet's own aside about the village, not Maliar's words: the shared corpus's gold has it as "other")
    assert got[("Dubky", "other", "captured")].control == "UA"
    assert not any(p in ("Novoselo", "Hrabove") and kind == "captured" for p, _, kind in got)


def test_each_victims_place_of_a_strike_report_is_struck():
    got = _run("Separate attacks injured a 64-year-old man in the village of Testivka and a 56-year-old man in Dubky, "
               "according to Governor Oleh Syniehubov.")
    assert ("Testivka", "UA", "struck") in got and ("Dubky", "UA", "struck") in got


def test_an_appositive_after_a_landmark_is_about_the_landmark():
    got = _run("Testivka is located just west of Dubky, another city that fell to Russian forces in 2023.")
    assert ("Dubky", "other", "captured") in got and not any(p == "Testivka" for p, _, _ in got)


def test_a_list_goes_on_past_a_peoples_republic_between_commas():
    got = _run("Russian troops freed the settlements of Testivka, in the Donetsk People's Republic, and Dubky in the "
               "Kharkov region, the Russian Defense Ministry said.")
    assert ("Testivka", "RU", "captured") in got and ("Dubky", "RU", "captured") in got


def test_the_fall_of_which_is_the_fall_of_the_place_before_it():
    got = _run("Testivka and Dubky lie northeast of Lisne, the fall of which in February triggered an acceleration "
               "of the Russian offensive.")
    assert ("Lisne", "other", "captured") in got
    assert not any(p in ("Testivka", "Dubky") for p, _, _ in got)


def test_settlements_listed_as_under_fire_are_struck():
    got = _run("In addition, the head of the RMA noted, Testivka, Dubky, Lisne and other settlements were under fire.")
    assert {p for p, side, kind in got if side == "UA" and kind == "struck"} == {"Testivka", "Dubky", "Lisne"}


def test_a_bulletin_announced_by_an_official_gives_each_line_its_place():
    got = _run("Russian troops have been striking the region since the evening, governor Oleh Syniehubov said.\n\n"
               "According to him, Testivka and the district were shelled by enemies:\n\n"
               "June 8, 01: 50, Dubky village, Kupyansky district. As a result of enemy shelling, a private house was damaged.\n\n"
               "22: 50, Lisne village. As a result of enemy shelling from UAVs, a car was damaged.\n\n"
               "13: 20, Hrabove village. The gas pipeline was repaired.\n\n"
               "Also, in the village of Kamianka, a man was killed as a result of an explosion of ammunition.",
               published=date(2024, 6, 8))  # (published on the day its lines name: a day long before would be a recap)
    assert {p for p, side, kind in got if side == "UA" and kind == "struck"} == {"Testivka", "Dubky", "Lisne"}


def test_repelled_attacks_in_the_vicinity_of_places_named_far_after_the_cue():
    got = _run("According to Tarnavskyi, Ukrainian troops repelled 38 enemy attacks in the Hrabove direction over the "
               "last day in the vicinity of Testivka, Dubky and another 5 attacks near Lisne.")
    assert {p for p, side, kind in got if side == "UA" and kind == "contested"} == {"Testivka", "Dubky", "Lisne"}


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


def test_a_town_a_side_captured_in_an_appositive():
    got = _run("The settlement lies about 16 kilometres northwest of Testivka, a factory town Russia captured in February.")
    assert got[("Testivka", "other", "captured")].control == "RU"


def test_a_list_a_sentence_opens_with_after_its_source_and_the_past_day():
    got = _run("According to Prokudin, Testivka, Dubky, Lisne and the city of Hrabove came under hostile fire over the past day. "
               "According to the Russian Defense Ministry, the villages of Kamianka and Novoselo came under Russian control.")
    struck = {p: c for (p, side, kind), c in got.items() if side == "UA" and kind == "struck"}
    assert set(struck) == {"Testivka", "Dubky", "Lisne", "Hrabove"}
    assert struck["Testivka"].date_from == date(2024, 3, 7) and struck["Testivka"].date_to == date(2024, 3, 8)
    assert ("Kamianka", "RU", "captured") in got and ("Novoselo", "RU", "captured") in got


def test_a_list_member_far_from_all_the_others_is_left_out():
    from geo.claims.rules import extract_claims
    from geo.models import Article, Mention
    from test_claims import PUB
    coords = {"Antonivka": (46.68, 32.72), "Sadove": (46.60, 32.80), "Beryslav": (46.84, 33.42),
              "Inzhenerne": (46.65, 32.90), "Lvov": (49.84, 24.03)}  # the last read as Lviv, 600 km away
    text = "Shelling report\n\nAccording to Prokudin, Antonivka, Sadove, Beryslav, Inzhenerne and Lvov came under hostile fire."
    mentions = [Mention(start=text.index(n), end=text.index(n) + len(n), surface=n, kind="settlement", geonameid=i,
                        name=n, lat=lat, lon=lon, resolved=True, confidence=0.9)
                for i, (n, (lat, lon)) in enumerate(coords.items(), 1)]
    art = Article(id="x", key="k", title="Shelling report", published=PUB, text=text, source="wire")
    struck = {c.place for c in extract_claims(art, mentions) if c.kind == "struck"}
    assert struck == {"Antonivka", "Sadove", "Beryslav", "Inzhenerne"}


def test_villages_listed_with_their_hromadas_are_each_the_subject_and_the_hromada_is_not():
    got = _run("The regional military administration said the settlements of Testivka and Dubky in the Lisne hromada "
               "and Novoselo and Hrabove in the Kamianka hromada are under Russian control.")
    assert {p for p, side, kind in got if kind == "captured"} == {"Testivka", "Dubky", "Novoselo", "Hrabove"}
    assert all(got[(p, "UA", "captured")].control == "RU" for p in ("Testivka", "Dubky", "Novoselo", "Hrabove"))
    assert not any(p in ("Lisne", "Kamianka") for p, _, _ in got)


def test_a_side_saying_its_town_is_not_under_enemy_control_holds_it():
    got = _run("\"Our units are there, the town of Testivka is not under Russian control,\" the Ukrainian army spokesman said.")
    assert got[("Testivka", "UA", "held")].control == "UA"
    assert ("Testivka", "UA", "captured") not in got


def test_communities_liberated_that_had_previously_been_under_ukrainian_control_are_russias():
    got = _run("The Russian Defence Ministry said the troops liberated seventeen communities that had been previously "
               "under the control of the Ukrainian army: Testivka, Dubky and Lisne.")
    assert {p for p, side, kind in got if side == "RU" and kind == "captured"} == {"Testivka", "Dubky", "Lisne"}
    assert all(c.control == "RU" for c in got.values())


def test_the_uaf_withdrawing_as_russia_tells_it_is_a_russian_capture():
    got = _run("Putin stated that the statement by the leadership of the UAF about the withdrawal from Testivka was made "
               "for political reasons.")
    assert got[("Testivka", "RU", "captured")].control == "RU"


def test_fighting_at_one_village_and_near_others_is_fighting_at_each():
    got = _run("Fighting continues on the outskirts of the village of Testivka and near Dubky, Lisne and Hrabove, "
               "the head of the regional military administration said.")
    assert {p for p, side, kind in got if side == "UA" and kind == "contested"} == {"Testivka", "Dubky", "Lisne", "Hrabove"}


def test_a_town_near_which_another_was_taken_is_not_in_the_list():
    got = _run("Wagner claimed on Tuesday that its forces had taken over the city of Testivka, near Dubky.")
    assert ("Testivka", "RU", "captured") in got and not any(p == "Dubky" for p, _, _ in got)


def test_an_operation_continuing_to_liberate_villages_is_fighting_there():
    got = _run("Our forces continue the operation to liberate the villages of Testivka, Dubky and Lisne, "
               "the Russian-installed official said.")
    assert {p for p, side, kind in got if side == "RU" and kind == "contested"} == {"Testivka", "Dubky", "Lisne"}
    assert not any(kind == "captured" for _, _, kind in got)


def test_villages_near_which_battles_go_on_northwest_of_a_landmark_are_the_places():
    got = _run("Positional battles were ongoing to the northwest of Testivka near the settlements of Dubky and Lisne, "
               "the Ukrainian General Staff said.")
    assert {p for p, _, kind in got if kind == "contested"} == {"Dubky", "Lisne"}


def test_a_list_goes_on_past_a_members_dpr():
    got = _run("The Russian Ministry of Defense said its troops had taken control of Testivka in the DPR and Dubky "
               "in the Zaporizhzhia region.")
    assert {p for p, side, kind in got if side == "RU" and kind == "captured"} == {"Testivka", "Dubky"}


def test_a_border_guard_bulletin_listed_after_its_statement_is_the_services():
    got = _run("Russian troops attacked border communities yesterday, the State Border Guard Service reported on Facebook.\n\n"
               "\"The Russian army shelled 11 villages in four border communities: Lisne and Kamianka. They fired from mortars. "
               "In total, the border guards recorded 33 explosions,\" the statement reads and lists:\n\n"
               "- Lisne community: in the direction of Testivka village - two arrivals, possibly by attack UAVs; "
               "in the direction of Dubky village - one arrival.")
    assert {p for p, side, kind in got if side == "UA" and kind == "struck"} == {"Testivka", "Dubky"}
    assert not any(p in ("Lisne", "Kamianka") for p, _, _ in got)


def test_a_regional_round_up_goes_on_line_by_line_while_its_lines_report_strikes():
    got = _run("Two people were killed in the region over the past day as a result of Russian shelling.\n"
               "According to the agency, this was reported by the head of the Kharkiv Regional Military Administration, "
               "Oleh Synehubov.\n"
               "On the night of 12 October, at 01:30 in the village of Testivka, a household building burned down as a result "
               "of shelling. An 82-year-old woman was injured. In the evening, a house was burning as a result of shelling.\n"
               "In Kharkiv district at 23:30 in Dubky a fire broke out in a private household as a result of shelling. "
               "Around 16.00 in Lisne a house was partially damaged by shelling.", published=date(2023, 10, 12))
    assert {p for p, side, kind in got if side == "UA" and kind == "struck"} == {"Testivka", "Dubky", "Lisne"}


def test_communities_that_suffered_in_a_governors_report_were_struck():
    got = _run("Governor Ivan Petrenko said Russian artillery shelled the district six times overnight. "
               "Three communities suffered: Testivka, Dubky and Lisne; at least 70 shells flew here.")
    assert {p for p, side, kind in got if side == "UA" and kind == "struck"} == {"Testivka", "Dubky", "Lisne"}


def test_a_bulletins_where_and_when_lines_place_the_shelling_below_them():
    got = _run("According to the governor Oleh Petrenko, the situation over the past day is as follows:\n\n"
               "\u25aa\ufe0f 04-50, September 5, Testska district, Dubky TG, Testivka village, garden association. "
               "After the shelling, a country house burned.\n\n"
               "\u25aa\ufe0f After 22-00, Testska district, the village of Novoselo. The shelling damaged a school.",
               published=date(2023, 9, 5))
    assert ("Testivka", "UA", "struck") in got and ("Novoselo", "UA", "struck") in got


def test_a_commander_spelt_with_ii_speaks_for_ukraine():
    got = _run("Ukrainian forces drove out Russian troops from the villages of Testivka and Novoselo, "
               "Oleksandr Syrskii, the commander-in-chief, wrote on Facebook.")
    assert got[("Testivka", "UA", "captured")].control == "UA" and ("Novoselo", "UA", "captured") in got
