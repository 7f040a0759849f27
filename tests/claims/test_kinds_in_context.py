"""What the words around a cue make of it, on wording seen in real reporting (invented sentences)."""

from __future__ import annotations

from datetime import date

from test_claims import _run


def test_entering_a_village_with_fighting_is_fighting_not_a_capture():
    got = _run("Russian troops entered Testivka with fighting, the Russian Defence Ministry said.")
    assert ("Testivka", "RU", "contested") in got
    assert ("Testivka", "RU", "captured") not in got


def test_an_attack_on_a_citys_district_is_a_strike():
    got = _run("The enemy attacked the central district of Testivka at night, regional governor Oleh Petrenko said.")
    assert ("Testivka", "UA", "struck") in got
    assert ("Testivka", "UA", "contested") not in got


def test_claims_of_a_capture_not_confirmed_by_ukraine_are_fighting():
    got = _run("A spokesman for the Ukrainian army said claims about the capture of Testivka appeared on Aug. 25 "
               "and were not confirmed by Ukraine at the time.")
    assert ("Testivka", "UA", "contested") in got
    assert ("Testivka", "UA", "captured") not in got


def test_reports_of_a_capture_not_confirmed_by_facts_are_a_denial():
    got = _run("Ukraine's General Staff said reports about the capture of Testivka are not confirmed by facts.")
    assert got[("Testivka", "UA", "held")].control == "UA"


def test_a_capture_an_effort_is_made_to_ensure_is_no_claim():
    got = _run("Ukraine's deputy defence minister said Russia had moved its main forces to the front to ensure "
               "the capture of Testivka.")
    assert got == {}


def test_a_killing_ground_is_a_figure_of_speech_and_declared_victory_is_a_capture():
    got = _run("Wagner officially declared victory in the battle of Testivka. It was not a battle for the land but "
               "the killing ground where Ukraine made its stand at Testivka.")
    assert got[("Testivka", "RU", "captured")].control == "RU"
    assert ("Testivka", "RU", "struck") not in got


def test_the_city_in_an_officials_title_is_not_the_town_under_attack():
    got = _run("Thousands were evacuated from a border town. Oleh Petrenko, head of police in Testivka, said the "
               "border town was being attacked on three sides.")
    assert not any(place == "Testivka" for place, _, _ in got)


def test_forces_now_in_control_of_a_village_have_taken_it():
    got = _run("The Russian Defence Ministry said its forces were now in control of Testivka.")
    assert got[("Testivka", "RU", "captured")].control == "RU"


def test_communities_attacked_overnight_on_a_date_are_struck_that_day():
    got = _run("Russian forces attacked the communities of Testivka and Dubky overnight on Feb. 25, regional governor "
               "Oleh Petrenko reported.")
    for place in ("Testivka", "Dubky"):
        c = got[(place, "UA", "struck")]
        assert c.date_from == c.date_to == date(2024, 2, 25)


def test_commanders_leaving_a_town_with_covering_forces_left_is_no_capture():
    got = _run("Ukrainian military commanders have left the city of Testivka, with only covering forces remaining, "
               "the Russian Defence Ministry said.")
    assert ("Testivka", "RU", "captured") not in got


def test_troops_captured_near_a_town_are_no_capture_of_it():
    got = _run("Ukraine's General Staff said its forces captured a group of Russian troops near Testivka.")
    assert not any(kind == "captured" for _, _, kind in got)


def test_units_hit_as_they_retreat_towards_a_town_are_no_strike_on_it():
    got = _run("Russian forces forced to retreat towards the city of Testivka are being hit with fire by Ukrainian "
               "artillery, a Ukrainian military spokesman said.")
    assert ("Testivka", "UA", "struck") not in got


def test_a_maps_caption_gives_no_claim():
    got = _run("The estimated Russian advance in Testivka as of Nov. 18, according to the DeepState monitoring "
               "service (DeepState/OpenStreetMaps)\n\nFighting continues elsewhere.")
    assert got == {}


def test_troops_that_claim_control_of_a_village_claim_its_capture():
    got = _run("According to a video published by President Volodymyr Zelensky, Ukrainian troops claim control of "
               "the village of Testivka.")
    assert got[("Testivka", "UA", "captured")].control == "UA"


def test_crossing_teams_stopped_near_villages_is_fighting_there_and_stopped_trains_are_nothing():
    got = _run("According to the Russian Defence Ministry, Ukrainian \"sabotage and reconnaissance\" teams were stopped "
               "while trying to cross the river near the villages of Testivka and Dubky. Trains were stopped in Novoselo, "
               "officials said.")
    assert ("Testivka", "RU", "contested") in got and ("Dubky", "RU", "contested") in got
    assert not any(place == "Novoselo" for place, _, _ in got)


def test_the_hromadas_attacks_affected_were_struck():
    got = _run("Source: Testska Oblast Military Administration\n\nQuote: \"A total of 101 explosions have been recorded. "
               "The attacks affected the Testivka, Dubky and Novoselo hromadas.\"")
    assert {p for p, side, kind in got if side == "UA" and kind == "struck"} >= {"Testivka", "Dubky", "Novoselo"}


def test_most_of_a_town_under_control_is_a_share_and_hitting_the_enemy_in_a_town_is_fighting():
    got = _run("The monitoring group DeepState showed most of Testivka under Russian control. The defense forces continue "
               "to hit the Russians in Dubky and cut off their logistics, the General Staff said.")
    assert ("Testivka", "other", "contested") in got and ("Testivka", "other", "captured") not in got
    assert ("Dubky", "UA", "contested") in got and ("Dubky", "UA", "struck") not in got


def test_evacuating_wounded_troops_is_no_strike():
    got = _run("The evacuation of wounded Ukrainian troops from the steelworks in Testivka is under way, President "
               "Volodymyr Zelenskiy confirmed.")
    assert ("Testivka", "UA", "struck") not in got


def test_a_death_toll_since_the_invasion_is_no_strike():
    got = _run("Authorities have said that at least 200 people have been killed in Testivka since Russia invaded Ukraine.")
    assert ("Testivka", "UA", "struck") not in got


def test_the_seizure_announced_after_a_capture_is_of_the_place_named_before():
    got = _run("Russian forces have reportedly captured the town of Testivka. The Russian Defense Ministry announced "
               "the seizure on Sunday, though the claim remains unverified.")
    assert got[("Testivka", "RU", "captured")].control == "RU"


def test_a_seizure_that_moves_the_front_away_from_a_city_is_not_its_capture():
    got = _run("The Russian Defense Ministry said its forces took Testivka. The seizure moves the front line further "
               "away from the city of Dubky, the ministry said.")
    assert not any(place == "Dubky" for place, _, _ in got)


def test_review14_wordings():
    got = _run("\"As a result of offensive operations by the allied forces, the settlement of Testivka in the Donetsk "
               "People's Republic has been completely liberated,\" the Russian Defence Ministry's spokesman said.")
    assert got[("Testivka", "RU", "captured")].control == "RU"
    got = _run("The situation in Testivka has been evolving since August, when Russians first entered the city.")
    assert not any(kind == "captured" for _, _, kind in got)
    got = _run("Oleh Syniehubov says Russia attacked the village of Testivka today at about 8:00 (Kyiv time).")
    assert ("Testivka", "UA", "struck") in got and ("Testivka", "UA", "contested") not in got
    got = _run("Ukraine has repeatedly accused Russia of shelling residential areas in Testivka and elsewhere.")
    assert got == {}


def test_review15_wordings():
    got = _run("Ukraine said Tuesday that its forces had pushed deeper into Russian defensive lines near the village of "
               "Testivka, a day after claiming control over the village.")
    assert got[("Testivka", "UA", "captured")].control == "UA"
    got = _run("Nazar Voloshyn, a Ukrainian army spokesman, reported that Ukrainian forces had withdrawn from the Kanal "
               "district in Testivka.")
    assert not any(kind == "captured" for _, _, kind in got)
    got = _run("Over 1.5 million people were without power in Testivka after a night attack by Russian kamikaze drones, "
               "President Volodymyr Zelensky said.")
    assert ("Testivka", "UA", "struck") in got and ("Testivka", "UA", "contested") not in got


def test_review16_wordings():
    got = _run("Ukraine on Monday said its troops had broken through Russia's defenses on the southern frontline and "
               "liberated the small village of Testivka last week.")
    assert got[("Testivka", "UA", "captured")].control == "UA"
    got = _run("Russian troops have liberated 40% of Testivka, taking control of the northern part of the city, the head "
               "of the region's civil-military administration, Vitaly Ganchev, said.")
    assert ("Testivka", "RU", "contested") in got and not any(kind == "captured" for _, _, kind in got)
