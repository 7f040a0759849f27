"""Import a GeoNames country dump (``UA.zip`` or ``UA.txt``) into the SQLite gazetteer.

The gazetteer is built into a temporary file beside the target and renamed over it at the end, so
a failed import leaves the existing gazetteer untouched; the temporary file of an import that was
killed is removed by the next one. A dump is imported only whole: every row complete (19
columns, ending in its date and a newline), every oblast its places name present, and the
country's dump (the one holding the country's own row) of a plausible size with every oblast.
"""

from __future__ import annotations

import csv
import hashlib
import io
import os
import re
import sqlite3
import time
import zipfile
from contextlib import closing
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path

from geo.errors import DumpError
from geo.places.gazetteer import build_index
from geo.places.names import display_name, is_indexable, loose_skeleton, skeleton_key, spelling_key
from geo.places.schema import SCHEMA, SCHEMA_VERSION

SETTLEMENT_CODES = {"PPL", "PPLA", "PPLA2", "PPLA3", "PPLA4", "PPLC", "PPLF", "PPLL", "PPLS", "PPLR", "PPLW"}
OPTIONAL_CODES = {"PPLX": "sections", "PPLQ": "abandoned", "PPLH": "historical"}
WATER_CODES = {"STM", "STMI", "STMS", "RSV", "LK", "LKS", "BAY", "ESTY", "CNL", "LGN", "SEA", "GULF", "STRT"}
_ADMIN_WORDS = ("oblast'", "oblast", "region", "raion", "rayon", "rajon", "district", "city", "misto")
_ADJ_ENDINGS = ("s'ka", "s’ka", "ska", "s'kyi", "s’kyi", "skyi", "s'kyy", "s’kyy", "skyy", "skiy", "skij", "s'kij", "kyi", "yi", "a")
DEFAULT_ALIASES = Path(__file__).resolve().parents[2] / "data" / "gazetteer" / "aliases.csv"
ATTRIBUTION = "Place data: GeoNames (geonames.org), licensed CC BY 4.0"
_DAY = re.compile(r"\d{4}-\d\d-\d\d")
#: How reporting names Ukraine's first-level divisions (GeoNames' own names mix styles: Donetska
#: Oblast, Zaporizhzhya Oblast, Kharkiv Oblast), by the GeoNames id of their row.
OBLAST_DISPLAY = {
    686966: "Zhytomyr Oblast", 687699: "Zaporizhzhia Oblast", 687869: "Zakarpattia Oblast",
    689064: "Volyn Oblast", 689559: "Vinnytsia Oblast", 691649: "Ternopil Oblast", 692196: "Sumy Oblast",
    694422: "Sevastopol City", 695592: "Rivne Oblast", 696634: "Poltava Oblast", 698738: "Odesa Oblast",
    700567: "Mykolaiv Oblast", 702549: "Lviv Oblast", 702657: "Luhansk Oblast", 703446: "Kyiv Oblast",
    703447: "Kyiv City", 703883: "Crimea", 705811: "Kirovohrad Oblast", 706370: "Khmelnytskyi Oblast",
    706442: "Kherson Oblast", 706482: "Kharkiv Oblast", 707470: "Ivano-Frankivsk Oblast",
    709716: "Donetsk Oblast", 709929: "Dnipropetrovsk Oblast", 710720: "Chernivtsi Oblast",
    710734: "Chernihiv Oblast", 710802: "Cherkasy Oblast",
}
_RAION_WORD = re.compile(r"\s+(?:raion|rayon|district)$", re.I)


@dataclass(frozen=True)
class CountryDump:
    """What the whole GeoNames dump of a country holds at least (a cut file holds less)."""

    name: str
    min_rows: int
    oblasts: int  # first-level divisions (ADM1 rows)


#: Known country dumps, by the GeoNames id of the country's own row (which only the country's
#: dump holds, not an extract or a test sample). UA.txt had 45,086 rows and 27 ADM1 (24 oblasts,
#: Kyiv, Sevastopol, Crimea) in 2024; it only grows.
COUNTRY_DUMPS = {690791: CountryDump("Ukraine", min_rows=40_000, oblasts=27)}


class _Lines:
    """The lines of a text stream, remembering whether the last one was complete (ended in a newline)."""

    def __init__(self, stream):
        self.stream, self.last_complete = stream, True

    def __iter__(self):
        for line in self.stream:
            self.last_complete = line.endswith(("\n", "\r"))
            yield line


def _rows_from(path: Path) -> tuple[Iterator[list[str]], str, _Lines]:
    """Open a dump and return its rows, the name of the member read, and its lines (to ask
    whether the last was complete)."""
    if not path.exists():
        raise DumpError(f"{path}: no such file")
    if path.stat().st_size == 0:
        raise DumpError(f"{path}: the file is empty, not a GeoNames dump")
    if zipfile.is_zipfile(path):
        try:
            archive = zipfile.ZipFile(path)
            members = [n for n in archive.namelist() if n.endswith(".txt") and "readme" not in n.lower()]
        except (zipfile.BadZipFile, OSError) as exc:
            raise DumpError(f"{path}: corrupt zip archive ({exc})") from exc
        if not members:
            raise DumpError(f"{path}: the zip holds no GeoNames .txt file")
        member = sorted(members, key=lambda n: archive.getinfo(n).file_size)[-1]
        lines = _Lines(io.TextIOWrapper(archive.open(member), encoding="utf-8", newline=""))
        return csv.reader(lines, delimiter="\t", quoting=csv.QUOTE_NONE), member, lines
    with open(path, "rb") as fh:
        head = fh.read(4096)
    if b"\0" in head or head.startswith(b"PK"):
        raise DumpError(f"{path}: corrupt or binary file, not a GeoNames dump")
    lines = _Lines(open(path, encoding="utf-8", newline=""))
    return csv.reader(lines, delimiter="\t", quoting=csv.QUOTE_NONE), path.name, lines


def _stems(name: str) -> set[str]:
    """Short forms of an admin name: 'Donetska Oblast' -> {'Donetska', 'Donetsk'}."""
    words = name.replace("-", " - ").split()
    core = [w for w in words if w.lower() not in _ADMIN_WORDS]
    if not core or len(core) == len(words):
        return set()
    stem = " ".join(core).replace(" - ", "-")
    out = {stem}
    for ending in _ADJ_ENDINGS:
        if stem.lower().endswith(ending) and len(stem) - len(ending) >= 3:
            out.add(stem[: -len(ending)])
            if ending.endswith(("yi", "yy", "iy", "ij")):
                out.add(stem[: -2])
    return out


def _read_aliases(path: Path | None) -> list[tuple[str, int, str]]:
    if path is None or not path.exists():
        return []
    with open(path, encoding="utf-8", newline="") as fh:
        rows = [r for r in csv.DictReader(fh) if r.get("alias") and not r["alias"].startswith("#")]
    try:
        return [(r["alias"].strip(), int(r["geonameid"]), (r.get("note") or "").strip()) for r in rows]
    except (KeyError, ValueError) as exc:
        raise DumpError(f"{path}: bad aliases row ({exc}); expected columns alias,geonameid,note") from exc


def import_dump(
    dump: str | Path,
    target: str | Path,
    *,
    include: tuple[str, ...] = (),
    aliases: str | Path | None = DEFAULT_ALIASES,
    source: str = "",
    min_rows: int | None = None,
    force: bool = False,
) -> dict:
    """Import a GeoNames country dump into an SQLite gazetteer at ``target``.

    :param dump: ``UA.zip`` or ``UA.txt`` (19 tab-separated GeoNames columns).
    :param target: where the gazetteer goes; replaced only once the import has succeeded.
    :param include: optional feature codes to keep too (``PPLX``, ``PPLQ``, ``PPLH``).
    :param aliases: the project's curated aliases CSV (alias, geonameid, note).
    :param source: where the dump came from (a URL or path), recorded for ``gazetteer info``.
    :param min_rows: the fewest rows a whole dump has; default: for a country's own dump (see
        :data:`COUNTRY_DUMPS`) its known minimum, else no minimum. Tests and callers with a
        smaller dump of a known country lower it; 0 turns the check off.
    :param force: replace a gazetteer even with one that has less than half of its places (a
        partial dump, or another country's, would otherwise be refused).
    :returns: the counts recorded in the gazetteer's metadata.
    :raises DumpError: the dump is missing, corrupt, not a GeoNames dump, or not whole (a row
        cut short, an oblast missing, too few rows for the country).
    """
    dump, target = Path(dump), Path(target)
    started = time.perf_counter()
    rows, member, lines = _rows_from(dump)
    keep_codes = SETTLEMENT_CODES | {c for c in include if c in OPTIONAL_CODES}
    target.parent.mkdir(parents=True, exist_ok=True)
    _clear_debris(target)
    tmp = target.with_name(f".{target.name}.{os.getpid()}.tmp")
    tmp.unlink(missing_ok=True)
    con = sqlite3.connect(tmp)
    try:
        con.executescript(SCHEMA)
        counts = _load(con, rows, dump, keep_codes, lines=lines, min_rows=min_rows)
        alias_rows = _read_aliases(Path(aliases) if aliases else None)
        known = {r[0] for r in con.execute("SELECT geonameid FROM places")}
        used = [(spelling_key(a), gid, a, "alias") for a, gid, _ in alias_rows if gid in known]
        con.executemany("INSERT INTO names VALUES (?, ?, ?, ?, ?, ?)",
                        [(k, skeleton_key(k), loose_skeleton(k), g, f, s) for k, g, f, s in used])
        counts["aliases"] = len(used)
        latest = con.execute("SELECT max(modified) FROM places").fetchone()[0] or ""
        meta = {
            "schema_version": str(SCHEMA_VERSION),
            "source": source or str(dump),
            "member": member,
            "sha256": _sha256(dump),
            "data_date": latest,
            "imported_at": datetime.now(timezone.utc).isoformat(timespec="seconds"),
            "attribution": ATTRIBUTION,
            "included_optional": ",".join(sorted(keep_codes & set(OPTIONAL_CODES))),
            **{f"count_{k}": str(v) for k, v in counts.items()},
        }
        con.executemany("INSERT INTO meta VALUES (?, ?)", meta.items())
        con.execute("CREATE INDEX names_key ON names(key)")
        con.execute("CREATE INDEX names_skeleton ON names(skeleton)")
        con.execute("CREATE INDEX names_geonameid ON names(geonameid)")
        con.execute("INSERT INTO blobs VALUES ('index', ?)", (build_index(con),))
        con.commit()
        con.close()
        if not force:
            _check_not_shrinking(dump, target, tmp)
        os.replace(tmp, target)
    except BaseException:
        con.close()
        tmp.unlink(missing_ok=True)
        raise
    counts["seconds"] = round(time.perf_counter() - started, 2)
    return counts


def _clear_debris(target: Path) -> None:
    """Remove the temporary files of imports into ``target`` that were killed (their process is
    gone); those of an import still running are left to it."""
    for debris in target.parent.glob(f".{target.name}.*.tmp*"):
        pid = debris.name[len(target.name) + 2:].split(".", 1)[0]
        if pid.isdigit() and int(pid) != os.getpid() and not _alive(int(pid)):
            debris.unlink(missing_ok=True)


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)  # signal 0: only asks whether the process exists
    except (ProcessLookupError, OverflowError):
        return False
    except PermissionError:  # another user's
        return True
    return True


_CUT = "get the whole dump again"


def _place_count(path: Path) -> int | None:
    try:
        with closing(sqlite3.connect(f"file:{path}?mode=ro", uri=True)) as con:
            return con.execute("SELECT count(*) FROM places").fetchone()[0]
    except sqlite3.Error:
        return None  # no gazetteer there yet, or not one: nothing to lose


def _check_not_shrinking(dump: Path, target: Path, new: Path) -> None:
    """Refuse to replace a gazetteer with one that has less than half of its places: whatever the
    dump says of itself (no country row, another country's), the user would lose most places."""
    old = _place_count(target) if target.exists() else None
    fresh = _place_count(new) or 0
    if old and fresh * 2 < old:
        raise DumpError(f"{dump}: would replace a gazetteer of {old:,} places with one of {fresh:,}: a partial dump, "
                        f"or another country's? {_CUT}, or import it with --force")


def _check_whole(dump: Path, seen: int, used: dict[str, str], oblasts: set[str], country: CountryDump | None,
                 min_rows: int | None) -> None:
    """Refuse a dump cut at a line's end: oblasts its places name missing, or (for a country's
    own dump) fewer rows or oblasts than that country's dump has."""
    missing = sorted(set(used) - oblasts)
    if missing:
        named = ", ".join(f"{code} (named by {used[code]})" for code in missing[:5])
        raise DumpError(f"{dump}: incomplete: places in oblasts without their own row: {named}; {_CUT}")
    if min_rows is None:
        min_rows = country.min_rows if country else 0
    what = f"the GeoNames dump for {country.name}" if country else "a whole dump"
    if seen < min_rows:
        raise DumpError(f"{dump}: incomplete: only {seen:,} rows, where {what} has at least {min_rows:,}; {_CUT}")
    if country and len(oblasts) < country.oblasts:
        raise DumpError(f"{dump}: incomplete: only {len(oblasts)} of the {country.oblasts} oblasts of {country.name}; {_CUT}")


def _load(con: sqlite3.Connection, rows: Iterator[list[str]], dump: Path, keep_codes: set[str], *,
          lines: _Lines | None = None, min_rows: int | None = None) -> dict:
    """Insert kept features and their names; raise DumpError on rows that are not GeoNames rows,
    and on a dump that is not whole (see :func:`_check_whole`)."""
    places, names, seen = [], [], 0
    used: dict[str, str] = {}  # oblast code -> a place that names it
    oblasts, country = set(), None
    counts = {"rows": 0, "settlements": 0, "oblasts": 0, "raions": 0, "water": 0, "names": 0}
    try:
        for line_no, row in enumerate(rows, start=1):
            if len(row) != 19 or not row[0].isdigit() or not _DAY.fullmatch(row[18]):
                if lines is not None and not lines.last_complete:  # a last line without its newline
                    raise DumpError(f"{dump}: incomplete: the last row (line {line_no}) is cut short; {_CUT}")
                got = (f"got {len(row)}" if len(row) != 19 else
                       "but the first is not a geonameid" if not row[0].isdigit() else
                       f"but the last, {row[18]!r}, is not a date: cut short?")
                raise DumpError(
                    f"{dump}: line {line_no} is not a GeoNames row (expected 19 tab-separated columns, "
                    f"{got}); is this a GeoNames country dump such as UA.zip?"
                )
            seen += 1
            gid, name, ascii_, alts, lat, lon, fclass, fcode = row[:8]
            country = country or COUNTRY_DUMPS.get(int(gid))
            kind = _kind(fclass, fcode, keep_codes)
            if kind == "oblast":
                oblasts.add(row[10])
            elif kind and row[10] not in ("", "00"):  # 00: GeoNames' "no oblast"
                used.setdefault(row[10], f"{name} {gid}")
            if kind is None:
                continue
            counts[{"settlement": "settlements", "oblast": "oblasts", "raion": "raions", "water": "water"}[kind]] += 1
            pop = int(row[14] or 0)
            shown = OBLAST_DISPLAY.get(int(gid)) if kind == "oblast" else None
            shown = shown or (name if kind in ("oblast", "raion") else display_name(name, alts.split(",")))
            places.append((int(gid), name, ascii_, float(lat), float(lon), fclass, fcode, row[10], row[11], pop, kind, row[18],
                           shown))
            forms = {ascii_: "ascii", name: "name"}  # name last: it wins when both are equal
            for alt in alts.split(","):
                if alt not in forms and is_indexable(alt):
                    forms[alt] = "alt"
            if kind in ("oblast", "raion"):
                for form in list(forms):
                    for stem in _stems(form):
                        forms.setdefault(stem, "stem")
            seen_keys = set()
            for form, src in forms.items():
                key = spelling_key(form)
                if key and key not in seen_keys:
                    seen_keys.add(key)
                    names.append((key, skeleton_key(key), loose_skeleton(key), int(gid), form, src))
    except DumpError:
        raise
    except UnicodeDecodeError as exc:
        if exc.reason == "unexpected end of data":  # the file ends inside a character
            raise DumpError(f"{dump}: incomplete: the last row (line {seen + 1}) is cut short; {_CUT}") from None
        raise DumpError(f"{dump}: not UTF-8 text ({exc.reason}); is this a GeoNames dump?") from exc
    except csv.Error as exc:
        raise DumpError(f"{dump}: unreadable ({exc})") from exc
    except ValueError as exc:
        raise DumpError(f"{dump}: bad value in a GeoNames row ({exc})") from exc
    except (zipfile.BadZipFile, OSError, EOFError) as exc:
        raise DumpError(f"{dump}: corrupt archive ({exc})") from exc
    if seen == 0:
        raise DumpError(f"{dump}: no GeoNames rows found")
    if not places:
        raise DumpError(f"{dump}: no populated places or admin areas found; is this a GeoNames dump?")
    _check_whole(dump, seen, used, oblasts, country, min_rows)
    places = _raion_display(places)
    con.executemany("INSERT INTO places VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)", places)
    con.executemany("INSERT INTO names VALUES (?, ?, ?, ?, ?, ?)", names)
    counts["rows"] = seen
    counts["names"] = len(names)
    return counts


def _raion_display(places: list[tuple]) -> list[tuple]:
    """A raion named after its centre is shown by the centre's name (Zaporizhzhya Raion ->
    Zaporizhzhia Raion); other raions by their GeoNames name without apostrophes."""
    towns = {(p[7], p[8], spelling_key(p[1])): p[12] for p in places if p[10] == "settlement"}
    out = []
    for p in places:
        if p[10] == "raion":
            stem = _RAION_WORD.sub("", p[1])
            town = towns.get((p[7], p[8], spelling_key(stem))) if stem != p[1] else None
            shown = f"{town} Raion" if town else "".join(c for c in p[1] if c not in "'’ʼ`").replace(" Rayon", " Raion")
            p = p[:12] + (shown,)
        out.append(p)
    return out


def _kind(fclass: str, fcode: str, keep_codes: set[str]) -> str | None:
    if fclass == "P" and fcode in keep_codes:
        return "settlement"
    if fclass == "A" and fcode == "ADM1":
        return "oblast"
    if fclass == "A" and fcode == "ADM2":
        return "raion"
    if fclass == "H" and fcode in WATER_CODES:
        return "water"
    return None


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()
