"""One name, one place per article: a weak reading of a name yields to the article's sure reading of it."""

from __future__ import annotations

from geo.models import Candidate, Mention
from geo.reading.mentions import _one_sense_per_article


def _lyman(start: int, gid: int | None, conf: float, candidates: list[int]) -> Mention:
    cands = [Candidate(g, "Lyman", 49.0, 37.8 if g == 704204 else 38.9, "P", "PPL") for g in candidates]
    return Mention(start=start, end=start + 5, surface="Lyman", kind="settlement", geonameid=gid, name="Lyman",
                   lat=49.0, lon=37.8 if gid == 704204 else 38.9, confidence=conf, resolved=gid is not None,
                   candidates=cands)


def test_a_weak_reading_takes_the_sure_reading_of_the_same_name():
    sure, weak = _lyman(0, 704204, 0.94, [704204, 703073]), _lyman(100, 703073, 0.49, [703073, 704204])
    _one_sense_per_article([sure, weak])
    assert weak.geonameid == 704204 and weak.confidence == 0.94


def test_two_fair_readings_of_one_name_stay_as_they_are():
    first, second = _lyman(0, 704204, 0.94, [704204, 703073]), _lyman(100, 703073, 0.8, [703073, 704204])
    _one_sense_per_article([first, second])
    assert second.geonameid == 703073


def test_a_weak_reading_without_the_sure_place_among_its_candidates_stays():
    sure, weak = _lyman(0, 704204, 0.94, [704204]), _lyman(100, 703073, 0.49, [703073])
    _one_sense_per_article([sure, weak])
    assert weak.geonameid == 703073
