"""Timeline -> the compact data files the page reads. Pure.

``data.js`` (the core) holds what the first view shows: the places, each place's claimed status
after every one of its claim days and its strike days, the names to search, and the list of
weekly files. ``data/week-YYYY-MM-DD.js`` holds one week's claims (who, what, when, the quote,
the source), loaded when the slider, a popup or a panel reaches that week. Files are loaded with
``<script src>`` because ``fetch()`` does not work from ``file://``. Rows are arrays, not objects;
repeated strings are stored once per file in a string table; dates are day numbers from
``EPOCH``. The layout is versioned (``v``) and read by ``geo/site/static/frontline.js``.
"""

from __future__ import annotations

import hashlib
import json
import pickle
from collections import Counter
from datetime import date

from geo.site.latest import AREA_KM, AREA_STRIKE_SHARE
from geo.site.timeline import CONFLICT_DAYS, STRIKE_DAYS, Timeline, format_day, monday

PAYLOAD_VERSION = 2
EPOCH = date(2014, 1, 1)  # day numbers count from here
FADE_DAYS = 30  # a status with no new claim for this long is drawn faded
PLACE_KINDS = ("settlement", "oblast", "raion", "river")
SIDES = ("RU", "UA", "other")
KINDS = ("captured", "held", "contested", "struck")
STATUS_CODES = {"RU": 0, "UA": 1, "contested": 2, None: -1}
CHECK_CODES = {"consistent": 0, "not corroborated": 1, "contradicted": 2, None: -1}
NO_RECENT_ASSESSMENT = 3  # checkable, but no assessment recent enough ("no assessment within 31 days")


def _check_code(verdict) -> int:
    if isinstance(verdict, str) and verdict.startswith("no assessment"):
        return NO_RECENT_ASSESSMENT
    return CHECK_CODES.get(verdict, -1)
# Claim row layout in the payload; frontline.js reads the same positions.
CLAIM_FIELDS = ("place", "article", "side", "who", "kind", "status", "eff", "from", "to",
                "when", "quote", "confidence", "check", "corrected", "phrase", "xSide", "xKind", "xWhen")
_INSTITUTION_WORDS = {"ministry", "staff", "forces", "command", "army", "institute", "service",
                      "office", "agency", "guard", "brigade", "group", "council", "administration",
                      "military", "government", "governor", "spokesman", "spokesperson", "corps",
                      "battalion", "regiment", "division", "fleet", "directorate", "headquarters"}


def js_json(obj) -> str:
    """JSON that is safe inside a ``<script>`` element or a ``.js`` file.

    ``<``, ``>`` and ``&`` are escaped so no ``</script>`` or ``<!--`` can appear; U+2028 and
    U+2029 are escaped because older JavaScript engines end a line at them.

    :param obj: a JSON-serialisable value.
    :returns: the JSON text.
    """
    text = json.dumps(obj, ensure_ascii=False, separators=(",", ":"), allow_nan=False)
    return (text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
            .replace("\u2028", "\\u2028").replace("\u2029", "\\u2029"))


def according_to(label: str, claimant: str) -> str:
    """Who makes a claim, worded for "according to ...".

    :param label: the claimant label (``Russian Defense Ministry``).
    :param claimant: ``RU``, ``UA`` or ``other``.
    :returns: e.g. ``the Russian Defense Ministry (Russian side)``.
    """
    side = {"RU": "Russian side", "UA": "Ukrainian side"}.get(claimant, "third party")
    label = (label or "").strip()
    if not label:
        return f"the {side}"
    words = [w.lower().strip(".,") for w in label.split()]
    # "the General Staff of Ukraine", but not "the Zelensky" nor "the Russia's Defense Ministry".
    if words[0] != "the" and not words[0].endswith("'s") and _INSTITUTION_WORDS.intersection(words):
        label = "the " + label
    return f"{label} ({side})"


def claim_phrase(kind: str, control: str | None, place_kind: str | None = None) -> str:
    """What a claim says happened, in words.

    :param kind: ``captured``, ``held``, ``contested`` or ``struck``.
    :param control: ``RU``, ``UA`` or ``None``.
    :param place_kind: the place's kind: a strike on an ``oblast`` or ``raion`` is somewhere in it.
    :returns: e.g. ``captured by Russia``, ``fighting reported``, ``strike reported somewhere in the oblast``.
    """
    by = {"RU": " by Russia", "UA": " by Ukraine"}.get(control or "", "")
    if kind == "contested":
        return "fighting reported (contested)"
    if kind == "struck":
        return f"strike reported somewhere in the {place_kind}" if place_kind in AREA_KM else "struck"
    return f"{kind}{by}"


class _Strings:
    """A string table: each distinct string stored once, referred to by its index."""

    def __init__(self):
        self.index: dict[str, int] = {}
        self.items: list[str] = []

    def __call__(self, s) -> int:
        s = "" if s is None else str(s)
        i = self.index.get(s)
        if i is None:
            i = self.index[s] = len(self.items)
            self.items.append(s)
        return i


def _article_key(row: dict) -> str:
    return str(row.get("article_id") or row.get("article_key") or row.get("url") or "")


def article_sources(timeline: Timeline) -> list:
    """The outlets the claims were read in, with how many articles each.

    :param timeline: the claims.
    :returns: ``[(source, n_articles)]``, most articles first.
    """
    cached = getattr(timeline, "_sources", None)
    if cached is not None:
        return cached
    articles = {}
    for c in timeline.claims:
        articles.setdefault(_article_key(c.row), c.row.get("source") or "unknown source")
    counts: dict[str, int] = {}
    for src in articles.values():
        counts[src] = counts.get(src, 0) + 1
    timeline._sources = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))  # several files ask for it
    return timeline._sources


def day_number(d: date | None) -> int | None:
    """A date as the page counts it: days since ``EPOCH`` (fixed, so no file changes when older claims arrive)."""
    return (d - EPOCH).days if d else None


def status_code(status: str | None, own: bool = True) -> int:
    """``RU``/``UA``/``contested`` as 0/1/2; 3/4 for Russian/Ukrainian control said only by others."""
    code = STATUS_CODES[status]
    return code + 3 if code in (0, 1) and not own else code


def week_of(d: date) -> date:
    """The Monday that names the data chunk holding a claim of day ``d``."""
    return monday(d)


def chunk_name(mon: date) -> str:
    """The file of one week's claims, relative to the site."""
    return f"data/week-{mon.isoformat()}.js"


def build_core(timeline: Timeline, *, chunks: list, title: str = "frontline", fade_days: int = FADE_DAYS,
               names: dict | None = None, populations: dict | None = None, reference_places=None) -> dict:
    """The data the first view needs: places, their status after every claim day, the weeks' files.

    Markers at any date come from here alone (``pts``: each place's status after each of its claim
    days; ``sd``: its strike days); the claims themselves, with their quotes and sources, are in one
    file per week, loaded when the slider, a popup or a panel needs them. An oblast or raion (place
    kind 1 or 2) is an area: its claims are drawn as a circle of ``areaKm[kind]`` km round its point,
    and a strike there as that area hatched (``areaStrikeShare`` of the radius), never a star on its capital.

    :param timeline: the claims.
    :param chunks: ``[(monday, n_claims, url)]`` of the weeks' files, oldest first.
    :param title: the site title.
    :param fade_days: a status with no new claim for this many days is drawn faded.
    :param names: ``{geonameid: [names]}``: every spelling a reader may search for.
    :param populations: ``{geonameid: population}``: larger places are labelled first.
    :param reference_places: ``[{"name", "lat", "lon", "population"}]``: towns named for orientation.
    :returns: a JSON-serialisable dict.
    """
    names, populations = names or {}, populations or {}
    places, pts, strikes, search = [], [], [], []
    for gid, p in sorted(timeline.places.items(), key=lambda kv: (kv[1].label, kv[0])):
        kind = PLACE_KINDS.index(p.place_kind) if p.place_kind in PLACE_KINDS else 0
        places.append([gid, p.label, round(p.lat, 5), round(p.lon, 5), kind, list(p.surfaces),
                       p.name if p.name != p.label else "", int(populations.get(gid) or 0)])
        flat, last = [], 0
        for d, (status, own) in zip(p.point_days, p.point_states):
            n = day_number(d)
            flat += [n - last, status_code(status, own)]
            last = n
        pts.append(flat)
        sd, last = [], 0
        for d in dict.fromkeys(c.effective for c in p.claims if c.kind == "struck"):
            n = day_number(d)
            sd.append(n - last)
            last = n
        strikes.append(sd)
        forms = {str(x) for x in names.get(gid, ()) if x} - {p.label, p.name, *p.surfaces}
        search.append(sorted(forms))
    counts = {day_number(d): n for d, n in Counter(c.effective for c in timeline.claims).items()}
    refs = [[str(r["name"]), round(float(r["lat"]), 4), round(float(r["lon"]), 4), int(r.get("population") or 0)]
            for r in (reference_places or ())]
    return {
        "v": PAYLOAD_VERSION, "title": title, "epoch": EPOCH.isoformat(),
        "first": day_number(timeline.first_date) if timeline.first_date else 0,
        "asOf": day_number(timeline.as_of) if timeline.as_of else 0,
        "asOfLabel": format_day(timeline.as_of) if timeline.as_of else "",
        "conflictDays": CONFLICT_DAYS, "strikeDays": STRIKE_DAYS, "fadeDays": fade_days,
        # an oblast's or raion's claims are an area of this radius (km, by place kind), a strike there a share of it
        "areaKm": [AREA_KM.get(k, 0.0) for k in PLACE_KINDS], "areaStrikeShare": AREA_STRIKE_SHARE,
        "fields": list(CLAIM_FIELDS), "places": places, "pts": pts, "sd": strikes, "names": search,
        "weeks": [[day_number(mon), n, url] for mon, n, url in chunks],
        "days": [[d, n] for d, n in sorted(counts.items())],
        "sources": article_sources(timeline), "refs": refs,
    }


def build_chunk(claims: list, timeline: Timeline, *, checks: dict | None = None) -> dict:
    """One week's claims as the page reads them (see ``CLAIM_FIELDS``), with their own string and article tables.

    Places are named by geonameid and dates by day number from ``EPOCH``, so a week's file does
    not change when claims of other weeks or other places come and go.

    :param claims: the week's :class:`~geo.site.timeline.TimedClaim` s, oldest first.
    :param timeline: the whole timeline (for each claim's contradiction).
    :param checks: ``{claim_id: verdict}`` from the control overlay, or ``None``.
    :returns: a JSON-serialisable dict.
    """
    checks = checks or {}
    strings = _Strings()
    article_index, articles, rows = {}, [], []
    for c in claims:
        r = c.row
        akey = _article_key(r)
        if akey not in article_index:
            article_index[akey] = len(articles)
            articles.append([r.get("title") or "", r.get("source") or "", r.get("url") or "", day_number(c.published)])
        x = timeline.places[c.geonameid].contradicting(c)
        rows.append([
            c.geonameid, article_index[akey], SIDES.index(c.claimant) if c.claimant in SIDES else 2,
            strings(according_to(c.claimant_label, c.claimant)), KINDS.index(c.kind) if c.kind in KINDS else 2,
            STATUS_CODES[c.status], day_number(c.effective), day_number(c.date_from), day_number(c.date_to),
            strings(c.event_label), strings(r.get("quote")), round(float(r.get("confidence") or 0) * 100),
            _check_code(checks.get(c.claim_id)), 1 if r.get("corrected") else 0, strings(r.get("date_phrase")),
            -1 if x is None else (SIDES.index(x.claimant) if x.claimant in SIDES else 2),
            -1 if x is None else (KINDS.index(x.kind) if x.kind in KINDS else 2),
            -1 if x is None else strings(x.event_label),
        ])
    return {"v": PAYLOAD_VERSION, "strings": strings.items, "articles": articles, "claims": rows}


def chunk_key(claims: list, timeline: Timeline, checks: dict | None = None) -> str:
    """A digest of everything a week's file holds, to reuse an unchanged file without writing it."""
    checks = checks or {}
    against = [timeline.places[c.geonameid].contradicting(c) for c in claims]
    # One pickle of the week's rows (and of the claims they contradict): the rows come from the store
    # with their keys in one order, so equal rows pickle alike; far faster than a digest per claim.
    blob = pickle.dumps(([c.row for c in claims], [x.row if x is not None else None for x in against],
                         [checks.get(c.claim_id) for c in claims] if checks else None,
                         [checks.get(x.claim_id) for x in against if x is not None] if checks else None), 5)
    return hashlib.sha256(f"chunk|{PAYLOAD_VERSION}|".encode() + blob).hexdigest()


def chunk_js(mon: date, chunk: dict) -> str:
    """A week's file: it hands its data to the page, which asked for it by adding a script element."""
    return f"window.Frontline.week({js_json(mon.isoformat())},{js_json(chunk)});\n"


def payload_js(payload: dict, name: str = "FRONTLINE_DATA") -> str:
    """The payload as a script that sets one global.

    :param payload: from :func:`build_payload` (or any JSON value).
    :param name: the global's name.
    :returns: JavaScript text.
    """
    return f"window.{name}={js_json(payload)};\n"
