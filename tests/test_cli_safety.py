"""Safe by default, from the command line: article text is never a formula, a typo in a path never
costs data, and the global options go before or after the command."""

from __future__ import annotations

import csv
import io
import json

import pytest

ARTICLE = """\
title: =HYPERLINK("http://evil.example/","Click me")
published: 2024-03-14
source: @SUM(1+1)
url: https://news.example/formula

The Russian Defense Ministry said on Tuesday that its forces had captured the village of Pobedivka near Testohrad.
"""


@pytest.fixture
def formula_ingested(frontline, tmp_path):
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "formula.txt").write_text(ARTICLE, encoding="utf-8")
    result = frontline("ingest", folder, catch_exceptions=False)
    assert result.exit_code == 0, result.output
    return folder


def _rows(text: str) -> list[dict]:
    return list(csv.DictReader(io.StringIO(text, newline="")))


def test_claims_csv_and_csv_export_neutralise_formulas(frontline, formula_ingested, tmp_path):
    listed = _rows(frontline("claims", "--format", "csv", catch_exceptions=False).output)
    assert listed and {r["title"] for r in listed} == {"'=HYPERLINK(\"http://evil.example/\",\"Click me\")"}
    assert {r["source"] for r in listed} == {"'@SUM(1+1)"}
    out = tmp_path / "x.csv"
    assert frontline("export", out, catch_exceptions=False).exit_code == 0
    exported = _rows(out.read_bytes().decode("utf-8"))
    assert {r["title"][:2] for r in exported} == {"'="} and {r["source"] for r in exported} == {"'@SUM(1+1)"}
    # JSON keeps the text exact: it is never opened as a spreadsheet.
    as_json = json.loads(frontline("claims", "--format", "json").output)
    assert {r["source"] for r in as_json} == {"@SUM(1+1)"}


# -- a typo in --db or FRONTLINE_DB ------------------------------------------------------------------
READERS = [("build", "--out", "{tmp}/maps"), ("claims",), ("export", "{tmp}/x.csv"), ("review", "list"),
           ("review", "corrections"), ("review", "assign", "1", "9900201"), ("review", "reject", "1"),
           ("review", "undo", "1")]


@pytest.fixture
def cli_env(monkeypatch, sample_gazetteer_path):
    """Run ``frontline ARGS`` as typed, with only the gazetteer set (through its variable)."""
    from click.testing import CliRunner

    from geo.cli import cli

    for var in ("FRONTLINE_DB", "FRONTLINE_GEONAMES"):
        monkeypatch.delenv(var, raising=False)
    monkeypatch.setenv("FRONTLINE_GAZETTEER", str(sample_gazetteer_path))

    def invoke(*args, env=None):
        return CliRunner().invoke(cli, [str(a) for a in args], env=env)

    return invoke


@pytest.mark.parametrize("words", READERS, ids=" ".join)
def test_commands_that_read_never_create_a_database(cli_env, tmp_path, words):
    typo = tmp_path / "data" / "frontlien.sqlite"
    args = [w.format(tmp=tmp_path) for w in words]
    for result in (cli_env("--db", typo, *args), cli_env(*args, env={"FRONTLINE_DB": str(typo)})):
        assert result.exit_code == 2, result.output
        assert result.output == (f"Error: {typo}: no claims database there; check --db or FRONTLINE_DB "
                                 "('frontline ingest' creates one)\n")
    assert not typo.exists() and not typo.parent.exists()
    assert not (tmp_path / "maps").exists() and not (tmp_path / "x.csv").exists()


def test_a_relative_path_is_shown_as_given_and_in_full(cli_env, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    result = cli_env("claims", "--db", "typo.sqlite")
    assert result.exit_code == 2
    assert result.output.startswith(f"Error: typo.sqlite: no claims database there ({tmp_path / 'typo.sqlite'}); ")


def test_an_empty_file_is_not_taken_for_a_database(cli_env, tmp_path):
    empty = tmp_path / "empty.sqlite"
    empty.touch()
    result = cli_env("claims", "--db", empty)
    assert result.exit_code == 2 and "an empty file, not a claims database" in result.output
    assert empty.stat().st_size == 0


def test_build_will_not_replace_a_site_with_an_empty_database(frontline, formula_ingested, store_path, tmp_path):
    from geo.store.sqlite import Store

    maps = tmp_path / "maps"
    assert frontline("build", "--out", maps, catch_exceptions=False).exit_code == 0
    before = {p: p.read_bytes() for p in maps.rglob("*") if p.is_file()}
    other = tmp_path / "other.sqlite"
    Store(other).close()  # a real claims database, but with nothing in it
    result = frontline("build", "--out", maps, "--db", other)
    assert result.exit_code == 2, result.output
    assert result.output.startswith(f"Error: {maps}: not replacing ")
    assert f"the new one has no claims (claims read from {other}); " in result.output
    assert "--force" in result.output and len(result.output.splitlines()) == 1
    assert {p: p.read_bytes() for p in maps.rglob("*") if p.is_file()} == before
    forced = frontline("build", "--out", maps, "--db", other, "--force")
    assert forced.exit_code == 0 and ": 0 claims on 0 places" in forced.output


# -- global options before or after the command ----------------------------------------------------
def test_global_options_after_the_command(tmp_path, sample_dump, monkeypatch):
    from click.testing import CliRunner

    from geo.cli import cli

    for var in ("FRONTLINE_DB", "FRONTLINE_GAZETTEER", "FRONTLINE_GEONAMES"):
        monkeypatch.delenv(var, raising=False)
    monkeypatch.chdir(tmp_path)
    db, gaz, article = tmp_path / "x.sqlite", tmp_path / "g.sqlite", tmp_path / "a.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    run = CliRunner().invoke
    assert run(cli, ["gazetteer", "import", str(sample_dump), "--gazetteer", str(gaz)]).exit_code == 0
    result = run(cli, ["ingest", str(article), "--db", str(db), "--gazetteer", str(gaz)])
    assert result.exit_code == 0, result.output
    assert result.output.startswith("1 new, 0 replaced")
    assert db.exists() and not (tmp_path / "data").exists()  # nothing went to the default paths
    listed = run(cli, ["claims", "--format", "json", "--db", str(db)])
    assert listed.exit_code == 0 and json.loads(listed.output)
    assert run(cli, ["review", "list", "--db", str(db)]).exit_code == 0
    assert run(cli, ["gazetteer", "--gazetteer", str(gaz), "info"]).exit_code == 0  # on a group too
    # After the command wins over before it (the later one, as with any repeated option).
    moved = run(cli, ["--db", str(tmp_path / "nope.sqlite"), "claims", "--db", str(db)])
    assert moved.exit_code == 0 and moved.output.startswith("claim_id")


# -- a publication date that cannot be right ---------------------------------------------------------
def test_ingest_refuses_a_future_date_and_writes_nothing(frontline, tmp_path, store_path):
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "a_good.txt").write_text(ARTICLE, encoding="utf-8")
    (folder / "b_future.txt").write_text(ARTICLE.replace("2024-03-14", "2031-05-05").replace("formula", "f2"),
                                         encoding="utf-8")
    result = frontline("ingest", folder)
    assert result.exit_code == 2
    assert result.output.startswith(f"Error: {folder / 'b_future.txt'}: publication date 2031-05-05 (from the "
                                    "header) is in the future")
    assert len(result.output.splitlines()) == 1
    assert not store_path.exists()  # nothing written, not even an empty database


# -- folder walks -------------------------------------------------------------------------------------
def test_ingest_reports_a_loop_in_one_line_and_writes_nothing(frontline, tmp_path, store_path):
    folder = tmp_path / "articles"
    (folder / "sub").mkdir(parents=True)
    (folder / "a.txt").write_text(ARTICLE, encoding="utf-8")
    (folder / "sub" / "back").symlink_to(folder)
    result = frontline("ingest", folder)
    assert result.exit_code == 2
    assert result.output == f"Error: {folder / 'sub' / 'back'}: symlink loop (it leads back to {folder})\n"
    assert not store_path.exists()


# -- watch -------------------------------------------------------------------------------------------
def test_watch_says_it_started_and_stops_on_ctrl_c(frontline, tmp_path, store_path, monkeypatch):
    import time

    def ctrl_c(seconds):
        raise KeyboardInterrupt

    monkeypatch.setattr(time, "sleep", ctrl_c)
    (tmp_path / "inbox").mkdir()
    result = frontline("watch", tmp_path / "inbox", "--out", tmp_path / "maps", "--db", store_path)
    assert result.exit_code == 0, result.output
    first, last = result.output.splitlines()
    assert f"watching {tmp_path / 'inbox'} every 5 s" in first and "then rename it" in first
    assert last == "Stopped."
