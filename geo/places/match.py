"""Find the places a written name can refer to, whatever its spelling.

Tiers, best first: the spelling key (every romanization of the same Cyrillic name), the consonant
skeleton checked by similarity (Ukrainian vs Russian forms of a name), and, only when both find
nothing, a bounded edit distance on the key (typos).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from rapidfuzz import fuzz
from rapidfuzz.distance import Levenshtein

from geo.places.gazetteer import Gazetteer
from geo.places.names import fold, skeleton_key, spelling_key

# How much a match of each kind is worth before context is weighed.
MATCH_WEIGHT = {"name": 1.0, "alias": 1.0, "ascii": 0.97, "alt": 0.95, "stem": 0.9}
SKELETON_MIN_RATIO = 75.0
SKELETON_WEIGHT = 0.5
FUZZY_WEIGHT = 0.35


@dataclass(frozen=True)
class NameMatch:
    """A place whose name matches a query, and how well."""

    geonameid: int
    how: str  # name | alias | ascii | alt | stem | skeleton | fuzzy | fuzzy-alt
    weight: float


READING_WEIGHT = 0.9
_VOWEL = "aeiouy"
_GERMAN = [(re.compile(r"sch"), "sh"), (re.compile(r"ch"), "kh"), (re.compile(r"z"), "ts"),
           (re.compile(rf"(?<=[{_VOWEL}])s(?=[{_VOWEL}])|^s(?=[{_VOWEL}])"), "z")]
_FRENCH = [(re.compile(r"(?<!t)ch"), "sh"), (re.compile(r"j"), "zh"), (re.compile(r"ou"), "u")]


def foreign_readings(name: str) -> list[str]:
    """The name as German and French press spellings would read it in English letters."""
    text = fold(name)
    out = []
    for rules in (_GERMAN, _FRENCH):
        reading = text
        for pattern, repl in rules:
            reading = pattern.sub(repl, reading)
        if reading != text:
            out.append(reading)
    return out


def max_edits(key: str) -> int:
    """Edits allowed for the typo fallback: none for short keys, where one letter makes another village."""
    if len(key) < 6:
        return 0
    return 1 if len(key) < 10 else 2


def match_name(gazetteer: Gazetteer, name: str, kinds: tuple[str, ...] | None = None, *, typos: bool = True) -> list[NameMatch]:
    """Every place a name can refer to, each with its best match.

    :param gazetteer: the gazetteer to search.
    :param name: the name as written (any script, any romanization).
    :param kinds: keep only places of these kinds (settlement, oblast, raion, water).
    :param typos: fall back on a bounded edit distance when nothing else matches (the mention
        finder turns it off: a capitalised word one letter off a village is usually not one).
    :returns: matches, best weight first; empty when nothing is close enough.
    """
    key = spelling_key(name)
    if len(key) < 2:
        return []
    found: dict[int, NameMatch] = {}

    def add(gid: int, how: str, weight: float) -> None:
        if kinds and gazetteer.places[gid].kind not in kinds:
            return
        if gid not in found or found[gid].weight < weight:
            found[gid] = NameMatch(gid, how, weight)

    for gid, source in gazetteer.lookup_key(key).items():
        add(gid, source, MATCH_WEIGHT[source])
    if not any(m.how in ("name", "alias") for m in found.values()):
        # German and French press spellings read some letters otherwise (ch = х or ш, z = ц,
        # j = ж): try those readings too, a little below the English one.
        for reading in foreign_readings(name):
            for gid, source in gazetteer.lookup_key(spelling_key(reading)).items():
                add(gid, source, MATCH_WEIGHT[source] * READING_WEIGHT)
    own_name = any(m.how in ("name", "alias") for m in found.values())
    if len(key) >= 5 and not own_name:  # a place's own name beats vowel-shifted look-alikes anyway
        for other in gazetteer.keys_with_skeleton(skeleton_key(key)):
            if other == key:
                continue
            ratio = fuzz.ratio(key, other)
            if ratio >= SKELETON_MIN_RATIO:
                for gid in gazetteer.lookup_key(other):
                    add(gid, "skeleton", SKELETON_WEIGHT * ratio / 100)
    edits = max_edits(key)
    if not found and edits and typos:
        for other in gazetteer.keys_near(key):
            dist = Levenshtein.distance(key, other, score_cutoff=edits)
            if dist <= edits:
                for gid, source in gazetteer.lookup_key(other).items():
                    # a typo of a place's own name, or of one of its variants (weaker evidence)
                    how = "fuzzy" if source in ("name", "alias", "ascii") else "fuzzy-alt"
                    add(gid, how, FUZZY_WEIGHT * (1 - dist / (edits + 1)))
    return sorted(found.values(), key=lambda m: -m.weight)
