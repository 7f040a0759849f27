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


def test_a_goal_told_with_how_long_it_has_been_pursued_is_no_capture():
    # "focused for weeks on seizing X, are now intent on capturing its coking plant": the aim, not a capture
    got = _run("Russian forces, focused for weeks on seizing the town of Testivka, are now intent on capturing its vast "
               "coking plant, the town's mayor said on Friday.")
    assert not any(kind == "captured" for _, _, kind in got)


def test_an_office_named_by_a_common_noun_before_its_title_closes_the_words_said():
    got = _run("The village of Testivka was recaptured by Ukrainian marines, the navy's spokesman Dmytro Pletenchuk told "
               "Reuters.")
    assert ("Testivka", "UA", "captured") in got and ("Testivka", "other", "captured") not in got
    # (not a new clause: "and the navy's spokesman ... told Reuters that ..." speaks for what follows)
    got = _run("Russian troops shelled Testivka, and the navy's spokesman Dmytro Pletenchuk told Reuters that Dubky was calm.")
    assert ("Testivka", "UA", "struck") not in got


def test_conditions_for_a_capture_are_its_aim():
    got = _run("Russian troops have created favorable conditions for capturing Testivka, the commander said.")
    assert not any(kind == "captured" for _, _, kind in got)


def test_the_anniversary_of_a_second_world_war_liberation_is_no_capture():
    got = _run("Russian invaders struck the town on the anniversary of the liberation of Testivka from the Nazis, "
               "celebrated on 6 September.")
    assert not any(kind == "captured" for _, _, kind in got)


def test_an_attack_on_a_cafe_or_shop_is_a_strike():
    got = _run("On Thursday, Russian troops attacked a cafe and a shop in the village of Testivka, the governor said.")
    assert ("Testivka", "UA", "struck") in got and not any(kind == "contested" for _, _, kind in got)


def test_an_attack_counted_by_its_fatalities_is_a_strike():
    got = _run("A night-time Russian attack on Testivka resulted in three fatalities, according to the head of the city's "
               "military administration.")
    assert ("Testivka", "UA", "contested") not in got and ("Testivka", "UA", "struck") in got
