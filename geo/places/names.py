"""Spelling keys: one key for every way English, French, German and Polish reporting spells a
Ukrainian or Russian place name, and for the name in Cyrillic itself.

Two keys are computed from any name:

* :func:`spelling_key` folds what romanization systems disagree on and nothing else: case,
  diacritics, apostrophes and soft signs, hyphens and spaces, h/g (Ukrainian г is *h*, Russian is *g*),
  the many spellings of й/ї/ы/і/и (i, y, yi, iy, j), iotated vowels (ya/ia/ja, ye/ie/je, yu/iu/ju),
  zh/j/ž, kh/ch/x, sh/sch/ch/sz/š, ch/tsch/tch/cz/č, ts/tz/c, w/v, doubled letters, and the
  Ukrainian/Russian endings -ivka/-ovka/-evka, -ske/-skoye/-skoe, -ove/-ovo/-eve/-evo.
* :func:`skeleton_key`, the consonant skeleton of the spelling key, folds the vowel changes
  between the Ukrainian and the Russian form of a name (Krasnohorivka / Krasnogorovka,
  Robotyne / Rabotino). It retrieves candidates only; they are checked by similarity.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

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
    for word in _WORD_SPLIT.split(text):
        word = _DIGRAPH.sub(_digraph, word.replace("jj", "Z"))
        for pattern, repl in _RULES:
            word = pattern.sub(repl, word)
        for pattern, repl in _ENDINGS:
            word = pattern.sub(repl, word)
        words.append(word)
    joined = "".join(words)
    return re.sub(r"(.)\1+", r"\1", joined)


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
