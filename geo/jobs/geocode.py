"""Geocoding for the CLI: one name, or a stream of ``name<TAB>context`` lines to JSON lines.

Places are shown as reporting writes them (``name``: the Ukrainian name in the official
transliteration, Avdiivka); ``geonames_name`` and ``geonameid`` keep GeoNames' own record.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator

from geo.places.gazetteer import Gazetteer
from geo.places.geocoder import GazetteerGeocoder, Resolution

MAX_CANDIDATES = 50  # of an abstention, beyond those its context places in reach (all of which are listed)
CACHE_LINES = 200_000  # answers kept per run for lines seen before (the same name and context)


def _candidate(c) -> dict:
    return {
        "geonameid": c.geonameid, "name": c.display_name or c.name, "geonames_name": c.name, "lat": c.lat, "lon": c.lon,
        "oblast": c.admin1, "raion": c.admin2, "confidence": c.score,
    }


def resolution_dict(res: Resolution) -> dict:
    """The JSON shape of a resolution: the place when resolved, else the candidates."""
    out = {"query": res.query, "resolved": res.resolved}
    if res.resolved:
        best = res.candidates[0]
        out |= _candidate(best) | {"feature_code": best.feature_code, "population": best.population, "match": best.match}
    out["candidates"] = [_candidate(c) for c in _listed(res)]
    if res.context:
        out["context"] = res.context
    return out


def _listed(res: Resolution) -> list:
    """The candidates a resolution lists (the geocoder already keeps every one in reach)."""
    return res.candidates if not res.resolved else res.candidates[:MAX_CANDIDATES]


def geocode_one(gazetteer: Gazetteer, name: str, *, near=None, oblast=None, context=None,
                geocoder: GazetteerGeocoder | None = None) -> dict:
    """Resolve one name with optional context; see :func:`resolution_dict` for the shape."""
    geocoder = geocoder or GazetteerGeocoder(gazetteer)
    ctx = geocoder.make_context(near=_latlon(near), oblast=oblast, context=context)
    return resolution_dict(geocoder.resolve(name, ctx))


def _latlon(near):
    if isinstance(near, str):
        parts = near.replace(" ", "").split(",")
        if len(parts) == 2:
            try:
                return float(parts[0]), float(parts[1])
            except ValueError:
                pass
    return near


class _Writer:
    """Writes resolutions as JSON lines, each place's fixed part serialised once per run
    (json.dumps of fifty candidates per line would cost more than resolving the name)."""

    def __init__(self):
        self._parts: dict[int, str] = {}

    def _part(self, c) -> str:
        part = self._parts.get(c.geonameid)
        if part is None:
            d = _candidate(c)
            del d["confidence"]
            part = self._parts[c.geonameid] = json.dumps(d, ensure_ascii=False)[:-1] + ', "confidence": '
        return part

    def line(self, res: Resolution) -> str:
        head = '{"query": ' + json.dumps(res.query, ensure_ascii=False) + ', "resolved": '
        cands = ", ".join(self._part(c) + repr(c.score) + "}" for c in _listed(res))
        if res.resolved:
            best = res.candidates[0]
            top = (self._part(best)[1:] + repr(best.score) + ', "feature_code": ' + json.dumps(best.feature_code)
                   + ', "population": ' + str(best.population) + ', "match": ' + json.dumps(best.match))
            head += "true, " + top
        else:
            head += "false"
        out = head + ', "candidates": [' + cands + "]"
        if res.context:
            out += ', "context": ' + json.dumps(res.context, ensure_ascii=False)
        return out + "}"


def geocode_lines(gazetteer: Gazetteer, lines: Iterable[str]) -> Iterator[str]:
    """One JSON object per input line, in input order.

    :param lines: ``name`` or ``name<TAB>context`` (context as a reporter writes it:
        "in the Donetsk region", "near Bakhmut", "Pokrovsk district").
    """
    geocoder = GazetteerGeocoder(gazetteer)
    writer = _Writer()
    contexts: dict[str, object] = {}
    answers: dict[str, str] = {}
    for line in lines:
        line = line.rstrip("\r\n")
        answer = answers.get(line)
        if answer is not None:
            yield answer
            continue
        if not line.strip():
            yield '{"query": "", "resolved": false, "candidates": []}'
            continue
        name, _, context = line.partition("\t")
        context = context.strip()
        if context and context not in contexts:
            if len(contexts) > CACHE_LINES:
                contexts.clear()
            contexts[context] = geocoder.make_context(context=context)
        answer = writer.line(geocoder.resolve(name.strip(), contexts.get(context)))
        if len(answers) > CACHE_LINES:
            answers.clear()
        answers[line] = answer
        yield answer
