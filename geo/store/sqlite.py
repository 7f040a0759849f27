"""The claims database: articles, mentions, claims and review corrections, in SQLite.

Every SQL statement of frontline lives in this module and :mod:`geo.store.sql` (schema and read
queries), behind :class:`Store`, so that a server database can replace SQLite later without
touching the rest of the data flow.

Extracted rows (``mentions``, ``claims``) are thrown away and rewritten whenever an article is
re-ingested; review ``corrections`` are kept apart and keyed by stable identity (article key and
name, or article key, place, claimant and kind) rather than row ids, so they survive re-ingest and
rebuilds. They are applied when reading.
"""

from __future__ import annotations

import json
import sqlite3
from contextlib import contextmanager
from dataclasses import dataclass, is_dataclass
from datetime import date, datetime, timezone
from pathlib import Path

from geo.errors import InputError, NotFound, StoreError
from geo.models import KINDS, MENTION_KINDS, SIDES, Article, Claim, Mention
from geo.store.sql import _FIXED_CLAIMS, _FIXED_MENTIONS, MIGRATIONS

DEFAULT_DB = "data/frontline.sqlite"
BUSY_TIMEOUT_S = 10.0

#: The keys of every dict returned by :meth:`Store.claims`, in order (the site and exports rely on them).
CLAIM_COLUMNS = (
    "claim_id", "article_id", "article_key", "title", "published", "source", "url",
    "geonameid", "place", "place_kind", "lat", "lon", "surface", "claimant", "claimant_label",
    "kind", "control", "date_from", "date_to", "precision", "date_phrase", "quote", "cue",
    "confidence", "coref", "corrected", "rejected",
)


@dataclass(frozen=True)
class IngestResult:
    """What :meth:`Store.ingest` did: ``status`` is "new", "unchanged" or "replaced"."""

    status: str
    mentions: int
    claims: int
    unresolved: int


def _now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


def _iso(value: date | str, what: str) -> str:
    """ISO text of a date; strings are checked so bad dates never reach the table."""
    if isinstance(value, datetime):
        value = value.date()
    if isinstance(value, date):
        return value.isoformat()
    try:
        return date.fromisoformat(str(value)).isoformat()
    except ValueError:
        raise InputError(f"{what}: {value!r} is not a date (expected YYYY-MM-DD)") from None


def _candidates_json(mention: Mention) -> str:
    return json.dumps([dict(vars(c)) if is_dataclass(c) else dict(c) for c in mention.candidates],
                      ensure_ascii=False)


def _plain(row: sqlite3.Row, bools: tuple[str, ...], drop: str = "") -> dict:
    """A row as a plain dict: SQLite's 0/1 back to bools, JSON candidates decoded."""
    d = {k: (bool(row[k]) if k in bools else row[k]) for k in row.keys() if k != drop}
    if "candidates" in d:
        d["candidates"] = json.loads(d["candidates"])
    return d


class Store:
    """The claims database. Use as a context manager, or call :meth:`close`.

    :param path: SQLite file (its folder is created) or ``":memory:"``.
    :raises StoreError: the file is not SQLite, not a frontline database, or of a newer schema.
    """

    def __init__(self, path: str | Path = ":memory:") -> None:
        self.path = str(path)
        memory = self.path == ":memory:"
        if not memory:
            Path(self.path).parent.mkdir(parents=True, exist_ok=True)
        # isolation_level=None: we issue BEGIN/COMMIT ourselves, so transactions are explicit.
        try:
            self._db = sqlite3.connect(self.path, timeout=BUSY_TIMEOUT_S, isolation_level=None)
        except sqlite3.Error as e:
            raise StoreError(f"{self.path}: cannot open the claims database ({e})") from None
        self._db.row_factory = sqlite3.Row
        self._db.create_function("casefold", 1, lambda s: s.casefold() if isinstance(s, str) else s,
                                 deterministic=True)
        try:
            # Before any PRAGMA that writes: reading sqlite_master fails early on a non-SQLite file,
            # and another SQLite database (e.g. the gazetteer) is left exactly as it was.
            tables = {r[0] for r in self._db.execute("SELECT name FROM sqlite_master WHERE type='table'")}
            if tables and "migrations" not in tables:
                raise StoreError(f"{self.path} is an SQLite database but not a frontline claims "
                                 "database; pass another --db path")
            self._db.execute(f"PRAGMA busy_timeout = {int(BUSY_TIMEOUT_S * 1000)}")
            self._db.execute("PRAGMA foreign_keys = ON")
            if not memory:
                # WAL: the site builder can read while an ingest writes.
                self._db.execute("PRAGMA journal_mode = WAL")
            self._migrate()
        except sqlite3.DatabaseError as e:
            self._db.close()
            what = "is not an SQLite database" if "not a database" in str(e) else "cannot be opened"
            raise StoreError(f"{self.path} {what} ({e}); pass a frontline claims database") from None
        except StoreError:
            self._db.close()
            raise

    def _migrate(self) -> None:
        """Apply each pending migration once, each in its own transaction."""
        known = [m.__name__ for m in MIGRATIONS]
        unknown = [n for n in self._applied() if n not in known]
        if unknown:
            raise StoreError(f"{self.path} was written by a newer frontline (unknown migrations: "
                             f"{', '.join(unknown)}); upgrade frontline to open it")
        for migration in MIGRATIONS:
            if migration.__name__ in self._applied():
                continue  # nothing to write: a read-only database still opens
            with self._write(bump=False):
                self._db.execute("CREATE TABLE IF NOT EXISTS migrations "
                                 "(name TEXT PRIMARY KEY, applied_at TEXT NOT NULL)")
                # Check again under the write lock: another process may have just applied it.
                if migration.__name__ not in self._applied():
                    migration(self._db)
                    self._db.execute("INSERT INTO migrations VALUES (?, ?)", (migration.__name__, _now()))

    def _applied(self) -> list[str]:
        """:returns: names of the migrations applied to this database, in order."""
        if not self._db.execute("SELECT 1 FROM sqlite_master WHERE name = 'migrations'").fetchone():
            return []
        return [r[0] for r in self._db.execute("SELECT name FROM migrations ORDER BY rowid")]

    @contextmanager
    def _write(self, bump: bool = True):
        """One write transaction: BEGIN IMMEDIATE ... COMMIT, rollback on any exception.

        IMMEDIATE takes the write lock up front, so two writers wait (busy timeout) instead
        of failing half-way through with a lock upgrade error.
        """
        try:
            self._db.execute("BEGIN IMMEDIATE")
        except sqlite3.OperationalError as e:
            raise StoreError(f"{self.path}: database is busy or read-only ({e})") from None
        try:
            yield
            if bump:
                self._db.execute("UPDATE meta SET value = value + 1 WHERE key = 'revision'")
            self._db.execute("COMMIT")
        except BaseException as e:
            if self._db.in_transaction:  # SQLite may have rolled back already (disk full, ...)
                self._db.execute("ROLLBACK")
            if isinstance(e, sqlite3.Error):
                raise StoreError(f"{self.path}: write failed, nothing was changed ({e})") from e
            raise

    def close(self) -> None:
        """Close the connection (safe to call twice)."""
        self._db.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    @property
    def schema_version(self) -> int:
        """:returns: how many migrations have been applied."""
        return self._db.execute("SELECT count(*) FROM migrations").fetchone()[0]

    @property
    def revision(self) -> int:
        """:returns: a counter that increases on every committed write (the site builder skips work)."""
        return self._db.execute("SELECT value FROM meta WHERE key = 'revision'").fetchone()[0]

    def changed_since(self, token: int | None) -> bool:
        """:param token: a :attr:`revision` read earlier, or None.
        :returns: True if anything was written since (or the token is unknown)."""
        return token is None or self.revision != token

    # --- writes -------------------------------------------------------------------------------

    def ingest(self, article: Article, mentions: list[Mention], claims: list[Claim]) -> IngestResult:
        """Store one article with its mentions and claims, in one transaction.

        :param article: the article; ``id`` is its content hash, ``key`` its stable identity.
        :param mentions: its place mentions (two with the same offsets are stored once).
        :param claims: its claims.
        :returns: "unchanged" if this ``id`` is already stored (nothing written), "replaced" if
            another version with the same ``key`` was (its rows are replaced), else "new".
        """
        try:
            with self._write():
                if self._db.execute("SELECT 1 FROM articles WHERE id = ?", (article.id,)).fetchone():
                    raise _Unchanged  # rolls back the empty transaction: no revision bump
                old = self._db.execute("SELECT id FROM articles WHERE key = ?", (article.key,)).fetchone()
                if old:  # its mentions and claims go with it (ON DELETE CASCADE)
                    self._db.execute("DELETE FROM articles WHERE id = ?", (old[0],))
                self._insert(article, mentions, claims)
        except _Unchanged:
            return IngestResult("unchanged", *self._counts(article.id))
        return IngestResult("replaced" if old else "new", *self._counts(article.id))

    def _insert(self, article: Article, mentions: list[Mention], claims: list[Claim]) -> None:
        self._db.execute(
            "INSERT INTO articles VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            (article.id, article.key, article.title, _iso(article.published, "published"),
             article.source, article.url, article.path, _now()))
        self._db.executemany(
            'INSERT OR IGNORE INTO mentions (article_id, start, "end", surface, kind, geonameid,'
            " name, lat, lon, confidence, resolved, metonymic, candidates)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [(article.id, m.start, m.end, m.surface, m.kind, m.geonameid, m.name, m.lat,
              m.lon, m.confidence, bool(m.resolved), bool(m.metonymic), _candidates_json(m)) for m in mentions])
        self._db.executemany(
            "INSERT INTO claims (article_id, geonameid, place, surface, claimant,"
            " claimant_label, kind, control, date_from, date_to, precision, date_phrase,"
            " quote, cue, confidence, place_kind, coref, lat, lon, mention_start, mention_end)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [self._claim_values(article, c) for c in claims])

    @staticmethod
    def _claim_values(article: Article, c: Claim) -> tuple:
        if c.claimant not in SIDES or c.kind not in KINDS:
            raise InputError(f"{article.key}: claim about {c.place!r} has claimant "
                             f"{c.claimant!r} / kind {c.kind!r}; expected {SIDES} / {KINDS}")
        return (article.id, c.geonameid, c.place, c.surface, c.claimant, c.claimant_label,
                c.kind, c.control, _iso(c.date_from, "date_from"), _iso(c.date_to, "date_to"),
                c.precision, c.date_phrase, c.quote, c.cue, c.confidence, c.place_kind,
                bool(c.coref), c.lat, c.lon, c.mention_start, c.mention_end)

    def _counts(self, article_id: str) -> tuple[int, int, int]:
        # unresolved after corrections: a mention fixed in review is not reported again
        return tuple(self._db.execute(
            "SELECT (SELECT count(*) FROM mentions WHERE article_id = :a),"
            " (SELECT count(*) FROM claims WHERE article_id = :a),"
            f" (SELECT count(*) FROM ({_FIXED_MENTIONS}) WHERE article_id = :a AND NOT resolved)",
            {"a": article_id}).fetchone())

    def assign_mention(self, mention_id: int, *, geonameid: int, name: str, lat: float, lon: float,
                       kind: str = "settlement", note: str = "") -> dict:
        """Point a mention, every mention of the same name in its article, and the claims made
        from them, at another place, for good (it survives re-ingest, also of an edited article).

        :param mention_id: as listed by :meth:`mentions`.
        :param kind: one of :data:`geo.models.MENTION_KINDS`.
        :returns: the corrected mention.
        :raises NotFound: no such mention. :raises InputError: bad kind or coordinates.
        """
        if kind not in MENTION_KINDS:
            raise InputError(f"kind {kind!r} is not one of {', '.join(MENTION_KINDS)}")
        if not (-90 <= lat <= 90 and -180 <= lon <= 180):
            raise InputError(f"lat/lon {lat}, {lon} out of range")
        with self._write():
            m = self._db.execute('SELECT a.key, m.start, m."end", m.surface FROM mentions m'
                                 " JOIN articles a ON a.id = m.article_id WHERE m.id = ?",
                                 (mention_id,)).fetchone()
            if m is None:
                raise NotFound(f"no mention {mention_id}; list them with 'frontline review list'")
            self._db.execute(
                'INSERT INTO corrections (action, article_key, start, "end", surface, to_geonameid,'
                " to_name, to_lat, to_lon, to_kind, note, created_at)"
                " VALUES ('assign', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
                " ON CONFLICT (article_key, surface) WHERE action = 'assign'"
                " DO UPDATE SET to_geonameid = excluded.to_geonameid, to_name = excluded.to_name,"
                " to_lat = excluded.to_lat, to_lon = excluded.to_lon, to_kind = excluded.to_kind,"
                " note = excluded.note, created_at = excluded.created_at",
                (*m, int(geonameid), name, float(lat), float(lon), kind, note, _now()))
        return self._mention_rows("mention_id = ?", [mention_id])[0]

    def reject_claim(self, claim_id: int, *, reason: str = "") -> dict:
        """Hide a claim, for good (it comes back with ``include_rejected``).

        :param claim_id: as listed by :meth:`claims`.
        :returns: the claim, with ``rejected: True``. :raises NotFound: no such claim.
        """
        with self._write():
            c = self._db.execute("SELECT a.key, c.geonameid, c.claimant, c.kind FROM claims c"
                                 " JOIN articles a ON a.id = c.article_id WHERE c.id = ?",
                                 (claim_id,)).fetchone()
            if c is None:
                raise NotFound(f"no claim {claim_id}; list them with the claims command")
            self._db.execute(
                "INSERT INTO corrections (action, article_key, geonameid, claimant, kind, note,"
                " created_at) VALUES ('reject', ?, ?, ?, ?, ?, ?)"
                " ON CONFLICT (article_key, geonameid, claimant, kind) WHERE action = 'reject'"
                " DO UPDATE SET note = excluded.note, created_at = excluded.created_at",
                (*c, reason, _now()))
        return self._claim_rows("claim_id = ?", [claim_id])[0]

    def undo_correction(self, correction_id: int) -> None:
        """Forget a correction; the extracted data shows again.

        :raises NotFound: no such correction."""
        with self._write():
            if not self._db.execute("DELETE FROM corrections WHERE id = ?", (correction_id,)).rowcount:
                raise NotFound(f"no correction {correction_id}; list them with the corrections command")

    # --- reads --------------------------------------------------------------------------------

    def articles(self) -> list[dict]:
        """:returns: every article (newest first) with its mention and claim counts."""
        return [dict(r) for r in self._db.execute(
            "SELECT a.*, (SELECT count(*) FROM mentions m WHERE m.article_id = a.id) AS mentions,"
            " (SELECT count(*) FROM claims c WHERE c.article_id = a.id) AS claims"
            " FROM articles a ORDER BY a.published DESC, a.key")]

    def claims(self, *, place: str | int | None = None, side: str | None = None,
               kind: str | None = None, date_from: date | None = None, date_to: date | None = None,
               include_rejected: bool = False, include_pending: bool = False) -> list[dict]:
        """Claims with corrections applied, newest event first (by the end of its date range, so
        a vague "this month" is not buried under older precise days), then by place.

        :param place: a geonameid, or a place name or surface form (case-insensitive).
        :param side: the claimant (RU, UA, other). :param kind: captured, held, contested, struck.
        :param date_from: keep claims whose date range overlaps ``[date_from, date_to]``.
        :param include_rejected: also return rejected claims (``rejected: True``).
        :param include_pending: also return claims on names still unresolved (no geonameid,
            no coordinates) that wait for review.
        :returns: dicts with exactly the keys :data:`CLAIM_COLUMNS`, dates as ISO text.
        """
        where, args = [], []
        if place is not None:
            text = str(place).strip()
            if text.isdigit():
                where.append("geonameid = ?"); args.append(int(text))
            else:
                where.append("(casefold(place) = casefold(?) OR casefold(surface) = casefold(?))")
                args += [text, text]
        if side is not None:
            if side not in SIDES:
                raise InputError(f"side {side!r} is not one of {', '.join(SIDES)}")
            where.append("claimant = ?"); args.append(side)
        if kind is not None:
            if kind not in KINDS:
                raise InputError(f"kind {kind!r} is not one of {', '.join(KINDS)}")
            where.append("kind = ?"); args.append(kind)
        if date_from is not None:
            where.append("date_to >= ?"); args.append(_iso(date_from, "date_from"))
        if date_to is not None:
            where.append("date_from <= ?"); args.append(_iso(date_to, "date_to"))
        if not include_rejected:
            where.append("NOT rejected")
        if not include_pending:
            where.append("geonameid IS NOT NULL")
        return self._claim_rows(" AND ".join(where) or "1", args)

    def _claim_rows(self, where: str, args: list) -> list[dict]:
        rows = self._db.execute(f"SELECT * FROM ({_FIXED_CLAIMS}) WHERE {where}"
                                " ORDER BY date_to DESC, date_from DESC, casefold(place), claim_id", args)
        return [_plain(r, ("coref", "corrected", "rejected")) for r in rows]

    def mentions(self, *, unresolved: bool = False, below: float | None = None,
                 article: str | None = None) -> list[dict]:
        """Mentions with corrections applied (a corrected one is resolved, confidence 1.0).

        Filters combine (AND). :param unresolved: only those without a place.
        :param below: only those with confidence below this. :param article: article id or key.
        :returns: dicts in article then text order; ``candidates`` as a list of dicts.
        """
        where, args = [], []
        if unresolved:
            where.append("NOT resolved")
        if below is not None:
            where.append("confidence < ?"); args.append(float(below))
        if article is not None:
            where.append("(article_id = ? OR article_key = ?)"); args += [article, article]
        return self._mention_rows(" AND ".join(where) or "1", args)

    def _mention_rows(self, where: str, args: list) -> list[dict]:
        rows = self._db.execute(f"SELECT * FROM ({_FIXED_MENTIONS}) WHERE {where}"
                                ' ORDER BY published, article_key, start, "end"', args)
        return [_plain(r, ("resolved", "metonymic", "corrected"), drop="published") for r in rows]

    def corrections(self) -> list[dict]:
        """:returns: every review correction, oldest first; ``matches`` counts the current rows
        it applies to (0: the article changed and the correction no longer finds its target)."""
        rows = self._db.execute(
            "SELECT k.id AS correction_id, k.*, CASE k.action"
            " WHEN 'assign' THEN (SELECT count(*) FROM mentions m JOIN articles a ON a.id = m.article_id"
            "   WHERE a.key = k.article_key AND m.surface = k.surface)"
            " ELSE (SELECT count(*) FROM claims c JOIN articles a ON a.id = c.article_id"
            "   WHERE a.key = k.article_key AND c.geonameid IS k.geonameid"
            "   AND c.claimant = k.claimant AND c.kind = k.kind) END AS matches"
            " FROM corrections k ORDER BY k.id")
        return [{k: v for k, v in dict(r).items() if k != "id"} for r in rows]

    def stats(self) -> dict:
        """:returns: counts of articles, mentions, unresolved mentions, claims (not rejected),
        rejected claims and corrections; plus the schema version and revision."""
        row = self._db.execute(
            "SELECT (SELECT count(*) FROM articles) AS articles,"
            " (SELECT count(*) FROM mentions) AS mentions,"
            f" (SELECT count(*) FROM ({_FIXED_MENTIONS}) WHERE NOT resolved) AS unresolved,"
            f" (SELECT count(*) FROM ({_FIXED_CLAIMS}) WHERE NOT rejected) AS claims,"
            f" (SELECT count(*) FROM ({_FIXED_CLAIMS}) WHERE rejected) AS rejected,"
            " (SELECT count(*) FROM corrections) AS corrections").fetchone()
        return {**dict(row), "schema_version": self.schema_version, "revision": self.revision}


class _Unchanged(Exception):
    """Raised inside ingest's transaction when the article is already stored: nothing to write."""
