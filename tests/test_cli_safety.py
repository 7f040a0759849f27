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
