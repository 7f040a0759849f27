"""Time a full and an incremental site build on invented data (not a test).

10,000 invented claims over 365 days on ~1,500 invented places; then one more article's
claims and an incremental rebuild. Targets: full < 30 s, incremental < 3 s, index.html < 3 MB.

    python bench/bench_build.py [--claims 10000] [--places 1500] [--days 365] [--control DIR]
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from geo.site.build import build_site  # noqa: E402

SOURCES = ["Example Wire", "Sample Times", "Demo Post", "Mock Agency", "Test Herald", "Placeholder News"]
LABELS = {"RU": ["Russian Defense Ministry", "Russian military blogger"],
          "UA": ["General Staff of Ukraine", "Ukrainian army spokesman"], "other": ["Example Institute"]}
WORDS = ("forces village assault positions near the said on Tuesday troops advanced fighting continued "
         "heavy artillery defenders withdrew towards settlement reported officials claimed control").split()


def invent(n_claims: int, n_places: int, days: int, seed: int = 7):
    """Invented places, articles and claims: nothing here is real."""
    rng = random.Random(seed)
    places = []
    for i in range(n_places):
        kind = "oblast" if i < 20 else "settlement"
        places.append((100000 + i, f"Place{i:04d}", round(rng.uniform(46.0, 51.0), 4),
                       round(rng.uniform(30.0, 40.0), 4), kind))
    start = date(2024, 1, 1)
    rows, article = [], 0
    while len(rows) < n_claims:
        article += 1
        rows.extend(article_rows(rng, places, start + timedelta(days=rng.randrange(days)), article,
                                 min(rng.randint(2, 8), n_claims - len(rows))))
    return places, rows, start + timedelta(days=days - 1), article


def article_rows(rng, places, published: date, article: int, n: int) -> list:
    source = rng.choice(SOURCES)
    out = []
    for k in range(n):
        gid, name, lat, lon, pkind = rng.choice(places)
        claimant = rng.choices(["RU", "UA", "other"], [5, 4, 1])[0]
        kind = rng.choices(["captured", "held", "contested", "struck"], [4, 3, 2, 2])[0]
        control = (claimant if claimant != "other" else rng.choice(["RU", "UA"])) if kind in ("captured", "held") else None
        back = rng.randint(0, 3)
        quote = " ".join(rng.choice(WORDS) for _ in range(rng.randint(15, 35))).capitalize() + "."
        out.append({
            "claim_id": f"b{article}-{k}", "article_id": f"art{article}", "article_key": f"https://news.example/{article}",
            "title": f"Invented report {article}", "published": published.isoformat(), "source": source,
            "url": f"https://news.example/{article}", "geonameid": gid, "place": name, "place_kind": pkind,
            "lat": lat, "lon": lon, "surface": name, "claimant": claimant,
            "claimant_label": rng.choice(LABELS[claimant]), "kind": kind, "control": control,
            "date_from": (published - timedelta(days=back)).isoformat(), "date_to": published.isoformat(),
            "precision": "day" if back == 0 else "week", "date_phrase": "", "quote": quote, "cue": kind,
            "confidence": round(rng.uniform(0.5, 1.0), 2), "coref": False, "corrected": False, "rejected": False,
        })
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--claims", type=int, default=10_000)
    ap.add_argument("--places", type=int, default=1_500)
    ap.add_argument("--days", type=int, default=365)
    ap.add_argument("--control", help="assessed-control folder to check claims against (optional)")
    ap.add_argument("--out", help="site folder (default: a temporary one)")
    args = ap.parse_args()
    places, rows, last, n_articles = invent(args.claims, args.places, args.days)
    refs = [{"name": name, "lat": lat, "lon": lon, "population": 600_000} for _, name, lat, lon, k in places[:25]]
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(args.out) if args.out else Path(tmp) / "site"
        t = time.perf_counter()
        full = build_site(rows, out, reference_places=refs, control=args.control,
                          control_source="bench overlay" if args.control else None)
        t_full = time.perf_counter() - t
        rng = random.Random(99)
        more = rows + article_rows(rng, places, last + timedelta(days=1), n_articles + 1, 5)
        t = time.perf_counter()
        inc = build_site(more, out, reference_places=refs, control=args.control,
                         control_source="bench overlay" if args.control else None)
        t_inc = time.perf_counter() - t
        index_kb = (out / "index.html").stat().st_size / 1024
        data_kb = (out / "data.js").stat().st_size / 1024
        print(f"claims: {len(rows)} on {len(places)} places over {args.days} days, {n_articles} articles")
        print(f"full build:        {t_full:6.2f} s  ({len(full.written)} files written)   target < 30 s")
        print(f"incremental build: {t_inc:6.2f} s  ({len(inc.written)} written, {len(inc.reused)} reused)   target < 3 s")
        print(f"index.html: {index_kb:8.1f} KB   target < 3 MB")
        print(f"data.js:    {data_kb:8.1f} KB")
        if (out / "control.js").exists():
            print(f"control.js: {(out / 'control.js').stat().st_size / 1024:8.1f} KB")


if __name__ == "__main__":
    main()
