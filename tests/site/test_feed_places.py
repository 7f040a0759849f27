"""The site's feed.xml (Atom) and places.csv: parsed back, links resolving inside the site."""

from __future__ import annotations

import csv
import io
import xml.etree.ElementTree as ET

import pytest

from geo.site.build import build_site
from geo.tables import ATTRIBUTION, PLACE_COLUMNS
from sitehelpers import make_row, sample_rows

ATOM = "{http://www.w3.org/2005/Atom}"


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    out = tmp_path_factory.mktemp("feed") / "site"
    build_site(sample_rows(), out)
    return out


def test_feed_is_atom_with_one_entry_per_day_with_changes_and_links_that_resolve(site):
    root = ET.parse(site / "feed.xml").getroot()
    assert root.tag == f"{ATOM}feed"
    for tag in ("title", "id", "updated", "author"):
        assert root.find(f"{ATOM}{tag}") is not None, tag
    entries = root.findall(f"{ATOM}entry")
    days = [e.find(f"{ATOM}id").text.rsplit(":", 1)[1] for e in entries]
    assert days == sorted(days, reverse=True) and len(days) == len(set(days)) >= 3
    for entry in entries:
        for tag in ("title", "id", "updated", "summary"):
            assert (entry.find(f"{ATOM}{tag}").text or "").strip(), tag
        links = {link.get("rel"): link.get("href") for link in entry.findall(f"{ATOM}link")}
        assert links["alternate"].startswith("index.html#") and (site / "index.html").exists()
        assert (site / links["related"]).exists(), links["related"]
        assert "not verified" in entry.find(f"{ATOM}summary").text


def test_feed_ids_are_stable_across_rebuilds(tmp_path):
    out = tmp_path / "site"
    build_site(sample_rows(), out)
    first = (out / "feed.xml").read_text(encoding="utf-8")
    build_site(sample_rows() + [make_row("Mockivka", date="2024-02-25", article="late")], out)
    second = ET.fromstring((out / "feed.xml").read_text(encoding="utf-8"))
    old_ids = {e.find(f"{ATOM}id").text for e in ET.fromstring(first).findall(f"{ATOM}entry")}
    new_ids = {e.find(f"{ATOM}id").text for e in second.findall(f"{ATOM}entry")}
    assert old_ids < new_ids


def test_article_text_in_the_feed_stays_text(tmp_path):
    out = tmp_path / "site"
    row = make_row("Testovka", claimant="RU", kind="captured", control="RU", date="2024-02-20")
    build_site([row], out, title='Front <script>alert(1)</script> & "co"')
    text = (out / "feed.xml").read_text(encoding="utf-8")
    assert "<script>" not in text
    assert ET.fromstring(text).find(f"{ATOM}title").text.startswith('Front <script>')


def test_places_csv_has_one_row_per_place_with_its_latest_status(site):
    rows = list(csv.DictReader(io.StringIO((site / "places.csv").read_text(encoding="utf-8"))))
    gids = [r["geonameid"] for r in rows]
    assert len(gids) == len(set(gids)) == 5
    testovka = next(r for r in rows if r["name"] == "Testovka")
    assert testovka["status"] in ("RU", "contested") and testovka["colour"].startswith("#")
    assert {r["attribution"] for r in rows} == {ATTRIBUTION}
    assert list(rows[0]) == [*PLACE_COLUMNS, "attribution"]


def test_places_csv_drops_a_strike_older_than_the_sites_seven_days(tmp_path):
    out = tmp_path / "site"
    build_site(sample_rows() + [make_row("Testovka", claimant="RU", kind="captured", date="2024-03-30", article="late")], out)
    rows = {r["name"]: r for r in csv.DictReader(io.StringIO((out / "places.csv").read_text(encoding="utf-8")))}
    assert "Mockivka" not in rows  # struck on 19 Feb only: the map shows nothing there on 30 Mar
    assert rows["Testovka"]["status"] == "RU" and rows["Primerne"]["status"] == "RU"


def _entries(path) -> dict:
    root = ET.parse(path).getroot()
    return {e.find(f"{ATOM}id").text: e for e in root.findall(f"{ATOM}entry")}, root.find(f"{ATOM}updated").text


def test_a_day_that_says_more_after_a_rebuild_is_updated_and_the_others_are_not(tmp_path):
    out = tmp_path / "site"
    build_site(sample_rows(), out)
    first = (out / "feed.xml").read_text(encoding="utf-8")
    build_site(sample_rows(), out)
    assert (out / "feed.xml").read_text(encoding="utf-8") == first  # nothing new: nothing updated
    before, feed_before = _entries(out / "feed.xml")
    # one more article for 18 Feb (a day already in the feed)
    build_site(sample_rows() + [make_row("Mockivka", claimant="UA", kind="held", date="2024-02-18", article="more")], out)
    after, feed_after = _entries(out / "feed.xml")
    assert set(before) <= set(after)  # the same ids
    day = next(i for i in after if i.endswith(":2024-02-18"))
    upd = lambda entries, i: entries[i].find(f"{ATOM}updated").text  # noqa: E731
    assert upd(after, day) > upd(before, day) and feed_after > feed_before and feed_after == upd(after, day)
    assert after[day].find(f"{ATOM}title").text != before[day].find(f"{ATOM}title").text
    assert all(upd(after, i) == upd(before, i) for i in before if i != day)


def test_with_a_base_url_the_feed_links_are_absolute(tmp_path):
    out = tmp_path / "site"
    build_site(sample_rows(), out, base_url="https://news.example/maps")
    root = ET.parse(out / "feed.xml").getroot()
    links = [link.get("href") for link in root.iter(f"{ATOM}link")]
    assert links and all(h.startswith("https://news.example/maps/") for h in links), links
    for h in links:  # each one a file of the site
        assert (out / h.removeprefix("https://news.example/maps/").split("#")[0]).exists(), h


def test_feed_titles_count_in_proper_plurals(site):
    titles = [e.find(f"{ATOM}title").text for e in ET.parse(site / "feed.xml").getroot().findall(f"{ATOM}entry")]
    text = " ".join(titles)
    assert "(s)" not in text and "(s)" not in (site / "feed.xml").read_text(encoding="utf-8")
    assert any("1 status change," in t for t in titles) or any("1 new claim" in t for t in titles)
    for t in titles:
        n = int(t.split(": ")[1].split(" ")[0])
        assert (" status change," in t) == (n == 1) and (" status changes," in t) == (n != 1), t
