"""Spelling keys: one key for every way English, French, German and Polish reporting spells a
Ukrainian or Russian place name, and for the name in Cyrillic itself.

Two keys are computed from any name:

* :func:`spelling_key` folds what romanization systems disagree on and nothing else: case,
  diacritics, apostrophes and soft signs, hyphens and spaces, h/g (Ukrainian г is *h*, Russian is *g*),
  the many spellings of й/ї/ы/і/и (i, y, yi, iy, j), iotated vowels (ya/ia/ja, ye/ie/je, yu/iu/ju),
  zh/j/ž, kh/ch/x, sh/sch/ch/sz/š, ch/tsch/tch/cz/č, ts/tz/c, w/v, doubled letters, and the
  Ukrainian/Russian endings -ivka/-ovka/-evka, -ske/-skoye/-skoe, -ove/-ovo/-eve/-evo. A compound's
  first part joined by a hyphen (Novo-, Staro-, Velyko-) is no word of its own: Novo-Danylovka is
  Novodanylivka, not a word "novo" (read as -ovo = -ove) and another.
* :func:`skeleton_key`, the consonant skeleton of the spelling key, folds the vowel changes
  between the Ukrainian and the Russian form of a name (Krasnohorivka / Krasnogorovka,
  Robotyne / Rabotino). It retrieves candidates only; they are checked by similarity.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from operator import itemgetter

# Cyrillic (Ukrainian and Russian) to a Latin form; the key rules below fold the rest.
_CYRILLIC = {
    "а": "a", "б": "b", "в": "v", "г": "h", "ґ": "g", "д": "d", "е": "e", "є": "ye", "ж": "zh",
    "з": "z", "и": "y", "і": "i", "ї": "yi", "й": "y", "к": "k", "л": "l", "м": "m", "н": "n",
    "о": "o", "п": "p", "р": "r", "с": "s", "т": "t", "у": "u", "ф": "f", "х": "kh", "ц": "ts",
    "ч": "ch", "ш": "sh", "щ": "shch", "ь": "", "ъ": "", "ы": "y", "э": "e", "ё": "yo", "ю": "yu",
    "я": "ya",
}
# Latin letters whose diacritic carries a sound the plain letter lacks (Czech, Polish, Croatian styles).
_LATIN_SPECIAL = {
    "ž": "zh", "ż": "zh", "š": "sh", "č": "ch", "ł": "l", "ß": "ss", "ø": "o", "æ": "ae", "œ": "oe",
}
_APOSTROPHES = "'’ʼ`´‘ʹʻ\"”“″′"
_TRANS = str.maketrans({**_CYRILLIC, **_LATIN_SPECIAL, **{c: "" for c in _APOSTROPHES}})

# Rewrites on the Latin form, in one pass: the alternation lists longer spellings first, so that
# 'shch' is read before 'sh' and 'kh' before 'h'. Upper-case letters are canonical consonant tokens
# that later rules cannot re-read: S = ш, C = ч, Z = ж, X = х, G = г/ґ, Q = ц.
_DIGRAPHS = {
    "schtsch": "SC", "shch": "SC", "szcz": "SC", "chtch": "SC", "shtch": "SC",  # щ: En, De, Pl, Fr
    "tsch": "C", "tch": "C", "cz": "C",  # ч: German, French, Polish
    "sch": "S", "sh": "S", "sz": "S",  # ш
    "jj": "Z", "zh": "Z", "rz": "Z",  # ж (French writes жж as jj)
    "kh": "X",  # х
    "ch": "C",  # ч in English (French and German 'ch' fall to the fuzzy matcher)
    "ts": "Q", "tz": "Q", "tc": "Q",  # ц
    "gh": "G", "g": "G", "h": "G",  # г: Ukrainian h, Russian g
    "w": "v", "ph": "f", "ou": "u",  # German w, Greek-style ph, French у
    "c": "Q",  # Polish, Czech, Croatian c = ц (every digraph with c was tried first)
}
_DIGRAPH = re.compile("|".join(sorted(_DIGRAPHS, key=len, reverse=True)) + "|[iyj]+")
_RULES = [
    (re.compile(r"(?<=[aeiou])i(?=[aeou])|^i(?=[aeou])"), ""),  # iotation: Avdeyevka = Avdeevka, Yenakiieve = Enakievo
    (re.compile(r"ie"), "e"),  # є/е: Sievierodonetsk = Severodonetsk
    (re.compile(r"(.)\1+"), r"\1"),  # doubled letters: Zaporizhzhia, Mariinka
]
# Word endings where Ukrainian and Russian forms of one name differ, applied to each word.
_ENDINGS = [
    (re.compile(r"(?:io|[ioe])vka$"), "ivka"),  # -ivka (Ukrainian) = -ovka/-evka (Russian)
    (re.compile(r"sk(?:oe|oi|ie|e|o)$"), "ske"),  # -ske = -skoye = -skoe
    (re.compile(r"(?<=[ov])(?:o|e)$"), "e"),  # -ove = -ovo, -eve = -evo
    (re.compile(r"(?<=[^aeiou])oe$"), "e"),  # -ne = -noye (Vodiane = Vodyanoye)
    (re.compile(r"(?<=[^aeiou])aia$"), "a"),  # -na = -naya (Popasna = Popasnaya)
    (re.compile(r"(?<=[^aeiou])(?:oi|ii)$"), "i"),  # -yi = -oy/-iy (Kryvyi = Krivoy)
]
_WORD_SPLIT = re.compile(r"[^a-zA-Z0-9]+")
# "novo-", "staro-", "velyko-": a compound's first part, its linking -o before a hyphen
_COMBINING_HYPHEN = re.compile(r"(?<=[a-z]o)-(?=[a-z])")
_NON_ALNUM = re.compile(r"[^a-zA-Z0-9]+")
_FOREIGN_LETTER = re.compile(r"[^\W\da-z_]")
_VOWELS = re.compile(r"[aeiou]")


def _digraph(m: re.Match) -> str:
    return _DIGRAPHS.get(m.group(), "i")  # a run of i/y/j: і, и, ї, й, ы in every system


def fold(text: str) -> str:
    """Lower-case, transliterate Cyrillic, strip diacritics and apostrophes; keep spaces.

    :param text: a name in Latin or Cyrillic script.
    :returns: the folded form, e.g. ``"Мар’їнка"`` -> ``"maryinka"``.
    """
    text = text.lower().translate(_TRANS)
    if text.isascii():
        return text
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c))
    # NFKD leaves Cyrillic letters whose mark was stripped (й -> и, ї -> і): transliterate again.
    return text.translate(_TRANS)


@lru_cache(maxsize=200_000)
def spelling_key(name: str) -> str:
    """The key under which every romanization of one name meets.

    :param name: a place name in any common spelling, Latin or Cyrillic.
    :returns: the key; an empty string when the name has no letters.
    """
    text = fold(name)
    if _FOREIGN_LETTER.search(text):  # a letter of another alphabet (Tatar һ, Greek...): no key
        return ""
    words = []
    for word in _WORD_SPLIT.split(_COMBINING_HYPHEN.sub("", text)):
        if not word:
            continue
        word = _DIGRAPH.sub(_digraph, word.replace("jj", "Z"))
        if "i" in word:
            word = _IOTATION.sub("", word).replace("ie", "e")
        word = _DOUBLED.sub(_FIRST, word)
        for pattern, repl in _ENDINGS_BY_LAST.get(word[-1:], ()):  # only the endings this letter can end
            word = pattern.sub(repl, word)
        words.append(word)
    return _DOUBLED.sub(_FIRST, "".join(words))


_IOTATION, _DOUBLED = _RULES[0][0], _RULES[2][0]
_FIRST = itemgetter(1)  # the first group of a match: ``sub(_FIRST, s)`` is ``sub(r"\1", s)`` without the template machinery
# The endings a word's last letter allows, in their order (the others cannot match it).
_ENDINGS_BY_LAST = {"a": [_ENDINGS[0], _ENDINGS[4]], "e": [_ENDINGS[1], _ENDINGS[2], _ENDINGS[3]],
                    "o": [_ENDINGS[1], _ENDINGS[2]], "i": [_ENDINGS[1], _ENDINGS[5]]}


def skeleton_key(key: str) -> str:
    """The consonant skeleton of a spelling key (its first letter kept), for loose retrieval.

    :param key: a key from :func:`spelling_key`.
    :returns: e.g. ``krsnGrivka`` -> ``krsnGrvk``.
    """
    return key[:1] + _VOWELS.sub("", key[1:]) if key else ""


def is_indexable(name: str) -> bool:
    """Whether an alternate name is worth indexing: Latin or Cyrillic script, written as a name.

    GeoNames alternate names include romanized Chinese or Persian in lower case ("ma lin ka");
    those collide with real villages, so names with no capital letter in Latin script are left out.
    """
    if not name or len(name) > 80:
        return False
    letters = [c for c in name if c.isalpha()]
    if not letters:
        return False
    for c in letters:
        if not ("LATIN" in unicodedata.name(c, "") or "CYRILLIC" in unicodedata.name(c, "")):
            return False
    return any(c.isupper() for c in letters)


# -- loose skeleton: retrieval across press transcriptions -----------------------------------------
# German and French press spellings write з as s, ж as sch or j, ш as ch: the loose skeleton folds the
# sibilants (s, z, ш, ж) into one letter on top of the consonant skeleton.
_LOOSE = str.maketrans({"z": "s", "Z": "s", "S": "s"})
_RUNS = re.compile(r"(.)\1+")


def loose_skeleton(key: str) -> str:
    """The consonant skeleton with the sibilants folded (s = z = ш = ж), for retrieval only.

    :param key: a key from :func:`spelling_key`.
    :returns: e.g. ``meSeve`` (German "Meschewoje") and ``meZove`` (Mezhove) -> ``msv``.
    """
    return loose_of_skeleton(skeleton_key(key)) if key else ""


def loose_of_skeleton(skeleton: str) -> str:
    """:func:`loose_skeleton` from the key's :func:`skeleton_key` (for a caller that has it already)."""
    return _RUNS.sub(_FIRST, skeleton.translate(_LOOSE))


def loose_key(key: str) -> str:
    """A spelling key with the sibilants folded (the letters compared after a loose retrieval)."""
    return _RUNS.sub(_FIRST, key.translate(_LOOSE))


# -- the official Ukrainian romanization (Cabinet of Ministers resolution 55, 2010) -----------------
# What Ukrainian outlets and the wires write: Avdiivka, Huliaipole, Zaporizhzhia, Kupiansk.
_KMU = {
    "а": "a", "б": "b", "в": "v", "г": "h", "ґ": "g", "д": "d", "е": "e", "ж": "zh", "з": "z", "и": "y",
    "і": "i", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r", "с": "s", "т": "t",
    "у": "u", "ф": "f", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh", "щ": "shch", "ь": "",
}
_KMU_WORD_START = {"є": "ye", "ї": "yi", "й": "y", "ю": "yu", "я": "ya"}
_KMU_INSIDE = {"є": "ie", "ї": "i", "й": "i", "ю": "iu", "я": "ia"}
_UK_LETTERS = frozenset("абвгґдеєжзиіїйклмнопрстуфхцчшщьюя")
_UK_ONLY = frozenset("єіїґ")
_NAME_MARKS = frozenset(" -'’ʼ`")
_APOSTROPHE_MARKS = "'’ʼ`"


def romanize_uk(name: str) -> str:
    """A Ukrainian name in the official transliteration of 2010 (Запоріжжя -> Zaporizhzhia).

    є, ї, й, ю, я are written ye, yi, y, yu, ya at the start of a word and ie, i, i, iu, ia inside it;
    зг is zgh; the soft sign and the apostrophe are dropped; capitals are kept.
    """
    out = []
    start = True
    prev = ""
    for ch in name:
        low = ch.lower()
        if low in _KMU_WORD_START:
            piece = _KMU_WORD_START[low] if start else _KMU_INSIDE[low]
        elif low == "г" and prev == "з":
            piece = "gh"
        elif low in _KMU:
            piece = _KMU[low]
        elif ch in _APOSTROPHE_MARKS:
            piece = ""
        else:
            piece = ch
        if ch != low and piece:
            piece = piece[0].upper() + piece[1:]
        out.append(piece)
        if ch not in _APOSTROPHE_MARKS:
            start = not ch.isalpha()
            prev = low
    return "".join(out)


def is_ukrainian_cyrillic(form: str) -> bool:
    """Whether a name is written in the letters of the Ukrainian alphabet (no ы, э, ё, ъ, ў, ј ...)."""
    letters = [c for c in form.lower() if c not in _NAME_MARKS]
    return bool(letters) and all(c in _UK_LETTERS for c in letters)


def display_name(name: str, forms) -> str:
    """How a place is written in English-language reporting: its Ukrainian name in the official
    transliteration, else the GeoNames name without the apostrophes that transliteration drops.

    :param name: the GeoNames primary name (its choice among old, Russian and Ukrainian names).
    :param forms: the place's alternate names. A Ukrainian Cyrillic one spelling the same name is
        transliterated: one with і, ї, є or ґ when its spelling key is the name's; one in letters
        Russian shares (Бахмут, but also Победовка) only when it transliterates to the name itself,
        up to y/i and doubled letters (Hulyaypole = Huliaipole, not Pobedivka = Pobedovka).
    """
    key, plain = spelling_key(name), _plain(name)
    russian = bool(_RUSSIAN_LATIN.search(fold(name)))
    best, best_rank = None, None
    for form in forms:
        form = form.replace("\u0301", "")  # a stress mark (Олекса́ндрівськ) is no letter
        if not is_ukrainian_cyrillic(form):
            continue
        latin = romanize_uk(form)
        ukrainian = bool(_UK_ONLY & set(form.lower()))
        if not ukrainian and (russian or _RUSSIAN_ENDING.search(form.lower())):  # Красная, Николаевка: Russian
            continue
        same = _plain(latin) == plain
        if not (same or ukrainian and spelling_key(latin) == key):
            continue
        rank = (same, ukrainian, _similarity(latin, name))
        if best_rank is None or rank > best_rank:
            best, best_rank = latin, rank
    if best:
        return best[:1].upper() + best[1:]
    return "".join(c for c in name if c not in _APOSTROPHE_MARKS) or name


_PLAIN_DROP = re.compile(r"[^a-z]")
_RUSSIAN_ENDING = re.compile(r"(?:ая|яя|ое|ее|ой|ый|ие)\b")
# A GeoNames name romanized from Russian (Nikolayevka, Vishnevka, Volnoye): its Cyrillic forms
# without a Ukrainian letter are the Russian ones.
_RUSSIAN_LATIN = re.compile(r"(?:[oe]vka|oye|aya|iy|ino|[oe]vo|skoe|skiy)\b|g(?!h)")


def _plain(latin: str) -> str:
    """A romanized name with y = i, ie = e and doubled letters folded (BGN/PCGN against the 2010 system)."""
    text = _PLAIN_DROP.sub("", fold(latin)).replace("y", "i").replace("ie", "e")
    return _RUNS.sub(_FIRST, text)


def _similarity(a: str, b: str) -> float:
    from rapidfuzz import fuzz

    return fuzz.ratio(a.lower(), b.lower())
