"""Each place's latest claimed status as of a date, the claims behind it, and how it is drawn. Pure.

What a printed snapshot and a place table (``frontline export --places``) show of a
:class:`~geo.site.timeline.Timeline`: one :class:`PlaceState` per place with a claim effective on
or before the date. The status follows the timeline's rules (so the site's marker and these agree);
a place with only strikes has no status but keeps its latest strike.

:data:`MARKERS` is the site's marker vocabulary (``geo/site/render.py`` ``_SAMPLES`` and
``geo/site/static/frontline.js``): the same shape and colours for each status, and a grey-scale
variant in which the shape alone carries the meaning.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass, field
from datetime import date, timedelta

from geo.site.timeline import CONFLICT_DAYS, STATUS_LABELS, STRIKE_DAYS, Timeline, TimedClaim, format_day

FADE_DAYS = 30  # a status with no new claim for this long is drawn faded (as geo.site.payload.FADE_DAYS)
CHANGE_DAYS = 7  # a snapshot labels the places whose status changed in this many days up to its date

# status -> how the site draws it. ``fill``/``edge`` in colour; ``grey_fill``/``grey_edge`` for print
# in grey scale; ``colour`` is the one colour a locator-map tool gets (the contested hatch's ink).
MARKERS = {
    "RU": {"shape": "circle", "fill": "#c62828", "edge": "#7f0000", "grey_fill": "#1a1a1a", "grey_edge": "#000000",
           "colour": "#c62828", "label": "Russia claims control"},
    "UA": {"shape": "square", "fill": "#1565c0", "edge": "#0b3d7a", "grey_fill": "#bdbdbd", "grey_edge": "#000000",
           "colour": "#1565c0", "label": "Ukraine claims control"},
    "contested": {"shape": "diamond", "fill": "#f5f5f5", "edge": "#333333", "hatch": "#444444",
                  "grey_fill": "#ffffff", "grey_edge": "#000000", "colour": "#616161",
                  "label": "contested: the claims conflict, or fighting is reported"},
    "struck": {"shape": "star", "fill": "#ef6c00", "edge": "#3e2723", "grey_fill": "#8c8c8c", "grey_edge": "#000000",
               "colour": "#ef6c00", "label": f"strike reported, {STRIKE_DAYS} days up to the date"},
}
CHANGED_RING = {"colour": "#ffb300", "grey": "#000000"}
# A claim about an oblast or a raion is about an area, never a point at its capital: the site and a
# snapshot draw it as a dashed circle of this radius (km), a strike there as a hatched one, and the
# place table says so (its kind, ``symbol`` ``area``, "somewhere in the oblast").
AREA_KM = {"oblast": 60.0, "raion": 20.0}
AREA_STRIKE_SHARE = 0.8  # a strike somewhere in an area: hatched within this share of its radius (site and snapshot)


@dataclass
class PlaceState:
    """One place as of a date.

    ``status`` is ``RU``, ``UA``, ``contested`` or ``None`` (only strikes so far); ``own`` says the
    side said to hold the place claims so itself; ``day`` is the claim day the status rests on;
    ``claim`` the latest claim behind it (the latest strike when there is no status) and ``words``
    each claimant's latest claim in the window the status was read from.
    """

    geonameid: int
    name: str  # as reporting writes it (display_name, else the row's place)
    place: str  # the rows' place name
    place_kind: str
    lat: float
    lon: float
    status: str | None
    own: bool
    day: date | None
    claim: TimedClaim | None
    words: list = field(default_factory=list)
    last_strike: TimedClaim | None = None
    claims: int = 0  # claims effective on or before the date
    faded: bool = False  # no new status claim for FADE_DAYS days or more
    struck: bool = False  # a strike within STRIKE_DAYS days up to the date
    changed: bool = False  # status changed within CHANGE_DAYS days up to the date

    @property
    def on_map(self) -> bool:
        """Whether the site, a snapshot and a place table show the place as of the date: it has a
        status, or a strike within :data:`STRIKE_DAYS` days (an older strike alone shows nothing)."""
        return self.status is not None or self.struck

    @property
    def shown(self) -> str:
        """What the marker shows: the status, else ``struck``."""
        return self.status or "struck"

    @property
    def since(self) -> date | None:
        """The day behind what is shown (the status's claim day, else the latest strike's)."""
        if self.day is not None:
            return self.day
        return self.last_strike.effective if self.last_strike else None

    @property
    def area(self) -> bool:
        """An oblast or a raion: the claims are about somewhere in it, not its capital."""
        return self.place_kind in AREA_KM

    @property
    def what(self) -> str:
        """What is shown, in words: ``claimed by Russia``, ``strike reported`` or, for an area with
        only a strike, ``strike reported somewhere in the oblast``."""
        if self.status is None and self.area:
            return f"strike reported somewhere in the {self.place_kind}"
        return STATUS_LABELS.get(self.status, "strike reported")

    def describe(self) -> str:
        """One line for a tooltip: ``Avdiivka: claimed by Russia (Russian Defense Ministry, 17 Feb 2024)``."""
        c = self.claim
        what = self.what
        who = f"{c.claimant_label or c.claimant}, {format_day(c.effective)}" if c else ""
        return f"{self.name}: {what}" + (f" ({who})" if who else "")


def _effective_days(p) -> list:
    return [c.effective for c in p.claims]


def place_states(timeline: Timeline, day: date | None = None, *, change_days: int = CHANGE_DAYS) -> list[PlaceState]:
    """Every place with a claim effective on or before ``day``, as of that day.

    :param timeline: the claims.
    :param day: the date; default the timeline's ``as_of``.
    :param change_days: a status that differs from the one ``change_days`` days before counts as changed.
    :returns: :class:`PlaceState` list, by name.
    """
    day = day or timeline.as_of
    if day is None:
        return []
    window = timedelta(days=CONFLICT_DAYS)
    before = day - timedelta(days=change_days)
    strike_from = day - timedelta(days=STRIKE_DAYS - 1)
    out = []
    for gid, p in timeline.places.items():
        n = bisect_right(_effective_days(p), day)
        if n == 0:
            continue
        seen = p.claims[:n]
        status_claims = [c for c in seen if c.status is not None]
        strikes = [c for c in seen if c.status is None]
        state = p.state_as_of(day)
        status, own, since = state if state else (None, False, None)
        claim, words = None, []
        if status_claims:
            claim = status_claims[-1]
            latest: dict = {}
            for c in status_claims:
                if c.effective >= claim.effective - window:
                    latest[c.claimant] = c
            words = sorted(latest.values(), key=lambda c: (c.effective, c.claim_id))
        last_strike = strikes[-1] if strikes else None
        out.append(PlaceState(
            gid, p.label, p.name, p.place_kind, p.lat, p.lon, status, own, since, claim or last_strike, words,
            last_strike, n, faded=since is not None and (day - since).days >= FADE_DAYS,
            struck=last_strike is not None and last_strike.effective >= strike_from,
            changed=status != p.status_as_of(before)))
    out.sort(key=lambda s: (s.name.casefold(), s.geonameid))
    return out


def place_rows(states: list[PlaceState], as_of: date | None, names: dict | None = None) -> list[dict]:
    """The states as flat rows for a table or a locator-map tool (``frontline export --places``, the
    site's ``places.csv``): the places the site shows as of the date (:attr:`PlaceState.on_map`), so a
    place whose only claims are strikes older than :data:`STRIKE_DAYS` days has no row.

    :param states: from :func:`place_states`.
    :param as_of: the date they are as of.
    :param names: ``{geonameid: GeoNames name}``; else the ``geonames_name`` the claim rows carry
        (the job layer adds it from the gazetteer), else empty.
    :returns: one dict per place: ``geonameid, name, geonames_name, place_kind, lat, lon, status,
        status_label, own, since, claimant, claimant_label, claimants, source, url, claim_id,
        last_strike, claims, as_of, colour, symbol, description``; an oblast or raion (an area, its
        lat/lon the centre) has the ``symbol`` ``area`` and a strike there is "somewhere in the oblast".
    """
    names = names or {}
    rows = []
    for s in states:
        if not s.on_map:
            continue
        c = s.claim
        marker = MARKERS[s.shown]
        rows.append({
            "geonameid": s.geonameid, "name": s.name,
            "geonames_name": names.get(s.geonameid) or (c.row.get("geonames_name") if c else None) or "",
            "place_kind": s.place_kind, "lat": s.lat, "lon": s.lon,
            "status": s.shown, "status_label": s.what,
            "own": s.own, "since": s.since.isoformat() if s.since else None,
            "claimant": c.claimant if c else None, "claimant_label": c.claimant_label if c else None,
            "claimants": ", ".join(dict.fromkeys(w.claimant for w in s.words)) or (c.claimant if c else ""),
            "source": c.row.get("source") if c else None, "url": c.row.get("url") if c else None,
            "claim_id": c.claim_id if c else None,
            "last_strike": s.last_strike.effective.isoformat() if s.last_strike else None,
            "claims": s.claims, "as_of": as_of.isoformat() if as_of else None,
            "colour": marker["colour"], "symbol": "area" if s.area else marker["shape"], "description": s.describe(),
        })
    return rows
