"""How well the geocoder handles spellings it was not built from, in front-line oblasts, and whether
its confidence is a probability.

For every settlement of the front-line oblasts that GeoNames names in Cyrillic, romanize each
Cyrillic name with four systems (bench/translit.py) and geocode the result three ways: alone,
with its oblast ("in the X region"), and with the nearest other town of 10,000+ as a landmark
("near Y"). A hit is a top answer within 5 km of the place.

The places are split in two halves by geonameid: the calibration of the confidence
(``CALIBRATION`` in geo/places/geocoder.py) is fitted on one (``--fit`` prints it), and every figure
below is measured on the other, which the fit never saw:

* per setting: the share right (resolved, within 5 km), confidently wrong (resolved, further),
  abstained, and of the abstentions those whose candidates contain the place;
* the reliability table: per confidence band of the top answer, the share that is right (a
  calibrated confidence has each band's share within 0.1 of its mean confidence);
* the threshold table: right and confidently wrong per setting for thresholds around the default.

Usage: FRONTLINE_GEONAMES=UA.zip python bench/bench_spellings.py [--sample N] [--fit]
"""

from __future__ import annotations

import argparse
import math
import random
import sys
import tempfile
import time
import unicodedata
import zipfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from _common import dump_path, import_gazetteer  # noqa: E402
from translit import SYSTEMS, romanize, system_for  # noqa: E402

from geo.places.gazetteer import Gazetteer, distance_km  # noqa: E402
from geo.places import geocoder as geocoder_module  # noqa: E402
from geo.places.geocoder import GazetteerGeocoder, calibrate  # noqa: E402

FRONT = {"05", "14", "26", "08", "07"}
SETTINGS = ("none", "oblast", "near")
HIT_KM = 5.0
BANDS = [(i / 10, (i + 1) / 10) for i in range(10)]


def _cyrillic_names(dump: str | Path) -> dict[int, set[str]]:
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


def held_out(geonameid: int) -> bool:
    """The half of the places the calibration is never fitted on (all figures are measured there)."""
    return (geonameid * 2654435761) % 1000 >= 500


def build_items(gaz: Gazetteer, dump: Path) -> list[tuple[str, object, str, str]]:
    """(spelling, place, oblast context, near context) for every generated spelling."""
    towns = towns_of(gaz)
    items = []
    for gid, alternates in sorted(_cyrillic_names(dump).items()):
        p = gaz.places.get(gid)
        if p is None or p.kind != "settlement" or p.admin1 not in FRONT:
            continue
        oblast = f"in the {gaz.oblast_of(p).name}"
        near = f"near {nearest_town(p, towns).name}"
        for form in sorted(alternates):
            for system in system_for(form):
                items.append((romanize(form, SYSTEMS[system]), p, oblast, near))
    return items


def towns_of(gaz: Gazetteer) -> list:
    """The towns a reporter names as landmarks (10,000 people or more)."""
    return [p for p in gaz.places.values() if p.kind == "settlement" and p.population >= 10_000]


def nearest_town(p, towns: list):
    """The landmark of "near X" for a place: the nearest other town."""
    return min((t for t in towns if t.geonameid != p.geonameid), key=lambda t: distance_km(p.lat, p.lon, t.lat, t.lon))


def run(geocoder: GazetteerGeocoder, items, setting: str) -> list[dict]:
    """Geocode every item in one setting; one row per item."""
    rows = []
    for query, p, oblast, near in items:
        ctx = {"none": None, "oblast": oblast, "near": near}[setting]
        res = geocoder.resolve(query, ctx)
        if res.candidates:
            top = res.candidates[0]
            top_ok = distance_km(top.lat, top.lon, p.lat, p.lon) <= HIT_KM
        else:
            top_ok = False
        rows.append({
            "gid": p.geonameid, "p": res.probability, "conf": res.confidence, "resolved": res.resolved,
            "top_ok": top_ok, "how": res.candidates[0].match if res.candidates else "", "has": any(distance_km(c.lat, c.lon, p.lat, p.lon) <= HIT_KM for c in res.candidates),
        })
    return rows


def fit_table(rows: list[dict], bins: int = 40) -> tuple[tuple[float, ...], tuple[float, ...]]:
    """A monotone piecewise-linear map from model probability to the share right (isotonic
    regression on equal-count bins)."""
    pts = sorted((r["p"], 1.0 if r["top_ok"] else 0.0) for r in rows if r["p"] > 0)
    if not pts:
        return (0.0, 1.0), (0.0, 1.0)
    size = max(1, math.ceil(len(pts) / bins))
    blocks = []  # [sum_x, sum_y, n]
    for i in range(0, len(pts), size):
        chunk = pts[i : i + size]
        blocks.append([sum(x for x, _ in chunk), sum(y for _, y in chunk), len(chunk)])
    merged: list[list[float]] = []
    for b in blocks:  # pool adjacent violators
        merged.append(list(b))
        while len(merged) > 1 and merged[-2][1] / merged[-2][2] >= merged[-1][1] / merged[-1][2]:
            x, y, n = merged.pop()
            merged[-1][0] += x
            merged[-1][1] += y
            merged[-1][2] += n
    xs = [0.0] + [round(x / n, 4) for x, _, n in merged] + [1.0]
    ys = [0.0] + [round(y / n, 4) for _, y, n in merged]
    ys.append(ys[-1])
    return tuple(xs), tuple(ys)


def pct(part: float, whole: float) -> str:
    return f"{100 * part / whole:5.1f}%" if whole else "   n/a"


def report(results: dict[str, list[dict]], threshold: float) -> None:
    print(f"\nper setting, at the default threshold {threshold:g} (places held out from the calibration fit)")
    print(f"{'setting':8} {'names':>6} {'right':>7} {'wrong':>7} {'abstain':>8} {'abst. with it':>14} {'any with it':>12}")
    for setting, rows in results.items():
        n = len(rows)
        right = sum(r["resolved"] and r["top_ok"] for r in rows)
        wrong = sum(r["resolved"] and not r["top_ok"] for r in rows)
        abst = [r for r in rows if not r["resolved"]]
        has = sum(r["has"] for r in abst)
        print(f"{setting:8} {n:6,} {pct(right, n):>7} {pct(wrong, n):>7} {pct(len(abst), n):>8} {pct(has, len(abst)):>14}"
              f" {pct(sum(r['has'] or (r['resolved'] and r['top_ok']) for r in rows), n):>12}")

    print("\nreliability: per confidence band of the top answer, the share of top answers that are right")
    head = f"{'band':11}" + "".join(f"{s:>24}" for s in (*results, "all"))
    print(head)
    print(f"{'':11}" + "".join(f"{'n    conf   right':>24}" for _ in (*results, "all")))
    pooled = [r for rows in results.values() for r in rows]
    for lo, hi in BANDS:
        cells = []
        for rows in (*results.values(), pooled):
            band = [r for r in rows if lo <= r["conf"] < hi or (hi == 1.0 and r["conf"] == 1.0)]
            if not band:
                cells.append(f"{'-':>24}")
                continue
            conf = sum(r["conf"] for r in band) / len(band)
            right = sum(r["top_ok"] for r in band) / len(band)
            flag = " " if abs(conf - right) <= 0.1 else "!"
            cells.append(f"{len(band):>9,} {conf:6.3f} {right:6.3f}{flag}")
        print(f"{lo:.1f}-{hi:.1f}    " + "".join(cells))
    print("(! marks a band whose share right is more than 0.1 from its mean confidence)")

    print("\nthreshold: right / confidently wrong per setting")
    print(f"{'threshold':10}" + "".join(f"{s:>18}" for s in results))
    for t in (0.5, 0.55, 0.6, 0.65, 0.7, 0.75, 0.8, 0.85, 0.9):
        cells = []
        for rows in results.values():
            n = len(rows)
            right = sum(r["conf"] >= t and r["top_ok"] for r in rows)
            wrong = sum(r["conf"] >= t and not r["top_ok"] for r in rows)
            cells.append(f"{pct(right, n)} / {pct(wrong, n)}")
        mark = "  <- default" if abs(t - threshold) < 1e-9 else ""
        print(f"{t:<10g}" + "".join(f"{c:>18}" for c in cells) + mark)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sample", type=int, default=0, help="measure a random sample of the spellings (default: all)")
    parser.add_argument("--fit", action="store_true", help="fit the calibration on the other half and print it")
    args = parser.parse_args()
    dump = dump_path()
    with tempfile.TemporaryDirectory(prefix="frontline-bench-") as tmp:
        path, _, _ = import_gazetteer(dump, Path(tmp))
        gaz = Gazetteer(path)
        items = build_items(gaz, dump)
        total = len(items)
        items = [it for it in items if held_out(it[1].geonameid) != args.fit]
        random.Random(1).shuffle(items)
        if args.sample:
            items = items[: args.sample]
        half = "fit" if args.fit else "held-out"
        print(f"{total:,} generated spellings of front-line places; {len(items):,} of the {half} half measured")
        results: dict[str, list[dict]] = {}
        for setting in SETTINGS:
            geocoder = GazetteerGeocoder(gaz)
            started = time.perf_counter()
            results[setting] = run(geocoder, items, setting)
            print(f"  {setting:7s} {len(items) / (time.perf_counter() - started):8,.0f} names/s")
        if args.fit:
            tables = {s: fit_table(rows) for s, rows in results.items()}
            print("\nCALIBRATION = {")
            for s, (xs, ys) in tables.items():
                print(f'    "{s}": ({xs},\n {" " * len(s)}       {ys}),')
            print("}")
            for s, rows in results.items():  # what the fitted tables give on the fit half itself
                for r in rows:
                    r["conf"] = _apply(tables[s], r["p"])
                    r["resolved"] = r["conf"] >= geocoder_module.DEFAULT_THRESHOLD
        report(results, geocoder_module.DEFAULT_THRESHOLD)


def _apply(table, p: float) -> float:
    saved = dict(geocoder_module.CALIBRATION)
    geocoder_module.CALIBRATION["_fit"] = table
    try:
        return calibrate(p, "_fit")
    finally:
        geocoder_module.CALIBRATION.clear()
        geocoder_module.CALIBRATION.update(saved)


if __name__ == "__main__":
    main()
