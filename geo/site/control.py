"""Optional assessed-control overlay: dated polygons, and claims checked against them.

An assessment is one dated map of the area a third party (a think tank, an OSINT project)
assesses as Russian-occupied, optionally with a grey zone of unknown status. Claims are
*checked* against the assessment of their date; the assessment is never shown as a claim,
and the page labels it "according to SOURCE, as of DATE".

Input: GeoJSON or GeoPackage files, or a folder of them. Per file:

- date: a ``date`` property, else ``YYYY-MM-DD`` in the file name;
- source: the ``source`` argument, else a ``source`` property, else the file name less the date;
- layers: a ``layer`` property ``occupied`` or ``unknown_status`` (also ``grey``/``gray``/
  ``unknown``); without a ``layer`` property every feature is the occupied area.
"""

from __future__ import annotations

import hashlib
import re
from bisect import bisect_right
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import geopandas as gpd
import numpy as np
import shapely
from shapely.geometry import mapping

from geo.errors import BuildError
from geo.site.timeline import parse_day

CONSISTENT, NOT_CORROBORATED, CONTRADICTED = "consistent", "not corroborated", "contradicted"
DEFAULT_TOLERANCE_M = 2000.0
# An assessment older than this (days before the claim's date) says nothing about the claim.
DEFAULT_MAX_AGE_DAYS = 31
SUFFIXES = (".geojson", ".json", ".gpkg")
_OCCUPIED = {"occupied"}
_GREY = {"unknown_status", "unknown", "grey", "gray", "grey_zone", "gray_zone"}
_DATE_RE = re.compile(r"(\d{4}-\d{2}-\d{2})")
# Only a settlement is small enough for a point check; an oblast, raion or river is not.
_CHECKED_PLACE_KINDS = {"settlement", "", None}


@dataclass
class Assessment:
    """One dated assessment: occupied area and grey zone, in EPSG:4326."""

    date: date
    source: str
    occupied: object  # shapely geometry (may be empty)
    grey: object | None
    paths: tuple = ()

    @property
    def label(self) -> str:
        """``according to SOURCE, as of DATE``: how the page names this layer."""
        return f"according to {self.source}, as of {self.date.isoformat()}"


def _first(gdf, column):
    if column not in gdf.columns:
        return None
    values = [v for v in gdf[column].tolist() if v is not None and v == v and str(v).strip()]
    return str(values[0]).strip() if values else None


def _read_file(path: Path, source: str | None) -> Assessment:
    try:
        gdf = gpd.read_file(path)
    except Exception as exc:  # pyogrio raises several types; all mean "cannot read it"
        raise BuildError(f"{path}: cannot read control overlay: {exc}") from exc
    if gdf.crs is None:
        gdf = gdf.set_crs(4326)  # GeoJSON without a crs member is lon/lat by definition
    gdf = gdf.to_crs(4326)
    day = _first(gdf, "date")
    if day is None:
        m = _DATE_RE.search(path.name)
        day = m.group(1) if m else None
    if day is None:
        raise BuildError(f"{path}: no date: add a 'date' property or put YYYY-MM-DD in the file name")
    try:
        when = parse_day(day)
    except ValueError as exc:
        raise BuildError(f"{path}: bad date {day!r}: use YYYY-MM-DD") from exc
    label = source or _first(gdf, "source") or _DATE_RE.sub(" ", path.stem).strip(" _-.") or path.stem
    if "layer" in gdf.columns:
        layers = gdf["layer"].astype(str).str.lower()
        occupied = gdf[layers.isin(_OCCUPIED)].geometry
        grey = gdf[layers.isin(_GREY)].geometry
    else:
        occupied, grey = gdf.geometry, gdf.geometry.iloc[0:0]
    occ = shapely.union_all(occupied.make_valid().values) if len(occupied) else shapely.Polygon()
    grey_geom = shapely.union_all(grey.make_valid().values) if len(grey) else None
    return Assessment(when, label, occ, grey_geom, (str(path),))


def load_control(path, *, source: str | None = None, tolerance_m: float = DEFAULT_TOLERANCE_M,
                 max_age_days: int | None = DEFAULT_MAX_AGE_DAYS):
    """Read an assessed-control overlay from a file or a folder of files.

    :param path: a ``.geojson``/``.json``/``.gpkg`` file, or a folder holding such files.
    :param source: the provider's name for the label (overrides ``source`` properties and
        file names), e.g. ``"DeepStateMap.Live"``.
    :param tolerance_m: how near the boundary (metres) a place is too close to call.
    :param max_age_days: the oldest assessment (days before a claim's date) a claim is checked
        against; ``None`` for no limit.
    :returns: a :class:`ControlOverlay`.
    :raises BuildError: when nothing can be read, or a file has no date.
    """
    path = Path(path)
    if path.is_dir():
        files = sorted(p for p in path.iterdir() if p.suffix.lower() in SUFFIXES)
    elif path.exists():
        files = [path]
    else:
        raise BuildError(f"{path}: control overlay not found")
    if not files:
        raise BuildError(f"{path}: no {', '.join(SUFFIXES)} files in the control folder")
    by_date: dict[date, Assessment] = {}
    for f in files:
        a = _read_file(f, source)
        old = by_date.get(a.date)
        if old is not None:  # two files of one date: one assessment, both sources named
            grey = [g for g in (old.grey, a.grey) if g is not None]
            a = Assessment(a.date, " + ".join(dict.fromkeys([old.source, a.source])),
                           shapely.union_all([old.occupied, a.occupied]),
                           shapely.union_all(grey) if grey else None, old.paths + a.paths)
        by_date[a.date] = a
    return ControlOverlay(sorted(by_date.values(), key=lambda a: a.date), tolerance_m=tolerance_m,
                          max_age_days=max_age_days)


def _as_gdf(geom, crs):
    return gpd.GeoDataFrame(geometry=[geom], crs=crs)


class ControlOverlay:
    """Dated assessments, and the check of claims against them."""

    def __init__(self, assessments, *, tolerance_m: float = DEFAULT_TOLERANCE_M,
                 max_age_days: int | None = DEFAULT_MAX_AGE_DAYS):
        """:param assessments: list of :class:`Assessment`, any order.
        :param tolerance_m: boundary tolerance in metres (a town is not a point).
        :param max_age_days: an assessment more than this many days before a claim's date is
            not used for it (the claim is left unchecked); ``None`` for no limit.
        """
        if max_age_days is not None and max_age_days < 0:
            raise BuildError(f"control overlay: maximum age must be 0 days or more, not {max_age_days}")
        self.assessments = sorted(assessments, key=lambda a: a.date)
        self.tolerance_m = float(tolerance_m)
        self.max_age_days = None if max_age_days is None else int(max_age_days)
        self._dates = [a.date for a in self.assessments]
        self._metric = {}
        self._crs = None

    @property
    def sources(self) -> list:
        """Distinct provider names, in date order."""
        return list(dict.fromkeys(a.source for a in self.assessments))

    @property
    def unchecked_label(self) -> str:
        """How a claim is labelled when it is checkable but no assessment is recent enough."""
        if self.max_age_days is None:
            return "no assessment on or before its date"
        return f"no assessment within {self.max_age_days} days"

    def assessment_for(self, day) -> Assessment | None:
        """The latest assessment on or before a date, if it is at most ``max_age_days`` older.

        :param day: the date (ISO string or date).
        :returns: the assessment, or ``None`` when all are later or the latest is too old.
        """
        day = parse_day(day)
        i = bisect_right(self._dates, day)
        if not i:
            return None
        a = self.assessments[i - 1]
        if self.max_age_days is not None and (day - a.date).days > self.max_age_days:
            return None  # a stale map says nothing about this date: no check, not "not corroborated"
        return a

    @staticmethod
    def checkable(row: dict) -> bool:
        """Whether a claim is of a kind the overlay checks (captured/held by a side, at a settlement)."""
        return (row.get("kind") in ("captured", "held") and row.get("control") in ("RU", "UA")
                and row.get("place_kind") in _CHECKED_PLACE_KINDS)

    def _metric_layers(self, a: Assessment):
        # Distances must be in metres: a UTM zone estimated from the first assessment
        # (EPSG:3857 would stretch 2 km to about 1.3 km on the ground at 48 N).
        if self._crs is None:
            first = next((x for x in self.assessments if not x.occupied.is_empty), a)
            self._crs = _as_gdf(first.occupied, 4326).estimate_utm_crs()
        if a.date not in self._metric:
            t = self.tolerance_m
            occ = _as_gdf(a.occupied, 4326).to_crs(self._crs).geometry.iloc[0]
            grey = _as_gdf(a.grey, 4326).to_crs(self._crs).geometry.iloc[0] if a.grey is not None else None
            self._metric[a.date] = {
                "inside": _as_gdf(occ, self._crs),
                "near": _as_gdf(occ.buffer(t), self._crs),
                "deep": _as_gdf(occ.buffer(-t), self._crs),
                "grey": _as_gdf(grey.buffer(t), self._crs) if grey is not None else None,
            }
        return self._metric[a.date]

    def check_rows(self, rows) -> list:
        """Check claims against the assessment of their date.

        The assessment used is the latest on or before the claim's ``date_to``, if it is at
        most ``max_age_days`` older (else the claim is not checked). A claim of RU
        control is ``consistent`` inside the occupied area, ``not corroborated`` within the
        tolerance of it or of the grey zone, else ``contradicted``. A claim of UA control is
        ``contradicted`` deeper than the tolerance inside the occupied area (and away from the
        grey zone), ``not corroborated`` near the boundary or the grey zone, else ``consistent``.

        :param rows: claim rows (``lat, lon, kind, control, date_to, place_kind``).
        :returns: one of ``consistent``/``not corroborated``/``contradicted``/``None`` per row;
            ``None`` for contested and strike claims, claims without a side, places that are
            not settlements, dates before the first assessment, and dates more than
            ``max_age_days`` after the latest assessment before them.
        """
        rows = list(rows)
        out: list = [None] * len(rows)
        groups: dict[date, list[int]] = {}
        for i, r in enumerate(rows):
            if not self.checkable(r):
                continue
            a = self.assessment_for(r["date_to"])
            if a is not None:
                groups.setdefault(a.date, []).append(i)
        for day, idx in groups.items():
            layers = self._metric_layers(self.assessments[self._dates.index(day)])
            pts = gpd.GeoDataFrame(
                {"i": idx},
                geometry=gpd.points_from_xy([float(rows[i]["lon"]) for i in idx],
                                            [float(rows[i]["lat"]) for i in idx]),
                crs=4326).to_crs(self._crs)
            hit = {}
            for name, poly in layers.items():
                if poly is None or poly.geometry.iloc[0].is_empty:
                    hit[name] = np.zeros(len(idx), dtype=bool)
                    continue
                joined = gpd.sjoin(pts, poly, predicate="within", how="left")
                hit[name] = joined.groupby(level=0)["index_right"].count().reindex(pts.index).to_numpy() > 0
            for k, i in enumerate(idx):
                out[i] = self._verdict(rows[i]["control"], hit["inside"][k], hit["near"][k],
                                       hit["deep"][k], hit["grey"][k])
        return out

    @staticmethod
    def _verdict(control, inside, near, deep, grey_near):
        if control == "RU":
            if inside:
                return CONSISTENT
            return NOT_CORROBORATED if (near or grey_near) else CONTRADICTED
        if deep and not grey_near:
            return CONTRADICTED
        return NOT_CORROBORATED if (near or grey_near) else CONSISTENT

    def check(self, row: dict) -> str | None:
        """Check one claim; see :meth:`check_rows`.

        :param row: a claim row.
        :returns: the verdict or ``None``.
        """
        return self.check_rows([row])[0]

    def fingerprint(self) -> str:
        """A hash of the dates, sources, tolerance, maximum age and geometries (for incremental builds).

        :returns: hex digest.
        """
        h = hashlib.sha256(repr((self.tolerance_m, self.max_age_days)).encode())
        for a in self.assessments:
            h.update(f"{a.date}|{a.source}|".encode())
            h.update(shapely.to_wkb(a.occupied))
            if a.grey is not None:
                h.update(shapely.to_wkb(a.grey))
        return h.hexdigest()

    def to_payload(self, simplify_deg: float = 0.001, digits: int = 4) -> list:
        """The assessments as small GeoJSON geometries for the page.

        Simplified (about 100 m) and rounded: the page only draws them, checks use the originals.

        :param simplify_deg: simplification tolerance in degrees.
        :param digits: decimals kept in coordinates.
        :returns: ``[{"date", "source", "label", "occupied", "grey"}]``.
        """
        def small(geom):
            if geom is None or geom.is_empty:
                return None
            geom = shapely.simplify(geom, simplify_deg, preserve_topology=True)
            return mapping(shapely.transform(geom, lambda xy: np.round(xy, digits)))

        return [{"date": a.date.isoformat(), "source": a.source, "label": a.label,
                 "occupied": small(a.occupied), "grey": small(a.grey)} for a in self.assessments]
