"""Open the built site in headless Chromium, offline, from file://.

Needs /usr/bin/chromium (``bash scripts/install-chromium.sh``); skipped without it, except
under CI (env ``CI`` set), where a missing browser is a failure.
"""

import functools
import http.server
import os
import threading
from pathlib import Path

import pytest

from geo.site.build import build_site
from geo.site.timeline import Timeline
from sitehelpers import make_row, sample_rows
from test_site_hostile import _hostile_rows  # the fixture approach of the static hostile tests

pytestmark = pytest.mark.browser
CHROMIUM = "/usr/bin/chromium"
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
        "--disable-component-update", "--disable-sync"]
ARTIFACTS = Path(__file__).resolve().parents[2] / "test-artifacts"
REFS = [{"name": "Bigtown", "lat": 48.5, "lon": 35.0, "population": 900_000},
        {"name": "Smallville", "lat": 47.0, "lon": 36.2, "population": 60_000}]


@pytest.fixture(scope="module")
def browser():
    if not Path(CHROMIUM).exists():
        msg = f"{CHROMIUM} is missing: run `bash scripts/install-chromium.sh`"
        if os.environ.get("CI"):
            pytest.fail(msg)
        pytest.skip(msg)
    sync_api = pytest.importorskip("playwright.sync_api")
    with sync_api.sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, headless=True, args=ARGS)
        yield b
        b.close()


@pytest.fixture(scope="module")
def site_url(tmp_path_factory):
    out = tmp_path_factory.mktemp("browser") / "site"
    build_site(sample_rows(), out, reference_places=REFS, title="frontline test")
    return (out / "index.html").as_uri()


class Page:
    """A page with offline routing and the errors it logged."""

    def __init__(self, browser, url, viewport=(1280, 800)):
        self.ctx = browser.new_context(viewport={"width": viewport[0], "height": viewport[1]})
        self.page = self.ctx.new_page()
        self.errors, self.failed, self.dialogs = [], [], []
        self.page.on("dialog", lambda d: (self.dialogs.append(f"{d.type}: {d.message}"), d.dismiss()))
        self.page.on("pageerror", lambda e: self.errors.append(f"pageerror: {e}"))
        self.page.on("console", lambda m: m.type == "error" and self.errors.append(m.text))
        self.page.on("requestfailed", lambda r: self.failed.append(r.url))
        # Offline: only the site's own files load; tiles and anything else are aborted.
        self.page.route("**/*", lambda route: route.continue_() if route.request.url.startswith("file:")
                        else route.abort())
        self.page.goto(url)
        self.page.wait_for_function("window.frontline && document.querySelectorAll('path.fl-m').length > 0")

    def count(self, selector):
        return self.page.locator(selector).count()

    def js_errors(self):
        # Aborted tile requests are logged as "Failed to load resource"; they are expected
        # offline, but only if no file of the site itself failed.
        assert [u for u in self.failed if u.startswith("file:")] == []
        return [e for e in self.errors if not e.startswith("Failed to load resource")]

    def close(self):
        self.ctx.close()


@pytest.fixture
def page(browser, site_url):
    p = Page(browser, site_url)
    yield p
    p.close()


def test_markers_match_the_timeline_and_open_at_latest(page):
    t = Timeline(sample_rows())
    status = t.status_as_of(t.last_date)
    assert page.count("path.fl-m") == len(status) + len(t.strikes_as_of(t.last_date))
    assert page.count("path.fl-ru") == sum(s == "RU" for s in status.values())
    assert page.count("path.fl-contested") == sum(s == "contested" for s in status.values())
    assert page.count("path.fl-area") == 1 and page.count("path.fl-strike") == 1
    assert page.page.text_content("#fl-date") == "22 Feb 2024"
    assert page.page.input_value("#fl-slider") == page.page.get_attribute("#fl-slider", "max")
    assert page.count(".fl-ref") == 2  # reference labels drawn with no tiles
    assert page.js_errors() == []


def test_slider_changes_what_is_shown_and_the_permalink(page):
    pg = page.page
    pg.focus("#fl-slider")
    pg.keyboard.press("Home")  # the first day: only Testovka, held by UA
    pg.wait_for_function("document.getElementById('fl-date').textContent === '10 Jan 2024'")  # next frame
    assert page.count("path.fl-m") == 1 and page.count("path.fl-ua") == 1
    assert pg.evaluate("location.hash") == "#2024-01-10"
    pg.click("#fl-last")
    assert page.count("path.fl-m") == 5 and pg.evaluate("location.hash") == "#2024-02-22"
    pg.click("#fl-prev")
    assert pg.text_content("#fl-date") == "21 Feb 2024" and page.count("path.fl-ua") == 1
    assert page.js_errors() == []


def test_popup_shows_claims_escaped(page):
    pg = page.page
    pg.click("path.fl-ru:not(.fl-area)")  # Primerne
    popup = pg.locator(".leaflet-popup-content")
    popup.wait_for()
    text = popup.inner_text()
    assert "Primerne" in text and "Claims, newest first (2)" in text
    assert "According to the Russian Defense Ministry (Russian side), 22 Feb 2024: captured by Russia" in text
    assert "<script>alert(1)</script>" in text and '<img src=x onerror="window.__xss=1">' in text
    assert text.index("22 Feb 2024: captured") < text.index("12 Jan 2024: held")  # newest first
    inner = popup.inner_html()
    assert "&lt;script&gt;" in inner and "<img" not in inner and popup.locator("script").count() == 0
    assert pg.evaluate("window.__xss") is None
    assert popup.locator("a[href='https://news.example/a5']").count() == 1
    assert "fact" not in text.lower()
    assert page.js_errors() == []


def test_fragment_opens_at_that_date(browser, site_url):
    p = Page(browser, site_url + "#2024-02-17")
    try:
        assert p.page.text_content("#fl-date") == "17 Feb 2024"
        assert p.count("path.fl-ru") == 1 and p.count("path.fl-ua") == 1  # Testovka RU, Primerne UA
        assert "1 place(s) changed claimed status" in p.page.text_content("#fl-day")
        p.page.evaluate("location.hash = '#2024-02-18'")  # editing the URL moves the slider
        p.page.wait_for_function("document.getElementById('fl-date').textContent === '18 Feb 2024'")
        assert "1 contradicted by another claimant" in p.page.text_content("#fl-day")
        assert p.js_errors() == []
    finally:
        p.close()


def test_compare_view_and_its_permalink(browser, site_url):
    t = Timeline(sample_rows())
    cmp = t.compare("2024-02-16", "2024-02-22")
    p = Page(browser, site_url + "#2024-02-16..2024-02-22")
    try:
        out = p.page.text_content("#fl-cmp-out")
        assert f"{len(cmp.appeared)} appeared, {len(cmp.changed)} changed" in out
        assert f"{len(cmp.new_claims)} new claim(s)" in out
        p.page.fill("#fl-cmp-a", "2024-01-10")
        p.page.fill("#fl-cmp-b", "2024-02-17")
        p.page.click("#fl-cmp button[type=submit]")
        assert p.page.evaluate("location.hash") == "#2024-01-10..2024-02-17"
        assert p.page.text_content("#fl-date") == "17 Feb 2024"
        assert p.js_errors() == []
    finally:
        p.close()


def test_screenshots(browser, site_url):
    ARTIFACTS.mkdir(exist_ok=True)
    p = Page(browser, site_url + "#2024-02-22")
    try:
        p.page.click("path.fl-contested >> nth=0")
        p.page.locator(".leaflet-popup-content").wait_for()
        p.page.wait_for_timeout(600)  # let the popup's fade-in and auto-pan finish
        p.page.screenshot(path=str(ARTIFACTS / "site.png"))
    finally:
        p.close()
    phone = Page(browser, site_url, viewport=(390, 760))
    try:
        assert phone.page.evaluate("document.getElementById('fl-legend').open") is False
        phone.page.screenshot(path=str(ARTIFACTS / "site-phone.png"))
    finally:
        phone.close()
    assert (ARTIFACTS / "site.png").stat().st_size > 10_000


def test_page_and_timeline_agree_on_every_day(browser, tmp_path):
    from datetime import timedelta

    from sitehelpers import random_rows

    rows = random_rows()
    build_site(rows, tmp_path / "site")
    t = Timeline(rows)
    p = Page(browser, (tmp_path / "site/index.html").as_uri())
    try:
        js = p.page.evaluate("""() => { const a = window.frontline, out = [];
            for (let d = 0; d <= a.asOf; d++) {
              const st = {}; a.D.places.forEach((P, i) => { const s = a.statusAt(i, d); if (s >= 0) st[P[0]] = s; });
              const ch = a.changes(d, d);
              out.push([st, ch.changed.length, ch.news.length, ch.contra.length]);
            } return out; }""")
        codes = {"RU": 0, "UA": 1, "contested": 2}
        for i, (status, n_changed, n_new, n_contra) in enumerate(js):
            day = t.first_date + timedelta(days=i)
            want = {str(g): codes[s] for g, s in t.status_as_of(day).items()}
            ch = t.changes_on(day)
            assert (status, n_changed, n_new, n_contra) == (
                want, len(ch.changed), len(ch.new_claims), len(ch.contradictions)), day
        assert p.js_errors() == []
    finally:
        p.close()


PNG_1X1 = bytes.fromhex("89504e470d0a1a0a0000000d4948445200000001000000010806000000"
                        "1f15c4890000000d49444154789c6360000002000154a24f5d0000000049454e44ae426082")


def test_osm_tiles_get_a_referer_and_nothing_else_does(browser, site_url):
    # tile.openstreetmap.org answers "403 Referer is required" without a Referer. Served over
    # HTTP (from file:// there is no origin to send), tile requests carry one; the page's own
    # files do not (the page keeps <meta name="referrer" content="no-referrer">).
    root = Path(site_url[len("file://"):]).parent
    class Quiet(http.server.SimpleHTTPRequestHandler):
        def log_message(self, *args):
            pass

    handler = functools.partial(Quiet, directory=str(root))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    base = f"http://127.0.0.1:{server.server_address[1]}/"
    ctx = browser.new_context(viewport={"width": 1280, "height": 800})
    seen = {}

    def route(r):
        url = r.request.url
        seen[url] = r.request.all_headers().get("referer")
        if "tile.openstreetmap.org" in url:
            r.fulfill(status=200, content_type="image/png", body=PNG_1X1)
        elif url.startswith(base):
            r.continue_()
        else:
            r.abort()

    try:
        page = ctx.new_page()
        page.route("**/*", route)
        page.goto(base + "index.html")
        page.wait_for_function("window.frontline && document.querySelectorAll('img.leaflet-tile-loaded').length > 0")
        tiles = {u: ref for u, ref in seen.items() if "tile.openstreetmap.org" in u}
        assert tiles and set(tiles.values()) == {base}, tiles  # strict-origin: the origin, no path
        # What the document itself loads (a stylesheet's own images follow the stylesheet's policy).
        own = {u: ref for u, ref in seen.items() if u.startswith(base) and ".js" in u}
        assert own and set(own.values()) == {None}, own
    finally:
        ctx.close()
        server.shutdown()
        server.server_close()


# -- hostile articles: nothing runs, nothing links anywhere but http(s) -----------------------------
DIALOG_PAYLOADS = ["<img src=x onerror=\"alert('img')\">", "<svg/onload=confirm('svg')>",
                   '<iframe src="javascript:alert(`iframe`)"></iframe>', '"><script>prompt("script")</script>',
                   "javascript:alert('text')", "{{ constructor.constructor('alert(1)')() }}",
                   "<a href=\"javascript:alert('a')\">click</a>"]
HOSTILE_URLS = ["javascript:alert('url')", "JaVaScRiPt:alert(1)", " javascript:alert(1)", "java\tscript:alert(1)",
                "\x01javascript:alert(1)", "vbscript:msgbox(1)", "data:text/html,<script>alert(1)</script>",
                "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==",
                'https://news.example/ok" onmouseover="alert(1)']
LINKS = """() => Array.from(document.querySelectorAll('a[href], area[href]'))
    .map(a => [a.getAttribute('href'), a.protocol])"""
HANDLERS = """() => Array.from(document.querySelectorAll('*')).flatMap(e => Array.from(e.attributes))
    .filter(a => /^on/i.test(a.name) || /^\\s*(javascript|data|vbscript):/i.test(a.value)).map(a => a.name + '=' + a.value)"""


@pytest.fixture(scope="module")
def hostile_site(tmp_path_factory):
    """A site whose every article field is hostile: markup that would open a dialog, template
    syntax, and URLs of every scheme that must never become a link."""
    places = ["Testovka", "Primerne", "Zrazkove", "Mockivka", "Fictive Oblast"]
    rows = _hostile_rows()
    for i, url in enumerate(HOSTILE_URLS):
        text = DIALOG_PAYLOADS[i % len(DIALOG_PAYLOADS)]
        rows.append(make_row(places[i % len(places)], article=f"x{i}", date=f"2024-02-{18 + i % 5:02d}",
                             kind="struck" if places[i % len(places)] == "Mockivka" else "captured",
                             title=text, source=text, quote=f"Quote {text}", claimant_label=text,
                             surface=text, date_phrase=text, url=url))
    out = tmp_path_factory.mktemp("hostile-browser") / "site"
    build_site(rows, out, reference_places=[{**r, "name": DIALOG_PAYLOADS[i]} for i, r in enumerate(REFS)],
               title="<img src=x onerror=alert('title')>")
    return out


def _assert_inert(p, where):
    links = p.page.evaluate(LINKS)
    assert not [h for h, proto in links if proto in ("javascript:", "data:", "vbscript:")], (where, links)
    assert p.page.evaluate(HANDLERS) == [], where
    assert p.page.evaluate("window.__xss") is None, where
    assert p.dialogs == [], where
    return links


def test_hostile_articles_open_no_dialog_and_no_hostile_link(browser, hostile_site):
    p = Page(browser, (hostile_site / "index.html").as_uri())
    try:
        pg = p.page
        pg.evaluate("document.getElementById('fl-legend').open = true")
        _assert_inert(p, "opened")
        pg.focus("#fl-slider")
        pg.keyboard.press("Home")
        seen = set()
        while True:  # every day's panel (changes, new claims, contradictions)
            day = pg.text_content("#fl-date")
            seen.add(day)
            _assert_inert(p, day)
            if pg.input_value("#fl-slider") == pg.get_attribute("#fl-slider", "max"):
                break
            pg.keyboard.press("ArrowRight")
            pg.wait_for_function("d => document.getElementById('fl-date').textContent !== d", arg=day)
        assert len(seen) > 5
        n = p.count("path.fl-m")
        https = set()
        for i in range(n):  # every popup, with every claim's source line
            pg.locator("path.fl-m").nth(i).click(force=True)
            pg.locator(".leaflet-popup-content").first.wait_for()
            https |= {h for h, proto in _assert_inert(p, f"popup {i}") if proto == "https:"}
            pg.evaluate("window.frontline.map.closePopup()")
        assert n >= 4 and "https://news.example/ok%22%20onmouseover=%22alert(1)" in {
            pg.evaluate("h => new URL(h).href", h) for h in https}  # the one http(s) URL: a link, inert
        pg.fill("#fl-cmp-a", "2024-02-01")
        pg.fill("#fl-cmp-b", "2024-02-28")
        pg.click("#fl-cmp button[type=submit]")
        _assert_inert(p, "compare")
        assert p.js_errors() == []
        for page in sorted((hostile_site / "changes").glob("*.html")):  # the static change pages
            pg.goto(page.as_uri(), wait_until="domcontentloaded")
            _assert_inert(p, page.name)
    finally:
        p.close()
