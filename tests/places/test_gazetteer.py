"""Gazetteer import (counts, optional codes, aliases, metadata, atomic replace) and opening it."""

from __future__ import annotations

import hashlib
import shutil
import zipfile

import pytest

from geo.errors import DumpError, GazetteerError, GazetteerNotFound
from geo.places.gazetteer import Gazetteer, distance_km
from geo.places.importer import ATTRIBUTION, import_dump

# what tests/data/geonames_sample.txt holds
ROWS = 39
SETTLEMENTS = 25  # P rows minus the PPLX, PPLQ and PPLH ones
OPTIONAL = {"PPLX": 9900401, "PPLQ": 9900402, "PPLH": 9900403}
NEVER = (9900601, 9900602, 9900603, 9900604, 9900605)  # hill, station, farm, ADM3, country


def test_import_counts(sample_dump, tmp_path):
    counts = import_dump(sample_dump, tmp_path / "g.sqlite", aliases=None)
    assert {k: counts[k] for k in ("rows", "settlements", "oblasts", "raions", "water", "aliases")} == {
        "rows": ROWS, "settlements": SETTLEMENTS, "oblasts": 2, "raions": 2, "water": 2, "aliases": 0,
    }
    assert counts["names"] > SETTLEMENTS
    assert counts["seconds"] >= 0


def test_import_keeps_kinds(sample_gazetteer):
    places = sample_gazetteer.places
    assert len(sample_gazetteer) == SETTLEMENTS + 2 + 2 + 2
    assert places[9900001].kind == "oblast" and places[9900001].admin1 == "05"
    assert places[9900012].kind == "raion" and places[9900012].admin2 == "0502"
    assert places[9900501].kind == "water"
    assert places[9900100].kind == "settlement" and places[9900100].population == 150000
    for gid in (*OPTIONAL.values(), *NEVER):
        assert gid not in places


@pytest.mark.parametrize("code", ["PPLX", "PPLQ", "PPLH"])
def test_optional_codes_only_with_include(sample_dump, tmp_path, code):
    counts = import_dump(sample_dump, tmp_path / "g.sqlite", aliases=None, include=(code,))
    assert counts["settlements"] == SETTLEMENTS + 1
    gaz = Gazetteer(tmp_path / "g.sqlite")
    assert OPTIONAL[code] in gaz.places
    assert set(OPTIONAL.values()) & set(gaz.places) == {OPTIONAL[code]}
    assert gaz.info()["included_optional"] == code


def test_include_ignores_unknown_codes(sample_dump, tmp_path):
    counts = import_dump(sample_dump, tmp_path / "g.sqlite", aliases=None, include=("HLL",))
    assert counts["settlements"] == SETTLEMENTS
    assert 9900601 not in Gazetteer(tmp_path / "g.sqlite").places


def test_import_from_zip_like_the_official_dump(sample_zip, tmp_path):
    counts = import_dump(sample_zip, tmp_path / "g.sqlite", aliases=None)
    assert counts["settlements"] == SETTLEMENTS
    assert Gazetteer(tmp_path / "g.sqlite").info()["member"] == "UA.txt"


def test_alternate_names_are_indexed(sample_gazetteer):
    # one form per spelling key: Testograd and Тестоград share Testohrad's key
    assert sample_gazetteer.forms(9900100) == ["Testohrad"]
    assert {"Khutirske", "Hutorskoye"} <= set(sample_gazetteer.forms(9900303))
    # lower-case romanizations of other scripts are left out
    assert "po bie di fu ka" not in sample_gazetteer.forms(9900201)


def test_admin_names_and_centres(sample_gazetteer):
    gaz = sample_gazetteer
    village = gaz.places[9900202]
    assert gaz.admin_names(village) == ("Testova Oblast", "Zrazkivskyi Raion")
    assert gaz.admin_names(gaz.places[9900203]) == ("Prykladna Oblast", "")  # no ADM2 row for 1201
    assert gaz.capital_of(gaz.places[9900001]).geonameid == 9900100
    assert gaz.capital_of(gaz.places[9900012]).geonameid == 9900101


def test_aliases_file(sample_dump, tmp_path):
    aliases = tmp_path / "aliases.csv"
    aliases.write_text(
        "alias,geonameid,note\n"
        "Peremozhna Testivka,9900201,renamed in a test\n"
        "Nowhere Testivka,12345678,not in this gazetteer: skipped\n",
        encoding="utf-8",
    )
    counts = import_dump(sample_dump, tmp_path / "g.sqlite", aliases=aliases)
    assert counts["aliases"] == 1
    gaz = Gazetteer(tmp_path / "g.sqlite")
    from geo.places.names import spelling_key

    assert gaz.lookup_key(spelling_key("Peremozhna Testivka")) == {9900201: "alias"}
    assert gaz.lookup_key(spelling_key("Nowhere Testivka")) == {}


def test_bad_aliases_file(sample_dump, tmp_path):
    aliases = tmp_path / "aliases.csv"
    aliases.write_text("alias,geonameid\nTestivka,not-a-number\n", encoding="utf-8")
    with pytest.raises(DumpError, match=r"aliases\.csv: bad aliases row"):
        import_dump(sample_dump, tmp_path / "g.sqlite", aliases=aliases)
    assert not (tmp_path / "g.sqlite").exists()


def test_info_has_source_hash_and_attribution(sample_dump, tmp_path):
    import_dump(sample_dump, tmp_path / "g.sqlite", aliases=None, source="https://example.invalid/UA.zip")
    info = Gazetteer(tmp_path / "g.sqlite").info()
    assert info["source"] == "https://example.invalid/UA.zip"
    assert info["sha256"] == hashlib.sha256(sample_dump.read_bytes()).hexdigest()
    assert info["attribution"] == ATTRIBUTION and "CC BY" in info["attribution"]
    assert info["data_date"] == "2024-03-08"  # the latest modification date of a kept row
    assert info["count_settlements"] == str(SETTLEMENTS)
    assert info["imported_at"]


def test_info_source_defaults_to_the_dump_path(sample_gazetteer):
    assert sample_gazetteer.info()["source"].endswith("geonames_sample.txt")


# -- atomic replace: a failed import leaves the existing gazetteer exactly as it was ------------

def _corrupt_zip(path):
    path.write_bytes(b"PK\x03\x04" + b"\x00garbage" * 50)


def _truncated_zip(path, sample_zip):
    data = sample_zip.read_bytes()
    path.write_bytes(data[: len(data) // 2])


def _empty(path):
    path.write_bytes(b"")


def _text(path):
    path.write_text("These are not the rows you are looking for.\nSecond line\tonly two columns\n", encoding="utf-8")


def _binary(path):
    path.write_bytes(bytes(range(256)) * 8)


def _zip_without_txt(path):
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr("UA.csv", "nothing")


BAD_DUMPS = {
    "corrupt.zip": (_corrupt_zip, "corrupt"),
    "empty.zip": (_empty, "the file is empty, not a GeoNames dump"),
    "empty.txt": (_empty, "the file is empty, not a GeoNames dump"),
    "notes.txt": (_text, "line 1 is not a GeoNames row (expected 19 tab-separated columns, got 1)"),
    "blob.bin": (_binary, "corrupt or binary file, not a GeoNames dump"),
    "nothing.zip": (_zip_without_txt, "the zip holds no GeoNames .txt file"),
}


@pytest.mark.parametrize("name", sorted(BAD_DUMPS))
def test_bad_dump_raises_and_leaves_gazetteer_untouched(sample_gazetteer_path, tmp_path, name):
    make, message = BAD_DUMPS[name]
    bad = tmp_path / name
    make(bad)
    before = sample_gazetteer_path.read_bytes()
    with pytest.raises(DumpError) as exc:
        import_dump(bad, sample_gazetteer_path, aliases=None)
    assert str(exc.value).startswith(f"{bad}: ")
    assert message in str(exc.value)
    assert sample_gazetteer_path.read_bytes() == before
    assert sorted(p.name for p in sample_gazetteer_path.parent.iterdir()) == [sample_gazetteer_path.name]
    assert len(Gazetteer(sample_gazetteer_path)) == SETTLEMENTS + 6


def test_truncated_zip(sample_gazetteer_path, sample_zip, tmp_path):
    bad = tmp_path / "cut.zip"
    _truncated_zip(bad, sample_zip)
    before = sample_gazetteer_path.read_bytes()
    with pytest.raises(DumpError, match=f"^{bad}: "):
        import_dump(bad, sample_gazetteer_path, aliases=None)
    assert sample_gazetteer_path.read_bytes() == before


def test_missing_dump(sample_gazetteer_path, tmp_path):
    before = sample_gazetteer_path.read_bytes()
    missing = tmp_path / "nope" / "UA.zip"
    with pytest.raises(DumpError, match=f"^{missing}: no such file$"):
        import_dump(missing, sample_gazetteer_path, aliases=None)
    assert sample_gazetteer_path.read_bytes() == before


def test_bad_row_in_the_middle(sample_dump, sample_gazetteer_path, tmp_path):
    lines = sample_dump.read_text(encoding="utf-8").splitlines(keepends=True)
    bad = tmp_path / "UA.txt"
    bad.write_text("".join(lines[:10]) + "9900999\tBroken\n" + "".join(lines[10:]), encoding="utf-8")
    before = sample_gazetteer_path.read_bytes()
    with pytest.raises(DumpError, match=r"line 11 is not a GeoNames row \(expected 19 tab-separated columns, got 2\)"):
        import_dump(bad, sample_gazetteer_path, aliases=None)
    assert sample_gazetteer_path.read_bytes() == before


def test_not_utf8(sample_dump, tmp_path):
    bad = tmp_path / "UA.txt"
    bad.write_bytes(sample_dump.read_text(encoding="utf-8").encode("cp1251", errors="replace"))
    with pytest.raises(DumpError, match="not UTF-8 text"):
        import_dump(bad, tmp_path / "g.sqlite", aliases=None)
    assert not (tmp_path / "g.sqlite").exists()


def test_reimport_replaces(sample_dump, sample_gazetteer_path, tmp_path):
    import_dump(sample_dump, sample_gazetteer_path, aliases=None, include=("PPLX",))
    assert 9900401 in Gazetteer(sample_gazetteer_path).places


# -- opening ------------------------------------------------------------------------------------

def test_missing_gazetteer_says_how_to_import(tmp_path):
    path = tmp_path / "none" / "gazetteer.sqlite"
    with pytest.raises(GazetteerNotFound) as exc:
        Gazetteer(path)
    assert isinstance(exc.value, FileNotFoundError)
    assert str(exc.value) == (
        f"{path}: no gazetteer yet; run 'frontline gazetteer import UA.zip' "
        "(or 'frontline gazetteer download' when online)"
    )


def test_gazetteer_path_from_environment(sample_gazetteer_path, monkeypatch):
    monkeypatch.setenv("FRONTLINE_GAZETTEER", str(sample_gazetteer_path))
    assert len(Gazetteer()) == SETTLEMENTS + 6


def test_not_a_gazetteer(tmp_path):
    path = tmp_path / "other.sqlite"
    path.write_bytes(b"this is not sqlite" * 100)
    with pytest.raises(GazetteerError, match="not a frontline gazetteer"):
        Gazetteer(path)


def test_gazetteer_of_another_version(sample_gazetteer_path, tmp_path):
    import sqlite3

    copy = tmp_path / "old.sqlite"
    shutil.copy(sample_gazetteer_path, copy)
    con = sqlite3.connect(copy)
    con.execute("UPDATE meta SET value = '99' WHERE key = 'schema_version'")  # (from a newer frontline)
    con.commit()
    con.close()
    with pytest.raises(GazetteerError, match="gazetteer of another version; re-run 'frontline gazetteer import'"):
        Gazetteer(copy)


def test_places_carry_the_name_reporting_shows(sample_gazetteer):
    places = sample_gazetteer.places
    assert places[9900301].display_name == "Testovianka"  # Тестов'янка, official transliteration
    assert places[9900301].name == "Testov'ianka"  # GeoNames' own name is kept
    assert places[9900201].display_name == "Pobedivka"  # Победівка
    assert places[9900202].display_name == "Pobedivka"  # only a Russian form (Победовка): GeoNames' name
    assert places[9900001].display_name == "Testova Oblast"


def test_a_gazetteer_of_an_older_version_asks_to_be_imported_again(sample_gazetteer_path, tmp_path):
    # version 2 had no stored index (opening built it, four times slower): the user is told to
    # import the dump again, in the words of the command that does it
    import sqlite3

    copy = tmp_path / "v2.sqlite"
    shutil.copy(sample_gazetteer_path, copy)
    con = sqlite3.connect(copy)
    con.execute("UPDATE meta SET value = '2' WHERE key = 'schema_version'")
    con.execute("DROP TABLE blobs")
    con.commit()
    con.close()
    with pytest.raises(GazetteerError, match=r"made by an older frontline \(schema 2, this one reads \d+\); "
                                             r"import it again: 'frontline gazetteer import UA.zip'"):
        Gazetteer(copy)


def test_the_main_job_imports_an_older_gazetteer_again_from_the_dump_it_is_given(sample_gazetteer_path, sample_dump,
                                                                                 tmp_path, monkeypatch):
    from geo.jobs.pipeline import ensure_gazetteer

    copy = tmp_path / "old.sqlite"
    _aged(sample_gazetteer_path, copy)
    said = []
    monkeypatch.setenv("FRONTLINE_GEONAMES", str(sample_dump))
    gaz = ensure_gazetteer(copy, say=said.append)
    assert said and "older frontline" in said[0]
    assert gaz.meta["schema_version"] != "2" and gaz.places
    monkeypatch.delenv("FRONTLINE_GEONAMES")  # without the dump: the message that says what to do
    _aged(sample_gazetteer_path, copy)
    with pytest.raises(GazetteerError, match="import it again"):
        ensure_gazetteer(copy)


def _aged(source, copy) -> None:
    """A copy of a gazetteer as an older frontline (schema 2) left it."""
    import sqlite3

    shutil.copy(source, copy)
    con = sqlite3.connect(copy)
    con.execute("UPDATE meta SET value = '2' WHERE key = 'schema_version'")
    con.commit()
    con.close()


def test_a_damaged_index_asks_to_be_imported_again(sample_gazetteer_path, tmp_path):
    import sqlite3

    copy = tmp_path / "damaged.sqlite"
    shutil.copy(sample_gazetteer_path, copy)
    con = sqlite3.connect(copy)
    con.execute("UPDATE blobs SET value = x'00' WHERE key = 'index'")
    con.commit()
    con.close()
    with pytest.raises(GazetteerError, match="damaged gazetteer index .*re-run 'frontline gazetteer import'"):
        Gazetteer(copy)


def test_the_stored_index_is_what_the_tables_hold(sample_gazetteer_path):
    # opening loads the index the importer stored; it is the one the tables give
    import sqlite3

    from geo.places.gazetteer import build_index

    con = sqlite3.connect(sample_gazetteer_path)
    stored = con.execute("SELECT value FROM blobs WHERE key = 'index'").fetchone()[0]
    assert stored == build_index(con)
    con.close()
    g = Gazetteer(sample_gazetteer_path)
    assert g.keys_with_loose_skeleton("tstGrd") != set()
    assert all(g.places[gid] for key in list(g._by_key)[:50] for gid in g.lookup_key(key))


def test_distance_km():
    assert distance_km(48.0, 37.8, 48.0, 37.8) == 0
    assert distance_km(48.0, 37.8, 48.0, 37.6654) == pytest.approx(10.0, abs=0.1)


# -- only a whole dump replaces the gazetteer ---------------------------------------------------
COUNTRY_ROW = ("690791\tUkraine\tUkraine\t\t49.0\t32.0\tA\tPCLI\tUA\t\t00\t\t\t\t44622516\t\t175\t"
               "Europe/Kyiv\t2024-03-08\n")


def _sample_lines(sample_dump) -> list[str]:
    return sample_dump.read_text(encoding="utf-8").splitlines(keepends=True)


def _refused(dump, target, **kw) -> str:
    """The one-line DumpError importing ``dump`` over ``target`` gives; ``target`` is left as it was."""
    before = target.read_bytes()
    with pytest.raises(DumpError) as exc:
        import_dump(dump, target, aliases=None, **kw)
    assert target.read_bytes() == before
    assert sorted(p.name for p in target.parent.iterdir()) == [target.name]
    assert "\n" not in str(exc.value) and str(exc.value).startswith(f"{dump}: incomplete: ")
    return str(exc.value)


@pytest.mark.parametrize("cut", [3, 40, 80, 90])  # in the date, the time zone, a Cyrillic letter, mid-row
def test_a_dump_cut_in_its_last_row_is_refused(sample_dump, sample_gazetteer_path, tmp_path, cut):
    data = sample_dump.read_bytes()
    half = tmp_path / "UA.zip"
    with zipfile.ZipFile(half, "w", zipfile.ZIP_DEFLATED) as zf:  # a valid zip, of a cut file
        zf.writestr("UA.txt", data[:-cut])
    message = _refused(half, sample_gazetteer_path)
    assert message == f"{half}: incomplete: the last row (line {ROWS}) is cut short; get the whole dump again"


def test_a_complete_last_row_without_its_newline_is_fine(sample_dump, tmp_path):
    dump = tmp_path / "UA.txt"
    dump.write_bytes(sample_dump.read_bytes().rstrip(b"\n"))
    assert import_dump(dump, tmp_path / "g.sqlite", aliases=None)["rows"] == ROWS


def test_a_dump_without_an_oblast_its_places_are_in_is_refused(sample_dump, sample_gazetteer_path, tmp_path):
    lines = _sample_lines(sample_dump)
    dump = tmp_path / "UA.txt"
    dump.write_text("".join(line for line in lines if not line.startswith("9900002\t")), encoding="utf-8")
    message = _refused(dump, sample_gazetteer_path)
    assert "places in oblasts without their own row: 12 (named by Prykladne 9900110)" in message


def test_the_country_dump_must_have_a_plausible_size_and_every_oblast(sample_dump, sample_gazetteer_path, tmp_path):
    dump = tmp_path / "UA.txt"  # holds Ukraine's own row: it says it is the whole country
    dump.write_text("".join(_sample_lines(sample_dump)) + COUNTRY_ROW, encoding="utf-8")
    assert _refused(dump, sample_gazetteer_path).startswith(
        f"{dump}: incomplete: only 40 rows, where the GeoNames dump for Ukraine has at least 40,000; ")
    assert "only 2 of the 27 oblasts of Ukraine" in _refused(dump, sample_gazetteer_path, min_rows=40)


def test_the_minimum_is_a_parameter(sample_dump, tmp_path):
    target = tmp_path / "g.sqlite"
    import_dump(sample_dump, target, aliases=None)  # an extract (no country row): no minimum by default
    assert "only 39 rows, where a whole dump has at least 100" in _refused(sample_dump, target, min_rows=100)
    assert import_dump(sample_dump, target, aliases=None, min_rows=ROWS)["rows"] == ROWS


def test_temporary_files_of_a_killed_import_are_removed_by_the_next(sample_dump, tmp_path):
    import os
    import signal
    import subprocess
    import sys
    from pathlib import Path

    target = tmp_path / "g.sqlite"
    code = ("import os, signal, sys; from geo.places import importer\n"
            "load = importer._load\n"
            "def killed(*a, **k): load(*a, **k); os.kill(os.getpid(), signal.SIGKILL)\n"
            "importer._load = killed\n"
            "importer.import_dump(sys.argv[1], sys.argv[2], aliases=None)\n")
    with subprocess.Popen([sys.executable, "-c", code, str(sample_dump), str(target)],
                          cwd=Path(__file__).resolve().parents[2], stderr=subprocess.PIPE) as proc:
        assert proc.wait(timeout=60) == -signal.SIGKILL, proc.stderr.read()
    debris = sorted(p.name for p in tmp_path.iterdir())
    assert debris and all(name.startswith(f".g.sqlite.{proc.pid}.tmp") for name in debris)
    # A temporary file of an import still running (a live process) is left to it.
    with subprocess.Popen([sys.executable, "-c", "import time; time.sleep(30)"]) as running:
        try:
            live = tmp_path / f".g.sqlite.{running.pid}.tmp"
            live.write_bytes(b"in progress")
            import_dump(sample_dump, target, aliases=None)
            assert sorted(p.name for p in tmp_path.iterdir()) == sorted([live.name, "g.sqlite"])
        finally:
            running.kill()
    assert os.path.getsize(target) > 0


@pytest.fixture(scope="module")
def real_lines():
    import os

    dump = os.environ.get("FRONTLINE_GEONAMES")
    if not dump:
        pytest.skip("set FRONTLINE_GEONAMES=/path/to/UA.zip to run tests against the real GeoNames dump")
    with zipfile.ZipFile(dump) as zf:
        return zf.read("UA.txt").splitlines(keepends=True)


@pytest.mark.parametrize("lines, cut, problem", [
    (19_800, 40, "the last row (line 19,800) is cut short"),  # the issue: 45,086 rows -> 19,800
    (21_000, 0, "places in oblasts without their own row: 01 (named by "),  # cut at a line's end
])
def test_half_of_the_real_dump_is_refused(real_lines, sample_gazetteer_path, tmp_path, lines, cut, problem):
    data = b"".join(real_lines[:lines])
    half = tmp_path / "UA.zip"
    with zipfile.ZipFile(half, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("UA.txt", data[:len(data) - cut])
    assert problem.replace(",", "") in _refused(half, sample_gazetteer_path).replace(",", "")


def test_one_oblast_of_the_real_dump_does_not_replace_the_whole_gazetteer(real_lines, tmp_path):
    from geo.errors import DumpError

    whole = tmp_path / "whole.zip"
    with zipfile.ZipFile(whole, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("UA.txt", b"".join(real_lines))
    target = tmp_path / "gazetteer.sqlite"
    import_dump(whole, target)
    before = target.read_bytes()
    # every row of one oblast (code 14, Donetsk), its own row included: whole in itself, no country row
    one = tmp_path / "one.zip"
    with zipfile.ZipFile(one, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("UA.txt", b"".join(line for line in real_lines if line.split(b"\t")[10] == b"14"))
    with pytest.raises(DumpError, match="would replace a gazetteer of .* places with one of"):
        import_dump(one, target)
    assert target.read_bytes() == before
    import_dump(one, target, force=True)  # asked for: done
    assert target.read_bytes() != before
