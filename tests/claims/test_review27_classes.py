"""Classes an unseen-page review (review27) found wrong on the map, each pinned by invented text."""

from __future__ import annotations

from datetime import date

from test_claims import _run


def test_a_since_clause_dates_its_own_capture_not_the_sentences():
    got = _run("The fall of Testivka is Russia's biggest gain since it captured the city of Novoselo in May 2023.")
    assert all(c.date_from.year == 2024 for (place, _, _), c in got.items() if place == "Testivka")
    assert got[("Novoselo", "other", "captured")].date_from == date(2023, 5, 1)


def test_taking_the_offensive_is_no_capture():
    got = _run("\"The Centre grouping of troops, taking the offensive, took full control of the coke plant in Testivka,\" "
               "Russia's defence ministry said in a statement on Monday.")
    assert all(c.cue != "taking" for c in got.values())


def test_shelling_every_day_is_a_habit_not_a_strike():
    assert not _run("The Testska region is under heavy Russian shelling every day, the governor said.")
    got = _run("Russian troops shelled Testivka overnight, as they do every day, the governor said.")
    assert ("Testivka", "UA", "struck") in got
