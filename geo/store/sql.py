"""The SQLite schema of the claims database (ordered migrations) and its read queries.

Kept beside :mod:`geo.store.sqlite`, the only module that runs them.
"""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Callable

# --- migrations: append only; never edit or reorder one that has shipped -------------------

def m001_initial(db: sqlite3.Connection) -> None:
    """Articles, extracted mentions and claims, review corrections and a write counter."""
    # Statement by statement: executescript() would COMMIT the migration's transaction.
    for statement in """
        CREATE TABLE articles (
            id TEXT PRIMARY KEY, key TEXT NOT NULL UNIQUE, title TEXT NOT NULL,
            published TEXT NOT NULL, source TEXT, url TEXT, path TEXT, ingested_at TEXT NOT NULL);
        CREATE TABLE mentions (
            id INTEGER PRIMARY KEY,
            article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
            start INTEGER NOT NULL, "end" INTEGER NOT NULL, surface TEXT NOT NULL, kind TEXT NOT NULL,
            geonameid INTEGER, name TEXT, lat REAL, lon REAL, confidence REAL NOT NULL,
            resolved INTEGER NOT NULL, metonymic INTEGER NOT NULL, candidates TEXT NOT NULL,
            UNIQUE (article_id, start, "end"));
        CREATE TABLE claims (
            id INTEGER PRIMARY KEY,
            article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
            geonameid INTEGER NOT NULL, place TEXT NOT NULL, surface TEXT NOT NULL,
            claimant TEXT NOT NULL, claimant_label TEXT, kind TEXT NOT NULL, control TEXT,
            date_from TEXT NOT NULL, date_to TEXT NOT NULL, precision TEXT, date_phrase TEXT,
            quote TEXT, cue TEXT, confidence REAL NOT NULL, place_kind TEXT NOT NULL,
            coref INTEGER NOT NULL, lat REAL, lon REAL, mention_start INTEGER, mention_end INTEGER);
        CREATE INDEX claims_article ON claims (article_id);
        CREATE INDEX claims_geonameid ON claims (geonameid);
        -- action 'assign': key (article_key, start, end, surface) -> to_* place,
        -- action 'reject': key (article_key, geonameid, claimant, kind), geonameid as extracted.
        CREATE TABLE corrections (
            id INTEGER PRIMARY KEY, action TEXT NOT NULL CHECK (action IN ('assign', 'reject')),
            article_key TEXT NOT NULL, start INTEGER, "end" INTEGER, surface TEXT,
            geonameid INTEGER, claimant TEXT, kind TEXT,
            to_geonameid INTEGER, to_name TEXT, to_lat REAL, to_lon REAL, to_kind TEXT,
            note TEXT NOT NULL DEFAULT '', created_at TEXT NOT NULL);
        CREATE UNIQUE INDEX corrections_assign ON corrections (article_key, start, "end", surface)
            WHERE action = 'assign';
        CREATE UNIQUE INDEX corrections_reject ON corrections (article_key, geonameid, claimant, kind)
            WHERE action = 'reject';
        CREATE TABLE meta (key TEXT PRIMARY KEY, value INTEGER NOT NULL);
        INSERT INTO meta VALUES ('revision', 0)
    """.split(";"):
        db.execute(statement)


def m002_pending_claims(db: sqlite3.Connection) -> None:
    """Claims may wait for review without a place (geonameid NULL) when their name was unresolved."""
    columns = [row[1] for row in db.execute("PRAGMA table_info(claims)")]
    sql = db.execute("SELECT sql FROM sqlite_master WHERE name = 'claims'").fetchone()[0]
    sql = re.sub(r'^CREATE TABLE "?claims"?', "CREATE TABLE claims_new", sql, count=1)
    db.execute(sql.replace("geonameid INTEGER NOT NULL", "geonameid INTEGER", 1))
    db.execute(f"INSERT INTO claims_new ({', '.join(columns)}) SELECT {', '.join(columns)} FROM claims")
    db.execute("DROP TABLE claims")
    db.execute("ALTER TABLE claims_new RENAME TO claims")
    db.execute("CREATE INDEX claims_article ON claims (article_id)")
    db.execute("CREATE INDEX claims_geonameid ON claims (geonameid)")


def m003_corrections_by_name(db: sqlite3.Connection) -> None:
    """A place assigned in review holds for every mention of that name in the article, so it
    survives edits to the article's text (offsets move; the name stays)."""
    db.execute("DROP INDEX corrections_assign")
    db.execute("DELETE FROM corrections WHERE action = 'assign' AND id NOT IN"
               " (SELECT max(id) FROM corrections WHERE action = 'assign' GROUP BY article_key, surface)")
    db.execute("CREATE UNIQUE INDEX corrections_assign ON corrections (article_key, surface)"
               " WHERE action = 'assign'")


def m004_holds_and_review(db: sqlite3.Connection) -> None:
    """A claim may wait for review (``claims.hold``: 'low' or 'extraordinary'); an article keeps its
    text (the review list quotes the sentence a name occurs in); a journalist may also approve a
    waiting claim or dismiss a name that is no Ukrainian place (in every article, also later ones)."""
    db.execute("ALTER TABLE claims ADD COLUMN hold TEXT CHECK (hold IN ('low', 'extraordinary'))")
    db.execute("ALTER TABLE articles ADD COLUMN text TEXT")
    # 'approve' is keyed like 'reject'; 'dismiss' by the casefolded name alone (no article).
    for statement in """
        CREATE TABLE corrections_new (
            id INTEGER PRIMARY KEY,
            action TEXT NOT NULL CHECK (action IN ('assign', 'reject', 'approve', 'dismiss')),
            article_key TEXT CHECK (article_key IS NOT NULL OR action = 'dismiss'),
            start INTEGER, "end" INTEGER, surface TEXT,
            geonameid INTEGER, claimant TEXT, kind TEXT,
            to_geonameid INTEGER, to_name TEXT, to_lat REAL, to_lon REAL, to_kind TEXT,
            note TEXT NOT NULL DEFAULT '', created_at TEXT NOT NULL);
        INSERT INTO corrections_new SELECT id, action, article_key, start, "end", surface, geonameid,
            claimant, kind, to_geonameid, to_name, to_lat, to_lon, to_kind, note, created_at FROM corrections;
        DROP TABLE corrections;
        ALTER TABLE corrections_new RENAME TO corrections;
        CREATE UNIQUE INDEX corrections_assign ON corrections (article_key, surface) WHERE action = 'assign';
        CREATE UNIQUE INDEX corrections_reject ON corrections (article_key, geonameid, claimant, kind)
            WHERE action = 'reject';
        CREATE UNIQUE INDEX corrections_approve ON corrections (article_key, geonameid, claimant, kind)
            WHERE action = 'approve';
        CREATE UNIQUE INDEX corrections_dismiss ON corrections (surface) WHERE action = 'dismiss'
    """.split(";"):
        db.execute(statement)


MIGRATIONS: list[Callable[[sqlite3.Connection], None]] = [
    m001_initial, m002_pending_claims, m003_corrections_by_name, m004_holds_and_review]

# --- reads: corrections applied in SQL so filters see the corrected place ------------------

_FIXED_MENTIONS = """
    SELECT m.id AS mention_id, m.article_id, a.key AS article_key, a.title, m.start, m."end",
        m.surface, COALESCE(k.to_kind, m.kind) AS kind,
        CASE WHEN k.id IS NULL THEN m.geonameid ELSE k.to_geonameid END AS geonameid,
        CASE WHEN k.id IS NULL THEN m.name ELSE k.to_name END AS name,
        CASE WHEN k.id IS NULL THEN m.lat ELSE k.to_lat END AS lat,
        CASE WHEN k.id IS NULL THEN m.lon ELSE k.to_lon END AS lon,
        CASE WHEN k.id IS NULL THEN m.confidence ELSE 1.0 END AS confidence,
        CASE WHEN k.id IS NULL THEN m.resolved ELSE 1 END AS resolved,
        m.metonymic, m.candidates, k.id IS NOT NULL AS corrected, COALESCE(k.note, '') AS note,
        k.id IS NULL AND d.id IS NOT NULL AS dismissed, a.published
    FROM mentions m JOIN articles a ON a.id = m.article_id
    LEFT JOIN corrections k ON k.action = 'assign' AND k.article_key = a.key
        AND k.surface = m.surface
    LEFT JOIN corrections d ON d.action = 'dismiss' AND d.surface = casefold(m.surface)"""

# A claim follows the mention it came from (same article and offsets; joined directly, not through
# _FIXED_MENTIONS, which SQLite would materialise whole for every read); a rejection or an approval
# matches the claim as extracted, so it still holds after the claim's mention is reassigned. A claim
# whose mention a person assigned is approved (the person chose its place); one whose name was
# dismissed (no Ukrainian place) is hidden like a rejected one, unless its mention was assigned.
_FIXED_CLAIMS = """
    SELECT c.id AS claim_id, c.article_id, a.key AS article_key, a.title, a.published, a.source,
        a.url, CASE WHEN k.id IS NULL THEN c.geonameid ELSE k.to_geonameid END AS geonameid,
        CASE WHEN k.id IS NULL THEN c.place ELSE k.to_name END AS place,
        CASE WHEN k.id IS NULL THEN c.place_kind ELSE COALESCE(k.to_kind, m.kind) END AS place_kind,
        CASE WHEN k.id IS NULL THEN c.lat ELSE k.to_lat END AS lat,
        CASE WHEN k.id IS NULL THEN c.lon ELSE k.to_lon END AS lon,
        c.surface, c.claimant, c.claimant_label, c.kind, c.control, c.date_from, c.date_to,
        c.precision, c.date_phrase, c.quote, c.cue, c.confidence, c.coref,
        k.id IS NOT NULL AS corrected,
        r.id IS NOT NULL OR (d.id IS NOT NULL AND k.id IS NULL) AS rejected,
        c.hold, k.id IS NOT NULL OR p.id IS NOT NULL AS approved
    FROM claims c JOIN articles a ON a.id = c.article_id
    LEFT JOIN mentions m ON m.article_id = c.article_id AND m.start = c.mention_start
        AND m."end" = c.mention_end
    LEFT JOIN corrections k ON k.action = 'assign' AND k.article_key = a.key AND k.surface = m.surface
    LEFT JOIN corrections r ON r.action = 'reject' AND r.article_key = a.key
        AND r.geonameid IS c.geonameid AND r.claimant = c.claimant AND r.kind = c.kind
    LEFT JOIN corrections p ON p.action = 'approve' AND p.article_key = a.key
        AND p.geonameid IS c.geonameid AND p.claimant = c.claimant AND p.kind = c.kind
    LEFT JOIN corrections d ON d.action = 'dismiss' AND d.surface = casefold(c.surface)"""

# Over the rows of _FIXED_CLAIMS: on the map (not hidden, placed, no hold or approved by a person),
# and waiting for review (not hidden; pending on an unresolved name, or held and not approved).
PUBLISHED = "(NOT rejected AND geonameid IS NOT NULL AND (hold IS NULL OR approved))"
WAITING = "(NOT rejected AND (geonameid IS NULL OR (hold IS NOT NULL AND NOT approved)))"


def control_claims_on(marks: str) -> str:
    """The ids of the capture and hold claims that may be on the places bound to ``marks``
    (``"?, ?"``, bound twice), found through the indexes: as extracted, or through an 'assign'
    correction of their mention.

    A superset of the capture and hold rows of :data:`_FIXED_CLAIMS` whose (corrected) geonameid is
    one of them: a filter ``claim_id IN (...)`` with it lets SQLite look up those claims by id
    instead of reading every claim (the corrected geonameid is an expression no index holds).
    """
    return (f"SELECT id FROM claims WHERE geonameid IN ({marks}) AND kind IN ('captured', 'held')"
            " UNION ALL SELECT c.id FROM corrections k JOIN articles a ON a.key = k.article_key"
            " JOIN mentions m ON m.article_id = a.id AND m.surface = k.surface"
            ' JOIN claims c ON c.article_id = m.article_id AND c.mention_start = m.start AND c.mention_end = m."end"'
            f" WHERE k.action = 'assign' AND k.to_geonameid IN ({marks}) AND c.kind IN ('captured', 'held')")
