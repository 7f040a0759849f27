"""One vocabulary of ground war decides whether an attack is fighting or a strike, whichever wording told the
strike: a ground force named anywhere in the sentence keeps the attack a fight."""

from test_claims import _run


def test_any_ground_force_makes_an_attack_fighting_whatever_wording_told_a_strike():
    # each wording below is read as a strike when no ground force is named; each force here was missing from
    # the check that wording used before the vocabulary was one
    for text in ("Ukraine's General Staff said Russian paratroopers launched another night attack on Testivka.",
                 "Ukraine's General Staff said the deadliest attack on Testivka was carried out by Wagner mercenaries.",
                 "Ukraine's General Staff said Russian marines carried out an attack against the port of Testivka."):
        got = _run(text)
        assert ("Testivka", "UA", "contested") in got and ("Testivka", "UA", "struck") not in got, text


def test_with_no_ground_force_those_wordings_stay_strikes():
    for text in ("Ukraine's General Staff said Russia launched another night attack on Testivka.",
                 "Ukraine's General Staff said the deadliest attack on Testivka killed four people.",
                 "Ukraine's General Staff said the deadliest attack on Testivka was a combined missile and drone strike."):
        got = _run(text)
        assert ("Testivka", "UA", "struck") in got and ("Testivka", "UA", "contested") not in got, text


def test_storm_shadow_missiles_are_no_storming():
    # the missile's name is no assault: neither a fighting cue of its own nor a ground force that keeps an attack a fight
    for text in ("Ukraine's General Staff said Ukrainian forces attacked the port of Testivka with Storm Shadow missiles.",
                 "Ukraine's General Staff said Ukrainian forces struck Testivka with Storm Shadow missiles."):
        got = _run(text)
        assert ("Testivka", "UA", "struck") in got and ("Testivka", "UA", "contested") not in got, text
    assert ("Testivka", "UA", "contested") in _run("Ukraine's General Staff said Russian troops storm Testivka.")


# -- a twenty-second helper review's counter-examples (20b7dce..db6b0a8), each wrong on the version before -------------

def test_review22_words_that_also_name_other_things_keep_a_strike_a_strike():
    for text in ("As a result of the enemy attack on Testivka, a fire broke out at a warehouse, the head of the military "
                 "administration said, thanking the defenders.",
                 "Russia attacked Testivka overnight, causing a fire at a gas station, the governor said, praising the "
                 "defenders of the sky.",
                 "Ukraine's General Staff said an attack on the port of Testivka damaged a large landing ship."):
        got = _run(text)
        assert any(kind == "struck" for _, _, kind in got) and not any(kind == "contested" for _, _, kind in got), text


def test_review22_forces_named_at_an_airport_keep_the_attack_a_fight():
    got = _run("Chechen units launched an attack on the airport in Testivka on Tuesday, Ukraine's General Staff said.")
    assert not any(kind == "struck" for _, _, kind in got)


def test_review22_a_ground_attack_with_support_from_the_air_is_no_strike():
    for text in ("Russian assault groups attacked Testivka with drone support on Tuesday, the General Staff said.",
                 "Russian paratroopers attacked Testivka at about 6:00, the General Staff said.",
                 "Wagner fighters attacked Testivka at 5:30, the General Staff said."):
        assert not any(kind == "struck" for _, _, kind in _run(text)), text


# -- a twenty-third helper review's counter-examples (7d78d75), each wrong on the version before -------------------------

def test_review23_who_did_it_is_no_ground_force():
    for text in ("As a result of another night attack by the Russian army on Testivka, a fire broke out at a warehouse, "
                 "the governor said.",
                 "The death toll from the attack by Russian forces on Testivka has risen to 18, the governor said."):
        got = _run(text)
        assert ("Testivka", "UA", "struck") in got and ("Testivka", "UA", "contested") not in got, text


def test_review23_storm_shadow_with_a_hyphen_and_support_of_two_arms():
    got = _run("Ukraine struck a Russian command post in Testivka with Storm-Shadow missiles, the General Staff said.")
    assert ("Testivka", "UA", "struck") in got and ("Testivka", "UA", "contested") not in got
    got = _run("Russian troops attacked Testivka with drone and artillery support, the General Staff said.")
    assert ("Testivka", "UA", "struck") not in got
