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


# A review of this session's rules found these misfires; each now holds.

def test_a_negation_away_from_the_strike_word_does_not_cancel_the_strike():
    for text in ("Russian forces have not stopped shelling Testivka, the governor said.",
                 "There was no let-up in the shelling of Testivka, the governor said.",
                 "Not a day goes by without Russian shelling of Testivka, the governor said."):
        assert ("Testivka", "UA", "struck") in _run(text), text


def test_russias_separate_units_stay_russian():
    for text in ("The Russian 155th Separate Naval Infantry Brigade captured Testivka, the Russian Defence Ministry said.",
                 "Fighters of the 810th Separate Guards Brigade captured Testivka, the Russian Defence Ministry said."):
        assert _run(text)[("Testivka", "RU", "captured")].control == "RU", text


def test_ground_beside_a_place_is_fought_near_it_and_the_list_goes_on():
    got = _run("Russian forces captured the heights near Testivka and the village of Novoselo, the Russian Defence Ministry said.")
    assert ("Testivka", "RU", "contested") in got and ("Novoselo", "RU", "captured") in got


def test_a_weekday_is_no_unknown_place_and_a_sector_near_a_place_is_near_it():
    assert ("Testivka", "UA", "contested") in _run("Russian forces attacked Thursday near Testivka, Ukraine's General Staff said.")
    assert ("Testivka", "UA", "contested") in _run("Russian forces attacked in a sector near Testivka, Ukraine's General Staff said.")
    assert ("Testivka", "UA", "contested") in _run("Fighting continued, but with less intensity, near Testivka, "
                                                   "Ukraine's General Staff said.")


def test_work_continuing_after_a_strike_keeps_the_strike():
    got = _run("Work continues to restore power after a Russian missile strike on Testivka, the governor said.")
    assert ("Testivka", "UA", "struck") in got
