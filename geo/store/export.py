"""Export claims (the dicts of :meth:`geo.store.sqlite.Store.claims`) and places as GeoJSON, CSV or GeoPackage.

Every export carries the GeoNames credit that CC BY 4.0 asks for, in the place each format
has for it. Files are written next to the target and moved into place, so a failed export
never leaves a half-written file where a good one was.

A place table (:func:`write_places`) has one row per place with its latest status, made by the
caller (the store does not read statuses); a GeoPackage of claims may carry it as a second layer,
``places``, and both layers may carry a QGIS style (:mod:`geo.store.qgis`) so they open coloured.
"""

from __future__ import annotations

import json
import math
import numbers
import os
import secrets
import sqlite3
from pathlib import Path

import geopandas
import numpy
import pandas
import pyogrio.errors
import pyogrio.raw
import shapely

from geo.errors import InputError
from geo.store.qgis import write_styles
from geo.tables import ATTRIBUTION, CLAIM_CSV_COLUMNS, PLACE_COLUMNS, csv_table
LAYER = "claims"
PLACES_LAYER = "places"
# Written as real dates in the GeoPackage (QGIS's temporal controller); ISO text elsewhere.
DATE_COLUMNS = ("published", "date_from", "date_to")
FORMATS = {".geojson": "geojson", ".json": "geojson", ".csv": "csv", ".gpkg": "gpkg"}
PLACE_DATE_COLUMNS = ("since", "last_strike", "as_of")


def _has_coordinates(row: dict) -> bool:
    return all(isinstance(v, numbers.Real) and not isinstance(v, bool) and math.isfinite(v)
               for v in (row.get("lat"), row.get("lon")))


def _located(rows: list[dict]) -> list[dict]:
    return [r for r in rows if _has_coordinates(r)]


def _columns(rows: list[dict], first: tuple) -> list[str]:
    return [*first, *dict.fromkeys(k for r in rows for k in r if k not in first)]


def _points(rows: list[dict], first: tuple) -> geopandas.GeoDataFrame:
    rows = _located(rows)
    frame = pandas.DataFrame(rows, columns=_columns(rows, first))
    geometry = geopandas.points_from_xy(frame["lon"].astype(float), frame["lat"].astype(float))
    return geopandas.GeoDataFrame(frame, geometry=geometry, crs="EPSG:4326")


def claims_frame(rows: list[dict]) -> geopandas.GeoDataFrame:
    """Claims as points.

    :param rows: claim dicts; those without coordinates (an unresolved place) are dropped.
    :returns: a GeoDataFrame in EPSG:4326 with the columns of :data:`geo.tables.CLAIM_CSV_COLUMNS`
        first, whatever the rows (then any others they carry), and a Point ``geometry`` at (lon, lat).
    """
    return _points(rows, CLAIM_CSV_COLUMNS)


def places_frame(rows: list[dict]) -> geopandas.GeoDataFrame:
    """Places as points: the columns of :data:`PLACE_COLUMNS` first, then any others the rows carry."""
    return _points(rows, PLACE_COLUMNS)


def export_format(path: str | Path, fmt: str | None = None) -> str:
    """The export format of ``path``: ``fmt`` when given, else from its suffix.

    :raises InputError: neither says geojson, csv or gpkg.
    """
    path = Path(path)
    fmt = (fmt or FORMATS.get(path.suffix.lower(), "")).lower()
    if fmt not in FORMATS.values():
        raise InputError(f"{path}: cannot tell the export format; use a .geojson, .csv or .gpkg "
                         "file name (or say geojson, csv or gpkg)")
    return fmt


def check_folder(path: str | Path) -> None:
    """:raises InputError: the file's folder does not exist (an export makes no folders: a typo in
        a path would otherwise leave a new tree of them somewhere)."""
    path = Path(path)
    if not path.parent.is_dir():
        raise InputError(f"{path}: the folder {path.parent} does not exist (an export makes no folders); create it first")


def _write_atomically(path: Path, fmt: str, write) -> Path:
    # The temporary file must not exist yet (GDAL will not write a GeoPackage into an empty
    # file) and must be in the same folder, so that os.replace is an atomic rename.
    check_folder(path)
    tmp = path.with_name(f".{path.name}.{secrets.token_hex(4)}.tmp{path.suffix}")
    try:
        write(tmp)
        os.replace(tmp, path)
    except (OSError, sqlite3.Error, pyogrio.errors.DataSourceError, pyogrio.errors.DataLayerError) as e:
        raise InputError(f"{path}: cannot write the {fmt} export ({e})") from None
    finally:
        for leftover in (tmp, Path(f"{tmp}-wal"), Path(f"{tmp}-shm"), Path(f"{tmp}-journal")):
            leftover.unlink(missing_ok=True)
    return path


def write_claims(rows: list[dict], path: str | Path, fmt: str | None = None, *, places: list[dict] | None = None,
                 styles: dict | None = None) -> Path:
    """Write claims to ``path``, replacing it only once the new file is complete.

    :param rows: claim dicts (rows without coordinates are left out).
    :param path: the file to write, in a folder that exists.
    :param fmt: "geojson", "csv" or "gpkg"; by default from the suffix (.geojson/.json, .csv, .gpkg).
    :param places: a GeoPackage only: place rows (:data:`PLACE_COLUMNS`) written as a second layer, ``places``.
    :param styles: a GeoPackage only: ``{layer: (style name, QML)}``, each layer's default QGIS style
        (the ``layer_styles`` table, see :mod:`geo.store.qgis`).
    :returns: the path written.
    :raises InputError: unknown format, or the file cannot be written.
    """
    path = Path(path)
    fmt = export_format(path, fmt)
    if fmt != "gpkg":
        return _write_atomically(path, fmt, lambda tmp: _WRITERS[fmt](rows, tmp, CLAIM_CSV_COLUMNS))

    def gpkg(tmp: Path) -> None:
        _write_gpkg(claims_frame(rows), tmp, LAYER, DATE_COLUMNS)
        if places is not None:
            _write_gpkg(places_frame(places), tmp, PLACES_LAYER, PLACE_DATE_COLUMNS)
        if styles:
            write_styles(tmp, styles)

    return _write_atomically(path, fmt, gpkg)


def write_places(rows: list[dict], path: str | Path, fmt: str | None = None, *, style: tuple | None = None) -> Path:
    """Write a place table (one row per place, :data:`PLACE_COLUMNS`) to ``path``, atomically.

    :param rows: place dicts (those without coordinates are left out).
    :param fmt: "geojson", "csv" or "gpkg" (one layer, ``places``); by default from the suffix.
    :param style: a GeoPackage only: ``(style name, QML)``, the layer's default QGIS style.
    :returns: the path written.
    :raises InputError: unknown format, or the file cannot be written.
    """
    path = Path(path)
    fmt = export_format(path, fmt)

    def write(tmp: Path) -> None:
        if fmt == "gpkg":
            _write_gpkg(places_frame(rows), tmp, PLACES_LAYER, PLACE_DATE_COLUMNS)
            if style:
                write_styles(tmp, {PLACES_LAYER: style})
        else:
            _WRITERS[fmt](rows, tmp, PLACE_COLUMNS)

    return _write_atomically(path, fmt, write)


def _write_geojson(rows: list[dict], tmp: Path, first: tuple) -> None:
    # RFC 7946 GeoJSON (WGS84, no "crs" member) is what web maps expect.
    _points(rows, first).to_file(tmp, driver="GeoJSON", engine="pyogrio", layer_options={"RFC7946": "YES"})
    data = json.loads(tmp.read_text(encoding="utf-8"))
    # A foreign member at the top (RFC 7946 section 6.1): readers that don't know it ignore it.
    data = {"type": data.pop("type"), "attribution": ATTRIBUTION, **data}
    tmp.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")


def _day(value) -> numpy.datetime64:
    text = "" if value is None or value != value else str(value).strip()  # None/NaN: no date
    try:
        return numpy.datetime64(text[:10], "D") if text else numpy.datetime64("NaT", "D")
    except ValueError:
        return numpy.datetime64("NaT", "D")


def _gpkg_column(frame: pandas.DataFrame, name: str, dates: tuple = DATE_COLUMNS) -> tuple[numpy.ndarray, numpy.ndarray | None]:
    """One column as the (values, null mask) pair OGR writes; dates as numpy days (an OGR Date)."""
    col = frame[name]
    if name in dates:  # ISO text from the store; NaT is written as null
        return numpy.array([_day(v) for v in col], dtype="datetime64[D]"), None
    if isinstance(col.dtype, numpy.dtype):
        return col.to_numpy(), None
    return numpy.asarray(col.array, dtype=object), numpy.asarray(col.isna())  # pandas extension dtypes (str)


def _write_gpkg(frame: geopandas.GeoDataFrame, tmp: Path, layer: str, dates: tuple) -> None:
    # Written through pyogrio's raw writer: numpy datetime64[D] becomes an OGR Date field
    # (GeoPackage DATE), which QGIS's temporal controller can use; geopandas would give a
    # DateTime at midnight (pandas has no day-only dtype). GeoJSON and CSV keep ISO text.
    # A second layer is added to the file the first one made.
    fields = [c for c in frame.columns if c != "geometry"]
    data, masks = zip(*(_gpkg_column(frame, c, dates) for c in fields)) if fields else ((), ())
    # The layer description (gpkg_contents.description) is where GIS tools show a credit.
    pyogrio.raw.write(tmp, shapely.to_wkb(frame.geometry.values), list(data), fields, field_mask=list(masks),
                      layer=layer, driver="GPKG", geometry_type="Point", crs="EPSG:4326",
                      layer_options={"DESCRIPTION": ATTRIBUTION})


def _write_csv(rows: list[dict], tmp: Path, columns: tuple) -> None:
    # Straight from the dicts (not the frame) so values are written as the store gave them, in the
    # fixed columns of the table (geo.tables: the site's downloads are written the same way). CSV has
    # no metadata and "#" comments are not standard: the credit is a column. Text that a spreadsheet
    # would run as a formula is neutralised.
    with open(tmp, "w", encoding="utf-8", newline="") as f:
        f.write(csv_table(_located(rows), columns))


_WRITERS = {"geojson": _write_geojson, "csv": _write_csv}
