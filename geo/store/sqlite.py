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
from geo.models import HOLDS, KINDS, MENTION_KINDS, SIDES, Article, Candidate, Claim, Mention
from geo.store.sql import _FIXED_CLAIMS, _FIXED_MENTIONS, MIGRATIONS, PUBLISHED, WAITING, control_claims_on
from geo.tables import CLAIM_COLUMNS  # the row every claim query returns (one list, shared with the site)

DEFAULT_DB = "data/frontline.sqlite"
BUSY_TIMEOUT_S = 10.0

@dataclass(frozen=True)
class IngestResult:
    """What :meth:`Store.ingest` did: ``status`` is "new", "unchanged" or "replaced"."""

    status: str
    mentions: int
    claims: int
    unresolved: int  # names (distinct, not dismissed) left without a place, after corrections
    waiting: int = 0  # claims that wait for review (held or pending), after corrections
    unresolved_names: tuple[str, ...] = ()


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


# json.dumps(..., ensure_ascii=False) builds a new encoder on every call; this one is reused.
_JSON = json.JSONEncoder(ensure_ascii=False)


def _candidates_json(mention: Mention) -> str:
    if not mention.candidates:
        return "[]"
    return _JSON.encode([vars(c) if type(c) is Candidate or is_dataclass(c) else dict(c)
                         for c in mention.candidates])


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
                if self._db.execute("PRAGMA journal_mode = WAL").fetchone()[0] == "wal":
                    # In WAL, NORMAL syncs at checkpoints, not at every commit (one per article):
                    # a commit is still atomic and the file always consistent, even after a power
                    # loss, which may undo the last commits (re-ingesting restores them).
                    self._db.execute("PRAGMA synchronous = NORMAL")
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
            return IngestResult("unchanged", **self._counts(article.id))
        return IngestResult("replaced" if old else "new", **self._counts(article.id))

    def _insert(self, article: Article, mentions: list[Mention], claims: list[Claim]) -> None:
        self._db.execute(
            "INSERT INTO articles (id, key, title, published, source, url, path, ingested_at, text)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (article.id, article.key, article.title, _iso(article.published, "published"),
             article.source, article.url, article.path, _now(), article.text))
        self._db.executemany(
            'INSERT OR IGNORE INTO mentions (article_id, start, "end", surface, kind, geonameid,'
            " name, lat, lon, confidence, resolved, metonymic, candidates)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [(article.id, m.start, m.end, m.surface, m.kind, m.geonameid, m.name, m.lat,
              m.lon, m.confidence, bool(m.resolved), bool(m.metonymic), _candidates_json(m)) for m in mentions])
        self._db.executemany(
            "INSERT INTO claims (article_id, geonameid, place, surface, claimant,"
            " claimant_label, kind, control, date_from, date_to, precision, date_phrase,"
            " quote, cue, confidence, place_kind, coref, lat, lon, mention_start, mention_end, hold)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [self._claim_values(article, c) for c in claims])

    @staticmethod
    def _claim_values(article: Article, c: Claim) -> tuple:
        if c.claimant not in SIDES or c.kind not in KINDS:
            raise InputError(f"{article.key}: claim about {c.place!r} has claimant "
                             f"{c.claimant!r} / kind {c.kind!r}; expected {SIDES} / {KINDS}")
        if c.hold is not None and c.hold not in HOLDS:
            raise InputError(f"{article.key}: claim about {c.place!r} has hold {c.hold!r}; expected one of {HOLDS}")
        return (article.id, c.geonameid, c.place, c.surface, c.claimant, c.claimant_label,
                c.kind, c.control, _iso(c.date_from, "date_from"), _iso(c.date_to, "date_to"),
                c.precision, c.date_phrase, c.quote, c.cue, c.confidence, c.place_kind,
                bool(c.coref), c.lat, c.lon, c.mention_start, c.mention_end, c.hold)

    def _counts(self, article_id: str) -> dict:
        # after corrections: a mention fixed or dismissed in review is not reported again
        mentions, claims, waiting = self._db.execute(
            "SELECT (SELECT count(*) FROM mentions WHERE article_id = :a),"
            " (SELECT count(*) FROM claims WHERE article_id = :a),"
            f" (SELECT count(*) FROM ({_FIXED_CLAIMS}) WHERE article_id = :a AND {WAITING})",
            {"a": article_id}).fetchone()
        names = tuple(r[0] for r in self._db.execute(
            f"SELECT DISTINCT surface FROM ({_FIXED_MENTIONS})"
            " WHERE article_id = ? AND NOT resolved AND NOT dismissed ORDER BY surface", (article_id,)))
        return {"mentions": mentions, "claims": claims, "unresolved": len(names), "waiting": waiting,
                "unresolved_names": names}

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
            self._correct_claim("reject", claim_id, reason, hint="the claims command")
        return self._claim_rows("claim_id = ?", [claim_id])[0]

    def approve_claim(self, claim_id: int, *, note: str = "") -> dict:
        """Publish a claim that waits for review (a hold), for good: like a rejection, the
        approval is kept by the claim's identity (article key, place as extracted, claimant, kind)
        and survives re-ingest.

        :param claim_id: as listed by :meth:`claims` (with ``include_waiting``).
        :returns: the claim, with ``approved: True`` and ``correction_id``, the approval's id.
        :raises NotFound: no such claim. :raises InputError: the claim has no place yet (its name
            is unresolved): a place must be assigned to its mention first.
        """

        def placed():
            row = self._claim_rows("claim_id = ?", [claim_id])[0]
            if row["geonameid"] is not None:
                return
            mention = self._db.execute(
                'SELECT m.id FROM mentions m JOIN claims c ON c.article_id = m.article_id'
                ' AND m.start = c.mention_start AND m."end" = c.mention_end WHERE c.id = ?',
                (claim_id,)).fetchone()
            how = (f"assign mention {mention[0]} its place first (frontline review assign "
                   f"{mention[0]} GEONAMEID)") if mention else "assign its mention a place first"
            raise InputError(f"claim {claim_id} is on {row['surface']!r}, a name with no place yet; {how}")

        with self._write():
            correction = self._correct_claim("approve", claim_id, note, hint="'frontline claims --all'", check=placed)
        return {**self._claim_rows("claim_id = ?", [claim_id])[0], "correction_id": correction}

    def _correct_claim(self, action: str, claim_id: int, note: str, *, hint: str, check=None) -> int:
        """Record (or renew) a rejection or an approval of a claim, keyed by the claim's identity as
        extracted; inside a write transaction. :returns: the correction's id."""
        assert action in ("reject", "approve")
        key = self._db.execute("SELECT a.key, c.geonameid, c.claimant, c.kind FROM claims c"
                               " JOIN articles a ON a.id = c.article_id WHERE c.id = ?", (claim_id,)).fetchone()
        if key is None:
            raise NotFound(f"no claim {claim_id}; list them with {hint}")
        if check is not None:
            check()
        self._db.execute(
            "INSERT INTO corrections (action, article_key, geonameid, claimant, kind, note, created_at)"
            f" VALUES ('{action}', ?, ?, ?, ?, ?, ?)"
            f" ON CONFLICT (article_key, geonameid, claimant, kind) WHERE action = '{action}'"
            " DO UPDATE SET note = excluded.note, created_at = excluded.created_at",
            (*key, note, _now()))
        return self._db.execute("SELECT id FROM corrections WHERE action = ? AND article_key = ?"
                                " AND geonameid IS ? AND claimant = ? AND kind = ?", (action, *key)).fetchone()[0]

    def dismiss_name(self, name: str, *, reason: str = "") -> dict:
        """Say that a name is no Ukrainian place (a byline, a newspaper, a village in Russia), in
        every article, also those ingested later: its mentions leave review and its claims are
        hidden (``rejected``), except where a person assigned the mention a place.

        :param name: the name as it is written in the articles (case does not matter).
        :returns: ``{"correction_id", "name", "mentions", "articles", "claims"}``: how many
            mentions in how many articles bear the name, and how many claims on it are now hidden.
        :raises NotFound: no mention has that name.
        """
        key = " ".join(str(name).split()).casefold()
        with self._write():
            if not key or not self._db.execute(
                    "SELECT 1 FROM mentions WHERE casefold(surface) = ? LIMIT 1", (key,)).fetchone():
                raise NotFound(f"no mention named {name!r}; list them with 'frontline review list'")
            self._db.execute(
                "INSERT INTO corrections (action, surface, note, created_at) VALUES ('dismiss', ?, ?, ?)"
                " ON CONFLICT (surface) WHERE action = 'dismiss'"
                " DO UPDATE SET note = excluded.note, created_at = excluded.created_at",
                (key, reason, _now()))
            correction = self._db.execute(
                "SELECT id FROM corrections WHERE action = 'dismiss' AND surface = ?", (key,)).fetchone()[0]
        mentions, articles = self._db.execute(
            f"SELECT count(*), count(DISTINCT article_id) FROM ({_FIXED_MENTIONS})"
            " WHERE dismissed AND casefold(surface) = ?", (key,)).fetchone()
        claims = self._db.execute(
            f"SELECT count(*) FROM ({_FIXED_CLAIMS}) WHERE rejected AND casefold(surface) = ?", (key,)).fetchone()[0]
        return {"correction_id": correction, "name": key, "mentions": mentions, "articles": articles,
                "claims": claims}

    def undo_correction(self, correction_id: int) -> None:
        """Forget a correction; the extracted data shows again.

        :raises NotFound: no such correction."""
        with self._write():
            if not self._db.execute("DELETE FROM corrections WHERE id = ?", (correction_id,)).rowcount:
                raise NotFound(f"no correction {correction_id}; list them with the corrections command")

    # --- reads --------------------------------------------------------------------------------

    def articles(self) -> list[dict]:
        """:returns: every article (newest first, without its text) with its mention and claim counts."""
        return [dict(r) for r in self._db.execute(
            "SELECT a.id, a.key, a.title, a.published, a.source, a.url, a.path, a.ingested_at,"
            " (SELECT count(*) FROM mentions m WHERE m.article_id = a.id) AS mentions,"
            " (SELECT count(*) FROM claims c WHERE c.article_id = a.id) AS claims"
            " FROM articles a ORDER BY a.published DESC, a.key")]

    def article_texts(self, article_ids) -> dict[str, str]:
        """:returns: ``{article id: text}`` for those of ``article_ids`` whose text is stored
        (articles ingested before frontline kept texts have none until they are re-ingested)."""
        ids = list(dict.fromkeys(article_ids))
        out = {}
        for i in range(0, len(ids), 500):  # SQLite's limit on bound parameters
            chunk = ids[i:i + 500]
            out.update(self._db.execute(
                f"SELECT id, text FROM articles WHERE text IS NOT NULL AND id IN ({', '.join('?' * len(chunk))})",
                chunk).fetchall())
        return out

    def latest_control(self, geonameids, *, exclude_article: str | None = None) -> dict[int, str | None]:
        """The control claimed by the latest *published* captured or held claim on each place.

        :param geonameids: the places to look up.
        :param exclude_article: an article key whose claims are left out (the article being
            ingested again: its claims are compared with the other articles').
        :returns: ``{geonameid: control}`` for the places that have such a claim (latest event
            first: by the end of its date range, then its start, publication and id).
        """
        ids = sorted({int(g) for g in geonameids if g is not None})
        out: dict[int, str | None] = {}
        for i in range(0, len(ids), 300):  # each bound 3 times: under SQLite's old limit of 999
            chunk = ids[i:i + 300]
            marks = ", ".join("?" * len(chunk))
            # only the capture and hold claims on these places are read (through the indexes), not all
            rows = self._db.execute(
                f"SELECT geonameid, control FROM ({_FIXED_CLAIMS}) WHERE {PUBLISHED}"
                f" AND kind IN ('captured', 'held') AND geonameid IN ({marks})"
                f" AND article_key IS NOT ? AND claim_id IN ({control_claims_on(marks)})"
                " ORDER BY date_to, date_from, published, claim_id", [*chunk, exclude_article, *chunk, *chunk])
            out.update((gid, control) for gid, control in rows)  # the last (latest) row wins
        return out

    def claims(self, *, place: str | int | None = None, side: str | None = None,
               kind: str | None = None, date_from: date | None = None, date_to: date | None = None,
               include_rejected: bool = False, include_waiting: bool = False) -> list[dict]:
        """Claims with corrections applied, newest event first (by the end of its date range, so
        a vague "this month" is not buried under older precise days), then by place.

        By default only *published* claims: not rejected (nor on a dismissed name), placed, and
        either without a hold or approved by a person (``approve_claim``, or the claim's mention
        assigned its place in review).

        :param place: a geonameid, or a place name or surface form (case-insensitive).
        :param side: the claimant (RU, UA, other). :param kind: captured, held, contested, struck.
        :param date_from: keep claims whose date range overlaps ``[date_from, date_to]``.
        :param include_rejected: also return rejected claims (``rejected: True``).
        :param include_waiting: also return the claims that wait for review: held (``hold``
            set, ``approved`` false) and pending on a name still unresolved (no geonameid, no
            coordinates).
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
        if not include_waiting:
            where.append("geonameid IS NOT NULL AND (hold IS NULL OR approved)")
        return self._claim_rows(" AND ".join(where) or "1", args)

    def _claim_rows(self, where: str, args: list) -> list[dict]:
        rows = self._db.execute(f"SELECT * FROM ({_FIXED_CLAIMS}) WHERE {where}"
                                " ORDER BY date_to DESC, date_from DESC, casefold(place), claim_id", args)
        return [_plain(r, ("coref", "corrected", "rejected", "approved")) for r in rows]

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
        return [_plain(r, ("resolved", "metonymic", "corrected", "dismissed"), drop="published") for r in rows]

    def corrections(self) -> list[dict]:
        """:returns: every review correction, oldest first; ``matches`` counts the current rows
        it applies to (0: the article changed and the correction no longer finds its target)."""
        rows = self._db.execute(
            "SELECT k.id AS correction_id, k.*, CASE k.action"
            " WHEN 'assign' THEN (SELECT count(*) FROM mentions m JOIN articles a ON a.id = m.article_id"
            "   WHERE a.key = k.article_key AND m.surface = k.surface)"
            " WHEN 'dismiss' THEN (SELECT count(*) FROM mentions m WHERE casefold(m.surface) = k.surface)"
            " ELSE (SELECT count(*) FROM claims c JOIN articles a ON a.id = c.article_id"
            "   WHERE a.key = k.article_key AND c.geonameid IS k.geonameid"
            "   AND c.claimant = k.claimant AND c.kind = k.kind) END AS matches"
            " FROM corrections k ORDER BY k.id")
        return [{k: v for k, v in dict(r).items() if k != "id"} for r in rows]

    def waiting_count(self) -> int:
        """:returns: how many claims wait for review (held and not approved, or pending on an
        unresolved name), not counting rejected ones."""
        return self._db.execute(f"SELECT count(*) FROM ({_FIXED_CLAIMS}) WHERE {WAITING}").fetchone()[0]

    def stats(self) -> dict:
        """:returns: counts of articles, mentions, unresolved mentions (not dismissed), claims
        (not rejected), of those the ones that wait for review, rejected claims (also those on a
        dismissed name) and corrections; plus the schema version and revision."""
        row = self._db.execute(
            "SELECT (SELECT count(*) FROM articles) AS articles,"
            " (SELECT count(*) FROM mentions) AS mentions,"
            f" (SELECT count(*) FROM ({_FIXED_MENTIONS}) WHERE NOT resolved AND NOT dismissed) AS unresolved,"
            f" (SELECT count(*) FROM ({_FIXED_CLAIMS}) WHERE NOT rejected) AS claims,"
            f" (SELECT count(*) FROM ({_FIXED_CLAIMS}) WHERE {WAITING}) AS waiting,"
            f" (SELECT count(*) FROM ({_FIXED_CLAIMS}) WHERE rejected) AS rejected,"
            " (SELECT count(*) FROM corrections) AS corrections").fetchone()
        return {**dict(row), "schema_version": self.schema_version, "revision": self.revision}


class _Unchanged(Exception):
    """Raised inside ingest's transaction when the article is already stored: nothing to write."""
