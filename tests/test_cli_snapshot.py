"""`frontline snapshot` and `frontline export --places` with the filters: the commands end to end."""

from __future__ import annotations

import csv
import sqlite3

import geopandas
import pytest
from PIL import Image

# the same article as `ingest`'s tests: Pobedivka captured, Prykladne struck (the sample gazetteer)
from test_cli_ingest import POBEDIVKA, PRYKLADNE, articles, ingested  # noqa: E402,F401 (fixtures)


def _rows(path) -> list[dict]:
    with open(path, encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


def test_snapshot_png_of_a_date(frontline, ingested, tmp_path):
    out = tmp_path / "map.png"
    result = frontline("snapshot", "--date", "2024-03-14", "--out", out, "--width", "900", catch_exceptions=False)
    assert result.exit_code == 0, result.output
    assert result.output.startswith(f"Wrote {out} (900x") and "as of 14 Mar 2024" in result.output
    with Image.open(out) as im:
        assert im.format == "PNG" and im.size[0] == 900


@pytest.mark.parametrize("args", [["--around", "Pobedivka", "--radius", "20"], ["--bbox", "37,47.5,38.5,48.5"]])
def test_snapshot_zoomed_grey_svg(frontline, ingested, tmp_path, args):
    out = tmp_path / "zoom.svg"
    result = frontline("snapshot", *args, "--grey", "--out", out, catch_exceptions=False)
    assert result.exit_code == 0, result.output
    assert out.read_bytes().startswith(b"<?xml") and "Pobedivka" in out.read_text(encoding="utf-8")


def test_snapshot_errors_are_one_line(frontline, ingested, tmp_path):
    for args, message in ((["--out", tmp_path / "m.gif"], "m.gif: cannot tell the picture format"),
                          (["--out", tmp_path / "m.png", "--bbox", "1,2"], "west,south,east,north"),
                          (["--out", tmp_path / "m.png", "--radius", "5"], "--radius goes with --around")):
        result = frontline("snapshot", *args)
        assert result.exit_code != 0 and result.output.startswith("Error: ") and message in result.output
        assert result.output.count("\n") == 1
    assert not (tmp_path / "m.png").exists()


def test_snapshot_needs_an_existing_database(frontline, tmp_path, store_path):
    result = frontline("snapshot", "--out", tmp_path / "m.png")
    assert result.exit_code != 0 and str(store_path) in result.output and not store_path.exists()


def test_export_places_csv_with_filters(frontline, ingested, tmp_path):
    out = tmp_path / "places.csv"
    result = frontline("export", "--places", out, catch_exceptions=False)
    assert result.exit_code == 0 and result.output == f"Wrote 2 places to {out}\n"
    rows = {int(r["geonameid"]): r for r in _rows(out)}
    assert {g: r["status"] for g, r in rows.items()} == {POBEDIVKA: "RU", PRYKLADNE: "struck"}
    assert rows[POBEDIVKA]["geonames_name"] == "Pobedivka" and rows[POBEDIVKA]["colour"] == "#c62828"
    result = frontline("export", "--places", out, "--kind", "struck", catch_exceptions=False)
    assert result.output == f"Wrote 1 places to {out}\n" and [r["geonameid"] for r in _rows(out)] == [str(PRYKLADNE)]
    result = frontline("export", tmp_path / "c.csv", "--place", "Pobedivka", "--since", "2024-03-01",
                       "--until", "2024-03-31", catch_exceptions=False)
    assert result.output == f"Wrote 1 claims to {tmp_path / 'c.csv'}\n"
    assert frontline("export", tmp_path / "none.csv", "--side", "other").output == f"Wrote 0 claims to {tmp_path / 'none.csv'}\n"


def test_export_gpkg_has_places_and_styles(frontline, ingested, tmp_path):
    out = tmp_path / "claims.gpkg"
    result = frontline("export", out, "--places", tmp_path / "places.geojson", catch_exceptions=False)
    assert result.output.splitlines() == [f"Wrote 2 claims to {out}", f"Wrote 2 places to {tmp_path / 'places.geojson'}"]
    assert len(geopandas.read_file(out, layer="claims")) == 2 and len(geopandas.read_file(out, layer="places")) == 2
    with sqlite3.connect(out) as db:
        assert sorted(r[0] for r in db.execute("SELECT f_table_name FROM layer_styles")) == ["claims", "places"]
    assert len(geopandas.read_file(tmp_path / "places.geojson")) == 2


def test_export_needs_a_file(frontline, ingested):
    result = frontline("export")
    assert result.exit_code != 0 and "--places" in result.output


def test_bad_dates_and_folders_are_one_line_errors(frontline, ingested, tmp_path):
    missing = tmp_path / "no" / "such" / "folder"
    for args, message in (
            (["snapshot", "--out", tmp_path / "m.png", "--date", "2099-01-01"], "--date 2099-01-01: give a date from 2014"),
            (["snapshot", "--out", tmp_path / "m.png", "--date", "2013-12-31"], "--date 2013-12-31: give a date from 2014"),
            (["snapshot", "--out", missing / "m.png"], "does not exist"),
            (["export", missing / "c.csv"], "does not exist"),
            (["export", tmp_path / "c.csv", "--places", missing / "p.csv"], "does not exist"),
            (["export", tmp_path / "c.csv", "--since", "2024-03-01", "--until", "2024-02-01"], "--since 2024-03-01 is after"),
            (["claims", "--since", "2024-03-01", "--until", "2024-02-01"], "--since 2024-03-01 is after")):
        result = frontline(*args)
        assert result.exit_code != 0 and result.output.startswith("Error: ") and message in result.output, args
        assert result.output.count("\n") == 1, result.output
    assert sorted(p.name for p in tmp_path.iterdir() if p.suffix in (".png", ".csv")) == []
    assert not (tmp_path / "no").exists()  # no folder made on the way


@pytest.mark.parametrize("args, warning", [(["--bbox", "10,40,12,42"], "shows no part of Ukraine"),
                                           (["--date", "2014-06-01"], "no published claim is dated on or before")])
def test_an_empty_map_is_drawn_with_a_warning(frontline, ingested, tmp_path, args, warning):
    result = frontline("snapshot", "--out", tmp_path / "m.png", "--width", "600", *args, catch_exceptions=False)
    assert result.exit_code == 0 and (tmp_path / "m.png").exists()
    warnings = [line for line in result.output.splitlines() if line.startswith("warning: ")]  # stderr
    assert len(warnings) == 1 and warning in warnings[0], result.output
