"""What the store's fast paths must keep: the latest published control (read through the indexes,
not the whole claims table) is the one the published claims say, after every kind of correction;
candidates are stored as the same JSON text; a file database commits each article on its own."""

from __future__ import annotations

import json
import random
import sqlite3
from datetime import date, timedelta

import pytest

from geo.models import Candidate
from geo.store.sqlite import Store

PLACES = [900001, 900002, 900003, 900004]


def _reference(store: Store, ids, exclude_article=None) -> dict:
    """The latest control by the rule, from the published claims (the public listing)."""
    rows = [c for c in store.claims() if c["kind"] in ("captured", "held") and c["geonameid"] in set(ids)
            and c["article_key"] != exclude_article]
    rows.sort(key=lambda c: (c["date_to"], c["date_from"], c["published"], c["claim_id"]))
    return {c["geonameid"]: c["control"] for c in rows}


def test_latest_control_is_the_latest_published_claim_after_corrections(make_article, make_mention, make_claim):
    rng = random.Random(7)
    store = Store()
    names = {900001: "Aivka", 900002: "Bivka", 900003: "Tsivka", 900004: "Divka"}
    for n in range(40):
        text, mentions, claims = "", [], []
        for gid in rng.sample(PLACES, rng.randint(1, 3)):
            m = make_mention(len(text), names[gid], gid)
            text += names[gid] + " was taken. "
            mentions.append(m)
            for _ in range(rng.randint(1, 2)):
                day = date(2024, 1, 1) + timedelta(days=rng.randrange(20))
                kind = rng.choice(["captured", "held", "struck", "contested"])
                claimant = rng.choice(["RU", "UA"])
                claims.append(make_claim(m, claimant, kind, day, date_to=day + timedelta(days=rng.randrange(3)),
                                         hold=rng.choice([None, None, "low", "extraordinary"])))
        published = date(2024, 1, 1) + timedelta(days=rng.randrange(25))
        store.ingest(make_article(key=f"s{n}.txt", text=text, published=published), mentions, claims)
    # corrections of every kind: a mention moved to another place (its claims follow), claims
    # rejected and approved, a name dismissed
    for m in rng.sample(store.mentions(), 8):
        gid = rng.choice(PLACES)
        store.assign_mention(m["mention_id"], geonameid=gid, name=names[gid], lat=48.0, lon=37.0)
    waiting = store.claims(include_waiting=True)
    for c in rng.sample(waiting, 10):
        store.reject_claim(c["claim_id"])
    for c in [c for c in waiting if c["hold"] and not c["approved"]][:6]:
        store.approve_claim(c["claim_id"])
    store.dismiss_name("divka")

    checked = 0
    for ids in ([900001], [900002, 900003], PLACES, [900004], [123]):
        for exclude in (None, "s3.txt", "s17.txt"):
            assert store.latest_control(ids, exclude_article=exclude) == _reference(store, ids, exclude)
            checked += bool(_reference(store, ids, exclude))
    assert checked >= 8  # most cases have an answer: the comparison is not vacuous


def test_latest_control_follows_a_claim_to_the_place_assigned_in_review(make_article, make_mention, make_claim):
    store = Store()
    m = make_mention(0, "Zzyx", None, None, None)
    store.ingest(make_article(key="a.txt", text="Zzyx was taken."), [m],
                 [make_claim(m, "RU", "captured", date(2024, 2, 20))])
    assert store.latest_control([900009]) == {}  # pending: no place yet
    store.assign_mention(store.mentions()[0]["mention_id"], geonameid=900009, name="Zzyxivka", lat=48.0, lon=37.0)
    assert store.latest_control([900009]) == {900009: "RU"}
    assert store.latest_control([900009], exclude_article="a.txt") == {}
    # and away from the place it was extracted on
    t = make_mention(0, "Testivka", 900001)
    store.ingest(make_article(key="b.txt", text="Testivka was taken."), [t],
                 [make_claim(t, "UA", "captured", date(2024, 2, 21))])
    assert store.latest_control([900001, 900009]) == {900001: "UA", 900009: "RU"}
    store.assign_mention(store.mentions(article="b.txt")[0]["mention_id"], geonameid=900009, name="Zzyxivka",
                         lat=48.0, lon=37.0)
    assert store.latest_control([900001, 900009]) == {900009: "UA"}


def test_many_places_at_once(make_article, make_mention, make_claim):
    """More places than SQLite binds in one statement (each id is bound three times)."""
    store = Store()
    mentions = [make_mention(i * 10, f"P{i}", 800000 + i) for i in range(700)]
    store.ingest(make_article(text="x"), mentions, [make_claim(m, "UA", "held") for m in mentions])
    latest = store.latest_control([800000 + i for i in range(700)] + [1])
    assert latest == {800000 + i: "UA" for i in range(700)}


@pytest.mark.parametrize("candidates", [
    [], [Candidate(900001, "Авдіївка", 48.1, 37.7, "P", "PPLA", admin1="Донецька")],
    [{"geonameid": 1, "name": "Käse", "score": 0.5}, {"geonameid": 2, "name": "b"}]])
def test_candidates_are_stored_as_the_same_json_text(tmp_path, make_article, make_mention, candidates):
    path = tmp_path / "x.sqlite"
    with Store(path) as store:
        store.ingest(make_article(), [make_mention(candidates=candidates)], [])
        stored = store.mentions()[0]["candidates"]
    plain = [dict(vars(c)) if isinstance(c, Candidate) else dict(c) for c in candidates]
    assert stored == plain
    with sqlite3.connect(path) as db:
        assert db.execute("SELECT candidates FROM mentions").fetchone()[0] == json.dumps(plain, ensure_ascii=False)


def test_each_article_is_committed_on_its_own_in_wal(tmp_path, make_article, make_mention):
    path = tmp_path / "x.sqlite"
    with Store(path) as store:
        # WAL with synchronous NORMAL: atomic commits without a disk flush at each one
        assert store._db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert store._db.execute("PRAGMA synchronous").fetchone()[0] == 1
        store.ingest(make_article(key="a.txt"), [make_mention()], [])
        with sqlite3.connect(path) as other:  # another reader sees it at once, the store still open
            assert other.execute("SELECT key FROM articles").fetchall() == [("a.txt",)]
