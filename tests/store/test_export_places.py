"""Place tables (one row per place) and the GeoPackage's places layer and QGIS styles."""

from __future__ import annotations

import csv
import json
import sqlite3
import xml.etree.ElementTree as ET

import geopandas
import pyogrio
import pytest

from geo.store.export import ATTRIBUTION, PLACE_COLUMNS, write_claims, write_places
from geo.store.qgis import categorized_qml, write_styles
from geo.store.sqlite import Store

SYMBOLS = {"RU": {"shape": "circle", "colour": "#c62828", "edge": "#7f0000"},
           "UA": {"shape": "square", "colour": "#1565c0", "edge": "#0b3d7a"}}


def _place(gid, name, status, lat, lon, **kw) -> dict:
    row = {c: None for c in PLACE_COLUMNS}
    row.update(geonameid=gid, name=name, geonames_name=name.upper(), place_kind="settlement", lat=lat, lon=lon,
               status=status, status_label=f"claimed by {status}", own=True, since="2024-02-20", claimant=status,
               claimant_label=f"{status} ministry", claimants=status, source="Example Wire", url="https://news.example/a",
               claim_id="7", last_strike=None, claims=2, as_of="2024-02-22", colour=SYMBOLS[status]["colour"],
               symbol=SYMBOLS[status]["shape"], description=f"{name}: claimed by {status}")
    row.update(kw)
    return row


@pytest.fixture
def places():
    return [_place(900001, "Testivka", "RU", 48.5, 37.5), _place(900002, "Ruïnivka", "UA", 47.25, -36.125),
            _place(900003, "Nowhere", "UA", None, None)]


def _read(path) -> list[dict]:
    with open(path, encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


STYLE = ("frontline places", categorized_qml("status", [(k, k, v) for k, v in SYMBOLS.items()], label_field="name"))


def test_csv_one_row_per_located_place_with_the_credit(places, tmp_path):
    got = _read(write_places(places, tmp_path / "places.csv"))
    assert list(got[0]) == [*PLACE_COLUMNS, "attribution"]
    assert [(r["geonameid"], r["name"], r["status"], r["colour"]) for r in got] == [
        ("900001", "Testivka", "RU", "#c62828"), ("900002", "Ruïnivka", "UA", "#1565c0")]
    assert got[1]["lon"] == "-36.125" and got[0]["geonames_name"] == "TESTIVKA" and got[0]["last_strike"] == ""
    assert {r["attribution"] for r in got} == {ATTRIBUTION}


def test_csv_cells_stay_formula_safe(places, tmp_path):
    places[0].update(name="=HYPERLINK(\"http://evil.example\")", source="@SUM(1)", description="-1+2")
    row = _read(write_places(places, tmp_path / "places.csv"))[0]
    assert (row["name"], row["source"], row["description"]) == (
        "'=HYPERLINK(\"http://evil.example\")", "'@SUM(1)", "'-1+2")
    assert row["lat"] == "48.5"


def test_geojson_places(places, tmp_path):
    data = json.loads(write_places(places, tmp_path / "places.geojson").read_text(encoding="utf-8"))
    assert data["attribution"] == ATTRIBUTION and len(data["features"]) == 2
    props = data["features"][0]["properties"]
    assert props["name"] == "Testivka" and props["colour"] == "#c62828" and props["since"] == "2024-02-20"
    assert data["features"][1]["geometry"]["coordinates"] == [-36.125, 47.25]


def test_geopackage_places_with_dates_and_a_default_style(places, tmp_path):
    path = write_places(places, tmp_path / "places.gpkg", style=STYLE)
    assert [n for n, _ in pyogrio.list_layers(path) if n != "layer_styles"] == ["places"]
    frame = geopandas.read_file(path, layer="places")
    assert sorted(frame["name"]) == ["Ruïnivka", "Testivka"] and frame.crs.to_epsg() == 4326
    assert str(frame["since"].dtype).startswith("datetime64")
    with sqlite3.connect(path) as db:
        rows = db.execute("SELECT f_table_name, f_geometry_column, styleName, useAsDefault, styleQML "
                          "FROM layer_styles").fetchall()
    assert [(r[0], r[1], r[2], r[3]) for r in rows] == [("places", "geom", "frontline places", 1)]
    assert rows[0][4] == STYLE[1]


def test_claims_geopackage_gains_a_places_layer_and_styles(make_article, make_mention, make_claim, places, tmp_path):
    m = make_mention(12, "Testivka", 900001, 48.5, 37.5)
    with Store() as store:
        store.ingest(make_article(), [m], [make_claim(m, "RU", "captured")])
        rows = store.claims()
    styles = {"claims": ("frontline claims", STYLE[1]), "places": STYLE}
    path = write_claims(rows, tmp_path / "claims.gpkg", places=places, styles=styles)
    layers = [name for name, _ in pyogrio.list_layers(path)]
    assert layers[:2] == ["claims", "places"] and set(layers) <= {"claims", "places", "layer_styles"}
    assert len(geopandas.read_file(path, layer="claims")) == 1
    assert len(geopandas.read_file(path, layer="places")) == 2
    with sqlite3.connect(path) as db:
        assert sorted(db.execute("SELECT f_table_name FROM layer_styles WHERE useAsDefault")) == [("claims",), ("places",)]
        kinds = dict(db.execute("SELECT table_name, data_type FROM gpkg_contents"))
        described = dict(db.execute("SELECT table_name, description FROM gpkg_contents WHERE data_type = 'features'"))
    assert kinds == {"claims": "features", "places": "features", "layer_styles": "attributes"}
    assert described == {"claims": ATTRIBUTION, "places": ATTRIBUTION}
    # writing the styles again replaces them (one default per layer)
    write_styles(path, styles)
    with sqlite3.connect(path) as db:
        assert db.execute("SELECT count(*) FROM layer_styles").fetchone() == (2,)


def test_qml_is_a_categorised_marker_style():
    qml = categorized_qml("status", [("RU", "claimed by Russia", SYMBOLS["RU"]), ("UA", "claimed by <Ukraine>", SYMBOLS["UA"])],
                          label_field="name")
    root = ET.fromstring(qml.split("\n", 1)[1])  # after the DOCTYPE line
    renderer = root.find("renderer-v2")
    assert renderer.get("type") == "categorizedSymbol" and renderer.get("attr") == "status"
    cats = [(c.get("value"), c.get("label"), c.get("symbol")) for c in renderer.iter("category")]
    assert cats == [("RU", "claimed by Russia", "0"), ("UA", "claimed by <Ukraine>", "1")]
    layers = [s.find("layer") for s in renderer.iter("symbol")]
    assert [lay.get("class") for lay in layers] == ["SimpleMarker", "SimpleMarker"]
    props = [{o.get("name"): o.get("value") for o in lay.find("Option").iter("Option") if o.get("name")} for lay in layers]
    assert [(p["name"], p["color"]) for p in props] == [("circle", "198,40,40,255"), ("square", "21,101,192,255")]
    legacy = {p.get("k"): p.get("v") for p in layers[0].iter("prop")}  # the form QGIS before 3.26 reads
    assert legacy["color"] == "198,40,40,255"
    assert root.find("labeling/settings/text-style").get("fieldName") == "name" and root.get("labelsEnabled") == "1"
