"""Open the built site in headless Chromium, offline, from file://.

Needs /usr/bin/chromium (``bash scripts/install-chromium.sh``); skipped without it, except
under CI (env ``CI`` set), where a missing browser is a failure.
"""

import functools
import re
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
        self.page.wait_for_function("window.frontline && window.frontline.rendered && "
                                    "document.querySelectorAll('path.fl-m').length > 0")

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
    assert page.count(".fl-ref") == 1  # reference towns drawn with no tiles; a small one only when zoomed in
    labels = page.page.locator(".fl-label").all_text_contents()
    assert sorted(labels) == ["Fictive Oblast \u00b7 20 Feb", "Primerne \u00b7 22 Feb", "Testovka \u00b7 18 Feb",
                              "Zrazkove \u00b7 18 Feb"]  # every place with a status, with its last claim's date
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
    pg.wait_for_function("document.querySelector('.leaflet-popup-content').textContent.includes('Claims, newest first')")
    text = popup.inner_text()
    assert "Primerne" in text and "Claims, newest first (2)" in text
    assert "As of 22 Feb 2024: Russia claims control, latest claim 22 Feb 2024" in text
    assert popup.locator("svg.fl-history rect.fl-seg").count() == 2  # its history: Ukraine, then Russia
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
        p.page.wait_for_function("document.getElementById('fl-day').textContent.includes('1 place(s) changed claimed status')")
        assert p.page.input_value("#fl-cmp-b") == "2024-02-17" and p.page.input_value("#fl-cmp-a") == "2024-02-10"
        p.page.evaluate("location.hash = '#2024-02-18'")  # editing the URL moves the slider
        p.page.wait_for_function("document.getElementById('fl-date').textContent === '18 Feb 2024'")
        p.page.wait_for_function("document.getElementById('fl-day').textContent.includes('1 contradicted by another claimant')")
        assert p.page.input_value("#fl-cmp-b") == "2024-02-18"  # the compare fields follow the date shown
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
        # On the map: a ring round each place whose status changed, with before -> after.
        assert p.count("path.fl-halo") == len(cmp.appeared) + len(cmp.changed) + len(cmp.disappeared)
        tags = p.page.locator(".fl-label-change").all_text_contents()
        assert "Primerne: Ukraine \u2192 Russia" in tags and "Zrazkove: no claim \u2192 contested" in tags
        assert p.page.input_value("#fl-cmp-a") == "2024-02-16" and p.page.input_value("#fl-cmp-b") == "2024-02-22"
        p.page.fill("#fl-cmp-a", "2024-01-10")
        p.page.fill("#fl-cmp-b", "2024-02-17")
        p.page.click("#fl-cmp button[type=submit]")
        assert p.page.evaluate("location.hash") == "#2024-01-10..2024-02-17"
        assert p.page.text_content("#fl-date") == "17 Feb 2024"
        assert p.count("path.fl-halo") == 2  # Testovka: Ukraine -> Russia; Primerne appeared (12 Jan)
        p.page.click("#fl-cmp-clear")
        assert p.count("path.fl-halo") == 0 and p.page.evaluate("location.hash") == "#2024-02-17"
        assert p.js_errors() == []
    finally:
        p.close()


def test_page_and_timeline_agree_on_every_day(browser, tmp_path):
    from datetime import timedelta

    from sitehelpers import random_rows

    rows = random_rows()
    build_site(rows, tmp_path / "site")
    t = Timeline(rows)
    p = Page(browser, (tmp_path / "site/index.html").as_uri())
    try:
        js = p.page.evaluate("""async () => { const a = window.frontline, out = [];
            await a.loadAll();
            for (let d = a.first; d <= a.asOf; d++) {
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
        # The rules the page applies to filtered claims give the build's steps on the unfiltered ones.
        same = p.page.evaluate("""() => { const a = window.frontline, F = window.Frontline;
            return a.placeClaims.every((cs, i) => {
              const s = F.steps(cs.filter(c => c[a.f.status] >= 0), a.f, a.D.conflictDays);
              return JSON.stringify(s.days) === JSON.stringify(a.ptsAll[i].days) &&
                     JSON.stringify(s.codes) === JSON.stringify(a.ptsAll[i].codes); }); }""")
        assert same
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
        page.wait_for_function("window.frontline && window.frontline.rendered")
        assert page.locator("img.leaflet-tile").count() == 0  # tiles are an optional layer, off at first
        page.evaluate("""() => { const lc = window.frontline.cfg.layerControl;
            lc._layers.filter(l => l.layer instanceof L.TileLayer).forEach(l => l.layer.addTo(window.frontline.map)); }""")
        page.wait_for_function("document.querySelectorAll('img.leaflet-tile-loaded').length > 0")
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
        pg.evaluate("window.frontline.loadAll()")
        pg.focus("#fl-slider")
        pg.keyboard.press("Home")
        pg.wait_for_function("window.frontline.day === window.frontline.first")  # redrawn at the next frame
        seen = set()
        while True:  # every day's panel (changes, new claims, contradictions)
            day = pg.text_content("#fl-date")
            seen.add(day)
            pg.wait_for_function("d => document.getElementById('fl-day').textContent.includes(d)", arg=day)
            _assert_inert(p, day)
            if pg.input_value("#fl-slider") == pg.get_attribute("#fl-slider", "max"):
                break
            pg.keyboard.press("ArrowRight")
            pg.wait_for_function("d => document.getElementById('fl-date').textContent !== d", arg=day)
        assert len(seen) > 5
        n = p.count("path.fl-m")
        https = set()
        for i in range(n):  # every popup, with every claim's source line
            pg.evaluate("""i => { const a = window.frontline;
                Object.values(a.markers).concat(Object.values(a.strikeMarkers))[i].openPopup(); }""", i)
            pg.locator(".leaflet-popup-content").first.wait_for()
            pg.wait_for_function("!document.querySelector('.leaflet-popup-content').textContent.includes('Loading')")
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


# -- a map a reader understands at a glance: an archive shaped like real coverage --------------------
# Invented places (made-up names, positions along a made-up front and two in the west).
FRONT = [("Zrazkivka", 48.14, 37.74), ("Mokrivka", 48.30, 37.98), ("Pryklad", 48.58, 37.99), ("Vyhadane", 48.03, 37.55),
         ("Testopil", 47.72, 36.95), ("Uyavne", 47.58, 35.80), ("Kopiivka", 46.75, 33.40), ("Shablonove", 49.61, 37.85),
         ("Demivka", 49.95, 37.50), ("Probne", 48.85, 38.05), ("Maketne", 47.96, 37.27), ("Zapasne", 48.42, 37.60),
         ("Perevirka", 50.62, 34.20), ("Lvivtest", 49.84, 24.03), ("Zakhidne", 50.40, 25.40)]
VARIANTS = {"Zrazkivka": ["Zrazkovka", "Зразківка", "Зразковка"]}


def _front_rows():
    from datetime import date, timedelta

    rows, n = [], 0
    last = date(2024, 3, 20)
    for i, (name, lat, lon) in enumerate(FRONT):
        west = lon < 30
        for k in range(3):
            # every third place quiet for 45 days and more; the strikes in the west within the week
            day = last - timedelta(days=k if west else (0 if i % 3 else 45) + 9 * k + i)
            claimant = ["RU", "UA", "other"][(i + k) % 3]
            kind = "struck" if west else ["captured", "held", "contested"][(i * 2 + k) % 3]
            n += 1
            row = make_row(claimant=claimant, kind=kind, control="RU" if i % 2 else "UA", date=day.isoformat(),
                           article=f"f{n}", claim_id=f"f{n}", geonameid=70_000 + i, surface=name,
                           lat=lat, lon=lon, source=["Example Wire", "Sample Times"][n % 2])
            rows.append({**row, "place": name})
    return rows


@pytest.fixture(scope="module")
def front_site(tmp_path_factory):
    out = tmp_path_factory.mktemp("front") / "site"
    names = {70_000 + i: VARIANTS.get(name, []) for i, (name, _, _) in enumerate(FRONT)}
    build_site(_front_rows(), out, reference_places=REFS, names=names,
               populations={70_000 + i: 1000 * (i + 1) for i in range(len(FRONT))})
    return (out / "index.html").as_uri()


MARKERS_CLEAR = """() => { const a = window.frontline, out = [];
    for (const k of Object.keys(a.markers).concat(Object.keys(a.strikeMarkers))) {
      const m = a.markers[k] || a.strikeMarkers[k], pt = a.map.latLngToContainerPoint(m.getLatLng()),
        box = a.map.getContainer().getBoundingClientRect(), x = box.left + pt.x, y = box.top + pt.y,
        hit = document.elementFromPoint(x, y), inside = x >= 0 && y >= 0 && x < innerWidth && y < innerHeight;
      // the marker itself, or a neighbour drawn over it: a marker, never a panel
      out.push([a.D.places[+k][1], inside, !!hit && (hit === m.getElement() || hit.classList.contains('fl-m')),
                hit ? hit.tagName + '.' + hit.getAttribute('class') + '#' + (hit.closest('[id]') || {}).id : null]);
    } return out; }"""


@pytest.mark.parametrize("size", [(1400, 900), (390, 844)], ids=["desktop", "phone"])
def test_the_default_view_shows_every_marker_clear_of_the_panels(browser, front_site, size):
    p = Page(browser, front_site, viewport=size)
    try:
        seen = p.page.evaluate(MARKERS_CLEAR)
        assert len(seen) == len(FRONT)
        hidden = [(name, what) for name, inside, hit, what in seen if not (inside and hit)]
        assert hidden == []  # document.elementFromPoint at each marker's centre is that marker
        scale = p.page.locator(".leaflet-control-scale-line").first
        assert scale.is_visible() and re.search(r"\d+ k?m$", scale.inner_text())  # metric, and not covered
        box = scale.bounding_box()
        assert p.page.evaluate("([x, y]) => document.elementFromPoint(x, y).className", [box["x"] + 5, box["y"] + 5]) \
            .startswith("leaflet-control-scale-line")
        if size[0] < 700:  # phone: one row of date controls, the panels folded into a bar at the bottom
            top = p.page.locator("#fl-top").bounding_box()
            assert top["height"] <= 60
            assert p.page.evaluate("['fl-legend', 'fl-changes', 'fl-find'].every(id => !document.getElementById(id).open)")
            p.page.click("#fl-sheetbar button[data-panel=fl-legend]")
            sheet = p.page.locator("#fl-legend").bounding_box()
            assert sheet["y"] > size[1] / 2 and sheet["width"] == size[0]  # a bottom sheet
            p.page.click("#fl-sheetbar button[data-panel=fl-legend]")  # folded again before zooming
            p.page.wait_for_function("!document.getElementById('fl-legend').open", timeout=5000)
        # Zoomed in with the buttons (around the middle of the free space), the side panels fold to
        # their buttons: the places in view stay clear of them.
        # the first view settled (a slow machine may still be animating it), then one click in
        p.page.wait_for_function("!window.frontline.map._animatingZoom && window.frontline.map.getZoom() === window.frontline.homeZoom")
        p.page.click(".fl-zoom a[aria-label='Zoom in']")
        p.page.wait_for_function("window.frontline.map.getZoom() > window.frontline.homeZoom && !window.frontline.map._animatingZoom")
        p.page.wait_for_function("['fl-legend', 'fl-changes', 'fl-find'].every(id => !document.getElementById(id).open)",
                                 timeout=5000)
        under = [(n, w) for n, inside, hit, w in p.page.evaluate(MARKERS_CLEAR) if inside and not hit]
        assert [(n, w) for n, w in under if "fl-top" not in w] == []
        assert p.js_errors() == []
    finally:
        p.close()


def test_base_geography_draws_offline(browser, front_site):
    p = Page(browser, front_site, viewport=(1400, 900))
    try:
        drawn = p.page.evaluate("""() => { const c = document.querySelector('.leaflet-flBase-pane canvas');
            if (!c) return 0; const d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;
            let n = 0; for (let i = 3; i < d.length; i += 4 * 97) if (d[i] > 0) n++; return n; }""")
        assert drawn > 1000  # sea, Ukraine, oblasts, rivers painted with no network
        layers = p.page.evaluate("window.frontline.baseLayer.getLayers().length")
        assert layers == 7
        assert p.page.locator(".fl-oblast, .fl-country").count() > 3  # oblast and country names
        credits = p.page.text_content("#fl-credits")
        assert "Natural Earth" in credits and "public domain" in credits and "GSHHG" in credits
        assert p.failed == [] or all(not u.startswith("file:") for u in p.failed)
        assert p.js_errors() == []
    finally:
        p.close()


def test_labels_give_the_date_fade_and_never_overlap(browser, front_site):
    p = Page(browser, front_site, viewport=(1400, 900))
    try:
        labels = p.page.evaluate("""() => Array.from(document.querySelectorAll('.fl-label')).map(e => {
            const r = e.getBoundingClientRect(); return [e.textContent, e.className, r.left, r.top, r.right, r.bottom]; })""")
        assert len(labels) >= 10  # most places with claims are named at the default view; a label that collides is dropped
        for i, a in enumerate(labels):
            for b in labels[i + 1:]:
                assert not (a[2] < b[4] and b[2] < a[4] and a[3] < b[5] and b[3] < a[5]), (a, b)
        assert all(re.search(r" \u00b7 \d{1,2} [A-Z][a-z]{2}", t) for t, *_ in labels)
        faded = p.page.locator("path.fl-faded").count()
        assert faded == 5 and p.page.locator(".fl-label-faded").count() >= 3  # quiet for over 30 days
        p.page.evaluate("""() => { const a = window.frontline, k = Object.keys(a.markers).find(k => a.markers[k]._flFaded);
            a.markers[k].fire('mouseover'); }""")
        tip = p.page.locator(".leaflet-tooltip.fl-tip").first.inner_text()
        assert "latest claim" in tip and "(no new claim for" in tip
        assert p.js_errors() == []
    finally:
        p.close()


@pytest.mark.parametrize("query", ["Zrazkovka", "Zrazkïvka", "Зразківка", "zrazkiwka"])
def test_search_finds_a_place_by_any_spelling(browser, front_site, query):
    p = Page(browser, front_site, viewport=(1400, 900))
    try:
        p.page.click("#fl-find > summary")
        p.page.fill("#fl-search", query)
        first = p.page.locator("#fl-results button").first
        assert first.inner_text() == "Zrazkivka"
        first.click()
        popup = p.page.locator(".leaflet-popup-content")
        popup.wait_for()
        assert popup.inner_text().startswith("Zrazkivka")
        assert p.js_errors() == []
    finally:
        p.close()


STATUS_AT = """() => { const a = window.frontline, out = {};
    a.D.places.forEach((P, p) => { const s = a.statusAt(p, a.asOf); if (s >= 0) out[P[0]] = ['RU', 'UA', 'contested'][s]; });
    return out; }"""


def test_filters_by_side_and_source(browser, front_site):
    p = Page(browser, front_site, viewport=(1400, 900))
    try:
        rows = _front_rows()
        last = Timeline(rows).last_date
        everyone = p.page.evaluate(STATUS_AT)
        assert everyone == {str(g): s for g, s in Timeline(rows).status_as_of(last).items()}
        p.page.click("#fl-find > summary")
        p.page.uncheck("input[name=fl-side][value='1']")
        p.page.uncheck("input[name=fl-side][value='2']")  # only the Russian side's own claims count
        p.page.wait_for_function("document.getElementById('fl-filter-note').textContent === "
                                 "'Markers show only the claims of the Russian side.'")
        russian = p.page.evaluate(STATUS_AT)
        want = Timeline([r for r in rows if r["claimant"] == "RU"]).status_as_of(last)
        assert russian == {str(g): s for g, s in want.items()} and russian != everyone
        p.page.check("input[name=fl-side][value='1']")
        p.page.check("input[name=fl-side][value='2']")
        p.page.select_option("#fl-source", label="Sample Times (23)")
        p.page.wait_for_function("document.getElementById('fl-filter-note').textContent.includes('as reported by Sample Times')")
        want = Timeline([r for r in rows if r["source"] == "Sample Times"]).status_as_of(last)
        assert p.page.evaluate(STATUS_AT) == {str(g): s for g, s in want.items()}
        p.page.select_option("#fl-source", index=0)
        p.page.wait_for_function("document.getElementById('fl-filter-note').textContent === ''")
        assert p.page.evaluate(STATUS_AT) == everyone
        assert p.js_errors() == []
    finally:
        p.close()


def test_screenshots(browser, front_site, site_url):
    ARTIFACTS.mkdir(exist_ok=True)
    shots = [("site.png", front_site, (1400, 900), None), ("site-phone.png", front_site, (390, 844), None),
             ("site-compare.png", site_url + "#2024-02-16..2024-02-22", (1400, 900), None),
             ("site-popup.png", front_site, (1400, 900), "path.fl-contested"),
             ("site-phone-legend.png", front_site, (390, 844), "#fl-sheetbar button[data-panel=fl-legend]")]
    for name, url, size, click in shots:
        p = Page(browser, url, viewport=size)
        try:
            if click:
                p.page.locator(click).first.click()
                p.page.wait_for_timeout(600)  # let the popup's fade-in and auto-pan finish
            p.page.screenshot(path=str(ARTIFACTS / name))
        finally:
            p.close()
        assert (ARTIFACTS / name).stat().st_size > 10_000


# -- embed.html and the iframe snippet ---------------------------------------------------------------
EMBED_PANELS = ["fl-top", "fl-right", "fl-legend", "fl-changes", "fl-find", "fl-sheetbar", "fl-slider", "fl-share"]
VIEW = """() => { const b = window.frontline.map.getBounds(); return [b.getWest(), b.getSouth(), b.getEast(), b.getNorth()]; }"""


def _embed_url(site_url):
    return site_url.rsplit("/", 1)[0] + "/embed.html"


@pytest.mark.parametrize("size", [(640, 400), (360, 300)], ids=["column", "phone"])
def test_embed_page_is_the_map_with_a_credit_line_and_no_panels(browser, site_url, size):
    p = Page(browser, _embed_url(site_url), viewport=size)
    try:
        pg = p.page
        assert pg.evaluate(f"{EMBED_PANELS}.filter(id => document.getElementById(id))") == []
        assert p.count(".leaflet-control-layers") == 0 and p.count(".fl-panel") == 1
        credit = pg.locator("#fl-embed-credit")
        assert credit.is_visible() and credit.inner_text() == "claims by the sides, not verified \u00b7 GeoNames"
        assert pg.text_content("#fl-date") == "22 Feb 2024"  # no date in the URL: the latest
        t = Timeline(sample_rows())
        assert p.count("path.fl-m") == len(t.status_as_of(t.last_date)) + len(t.strikes_as_of(t.last_date))
        hidden = [(n, w) for n, inside, hit, w in pg.evaluate(MARKERS_CLEAR) if not (inside and hit)]
        assert hidden == []  # every marker in view, none under the credit bar or a control
        box = pg.locator("#fl-embedbar").bounding_box()
        assert box["height"] <= (60 if size[0] < 400 else 30)  # one bar, not a panel
        assert p.js_errors() == []
    finally:
        p.close()


def test_embed_page_shows_the_date_and_area_of_its_url(browser, site_url):
    want = [37.2, 47.8, 37.9, 48.3]  # Testovka and Primerne, not the other places
    p = Page(browser, _embed_url(site_url) + "#2024-02-17&bbox=" + ",".join(map(str, want)), viewport=(640, 400))
    try:
        pg = p.page
        assert pg.text_content("#fl-date") == "17 Feb 2024"
        assert p.count("path.fl-ru") == 1 and p.count("path.fl-ua") == 1  # as the full page on that date
        w, s, e, n = pg.evaluate(VIEW)
        assert w <= want[0] and s <= want[1] and e >= want[2] and n >= want[3]  # the whole area in view
        assert (want[2] - want[0]) / (e - w) > 0.5 or (want[3] - want[1]) / (n - s) > 0.5  # and fitted to it
        names = pg.locator(".fl-label").all_text_contents()
        assert any(x.startswith("Testovka") for x in names) and not any(x.startswith("Zrazkove") for x in names)
        # The link to the full map carries the date and the area shown.
        href = pg.get_attribute("#fl-fullmap", "href")
        assert re.fullmatch(r"index\.html#2024-02-17&bbox=[-\d.]+,[-\d.]+,[-\d.]+,[-\d.]+", href)
        pg.evaluate("location.hash = '#2024-02-22'")  # the host page may change the date
        pg.wait_for_function("document.getElementById('fl-date').textContent === '22 Feb 2024'")
        assert p.js_errors() == []
    finally:
        p.close()


def test_snippet_reproduces_the_date_and_view_shown(browser, site_url):
    p = Page(browser, site_url, viewport=(1400, 900))
    try:
        pg = p.page
        pg.click("#fl-about > summary")
        pg.click("#fl-prev")  # 21 Feb
        pg.wait_for_function("document.getElementById('fl-embed-code').value.includes('#2024-02-21&amp;bbox=')")
        snippet = pg.input_value("#fl-embed-code")
        m = re.fullmatch(r'<iframe src="(file://[^"]+/embed\.html)#2024-02-21&amp;bbox=([-\d.,]+)" width="100%" '
                         r'height="480" style="border:0" loading="lazy" title="frontline test: claims as of 2024-02-21">'
                         r"</iframe>", snippet)
        assert m, snippet
        box = [float(x) for x in m.group(2).split(",")]
        w, s, e, n = pg.evaluate(VIEW)
        assert w <= box[0] < box[2] <= e and s <= box[1] < box[3] <= n  # the part of the map no panel covers
        pg.click("#fl-embed-copy")
        pg.wait_for_function("document.getElementById('fl-embed-copy').textContent === 'Copied'")
    finally:
        p.close()
    # The snippet's page shows that date and that area.
    q = Page(browser, m.group(1) + "#2024-02-21&bbox=" + m.group(2), viewport=(800, 480))
    try:
        assert q.page.text_content("#fl-date") == "21 Feb 2024"
        w, s, e, n = q.page.evaluate(VIEW)
        assert w <= box[0] + 0.01 and s <= box[1] + 0.01 and e >= box[2] - 0.01 and n >= box[3] - 0.01
        assert q.js_errors() == []
    finally:
        q.close()


# -- a strike somewhere in an oblast or raion: the area hatched, never a star on its capital ---------
HOSTILE_RAION = '<img src=x onerror="window.__xss2=1">Zloi & <b>Co</b>'


@pytest.fixture(scope="module")
def area_strike_site(tmp_path_factory):
    out = tmp_path_factory.mktemp("area_strike") / "site"
    rows = sample_rows() + [
        make_row("Fictive Oblast", claimant="UA", kind="struck", control=None, date="2024-02-21", article="a6"),
        # a raion with only a strike, its newsroom name markup (shown as text) without the word "raion"
        make_row("Fictive Oblast", claimant="RU", kind="struck", control=None, date="2024-02-21", article="a6",
                 geonameid=9200, place_kind="raion", lat=48.9, lon=36.0, surface="Zloi", display_name=HOSTILE_RAION),
    ]
    build_site(rows, out, reference_places=REFS, title="frontline test")
    return (out / "index.html").as_uri()


AREA_STRIKES = """() => { const a = window.frontline, out = {};
    for (const k of Object.keys(a.strikeMarkers)) {
      const P = a.D.places[+k], m = a.strikeMarkers[k], e = m.getElement(), r = e.getBoundingClientRect(),
        box = a.map.getContainer().getBoundingClientRect(), pt = a.map.latLngToContainerPoint([P[2], P[3]]);
      out[P[1]] = {star: m instanceof Frontline.Shape, radius: m.getRadius ? (m instanceof Frontline.Shape ? 0 : m.getRadius()) : 0,
        cls: e.getAttribute('class'), pane: e.closest('.leaflet-pane').className, width: r.width, tip: m._flTip,
        centre: [r.left + r.width / 2 - box.left - pt.x, r.top + r.height / 2 - box.top - pt.y],
        // star paths (any place) whose box holds this place's point
        starsHere: Object.values(a.strikeMarkers).filter(s => s instanceof Frontline.Shape).filter(s => {
          const b = s.getElement().getBoundingClientRect();
          return b.left <= box.left + pt.x && box.left + pt.x <= b.right && b.top <= box.top + pt.y && box.top + pt.y <= b.bottom; }).length};
    } return out; }"""


@pytest.mark.parametrize("size", [(1400, 900), (390, 844)], ids=["desktop", "phone"])
def test_a_strike_somewhere_in_an_oblast_is_the_area_not_a_star_on_its_capital(browser, area_strike_site, size):
    p = Page(browser, area_strike_site, viewport=size)
    pg = p.page
    try:
        raion = HOSTILE_RAION
        seen = pg.evaluate(AREA_STRIKES)
        assert set(seen) == {"Mockivka", "Fictive Oblast", raion}
        assert seen["Mockivka"]["star"] and seen["Mockivka"]["starsHere"] == 1  # a town: the star
        for name, km in (("Fictive Oblast", 48), (raion, 16)):
            s = seen[name]
            assert not s["star"] and s["starsHere"] == 0, s  # no star at the capital
            assert s["radius"] == pytest.approx(km * 1000) and "fl-strike-area" in s["cls"]  # the area, hatched
            assert s["width"] > 20 and max(map(abs, s["centre"])) < 3  # drawn round the point, tens of km across
            assert "leaflet-flAreas-pane" in s["pane"]  # under every point marker
        assert seen["Fictive Oblast"]["tip"] == "Fictive Oblast (oblast-level): strike reported somewhere in Fictive Oblast, 21 Feb 2024"
        assert seen[raion]["tip"].endswith(": strike reported somewhere in " + raion + " Raion, 21 Feb 2024")
        assert p.count("path.fl-strike-area[fill='url(#fl-hatch-strike)']") == 2
        assert p.count("path.fl-strike:not(.fl-strike-area)") == 1 and p.count("path.fl-area") == 1
        assert "3 struck (7 days)" in pg.text_content("#fl-counts")
        # The legend says what the hatched area is (on a phone, in its bottom sheet).
        if size[0] < 700:
            pg.click("#fl-sheetbar button[data-panel=fl-legend]")
            sheet = pg.locator("#fl-legend").bounding_box()
            assert sheet["y"] > size[1] / 2 and sheet["width"] == size[0]
        entry = pg.locator("#fl-legend li", has_text="strike reported somewhere in the oblast/raion")
        entry.scroll_into_view_if_needed()
        assert entry.is_visible() and entry.locator("circle[fill='url(#fl-hatch-strike-key)']").count() == 1
        # The popups: where the strike was, in words, and the claim; the name as text.
        for name, where in (("Fictive Oblast", "Fictive Oblast"), (raion, raion + " Raion")):
            pg.evaluate("""n => { const a = window.frontline;
                a.strikeMarkers[a.D.places.findIndex(P => P[1] === n)].openPopup(); }""", name)
            popup = pg.locator(".leaflet-popup-content")
            pg.wait_for_function("document.querySelector('.leaflet-popup-content').textContent.includes('Claims, newest first')")
            text = popup.inner_text()
            assert f"strike reported somewhere in {where}, latest 21 Feb 2024" in text and "not a strike on its capital" in text
            assert f"21 Feb 2024: strike reported somewhere in {where}" in text
            assert "<img" not in popup.inner_html() and popup.locator("img, b").count() == 0
            pg.evaluate("window.frontline.map.closePopup()")
        assert pg.evaluate("window.__xss2") is None and p.dialogs == []
        # A week on, the strike has expired: no area hatched, the oblast's claim of control stays.
        pg.evaluate("location.hash = '#2024-02-28'")
        pg.wait_for_function("document.getElementById('fl-date').textContent === '22 Feb 2024'")  # clamped to the latest
        pg.evaluate("window.frontline.setDay(window.frontline.asOf - 8)")  # 14 Feb: before every strike
        assert p.count("path.fl-strike") == 0
        assert p.js_errors() == []
    finally:
        p.close()
