"""Gazetteer jobs: import a GeoNames dump, or download the official one and import it."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from geo.places.download import GEONAMES_URL, download_dump
from geo.places.gazetteer import gazetteer_path
from geo.places.importer import import_dump


def import_gazetteer(dump: str | Path, path: str | Path | None = None, *, include: tuple = (),
                     force: bool = False) -> tuple[Path, dict]:
    """Import a GeoNames country dump into the gazetteer.

    :param dump: ``UA.zip`` or ``UA.txt``.
    :param path: the gazetteer file (default: ``data/gazetteer/gazetteer.sqlite``).
    :param include: extra feature codes to keep (``PPLX``, ``PPLQ``, ``PPLH``).
    :returns: ``(gazetteer path, counts)``.
    """
    target = gazetteer_path(path)
    return target, import_dump(dump, target, include=tuple(include), force=force)


def download_gazetteer(path: str | Path | None = None, *, url: str | None = None, out: str | Path | None = None,
                       do_import: bool = True, timeout: float = 30.0,
                       say: Callable[[str], None] = lambda msg: None,
                       progress: Callable[[int, int | None], None] | None = None) -> tuple[Path, Path, dict | None]:
    """Download the GeoNames dump (only when the user asks), then import it.

    :returns: ``(where the zip was saved, the gazetteer path, import counts or None)``.
    """
    url = url or GEONAMES_URL
    target = gazetteer_path(path)
    dest = Path(out) if out else target.with_name("UA.zip")
    say(f"Downloading {url} to {dest} ...")
    download_dump(dest, url=url, timeout=timeout, progress=progress)
    counts = import_dump(dest, target, source=url) if do_import else None
    return dest, target, counts
