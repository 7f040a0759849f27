"""`frontline review`: assign, reject, undo; corrections survive re-ingest."""

from __future__ import annotations

import json

import pytest

from geo.store.sqlite import Store

ARTICLE = """\
title: Claims around Testohrad
published: 2024-03-14
url: https://news.example/review-1

The Russian Defense Ministry said on Tuesday that its forces had captured the village of Pobedivka near Testohrad.

Russian forces struck Prykladne on Monday, the regional governor said.
"""
UNRESOLVED = """\
title: A claim on Pobedivka
published: 2024-03-14
url: https://news.example/review-2

The Russian Defense Ministry said on Tuesday that its forces had captured Pobedivka.
"""


@pytest.fixture
def article(frontline, tmp_path):
    path = tmp_path / "articles" / "review.txt"
    path.parent.mkdir()
    path.write_text(ARTICLE, encoding="utf-8")
    result = frontline("ingest", path, catch_exceptions=False)
    assert result.stdout.startswith("1 new,")
    return path


def claims(frontline, *args):
    return json.loads(frontline("claims", "--format", "json", *args, catch_exceptions=False).output)


def body_mention(store_path, surface):
    with Store(store_path) as store:
        rows = [m for m in store.mentions() if m["surface"] == surface]
    return max(rows, key=lambda m: m["start"])  # the one in the body, not the headline


def stats(store_path):
    with Store(store_path) as store:
        return store.stats()


def corrections(frontline):
    return [json.loads(line) for line in frontline("review", "corrections", catch_exceptions=False).output.splitlines()]


def test_round_trip_survives_reingest(frontline, article, store_path):
    pob = body_mention(store_path, "Pobedivka")
    assert pob["geonameid"] == 9900201
    struck = next(c for c in claims(frontline) if c["kind"] == "struck")

    result = frontline("review", "assign", pob["mention_id"], "9900202", "--note", "the one near Zrazkivka", catch_exceptions=False)
    assert result.output == f"Mention {pob['mention_id']} is now Pobedivka (9900202)\n"
    result = frontline("review", "reject", struck["claim_id"], "--reason", "quote misread", catch_exceptions=False)
    assert result.output == f"Claim {struck['claim_id']} rejected\n"

    def check_corrected():
        rows = claims(frontline)
        captured = [c for c in rows if c["kind"] == "captured" and c["place"] == "Pobedivka"]
        assert captured and {c["geonameid"] for c in captured} == {9900202}
        assert (captured[0]["lat"], captured[0]["lon"]) == (47.2, 36.2)
        assert not any(c["kind"] == "struck" for c in rows)
        assert frontline("claims", "--place", "9900201", "--format", "json").output.strip() == "[]"

    check_corrected()
    listed = corrections(frontline)
    assert [(c["action"], c["matches"]) for c in listed] == [("assign", 1), ("reject", 1)]
    assert listed[0]["to_geonameid"] == 9900202 and listed[0]["note"] == "the one near Zrazkivka"
    assert listed[1]["note"] == "quote misread"

    # the article changes (a paragraph added) and is ingested again: the corrections still apply
    article.write_text(ARTICLE + "\nFighting continued, the report said.\n", encoding="utf-8")
    assert frontline("ingest", article, catch_exceptions=False).stdout.startswith("0 new, 1 replaced,")
    check_corrected()
    assert [c["matches"] for c in corrections(frontline)] == [1, 1]

    # undo both: the extracted data shows again
    for c in corrections(frontline):
        result = frontline("review", "undo", c["correction_id"], catch_exceptions=False)
        assert result.output == f"Correction {c['correction_id']} undone\n"
    assert corrections(frontline) == []
    rows = claims(frontline)
    assert any(c["kind"] == "struck" for c in rows)
    assert {c["geonameid"] for c in rows if c["kind"] == "captured"} == {9900201}


def test_assign_by_name(frontline, article, store_path):
    pob = body_mention(store_path, "Pobedivka")
    result = frontline("review", "assign", pob["mention_id"], "Zrazkivka", catch_exceptions=False)
    assert result.output == f"Mention {pob['mention_id']} is now Zrazkivka (9900101)\n"


def test_assign_an_oblast_by_name(frontline, article, store_path):
    pob = body_mention(store_path, "Pobedivka")
    result = frontline("review", "assign", pob["mention_id"], "Prykladna region", catch_exceptions=False)
    assert result.output == f"Mention {pob['mention_id']} is now Prykladna Oblast (9900002)\n"


def test_assign_ambiguous_name(frontline, article, store_path):
    pob = body_mention(store_path, "Pobedivka")
    result = frontline("review", "assign", pob["mention_id"], "Pobedivka")
    assert result.exit_code == 1
    assert result.output.startswith("Error: Pobedivka: ambiguous or unknown; give a geonameid (")
    assert all(str(g) in result.output for g in (9900201, 9900202, 9900203))
    assert corrections(frontline) == []


@pytest.mark.parametrize(
    "args, message",
    [
        (("assign", "1", "123"), "Error: 123: no such geonameid in the gazetteer\n"),
        (("assign", "1", "Narnia"), "Error: Narnia: ambiguous or unknown; give a geonameid\n"),
        (("assign", "999", "9900202"), "Error: no mention 999; list them with 'frontline review list'\n"),
        (("reject", "999"), "Error: no claim 999; list them with the claims command\n"),
        (("undo", "999"), "Error: no correction 999; list them with the corrections command\n"),
    ],
)
def test_review_errors(frontline, article, store_path, args, message):
    before = stats(store_path)
    result = frontline("review", *args)
    assert result.exit_code == 1
    assert result.output == message
    assert stats(store_path) == before


def test_list_unresolved_with_candidates(frontline, tmp_path, store_path):
    path = tmp_path / "unresolved.txt"
    path.write_text(UNRESOLVED, encoding="utf-8")
    frontline("ingest", path, catch_exceptions=False)
    result = frontline("review", "list", catch_exceptions=False)
    lines = result.output.splitlines()
    assert lines[0] == "mention_id\tsurface\tresolved_to\tconfidence\tarticle\tcandidates"
    assert len(lines) >= 2
    fields = lines[1].split("\t")
    assert fields[1:3] == ["Pobedivka", "-"] and fields[4] == "https://news.example/review-2"
    assert "9900201 Pobedivka (Testova Oblast)" in fields[5] and "9900203 Pobedivka (Prykladna Oblast)" in fields[5]

    mention = body_mention(store_path, "Pobedivka")
    frontline("review", "assign", mention["mention_id"], "9900203", catch_exceptions=False)
    assert f"\n{mention['mention_id']}\t" not in frontline("review", "list").output


def test_nothing_to_review(frontline, article):
    assert frontline("review", "list", "--below", "0").output == "Nothing to review.\n"


def test_assigning_an_unresolved_mention_brings_its_claim(frontline, tmp_path, store_path):
    path = tmp_path / "unresolved.txt"
    path.write_text(UNRESOLVED, encoding="utf-8")
    frontline("ingest", path, catch_exceptions=False)
    mention = body_mention(store_path, "Pobedivka")
    frontline("review", "assign", mention["mention_id"], "9900203", catch_exceptions=False)
    path.write_text(UNRESOLVED + "\nFighting continued.\n", encoding="utf-8")
    frontline("ingest", path, catch_exceptions=False)
    assert any(c["geonameid"] == 9900203 and c["kind"] == "captured" for c in claims(frontline))


def test_unresolved_mentions_are_listed_whatever_the_threshold(frontline, tmp_path):
    path = tmp_path / "unresolved.txt"
    path.write_text(UNRESOLVED, encoding="utf-8")
    frontline("ingest", path, catch_exceptions=False)
    listed = frontline("review", "list", "--below", "0", catch_exceptions=False).output
    assert "\tPobedivka\t-\t" in listed
