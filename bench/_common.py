"""Shared helpers for the bench scripts (not a test module): the dump, a temp gazetteer, printing.

Each bench script reads the GeoNames dump named by ``$FRONTLINE_GEONAMES`` and works in a temporary
folder; nothing is written into the repository.
"""

from __future__ import annotations

import os
import resource
import sys
import time
from pathlib import Path

ENV = "FRONTLINE_GEONAMES"


def dump_path() -> Path:
    """The GeoNames dump to benchmark with, or exit with a message saying how to give one."""
    value = os.environ.get(ENV)
    if not value:
        sys.exit(
            f"{Path(sys.argv[0]).name}: ${ENV} is not set; point it at a GeoNames country dump, e.g.\n"
            f"  {ENV}=/path/to/UA.zip .venv/bin/python {sys.argv[0]}"
        )
    path = Path(value)
    if not path.is_file():
        sys.exit(f"{Path(sys.argv[0]).name}: ${ENV}={value}: no such file")
    return path


def import_gazetteer(dump: Path, workdir: Path) -> tuple[Path, float, dict]:
    """Import the dump into ``workdir``; returns (gazetteer path, seconds, importer counts)."""
    from geo.places.importer import import_dump

    target = workdir / "gazetteer.sqlite"
    started = time.perf_counter()
    counts = import_dump(dump, target)
    return target, time.perf_counter() - started, counts


def peak_rss_mb() -> float:
    """Peak resident set size of this process so far, in MB (ru_maxrss is KB on Linux)."""
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return rss / (1024 * 1024) if sys.platform == "darwin" else rss / 1024


def figure(label: str, value: str, target: str = "", ok: bool | None = None) -> None:
    """One line per figure: label, value, and the target beside it (with a verdict when known)."""
    verdict = "" if ok is None else ("  ok" if ok else "  MISSED")
    tail = f"   (target {target}){verdict}" if target else ""
    print(f"{label:<52} {value:>14}{tail}", flush=True)
