"""Classes an unseen-page review (review29) found wrong on the map, each pinned by invented text."""

from __future__ import annotations

from test_claims import _run


def test_a_capture_expected_in_a_few_days_is_none_yet():
    got = _run("He said that Testivka has been completely in the hands of the Russian army for several weeks, and complete "
               "liberation of the neighboring settlement of Novoselo can be expected in a few days, Gerasimov said.")
    assert not any(kind == "captured" for _, _, kind in got)


def test_a_fall_yet_to_be_confirmed_is_no_capture_by_whoever_has_not_confirmed_it():
    got = _run("After months of fighting, the Russian military claimed on Monday morning to have captured the town of "
               "Testivka, though the fall of the city has yet to be confirmed by Kyiv.")
    assert ("Testivka", "RU", "captured") in got
    assert not any(side == "UA" for _, side, _ in got)
    got = _run("While Kyiv has yet to officially confirm the fall of Testivka to Russian troops, Ukrainian forces "
               "repelled 27 attacks in and around Testivka, the General Staff said.")
    assert not any(kind == "captured" for _, _, kind in got)


def test_a_fall_confirmed_by_kyiv_is_russian_control():
    got = _run("The fall of Testivka was confirmed by Kyiv on Monday.")
    assert all(c.control == "RU" for (place, _, kind), c in got.items() if kind == "captured")
    assert any(kind == "captured" for _, _, kind in got)


def test_the_enemy_does_not_control_it_is_held():
    got = _run("Russian troops tried to storm Testivka. \"Therefore, the enemy does not control it,\" the Ukrainian "
               "military emphasized.")
    assert got[("Testivka", "UA", "held")].control == "UA"
    assert ("Testivka", "UA", "captured") not in got
    got = _run("Ukrainian forces do not control Testivka any more, the Ukrainian military said.")
    assert got[("Testivka", "UA", "captured")].control == "RU"
