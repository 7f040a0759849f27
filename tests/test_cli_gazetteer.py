"""`frontline gazetteer import|info` (download has its own file: test_download.py)."""

from __future__ import annotations

import re

import pytest
from click.testing import CliRunner

from geo.cli import cli


@pytest.fixture
def run(tmp_path, monkeypatch):
    for var in ("FRONTLINE_DB", "FRONTLINE_GAZETTEER", "FRONTLINE_GEONAMES"):
        monkeypatch.delenv(var, raising=False)
    gaz = tmp_path / "gaz" / "gazetteer.sqlite"

    def invoke(*args, catch_exceptions=True):
        return CliRunner().invoke(cli, ["--gazetteer", str(gaz), *map(str, args)], catch_exceptions=catch_exceptions)

    invoke.gazetteer = gaz
    return invoke


def test_import(run, sample_zip):
    result = run("gazetteer", "import", sample_zip, catch_exceptions=False)
    assert result.exit_code == 0
    assert re.fullmatch(
        rf"Imported {re.escape(str(sample_zip))} into {re.escape(str(run.gazetteer))}: 25 settlements, 2 oblasts, "
        r"2 raions, 2 water features, \d+ names in [\d.]+ s\n",
        result.output,
    )
    assert run.gazetteer.exists()


def test_import_include(run, sample_dump):
    result = run("gazetteer", "import", sample_dump, "--include", "PPLX", "--include", "PPLQ", catch_exceptions=False)
    assert result.exit_code == 0
    assert ": 27 settlements," in result.output
    info = run("gazetteer", "info", catch_exceptions=False).output
    assert "included_optional: PPLQ,PPLX\n" in info


def test_import_include_rejects_other_codes(run, sample_dump):
    result = run("gazetteer", "import", sample_dump, "--include", "HLL")
    assert result.exit_code == 2
    assert "Invalid value for '--include'" in result.output
    assert not run.gazetteer.exists()


def test_info(run, sample_dump):
    run("gazetteer", "import", sample_dump, catch_exceptions=False)
    result = run("gazetteer", "info", catch_exceptions=False)
    assert result.exit_code == 0
    info = dict(line.split(": ", 1) for line in result.output.splitlines())
    assert info["attribution"] == "Place data: GeoNames (geonames.org), licensed CC BY 4.0"
    assert info["source"] == str(sample_dump)
    assert len(info["sha256"]) == 64
    assert info["count_settlements"] == "25"
    assert info["data_date"] == "2024-03-08"


def test_info_without_gazetteer(run):
    result = run("gazetteer", "info")
    assert result.exit_code == 2
    assert result.output.startswith(f"Error: {run.gazetteer}: no gazetteer yet; ")
    assert "frontline gazetteer import UA.zip" in result.output and "FRONTLINE_GEONAMES" in result.output
    assert len(result.output.splitlines()) == 1


@pytest.mark.parametrize(
    "name, content, message",
    [
        ("empty.zip", b"", "the file is empty, not a GeoNames dump"),
        ("UA.zip", b"PK\x03\x04" + b"\x00junk" * 100, "corrupt"),
        ("notes.txt", b"hello\nworld\n", "line 1 is not a GeoNames row"),
    ],
)
def test_bad_dump_keeps_the_gazetteer(run, sample_dump, tmp_path, name, content, message):
    run("gazetteer", "import", sample_dump, catch_exceptions=False)
    before = run.gazetteer.read_bytes()
    bad = tmp_path / name
    bad.write_bytes(content)
    result = run("gazetteer", "import", bad)
    assert result.exit_code == 2
    assert result.output.startswith(f"Error: {bad}: ")
    assert message in result.output
    assert len(result.output.splitlines()) == 1
    assert run.gazetteer.read_bytes() == before


def test_missing_dump(run, tmp_path):
    missing = tmp_path / "UA.zip"
    result = run("gazetteer", "import", missing)
    assert result.exit_code == 2
    assert result.output == f"Error: {missing}: no such file\n"


def test_a_cut_dump_keeps_the_gazetteer(run, sample_dump, tmp_path):
    import zipfile

    run("gazetteer", "import", sample_dump, catch_exceptions=False)
    before = run.gazetteer.read_bytes()
    half = tmp_path / "UA.zip"
    with zipfile.ZipFile(half, "w") as zf:  # a valid zip holding a file cut mid-row
        zf.writestr("UA.txt", sample_dump.read_bytes()[:-3])
    result = run("gazetteer", "import", half)
    assert result.exit_code == 2
    assert result.output == f"Error: {half}: incomplete: the last row (line 39) is cut short; get the whole dump again\n"
    assert run.gazetteer.read_bytes() == before
