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
