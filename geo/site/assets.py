"""The JavaScript and CSS the site needs, taken from installed packages (never pasted here).

- Leaflet from the ``xstatic.pkg.leaflet`` package (``XStatic-Leaflet`` on PyPI).
- The page's own script and style from ``geo/site/static/``.

Both go to ``lib/`` in the site so the page works offline and from any sub-path.
"""

from __future__ import annotations

import hashlib
import os
import shutil
from pathlib import Path

from geo.errors import BuildError

STATIC_DIR = Path(__file__).with_name("static")
LEAFLET_DIR = "lib/leaflet"
APP_DIR = "lib/frontline"
# Only what the page loads: the minified build, its stylesheet and the control images
# the stylesheet points to (layers.png...). Source maps and ES modules stay behind.
_LEAFLET_FILES = ("leaflet.js", "leaflet.css")
_APP_FILES = ("frontline.js", "frontline-ui.js", "frontline.css")

LEAFLET_JS = f"{LEAFLET_DIR}/leaflet.js"
LEAFLET_CSS = f"{LEAFLET_DIR}/leaflet.css"
APP_JS = f"{APP_DIR}/frontline.js"
APP_UI_JS = f"{APP_DIR}/frontline-ui.js"
APP_CSS = f"{APP_DIR}/frontline.css"


def leaflet_package():
    """Locate the installed Leaflet package.

    :returns: ``(data_dir, version)``.
    :raises BuildError: when ``XStatic-Leaflet`` is not installed.
    """
    try:
        import xstatic.pkg.leaflet as pkg
    except ImportError as exc:
        raise BuildError("Leaflet is not installed: pip install XStatic-Leaflet") from exc
    return Path(pkg.BASE_DIR), pkg.VERSION


def cdn_urls() -> dict:
    """CDN links for the same Leaflet version, used only when a build asks for ``cdn=True``.

    :returns: ``{"js": url, "css": url}``.
    """
    _, version = leaflet_package()
    base = f"https://cdn.jsdelivr.net/npm/leaflet@{version}/dist"
    return {"js": f"{base}/leaflet.js", "css": f"{base}/leaflet.css"}


def asset_files(*, cdn: bool = False) -> dict:
    """Every asset file the site needs, by its path in the site.

    :param cdn: leave Leaflet out (the page then loads it from a CDN).
    :returns: ``{"lib/leaflet/leaflet.js": Path(...), ...}``.
    :raises BuildError: when a file is missing from the installed packages.
    """
    files = {}
    if not cdn:
        base, _ = leaflet_package()
        for name in _LEAFLET_FILES:
            files[f"{LEAFLET_DIR}/{name}"] = base / name
        for image in sorted((base / "images").glob("*.png")):
            files[f"{LEAFLET_DIR}/images/{image.name}"] = image
    for name in _APP_FILES:
        files[f"{APP_DIR}/{name}"] = STATIC_DIR / name
    missing = [str(p) for p in files.values() if not p.is_file()]
    if missing:
        raise BuildError(f"asset files missing (reinstall frontline / XStatic-Leaflet): {', '.join(missing)}")
    return files


BASEMAP = STATIC_DIR / "basemap.json"


def basemap_js() -> str:
    """The offline base geography (``static/basemap.json``: borders, oblasts, coast, rivers and
    reservoirs; made by ``scripts/make_basemap.py`` from Natural Earth and GSHHG) as a script that
    sets ``window.FRONTLINE_BASE``: a script, so it loads from ``file://`` too.

    :returns: JavaScript text.
    :raises BuildError: when the file is missing (a broken install).
    """
    try:
        text = BASEMAP.read_text(encoding="utf-8").strip()
    except OSError as exc:
        raise BuildError(f"{BASEMAP}: base geography missing (reinstall frontline): {exc.strerror}") from exc
    return f"window.FRONTLINE_BASE={text};\n"


def file_digest(path: Path) -> str:
    """SHA-256 of a file's bytes.

    :param path: the file.
    :returns: hex digest.
    """
    return hashlib.sha256(Path(path).read_bytes()).hexdigest()


def copy_assets(site_dir, *, cdn: bool = False, previous_dir=None, previous: dict | None = None) -> dict:
    """Copy the asset files into a site folder being built (called by :mod:`geo.site.build`).

    A file whose digest matches the previous build's manifest is hard-linked from the
    previous site instead (same inode: HTTP caches and ETags stay valid); copied otherwise.

    :param site_dir: the (temporary) site folder.
    :param cdn: leave Leaflet out.
    :param previous_dir: the site folder of the previous build, or ``None``.
    :param previous: that build's manifest entries ``{path: {"sha256": ...}}``.
    :returns: ``{path: (sha256, "written" | "reused")}``.
    """
    site_dir, previous = Path(site_dir), previous or {}
    done = {}
    for rel, src in asset_files(cdn=cdn).items():
        digest = file_digest(src)
        dest = site_dir / rel
        dest.parent.mkdir(parents=True, exist_ok=True)
        old = Path(previous_dir) / rel if previous_dir else None
        if old is not None and previous.get(rel, {}).get("sha256") == digest and old.is_file():
            try:
                os.link(old, dest)
                done[rel] = (digest, "reused")
                continue
            except OSError:  # another file system, or links not allowed: copy instead
                pass
        shutil.copyfile(src, dest)
        done[rel] = (digest, "written")
    return done
