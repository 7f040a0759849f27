"""Geocoding for the CLI: one name, or a stream of ``name<TAB>context`` lines to JSON lines."""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator

from geo.places.gazetteer import Gazetteer
from geo.places.geocoder import GazetteerGeocoder, Resolution

MAX_CANDIDATES = 50


def _candidate(c) -> dict:
    return {
        "geonameid": c.geonameid, "name": c.name, "lat": c.lat, "lon": c.lon,
        "oblast": c.admin1, "raion": c.admin2, "confidence": c.score,
    }


def resolution_dict(res: Resolution) -> dict:
    """The JSON shape of a resolution: the place when resolved, else the candidates."""
    out = {"query": res.query, "resolved": res.resolved}
    if res.resolved:
        best = res.candidates[0]
        out |= _candidate(best) | {"feature_code": best.feature_code, "population": best.population, "match": best.match}
    out["candidates"] = [_candidate(c) for c in res.candidates[:MAX_CANDIDATES]]
    if res.context:
        out["context"] = res.context
    return out


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


def geocode_lines(gazetteer: Gazetteer, lines: Iterable[str]) -> Iterator[str]:
    """One JSON object per input line, in input order.

    :param lines: ``name`` or ``name<TAB>context`` (context as a reporter writes it:
        "in the Donetsk region", "near Bakhmut", "Pokrovsk district").
    """
    geocoder = GazetteerGeocoder(gazetteer)
    contexts: dict[str, object] = {}
    for line in lines:
        line = line.rstrip("\r\n")
        if not line.strip():
            yield json.dumps({"query": "", "resolved": False, "candidates": []})
            continue
        name, _, context = line.partition("\t")
        context = context.strip()
        if context and context not in contexts:
            contexts[context] = geocoder.make_context(context=context)
        res = geocoder.resolve(name.strip(), contexts.get(context))
        yield json.dumps(resolution_dict(res), ensure_ascii=False)
