"""How well the geocoder handles spellings it was not built from, in front-line oblasts.

For every settlement of the front-line oblasts that GeoNames names in Cyrillic, romanize each
Cyrillic name with four systems (bench/translit.py) and geocode the result three ways: alone,
with its oblast ("in the X region"), and with the nearest town of 10,000+ as a landmark
("near Y"). Prints, per setting: the share whose top answer lies within 5 km of the place, the
share confidently wrong (resolved to a place more than 5 km away), and the share of abstentions
whose candidates contain the place.  Usage: FRONTLINE_GEONAMES=UA.zip python bench/bench_spellings.py
"""

from __future__ import annotations

import os
import random
import sys
import tempfile
import time
import unicodedata
import zipfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from translit import SYSTEMS, romanize, system_for  # noqa: E402

from geo.places.gazetteer import Gazetteer, distance_km  # noqa: E402
from geo.places.importer import import_dump  # noqa: E402
from geo.places.geocoder import GazetteerGeocoder  # noqa: E402

FRONT = {"05", "14", "26", "08", "07"}


def _cyrillic_names(dump: str) -> dict[int, set[str]]:
    """Cyrillic alternate names per geonameid, read from the dump itself."""
    with zipfile.ZipFile(dump) as archive:
        member = next(n for n in archive.namelist() if n.endswith(".txt") and "readme" not in n)
        text = archive.read(member).decode("utf-8")
    out: dict[int, set[str]] = {}
    for line in text.splitlines():
        cols = line.split("\t")
        forms = {a for a in cols[3].split(",") if a and all(_is_cyrillic(c) for c in a if c.isalpha())}
        if forms:
            out[int(cols[0])] = forms
    return out


def _is_cyrillic(c: str) -> bool:
    return "CYRILLIC" in unicodedata.name(c, "")


def main() -> None:
    dump = os.environ.get("FRONTLINE_GEONAMES")
    if not dump:
        sys.exit("set FRONTLINE_GEONAMES=/path/to/UA.zip")
    sample = int(os.environ.get("BENCH_SAMPLE", "1500"))
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "g.sqlite"
        import_dump(dump, path)
        gaz = Gazetteer(path)
        geocoder = GazetteerGeocoder(gaz)
        towns = [p for p in gaz.places.values() if p.kind == "settlement" and p.population >= 10_000]
        items = []
        for gid, alternates in _cyrillic_names(dump).items():
            p = gaz.places.get(gid)
            if p is None or p.kind != "settlement" or p.admin1 not in FRONT:
                continue
            for form in sorted(alternates):
                for system in system_for(form):
                    items.append((romanize(form, SYSTEMS[system]), system, p))
        random.Random(1).shuffle(items)
        items = items[:sample]
        print(f"{len(items)} generated spellings of {len({p.geonameid for *_, p in items})} places")
        for setting in ("alone", "oblast", "near"):
            ok = wrong = abstain = abstain_has = 0
            started = time.perf_counter()
            for query, system, p in items:
                if setting == "oblast":
                    ctx = f"in the {gaz.oblast_of(p).name}"
                elif setting == "near":
                    town = min((t for t in towns if t.geonameid != p.geonameid), key=lambda t: distance_km(p.lat, p.lon, t.lat, t.lon))
                    ctx = f"near {town.name}"
                else:
                    ctx = None
                res = geocoder.resolve(query, ctx)
                if res.resolved:
                    top = res.candidates[0]
                    if distance_km(top.lat, top.lon, p.lat, p.lon) <= 5:
                        ok += 1
                    else:
                        wrong += 1
                else:
                    abstain += 1
                    abstain_has += any(distance_km(c.lat, c.lon, p.lat, p.lon) <= 5 for c in res.candidates)
            n = len(items)
            secs = time.perf_counter() - started
            print(
                f"{setting:7s} right {ok / n:6.1%}  confidently wrong {wrong / n:6.1%}  abstained {abstain / n:6.1%} "
                f"(candidates contain it: {abstain_has / max(abstain, 1):6.1%})  {n / secs:,.0f} names/s"
            )


if __name__ == "__main__":
    main()
