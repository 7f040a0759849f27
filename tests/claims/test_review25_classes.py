"""Classes an unseen-page review (review25) found wrong on the map, each pinned by invented text."""

from __future__ import annotations

from datetime import date

from test_claims import _run


def test_the_side_pushed_out_loses_the_place():
    got = _run("The Russian Armed Forces have reportedly pushed Ukrainian troops out of the village of Testivka.")
    assert all(c.control == "RU" for (place, _, kind), c in got.items() if place == "Testivka" and kind == "captured")
    assert any(place == "Testivka" and kind == "captured" for place, _, kind in got)


def test_under_the_control_of_the_orcs_is_russian_control():
    got = _run("\u201cTestivka is under the control of the \u2018Orcs\u2019 (Russians),\u201d the governor said.")
    assert ("Testivka", "UA", "held") not in got
    assert got[("Testivka", "UA", "captured")].control == "RU"


def test_separatists_in_eastern_ukraine_speak_for_russia():
    got = _run("Russian-backed separatists in eastern Ukraine said on Thursday they had captured the towns of Testivka "
               "and Novoselo, the RIA news agency reported.")
    assert ("Testivka", "RU", "captured") in got and ("Novoselo", "RU", "captured") in got
    assert not any(side == "UA" for _, side, _ in got)
    # but the Security Service of Ukraine is Ukraine's
    got = _run("The Security Service of Ukraine said its forces had entered Testivka.")
    assert not any(side == "RU" for _, side, _ in got)


def test_forces_that_have_left_a_town_lost_it():
    got = _run("Ukrainian forces have left Testivka, pulling out to prepared positions outside the city, "
               "according to General Oleksandr Tarnavskyi.")
    c = got[("Testivka", "UA", "captured")]
    assert c.control == "RU" and ("Testivka", "UA", "contested") not in got


def test_a_share_of_the_villages_of_a_and_b_is_a_share_of_each():
    got = _run("On April 27, the spokesman Nazar Voloshyn said that two-thirds of the villages of Testivka and Novoselo "
               "were under the control of the Defense Forces of Ukraine.")
    assert ("Testivka", "UA", "contested") in got and ("Novoselo", "UA", "contested") in got
    assert not any(kind == "captured" for _, _, kind in got)
    got = _run("Two-thirds of the town of Testivka is under Ukrainian control, the governor said.")
    assert ("Testivka", "UA", "held") not in got


def test_square_kilometres_liberated_on_a_towns_flank_are_no_capture_of_it():
    got = _run("On July 24, Deputy Defense Minister Hanna Maliar said that Ukraine had made steady advances along "
               "Testivka's southern flank over the past week, liberating four square kilometers.")
    assert ("Testivka", "UA", "captured") not in got
    got = _run("Ukrainian forces liberated Testivka, regaining 20 square kilometres, Maliar said.")
    assert ("Testivka", "UA", "captured") in got


def test_a_screenshot_caption_claims_nothing():
    assert not _run("A screenshot of a video of Ukrainian troops announcing the liberation of Testivka in Testska Oblast, "
                    "July 7, 2023.")
    got = _run("Ukrainian troops liberated Testivka on July 7, the General Staff said.")
    assert got[("Testivka", "UA", "captured")].date_from == date(2023, 7, 7)


def test_attacking_the_city_from_the_sea_is_no_ground_fighting():
    got = _run("Testivka, a city in the south, is constantly shelled by the Russian army. As a result, the bus station "
               "and cinema were damaged. According to the Regional Military Administration, the Russian Federation is "
               "attacking the city from the sea.")
    assert not any(kind == "contested" for _, _, kind in got)


def test_entering_a_village_after_a_russian_retreat_is_ukraines_gain():
    got = _run("The military entered the village of Testivka south of Novoselo on July 25, following a Russian retreat.")
    assert all(c.control == "UA" for (place, _, kind), c in got.items() if place == "Testivka" and kind == "captured")
    assert any(place == "Testivka" and kind == "captured" for place, _, kind in got)
