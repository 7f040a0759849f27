"""Classes an unseen-page review (review17) found wrong on the map, each pinned by invented text."""

from __future__ import annotations

from datetime import date

from geo.claims.rules import extract_claims
from geo.models import Article, Candidate, Mention
from test_claims import PUB, _run


def test_a_bare_ministry_speaks_for_the_last_ministry_not_for_other_authorities_named_since():
    got = _run("Moscow's troops improved their positions near Testivka, the Russian Defense Ministry reported on Monday. "
               "Ukrainian authorities had previously ordered an evacuation of the area. "
               "The most intense fighting took place near Novoselo, the ministry said in a daily briefing.")
    assert ("Novoselo", "RU", "contested") in got and ("Novoselo", "UA", "contested") not in got


def test_efforts_under_way_and_requests_to_withdraw_are_no_change_of_hands():
    for text in ("A Ukrainian military spokesman said efforts are ongoing to retake full control of Testivka.",
                 "Russian troops stationed in Testivka asked their command for permission to withdraw but got a refusal.",
                 "The Russian military in Testivka appealed to their command with a request to withdraw."):
        got = _run(text)
        assert not any(kind == "captured" for _, _, kind in got), text


def test_an_appositive_after_a_landmark_is_said_of_the_landmark():
    got = _run("Novoselo is located about twenty kilometres west of Testivka, a city under the control of Russia since 2014.")
    assert not any(place == "Novoselo" for place, _, _ in got)
    testivka = [c for (place, _, kind), c in got.items() if place == "Testivka" and kind in ("captured", "held")]
    assert testivka and all(c.control == "RU" for c in testivka)


def test_since_a_year_in_background_does_not_date_the_next_report():
    got = _run("Testivka has been occupied since 2014.\n\nRussian troops have captured Dubky, the ministry said.")
    assert got[("Dubky", "RU", "captured")].date_from == PUB


def test_the_outlets_freed_or_retaken_place_is_freed_for_ukraine_in_a_western_outlet():
    got = _run("Residents returned to the freed village of Testivka and the recently retaken Novoselo this week.",
               url="https://apnews.com/article/x")
    controls = {place: c.control for (place, _, kind), c in got.items() if kind == "captured"}
    assert controls and set(controls.values()) == {"UA"}


def test_a_wire_photo_caption_with_weekday_and_short_month_gives_no_claim():
    got = _run("A Ukrainian soldier sits inside a truck in the recently retaken Testivka, Ukraine, Wednesday, Sept. 14, 2022.")
    assert not got


def _placed(name: str, start: int, gid: int, population: int) -> Mention:
    cand = Candidate(gid, name, 48.0, 37.0, "P", "PPL", population=population, score=0.95)
    return Mention(start=start, end=start + len(name), surface=name, kind="settlement", geonameid=gid, name=name,
                   resolved=True, confidence=0.95, candidates=[cand])


def test_the_village_never_points_back_to_a_town():
    text = ("Front update\n\nRussia said its forces had captured Bigtown in February.\n\n"
            "The village was quickly overrun by Russian forces this week, who now control most of it.")
    for population, expect in ((32_000, False), (900, True)):
        m = _placed("Bigtown", text.index("Bigtown"), 3001, population)
        art = Article(id="x", key="k", title="Front update", published=date(2024, 4, 28), text=text, source="wire")
        claims = extract_claims(art, [m])
        later = [c for c in claims if "overrun" in c.quote]
        assert bool(later) is expect, population


def test_attack_as_a_modifier_is_no_attack():
    for text in ("Ganchev reported that a battalion of attack drones had arrived near Testivka.",
                 "Shoigu said the army had built tunnels to create artillery attack points near Testivka."):
        got = _run(text)
        assert not any(place == "Testivka" and kind in ("contested", "struck") for place, _, kind in got), text
    assert ("Testivka", "RU", "contested") in _run("Russian troops attack near Testivka, Ganchev said.")
