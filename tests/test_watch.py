"""`frontline watch`: articles that land in a folder are ingested once they stop changing, then the site is rebuilt."""

from __future__ import annotations

import os
import time

from geo.publish import watch
from geo.store import Store

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
