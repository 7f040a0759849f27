"""A print-ready map of the claimed status as of one date: PNG, SVG or PDF, drawn offline.

The same rows and rules as the site (a :class:`~geo.site.timeline.Timeline` cut at the date, each
place's status from :func:`geo.site.latest.place_states`), the same markers (Russia: circle, Ukraine:
square, contested: hatched diamond, strikes: star, an oblast or raion claim: a dashed circle), drawn
with matplotlib on the site's offline base geography (``static/basemap.json``: sea, Ukraine,
neighbours' borders, oblast borders, rivers and reservoirs). The places whose status changed in the
week up to the date are ringed and labelled. A title, the date, a legend, "claims by the sides, not
verified", the sources and the credits (GeoNames, the base geography) are part of the picture, so
the file can go to print or to a page as it is. ``grey=True`` draws for grey-scale print: the shape
carries the meaning, never the colour alone.

The projection is plate carrée with the longitude scaled by the cosine of the middle latitude: right
for a country-sized or smaller view. Nothing here reads the store or the network.
"""

from __future__ import annotations

import json
import math
import os
import secrets
import time
from collections import Counter
from contextvars import ContextVar
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache
from pathlib import Path

import numpy

from geo.errors import BuildError, InputError
from geo.site.latest import (AREA_KM, AREA_STRIKE_SHARE, CHANGE_DAYS, CHANGED_RING, FADE_DAYS, MARKERS, PlaceState,
                             place_states)
from geo.site.timeline import STRIKE_DAYS, Timeline, format_day, parse_day

BASEMAP = Path(__file__).parent / "static" / "basemap.json"
FORMATS = {".png": "png", ".svg": "svg", ".pdf": "pdf"}
GEONAMES_CREDIT = "Place names and coordinates: GeoNames (geonames.org), CC BY 4.0"
DISCLAIMER = ("Claims by the sides, not verified: each marker is the latest claim reported about a place, "
              "not a fact on the ground.")
FIG_WIDTH_IN = 8.0  # the picture is laid out at 8 inches wide; --width sets the dots per inch
# ...down to this many dots per inch: a narrower picture is laid out narrower rather than drawn smaller,
# so that its smallest type (6.2 pt) stays at least 10 pixels high (600 px: 5 inches at 120 dpi).
MIN_DPI = 120
MARGIN_IN = 0.25
MAX_LABELS = 60
MIN_WIDTH, MAX_WIDTH = 400, 12_000
# Every text is drawn as written: ``text.parse_math`` off, so a ``$`` in a title or a source ("The $ Times",
# "$61bn") is a dollar sign, never the start of mathtext (italics, or a parse error on ``$\\frac{$``).
TEXT_RC = {"font.family": "DejaVu Sans", "text.parse_math": False}

# The base map's colours (as frontline.js draws it) and their grey-scale counterparts.
BASE_COLOURS = {
    "colour": {"land": "#eceae4", "ukraine": "#fbfaf6", "sea": "#c6dcea", "sea_edge": "#7fa7c0", "river": "#8db6d3",
               "oblast": "#a9a297", "border": "#8a8a8a", "outline": "#4a4a4a", "label": "#8a8580", "city": "#424242"},
    "grey": {"land": "#ebebeb", "ukraine": "#ffffff", "sea": "#d6d6d6", "sea_edge": "#9e9e9e", "river": "#b0b0b0",
             "oblast": "#9e9e9e", "border": "#808080", "outline": "#3a3a3a", "label": "#8a8a8a", "city": "#3a3a3a"},
}


@dataclass
class SnapshotReport:
    """What :func:`render_snapshot` drew and wrote."""

    path: Path
    fmt: str
    width: int  # pixels (the PNG's size; SVG/PDF laid out the same, page_width_in(width) inches wide)
    height: int
    as_of: date | None
    bbox: tuple  # (west, south, east, north) in degrees
    map_frame: tuple  # (left, top, right, bottom) in pixels from the top left: the map's area
    places: int = 0  # places drawn (in the view)
    counts: dict = field(default_factory=dict)  # status -> places in the view
    labelled: list = field(default_factory=list)  # names of the changed places labelled
    changed: int = 0  # places whose status changed in CHANGE_DAYS days up to the date, in the view
    sources: list = field(default_factory=list)  # the sources behind the markers, most used first
    warnings: list = field(default_factory=list)  # one line each: why the map shows nothing
    seconds: float = 0.0

    def __str__(self) -> str:
        c = self.counts
        when = format_day(self.as_of) if self.as_of else "no claims yet"
        return (f"Wrote {self.path} ({self.width}x{self.height} px, {self.fmt}): {self.places} places as of {when} "
                f"({c.get('RU', 0)} claimed by Russia, {c.get('UA', 0)} by Ukraine, {c.get('contested', 0)} contested, "
                f"{c.get('struck', 0)} struck), {len(self.labelled)} changed places labelled in {self.seconds:.2f} s")


# -- base geography ----------------------------------------------------------------------------
@lru_cache(maxsize=1)
def load_basemap() -> dict:
    """The base geography decoded: ``{"sea": [polygon, ...], "ukraine", "lakes"`` (a polygon is a
    list of rings, each an ``(n, 2)`` array of lon, lat), ``"oblasts", "borders", "rivers"`` (lists
    of lines), ``"labels"`` (``[name, lat, lon, is_oblast]``), ``"credits"``, ``"ukraine_bbox"``}."""
    try:
        data = json.loads(BASEMAP.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise BuildError(f"{BASEMAP}: the base geography is missing or unreadable ({exc}); reinstall frontline") from None
    scale = float(data.get("scale") or 1000)

    def line(flat) -> numpy.ndarray:
        return numpy.cumsum(numpy.asarray(flat, dtype=float).reshape(-1, 2), axis=0) / scale

    out = {key: [[line(r) for r in poly] for poly in data.get(key, [])] for key in ("sea", "ukraine", "lakes")}
    out.update({key: [line(x) for x in data.get(key, [])] for key in ("oblasts", "borders", "rivers")})
    out["labels"] = [(x[0], float(x[1]), float(x[2]), bool(x[3]) if len(x) > 3 else False) for x in data.get("labels", [])]
    out["credits"] = data.get("credits", "")
    rings = [r for poly in out["ukraine"] for r in poly[:1]]
    if rings:
        pts = numpy.vstack(rings)
        out["ukraine_bbox"] = (*pts.min(axis=0), *pts.max(axis=0))
    else:
        out["ukraine_bbox"] = (22.1, 44.3, 40.3, 52.4)
    return out


def default_bbox(pad: float = 0.35) -> tuple:
    """Ukraine's extent, with a margin: the view when none is asked for."""
    w, s, e, n = load_basemap()["ukraine_bbox"]
    return (w - pad, s - pad, e + pad, n + pad)


def bbox_around(lat: float, lon: float, km: float) -> tuple:
    """The (west, south, east, north) box reaching ``km`` from a point each way."""
    if not (km > 0 and math.isfinite(km)):
        raise InputError(f"radius {km!r}: give a distance in km greater than 0")
    dlat = km / 110.574
    dlon = km / (111.320 * max(0.05, math.cos(math.radians(lat))))
    return (lon - dlon, lat - dlat, lon + dlon, lat + dlat)


def parse_bbox(text: str) -> tuple:
    """``"W,S,E,N"`` (degrees: west, south, east, north) as a tuple; :class:`InputError` when malformed."""
    try:
        parts = [float(x) for x in str(text).replace(" ", "").split(",")]
    except ValueError:
        parts = []
    if len(parts) != 4 or not all(math.isfinite(x) for x in parts):
        raise InputError(f"bbox {text!r}: give west,south,east,north in degrees (e.g. 36.5,47.5,38.5,48.8)")
    w, s, e, n = parts
    if not (-180 <= w < e <= 180 and -90 <= s < n <= 90):
        raise InputError(f"bbox {text!r}: west must be less than east and south less than north (degrees)")
    return (w, s, e, n)


def _fit(bbox: tuple, lo: float = 0.5, hi: float = 1.3) -> tuple:
    """Widen the box around its centre so that its height over width (on the ground) is in [lo, hi]."""
    w, s, e, n = bbox
    k = math.cos(math.radians((s + n) / 2))
    aspect = (n - s) / ((e - w) * k)
    cx, cy = (w + e) / 2, (s + n) / 2
    if aspect < lo:
        half = (e - w) * k * lo / 2
        s, n = cy - half, cy + half
    elif aspect > hi:
        half = (n - s) / hi / k / 2
        w, e = cx - half, cx + half
    return (w, s, e, n)


# -- markers -----------------------------------------------------------------------------------
@lru_cache(maxsize=None)
def _marker(shape: str):
    """A matplotlib marker with the site's proportions (its full width is the size given)."""
    from matplotlib.path import Path as MPath

    if shape == "circle":
        return "o"
    if shape == "square":
        return MPath([(-1, -1), (1, -1), (1, 1), (-1, 1), (-1, -1)], closed=True)
    if shape == "diamond":
        return MPath([(0, 1), (1, 0), (0, -1), (-1, 0), (0, 1)], closed=True)
    pts = []  # an eight-pointed star: frontline.js's strike marker
    for i in range(16):
        a, k = math.pi * i / 8, (0.45 / 1.3 if i % 2 else 1.0)
        pts.append((k * math.sin(a), k * math.cos(a)))
    return MPath([*pts, pts[0]], closed=True)


@lru_cache(maxsize=None)
def _stripes():
    """The contested diamond's hatching as a marker of its own: diagonal strokes clipped to the diamond
    (far cheaper to draw than a hatch pattern, and crisp in SVG and PDF). Two bare end points of the
    diamond keep the marker the diamond's size."""
    from matplotlib.path import Path as MPath

    verts, codes = [(0, 1), (0, -1)], [MPath.MOVETO, MPath.MOVETO]
    for c in (-0.5, 0.0, 0.5):  # strokes x + y = c, from one edge of |x| + |y| <= 1 to the other
        verts += [((c - 1) / 2, (c + 1) / 2), ((c + 1) / 2, (c - 1) / 2)]
        codes += [MPath.MOVETO, MPath.LINETO]
    return MPath(verts, codes)


# Width of each shape relative to the circle's diameter (frontline.js: square 0.9 r, diamond and star 1.3 r).
_WIDTH = {"circle": 1.0, "square": 0.9, "diamond": 1.3, "star": 1.3 * 6 / 7}


def _style(status: str, grey: bool, others: bool = False) -> dict:
    m = MARKERS[status]
    fill, edge = (m["grey_fill"], m["grey_edge"]) if grey else (m["fill"], m["edge"])
    if others and status in ("RU", "UA"):  # said only by third parties or the other side: an outline
        return {"facecolor": "#ffffff", "edgecolor": edge if grey else m["fill"], "lw": 1.7}
    return {"facecolor": fill, "edgecolor": edge, "lw": 0.9 if status == "struck" else 1.0,
            "hatch": "/////" if status == "contested" else None,
            "stripes": (m["grey_edge"] if grey else m["hatch"]) if status == "contested" else None}


def _scatter(ax, xs, ys, shape: str, size_pt: float, style: dict, *, alpha: float = 1.0, zorder: float = 5):
    if len(xs) == 0:
        return
    d = size_pt * _WIDTH[shape]
    ax.scatter(xs, ys, s=d * d, marker=_marker(shape), facecolors=style["facecolor"], edgecolors=style["edgecolor"],
               linewidths=style["lw"], alpha=alpha, zorder=zorder, clip_on=True)
    if style.get("stripes"):
        ax.scatter(xs, ys, s=d * d, marker=_stripes(), facecolors="none", edgecolors=style["stripes"],
                   linewidths=d * 0.09, alpha=alpha, zorder=zorder, clip_on=True)


# -- labels ------------------------------------------------------------------------------------
@lru_cache(maxsize=4096)
def text_width_pt(text: str, size: float, bold: bool = False, italic: bool = False) -> float:
    """The width of a line of text in points, as matplotlib will draw it (DejaVu Sans)."""
    from matplotlib.font_manager import FontProperties
    from matplotlib.textpath import TextToPath

    prop = FontProperties(family="DejaVu Sans", size=size, weight="bold" if bold else "normal",
                          style="italic" if italic else "normal")
    return TextToPath().get_text_width_height_descent(text, prop, False)[0]


def wrap_pt(text: str, size: float, width_pt: float, bold: bool = False) -> list:
    """``text`` cut into lines no wider than ``width_pt`` at ``size`` points (at spaces)."""
    lines, line = [], ""
    for word in text.split():
        trial = f"{line} {word}" if line else word
        if line and text_width_pt(trial, size, bold) > width_pt:
            lines.append(line)
            line = word
        else:
            line = trial
    return [*lines, line] if line else lines


def _crosses(a: tuple, b: tuple) -> bool:
    """Whether two segments ``((x, y), (x, y))`` cross (touching at an end does not count)."""
    def side(p, q, r) -> float:
        return (q[0] - p[0]) * (r[1] - p[1]) - (q[1] - p[1]) * (r[0] - p[0])

    d1, d2 = side(b[0], b[1], a[0]), side(b[0], b[1], a[1])
    d3, d4 = side(a[0], a[1], b[0]), side(a[0], a[1], b[1])
    return d1 * d2 < 0 and d3 * d4 < 0


class _Labels:
    """Greedy label placement in pixels: each label takes the first free spot around its point."""

    CELL = 48.0  # pixels: boxes are kept in a grid, so a label is checked only against its neighbours

    def __init__(self, frame: tuple, dpi: float):
        self.frame, self.dpi = frame, dpi
        self._grid: dict = {}
        self._leaders: list = []  # ((x, y), (x, y)) in pixels: the leader lines drawn so far

    def _cells(self, b):
        c = self.CELL
        for i in range(int(b[0] // c), int(b[2] // c) + 1):
            for j in range(int(b[1] // c), int(b[3] // c) + 1):
                yield (i, j)

    def take(self, b) -> None:
        """Mark a box (left, bottom, right, top in pixels) as taken."""
        for cell in self._cells(b):
            self._grid.setdefault(cell, []).append(b)

    def _box(self, x, y, text, size_pt, dx, dy, ha, va, bold=False, italic=False):
        w = (text_width_pt(text, size_pt, bold, italic) + 3) * self.dpi / 72
        h = size_pt * 1.25 * self.dpi / 72
        x0 = x + dx - (w if ha == "right" else w / 2 if ha == "center" else 0)
        y0 = y + dy - (h if va == "top" else h / 2 if va == "center" else 0)
        return (x0, y0, x0 + w, y0 + h)

    def _free(self, b) -> bool:
        l, bt, r, t = self.frame
        if b[0] < l or b[2] > r or b[1] < bt or b[3] > t:
            return False
        return not any(b[0] < o[2] and o[0] < b[2] and b[1] < o[3] and o[1] < b[3]
                       for cell in self._cells(b) for o in self._grid.get(cell, ()))

    def place(self, x, y, text, size_pt, gap_pt, *, bold=False, far=False) -> tuple | None:
        """Where the label goes: ``(dx, dy, ha, va)`` in points, or None when no spot is free. Spots
        beside the point first; with ``far``, then spots a little further out (drawn with a short leader
        line that crosses no other). In a dense cluster a label that finds no such spot is dropped
        rather than sent far away on a long leader."""
        spots = []
        for scale in ((1, 2.4) if far else (1,)):
            g = gap_pt * scale * self.dpi / 72
            spots += [(g, 0, "left", "center", scale > 1), (-g, 0, "right", "center", scale > 1),
                      (0, g, "center", "bottom", scale > 1), (0, -g, "center", "top", scale > 1),
                      (g, g, "left", "bottom", scale > 1), (-g, g, "right", "bottom", scale > 1),
                      (g, -g, "left", "top", scale > 1), (-g, -g, "right", "top", scale > 1)]
        for dx, dy, ha, va, leader in spots:
            b = self._box(x, y, text, size_pt, dx, dy, ha, va, bold)
            if not self._free(b):
                continue
            if leader:
                line = ((x, y), (x + dx, y + dy))
                if any(_crosses(line, other) for other in self._leaders):
                    continue
                self._leaders.append(line)
            self.take(b)
            return (dx * 72 / self.dpi, dy * 72 / self.dpi, ha, va)
        return None

    def block(self, x, y, r_px) -> None:
        self.take((x - r_px, y - r_px, x + r_px, y + r_px))


# -- the picture -------------------------------------------------------------------------------
def _polygon_path(polys: list):
    """Polygons (rings of lon, lat) as one matplotlib path: outer rings anticlockwise, holes clockwise."""
    from matplotlib.path import Path as MPath

    verts, codes = [], []
    for poly in polys:
        for i, ring in enumerate(poly):
            if len(ring) < 3:
                continue
            x, y = ring[:, 0], ring[:, 1]
            area = numpy.dot(x, numpy.roll(y, -1)) - numpy.dot(y, numpy.roll(x, -1))
            if (area > 0) == (i > 0):
                ring = ring[::-1]
            verts += [ring, ring[:1]]
            codes += [[MPath.MOVETO] + [MPath.LINETO] * (len(ring) - 1), [MPath.CLOSEPOLY]]
    if not verts:
        return None
    return MPath(numpy.vstack(verts), numpy.concatenate(codes))


@lru_cache(maxsize=None)
def _base_path(key: str):
    return _polygon_path(load_basemap()[key])


def _in_view(lines: list, bbox: tuple) -> list:
    w, s, e, n = bbox
    out = []
    for ln in lines:
        lo, hi = ln.min(axis=0), ln.max(axis=0)
        if hi[0] >= w and lo[0] <= e and hi[1] >= s and lo[1] <= n:
            out.append(ln)
    return out


def _draw_base(ax, bbox: tuple, colours: dict) -> None:
    from matplotlib.collections import LineCollection
    from matplotlib.patches import PathPatch

    base = load_basemap()
    ax.set_facecolor(colours["land"])
    for key, face, edge, lw, z in (("ukraine", colours["ukraine"], "none", 0, 1), ("sea", colours["sea"], colours["sea_edge"], 0.5, 2),
                                   ("lakes", colours["sea"], colours["sea_edge"], 0.35, 2)):
        path = _base_path(key)
        if path is not None:  # add_artist, not add_patch: the view is set, no need to measure the coast
            ax.add_artist(PathPatch(path, facecolor=face, edgecolor=edge, linewidth=lw, zorder=z, transform=ax.transData))
    ax.add_collection(LineCollection(_in_view(base["rivers"], bbox), colors=colours["river"], linewidths=0.65, zorder=2.5),
                      autolim=False)
    ax.add_collection(LineCollection(_in_view(base["oblasts"], bbox), colors=colours["oblast"], linewidths=0.55,
                                     linestyles=(0, (3.5, 2.5)), zorder=3), autolim=False)
    ax.add_collection(LineCollection(_in_view(base["borders"], bbox), colors=colours["border"], linewidths=0.75, zorder=3),
                      autolim=False)
    path = _base_path("ukraine")
    if path is not None:
        ax.add_artist(PathPatch(path, facecolor="none", edgecolor=colours["outline"], linewidth=1.1, zorder=3.5,
                                transform=ax.transData))


SCALE_BOX = (0.3, 0.09)  # the scale bar's corner of the map, as shares of its width and height


def scale_corner(bbox: tuple, shown: list) -> tuple:
    """The corner of the map for the scale bar, ``(right, top)`` as 0 or 1: bottom left, else the first
    of bottom right, top left and top right with no marker under it (else the one with fewest)."""
    w, s_, e, n = bbox
    bw, bh = (e - w) * SCALE_BOX[0], (n - s_) * SCALE_BOX[1]

    def under(corner) -> int:
        x0 = e - bw if corner[0] else w
        y0 = n - bh if corner[1] else s_
        return sum(1 for p in shown if x0 <= p.lon <= x0 + bw and y0 <= p.lat <= y0 + bh)

    corners = [(0, 0), (1, 0), (0, 1), (1, 1)]
    return next((c for c in corners if under(c) == 0), None) or min(corners, key=under)


def _scale_box(frame: tuple, corner: tuple) -> tuple:
    """The scale bar's corner in pixels (left, bottom, right, top): kept free of labels."""
    l, b, r, t = frame
    bw, bh = (r - l) * SCALE_BOX[0], (t - b) * SCALE_BOX[1]
    x0 = r - bw if corner[0] else l
    y0 = t - bh if corner[1] else b
    return (x0, y0, x0 + bw, y0 + bh)


def _scale_bar(ax, bbox: tuple, colour: str, corner: tuple = (0, 0)) -> None:
    w, s, e, n = bbox
    k = math.cos(math.radians((s + n) / 2))
    width_km = (e - w) * 111.320 * k
    km = next((v for v in (500, 250, 200, 100, 50, 25, 20, 10, 5, 2, 1, 0.5) if v <= width_km / 5), 0.5)
    length = km / (111.320 * k)
    x0 = e - (e - w) * 0.03 - length if corner[0] else w + (e - w) * 0.03
    y0 = n - (n - s) * 0.06 if corner[1] else s + (n - s) * 0.035
    x1 = x0 + length
    tick = (n - s) * 0.008
    ax.plot([x0, x0, x1, x1], [y0 + tick, y0, y0, y0 + tick], color=colour, lw=1.0, zorder=9, solid_capstyle="butt")
    label = f"{km:g} km"
    ax.text((x0 + x1) / 2, y0 + tick * 1.6, label, ha="center", va="bottom", fontsize=6.5, color=colour, zorder=9,
            **_halo(2.0))


_VECTOR: ContextVar[bool] = ContextVar("snapshot_vector", default=False)


def _halo(width: float, box: bool = True) -> dict:
    """A white outline that keeps text readable over the map. In SVG and PDF the text stays text
    (editable in a graphics program), so it gets a pale box instead (``box``) or nothing: an outline
    drawn by a path effect would turn it into paths."""
    from matplotlib import patheffects

    if not _VECTOR.get():
        return {"path_effects": [patheffects.withStroke(linewidth=width, foreground="white")]}
    if not box:
        return {}
    return {"bbox": {"boxstyle": "round,pad=0.12", "facecolor": "white", "edgecolor": "none", "alpha": 0.75}}


def _legend_items(states: list, grey: bool) -> list:
    """(kind, style key, text) for the legend: the main five always, the others when drawn."""
    has = lambda pred: any(pred(s) for s in states)  # noqa: E731
    items = [("RU", "RU", "Russia claims control"), ("UA", "UA", "Ukraine claims control"),
             ("contested", "contested", "contested (claims conflict, or fighting)"),
             ("struck", "struck", f"strike, {STRIKE_DAYS} days up to the date"),
             ("changed", "changed", f"status changed in the {CHANGE_DAYS} days up to the date")]
    if has(lambda s: s.status in ("RU", "UA") and not s.own and s.place_kind not in AREA_KM):
        items.insert(2, ("others", "RU", "control said only by others (outline)"))
    if has(lambda s: s.faded and s.place_kind not in AREA_KM):
        items.append(("faded", "RU", "faded: no new claim for 30 days or more"))
    if has(lambda s: s.place_kind in AREA_KM and s.status):
        items.append(("area", "contested", "oblast/raion-level claim (an area)"))
    if has(lambda s: s.struck and s.area):
        items.append(("area_strike", "struck", "strike somewhere in the oblast/raion (an area)"))
    return items


def _area_strike_style(grey: bool) -> dict:
    """A strike somewhere in an area: the strike's colour, hatched, a dotted edge."""
    from matplotlib.colors import to_rgba

    m = MARKERS["struck"]
    ink = m["grey_edge"] if grey else m["fill"]
    return {"facecolor": to_rgba(m["grey_fill"] if grey else m["fill"], 0.10), "edgecolor": ink, "linewidth": 1.2,
            "linestyle": (0, (1.5, 1.8)), "hatch": "xxxx"}


def _legend_symbol(ax, kind: str, key: str, cx: float, y: float, size: float, grey: bool) -> None:
    """One legend entry's symbol at (cx, y) in an axes measured in inches both ways."""
    from matplotlib.patches import Circle

    if kind == "changed":
        ax.scatter([cx], [y], s=(size * 1.6) ** 2, marker="o", facecolors="none",
                   edgecolors=CHANGED_RING["grey" if grey else "colour"], linewidths=1.4 if grey else 2.0)
    elif kind == "area":
        ax.scatter([cx], [y], s=(size * 1.3) ** 2, marker="o", facecolors="none", edgecolors="#333333",
                   linewidths=1.0, linestyles="--")
    elif kind == "area_strike":
        ax.add_patch(Circle((cx, y), size * 0.65 / 72, **_area_strike_style(grey)))
    else:
        _scatter(ax, [cx], [y], MARKERS[key]["shape"], size, _style(key, grey, kind == "others"),
                 alpha=0.4 if kind == "faded" else 1.0)


def _sources(states: list) -> list:
    """Sources of the claims behind the markers, most used first: ``[(source, count)]``."""
    counter: Counter = Counter()
    for s in states:
        seen = {c.claim_id: c for c in s.words}
        if s.struck and s.last_strike is not None:
            seen[s.last_strike.claim_id] = s.last_strike
        for c in seen.values():
            src = (c.row.get("source") or "").strip()
            if src:
                counter[src] += 1
    return counter.most_common()


def _empty_map_warnings(timeline: Timeline, day, bbox: tuple, shown: list) -> list:
    """One line for each reason the map shows no claim: the view misses Ukraine, no claim is dated on
    or before the date, or none of the places with claims is in the view."""
    out = []
    uw, us, ue, un = load_basemap()["ukraine_bbox"]
    w, s_, e, n = bbox
    if e < uw or w > ue or n < us or s_ > un:
        out.append(f"the view {w:.2f},{s_:.2f},{e:.2f},{n:.2f} (west,south,east,north) shows no part of Ukraine")
    if shown:
        return out
    if not timeline.claims:
        out.append(f"no published claim is dated on or before {format_day(day)}: the map shows no claim" if day
                   else "there are no published claims: the map shows no claim")
    elif not out:
        out.append(f"no place in the view has a claimed status or a strike in the {STRIKE_DAYS} days up to "
                   f"{format_day(day)}: the map shows no claim")
    return out


def _in_bbox(s: PlaceState, bbox: tuple) -> bool:
    w, so, e, n = bbox
    return w <= s.lon <= e and so <= s.lat <= n


def render_snapshot(rows, out: str | Path, *, as_of=None, bbox: tuple | None = None, width: int = 1600,
                    grey: bool = False, title: str | None = None, reference_places: list | None = None,
                    fmt: str | None = None) -> SnapshotReport:
    """Draw the claimed status as of a date and write it as PNG, SVG or PDF.

    :param rows: published claim rows (as the store hands them out); rejected ones are left out.
    :param out: the file to write, in a folder that exists; replaced only once complete.
    :param as_of: the date (ISO text or date); default the latest claim's date.
    :param bbox: ``(west, south, east, north)`` in degrees; default Ukraine. Widened to a printable
        shape (height between half and 1.3 times the width on the ground).
    :param width: the picture's width in pixels (PNG); SVG and PDF are laid out the same. The page is
        8 inches wide, or narrower for a small picture (:func:`page_width_in`), so type stays legible.
    :param grey: draw for grey-scale print (the shape carries the meaning, not the colour).
    :param title: the heading; default "Claimed control in Ukraine".
    :param reference_places: ``[{"name", "lat", "lon", "population"}]``: towns named for orientation.
    :param fmt: ``png``, ``svg`` or ``pdf``; default from the suffix of ``out``.
    :returns: :class:`SnapshotReport`.
    :raises InputError: unknown format, a width out of range, no such folder, or the file cannot be written.
    """
    started = time.perf_counter()
    out = Path(out)
    fmt = (fmt or FORMATS.get(out.suffix.lower(), "")).lower()
    if fmt not in FORMATS.values():
        raise InputError(f"{out}: cannot tell the picture format; use a .png, .svg or .pdf file name")
    if not (MIN_WIDTH <= int(width) <= MAX_WIDTH):
        raise InputError(f"width {width}: give a width in pixels from {MIN_WIDTH} to {MAX_WIDTH}")
    width = int(width)
    if not out.parent.is_dir():
        raise InputError(f"{out}: the folder {out.parent} does not exist (a snapshot makes no folders); create it first")
    day = parse_day(as_of)
    timeline = Timeline(rows, as_of=day)
    day = day or timeline.as_of
    bbox = _fit(tuple(float(v) for v in (bbox or default_bbox())))
    states = [s for s in place_states(timeline, day) if _in_bbox(s, bbox)] if day else []
    shown = [s for s in states if s.on_map]
    warnings = _empty_map_warnings(timeline, day, bbox, shown)

    import matplotlib
    from matplotlib.figure import Figure

    colours = BASE_COLOURS["grey" if grey else "colour"]
    w, s_, e, n = bbox
    k = math.cos(math.radians((s_ + n) / 2))
    fig_w = page_width_in(width)
    map_w_in = fig_w - 2 * MARGIN_IN
    map_h_in = map_w_in * (n - s_) / ((e - w) * k)
    sources = _sources(shown)
    footer_lines = _footer_lines(sources, load_basemap()["credits"], fig_w)
    legend = _legend_items(shown, grey)
    legend_rows = _legend_rows(legend, fig_w)
    footer_in = 0.12 + len(legend_rows) * 0.2 + 0.05 + len(footer_lines) * 0.125 + 0.1
    title = title or "Claimed control in Ukraine"
    counts = Counter(s.status for s in shown if s.status)
    counts["struck"] = sum(1 for s in shown if s.struck)
    changed = [s for s in shown if s.changed and s.status]
    _, header_in = _header(title, day, shown, counts, changed, 0, fig_w)  # the most it can take: none named
    height_in = header_in + map_h_in + footer_in
    dpi = width / fig_w
    height = int(round(height_in * dpi))
    height_in = height / dpi
    rc = {**TEXT_RC, "svg.fonttype": "none", "pdf.fonttype": 42, "svg.hashsalt": "frontline",
          "hatch.linewidth": 0.9, "path.simplify": True}
    vector = _VECTOR.set(fmt != "png")
    with matplotlib.rc_context(rc):
        fig = Figure(figsize=(fig_w, height_in), dpi=dpi, facecolor="white")
        ax = _map_axes(fig, (MARGIN_IN / fig_w, footer_in / height_in, map_w_in / fig_w,
                             map_h_in / height_in), bbox, colours, frame=True)
        frame = (MARGIN_IN * dpi, footer_in * dpi, (MARGIN_IN + map_w_in) * dpi, (footer_in + map_h_in) * dpi)
        labels = _Labels(frame, dpi)
        corner = scale_corner(bbox, shown)  # where no marker is
        labels.take(_scale_box(frame, corner))
        r_pt = 4.6 if len(shown) <= 80 else 3.7 if len(shown) <= 600 else 3.0
        labelled = _draw_places(ax, shown, grey, r_pt, labels, dpi)
        _draw_reference(ax, bbox, reference_places or [], shown, labels, colours, dpi)
        _draw_base_labels(ax, bbox, labels, colours)
        _scale_bar(ax, bbox, "#333333", corner)
        _draw_header(fig, _header(title, day, shown, counts, changed, len(labelled), fig_w)[0], height_in, fig_w)
        _draw_footer(fig, legend_rows, footer_lines, footer_in, height_in, grey, r_pt, fig_w)
        tmp = out.with_name(f".{out.name}.{secrets.token_hex(4)}.tmp{out.suffix}")
        meta = {"png": {"Title": title, "Software": "frontline"},
                "svg": {"Title": title, "Creator": "frontline", "Date": None},
                "pdf": {"Title": title, "Creator": "frontline", "CreationDate": None}}[fmt]
        try:
            fig.savefig(tmp, format=fmt, dpi=dpi, facecolor="white", metadata=meta)
            os.replace(tmp, out)
        except OSError as exc:
            raise InputError(f"{out}: cannot write the snapshot ({exc})") from None
        finally:
            tmp.unlink(missing_ok=True)
            _VECTOR.reset(vector)
    top = height - frame[3]
    return SnapshotReport(
        out, fmt, width, height, day, bbox, (round(frame[0]), round(top), round(frame[2]), round(height - frame[1])),
        places=len(shown), counts=dict(counts), labelled=labelled, changed=len(changed),
        sources=[src for src, _ in sources], warnings=warnings, seconds=time.perf_counter() - started)


def _map_axes(fig, rect: tuple, bbox: tuple, colours: dict, *, frame: bool):
    """The map's axes at ``rect`` (figure fractions), showing ``bbox``, with the base geography drawn;
    ``frame``: a thin dark border round it."""
    ax = fig.add_axes(rect)
    w, s_, e, n = bbox
    ax.set_xlim(w, e)
    ax.set_ylim(s_, n)
    ax.set_aspect("auto")
    ax.set_xticks([])
    ax.set_yticks([])
    for spine in ax.spines.values():
        spine.set_visible(frame)
        spine.set_edgecolor("#555555")
        spine.set_linewidth(0.8)
        spine.set_zorder(20)
    _draw_base(ax, bbox, colours)
    return ax


def _draw_places(ax, shown: list, grey: bool, r_pt: float, labels: _Labels, dpi: float) -> list:
    """Markers (areas under points, faded under current, strikes on top), rings and labels of the
    changed places; returns the names labelled."""
    from matplotlib.colors import to_rgba
    from matplotlib.patches import Ellipse

    size = 2 * r_pt
    groups: dict = {}
    for s in shown:
        if s.status is None:
            continue
        if s.place_kind in AREA_KM:  # an area, never a pin in its capital: a dashed circle
            km, k = AREA_KM[s.place_kind], math.cos(math.radians(s.lat))
            st = _style(s.status, grey)
            contested = s.status == "contested"
            ax.add_patch(Ellipse((s.lon, s.lat), 2 * km / (111.320 * k), 2 * km / 110.574,
                                 facecolor=to_rgba(st["facecolor"], 0.35 if contested else 0.12),
                                 edgecolor=st["edgecolor"], linewidth=1.4, linestyle=(0, (5, 3.5)),
                                 hatch=st.get("hatch"), zorder=4))
            continue
        others = s.status in ("RU", "UA") and not s.own
        groups.setdefault((s.faded, s.status, others), []).append(s)
    order = sorted(groups, key=lambda g: (not g[0], {"contested": 0, "UA": 1, "RU": 2}[g[1]], g[2]))
    for key in order:
        faded, status, others = key
        pts = groups[key]
        _scatter(ax, [p.lon for p in pts], [p.lat for p in pts], MARKERS[status]["shape"], size,
                 _style(status, grey, others), alpha=0.4 if faded else 1.0, zorder=5 if faded else 6)
    strike = _style("struck", grey)
    for s in shown:  # a strike somewhere in an oblast or raion: the area hatched, never a star on its capital
        if s.struck and s.area:
            km, k = AREA_KM[s.place_kind] * AREA_STRIKE_SHARE, math.cos(math.radians(s.lat))
            ax.add_patch(Ellipse((s.lon, s.lat), 2 * km / (111.320 * k), 2 * km / 110.574, **_area_strike_style(grey),
                                 zorder=4.5))
    strikes = [s for s in shown if s.struck and not s.area]
    _scatter(ax, [p.lon for p in strikes], [p.lat for p in strikes], "star", size * (0.9 if any(s.status for s in strikes) else 1.0),
             strike, zorder=7)
    changed = sorted((s for s in shown if s.changed and s.status),
                     key=lambda s: (-(s.day.toordinal() if s.day else 0), s.name.casefold()))
    ring = CHANGED_RING["grey" if grey else "colour"]
    if changed:
        ring_d = size * 1.65
        ax.scatter([s.lon for s in changed], [s.lat for s in changed], s=ring_d * ring_d, marker="o", facecolors="none",
                   edgecolors=ring, linewidths=1.3 if grey else 1.8, zorder=5.5)
    to_px = ax.transData.transform
    for s in shown:  # markers are kept clear of labels
        x, y = to_px((s.lon, s.lat))
        labels.block(x, y, r_pt * 0.9 * dpi / 72)
    labelled = []
    gap = size * 0.95 + 1
    # The changed places first (bold), then the others while there is room (a close view names them all).
    rest = sorted((s for s in shown if not (s.changed and s.status)),
                  key=lambda s: (-(s.since.toordinal() if s.since else 0), s.name.casefold()))
    for i, s in enumerate([*changed[:MAX_LABELS], *rest[:MAX_LABELS]]):
        bold = i < min(len(changed), MAX_LABELS)
        x, y = to_px((s.lon, s.lat))
        spot = labels.place(x, y, s.name, 7.5 if bold else 7, gap, bold=bold, far=True)
        if spot is None:
            continue
        dx, dy, ha, va = spot
        leader = math.hypot(dx, dy) > gap * 1.05  # not right beside its marker: a line says whose it is
        ax.annotate(s.name, (s.lon, s.lat), xytext=(dx, dy), textcoords="offset points", ha=ha, va=va,
                    fontsize=7.5 if bold else 7, fontweight="bold" if bold else "normal",
                    color="#111111" if bold else "#333333", zorder=12 if bold else 11, **_halo(2.4),
                    annotation_clip=True, arrowprops={"arrowstyle": "-", "color": "#333333", "lw": 0.6, "shrinkA": 0,
                                                      "shrinkB": size * 0.6} if leader else None)
        if bold:
            labelled.append(s.name)
    return labelled


def _draw_reference(ax, bbox, places: list, shown: list, labels: _Labels, colours: dict, dpi: float) -> None:
    """Towns for orientation: a dot and the name, where the name fits."""
    marked = {(round(s.lat, 2), round(s.lon, 2)) for s in shown}
    w, s_, e, n = bbox
    inside = [p for p in places if w <= p["lon"] <= e and s_ <= p["lat"] <= n
              and (round(p["lat"], 2), round(p["lon"], 2)) not in marked]
    inside.sort(key=lambda p: -(p.get("population") or 0))
    to_px = ax.transData.transform
    xs, ys = [], []
    for p in inside[:80]:
        x, y = to_px((p["lon"], p["lat"]))
        spot = labels.place(x, y, p["name"], 6.5, 2.8)
        if spot is None:
            continue
        xs.append(p["lon"])
        ys.append(p["lat"])
        dx, dy, ha, va = spot
        ax.annotate(p["name"], (p["lon"], p["lat"]), xytext=(dx, dy), textcoords="offset points", ha=ha, va=va,
                    fontsize=6.5, color=colours["city"], zorder=10, **_halo(2.0), annotation_clip=True)
    if xs:
        ax.scatter(xs, ys, s=5, marker="o", facecolors=colours["city"], edgecolors="white", linewidths=0.4, zorder=4.5)


def _draw_base_labels(ax, bbox, labels: _Labels, colours: dict) -> None:
    """Neighbouring countries and oblasts, in light type, where they fit."""
    w, s_, e, n = bbox
    to_px = ax.transData.transform
    for name, lat, lon, oblast in load_basemap()["labels"]:
        if not (w <= lon <= e and s_ <= lat <= n):
            continue
        size = 6.2 if oblast else 8.0
        text = name.upper() if not oblast else name
        x, y = to_px((lon, lat))
        box = labels._box(x, y, text, size, 0, 0, "center", "center", italic=oblast)
        if not labels._free(box):
            continue
        labels.take(box)
        ax.text(lon, lat, text, ha="center", va="center", fontsize=size, color=colours["label"],
                style="italic" if oblast else "normal", zorder=3.6, **_halo(1.6, box=False), clip_on=True)


def page_width_in(width: int) -> float:
    """The page's width in inches for a picture ``width`` pixels wide: 8, or less for a narrow one
    (at least :data:`MIN_DPI` dots per inch, so small type stays legible)."""
    return min(FIG_WIDTH_IN, width / MIN_DPI)


def _header(title: str, day, shown: list, counts: Counter, changed: list, labelled: int, fig_w: float) -> tuple:
    """The heading laid out for the page's width: ``([(text, size, bold, inches from the top)], height)``;
    the first item is the date (right-aligned), then the title (smaller, then wrapped, when long: never
    over the date) and the summary lines (wrapped)."""
    avail = (fig_w - 2 * MARGIN_IN) * 72
    when = f"as of {format_day(day)}" if day else "no claims yet"
    room = avail - text_width_pt(when, 12, True) - 18
    size = 15.0
    while size > 9 and text_width_pt(title, size, True) > room:
        size -= 0.5
    items, y = [(when, 12, True, 0.14)], 0.14
    for line in wrap_pt(title, size, room, bold=True) or [""]:
        items.append((line, size, True, y))
        y += size * 1.25 / 72
    y += 0.04
    n = len([s for s in shown if s.status])
    parts = [f"{n} place{'s' if n != 1 else ''} with a claimed status: {counts.get('RU', 0)} claimed by Russia, "
             f"{counts.get('UA', 0)} by Ukraine, {counts.get('contested', 0)} contested"]
    if counts.get("struck"):
        parts.append(f"{counts['struck']} struck in the {STRIKE_DAYS} days up to the date")
    line = "; ".join(parts) + "."
    if changed:
        more = len(changed) - labelled
        line2 = (f"Ringed and named: the {len(changed)} place{'s' if len(changed) != 1 else ''} whose claimed status "
                 f"changed in the {CHANGE_DAYS} days up to the date" + (f" ({more} not named for lack of room)." if more else "."))
    else:
        line2 = f"No place's claimed status changed in the {CHANGE_DAYS} days up to the date."
    for text in (line, line2):
        for part in wrap_pt(text, 8, avail):
            items.append((part, 8, False, y))
            y += 0.17
    return items, y


def _draw_header(fig, items: list, height_in: float, fig_w: float) -> None:
    x0 = MARGIN_IN / fig_w
    for i, (text, size, bold, y) in enumerate(items):
        fig.text(1 - x0 if i == 0 else x0, 1 - y / height_in, text, ha="right" if i == 0 else "left", va="top",
                 fontsize=size, fontweight="bold" if bold else "normal", color="#111111" if bold else "#333333")


def _footer_lines(sources: list, base_credits: str, fig_w: float) -> list:
    """The disclaimer, the sources and the credits, wrapped for the page's width."""
    shown, more = sources[:25], len(sources) - 25
    src = ", ".join(f"{name} ({n})" for name, n in shown) + (f" and {more} more" if more > 0 else "")
    lines = [DISCLAIMER, f"Sources of the claims shown: {src}." if src else "Sources of the claims shown: none."]
    credits = f"{GEONAMES_CREDIT}. {base_credits}." if base_credits else f"{GEONAMES_CREDIT}."
    lines.append(credits + " Made with frontline.")
    avail = (fig_w - 2 * MARGIN_IN) * 72
    out = []
    for i, text in enumerate(lines):
        out += wrap_pt(text, 7 if i == 0 else 6.5, avail, bold=i == 0) or [""]
    return out


def _legend_rows(items: list, fig_w: float) -> list:
    """The legend's entries, in rows that fit the page: ``[[(x_in, item), ...], ...]``."""
    rows, row, x = [], [], 0.0
    avail = fig_w - 2 * MARGIN_IN
    for item in items:
        w = 0.23 + text_width_pt(item[2], 7.0) / 72 + 0.2
        if row and x + w > avail:
            rows.append(row)
            row, x = [], 0.0
        row.append((x, item))
        x += w
    if row:
        rows.append(row)
    return rows


def _draw_footer(fig, legend_rows: list, lines: list, footer_in: float, height_in: float, grey: bool, r_pt: float,
                 fig_w: float) -> None:
    ax = fig.add_axes((0, 0, 1, footer_in / height_in))
    ax.set_xlim(0, fig_w)
    ax.set_ylim(0, footer_in)
    ax.axis("off")
    y = footer_in - 0.12 - 0.08
    size = 9.0
    for row in legend_rows:
        for x, (kind, key, text) in row:
            cx = MARGIN_IN + x + 0.09
            _legend_symbol(ax, kind, key, cx, y, size, grey)
            ax.text(cx + 0.14, y, text, ha="left", va="center", fontsize=7, color="#222222")
        y -= 0.2
    y -= 0.02
    for i, line in enumerate(lines):
        ax.text(MARGIN_IN, y, line, ha="left", va="center", fontsize=6.5 if i else 7,
                fontweight="bold" if i == 0 else "normal", color="#222222" if i == 0 else "#444444")
        y -= 0.125


# -- the social card ---------------------------------------------------------------------------
CARD_SIZE = (1200, 630)  # pixels: the size social sites show a link's picture at (og:image)
CARD_VERSION = 2  # part of the card's key in the site's manifest: bump when the drawing changes
CARD_DISCLAIMER = "Claims by the sides, not verified"
CARD_CREDIT = "Places: GeoNames (CC BY 4.0) \u00b7 Base: Natural Earth, GSHHG \u00b7 Made with frontline"


def card_view(states: list, frame_aspect: float) -> tuple:
    """The card's map view: the places shown (as the site's first view fits them), with a margin and at
    least a degree and a half each way, widened to the map frame's shape (height over width on the ground);
    Ukraine when there is none."""
    pts = [(s.lon, s.lat) for s in states]
    if not pts:
        return _fit(default_bbox(), frame_aspect, frame_aspect)
    w, e = min(p[0] for p in pts), max(p[0] for p in pts)
    s_, n = min(p[1] for p in pts), max(p[1] for p in pts)
    cx, cy = (w + e) / 2, (s_ + n) / 2
    half_w = max((e - w) * 0.6, 1.5 / 2 / math.cos(math.radians(cy)))
    half_h = max((n - s_) * 0.6, 1.5 / 2)
    return _fit((cx - half_w, cy - half_h, cx + half_w, cy + half_h), frame_aspect, frame_aspect)


def card_key(timeline: Timeline, states: list, *, title: str, reference_places: list | None,
             size: tuple = CARD_SIZE) -> str:
    """What the card shows, as a string to hash: it is drawn again only when this changes (the latest
    date, a marker's status, shape or fade, the changed rings, the towns named, the title, the size)."""
    parts = [f"card{CARD_VERSION}|{size[0]}x{size[1]}|{title}|{timeline.as_of}"]
    for s in states:
        if not s.on_map:
            continue
        parts.append(f"{s.geonameid}|{s.name}|{s.place_kind}|{s.lat:.5f}|{s.lon:.5f}|{s.status}|{s.own}|{s.faded}|"
                     f"{s.struck}|{s.changed}|{s.day}")
    for p in reference_places or ():
        parts.append(f"ref|{p.get('name')}|{p.get('lat')}|{p.get('lon')}|{p.get('population')}")
    return "\n".join(parts)


def render_card(timeline: Timeline, *, states: list | None = None, title: str = "Claimed control in Ukraine",
                reference_places: list | None = None, size: tuple = CARD_SIZE) -> bytes:
    """The site's social card (``og:image``): the latest claimed status, as a PNG of ``size`` pixels.

    The map on the left (the places with a status or a recent strike, the site's markers, the changed
    places ringed and named); on the right the title, the date, the counts, the legend, "claims by the
    sides, not verified" and the credits (GeoNames, the base geography). The same helpers as
    :func:`render_snapshot`, laid out for a picture shown small beside a link.

    :param timeline: the claims, cut at the date to show (its ``as_of``).
    :param states: :func:`~geo.site.latest.place_states` of the timeline at its ``as_of``, when the
        caller has them already.
    :param title: the heading.
    :param reference_places: ``[{"name", "lat", "lon", "population"}]``: towns named for orientation.
    :param size: ``(width, height)`` in pixels.
    :returns: the PNG's bytes.
    """
    import io

    import matplotlib
    from matplotlib.figure import Figure

    width, height = int(size[0]), int(size[1])
    day = timeline.as_of
    if states is None:
        states = place_states(timeline, day) if day else []
    shown = [s for s in states if s.on_map]
    fig_w = FIG_WIDTH_IN
    dpi = width / fig_w
    fig_h = height / dpi
    map_w = fig_w * 0.62
    k_frame = fig_h / map_w  # the map frame's height over width
    bbox = card_view(shown, k_frame)
    colours = BASE_COLOURS["colour"]
    rc = {**TEXT_RC, "hatch.linewidth": 0.9, "path.simplify": True}
    with matplotlib.rc_context(rc):
        fig = Figure(figsize=(fig_w, fig_h), dpi=dpi, facecolor="white")
        ax = _map_axes(fig, (0, 0, map_w / fig_w, 1), bbox, colours, frame=False)
        frame = (0.0, 0.0, map_w * dpi, fig_h * dpi)
        labels = _Labels(frame, dpi)
        corner = scale_corner(bbox, shown)
        labels.take(_scale_box(frame, corner))
        r_pt = 5.2 if len(shown) <= 80 else 4.0 if len(shown) <= 600 else 3.2
        _draw_places(ax, shown, False, r_pt, labels, dpi)
        _draw_reference(ax, bbox, reference_places or [], shown, labels, colours, dpi)
        _draw_base_labels(ax, bbox, labels, colours)
        _scale_bar(ax, bbox, "#333333", corner)
        _draw_card_text(fig, title, day, shown, map_w, fig_w, fig_h)
        buf = io.BytesIO()
        fig.savefig(buf, format="png", dpi=dpi, facecolor="white",
                    metadata={"Title": f"{title}: claims as of {day}" if day else title, "Software": "frontline"})
    return buf.getvalue()


def _draw_card_text(fig, title: str, day, shown: list, map_w: float, fig_w: float, fig_h: float) -> None:
    """The card's right-hand column: title, date, counts, legend, disclaimer and credits."""
    x0 = map_w + 0.22
    avail = (fig_w - x0 - 0.2) * 72
    ax = fig.add_axes((map_w / fig_w, 0, 1 - map_w / fig_w, 1))
    ax.set_xlim(map_w, fig_w)
    ax.set_ylim(0, fig_h)
    ax.axis("off")
    ax.axvline(map_w, color="#555555", lw=1.2)
    y = fig_h - 0.22
    for line in wrap_pt(title, 14, avail, bold=True)[:3]:
        ax.text(x0, y, line, ha="left", va="top", fontsize=14, fontweight="bold", color="#111111")
        y -= 0.25
    y -= 0.04
    ax.text(x0, y, f"as of {format_day(day)}" if day else "no claims yet", ha="left", va="top", fontsize=17,
            fontweight="bold", color="#111111")
    y -= 0.38
    counts = Counter(s.status for s in shown if s.status)
    struck = sum(1 for s in shown if s.struck)
    summary = (f"{counts.get('RU', 0)} claimed by Russia, {counts.get('UA', 0)} by Ukraine, "
               f"{counts.get('contested', 0)} contested" + (f", {struck} struck" if struck else ""))
    for line in wrap_pt(summary, 9.5, avail)[:2]:
        ax.text(x0, y, line, ha="left", va="top", fontsize=9.5, color="#333333")
        y -= 0.17
    y -= 0.12
    items = [it for it in _legend_items(shown, False) if it[0] != "area"][:7]
    size = 10.0
    for kind, key, text in items:
        cx = x0 + 0.09
        _legend_symbol(ax, kind, key, cx, y, size, False)
        text = {"changed": f"changed in the last {CHANGE_DAYS} days", "faded": f"faded: no new claim in {FADE_DAYS}+ days",
                "area_strike": "strike somewhere in an oblast"}.get(kind, text.split(" (")[0])
        ax.text(cx + 0.17, y, text, ha="left", va="center", fontsize=9, color="#222222")
        y -= 0.22
    lines = wrap_pt(CARD_CREDIT, 7.5, avail)
    yb = 0.14 + 0.14 * (len(lines) - 1)
    ax.text(x0, yb + 0.2, CARD_DISCLAIMER, ha="left", va="bottom", fontsize=9.5, fontweight="bold", color="#111111")
    for i, line in enumerate(lines):
        ax.text(x0, yb - 0.14 * i, line, ha="left", va="bottom", fontsize=7.5, color="#444444")
