"""Store -> site: build the map site from the claims database, once or whenever articles land."""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path

from geo.errors import FrontlineError
from geo.places.gazetteer import Gazetteer
from geo.site.control import DEFAULT_MAX_AGE_DAYS, ControlOverlay, load_control
from geo.jobs.pipeline import IngestSummary, ingest, make_finder
from geo.site.build import build_site
from geo.store.sqlite import Store

LABEL_POPULATION = 150_000


def reference_places(gazetteer: Gazetteer) -> list[dict]:
    """Oblast centres and large cities: labels that orient a reader when no tiles load."""
    keep = [
        p for p in gazetteer.places.values()
        if p.kind == "settlement" and (p.fcode in ("PPLA", "PPLC") or p.population >= LABEL_POPULATION)
    ]
    return [{"name": p.name, "lat": p.lat, "lon": p.lon, "population": p.population} for p in keep]


def build_from_store(store: Store, gazetteer: Gazetteer, out_dir: str | Path, *, control=None,
                     control_source: str | None = None, force: bool = False, **options):
    """Build the site in ``out_dir`` from every non-rejected claim in the store.

    :param control: a :class:`~geo.site.control.ControlOverlay`, a path to load one from, or ``None``.
    :param control_source: the overlay's provider name when ``control`` is a path.
    :param force: replace the site even with one that has no claims or lost more than half of its places.
    :param options: further :func:`geo.site.build.build_site` options (``cdn``, ``title``, ...).
    :raises SiteWouldShrink: the store would empty the site or halve its places (``force`` unset).
    """
    return build_site(store.claims(), out_dir, reference_places=reference_places(gazetteer),
                      control=control, control_source=control_source, force=force, source=store.path, **options)


def _signature(path: Path) -> tuple[float, int] | None:
    try:
        st = path.stat()
    except FileNotFoundError:  # removed between the listing and now
        return None
    return (st.st_mtime, st.st_size)


def _add(total: IngestSummary, one: IngestSummary) -> None:
    for name in ("new", "replaced", "unchanged", "mentions", "claims", "unresolved", "seconds"):
        setattr(total, name, getattr(total, name) + getattr(one, name))
    total.unresolved_names += one.unresolved_names


def watch(folder: str | Path, store: Store, gazetteer: Gazetteer, out_dir: str | Path, *,
          interval: float = 5.0, debounce: float = 2.0, echo: Callable[[str], None] = print,
          rounds: int | None = None, control=None, control_source: str | None = None,
          control_max_age_days: int | None = DEFAULT_MAX_AGE_DAYS, **build_options) -> None:
    """Poll ``folder``; ingest files that stopped changing for ``debounce`` seconds, then rebuild.

    Each ready file is ingested on its own (its own transaction), so a bad file is reported
    once and skipped until it changes, while the good files of the same poll are stored. The
    site is rebuilt once per poll when an article was new or replaced (and again at the next
    poll if that build failed).

    :param rounds: stop after this many polls (tests); None runs until interrupted.
    :param control: assessed-control overlay for the site: a
        :class:`~geo.site.control.ControlOverlay` or a path (read once, at the start), or ``None``.
    :param control_source: the overlay's provider name when ``control`` is a path.
    :param control_max_age_days: when ``control`` is a path: the oldest assessment (days before
        a claim) a claim is checked against; ``None`` for no limit.
    :param build_options: further :func:`geo.site.build.build_site` options.
    :raises BuildError: when the control overlay cannot be read.
    """
    from geo.reading.articles import iter_article_paths

    if control is not None and not isinstance(control, ControlOverlay):
        control = load_control(control, source=control_source, max_age_days=control_max_age_days)
    finder = make_finder(gazetteer)
    seen: dict[Path, tuple[float, int]] = {}
    done: dict[Path, tuple[float, int]] = {}
    need_build, last_build_error, last_list_error = False, None, None
    n = 0
    while rounds is None or n < rounds:
        n += 1
        ready = []
        try:
            listed = iter_article_paths([folder])
        except FrontlineError as exc:  # the folder itself went away: say so once, look again later
            listed = []
            if str(exc) != last_list_error:
                echo(f"Error: {exc}")
            last_list_error = str(exc)
        else:
            last_list_error = None
        for path in listed:
            sig = _signature(path)
            if sig is None:
                seen.pop(path, None)
                continue
            if done.get(path) == sig:
                continue
            if seen.get(path) == sig and time.time() - sig[0] >= debounce:
                ready.append((path, sig))
            seen[path] = sig
        total, stored = IngestSummary(), 0
        for path, sig in ready:
            if _signature(path) is None:
                seen.pop(path, None)
                continue
            try:
                one = ingest([path], store, finder)
            except (FrontlineError, OSError) as exc:  # reported once; retried only if the file changes
                echo(f"Error: {exc}")
            else:
                _add(total, one)
                stored += 1
            # Done as it was when read: a file rewritten meanwhile is read again once it settles.
            done[path] = sig
        if stored:
            echo(total.line())
            need_build = need_build or bool(total.new or total.replaced)
        if need_build:
            try:
                echo(str(build_from_store(store, gazetteer, out_dir, control=control, **build_options)))
                need_build, last_build_error = False, None
            except FrontlineError as exc:  # kept for the next poll; the same error is said once
                if str(exc) != last_build_error:
                    echo(f"Error: {exc}")
                last_build_error = str(exc)
        if rounds is None or n < rounds:
            time.sleep(interval)
