"""CSV that a spreadsheet opens as text: a cell that would start a formula is neutralised.

Article text (a quote, a title, a source) can start with ``=``, ``+``, ``-`` or ``@``; a spreadsheet
that opens the CSV would run it as a formula (``=HYPERLINK(...)``, ``=cmd|...``). Following OWASP's
advice on CSV injection, such a text cell is written with a single quote in front, which
spreadsheets show as text. Numbers are written as they are (a negative longitude stays a
number); GeoJSON and GeoPackage exports keep the text exact.
"""

from __future__ import annotations

import csv

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
