"""Wordings found on real pages held out for two sessions (fresh19/fresh20, opened 2026-12-03, fourth
session), by class, each pinned by invented text the code before the fix got wrong: an unqualified
"the defense ministry" right after a country spoke is that country's."""

from __future__ import annotations

from test_claims import _run


def test_an_unqualified_ministry_after_a_country_spoke_is_that_countrys():
    text = ("Russia said on Wednesday it had taken control of a village in the Kharkiv region.\n\n"
            "The defense ministry said in a statement that its forces had taken the village of Testivka.\n\n"
            "The Ukrainian air force said it had shot down 65 drones overnight.")
    got = _run(text)
    assert got[("Testivka", "RU", "captured")].control == "RU"
    assert ("Testivka", "UA", "captured") not in got


def test_a_sentence_naming_a_side_keeps_its_own_reading():
    text = ("Russia said on Wednesday it had taken control of a village in the Kharkiv region.\n\n"
            "Ukrainian troops repelled the assault on Testivka, the military said.\n\n"
            "The Ukrainian air force said it had shot down 65 drones overnight.")
    got = _run(text)
    assert not [k for k in got if k[0] == "Testivka" and k[1] == "RU"]


def test_the_town_near_a_city_is_not_the_city():
    got = _run("Ukraine marked the day, the military said, as the town near Testivka marked the anniversary of its "
               "recapture in 2022.")
    assert not [k for k in got if k[0] == "Testivka"]
