"""Offline geocoder shaped like geopy's: names to places, namesakes ranked by context.

``GazetteerGeocoder(gazetteer).geocode("Pobeda", near="Marinka")`` returns a
:class:`geopy.location.Location` whose ``raw`` carries the geonameid, feature code, admin names
and confidence, so code written for geopy's geocoders can use the offline gazetteer unchanged.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field
from functools import lru_cache

from geopy.location import Location
from rapidfuzz import fuzz

from geo.places.context import NEAR_SCALE_KM, Context, parse_context
from geo.places.gazetteer import Gazetteer, Place, distance_km
from geo.places.match import SKELETON_WEIGHT, match_name
from geo.places.names import spelling_key
from geo.models import Candidate

# Oblasts where the fighting and the strikes that news reports are concentrated; a mild prior that
# context overrides: Dnipropetrovsk, Donetsk, Kharkiv, Kherson, Luhansk, Mykolaiv, Sumy, Zaporizhzhia.
WAR_ZONE_OBLASTS = frozenset({"04", "05", "07", "08", "14", "16", "21", "26"})
WAR_ZONE_PRIOR = 1.6
DEFAULT_THRESHOLD = 0.6
DUPLICATE_KM = 2.0
_CELL_LAT, _CELL_LON = DUPLICATE_KM / 110.0, DUPLICATE_KM / 70.0  # degrees; 70 km per degree of longitude at 51 N
RESOLVED_CANDIDATES = 5
MAX_CANDIDATES = 50  # kept per resolution (a review lists them); the confidence counts every namesake
TOWN_POPULATION = 10_000
ANCHOR_SCALE_KM = 15.0  # other places in the same article: front-line reporting stays local
# A name that is some place's official name rarely means a place that merely has it as a variant.
SECONDARY_NAME_PENALTY = 0.3
SAME_NAME_RATIO = 70.0
NEAR_TOLERANCE_KM = 25.0
_PRIOR_CAP = {"alt": 3.0, "stem": 3.0, "skeleton": 1.6, "fuzzy": 1.6, "fuzzy-alt": 1.6}
_FEATURE_PRIOR = {"PPLC": 1.5, "PPLA": 1.5, "PPLA2": 1.3, "PPLA3": 1.1}
_ADMIN_SUFFIX = re.compile(r"\s+(?P<word>region|oblast'?|province|district|raion|rayon)\s*$", re.I)


def _nearest_km(place: Place, points: list[tuple[float, float]]) -> float:
    """Distance to the nearest point, on a local flat projection (plenty within a few hundred km)."""
    kx = 111.32 * math.cos(math.radians(place.lat))
    return min(math.hypot((lon - place.lon) * kx, (lat - place.lat) * 110.57) for lat, lon in points)


def _merge_duplicates(scored: list[tuple]) -> list[tuple]:
    """GeoNames lists some places twice (Klishchiivka: 705666 and 13512497, 0.25 km apart): rows
    of the same kind within DUPLICATE_KM are one place, which takes the weight of both."""
    if len(scored) < 2:
        return scored
    kept: list[list] = []
    grid: dict[tuple, list[list]] = {}  # cells of about DUPLICATE_KM: only neighbours are compared
    for item in sorted(scored, key=lambda t: -t[0]):
        place = item[2]
        cy, cx = int(place.lat // _CELL_LAT), int(place.lon // _CELL_LON)
        near = (o for dy in (-1, 0, 1) for dx in (-1, 0, 1) for o in grid.get((cy + dy, cx + dx), ()))
        for other in near:
            if other[2].kind == place.kind and _nearest_km(other[2], [(place.lat, place.lon)]) <= DUPLICATE_KM:
                other[0] += item[0]
                break
        else:
            entry = list(item)
            kept.append(entry)
            grid.setdefault((cy, cx), []).append(entry)
    return [tuple(k) for k in kept]


@dataclass
class Resolution:
    """The ranked candidates for one name; ``resolved`` when the best is clearly the one."""

    query: str
    candidates: list[Candidate] = field(default_factory=list)
    resolved: bool = False
    context: list[str] = field(default_factory=list)

    @property
    def best(self) -> Candidate | None:
        """The top candidate when resolved, else None."""
        return self.candidates[0] if self.resolved else None

    @property
    def confidence(self) -> float:
        """The top candidate's confidence (0 with no candidate)."""
        return self.candidates[0].score if self.candidates else 0.0


def _quality(how: str, weight: float) -> float:
    """How far a match of this kind can be trusted on its own (caps the confidence)."""
    if how == "skeleton":
        return min(1.0, 0.45 + weight / SKELETON_WEIGHT * 0.45)
    if how == "fuzzy":
        return 0.55 + weight
    if how == "fuzzy-alt":  # a typo of a variant name: never enough on its own
        return 0.5 + weight
    return 1.0


class GazetteerGeocoder:
    """Geocode Ukrainian place names against an offline gazetteer.

    :param gazetteer: an opened :class:`Gazetteer` (tests pass a small one).
    :param threshold: the confidence below which a name stays unresolved (abstains).
    """

    def __init__(self, gazetteer: Gazetteer, *, threshold: float = DEFAULT_THRESHOLD):
        self.gazetteer = gazetteer
        self.threshold = threshold
        self._resolve_cached = lru_cache(maxsize=100_000)(self._resolve_plain)
        self._priors: dict[int, float] = {}
        self._areas: dict[tuple[str, str], Place | None] = {}

    # -- public, geopy-shaped -------------------------------------------------------------
    def geocode(
        self,
        query: str,
        exactly_one: bool = True,
        *,
        near: str | tuple[float, float] | None = None,
        oblast: str | None = None,
        context: str | Context | None = None,
        country: str | None = None,
    ) -> Location | list[Location] | None:
        """Geocode a place name.

        :param query: a place name in any spelling, optionally followed by "region"/"oblast"/"district".
        :param exactly_one: return the resolved place only (None when the name stays ambiguous
            or unknown); with False, every candidate, best first.
        :param near: a landmark name or a (lat, lon) pair the place is near.
        :param oblast: the oblast the place is in (any spelling, "Donetsk" or "Donetsk Oblast").
        :param context: free text as a reporter writes it ("in the Donetsk region", "near Bakhmut").
        :param country: accepted for geopy compatibility; only "UA" (or None) finds anything.
        :returns: a :class:`geopy.location.Location`, a list of them, or None.
        """
        if country and country.upper() not in ("UA", "UKR", "UKRAINE"):
            return [] if not exactly_one else None
        ctx = self.make_context(near=near, oblast=oblast, context=context)
        res = self.resolve(query, ctx)
        if exactly_one:
            return self._location(res.candidates[0], res) if res.resolved else None
        return [self._location(c, res, rank=i) for i, c in enumerate(res.candidates)]

    def make_context(self, *, near=None, oblast=None, context=None) -> Context:
        """Build a :class:`Context` from the geocode() arguments."""
        ctx = Context()
        if isinstance(context, Context):
            ctx = ctx.merge(context)
        elif context:
            ctx = ctx.merge(parse_context(context, self))
        if isinstance(near, (tuple, list)):
            ctx.points.append((float(near[0]), float(near[1]), NEAR_SCALE_KM, 1.0))
        elif near:
            ctx = ctx.merge(parse_context(near if " " in near.strip() and near.lower().startswith(("near", "in ")) else f"near {near}", self))
        if oblast:
            area = self.admin_area(_ADMIN_SUFFIX.sub("", oblast), "oblast")
            if area is not None:
                ctx.oblasts.add(area.admin1)
                ctx.notes.append(f"in {area.name}")
        return ctx

    def resolve(self, name: str, context: Context | str | None = None, *, kinds: tuple[str, ...] = ("settlement",),
                typos: bool = True) -> Resolution:
        """Rank the places a name can refer to and say whether the best is clear enough.

        :param name: the name as written; a trailing "region"/"oblast" asks for an oblast,
            "district"/"raion" for a raion.
        :param context: evidence (a :class:`Context` or free text) that separates namesakes.
        :param kinds: the kinds of place wanted when the name itself does not say.
        :param typos: allow the bounded edit-distance fallback (off for words in running text).
        :returns: a :class:`Resolution`; unresolved (abstaining) when the evidence does not separate them.
        """
        if isinstance(context, str):
            context = parse_context(context, self)
        name = name.strip()
        if m := _ADMIN_SUFFIX.search(name):
            kind = "raion" if m["word"].lower() in ("district", "raion", "rayon") else "oblast"
            area = self.admin_area(name[: m.start()], kind)
            if area is None:
                return Resolution(name)
            cand = self._candidate(area, 1.0, "admin")
            return Resolution(name, [cand], True, ["administrative area"])
        if not context:
            return self._resolve_cached(name, tuple(kinds), typos)
        return self._rank(name, context, tuple(kinds), typos)

    def admin_area(self, name: str, kind: str = "oblast") -> Place | None:
        """The oblast or raion a name stands for: by its own names, else through its centre.

        "Donetsk" -> Donetska Oblast; "Zaporijjia" -> Zaporizhzhya Oblast; "Pokrovsk" -> Pokrovsk Raion.
        """
        key = (name, kind)
        if key not in self._areas:  # asked again and again for the same words of an article
            if len(self._areas) > 50_000:  # a long-running watcher must not grow without bound
                self._areas.clear()
            self._areas[key] = self._find_admin_area(name, kind)
        return self._areas[key]

    def _find_admin_area(self, name: str, kind: str) -> Place | None:
        gaz = self.gazetteer
        direct = match_name(gaz, name, (kind,), typos=False)
        if direct:
            return gaz.places[direct[0].geonameid]
        centre_codes = ("PPLA", "PPLC") if kind == "oblast" else ("PPLA2",)
        for m in match_name(gaz, name, ("settlement",), typos=False):
            place = gaz.places[m.geonameid]
            if place.fcode in centre_codes:
                return gaz.oblast_of(place) if kind == "oblast" else gaz.raion_of(place)
        return None

    # -- ranking --------------------------------------------------------------------------
    def _resolve_plain(self, name: str, kinds: tuple[str, ...], typos: bool) -> Resolution:
        return self._rank(name, Context(), kinds, typos)

    def _rank(self, name: str, ctx: Context, kinds: tuple[str, ...], typos: bool = True) -> Resolution:
        gaz = self.gazetteer
        matches = match_name(gaz, name, kinds, typos=typos)
        if not matches:
            return Resolution(name, context=ctx.notes)
        scored = []
        has_primary = any(m.how in ("name", "alias") for m in matches)
        for m in matches:
            place = gaz.places[m.geonameid]
            # A town's size speaks for it only when the name is its own: an old or variant name,
            # or a name found by a loose match, says little about which namesake is meant.
            prior = self._prior(place)
            if has_primary and m.how in _PRIOR_CAP and not self._same_name(name, place):
                prior = min(prior, _PRIOR_CAP[m.how])
            weight = m.weight * prior * self._stated(place, ctx) * self._article(place, ctx)
            if has_primary and m.how not in ("name", "alias"):
                weight *= SECONDARY_NAME_PENALTY
            scored.append((weight, m, place))
        scored = _merge_duplicates(scored)
        total = sum(t[0] for t in scored) or 1.0
        # The share among namesakes, capped by how trustworthy the match is and by how well the
        # place fits what the user stated: a sole candidate outside the stated oblast, or far
        # from the stated landmark, is no confident answer.
        ranked = sorted(
            ((round(w / total * _quality(m.how, m.weight) * self._fit(place, ctx), 4), w, m, place) for w, m, place in scored),
            key=lambda t: (-t[0], -t[1]),
        )
        resolved = ranked[0][0] >= self.threshold
        keep = RESOLVED_CANDIDATES if resolved else MAX_CANDIDATES  # an abstention lists them all for review
        cands = [self._candidate(place, conf, m.how) for conf, _, m, place in ranked[:keep]]
        return Resolution(name, cands, resolved, ctx.notes)

    @staticmethod
    def _same_name(query: str, place: Place) -> bool:
        """Whether a query is a spelling of the place's own name (Nikolaev/Mykolaiv), not another name.

        A name that extends the place's name (Donetske, Donetskyi against Donetsk) is another name:
        villages take adjectival names from towns.
        """
        qk, pk = spelling_key(query), spelling_key(place.name)
        if qk != pk and (qk.startswith(pk) or pk.startswith(qk)):
            return False
        return fuzz.ratio(qk, pk) >= SAME_NAME_RATIO

    def _prior(self, place: Place) -> float:
        prior = self._priors.get(place.geonameid)
        if prior is None:
            prior = self._priors[place.geonameid] = self._static_prior(place)
        return prior

    @staticmethod
    def _static_prior(place: Place) -> float:
        # Population separates a town from villages of its name, never villages from each other:
        # below a few thousand people the factor stays close to 1.
        prior = min((1 + place.population / 1000) ** 0.75, 200.0) * _FEATURE_PRIOR.get(place.fcode, 1.0)
        if place.population >= TOWN_POPULATION:
            prior *= 3.0
        if place.admin1 in WAR_ZONE_OBLASTS:
            prior *= WAR_ZONE_PRIOR
        return prior

    @staticmethod
    def _stated(place: Place, ctx: Context) -> float:
        """How well a place fits the context the user stated (oblast, raion, landmark): 1 = fully."""
        if not (ctx.oblasts or ctx.raions or ctx.points):
            return 1.0
        factor = 1.0
        if ctx.oblasts:
            factor *= 1.0 if place.admin1 in ctx.oblasts else 0.002
        if ctx.raions:
            factor *= 1.0 if (place.admin1, place.admin2) in ctx.raions else 0.01
        if ctx.points:
            total = sum(w for *_, w in ctx.points) or 1.0
            dists = [(distance_km(place.lat, place.lon, lat, lon), scale, w) for lat, lon, scale, w in ctx.points]
            near = sum(w * math.exp(-d / scale) for d, scale, w in dists)
            factor *= 0.01 + near / total
        return factor

    @staticmethod
    def _fit(place: Place, ctx: Context) -> float:
        """1 when a place agrees with the stated context, falling towards 0 as it contradicts it.

        "near X" tolerates the few tens of km that reporters mean by it.
        """
        if not (ctx.oblasts or ctx.raions or ctx.points):
            return 1.0
        fit = 1.0
        if ctx.oblasts and place.admin1 not in ctx.oblasts:
            fit *= 0.05
        if ctx.raions and (place.admin1, place.admin2) not in ctx.raions:
            fit *= 0.3
        if ctx.points:
            nearest = min(distance_km(place.lat, place.lon, lat, lon) for lat, lon, *_ in ctx.points)
            fit *= math.exp(-max(0.0, nearest - NEAR_TOLERANCE_KM) / NEAR_TOLERANCE_KM)
        return fit

    @staticmethod
    def _article(place: Place, ctx: Context) -> float:
        """How well a place fits the rest of its article (other places, oblasts named)."""
        if not (ctx.anchors or ctx.soft_oblasts):
            return 1.0
        factor = 1.0
        if ctx.anchors:
            nearest = _nearest_km(place, ctx.anchors)
            factor *= 0.01 + math.exp(-nearest / ANCHOR_SCALE_KM)
        if ctx.soft_oblasts:
            factor *= 1.0 if place.admin1 in ctx.soft_oblasts else 0.25
        return factor

    def _candidate(self, place: Place, score: float, how: str) -> Candidate:
        oblast, raion = self.gazetteer.admin_names(place)
        return Candidate(
            geonameid=place.geonameid, name=place.name, lat=place.lat, lon=place.lon,
            feature_class=place.fclass, feature_code=place.fcode, admin1=oblast, admin2=raion,
            population=place.population, score=score, match=how,
        )

    def _location(self, cand: Candidate, res: Resolution, rank: int = 0) -> Location:
        address = ", ".join(p for p in (cand.name, cand.admin2, cand.admin1, "Ukraine") if p)
        raw = cand.to_dict() | {
            "confidence": cand.score,
            "resolved": res.resolved and rank == 0,
            "query": res.query,
            "context": list(res.context),
            "attribution": "GeoNames (geonames.org), CC BY 4.0",
        }
        return Location(address, (cand.lat, cand.lon), raw)
