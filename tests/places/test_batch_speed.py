"""What the batch mode does for speed changes no answer: names of a region compared by first letter,
loose keys made once per place, caches let go of at the end of a run, the cyclic collector paused
only while a run lasts."""

from __future__ import annotations

import gc
import json

import pytest

from geo.jobs.geocode import _number, geocode_lines, resolution_dict
from geo.places.geocoder import GazetteerGeocoder, _scored
from geo.places.match import RegionNames, match_in, region_choices
from geo.places.names import loose_key


@pytest.fixture
def geocoder(sample_gazetteer):
    return GazetteerGeocoder(sample_gazetteer)


def test_region_names_are_grouped_by_first_letter_and_joined_per_letter():
    first = region_choices([("pbdvk", 1), ("zrzkvk", 2), ("pbdvk", 3)])
    second = region_choices([("prkldn", 4), ("pbdvk", 5)])
    assert first == {"p": (["pbdvk"], [[1, 3]]), "z": (["zrzkvk"], [[2]])}
    names = RegionNames([first, second])
    assert names.starting("p") == (["pbdvk", "prkldn", "pbdvk"], [[1, 3], [4], [5]])
    assert names.starting("z") == (["zrzkvk"], [[2]])
    assert names.starting("q") == ([], [])


def test_a_region_compared_by_first_letter_finds_what_every_name_would(sample_gazetteer, geocoder):
    """match_in with the geocoder's region memo answers as match_in making its own."""
    places = [p for p in sample_gazetteer.places.values() if p.kind == "settlement"]
    memo = {"names": RegionNames([geocoder._names_of(("all",), lambda: places)])}
    assert match_in(sample_gazetteer, "Pobedifka", places)  # (a name of the region, misspelt)
    for name in ("Pobedovka", "Zrazkovka", "Pobedifka", "Prykladne", "Nowhere"):
        assert match_in(sample_gazetteer, name, places, memo=memo) == match_in(sample_gazetteer, name, places)


def test_loose_keys_of_a_place_are_those_of_its_keys(sample_gazetteer):
    for gid in list(sample_gazetteer.places)[:50]:
        assert sample_gazetteer.loose_keys_of(gid) == [loose_key(k) for k in sample_gazetteer.keys_of(gid)]


def test_a_geocoder_answers_alike_after_its_caches_are_cleared(geocoder):
    queries = [("Pobedivka", None), ("Pobedivka", "near Zrazkivka"), ("Zrazkivka", "in the Testova region")]
    before = [geocoder.resolve(q, c).rows for q, c in queries]
    geocoder.clear_caches()
    assert not geocoder._answers and not geocoder._plains
    assert [geocoder.resolve(q, c).rows for q, c in queries] == before


def test_a_run_that_keeps_its_caches_answers_alike(sample_gazetteer, monkeypatch):
    """keep_caches (for a caller that ends the process right after) changes no answer, and only
    skips letting go of the caches."""
    cleared = []
    monkeypatch.setattr(GazetteerGeocoder, "clear_caches", lambda self: cleared.append(self))
    lines = ["Pobedivka", "Pobedivka\tnear Zrazkivka", "Zrazkivka\tin the Testova region", "Testograd"]
    kept = list(geocode_lines(sample_gazetteer, lines, keep_caches=True))
    assert not cleared
    assert list(geocode_lines(sample_gazetteer, lines)) == kept
    assert len(cleared) == 1


@pytest.mark.parametrize("clusters", [((0,), (1,), (2,), (3,), (4,)), ((0,), (1, 3), (2,), (4,)), ((4,), (0, 2), (3,), (1,))])
def test_places_are_ranked_heaviest_first_ties_in_the_order_of_the_matches(clusters):
    """Two stable sorts give the order the key (-weight, index) gives, equal weights included; a
    place listed twice weighs as both rows, shown as its own-name row."""
    entries = [(0.0, how, None) for how in ("alt", "name", "stem", "alt", "alt")]
    weights = [0.5, 0.25, 0.5, 0.25, 0.125]
    expected = []
    for members in clusters:
        shown = max(members, key=lambda i: (entries[i][1] in ("name", "alias", "ascii", "russian"), weights[i]))
        expected.append((sum(weights[i] for i in members), shown))
    expected.sort(key=lambda t: (-t[0], t[1]))
    assert _scored(entries, clusters, weights) == expected


def test_the_collector_is_paused_only_while_a_run_lasts(sample_gazetteer):
    assert gc.isenabled()
    stream = geocode_lines(sample_gazetteer, ["Pobedivka", "Zrazkivka\tin the Testova region"])
    next(stream)
    assert not gc.isenabled()
    assert len(list(stream)) == 1
    assert gc.isenabled()


def test_an_abandoned_run_resumes_the_collector(sample_gazetteer):
    stream = geocode_lines(sample_gazetteer, ["Pobedivka", "Zrazkivka"])
    next(stream)
    stream.close()
    assert gc.isenabled()


def test_batch_lines_are_what_the_json_encoder_writes(sample_gazetteer, geocoder):
    """The batch writer puts each place's JSON together without the encoder: the same text as
    json.dumps of the resolution's dict, quotes and Cyrillic included."""
    lines = ["Pobedivka", "Pobedivka\tnear Zrazkivka", "Zrazkivka\tin the Testova region", "Тестоград", 'Pobe"divka', "Nowhere"]
    expected = []
    for line in lines:
        name, _, context = line.partition("\t")
        res = geocoder.resolve(name, geocoder.make_context(context=context) if context else None)
        expected.append(json.dumps(resolution_dict(res), ensure_ascii=False))
    assert list(geocode_lines(sample_gazetteer, lines)) == expected


@pytest.mark.parametrize("value", [0, 705666, 48.5, 37.123456789, 1e-07, float("nan"), True])
def test_numbers_are_written_as_the_json_encoder_writes_them(value):
    assert _number(value) == json.dumps(value)
