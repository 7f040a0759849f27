"""Context that separates namesakes: oblasts, raions and landmarks, as a reporter writes them.

"in the Donetsk region", "Pokrovsk district", "near Bakhmut", "10 km west of Donetsk",
"Donetsk Oblast", or coordinates "48.1,37.7".

A landmark keeps every reading of its name (all its namesakes, each with its probability), so a
place and its landmark are resolved as a pair: "Pobeda near Novomykhailivka" takes the Pobeda that
lies near one of the Novomykhailivkas, weighted by how likely each is. Distances and directions are
read as reporters mean them: roughly ("five kilometres west" may be fifteen, and is counted from the
edge of a city, not its centre).
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field

NEAR_SCALE_KM = 8.0  # "near X": a place's distance from X falls off on this scale (beyond X's own radius)
DIRECTION_SCALE_KM = 15.0  # "west of X" without a distance: a few to a few tens of km that way
DISTANCE_SPREAD = 0.6  # "10 km": the true distance within a factor of about 1.8 (one standard deviation, log scale)
DIRECTION_KAPPA = 1.5  # how sharp a compass direction is (at 90 degrees off, the weight is e**-1.5)
LOOSE_SHARE = 0.2  # share of a distance/direction statement read as a plain "near X" (the words may be off)
_NAME = r"(?P<name>[^\W\d_][\w'’ʼ`\-. ]*?)"
_OBLAST_WORDS = r"(?:region|oblast'?|province|obl\.?|people'?s republic)"
_RAION_WORDS = r"(?:district|raion|rayon|municipality|hromada)"
_DIRS = {
    "north": (1, 0), "south": (-1, 0), "east": (0, 1), "west": (0, -1),
    "northeast": (1, 1), "north-east": (1, 1), "northwest": (1, -1), "north-west": (1, -1),
    "southeast": (-1, 1), "south-east": (-1, 1), "southwest": (-1, -1), "south-west": (-1, -1),
}
_DIR = r"(?P<dir>north-?east|north-?west|south-?east|south-?west|north|south|east|west)"
_NUMBER_WORDS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
                 "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20, "thirty": 30,
                 "forty": 40, "fifty": 50, "a few": 5, "several": 7, "a dozen": 12}
_NUMBER = r"(?P<dist>\d+(?:[.,]\d+)?|" + "|".join(sorted(_NUMBER_WORDS, key=len, reverse=True)) + ")"
_UNIT = r"(?P<unit>km|kms|kilomet(?:re|er)s?|mi|miles?)"
_OFFSET = re.compile(
    rf"(?:(?:about|around|some|roughly|approximately|nearly|almost|just|less than|more than|over|under)\s+)?"
    rf"{_NUMBER}\s*(?:-\s*)?{_UNIT}\s+(?:(?:to the\s+)?{_DIR}\s+of|from|outside|away from)\s+(?:the\s+)?"
    rf"(?:(?:town|city|village|settlement)\s+(?:of\s+)?)?{_NAME}(?:\s+(?:city|town))?\s*$",
    re.I,
)
_DIRECTIONAL = re.compile(rf"^(?:just\s+|to the\s+)?{_DIR}\s+of\s+(?:the\s+)?(?:(?:town|city|village)\s+(?:of\s+)?)?{_NAME}\s*$", re.I)
_NEAR = re.compile(
    rf"^(?:near|nearby|outside|around|close to|not far from|next to|on the outskirts of|by|at|in)\s+(?:the\s+)?"
    rf"(?:(?:town|city|village|settlement)\s+(?:of\s+)?)?{_NAME}\s*$",
    re.I,
)
_IN = re.compile(r"^in\s", re.I)
_OBLAST = re.compile(rf"^(?:in|of)?\s*(?:the\s+)?{_NAME}\s+{_OBLAST_WORDS}\s*$", re.I)
_RAION = re.compile(rf"^(?:in|of)?\s*(?:the\s+)?{_NAME}\s+{_RAION_WORDS}\s*$", re.I)
_LATLON = re.compile(r"^\s*(-?\d{1,2}(?:\.\d+)?)\s*[, ]\s*(-?\d{1,3}(?:\.\d+)?)\s*$")


@dataclass(frozen=True)
class Landmark:
    """A place the text locates a name by ("near X", "10 km west of X", coordinates).

    ``readings`` are the landmark's possible places (lat, lon, probability, radius_km, population,
    geonameid): one for a landmark whose name is clear, several when the name has namesakes
    (coordinates have geonameid 0). ``km`` and ``direction`` say how the named place lies from it
    (None: just near).
    """

    name: str
    readings: tuple[tuple[float, float, float, float, int, int], ...]
    km: float | None = None
    direction: str | None = None

    def where(self) -> tuple[float, float]:
        """The point the statement describes, from the most likely reading (for explanations)."""
        lat, lon, _, radius, *_ = max(self.readings, key=lambda r: r[2])
        if self.direction:
            return offset_point(lat, lon, self.km if self.km is not None else radius + DIRECTION_SCALE_KM, self.direction)
        return lat, lon


@dataclass
class Context:
    """Evidence about where a name lies.

    ``oblasts`` and ``raions`` are stated (a place elsewhere is very unlikely); ``landmarks`` are
    read with the tolerance reporting needs; ``anchors`` (lat, lon[, weight]) are other places of
    the same article, ``anchor_groups`` the possible places of its other ambiguous names (lat, lon,
    probability), and ``soft_oblasts`` the oblasts it names: a place near one of them, or in them,
    gains; ``soft_raions`` likewise the raions it names (a place in one of them gains).
    """

    oblasts: set[str] = field(default_factory=set)  # GeoNames admin1 codes
    raions: set[tuple[str, str]] = field(default_factory=set)  # (admin1, admin2)
    landmarks: list[Landmark] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)  # what was understood, for explanations
    anchors: list[tuple[float, float]] = field(default_factory=list)
    soft_oblasts: set[str] = field(default_factory=set)
    anchor_groups: list[tuple[tuple[float, float, float], ...]] = field(default_factory=list)
    soft_raions: set[tuple[str, str]] = field(default_factory=set)  # (admin1, admin2) the article names
    memo: dict = field(default_factory=dict, repr=False, compare=False)  # the geocoder's, per context

    def __bool__(self) -> bool:
        return bool(self.oblasts or self.raions or self.landmarks or self.anchors or self.soft_oblasts or self.anchor_groups
                    or self.soft_raions)

    @property
    def in_article(self) -> bool:
        """Whether the context holds evidence from the rest of an article (other places, oblasts named)."""
        return bool(self.anchors or self.anchor_groups or self.soft_oblasts or self.soft_raions)

    @property
    def stated(self) -> bool:
        """Whether the context states where the place is (an oblast, a raion, a landmark)."""
        return bool(self.oblasts or self.raions or self.landmarks)

    def merge(self, other: "Context") -> "Context":
        """Both contexts' evidence together."""
        return Context(
            self.oblasts | other.oblasts,
            self.raions | other.raions,
            self.landmarks + other.landmarks,
            self.notes + other.notes,
            self.anchors + other.anchors,
            self.soft_oblasts | other.soft_oblasts,
            self.anchor_groups + other.anchor_groups,
            self.soft_raions | other.soft_raions,
        )

    def key(self) -> tuple:
        """A hashable summary (for caching resolutions under the same evidence)."""
        return (frozenset(self.oblasts), frozenset(self.raions), tuple(self.landmarks), tuple(self.anchors),
                frozenset(self.soft_oblasts), tuple(self.anchor_groups), frozenset(self.soft_raions))


def offset_point(lat: float, lon: float, km: float, direction: str) -> tuple[float, float]:
    """The point ``km`` away from (lat, lon) in a compass direction."""
    dy, dx = _DIRS[direction.lower()]
    norm = math.hypot(dy, dx)
    dlat = km * dy / norm / 111.0
    dlon = km * dx / norm / (111.0 * math.cos(math.radians(lat)))
    return lat + dlat, lon + dlon


def bearing_of(direction: str) -> float:
    """A compass direction in radians (0 = north, pi/2 = east)."""
    dy, dx = _DIRS[direction.lower()]
    return math.atan2(dx, dy)


def landmark_weight(landmark: Landmark, lat: float, lon: float) -> float:
    """How well a place at (lat, lon) fits a landmark statement: 1 at the landmark ("near X") or at
    the stated offset, falling off with the tolerance reporting needs; summed over the landmark's
    readings, each weighted by its probability."""
    cos_lat = math.cos(math.radians(lat))
    total = 0.0
    bearing = bearing_of(landmark.direction) if landmark.direction else None
    for rlat, rlon, weight, radius, *_ in landmark.readings:
        dy = (lat - rlat) * 110.57
        dx = (lon - rlon) * 111.32 * cos_lat
        raw = math.hypot(dx, dy)
        d = max(0.0, raw - radius)
        near = math.exp(-d / NEAR_SCALE_KM)
        if landmark.km is None and bearing is None:
            total += weight * near
            continue
        if landmark.km is not None:  # a stated distance is counted from the town, not from its edge
            # ("40 km southwest of Donetsk": reporters measure from the city, whose edge is 10 km out)
            radial = math.exp(-(math.log((raw + 2.0) / (landmark.km + 2.0)) ** 2) / (2 * DISTANCE_SPREAD**2))
        else:
            radial = math.exp(-d / DIRECTION_SCALE_KM)
        angular = 1.0
        if bearing is not None and raw > 1.0:
            angular = math.exp(DIRECTION_KAPPA * (math.cos(math.atan2(dx, dy) - bearing) - 1.0))
        total += weight * ((1 - LOOSE_SHARE) * radial * angular + LOOSE_SHARE * near)
    return total


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
        ctx.landmarks.append(Landmark(text, ((float(m[1]), float(m[2]), 1.0, 0.0, 0, 0),)))
        ctx.notes.append(f"near {m[1]},{m[2]}")
        return ctx
    if m := _OFFSET.search(text):
        dist = m["dist"].lower()
        km = float(_NUMBER_WORDS.get(dist) or dist.replace(",", "."))
        km *= 1.609 if m["unit"].lower().startswith("mi") else 1.0
        direction = m["dir"].lower() if m["dir"] else None
        readings = geocoder.landmark(m["name"])
        if readings:
            ctx.landmarks.append(Landmark(m["name"], readings, km, direction))
            ctx.notes.append(f"{km:g} km {direction + ' of' if direction else 'from'} {m['name']}")
        return ctx
    for pattern, kind in ((_OBLAST, "oblast"), (_RAION, "raion")):
        if m := pattern.match(text):
            _add_admin(ctx, m["name"], kind, geocoder)
            return ctx
    if m := _DIRECTIONAL.match(text):
        readings = geocoder.landmark(m["name"])
        if readings:
            ctx.landmarks.append(Landmark(m["name"], readings, None, m["dir"].lower()))
            ctx.notes.append(f"{m['dir']} of {m['name']}")
        return ctx
    m = _NEAR.match(text)
    name = m["name"] if m else text
    if (not m or _IN.match(text)) and geocoder.admin_area(name, "oblast") is not None:
        # a bare or "in" oblast name, or its centre ("Donetsk", "in Zaporizhzhia") locates the
        # place like an address does: in that oblast, not necessarily near the city
        _add_admin(ctx, name, "oblast", geocoder)
        return ctx
    readings = geocoder.landmark(name)
    if readings:
        ctx.landmarks.append(Landmark(name, readings))
        ctx.notes.append(f"near {name}")
    return ctx


def _add_admin(ctx: Context, name: str, kind: str, geocoder) -> None:
    """Add the oblast or raion that ``name`` names (directly, or through its administrative centre)."""
    place = geocoder.admin_area(name, kind)
    if place is None:
        return
    if kind == "oblast":
        ctx.oblasts.add(place.admin1)
    else:
        ctx.raions.add((place.admin1, place.admin2))
    ctx.notes.append(f"in {place.display_name or place.name}")
