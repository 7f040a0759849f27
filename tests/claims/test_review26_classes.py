"""Classes an unseen-page review (review26) found wrong on the map, each pinned by invented text."""

from __future__ import annotations

from datetime import date

from test_claims import _run


def test_control_of_ukraines_city_of_x_is_no_ukrainian_control():
    got = _run("The head of Russia's mercenary group Wagner, Yevgeny Prigozhin, said his fighters had taken control of "
               "Ukraine's city of Testivka after intense fighting, but some urban battles continued.")
    assert got[("Testivka", "RU", "captured")].control == "RU"
    assert got.get(("Testivka", "UA", "held")) is None
    assert _run("Testivka is under the control of Ukraine, the governor said.")[("Testivka", "UA", "held")].control == "UA"


def test_a_date_in_an_aside_on_the_place_does_not_date_the_strike():
    got = _run("A 64-year-old man suffered a penetrating injury from shelling while in his own garden in Testivka, "
               "site of some of the fiercest fighting in recent weeks.")
    assert got[("Testivka", "other", "struck")].date_from == date(2024, 3, 8)
    assert ("Testivka", "other", "contested") not in got or got[("Testivka", "other", "contested")].cue == "fighting"


def test_quoted_words_take_no_date_from_an_aside_after_the_speaker():
    got = _run("\u201cRussian occupiers once again shelled Testivka,\u201d Zelenskiy said, referring to the southern port "
               "city, abandoned by Russian forces late last year but now regularly shelled.")
    assert got[("Testivka", "UA", "struck")].date_from == date(2024, 3, 8)
    got = _run("\u201cOur troops liberated Testivka,\u201d Zelenskiy said on Monday.")
    assert got[("Testivka", "UA", "captured")].date_from == date(2024, 3, 4)
    got = _run("President Zelensky told the nation on Monday that \u201cTestivka is holding on despite everything\u201d.")
    assert all(c.date_from == date(2024, 3, 4) for (place, _, _), c in got.items() if place == "Testivka")


def test_withdrawing_troops_in_some_areas_of_a_town_is_no_loss_of_it():
    got = _run("Ukraine is conducting a manoeuvre in the embattled town of Testivka to withdraw troops in some areas to "
               "\"more advantageous positions\", military spokesman Dmytro Lykhoviy said on Thursday.")
    assert ("Testivka", "UA", "captured") not in got
    got = _run("Ukrainian troops withdrew from Testivka to more advantageous positions, spokesman Dmytro Lykhoviy said.")
    assert got[("Testivka", "UA", "captured")].control == "RU"


def test_a_screen_grab_caption_claims_nothing():
    assert not _run("This screen grab from a clip shared by Ukrainian armed forces shows troops with a flag after "
                    "purportedly liberating the village of Testivka in the Testska region.")


def test_a_week_has_passed_since_dates_the_capture_a_week_back():
    got = _run("A week has passed since Russian President Vladimir Putin publicly announced the capture of the Ukrainian "
               "city of Testivka.")
    c = got[("Testivka", "RU", "captured")]
    assert date(2024, 2, 28) <= c.date_from <= c.date_to <= date(2024, 3, 3)


def test_a_date_opening_the_sentence_dates_the_quote_it_introduces():
    got = _run("In July, the General Staff said Ukrainian soldiers \u201ccompetently repelled another combat reconnaissance "
               "attempt near Testivka\u201d.", published=date(2024, 9, 19))
    assert got[("Testivka", "UA", "contested")].date_from == date(2024, 7, 1)
