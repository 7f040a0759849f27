"""Invented claim rows for the site tests (no real article text or gazetteer rows)."""

from __future__ import annotations

import itertools

_ids = itertools.count(1)

# Invented places: names and positions are made up for tests.
PLACES = {
    "Testovka": (9001, 48.10, 37.70, "settlement"),
    "Primerne": (9002, 47.90, 37.40, "settlement"),
    "Zrazkove": (9003, 48.60, 38.00, "settlement"),
    "Mockivka": (9004, 47.50, 35.90, "settlement"),
    "Fictive Oblast": (9100, 46.80, 33.30, "oblast"),
}
LABELS = {"RU": "Russian Defense Ministry", "UA": "General Staff of Ukraine", "other": "Example Institute"}


def make_row(place="Testovka", *, claimant="RU", kind="captured", control="RU", date="2024-02-20",
             date_from=None, published=None, article="a1", quote=None, precision="day", **extra) -> dict:
    """One claim row with every key the store produces."""
    gid, lat, lon, pkind = PLACES[place]
    n = next(_ids)
    row = {
        "claim_id": f"c{n}", "article_id": article, "article_key": f"https://news.example/{article}",
        "title": f"Report {article}", "published": published or date, "source": "Example Wire",
        "url": f"https://news.example/{article}", "geonameid": gid, "place": place, "place_kind": pkind,
        "lat": lat, "lon": lon, "surface": place, "claimant": claimant, "claimant_label": LABELS[claimant],
        "kind": kind, "control": control if kind in ("captured", "held") else None,
        "date_from": date_from or date, "date_to": date, "precision": precision, "date_phrase": "",
        "quote": quote or f"{LABELS[claimant]} said {place} was {kind}.", "cue": kind,
        "confidence": 0.9, "coref": False, "corrected": False, "rejected": False,
    }
    row.update(extra)
    return row


def sample_rows() -> list:
    """A small history: Testovka flips from UA to RU with a conflict, a strike, an oblast claim.

    Claim ids are fixed (``s0``...) so two calls give identical rows.
    """
    rows = [
        make_row("Testovka", claimant="UA", kind="held", control="UA", date="2024-01-10", article="a1"),
        make_row("Primerne", claimant="UA", kind="held", control="UA", date="2024-01-12", article="a1"),
        make_row("Testovka", claimant="RU", kind="captured", control="RU", date="2024-02-17", article="a2"),
        make_row("Testovka", claimant="UA", kind="held", control="UA", date="2024-02-18", article="a3"),
        make_row("Zrazkove", claimant="RU", kind="contested", control=None, date="2024-02-18", article="a3"),
        make_row("Mockivka", claimant="UA", kind="struck", control=None, date="2024-02-19", article="a4"),
        make_row("Fictive Oblast", claimant="RU", kind="captured", control="RU", date="2024-02-20", article="a4",
                 date_from="2024-02-01", precision="month"),
        make_row("Primerne", claimant="RU", kind="captured", control="RU", date="2024-02-22", article="a5",
                 quote='He said <script>alert(1)</script> and <img src=x onerror="window.__xss=1"> & more.'),
    ]
    for i, row in enumerate(rows):
        row["claim_id"] = f"s{i}"
    return rows


def random_rows(n: int = 400, n_places: int = 40, days: int = 60, seed: int = 3) -> list:
    """Many invented claims at random, to check the page's JavaScript against geo.site.timeline."""
    import random
    from datetime import date, timedelta

    rng = random.Random(seed)
    rows = []
    for i in range(n):
        gid = 50_000 + rng.randrange(n_places)
        claimant = rng.choice(["RU", "UA", "other"])
        kind = rng.choices(["captured", "held", "contested", "struck"], [4, 3, 2, 1])[0]
        day = date(2024, 1, 1) + timedelta(days=rng.randrange(days))
        control = rng.choice(["RU", "UA"]) if kind in ("captured", "held") else None
        rows.append({**make_row(claimant=claimant, kind=kind, date=day.isoformat(), article=f"r{i // 3}"),
                     "claim_id": f"r{i}", "geonameid": gid, "place": f"Randplace {gid}", "control": control,
                     "lat": 46.0 + (gid % 50) / 10, "lon": 31.0 + (gid % 37) / 5,
                     "published": (day + timedelta(days=rng.choice([0, 0, 1, 3]))).isoformat(),
                     "date_to": (day + timedelta(days=rng.choice([0, 0, 0, 2]))).isoformat()})
    return rows
