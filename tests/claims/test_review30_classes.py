"""Classes an unseen-page review (review30) found wrong on the map, each pinned by invented text."""

from __future__ import annotations

from datetime import date

from test_claims import _run


def test_a_share_of_the_buildings_in_a_town_is_fighting():
    got = _run("The Russian army said it controlled more than 65 percent of the buildings in Testivka.")
    assert ("Testivka", "RU", "captured") not in got


def test_a_day_before_opening_a_sentence_is_the_day_before():
    got = _run("A day before, Russian chief of the General Staff Valery Gerasimov also said Testivka was taken.")
    assert got[("Testivka", "RU", "captured")].date_from == date(2024, 3, 7)
    got = _run("Russian troops captured Testivka a day before the talks, the ministry said.")
    assert got[("Testivka", "RU", "captured")].date_from == date(2024, 3, 8)


def test_a_counter_attack_that_could_soon_be_launched_is_none_yet():
    assert not _run("A senior commander of the Ukrainian military said on Thursday that a counter-attack could soon be "
                    "launched against exhausted Russian forces near Testivka.")
    got = _run("Ukrainian forces launched a counter-attack near Testivka on Thursday, the General Staff said.")
    assert ("Testivka", "UA", "contested") in got
