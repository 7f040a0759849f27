"""`frontline ingest`, `claims` and `export`: articles in, claims out; bad files change nothing."""

from __future__ import annotations

import csv
import io
import json

import geopandas
import pytest

from geo.store.sqlite import Store

ARTICLE = """\
title: Forces claim Pobedivka near Testohrad
published: 2024-03-14
source: Test Wire
url: https://news.example/test-1

The Russian Defense Ministry said on Tuesday that its forces had captured the village of Pobedivka near Testohrad.

Russian forces struck Prykladne on Monday, the regional governor said.
"""

POBEDIVKA, PRYKLADNE = 9900201, 9900110


@pytest.fixture
def articles(tmp_path):
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "one.txt").write_text(ARTICLE, encoding="utf-8")
    return folder


@pytest.fixture
def ingested(frontline, articles):
    result = frontline("ingest", articles, catch_exceptions=False)
    assert result.exit_code == 0, result.output
    return result


def stats(store_path):
    with Store(store_path) as store:
        return store.stats()


def test_ingest_summary(ingested, store_path):
    assert ingested.stdout.startswith("1 new, 0 replaced, 0 unchanged article(s); ")
    s = stats(store_path)
    assert s["articles"] == 1 and s["mentions"] >= 3 and s["claims"] >= 2


def test_claims_listed(frontline, ingested):
    rows = json.loads(frontline("claims", "--format", "json", catch_exceptions=False).output)
    captured = [r for r in rows if r["geonameid"] == POBEDIVKA and r["kind"] == "captured"]
    assert captured and captured[0]["claimant"] == "RU" and captured[0]["place"] == "Pobedivka"
    assert captured[0]["date_from"] == "2024-03-12"  # "on Tuesday", grounded on the publication date
    assert "captured the village of Pobedivka" in captured[0]["quote"]
    assert any(r["geonameid"] == PRYKLADNE and r["kind"] == "struck" for r in rows)


def test_claims_filters(frontline, ingested):
    by_place = json.loads(frontline("claims", "--place", "Pobedivka", "--format", "json").output)
    assert by_place and {r["geonameid"] for r in by_place} == {POBEDIVKA}
    by_id = json.loads(frontline("claims", "--place", str(PRYKLADNE), "--format", "json").output)
    assert by_id and {r["geonameid"] for r in by_id} == {PRYKLADNE}
    struck = json.loads(frontline("claims", "--kind", "struck", "--format", "json").output)
    assert struck and {r["kind"] for r in struck} == {"struck"}
    assert frontline("claims", "--since", "2030-01-01").output == "No claims.\n"


def test_claims_formats(frontline, ingested):
    table = frontline("claims").output.splitlines()
    assert table[0].split("\t")[:4] == ["claim_id", "date_from", "date_to", "place"]
    rows = list(csv.DictReader(io.StringIO(frontline("claims", "--format", "csv").output)))
    assert any(r["place"] == "Pobedivka" for r in rows)
    gj = json.loads(frontline("claims", "--format", "geojson").output)
    assert gj["type"] == "FeatureCollection" and "GeoNames" in gj["attribution"]
    pob = next(f for f in gj["features"] if f["properties"]["geonameid"] == POBEDIVKA)
    assert pob["geometry"]["coordinates"] == [37.7, 48.06]


def test_claims_bad_date(frontline, ingested):
    result = frontline("claims", "--since", "last week")
    assert result.exit_code == 2
    assert "'last week' is not a date of the form YYYY-MM-DD" in result.output


def test_export_gpkg_opens_with_geopandas(frontline, ingested, tmp_path):
    out = tmp_path / "out" / "claims.gpkg"
    out.parent.mkdir()  # an export makes no folders
    result = frontline("export", out, catch_exceptions=False)
    assert result.exit_code == 0
    n = len(json.loads(frontline("claims", "--format", "json").output))
    assert result.output == f"Wrote {n} claims to {out}\n"
    frame = geopandas.read_file(out, layer="claims")
    assert len(frame) == n and frame.crs.to_epsg() == 4326
    row = frame[frame["geonameid"] == POBEDIVKA].iloc[0]
    assert (row.geometry.x, row.geometry.y) == (37.7, 48.06)


def test_export_geojson_and_csv(frontline, ingested, tmp_path):
    for name in ("claims.geojson", "claims.csv"):
        result = frontline("export", tmp_path / name, catch_exceptions=False)
        assert result.exit_code == 0 and (tmp_path / name).stat().st_size > 0


def test_ingest_again_is_unchanged(frontline, ingested, articles, store_path):
    before = stats(store_path)
    result = frontline("ingest", articles, catch_exceptions=False)
    assert result.exit_code == 0
    assert result.stdout.startswith("0 new, 0 replaced, 1 unchanged article(s); 0 mentions, 0 claims")
    assert stats(store_path) == before


def test_edited_article_is_replaced(frontline, ingested, articles, store_path):
    path = articles / "one.txt"
    path.write_text(ARTICLE + "\nUkrainian troops continue to hold Vyhadanivka, the General Staff said.\n", encoding="utf-8")
    result = frontline("ingest", articles, catch_exceptions=False)
    assert result.stdout.startswith("0 new, 1 replaced, 0 unchanged article(s)")
    assert stats(store_path)["articles"] == 1


def test_published_option(frontline, tmp_path, store_path):
    path = tmp_path / "undated.txt"
    path.write_text("Russian forces struck Prykladne on Monday.\n", encoding="utf-8")
    result = frontline("ingest", path, "--published", "2024-03-14", catch_exceptions=False)
    assert result.exit_code == 0 and result.stdout.startswith("1 new,")
    assert stats(store_path)["articles"] == 1


# -- bad inputs: one line naming the file, exit code 2, the database as it was ----------------

def _empty(p):
    p.write_bytes(b"")


def _binary(p):
    p.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 20)


def _undated(p):
    p.write_text("title: No date here\nsource: Test Wire\n\nRussian forces struck Prykladne.\n", encoding="utf-8")


def _script_only_html(p):
    p.write_text(
        "<html><head><title>Forces claim Pobedivka</title><meta property='article:published_time' content='2024-03-14'>"
        "<script>document.write('Russian forces captured Pobedivka')</script></head><body>"
        "<script>var x = 'struck Prykladne';</script></body></html>",
        encoding="utf-8",
    )


def _huge(p):
    p.write_text("published: 2024-03-14\n\n" + ("Russian forces struck Prykladne. " * 200_000), encoding="utf-8")


BAD = {
    "empty.txt": (_empty, "empty file"),
    "blob.txt": (_binary, "binary file"),
    "undated.txt": (_undated, "no publication date"),
    "page.html": (_script_only_html, "no article text in the page"),
    "huge.txt": (_huge, "file too large"),
}


@pytest.mark.parametrize("name", sorted(BAD))
def test_bad_file_changes_nothing(frontline, ingested, tmp_path, store_path, name):
    make, message = BAD[name]
    bad = tmp_path / "bad" / name
    bad.parent.mkdir()
    make(bad)
    if name == "huge.txt":
        assert bad.stat().st_size > 6_000_000
    before = stats(store_path)
    result = frontline("ingest", bad)
    assert result.exit_code == 2, result.output
    assert result.stdout == ""
    lines = result.stderr.splitlines()
    assert len(lines) == 1 and lines[0].startswith(f"Error: {bad}: ")
    assert message in lines[0]
    assert "Traceback" not in result.output
    assert stats(store_path) == before


def test_one_bad_file_stops_the_whole_run(frontline, ingested, articles, tmp_path, store_path):
    (articles / "two.txt").write_text(ARTICLE.replace("test-1", "test-2"), encoding="utf-8")
    _empty(articles / "three.txt")
    before = stats(store_path)
    result = frontline("ingest", articles)
    assert result.exit_code == 2
    assert result.stderr.splitlines()[-1].startswith(f"Error: {articles / 'three.txt'}: empty file")
    assert stats(store_path) == before


def test_missing_path(frontline, tmp_path, store_path):
    missing = tmp_path / "nope"
    result = frontline("ingest", missing)
    assert result.exit_code == 2
    assert result.output == f"Error: {missing}: no such file or folder\n"


def test_folder_without_articles(frontline, tmp_path):
    empty = tmp_path / "empty"
    empty.mkdir()
    result = frontline("ingest", empty)
    assert result.exit_code == 2
    assert result.output == f"Error: {empty}: no article files (.txt, .html, .md) found\n"


def test_bad_published_option(frontline, articles):
    result = frontline("ingest", articles, "--published", "yesterday")
    assert result.exit_code == 2
    assert "'yesterday' is not a date of the form YYYY-MM-DD" in result.output


def test_not_a_claims_database(frontline, articles, sample_gazetteer_path, tmp_path, monkeypatch):
    from click.testing import CliRunner

    from geo.cli import cli

    result = CliRunner().invoke(cli, ["--db", str(sample_gazetteer_path), "--gazetteer", str(sample_gazetteer_path), "ingest", str(articles)])
    assert result.exit_code == 2
    assert result.output == (
        f"Error: {sample_gazetteer_path} is an SQLite database but not a frontline claims database; pass another --db path\n"
    )


def test_claims_place_takes_any_spelling_and_says_when_no_place_is_known(frontline, ingested):
    # Pobedivka has namesakes; the one with claims is meant, whatever the spelling
    for spelling in ("Pobedovka", "Победівка"):
        rows = json.loads(frontline("claims", "--place", spelling, "--format", "json").output)
        assert rows and {r["geonameid"] for r in rows} == {POBEDIVKA}, spelling
    result = frontline("claims", "--place", "Nowhereville")
    assert result.exit_code != 0 and "Nowhereville: no such place in the gazetteer" in result.output
