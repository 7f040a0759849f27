"""Classes an unseen-page review (review22) found wrong on the map, each pinned by invented text."""

from __future__ import annotations

from test_claims import _run


def test_a_towns_sister_city_is_the_place_not_the_town():
    got = _run("Ukraine signalled on Friday its troops were withdrawing from Testivka's sister city Novoselo.")
    assert not any(place == "Testivka" for place, _, _ in got)
    assert any(place == "Novoselo" and kind == "captured" for place, _, kind in got)


def test_its_troops_in_the_outlets_voice_belong_to_the_side_named_before():
    got = _run("Ukraine signalled on Friday its troops were withdrawing from Novoselo.")
    assert all(c.control == "RU" for (place, _, kind), c in got.items() if place == "Novoselo" and kind == "captured")
    got = _run("Russia signalled on Friday its troops were withdrawing from Novoselo.")
    assert all(c.control == "UA" for (place, _, kind), c in got.items() if place == "Novoselo" and kind == "captured")


def test_pro_russian_media_are_no_russian_official_voice():
    got = _run("Pro-Russian media have reported that a powerful explosion occurred in occupied Testivka.")
    assert ("Testivka", "other", "struck") in got and ("Testivka", "RU", "struck") not in got
    assert ("Testivka", "RU", "struck") in _run("Russian state media reported that Ukrainian shelling hit Testivka.")


def test_as_reported_opens_the_outlets_own_earlier_report():
    got = _run("The governor said Russian troops shelled Testivka on Monday. "
               "As reported, on March 3, the Russians fired 30 shells at Novoselo.")
    assert ("Testivka", "UA", "struck") in got
    assert ("Novoselo", "other", "struck") in got and ("Novoselo", "UA", "struck") not in got


def test_troops_entering_a_town_where_the_same_side_reports_fighting_claim_the_fighting():
    got = _run("Ukraine's military spokesman confirmed that Ukrainian troops had entered Testivka. "
               "He said fighting in the city was ongoing.")
    assert ("Testivka", "UA", "contested") in got and ("Testivka", "UA", "captured") not in got
    # alone, a side's own troops entering a place are a foothold there too (see test_precision_classes);
    # after the other side's withdrawal, they take it
    got = _run("Ukraine's military spokesman confirmed that Ukrainian troops had entered Testivka.")
    assert ("Testivka", "UA", "contested") in got and ("Testivka", "UA", "captured") not in got
    got = _run("Russian forces withdrew overnight. Ukraine's military spokesman confirmed that Ukrainian troops had entered Testivka.")
    assert ("Testivka", "UA", "captured") in got


def test_attacking_civilians_is_a_strike_not_fighting():
    got = _run("The governor said that Russian forces attacked civilians in the vicinity of Testivka.")
    assert ("Testivka", "UA", "struck") in got and ("Testivka", "UA", "contested") not in got
    assert ("Testivka", "UA", "contested") in _run("Ukraine's General Staff said Russian forces attacked near Testivka.")


def test_a_named_aide_to_an_occupation_minister_closing_the_sentence_speaks_for_it():
    got = _run("Russian troops have gained control of Testivka in the DPR, Vitaly Kiselev, an aide to the LPR interior "
               "minister, said on Tuesday.")
    c = got[("Testivka", "RU", "captured")]
    assert c.claimant_label == "Russian-installed officials" and c.control == "RU"
