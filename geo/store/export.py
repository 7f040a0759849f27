"""Export claims (the dicts of :meth:`geo.store.sqlite.Store.claims`) as GeoJSON, CSV or GeoPackage.

Every export carries the GeoNames credit that CC BY 4.0 asks for, in the place each format
has for it. Files are written next to the target and moved into place, so a failed export
never leaves a half-written file where a good one was.
"""

from __future__ import annotations

import json
import math
import numbers
import os
import secrets
from pathlib import Path

import geopandas
import numpy
import pandas
import pyogrio.errors
import pyogrio.raw
import shapely

from geo.errors import InputError
from geo.store.csvsafe import SafeWriter
from geo.store.sqlite import CLAIM_COLUMNS

ATTRIBUTION = "Place names and coordinates: GeoNames (geonames.org), CC BY 4.0"
LAYER = "claims"
# Written as real dates in the GeoPackage (QGIS's temporal controller); ISO text elsewhere.
DATE_COLUMNS = ("published", "date_from", "date_to")
FORMATS = {".geojson": "geojson", ".json": "geojson", ".csv": "csv", ".gpkg": "gpkg"}


def _has_coordinates(row: dict) -> bool:
    return all(isinstance(v, numbers.Real) and not isinstance(v, bool) and math.isfinite(v)
               for v in (row.get("lat"), row.get("lon")))


def _located(rows: list[dict]) -> list[dict]:
    return [r for r in rows if _has_coordinates(r)]


def claims_frame(rows: list[dict]) -> geopandas.GeoDataFrame:
    """Claims as points.

    :param rows: claim dicts; those without coordinates (an unresolved place) are dropped.
    :returns: a GeoDataFrame in EPSG:4326 with the columns of :data:`geo.store.sqlite.CLAIM_COLUMNS`
        first (then any others the rows carry) and a Point ``geometry`` at (lon, lat).
    """
    rows = _located(rows)
    extra = [k for r in rows for k in r if k not in CLAIM_COLUMNS]
    columns = [*CLAIM_COLUMNS, *dict.fromkeys(extra)]
    frame = pandas.DataFrame(rows, columns=columns)
    geometry = geopandas.points_from_xy(frame["lon"].astype(float), frame["lat"].astype(float))
    return geopandas.GeoDataFrame(frame, geometry=geometry, crs="EPSG:4326")


def write_claims(rows: list[dict], path: str | Path, fmt: str | None = None) -> Path:
    """Write claims to ``path``, replacing it only once the new file is complete.

    :param rows: claim dicts (rows without coordinates are left out).
    :param path: the file to write; its folder is created.
    :param fmt: "geojson", "csv" or "gpkg"; by default from the suffix (.geojson/.json, .csv, .gpkg).
    :returns: the path written.
    :raises InputError: unknown format, or the file cannot be written.
    """
    path = Path(path)
    fmt = (fmt or FORMATS.get(path.suffix.lower(), "")).lower()
    if fmt not in FORMATS.values():
        raise InputError(f"{path}: cannot tell the export format; use a .geojson, .csv or .gpkg "
                         "file name (or say geojson, csv or gpkg)")
    # The temporary file must not exist yet (GDAL will not write a GeoPackage into an empty
    # file) and must be in the same folder, so that os.replace is an atomic rename.
    tmp = path.with_name(f".{path.name}.{secrets.token_hex(4)}.tmp{path.suffix}")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        {"geojson": _write_geojson, "csv": _write_csv, "gpkg": _write_gpkg}[fmt](rows, tmp)
        os.replace(tmp, path)
    except (OSError, pyogrio.errors.DataSourceError, pyogrio.errors.DataLayerError) as e:
        raise InputError(f"{path}: cannot write the {fmt} export ({e})") from None
    finally:
        for leftover in (tmp, Path(f"{tmp}-wal"), Path(f"{tmp}-shm"), Path(f"{tmp}-journal")):
            leftover.unlink(missing_ok=True)
    return path


def _write_geojson(rows: list[dict], tmp: Path) -> None:
    # RFC 7946 GeoJSON (WGS84, no "crs" member) is what web maps expect.
    claims_frame(rows).to_file(tmp, driver="GeoJSON", engine="pyogrio", layer_options={"RFC7946": "YES"})
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


def _gpkg_column(frame: pandas.DataFrame, name: str) -> tuple[numpy.ndarray, numpy.ndarray | None]:
    """One column as the (values, null mask) pair OGR writes; dates as numpy days (an OGR Date)."""
    col = frame[name]
    if name in DATE_COLUMNS:  # ISO text from the store; NaT is written as null
        return numpy.array([_day(v) for v in col], dtype="datetime64[D]"), None
    if isinstance(col.dtype, numpy.dtype):
        return col.to_numpy(), None
    return numpy.asarray(col.array, dtype=object), numpy.asarray(col.isna())  # pandas extension dtypes (str)


def _write_gpkg(rows: list[dict], tmp: Path) -> None:
    # Written through pyogrio's raw writer: numpy datetime64[D] becomes an OGR Date field
    # (GeoPackage DATE), which QGIS's temporal controller can use; geopandas would give a
    # DateTime at midnight (pandas has no day-only dtype). GeoJSON and CSV keep ISO text.
    frame = claims_frame(rows)
    fields = [c for c in frame.columns if c != "geometry"]
    data, masks = zip(*(_gpkg_column(frame, c) for c in fields)) if fields else ((), ())
    # The layer description (gpkg_contents.description) is where GIS tools show a credit.
    pyogrio.raw.write(tmp, shapely.to_wkb(frame.geometry.values), list(data), fields, field_mask=list(masks),
                      layer=LAYER, driver="GPKG", geometry_type="Point", crs="EPSG:4326",
                      layer_options={"DESCRIPTION": ATTRIBUTION})


def _write_csv(rows: list[dict], tmp: Path) -> None:
    # Straight from the dicts (not the frame) so values are written as the store gave them.
    # CSV has no metadata and "#" comments are not standard: the credit is a column. Text that
    # a spreadsheet would run as a formula is neutralised (geo.store.csvsafe).
    columns = [c for c in claims_frame([]).columns if c != "geometry"]
    rows = _located(rows)
    columns += [k for k in dict.fromkeys(k for r in rows for k in r) if k not in columns]
    with open(tmp, "w", encoding="utf-8", newline="") as f:
        writer = SafeWriter(f)
        writer.writerow([*columns, "attribution"])
        for row in rows:
            writer.writerow([*("" if row.get(c) is None else row[c] for c in columns), ATTRIBUTION])
