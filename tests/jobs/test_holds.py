"""Holds set at ingest: weak claims ('low') and changes of hands in large places ('extraordinary')
wait for a person; published claims are the others, and those a person approved."""

from __future__ import annotations

from datetime import date
from types import SimpleNamespace

import pytest

from geo.jobs.pipeline import IngestSummary, ingest, is_big_place, make_finder, set_holds
from geo.models import BIG_PLACE, LOW_CONFIDENCE
from geo.places.gazetteer import Place
from geo.store.sqlite import Store

TESTOHRAD, POBEDIVKA = 9900100, 9900201  # an oblast centre (PPLA) and a village of the sample gazetteer


def _place(gid, fcode="PPL", population=0, kind="settlement"):
    return Place(gid, f"Place {gid}", 48.0, 37.0, "P" if kind == "settlement" else "A", fcode, "05", "", population, kind)


# a tiny invented gazetteer: a city above BIG_PLACE, one just at it, a small capital, a populous oblast
TINY = SimpleNamespace(places={
    1: _place(1, population=BIG_PLACE + 1), 2: _place(2, population=BIG_PLACE),
    3: _place(3, "PPLC", 50_000), 4: _place(4, "ADM1", 2_000_000, kind="oblast"), 5: _place(5, "PPLA2", 90_000),
})


@pytest.mark.parametrize("gid, big", [(1, True), (2, False), (3, True), (4, False), (5, False), (None, False),
                                      (999, False)])
def test_big_places(gid, big):
    assert is_big_place(TINY, gid) is big


@pytest.fixture
def claim_on(make_mention, make_claim):
    def make(gid, claimant="RU", kind="captured", confidence=0.9, day=date(2024, 2, 20)):
        m = make_mention(12, "Somewhere", gid, 48.0, 37.0)
        return make_claim(m, claimant, kind, day, confidence=confidence)
    return make


def test_a_weak_claim_waits_low(sample_gazetteer, claim_on):
    claims = [claim_on(POBEDIVKA, confidence=LOW_CONFIDENCE - 0.01), claim_on(POBEDIVKA, "UA", "held", LOW_CONFIDENCE),
              claim_on(TESTOHRAD, confidence=0.3), claim_on(None, confidence=0.3)]
    set_holds(claims, sample_gazetteer, Store(), "a.txt")
    assert [c.hold for c in claims] == ["low", None, "low", "low"]


def test_a_change_of_hands_in_a_large_place_waits(sample_gazetteer, claim_on):
    claims = [claim_on(TESTOHRAD), claim_on(TESTOHRAD, "UA", "held"), claim_on(TESTOHRAD, "UA", "struck"),
              claim_on(TESTOHRAD, "other", "contested"), claim_on(POBEDIVKA)]
    set_holds(claims, sample_gazetteer, Store(), "a.txt")
    # no claim on Testohrad is published yet: a capture or a hold would change its status
    assert [c.hold for c in claims] == ["extraordinary", "extraordinary", None, None, None]


def test_large_places_by_population_and_capital(claim_on):
    claims = [claim_on(gid) for gid in (1, 2, 3, 4)]
    set_holds(claims, TINY, Store(), "a.txt")
    assert [c.hold for c in claims] == ["extraordinary", None, "extraordinary", None]


def _stored(store, key, claims, make_article):
    store.ingest(make_article(key=key, text=f"Story {key}."), [], claims)


def test_compared_with_the_latest_published_control(sample_gazetteer, claim_on, make_article):
    store = Store()
    older = claim_on(TESTOHRAD, "UA", "held", day=date(2024, 2, 10))
    newer = claim_on(TESTOHRAD, "RU", "captured", day=date(2024, 2, 18))
    _stored(store, "old.txt", [older], make_article)  # no hold: published
    _stored(store, "new.txt", [newer], make_article)
    assert store.latest_control([TESTOHRAD, POBEDIVKA]) == {TESTOHRAD: "RU"}
    assert store.latest_control([TESTOHRAD], exclude_article="new.txt") == {TESTOHRAD: "UA"}

    claims = [claim_on(TESTOHRAD, "RU", "held"), claim_on(TESTOHRAD, "UA", "captured")]
    set_holds(claims, sample_gazetteer, store, "third.txt")
    assert [c.hold for c in claims] == [None, "extraordinary"]
    # the article's own earlier version does not count: it is being replaced
    claims = [claim_on(TESTOHRAD, "RU", "held")]
    set_holds(claims, sample_gazetteer, store, "new.txt")
    assert claims[0].hold == "extraordinary"


def test_held_and_rejected_claims_are_not_the_published_control(claim_on, make_article):
    store = Store()
    held = claim_on(TESTOHRAD, "UA", "held", day=date(2024, 2, 19))
    held.hold = "extraordinary"
    _stored(store, "held.txt", [held], make_article)
    _stored(store, "rejected.txt", [claim_on(TESTOHRAD, "RU", "captured", day=date(2024, 2, 18))], make_article)
    assert store.latest_control([TESTOHRAD]) == {TESTOHRAD: "RU"}
    store.reject_claim(store.claims(side="RU")[0]["claim_id"])
    assert store.latest_control([TESTOHRAD]) == {}
    store.approve_claim(store.claims(include_waiting=True)[0]["claim_id"])
    assert store.latest_control([TESTOHRAD]) == {TESTOHRAD: "UA"}


CITY = """\
title: News from the front
published: 2024-03-14
url: https://news.example/{key}

The Russian Defense Ministry said on Wednesday that its forces had captured Testohrad.
"""


def test_ingest_stores_the_holds(tmp_path, sample_gazetteer):
    finder = make_finder(sample_gazetteer)
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "a.txt").write_text(CITY.format(key="a"), encoding="utf-8")
    with Store(tmp_path / "db.sqlite") as store:
        summary = ingest([folder], store, finder)
        assert (summary.claims, summary.waiting) == (1, 1)
        assert summary.line().endswith("; 1 claims wait for review (frontline review list)")
        assert store.claims() == [] and store.waiting_count() == 1
        (held,) = store.claims(include_waiting=True)
        assert (held["geonameid"], held["hold"], held["approved"]) == (TESTOHRAD, "extraordinary", False)
        store.approve_claim(held["claim_id"])
        # a second article saying the same is no change of hands any more: published as it lands
        (folder / "b.txt").write_text(CITY.format(key="b"), encoding="utf-8")
        assert ingest([folder], store, finder).waiting == 0
        assert sorted((c["article_key"][-1], c["hold"], c["approved"]) for c in store.claims()) == [
            ("a", "extraordinary", True), ("b", None, False)]


def test_summary_says_how_many_names_it_did_not_list():
    summary = IngestSummary(new=1, unresolved=13, unresolved_names=[f"Name{i:02d}" for i in range(13)] + ["Name00"],
                            waiting=0)
    assert summary.line() == ("1 new, 0 replaced, 0 unchanged article(s); 0 mentions, 0 claims, 13 unresolved names "
                              "(Name00, Name01, Name02, Name03, Name04, Name05, Name06, Name07, Name08, Name09, "
                              "+3 more); 0 claims wait for review")
    assert IngestSummary(unresolved=2, unresolved_names=["b", "A"], waiting=2).line().endswith(
        "2 unresolved names (A, b); 2 claims wait for review (frontline review list)")
