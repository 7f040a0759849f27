"""Time a full and an incremental site build on invented data (not a test).

Two shapes of archive:

- ``spread``: claims drawn evenly over ~1,500 invented places and 365 days;
- ``concentrated``: like real coverage, which piles claims on a few dozen places (a handful get
  most of them: the towns in the news every day) over ~1,000 days, ~6 claims an article, each
  side repeating its word, third parties reporting, fighting reported for weeks, control changing
  hands a few times.

Then one more article's claims and an incremental rebuild. Prints the build times, the size of
index.html and of what the first view loads (everything index.html pulls in before its first
render: scripts, styles, base geography, the latest state and the recent period), and with
``--browser`` the time to first render in headless Chromium, offline from ``file://``.
Targets: full build <= 20 s and one more article <= 2 s at 100,000 concentrated claims; first view
<= 3 MB and first render <= 2 s at every size.

    python bench/bench_build.py [--mode spread|concentrated] [--claims 10000] [--browser] [--control DIR]
"""

from __future__ import annotations

import argparse
import random
import re
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
START = date(2023, 1, 1)


def invent(n_claims: int, mode: str = "spread", seed: int = 7):
    """Invented places, articles and claims: nothing here is real.

    :returns: ``(places, rows, last_day, n_articles, world)``; ``world`` feeds :func:`article_rows`.
    """
    rng = random.Random(seed)
    if mode == "concentrated":
        n_places, days = 40, 1000
        # A front from north-east to south: the places of the news lie along it.
        places = []
        for i in range(n_places):
            t = rng.random()
            lat, lon = 50.0 - 3.2 * t + rng.uniform(-0.25, 0.25), 37.9 - 2.6 * t * t + rng.uniform(-0.25, 0.25)
            places.append((200000 + i, f"Frontplace{i:02d}", round(lat, 4), round(lon, 4), "settlement"))
        weights = [1 / (i + 1) ** 1.1 for i in range(n_places)]  # a few places in the news every day
        # Who holds each place, as the sides would claim it: a few changes of hands over the period.
        holder = {}
        for gid, *_ in places:
            flips = sorted(rng.sample(range(30, days), rng.randint(0, 3)))
            holder[gid] = ("UA", flips)
    else:
        n_places, days = 1500, 365
        places = []
        for i in range(n_places):
            kind = "oblast" if i < 20 else "settlement"
            places.append((100000 + i, f"Place{i:04d}", round(rng.uniform(46.0, 51.0), 4),
                           round(rng.uniform(30.0, 40.0), 4), kind))
        weights, holder = None, None
    world = {"mode": mode, "places": places, "weights": weights, "holder": holder, "days": days}
    rows, article = [], 0
    while len(rows) < n_claims:
        article += 1
        day = START + timedelta(days=rng.randrange(days))
        per = rng.randint(2, 8) if mode == "spread" else rng.randint(3, 9)
        rows.extend(article_rows(rng, world, day, article, min(per, n_claims - len(rows))))
    return places, rows, START + timedelta(days=days - 1), article, world


def _holder(world, gid, day: date) -> str:
    first, flips = world["holder"][gid]
    n = sum(1 for f in flips if START + timedelta(days=f) <= day)
    return first if n % 2 == 0 else ("RU" if first == "UA" else "UA")


def article_rows(rng, world, published: date, article: int, n: int) -> list:
    """One invented article's claims, published on ``published``."""
    source = rng.choice(SOURCES)
    places = world["places"]
    if world["mode"] == "concentrated":
        named = rng.choices(places, world["weights"], k=rng.randint(1, 3))
    else:
        named = None
    out = []
    for k in range(n):
        gid, name, lat, lon, pkind = rng.choice(named) if named else rng.choice(places)
        claimant = rng.choices(["RU", "UA", "other"], [5, 4, 2])[0]
        back = rng.randint(0, 3)
        if world["mode"] == "concentrated":
            side = _holder(world, gid, published)
            kind = rng.choices(["held", "captured", "contested", "struck"], [4, 1, 4, 2])[0]
            # Each side mostly claims what it holds or has taken; sometimes it disputes the other's word.
            control = side if rng.random() < 0.8 else ("RU" if side == "UA" else "UA")
            if claimant in ("RU", "UA") and kind in ("held", "captured") and rng.random() < 0.7:
                control = claimant
        else:
            kind = rng.choices(["captured", "held", "contested", "struck"], [4, 3, 2, 2])[0]
            control = claimant if claimant != "other" else rng.choice(["RU", "UA"])
        control = control if kind in ("captured", "held") else None
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


def first_view_bytes(site: Path) -> tuple[int, list]:
    """What index.html loads before its first render: its own size plus every script and stylesheet it
    names, and the data files the page script asks for first (read from the site's manifest of data)."""
    html = (site / "index.html").read_text(encoding="utf-8")
    files = {"index.html"}
    for url in re.findall(r'<(?:script|link)[^>]+(?:src|href)="([^"#?]+)', html):
        if not url.startswith(("http:", "https:", "//")):
            files.add(url)
    from geo.site.build import first_view_files

    files |= set(first_view_files(site))
    return sum((site / f).stat().st_size for f in files if (site / f).is_file()), sorted(files)


def time_to_first_render(site: Path) -> float | None:
    """Seconds from navigation to the first drawn map in headless Chromium, offline (None without it)."""
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        return None
    if not Path("/usr/bin/chromium").exists():
        return None
    with sync_playwright() as p:
        b = p.chromium.launch(executable_path="/usr/bin/chromium", headless=True,
                              args=["--no-sandbox", "--disable-gpu"])
        try:
            ctx = b.new_context(viewport={"width": 1400, "height": 900})
            page = ctx.new_page()
            page.route("**/*", lambda r: r.continue_() if r.request.url.startswith("file:") else r.abort())
            page.goto((site / "index.html").as_uri())
            page.wait_for_function("window.frontline && window.frontline.rendered", timeout=60_000)
            return page.evaluate("window.frontline.rendered") / 1000
        finally:
            b.close()


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--claims", type=int, default=10_000)
    ap.add_argument("--mode", choices=("spread", "concentrated"), default="spread")
    ap.add_argument("--control", help="assessed-control folder to check claims against (optional)")
    ap.add_argument("--browser", action="store_true", help="also time the first render in headless Chromium")
    ap.add_argument("--out", help="site folder (default: a temporary one)")
    args = ap.parse_args()
    places, rows, last, n_articles, world = invent(args.claims, args.mode)
    refs = [{"name": name, "lat": lat, "lon": lon, "population": 600_000} for _, name, lat, lon, k in places[:25]]
    opts = dict(reference_places=refs, control=args.control, control_source="bench overlay" if args.control else None)
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(args.out) if args.out else Path(tmp) / "site"
        t = time.perf_counter()
        full = build_site(rows, out, **opts)
        t_full = time.perf_counter() - t
        rng = random.Random(99)
        more = rows + article_rows(rng, world, last + timedelta(days=1), n_articles + 1, 5)
        t = time.perf_counter()
        inc = build_site(more, out, **opts)
        t_inc = time.perf_counter() - t
        index_kb = (out / "index.html").stat().st_size / 1024
        first, _ = first_view_bytes(out)
        span = (last - START).days + 1
        print(f"{args.mode}: {len(rows)} claims on {full.places} places over {span} days, {n_articles} articles")
        print(f"full build:          {t_full:7.2f} s  ({len(full.written)} files written)")
        print(f"one more article:    {t_inc:7.2f} s  ({len(inc.written)} written, {len(inc.reused)} reused)")
        print(f"index.html:          {index_kb:7.1f} KB")
        print(f"first view loads:    {first / 1024 / 1024:7.2f} MB   target <= 3 MB")
        if args.browser:
            ttfr = time_to_first_render(out)
            print("first render:        " + (f"{ttfr:7.2f} s   target <= 2 s" if ttfr is not None
                                               else "   (no Chromium/Playwright)"))
        if (out / "control.js").exists():
            print(f"control.js:          {(out / 'control.js').stat().st_size / 1024:7.1f} KB")


if __name__ == "__main__":
    main()
