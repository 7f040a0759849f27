"""An official named once with a title ("Sumy Governor Oleh Hryhorov", "Oleh Hryhorov, the Sumy governor,") speaks for
their side when the article goes on with the surname alone ("Hryhorov said", "According to Hryhorov, ...")."""

from test_claims import _run


def test_a_surname_after_a_title_and_name_speaks_for_the_officials_side():
    for first in ("Sumy Governor Oleh Hryhorov said Russian troops shelled Testivka.",
                  "Oleh Hryhorov, the Sumy governor, said Russian troops shelled Testivka.",
                  "Oleh Hryhorov, the head of the Sumy regional military administration, said Russian troops shelled Testivka."):
        for then in ("According to Hryhorov, fighting is ongoing near Dubky.", "Hryhorov said fighting is ongoing near Dubky."):
            got = _run(first + " " + then)
            assert ("Dubky", "UA", "contested") in got, first + " " + then


def test_the_words_after_a_speech_verb_are_no_name_of_the_speaker():
    # "... Hryhorov said Russian troops ...": "Russian" is no person whose later words would be Ukraine's
    got = _run("Sumy Governor Oleh Hryhorov said Russian troops shelled Testivka. Russian said fighting is ongoing near Dubky.")
    assert ("Dubky", "UA", "contested") not in got


def test_fighting_near_villages_of_the_area_including_a_list_is_at_each():
    got = _run("Sumy Governor Oleh Hryhorov said fighting is ongoing near other villages in the area, including Testivka and Dubky.")
    assert ("Testivka", "UA", "contested") in got and ("Dubky", "UA", "contested") in got
