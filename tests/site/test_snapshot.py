"""Print-ready snapshots (geo.site.snapshot) and each place's latest status (geo.site.latest), offline."""

from __future__ import annotations

import math
import xml.etree.ElementTree as ET
from datetime import date, timedelta

import numpy
import pytest
from PIL import Image

from geo.errors import InputError
from geo.site import payload
from geo.site.latest import FADE_DAYS, MARKERS, place_rows, place_states
from geo.site.snapshot import (bbox_around, default_bbox, load_basemap, parse_bbox, render_snapshot, text_width_pt,
                               wrap_pt)
from geo.site.timeline import Timeline
from sitehelpers import make_row, random_rows, sample_rows

D = date.fromisoformat
RU_RED = numpy.array([0xC6, 0x28, 0x28])


def _pixels(path) -> numpy.ndarray:
    with Image.open(path) as im:
        return numpy.asarray(im.convert("RGB")).astype(int)


def _map_area(pixels: numpy.ndarray, frame: tuple) -> numpy.ndarray:
    left, top, right, bottom = frame
    return pixels[top + 3:bottom - 3, left + 3:right - 3]


def _drawn(area: numpy.ndarray) -> float:
    """The share of pixels that are not the page's white."""
    return float((area != 255).any(axis=2).mean())


# -- latest status per place ---------------------------------------------------------------------
def test_place_states_agree_with_the_timeline():
    rows = random_rows(600, 40, 60)
    t = Timeline(rows)
    for day in (D("2024-01-05"), D("2024-01-31"), t.last_date):
        states = {s.geonameid: s for s in place_states(t, day)}
        assert {g: s.status for g, s in states.items() if s.status} == t.status_as_of(day)
        for s in states.values():
            assert s.claims == sum(1 for c in t.places[s.geonameid].claims if c.effective <= day)
            if s.status:  # the claim behind it is the latest status claim, on the day the status rests on
                assert s.claim.effective == s.day <= day and s.claim.status is not None
            week_before = t.places[s.geonameid].status_as_of(day - timedelta(days=7))
            assert s.changed == (s.status != week_before)


def test_place_states_of_the_sample():
    states = {s.name: s for s in place_states(Timeline(sample_rows()), D("2024-02-22"))}
    assert set(states) == {"Testovka", "Primerne", "Zrazkove", "Mockivka", "Fictive Oblast"}
    testovka = states["Testovka"]  # RU captured 17 Feb, UA held 18 Feb: contested, both sides behind it
    assert (testovka.status, testovka.day, testovka.claim.claimant) == ("contested", D("2024-02-18"), "UA")
    assert [w.claimant for w in testovka.words] == ["RU", "UA"] and testovka.changed
    assert (states["Primerne"].status, states["Primerne"].own) == ("RU", True)
    strike = states["Mockivka"]  # only a strike: no status, the strike shown for a week
    assert (strike.status, strike.shown, strike.struck, strike.since) == (None, "struck", True, D("2024-02-19"))
    assert not place_states(Timeline(sample_rows()), D("2024-01-01"))
    later = {s.name: s for s in place_states(Timeline(sample_rows()), D("2024-04-01"))}
    assert later["Primerne"].faded and not later["Primerne"].changed and not later["Mockivka"].struck


def test_fade_days_match_the_site():
    assert FADE_DAYS == payload.FADE_DAYS


def test_place_rows_carry_status_colour_and_names():
    rows = sample_rows() + [make_row("Mockivka", claimant="UA", kind="held", control="UA", date="2024-02-21")]
    for r in rows:
        if r["place"] == "Mockivka":
            r["display_name"] = "Mokivka"  # the newsroom's spelling, when the rows carry it
    t = Timeline(rows)
    rows = {r["geonameid"]: r for r in place_rows(place_states(t, D("2024-02-22")), D("2024-02-22"), {9004: "Mokyvka"})}
    assert len(rows) == 5
    mock = rows[9004]
    assert (mock["name"], mock["geonames_name"], mock["status"], mock["colour"], mock["symbol"]) == (
        "Mokivka", "Mokyvka", "UA", MARKERS["UA"]["colour"], "square")
    assert mock["since"] == "2024-02-21" and mock["last_strike"] == "2024-02-19" and mock["as_of"] == "2024-02-22"
    assert rows[9001]["status"] == "contested" and rows[9001]["claimants"] == "RU, UA"
    assert rows[9001]["description"].startswith("Testovka: contested (General Staff of Ukraine, 18 Feb 2024)")


# -- the picture ---------------------------------------------------------------------------------
def test_png_has_the_size_asked_and_a_drawn_map(tmp_path):
    report = render_snapshot(sample_rows(), tmp_path / "map.png", as_of="2024-02-22")
    with Image.open(report.path) as im:
        assert im.format == "PNG" and im.size == (1600, report.height) == (report.width, report.height)
    assert 0.5 < report.height / report.width < 1.6
    area = _map_area(_pixels(report.path), report.map_frame)
    assert area.size and _drawn(area) > 0.9  # land, sea: not the page's white
    red = (numpy.abs(area - RU_RED).sum(axis=2) < 40).sum()
    assert red > 20  # Russia's claimed places are red circles, as on the site
    assert report.as_of == D("2024-02-22") and report.counts == {"RU": 2, "contested": 2, "struck": 1}
    assert sorted(report.labelled) == ["Fictive Oblast", "Primerne", "Testovka", "Zrazkove"]
    assert report.sources == ["Example Wire"]
    assert [p.name for p in tmp_path.iterdir()] == ["map.png"]  # no temporary file left


def test_width_sets_the_pixels(tmp_path):
    report = render_snapshot(sample_rows(), tmp_path / "small.png", width=800)
    with Image.open(report.path) as im:
        assert im.size == (800, report.height)
    assert report.as_of == D("2024-02-22")  # default: the latest claim


def test_grey_draws_no_colour(tmp_path):
    report = render_snapshot(sample_rows(), tmp_path / "grey.png", as_of="2024-02-22", grey=True, width=900)
    px = _pixels(report.path)
    assert (px.max(axis=2) - px.min(axis=2)).max() <= 6  # grey scale all over: shapes carry the meaning
    area = _map_area(px, report.map_frame)
    assert (area < 60).all(axis=2).sum() > 20  # the filled (black) circles of Russia's claims


@pytest.mark.parametrize("suffix, magic", [(".svg", b"<?xml"), (".pdf", b"%PDF")])
def test_svg_and_pdf_are_written(tmp_path, suffix, magic):
    report = render_snapshot(sample_rows(), tmp_path / f"map{suffix}", as_of="2024-02-22")
    data = report.path.read_bytes()
    assert data.startswith(magic) and len(data) > 10_000 and report.fmt == suffix[1:]
    if suffix == ".svg":
        root = ET.fromstring(data)
        text = "".join(root.itertext())  # text stays text (editable in a graphics program)
        for words in ("Claimed control in Ukraine", "as of 22 Feb 2024", "Claims by the sides, not verified",
                      "GeoNames", "Example Wire", "Testovka"):
            assert words in text, words


def test_a_zoomed_view_shows_only_what_is_in_it(tmp_path):
    lat, lon = 48.10, 37.70  # Testovka
    box = bbox_around(lat, lon, 30)
    report = render_snapshot(sample_rows(), tmp_path / "z.png", as_of="2024-02-22", bbox=box, title="Around Testovka")
    assert report.places == 2 and report.labelled == ["Primerne", "Testovka"]
    assert report.counts == {"RU": 1, "contested": 1, "struck": 0}
    w, s, e, n = report.bbox
    assert w <= lon <= e and s <= lat <= n and (e - w) < 1.5
    empty = render_snapshot(sample_rows(), tmp_path / "empty.png", as_of="2024-02-22", bbox=(24.0, 49.0, 25.0, 50.0))
    assert empty.places == 0  # nothing claimed there: the base map alone
    assert _drawn(_map_area(_pixels(empty.path), empty.map_frame)) > 0.9


def test_before_any_claim_the_map_is_empty_but_drawn(tmp_path):
    report = render_snapshot(sample_rows(), tmp_path / "early.png", as_of="2023-06-01")
    assert report.places == 0 and report.as_of == D("2023-06-01") and report.path.stat().st_size > 10_000
    assert report.warnings == ["no published claim is dated on or before 1 Jun 2023: the map shows no claim"]
    far = render_snapshot(sample_rows(), tmp_path / "far.png", as_of="2024-02-22", bbox=(2.0, 40.0, 4.0, 42.0))
    assert len(far.warnings) == 1 and "shows no part of Ukraine" in far.warnings[0]
    quiet = render_snapshot(sample_rows(), tmp_path / "west.png", as_of="2024-02-22", bbox=(24.0, 49.0, 25.0, 50.0))
    assert quiet.places == 0 and "no place in the view" in quiet.warnings[0]
    assert render_snapshot(sample_rows(), tmp_path / "ok.png", as_of="2024-02-22", width=600).warnings == []


def test_a_snapshot_makes_no_folders(tmp_path):
    with pytest.raises(InputError, match="does not exist"):
        render_snapshot(sample_rows(), tmp_path / "a" / "b" / "map.png")
    assert list(tmp_path.iterdir()) == []


def test_many_claims(tmp_path):
    report = render_snapshot(random_rows(3000, 300, 120), tmp_path / "many.png", width=1000)
    assert report.places > 250 and 0 < len(report.labelled) <= report.changed


def test_bad_requests_are_one_line_errors(tmp_path):
    with pytest.raises(InputError, match="map.jpg"):
        render_snapshot(sample_rows(), tmp_path / "map.jpg")
    with pytest.raises(InputError, match="width 50"):
        render_snapshot(sample_rows(), tmp_path / "map.png", width=50)
    with pytest.raises(InputError, match="west,south,east,north"):
        parse_bbox("36,47,38")
    with pytest.raises(InputError, match="west must be less than east"):
        parse_bbox("38,47,36,48")
    with pytest.raises(InputError, match="radius"):
        bbox_around(48, 37, 0)
    assert parse_bbox(" 36.5, 47.5,38.5,48.8") == (36.5, 47.5, 38.5, 48.8)
    assert list(tmp_path.iterdir()) == []


def test_basemap_and_text_helpers():
    base = load_basemap()
    assert base["sea"] and base["oblasts"] and base["rivers"] and base["borders"] and "Natural Earth" in base["credits"]
    w, s, e, n = default_bbox()
    assert w < 22.2 and e > 40.1 and s < 44.4 and n > 52.3  # Ukraine, Crimea included
    assert text_width_pt("Avdiivka", 10) < text_width_pt("Novomykhailivka", 10)
    lines = wrap_pt("word " * 200, 7, 300)
    assert len(lines) > 3 and all(text_width_pt(x, 7) <= 300 for x in lines)


# -- article and user text is drawn as written ----------------------------------------------------
DOLLAR_TITLE = "After $61bn aid vote, Kyiv waits $2bn more"


@pytest.mark.parametrize("source", ["The $ Times $ Daily", "Wire $\\frac{$ Net", "$\\alpha$ Post"])
def test_dollar_signs_in_titles_and_sources_are_text_not_mathtext(tmp_path, source):
    rows = sample_rows()
    for r in rows:
        r["source"] = source
    report = render_snapshot(rows, tmp_path / "map.svg", as_of="2024-02-22", title=DOLLAR_TITLE)
    text = "".join(ET.fromstring(report.path.read_bytes()).itertext())
    assert DOLLAR_TITLE in text  # one text, not roman and italic pieces
    assert f"Sources of the claims shown: {source} (" in text and report.sources == [source]
    png = render_snapshot(rows, tmp_path / "map.png", as_of="2024-02-22", title=DOLLAR_TITLE, width=800)
    assert png.path.stat().st_size > 10_000


def test_the_social_card_draws_a_dollar_title_as_text():
    from geo.site.snapshot import render_card

    rows = sample_rows()
    for r in rows:
        r["source"] = "Wire $\\frac{$ Net"
    png = render_card(Timeline(rows), title="Wire $\\frac{$ Net: the $2bn front")
    assert png.startswith(b"\x89PNG")


# -- legibility ----------------------------------------------------------------------------------
def _last_text_line_height(path) -> int:
    """The height in pixels of the ink of the picture's last line of text (the credits)."""
    ink = (_pixels(path) < 200).any(axis=2).any(axis=1)
    rows = numpy.flatnonzero(ink)
    bottom = rows[-1]
    top = bottom
    while top > 0 and ink[top - 1]:
        top -= 1
    return int(bottom - top + 1)


@pytest.mark.parametrize("width", [400, 600, 900])
def test_small_pictures_keep_the_credits_legible(tmp_path, width):
    report = render_snapshot(sample_rows(), tmp_path / "s.png", as_of="2024-02-22", width=width)
    assert _last_text_line_height(report.path) >= 8  # the ink of a line of the smallest type, in pixels
    svg = render_snapshot(sample_rows(), tmp_path / "s.svg", as_of="2024-02-22", width=width)
    text = "".join(ET.fromstring(svg.path.read_bytes()).itertext())
    assert "GeoNames" in text and "frontline." in text and "Claimed control in Ukraine" in text  # nothing dropped


def test_leader_lines_are_short_and_never_cross():
    from geo.site.snapshot import _crosses, _Labels

    assert _crosses(((0, 0), (10, 10)), ((0, 10), (10, 0))) and not _crosses(((0, 0), (10, 0)), ((0, 5), (10, 5)))
    rng = numpy.random.default_rng(7)
    labels = _Labels((0, 0, 800, 600), 150)
    for i, (x, y) in enumerate(rng.uniform((300, 200), (500, 400), size=(200, 2))):  # a dense cluster
        labels.block(x, y, 8)
        labels.place(x, y, f"Place {i}", 7.5, 10, far=True)
    leaders = labels._leaders
    assert leaders and all(math.dist(*a) <= 10 * 2.4 * 150 / 72 * math.sqrt(2) + 0.01 for a in leaders)
    assert not any(_crosses(a, b) for i, a in enumerate(leaders) for b in leaders[i + 1:])


def test_the_scale_bar_takes_a_corner_with_no_marker():
    from geo.site.snapshot import scale_corner

    bbox = (30.0, 45.0, 40.0, 50.0)
    at = lambda lon, lat: type("S", (), {"lon": lon, "lat": lat})()  # noqa: E731
    assert scale_corner(bbox, []) == (0, 0)
    assert scale_corner(bbox, [at(30.5, 45.2)]) == (1, 0)  # bottom left taken: bottom right
    assert scale_corner(bbox, [at(30.5, 45.2), at(39.5, 45.2)]) == (0, 1)


# -- a strike somewhere in an oblast ----------------------------------------------------------------
STRIKE_ORANGE = numpy.array([0xEF, 0x6C, 0x00])


def _orange_reach(report, lat, lon) -> float:
    """How far (pixels) from a point the strike's orange reaches in the picture."""
    left, top, right, bottom = report.map_frame
    w, s, e, n = report.bbox
    cx, cy = left + (lon - w) / (e - w) * (right - left), top + (n - lat) / (n - s) * (bottom - top)
    area = _map_area(_pixels(report.path), report.map_frame)  # the map alone, not the legend
    ys, xs = numpy.nonzero((numpy.abs(area - STRIKE_ORANGE).sum(axis=2) < 60))
    near = numpy.hypot(xs + left + 3 - cx, ys + top + 3 - cy)
    return float(near.max()) if near.size else 0.0


def test_a_strike_somewhere_in_an_oblast_is_an_area_not_a_star_on_its_capital(tmp_path):
    oblast = [make_row("Fictive Oblast", claimant="UA", kind="struck", control=None, date="2024-02-21", article="o")]
    town = [make_row("Mockivka", claimant="UA", kind="struck", control=None, date="2024-02-21", article="t")]
    a = render_snapshot(oblast, tmp_path / "oblast.png", as_of="2024-02-22", width=1200)
    b = render_snapshot(town, tmp_path / "town.png", as_of="2024-02-22", width=1200)
    assert _orange_reach(b, 47.50, 35.90) < 18  # a star on the town
    assert _orange_reach(a, 46.80, 33.30) > 30  # the area hatched, tens of km across
    svg = render_snapshot(oblast, tmp_path / "oblast.svg", as_of="2024-02-22")
    text = "".join(ET.fromstring(svg.path.read_bytes()).itertext())
    assert "strike somewhere in the oblast/raion (an area)" in text
    (row,) = place_rows(place_states(Timeline(oblast), D("2024-02-22")), D("2024-02-22"))
    assert (row["place_kind"], row["status"], row["symbol"]) == ("oblast", "struck", "area")
    assert row["status_label"] == "strike reported somewhere in the oblast" and "somewhere in the oblast" in row["description"]
