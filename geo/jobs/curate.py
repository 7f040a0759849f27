"""Claims for people: listings for the terminal and exports for other tools."""

from __future__ import annotations

from pathlib import Path

from geo.errors import NotFound
from geo.places.gazetteer import Gazetteer
from geo.places.geocoder import GazetteerGeocoder
from geo.store.export import write_claims
from geo.store.listing import format_claims
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
    """
    if gazetteer is not None and filters.get("place") and not str(filters["place"]).strip().isdigit():
        filters["place"] = place_id(store, gazetteer, str(filters["place"]))
    return format_claims(store.claims(include_waiting=include_waiting, **filters), fmt, waits=include_waiting)


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


def export_claims(store: Store, out: str | Path, fmt: str | None = None, *,
                  include_waiting: bool = False) -> tuple[int, Path]:
    """Write the published claims to a GeoJSON, CSV or GeoPackage file.

    :param include_waiting: also the claims that wait for review (each row says its ``hold``
        and whether it is ``approved``); those still without a place have no coordinates and
        are left out.
    :returns: ``(number of claims written, the file written)``.
    """
    rows = store.claims(include_waiting=include_waiting)
    path = write_claims(rows, out, fmt)
    return sum(1 for r in rows if r["lat"] is not None and r["lon"] is not None), path
