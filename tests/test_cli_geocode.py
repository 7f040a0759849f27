"""`frontline geocode`: one name (table or JSON), or name<TAB>context lines from stdin."""

from __future__ import annotations

import json
import os
import subprocess
import sys

from click.testing import CliRunner

from geo.cli import cli


def test_resolved_name(frontline):
    result = frontline("geocode", "Testograd", catch_exceptions=False)
    assert result.exit_code == 0
    assert result.output == "9900100\tTestohrad\t48.00000,37.80000\tTestohradskyi Raion, Testova Oblast\tconfidence 0.99\n"


def test_unresolved_lists_candidates(frontline):
    result = frontline("geocode", "Pobedivka", catch_exceptions=False)
    assert result.exit_code == 0
    lines = result.output.splitlines()
    assert lines[0] == "Pobedivka: unresolved (3 candidates)"
    assert sorted(line.split("\t")[0] for line in lines[1:]) == ["9900201", "9900202", "9900203"]
    # no raion row for this one: no dangling comma
    assert any(line.split("\t")[3] == "Prykladna Oblast" for line in lines[1:])


def test_near(frontline):
    result = frontline("geocode", "Pobedivka", "--near", "Testohrad", catch_exceptions=False)
    assert result.exit_code == 0
    assert result.output.startswith("9900201\tPobedivka\t48.06000,37.70000\t")
    assert len(result.output.splitlines()) == 1


def test_near_coordinates_json(frontline):
    result = frontline("geocode", "Pobedivka", "--near", "47.21,36.21", "--json", catch_exceptions=False)
    assert result.exit_code == 0
    data = json.loads(result.output)
    assert data["resolved"] is True and data["geonameid"] == 9900202
    assert data["name"] == "Pobedivka" and data["geonames_name"] == "Pobedivka"  # no Ukrainian form in the dump
    assert data["oblast"] == "Testova Oblast" and data["raion"] == "Zrazkivskyi Raion"
    assert 0.6 <= data["confidence"] <= 1
    assert [c["geonameid"] for c in data["candidates"]][0] == 9900202


def test_places_are_shown_as_reporting_writes_them(frontline):
    # Тестов'янка in the official transliteration (no apostrophe); GeoNames' name and id are kept
    data = json.loads(frontline("geocode", "Testovyanka", "--json", catch_exceptions=False).output)
    assert (data["geonameid"], data["name"], data["geonames_name"]) == (9900301, "Testovianka", "Testov'ianka")
    assert data["candidates"][0]["name"] == "Testovianka"


def test_oblast(frontline):
    result = frontline("geocode", "Pobedivka", "--oblast", "Prykladna", "--json", catch_exceptions=False)
    assert json.loads(result.output)["geonameid"] == 9900203


def test_all(frontline):
    result = frontline("geocode", "Zrazkivka", "--all", catch_exceptions=False)
    assert [line.split("\t")[0] for line in result.output.splitlines()] == ["9900101", "9900102"]


def test_unknown_name(frontline):
    result = frontline("geocode", "Washington", catch_exceptions=False)
    assert result.exit_code == 0
    assert result.output == "Washington: no Ukrainian place of that name\n"
    data = json.loads(frontline("geocode", "Washington", "--json").output)
    assert data == {"query": "Washington", "resolved": False, "candidates": []}


def test_batch_from_stdin(frontline):
    lines = "Pobedivka\tnear Zrazkivka\n\nTestograd\nPobedivka\tin the Prykladna region\nPobedivka\n"
    result = frontline("geocode", "-", input=lines, catch_exceptions=False)
    assert result.exit_code == 0
    out = [json.loads(line) for line in result.output.splitlines()]
    assert [o["query"] for o in out] == ["Pobedivka", "", "Testograd", "Pobedivka", "Pobedivka"]
    assert [o.get("geonameid") for o in out] == [9900202, None, 9900100, 9900203, None]
    assert [o["resolved"] for o in out] == [True, False, True, True, False]
    assert out[0]["context"] == ["near Zrazkivka"]
    assert len(out[4]["candidates"]) == 3


def test_batch_in_its_own_process_writes_every_answer_before_it_ends(frontline, sample_gazetteer_path, store_path):
    """The command's own process writes the answers straight to its standard output and ends at once
    (no caches freed): every answer is there, the same as in-process, and the exit status is 0."""
    lines = "Pobedivka\tnear Zrazkivka\n\nTestograd\nТестоград\nPobedivka\n" * 300
    env = {k: v for k, v in os.environ.items() if not k.startswith("FRONTLINE_")}
    run = subprocess.run([sys.executable, "-m", "geo", "--db", str(store_path), "--gazetteer", str(sample_gazetteer_path),
                          "geocode", "-"], input=lines.encode(), capture_output=True, env=env, timeout=60)
    assert run.returncode == 0, run.stderr
    assert run.stdout.decode() == frontline("geocode", "-", input=lines, catch_exceptions=False).output
    assert len(run.stdout.splitlines()) == 1500


def test_batch_keeps_cyrillic_readable(frontline):
    result = frontline("geocode", "-", input="Тестоград\r\n", catch_exceptions=False)
    assert '"query": "Тестоград"' in result.output


def test_no_gazetteer(tmp_path, monkeypatch):
    monkeypatch.delenv("FRONTLINE_GEONAMES", raising=False)
    monkeypatch.delenv("FRONTLINE_GAZETTEER", raising=False)
    gaz = tmp_path / "none" / "gazetteer.sqlite"
    result = CliRunner().invoke(cli, ["--db", str(tmp_path / "db.sqlite"), "--gazetteer", str(gaz), "geocode", "Testohrad"])
    assert result.exit_code == 2
    assert result.output == (
        f"Error: {gaz}: no gazetteer yet; download the GeoNames dump for Ukraine "
        "(https://download.geonames.org/export/dump/UA.zip) on a connected machine, then run "
        "'frontline gazetteer import UA.zip' or set FRONTLINE_GEONAMES=/path/to/UA.zip\n"
    )


def test_gazetteer_imported_from_frontline_geonames(tmp_path, monkeypatch, sample_zip):
    monkeypatch.setenv("FRONTLINE_GEONAMES", str(sample_zip))
    monkeypatch.delenv("FRONTLINE_GAZETTEER", raising=False)
    gaz = tmp_path / "auto" / "gazetteer.sqlite"
    result = CliRunner().invoke(cli, ["--db", str(tmp_path / "db.sqlite"), "--gazetteer", str(gaz), "geocode", "Testohrad"],
                                catch_exceptions=False)
    assert result.exit_code == 0
    assert f"Importing the GeoNames dump {sample_zip} (from $FRONTLINE_GEONAMES) into {gaz} ..." in result.stderr
    assert result.stdout.startswith("9900100\t")
    assert gaz.exists()
