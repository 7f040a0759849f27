"""Store -> site: build the map site from the claims database, once or whenever articles land."""

from __future__ import annotations

import os
import time
from collections.abc import Callable
from pathlib import Path

from geo.errors import FrontlineError, StoreError
from geo.places.gazetteer import Gazetteer
from geo.site.control import DEFAULT_MAX_AGE_DAYS, ControlOverlay, load_control
from geo.jobs.curate import with_geonames_names
from geo.jobs.pipeline import ingest, make_finder
from geo.site.build import build_site, check_base_url
from geo.store.sqlite import Store

LABEL_POPULATION = 150_000


def reference_places(gazetteer: Gazetteer) -> list[dict]:
    """Oblast centres and large cities: labels that orient a reader when no tiles load."""
    keep = [
        p for p in gazetteer.places.values()
        if p.kind == "settlement" and (p.fcode in ("PPLA", "PPLC") or p.population >= LABEL_POPULATION)
    ]
    # As reporting writes them (Kryvyi Rih, Vinnytsia) when the gazetteer knows it, else GeoNames' name.
    return [{"name": getattr(p, "display_name", "") or p.name, "lat": p.lat, "lon": p.lon, "population": p.population}
            for p in keep]


def build_from_store(store: Store, gazetteer: Gazetteer, out_dir: str | Path, *, control=None,
                     control_source: str | None = None, force: bool = False, **options):
    """Build the site in ``out_dir`` from the store's published claims (not rejected, and not
    waiting for review); the page says how many claims wait, never which.

    :param control: a :class:`~geo.site.control.ControlOverlay`, a path to load one from, or ``None``.
    :param control_source: the overlay's provider name when ``control`` is a path.
    :param force: replace the site even with one that has no claims or lost more than half of its places.
    :param options: further :func:`geo.site.build.build_site` options (``cdn``, ``title``, ...).
    :raises SiteWouldShrink: the store would empty the site or halve its places (``force`` unset).
    """
    rows = with_geonames_names(store.claims(), gazetteer)  # claims.csv and places.csv as `export` writes them
    ids = {int(r["geonameid"]) for r in rows if r.get("geonameid") is not None}
    places = {gid: gazetteer.places[gid] for gid in ids if gid in gazetteer.places}
    # Every spelling the gazetteer knows for the places with claims: the page's search finds a place
    # by any of them (Avdeyevka, Avdiïvka, Авдіївка); and their populations, to label larger places first.
    names = gazetteer.forms_of(ids) if ids else {}
    for gid, p in places.items():
        extra = [x for x in (p.name, getattr(p, "display_name", "")) if x]
        names[gid] = list(dict.fromkeys([*names.get(gid, []), *extra]))
    populations = {gid: p.population for gid, p in places.items()}
    return build_site(rows, out_dir, reference_places=reference_places(gazetteer),
                      control=control, control_source=control_source, force=force, source=store.path,
                      waiting=store.waiting_count(), names=names, populations=populations, **options)


def _signature(path: Path) -> tuple | None:
    """What says a file changed: its and its NAME.json sidecar's time, size and inode (None: gone)."""
    try:
        st = path.stat()
    except FileNotFoundError:  # removed between the listing and now
        return None
    sig = (st.st_mtime, st.st_size, st.st_ino)
    try:
        side = path.with_suffix(".json").stat()
    except OSError:
        return sig
    return (*sig, side.st_mtime, side.st_size, side.st_ino)


def _open_for_writing(paths: set[str]) -> set[str]:
    """Which of ``paths`` (resolved) a process has open for writing: a writer that paused is
    still writing. Read from Linux's /proc (other processes of the same user, or all as root);
    elsewhere nothing is known and the empty set is returned."""
    found: set[str] = set()
    try:
        pids = [d for d in os.listdir("/proc") if d.isdigit()]
    except OSError:
        return found
    for pid in pids:
        try:
            fds = os.listdir(f"/proc/{pid}/fd")
        except OSError:
            continue
        for fd in fds:
            try:
                target = os.readlink(f"/proc/{pid}/fd/{fd}")
                if target not in paths or target in found:
                    continue
                with open(f"/proc/{pid}/fdinfo/{fd}", encoding="ascii") as info:
                    flags = next(int(line.split()[1], 8) for line in info if line.startswith("flags:"))
            except (OSError, StopIteration, ValueError):
                continue
            if (flags & os.O_ACCMODE) in (os.O_WRONLY, os.O_RDWR):
                found.add(target)
    return found


def _stamp() -> str:
    return time.strftime("%Y-%m-%d %H:%M:%S")


def watch(folder: str | Path, store: Store, gazetteer: Gazetteer, out_dir: str | Path, *,
          interval: float = 5.0, debounce: float = 2.0, echo: Callable[[str], None] = print,
          rounds: int | None = None, control=None, control_source: str | None = None,
          control_max_age_days: int | None = DEFAULT_MAX_AGE_DAYS, **build_options) -> None:
    """Poll ``folder``; ingest each article file once it is whole, then rebuild the site.

    A file is read once it has stayed unchanged (it and its sidecar) for ``debounce`` seconds
    over two polls, no process has it open for writing, and it does not look cut short (see
    :func:`geo.reading.articles.unfinished`); then it must parse as a whole article. Files
    being written by the usual conventions (``NAME.part``, ``NAME.tmp``, hidden ``.NAME``) are
    not article files and are never read: a feeder writes there, then renames. Prints a start
    line, then a timestamped line per file ingested (new, replaced, unchanged), rejected or
    held, and per build.

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
    :param build_options: further :func:`build_from_store` options (``force``, ``cdn``, ...).
    :raises BuildError: when the control overlay cannot be read.
    :raises InputError: ``base_url`` (a build option) is not an http(s) address.
    """
    from geo.reading.articles import iter_article_paths, unfinished

    if control is not None and not isinstance(control, ControlOverlay):
        control = load_control(control, source=control_source, max_age_days=control_max_age_days)
    if build_options.get("base_url"):  # a bad address is said once, before watching, not at every build
        build_options["base_url"] = check_base_url(build_options["base_url"])
    finder = make_finder(gazetteer)
    echo(f"{_stamp()} watching {folder} every {interval:g} s; a file is read once whole and unchanged for "
         f"{debounce:g} s (feeders: write NAME.part or .NAME, then rename it); site: {out_dir}")
    seen: dict[Path, tuple] = {}
    done: dict[Path, tuple] = {}
    held: dict[Path, str] = {}  # file -> why it was last said to be held
    said_problems: set[str] = set()
    need_build, last_build_error = False, None
    n = 0
    while rounds is None or n < rounds:
        n += 1
        problems: list[str] = []
        try:
            listed = iter_article_paths([folder], on_problem=lambda exc: problems.append(str(exc)))
        except FrontlineError as exc:  # the folder itself went away: look again later
            listed, problems = [], [str(exc)]
        for problem in problems:
            if problem not in said_problems:  # said once, while it lasts
                echo(f"{_stamp()} Error: {problem}")
        said_problems = set(problems)
        ready = []
        for path in listed:
            sig = _signature(path)
            if sig is None:
                seen.pop(path, None)
                continue
            if done.get(path) == sig:
                continue
            # settled: unchanged for the debounce time, by its modification time and by our own
            # looks (a modification time in the future, clock skew or NFS, does not hold it for ever)
            now = time.time()
            newest = max(sig[0], sig[3] if len(sig) > 3 else 0)
            unchanged = path in seen and seen[path][0] == sig
            since = seen[path][1] if unchanged else now
            if unchanged and (now - newest >= debounce if newest <= now else now - since >= debounce):
                ready.append((path, sig))
            seen[path] = (sig, since)
        writing = _open_for_writing({str(p.resolve()) for p, _ in ready}) if ready else set()
        built_now = False
        for path, sig in ready:
            why = "a process has it open for writing" if str(path.resolve()) in writing else unfinished(path)
            if why:
                if held.get(path) != why:
                    echo(f"{_stamp()} held {path}: {why}; waiting for the writer to finish")
                held[path] = why
                continue
            held.pop(path, None)
            try:
                one = ingest([path], store, finder)
            except StoreError as exc:  # the database is busy or failing, not the file: try it again later
                echo(f"{_stamp()} not yet {path}: {exc}; will retry")
                continue
            except (FrontlineError, OSError) as exc:  # reported once; retried only if the file changes
                echo(f"{_stamp()} rejected {exc}" if isinstance(exc, FrontlineError)
                     else f"{_stamp()} rejected {path}: {exc.strerror or exc}")
            else:
                status = "new" if one.new else "replaced" if one.replaced else "unchanged"
                detail = f": {one.claims} claim(s), {one.unresolved} unresolved name(s)" if status != "unchanged" else ""
                if status != "unchanged" and one.waiting:
                    detail += f", {one.waiting} waiting for review"
                echo(f"{_stamp()} {status} {path}{detail}")
                built_now = built_now or status != "unchanged"
            # Done as it was when read: a file rewritten meanwhile is read again once it settles.
            done[path] = sig
        need_build = need_build or built_now
        if need_build:
            try:
                report = build_from_store(store, gazetteer, out_dir, control=control, **build_options)
                echo(f"{_stamp()} built {report}")
                need_build, last_build_error = False, None
            except FrontlineError as exc:  # kept for the next poll; the same error is said once
                if str(exc) != last_build_error:
                    echo(f"{_stamp()} Error: {exc}")
                last_build_error = str(exc)
        if rounds is None or n < rounds:
            time.sleep(interval)
