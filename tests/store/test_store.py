"""The claims database: migrations, idempotent transactional ingest, corrections, filters."""

from __future__ import annotations

import sqlite3
from datetime import date

import pytest

from geo.errors import InputError, NotFound, StoreError
from geo.models import Claim
from geo.store.sqlite import CLAIM_COLUMNS, MIGRATIONS, Store


@pytest.fixture
def store(tmp_path):
    with Store(tmp_path / "db" / "frontline.sqlite") as s:
        yield s


@pytest.fixture
def two_places(make_article, make_mention, make_claim):
    """One article naming Testivka (resolved) and Novoprykladne (resolved, wrongly) and Zzyx (not)."""
    text = "Forces took Testivka. Fighting near Novoprykladne and Zzyx."
    art = make_article(text=text)
    testivka = make_mention(12, "Testivka", 900001, 48.5, 37.5)
    novo = make_mention(36, "Novoprykladne", 900002, 47.9, 36.1, confidence=0.45)
    zzyx = make_mention(54, "Zzyx", None, None, None)
    claims = [make_claim(testivka, "RU", "captured", date(2024, 2, 20)),
              make_claim(novo, "UA", "contested", date(2024, 2, 18), date_to=date(2024, 2, 21))]
    return art, [testivka, novo, zzyx], claims


def dump(path) -> list[str]:
    with sqlite3.connect(path) as db:
        return list(db.iterdump())


# --- opening, migrations ---------------------------------------------------------------------

def test_new_file_gets_every_migration_once_and_wal(tmp_path):
    path = tmp_path / "nested" / "x.sqlite"
    with Store(path) as s:
        assert s.schema_version == len(MIGRATIONS) >= 1
    with Store(path) as s:  # reopening applies nothing again
        assert s.schema_version == len(MIGRATIONS)
    with sqlite3.connect(path) as db:
        names = [r[0] for r in db.execute("SELECT name FROM migrations ORDER BY rowid")]
        assert names == [m.__name__ for m in MIGRATIONS]
        assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"


def test_database_from_newer_version_is_refused(tmp_path):
    path = tmp_path / "x.sqlite"
    Store(path).close()
    with sqlite3.connect(path) as db:
        db.execute("INSERT INTO migrations VALUES ('m999_from_the_future', '2030-01-01')")
    with pytest.raises(StoreError, match="newer.*m999_from_the_future"):
        Store(path)


def test_file_that_is_not_sqlite_is_refused_by_name(tmp_path):
    path = tmp_path / "notes.sqlite"
    path.write_text("this is not a database, just some notes\n" * 50)
    with pytest.raises(StoreError, match="notes.sqlite.*not an SQLite database"):
        Store(path)


def test_other_sqlite_database_is_not_taken_over(tmp_path):
    path = tmp_path / "gazetteer.sqlite"
    with sqlite3.connect(path) as db:
        db.execute("CREATE TABLE places (geonameid INTEGER)")
    with pytest.raises(StoreError, match="gazetteer.sqlite.*not a frontline"):
        Store(path)
    with sqlite3.connect(path) as db:  # and nothing was added to it
        assert [r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type='table'")] == ["places"]
        assert db.execute("PRAGMA journal_mode").fetchone()[0] == "delete"


# --- ingest ----------------------------------------------------------------------------------

def test_ingest_then_same_article_again_adds_nothing(store, two_places):
    art, mentions, claims = two_places
    first = store.ingest(art, mentions, claims)
    assert (first.status, first.mentions, first.claims, first.unresolved) == ("new", 3, 2, 1)
    revision = store.revision
    again = store.ingest(art, mentions, claims)
    assert (again.status, again.mentions, again.claims, again.unresolved) == ("unchanged", 3, 2, 1)
    assert store.revision == revision and not store.changed_since(revision)
    assert store.stats() | {"revision": 0} == {"articles": 1, "mentions": 3, "unresolved": 1, "claims": 2,
                                               "waiting": 0, "rejected": 0, "corrections": 0, "schema_version": len(MIGRATIONS),
                                               "revision": 0}


def test_changed_article_with_same_key_replaces_its_rows(store, two_places, make_article,
                                                         make_mention, make_claim):
    art, mentions, claims = two_places
    other = make_article(key="story-2.txt", text="Shelling in Inventyne.")
    store.ingest(art, mentions, claims)
    store.ingest(other, [make_mention(12, "Inventyne", 900009)], [])
    revision = store.revision
    edited = make_article(text=art.text + " Updated.")
    result = store.ingest(edited, mentions[:1], claims[:1])
    assert (result.status, result.mentions, result.claims) == ("replaced", 1, 1)
    assert store.changed_since(revision)
    ids = {a["key"]: a["id"] for a in store.articles()}
    assert ids == {art.key: edited.id, "story-2.txt": other.id}
    assert [c["article_id"] for c in store.claims()] == [edited.id]
    assert {m["surface"] for m in store.mentions()} == {"Testivka", "Inventyne"}


class Exploding(Claim):
    """A claim whose quote cannot be read: the insert fails half-way through the article."""

    @property
    def quote(self):
        raise RuntimeError("disk on fire")

    @quote.setter
    def quote(self, value):
        pass


def test_failure_mid_ingest_leaves_database_as_it_was(tmp_path, two_places, make_article, make_claim):
    path = tmp_path / "x.sqlite"
    art, mentions, claims = two_places
    with Store(path) as store:
        store.ingest(art, mentions, claims)
        before, revision = dump(path), store.revision
        good = make_claim(mentions[0], "UA", "held")
        bad = Exploding(**{f: getattr(good, f) for f in good.__dataclass_fields__})
        # a replacement (old rows deleted first) and a new article, both failing on the 2nd claim
        for article in (make_article(text=art.text + " v2"), make_article(key="other.txt")):
            with pytest.raises(RuntimeError, match="disk on fire"):
                store.ingest(article, mentions, [good, bad])
        assert dump(path) == before
        assert store.revision == revision
        assert [a["id"] for a in store.articles()] == [art.id]
        assert store.ingest(art, mentions, claims).status == "unchanged"


def test_bad_claim_values_are_refused_and_rolled_back(store, two_places, make_claim):
    art, mentions, _ = two_places
    with pytest.raises(InputError, match="claimant 'NATO'"):
        store.ingest(art, mentions, [make_claim(mentions[0], claimant="NATO")])
    with pytest.raises(InputError, match="not a date"):
        store.ingest(art, mentions, [make_claim(mentions[0], date_from="last Tuesday")])
    assert store.stats()["articles"] == 0


def test_candidates_and_flags_round_trip(store, two_places):
    art, mentions, claims = two_places
    store.ingest(art, mentions, claims)
    m = store.mentions(article=art.key)[0]
    assert m["candidates"][0]["geonameid"] == 900001
    assert m["candidates"][0]["admin1"] == "Testska Oblast"
    assert m["resolved"] is True and m["metonymic"] is False and m["corrected"] is False


# --- reading, filters ------------------------------------------------------------------------

def test_claims_have_exactly_the_documented_keys_and_iso_dates(store, two_places):
    store.ingest(*two_places)
    rows = store.claims()
    assert [list(r) for r in rows] == [list(CLAIM_COLUMNS)] * 2
    testivka = store.claims(place="Testivka")[0]
    dates = (testivka["date_from"], testivka["date_to"], testivka["published"])
    assert dates == ("2024-02-20", "2024-02-20", "2024-02-22")
    assert testivka["coref"] is False and testivka["rejected"] is False


def test_claims_are_newest_first(store, two_places, make_article, make_mention, make_claim):
    """By the end of the date range: Novoprykladne (18-21 Feb) before Testivka (20 Feb)."""
    store.ingest(*two_places)
    m = make_mention(12, "Abcivka", 900010, 48.0, 38.0)
    store.ingest(make_article(key="later.txt"), [m], [make_claim(m, "UA", "held", date(2024, 2, 22))])
    assert [c["place"] for c in store.claims()] == ["Abcivka", "Novoprykladne", "Testivka"]


@pytest.mark.parametrize("place, expected", [
    ("testivka", ["Testivka"]), ("NOVOPRYKLADNE", ["Novoprykladne"]), (900002, ["Novoprykladne"]),
    ("900001", ["Testivka"]), ("Nowhere", []),
])
def test_place_filter(store, two_places, place, expected):
    store.ingest(*two_places)
    assert [c["place"] for c in store.claims(place=place)] == expected


def test_place_filter_matches_surface_form(store, make_article, make_mention, make_claim):
    m = make_mention(12, "Testivky", 900001, 48.5, 37.5, name="Testivka")  # inflected in the text
    store.ingest(make_article(), [m], [make_claim(m)])
    assert [c["place"] for c in store.claims(place="testivky")] == ["Testivka"]


def test_side_kind_and_date_filters(store, two_places):
    store.ingest(*two_places)
    assert [c["place"] for c in store.claims(side="UA")] == ["Novoprykladne"]
    assert [c["place"] for c in store.claims(kind="captured")] == ["Testivka"]
    assert store.claims(side="RU", kind="contested") == []
    # Novoprykladne spans 18-21 Feb, Testivka is 20 Feb: ranges that overlap are kept
    assert [c["place"] for c in store.claims(date_from=date(2024, 2, 21))] == ["Novoprykladne"]
    assert [c["place"] for c in store.claims(date_to=date(2024, 2, 19))] == ["Novoprykladne"]
    assert len(store.claims(date_from=date(2024, 2, 19), date_to=date(2024, 2, 20))) == 2
    assert store.claims(date_from=date(2024, 2, 22)) == []
    with pytest.raises(InputError, match="side 'XX'"):
        store.claims(side="XX")
    with pytest.raises(InputError, match="kind 'liberated'"):
        store.claims(kind="liberated")


def test_mention_filters(store, two_places, make_article, make_mention):
    store.ingest(*two_places)
    store.ingest(make_article(key="b.txt"), [make_mention(0, "Inventyne", 900009)], [])
    assert [m["surface"] for m in store.mentions(unresolved=True)] == ["Zzyx"]
    assert [m["surface"] for m in store.mentions(below=0.5)] == ["Novoprykladne", "Zzyx"]
    assert [m["surface"] for m in store.mentions(article="b.txt")] == ["Inventyne"]
    assert len(store.mentions()) == 4


# --- corrections -----------------------------------------------------------------------------

def test_assigned_mention_moves_its_claims_and_survives_reingest(store, two_places, make_article):
    art, mentions, claims = two_places
    store.ingest(art, mentions, claims)
    novo = next(m for m in store.mentions() if m["surface"] == "Novoprykladne")
    fixed = store.assign_mention(novo["mention_id"], geonameid=900003, lat=47.2, lon=35.0,
                                 name="Novoprykladne (Testskyi raion)", note="wrong oblast")
    assert (fixed["geonameid"], fixed["corrected"], fixed["confidence"]) == (900003, True, 1.0)

    def check():
        claim = store.claims(side="UA")[0]
        moved = (claim["geonameid"], claim["lat"], claim["lon"], claim["corrected"])
        assert moved == (900003, 47.2, 35.0, True)
        assert claim["place"] == "Novoprykladne (Testskyi raion)"
        assert store.claims(place=900002) == []
        assert store.claims(side="RU")[0]["corrected"] is False  # the other claim is untouched

    check()
    assert store.ingest(art, mentions, claims).status == "unchanged"
    check()
    # a changed article (new id, same key): rows are rewritten, the correction still applies
    assert store.ingest(make_article(text=art.text + " More later."), mentions, claims).status == "replaced"
    check()
    assert store.corrections()[0]["matches"] == 1


def test_assigning_an_unresolved_mention_resolves_it(store, two_places):
    store.ingest(*two_places)
    zzyx = store.mentions(unresolved=True)[0]
    store.assign_mention(zzyx["mention_id"], geonameid=900004, name="Zzyxivka", lat=49.0, lon=36.0)
    assert store.mentions(unresolved=True) == []
    assert store.stats()["unresolved"] == 0


def test_correction_follows_the_name_when_the_article_is_edited(store, two_places, make_article, make_mention):
    art, mentions, claims = two_places
    store.ingest(art, mentions, claims)
    store.assign_mention(store.mentions()[0]["mention_id"], geonameid=1, name="X", lat=1.0, lon=1.0)
    shifted = make_mention(20, "Testivka", 900001, 48.5, 37.5)  # text was edited before it
    store.ingest(make_article(text="Earlier: " + art.text), [shifted], [])
    (row,) = store.mentions()
    assert (row["corrected"], row["geonameid"], row["start"]) == (True, 1, 20)
    assert store.corrections()[0]["matches"] == 1


def test_correction_is_lost_only_when_the_name_is_gone(store, two_places, make_article, make_mention):
    art, mentions, claims = two_places
    store.ingest(art, mentions, claims)
    store.assign_mention(store.mentions()[0]["mention_id"], geonameid=1, name="X", lat=1.0, lon=1.0)
    other = make_mention(12, "Inventyne", 900009, 48.0, 37.0)
    store.ingest(make_article(text="Forces took Inventyne."), [other], [])
    assert store.mentions()[0]["corrected"] is False
    assert store.corrections()[0]["matches"] == 0


def test_reassigning_replaces_the_earlier_correction(store, two_places):
    store.ingest(*two_places)
    mid = store.mentions()[0]["mention_id"]
    store.assign_mention(mid, geonameid=1, name="First", lat=1.0, lon=1.0)
    store.assign_mention(mid, geonameid=2, name="Second", lat=2.0, lon=2.0)
    assert [c["to_name"] for c in store.corrections()] == ["Second"]
    assert store.mentions()[0]["name"] == "Second"


def test_rejected_claim_is_hidden_survives_reingest_and_can_be_undone(store, two_places, make_article):
    art, mentions, claims = two_places
    store.ingest(art, mentions, claims)
    ru = store.claims(side="RU")[0]
    assert store.reject_claim(ru["claim_id"], reason="duplicate")["rejected"] is True
    assert [c["claimant"] for c in store.claims()] == ["UA"]
    assert [(c["claimant"], c["rejected"]) for c in store.claims(include_rejected=True)] == [
        ("UA", False), ("RU", True)]
    store.ingest(make_article(text=art.text + " (updated)"), mentions, claims)
    assert [c["claimant"] for c in store.claims()] == ["UA"]
    assert store.stats()["rejected"] == 1
    (correction,) = store.corrections()
    assert (correction["action"], correction["note"], correction["matches"]) == ("reject", "duplicate", 1)
    store.undo_correction(correction["correction_id"])
    assert len(store.claims()) == 2 and store.corrections() == []


def test_rejection_still_holds_after_the_mention_is_reassigned(store, two_places):
    store.ingest(*two_places)
    ru = store.claims(side="RU")[0]
    store.reject_claim(ru["claim_id"])
    store.assign_mention(store.mentions()[0]["mention_id"], geonameid=5, name="Y", lat=5.0, lon=5.0)
    assert store.claims(side="RU") == []
    assert store.claims(side="RU", include_rejected=True)[0]["place"] == "Y"


def test_corrections_on_missing_rows(store, two_places):
    store.ingest(*two_places)
    with pytest.raises(NotFound, match="no mention 999"):
        store.assign_mention(999, geonameid=1, name="X", lat=1.0, lon=1.0)
    with pytest.raises(NotFound, match="no claim 999"):
        store.reject_claim(999)
    with pytest.raises(NotFound, match="no correction 999"):
        store.undo_correction(999)
    with pytest.raises(InputError, match="kind 'village'"):
        store.assign_mention(1, geonameid=1, name="X", lat=1.0, lon=1.0, kind="village")
    with pytest.raises(InputError, match="out of range"):
        store.assign_mention(1, geonameid=1, name="X", lat=100.0, lon=1.0)
    assert store.corrections() == []


def test_revision_increases_on_every_write_and_is_seen_by_other_connections(tmp_path, two_places):
    path = tmp_path / "x.sqlite"
    with Store(path) as writer, Store(path) as reader:
        token = reader.revision
        writer.ingest(*two_places)
        assert reader.changed_since(token) and reader.stats()["claims"] == 2
        token = reader.revision
        writer.reject_claim(writer.claims()[0]["claim_id"])
        assert reader.revision == token + 1


def test_database_error_mid_ingest_is_a_store_error_and_rolls_back(store, two_places, make_claim):
    art, mentions, claims = two_places
    broken = make_claim(mentions[0], place=None)  # NOT NULL column
    with pytest.raises(StoreError, match="nothing was changed.*NOT NULL"):
        store.ingest(art, mentions, [claims[0], broken])
    assert store.stats()["articles"] == 0 and store.mentions() == []



def test_pending_claim_hidden_until_its_mention_is_assigned(make_article, make_mention, make_claim):
    store = Store()
    article = make_article(text="Forces took Zagadkove.")
    mention = make_mention(12, "Zagadkove", None, None, None)
    store.ingest(article, [mention], [make_claim(mention)])
    assert store.claims() == []
    pending = store.claims(include_waiting=True)
    assert [(c["geonameid"], c["place"], c["lat"]) for c in pending] == [(None, "Zagadkove", None)]
    row = store.mentions(unresolved=True)[0]
    store.assign_mention(row["mention_id"], geonameid=9900999, name="Zagadkove", lat=48.1, lon=37.2)
    shown = store.claims()
    assert [(c["geonameid"], c["lat"], c["corrected"]) for c in shown] == [(9900999, 48.1, True)]
    store.reject_claim(shown[0]["claim_id"], reason="misread")
    assert store.claims() == []


def _old_database(path, applied: int) -> None:
    """A claims database as frontline wrote it when only the first ``applied`` migrations
    existed: one article naming Testivka (a claim) and Zzyx (unresolved, a pending claim when
    the schema allows it), a place assigned and a claim rejected, written with that schema's SQL."""
    db = sqlite3.connect(path, isolation_level=None)
    db.execute("CREATE TABLE migrations (name TEXT PRIMARY KEY, applied_at TEXT NOT NULL)")
    for migration in MIGRATIONS[:applied]:
        migration(db)
        db.execute("INSERT INTO migrations VALUES (?, '2024-03-01T00:00:00+00:00')", (migration.__name__,))
    db.execute("INSERT INTO articles VALUES ('a1', 'https://news.example/old', 'Old story', '2024-02-22',"
               " 'Example Wire', 'https://news.example/old', '', '2024-03-01T00:00:00+00:00')")
    db.execute("INSERT INTO mentions (article_id, start, \"end\", surface, kind, geonameid, name, lat, lon,"
               " confidence, resolved, metonymic, candidates) VALUES"
               " ('a1', 12, 20, 'Testivka', 'settlement', 900001, 'Testivka', 48.5, 37.5, 0.9, 1, 0, '[]'),"
               " ('a1', 30, 34, 'Zzyx', 'settlement', NULL, '', NULL, NULL, 0.0, 0, 0, '[]')")
    claim = ("INSERT INTO claims (article_id, geonameid, place, surface, claimant, claimant_label, kind,"
             " control, date_from, date_to, precision, date_phrase, quote, cue, confidence, place_kind, coref,"
             " lat, lon, mention_start, mention_end) VALUES ('a1', ?, ?, ?, ?, 'x', ?, ?, '2024-02-20',"
             " '2024-02-20', 'day', 'on Tuesday', 'They said so.', 'took', 0.4, 'settlement', 0, ?, ?, ?, ?)")
    db.execute(claim, (900001, "Testivka", "Testivka", "RU", "captured", "RU", 48.5, 37.5, 12, 20))
    db.execute(claim, (900001, "Testivka", "Testivka", "UA", "held", "UA", 48.5, 37.5, 12, 20))
    if applied >= 2:  # pending claims came with m002
        db.execute(claim, (None, "Zzyx", "Zzyx", "RU", "captured", "RU", None, None, 30, 34))
    db.execute("INSERT INTO corrections (action, article_key, start, \"end\", surface, to_geonameid, to_name,"
               " to_lat, to_lon, to_kind, note, created_at) VALUES ('assign', 'https://news.example/old', 30, 34,"
               " 'Zzyx', 900004, 'Zzyxivka', 49.0, 36.0, 'settlement', 'found it', '2024-03-02')")
    db.execute("INSERT INTO corrections (action, article_key, geonameid, claimant, kind, note, created_at)"
               " VALUES ('reject', 'https://news.example/old', 900001, 'UA', 'held', 'misread', '2024-03-02')")
    db.close()


@pytest.mark.parametrize("applied", [1, 3])
def test_migration_from_an_older_schema_keeps_claims_and_corrections(tmp_path, applied):
    path = tmp_path / "old.sqlite"
    _old_database(path, applied)
    with Store(path) as store:
        assert store.schema_version == len(MIGRATIONS)
        # claims stored before holds existed have none: they stay published, whatever their confidence
        shown = store.claims()
        expected = [("RU", 900001, None, False)] + ([("RU", 900004, None, True)] if applied >= 2 else [])
        assert sorted((c["claimant"], c["geonameid"], c["hold"], c["approved"]) for c in shown) == expected
        assert [c["claimant"] for c in store.claims(include_rejected=True) if c["rejected"]] == ["UA"]
        assert [(c["action"], c["note"], c["matches"]) for c in store.corrections()] == [
            ("assign", "found it", 1), ("reject", "misread", 1)]
        assert store.article_texts(["a1"]) == {}  # texts are kept from now on
        assert [m["dismissed"] for m in store.mentions()] == [False, False]
        # the new corrections work on the old rows
        ru = next(c for c in shown if c["geonameid"] == 900001)
        assert store.approve_claim(ru["claim_id"])["approved"] is True
        assert store.dismiss_name("testivka")["claims"] == 2
        assert [c["geonameid"] for c in store.claims()] == ([900004] if applied >= 2 else [])
        assert [c["action"] for c in store.corrections()] == ["assign", "reject", "approve", "dismiss"]
    with sqlite3.connect(path) as db:  # the old rows were copied, the new indexes are there
        assert db.execute("SELECT count(*) FROM corrections").fetchone()[0] == 4
        indexes = {r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type = 'index'"
                                            " AND tbl_name = 'corrections'")}
        assert indexes == {"corrections_assign", "corrections_reject", "corrections_approve", "corrections_dismiss"}
        with pytest.raises(sqlite3.IntegrityError):
            db.execute("UPDATE claims SET hold = 'doubtful'")


# --- holds, approvals, dismissed names ---------------------------------------------------------

@pytest.fixture
def held(make_article, make_mention, make_claim):
    """An article with a published claim (Testivka), a weak one (Novoprykladne) and one on a name
    that is a newspaper (Zzyx Pravda, resolved by mistake)."""
    text = "Forces took Testivka. Fighting near Novoprykladne. Zzyx Pravda reported it."
    testivka = make_mention(12, "Testivka", 900001, 48.5, 37.5)
    novo = make_mention(36, "Novoprykladne", 900002, 47.9, 36.1)
    zzyx = make_mention(51, "Zzyx Pravda", 900003, 47.0, 36.0, confidence=0.5)
    claims = [make_claim(testivka, "RU", "captured"),
              make_claim(novo, "UA", "contested", hold="low", confidence=0.45),
              make_claim(zzyx, "RU", "struck", hold="low", confidence=0.4)]
    return make_article(text=text), [testivka, novo, zzyx], claims


def test_claims_that_wait_are_off_by_default(store, held):
    store.ingest(*held)
    assert [c["place"] for c in store.claims()] == ["Testivka"]
    rows = store.claims(include_waiting=True)
    assert sorted((c["place"], c["hold"], c["approved"]) for c in rows) == [
        ("Novoprykladne", "low", False), ("Testivka", None, False), ("Zzyx Pravda", "low", False)]
    assert store.waiting_count() == 2 and store.stats()["waiting"] == 2
    assert store.ingest(*held).waiting == 2


def test_an_approval_publishes_survives_reingest_and_can_be_undone(store, held, make_article):
    art, mentions, claims = held
    store.ingest(art, mentions, claims)
    novo = store.claims(side="UA", include_waiting=True)[0]
    approved = store.approve_claim(novo["claim_id"], note="checked")
    assert (approved["approved"], approved["hold"]) == (True, "low")
    assert sorted(c["place"] for c in store.claims()) == ["Novoprykladne", "Testivka"]
    store.ingest(make_article(text=art.text + " Updated."), mentions, claims)  # replaced: new rows, same identity
    assert sorted(c["place"] for c in store.claims()) == ["Novoprykladne", "Testivka"]
    (correction,) = store.corrections()
    assert (correction["action"], correction["note"], correction["matches"]) == ("approve", "checked", 1)
    store.approve_claim(store.claims(side="UA")[0]["claim_id"], note="again")  # one approval, updated
    assert [c["note"] for c in store.corrections()] == ["again"]
    store.undo_correction(correction["correction_id"])
    assert [c["place"] for c in store.claims()] == ["Testivka"]
    with pytest.raises(NotFound, match="no claim 999"):
        store.approve_claim(999)


def test_a_rejection_wins_over_an_approval(store, held):
    store.ingest(*held)
    novo = store.claims(side="UA", include_waiting=True)[0]
    store.approve_claim(novo["claim_id"])
    store.reject_claim(novo["claim_id"])
    assert [c["place"] for c in store.claims()] == ["Testivka"]


def test_an_assigned_place_approves_the_claims_made_from_it(store, held):
    store.ingest(*held)
    novo = next(m for m in store.mentions() if m["surface"] == "Novoprykladne")
    store.assign_mention(novo["mention_id"], geonameid=900009, name="Novoprykladne", lat=47.0, lon=36.5)
    claim = store.claims(side="UA")[0]
    assert (claim["geonameid"], claim["hold"], claim["approved"], claim["corrected"]) == (900009, "low", True, True)
    assert store.waiting_count() == 1


def test_a_dismissed_name_is_hidden_in_every_article_also_later_ones(store, held, make_article, make_mention,
                                                                    make_claim):
    store.ingest(*held)
    done = store.dismiss_name("  ZZYX   pravda ", reason="a newspaper")
    assert {k: v for k, v in done.items() if k != "correction_id"} == {
        "name": "zzyx pravda", "mentions": 1, "articles": 1, "claims": 1}
    assert [m["surface"] for m in store.mentions() if m["dismissed"]] == ["Zzyx Pravda"]
    assert "Zzyx Pravda" not in [c["place"] for c in store.claims(include_waiting=True)]
    assert [c["place"] for c in store.claims(include_rejected=True, include_waiting=True) if c["rejected"]] == [
        "Zzyx Pravda"]
    later_mention = make_mention(0, "Zzyx Pravda", None, None, None)
    later = make_article(key="later.txt", text="Zzyx Pravda says Testivka fell.")
    result = store.ingest(later, [later_mention], [make_claim(later_mention)])
    assert (result.unresolved, result.waiting, result.unresolved_names) == (0, 0, ())
    assert store.stats()["unresolved"] == 0 and store.corrections()[0]["matches"] == 2
    # a person's assignment in one article wins over the dismissal of the name
    store.assign_mention(store.mentions(article="later.txt")[0]["mention_id"], geonameid=900004, name="Zzyxivka",
                         lat=49.0, lon=36.0)
    assert [c["article_key"] for c in store.claims() if c["place"] == "Zzyxivka"] == ["later.txt"]
    store.undo_correction(done["correction_id"])
    assert not any(m["dismissed"] for m in store.mentions())
    with pytest.raises(NotFound, match="no mention named 'Narnia'"):
        store.dismiss_name("Narnia")


def test_a_claim_on_an_unresolved_name_cannot_be_approved(store, two_places, make_claim):
    art, mentions, claims = two_places
    store.ingest(art, mentions, claims + [make_claim(mentions[2], hold="low")])
    pending = [c for c in store.claims(include_waiting=True) if c["geonameid"] is None][0]
    zzyx = store.mentions(unresolved=True)[0]
    with pytest.raises(InputError, match=f"assign mention {zzyx['mention_id']} its place first"):
        store.approve_claim(pending["claim_id"])
    assert store.corrections() == []


def test_bad_hold_is_refused(store, two_places, make_claim):
    art, mentions, _ = two_places
    with pytest.raises(InputError, match="hold 'doubtful'"):
        store.ingest(art, mentions, [make_claim(mentions[0], hold="doubtful")])


def test_article_text_is_kept_apart_from_the_listing(store, two_places):
    art = two_places[0]
    store.ingest(*two_places)
    assert store.article_texts([art.id, "nope"]) == {art.id: art.text}
    assert "text" not in store.articles()[0]
