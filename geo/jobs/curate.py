"""Claims for people: listings for the terminal and exports for other tools."""

from __future__ import annotations

from pathlib import Path

from geo.store.export import write_claims
from geo.store.listing import format_claims
from geo.store.sqlite import Store


def list_claims(store: Store, fmt: str = "table", *, include_waiting: bool = False, **filters) -> str:
    """Stored claims as text (table, csv, json or geojson), newest first.

    :param include_waiting: also the claims that wait for review (the table then says why, in
        a ``waits`` column); by default only the published ones.
    :param filters: ``place``, ``side``, ``kind``, ``date_from``, ``date_to`` as for
        :meth:`~geo.store.sqlite.Store.claims`.
    """
    return format_claims(store.claims(include_waiting=include_waiting, **filters), fmt, waits=include_waiting)


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
