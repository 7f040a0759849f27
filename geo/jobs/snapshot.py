"""Store -> a print-ready picture: the published claims' status as of a date (PNG, SVG or PDF)."""

from __future__ import annotations

import sqlite3
from datetime import date
from pathlib import Path

from geo.errors import ArticleError, InputError, NotFound
from geo.jobs.curate import open_gazetteer, place_id
from geo.places.gazetteer import gazetteer_path
from geo.reading.articles import EARLIEST, check_published
from geo.site.snapshot import SnapshotReport, bbox_around, parse_bbox, render_snapshot
from geo.site.timeline import parse_day
from geo.store.sqlite import Store

DEFAULT_RADIUS_KM = 30.0
CITY_POPULATION = 150_000  # named on a country-wide view (with the oblast centres)
TOWN_POPULATION = 5_000  # named on a close view (--around)


def _town_filter(view: tuple | None, close: bool) -> tuple:
    w, s, e, n = view or (-180.0, -90.0, 180.0, 90.0)
    return w, s, e, n, TOWN_POPULATION if close else CITY_POPULATION


def towns(gazetteer, view: tuple | None, close: bool) -> list[dict]:
    """Places to name for orientation: oblast centres and cities, and on a close view the towns."""
    w, s, e, n, least = _town_filter(view, close)
    return [{"name": p.display_name or p.name, "lat": p.lat, "lon": p.lon, "population": p.population}
            for p in gazetteer.places.values()
            if p.kind == "settlement" and w <= p.lon <= e and s <= p.lat <= n
            and (p.fcode in ("PPLA", "PPLC") or p.population >= least)]


def towns_in_file(path: str | Path | None, view: tuple | None, close: bool) -> list[dict] | None:
    """:func:`towns` read straight from the gazetteer file's ``places`` table: a snapshot needs a few
    hundred rows, and opening the whole gazetteer (every spelling, for geocoding) takes longer than the
    drawing. ``[]`` when there is no gazetteer; ``None`` when the file cannot be read so (then open it)."""
    target = gazetteer_path(path)
    if not target.exists():
        return []
    w, s, e, n, least = _town_filter(view, close)
    try:
        con = sqlite3.connect(f"file:{target}?mode=ro", uri=True)
        try:
            columns = {row[1] for row in con.execute("PRAGMA table_info(places)")}
            name = "coalesce(nullif(display_name, ''), name)" if "display_name" in columns else "name"
            rows = con.execute(
                f"SELECT {name}, lat, lon, population FROM places WHERE kind = 'settlement' "
                "AND lon BETWEEN ? AND ? AND lat BETWEEN ? AND ? AND (fcode IN ('PPLA', 'PPLC') OR population >= ?)",
                (w, e, s, n, least)).fetchall()
        finally:
            con.close()
    except sqlite3.Error:
        return None
    return [{"name": r[0], "lat": r[1], "lon": r[2], "population": r[3] or 0} for r in rows]


def check_day(day: date | None) -> None:
    """A snapshot's date by the rule article dates follow (:func:`geo.reading.articles.check_published`):
    none after tomorrow, none before 2014.

    :raises InputError: the date is outside that range.
    """
    day = parse_day(day)
    if day is None:
        return
    try:
        check_published(day, name="--date", where="--date option")
    except ArticleError:
        raise InputError(f"--date {day.isoformat()}: give a date from {EARLIEST.isoformat()} to today "
                         f"({date.today().isoformat()})") from None


def _place_in_rows(rows: list[dict], name: str) -> dict | None:
    """The claimed place a name or geonameid means, from the rows alone (when no gazetteer is at hand)."""
    text = name.strip()
    if text.isdigit():
        return next((r for r in rows if str(r.get("geonameid")) == text), None)
    key = text.casefold()
    found = {r["geonameid"]: r for r in rows if r.get("geonameid") is not None and key in {
        str(r.get(k) or "").casefold() for k in ("place", "display_name", "surface")}}
    if len(found) > 1:
        raise NotFound(f"{name}: several places with claims answer to this name; give a geonameid "
                       f"({', '.join(str(g) for g in sorted(found))})")
    return next(iter(found.values()), None)


def where(store: Store, rows: list[dict], around: str, gazetteer) -> tuple[str, float, float]:
    """``(name, lat, lon)`` of the place ``--around`` names: any spelling through the gazetteer when
    there is one, else a place with claims by its name or geonameid.

    :raises NotFound: no such place (or several).
    """
    text = around.strip()
    if gazetteer is not None:
        gid = int(text) if text.isdigit() else place_id(store, gazetteer, text)
        p = gazetteer.places.get(gid)
        if p is not None:
            return (p.display_name or p.name, p.lat, p.lon)
    row = _place_in_rows(rows, text)
    if row is None:
        raise NotFound(f"{around}: no place of that name has claims (import the gazetteer for any spelling, "
                       "or give a geonameid)")
    return (row.get("display_name") or row.get("place") or text, float(row["lat"]), float(row["lon"]))


def snapshot(store: Store, out: str | Path, *, as_of: date | None = None, bbox: str | tuple | None = None,
             around: str | None = None, radius_km: float | None = None, width: int = 1600, grey: bool = False,
             title: str | None = None, gazetteer: str | Path | None = None) -> SnapshotReport:
    """Draw the published claims' status as of a date, as a picture to print or publish.

    :param out: a .png, .svg or .pdf file.
    :param as_of: the date; default the latest claim's.
    :param bbox: ``"W,S,E,N"`` (or a tuple) in degrees: the view; default Ukraine.
    :param around: a place (any spelling, or a geonameid): the view is ``radius_km`` around it.
    :param radius_km: with ``around``; default 30 km.
    :param width: pixels.
    :param grey: for grey-scale print.
    :param title: the heading; default "Claimed control in Ukraine" (or "... around PLACE").
    :param gazetteer: the gazetteer's path (default as everywhere): names towns for orientation and
        reads ``around`` in any spelling; used when it exists.
    :raises InputError: both ``bbox`` and ``around``, a bad box, radius, width, date (after tomorrow,
        before 2014), file name or folder (one that does not exist).
    :raises NotFound: ``around`` names no place.
    """
    if bbox is not None and around:
        raise InputError("give either --bbox or --around, not both")
    check_day(as_of)
    if radius_km is not None and not around:
        raise InputError("--radius goes with --around PLACE")
    rows = store.claims()
    view = parse_bbox(bbox) if isinstance(bbox, str) else bbox
    gaz = None
    if around:  # any spelling: the whole gazetteer, with its geocoder
        gaz = open_gazetteer(gazetteer)
        name, lat, lon = where(store, rows, around, gaz)
        view = bbox_around(lat, lon, DEFAULT_RADIUS_KM if radius_km is None else float(radius_km))
        title = title or f"Claimed control around {name}"
    refs = towns(gaz, view, view is not None) if gaz is not None else towns_in_file(gazetteer, view, view is not None)
    if refs is None:
        gaz = open_gazetteer(gazetteer)
        refs = towns(gaz, view, view is not None) if gaz is not None else []
    return render_snapshot(rows, out, as_of=as_of, bbox=view, width=width, grey=grey, title=title,
                           reference_places=refs)
