"""Classes an unseen-page review (review21) found wrong on the map, each pinned by invented text."""

from __future__ import annotations

from test_claims import _run


def test_advancing_into_the_ukrainian_defense_names_no_ukrainian_taker():
    got = _run("Russian troops advanced into the depths of the Ukrainian defense and liberated the settlements of "
               "Testivka and Novoselo, the Russian Defense Ministry said.")
    assert got[("Testivka", "RU", "captured")].control == "RU" and got[("Novoselo", "RU", "captured")].control == "RU"


def test_no_longer_controlling_a_place_is_no_hold():
    got = _run("In a message posted on Telegram, Denis Pushilin admitted that his forces no longer fully controlled "
               "either Testivka or Novoselo.")
    assert ("Testivka", "RU", "contested") in got
    assert not any(kind in ("held", "captured") for _, _, kind in got)
