"""Read side of the gazetteer: places and their names, loaded from SQLite for fast lookup."""

from __future__ import annotations

import gc
import marshal
import math
import os
import sqlite3
from collections import defaultdict
from typing import NamedTuple
from pathlib import Path

from rapidfuzz import process
from rapidfuzz.distance import Levenshtein

from geo.errors import GazetteerError, GazetteerNotFound
from geo.places.names import loose_key
from geo.places.schema import SCHEMA_VERSION

DEFAULT_GAZETTEER = Path("data") / "gazetteer" / "gazetteer.sqlite"
SOURCE_RANK = {"name": 0, "alias": 0, "ascii": 1, "alt": 2, "stem": 3}
GRID_DEG = 0.25  # cells of the settlement grid (about 28 x 18 km in Ukraine)
TOWN_GRID_DEG = 0.25
TOWN_MIN_POPULATION = 1000  # the smallest places a reporter names as a landmark for another


class Place(NamedTuple):
    """One gazetteer feature (a named tuple: 35,000 of them are made each time the gazetteer opens)."""

    geonameid: int
    name: str
    lat: float
    lon: float
    fclass: str
    fcode: str
    admin1: str  # GeoNames oblast code
    admin2: str  # GeoNames raion code
    population: int
    kind: str  # settlement | oblast | raion | water
    display_name: str = ""  # as reporting writes it (the Ukrainian name, official transliteration)


def gazetteer_path(path: str | Path | None = None) -> Path:
    """Where the gazetteer lives: ``path``, else ``$FRONTLINE_GAZETTEER``, else ``data/gazetteer/``."""
    return Path(path or os.environ.get("FRONTLINE_GAZETTEER") or DEFAULT_GAZETTEER)


def distance_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance in km (haversine; plenty for ranking namesakes)."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 6371.0 * 2 * math.asin(min(1.0, math.sqrt(a)))


def older_schema(path: str | Path) -> bool:
    """Whether the gazetteer at ``path`` was made by an older frontline (to be imported again)."""
    try:
        con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            row = con.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()
        finally:
            con.close()
    except sqlite3.DatabaseError:
        return False  # not a gazetteer at all: opening it says so
    return bool(row and str(row[0]).isdigit() and int(row[0]) < SCHEMA_VERSION)


def _version_message(path: Path, version: str | None) -> str:
    if version and version.isdigit() and int(version) < SCHEMA_VERSION:
        return (f"{path}: gazetteer made by an older frontline (schema {version}, this one reads {SCHEMA_VERSION}); "
                "import it again: 'frontline gazetteer import UA.zip' (or 'frontline gazetteer download')")
    return f"{path}: gazetteer of another version; re-run 'frontline gazetteer import'"


def build_index(con: sqlite3.Connection) -> bytes:
    """What :class:`Gazetteer` holds in memory, from the ``places`` and ``names`` tables, serialised
    (marshal) for the importer to store: opening then loads it instead of rebuilding it (about
    four times faster).

    The places (rows of :class:`Place`'s fields), and the lookups: spelling key -> {geonameid: how
    the name is known (its best source)}, consonant skeleton -> keys, loose skeleton -> keys,
    geonameid -> its keys (each once, in the order of the names table)."""
    places = con.execute(f"SELECT {', '.join(Place._fields)} FROM places ORDER BY geonameid").fetchall()
    names = con.execute("SELECT key, skeleton, loose, geonameid, source FROM names ORDER BY rowid").fetchall()
    by_key: dict[str, dict[int, str]] = defaultdict(dict)
    by_skeleton: dict[str, set[str]] = defaultdict(set)
    by_loose: dict[str, set[str]] = defaultdict(set)
    keys_of: dict[int, list[str]] = defaultdict(list)
    rank = SOURCE_RANK
    for key, skeleton, loose, gid, source in names:
        found = by_key[key]
        best = found.get(gid)
        if best is None:
            found[gid] = source
            keys_of[gid].append(key)
        elif rank[source] < rank[best]:
            found[gid] = source
        by_skeleton[skeleton].add(key)
        by_loose[loose].add(key)
    return marshal.dumps((places, dict(by_key), dict(by_skeleton), dict(by_loose), dict(keys_of)))


class Gazetteer:
    """Places and the keys of all their names, held in memory for lookups.

    :param path: the SQLite file written by :func:`geo.places.importer.import_dump`.
    """

    def __init__(self, path: str | Path | None = None):
        self.path = gazetteer_path(path)
        if not self.path.exists():
            raise GazetteerNotFound(
                f"{self.path}: no gazetteer yet; run 'frontline gazetteer import UA.zip' "
                "(or 'frontline gazetteer download' when online)"
            )
        # Some 200,000 objects are made here and none is garbage: the cyclic collector, which would
        # walk them again and again as they are made (a third of the time), waits until they are.
        collecting = gc.isenabled()
        gc.disable()
        try:
            self._load()
        finally:
            if collecting:
                gc.enable()

    def _load(self) -> None:
        try:
            con = sqlite3.connect(f"file:{self.path}?mode=ro", uri=True)
            try:
                self.meta = dict(con.execute("SELECT key, value FROM meta"))
                version = self.meta.get("schema_version")
                if version != str(SCHEMA_VERSION):
                    raise GazetteerError(_version_message(self.path, version))
                blob = con.execute("SELECT value FROM blobs WHERE key = 'index'").fetchone()
            finally:
                con.close()
        except sqlite3.DatabaseError as exc:
            raise GazetteerError(f"{self.path}: not a frontline gazetteer ({exc}); re-run 'frontline gazetteer import'") from exc
        try:
            places, by_key, by_skeleton, by_loose, keys_of = marshal.loads(blob[0])
        except (TypeError, ValueError, EOFError) as exc:
            raise GazetteerError(f"{self.path}: damaged gazetteer index ({exc}); re-run 'frontline gazetteer import'") from exc
        make = Place._make
        self.places: dict[int, Place] = {row[0]: make(row) for row in places}
        self._by_key: dict[str, dict[int, str]] = by_key
        self._by_skeleton: dict[str, set[str]] = by_skeleton
        self._by_loose: dict[str, set[str]] = by_loose
        self._keys_of: dict[int, list[str]] = keys_of
        self._loose_of: dict[int, list[str]] = {}
        self.oblast_by_code = {p.admin1: p for p in self.places.values() if p.kind == "oblast"}
        self.raion_by_code = {(p.admin1, p.admin2): p for p in self.places.values() if p.kind == "raion"}
        self._by_length: dict[tuple[str, int], list[str]] | None = None
        self._pools: dict[tuple[str, int, int], list[str]] = {}
        self._sorted: dict[tuple[str, bool], list[str]] = {}
        self._admin_cache: dict[int, tuple[str, str]] = {}
        self._grid: dict[tuple[int, int], list[Place]] | None = None
        self._in_oblast: dict[str, list[Place]] | None = None
        self._towns: dict[tuple[int, int], list[Place]] | None = None

    @classmethod
    def from_sqlite(cls, path: str | Path) -> "Gazetteer":
        """Open a gazetteer file (alias of the constructor, for readability)."""
        return cls(path)

    def __len__(self) -> int:
        return len(self.places)

    def lookup_key(self, key: str) -> dict[int, str]:
        """Places having a name with this spelling key, mapped to how the name is known."""
        return self._by_key.get(key, {})

    def keys_with_skeleton(self, skeleton: str) -> set[str]:
        """Spelling keys sharing a consonant skeleton."""
        return self._by_skeleton.get(skeleton, set())

    def keys_with_loose_skeleton(self, loose: str) -> set[str]:
        """Spelling keys sharing a loose skeleton (:func:`geo.places.names.loose_skeleton`)."""
        return self._by_loose.get(loose, set())

    def sorted_keys_with(self, skeleton: str, loose: bool = False) -> list[str]:
        """:meth:`keys_with_skeleton` (or, ``loose``, :meth:`keys_with_loose_skeleton`) in sorted
        order, sorted once per run."""
        found = self._sorted.get((skeleton, loose))
        if found is None:
            if len(self._sorted) > 200_000:
                self._sorted.clear()
            found = self._sorted[(skeleton, loose)] = sorted((self._by_loose if loose else self._by_skeleton).get(skeleton, ()))
        return found

    def keys_of(self, geonameid: int) -> list[str]:
        """The spelling keys of a place's names."""
        return self._keys_of.get(geonameid, [])

    def loose_keys_of(self, geonameid: int) -> list[str]:
        """:func:`geo.places.names.loose_key` of each of :meth:`keys_of` (made once per place)."""
        found = self._loose_of.get(geonameid)
        if found is None:
            found = self._loose_of[geonameid] = [loose_key(k) for k in self._keys_of.get(geonameid, ())]
        return found

    def settlements_near(self, lat: float, lon: float, km: float) -> list[Place]:
        """Settlements within about ``km`` of a point (the grid cells that can hold them; the caller
        measures the distances)."""
        grid = self._settlement_grid()
        dy = int(km / (111.0 * GRID_DEG)) + 1
        dx = int(km / (111.0 * GRID_DEG * max(0.3, math.cos(math.radians(lat))))) + 1
        cy, cx = int(lat // GRID_DEG), int(lon // GRID_DEG)
        return [p for y in range(cy - dy, cy + dy + 1) for x in range(cx - dx, cx + dx + 1) for p in grid.get((y, x), ())]

    def cells_near(self, lat: float, lon: float, km: float) -> list[tuple[int, int]]:
        """The grid cells (of GRID_DEG degrees) within about ``km`` of a point."""
        dy = int(km / (111.0 * GRID_DEG)) + 1
        dx = int(km / (111.0 * GRID_DEG * max(0.3, math.cos(math.radians(lat))))) + 1
        cy, cx = int(lat // GRID_DEG), int(lon // GRID_DEG)
        return [(y, x) for y in range(cy - dy, cy + dy + 1) for x in range(cx - dx, cx + dx + 1)]

    def settlements_in_cell_key(self, cell: tuple[int, int]) -> list[Place]:
        """The settlements of one grid cell."""
        return self._settlement_grid().get(cell, [])

    def settlements_in_cell(self, lat: float, lon: float) -> tuple[tuple[int, int], list[Place]]:
        """The grid cell (of GRID_DEG degrees) holding a point, and its settlements."""
        cell = (int(lat // GRID_DEG), int(lon // GRID_DEG))
        return cell, self._settlement_grid().get(cell, [])

    def _settlement_grid(self) -> dict[tuple[int, int], list[Place]]:
        if self._grid is None:
            grid: dict[tuple[int, int], list[Place]] = defaultdict(list)
            for p in self.places.values():
                if p.kind == "settlement":
                    grid[(int(p.lat // GRID_DEG), int(p.lon // GRID_DEG))].append(p)
            self._grid = dict(grid)
        return self._grid

    def towns_near(self, lat: float, lon: float, km: float, min_population: int = TOWN_MIN_POPULATION) -> list[Place]:
        """Settlements of at least ``min_population`` (never below :data:`TOWN_MIN_POPULATION`)
        within about ``km`` of a point (the grid cells that can hold them)."""
        out = []
        for _, towns in self.town_cells_near(lat, lon, km):
            for p in towns:
                if p.population < min_population:
                    break
                out.append(p)
        return out

    def town_cells_near(self, lat: float, lon: float, km: float) -> list[tuple[tuple[int, int], list[Place]]]:
        """The grid cells within about ``km`` of a point that hold towns (of :data:`TOWN_MIN_POPULATION`
        or more), each with its towns, largest first: :meth:`towns_near` cell by cell."""
        if self._towns is None:
            grid: dict[tuple[int, int], list[Place]] = defaultdict(list)
            for p in self.places.values():
                if p.kind == "settlement" and p.population >= TOWN_MIN_POPULATION:
                    grid[(int(p.lat // TOWN_GRID_DEG), int(p.lon // TOWN_GRID_DEG))].append(p)
            self._towns = {k: sorted(v, key=lambda p: -p.population) for k, v in grid.items()}
        dy = int(km / (111.0 * TOWN_GRID_DEG)) + 1
        dx = int(km / (111.0 * TOWN_GRID_DEG * max(0.3, math.cos(math.radians(lat))))) + 1
        cy, cx = int(lat // TOWN_GRID_DEG), int(lon // TOWN_GRID_DEG)
        towns = self._towns
        return [((y, x), towns[(y, x)]) for y in range(cy - dy, cy + dy + 1) for x in range(cx - dx, cx + dx + 1)
                if (y, x) in towns]

    def settlements_in(self, admin1: str) -> list[Place]:
        """The settlements of an oblast (by GeoNames admin1 code)."""
        if self._in_oblast is None:
            groups: dict[str, list[Place]] = defaultdict(list)
            for p in self.places.values():
                if p.kind == "settlement":
                    groups[p.admin1].append(p)
            self._in_oblast = dict(groups)
        return self._in_oblast.get(admin1, [])

    def keys_near(self, key: str, edits: int = 2) -> dict[str, int]:
        """Keys within ``edits`` edits of ``key`` that begin with the same letter (a typo seldom
        touches the first letter), compared in C by rapidfuzz among the keys of about the same
        length: those sharing the first two letters, else those sharing the first and the last;
        each with its edit distance."""
        if self._by_length is None:
            groups: dict[tuple[str, int], list[str]] = defaultdict(list)
            for k in self._by_key:
                groups[(k[:2], len(k))].append(k)
                groups[(k[:1] + "/" + k[-1:], len(k))].append(k)
            self._by_length = dict(groups)
        for head in (key[:2], key[:1] + "/" + key[-1:]):
            pool = self._pools.get((head, len(key), edits))
            if pool is None:
                pool = self._pools[(head, len(key), edits)] = [
                    k for size in range(len(key) - edits, len(key) + edits + 1) for k in self._by_length.get((head, size), ())]
            found = {k: d for k, d, _ in process.extract(key, pool, scorer=Levenshtein.distance, score_cutoff=edits, limit=None)}
            if found:
                return found
        return {}

    def forms(self, geonameid: int) -> list[str]:
        """Every name of a place as written in GeoNames or the aliases file (read when asked)."""
        return self.forms_of([geonameid]).get(geonameid, [])

    def forms_of(self, geonameids) -> dict[int, list[str]]:
        """The names of several places at once, as :meth:`forms`."""
        ids = list(geonameids)
        out: dict[int, list[str]] = defaultdict(list)
        con = sqlite3.connect(f"file:{self.path}?mode=ro", uri=True)
        try:
            for start in range(0, len(ids), 500):
                chunk = ids[start : start + 500]
                marks = ",".join("?" * len(chunk))
                for gid, form in con.execute(f"SELECT geonameid, form FROM names WHERE geonameid IN ({marks})", chunk):
                    out[gid].append(form)
        finally:
            con.close()
        return dict(out)

    def oblast_of(self, place: Place) -> Place | None:
        """The oblast (ADM1 feature) a place lies in."""
        return self.oblast_by_code.get(place.admin1)

    def raion_of(self, place: Place) -> Place | None:
        """The raion (ADM2 feature) a place lies in."""
        return self.raion_by_code.get((place.admin1, place.admin2))

    def admin_names(self, place: Place) -> tuple[str, str]:
        """(oblast name, raion name) of a place as reporting writes them, empty where unknown."""
        names = self._admin_cache.get(place.geonameid)
        if names is None:
            oblast, raion = self.oblast_of(place), self.raion_of(place)
            names = self._admin_cache[place.geonameid] = (oblast.display_name if oblast else "",
                                                          raion.display_name if raion else "")
        return names

    def capital_of(self, place: Place) -> Place | None:
        """For an oblast or raion, its administrative centre (PPLA / PPLA2 / PPLC)."""
        codes = {"oblast": ("PPLA", "PPLC"), "raion": ("PPLA2",)}.get(place.kind, ())
        for p in self.places.values():
            if p.fcode in codes and p.admin1 == place.admin1 and (place.kind == "oblast" or p.admin2 == place.admin2):
                return p
        return None

    def info(self) -> dict:
        """Source, date, counts and attribution of the imported dump."""
        return dict(self.meta)
