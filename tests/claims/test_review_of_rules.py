"""Inputs a review of this session's rules found mishandled (invented sentences)."""

from __future__ import annotations

from test_claims import _run


def test_a_ukrainian_police_voice_stays_ukrainian_when_the_dpr_is_named():
    got = _run("Regional police said Russian shelling from the DPR hit Testivka.")
    assert ("Testivka", "UA", "struck") in got


def test_a_capture_with_its_place_before_it_or_after_a_comma_phrase_is_kept():
    for text in ("Russia's defence ministry announced Testivka's capture on Saturday.",
                 "Russia's defence ministry announced the capture, on Saturday, of Testivka."):
        assert ("Testivka", "RU", "captured") in _run(text), text


def test_a_side_reporting_the_other_sides_liberation_gives_that_side_control():
    got = _run("Ukraine's General Staff said Russian forces had liberated Testivka.")
    assert all(c.control == "RU" for (p, side, kind), c in got.items() if kind == "captured")


def test_the_city_after_its_mayor_is_his_city():
    got = _run("The mayor of Testivka said Russian troops had captured the city.")
    assert got[("Testivka", "UA", "captured")].control == "RU"


def test_not_confirmed_by_the_facts_is_a_denial():
    got = _run("Ukraine's General Staff said reports about the capture of Testivka were not confirmed by the facts.")
    assert ("Testivka", "UA", "held") in got


def test_entering_a_town_where_fighting_continues_is_fighting():
    got = _run("Russian troops entered Testivka, where fighting continues, the Russian Defence Ministry said.")
    assert ("Testivka", "RU", "contested") in got and ("Testivka", "RU", "captured") not in got


def test_a_ground_attack_at_an_hour_is_no_strike():
    got = _run("Ukraine's General Staff said Russian troops attacked Testivka at about 05:30 with armoured vehicles.")
    assert ("Testivka", "UA", "struck") not in got


def test_a_short_lower_case_clause_is_no_place_line():
    got = _run("In Testivka, quiet.\nA missile hit a school, killing two.")
    assert ("Testivka", "other", "struck") not in got and ("Testivka", "UA", "struck") not in got
