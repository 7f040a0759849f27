"""`frontline run`: gazetteer from $FRONTLINE_GEONAMES, ingest, build; offline without it says what to do."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from geo.cli import cli
from geo.store.sqlite import Store

ARTICLE = """\
title: Claims around Testohrad
published: 2024-03-14

The Russian Defense Ministry said on Tuesday that its forces had captured the village of Pobedivka near Testohrad.
"""


@pytest.fixture
def dirs(tmp_path, monkeypatch):
    for var in ("FRONTLINE_DB", "FRONTLINE_GAZETTEER", "FRONTLINE_GEONAMES"):
        monkeypatch.delenv(var, raising=False)
    articles = tmp_path / "articles"
    articles.mkdir()
    (articles / "a.txt").write_text(ARTICLE, encoding="utf-8")
    return {
        "articles": articles,
        "db": tmp_path / "db" / "frontline.sqlite",
        "gazetteer": tmp_path / "gaz" / "gazetteer.sqlite",
        "out": tmp_path / "maps",
    }


def run(dirs, *args, env=None, catch_exceptions=True):
    argv = ["--db", str(dirs["db"]), "--gazetteer", str(dirs["gazetteer"]), "run", *map(str, args), "--out", str(dirs["out"])]
    return CliRunner().invoke(cli, argv, env=env, catch_exceptions=catch_exceptions)


def test_run_with_frontline_geonames(dirs, sample_zip):
    result = run(dirs, dirs["articles"], "--no-download", env={"FRONTLINE_GEONAMES": str(sample_zip)}, catch_exceptions=False)
    assert result.exit_code == 0, result.output
    assert result.stderr == (
        f"Importing the GeoNames dump {sample_zip} (from $FRONTLINE_GEONAMES) into {dirs['gazetteer']} ...\n"
    )
    lines = result.stdout.splitlines()
    assert lines[0].startswith("1 new, 0 replaced, 0 unchanged article(s); ")
    assert lines[1].startswith(f"{dirs['out']}: 1 claims on 1 places as of 2024-03-12; ")
    assert lines[2] == f"Open {dirs['out'] / 'index.html'} in a browser."
    assert dirs["gazetteer"].exists()
    for name in ("index.html", "claims.geojson", "claims.csv", "sources.txt"):
        assert (dirs["out"] / name).exists(), name
    geojson = json.loads((dirs["out"] / "claims.geojson").read_text(encoding="utf-8"))
    assert [f["properties"]["geonameid"] for f in geojson["features"]] == [9900201]
    assert "GeoNames" in (dirs["out"] / "sources.txt").read_text(encoding="utf-8")


def test_run_again_reuses_everything(dirs, sample_zip):
    env = {"FRONTLINE_GEONAMES": str(sample_zip)}
    run(dirs, dirs["articles"], env=env, catch_exceptions=False)
    with Store(dirs["db"]) as store:
        before = store.stats()
    result = run(dirs, dirs["articles"], env=env, catch_exceptions=False)
    assert result.exit_code == 0
    assert result.stderr == ""  # the gazetteer is there now: no second import
    assert result.stdout.startswith("0 new, 0 replaced, 1 unchanged article(s)")
    assert "0 files written" in result.stdout
    with Store(dirs["db"]) as store:
        assert store.stats() == before


def test_run_defaults_to_seeds(dirs, sample_zip, tmp_path, monkeypatch):
    seeds = tmp_path / "work" / "seeds"
    seeds.mkdir(parents=True)
    (seeds / "seed.txt").write_text(ARTICLE, encoding="utf-8")
    monkeypatch.chdir(tmp_path / "work")
    result = run(dirs, env={"FRONTLINE_GEONAMES": str(sample_zip)}, catch_exceptions=False)
    assert result.exit_code == 0
    assert result.stdout.startswith("1 new,")


def test_offline_without_gazetteer(dirs):
    result = run(dirs, dirs["articles"], "--no-download")
    assert result.exit_code != 0
    assert result.stdout == ""
    message = result.stderr.strip()
    assert len(message.splitlines()) == 1
    assert message.startswith(f"Error: {dirs['gazetteer']}: no gazetteer yet; ")
    assert "FRONTLINE_GEONAMES" in message and "gazetteer import" in message
    assert not dirs["gazetteer"].exists() and not dirs["db"].exists() and not dirs["out"].exists()


def test_frontline_geonames_names_a_missing_file(dirs, tmp_path):
    missing = tmp_path / "nowhere" / "UA.zip"
    result = run(dirs, dirs["articles"], "--no-download", env={"FRONTLINE_GEONAMES": str(missing)})
    assert result.exit_code == 2
    assert result.stderr.splitlines()[-1] == f"Error: {missing}: no such file"
    assert not dirs["gazetteer"].exists() and not dirs["out"].exists()


def test_bad_article_stops_before_the_build(dirs, sample_zip):
    (dirs["articles"] / "bad.txt").write_text("no header, no date\n", encoding="utf-8")
    result = run(dirs, dirs["articles"], "--no-download", env={"FRONTLINE_GEONAMES": str(sample_zip)})
    assert result.exit_code == 2
    assert result.stderr.splitlines()[-1].startswith(f"Error: {dirs['articles'] / 'bad.txt'}: no publication date")
    assert not dirs["out"].exists()
