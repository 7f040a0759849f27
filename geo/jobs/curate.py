"""Claims for people: listings for the terminal and exports for other tools."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

from geo.errors import InputError, NotFound
from geo.places.gazetteer import Gazetteer, gazetteer_path
from geo.places.geocoder import GazetteerGeocoder
from geo.site.latest import MARKERS, place_rows, place_states
from geo.site.timeline import STATUS_LABELS, Timeline
from geo.store.listing import format_claims
from geo.store.qgis import categorized_qml
from geo.store.sqlite import Store


def list_claims(store: Store, fmt: str = "table", *, include_waiting: bool = False, gazetteer: Gazetteer | None = None,
                **filters) -> str:
    """Stored claims as text (table, csv, json or geojson), newest first.

    :param include_waiting: also the claims that wait for review (the table then says why, in
        a ``waits`` column); by default only the published ones.
    :param gazetteer: when given, ``place`` may be any spelling of a place (Bachmut, Artemivsk).
    :param filters: ``place``, ``side``, ``kind``, ``date_from``, ``date_to`` as for
        :meth:`~geo.store.sqlite.Store.claims`.
    :raises NotFound: ``place`` names no known place, or several that have claims.
    :raises InputError: ``date_from`` after ``date_to``.
    """
    check_date_range(filters.get("date_from"), filters.get("date_to"))
    if gazetteer is not None and filters.get("place") and not str(filters["place"]).strip().isdigit():
        filters["place"] = place_id(store, gazetteer, str(filters["place"]))
    return format_claims(store.claims(include_waiting=include_waiting, **filters), fmt, waits=include_waiting)


def check_date_range(since: date | None, until: date | None) -> None:
    """:raises InputError: ``--since`` is after ``--until`` (no claim could match: say so, not "No claims")."""
    if since is not None and until is not None and since > until:
        raise InputError(f"--since {since.isoformat()} is after --until {until.isoformat()}: give the earlier date first")


def place_id(store: Store, gazetteer: Gazetteer, name: str) -> int:
    """The geonameid a journalist means by a place name, in any spelling.

    The geocoder's answer when it is sure; among namesakes, the only one with claims stored.

    :raises NotFound: no place of that name, or several namesakes with claims (listed).
    """
    res = GazetteerGeocoder(gazetteer).resolve(name, kinds=("settlement", "oblast", "raion", "water"))
    if res.resolved:
        return res.candidates[0].geonameid
    with_claims = [c for c in res.candidates if store.claims(place=c.geonameid, include_waiting=True)]
    if len(with_claims) == 1:
        return with_claims[0].geonameid
    if not res.candidates:
        raise NotFound(f"{name}: no such place in the gazetteer (try another spelling, or a geonameid)")
    options = ", ".join(f"{c.geonameid} {c.name} ({c.admin1})" for c in (with_claims or res.candidates)[:5])
    raise NotFound(f"{name}: several places answer to this name; give a geonameid ({options})")


def open_gazetteer(path: str | Path | None = None, *, required: bool = False) -> Gazetteer | None:
    """The gazetteer at ``path`` (default: ``$FRONTLINE_GAZETTEER``, else data/gazetteer/) when it exists.

    :param required: import it from ``$FRONTLINE_GEONAMES`` when missing, else fail saying what to do
        (as every command that needs it); otherwise a missing gazetteer gives ``None``.
    """
    if required:
        from geo.jobs.pipeline import ensure_gazetteer

        return ensure_gazetteer(path)
    target = gazetteer_path(path)
    return Gazetteer(target) if target.exists() else None


def _placed(rows: list[dict]) -> list[dict]:
    return [r for r in rows if r.get("geonameid") is not None and r.get("lat") is not None and r.get("lon") is not None]


def with_geonames_names(rows: list[dict], gazetteer: Gazetteer | None) -> list[dict]:
    """Claim rows with GeoNames' own name of each place (``geonames_name``) beside the newsroom
    spelling in ``place``: the column every claim and place table has (:mod:`geo.tables`); empty
    without a gazetteer."""
    known = gazetteer.places if gazetteer is not None else {}
    return [{**r, "geonames_name": known[r["geonameid"]].name if r.get("geonameid") in known else ""} for r in rows]


def latest_places(rows: list[dict], as_of: date | None = None) -> list[dict]:
    """One row per place with its latest claimed status as of a date (the site's rules), for a table or
    a locator map: :data:`geo.tables.PLACE_COLUMNS`, as the site's ``places.csv``.

    :param rows: claim rows (those without a place are left out); their ``geonames_name``
        (:func:`with_geonames_names`) names each place as GeoNames does.
    :param as_of: the date; default the latest claim's.
    """
    timeline = Timeline(_placed(rows), as_of=as_of)
    return place_rows(place_states(timeline, as_of or timeline.as_of), as_of or timeline.as_of)


def qgis_styles() -> dict:
    """The GeoPackage layers' QGIS styles (as the site draws them): ``{layer: (name, QML)}``. Claims are
    categorised on what they say (the side said to control the place, contested, or a strike)."""
    cats = [(k, STATUS_LABELS.get(k, "strike reported"), MARKERS[k]) for k in ("RU", "UA", "contested", "struck")]
    said = ("CASE WHEN \"kind\" = 'struck' THEN 'struck' WHEN \"kind\" = 'contested' THEN 'contested' "
            "ELSE coalesce(\"control\", \"claimant\") END")
    return {"claims": ("frontline claims", categorized_qml(said, cats, expression=True, size_mm=2.6)),
            "places": ("frontline places", categorized_qml("status", cats, label_field="name", size_mm=3.2))}


@dataclass
class ExportReport:
    """What :func:`export_claims` wrote."""

    claims: int = 0
    path: Path | None = None
    places: int = 0
    places_path: Path | None = None

    def lines(self) -> list[str]:
        out = [f"Wrote {self.claims} claims to {self.path}"] if self.path else []
        return out + ([f"Wrote {self.places} places to {self.places_path}"] if self.places_path else [])


def export(store: Store, out: str | Path | None, fmt: str | None = None, *, places: str | Path | None = None,
           include_waiting: bool = False, gazetteer: str | Path | None = None, **filters) -> ExportReport:
    """Write the published claims to a GeoJSON, CSV or GeoPackage file, and/or a table of places.

    A GeoPackage holds the claims (layer ``claims``) and each place's latest status (layer ``places``),
    each with its QGIS style. ``places`` writes the place table on its own (CSV, GeoJSON or GeoPackage):
    one row per place with its latest status as of ``date_to`` (else the latest claim), the day and
    claimant behind it, its newsroom and GeoNames names and id, and a colour for a locator map.

    :param out: the claims file, or ``None`` for only the places.
    :param places: the place table's file.
    :param include_waiting: also the claims that wait for review (each row says its ``hold``
        and whether it is ``approved``); those still without a place have no coordinates and
        are left out.
    :param gazetteer: the gazetteer's path (default as everywhere): the places' GeoNames names, and
        ``place`` in any spelling; used when it exists (and needed for a ``place`` given by name).
    :param filters: ``place``, ``side``, ``kind``, ``date_from``, ``date_to`` as for ``claims``.
    :returns: :class:`ExportReport`.
    :raises InputError: neither file given, one in a folder that does not exist or that cannot be
        written, or ``date_from`` after ``date_to``.
    """
    from geo.store.export import check_folder, export_format, write_claims, write_places  # geopandas: only when exporting

    if out is None and places is None:
        raise InputError("export: give a file for the claims (claims.gpkg), or --places FILE, or both")
    check_date_range(filters.get("date_from"), filters.get("date_to"))
    for target in (out, places):
        if target is not None:
            export_format(target, fmt if target is out else None)
            check_folder(target)
    by_name = bool(filters.get("place")) and not str(filters["place"]).strip().isdigit()
    gaz = open_gazetteer(gazetteer, required=by_name)
    if by_name:
        filters["place"] = place_id(store, gaz, str(filters["place"]))
    rows = with_geonames_names(store.claims(include_waiting=include_waiting, **filters), gaz)
    report = ExportReport()
    table = None
    if places is not None or (out is not None and export_format(out, fmt) == "gpkg"):
        table = latest_places(rows, filters.get("date_to"))
    if out is not None:
        gpkg = export_format(out, fmt) == "gpkg"
        report.path = write_claims(rows, out, fmt, places=table if gpkg else None, styles=qgis_styles() if gpkg else None)
        report.claims = sum(1 for r in rows if r["lat"] is not None and r["lon"] is not None)
    if places is not None:
        style = qgis_styles()["places"] if export_format(places) == "gpkg" else None
        report.places_path = write_places(table, places, style=style)
        report.places = len(table)
    return report
