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


def test_a_kyiv_independent_photo_caption_gives_no_claim():
    got = _run("Police officer Oleksii Kharkivskyi looks at smoke rising from a Russian glide bomb impact site in Testivka, "
               "Testska Oblast, on May 11, 2024. (Francis Farrell/The Kyiv Independent)")
    assert not any(place == "Testivka" for place, _, _ in got)


def test_an_all_capitals_dateline_with_its_oblast_is_no_place_of_the_story():
    from geo.reading.sentences import dateline_end
    line = "VOVCHANSK, KHARKIV OBLAST \u2013 The glide bombs arrive in groups of three."
    assert line[dateline_end(line):].startswith("The glide bombs")


def test_recapturing_areas_in_the_south_of_a_village_is_no_recapture_of_it():
    got = _run("Geolocated footage indicates that Ukrainian forces recently recaptured areas in southern and central Testivka.")
    assert not any(kind == "captured" for _, _, kind in got)
    assert ("Testivka", "UA", "captured") in _run("Ukrainian forces recaptured Testivka, the General Staff said.")


def test_a_sides_ministry_of_another_portfolio_speaks_for_that_side():
    got = _run("Ukraine's Health Ministry said Russian shelling killed two people in Testivka.")
    assert ("Testivka", "UA", "struck") in got and ("Testivka", "RU", "struck") not in got
    got = _run("Russia's Emergencies Ministry said Ukrainian shelling killed two people in Testivka.")
    assert got[("Testivka", "RU", "struck")].claimant_label == "Russian officials"
    assert _run("Russia's Defence Ministry said its forces captured Testivka.")[("Testivka", "RU", "captured")].claimant_label \
        == "Russian Defense Ministry"


def test_the_outlets_framing_after_a_reported_capture_is_the_outlets():
    got = _run("On Saturday, Russian forces claimed the capture of the village of Testivka, marking another small but "
               "significant advance as Moscow pushes forward near the town of Novoselo.")
    assert ("Testivka", "RU", "captured") in got
    assert not any(place == "Novoselo" and side == "RU" for place, side, _ in got)


def test_a_monitor_close_to_a_ministry_speaks_for_itself():
    got = _run("Earlier this week, analysts of the DeepState group, close to Ukraine's Defense Ministry, reported an "
               "intensification of fighting in the area of Testivka.")
    assert ("Testivka", "other", "contested") in got and ("Testivka", "UA", "contested") not in got
