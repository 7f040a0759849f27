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
