"""Claims the annotated corpora hold and the extractor missed, by class (each pinned by invented
text that the code before the fix got wrong): who reports a paragraph, lists that go on past
"as well as the town of", troops fleeing a place, and the capital named in a list."""

from __future__ import annotations

from datetime import date

from geo.jobs.pipeline import analyse, make_finder
from geo.models import Article
from test_claims import _run


def test_a_report_line_speaks_for_the_paragraph_it_closes():
    got = _run("Russian troops control 70% of Testivka. Some Ukrainian troops retreated to better positions. "
               "The town of Dubky is completely under Ukrainian control.\n\n"
               "This was announced by the head of the Luhansk oblast military administration Serhiy Haidai.")
    assert got[("Dubky", "UA", "held")].claimant_label == "Ukrainian regional authorities"
    assert ("Testivka", "UA", "contested") in got
    assert not any(k[1] == "other" for k in got)


def test_a_report_line_does_not_reach_past_a_voice_or_a_paragraph():
    got = _run("Russian troops control 70% of Testivka.\n\n"
               "The town of Dubky is completely under Ukrainian control.\n\n"
               "This was announced by the head of the Luhansk oblast military administration Serhiy Haidai.")
    assert ("Dubky", "UA", "held") in got
    assert ("Testivka", "UA", "contested") not in got


def test_stated_by_a_named_person_with_a_role():
    got = _run("Over the past day, Russian occupants shelled Testivka 65 times, damaging a hospital.\n\n"
               "This was stated by Oleksandr Tolokonnikov, head of the Kherson Regional Military Administration, at a briefing.")
    assert got[("Testivka", "UA", "struck")].claimant_label == "Ukrainian regional authorities"


def test_reported_by_an_outlet_before_a_side_acting_gives_that_side_no_voice():
    got = _run("As earlier reported by Ukrinform, Russian forces carried out nearly 70 strikes across Testivka, "
               "leaving nine people wounded.")
    assert ("Testivka", "RU", "struck") not in got


def test_a_list_goes_back_past_as_well_as_the_town_of():
    got = _run("According to the Defense Ministry, the villages of Testivka, Novoselo, and Dubky, as well as the town "
               "of Lisne, came under Russian control.")
    assert {("Testivka", "RU", "captured"), ("Novoselo", "RU", "captured"), ("Dubky", "RU", "captured"),
            ("Lisne", "RU", "captured")} <= set(got)


def test_troops_fleeing_a_place_lose_it_but_civilians_fleeing_do_not():
    got = _run("Russian troops hastily fled from Testivka, the Ukrainian General Staff said.")
    assert got[("Testivka", "UA", "captured")].control == "UA"
    got = _run("Residents fled from Testivka as Russian shelling intensified, the governor said.")
    assert not any(k[2] == "captured" for k in got)


def test_a_withdrawal_in_the_present_tense():
    got = _run("The Russian army withdraws from Testivka, the Russian Defense Ministry said.")
    assert got[("Testivka", "RU", "captured")].control == "UA"


def test_the_capital_named_last_in_a_list_of_targets(real_gazetteer):
    text = "Russian missiles hit Kharkiv, Kryvyi Rih and the capital Kyiv overnight, Ukraine's air force said."
    _, claims = analyse(Article(id="x", key="k", title="Strikes", published=date(2024, 2, 20), text=text, source="wire"),
                        make_finder(real_gazetteer))
    assert {"Kharkiv", "Kryvyi Rih", "Kyiv"} <= {c.place for c in claims if c.kind == "struck" and c.claimant == "UA"}


def test_the_head_of_state_said_is_the_president_named_before():
    got = _run("Russian troops will move on after liberating Dubky, President Vladimir Putin said at his press conference.\n\n"
               "\u201cIn the Kharkov Region, as you know, the city of Testivka was placed under our control already several "
               "weeks ago. Our troops are controlling the city,\u201d the head of state said.")
    assert got[("Testivka", "RU", "captured")].claimant_label != "wire"


def test_a_spokesman_of_a_group_named_in_quotes_speaks_for_that_group():
    got = _run("Russian troops managed to break through and gain a foothold in Testivka. However, the part of the village "
               "where the Russians are is under fire control of the Ukrainian troops, the fighting continues.\n\n"
               "This was reported by the spokesman of the \u201cKhortytsia\u201d operational-strategic group Nazar Voloshyn "
               "in a comment to Interfax-Ukraine.")
    assert ("Testivka", "UA", "contested") in got
    assert not any(side == "RU" for _, side, _ in got)


def test_according_to_a_named_head_of_a_city_military_administration():
    got = _run("The invaders want to capture Dubky, according to Vitaliy Barabash, head of the Testivka city military "
               "administration, on Radio Liberty.\n\nHowever, according to him, Dubky remains under the control of Ukrainian troops.")
    assert got[("Dubky", "UA", "held")].claimant_label == "Ukrainian regional authorities"
