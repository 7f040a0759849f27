"""The jobs behind `frontline snapshot` and `frontline export` (filters, --places): store -> files."""

from __future__ import annotations

import csv
import sqlite3
from datetime import date

import geopandas
import pyogrio
import pytest
from PIL import Image

from geo.errors import InputError, NotFound
from geo.jobs.curate import export
from geo.jobs.snapshot import snapshot
from geo.store.export import PLACE_COLUMNS
from geo.store.sqlite import Store
from geo.tables import CLAIM_CSV_COLUMNS

TESTOHRAD, POBEDIVKA, ZRAZKIVKA, VYHADANIVKA = 9900100, 9900201, 9900101, 9900308  # the sample gazetteer's


@pytest.fixture
def store(tmp_path, make_article, make_mention, make_claim):
    """Two articles: Testohrad held by Ukraine (1 Feb), then captured by Russia (19 Feb); Pobedivka
    captured; Zrazkivka struck; fighting at Vyhadanivka."""
    s = Store(tmp_path / "db" / "frontline.sqlite")
    testohrad = make_mention(10, "Testohrad", TESTOHRAD, 48.0, 37.8)
    pobedivka = make_mention(30, "Pobedivka", POBEDIVKA, 48.06, 37.7)
    s.ingest(make_article("https://news.example/a1", published=date(2024, 2, 10), title="A1"), [testohrad, pobedivka], [
        make_claim(testohrad, "UA", "held", date(2024, 2, 1)), make_claim(pobedivka, "RU", "captured", date(2024, 2, 9))])
    testohrad2 = make_mention(10, "Testohrad", TESTOHRAD, 48.0, 37.8)
    zrazkivka = make_mention(30, "Zrazkivka", ZRAZKIVKA, 47.25, 36.3)
    vyhadanivka = make_mention(50, "Vyhadanivka", VYHADANIVKA, 48.15, 37.75)
    s.ingest(make_article("https://news.example/a2", published=date(2024, 2, 20), title="A2", source="Other Wire"),
             [testohrad2, zrazkivka, vyhadanivka], [
                 make_claim(testohrad2, "RU", "captured", date(2024, 2, 19)),
                 make_claim(zrazkivka, "UA", "struck", date(2024, 2, 19)),
                 make_claim(vyhadanivka, "other", "contested", date(2024, 2, 18))])
    yield s
    s.close()


def _csv(path) -> list[dict]:
    with open(path, encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


def test_places_csv_has_one_row_per_place_with_its_latest_status(store, sample_gazetteer_path, tmp_path):
    report = export(store, None, places=tmp_path / "places.csv", gazetteer=sample_gazetteer_path)
    rows = {int(r["geonameid"]): r for r in _csv(tmp_path / "places.csv")}
    assert report.places == len(rows) == 4 and report.path is None
    assert report.lines() == [f"Wrote 4 places to {tmp_path / 'places.csv'}"]
    assert {g: r["status"] for g, r in rows.items()} == {
        TESTOHRAD: "RU", POBEDIVKA: "RU", ZRAZKIVKA: "struck", VYHADANIVKA: "contested"}
    t = rows[TESTOHRAD]
    assert (t["since"], t["claimant"], t["source"], t["as_of"], t["claims"]) == ("2024-02-19", "RU", "Other Wire",
                                                                                 "2024-02-19", "2")
    assert (t["name"], t["geonames_name"], t["colour"], t["symbol"]) == ("Testohrad", "Testohrad", "#c62828", "circle")
    assert list(_csv(tmp_path / "places.csv")[0]) == [*PLACE_COLUMNS, "attribution"]


def test_without_a_gazetteer_the_geonames_name_is_left_empty(store, tmp_path):
    export(store, None, places=tmp_path / "p.csv", gazetteer=tmp_path / "none.sqlite")
    assert {r["geonames_name"] for r in _csv(tmp_path / "p.csv")} == {""}


@pytest.mark.parametrize("filters, claims, places", [
    ({"side": "UA"}, 2, {TESTOHRAD: "UA", ZRAZKIVKA: "struck"}),
    ({"kind": "struck"}, 1, {ZRAZKIVKA: "struck"}),
    ({"date_to": date(2024, 2, 15)}, 2, {TESTOHRAD: "UA", POBEDIVKA: "RU"}),  # the status as of --until
    ({"date_from": date(2024, 2, 15)}, 3, {TESTOHRAD: "RU", ZRAZKIVKA: "struck", VYHADANIVKA: "contested"}),
    ({"place": str(TESTOHRAD)}, 2, {TESTOHRAD: "RU"}),
    ({"place": "Testohrad"}, 2, {TESTOHRAD: "RU"}),  # any spelling, through the gazetteer
])
def test_export_takes_the_filters_of_claims(store, sample_gazetteer_path, tmp_path, filters, claims, places):
    report = export(store, tmp_path / "claims.csv", places=tmp_path / "places.csv", gazetteer=sample_gazetteer_path,
                    **filters)
    assert report.claims == len(_csv(tmp_path / "claims.csv")) == claims
    assert {int(r["geonameid"]): r["status"] for r in _csv(tmp_path / "places.csv")} == places
    if "date_to" in filters:
        assert {r["as_of"] for r in _csv(tmp_path / "places.csv")} == {"2024-02-15"}


def test_geopackage_opens_with_both_layers_and_their_styles(store, sample_gazetteer_path, tmp_path):
    report = export(store, tmp_path / "claims.gpkg", gazetteer=sample_gazetteer_path)
    assert report.claims == 5 and report.lines() == [f"Wrote 5 claims to {tmp_path / 'claims.gpkg'}"]
    assert {n for n, _ in pyogrio.list_layers(report.path)} >= {"claims", "places"}
    claims = geopandas.read_file(report.path, layer="claims")
    places = geopandas.read_file(report.path, layer="places")
    assert len(claims) == 5 and len(places) == 4 and places.crs.to_epsg() == 4326
    assert dict(zip(places["geonameid"], places["status"]))[TESTOHRAD] == "RU"
    with sqlite3.connect(report.path) as db:
        styles = dict(db.execute("SELECT f_table_name, styleQML FROM layer_styles WHERE useAsDefault"))
    assert set(styles) == {"claims", "places"}
    assert 'attr="status"' in styles["places"] and "categorizedSymbol" in styles["claims"]
    assert "198,40,40,255" in styles["places"]  # Russia's red, as on the site


def test_export_needs_a_file_and_checks_both_before_writing(store, tmp_path):
    with pytest.raises(InputError, match="--places"):
        export(store, None)
    with pytest.raises(InputError, match="places.txt"):
        export(store, tmp_path / "claims.csv", places=tmp_path / "places.txt")
    assert list(tmp_path.iterdir()) == [tmp_path / "db"]


def test_snapshot_of_the_store(store, sample_gazetteer_path, tmp_path):
    report = snapshot(store, tmp_path / "map.png", as_of=date(2024, 2, 20), width=800, gazetteer=sample_gazetteer_path)
    with Image.open(report.path) as im:
        assert im.size == (800, report.height)
    assert report.places == 4 and report.counts == {"RU": 2, "contested": 1, "struck": 1}
    assert report.sources == ["Other Wire", "Example Wire"]
    early = snapshot(store, tmp_path / "early.svg", as_of=date(2024, 2, 12), gazetteer=sample_gazetteer_path)
    assert early.counts == {"UA": 1, "RU": 1, "struck": 0}


def test_snapshot_around_a_place(store, sample_gazetteer_path, tmp_path):
    # Pobedivka has three namesakes: the one with claims is meant
    report = snapshot(store, tmp_path / "z.png", around="Pobedivka", radius_km=15, width=600,
                      gazetteer=sample_gazetteer_path)
    assert report.places == 3 and ZRAZKIVKA not in report.counts  # Zrazkivka is 130 km away
    w, s, e, n = report.bbox
    assert w < 37.7 < e and s < 48.06 < n and e - w < 0.8
    # without a gazetteer, a place with claims by its name or geonameid
    alone = snapshot(store, tmp_path / "alone.png", around="zrazkivka", width=600, gazetteer=tmp_path / "none.sqlite")
    assert alone.counts.get("struck") == 1 and alone.places == 1
    with pytest.raises(NotFound, match="Nowhereville"):
        snapshot(store, tmp_path / "x.png", around="Nowhereville", gazetteer=tmp_path / "none.sqlite")


def test_snapshot_options_that_do_not_go_together(store, tmp_path):
    with pytest.raises(InputError, match="either --bbox or --around"):
        snapshot(store, tmp_path / "x.png", bbox="36,47,38,49", around="Testohrad")
    with pytest.raises(InputError, match="--radius goes with --around"):
        snapshot(store, tmp_path / "x.png", radius_km=10)
    with pytest.raises(InputError, match="west,south,east,north"):
        snapshot(store, tmp_path / "x.png", bbox="36,47")
    assert not (tmp_path / "x.png").exists()


@pytest.mark.parametrize("view, close", [(None, False), ((36.0, 47.0, 38.0, 48.5), True), ((30.0, 50.0, 31.0, 51.0), False)])
def test_towns_read_from_the_file_are_the_gazetteers(sample_gazetteer, sample_gazetteer_path, view, close):
    from geo.jobs.snapshot import towns, towns_in_file

    key = lambda p: (p["name"], p["lat"], p["lon"], p["population"])  # noqa: E731
    light = sorted(map(key, towns_in_file(sample_gazetteer_path, view, close)))
    assert light == sorted(map(key, towns(sample_gazetteer, view, close))) and light
    assert towns_in_file(sample_gazetteer_path.with_name("missing.sqlite"), view, close) == []


def test_claims_exports_keep_the_geonames_name_beside_the_newsroom_spelling(store, sample_gazetteer_path, tmp_path):
    export(store, tmp_path / "claims.csv", gazetteer=sample_gazetteer_path)
    rows = _csv(tmp_path / "claims.csv")
    assert rows and all(r["geonames_name"] for r in rows)
    assert {r["geonameid"]: r["geonames_name"] for r in rows}[str(TESTOHRAD)] == "Testohrad"


def test_the_sites_downloads_are_the_exports_of_the_same_claims(store, sample_gazetteer_path, tmp_path):
    """places.csv of a built site is `frontline export --places` (GeoNames names and credit included);
    its claims.csv has the export's columns and cells, then the site's own three."""
    from geo.jobs.publish import build_from_store
    from geo.places.gazetteer import Gazetteer

    build_from_store(store, Gazetteer(sample_gazetteer_path), tmp_path / "site")
    export(store, tmp_path / "claims.csv", places=tmp_path / "places.csv", gazetteer=sample_gazetteer_path)
    site_places = (tmp_path / "site" / "places.csv").read_text(encoding="utf-8")
    assert site_places == (tmp_path / "places.csv").read_text(encoding="utf-8")
    assert {r["geonameid"]: r["geonames_name"] for r in _csv(tmp_path / "site" / "places.csv")}[str(TESTOHRAD)] == "Testohrad"
    exported = {r["claim_id"]: r for r in _csv(tmp_path / "claims.csv")}
    site_claims = _csv(tmp_path / "site" / "claims.csv")
    assert list(site_claims[0])[:len(CLAIM_CSV_COLUMNS)] == list(CLAIM_CSV_COLUMNS)
    assert {r["claim_id"]: {k: r[k] for k in exported[r["claim_id"]]} for r in site_claims} == exported


def test_claims_csv_columns_never_depend_on_the_rows(store, tmp_path):
    """No rows, rows, a gazetteer or none: every claims CSV (export, `claims --format csv`) has one header."""
    from geo.jobs.curate import list_claims

    export(store, tmp_path / "none.csv", date_from=date(2030, 1, 1), gazetteer=tmp_path / "no.sqlite")
    export(store, tmp_path / "all.csv", gazetteer=tmp_path / "no.sqlite")
    header = [*CLAIM_CSV_COLUMNS, "attribution"]
    for name in ("none.csv", "all.csv"):
        with open(tmp_path / name, encoding="utf-8", newline="") as f:
            assert next(csv.reader(f)) == header, name
    for filters in ({}, {"date_from": date(2030, 1, 1)}):
        assert list_claims(store, "csv", **filters).splitlines()[0] == ",".join(header)


@pytest.mark.parametrize("until, struck", [(date(2024, 2, 19), True), (date(2024, 2, 25), True),
                                           (date(2024, 2, 26), False), (date(2024, 5, 1), False)])
def test_a_strike_stays_in_the_place_table_for_the_sites_seven_days(store, tmp_path, until, struck):
    export(store, None, places=tmp_path / "p.csv", gazetteer=tmp_path / "no.sqlite", date_to=until)
    statuses = {int(r["geonameid"]): r["status"] for r in _csv(tmp_path / "p.csv")}
    assert (statuses.get(ZRAZKIVKA) == "struck") is struck and (ZRAZKIVKA in statuses) is struck
    assert statuses[TESTOHRAD] == "RU"  # a status stays (faded on the map), a strike does not
