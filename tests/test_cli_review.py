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
CITY = """\
title: Testohrad
published: 2024-03-14
url: https://news.example/city

The Russian Defense Ministry said on Wednesday that its forces had captured Testohrad.
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


@pytest.fixture
def unresolved(frontline, tmp_path):
    """An article whose only place name, Pobedivka, has three namesakes: left unresolved."""
    path = tmp_path / "unresolved.txt"
    path.write_text(UNRESOLVED, encoding="utf-8")
    frontline("ingest", path, catch_exceptions=False)
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


def test_list_a_block_per_name_and_article(frontline, tmp_path, store_path, unresolved):
    mention = body_mention(store_path, "Pobedivka")
    (claim,) = claims(frontline, "--all")
    result = frontline("review", "list", catch_exceptions=False)
    # one block for the name, though the headline names it too
    assert result.output == f"""\
1 name(s) to review in 1 article(s); 1 claim(s) wait for review.

Pobedivka  ·  unresolved  ·  mention {mention['mention_id']} (named 2 times)
  in 'A claim on Pobedivka', 2024-03-14
  “The Russian Defense Ministry said on Tuesday that its forces had captured Pobedivka.”
  candidates (* chosen), and the nearest other place the article names:
     9900202  Pobedivka (Testova Oblast)                 - (no other place)
     9900201  Pobedivka (Testova Oblast)                 - (no other place)
     9900203  Pobedivka (Prykladna Oblast)               - (no other place)
  claims waiting:
    #{claim['claim_id']:<5} pending       RU captured, control RU · 2024-03-12 · Russian Defense Ministry · confidence {claim['confidence']:.2f}
  -> frontline review assign {mention['mention_id']} GEONAMEID | dismiss Pobedivka | reject {claim['claim_id']}
"""
    assert all(len(line) <= 120 for line in result.output.splitlines())

    frontline("review", "assign", mention["mention_id"], "9900203", catch_exceptions=False)
    assert frontline("review", "list").output == "Nothing to review.\n"


def test_list_gives_distances_to_the_other_places_of_the_article(frontline, tmp_path, store_path):
    path = tmp_path / "near.txt"
    path.write_text(UNRESOLVED.replace("captured Pobedivka.", "captured Pobedivka. Russian forces also struck Vyhadanivka, the ministry said."),
                    encoding="utf-8")
    frontline("ingest", path, catch_exceptions=False)
    # Vyhadanivka settles which Pobedivka it is: listed only when every resolved name is asked for
    assert frontline("review", "list", "--json", catch_exceptions=False).output == "[]\n"
    items = json.loads(frontline("review", "list", "--below", "1.01", "--json", catch_exceptions=False).output)
    item = next(i for i in items if i["name"] == "Pobedivka")
    assert (item["status"], item["doubtful"], item["occurrences"], item["claims"]) == ("resolved", True, 2, [])
    assert item["place"]["geonameid"] == 9900201 and item["place"]["assigned"] is False
    assert item["article"]["key"] == "https://news.example/review-2" and item["article"]["title"] == "A claim on Pobedivka"
    assert item["sentence"] == "The Russian Defense Ministry said on Tuesday that its forces had captured Pobedivka."
    near = {c["geonameid"]: (c["oblast"], c["km"], c["nearest"], c["chosen"]) for c in item["candidates"]}
    # Vyhadanivka (48.15, 37.75) lies 11 km from the Pobedivka at (48.06, 37.70), far from the others
    assert near == {9900201: ("Testova Oblast", 11, "Vyhadanivka", True),
                    9900202: ("Testova Oblast", 157, "Vyhadanivka", False),
                    9900203: ("Prykladna Oblast", 586, "Vyhadanivka", False)}
    listed = frontline("review", "list", "--below", "1.01", catch_exceptions=False).output
    assert "  *  9900201  Pobedivka (Testova Oblast)                11 km from Vyhadanivka\n" in listed


def test_approve_publishes_a_held_claim_for_good(frontline, tmp_path, store_path):
    path = tmp_path / "city.txt"
    path.write_text(CITY, encoding="utf-8")
    assert "1 claims wait for review (frontline review list)" in frontline("ingest", path, catch_exceptions=False).output
    assert claims(frontline) == []
    (held,) = claims(frontline, "--all")
    assert (held["geonameid"], held["hold"], held["approved"]) == (9900100, "extraordinary", False)
    table = frontline("claims", "--all", catch_exceptions=False).output.splitlines()
    assert table[0].endswith("\tconfidence\twaits") and table[1].endswith("\textraordinary")
    listed = frontline("review", "list", catch_exceptions=False).output
    assert f"#{held['claim_id']:<5} extraordinary RU captured, control RU" in listed
    assert f"-> frontline review approve {held['claim_id']} | reject {held['claim_id']}" in listed

    result = frontline("review", "approve", held["claim_id"], "--note", "confirmed", catch_exceptions=False)
    (correction,) = corrections(frontline)
    assert result.output == f"Claim {held['claim_id']} approved; undo: frontline review undo {correction['correction_id']}\n"
    assert (correction["action"], correction["note"], correction["matches"]) == ("approve", "confirmed", 1)
    assert [(c["geonameid"], c["approved"]) for c in claims(frontline)] == [(9900100, True)]
    assert frontline("review", "list").output == "Nothing to review.\n"

    path.write_text(CITY + "\nMore fighting was reported.\n", encoding="utf-8")  # edited, ingested again
    assert "0 claims wait for review" in frontline("ingest", path, catch_exceptions=False).output
    assert [c["geonameid"] for c in claims(frontline)] == [9900100]

    frontline("review", "undo", correction["correction_id"], catch_exceptions=False)
    assert claims(frontline) == [] and len(claims(frontline, "--all")) == 1


def test_approve_a_claim_with_no_place_yet_is_refused(frontline, tmp_path, store_path, unresolved):
    (claim,) = claims(frontline, "--all")
    mention = body_mention(store_path, "Pobedivka")
    result = frontline("review", "approve", claim["claim_id"])
    assert result.exit_code == 2
    assert result.output == (f"Error: claim {claim['claim_id']} is on 'Pobedivka', a name with no place yet; assign "
                             f"mention {mention['mention_id']} its place first (frontline review assign "
                             f"{mention['mention_id']} GEONAMEID)\n")
    assert corrections(frontline) == []
    assert frontline("review", "approve", "999").output == "Error: no claim 999; list them with 'frontline claims --all'\n"


def test_dismissed_name_leaves_review_everywhere_also_in_later_articles(frontline, tmp_path, store_path, unresolved):
    result = frontline("review", "dismiss", "pobedivka", "--reason", "a village in Russia", catch_exceptions=False)
    (correction,) = corrections(frontline)
    assert result.output == ("Dismissed 'pobedivka': 2 mention(s) in 1 article(s), 1 claim(s) hidden; "
                             f"undo: frontline review undo {correction['correction_id']}\n")
    assert (correction["action"], correction["surface"], correction["note"]) == ("dismiss", "pobedivka", "a village in Russia")
    assert frontline("review", "list").output == "Nothing to review.\n"
    assert claims(frontline, "--all") == []

    later = tmp_path / "two.txt"  # a later article naming it: its mentions and claims are dismissed too
    later.write_text(UNRESOLVED.replace("review-2", "review-3"), encoding="utf-8")
    summary = frontline("ingest", later, catch_exceptions=False).output
    assert "0 unresolved names; 0 claims wait for review" in summary
    assert frontline("review", "list").output == "Nothing to review.\n"
    assert corrections(frontline)[0]["matches"] == 4

    frontline("review", "undo", correction["correction_id"], catch_exceptions=False)
    assert len(json.loads(frontline("review", "list", "--json").output)) == 2
    assert len(claims(frontline, "--all")) == 2
    result = frontline("review", "dismiss", "Narnia")
    assert result.exit_code == 1
    assert result.output == "Error: no mention named 'Narnia'; list them with 'frontline review list'\n"


def test_assigning_the_place_publishes_the_claims_made_from_it(frontline, tmp_path, store_path, unresolved):
    mention = body_mention(store_path, "Pobedivka")
    frontline("review", "assign", mention["mention_id"], "9900201", catch_exceptions=False)
    assert body_mention(store_path, "Pobedivka")["confidence"] == 1.0  # a person chose it
    (claim,) = claims(frontline)
    assert (claim["geonameid"], claim["corrected"], claim["approved"]) == (9900201, True, True)


def test_export_all_includes_the_held_claims(frontline, tmp_path):
    path = tmp_path / "city.txt"
    path.write_text(CITY, encoding="utf-8")
    frontline("ingest", path, catch_exceptions=False)
    assert frontline("export", tmp_path / "a.csv", catch_exceptions=False).output == f"Wrote 0 claims to {tmp_path / 'a.csv'}\n"
    assert frontline("export", "--all", tmp_path / "b.geojson", catch_exceptions=False).output == (
        f"Wrote 1 claims to {tmp_path / 'b.geojson'}\n")
    (feature,) = json.loads((tmp_path / "b.geojson").read_text())["features"]
    assert (feature["properties"]["hold"], feature["properties"]["approved"]) == ("extraordinary", False)


def test_the_site_counts_the_claims_that_wait(frontline, tmp_path):
    path = tmp_path / "city.txt"
    path.write_text(CITY + "\nRussian forces struck Prykladne on Monday, the regional governor said.\n",
                    encoding="utf-8")
    frontline("ingest", path, catch_exceptions=False)
    out = tmp_path / "site"
    result = frontline("build", "--out", out, catch_exceptions=False)
    assert "1 claims on 1 places as of 2024-03-11 (1 more wait for review)" in result.output
    html = (out / "index.html").read_text(encoding="utf-8")
    assert ("1 claim waits for review (<code>frontline review list</code>) and is not shown" in html)
    data = (out / "data.js").read_text(encoding="utf-8")
    assert "9900100" not in data and "captured Testohrad" not in data  # which one, never


def test_nothing_to_review(frontline, article):
    assert frontline("review", "list", "--below", "0").output == "Nothing to review.\n"


def test_assigning_an_unresolved_mention_brings_its_claim(frontline, tmp_path, store_path, unresolved):
    mention = body_mention(store_path, "Pobedivka")
    frontline("review", "assign", mention["mention_id"], "9900203", catch_exceptions=False)
    unresolved.write_text(UNRESOLVED + "\nFighting continued.\n", encoding="utf-8")
    frontline("ingest", unresolved, catch_exceptions=False)
    assert any(c["geonameid"] == 9900203 and c["kind"] == "captured" for c in claims(frontline))


def test_unresolved_mentions_are_listed_whatever_the_threshold(frontline, tmp_path, unresolved):
    listed = frontline("review", "list", "--below", "0", catch_exceptions=False).output
    assert "\nPobedivka  ·  unresolved  ·  mention " in listed
