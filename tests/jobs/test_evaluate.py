"""`frontline evaluate`: the scores a journalist reads against a gold folder, and what they count."""

from __future__ import annotations

import json
from datetime import date

import pytest

from geo.jobs.evaluate import evaluate, match_claims
from geo.jobs.pipeline import analyse, make_finder
from geo.reading.articles import read_article
from geo.models import Claim

PUBLISHED = "2024-02-22"
ARTICLE = ("Russia says it captured Avdiivka\n\n"
           "Russia's defence ministry said on Tuesday that its forces had captured Avdiivka. "
           "Fighting went on near Robotyne, Ukraine's General Staff said. "
           "Officials in Nikopol district reported no damage.\n")
AVDIIVKA, ROBOTYNE = 713122, 695586


def _gold(tmp_path, claims, mentions=None):
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    mentions = mentions if mentions is not None else [
        {"surface": "Avdiivka", "geonameid": AVDIIVKA, "kind": "settlement"},
        {"surface": "Robotyne", "geonameid": ROBOTYNE, "kind": "settlement"}]
    gold = {"published": PUBLISHED, "mentions": mentions, "claims": claims}
    (tmp_path / "a.gold.json").write_text(json.dumps(gold), encoding="utf-8")
    return tmp_path


def _claim(gid, claimant, kind, **extra):
    return {"geonameid": gid, "place": str(gid), "claimant": claimant, "kind": kind, "control": extra.get("control"),
            "date_from": extra.get("date_from", "2024-02-20"), "date_to": extra.get("date_to", "2024-02-20"), **extra}


@pytest.fixture(scope="module")
def finder(real_gazetteer):
    return make_finder(real_gazetteer)


def test_a_perfect_extraction_scores_one(tmp_path, finder):
    folder = _gold(tmp_path, [_claim(AVDIIVKA, "RU", "captured", control="RU"),
                              _claim(ROBOTYNE, "UA", "contested")])
    got = evaluate(folder, finder).as_dict()
    assert (got["claim_precision"], got["claim_recall"], got["mention_precision"], got["mention_recall"]) == (1, 1, 1, 1)
    assert got["date_overlap"] == 1 and got["control_agreement"] == 1


def test_a_missed_claim_a_wrong_date_and_a_wrong_control_are_counted(tmp_path, finder):
    folder = _gold(tmp_path, [_claim(AVDIIVKA, "RU", "captured", control="UA", date_from="2023-01-01", date_to="2023-01-02"),
                              _claim(ROBOTYNE, "UA", "contested"),
                              _claim(ROBOTYNE, "RU", "struck")])
    score = evaluate(folder, finder, details=True)
    got = score.as_dict()
    assert got["counts"]["claim_tp"] == 2 and got["counts"]["claim_fn"] == 1 and got["claim_recall"] == round(2 / 3, 3)
    assert got["date_overlap"] == 0.5 and got["control_agreement"] == 0.0
    assert any("missed claim" in e for e in score.errors) and any("control of" in e for e in score.errors)


def test_raions_are_neither_right_nor_wrong_since_the_conventions_leave_them_out(tmp_path, finder):
    """'Nikopol district' is found as a raion; the gold, by convention, has no raions."""
    folder = _gold(tmp_path, [])
    mentions, _ = analyse(read_article(folder / "a.txt", published=date(2024, 2, 22)), finder)
    assert any(m.kind == "raion" for m in mentions)
    assert evaluate(folder, finder).as_dict()["mention_precision"] == 1


def test_pairs_take_alternative_places_and_kinds_and_never_a_pending_claim():
    gold = {"claims": [{"geonameid": 1, "alt_geonameids": [2], "claimant": "RU", "kind": "captured", "kinds_ok": ["contested"]}]}
    base = dict(place="x", surface="x", claimant_label="l", control=None, date_from=None, date_to=None, precision="day",
                date_phrase="", quote="", cue="", confidence=0.9)
    pending = Claim(geonameid=None, claimant="RU", kind="captured", **base)
    alt = Claim(geonameid=2, claimant="RU", kind="contested", **base)
    pairs, extra = match_claims(gold, [pending, alt])
    assert pairs[0][1] is alt and extra == []
