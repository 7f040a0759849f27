"""The tables frontline hands to other tools: their columns, the credit and formula-safe CSV.

Neutral, like :mod:`geo.models`: every stage may import it and it imports no stage. The store's
exports (``frontline export``, ``frontline claims --format csv``) and the site's downloads
(``claims.csv``, ``places.csv``, ``claims.geojson``) write their tables through it, so the same table
has the same columns, cells and credit wherever it comes from.

- A claim table has the columns :data:`CLAIM_CSV_COLUMNS` (the store's :data:`CLAIM_COLUMNS` and
  the place's GeoNames name), whatever the rows: an export of no rows has the same header as one of
  many, and a cell the rows leave out is empty.
- A place table (each place's latest claimed status, for a locator-map tool) has :data:`PLACE_COLUMNS`.
- A CSV ends each row with an ``attribution`` column, the GeoNames credit CC BY 4.0 asks for (CSV has
  no other place for it).
- A text cell that a spreadsheet would run as a formula (``=``, ``+``, ``-``, ``@``, a tab or a carriage
  return first: OWASP's advice on CSV injection) is written with a leading ``'``, which spreadsheets
  show as text; numbers are written as they are (a negative longitude stays a number). GeoJSON and
  GeoPackage keep the text exact.
"""

from __future__ import annotations

import csv
import io

ATTRIBUTION = "Place names and coordinates: GeoNames (geonames.org), CC BY 4.0"

#: A claim row as the store hands it out (:meth:`geo.store.sqlite.Store.claims`), in order.
CLAIM_COLUMNS = (
    "claim_id", "article_id", "article_key", "title", "published", "source", "url",
    "geonameid", "place", "place_kind", "lat", "lon", "surface", "claimant", "claimant_label",
    "kind", "control", "date_from", "date_to", "precision", "date_phrase", "quote", "cue",
    "confidence", "coref", "corrected", "rejected", "hold", "approved",
)
#: The columns of every claim table: the store's, then GeoNames' own name of the place (the newsroom
#: spelling is in ``place``; empty when no gazetteer was at hand).
CLAIM_CSV_COLUMNS = (*CLAIM_COLUMNS, "geonames_name")
#: The columns of a place table, in order: each place's latest status as of ``as_of``, the day
#: (``since``) and claimant behind it, its names, its kind (a settlement, or an oblast or raion: an
#: area, not a point) and the colour and symbol a locator map draws it with.
PLACE_COLUMNS = (
    "geonameid", "name", "geonames_name", "place_kind", "lat", "lon", "status", "status_label", "own", "since",
    "claimant", "claimant_label", "claimants", "source", "url", "claim_id", "last_strike", "claims", "as_of",
    "colour", "symbol", "description",
)
CREDIT_COLUMN = "attribution"

#: First characters that make a spreadsheet read a cell as a formula (OWASP: CSV injection).
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def safe_cell(value):
    """``value`` as a CSV cell a spreadsheet will not run: text starting like a formula gets a
    leading ``'``; anything else (numbers, other text) is returned unchanged."""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


class SafeWriter:
    """A :func:`csv.writer` whose rows go through :func:`safe_cell`."""

    def __init__(self, f, **options):
        self._writer = csv.writer(f, **options)

    def writerow(self, row) -> None:
        self._writer.writerow([safe_cell(v) for v in row])

    def writerows(self, rows) -> None:
        for row in rows:
            self.writerow(row)


def csv_header(columns) -> str:
    """The header line of a CSV table of ``columns`` (the credit column last)."""
    buf = io.StringIO()
    csv.writer(buf).writerow([*columns, CREDIT_COLUMN])
    return buf.getvalue()


def csv_rows(rows, columns) -> str:
    """Rows as CSV lines (no header): the ``columns`` of each dict (``None`` or missing: empty),
    formula-safe, then the credit. RFC 4180 line ends, so a bare CR inside a cell is quoted too."""
    buf = io.StringIO()
    writer = SafeWriter(buf)
    for row in rows:
        writer.writerow([*("" if row.get(c) is None else row[c] for c in columns), ATTRIBUTION])
    return buf.getvalue()


def csv_table(rows, columns) -> str:
    """A whole CSV table: :func:`csv_header` and :func:`csv_rows`."""
    return csv_header(columns) + csv_rows(rows, columns)
