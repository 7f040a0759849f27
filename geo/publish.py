"""Store -> site: build the map site from the claims database, once or whenever articles land."""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path

from geo.errors import FrontlineError
from geo.gazetteer.db import Gazetteer
from geo.pipeline import ingest, make_finder
from geo.site import build_site
from geo.store import Store

LABEL_POPULATION = 150_000


def reference_places(gazetteer: Gazetteer) -> list[dict]:
    """Oblast centres and large cities: labels that orient a reader when no tiles load."""
    keep = [
        p for p in gazetteer.places.values()
        if p.kind == "settlement" and (p.fcode in ("PPLA", "PPLC") or p.population >= LABEL_POPULATION)
    ]
    return [{"name": p.name, "lat": p.lat, "lon": p.lon, "population": p.population} for p in keep]


def build_from_store(store: Store, gazetteer: Gazetteer, out_dir: str | Path, **options):
    """Build the site in ``out_dir`` from every non-rejected claim in the store."""
    return build_site(store.claims(), out_dir, reference_places=reference_places(gazetteer), **options)


def watch(folder: str | Path, store: Store, gazetteer: Gazetteer, out_dir: str | Path, *,
          interval: float = 5.0, debounce: float = 2.0, echo: Callable[[str], None] = print,
          rounds: int | None = None) -> None:
    """Poll ``folder``; ingest files that stopped changing for ``debounce`` seconds, then rebuild.

    :param rounds: stop after this many polls (tests); None runs until interrupted.
    """
    from geo.articles import iter_article_paths

    finder = make_finder(gazetteer)
    seen: dict[Path, tuple[float, int]] = {}
    done: dict[Path, tuple[float, int]] = {}
    n = 0
    while rounds is None or n < rounds:
        n += 1
        ready = []
        for path in iter_article_paths([folder]):
            st = path.stat()
            sig = (st.st_mtime, st.st_size)
            if done.get(path) == sig:
                continue
            if seen.get(path) == sig and time.time() - st.st_mtime >= debounce:
                ready.append(path)
            seen[path] = sig
        if ready:
            try:
                summary = ingest(ready, store, finder)
                echo(summary.line())
                if summary.new or summary.replaced:
                    echo(str(build_from_store(store, gazetteer, out_dir)))
            except FrontlineError as exc:  # one bad file must not stop the watcher; it is reported
                echo(f"Error: {exc}")
            for path in ready:
                st = path.stat()
                done[path] = (st.st_mtime, st.st_size)
        if rounds is None or n < rounds:
            time.sleep(interval)
