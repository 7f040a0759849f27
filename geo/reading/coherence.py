"""Places named in one list lie together: "Mykolaiv, Myropillia, Krasnopillia and Svesa communities were
shelled" names four hromadas of one oblast, not the city of Mykolaiv 600 km away.

A list member that the geocoder put far from all the others, while the others lie close together,
is read again inside the others' oblast; when no namesake lies there, the name is left unresolved
(its candidates kept for review) instead of placing a claim on the wrong town. A big town named in a
plain list is left alone ("strikes on Kyiv, Bucha, Irpin and Lviv"); in a list of hromadas or
communities every member is a community of the same oblast, big or not.
"""

from __future__ import annotations

import re
from collections import Counter

from geo.places.context import Context
from geo.places.geocoder import flat_km

MIN_LIST = 3  # members, the outlier included
MIN_OTHERS = 3  # other members placed, in a plain list
MIN_OTHERS_COMMUNITIES = 2  # ... in a list of one oblast's communities
CLUSTER_KM = 150.0  # the other members lie in one oblast, or this close to one another
OUTLIER_KM = 200.0  # ... and the outlier this far from each of them
LONG_LIST, LONG_LIST_SHARE = 6, 0.8  # a list this long, this share of it in one oblast, is that oblast's
BIG_TOWN = 50_000  # a town this big may be named in a plain list with villages far from it
# An open list member is placed by other members placed close to one of its namesakes: (how many members, that
# namesake this close to each of them (km), every other namesake this many times farther). Two members 15 km off; or,
# inside one list or sentence only, one village or town (not a city: common names have a namesake next to most cities) within
# 8 km with every other namesake five times as far.
NEIGHBOUR_TIERS = ((2, 15.0, 4.0), (1, 8.0, 5.0))

_SENTENCE_END = re.compile(r"[.!?][”\"’)]?\s|\n")
_GAP = re.compile(r"\s*(?:,\s*(?:and\s+)?|\s+and\s+)")
_COMMUNITIES_AFTER = re.compile(r"\s+(?:(?:urban|rural|settlement|city|village)\s+)?(?:territorial\s+)?(?:hromadas|communities)\b", re.I)


def _settlement_runs(spans, together, shortest: int) -> list[list[int]]:
    """Runs of the settlements in ``spans`` (indexes) that ``together(end of one, start of the next)`` keeps in one run,
    each at least ``shortest`` long."""
    out, run = [], []
    for k, (s, _, _, kind) in enumerate(spans):
        if kind != "settlement":
            continue
        if run and not together(spans[run[-1]][1], s):
            out.append(run)
            run = []
        run.append(k)
    out.append(run)
    return [run for run in out if len(run) >= shortest]


def lists_of(text: str, spans: list[tuple[int, int, str, str]]) -> list[tuple[list[int], bool]]:
    """The lists of settlements in ``spans`` (indexes), each with whether it names communities."""
    runs = _settlement_runs(spans, lambda e, s: _GAP.fullmatch(text, e, s), MIN_LIST)
    return [(run, bool(_COMMUNITIES_AFTER.match(text, spans[run[-1]][1]))) for run in runs]


def place_outliers(text: str, spans, reading_of, resolve, admin1_of, named: frozenset = frozenset()) -> None:
    """Read again each list member that lies far from a close group of the others (see the module).

    :param reading_of: span index -> the reading (with ``.result``) that resolves it
    :param resolve: (reading, Context) -> Resolution, the reading resolved with extra context
    :param admin1_of: geonameid -> oblast code
    :param named: the oblasts (codes) the article names
    """
    for members, communities in lists_of(text, spans):
        readings = {id(r): r for r in (reading_of(k) for k in members) if r is not None}
        for r in readings.values():
            res = r.result
            if res is None or not res.resolved or not res.candidates:
                continue
            top = res.candidates[0]
            if not communities and top.population >= BIG_TOWN:
                continue
            others = [o.result.candidates[0] for o in readings.values()
                      if o is not r and o.result is not None and o.result.resolved and o.result.candidates]
            if len(others) < (MIN_OTHERS_COMMUNITIES if communities else MIN_OTHERS):
                continue  # (two misread namesakes must not outvote a third name read right)
            counts = Counter(admin1_of(o.geonameid) for o in others)
            oblast, most = counts.most_common(1)[0]
            # a long list of the places of an oblast the article names (a governor's round-up of 33 villages): a member in
            # an oblast it never names is read again there, however near its namesake lies (a Mykolaiv Oleksandrivka
            # among Kherson's villages; not a front line's list across two oblasts it names)
            long_list = len(others) >= LONG_LIST and most >= LONG_LIST_SHARE * len(others) and oblast in named \
                and admin1_of(top.geonameid) not in named
            if not long_list:
                oblasts = set(counts)
                if len(oblasts) > 1 and any(flat_km(a.lat, a.lon, b.lat, b.lon) > CLUSTER_KM for a in others for b in others):
                    continue  # the others lie neither in one oblast nor close together: no group to stray from
                if admin1_of(top.geonameid) in oblasts or min(flat_km(top.lat, top.lon, o.lat, o.lon) for o in others) <= OUTLIER_KM:
                    continue
            again = resolve(r, Context(oblasts={oblast}))
            best = again.candidates[0] if again.resolved and again.candidates else None
            if best is not None and admin1_of(best.geonameid) == oblast:
                r.result = again
            else:  # no namesake where the list lies: open, for a person to assign
                r.result = res.opened()


def place_open_members(text: str, spans, reading_of) -> None:
    """Settle a list member the geocoder left open when one of its namesakes lies next to the others
    ("Pavlopol, Pishchevik, Viktorovka, Bogdanovka, Novognatovka": the Bohdanivka a few kilometres from
    the four placed villages, not the one 20 km off): close to enough placed members, every other namesake
    far enough (NEIGHBOUR_TIERS). A list read as one front line is how the General Staff and
    the ministries write; namesakes that close together are rare, and then the name stays open. The
    article's settlements are read the same way, as one more group."""
    groups = [(members, NEIGHBOUR_TIERS) for members, _ in lists_of(text, spans)]
    groups += [(members, NEIGHBOUR_TIERS) for members in _sentences_of(text, spans)]
    groups.append(([k for k, span in enumerate(spans) if span[3] == "settlement"], NEIGHBOUR_TIERS[:1]))
    for members, tiers in groups:
        readings = {id(r): r for r in (reading_of(k) for k in members) if r is not None}
        placed = [r.result.candidates[0] for r in readings.values()
                  if r.result is not None and r.result.resolved and r.result.candidates]
        for r in readings.values():
            res = r.result
            if res is None or res.resolved or not res.candidates:
                continue
            others = [p for p in placed if all(p.geonameid != c.geonameid for c in res.candidates)]
            best = _closest_namesake(res.candidates, others, tiers)
            if best is not None:
                cands = res.candidates
                r.result = res.taken([cands[best]] + cands[:best] + cands[best + 1:])


def _sentences_of(text: str, spans) -> list[list[int]]:
    """The settlements (span indexes) named together in one sentence, for each sentence naming two or more."""
    return _settlement_runs(spans, lambda e, s: not _SENTENCE_END.search(text, e, s), 2)


def _closest_namesake(candidates, others, tiers) -> int | None:
    """The namesake (index) that the placed ``others`` settle by one of the ``tiers``, if any."""
    for neighbours, near_km, apart in tiers:
        near = others if neighbours > 1 else [o for o in others if o.population < BIG_TOWN]
        if len(near) < neighbours:
            continue
        reach = [sorted(flat_km(c.lat, c.lon, o.lat, o.lon) for o in near)[neighbours - 1] for c in candidates]
        best = min(range(len(reach)), key=reach.__getitem__)
        if reach[best] <= near_km and all(k == best or d >= apart * max(reach[best], 2.0) for k, d in enumerate(reach)):
            return best
    return None


def mentions_km(a, b) -> float | None:
    """How far apart two placed mentions lie (km), None when either has no coordinates."""
    if a.lat is None or b.lat is None:
        return None
    return flat_km(a.lat, a.lon, b.lat, b.lon)
