import csv
import fcntl
import io
import json
import os
import re
import signal
import subprocess
import sys
import threading
from html.parser import HTMLParser
from pathlib import Path

import pytest

from geo.site import render
from geo.site import build as site
from geo.errors import BuildError
from geo.site.payload import js_json
from geo.site.build import LOCK_NAME, build_site
from geo.site.timeline import Timeline
from sitehelpers import make_row, sample_rows

REFS = [{"name": "Bigtown", "lat": 48.5, "lon": 35.0, "population": 900_000},
        {"name": "<b>Odd</b> & Co", "lat": 47.2, "lon": 36.5, "population": 10_000}]


class _Tags(HTMLParser):
    def __init__(self):
        super().__init__()
        self.tags = []

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))


def tags(text):
    p = _Tags()
    p.feed(text)
    return p.tags


@pytest.fixture
def built(tmp_path):
    out = tmp_path / "site"
    report = build_site(sample_rows(), out, reference_places=REFS)
    return out, report


def test_site_files_and_report(built):
    out, report = built
    for rel in ("index.html", "data.js", "claims.csv", "claims.geojson", "sources.txt", "changes/index.html",
                "changes/2024-02-18.html", "changes/week-2024-02-19.html", "lib/leaflet/leaflet.js",
                "lib/leaflet/leaflet.css", "lib/leaflet/images/layers.png", "lib/frontline/frontline.js"):
        assert (out / rel).is_file(), rel
    assert report.claims == 8 and report.places == 5 and str(report.as_of) == "2024-02-22"
    assert "index.html" in report.written and report.reused == [] and report.seconds > 0
    assert oct((out).stat().st_mode & 0o777) == "0o755"


def test_no_third_party_assets_and_relative_links_only(built):
    out, _ = built
    pages = [out / "index.html", out / "changes/index.html", out / "changes/2024-02-22.html"]
    for page in pages:
        for tag, attrs in tags(page.read_text()):
            url = attrs.get("src") if tag == "script" else attrs.get("href") if tag == "link" else None
            if url is not None:  # everything the page loads is bundled and relative
                assert not re.match(r"^(https?:|//|/|file:)", url), (page.name, url)
            if tag == "a" and not attrs.get("href", "").startswith("http"):
                assert not attrs.get("href", "").startswith("/"), (page.name, attrs)
    html = (out / "index.html").read_text()
    for cdn in ("jquery", "bootstrap", "awesome-markers", "font-awesome", "fontawesome", "cdn.jsdelivr", "cdnjs"):
        assert cdn not in html
    assert '<script src="lib/leaflet/leaflet.js">' in html and '<script src="data.js?v=' in html


def test_cdn_option_links_leaflet_from_a_cdn(tmp_path):
    build_site(sample_rows(), tmp_path / "s", cdn=True)
    html = (tmp_path / "s/index.html").read_text()
    assert re.search(r'<script src="https://[^"]+/leaflet@1\.9\.\d+/dist/leaflet\.js">', html)
    assert not (tmp_path / "s/lib/leaflet").exists() and (tmp_path / "s/lib/frontline/frontline.js").exists()


def test_osm_tiles_send_a_referrer_and_the_rest_of_the_page_does_not(built):
    # tile.openstreetmap.org answers "403 Referer is required" without one: the tile layer
    # overrides the page's no-referrer policy for its images only.
    html = (built[0] / "index.html").read_text()
    m = re.search(r'L\.tileLayer\(\s*"https://tile\.openstreetmap\.org/[^"]+",\s*(\{.*?\})\s*\);', html, re.S)
    assert m, "no OSM tile layer"
    options = json.loads(re.sub(r",\s*}$", "}", m.group(1).strip()))  # folium leaves a trailing comma
    assert options["referrerPolicy"] == "strict-origin-when-cross-origin"
    assert ("meta", {"name": "referrer", "content": "no-referrer"}) in tags(html)


def test_page_shows_as_of_legend_and_credits(built):
    out, _ = built
    html = (out / "index.html").read_text()
    assert 'datetime="2024-02-22">22 Feb 2024</time>' in html
    assert 'max="43" value="43"' in html  # the slider opens at the latest date
    for text in ("Russia claims control", "Ukraine claims control", "contested", "side&#x27;s own claim",
                 "said only by third parties", "no new claim for 30 days", "oblast", "GeoNames", "CC BY 4.0",
                 "Natural Earth", "public domain", "GSHHG", "LGPL", "Example Wire", "claims.csv", "claims.geojson",
                 "sources.txt", "not verified"):
        assert text in html, text
    assert "fact" not in html.lower() and "claimed by Russia" not in html
    assert "<b>Odd" not in html and "Odd" not in html  # reference towns are data, drawn by the page script
    data = (out / "data.js").read_text()
    assert "\\u003cb\\u003eOdd\\u003c/b\\u003e \\u0026 Co" in data
    assert len(html) < 100_000


def _js_payload(path):
    text = path.read_text()
    return json.loads(text[text.index("{"):text.rindex("}") + 1])


def test_data_files_are_compact_and_escaped(built):
    out, _ = built
    text = (out / "data.js").read_text()
    assert text.startswith("window.FRONTLINE_DATA=")
    core = _js_payload(out / "data.js")
    weeks = sorted((out / "data").glob("week-*.js"))
    assert [w.name for w in weeks] == ["week-2024-01-08.js", "week-2024-02-12.js", "week-2024-02-19.js"]
    assert [w[2].split("?")[0] for w in core["weeks"]] == [f"data/{w.name}" for w in weeks]
    claims, strings = [], []
    for w in weeks:
        body = w.read_text()
        assert body.startswith("window.Frontline.week(") and "<script>" not in body and "<img" not in body
        chunk = json.loads(body[body.index(",") + 1:body.rindex(")")])
        claims += chunk["claims"]
        strings += chunk["strings"]
    assert "\\u003cscript\\u003e" in "".join(w.read_text() for w in weeks)
    assert len(claims) == 8 and all(isinstance(c, list) for c in claims)
    f = {name: i for i, name in enumerate(core["fields"])}
    effs = [c[f["eff"]] for c in claims]
    assert effs == sorted(effs) and core["asOf"] == max(effs)
    assert "the Russian Defense Ministry (Russian side)" in strings
    assert "the General Staff of Ukraine (Ukrainian side)" in strings
    assert "end of Feb 2024" not in strings and "1-20 Feb 2024" in strings  # the oblast claim's month range
    oblast = [p for p in core["places"] if p[1] == "Fictive Oblast"][0]
    assert oblast[4] == 1  # drawn as an area by the page
    # Each place's status after each of its claim days: Testovka UA (10 Jan), RU (17 Feb), contested (18 Feb).
    testovka = core["places"].index([p for p in core["places"] if p[1] == "Testovka"][0])
    pts, day, seen = core["pts"][testovka], 0, []
    for k in range(0, len(pts), 2):
        day += pts[k]
        seen.append((day - core["asOf"], pts[k + 1]))
    assert seen == [(-43, 1), (-5, 0), (-4, 2)]
    assert core["sd"][[p[1] for p in core["places"]].index("Mockivka")] == [core["asOf"] - 3]


def test_js_json_escapes_script_breakers():
    text = js_json({"q": "</script><!-- & \u2028\u2029"})
    assert "<" not in text and ">" not in text and "&" not in text
    assert "\u2028" not in text and "\\u2028" in text and "\\u2029" in text
    assert json.loads(text) == {"q": "</script><!-- & \u2028\u2029"}


def test_change_pages_escape_article_text(built):
    out, _ = built
    page = (out / "changes/2024-02-22.html").read_text()
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page and "<script>alert" not in page
    assert "<img" not in page and "according to the Russian Defense Ministry (Russian side), 22 Feb 2024: captured by Russia" in page
    assert 'href="../index.html#2024-02-22"' in page
    assert [t for t, _ in tags(page)].count("script") == 0


def test_downloads_carry_credits_and_sources(built):
    out, _ = built
    rows = list(csv.DictReader(io.StringIO((out / "claims.csv").read_text())))
    assert len(rows) == 8 and rows[0]["claim_id"] == "s0" and rows[-1]["effective_date"] == "2024-02-22"
    assert "quote" in rows[0] and "control_check" in rows[0]
    doc = json.loads((out / "claims.geojson").read_text())
    assert doc["type"] == "FeatureCollection" and len(doc["features"]) == 8
    assert "GeoNames" in doc["attribution"] and "CC BY 4.0" in doc["attribution"]
    assert doc["sources"] == [{"source": "Example Wire", "articles": 5}]
    assert doc["features"][0]["geometry"] == {"type": "Point", "coordinates": [37.7, 48.1]}
    txt = (out / "sources.txt").read_text()
    assert "GeoNames" in txt and "CC BY 4.0" in txt and "https://news.example/a5" in txt


def test_as_of_cuts_the_site(tmp_path):
    report = build_site(sample_rows(), tmp_path / "s", as_of="2024-02-18")
    assert str(report.as_of) == "2024-02-18" and report.claims == 5
    assert not (tmp_path / "s/changes/2024-02-22.html").exists()


def test_failed_build_leaves_the_old_site(built, monkeypatch):
    out, _ = built
    before = (out / "index.html").read_text()

    def boom(*args, **kwargs):
        raise RuntimeError("render failed")

    monkeypatch.setattr(render, "build_map", boom)
    rows = sample_rows() + [make_row("Mockivka", date="2024-02-23", article="a9")]
    with pytest.raises(RuntimeError):
        build_site(rows, out)
    assert (out / "index.html").read_text() == before
    assert not (out / "changes/2024-02-23.html").exists()
    assert [p.name for p in out.parent.iterdir() if ".tmp-" in p.name] == []


def test_killed_build_leaves_the_old_site(built, tmp_path):
    out, _ = built
    before = (out / "index.html").read_bytes()
    rows_file = tmp_path / "rows.json"
    rows_file.write_text(json.dumps(sample_rows() + [make_row("Mockivka", date="2024-02-23", article="k")]))
    # A build killed (SIGKILL: no cleanup runs) while it renders the page.
    code = ("import json, os, signal, sys; from geo.site import build as site, render\n"
            "render.build_map = lambda *a, **k: os.kill(os.getpid(), signal.SIGKILL)\n"
            "site.build_site(json.load(open(sys.argv[1])), sys.argv[2])\n")
    proc = subprocess.run([sys.executable, "-c", code, str(rows_file), str(out)],
                          cwd=Path(__file__).resolve().parents[2], capture_output=True, timeout=60)
    assert proc.returncode == -signal.SIGKILL, proc.stderr
    assert (out / "index.html").read_bytes() == before and not (out / "changes/2024-02-23.html").exists()
    assert [p.name for p in out.parent.iterdir() if ".tmp-" in p.name]  # its debris is there...
    build_site(sample_rows(), out)
    assert [p.name for p in out.parent.iterdir() if ".tmp-" in p.name] == []  # ...until the next build


def test_debris_of_a_killed_build_is_cleared(built):
    out, _ = built
    debris = out.parent / ".site.tmp-killed"
    debris.mkdir()
    (debris / "index.html").write_text("half")
    build_site(sample_rows(), out)
    assert not debris.exists()


def test_lock_makes_a_second_build_wait_then_fail(built):
    out, _ = built
    with open(out.parent / LOCK_NAME, "a") as held:
        fcntl.flock(held, fcntl.LOCK_EX)
        with pytest.raises(BuildError, match="another build"):
            build_site(sample_rows(), out, lock_timeout=0.2)
    assert build_site(sample_rows(), out).claims == 8


def test_concurrent_builds_do_not_corrupt(tmp_path):
    out, errors = tmp_path / "site", []

    def run(extra):
        try:
            build_site(sample_rows() + extra, out)
        except Exception as exc:  # pragma: no cover - reported below
            errors.append(exc)

    threads = [threading.Thread(target=run, args=([make_row("Mockivka", date=f"2024-02-2{i}", article=f"t{i}")],))
               for i in range(3)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    manifest = json.loads((out / site.MANIFEST).read_text())
    assert all((out / rel).is_file() for rel in manifest["files"])


def test_incremental_build_reuses_unchanged_files(built):
    out, _ = built
    old_inode = (out / "changes/2024-01-10.html").stat().st_ino
    rows = sample_rows() + [make_row("Mockivka", claimant="UA", kind="held", control="UA", date="2024-02-23",
                                     article="a9", claim_id="new1")]
    report = build_site(rows, out, reference_places=REFS)
    assert {"data.js", "index.html", "changes/2024-02-23.html", "claims.csv"} <= set(report.written)
    assert {"lib/leaflet/leaflet.js", "changes/2024-01-10.html", "changes/2024-02-18.html",
            "changes/week-2024-01-08.html"} <= set(report.reused)
    assert (out / "changes/2024-01-10.html").stat().st_ino == old_inode  # hard-linked, not rewritten
    same = build_site(rows, out, reference_places=REFS)
    assert same.written == [] and len(same.reused) == len(report.written) + len(report.reused)
    fewer = build_site(sample_rows(), out, reference_places=REFS)
    assert "changes/2024-02-23.html" in fewer.removed and not (out / "changes/2024-02-23.html").exists()


def test_refuses_to_replace_a_folder_that_is_not_a_site(tmp_path):
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs/notes.txt").write_text("keep me")
    with pytest.raises(BuildError, match="not a frontline site"):
        build_site(sample_rows(), tmp_path / "docs")
    assert (tmp_path / "docs/notes.txt").read_text() == "keep me"


def test_build_map_is_pure_and_drops_folium_cdn_assets(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    m = render.build_map(Timeline(sample_rows()))
    html = m.get_root().render()
    assert list(tmp_path.iterdir()) == []
    assert [u for _, u in m.default_js] == ["lib/leaflet/leaflet.js"]
    assert "Frontline.start(" in html and "Claimed by Russia" in html and "Strikes (7 days" in html
    assert html == render.build_map(Timeline(sample_rows())).get_root().render()
    assert os.listdir(tmp_path) == []


# -- a build never empties or halves a site by mistake ------------------------------------------
def _site_state(out):
    return {p.relative_to(out): p.read_bytes() for p in sorted(out.rglob("*")) if p.is_file()}


def test_refuses_to_replace_a_site_with_an_empty_one(built):
    from geo.errors import SiteWouldShrink

    out, _ = built
    before = _site_state(out)
    with pytest.raises(SiteWouldShrink) as caught:
        build_site([], out, source="data/typo.sqlite")
    message = str(caught.value)
    assert message.startswith(f"{out}: not replacing 8 claims on 5 places with 0 claims on 0 places: ")
    assert "no claims" in message and "data/typo.sqlite" in message and "--force" in message
    assert "\n" not in message
    assert _site_state(out) == before
    assert [p.name for p in out.parent.iterdir() if ".tmp-" in p.name] == []
    assert build_site([], out, force=True).claims == 0  # when it is really meant
    assert build_site([], out).claims == 0  # an empty site may be rebuilt empty


def test_refuses_to_lose_more_than_half_of_the_places(built):
    from geo.errors import SiteWouldShrink

    out, _ = built  # 5 places
    before = _site_state(out)
    two = [r for r in sample_rows() if r["place"] in ("Testovka", "Primerne")]
    with pytest.raises(SiteWouldShrink, match="lose 3 of its 5 places"):
        build_site(two, out)
    assert _site_state(out) == before
    three = [r for r in sample_rows() if r["place"] in ("Testovka", "Primerne", "Zrazkove")]
    assert build_site(three, out).places == 3  # lost 2 of 5: not more than half
    assert build_site(sample_rows(), out).places == 5  # growing is always fine
    assert build_site(two, out, force=True).places == 2


def test_a_site_built_before_counts_were_recorded_is_not_emptied(built):
    from geo.errors import SiteWouldShrink

    out, _ = built
    manifest = json.loads((out / site.MANIFEST).read_text())
    del manifest["claims"], manifest["places"]
    (out / site.MANIFEST).write_text(json.dumps(manifest))
    with pytest.raises(SiteWouldShrink, match="not replacing a site with 0 claims"):
        build_site([], out)
    assert build_site(sample_rows()[:1], out).claims == 1  # places unknown: only emptiness is refused


def test_the_page_says_how_many_claims_wait_for_review_never_which(tmp_path, built):
    out, _ = built
    assert "fl-waiting" not in (out / "index.html").read_text()  # none wait: nothing said
    report = build_site(sample_rows(), out, reference_places=REFS, waiting=3)
    html = (out / "index.html").read_text()
    assert ('<p class="fl-waiting" id="fl-waiting">3 claims wait for review (<code>frontline review list</code>) '
            "and are not shown") in html
    assert report.waiting == 3 and "(3 more wait for review)" in str(report)
    assert "index.html" in report.written and "data.js" in report.reused  # the data did not change

    from geo.errors import SiteWouldShrink

    with pytest.raises(SiteWouldShrink, match=r"no claims.*; 3 claims wait for review \(frontline review list\);"):
        build_site([], out, waiting=3)


def test_a_strike_somewhere_in_an_oblast_is_an_area_in_the_data_legend_and_pages(tmp_path, built):
    from geo.site.latest import AREA_KM, AREA_STRIKE_SHARE
    from geo.site.payload import PLACE_KINDS, build_core, claim_phrase

    rows = sample_rows() + [make_row("Fictive Oblast", claimant="UA", kind="struck", control=None, date="2024-02-21",
                                     article="a6", quote="A strike <b>somewhere</b> in the region.")]
    core = build_core(Timeline(rows), chunks=[])
    # The page draws an oblast's or raion's claims as a circle of these radii, a strike there as a share of it.
    assert core["areaKm"] == [AREA_KM.get(k, 0.0) for k in PLACE_KINDS] == [0.0, 60.0, 20.0, 0.0]
    assert core["areaStrikeShare"] == AREA_STRIKE_SHARE == 0.8
    i = [p[1] for p in core["places"]].index("Fictive Oblast")
    assert core["places"][i][4] == 1 and core["sd"][i] == [core["asOf"] - 1]  # an area, struck the day before
    assert claim_phrase("struck", None, "oblast") == "strike reported somewhere in the oblast"
    assert claim_phrase("struck", None, "raion") == "strike reported somewhere in the raion"
    assert claim_phrase("struck", None, "settlement") == claim_phrase("struck", None) == "struck"
    out = tmp_path / "area"
    build_site(rows, out, reference_places=REFS)
    html = (out / "index.html").read_text()
    assert "strike reported somewhere in the oblast/raion (an area, not its capital)" in html
    assert 'fill="url(#fl-hatch-strike-key)"' in html
    # A site with no such strike keeps the key short.
    assert "somewhere in the oblast" not in (built[0] / "index.html").read_text()
    page = (out / "changes/2024-02-21.html").read_text()
    assert "Fictive Oblast</b>: according to the General Staff of Ukraine (Ukrainian side), 21 Feb 2024: " \
           "strike reported somewhere in the oblast" in page
    assert "&lt;b&gt;somewhere&lt;/b&gt;" in page and "<b>somewhere" not in page
