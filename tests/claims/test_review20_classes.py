"""Classes an unseen-page review (review20) found wrong on the map, each pinned by invented text."""

from __future__ import annotations

from test_claims import _run


def test_a_strike_said_not_to_have_happened_is_no_strike():
    for text in ("Russian troops shelled four villages of the district, but no attacks on Testivka were recorded, the governor said.",
                 "According to the governor, the rest of Testivka was not affected by hostile attacks."):
        assert not any(place == "Testivka" and kind == "struck" for place, _, kind in _run(text)), text
    assert ("Testivka", "UA", "struck") in _run("Russian shelling killed two people in Testivka, the governor said.")


def test_a_count_of_buildings_under_control_is_a_share_of_the_town():
    got = _run("Servicemen of the Battlegroup West are completing the task of liberating Testivka, with 5,600 out of 8,600 "
               "buildings brought under control, the Russian Defense Ministry said.")
    assert ("Testivka", "RU", "contested") in got and ("Testivka", "RU", "captured") not in got


def test_a_separate_brigade_or_battalion_is_ukraines():
    got = _run("\u2018The 131st Separate Intelligence Battalion captured Testivka today,\u2019 a soldier says in a video.")
    assert all(c.control == "UA" for (place, _, kind), c in got.items() if place == "Testivka" and kind == "captured")
    assert any(place == "Testivka" and kind == "captured" for place, _, kind in got)
