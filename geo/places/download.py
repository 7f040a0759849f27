"""Download the official GeoNames country dump (only when the user asks, or runs the main job)."""

from __future__ import annotations

import os
import socket
import urllib.error
import urllib.request
from collections.abc import Callable
from pathlib import Path

from geo.errors import DownloadError

GEONAMES_URL = "https://download.geonames.org/export/dump/UA.zip"
OFFLINE_HELP = (
    "download the GeoNames dump for Ukraine ({url}) on a connected machine, then run "
    "'frontline gazetteer import UA.zip' or set FRONTLINE_GEONAMES=/path/to/UA.zip"
)


def download_dump(
    dest: str | Path,
    *,
    url: str = GEONAMES_URL,
    timeout: float = 30.0,
    progress: Callable[[int, int | None], None] | None = None,
) -> Path:
    """Fetch a GeoNames dump to ``dest`` (written to a temp file, renamed when complete).

    :param dest: where the zip goes.
    :param url: the dump's URL (``--url`` overrides the official one).
    :param timeout: seconds to wait for the server at each step.
    :param progress: called with (bytes so far, total bytes or None).
    :returns: the path written.
    :raises DownloadError: offline, timed out, or the server refused.
    """
    dest = Path(dest)
    dest.parent.mkdir(parents=True, exist_ok=True)
    tmp = dest.with_name(f".{dest.name}.{os.getpid()}.part")
    request = urllib.request.Request(url, headers={"User-Agent": "frontline (offline gazetteer import)"})
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response, open(tmp, "wb") as out:
            total = response.headers.get("Content-Length")
            total = int(total) if total and total.isdigit() else None
            done = 0
            while chunk := response.read(1 << 16):
                out.write(chunk)
                done += len(chunk)
                if progress:
                    progress(done, total)
        if total is not None and done != total:
            raise DownloadError(f"{url}: download cut short ({done} of {total} bytes); try again")
        os.replace(tmp, dest)
        return dest
    except urllib.error.HTTPError as exc:
        raise DownloadError(f"{url}: the server answered HTTP {exc.code} {exc.reason}") from exc
    except (urllib.error.URLError, socket.timeout, TimeoutError, ConnectionError) as exc:
        reason = getattr(exc, "reason", exc)
        raise DownloadError(f"cannot download {url} ({reason}); offline? " + OFFLINE_HELP.format(url=GEONAMES_URL)) from exc
    finally:
        tmp.unlink(missing_ok=True)
