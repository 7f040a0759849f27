"""Snapshot and place-table speed: the seed, then 10,000 invented claims (not a test).

    FRONTLINE_GEONAMES=/path/to/UA.zip .venv/bin/python bench/bench_snapshot.py [--claims 10000] [--keep DIR]

The seed article (seeds/) is ingested into a temporary store with the real gazetteer imported from
``$FRONTLINE_GEONAMES``; then 10,000 invented claims (invented places, sources and dates, nothing
real) go into a second temporary store. For each, the time of ``frontline snapshot`` as the command
runs it (``geo.jobs.snapshot.snapshot``: read the published claims, open the gazetteer for the town
labels, cut the timeline at the date, draw, write) for PNG, grey PNG, SVG and PDF and a zoomed view,
in one process after a first picture (imports and fonts loaded), then the command in a new process;
the time of ``frontline export --places`` and of a GeoPackage, and the size of each file. Times are
wall / CPU seconds; the target is judged on CPU time (one core: matplotlib draws on one), which other
work on the machine does not inflate.
Target: a 10,000-claim snapshot in 3 s or less.
"""

from __future__ import annotations

import argparse
import random
import resource
import subprocess
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))
from _common import dump_path, figure, import_gazetteer, peak_rss_mb  # noqa: E402

TARGET_S = 3.0
SOURCES = ("Example Wire", "Sample Times", "Demo Post", "Mock Agency", "Test Herald", "Placeholder News")


def invented_store(path: Path, n_claims: int, seed: int = 11):
    """A store of ``n_claims`` invented claims on ~1,500 invented places over a year, in articles of 2-8."""
    from geo.models import Article, Claim, Mention
    from geo.store.sqlite import Store

    rng = random.Random(seed)
    places = [(8_000_000 + i, f"Invented{i:04d}", rng.uniform(46.5, 50.5), rng.uniform(33.0, 39.8))
              for i in range(1_500)]
    store = Store(path)
    start, done, n = date(2024, 1, 1), 0, 0
    while done < n_claims:
        n += 1
        published = start + timedelta(days=rng.randrange(365))
        picks = rng.sample(places, min(rng.randint(2, 8), n_claims - done))
        text = " ".join(p[1] for p in picks)
        mentions, claims, offset = [], [], 0
        for gid, name, lat, lon in picks:
            mentions.append(Mention(offset, offset + len(name), name, "settlement", gid, name, lat, lon, 0.95, True))
            side = rng.choices(["RU", "UA", "other"], [5, 4, 1])[0]
            kind = rng.choices(["captured", "held", "contested", "struck"], [4, 3, 2, 2])[0]
            control = (side if side != "other" else rng.choice(["RU", "UA"])) if kind in ("captured", "held") else None
            day = published - timedelta(days=rng.randint(0, 2))
            claims.append(Claim(gid, name, name, side, f"{side} spokesman", kind, control, day, day, "day", "",
                                f"Invented quote about {name}.", kind, 0.9, lat=lat, lon=lon, mention_start=offset,
                                mention_end=offset + len(name)))
            offset += len(name) + 1
        store.ingest(Article(f"inv{n}", f"https://news.example/inv{n}", f"Invented report {n}", published, text,
                             rng.choice(SOURCES), f"https://news.example/inv{n}"), mentions, claims)
        done += len(claims)
    return store


def run(label: str, store, gazetteer: Path, out: Path, target: bool) -> None:
    from geo.jobs.curate import export
    from geo.jobs.snapshot import snapshot

    cases = [("png", {}), ("grey png", {"grey": True}), ("svg", {}), ("pdf", {})]
    for name, options in cases:
        path = out / f"{label}-{name.replace(' ', '-')}.{name.split()[-1]}"
        started, cpu = time.perf_counter(), time.process_time()
        report = snapshot(store, path, gazetteer=gazetteer, **options)
        took, cpu = time.perf_counter() - started, time.process_time() - cpu
        figure(f"{label}: snapshot {name} ({report.places} places)", f"{took:.2f} / {cpu:.2f} s",
               f"<= {TARGET_S:.0f} s CPU" if target else "", cpu <= TARGET_S if target else None)
        figure(f"{label}: {path.name} ({report.width}x{report.height})", f"{path.stat().st_size / 1024:.0f} KB")
    started = time.perf_counter()
    report = snapshot(store, out / f"{label}-zoom.png", bbox=(36.5, 47.5, 38.5, 48.8), gazetteer=gazetteer)
    figure(f"{label}: snapshot --bbox (zoomed, {report.places} places)", f"{time.perf_counter() - started:.2f} s")
    for name in ("places.csv", "places.gpkg", "claims.gpkg"):
        started = time.perf_counter()
        if name == "claims.gpkg":
            rep = export(store, out / f"{label}-{name}", gazetteer=gazetteer)
        else:
            rep = export(store, None, places=out / f"{label}-{name}", gazetteer=gazetteer)
        took = time.perf_counter() - started
        size = (out / f"{label}-{name}").stat().st_size / 1024
        figure(f"{label}: export {name} ({rep.places or rep.claims} rows)", f"{took:.2f} s / {size:.0f} KB")


def cold(label: str, store_path: Path, gazetteer: Path, out: Path) -> None:
    """``frontline snapshot`` in a new process, as a person runs it (Python and matplotlib start too)."""
    cmd = [sys.executable, "-m", "geo", "--db", str(store_path), "--gazetteer", str(gazetteer), "snapshot",
           "--out", str(out / f"{label}-cold.png")]
    before, started = resource.getrusage(resource.RUSAGE_CHILDREN), time.perf_counter()
    subprocess.run(cmd, check=True, capture_output=True, cwd=ROOT)
    took, after = time.perf_counter() - started, resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime + after.ru_stime) - (before.ru_utime + before.ru_stime)
    figure(f"{label}: frontline snapshot, a new process (png)", f"{took:.2f} / {cpu:.2f} s", f"<= {TARGET_S:.0f} s CPU",
           cpu <= TARGET_S)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--claims", type=int, default=10_000)
    ap.add_argument("--keep", help="write the pictures and tables here (default: a temporary folder)")
    args = ap.parse_args()
    dump = dump_path()
    from geo.jobs.pipeline import ingest, make_finder
    from geo.places.gazetteer import Gazetteer
    from geo.store.sqlite import Store

    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        out = Path(args.keep) if args.keep else tmp / "out"
        out.mkdir(parents=True, exist_ok=True)
        gaz_path, seconds, _ = import_gazetteer(dump, tmp)
        figure("gazetteer import (setup)", f"{seconds:.1f} s")
        seed = Store(tmp / "seed.sqlite")
        ingest([ROOT / "seeds"], seed, make_finder(Gazetteer(gaz_path)))
        figure("seed: published claims", str(len(seed.claims())))
        run("seed", seed, gaz_path, out, target=False)
        started = time.perf_counter()
        many = invented_store(tmp / "many.sqlite", args.claims)
        figure(f"invented: {args.claims} claims stored (setup)", f"{time.perf_counter() - started:.1f} s")
        run(f"{args.claims // 1000}k", many, gaz_path, out, target=True)
        cold(f"{args.claims // 1000}k", tmp / "many.sqlite", gaz_path, out)
        figure("peak memory", f"{peak_rss_mb():.0f} MB")
        if args.keep:
            print(f"files in {out}")


if __name__ == "__main__":
    main()
