"""Classes an unseen-page review (review19) found wrong on the map, each pinned by invented text."""

from __future__ import annotations

from geo.claims.attribution import Attributor
from test_claims import PUB, _run


def test_an_unqualified_ministry_whose_troops_completely_liberated_a_place_is_russias():
    got = _run("Ukraine's commander-in-chief said last week that Kyiv had pulled back from three villages. "
               "The Defense Ministry said Russian troops had \"completely liberated the village of Testivka.\"")
    assert ("Testivka", "RU", "captured") in got and ("Testivka", "UA", "captured") not in got


def test_the_general_staff_of_a_sides_military_is_that_sides():
    first = "Ukraine's military said on Monday that 43 Russian attacks were repelled."
    second = ("Peskov said Valery Gerasimov, chief of the Russian military's General Staff, reported to Putin "
              "on the capture of Testivka.")
    voices = Attributor(first + " " + second, [first, second], default="UA")
    voices.speakers(first)
    staff = [v for v in voices.speakers(second) if v.label == "General Staff"]
    assert staff and staff[0].side == "RU"


def test_the_russians_already_reported_is_russias_claim():
    got = _run("Almost two weeks ago, the Russians already reported the capture of Testivka.", url="https://uawire.org/x")
    assert ("Testivka", "RU", "captured") in got


def test_attacks_in_the_sector_around_a_town_name_a_sector():
    got = _run("Ukraine's military reported on Monday about 43 Russian attacks in the sector around Testivka.")
    assert not any(place == "Testivka" for place, _, _ in got)
    assert ("Testivka", "UA", "contested") in _run("Ukraine's military reported 12 Russian attacks near Testivka.")


def test_a_wire_photo_captions_date_dates_no_report_beside_it():
    got = _run("A Russian soldier stands next to a school damaged by shelling in Novoselo, eastern Ukraine, Monday, March 4, 2024. "
               "Two people were killed by shelling in Testivka, according to Ukrainian authorities.")
    assert got[("Testivka", "UA", "struck")].date_from == PUB


def test_a_withdrawal_from_part_of_a_town_named_in_brackets_is_no_loss_of_the_town():
    got = _run("\u201cTo avoid encirclement of the Ukrainian forces in the southern part of the settlement (Testivka), they were "
               "withdrawn from there,\u201d Ukraine's military spokesman said.")
    assert not any(kind == "captured" for place, _, kind in got if place == "Testivka")


def test_the_outlets_background_of_past_months_is_not_the_officials_report_before_it():
    got = _run("Ukrainian troops retreated from Testivka, the governor of the region said on Sunday. "
               "Russian forces launched a new offensive push in January along the eastern flank, with some of the most "
               "intense shelling taking place recently around Novoselo.")
    assert ("Novoselo", "UA", "struck") not in got
    got = _run("Russian forces shelled Testivka overnight, the governor of the region said on Sunday. "
               "A woman born in 1950 was injured by shelling in Novoselo.")
    assert ("Novoselo", "UA", "struck") in got
