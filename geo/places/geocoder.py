"""Offline geocoder shaped like geopy's: names to places, namesakes ranked by context.

``GazetteerGeocoder(gazetteer).geocode("Pobeda", near="Marinka")`` returns a
:class:`geopy.location.Location` whose ``raw`` carries the geonameid, feature code, admin names
and confidence, so code written for geopy's geocoders can use the offline gazetteer unchanged.

How a name is resolved: every place whose name the spelling can be (see :mod:`geo.places.match`)
is weighed by how well the spelling fits it, how often reporting names a place of its kind and size
(the prior), and how well it fits the context (a stated oblast or raion, a landmark read with a
tolerance, the other places of the article). One more hypothesis stands beside them: that the place
meant is none of these (a spelling of a place no index retrieves, or a misleading context). The
place's share of the total is the model's probability; ``confidence`` maps it through a calibration
table measured on held-out spellings (``bench/bench_spellings.py``), so that of the answers given
at confidence 0.8, about eight in ten are right. A name stays unresolved below :data:`DEFAULT_THRESHOLD`.
"""

from __future__ import annotations

import bisect
import itertools
import math
import re
from functools import lru_cache
from operator import itemgetter
from typing import TYPE_CHECKING, NamedTuple

from rapidfuzz import fuzz

from geo.places.context import NEAR_SCALE_KM, Context, Landmark, landmark_weight, parse_context
from geo.places.gazetteer import GRID_DEG, TOWN_MIN_POPULATION, Gazetteer, Place
from geo.places.match import OWN_NAMES, RegionNames, match_in, match_name, region_choices
from geo.places.names import spelling_key
from geo.models import Candidate

if TYPE_CHECKING:  # geopy (and the HTTP stack it brings) is imported when a Location is made
    from geopy.location import Location

# Oblasts where the fighting and the strikes that news reports are concentrated; a mild prior that
# context overrides: Dnipropetrovsk, Donetsk, Kharkiv, Kherson, Luhansk, Mykolaiv, Sumy, Zaporizhzhia.
WAR_ZONE_OBLASTS = frozenset({"04", "05", "07", "08", "14", "16", "21", "26"})
WAR_ZONE_PRIOR = 1.6
#: Chosen from the reliability table of bench/bench_spellings.py: the lowest confidence at which the
#: answers given keep the confidently wrong under 2% of all names in every setting (alone, with an
#: oblast, near a town).
DEFAULT_THRESHOLD = 0.75
DUPLICATE_KM = 2.0
HIT_KM = 5.0  # a candidate within this distance of the top answer is the same answer for the confidence
_HIT_DY = HIT_KM + 0.001  # (km north-south; the margin covers rounding)
_CELL_LAT, _CELL_LON = DUPLICATE_KM / 110.0, DUPLICATE_KM / 70.0  # degrees; 70 km per degree of longitude at 51 N
RESOLVED_CANDIDATES = 5
MAX_CANDIDATES = 50  # kept per abstention beyond those the context places in reach (all of which are kept)
REGION_KM = 50.0  # namesakes within this distance of a landmark are always among an abstention's candidates
REGION_SEARCH_KM = 40.0  # about how far from a landmark every name is compared with one no index retrieves
TOWN_POPULATION = 10_000
# "near X": a reporter names the nearest town as the landmark (from its edge; towns of 10,000 or,
# for a smaller landmark, of its size compete), rarely one further than a few tens of km.
CHOICE_SCALE_KM = 5.0
CHOICE_RANGE_KM = 40.0
CHOICE_MAX_KM = 120.0  # no reporter names a landmark this far away: such a reading adds nothing
FAR_CHECK_MIN = 12  # namesakes from which those far from a landmark are found at once (numpy), not one by one
FAR_MARGIN_KM = 0.01  # numpy's distances may differ from math's in the last digits: those this close are measured again
FAR_SCALE_KM = 30.0
ANCHOR_SCALE_KM = 10.0  # other places in the same article: front-line reporting stays local
# ... but not always (round-ups): a place far from all of them keeps this much, against about 1 for a
# place next to one (a few hundred settlements lie within a few tens of km of any place).
ANCHOR_FLOOR = 0.001
SOFT_OBLAST_FACTOR = 0.25  # a place outside every oblast the article names
SOFT_RAION_FACTOR = 0.25  # ... outside every raion it names ("the Izium district" in another sentence)
STATED_OBLAST_MISS = 0.002  # a place outside the stated oblast (reporters and GeoNames' codes err, rarely)
STATED_RAION_MISS = 0.02  # outside the stated raion (raions were redrawn in 2020; an old name may still match one)
# A name that is some place's official name rarely means a place that merely has it as a variant.
SECONDARY_NAME_PENALTY = 0.3
SAME_NAME_RATIO = 70.0
_PRIOR_CAP = {"alt": 3.0, "stem": 3.0, "russian": 3.0, "namesake": 3.0, "skeleton": 1.6, "loose": 1.6, "fuzzy": 1.6, "fuzzy-alt": 1.6, "region": 1.6}
_OWN_OR_RUSSIAN = frozenset({"name", "alias", "ascii", "russian"})
_LOOSE_TIERS = frozenset({"skeleton", "loose", "fuzzy", "fuzzy-alt", "region"})
_FEATURE_PRIOR = {"PPLC": 1.5, "PPLA": 1.5, "PPLA2": 1.3, "PPLA3": 1.1}
_WATER_SUFFIX = re.compile(r"\s+(?:river|reservoir|lake|estuary)\s*$", re.I)
_ADMIN_SUFFIX = re.compile(r"\s+(?P<word>region|oblast'?|province|district|raion|rayon)\s*$", re.I)
# The "none of these" hypothesis, by the best match found: a place's own name is rarely a
# spelling of some other place; a loose or typo match often is.
NULL_WEIGHT = {"name": 0.03, "alias": 0.03, "ascii": 0.05, "alt": 0.12, "stem": 0.12, "russian": 0.15, "namesake": 0.15, "skeleton": 1.5, "loose": 0.3,
               "fuzzy": 0.2, "fuzzy-alt": 0.4, "region": 1.0}
# A village found by a variant that is its own name cut of its prefix or first word (Mayorskoye for
# Staromaiorske, Orekhovo for Velyke Orikhove) is another place than one named so: the place meant may
# as well be a village of that very name that GeoNames lacks, in the very oblast stated. That
# hypothesis, against which a stated oblast or raion says nothing, weighs this much (a village of any
# size stays below the threshold on the name alone or with an oblast; other places of the article
# nearby, or a landmark, still decide).
NULL_OTHER_NAME = 1.0
OTHER_NAME_PRIOR_CAP = 3.0
_VOWELS_RE = re.compile(r"[aeiouy]")
# How well, on average, the place meant fits a landmark or the article's other places (the fit the
# "none of these" hypothesis gets).
NULL_LANDMARK_FIT = 0.02
NULL_ANCHOR_FIT = 3 * ANCHOR_FLOOR
# Calibration: model probability -> share of right answers, per setting, measured with
# bench/bench_spellings.py --fit on half of the places (the other half reports the reliability).
CALIBRATION: dict[str, tuple[tuple[float, ...], tuple[float, ...]]] = {
    "none": ((0.0, 0.0329, 0.0531, 0.0802, 0.102, 0.1425, 0.2092, 0.2551, 0.2965, 0.3728, 0.456, 0.4946, 0.5151,
              0.57, 0.6543, 0.7754, 0.8816, 0.951, 0.9811, 0.9859, 1.0),
             (0.0, 0.0275, 0.0386, 0.0551, 0.0799, 0.1439, 0.1887, 0.2149, 0.2672, 0.3728, 0.5041, 0.5344, 0.5813,
              0.6033, 0.6129, 0.7438, 0.7658, 0.9394, 0.989, 0.9915, 0.9915)),
    "oblast": ((0.0, 0.0994, 0.1843, 0.2978, 0.3871, 0.451, 0.4897, 0.4981, 0.5261, 0.6248, 0.7437, 0.8613, 0.9526,
                0.9734, 0.9837, 0.9928, 0.9987, 1.0),
               (0.0, 0.0797, 0.1758, 0.2518, 0.3516, 0.4423, 0.4753, 0.4918, 0.5261, 0.544, 0.6731, 0.6786, 0.9451,
                0.9753, 0.9973, 0.9978, 0.9992, 0.9992)),
    "near": ((0.0, 0.3881, 0.5868, 0.7153, 0.8042, 0.8869, 0.9663, 0.9942, 0.9979, 0.9992, 1.0),
             (0.0, 0.4533, 0.6415, 0.7225, 0.9203, 0.9231, 0.9853, 0.9989, 0.9995, 0.9999, 0.9999)),
    # an article's other places and oblasts: not measured by the bench; the model's probability
    "article": ((0.0, 1.0), (0.0, 1.0)),
}


_NEVER = itertools.repeat(False)  # (no entry is far)


def flat_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Distance on a local flat projection (plenty within a few hundred km)."""
    kx = 111.32 * math.cos(math.radians((lat1 + lat2) / 2))
    return math.hypot((lon2 - lon1) * kx, (lat2 - lat1) * 110.57)


def urban_radius_km(population: int) -> float:
    """A town's radius from its population (about 2,500 people per km2): distances "from Donetsk"
    are counted from its edge, not its centre."""
    return min(15.0, math.sqrt(max(population, 0)) / 88.6)


def calibrate(p: float, setting: str) -> float:
    """The calibrated confidence for a model probability (piecewise linear, monotone)."""
    xs, ys = CALIBRATION.get(setting) or CALIBRATION["none"]
    if p <= xs[0]:
        return ys[0]
    if p >= xs[-1]:
        return ys[-1]
    i = bisect.bisect_right(xs, p)
    x0, x1, y0, y1 = xs[i - 1], xs[i], ys[i - 1], ys[i]
    return y0 + (y1 - y0) * (p - x0) / (x1 - x0) if x1 > x0 else y1


class Resolution:
    """The ranked candidates for one name; ``resolved`` when the best is clearly the one.

    ``candidates`` (:class:`~geo.models.Candidate`, best first) are made when first asked for:
    the batch mode writes its answers from ``rows`` (place, score, how) without them.
    """

    def __init__(self, query: str, candidates: list[Candidate] | None = None, resolved: bool = False,
                 context: list[str] | None = None, probability: float = 0.0, shares: list[float] | None = None,
                 *, rows: list[tuple] | None = None, make=None, memo: dict | None = None):
        self.query = query
        self.resolved = resolved
        self.context = context if context is not None else []
        self.probability = probability  # the model's (uncalibrated) probability of the top answer
        self.shares = shares if shares is not None else []  # the model's probability of each candidate
        self.rows = rows  # (place, score, how) per candidate, when made by the geocoder
        self._candidates = candidates
        self._make = make
        self.memo = memo if memo is not None else {}  # shared by the copies of one answer (for writers)

    @property
    def candidates(self) -> list[Candidate]:
        if self._candidates is None:
            self._candidates = [self._make(p, score, how) for p, score, how in self.rows] if self.rows else []
        return self._candidates

    def opened(self) -> "Resolution":
        """The same candidates left open: the article's words speak against the answer, a person picks."""
        return Resolution(self.query, self.candidates, False, self.context, self.probability, self.shares)

    def taken(self, candidates: list[Candidate]) -> "Resolution":
        """The answer resolved to the first of ``candidates`` (these candidates reordered) on the article's evidence."""
        return Resolution(self.query, candidates, True, self.context, self.probability, self.shares)

    def named(self, query: str) -> "Resolution":
        """The same answer for another spelling of the name."""
        return Resolution(query, self._candidates, self.resolved, self.context, self.probability, self.shares,
                          rows=self.rows, make=self._make, memo=self.memo)

    @property
    def best(self) -> Candidate | None:
        """The top candidate when resolved, else None."""
        return self.candidates[0] if self.resolved else None

    @property
    def confidence(self) -> float:
        """The top candidate's confidence (0 with no candidate)."""
        if self.rows is not None:
            return self.rows[0][1] if self.rows else 0.0
        return self.candidates[0].score if self.candidates else 0.0

    def __repr__(self) -> str:
        return f"Resolution({self.query!r}, resolved={self.resolved}, confidence={self.confidence})"


class _Plain(NamedTuple):
    """A name's matches weighed before context: (weight, how, place) each, and which are one place."""

    entries: tuple
    clusters: tuple  # tuples of entry indices: GeoNames rows of one place (within DUPLICATE_KM)
    best_how: str
    others: frozenset = frozenset()  # entries of villages the name is another name of (a former name, theirs cut)


class GazetteerGeocoder:
    """Geocode Ukrainian place names against an offline gazetteer.

    :param gazetteer: an opened :class:`Gazetteer` (tests pass a small one).
    :param threshold: the confidence below which a name stays unresolved (abstains).
    """

    def __init__(self, gazetteer: Gazetteer, *, threshold: float = DEFAULT_THRESHOLD):
        self.gazetteer = gazetteer
        self.threshold = threshold
        self._resolve_cached = lru_cache(maxsize=100_000)(self._resolve_plain)
        self._plains: dict[tuple, _Plain] = {}
        self._plain_by_key: dict[tuple, _Plain] = {}
        self._answers: dict[tuple, Resolution] = {}
        self._landmarks: dict[str, tuple] = {}
        self._priors: dict[int, float] = {}
        self._areas: dict[tuple[str, str], Place | None] = {}
        self._choices: dict[int, tuple[float, float]] = {}
        self._town_rows: dict[tuple[int, int], object] = {}  # numpy rows of the towns of a grid cell
        self._shares: dict[tuple, float] = {}
        self._groups: dict[tuple, dict[str, tuple[list[str], list[list[int]]]]] = {}
        self._regions: dict[tuple, dict] = {}
        self._same: dict[tuple[str, str], bool] = {}

    def clear_caches(self) -> None:
        """Let go of every answer and table cached so far (the geocoder stays usable). After a large
        batch they are a million objects, which the cyclic collector would otherwise walk before
        freeing them (the cached answers refer back to the geocoder): a second or more at exit."""
        self._resolve_cached.cache_clear()
        for cache in vars(self).values():
            if isinstance(cache, dict):
                cache.clear()

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
            ctx.landmarks.append(Landmark(f"{near[0]},{near[1]}", ((float(near[0]), float(near[1]), 1.0, 0.0, 0, 0),)))
        elif near:
            ctx = ctx.merge(parse_context(near if " " in near.strip() and near.lower().startswith(("near", "in ")) else f"near {near}", self))
        if oblast:
            area = self.admin_area(_ADMIN_SUFFIX.sub("", oblast), "oblast")
            if area is not None:
                ctx.oblasts.add(area.admin1)
                ctx.notes.append(f"in {area.display_name or area.name}")
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
            if context and context.oblasts and area.admin1 not in context.oblasts:  # not the one the context says
                return Resolution(name, [self._candidate(area, STATED_OBLAST_MISS, "admin")], False,
                                  ["administrative area", *context.notes], STATED_OBLAST_MISS)
            cand = self._candidate(area, 1.0, "admin")
            return Resolution(name, [cand], True, ["administrative area"], 1.0)
        if "water" in kinds and (m := _WATER_SUFFIX.search(name)) and m.start() > 0:
            name = name[: m.start()]  # "Dnipro River": the river's name is "Dnipro"
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

    def landmark(self, name: str) -> tuple[tuple[float, float, float, float, int, int], ...]:
        """Where a landmark can lie: each reading of its name (lat, lon, probability, radius_km,
        population, geonameid), the likely ones first; empty when the name is unknown."""
        found = self._landmarks.get(name)
        if found is None:
            if len(self._landmarks) > 50_000:
                self._landmarks.clear()
            res = self.resolve(name)
            total = sum(c.score for c in res.candidates) or 1.0
            readings = [(c.lat, c.lon, c.score / total, urban_radius_km(c.population), c.population, c.geonameid)
                        for c in res.candidates if c.score / total >= 0.002][:25]
            norm = sum(r[2] for r in readings) or 1.0
            found = self._landmarks[name] = tuple((r[0], r[1], r[2] / norm, *r[3:]) for r in readings)
        return found

    def _find_admin_area(self, name: str, kind: str) -> Place | None:
        gaz = self.gazetteer
        direct = match_name(gaz, name, (kind,), typos=False, loose=False)
        if direct:
            return gaz.places[direct[0].geonameid]
        centre_codes = ("PPLA", "PPLC") if kind == "oblast" else ("PPLA2",)
        for m in match_name(gaz, name, ("settlement",), typos=False, loose=False):
            place = gaz.places[m.geonameid]
            if place.fcode in centre_codes:
                return gaz.oblast_of(place) if kind == "oblast" else gaz.raion_of(place)
        return None

    # -- ranking --------------------------------------------------------------------------
    def _resolve_plain(self, name: str, kinds: tuple[str, ...], typos: bool) -> Resolution:
        plain, key = self._plain(name, kinds, typos)
        if key is not None:  # the answer depends on the spelling key only: share it between spellings
            found = self._answers.get(key)
            if found is None:
                if len(self._answers) > 100_000:
                    self._answers.clear()
                found = self._answers[key] = self._rank(name, Context(), kinds, typos, plain)
            return found if found.query == name else found.named(name)
        return self._rank(name, Context(), kinds, typos, plain)

    def _plain(self, name: str, kinds: tuple[str, ...], typos: bool) -> tuple[_Plain, tuple | None]:
        """The name's matches weighed without context, and the key they depend on (None when the
        spelling itself counts: foreign readings and look-alikes are tried from it)."""
        found = self._plains.get((name, kinds, typos))
        if found is not None:
            return found
        skey = spelling_key(name)
        key = (skey, kinds, typos)
        plain = self._plain_by_key.get(key)
        if plain is None:
            matches = match_name(self.gazetteer, name, kinds, typos=typos)
            plain = self._weigh(name, matches)
            if any(m.how in OWN_NAMES and m.weight == 1.0 for m in matches):  # found under its own key
                if len(self._plain_by_key) > 200_000:
                    self._plain_by_key.clear()
                self._plain_by_key[key] = plain
            else:
                key = None
        if len(self._plains) > 200_000:
            self._plains.clear()
        found = self._plains[(name, kinds, typos)] = (plain, key)
        return found

    def _weigh(self, name: str, matches) -> _Plain:
        if not matches:
            return _Plain((), (), "")
        places, priors = self.gazetteer.places, self._priors
        has_primary = any(m.how in OWN_NAMES for m in matches)
        entries, others = [], []
        for gid, how, weight in matches:
            place = places[gid]
            prior = priors.get(gid)
            if prior is None:
                prior = self._prior(place)
            if how in OWN_NAMES:
                entries.append((weight * prior, how, place))
                continue
            # A town's size speaks for it only when the name is its own: an old or variant name,
            # or a name found by a loose match, says little about which namesake is meant.
            cap = _PRIOR_CAP.get(how)
            if cap is not None and prior > cap and (has_primary or how in _LOOSE_TIERS) and not self._same_name(name, place):
                prior = cap
            if how in _VARIANTS and place.population < TOWN_POPULATION and place.kind == "settlement" and \
                    self._other_name(name, place):
                others.append(len(entries))  # (a town's former name is what reporting calls it: Krasnoarmeysk)
                prior = min(prior, OTHER_NAME_PRIOR_CAP)
            weight *= prior
            if has_primary and how != "russian":  # (a Russian form of the place's own name is not a variant)
                weight *= SECONDARY_NAME_PENALTY
            entries.append((weight, how, place))
        return _Plain(tuple(entries), _duplicate_clusters([e[2] for e in entries]), matches[0].how, frozenset(others))

    def _rank(self, name: str, ctx: Context, kinds: tuple[str, ...], typos: bool = True,
              plain: _Plain | None = None) -> Resolution:
        if plain is None:
            plain = self._plain(name, kinds, typos)[0]
        gaz = self.gazetteer
        # namesakes far from every reading of a landmark (most of a common name's), found at once:
        # they fit it not at all and are in no reach (None: each is measured on its own)
        far = self._far(ctx, plain.entries)
        if ctx.stated and "settlement" in kinds and not any(
                self._in_reach(e[2], ctx) for e, away in zip(plain.entries, far or _NEVER) if not away):
            # nothing the indexes retrieve lies where the context says: compare the name with every
            # name of the places there
            seen = {e[2].geonameid for e in plain.entries}
            places, memo = self._region(ctx)
            extra = [m for m in match_in(gaz, name, places, memo=memo) if m.geonameid not in seen]
            if extra:
                more = self._weigh(name, extra)
                n = len(plain.entries)
                plain = _Plain(plain.entries + more.entries,
                               plain.clusters + tuple(tuple(i + n for i in c) for c in more.clusters),
                               plain.best_how or more.best_how, plain.others)
                if far is not None:
                    far = far + self._far(ctx, more.entries, 0)
        entries = plain.entries
        if not entries:
            return Resolution(name, context=ctx.notes)
        if ctx:
            fit = self._fitter(ctx)
            if far is None:
                weights = [w * fit(p) for w, _, p in entries]
            else:
                weights = [w * fit(p, f) for (w, _, p), f in zip(entries, far)]
        else:
            weights = [e[0] for e in entries]
        scored = _scored(entries, plain.clusters, weights)
        null = NULL_WEIGHT.get(plain.best_how, 1.0) * self._null_fit(ctx, kinds)
        top_w, top_i = scored[0]
        if plain.others and top_i in plain.others:  # the answer would be a village by another name of it
            null = max(null, NULL_OTHER_NAME * self._null_fit(ctx, kinds, areas=False))
        total = sum(map(_WEIGHT, scored)) + null
        top = entries[top_i][2]
        # the probability that the top answer is right: its share, and that of the candidates so
        # close to it that they are the same answer on a map
        near = top_w
        floor = total * 1e-4
        tlat, tlon = top.lat, top.lon
        for w, i in scored[1:]:
            if w < floor:
                break
            p = entries[i][2]
            # (a place further north or south than HIT_KM is further: the distance is not measured)
            if -_HIT_DY <= (p.lat - tlat) * 110.57 <= _HIT_DY and flat_km(tlat, tlon, p.lat, p.lon) <= HIT_KM:
                near += w
        p_top = near / total
        setting = "near" if ctx.landmarks else "oblast" if (ctx.oblasts or ctx.raions) else "article" if ctx.in_article else "none"
        conf = round(calibrate(p_top, setting), 4)
        resolved = conf >= self.threshold
        if resolved:
            keep = scored[1:RESOLVED_CANDIDATES]
        elif ctx.stated:  # an abstention lists every namesake the context places in reach, then the likeliest others
            reach, rest = [], []
            for t in scored[1:]:
                (reach if (far is None or not far[t[1]]) and self._in_reach(entries[t[1]][2], ctx) else rest).append(t)
            keep = sorted(reach + rest[: max(0, MAX_CANDIDATES - 1 - len(reach))], key=_WEIGHT, reverse=True)
        else:
            keep = scored[1:MAX_CANDIDATES]
        # the others share what the top answer leaves, in proportion to their probabilities
        scale = (1 - conf) / (1 - p_top) if p_top < 1 else 0.0
        rows = [(top, conf, entries[top_i][1])]
        rows += [(entries[i][2], round(min(conf, w / total * scale), 4), entries[i][1]) for w, i in keep]
        shares = [top_w / total] + [w / total for w, _ in keep]
        return Resolution(name, None, resolved, ctx.notes, round(p_top, 4), shares, rows=rows, make=self._candidate)

    def _far(self, ctx: Context, entries, min_entries: int = FAR_CHECK_MIN) -> list | None:
        """Per entry, which landmarks of the context it lies far from (beyond CHOICE_MAX_KM of every
        reading: it fits that landmark not at all, and is in no reach), measured for all entries at
        once with a margin; None (measure each) for few entries or a landmark read otherwise
        (coordinates, distances, directions)."""
        landmarks = ctx.landmarks
        if not landmarks or len(entries) < min_entries or any(
                lm.km is not None or lm.direction is not None or not lm.readings or any(not r[5] for r in lm.readings)
                for lm in landmarks):
            return None
        import numpy as np

        pts = np.array([(e[2].lat, e[2].lon) for e in entries]).reshape(-1, 2)
        plat, plon = pts[:, 0:1], pts[:, 1:2]
        kx = 111.32 * np.cos(np.radians(plat))
        out = None
        for lm in landmarks:
            spec = ctx.memo.get(("far", id(lm)))
            if spec is None:
                spec = ctx.memo[("far", id(lm))] = (lm, np.array([r[:4] for r in lm.readings]))
            rl = spec[1]
            d = np.hypot((rl[:, 1] - plon) * kx, (rl[:, 0] - plat) * 110.57) - rl[:, 3]
            far = (d >= CHOICE_MAX_KM + FAR_MARGIN_KM).all(axis=1)
            out = far[:, None] if out is None else np.hstack([out, far[:, None]])
        return [tuple(row) if row.any() else False for row in out] if len(landmarks) > 1 else \
            [(True,) if f else False for f in out[:, 0].tolist()]

    def _any_fits(self, matches, ctx: Context) -> bool:
        """Whether some match lies where the stated context says (in the oblast or raion, near the landmark)."""
        places = self.gazetteer.places
        return any(self._in_reach(places[m.geonameid], ctx) for m in matches)

    @staticmethod
    def _in_reach(place: Place, ctx: Context, km: float = REGION_KM) -> bool:
        """Whether the stated context puts a place in reach: inside the stated oblast and raion, and
        within ``km`` of a likely reading of every landmark."""
        if not ctx.stated:
            return False
        if ctx.oblasts and place.admin1 not in ctx.oblasts:
            return False
        if ctx.raions and (place.admin1, place.admin2) not in ctx.raions:
            return False
        if ctx.landmarks:
            spec = ctx.memo.get(km)
            if spec is None:
                spec = ctx.memo[km] = [[(lat, lon, r + km) for lat, lon, w, r, *_ in lm.readings if w >= 0.01]
                                       for lm in ctx.landmarks]
            plat, plon = place.lat, place.lon
            kx = 111.32 * math.cos(math.radians(plat))
            for readings in spec:
                for lat, lon, limit in readings:
                    dy = (lat - plat) * 110.57
                    if -limit <= dy <= limit and math.hypot((lon - plon) * kx, dy) <= limit:
                        break
                else:
                    return False
        return True

    def _region(self, ctx: Context) -> tuple[list[Place], dict]:
        """The settlements where the stated context puts a place, and a memo for :func:`match_in`
        with their names (kept with the context, which a batch of lines shares; the names of each
        grid cell and oblast are gathered once per run, and those of each region once)."""
        found = ctx.memo.get("region")
        if found is not None:
            return found
        gaz = self.gazetteer
        if ctx.landmarks:
            lat, lon, _, r, *_ = max(ctx.landmarks[0].readings, key=lambda t: t[2])
            cells = gaz.cells_near(lat, lon, REGION_SEARCH_KM + r)
            if ctx.oblasts or ctx.raions:  # and in the stated oblast
                key = ("cells", tuple(cells), frozenset(ctx.oblasts), frozenset(ctx.raions))
                groups = lambda: [self._names_of(("cell", c, frozenset(ctx.oblasts), frozenset(ctx.raions)),  # noqa: E731
                                                 lambda c=c: [p for p in gaz.settlements_in_cell_key(c) if self._in_reach(p, ctx, km=1e9)])
                                  for c in cells]
            else:
                key = ("cells", tuple(cells))
                groups = lambda: [self._names_of(("cell", c), lambda c=c: gaz.settlements_in_cell_key(c)) for c in cells]  # noqa: E731
        elif ctx.oblasts:
            key = ("oblasts", frozenset(ctx.oblasts), frozenset(ctx.raions))
            groups = lambda: [self._names_of(("oblast", code, frozenset(ctx.raions)),  # noqa: E731
                                             lambda code=code: [p for p in gaz.settlements_in(code) if self._in_reach(p, ctx)])
                              for code in ctx.oblasts]
        else:
            key = ("raions", frozenset(ctx.raions))
            groups = lambda: [self._names_of(("raion", a1, a2), lambda a1=a1, a2=a2: [p for p in gaz.settlements_in(a1) if p.admin2 == a2])  # noqa: E731
                              for a1, a2 in ctx.raions]
        memo = self._regions.get(key)
        if memo is None:
            if len(self._regions) > 10_000:
                self._regions.clear()
            found = groups()
            memo = self._regions[key] = {"names": RegionNames(found)}
        found = ctx.memo["region"] = ([], memo)
        return found

    def _names_of(self, key, places) -> dict[str, tuple[list[str], list[list[int]]]]:
        """The distinct loose keys of the names of a group of places and whose each is, by first
        letter (:func:`region_choices`, cached per group)."""
        found = self._groups.get(key)
        if found is None:
            loose_of = self.gazetteer.loose_keys_of
            found = self._groups[key] = region_choices([(k, p.geonameid) for p in places() for k in loose_of(p.geonameid)])
        return found

    def _context_fit(self, place: Place, ctx: Context) -> float:
        """How well a place fits the context: 1 = fully (in the stated oblast, at the landmark, ...)."""
        if not ctx:
            return 1.0
        return self._fitter(ctx)(place)

    def _fitter(self, ctx: Context):
        """:meth:`_context_fit` for one context, as a function of the place (what the context
        asks is looked up once, not once per namesake; the arithmetic is the same, in the same order)."""
        oblasts, raions, landmarks, soft = ctx.oblasts, ctx.raions, ctx.landmarks, ctx.soft_oblasts
        soft_raions = ctx.soft_raions
        # a raion is in its oblast: a place outside both misses twice (raions were redrawn, oblasts not)
        raion_oblasts = {a1 for a1, _ in raions} if raions and not oblasts else None
        anchors = self._anchor_spec(ctx) if (ctx.anchors or ctx.anchor_groups) else None
        landmark_fit, article_fit = self._landmark_fit, self._article_fit_spec

        def fit(place: Place, far=False) -> float:
            fit = 1.0
            if oblasts and place.admin1 not in oblasts:
                fit *= STATED_OBLAST_MISS
            if raions and (place.admin1, place.admin2) not in raions:
                fit *= STATED_RAION_MISS
                if raion_oblasts is not None and place.admin1 not in raion_oblasts:
                    fit *= STATED_OBLAST_MISS
            if far:  # (from :meth:`_far`: the landmarks it lies far from fit 0.0)
                for lm, away in zip(landmarks, far):
                    lf = 0.0 if away else landmark_fit(place, lm)
                    fit *= lf if lf > 1e-6 else 1e-6
            else:
                for lm in landmarks:
                    lf = landmark_fit(place, lm)
                    fit *= lf if lf > 1e-6 else 1e-6
            if place.kind == "water":  # a river's point may lie far downstream, in another oblast
                return fit
            if anchors is not None:
                fit *= ANCHOR_FLOOR + article_fit(place, anchors)
            if soft and place.admin1 not in soft:
                fit *= SOFT_OBLAST_FACTOR
            if soft_raions and (place.admin1, place.admin2) not in soft_raions:
                fit *= SOFT_RAION_FACTOR
            return fit

        return fit

    @staticmethod
    def _anchor_spec(ctx: Context) -> tuple:
        """The article's other places as (lat, lon, weight) each, likeliest first, and the groups of
        its ambiguous names with the sum of their weights (kept with the context)."""
        spec = ctx.memo.get("anchors")
        if spec is None or spec[0] != (len(ctx.anchors), len(ctx.anchor_groups)):
            fixed = tuple(a if len(a) == 3 else (*a, 1.0) for a in ctx.anchors)
            groups = tuple((sum(w for _, _, w in g), g) for g in ctx.anchor_groups)
            spec = ctx.memo["anchors"] = ((len(ctx.anchors), len(ctx.anchor_groups)), fixed, groups)
        return spec

    @staticmethod
    def _article_fit(place: Place, ctx: Context) -> float:
        """How close a place lies to the article's other places: to the nearest fixed one (weighted:
        a big city, named in passing, says less about where the rest lies), or to the likely places
        of an ambiguous one (so that an article's namesakes are read as the most compact set)."""
        return GazetteerGeocoder._article_fit_spec(place, GazetteerGeocoder._anchor_spec(ctx))

    @staticmethod
    def _article_fit_spec(place: Place, spec: tuple) -> float:
        """:meth:`_article_fit` from :meth:`_anchor_spec`. An anchor or group whose weight is no more
        than the best fit so far cannot beat it (a fit is its weight times a factor of at most 1)."""
        _, fixed, groups = spec
        plat, plon = place.lat, place.lon
        kx = 111.32 * math.cos(math.radians(plat))
        exp, hypot = math.exp, math.hypot
        best = 0.0
        for lat, lon, weight in fixed:
            if weight <= best:
                continue
            fit = weight * exp(-hypot((lon - plon) * kx, (lat - plat) * 110.57) / ANCHOR_SCALE_KM)
            if fit > best:
                best = fit
        for total, group in groups:
            if total <= best:
                continue
            fit = sum(w * exp(-hypot((lon - plon) * kx, (lat - plat) * 110.57) / ANCHOR_SCALE_KM)
                      for lat, lon, w in group)
            if fit > best:
                best = fit
        return best

    def _landmark_fit(self, place: Place, lm: Landmark) -> float:
        """How well a place fits "near X": X is the landmark a reporter picks for it (the nearest
        town, counted from its edge, competing with the other towns around the place) and not too
        far. Distances and directions ("10 km west of X") are read with a tolerance instead."""
        if lm.km is not None or lm.direction is not None:
            return landmark_weight(lm, place.lat, place.lon)
        total = 0.0
        plat, plon = place.lat, place.lon
        kx = 111.32 * math.cos(math.radians(plat))
        sums = None
        for lat, lon, w, radius, population, gid in lm.readings:
            dy = (lat - plat) * 110.57
            if dy - radius > CHOICE_MAX_KM or radius - dy > CHOICE_MAX_KM:
                continue
            d = math.hypot((lon - plon) * kx, dy) - radius
            if d < 0.0:
                d = 0.0
            if not gid:  # coordinates: a point
                total += w * math.exp(-d / NEAR_SCALE_KM)
            elif d < CHOICE_MAX_KM:
                pick = math.exp(-d / CHOICE_SCALE_KM)
                if sums is None:
                    sums = self._choice_sums(place)
                # the other towns that would be picked instead: those of the landmark's class
                big = population >= TOWN_POPULATION
                others = sums[1] if big else sums[0]
                if d < CHOICE_RANGE_KM and gid != place.geonameid and population >= (TOWN_POPULATION if big else TOWN_MIN_POPULATION):
                    others -= pick  # the landmark itself is among the towns summed
                total += w * pick / (pick + max(others, 0.0)) * math.exp(-d / FAR_SCALE_KM)
        return total

    def _choice_sums(self, place: Place) -> tuple[float, float]:
        """How strongly the towns around a place (of 1,000 and of 10,000 people or more; the place
        itself left out) would be picked as its landmark; computed for its whole grid cell at once."""
        sums = self._choices.get(place.geonameid)
        if sums is None:
            import numpy as np

            gaz = self.gazetteer
            (cy, cx), members = gaz.settlements_in_cell(place.lat, place.lon)
            clat, clon = (cy + 0.5) * GRID_DEG, (cx + 0.5) * GRID_DEG
            # the towns of gaz.towns_near(clat, clon, CHOICE_RANGE_KM + 25.0), in its order, as rows
            # (lat, lon, radius, population, geonameid), each grid cell's made once per run
            rows = self._town_rows
            parts = []
            for cell, towns in gaz.town_cells_near(clat, clon, CHOICE_RANGE_KM + 25.0):
                part = rows.get(cell)
                if part is None:
                    part = rows[cell] = np.array([(t.lat, t.lon, urban_radius_km(t.population), t.population, t.geonameid)
                                                  for t in towns])
                parts.append(part)
            if not parts or not members:
                for p in members:
                    self._choices[p.geonameid] = (0.0, 0.0)
                return (0.0, 0.0)
            tl = np.concatenate(parts) if len(parts) > 1 else parts[0]
            pl = np.array([(p.lat, p.lon, p.geonameid) for p in members])
            kx = 111.32 * math.cos(math.radians(clat))
            d = np.hypot((tl[None, :, 1] - pl[:, None, 1]) * kx, (tl[None, :, 0] - pl[:, None, 0]) * 110.57) - tl[None, :, 2]
            g = np.exp(-np.maximum(d, 0.0) / CHOICE_SCALE_KM)
            g[(d >= CHOICE_RANGE_KM) | (tl[None, :, 4] == pl[:, None, 2])] = 0.0
            all_towns, big_towns = g.sum(axis=1), (g * (tl[None, :, 3] >= TOWN_POPULATION)).sum(axis=1)
            if len(self._choices) > 200_000:
                self._choices.clear()
            for p, a, b in zip(members, all_towns.tolist(), big_towns.tolist()):
                self._choices[p.geonameid] = (a, b)
            sums = self._choices.get(place.geonameid, (0.0, 0.0))  # (a river is in no settlement cell)
        return sums

    def _null_fit(self, ctx: Context, kinds: tuple[str, ...] = ("settlement",), areas: bool = True) -> float:
        """How well the place meant fits the context when it is none of the candidates: the average
        fit of a place anywhere (a stated oblast holds a few percent of all places, a landmark's
        surroundings far fewer). ``areas=False``: a place in the stated or named oblasts and raions
        (one GeoNames lacks, named as the reporter says)."""
        fit = NULL_LANDMARK_FIT ** len(ctx.landmarks)
        if not areas:
            return fit * NULL_ANCHOR_FIT if (ctx.anchors or ctx.anchor_groups) and kinds != ("water",) else fit
        if ctx.oblasts or ctx.raions:
            share = self._share(ctx.oblasts, ctx.raions)
            if ctx.oblasts:
                fit *= share + (1 - share) * STATED_OBLAST_MISS
            else:  # in the raion; in its oblast but not the raion; elsewhere
                in_oblast = self._share({a1 for a1, _ in ctx.raions}, set())
                fit *= share + (in_oblast - share) * STATED_RAION_MISS + (1 - in_oblast) * STATED_RAION_MISS * STATED_OBLAST_MISS
        if kinds == ("water",):
            return fit
        if ctx.soft_oblasts:
            share = self._share(ctx.soft_oblasts, set())
            fit *= share + (1 - share) * SOFT_OBLAST_FACTOR
        if ctx.soft_raions:
            share = self._share({a1 for a1, _ in ctx.soft_raions}, ctx.soft_raions)
            fit *= share + (1 - share) * SOFT_RAION_FACTOR
        if ctx.anchors or ctx.anchor_groups:
            fit *= NULL_ANCHOR_FIT
        return fit

    def _share(self, oblasts, raions) -> float:
        """The share of all settlements that lie in these oblasts (and raions)."""
        key = (frozenset(oblasts), frozenset(raions))
        share = self._shares.get(key)
        if share is None:
            gaz = self.gazetteer
            total = sum(len(gaz.settlements_in(p.admin1)) for p in gaz.oblast_by_code.values()) or 1
            codes = oblasts or {a1 for a1, _ in raions}
            inside = [p for code in codes for p in gaz.settlements_in(code)]
            if raions:
                inside = [p for p in inside if (p.admin1, p.admin2) in raions]
            share = self._shares[key] = max(len(inside), 1) / total
        return share

    def _other_name(self, query: str, place: Place) -> bool:
        """Whether a village's variant a query matches is another name than the village's own, one a
        village GeoNames lacks may bear today: the own name cut of its prefix or first word
        (Mayorskoye for Staromaiorske: Maiorsk and Mayorske are other places)."""
        return _cut_from(query, place.name)

    def _same_name(self, query: str, place: Place) -> bool:
        """Whether a query is a spelling of the place's own name (Nikolaev/Mykolaiv), not another name.

        A name that extends the place's name (Donetske, Donetskyi against Donetsk) is another name:
        villages take adjectival names from towns.
        """
        qk, pk = spelling_key(query), spelling_key(place.name)
        found = self._same.get((qk, pk))
        if found is None:
            if len(self._same) > 200_000:
                self._same.clear()
            found = self._same[(qk, pk)] = not (qk != pk and (qk.startswith(pk) or pk.startswith(qk))) and \
                fuzz.ratio(qk, pk) >= SAME_NAME_RATIO
        return found

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

    def _candidate(self, place: Place, score: float, how: str) -> Candidate:
        oblast, raion = self.gazetteer.admin_names(place)
        return Candidate(
            geonameid=place.geonameid, name=place.name, lat=place.lat, lon=place.lon,
            feature_class=place.fclass, feature_code=place.fcode, admin1=oblast, admin2=raion,
            population=place.population, score=score, match=how, display_name=place.display_name or place.name,
        )

    def _location(self, cand: Candidate, res: Resolution, rank: int = 0) -> Location:
        from geopy.location import Location

        address = ", ".join(p for p in (cand.display_name or cand.name, cand.admin2, cand.admin1, "Ukraine") if p)
        raw = cand.to_dict() | {
            "confidence": cand.score,
            "resolved": res.resolved and rank == 0,
            "query": res.query,
            "context": list(res.context),
            "attribution": "GeoNames (geonames.org), CC BY 4.0",
        }
        return Location(address, (cand.lat, cand.lon), raw)


_VARIANTS = frozenset(("alt", "stem"))


def _cut_from(name: str, own: str) -> bool:
    """Whether a name is a place's own name without its first word or prefix (Mayorskoye against
    Staromaiorske, Orekhovo against Velyke Orikhove): its consonants end the place's, two or more fewer."""
    q, o = _VOWELS_RE.sub("", spelling_key(name).lower()), _VOWELS_RE.sub("", spelling_key(own).lower())
    return bool(q) and len(o) >= len(q) + 2 and o.endswith(q)


def _scored(entries, clusters, weights: list[float]) -> list[tuple[float, int]]:
    """(weight, index of the place shown) per place, heaviest first, ties in the order of the
    matches (by weight, then geonameid): the order of ``key=(-weight, index)``, by two stable
    sorts in C instead of a key function called per place."""
    if len(clusters) == len(entries):  # as many places as rows: none listed twice (the common case)
        scored = list(zip(weights, range(len(weights))))
    else:
        scored = []
        for members in clusters:
            if len(members) == 1:
                scored.append((weights[members[0]], members[0]))
            else:
                # shown as the member the name is the own name of, if any (Lesovka: the village
                # Lisivka, not the town beside it that had the name once), else the likeliest
                scored.append((sum(weights[i] for i in members),
                               max(members, key=lambda i: (entries[i][1] in _OWN_OR_RUSSIAN, weights[i]))))
        scored.sort(key=_INDEX)
    scored.sort(key=_WEIGHT, reverse=True)  # (stable: equal weights keep the order of their indices)
    return scored


_WEIGHT, _INDEX = itemgetter(0), itemgetter(1)
_SINGLES: dict[int, tuple] = {}  # n -> ((0,), (1,), ..., (n - 1,)): n places, none a duplicate


def _duplicate_clusters(places: list[Place]) -> tuple[tuple[int, ...], ...]:
    """GeoNames lists some places twice (Klishchiivka: 705666 and 13512497, 0.25 km apart): rows
    of the same kind within DUPLICATE_KM are one place, which takes the weight of all (indices into
    ``places``, grouped)."""
    n = len(places)
    pairs = []
    if n > 1:  # sweep by latitude: namesakes rarely lie this close, so there is seldom anything to compare
        order = sorted(range(n), key=[p.lat for p in places].__getitem__)
        for a in range(n - 1):
            p = places[order[a]]
            b = a + 1
            while b < n and places[order[b]].lat - p.lat <= _CELL_LAT:
                q = places[order[b]]
                if abs(q.lon - p.lon) <= _CELL_LON and q.kind == p.kind and flat_km(q.lat, q.lon, p.lat, p.lon) <= DUPLICATE_KM:
                    pairs.append((order[a], order[b]))
                b += 1
    if not pairs:
        singles = _SINGLES.get(n)
        if singles is None:
            singles = _SINGLES[n] = tuple((i,) for i in range(n))
        return singles
    parent = list(range(n))

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for i, j in pairs:
        parent[root(i)] = root(j)
    groups: dict[int, list[int]] = {}
    for i in range(n):
        groups.setdefault(root(i), []).append(i)
    return tuple(tuple(g) for g in groups.values())
