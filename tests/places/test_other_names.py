"""Names the geocoder should not be sure of (issue 9): a look-alike that is another name (Maiorsk is
not Maiorske), a village's name cut of its prefix (Mayorskoye for Staromaiorske), and sch for щ."""

from __future__ import annotations

from geo.places.geocoder import GazetteerGeocoder, _cut_from
from geo.places.match import _extends, foreign_readings, match_name
from geo.places.names import spelling_key

STAROMAIORSKE = 692812
BORSHCHIVKA_KHARKIV = 711585


def test_sch_is_also_read_as_shch():
    """English writers shorten щ to sch (Borschivka for Borshchivka) in any position."""
    assert spelling_key("Borshchivka") in {spelling_key(r) for r in foreign_readings("Borschivka")}
    assert spelling_key("Shchastia") in {spelling_key(r) for r in foreign_readings("Schastia")}
    # (the German schtsch is read whole, not twice)
    assert all("shchtsh" not in r for r in foreign_readings("Schtschaslywe"))


def test_a_name_extended_by_an_ending_is_another_name():
    assert _extends(spelling_key("Maiorsk"), spelling_key("Mayorskoye"))
    assert _extends(spelling_key("Sloviansk"), spelling_key("Slovianske"))
    assert not _extends(spelling_key("Krasnohorivka"), spelling_key("Krasnogorovka"))


def test_a_name_cut_of_its_prefix_or_first_word():
    assert _cut_from("Mayorskoye", "Staromaiorske")
    assert _cut_from("Orekhovo", "Velyke Orikhove")
    assert not _cut_from("Semeykino", "Simeikyne")
    assert not _cut_from("Novomykolaivka", "Novomykolaivka")


def test_look_alikes_skip_names_extended_from_the_query(real_gazetteer):
    """Maiorsk (a town GeoNames lacks) is not Staromaiorske through its variant Mayorskoye."""
    assert all(m.geonameid != STAROMAIORSKE for m in match_name(real_gazetteer, "Maiorsk"))
    res = GazetteerGeocoder(real_gazetteer).resolve("Maiorsk", "in the Donetsk region")
    assert not res.resolved or res.candidates[0].geonameid != STAROMAIORSKE


def test_a_village_by_its_name_cut_of_a_prefix_is_held_back(real_gazetteer):
    """Mayorskoye in the Donetsk region: Staromaiorske lists it, but a Maiorske GeoNames lacks may be meant."""
    res = GazetteerGeocoder(real_gazetteer).resolve("Mayorskoye", "in the Donetsk region")
    assert not res.resolved
    assert STAROMAIORSKE in [c.geonameid for c in res.candidates]


def test_an_exact_transliteration_beats_look_alikes(real_gazetteer):
    """Borschivka is Borshchivka (read exactly), never Berezivka (a loose look-alike)."""
    matches = match_name(real_gazetteer, "Borschivka")
    assert matches and all(real_gazetteer.places[m.geonameid].name == "Borshchivka" for m in matches)
    res = GazetteerGeocoder(real_gazetteer).resolve("Borschivka", "in the Kharkiv region")
    assert res.candidates[0].geonameid == BORSHCHIVKA_KHARKIV


def test_an_adjectives_combining_form_reads_as_the_adjective():
    from geo.places.match import compound_readings

    assert spelling_key("Velyka Novosilka") in {spelling_key(r) for r in compound_readings("Velyko-Novosilka")}
    assert compound_readings("Novo-Danylovka") == []  # (Novo- compounds are written joined: the key reads them)
