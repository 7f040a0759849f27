"""`frontline watch`: articles that land in a folder are ingested once they stop changing, then the site is rebuilt."""

from __future__ import annotations

import os
import re
import time

import pytest

from geo.jobs.publish import watch
from geo.store.sqlite import Store

ARTICLE = """\
title: Claims around Testohrad
published: 2024-03-14

The Russian Defense Ministry said on Tuesday that its forces had captured the village of Pobedivka near Testohrad.
"""


STAMP = r"\d{4}-\d\d-\d\d \d\d:\d\d:\d\d "


def _age(path, seconds):
    old = time.time() - seconds
    os.utime(path, (old, old))


def _lines(said, what):
    """The timestamped lines of one kind (new, replaced, unchanged, rejected, held, built, Error:)."""
    return [s for s in said[1:] if re.match(STAMP + re.escape(what) + " ", s)]


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
    assert re.fullmatch(STAMP + rf"watching {inbox} every 0 s; a file is read once whole and unchanged for 1 s "
                        rf"\(feeders: write NAME.part or .NAME, then rename it\); site: {out}", said[0])
    assert re.fullmatch(STAMP + rf"new {article}: 1 claim\(s\), 0 unresolved name\(s\)", said[1])
    assert re.fullmatch(STAMP + rf"built {out}: 1 claims on 1 places .*", said[2]) and len(said) == 3
    assert (out / "index.html").exists()


def test_watch_waits_for_a_file_that_is_still_being_written(tmp_path, sample_gazetteer):
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    (inbox / "a.txt").write_text(ARTICLE, encoding="utf-8")  # modified just now: not settled
    said = []
    with Store(tmp_path / "db.sqlite") as store:
        watch(inbox, store, sample_gazetteer, tmp_path / "maps", interval=0, debounce=60, echo=said.append, rounds=3)
        assert store.stats()["articles"] == 0
    assert len(said) == 1 and "watching" in said[0]


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
    assert len(said) == 2 and re.match(STAMP + f"rejected {bad}: no publication date", said[1])


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
    errors = _lines(said, "rejected")
    assert len(errors) == 1 and "a_bad.txt: no publication date" in errors[0]  # said once
    assert len(_lines(said, "new")) == 1 and "b_good.txt" in _lines(said, "new")[0]
    assert (out / "index.html").exists() and len(_lines(said, "built")) == 1  # one rebuild


def test_a_fixed_bad_file_is_read_again(tmp_path, sample_gazetteer):
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    f = inbox / "a.txt"
    f.write_text("no header and no date here\n", encoding="utf-8")
    _age(f, 10)
    said = []

    def echo(line):  # the author fixes the file once the watcher has complained
        said.append(line)
        if " rejected " in line:
            f.write_text(ARTICLE, encoding="utf-8")
            _age(f, 5)

    with Store(tmp_path / "db.sqlite") as store:
        watch(inbox, store, sample_gazetteer, tmp_path / "maps", interval=0, debounce=1, echo=echo, rounds=5)
        assert store.stats()["articles"] == 1
    assert " rejected " in said[1] and re.match(STAMP + "new ", said[2])


def test_a_file_removed_after_listing_is_skipped(tmp_path, sample_gazetteer, monkeypatch):
    import geo.reading.articles

    inbox = tmp_path / "inbox"
    inbox.mkdir()
    good = inbox / "a.txt"
    good.write_text(ARTICLE, encoding="utf-8")
    _age(good, 10)
    real = geo.reading.articles.iter_article_paths
    monkeypatch.setattr(geo.reading.articles, "iter_article_paths",
                        lambda paths, **kw: real(paths, **kw) + [inbox / "gone.txt"])
    said = []
    with Store(tmp_path / "db.sqlite") as store:
        watch(inbox, store, sample_gazetteer, tmp_path / "maps", interval=0, debounce=1, echo=said.append, rounds=2)
        assert store.stats()["articles"] == 1
    assert not _lines(said, "Error:") and not _lines(said, "rejected")


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


# -- only whole files ----------------------------------------------------------------------------
LONG = ARTICLE + "\nUkrainian forces said on Wednesday that they still held Prykladne, the regional governor said.\n"


def _watch(tmp_path, store, sample_gazetteer, echo, rounds):
    watch(tmp_path / "inbox", store, sample_gazetteer, tmp_path / "maps", interval=0, debounce=1, echo=echo,
          rounds=rounds)


def test_a_writer_that_pauses_past_the_debounce_is_waited_for(tmp_path, sample_gazetteer):
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    path = inbox / "a.txt"
    cut = LONG.index("that they still") + 4
    writer = open(path, "w", encoding="utf-8")
    writer.write(LONG[:cut])  # half of it, mid-sentence; then the writer pauses, the file open
    writer.flush()
    _age(path, 10)
    said = []

    def echo(line):
        said.append(line)
        if " held " in line and not writer.closed:  # the writer comes back and finishes
            writer.write(LONG[cut:])
            writer.close()
            _age(path, 5)

    with Store(tmp_path / "db.sqlite") as store:
        _watch(tmp_path, store, sample_gazetteer, echo, rounds=5)
        stats = store.stats()
        claims = store.claims(include_waiting=True)  # Prykladne, an oblast centre, waits
    assert stats["articles"] == 1
    assert {c["geonameid"] for c in claims} >= {9900201, 9900110}  # from both halves
    held = _lines(said, "held")
    assert held == [held[0]] and held[0].endswith(f"held {path}: a process has it open for writing; "
                                                  "waiting for the writer to finish")
    assert len(_lines(said, "new")) == 1 and not _lines(said, "rejected")


def test_a_file_cut_mid_line_is_held_until_it_is_whole(tmp_path, sample_gazetteer):
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    path = inbox / "a.txt"
    path.write_text(LONG[:LONG.index("that they still") + 4], encoding="utf-8")  # the writer died, or paused
    _age(path, 10)
    said = []
    with Store(tmp_path / "db.sqlite") as store:
        _watch(tmp_path, store, sample_gazetteer, said.append, rounds=4)
        assert store.stats()["articles"] == 0
        path.write_text(LONG, encoding="utf-8")
        _age(path, 5)
        _watch(tmp_path, store, sample_gazetteer, said.append, rounds=2)
        assert store.stats()["articles"] == 1
    held = _lines(said, "held")
    assert len(held) == 1 and held[0].endswith(f"held {path}: its last line is cut short; waiting for the writer to finish")


@pytest.mark.parametrize("name, content, why", [
    ("a.html", "<html><head><title>Claims</title><meta name='date' content='2024-03-14'></head><body><p>The Russian",
     "its </html> has not arrived"),
    ("a.txt", ARTICLE.encode("utf-8")[:-2] + "Вз".encode("utf-8")[:-1], "it ends inside a character"),
    ("a.txt", "", "it is empty"),
])
def test_other_unfinished_files_are_held(tmp_path, sample_gazetteer, name, content, why):
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    path = inbox / name
    (path.write_bytes if isinstance(content, bytes) else path.write_text)(content)
    _age(path, 10)
    said = []
    with Store(tmp_path / "db.sqlite") as store:
        _watch(tmp_path, store, sample_gazetteer, said.append, rounds=3)
        assert store.stats()["articles"] == 0
    assert [s.split(" ", 2)[2] for s in said[1:]] == [f"held {path}: {why}; waiting for the writer to finish"]


def test_files_being_written_by_convention_are_ignored_until_renamed(tmp_path, sample_gazetteer):
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    for name in ("a.txt.part", "b.txt.tmp", ".c.txt", "d.txt.crdownload", ".e.txt.swp"):
        (inbox / name).write_text(ARTICLE[:50], encoding="utf-8")  # half-written, each
        _age(inbox / name, 10)
    said = []
    with Store(tmp_path / "db.sqlite") as store:
        _watch(tmp_path, store, sample_gazetteer, said.append, rounds=2)
        assert store.stats()["articles"] == 0 and len(said) == 1
        (inbox / "a.txt.part").write_text(ARTICLE, encoding="utf-8")
        _age(inbox / "a.txt.part", 10)
        (inbox / "a.txt.part").rename(inbox / "a.txt")  # write, then rename
        _watch(tmp_path, store, sample_gazetteer, said.append, rounds=2)
        assert store.stats()["articles"] == 1
    assert _lines(said[1:], "new")[0].endswith(f"new {inbox / 'a.txt'}: 1 claim(s), 0 unresolved name(s)")


def test_a_sidecar_that_lands_later_is_read(tmp_path, sample_gazetteer):
    import json

    inbox = tmp_path / "inbox"
    inbox.mkdir()
    body = inbox / "a.txt"
    body.write_text(ARTICLE.split("\n\n", 1)[1], encoding="utf-8")  # no header: no date yet
    _age(body, 10)
    said = []

    def echo(line):
        said.append(line)
        if " rejected " in line:  # the feeder drops the sidecar after the text
            (inbox / "a.json").write_text(json.dumps({"published": "2024-03-14", "source": "Test Wire"}))
            _age(inbox / "a.json", 5)

    with Store(tmp_path / "db.sqlite") as store:
        _watch(tmp_path, store, sample_gazetteer, echo, rounds=5)
        assert [c["source"] for c in store.claims()] == ["Test Wire"]
    assert len(_lines(said, "rejected")) == 1 and len(_lines(said, "new")) == 1


def test_a_loop_in_the_folder_is_said_once_and_the_rest_is_read(tmp_path, sample_gazetteer):
    inbox = tmp_path / "inbox"
    (inbox / "sub").mkdir(parents=True)
    (inbox / "sub" / "back").symlink_to(inbox)
    (inbox / "a.txt").write_text(ARTICLE, encoding="utf-8")
    _age(inbox / "a.txt", 10)
    said = []
    with Store(tmp_path / "db.sqlite") as store:
        _watch(tmp_path, store, sample_gazetteer, said.append, rounds=3)
        assert store.stats()["articles"] == 1
    errors = _lines(said, "Error:")
    assert len(errors) == 1 and errors[0].endswith(f"Error: {inbox / 'sub' / 'back'}: symlink loop (it leads back to {inbox})")


def test_only_writers_count_as_open_for_writing(tmp_path):
    from geo.jobs.publish import _open_for_writing

    path = tmp_path / "a.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    name = str(path.resolve())
    with open(path, encoding="utf-8"):
        assert _open_for_writing({name}) == set()
    with open(path, "a", encoding="utf-8"):
        assert _open_for_writing({name}) == {name}
    with open(path, "r+", encoding="utf-8"):
        assert _open_for_writing({name, str(tmp_path / "other.txt")}) == {name}
    assert _open_for_writing({name}) == set()


def test_a_file_dated_in_the_future_is_read_once_it_stays_unchanged(tmp_path, sample_gazetteer, monkeypatch):
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    art = inbox / "future.txt"
    art.write_text(ARTICLE, encoding="utf-8")
    later = time.time() + 7200
    os.utime(art, (later, later))
    clock = [time.time()]
    monkeypatch.setattr("geo.jobs.publish.time.time", lambda: clock[0])
    monkeypatch.setattr("geo.jobs.publish.time.sleep", lambda s: clock.__setitem__(0, clock[0] + 5))
    said = []
    store = Store(tmp_path / "db.sqlite")
    watch(inbox, store, sample_gazetteer, tmp_path / "maps", interval=5, debounce=2, echo=said.append, rounds=3)
    assert _lines(said, "new") and "future.txt" in _lines(said, "new")[0], said


def test_a_busy_database_does_not_lose_the_article(tmp_path, sample_gazetteer, monkeypatch):
    from geo.errors import StoreError
    from geo.jobs import publish

    inbox = tmp_path / "inbox"
    inbox.mkdir()
    art = inbox / "a.txt"
    art.write_text(ARTICLE, encoding="utf-8")
    old = time.time() - 100
    os.utime(art, (old, old))
    real, calls = publish.ingest, []

    def flaky(*args, **kwargs):
        calls.append(1)
        if len(calls) == 1:
            raise StoreError("database is locked")
        return real(*args, **kwargs)

    monkeypatch.setattr(publish, "ingest", flaky)
    said = []
    store = Store(tmp_path / "db.sqlite")
    watch(inbox, store, sample_gazetteer, tmp_path / "maps", interval=0, debounce=1, echo=said.append, rounds=4)
    assert _lines(said, "not yet") and _lines(said, "new"), said
