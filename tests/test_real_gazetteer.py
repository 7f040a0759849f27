"""Against the real GeoNames dump ($FRONTLINE_GEONAMES; skipped when unset, run in CI).

The geonameids are GeoNames' own: the places the seed article and everyday reporting name.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from geo.reading.articles import read_article
from geo.places.geocoder import GazetteerGeocoder
from geo.jobs.pipeline import make_finder

SEED = sorted((Path(__file__).parents[1] / "seeds").glob("*.txt"))[0]

PEREMOHA = 9644290  # "Pobeda" of the seed article, renamed Peremoha, near Marinka
AVDIIVKA = 713122
HEORHIIVKA_NEAR_MARINKA = 708865
BAKHMUT = 713174
MARIINKA = 701845
KRYNKY = 703861
VOLNOVAKHA = 689198
KOSTIANTYNIVKA_DONETSK = 705104
KOSTIANTYNIVKA_ZAPORIZHZHIA = 705115
DONETSK_OBLAST = 709716
KHERSON_OBLAST = 706442


@pytest.fixture(scope="module")
def geocoder(real_gazetteer):
    return GazetteerGeocoder(real_gazetteer)


def gid(location):
    return location.raw["geonameid"] if location is not None else None


def test_import_counts_are_plausible(real_gazetteer, real_gazetteer_path, record_property):
    counts = ast.literal_eval(real_gazetteer_path.with_name("counts.txt").read_text())
    record_property("import_seconds", counts["seconds"])  # timed, never asserted
    print(f"real dump import: {counts}")
    assert counts["settlements"] > 30_000
    assert counts["oblasts"] >= 24
    assert counts["raions"] > 100
    assert counts["water"] > 500
    assert counts["aliases"] >= 10  # data/gazetteer/aliases.csv applies to the real dump
    info = real_gazetteer.info()
    assert int(info["count_settlements"]) == counts["settlements"] == sum(
        p.kind == "settlement" for p in real_gazetteer.places.values()
    )
    assert "GeoNames" in info["attribution"] and len(info["sha256"]) == 64


@pytest.mark.parametrize(
    "query, kwargs, expected",
    [
        ("Pobeda", {"near": "Marinka"}, PEREMOHA),
        ("Pobeda", {"context": "near Mariinka"}, PEREMOHA),
        ("Avdeyevka", {}, AVDIIVKA),
        ("Avdiïvka", {}, AVDIIVKA),
        ("Avdiivka", {}, AVDIIVKA),
        ("Авдіївка", {}, AVDIIVKA),
        ("Авдеевка", {}, AVDIIVKA),
        ("Georgiyivka", {"near": "Marinka"}, HEORHIIVKA_NEAR_MARINKA),
        ("Artemovsk", {}, BAKHMUT),
        ("Artemivsk", {}, BAKHMUT),
        ("Bakhmut", {}, BAKHMUT),
        ("Бахмут", {}, BAKHMUT),
        ("Mariïnka", {"near": "Donetsk"}, MARIINKA),
        ("Marinka", {"context": "in the Donetsk region"}, MARIINKA),
        ("Krynky", {"context": "in the Kherson region"}, KRYNKY),
        ("Volnovakha", {}, VOLNOVAKHA),
        ("Kostiantynivka", {"context": "in the Donetsk region"}, KOSTIANTYNIVKA_DONETSK),
        ("Konstantinovka", {"oblast": "Donetsk"}, KOSTIANTYNIVKA_DONETSK),
        ("Kostiantynivka", {"near": "Bakhmut"}, KOSTIANTYNIVKA_DONETSK),
        ("Kostiantynivka", {"context": "in the Zaporizhzhia region"}, KOSTIANTYNIVKA_ZAPORIZHZHIA),
        ("Kostiantynivka", {"oblast": "Zaporizhzhia"}, KOSTIANTYNIVKA_ZAPORIZHZHIA),
        ("Donetsk region", {}, DONETSK_OBLAST),
        ("Donetsk Oblast", {}, DONETSK_OBLAST),
        ("Kherson region", {}, KHERSON_OBLAST),
    ],
)
def test_real_names(geocoder, query, kwargs, expected):
    assert gid(geocoder.geocode(query, **kwargs)) == expected


@pytest.mark.parametrize("name", ["Marinka", "Mariïnka"])
def test_a_small_town_with_village_namesakes_alone_is_ranked_first_not_decided(geocoder, name):
    # Marinka (9,000 people) and villages of its name: on real spellings of front-line places, a
    # name alone with namesakes is right about two times in three (bench/bench_spellings.py)
    res = geocoder.resolve(name)
    assert res.candidates[0].geonameid == MARIINKA and not res.resolved


def test_two_towns_of_one_name_alone_rank_the_larger_first_without_deciding(geocoder):
    # Kostiantynivka is a town of 67,000 in Donetsk oblast and one of 11,000 in Zaporizhzhia
    # oblast (and a dozen villages): alone, the name is honestly unsure; any context decides
    res = geocoder.resolve("Kostiantynivka")
    assert res.candidates[0].geonameid == KOSTIANTYNIVKA_DONETSK and not res.resolved
    assert KOSTIANTYNIVKA_ZAPORIZHZHIA in [c.geonameid for c in res.candidates]
    assert gid(geocoder.geocode("Kostiantynivka", near="Bakhmut")) == KOSTIANTYNIVKA_DONETSK


def test_pobeda_alone_stays_unresolved(geocoder):
    # several villages are called Pobeda/Pobieda: without context the geocoder abstains
    assert geocoder.geocode("Pobeda") is None
    assert PEREMOHA in {gid(l) for l in geocoder.geocode("Pobeda", exactly_one=False)}


def test_foreign_names_are_none(geocoder):
    assert geocoder.geocode("Washington") is None
    assert geocoder.geocode("Kyiv", country="RU") is None


def test_oblast_is_an_oblast(geocoder):
    loc = geocoder.geocode("Donetsk region")
    assert loc.raw["feature_code"] == "ADM1"
    assert geocoder.geocode("Donetsk").raw["feature_code"] != "ADM1"  # the city


def test_kostiantynivka_in_the_kherson_region_ranks_kherson_first(geocoder):
    locs = geocoder.geocode("Kostiantynivka", context="in the Kherson region", exactly_one=False)
    assert locs[0].raw["admin1"] == "Kherson Oblast"


def test_kostiantynivka_in_the_kherson_region_drops_the_donetsk_town(geocoder):
    locs = geocoder.geocode("Kostiantynivka", context="in the Kherson region", exactly_one=False)
    donetsk = next(l for l in locs if gid(l) == KOSTIANTYNIVKA_DONETSK)
    assert donetsk.raw["confidence"] < 0.1


def test_pokrovske_is_not_pokrovsk(geocoder):
    assert geocoder.geocode("Pokrovsk").raw["name"] == "Pokrovsk"
    assert geocoder.geocode("Pokrovske", exactly_one=False)[0].raw["name"] == "Pokrovske"


# -- the mention finder on the seed article ----------------------------------------------------

@pytest.fixture(scope="module")
def seed_mentions(real_gazetteer):
    article = read_article(SEED)
    return article, make_finder(real_gazetteer).find(article.text)


@pytest.mark.parametrize(
    "surface, expected",
    [
        ("Pobeda", PEREMOHA),
        ("Krynky", KRYNKY),
        ("Mariïnka", MARIINKA),
        ("Mariinka", MARIINKA),
        ("Avdiïvka", AVDIIVKA),
        ("Volnovakha", VOLNOVAKHA),
        ("Georgiyivka", HEORHIIVKA_NEAR_MARINKA),
    ],
)
def test_seed_settlements(seed_mentions, surface, expected):
    article, mentions = seed_mentions
    found = [m for m in mentions if m.surface == surface]
    assert found, f"{surface} not found in the seed article"
    for m in found:
        assert m.kind == "settlement"
        assert m.resolved and m.geonameid == expected
        assert article.text[m.start : m.end] == surface


def test_seed_oblasts(seed_mentions):
    _, mentions = seed_mentions
    by_surface = {m.surface: m for m in mentions}
    kherson = by_surface["Kherson region"]
    assert kherson.kind == "oblast" and kherson.geonameid == KHERSON_OBLAST
    assert by_surface["Donetsk region"].geonameid == DONETSK_OBLAST


@pytest.mark.parametrize("surface", ["Moscow", "Washington"])
def test_seed_foreign_places(seed_mentions, surface):
    _, mentions = seed_mentions
    found = [m for m in mentions if m.surface == surface]
    assert found
    assert all(m.kind == "foreign" and m.geonameid is None for m in found)


def test_seed_names_no_person_as_a_place(seed_mentions):
    _, mentions = seed_mentions
    surfaces = {m.surface for m in mentions}
    assert not surfaces & {"Volodymyr Zelensky", "Zelensky", "Oleksandr Tarnavsky", "Tarnavsky", "Joe Biden", "Telegram"}


def test_capital_after_offensive_against_is_the_state_not_a_place(real_gazetteer):
    from geo.jobs.pipeline import make_finder

    text = "Two days before the second anniversary of the Russian offensive against kyiv, shelling hit Kharkiv."
    mentions = {m.surface: m for m in make_finder(real_gazetteer).find(text)}
    assert mentions["kyiv"].metonymic and mentions["kyiv"].geonameid == 703448
    assert not mentions["Kharkiv"].metonymic


def test_a_name_resolved_in_the_body_is_the_same_place_in_the_headline(real_gazetteer):
    from geo.jobs.pipeline import make_finder

    text = ("Russia says it took Pobeda\n\n"
            "The Russian Defense Ministry said its forces had seized the village of Pobeda, near Marinka.")
    found = [m for m in make_finder(real_gazetteer).find(text) if m.surface == "Pobeda"]
    assert len(found) == 2 and {m.geonameid for m in found} == {9644290}


def test_duplicate_geonames_rows_count_as_one_place(geocoder):
    # Klishchiivka is both 13512497 and 705666, 0.25 km apart: they must not split the confidence
    loc = geocoder.geocode("Kleshcheevka")
    assert loc is not None and loc.raw["geonameid"] in (13512497, 705666)


def test_direction_from_a_landmark_picks_the_namesake_that_way(real_gazetteer):
    from geo.jobs.pipeline import make_finder

    text = "Russian troops advanced in eastern Bohdanivka, northeast of Chasiv Yar, analysts said."
    (m,) = [m for m in make_finder(real_gazetteer).find(text) if m.surface == "Bohdanivka"]
    assert m.resolved and m.geonameid == 711931


def test_own_context_of_a_later_mention_is_not_lost_to_an_earlier_one(real_gazetteer):
    from geo.jobs.pipeline import make_finder

    text = ("Russia claims Pervomaiske\n\n"
            "Russia's defence ministry said its forces had captured Pervomaiske, a village west of Donetsk.")
    found = [m for m in make_finder(real_gazetteer).find(text) if m.surface == "Pervomaiske"]
    assert len(found) == 2 and all(m.resolved for m in found)
    assert {m.geonameid for m in found} == {697562}


def test_places_abroad_in_french_spelling_are_foreign(real_gazetteer):
    from geo.jobs.pipeline import make_finder

    text = "Russia said it shot down drones over the Belgorod and Koursk regions overnight."
    found = {m.surface: m for m in make_finder(real_gazetteer).find(text)}
    assert found["Koursk"].kind == "foreign" and found["Koursk"].geonameid is None


def test_adjectival_village_name_is_not_the_city(geocoder):
    # Donetske is a village name (several), not Donetsk city, whose variants happen to include it
    res = geocoder.resolve("Donetske")
    assert res.candidates[0].name == "Donetske" and not (res.resolved and res.candidates[0].geonameid == 709717)


def test_crimea_is_an_oblast_mention_and_unit_names_are_not_places(real_gazetteer):
    from geo.jobs.pipeline import make_finder

    text = "The Azov brigade said its fighters repelled attacks; drones hit a Russian base in Crimea."
    found = {m.surface: m for m in make_finder(real_gazetteer).find(text)}
    assert "Azov" not in found
    assert found["Crimea"].kind == "oblast" and found["Crimea"].geonameid == 703883


def test_capital_that_did_not_confirm_is_the_government(real_gazetteer):
    from geo.jobs.pipeline import make_finder

    text = "Pushilin said Krasnogorovka was practically under Russian control, a claim Kiev did not confirm."
    found = {m.surface: m for m in make_finder(real_gazetteer).find(text)}
    assert found["Kiev"].metonymic


def test_street_names_are_not_places(real_gazetteer):
    from geo.jobs.pipeline import make_finder

    text = "Russian forces advanced along Zavodska Street in eastern Kurakhove."
    assert [m.surface for m in make_finder(real_gazetteer).find(text)] == ["Kurakhove"]


# -- names as reporting writes them; rough distances; complete candidates --------------------------

@pytest.mark.parametrize("geonameid, shown, geonames", [
    (AVDIIVKA, "Avdiivka", "Avdiyivka"),
    (707898, "Huliaipole", "Hulyaypole"),
    (687700, "Zaporizhzhia", "Zaporizhzhya"),
    (703656, "Kupiansk", "Kupyansk"),
    (MARIINKA, "Marinka", "Mar'yinka"),
])
def test_places_are_shown_by_their_official_ukrainian_romanization(geocoder, geonameid, shown, geonames):
    place = geocoder.gazetteer.places[geonameid]
    assert (place.display_name, place.name) == (shown, geonames)
    loc = geocoder.geocode(geonames, exactly_one=False)[0]
    assert loc.raw["display_name"] == shown and loc.raw["name"] == geonames  # GeoNames' name kept
    assert loc.address.startswith(shown)


def test_oblasts_are_named_as_reporting_names_them(geocoder):
    assert geocoder.geocode("Avdiivka").raw["admin1"] == "Donetsk Oblast"  # GeoNames: Donetska Oblast


def test_a_rough_distance_from_a_city_resolves_the_village(real_gazetteer):
    text = ("Russia said its forces had captured Pobeda, a small village about five kilometres west of "
            "Donetsk city.")
    (m,) = [m for m in make_finder(real_gazetteer).find(text) if m.surface == "Pobeda"]
    assert m.resolved and m.geonameid == PEREMOHA and m.name == "Peremoha"


def test_an_abstention_with_an_oblast_lists_all_its_namesakes_there(geocoder, real_gazetteer):
    from geo.places.match import match_name

    res = geocoder.resolve("Novomykhailivka", "in the Donetsk region")
    there = {m.geonameid for m in match_name(real_gazetteer, "Novomykhailivka", ("settlement",))
             if real_gazetteer.places[m.geonameid].admin1 == "05"}
    assert len(there) >= 2 and not res.resolved
    # every namesake is listed, or the GeoNames row of the same place it is merged with (within DUPLICATE_KM)
    from geo.places.gazetteer import distance_km
    from geo.places.geocoder import DUPLICATE_KM
    places = real_gazetteer.places
    listed = [places[c.geonameid] for c in res.candidates]
    for gid in there:
        p = places[gid]
        assert any(distance_km(p.lat, p.lon, q.lat, q.lon) <= DUPLICATE_KM for q in listed), p.name


def test_a_german_press_spelling_is_found_near_its_landmark(geocoder):
    # Meschewoje (German for Межевое): sch for ж, no index holds it
    assert gid(geocoder.geocode("Meschewoje", near="Mospyne")) == 701304


def test_a_front_named_after_a_town_places_the_village_near_it(real_gazetteer):
    text = "Russia's defence ministry says its troops have taken the village of Vodiane on the Avdiivka front."
    (m,) = [m for m in make_finder(real_gazetteer).find(text) if m.surface == "Vodiane"]
    assert m.resolved and m.geonameid == 9113128  # south-west of Avdiivka, not the Vodiane of Zaporizhzhia


def test_an_administrative_area_outside_the_stated_oblast_is_no_answer(geocoder):
    res = geocoder.resolve("Pokrovsk district", "in the Kharkiv region")
    assert not res.resolved and res.confidence < 0.01
    assert geocoder.resolve("Pokrovsk district", "in the Donetsk region").resolved
