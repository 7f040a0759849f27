"""Find the places a written name can refer to, whatever its spelling.

Tiers, best first: the spelling key (every romanization of the same Cyrillic name, and the German
and French press readings of it; a Russian form read as the Ukrainian name, and a variant spelling
one namesake lists taken for all of that name), the consonant skeleton checked by similarity (Ukrainian vs Russian
forms of a name) and the loose skeleton (sibilants folded: German s for з, sch for ж), and, only
when those find nothing, a bounded edit distance on the key (typos). :func:`match_in` compares a
name with every name of a given set of places (those near a landmark, or in a stated oblast), for
spellings too far from any indexed name to be retrieved otherwise.
"""

from __future__ import annotations

import itertools
import re
from functools import lru_cache
from typing import NamedTuple

from rapidfuzz import fuzz, process

from geo.places.gazetteer import Gazetteer
from geo.places.names import fold, loose_key, loose_of_skeleton, skeleton_key, spelling_key

# How much a match of each kind is worth before context is weighed.
MATCH_WEIGHT = {"name": 1.0, "alias": 1.0, "ascii": 0.97, "alt": 0.95, "stem": 0.9}
SKELETON_MIN_RATIO = 75.0
LOOSE_MIN_RATIO = 80.0
SKELETON_WEIGHT = 0.5
LOOSE_WEIGHT = 0.45
FUZZY_WEIGHT = 0.35
REGION_MIN_RATIO = 72.0
REGION_WEIGHT = 0.4
OWN_NAMES = ("name", "alias")


class NameMatch(NamedTuple):
    """A place whose name matches a query, and how well."""

    geonameid: int
    how: str  # name | alias | ascii | alt | stem | russian | namesake | skeleton | loose | fuzzy | fuzzy-alt | region
    weight: float


READING_WEIGHT = 0.9
_VOWEL = "aeiouy"
_GERMAN = [("sch", re.compile(r"sch"), "sh"), ("ch", re.compile(r"ch"), "kh"), ("z", re.compile(r"z"), "ts"),
           ("s", re.compile(rf"(?<=[{_VOWEL}])s(?=[{_VOWEL}])|^s(?=[{_VOWEL}])"), "z")]
# German sch is ж as often as ш (Schowtnewe = Zhovtneve, Meschewoje = Mezhove)
_GERMAN_ZH = [("sch", re.compile(r"sch"), "zh"), ("ch", re.compile(r"ch"), "kh"), ("z", re.compile(r"z"), "ts")]
_FRENCH = [("ch", re.compile(r"(?<!t)ch"), "sh"), ("j", re.compile(r"j"), "zh"), ("ou", re.compile(r"ou"), "u")]
# English writers shorten щ (shch) to sch as often as German writes ш so (Borschivka = Borshchivka,
# Schastia = Shchastia): the key reads sch as ш; this reading tries щ, wherever it stands.
_SHCH = [("sch", re.compile(r"(?<!t)sch(?!tsch)"), "shch")]


def _rewrite(text: str, rules) -> str:
    """The rules (letters, pattern, replacement) applied in turn (one whose letters are absent cannot match)."""
    for letters, pattern, repl in rules:
        if letters in text:
            text = pattern.sub(repl, text)
    return text


def foreign_readings(name: str) -> list[str]:
    """The name as German and French press spellings would read it in English letters (and sch as щ)."""
    text = fold(name)
    out = []
    for rules in (_GERMAN, _GERMAN_ZH, _FRENCH, _SHCH):
        reading = _rewrite(text, rules)
        if reading != text and reading not in out:
            out.append(reading)
    return out


# "Velyko-Novosilka", "Verkhnio-Toretske": an adjective's combining form joined to the next word, for
# a name GeoNames writes as two words (Velyka Novosilka, Verkhnotoretske is joined and needs none)
_COMBINING = re.compile(r"^([a-z]{3,}[^aeiouy])o-(?=[a-z])")
_AGREEMENTS = ("a ", "e ", "yi ", "i ")  # the adjective agreeing with the noun: Velyka, Velyke, Velykyi, Novi


def compound_readings(name: str) -> list[str]:
    """A name whose first part is an adjective's combining form (Velyko-) as the adjective and the
    next word (Velyka Novosilka), each agreement tried."""
    text = fold(name).strip()
    m = _COMBINING.match(text)
    return [m[1] + agree + text[m.end():] for agree in _AGREEMENTS] if m else []


# -- Russian forms read as Ukrainian ---------------------------------------------------------------
# Russian state media and wires write Ukrainian villages by their Russian names (Zagornoye for
# Zahirne, Lesovka for Lisivka, Zaporozhskoye for Zaporizke). The keys fold the endings and the
# letters both languages share (g/h, i/y, -ovka/-ivka, -oye/-e); what remains are the sound changes
# between the languages, read here as optional rewrites whose results are looked up exactly:
# - o and e become i in a syllable Ukrainian closes (Zagornoye/Zahirne, Volnoye/Vilne, Sokol/Sokil),
#   e becomes i where Russian e stands for old ѣ (Lesovka/Lisivka, Svetloye/Svitle), e after a hushing
#   consonant o (Chernoye/Chorne);
# - ol before a consonant is ov (Volchansk/Vovchansk, Tolstoye/Tovste), an initial o of a closed
#   syllable vi (Olkhovoye/Vilkhove, Otradnoye/Vidradne);
# - -ino is -yne (Ocheretino/Ocheretyne), -zhsk- is -zk- (Zaporozhskoye/Zaporizke), -eyevka -eivka,
#   сч (sch between vowels) is щ (Peschanoye/Pishchane, Schastye/Shchastia);
# - the Russian forms of the names villages are named after: Nikolay/Mykola (also after Novo-, Malo-),
#   Aleksandr/Oleksandr, Vladimir/Volodymyr, Konstantin/Kostiantyn, Anna/Hanna, and the prefixes
#   raz-/roz-, ot-/vid-;
# - the adjectives that name a village's part or kind, another word in Ukrainian: Bolshaya/Velyka,
#   Krasnaya/Chervona (or Krasna), Pervoye/Pershe, Vtoroye/Druhe, Sredneye/Serednie (Novaya/Nova,
#   Malaya/Mala, Staraya/Stara differ only in the ending, which the keys fold).
# Tried only for a name with a Russian place-name ending or such an adjective (a person's name or an
# English word has none);
# a reading counts only as a place's own name (its GeoNames or alias name), as "russian": the
# place's name itself, not one of its variants, so not weighed down as one.
RUSSIAN_WEIGHT = 0.8
NAMESAKE_WEIGHT = 0.5
SPELLING_MIN_RATIO = 85.0  # a variant this close to the place's own name is a spelling of it (see _spelling_of)
RUSSIAN_SOURCES = ("name", "alias", "ascii")
_RUSSIAN_FORM = re.compile(r"(?:ol[iy]e|o[iy]?e|[^aeiouy]e|aya|aia|[iy]y|[iy]i|oy|oi|[oe]vka|ino|[oe]vo|sk|ka)$")
# (letters a match needs, pattern, replacement): a rule whose letters are absent is not tried
_RUSSIAN_FIXED = [
    ("nik", re.compile(r"^nik|(?<=^novo|^malo)nik"), "myk"), ("ann", re.compile(r"^ann"), "hann"),
    ("le", re.compile(r"a(?=le[kx]s)"), "o"), ("vladim", re.compile(r"vladim"), "volodym"),
    ("konstant", re.compile(r"konstant"), "kostiant"), ("ra", re.compile(r"^ra(?=[zs][^aeiouy])"), "ro"),
    ("ot", re.compile(r"^ot(?=[rv])"), "vid"), ("zhsk", re.compile(r"zhsk"), "zk"), ("ino", re.compile(r"(?<=[^aeiouy])ino$"), "yne"),
    ("vk", re.compile(r"e[yi]?e(?=vk)"), "ei"), ("sch", re.compile(r"(?<=[aeiouy])sch(?=[aeiouy])"), "shch"),
    ("pol", re.compile(r"pol[iy]e$"), "pillia"),  # -polye is -pillia (Dobropolye/Dobropillia, Belopolye/Bilopillia)
]
# -eyevka is -eivka after a name ending in -ei (Kochubeyevka/Kochubeivka) and -iivka after one in -ii
# (Alekseyevka/Oleksiivka, Sergeyevka/Serhiivka): both are tried
_RUSSIAN_FIXED_II = [rule if rule[0] != "vk" else ("vk", rule[1], "ii") for rule in _RUSSIAN_FIXED]
# Russian adjective stem -> its Ukrainian stems; the ending (-aya, -oye, -yy/-iy/-oy, -iye/-yye)
# becomes -a, -e, -yi, -i (the adjectives both languages share are read as they are, no vowel changed);
# a soft stem's (-yaya, -eye, -iy, -iye) -ia, -ie, -ii, -i.
_RUSSIAN_ADJECTIVES = {"bolsh": ("velyk",), "krasn": ("chervon", "krasn"), "perv": ("persh",), "vtor": ("druh",),
                       "nov": ("nov",), "mal": ("mal",), "star": ("star",), "velik": ("velyk",)}
_SOFT_ADJECTIVES = {"sredn": ("seredn",), "verkhn": ("verkhn",), "nizhn": ("nyzhn",)}
_ADJECTIVE = re.compile(r"^(?:(" + "|".join(_RUSSIAN_ADJECTIVES) + r")(aya|aia|o[iy]?e|[iy]?y[iy]?e|[oiy][iy]|ie)|("
                        + "|".join(_SOFT_ADJECTIVES) + r")(y?aya|i?aia|e[yi]?e|[iy][iy]|[iy]?y?[iy]e))$")


def _adjective_readings(word: str) -> list[str]:
    """A Russian adjective as its Ukrainian counterparts (bolshaya -> velyka), or nothing."""
    m = _ADJECTIVE.match(word)
    if not m:
        return []
    if m[1]:
        ending = m[2]
        uk = "a" if ending[0] == "a" else "e" if ending[0] == "o" and ending.endswith("e") else \
            "i" if ending.endswith("e") else "yi"
        return [stem + uk for stem in _RUSSIAN_ADJECTIVES[m[1]]]
    ending = m[4]
    uk = "ia" if ending.endswith("a") else "ie" if ending[0] == "e" else "i" if ending.endswith("e") else "ii"
    return [stem + uk for stem in _SOFT_ADJECTIVES[m[3]]]


_RUSSIAN_OL = [("ol", re.compile(r"(?<=[^aeiouy])ol(?=[^aeiouy])"), "ov"), ("ol", re.compile(r"^ol(?=[^aeiouy])"), "vil")]
_RUSSIAN_VOWEL = re.compile(r"(?<=.)[oe](?=[^aeiouy])")
_HUSHED_E = re.compile(r"(?<=[hz])e(?=[^aeiouy])")
_RUSSIAN_MAX = 16
_WORDS = re.compile(r"[\s\-]+")


def russian_readings(name: str) -> list[str]:
    """The name, if written in its Russian form, as its Ukrainian form could be spelled (a few
    guesses each, to be looked up exactly; most find nothing)."""
    text = fold(name).strip()
    words, seps = _WORDS.split(text), _WORDS.findall(text) + [""]  # (a hyphen kept: Novo-Danylovka is one word)
    adjectives = [_adjective_readings(word) for word in words]
    if not words or not (_RUSSIAN_FORM.search(words[-1]) or any(adjectives)):
        return []
    per_word = []
    for word, adjective in zip(words, adjectives):
        if adjective:  # (its own vowels are no Russian form of a Ukrainian word's)
            per_word.append(adjective)
            continue
        bases = [word]
        for fixed in dict.fromkeys(_rewrite(word, rules) for rules in (_RUSSIAN_FIXED, _RUSSIAN_FIXED_II)):
            bases += [fixed, _rewrite(fixed, _RUSSIAN_OL)]  # (ol -> ov optional: Rozdolne keeps its ol)
        found = []
        for base in dict.fromkeys(bases):
            spots = [m.start() for m in _RUSSIAN_VOWEL.finditer(base)][-3:]
            hushed = {m.start() for m in _HUSHED_E.finditer(base)}
            changes = [[]] + [[i] for i in spots] + [list(c) for c in itertools.combinations(spots, 2)]
            for change in changes:
                for hush in (False, True) if hushed & set(change) else (False,):
                    letters = list(base)
                    for i in change:
                        letters[i] = "o" if hush and i in hushed else "i"
                    found.append("".join(letters))
        per_word.append(list(dict.fromkeys(found)))
    out = []
    for combo in itertools.islice(itertools.product(*per_word), _RUSSIAN_MAX + 1):
        reading = "".join(word + sep for word, sep in zip(combo, seps))
        if reading != text:
            out.append(reading)
    return out[:_RUSSIAN_MAX]


def max_edits(key: str) -> int:
    """Edits allowed for the typo fallback: none for short keys, where one letter makes another village."""
    if len(key) < 6:
        return 0
    return 1 if len(key) < 10 else 2


@lru_cache(maxsize=100_000)
def _loose(key: str) -> str:
    return loose_key(key)


def match_name(gazetteer: Gazetteer, name: str, kinds: tuple[str, ...] | None = None, *, typos: bool = True,
               loose: bool = True) -> list[NameMatch]:
    """Every place a name can refer to, each with its best match.

    :param gazetteer: the gazetteer to search.
    :param name: the name as written (any script, any romanization).
    :param kinds: keep only places of these kinds (settlement, oblast, raion, water).
    :param typos: fall back on a bounded edit distance when nothing else matches (the mention
        finder turns it off: a capitalised word one letter off a village is usually not one).
    :param loose: also retrieve by the loose skeleton (press transcriptions).
    :returns: matches, best weight first; empty when nothing is close enough.
    """
    key = spelling_key(name)
    if len(key) < 2:
        return []
    places = gazetteer.places
    # the exact tier, the common case, in one pass
    found: dict[int, NameMatch] = {
        gid: NameMatch(gid, source, MATCH_WEIGHT[source]) for gid, source in gazetteer.lookup_key(key).items()
        if not kinds or places[gid].kind in kinds
    }
    if any(m.how in OWN_NAMES for m in found.values()):
        if len(key) >= 5 and _russian_beside_own(gazetteer, name, found, kinds):
            _add_namesakes(gazetteer, key, found)
        return sorted(found.values(), key=_by_weight)

    def add(gids, how: str, weight: float) -> None:
        """Match these places so, each unless it is matched better already."""
        for gid in gids:
            if kinds and places[gid].kind not in kinds:
                continue
            old = found.get(gid)
            if old is None or old.weight < weight:
                found[gid] = NameMatch(gid, how, weight)

    # German and French press spellings read some letters otherwise (ch = х or ш, z = ц,
    # j = ж), and a hyphenated combining form may be a separate adjective (Velyko-Novosilka):
    # try those readings too, a little below the English one.
    keys = [key]
    for reading in foreign_readings(name) + compound_readings(name):
        rkey = spelling_key(reading)
        if rkey and rkey not in keys:
            keys.append(rkey)
            for gid, source in gazetteer.lookup_key(rkey).items():
                add((gid,), source, MATCH_WEIGHT[source] * READING_WEIGHT)
    # A Russian form of a Ukrainian name (Zagornoye = Zahirne): its Ukrainian readings, below the others.
    if len(key) >= 5:
        for reading in russian_readings(name):
            rkey = spelling_key(reading)
            if rkey and rkey not in keys:
                keys.append(rkey)
                for gid, source in gazetteer.lookup_key(rkey).items():
                    if source not in RUSSIAN_SOURCES or (kinds and places[gid].kind not in kinds):
                        continue  # (another place's variant is no Ukrainian name)
                    weight = MATCH_WEIGHT[source] * RUSSIAN_WEIGHT
                    old = found.get(gid)
                    if old is None or old.how in ("alt", "stem") or old.weight < weight:
                        # the place's own name read from its Russian form: more than a variant of it
                        found[gid] = NameMatch(gid, "russian", max(weight, old.weight if old else 0.0))
    if len(key) >= 5 and found:
        _add_namesakes(gazetteer, key, found)
    if len(key) >= 5 and not found:  # a name that is some place's name or variant beats look-alikes anyway
        for k in keys:
            _add_skeletons(gazetteer, k, add, keys, loose)
    edits = max_edits(key)
    if not found and edits and typos:
        near = gazetteer.keys_near(key, edits)
        lookup = gazetteer.lookup_key
        for other in sorted(near):  # in a fixed order, whatever the hashing
            weight = FUZZY_WEIGHT * (1 - near[other] / (edits + 1))
            for gid, source in lookup(other).items():
                if kinds and places[gid].kind not in kinds:
                    continue
                old = found.get(gid)
                if old is None or old.weight < weight:
                    # a typo of a place's own name, or of one of its variants (weaker evidence)
                    found[gid] = NameMatch(gid, "fuzzy" if source in _TYPO_OWN else "fuzzy-alt", weight)
    return sorted(found.values(), key=_by_weight)


_TYPO_OWN = frozenset(("name", "alias", "ascii"))
_VARIANT = frozenset(("alt", "stem"))


@lru_cache(maxsize=100_000)
def russian_keys(name: str) -> tuple[str, ...]:
    """The spelling keys of :func:`russian_readings` (the name's own key left out)."""
    key = spelling_key(name)
    return tuple(dict.fromkeys(k for k in map(spelling_key, russian_readings(name)) if k and k != key))


def _russian_beside_own(gazetteer: Gazetteer, name: str, found: dict, kinds) -> bool:
    """A name that is some place's own name, read as a Russian form all the same, where that says more.

    - A place that has the name only as a variant (Lesovka for Lisivka) but whose own name is its
      Ukrainian reading (Lisivka) has it as the Russian form of its own name, not as another name
      (a former name of a town beside it: Lesovka for Ukrainsk): it is matched as "russian".
    - When every place having the name as its own is a row GeoNames names in Russian (Crimea, old
      rows: Konstantinovka, Snezhnoye), a Russian-looking name may as well be the Russian form of a
      place named in Ukrainian (Kostiantynivka, Snizhne): those readings are added, as "russian".

    A place that has the name as a former name (Konstantinovka for Pryshchepivka) hides neither: it
    stays a candidate beside them, and context or the places' sizes decide between them.

    :returns: whether the places having the name as their own are all named in Russian: then the
        namesakes of its variants count too.
    """
    places = gazetteer.places
    variants = [gid for gid, m in found.items() if m.how in _VARIANT]
    looks_russian = _looks_russian(name)
    if not variants and not looks_russian:  # (the common case: nothing to read, nothing to add)
        return False
    own_russian = all(_russian_row(places[gid].name) for gid, m in found.items() if m.how in OWN_NAMES)
    add_new = own_russian and looks_russian
    if not variants and not add_new:
        return own_russian
    lookup = gazetteer.lookup_key
    for rkey in russian_keys(name):
        named = {gid: source for gid, source in lookup(rkey).items()
                 if source in RUSSIAN_SOURCES and not (kinds and places[gid].kind not in kinds)}
        listed = [gid for gid in named if gid in found and found[gid].how in _VARIANT]
        for gid in listed:
            found[gid] = NameMatch(gid, "russian", found[gid].weight)
        for gid, source in named.items():
            if gid in found:
                continue
            if add_new:
                found[gid] = NameMatch(gid, "russian", MATCH_WEIGHT[source] * RUSSIAN_WEIGHT)
            elif listed and places[gid].kind == "settlement":
                # the Russian form of a name GeoNames lists for one village of it only: a spelling of
                # every village of that name (as :func:`_add_namesakes` reads a listed spelling)
                found[gid] = NameMatch(gid, "namesake", found[listed[0]].weight * NAMESAKE_WEIGHT)
    return own_russian


def _add_namesakes(gazetteer: Gazetteer, key: str, found: dict) -> None:
    """The places named as one that has the name as a variant spelling of its own name.

    GeoNames lists the Russian (or another) spelling of a village's name for some villages of that
    name and not for others (Peschanoye for one Pishchane of the Kharkiv oblast, not for the next):
    that one of them lists it says little about which is meant. A variant that is a spelling of the
    place's own name (the same consonants, vowels changed: Samoylovka/Samiilivka, Kamyshevakha/
    Komyshuvakha; not a name extending it) is therefore a spelling of every place of that name, and
    those are matched too ("namesake"), below the place that lists it. A variant that is another
    name (a former name: Grishino for Pokrovsk) is that place's alone; that some place has the name as
    a former name does not stop the namesakes of the others (Samoylovka, a former name of Iverske and
    the Russian form of every Samiilivka). Not done when the name is some place's own name (unless a
    row GeoNames names in Russian): a variant is then secondary anyway.
    """
    places = gazetteer.places
    lookup = gazetteer.lookup_key
    for gid, m in list(found.items()):
        if m.how not in _VARIANT or places[gid].kind != "settlement":  # (a river's rows are one river)
            continue
        own = spelling_key(places[gid].name)
        if own == key or not _spelling_of(key, own):
            continue
        weight = m.weight * NAMESAKE_WEIGHT
        for other, source in lookup(own).items():
            if source in RUSSIAN_SOURCES and other not in found and places[other].kind == "settlement":
                found[other] = NameMatch(other, "namesake", weight)


def _spelling_of(key: str, own: str) -> bool:
    """Whether a key is a spelling of another: the same ending (the keys fold the Russian endings;
    Krasnyi, Krasna and Krasne are three names), the same consonant skeleton or all but a letter or
    two of a long name (Russian consonants Ukrainian writes otherwise: Otradovka/Odradivka,
    Krestovka/Khrestivka, Trofimovka/Trokhymivka; a former name is another word), and not a name
    extending it or cut from it (Slovianske from Sloviansk)."""
    return key[-1:] == own[-1:] and not (key.startswith(own) or own.startswith(key)) and (
        skeleton_key(key) == skeleton_key(own) or fuzz.ratio(key, own) >= SPELLING_MIN_RATIO)


# A GeoNames name romanized from Russian (its row names the place in Russian), and a name written
# with a Russian place-name ending (a query).
_RUSSIAN_ROW = re.compile(r"(?:[oe]vka|o[iy]?e|aya|[iy]y|ino|[oe]vo|sk[iy]y?|skoe)\b|g(?!h)")
_RUSSIAN_LOOKING = re.compile(r"(?:[oe]vka|o[iy]?e|aya|aia|[iy]y|ino|[oe]vo|sk[iy]y?|oy)\b")


@lru_cache(maxsize=100_000)
def _russian_row(name: str) -> bool:
    return _RUSSIAN_ROW.search(fold(name)) is not None


@lru_cache(maxsize=100_000)
def _looks_russian(name: str) -> bool:
    return _RUSSIAN_LOOKING.search(fold(name)) is not None


def _extends(key: str, other: str) -> bool:
    """Whether one key is the other with an ending added (up to three letters) or a prefix (three
    letters or more): another name, not a spelling of it (Sloviansk and Slovianske, Maiorsk and
    Maiorske; Kupyn, Kupyna and Kupyne are three villages; Nikolske and Novonikolske, Maiorske and
    Staromaiorske two). A look-alike tier takes such a key for no spelling of the name (a word added,
    Zoryane Pershe for Zoriane, is left to the similarity)."""
    if key == other:
        return False
    gap = len(key) - len(other)
    return abs(gap) <= 3 and (other.startswith(key) or key.startswith(other)) or \
        gap >= 3 and key.endswith(other) or -gap >= 3 and other.endswith(key)


def _by_weight(m: NameMatch) -> tuple[float, int]:
    return -m.weight, m.geonameid  # ties in a fixed order, whatever the hashing of this process


def _add_skeletons(gazetteer: Gazetteer, key: str, add, own_keys: list[str], loose: bool) -> None:
    """Keys sharing the consonant skeleton (checked by similarity) or, looser, the sibilant-folded one."""
    skeleton = skeleton_key(key)
    first, lookup = own_keys[0], gazetteer.lookup_key
    # (the similarity first, in C: the Python checks only for the keys close enough)
    for other in gazetteer.sorted_keys_with(skeleton):
        ratio = fuzz.ratio(key, other)
        if ratio >= SKELETON_MIN_RATIO and other not in own_keys and not (_extends(first, other) or _extends(key, other)):
            add(lookup(other), "skeleton", SKELETON_WEIGHT * ratio / 100)
    if not loose:
        return
    group = gazetteer.sorted_keys_with(loose_of_skeleton(skeleton), loose=True)
    if not group:  # (no key has this loose skeleton: the key is not folded for nothing)
        return
    lkey, lfirst = _loose(key), _loose(first)
    for other in group:
        lother = _loose(other)
        ratio = fuzz.ratio(lkey, lother)
        if ratio >= LOOSE_MIN_RATIO and other not in own_keys and not (_extends(lkey, lother) or _extends(lfirst, lother)):
            add(lookup(other), "loose", LOOSE_WEIGHT * ratio / 100)


def match_in(gazetteer: Gazetteer, name: str, places, *, min_ratio: float = REGION_MIN_RATIO,
             memo: dict | None = None) -> list[NameMatch]:
    """The places among ``places`` whose names are close to ``name`` (compared letter by letter,
    sibilants folded): for a name no index retrieves, once context says where to look.

    :param places: the settlements to compare with (near a landmark, in an oblast).
    :param memo: a dict kept with the region, to compare the next names faster.
    :returns: matches, best first, weighted by similarity (never above a skeleton match).
    """
    key = spelling_key(name)
    readings = foreign_readings(name) + compound_readings(name)
    if not any(source in RUSSIAN_SOURCES for source in gazetteer.lookup_key(key).values()):
        readings += russian_readings(name)  # (as in match_name: a place's own name is read as written)
    heads = {}  # loose key -> the loose key of its first word, for a name of several words
    for r in [name, *readings]:
        k = spelling_key(r)
        if len(k) >= 4 and (lk := _loose(k)) not in heads:
            words = _WORDS.split(fold(r).strip())
            head = _loose(spelling_key(words[0])) if len(words) > 1 else ""
            heads[lk] = head if len(head) >= 4 else ""
    keys = list(heads)
    if not keys:
        return []
    memo = {} if memo is None else memo
    names = memo.get("names")
    if names is None:
        names = memo["names"] = RegionNames([region_choices((k, p.geonameid) for p in places
                                                            for k in gazetteer.loose_keys_of(p.geonameid))])
    import numpy as np  # (rapidfuzz's cdist answers in an array)

    best: dict[int, float] = {}
    for k in keys:
        # only the names of its first letter: one that differs in it shares only its tail
        choices, owners = names.starting(k[:1])
        if not choices:
            continue
        # the key against every name at once, in C; the same ratios process.extract gives, one by one
        row = process.cdist([k], choices, scorer=fuzz.ratio, score_cutoff=min_ratio, dtype=np.float64)[0]
        head = heads[k]
        for i in np.flatnonzero(row).tolist():
            choice = choices[i]
            # a name that differs in its first word shares only its tail (Zoryane Pershe is no
            # spelling of Zhelanne Pershe)
            if head and fuzz.ratio(head, choice[: len(head)]) < min_ratio or _extends(k, choice) or _extends(keys[0], choice):
                continue
            ratio = float(row[i])
            for gid in owners[i]:
                if ratio > best.get(gid, 0.0):
                    best[gid] = ratio
    out = [NameMatch(gid, "region", REGION_WEIGHT * ratio / 100) for gid, ratio in best.items()]
    return sorted(out, key=_by_weight)


def region_choices(pairs) -> dict[str, tuple[list[str], list[list[int]]]]:
    """The distinct loose keys of (loose key, geonameid) pairs and whose each is (a name many
    villages share is compared once), by first letter."""
    owners_of: dict[str, list[int]] = {}
    for key, gid in pairs:
        found = owners_of.get(key)
        if found is None:
            owners_of[key] = [gid]
        else:
            found.append(gid)
    by_letter: dict[str, tuple[list[str], list[list[int]]]] = {}
    for key, owners in owners_of.items():
        keys, owned = by_letter.setdefault(key[:1], ([], []))
        keys.append(key)
        owned.append(owners)
    return by_letter


class RegionNames:
    """The names of a region for :func:`match_in`: groups from :func:`region_choices` (a grid cell's,
    an oblast's), whose keys of one first letter are joined when first asked for."""

    def __init__(self, groups: list[dict[str, tuple[list[str], list[list[int]]]]]):
        self._groups = groups
        self._letters: dict[str, tuple[list[str], list[list[int]]]] = {}

    def starting(self, letter: str) -> tuple[list[str], list[list[int]]]:
        """The distinct loose keys beginning with this letter (per group), and whose each is."""
        found = self._letters.get(letter)
        if found is None:
            parts = [group[letter] for group in self._groups if letter in group]
            found = self._letters[letter] = ([k for keys, _ in parts for k in keys], [o for _, owned in parts for o in owned])
        return found
