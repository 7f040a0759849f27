"""Timeline -> the compact data file the page reads (``data.js``). Pure.

One file for every claim, loaded with ``<script src>`` because ``fetch()`` does not work
from ``file://``. Rows are arrays, not objects, and repeated strings (quotes, claimant
labels, date labels) are stored once in a string table; dates are day numbers from
``epoch``. The layout is versioned (``v``) and read by ``geo/site/static/frontline.js``.
"""

from __future__ import annotations

import json
from datetime import date

from geo.site.timeline import CONFLICT_DAYS, STRIKE_DAYS, Timeline, format_day

PAYLOAD_VERSION = 1
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
                "when", "quote", "confidence", "check", "corrected", "phrase")
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


def claim_phrase(kind: str, control: str | None) -> str:
    """What a claim says happened, in words.

    :param kind: ``captured``, ``held``, ``contested`` or ``struck``.
    :param control: ``RU``, ``UA`` or ``None``.
    :returns: e.g. ``captured by Russia``, ``fighting reported``.
    """
    by = {"RU": " by Russia", "UA": " by Ukraine"}.get(control or "", "")
    if kind == "contested":
        return "fighting reported (contested)"
    if kind == "struck":
        return "struck"
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
    articles = {}
    for c in timeline.claims:
        articles.setdefault(_article_key(c.row), c.row.get("source") or "unknown source")
    counts: dict[str, int] = {}
    for src in articles.values():
        counts[src] = counts.get(src, 0) + 1
    return sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))


def build_payload(timeline: Timeline, *, checks: dict | None = None, title: str = "frontline") -> dict:
    """Turn a timeline into the page's data.

    :param timeline: the :class:`~geo.site.timeline.Timeline` (already cut at ``as_of``).
    :param checks: ``{claim_id: verdict}`` from the control overlay, or ``None``.
    :param title: the site title.
    :returns: a JSON-serialisable dict (see ``CLAIM_FIELDS`` for claim rows).
    """
    checks = checks or {}
    epoch = timeline.first_date or timeline.as_of or date.today()
    day = lambda d: (d - epoch).days if d else None  # noqa: E731
    strings = _Strings()
    place_index, places = {}, []
    for gid, p in sorted(timeline.places.items(), key=lambda kv: (kv[1].name, kv[0])):
        place_index[gid] = len(places)
        kind = PLACE_KINDS.index(p.place_kind) if p.place_kind in PLACE_KINDS else 0
        places.append([gid, p.name, round(p.lat, 5), round(p.lon, 5), kind, list(p.surfaces)])
    article_index, articles = {}, []
    claims = []
    for c in timeline.claims:
        r = c.row
        akey = _article_key(r)
        if akey not in article_index:
            article_index[akey] = len(articles)
            articles.append([r.get("title") or "", r.get("source") or "", r.get("url") or "", day(c.published)])
        claims.append([
            place_index[c.geonameid], article_index[akey], SIDES.index(c.claimant) if c.claimant in SIDES else 2,
            strings(according_to(c.claimant_label, c.claimant)), KINDS.index(c.kind) if c.kind in KINDS else 2,
            STATUS_CODES[c.status], day(c.effective), day(c.date_from), day(c.date_to),
            strings(c.event_label), strings(r.get("quote")), round(float(r.get("confidence") or 0) * 100),
            _check_code(checks.get(c.claim_id)), 1 if r.get("corrected") else 0,
            strings(r.get("date_phrase")),
        ])
    return {
        "v": PAYLOAD_VERSION, "title": title, "epoch": epoch.isoformat(),
        "asOf": day(timeline.as_of) if timeline.as_of else 0,
        "asOfLabel": format_day(timeline.as_of) if timeline.as_of else "",
        "conflictDays": CONFLICT_DAYS, "strikeDays": STRIKE_DAYS,
        "fields": list(CLAIM_FIELDS), "places": places, "articles": articles,
        "strings": strings.items, "claims": claims,
        "sources": article_sources(timeline),
    }


def payload_js(payload: dict, name: str = "FRONTLINE_DATA") -> str:
    """The payload as a script that sets one global.

    :param payload: from :func:`build_payload` (or any JSON value).
    :param name: the global's name.
    :returns: JavaScript text.
    """
    return f"window.{name}={js_json(payload)};\n"
