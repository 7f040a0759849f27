"""Build the static site: the only code that writes files.

A build never touches the live folder until the end: it fills a temporary folder beside
``out_dir``, then swaps it in with one rename (an atomic exchange where the kernel has
``renameat2``), so a web server never serves half a site and a killed build leaves the old one
intact. A lock file beside ``out_dir`` keeps two builds apart. A manifest of content keys lets
the next build hard-link files that did not change from the old site instead of rendering them.

Layout of the site::

    index.html  embed.html  og-image.png  data.js  [control.js]  claims.csv  claims.geojson  sources.txt
    places.csv  feed.xml
    data/basemap.js  data/week-YYYY-MM-DD.js (one week's claims each)
    changes/index.html  changes/YYYY-MM-DD.html  changes/week-YYYY-MM-DD.html
    lib/leaflet/...  lib/frontline/...

A rebuild after one more article recomputes only what that article touched: each week's data
file and its fragments of the downloads are keyed on its claims, each change page on what it
shows; everything else is hard-linked from the old site.
"""

from __future__ import annotations

import ctypes
import errno
import fcntl
import gc
import hashlib
import json
import os
import shutil
import tempfile
import time
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from urllib.parse import urlsplit

from geo.site.feed import atom_feed
from geo.site.latest import place_rows, place_states
from geo.site import assets, pages, render
from geo.site.control import DEFAULT_MAX_AGE_DAYS, ControlOverlay, load_control
from geo.errors import BuildError, InputError, SiteWouldShrink
from geo.site.payload import (FADE_DAYS, build_chunk, build_core, chunk_js, chunk_key, chunk_name, js_json, payload_js,
                              week_of)
from geo.site.timeline import Timeline, parse_day

MANIFEST = ".frontline-manifest.json"
CHECKS_CACHE = ".frontline-checks.json"
CACHE_DIR = ".frontline-cache"  # per-week fragments of the downloads, reused by the next build
BASEMAP_FILE = "data/basemap.js"
LOCK_NAME = ".frontline-build.lock"
BUILDER_VERSION = 2
OG_IMAGE = "og-image.png"  # the social card (og:image): the latest date's snapshot, 1200x630


def check_base_url(url: str | None) -> str | None:
    """The site's public address as ``og:image`` and the embed snippet use it: ``http(s)://host/path/``
    (a trailing slash added); ``None`` or empty stays ``None``.

    :raises InputError: not an http(s) address with a host, or with a query or fragment.
    """
    if not url:
        return None
    parts = urlsplit(url.strip())
    if parts.scheme not in ("http", "https") or not parts.netloc or parts.query or parts.fragment \
            or any(c in url for c in ' "<>\'`'):
        raise InputError(f"base URL {url!r}: give the site's public address, e.g. https://example.org/maps/")
    url = url.strip()
    if url.endswith("/index.html"):
        url = url[: -len("index.html")]
    return url if url.endswith("/") else url + "/"


@dataclass
class BuildReport:
    """What a build did."""

    out_dir: Path
    written: list = field(default_factory=list)  # paths (relative to out_dir) rendered and written
    reused: list = field(default_factory=list)  # paths hard-linked or copied unchanged from the old site
    removed: list = field(default_factory=list)  # paths of the old site that are gone
    seconds: float = 0.0
    claims: int = 0
    places: int = 0
    as_of: date | None = None
    waiting: int = 0  # claims left off the site because they wait for review

    def __str__(self) -> str:
        waiting = f" ({self.waiting} more wait for review)" if self.waiting else ""
        return (f"{self.out_dir}: {self.claims} claims on {self.places} places as of {self.as_of}{waiting}; "
                f"{len(self.written)} files written, {len(self.reused)} reused, {len(self.removed)} removed "
                f"in {self.seconds:.2f} s")


def _sha(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


class _Writer:
    """Puts files in the new site: reuses the old file when its key is unchanged."""

    def __init__(self, root: Path, old_root: Path | None, old_files: dict, report: BuildReport):
        self.root, self.old_root, self.old, self.report = root, old_root, old_files, report
        self.files: dict[str, dict] = {}
        self._dirs: set = set()  # folders already made: a site of 1,500 files has a handful

    def _folder(self, dest: Path) -> None:
        if dest.parent not in self._dirs:
            dest.parent.mkdir(parents=True, exist_ok=True)
            self._dirs.add(dest.parent)

    def _reuse(self, rel: str, key: str) -> bool:
        entry = self.old.get(rel)
        if self.old_root is None or not entry or entry.get("key") != key:
            return False
        src = self.old_root / rel
        if not src.is_file():
            return False
        dest = self.root / rel
        self._folder(dest)
        try:
            os.link(src, dest)  # same inode: no copy, and caches/ETags stay valid
        except OSError:
            shutil.copy2(src, dest)
        self.files[rel] = dict(entry)
        self.report.reused.append(rel)
        return True

    def put(self, rel: str, key: str, produce) -> None:
        """Write ``produce()`` at ``rel`` unless the old site has it under the same key."""
        if self._reuse(rel, key):
            return
        data = produce()
        data = data.encode("utf-8") if isinstance(data, str) else data
        dest = self.root / rel
        self._folder(dest)
        dest.write_bytes(data)
        self.files[rel] = {"key": key, "sha256": _sha(data)}
        self.report.written.append(rel)

    def put_joined(self, rel: str, key: str, head: str, parts: list, sep: str, tail: str) -> None:
        """Write ``head + sep.join(files) + tail`` at ``rel``, the parts being files of this site: a large
        download put together from cached fragments without holding it in memory (reused when the key
        is unchanged). Its manifest entry has no sha256: only the key says what it holds."""
        if self._reuse(rel, key):
            return
        dest = self.root / rel
        dest.parent.mkdir(parents=True, exist_ok=True)
        first = True
        with open(dest, "wb") as out:
            out.write(head.encode("utf-8"))
            for part in parts:
                if (self.root / part).stat().st_size == 0:
                    continue
                if not first:
                    out.write(sep.encode("utf-8"))
                first = False
                with open(self.root / part, "rb") as src:
                    shutil.copyfileobj(src, out, 1 << 20)
            out.write(tail.encode("utf-8"))
        self.files[rel] = {"key": key}
        self.report.written.append(rel)

    def put_content(self, rel: str, data) -> str:
        """Write ready content; reused when byte-identical. Returns its sha256."""
        data = data.encode("utf-8") if isinstance(data, str) else data
        digest = _sha(data)
        self.put(rel, digest, lambda: data)
        return digest


def _acquire_lock(path: Path, timeout: float):
    handle = open(path, "a+")
    deadline = time.monotonic() + timeout
    while True:
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
            return handle
        except OSError as exc:
            if exc.errno not in (errno.EAGAIN, errno.EACCES):
                handle.close()
                raise BuildError(f"{path}: cannot lock: {exc}") from exc
        if time.monotonic() >= deadline:
            handle.close()
            raise BuildError(f"another build holds {path} (waited {timeout:.0f} s); try again when it has finished")
        time.sleep(0.05)


def _exchange(a: Path, b: Path) -> bool:
    """Swap two paths atomically with renameat2(RENAME_EXCHANGE); False where unsupported."""
    try:
        fn = ctypes.CDLL(None, use_errno=True).renameat2
    except (OSError, AttributeError):
        return False
    fn.argtypes = [ctypes.c_int, ctypes.c_char_p, ctypes.c_int, ctypes.c_char_p, ctypes.c_uint]
    at_fdcwd, rename_exchange = -100, 2
    return fn(at_fdcwd, os.fsencode(a), at_fdcwd, os.fsencode(b), rename_exchange) == 0


def _swap_in(new: Path, out_dir: Path) -> None:
    if not out_dir.exists():
        new.rename(out_dir)
        return
    if _exchange(new, out_dir):
        shutil.rmtree(new)  # `new` now holds the old site
        return
    old = out_dir.with_name(f".{out_dir.name}.old-{os.getpid()}")
    out_dir.rename(old)
    new.rename(out_dir)
    shutil.rmtree(old, ignore_errors=True)


def _read_manifest(out_dir: Path) -> dict:
    """The old site's manifest (``{}`` when there is none): its files, and the claims and places it showed."""
    try:
        data = json.loads((out_dir / MANIFEST).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


def _check_not_shrinking(out_dir: Path, old: dict, timeline: Timeline, source: str | None, waiting: int = 0) -> None:
    """Refuse to replace a site by one with no claims, or with less than half of its places: the
    sign of a wrong database (a typo in --db) or a lost store, not of news."""
    if not old:
        return
    claims, places = old.get("claims"), old.get("places")  # absent from sites built before they were recorded
    if not timeline.claims and claims != 0:
        why = "the new one has no claims"
    elif isinstance(places, int) and places - len(timeline.places) > places / 2:
        why = f"it would lose {places - len(timeline.places)} of its {places} places"
    else:
        return
    was = f"{claims} claims on {places} places" if isinstance(claims, int) and isinstance(places, int) else "a site"
    read = f" (claims read from {source})" if source else ""
    held = f"; {waiting} claims wait for review (frontline review list)" if waiting else ""
    raise SiteWouldShrink(f"{out_dir}: not replacing {was} with {len(timeline.claims)} claims on "
                          f"{len(timeline.places)} places: {why}{read}{held}; check the database, or pass --force "
                          "to replace it anyway")


# Files a repository keeps in the site folder (maps/README.md): carried over by every build.
PLACEHOLDERS = ("README.md", ".gitkeep")


def _check_out_dir(out_dir: Path) -> None:
    # The swap replaces the whole folder: refuse to replace one that is not a site we built.
    if not out_dir.exists():
        return
    foreign = [p for p in out_dir.iterdir() if p.name not in PLACEHOLDERS] if out_dir.is_dir() else [out_dir]
    if foreign and not (out_dir / MANIFEST).exists():
        raise BuildError(f"{out_dir} exists and is not a frontline site: choose a new or empty folder")


def _carry_placeholders(out_dir: Path, tmp: Path) -> None:
    for name in PLACEHOLDERS:
        if (out_dir / name).is_file() and not (tmp / name).exists():
            shutil.copy2(out_dir / name, tmp / name)


def build_site(rows, out_dir, *, control=None, cdn: bool = False, reference_places=None, as_of=None,
               title: str = "frontline", control_source: str | None = None,
               control_max_age_days: int | None = DEFAULT_MAX_AGE_DAYS,
               lock_timeout: float = 60.0, force: bool = False, source: str | None = None,
               waiting: int = 0, fade_days: int = FADE_DAYS, names: dict | None = None,
               populations: dict | None = None, base_url: str | None = None) -> BuildReport:
    """Build (or rebuild) the static site.

    :param rows: claim rows from the store (rejected ones are left out).
    :param out_dir: the site folder; replaced as a whole at the end of the build.
    :param control: a :class:`~geo.site.control.ControlOverlay`, or a path to GeoJSON/GeoPackage
        file(s) to load as one, or ``None``.
    :param cdn: load Leaflet from a CDN instead of bundling it.
    :param reference_places: ``[{"name", "lat", "lon", "population"}]`` labels for orientation.
    :param as_of: leave out claims effective after this date; default: the latest claim's date.
    :param title: site title.
    :param control_source: provider name when ``control`` is a path.
    :param control_max_age_days: when ``control`` is a path: a claim is checked only against an
        assessment at most this many days older than it (``None``: no limit); an overlay
        object keeps its own.
    :param lock_timeout: seconds to wait for another build to finish.
    :param force: replace the site even with one that has no claims or lost more than half of its places.
    :param source: where ``rows`` came from (the database), named when the build refuses.
    :param waiting: how many claims wait for review (not in ``rows``): the page says how many,
        never which.
    :param fade_days: a place's status with no new claim for this many days is drawn faded.
    :param names: ``{geonameid: [names]}``: the spellings a reader may search a place by (the
        gazetteer's names of the places with claims, passed in by the job layer).
    :param populations: ``{geonameid: population}``: larger places are labelled first.
    :param base_url: the site's public address (``https://example.org/maps/``): ``og:image`` and the
        embed snippet become absolute URLs; without it they are relative to the site.
    :returns: :class:`BuildReport`.
    :raises InputError: ``base_url`` is not an http(s) address.
    :raises BuildError: when the folder is busy, is not a site, or the overlay is unusable.
    :raises SiteWouldShrink: the new site has no claims, or lost more than half of the old one's
        places, and ``force`` is not set; the old site stays as it was.
    """
    # The cyclic garbage collector rescans every claim object each time a few hundred new ones are
    # made; a build makes hundreds of thousands and no cycles worth collecting: off until it ends
    # (it halves the time of a rebuild at 100,000 claims).
    base_url = check_base_url(base_url)
    collecting = gc.isenabled()
    gc.disable()
    try:
        return _build_site(rows, out_dir, control=control, cdn=cdn, reference_places=reference_places, as_of=as_of,
                           title=title, control_source=control_source, control_max_age_days=control_max_age_days,
                           lock_timeout=lock_timeout, force=force, source=source, waiting=waiting, fade_days=fade_days,
                           names=names, populations=populations, base_url=base_url)
    finally:
        if collecting:
            gc.enable()


def _build_site(rows, out_dir, *, control, cdn, reference_places, as_of, title, control_source, control_max_age_days,
                lock_timeout, force, source, waiting, fade_days, names, populations, base_url) -> BuildReport:
    started = time.perf_counter()
    out_dir = Path(out_dir).absolute()
    out_dir.parent.mkdir(parents=True, exist_ok=True)
    if control is not None and not isinstance(control, ControlOverlay):
        control = load_control(control, source=control_source, max_age_days=control_max_age_days)
    lock = _acquire_lock(out_dir.parent / LOCK_NAME, lock_timeout)
    try:
        _check_out_dir(out_dir)
        for debris in out_dir.parent.glob(f".{out_dir.name}.tmp-*"):
            shutil.rmtree(debris, ignore_errors=True)  # left by a killed build; we hold the lock
        timeline = Timeline(rows, as_of=parse_day(as_of))
        report = BuildReport(out_dir, claims=len(timeline.claims), places=len(timeline.places), as_of=timeline.as_of,
                             waiting=waiting)
        old = _read_manifest(out_dir)
        if not force:
            _check_not_shrinking(out_dir, old, timeline, source, waiting)
        old_files = old.get("files", {}) if old.get("builder") == BUILDER_VERSION else {}
        tmp = Path(tempfile.mkdtemp(prefix=f".{out_dir.name}.tmp-", dir=out_dir.parent))
        try:
            tmp.chmod(0o755)  # mkdtemp makes it private; a web server must read the site
            w = _Writer(tmp, out_dir if old_files else None, old_files, report)
            _write_all(w, timeline, control=control, cdn=cdn, reference_places=reference_places, title=title,
                       waiting=waiting, fade_days=fade_days, names=names, populations=populations,
                       base_url=base_url)
            _carry_placeholders(out_dir, tmp)
            report.removed = sorted(set(old_files) - set(w.files))
            manifest = {"builder": BUILDER_VERSION, "as_of": str(timeline.as_of), "claims": report.claims,
                        "places": report.places, "files": w.files}
            (tmp / MANIFEST).write_text(json.dumps(manifest, indent=0, sort_keys=True), encoding="utf-8")
            _swap_in(tmp, out_dir)
        except BaseException:
            shutil.rmtree(tmp, ignore_errors=True)
            raise
    finally:
        lock.close()
    report.seconds = time.perf_counter() - started
    return report


def _check_claims(timeline: Timeline, control: ControlOverlay, old_root: Path | None, new_root: Path) -> dict:
    """Verdicts of the control check, reusing the previous build's for unchanged inputs.

    A verdict depends only on the overlay, the position, the claimed side and kind, and which
    assessment applies; the spatial joins are the slow part of a build, so only claims whose
    inputs are new are checked. A claim the overlay would check but has no assessment recent
    enough for is labelled (``no assessment within 31 days``) rather than left blank.
    """
    fingerprint = control.fingerprint()
    cache = {}
    if old_root is not None:
        try:
            old = json.loads((old_root / CHECKS_CACHE).read_text(encoding="utf-8"))
            cache = old["verdicts"] if old.get("overlay") == fingerprint else {}
        except (OSError, ValueError, KeyError):
            cache = {}

    def key(r):
        a = control.assessment_for(r["date_to"])
        return (f"{float(r['lat']):.6f},{float(r['lon']):.6f},{r.get('control')},{r.get('kind')},"
                f"{r.get('place_kind')},{a.date if a else None}")

    keys = [key(c.row) for c in timeline.claims]
    todo = [i for i, k in enumerate(keys) if k not in cache]
    for i, verdict in zip(todo, control.check_rows([timeline.claims[i].row for i in todo])):
        cache[keys[i]] = verdict
    used = {k: cache[k] for k in keys}
    (new_root / CHECKS_CACHE).write_text(json.dumps({"overlay": fingerprint, "verdicts": used}), encoding="utf-8")
    out = {}
    for c, k in zip(timeline.claims, keys):
        if used[k] is not None:
            out[c.claim_id] = used[k]
        elif control.checkable(c.row) and control.assessment_for(c.row["date_to"]) is None:  # none recent enough
            out[c.claim_id] = control.unchecked_label
    return out


def _weeks(timeline: Timeline) -> list:
    """The claims cut into ISO weeks: ``[(monday, claims)]``, oldest first (claims are sorted by date)."""
    out = []
    for c in timeline.claims:
        mon = week_of(c.effective)
        if not out or out[-1][0] != mon:
            out.append((mon, []))
        out[-1][1].append(c)
    return out


def first_view_files(site_dir) -> list:
    """The data files a built site's page loads before its first render (besides what index.html names):
    the core, the base geography and the latest week's claims."""
    site_dir = Path(site_dir)
    files = ["data.js", BASEMAP_FILE]
    try:
        text = (site_dir / "data.js").read_text(encoding="utf-8")
        weeks = json.loads(text[text.index("{"):text.rindex("}") + 1])["weeks"]
    except (OSError, ValueError, KeyError):
        return files
    if weeks:
        files.append(weeks[-1][2].split("?")[0])
    return files


def _write_downloads(w: _Writer, timeline: Timeline, weeks: list, keys: list, *, checks, control) -> None:
    """claims.csv and claims.geojson, put together from one fragment per week: a week whose claims did
    not change reuses its fragments from the last build instead of formatting them again."""
    csv_parts, geo_parts = [], []
    for (mon, claims), key in zip(weeks, keys):
        base = f"{CACHE_DIR}/{mon.isoformat()}"
        w.put(f"{base}.csv", f"csv|{pages.PAGE_VERSION}|{key}", lambda claims=claims: pages.claims_csv_rows(claims, checks))
        w.put(f"{base}.geojson", f"geojson|{pages.PAGE_VERSION}|{key}",
              lambda claims=claims: pages.claims_geojson_features(claims, checks))
        csv_parts.append(f"{base}.csv")
        geo_parts.append(f"{base}.geojson")
    weeks_key = _sha("|".join(keys).encode())
    header = pages.claims_csv_header()
    w.put_joined("claims.csv", _sha(f"{pages.PAGE_VERSION}|{header}|{weeks_key}".encode()), header, csv_parts, "", "")
    head, tail = pages.claims_geojson_frame(timeline, control=control)
    w.put_joined("claims.geojson", _sha(f"{pages.PAGE_VERSION}|{head}|{tail}|{weeks_key}".encode()), head, geo_parts,
                 ",", tail)


def _write_card(w: _Writer, timeline: Timeline, states: list, *, title: str, reference_places) -> tuple:
    """The social card (``og-image.png``), drawn again only when what it shows changed (the latest date,
    a status, the towns, the title): returns its URL with the key's digest, which tells social sites'
    caches that it changed, and its size."""
    from geo.site.snapshot import CARD_SIZE, card_key, render_card  # matplotlib: loaded only to draw

    key = _sha(card_key(timeline, states, title=title, reference_places=reference_places, size=CARD_SIZE).encode())
    w.put(OG_IMAGE, key, lambda: render_card(timeline, states=states, title=title, reference_places=reference_places))
    return f"{OG_IMAGE}?v={key[:12]}", CARD_SIZE


def _old_text(w: _Writer, rel: str) -> str | None:
    """A file of the site this build replaces, as text (``None`` when there is none)."""
    if w.old_root is None:
        return None
    try:
        return (w.old_root / rel).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        return None


def _write_all(w: _Writer, timeline: Timeline, *, control, cdn, reference_places, title, waiting=0,
               fade_days=FADE_DAYS, names=None, populations=None, base_url=None) -> None:
    checks = _check_claims(timeline, control, w.old_root, w.root) if control is not None else {}
    for rel, (digest, how) in assets.copy_assets(w.root, cdn=cdn, previous_dir=w.old_root, previous=w.old).items():
        w.files[rel] = {"key": digest, "sha256": digest}
        (w.report.reused if how == "reused" else w.report.written).append(rel)
    base_sha = w.put_content(BASEMAP_FILE, assets.basemap_js())
    weeks = _weeks(timeline)
    keys, chunks = [], []
    for mon, claims in weeks:
        key = chunk_key(claims, timeline, checks)
        keys.append(key)
        w.put(chunk_name(mon), key, lambda mon=mon, claims=claims: chunk_js(mon, build_chunk(claims, timeline, checks=checks)))
        chunks.append((mon, len(claims), f"{chunk_name(mon)}?v={key[:12]}"))
    core = build_core(timeline, chunks=chunks, title=title, fade_days=fade_days, names=names, populations=populations,
                      reference_places=reference_places)
    data_sha = w.put_content("data.js", payload_js(core))
    # The digest in the URL makes browsers and proxies fetch new data after a rebuild.
    scripts = [f"data.js?v={data_sha[:12]}", f"{BASEMAP_FILE}?v={base_sha[:12]}"]
    if control is not None:
        key = control.fingerprint()
        w.put("control.js", key, lambda: f"window.FRONTLINE_CONTROL={js_json(control.to_payload())};\n")
        scripts.append(f"control.js?v={key[:12]}")
    states = place_states(timeline, timeline.as_of)
    og_image, og_size = _write_card(w, timeline, states, title=title, reference_places=reference_places)
    m = render.build_map(timeline, title=title, control=control, cdn=cdn, data_scripts=scripts, waiting=waiting,
                         fade_days=fade_days, og_image=og_image, og_size=og_size, base_url=base_url)
    w.put_content("index.html", m.get_root().render())
    embed = render.build_map(timeline, title=title, control=control, cdn=cdn, data_scripts=scripts, fade_days=fade_days,
                             embed=True, base_url=base_url)
    w.put_content(render.EMBED_FILE, embed.get_root().render())
    memo: dict = {}  # each claim's HTML, rendered once for its day's page and its week's
    week_key = {mon: key for (mon, _), key in zip(weeks, keys)}  # covers the rows of each page of that week
    daily = timeline.all_changes()
    for ch in daily:
        w.put(f"changes/{ch.start.isoformat()}.html", pages.changes_key(ch, title=title, basis=week_key[week_of(ch.start)]),
              lambda ch=ch: pages.changes_html(timeline, ch, title=title, checks=checks, memo=memo))
    w.put_content("feed.xml", atom_feed(timeline, title=title, changes=daily, previous=_old_text(w, "feed.xml"),
                                        base_url=base_url))
    for ch in timeline.all_changes(weekly=True):
        w.put(f"changes/week-{ch.start.isoformat()}.html", pages.changes_key(ch, title=title, basis=week_key[ch.start]),
              lambda ch=ch: pages.changes_html(timeline, ch, title=title, checks=checks, memo=memo))
    w.put_content("changes/index.html", pages.changes_index_html(timeline, title=title))
    _write_downloads(w, timeline, weeks, keys, checks=checks, control=control)
    w.put_content("sources.txt", pages.sources_txt(timeline, title=title, control=control))
    w.put_content("places.csv", pages.places_csv(place_rows(states, timeline.as_of)))
