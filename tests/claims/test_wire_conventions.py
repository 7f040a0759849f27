"""Wire and agency wording seen on real pages: abbreviated titles, the DPR's JCCC mission, photo
captions, preparations, and axes listed with "and other directions" (invented sentences)."""

from __future__ import annotations

from test_claims import _run


def test_an_abbreviated_governor_speaks_for_ukraine():
    got = _run("Three people were killed when a Russian drone hit an apartment block in Testivka overnight, "
               "regional Gov. Oleh Petrenko said Saturday morning.")
    assert ("Testivka", "UA", "struck") in got


def test_the_dpr_mission_at_the_jccc_speaks_for_russia():
    got = _run("Ukrainian troops shelled Testivka and Dubky on Monday, the DPR representative office at the Joint "
               "Center for Control and Coordination of Issues Related to War Crimes of Ukraine (JCCC) reported.")
    assert got[("Testivka", "RU", "struck")].control is None
    assert ("Dubky", "RU", "struck") in got


def test_a_wire_photo_caption_gives_no_claim():
    assert _run("A general view of a market after a fire caused by shelling, in Testivka, Ukraine March 19, 2022.") == {}
    assert _run("Residents walk past a building damaged by shelling in Dubky, Ukraine, June 2, 2023.") == {}


def test_preparing_an_offensive_or_focusing_on_a_capture_is_no_claim():
    got = _run("Russian forces have replenished ammunition in preparation for offensive operations toward Testivka. "
               "Russian forces maintained a focus on capturing Dubky, analysts said.")
    assert got == {}


def test_towns_listed_as_directions_are_axes_not_fighting_in_them():
    got = _run("There is advancement in Testivka, Dubky and other directions, a Russian defence ministry spokesman said.")
    assert got == {}
