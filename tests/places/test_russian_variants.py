"""Russian forms of Ukrainian names against what GeoNames lists: variants that are another name,
variants listed for one namesake only, rows GeoNames names in Russian, names of several words, and
the raions context states or an article names. Invented places (made-up names, geonameids 9950001+)
beside the sample dump's oblasts and raions; the real cases behind each rule at the end."""

from __future__ import annotations

from pathlib import Path

import pytest

from geo.places.context import Context
from geo.places.gazetteer import Gazetteer
from geo.places.geocoder import GazetteerGeocoder
from geo.places.match import match_in, match_name

SAMPLE = Path(__file__).resolve().parents[1] / "data" / "geonames_sample.txt"

# geonameid, name, alternate names, lat, lon, oblast, raion, population
PLACES = [
    # a village whose Russian form (Kvetovka) GeoNames lists for it and, as a former name, for the
    # town beside it; another Kvetivka (a name the Russian form also folds to) elsewhere
    (9950001, "Kvitivka", "Kvetovka,Квітівка", 48.10, 37.40, "05", "0501", 0),
    (9950002, "Novohrad", "Kvetovka,Koloniya Kvetovka,Новоград", 48.105, 37.385, "05", "0501", 12000),
    (9950003, "Kvetivka", "Кветівка", 50.40, 30.40, "12", "1201", 0),
    # three villages of one Ukrainian name in one oblast; GeoNames lists the Russian form for one
    (9950011, "Sosnuvakha", "Sosnevakha,Соснуваха", 47.60, 36.60, "05", "0502", 0),
    (9950012, "Sosnuvakha", "Соснуваха", 47.70, 36.90, "05", "0502", 0),
    (9950013, "Sosnuvakha", "Соснуваха", 47.80, 37.10, "05", "0501", 0),
    # a row GeoNames names in Russian (a hamlet) and a town whose Ukrainian name is that name's reading
    (9950021, "Belovka", "", 50.20, 30.20, "12", "1201", 0),
    (9950022, "Bilivka", "Білівка", 47.95, 37.00, "05", "0501", 25000),
    # a village with a name of two words and one whose former name shares only the second word
    (9950031, "Zvizdne", "Звіздне", 48.30, 37.90, "05", "0501", 0),
    (9950032, "Bazhane Druhe", "Zhelanne Druhe,Бажане Друге", 48.32, 37.95, "05", "0501", 150),
    # two villages of one name, one listing its Russian form (Tarnevakha), also the former name of a
    # village of another name; and a row GeoNames names in Russian (Lesnoye) in another oblast,
    # the former name of a village there too, beside a village named in Ukrainian (Lisne)
    (9950051, "Tarnuvakha", "Tarnevakha,Тарнуваха", 47.50, 36.70, "05", "0502", 0),
    (9950052, "Tarnuvakha", "Тарнуваха", 48.40, 37.60, "05", "0501", 0),
    (9950053, "Zhovtoiarka", "Tarnevakha,Жовтоярка", 48.60, 37.20, "05", "0501", 0),
    (9950061, "Lesnoye", "", 50.30, 30.30, "12", "1201", 0),
    (9950062, "Ozerne", "Lesnoye,Озерне", 50.35, 30.50, "12", "1201", 0),
    (9950063, "Lisne", "Лісне", 47.55, 36.80, "05", "0502", 0),
    # a village whose name is another's with a prefix
    (9950071, "Nadezhne", "Надежне", 48.20, 37.30, "05", "0501", 0),
    # a village in a raion and a town of its name in another oblast
    (9950041, "Hlybivka", "Глибівка", 47.35, 36.40, "05", "0502", 0),
    (9950042, "Hlybivka", "Глибівка", 50.45, 30.60, "12", "1201", 30000),
]


def _row(gid, name, alts, lat, lon, a1, a2, pop) -> str:
    return "\t".join([str(gid), name, name, alts, f"{lat:.5f}", f"{lon:.5f}", "P", "PPL", "UA", "", a1, a2, "", "",
                      str(pop), "", "150", "Europe/Kyiv", "2024-03-01"])


def _gazetteer_of(places, folder: Path) -> Gazetteer:
    """A gazetteer of the sample's oblasts and raions and these invented places."""
    from geo.places.importer import import_dump

    admin = [line for line in SAMPLE.read_text(encoding="utf-8").splitlines() if "\tA\tADM" in line]
    dump = folder / "UA.txt"
    dump.write_text("\n".join(admin + [_row(*p) for p in places]) + "\n", encoding="utf-8")
    target = folder / "gazetteer.sqlite"
    import_dump(dump, target, aliases=None)
    return Gazetteer(target)


@pytest.fixture(scope="module")
def gaz(tmp_path_factory) -> Gazetteer:
    return _gazetteer_of(PLACES, tmp_path_factory.mktemp("dump"))


@pytest.fixture(scope="module")
def geocoder(gaz) -> GazetteerGeocoder:
    return GazetteerGeocoder(gaz)


def test_a_variant_that_is_the_russian_form_of_the_place_s_own_name_is_read_as_its_name(gaz):
    """Kvetovka is Kvitivka's name in Russian (e = i), but only a former name of Novohrad."""
    how = {m.geonameid: m.how for m in match_name(gaz, "Kvetovka")}
    assert how[9950001] == "russian" and how[9950002] == "alt"


def test_the_village_of_the_name_is_shown_not_the_town_beside_it_that_once_had_it(geocoder):
    """Kvitivka and Novohrad lie 1.3 km apart (one place on a map for the confidence); the answer
    shown is the place the name is the name of."""
    res = geocoder.resolve("Kvetovka", "in the Testova region")
    assert res.resolved and res.candidates[0].geonameid == 9950001


def test_a_variant_listed_for_one_namesake_is_a_spelling_of_all(geocoder, gaz):
    """GeoNames lists Sosnevakha for one Sosnuvakha: the others of the oblast are as likely."""
    assert {m.geonameid: m.how for m in match_name(gaz, "Sosnevakha")}.get(9950012) == "namesake"
    res = geocoder.resolve("Sosnevakha", "in the Testova region")
    assert not res.resolved
    assert {9950011, 9950012, 9950013} <= {c.geonameid for c in res.candidates}
    # the raion separates them, and the one listing the spelling stays ahead of its namesake there
    res = geocoder.resolve("Sosnevakha", "Zrazkivskyi district")
    assert res.candidates[0].geonameid == 9950011 and {c.geonameid for c in res.candidates[:2]} == {9950011, 9950012}


def test_a_former_name_is_no_spelling_of_the_namesakes_of_the_place_s_name(gaz):
    """Koloniya Kvetovka is another name of Novohrad: no other Novohrad is matched through it."""
    assert all(m.how != "namesake" for m in match_name(gaz, "Koloniya Kvetovka"))


def test_a_former_name_of_one_place_does_not_hide_the_namesakes_of_another(geocoder, gaz):
    """Tarnevakha is the Russian form of both Tarnuvakhas (one lists it) and a former name of
    Zhovtoiarka: all three are candidates, and the oblast alone decides nothing."""
    how = {m.geonameid: m.how for m in match_name(gaz, "Tarnevakha")}
    assert how.get(9950052) == "namesake" and 9950053 in how
    res = geocoder.resolve("Tarnevakha", "in the Testova region")
    assert not res.resolved and {9950051, 9950052, 9950053} <= {c.geonameid for c in res.candidates}


def test_a_former_name_does_not_hide_the_ukrainian_reading_of_a_russian_named_row(geocoder, gaz):
    """Lesnoye: a hamlet's own name (a row named in Russian), a former name of Ozerne, and the
    Russian form of Lisne in another oblast; with that oblast stated, Lisne is the answer."""
    how = {m.geonameid: m.how for m in match_name(gaz, "Lesnoye")}
    assert how.get(9950063) == "russian"
    res = geocoder.resolve("Lesnoye", "in the Testova region")
    assert res.resolved and res.candidates[0].geonameid == 9950063


def test_a_russian_named_row_does_not_hide_the_ukrainian_town_the_name_reads_as(geocoder, gaz):
    """Belovka is a hamlet's own name in GeoNames (a row named in Russian), and the Russian form of
    the town Bilivka (e = i): both are candidates, and the town's size decides."""
    assert {m.geonameid for m in match_name(gaz, "Belovka")} >= {9950021, 9950022}
    assert geocoder.geocode("Belovka").raw["geonameid"] == 9950022


def test_a_name_of_two_words_is_not_matched_by_its_second_word_alone(gaz):
    places = [p for p in gaz.places.values() if p.kind == "settlement" and p.admin1 == "05"]
    found = {m.geonameid for m in match_in(gaz, "Zvizdnoye Druhe", places)}
    assert 9950031 in found and 9950032 not in found


def test_a_name_with_a_prefix_is_no_spelling_of_the_name_without_it(gaz, geocoder):
    """Novonadezhnoye is no Nadezhne (Novo-, Staro-, Velyko- make another village), however alike."""
    places = [p for p in gaz.places.values() if p.kind == "settlement" and p.admin1 == "05"]
    assert all(m.geonameid != 9950071 for m in match_in(gaz, "Novonadezhnoye", places))
    assert all(c.geonameid != 9950071 for c in geocoder.resolve("Novonadezhnoye", "in the Testova region").candidates)


def test_a_stated_raion_puts_the_place_in_its_oblast_too(geocoder):
    """Outside the stated raion a place may still be (raions were redrawn in 2020), but not outside
    its oblast: the town of the name in another oblast does not compete with the raion's village."""
    res = geocoder.resolve("Hlybivka", "Zrazkivskyi district")
    assert res.resolved and res.candidates[0].geonameid == 9950041


def test_a_raion_the_article_names_weighs_for_its_places(geocoder):
    plain = geocoder.resolve("Sosnuvakha", Context(soft_oblasts={"05"}))
    with_raion = geocoder.resolve("Sosnuvakha", Context(soft_oblasts={"05"}, soft_raions={("05", "0501")}))
    before = {p.geonameid: s for (p, _, _), s in zip(plain.rows, plain.shares)}
    share = {p.geonameid: s for (p, _, _), s in zip(with_raion.rows, with_raion.shares)}
    assert with_raion.candidates[0].geonameid == 9950013
    assert share[9950013] > before[9950013] and share[9950013] > share[9950011] + share[9950012]


# -- the real cases (annotated news) these rules come from ------------------------------------------
@pytest.mark.parametrize(
    "query, context, expected",
    [
        ("Lesovka", "in the Donetsk region", 9112545),  # Lisivka, not Ukrainsk beside it (once Lisovka)
        ("Zoryane Pershe", "in the Donetsk region", 9112519),  # Zoriane, not Bazhane Pershe (Zhelanne Pershe)
        ("Lozovatskoye", "in the Donetsk People's Republic", 9113065),
        ("Gryanikovka", None, 8661590),
    ],
)
def test_real_russian_forms(real_gazetteer, query, context, expected):
    res = GazetteerGeocoder(real_gazetteer).resolve(query, context)
    assert res.resolved and res.candidates[0].geonameid == expected


def test_real_russian_form_with_its_raion_ranks_the_village_first(real_gazetteer):
    """Vishnevoye in the Izium district: Vyshneve there first (no longer the town in another oblast)."""
    res = GazetteerGeocoder(real_gazetteer).resolve("Vishnevoye", "Izyum district")
    assert res.candidates[0].geonameid == 9114545
    assert all(c.admin1 == "Kharkiv Oblast" for c in res.candidates[:3])


# -- Russian forms GeoNames lists for one village of a name ----------------------------------------
# Invented places (geonameids 9960001+) in a gazetteer of their own.
NAMESAKE_PLACES = [
    # a village named Vorsne elsewhere (a Ukrainian row: the query's key is its own name), and two
    # villages of the Russian form's Ukrainian reading (Virsne), one listing the Russian form
    (9960001, "Vorsne", "Ворсне", 50.20, 30.20, "12", "1201", 0),
    (9960002, "Virsne", "Vorsnoye,Вірсне", 47.60, 36.60, "05", "0502", 0),
    (9960003, "Virsne", "Вірсне", 48.30, 37.60, "05", "0501", 0),
    # two villages of one name, one listing a Russian form whose consonants differ (t for d)
    (9960011, "Odrapivka", "Otrapovka,Одрапівка", 47.70, 36.90, "05", "0502", 0),
    (9960012, "Odrapivka", "Одрапівка", 48.40, 37.90, "05", "0501", 0),
]


@pytest.fixture(scope="module")
def namesake_geocoder(tmp_path_factory) -> GazetteerGeocoder:
    return GazetteerGeocoder(_gazetteer_of(NAMESAKE_PLACES, tmp_path_factory.mktemp("namesakes")))


def test_a_russian_form_listed_for_one_village_of_its_reading_is_a_spelling_of_all(namesake_geocoder):
    """Vorsnoye: Vorsne's own name (by the keys) elsewhere, and the Russian form of both Virsnes,
    which GeoNames lists for one: the other is a namesake, and the oblast alone decides nothing."""
    how = {m.geonameid: m.how for m in match_name(namesake_geocoder.gazetteer, "Vorsnoye")}
    assert how[9960002] == "russian" and how.get(9960003) == "namesake"
    res = namesake_geocoder.resolve("Vorsnoye", "in the Testova region")
    assert not res.resolved and {9960002, 9960003} <= {c.geonameid for c in res.candidates[:2]}
    # the raion ranks the one in it first
    res = namesake_geocoder.resolve("Vorsnoye", "Testohradskyi district")
    assert res.candidates[0].geonameid == 9960003


def test_a_listed_spelling_a_consonant_off_the_own_name_is_a_spelling_of_every_namesake(namesake_geocoder):
    """Otrapovka (t for d) is listed for one Odrapivka: the other is as likely in the oblast."""
    how = {m.geonameid: m.how for m in match_name(namesake_geocoder.gazetteer, "Otrapovka")}
    assert how.get(9960012) == "namesake"
    res = namesake_geocoder.resolve("Otrapovka", "in the Testova region")
    assert not res.resolved and {9960011, 9960012} <= {c.geonameid for c in res.candidates}

