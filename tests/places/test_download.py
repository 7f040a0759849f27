"""Downloading the GeoNames dump, against local servers on 127.0.0.1 only (never the internet)."""

from __future__ import annotations

import http.server
import socket
import threading

import pytest
from click.testing import CliRunner

from geo.cli import cli
from geo.errors import DownloadError
from geo.places.gazetteer import Gazetteer
from geo.places.download import download_dump


class _Handler(http.server.BaseHTTPRequestHandler):
    files: dict[str, bytes] = {}
    short: dict[str, bytes] = {}  # paths whose body is cut short of the announced length

    def do_GET(self):  # noqa: N802 (http.server's naming)
        if self.path in self.files:
            body = self.files[self.path]
            self.send_response(200)
            self.send_header("Content-Type", "application/zip")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)
        elif self.path in self.short:
            body = self.short[self.path]
            self.send_response(200)
            self.send_header("Content-Length", str(len(body) * 2))
            self.end_headers()
            self.wfile.write(body)
            self.wfile.flush()
            self.close_connection = True
        else:
            self.send_error(404, "Not Found")

    def log_message(self, *args):  # keep the test output quiet
        pass


@pytest.fixture
def server(sample_zip):
    """A loopback HTTP server: /UA.zip is the sample dump, /short.zip is cut short, anything else 404."""
    data = sample_zip.read_bytes()
    handler = type("Handler", (_Handler,), {"files": {"/UA.zip": data}, "short": {"/short.zip": data[:1000]}})
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=httpd.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}", data
    httpd.shutdown()
    httpd.server_close()
    thread.join(5)


@pytest.fixture
def refused_url():
    """A loopback URL where nothing listens (connection refused)."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    return f"http://127.0.0.1:{port}/UA.zip"


@pytest.fixture
def silent_url():
    """A loopback server that accepts connections and never answers."""
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    sock.listen(4)
    accepted = []
    stop = threading.Event()

    def accept():
        sock.settimeout(0.1)
        while not stop.is_set():
            try:
                accepted.append(sock.accept()[0])
            except OSError:
                pass

    thread = threading.Thread(target=accept, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{sock.getsockname()[1]}/UA.zip"
    stop.set()
    thread.join(5)
    for conn in accepted:
        conn.close()
    sock.close()


def _leftovers(folder):
    return sorted(p.name for p in folder.iterdir()) if folder.exists() else []


def test_download_writes_the_file_and_reports_progress(server, tmp_path):
    base, data = server
    calls = []
    path = download_dump(tmp_path / "dl" / "UA.zip", url=f"{base}/UA.zip", progress=lambda done, total: calls.append((done, total)))
    assert path == tmp_path / "dl" / "UA.zip"
    assert path.read_bytes() == data
    assert calls and calls[-1] == (len(data), len(data))
    assert [c[0] for c in calls] == sorted(c[0] for c in calls)
    assert _leftovers(tmp_path / "dl") == ["UA.zip"]


def test_http_404(server, tmp_path):
    base, _ = server
    with pytest.raises(DownloadError) as exc:
        download_dump(tmp_path / "dl" / "UA.zip", url=f"{base}/missing.zip")
    assert str(exc.value) == f"{base}/missing.zip: the server answered HTTP 404 Not Found"
    assert _leftovers(tmp_path / "dl") == []


def test_cut_short(server, tmp_path):
    base, _ = server
    with pytest.raises(DownloadError, match=rf"^{base}/short\.zip: download cut short"):
        download_dump(tmp_path / "dl" / "UA.zip", url=f"{base}/short.zip", timeout=5)
    assert _leftovers(tmp_path / "dl") == []


def test_connection_refused_says_offline(refused_url, tmp_path):
    with pytest.raises(DownloadError) as exc:
        download_dump(tmp_path / "dl" / "UA.zip", url=refused_url, timeout=5)
    message = str(exc.value)
    assert message.startswith(f"cannot download {refused_url} (")
    assert "offline?" in message and "FRONTLINE_GEONAMES=/path/to/UA.zip" in message
    assert "frontline gazetteer import UA.zip" in message
    assert _leftovers(tmp_path / "dl") == []


def test_silent_server_times_out(silent_url, tmp_path):
    with pytest.raises(DownloadError) as exc:
        download_dump(tmp_path / "dl" / "UA.zip", url=silent_url, timeout=0.5)
    assert "timed out" in str(exc.value)
    assert "offline?" in str(exc.value)
    assert _leftovers(tmp_path / "dl") == []


# -- through the CLI ---------------------------------------------------------------------------

def test_cli_download_imports(server, tmp_path):
    base, data = server
    gaz = tmp_path / "gaz" / "gazetteer.sqlite"
    result = CliRunner().invoke(
        cli, ["--gazetteer", str(gaz), "gazetteer", "download", "--url", f"{base}/UA.zip"], catch_exceptions=False
    )
    assert result.exit_code == 0, result.output
    assert f"Downloading {base}/UA.zip to {gaz.with_name('UA.zip')} ..." in result.stderr
    assert result.stdout.splitlines() == [
        f"Saved {gaz.with_name('UA.zip')}",
        f"Imported into {gaz}: 25 settlements",
    ]
    assert gaz.with_name("UA.zip").read_bytes() == data
    assert Gazetteer(gaz).info()["source"] == f"{base}/UA.zip"


def test_cli_download_no_import(server, tmp_path):
    base, _ = server
    gaz = tmp_path / "gaz" / "gazetteer.sqlite"
    out = tmp_path / "elsewhere" / "dump.zip"
    result = CliRunner().invoke(
        cli, ["--gazetteer", str(gaz), "gazetteer", "download", "--url", f"{base}/UA.zip", "--out", str(out), "--no-import"],
        catch_exceptions=False,
    )
    assert result.exit_code == 0, result.output
    assert out.exists() and not gaz.exists()


def test_cli_download_404_is_one_line(server, tmp_path):
    base, _ = server
    gaz = tmp_path / "gaz" / "gazetteer.sqlite"
    result = CliRunner().invoke(cli, ["--gazetteer", str(gaz), "gazetteer", "download", "--url", f"{base}/nope.zip"])
    assert result.exit_code == 2
    assert result.stdout == ""
    assert result.stderr.splitlines()[-1] == f"Error: {base}/nope.zip: the server answered HTTP 404 Not Found"
    assert "Traceback" not in result.output
    assert _leftovers(gaz.parent) == []


def test_cli_download_refused(refused_url, tmp_path):
    gaz = tmp_path / "gaz" / "gazetteer.sqlite"
    result = CliRunner().invoke(cli, ["--gazetteer", str(gaz), "gazetteer", "download", "--url", refused_url, "--timeout", "5"])
    assert result.exit_code == 2
    last = result.stderr.splitlines()[-1]
    assert last.startswith(f"Error: cannot download {refused_url} (")
    assert "offline?" in last and "FRONTLINE_GEONAMES" in last
    assert not gaz.exists()


def test_cli_download_timeout(silent_url, tmp_path):
    gaz = tmp_path / "gaz" / "gazetteer.sqlite"
    result = CliRunner().invoke(cli, ["--gazetteer", str(gaz), "gazetteer", "download", "--url", silent_url, "--timeout", "0.5"])
    assert result.exit_code == 2
    last = result.stderr.splitlines()[-1]
    assert last.startswith(f"Error: cannot download {silent_url} (") and "timed out" in last
    assert not gaz.exists()
