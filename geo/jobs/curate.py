"""Claims for people: listings for the terminal and exports for other tools."""

from __future__ import annotations

from pathlib import Path

from geo.store.export import write_claims
from geo.store.listing import format_claims
from geo.store.sqlite import Store


def list_claims(store: Store, fmt: str = "table", **filters) -> str:
    """Stored claims as text (table, csv, json or geojson), newest first.

    :param filters: ``place``, ``side``, ``kind``, ``date_from``, ``date_to`` as for
        :meth:`~geo.store.sqlite.Store.claims`.
    """
    return format_claims(store.claims(**filters), fmt)


def export_claims(store: Store, out: str | Path, fmt: str | None = None) -> tuple[int, Path]:
    """Write every published claim to a GeoJSON, CSV or GeoPackage file.

    :returns: ``(number of claims, the file written)``.
    """
    rows = store.claims()
    return len(rows), write_claims(rows, out, fmt)
