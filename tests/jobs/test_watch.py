"""`frontline watch`: articles that land in a folder are ingested once they stop changing, then the site is rebuilt."""

from __future__ import annotations

import os
import time

from geo.jobs.publish import watch
from geo.store.sqlite import Store

ARTICLE = """\
title: Claims around Testohrad
published: 2024-03-14

The Russian Defense Ministry said on Tuesday that its forces had captured the village of Pobedivka near Testohrad.
"""


def _age(path, seconds):
    old = time.time() - seconds
    os.utime(path, (old, old))


def test_watch_ingests_settled_files_and_rebuilds(tmp_path, sample_gazetteer):
    inbox, out = tmp_path / "inbox", tmp_path / "maps"
    inbox.mkdir()
    article = inbox / "a.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    _age(article, 10)
    said = []
    with Store(tmp_path / "db.sqlite") as store:
        watch(inbox, store, sample_gazetteer, out, interval=0, debounce=1, echo=said.append, rounds=2)
        assert [c["geonameid"] for c in store.claims()] == [9900201]
    assert said[0].startswith("1 new, 0 replaced, 0 unchanged article(s)")
    assert (out / "index.html").exists()


def test_watch_waits_for_a_file_that_is_still_being_written(tmp_path, sample_gazetteer):
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    (inbox / "a.txt").write_text(ARTICLE, encoding="utf-8")  # modified just now: not settled
    said = []
    with Store(tmp_path / "db.sqlite") as store:
        watch(inbox, store, sample_gazetteer, tmp_path / "maps", interval=0, debounce=60, echo=said.append, rounds=3)
        assert store.stats()["articles"] == 0
    assert said == []


def test_watch_reports_a_bad_file_and_keeps_going(tmp_path, sample_gazetteer):
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    bad = inbox / "bad.txt"
    bad.write_text("no header and no date here\n", encoding="utf-8")
    _age(bad, 10)
    said = []
    with Store(tmp_path / "db.sqlite") as store:
        watch(inbox, store, sample_gazetteer, tmp_path / "maps", interval=0, debounce=1, echo=said.append, rounds=2)
        assert store.stats()["articles"] == 0
    assert len(said) == 1 and said[0].startswith("Error: ") and "bad.txt" in said[0] and "publication date" in said[0]


def test_a_bad_file_does_not_sink_the_good_ones_of_the_same_poll(tmp_path, sample_gazetteer):
    inbox, out = tmp_path / "inbox", tmp_path / "maps"
    inbox.mkdir()
    (inbox / "a_bad.txt").write_text("no header and no date here\n", encoding="utf-8")
    (inbox / "b_good.txt").write_text(ARTICLE, encoding="utf-8")
    for p in inbox.iterdir():
        _age(p, 10)
    said = []
    with Store(tmp_path / "db.sqlite") as store:
        watch(inbox, store, sample_gazetteer, out, interval=0, debounce=1, echo=said.append, rounds=4)
        assert store.stats()["articles"] == 1
        assert [c["geonameid"] for c in store.claims()] == [9900201]
    errors = [s for s in said if s.startswith("Error: ")]
    assert len(errors) == 1 and "a_bad.txt" in errors[0] and "publication date" in errors[0]  # said once
    assert sum(s.startswith("1 new, 0 replaced") for s in said) == 1
    assert (out / "index.html").exists() and sum(str(out) in s for s in said) == 1  # one rebuild


def test_a_fixed_bad_file_is_read_again(tmp_path, sample_gazetteer):
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    f = inbox / "a.txt"
    f.write_text("no header and no date here\n", encoding="utf-8")
    _age(f, 10)
    said = []

    def echo(line):  # the author fixes the file once the watcher has complained
        said.append(line)
        if line.startswith("Error: "):
            f.write_text(ARTICLE, encoding="utf-8")
            _age(f, 5)

    with Store(tmp_path / "db.sqlite") as store:
        watch(inbox, store, sample_gazetteer, tmp_path / "maps", interval=0, debounce=1, echo=echo, rounds=5)
        assert store.stats()["articles"] == 1
    assert said[0].startswith("Error: ") and said[1].startswith("1 new,")


def test_a_file_removed_after_listing_is_skipped(tmp_path, sample_gazetteer, monkeypatch):
    import geo.reading.articles

    inbox = tmp_path / "inbox"
    inbox.mkdir()
    good = inbox / "a.txt"
    good.write_text(ARTICLE, encoding="utf-8")
    _age(good, 10)
    real = geo.reading.articles.iter_article_paths
    monkeypatch.setattr(geo.reading.articles, "iter_article_paths", lambda paths: real(paths) + [inbox / "gone.txt"])
    said = []
    with Store(tmp_path / "db.sqlite") as store:
        watch(inbox, store, sample_gazetteer, tmp_path / "maps", interval=0, debounce=1, echo=said.append, rounds=2)
        assert store.stats()["articles"] == 1
    assert not [s for s in said if s.startswith("Error")]


def test_watch_builds_the_site_with_the_control_overlay(tmp_path, sample_gazetteer):
    import json

    inbox, out = tmp_path / "inbox", tmp_path / "maps"
    inbox.mkdir()
    article = inbox / "a.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    _age(article, 10)
    # Invented assessment: a box over the invented sample places.
    ring = [[20.0, 40.0], [45.0, 40.0], [45.0, 55.0], [20.0, 55.0], [20.0, 40.0]]
    control = tmp_path / "atlas_2024-03-01.geojson"
    control.write_text(json.dumps({"type": "FeatureCollection", "features": [
        {"type": "Feature", "properties": {}, "geometry": {"type": "Polygon", "coordinates": [ring]}}]}))
    with Store(tmp_path / "db.sqlite") as store:
        watch(inbox, store, sample_gazetteer, out, interval=0, debounce=1, echo=lambda s: None, rounds=2,
              control=control, control_source="Test Atlas")
    assert (out / "control.js").exists()
    assert "Assessed control, according to Test Atlas" in (out / "index.html").read_text()
