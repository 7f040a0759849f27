"""Context that separates namesakes: oblasts, raions and landmarks, as a reporter writes them.

"in the Donetsk region", "Pokrovsk district", "near Bakhmut", "10 km west of Donetsk",
"Donetsk Oblast", or coordinates "48.1,37.7".
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field

NEAR_SCALE_KM = 15.0  # "near X" in reporting: within a few tens of km
_NAME = r"(?P<name>[^\W\d_][\w'’ʼ`\-. ]*?)"
_OBLAST_WORDS = r"(?:region|oblast'?|province|obl\.?|people'?s republic)"
_RAION_WORDS = r"(?:district|raion|rayon|municipality|hromada)"
_DIRS = {
    "north": (1, 0), "south": (-1, 0), "east": (0, 1), "west": (0, -1),
    "northeast": (1, 1), "north-east": (1, 1), "northwest": (1, -1), "north-west": (1, -1),
    "southeast": (-1, 1), "south-east": (-1, 1), "southwest": (-1, -1), "south-west": (-1, -1),
}
_DIR = r"(?P<dir>north-?east|north-?west|south-?east|south-?west|north|south|east|west)"
_OFFSET = re.compile(
    rf"(?P<dist>\d+(?:[.,]\d+)?)\s*(?P<unit>km|kilomet(?:re|er)s?|mi|miles?)\s+(?:to the\s+)?{_DIR}\s+of\s+{_NAME}\s*$", re.I
)
_DIRECTIONAL = re.compile(rf"^(?:just\s+|to the\s+)?{_DIR}\s+of\s+{_NAME}\s*$", re.I)
_NEAR = re.compile(
    rf"^(?:near|nearby|outside|around|close to|not far from|next to|on the outskirts of|by|at|in)\s+(?:the\s+)?(?:town|city|village|settlement\s+)?\s*{_NAME}\s*$",
    re.I,
)
_IN = re.compile(r"^in\s", re.I)
_OBLAST = re.compile(rf"^(?:in|of)?\s*(?:the\s+)?{_NAME}\s+{_OBLAST_WORDS}\s*$", re.I)
_RAION = re.compile(rf"^(?:in|of)?\s*(?:the\s+)?{_NAME}\s+{_RAION_WORDS}\s*$", re.I)
_LATLON = re.compile(r"^\s*(-?\d{1,2}(?:\.\d+)?)\s*[, ]\s*(-?\d{1,3}(?:\.\d+)?)\s*$")


@dataclass
class Context:
    """Evidence about where a name lies.

    ``points`` are (lat, lon, scale_km, weight): a candidate at distance d from a point gains
    ``weight * exp(-d / scale_km)``.
    """

    oblasts: set[str] = field(default_factory=set)  # GeoNames admin1 codes
    raions: set[tuple[str, str]] = field(default_factory=set)  # (admin1, admin2)
    points: list[tuple[float, float, float, float]] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)  # what was understood, for explanations
    # Places named elsewhere in the same article: (lat, lon). A candidate near any one of them gains.
    anchors: list[tuple[float, float]] = field(default_factory=list)
    # Oblasts the article names: a place in one of them gains, others are not ruled out.
    soft_oblasts: set[str] = field(default_factory=set)

    def __bool__(self) -> bool:
        return bool(self.oblasts or self.raions or self.points or self.anchors or self.soft_oblasts)

    def merge(self, other: "Context") -> "Context":
        """Both contexts' evidence together."""
        return Context(
            self.oblasts | other.oblasts,
            self.raions | other.raions,
            self.points + other.points,
            self.notes + other.notes,
            self.anchors + other.anchors,
            self.soft_oblasts | other.soft_oblasts,
        )


def offset_point(lat: float, lon: float, km: float, direction: str) -> tuple[float, float]:
    """The point ``km`` away from (lat, lon) in a compass direction."""
    dy, dx = _DIRS[direction.lower()]
    norm = math.hypot(dy, dx)
    dlat = km * dy / norm / 111.0
    dlon = km * dx / norm / (111.0 * math.cos(math.radians(lat)))
    return lat + dlat, lon + dlon


def parse_context(text: str, geocoder) -> Context:
    """Understand one piece of context (free text) with the help of a geocoder.

    :param text: e.g. ``"in the Donetsk region"``, ``"near Bakhmut"``, ``"48.1,37.7"``.
    :param geocoder: a :class:`geo.places.geocoder.GazetteerGeocoder` used to resolve the names in it.
    :returns: the evidence found; empty when nothing in it is understood.
    """
    ctx = Context()
    text = (text or "").strip().strip(".,;")
    if not text:
        return ctx
    parts = [p for p in re.split(r"\s*[;,]\s*", text) if p]
    if len(parts) > 1 and not _LATLON.match(text):  # "Pokrovsk district, Donetsk region": each part adds
        for part in parts:
            ctx = ctx.merge(parse_context(part, geocoder))
        return ctx
    if m := _LATLON.match(text):
        ctx.points.append((float(m[1]), float(m[2]), NEAR_SCALE_KM, 1.0))
        ctx.notes.append(f"near {m[1]},{m[2]}")
        return ctx
    if m := _OFFSET.search(text):
        km = float(m["dist"].replace(",", "."))
        km *= 1.609 if m["unit"].lower().startswith("mi") else 1.0
        for lat, lon, w in _landmark_points(m["name"], geocoder):
            plat, plon = offset_point(lat, lon, km, m["dir"])
            ctx.points.append((plat, plon, max(8.0, km / 2), w))
        ctx.notes.append(f"{km:g} km {m['dir']} of {m['name']}")
        return ctx
    for pattern, kind in ((_OBLAST, "oblast"), (_RAION, "raion")):
        if m := pattern.match(text):
            _add_admin(ctx, m["name"], kind, geocoder)
            return ctx
    if m := _DIRECTIONAL.match(text):
        for lat, lon, w in _landmark_points(m["name"], geocoder):
            ctx.points.append((*offset_point(lat, lon, 15, m["dir"]), 20.0, w))
        ctx.notes.append(f"{m['dir']} of {m['name']}")
        return ctx
    m = _NEAR.match(text)
    name = m["name"] if m else text
    if (not m or _IN.match(text)) and geocoder.admin_area(name, "oblast") is not None:
        # a bare or "in" oblast name, or its centre ("Donetsk", "in Zaporizhzhia") locates the
        # place like an address does: in that oblast, not necessarily near the city
        _add_admin(ctx, name, "oblast", geocoder)
        return ctx
    for lat, lon, w in _landmark_points(name, geocoder):
        ctx.points.append((lat, lon, NEAR_SCALE_KM, w))
    if ctx.points:
        ctx.notes.append(f"near {name}")
    return ctx


def _landmark_points(name: str, geocoder) -> list[tuple[float, float, float]]:
    """Where a landmark lies: its resolved place, or all its likely candidates, weighted."""
    res = geocoder.resolve(name)
    if res.resolved:
        best = res.candidates[0]
        return [(best.lat, best.lon, 1.0)]
    return [(c.lat, c.lon, c.score) for c in res.candidates[:5] if c.score >= 0.15]


def _add_admin(ctx: Context, name: str, kind: str, geocoder) -> None:
    """Add the oblast or raion that ``name`` names (directly, or through its administrative centre)."""
    place = geocoder.admin_area(name, kind)
    if place is None:
        return
    if kind == "oblast":
        ctx.oblasts.add(place.admin1)
    else:
        ctx.raions.add((place.admin1, place.admin2))
    ctx.notes.append(f"in {place.name}")
