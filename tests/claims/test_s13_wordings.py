"""Wordings of real reporting the thirteenth session found the extractor reading wrong, each wrong on the version before."""

from datetime import timedelta

from test_claims import PUB, _run


def test_the_statement_said_after_a_quotation_is_the_ministry_that_issued_it():
    # '"Yesterday, ... missiles attacked ... in X," the statement said': the ministry speaks, of the day before
    got = _run("The Russian Defence Ministry published a message on the strike. \"Yesterday, high-precision Kalibr missiles "
               "attacked the garrison house of officers in Testivka,\" the statement said.")
    c = got[("Testivka", "RU", "struck")]
    assert c.date_from == PUB - timedelta(days=1)
    assert ("Testivka", "other", "struck") not in got


def test_the_statement_is_the_voice_that_issued_it_not_the_last_one_named():
    # another voice ("Russian media said") spoke after the one that "said in a statement"
    got = _run("\"Testivka was, is and will be Ukrainian,\" the Ukrainian military said in a statement, adding that pictures "
               "Russian media said were taken in Testivka had been taken elsewhere. \"Russian troops shelled Dubky overnight,\" "
               "the statement said.")
    assert ("Dubky", "UA", "struck") in got and ("Dubky", "RU", "struck") not in got


def test_a_time_named_to_compare_does_not_date_the_event():
    got = _run("The enemy attacked the Testivka community, like last year, with Kh-22 missiles, the regional governor said.")
    c = got[("Testivka", "UA", "struck")]
    assert c.date_from == PUB
