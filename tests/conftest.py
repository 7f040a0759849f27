"""Shared fixtures: small invented articles, mentions and claims (no gazetteer needed)."""

from __future__ import annotations

import hashlib
from datetime import date

import pytest

from geo.models import Article, Candidate, Claim, Mention


def _article(key: str = "https://news.example/story-1", text: str = "Forces took Testivka.",
             title: str = "Forces claim Testivka", published: date = date(2024, 2, 22), **kw) -> Article:
    digest = hashlib.sha256(f"{key}\n{title}\n{published}\n{text}".encode()).hexdigest()
    return Article(id=kw.pop("id", digest), key=key, title=title, published=published, text=text,
                   source=kw.pop("source", "Example Wire"), url=kw.pop("url", key), **kw)


def _mention(start: int = 12, surface: str = "Testivka", geonameid: int | None = 900001,
             lat: float | None = 48.5, lon: float | None = 37.5, **kw) -> Mention:
    resolved = geonameid is not None
    cand = [Candidate(geonameid, surface, lat, lon, "P", "PPL", admin1="Testska Oblast")] if resolved else []
    return Mention(start=start, end=start + len(surface), surface=surface,
                   kind=kw.pop("kind", "settlement"),
                   geonameid=geonameid, name=kw.pop("name", surface if resolved else ""), lat=lat, lon=lon,
                   confidence=kw.pop("confidence", 0.9 if resolved else 0.0), resolved=resolved,
                   candidates=kw.pop("candidates", cand), **kw)


def _claim(mention: Mention | None = None, claimant: str = "RU", kind: str = "captured",
           day: date = date(2024, 2, 20), **kw) -> Claim:
    m = mention or _mention()
    label = {"RU": "Russian MoD", "UA": "Ukrainian General Staff"}.get(claimant, "analysts")
    fields = dict(geonameid=m.geonameid, place=m.name or m.surface, surface=m.surface,
                  claimant=claimant, claimant_label=label, kind=kind,
                  control=claimant if kind in ("captured", "held") else None,
                  date_from=day, date_to=day, precision="day", date_phrase="on Tuesday",
                  quote=f"{claimant} said it took {m.surface}.", cue="took", confidence=0.8,
                  lat=m.lat, lon=m.lon, mention_start=m.start, mention_end=m.end)
    fields.update(kw)
    return Claim(**fields)


@pytest.fixture
def make_article():
    """Factory: an Article whose id is the hash of its key, title, date and text."""
    return _article


@pytest.fixture
def make_mention():
    """Factory: a settlement Mention (unresolved when ``geonameid=None``)."""
    return _mention


@pytest.fixture
def make_claim():
    """Factory: a Claim made from a mention (offsets and place copied from it)."""
    return _claim


# -- gazetteer fixtures --------------------------------------------------------------------------
# tests/data/geonames_sample.txt: invented rows in the GeoNames 19-column layout (geonameids
# 9900001-9900706, made-up names and coordinates): two oblasts (Testova 05, Prykladna 12), two
# raions, three namesake villages "Pobedivka", a town and a village "Zrazkivka", spelling variants,
# a PPLX, a PPLQ and a PPLH row, a river and a reservoir, and features that are never imported.

import os
import zipfile
from pathlib import Path

SAMPLE_DUMP = Path(__file__).parent / "data" / "geonames_sample.txt"
REAL_DUMP_SKIP = "set FRONTLINE_GEONAMES=/path/to/UA.zip to run tests against the real GeoNames dump"


@pytest.fixture
def sample_dump() -> Path:
    """The invented GeoNames rows (a .txt dump)."""
    return SAMPLE_DUMP


@pytest.fixture
def sample_zip(tmp_path) -> Path:
    """The invented rows zipped like the official dump (UA.zip holding UA.txt and a readme)."""
    path = tmp_path / "dump" / "UA.zip"
    path.parent.mkdir()
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.write(SAMPLE_DUMP, "UA.txt")
        zf.writestr("readme.txt", "test dump, invented rows\n")
    return path


@pytest.fixture
def sample_gazetteer_path(tmp_path) -> Path:
    """A gazetteer file imported from the invented rows (no aliases file)."""
    from geo.places.importer import import_dump

    target = tmp_path / "gazetteer" / "gazetteer.sqlite"
    import_dump(SAMPLE_DUMP, target, aliases=None)
    return target


@pytest.fixture
def sample_gazetteer(sample_gazetteer_path):
    """The invented rows as an opened :class:`geo.places.gazetteer.Gazetteer`."""
    from geo.places.gazetteer import Gazetteer

    return Gazetteer(sample_gazetteer_path)


@pytest.fixture(scope="session")
def real_gazetteer_path(tmp_path_factory) -> Path:
    """The real GeoNames dump named by $FRONTLINE_GEONAMES, imported once per session."""
    dump = os.environ.get("FRONTLINE_GEONAMES")
    if not dump:
        pytest.skip(REAL_DUMP_SKIP)
    from geo.places.importer import import_dump

    target = tmp_path_factory.mktemp("real-gazetteer") / "gazetteer.sqlite"
    counts = import_dump(Path(dump).expanduser().resolve(), target)
    target.with_name("counts.txt").write_text(repr(counts))
    return target


@pytest.fixture(scope="session")
def real_gazetteer(real_gazetteer_path):
    """The real GeoNames gazetteer (skips, naming FRONTLINE_GEONAMES, when the variable is unset)."""
    from geo.places.gazetteer import Gazetteer

    return Gazetteer(real_gazetteer_path)


@pytest.fixture
def store_path(tmp_path) -> Path:
    """Where a CLI test's claims database goes."""
    return tmp_path / "db" / "frontline.sqlite"


@pytest.fixture
def frontline(sample_gazetteer_path, store_path, monkeypatch):
    """Run ``frontline --db STORE --gazetteer SAMPLE ARGS...`` with CliRunner, the FRONTLINE_* variables unset."""
    from click.testing import CliRunner

    from geo.cli import cli

    for var in ("FRONTLINE_DB", "FRONTLINE_GAZETTEER", "FRONTLINE_GEONAMES"):
        monkeypatch.delenv(var, raising=False)
    runner = CliRunner()

    def invoke(*args, input=None, catch_exceptions=True):
        argv = ["--db", str(store_path), "--gazetteer", str(sample_gazetteer_path), *map(str, args)]
        return runner.invoke(cli, argv, input=input, catch_exceptions=catch_exceptions)

    return invoke
