"""Gazetteer import and open times, and peak memory.

    FRONTLINE_GEONAMES=/path/to/UA.zip .venv/bin/python bench/bench_gazetteer.py

Figures:
* import: ``import_dump`` of the whole dump into a fresh SQLite file (target < 10 s);
* open: ``Gazetteer(path)`` plus the first ``GazetteerGeocoder(g).resolve("Avdiivka")``, measured in a
  fresh Python process each time (the way the CLI starts), median of a few runs (target < 0.5 s);
  the time to import the geo modules themselves is printed apart;
* peak RSS of the import and of an opened gazetteer (resource.getrusage);
* the first typo lookup, which builds the fuzzy fallback's index, and the memory after it.
"""

from __future__ import annotations

import json
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _common import dump_path, figure, import_gazetteer, peak_rss_mb  # noqa: E402

OPEN_RUNS = 5
IMPORT_TARGET_S = 10.0
OPEN_TARGET_S = 0.5


def child_open(path: str) -> None:
    """Run in a fresh process: time module imports, the open and the first lookup; print JSON."""
    t0 = time.perf_counter()
    from geo.places.gazetteer import Gazetteer
    from geo.places.geocoder import GazetteerGeocoder
    t1 = time.perf_counter()
    g = Gazetteer(path)
    t2 = time.perf_counter()
    geocoder = GazetteerGeocoder(g)
    res = geocoder.resolve("Avdiivka")
    t3 = time.perf_counter()
    rss_open = peak_rss_mb()
    typo = geocoder.resolve("Avdiibka")  # first typo (fuzzy tier): builds its index
    t4 = time.perf_counter()
    print(json.dumps({
        "first_typo": t4 - t3, "typo_ok": bool(typo.candidates) and typo.candidates[0].geonameid == 713122,
        "rss_typo_mb": peak_rss_mb(),
        "modules": t1 - t0, "open": t2 - t1, "first_resolve": t3 - t2,
        "resolved": res.resolved, "geonameid": res.candidates[0].geonameid if res.candidates else None,
        "places": len(g), "rss_mb": rss_open,
    }))


def main() -> None:
    dump = dump_path()
    with tempfile.TemporaryDirectory(prefix="frontline-bench-") as tmp:
        target, seconds, counts = import_gazetteer(dump, Path(tmp))
        import_rss = peak_rss_mb()
        print(f"dump {dump} ({dump.stat().st_size / 1e6:.1f} MB): {counts['rows']:,} rows read, "
              f"{counts['settlements']:,} settlements, {counts['names']:,} names indexed, "
              f"gazetteer {target.stat().st_size / 1e6:.1f} MB")
        figure("import_dump (whole dump)", f"{seconds:.2f} s", f"< {IMPORT_TARGET_S:g} s", seconds < IMPORT_TARGET_S)
        figure("peak RSS during import", f"{import_rss:.0f} MB")

        runs = []
        for _ in range(OPEN_RUNS):
            out = subprocess.run([sys.executable, __file__, "--child-open", str(target)],
                                 check=True, capture_output=True, text=True).stdout
            runs.append(json.loads(out.strip().splitlines()[-1]))
        first = runs[0]
        if not first["resolved"]:
            print(f"warning: 'Avdiivka' did not resolve (candidates start with {first['geonameid']})")
        med = {k: statistics.median(r[k] for r in runs) for k in ("modules", "open", "first_resolve", "rss_mb", "first_typo", "rss_typo_mb")}
        total = med["open"] + med["first_resolve"]
        print(f"open: {first['places']:,} places in memory; "
              f"median of {OPEN_RUNS} fresh processes")
        figure("Gazetteer(path) + first resolve('Avdiivka')", f"{total:.3f} s", f"< {OPEN_TARGET_S:g} s", total < OPEN_TARGET_S)
        figure("  of which Gazetteer(path)", f"{med['open']:.3f} s")
        figure("  of which first resolve", f"{med['first_resolve'] * 1000:.1f} ms")
        figure("import of geo modules (geopy, rapidfuzz, ...)", f"{med['modules']:.3f} s")
        figure("peak RSS, fresh process with gazetteer open", f"{med['rss_mb']:.0f} MB")
        figure("first typo lookup ('Avdiibka', builds typo index)", f"{med['first_typo']:.3f} s")
        figure("peak RSS after the first typo lookup", f"{med['rss_typo_mb']:.0f} MB")
        if not first["typo_ok"]:
            print("warning: 'Avdiibka' did not put Avdiivka (713122) first")


if __name__ == "__main__":
    if len(sys.argv) == 3 and sys.argv[1] == "--child-open":
        child_open(sys.argv[2])
    else:
        main()
