"""What the claim rules pass along: a cue found in a sentence, a cue attached to a place (a hit), and
what later sentences of an article refer back to (the state)."""

from __future__ import annotations

import re

from dataclasses import dataclass, field

from geo.claims.attribution import Speaker
from geo.models import Mention


@dataclass
class _Cue:
    start: int
    end: int
    kind: str
    text: str
    withdrawal: bool = False
    answer: bool = False  # "disputed the claim": said by the disputing voice, not by the claim's


@dataclass
class _Hit:
    mention: Mention
    cue: _Cue
    coref: bool = False
    region: tuple[int, int] | None = None
    partial: bool = False  # "80% of X": a share of the place, no control of it
    clause: bool = False  # "X was seized in 2022 and recaptured in ...": the cue's own clause dates it


@dataclass
class _State:
    """What later sentences refer back to."""

    last_control: Mention | None = None  # last place with a captured/held claim
    prev_places: list[Mention] = field(default_factory=list)  # places with claims in the previous sentence
    last_struck: Mention | None = None
    last_any: Mention | None = None
    claimed_all: dict = field(default_factory=dict)  # claimant -> (sentence, every place its last capture sentence named)
    salient: Mention | None = None  # the article's most-named place (what a bare "the claim" is about)
    struck_date: tuple | None = None  # date of the last strike claim, for "this strike"
    reporter: Speaker | None = None  # the official whose report the last sentences relayed
    reporter_at: int = -9
    last_official: Speaker | None = None  # the last official who spoke, however long ago ("It is noted that ..." relays them)
    reporter_span: int = 3  # how many sentences that report runs on for (a list after "...:" runs longer)
    summary: bool = False  # that report is a military summary ("the operational update of the General Staff"): its
    # fighting goes on line by line too, not only its strikes
    official_last: bool = False  # no other voice spoke since the last official (a summary's sector paragraphs are theirs)
    place_line: list = field(default_factory=list)  # a bulletin's "01:50, Senkovo village, Kupiansk district." line
    place_line_caps: bool = False  # that line is a name in capitals ("KHARKIV."): a dateline split off by its period
    counted: _Cue | None = None  # the last sentence's capture of places only counted ("Seven settlements were liberated")

    def note(self, m: Mention, kind: str, claimant: str, sentence: int, past: bool = False) -> None:
        """Remember a claim's place for later anaphors ("the village", "the claim", "this strike"); a claim
        dated well before its sentence (``past``: "since they seized Bakhmut last May") only for "the claim"."""
        if kind in ("captured", "held") and not past:
            self.last_control = m
        if kind == "captured":
            at, places = self.claimed_all.get(claimant, (None, []))
            self.claimed_all[claimant] = (sentence, places + [m] if at == sentence else [m])
        if kind == "struck" and not past:
            self.last_struck = m

    def topic(self, text: str = "") -> Mention | None:
        """The place a sentence's anaphor points back to; none when the anaphor cannot name it ("The
        village ... was overrun" is no city of 30,000 named before)."""
        m = (self.prev_places[0] if self.prev_places else None) or self.last_control or self.last_any
        if m is not None and _VILLAGE.search(text) and _population(m) > VILLAGE_MAX:
            return None
        return m


VILLAGE_MAX = 10_000  # more people than this: a town or a city, never "the village"
_VILLAGE = re.compile(r"\b(?:the|this|that)\s+village\b", re.I)


def _population(m: Mention) -> int:
    return next((c.population for c in m.candidates if c.geonameid == m.geonameid), 0)
