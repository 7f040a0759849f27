"""Classes an unseen-page review (review18) found wrong on the map, each pinned by invented text."""

from __future__ import annotations

from datetime import date

from geo.jobs.pipeline import analyse, make_finder
from geo.models import Article
from test_claims import _run


def test_where_fire_comes_from_is_not_where_it_lands():
    got = _run("Putin said troops had pushed the enemy away from Testivka, which it had been shelling from Novoselo.")
    assert not any(place == "Novoselo" and kind == "struck" for place, _, kind in got)
    got = _run("Ukraine's General Staff said Russian forces shelled Testivka from the direction of Novoselo.")
    assert ("Testivka", "UA", "struck") in got and not any(place == "Novoselo" for place, _, _ in got)


def test_a_range_of_targets_from_a_to_b_is_struck_at_both_ends():
    got = _run("Russia launched missiles at targets from Testivka and Novoselo to Dubky, the Ukrainian air force said.")
    assert ("Testivka", "UA", "struck") in got


def test_taking_the_area_outside_a_town_is_not_taking_the_town():
    for text in ("Shoigu told Putin assault units had taken the \u201cpowerfully fortified\u201d area just outside Testivka.",
                 "The Russian Defence Ministry said its forces had liberated positions near Testivka."):
        assert not any(kind == "captured" for _, _, kind in _run(text)), text


def test_a_name_the_gazetteer_lacks_is_not_replaced_by_its_landmark():
    # "Maiorsk" is no place of the test gazetteer: Testivka only locates it
    got = _run("Russian forces captured Maiorsk near Testivka, the Russian Defence Ministry said.")
    assert not any(place == "Testivka" and kind == "captured" for place, _, kind in got)
    got = _run("Russian forces captured Novoselo near Testivka, the Russian Defence Ministry said.")
    assert ("Novoselo", "RU", "captured") in got and ("Testivka", "RU", "captured") not in got


def test_military_correspondents_are_bloggers_and_the_majority_of_a_town_is_a_share():
    got = _run("According to Russian military correspondents, the majority of Testivka is now under Russian control.")
    assert ("Testivka", "other", "contested") in got
    assert not any(kind == "captured" or side == "RU" for _, side, kind in got)


def test_a_hromada_heading_a_round_up_is_not_struck_itself(real_gazetteer):
    # a Border Guard round-up: the community names group the villages hit; its centre is not said to be hit
    text = ("Explosions on the border\n\nIn Novhorod-Siverska community, 3 explosions were recorded (probably from a UAV "
            "strike) in the direction of Hremyach and Chaikyne, and in Semenivka community, 43 explosions were recorded "
            "(probably from a 120 mm mortar, FPV drones and cannon artillery) in the vicinity of Semenivka, Mykolaivka, Orlykivka.")
    _, claims = analyse(Article(id="x", key="k", title="Explosions on the border", published=date(2024, 9, 7), text=text,
                                source="unn.ua"), make_finder(real_gazetteer))
    struck = {c.place for c in claims if c.kind == "struck"}
    assert {"Hremiach", "Mykolaivka"} <= struck and "Novhorod-Siverskyi" not in struck


def test_an_asides_year_does_not_date_the_report_and_an_attack_with_a_fire_is_a_strike():
    got = _run("In a separate development, the Russian-installed head of Testska, Ukraine's peninsula seized by Moscow in 2014, "
               "reported an \u201cenemy attack\u201d and a fire in the port of Novoselo in the early hours of Tuesday.")
    c = got[("Novoselo", "RU", "struck")]
    assert c.date_from == date(2024, 3, 5)


def test_a_denial_with_its_own_object_does_not_reach_back_to_the_places_before():
    got = _run("Ukraine's military spokesman said Russian troops were attempting to break through toward Testivka. "
               "He dismissed media reports suggesting that Russian forces had advanced toward the Testska region.")
    assert ("Testivka", "UA", "contested") in got and ("Testivka", "UA", "held") not in got
