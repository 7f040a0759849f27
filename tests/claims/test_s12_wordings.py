"""Wordings of real reporting the twelfth session found the extractor missing, each wrong on the version before."""

from test_claims import _run


def test_a_single_guided_bomb_or_its_abbreviation_is_a_strike():
    for weapon in ("a guided bomb", "an aerial bomb", "a guided aerial bomb", "two KABs", "a UAB", "a FAB-500"):
        got = _run(f"Russian aircraft dropped {weapon} on Testivka on Tuesday, the regional governor said.")
        assert ("Testivka", "UA", "struck") in got, weapon


def test_a_bomb_shelter_is_no_strike():
    got = _run("Residents of Testivka spent the night in a bomb shelter, the regional governor said.")
    assert not any(kind == "struck" for _, _, kind in got)


def test_an_official_who_concedes_speaks():
    got = _run("The regional governor, Serhiy Gaidai, conceded Russian forces had taken most of Testivka.")
    assert ("Testivka", "UA", "contested") in got and ("Testivka", "other", "contested") not in got
