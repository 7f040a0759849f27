"""embed.html (the map for a CMS iframe), the page's iframe snippet, and the social card (og:image)."""

from __future__ import annotations

import html
import os
import re
from html.parser import HTMLParser

import numpy
import pytest
from PIL import Image

from geo.errors import InputError
from geo.site.build import OG_IMAGE, build_site, check_base_url
from geo.site.render import EMBED_CREDIT, EMBED_FILE
from geo.site.snapshot import CARD_SIZE
from sitehelpers import make_row, sample_rows

REFS = [{"name": "Bigtown", "lat": 48.5, "lon": 35.0, "population": 900_000}]
HOSTILE_TITLE = 'War map </textarea><script>alert(1)</script> "quoted" & <b>bold</b>'
PANELS = ("fl-top", "fl-right", "fl-legend", "fl-changes", "fl-find", "fl-sheetbar", "fl-slider", "fl-about",
          "fl-share", "fl-embed-code", "fl-cmp", "fl-search")
RU_RED = numpy.array([0xC6, 0x28, 0x28])


class _Page(HTMLParser):
    """Start tags with their attributes, and the text of each textarea."""

    def __init__(self, text: str):
        super().__init__()
        self.tags, self.textareas, self._in = [], {}, None
        self.feed(text)

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))
        if tag == "textarea":
            self._in = dict(attrs).get("id")
            self.textareas[self._in] = ""

    def handle_endtag(self, tag):
        if tag == "textarea":
            self._in = None

    def handle_data(self, data):
        if self._in is not None:
            self.textareas[self._in] += data

    def ids(self) -> set:
        return {a["id"] for _, a in self.tags if a.get("id")}

    def meta(self) -> dict:
        return {a.get("property") or a.get("name"): a.get("content") for t, a in self.tags if t == "meta"}

    def scripts(self) -> list:
        return [a["src"] for t, a in self.tags if t == "script" and a.get("src")]


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    out = tmp_path_factory.mktemp("embed") / "site"
    report = build_site(sample_rows(), out, reference_places=REFS, title=HOSTILE_TITLE)
    return out, report


# -- embed.html ------------------------------------------------------------------------------------
def test_embed_page_has_the_map_and_a_credit_line_but_no_panels(site):
    out, report = site
    assert EMBED_FILE in report.written
    text = (out / EMBED_FILE).read_text(encoding="utf-8")
    page = _Page(text)
    assert page.ids() & set(PANELS) == set()  # no date controls, legend, changes, search, sheet bar or snippet
    assert {"fl-embedbar", "fl-date", "fl-embed-credit", "fl-fullmap"} <= page.ids()
    bar = re.search(r'<div class="fl-panel fl-embedbar".*?</div>', text).group(0)
    assert re.sub(r"<[^>]+>", "", html.unescape(bar)).count(f"{EMBED_CREDIT} \u00b7 GeoNames") == 1
    assert 'datetime="2024-02-22">22 Feb 2024</time>' in bar
    assert "L.control.layers" not in text and "layerControl: null" in text and "embed: true" in text
    assert {"name": "robots", "content": "noindex"} in [a for t, a in page.tags if t == "meta"]
    assert "og:image" not in page.meta()
    # The same data and scripts as the full page: one set of files, cached once.
    assert page.scripts() == _Page((out / "index.html").read_text(encoding="utf-8")).scripts()
    # The site's title (data) is escaped wherever it appears; nothing of it runs.
    assert "<script>alert(1)" not in text and "<b>bold" not in text
    full = next(a for t, a in page.tags if a.get("id") == "fl-fullmap")
    assert full["href"] == "index.html#2024-02-22" and full["title"].startswith(HOSTILE_TITLE)


def test_the_full_page_keeps_its_panels_and_no_embed_bar(site):
    out, _ = site
    page = _Page((out / "index.html").read_text(encoding="utf-8"))
    assert {"fl-top", "fl-legend", "fl-changes", "fl-find", "fl-slider", "fl-share"} <= page.ids()
    assert "fl-embedbar" not in page.ids()


# -- the snippet -----------------------------------------------------------------------------------
def test_snippet_is_escaped_text_that_parses_back_to_one_iframe(site):
    out, _ = site
    text = (out / "index.html").read_text(encoding="utf-8")
    assert text.count("<textarea") == 1 and text.count("</textarea>") == 1  # the title could not close it
    assert "<script>alert(1)" not in text
    snippet = _Page(text).textareas["fl-embed-code"]  # the text a reader copies
    assert snippet.startswith("<iframe ") and snippet.endswith("></iframe>")
    frame = _Page(snippet)
    assert [t for t, _ in frame.tags] == ["iframe"]  # the hostile title stayed inside its attribute
    attrs = frame.tags[0][1]
    assert attrs["src"] == f"{EMBED_FILE}#2024-02-22"  # relative: no --base-url; the page script makes it absolute
    assert attrs["title"] == f"{HOSTILE_TITLE}: claims as of 2024-02-22"
    assert attrs["height"] == "480" and attrs["width"] == "100%" and "border:0" in attrs["style"]


def test_base_url_makes_og_image_and_snippet_absolute(tmp_path):
    out = tmp_path / "site"
    build_site(sample_rows(), out, reference_places=REFS, base_url="https://news.example/war-map")
    page = _Page((out / "index.html").read_text(encoding="utf-8"))
    meta = page.meta()
    assert re.fullmatch(r"https://news\.example/war-map/og-image\.png\?v=[0-9a-f]{12}", meta["og:image"])
    assert meta["twitter:image"] == meta["og:image"] and meta["og:url"] == "https://news.example/war-map/"
    src = _Page(page.textareas["fl-embed-code"]).tags[0][1]["src"]
    assert src == "https://news.example/war-map/embed.html#2024-02-22"
    assert 'baseUrl: "https://news.example/war-map/"' in (out / "index.html").read_text(encoding="utf-8")


@pytest.mark.parametrize("url", ["javascript:alert(1)", "news.example/maps", "ftp://news.example/", "https://",
                                 "https://news.example/?x=1", "https://news.example/#top", 'https://a.example/"x'])
def test_a_bad_base_url_is_refused_before_anything_is_written(tmp_path, url):
    with pytest.raises(InputError, match="base URL"):
        build_site(sample_rows(), tmp_path / "site", base_url=url)
    assert not (tmp_path / "site").exists()


def test_base_url_forms():
    assert check_base_url(None) is None and check_base_url("") is None
    assert check_base_url("https://a.example") == "https://a.example/"
    assert check_base_url("http://a.example/maps/index.html") == "http://a.example/maps/"


# -- og:image --------------------------------------------------------------------------------------
def test_og_image_is_a_png_card_of_the_latest_date_and_the_meta_tags_point_to_it(site):
    out, report = site
    meta = _Page((out / "index.html").read_text(encoding="utf-8")).meta()
    url = meta["og:image"]
    assert re.fullmatch(r"og-image\.png\?v=[0-9a-f]{12}", url)  # relative without --base-url
    path = out / url.split("?")[0]
    assert path.name == OG_IMAGE and OG_IMAGE in report.written
    assert path.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    with Image.open(path) as im:
        assert im.format == "PNG" and im.size == CARD_SIZE == (1200, 630)
        pixels = numpy.asarray(im.convert("RGB")).astype(int)
    (meta_w, meta_h) = int(meta["og:image:width"]), int(meta["og:image:height"])
    assert (meta_w, meta_h) == CARD_SIZE and meta["og:image:type"] == "image/png"
    assert meta["twitter:card"] == "summary_large_image" and meta["twitter:image"] == url
    assert meta["og:title"] == f"{HOSTILE_TITLE}: claims as of 22 Feb 2024"
    assert "not verified" in meta["og:description"] and "GeoNames" in meta["og:description"]
    assert "Russia claims control of 2 places" in meta["og:description"]  # Primerne and the oblast
    map_part = pixels[:, : int(CARD_SIZE[0] * 0.6)]
    assert (numpy.abs(map_part - RU_RED).sum(axis=2) < 30).sum() > 50  # Russian markers drawn on the map
    assert float((map_part != 255).any(axis=2).mean()) > 0.9  # the base geography fills the map part


def test_og_image_is_reused_while_the_latest_status_stands_and_drawn_again_when_it_changes(tmp_path):
    out = tmp_path / "site"
    rows = sample_rows()
    build_site(rows, out, reference_places=REFS)
    card = out / OG_IMAGE
    first_inode, first_bytes = card.stat().st_ino, card.read_bytes()
    url = _Page((out / "index.html").read_text(encoding="utf-8")).meta()["og:image"]
    # An older claim that changes nothing as of the latest date: the card is the old file, hard-linked.
    older = rows + [make_row("Testovka", claimant="UA", kind="held", control="UA", date="2024-01-05", article="a0")]
    again = build_site(older, out, reference_places=REFS)
    assert OG_IMAGE in again.reused and OG_IMAGE not in again.written
    assert os.stat(out / OG_IMAGE).st_ino == first_inode
    assert "claims.csv" in again.written  # the build did see the new claim
    assert _Page((out / "index.html").read_text(encoding="utf-8")).meta()["og:image"] == url
    # A new latest date: drawn again, and the URL changes so social sites' caches fetch it.
    newer = older + [make_row("Zrazkove", claimant="UA", kind="held", control="UA", date="2024-02-24", article="a6")]
    third = build_site(newer, out, reference_places=REFS)
    assert OG_IMAGE in third.written and (out / OG_IMAGE).read_bytes() != first_bytes
    meta = _Page((out / "index.html").read_text(encoding="utf-8")).meta()
    assert meta["og:image"] != url and meta["og:title"].endswith("claims as of 24 Feb 2024")
    with Image.open(out / OG_IMAGE) as im:
        assert im.size == CARD_SIZE
