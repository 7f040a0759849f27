"""Romanizers used only to *generate* test spellings for bench_spellings.py.

They follow the published systems (Ukrainian national 2010, BGN/PCGN for Russian, and the usual
French and German press transcriptions) independently of geo.places.names, so the benchmark
measures whether the matcher folds spellings it was not built from.
"""

from __future__ import annotations

VOWELS = set("аеєиіїоуюяыэё")

UK_NATIONAL = {
    "а": "a", "б": "b", "в": "v", "г": "h", "ґ": "g", "д": "d", "е": "e", "є": ("ye", "ie"), "ж": "zh",
    "з": "z", "и": "y", "і": "i", "ї": ("yi", "i"), "й": ("y", "i"), "к": "k", "л": "l", "м": "m", "н": "n",
    "о": "o", "п": "p", "р": "r", "с": "s", "т": "t", "у": "u", "ф": "f", "х": "kh", "ц": "ts", "ч": "ch",
    "ш": "sh", "щ": "shch", "ь": "", "ю": ("yu", "iu"), "я": ("ya", "ia"), "'": "", "’": "", "ʼ": "",
}
RU_BGN = {
    "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": ("ye", "e"), "ё": ("yo", "e"), "ж": "zh", "з": "z",
    "и": "i", "й": ("y", "y"), "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r", "с": "s",
    "т": "t", "у": "u", "ф": "f", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh", "щ": "shch", "ъ": "", "ы": "y",
    "ь": "", "э": "e", "ю": ("yu", "yu"), "я": ("ya", "ya"),
}
FR = {
    "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": ("ie", "e"), "ё": ("io", "io"), "ж": "j", "з": "z",
    "и": "i", "й": ("ï", "ï"), "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r", "с": "s",
    "т": "t", "у": "ou", "ф": "f", "х": "kh", "ц": "ts", "ч": "tch", "ш": "ch", "щ": "chtch", "ъ": "", "ы": "y",
    "ь": "", "э": "e", "ю": ("iou", "iou"), "я": ("ia", "ia"), "і": "i", "ї": ("ï", "ï"), "є": ("ie", "ie"), "ґ": "g",
}
DE = {
    "а": "a", "б": "b", "в": "w", "г": "g", "д": "d", "е": ("je", "e"), "ё": ("jo", "jo"), "ж": "sch", "з": "s",
    "и": "i", "й": ("j", "j"), "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r", "с": "s",
    "т": "t", "у": "u", "ф": "f", "х": "ch", "ц": "z", "ч": "tsch", "ш": "sch", "щ": "schtsch", "ъ": "", "ы": "y",
    "ь": "", "э": "e", "ю": ("ju", "ju"), "я": ("ja", "ja"), "і": "i", "ї": ("ji", "ji"), "є": ("je", "je"), "ґ": "g",
}
SYSTEMS = {"uk-national": UK_NATIONAL, "ru-bgn": RU_BGN, "fr-press": FR, "de-press": DE}


def romanize(name: str, table: dict) -> str:
    """Romanize a Cyrillic name with one system (initial/after-vowel forms where the system has them)."""
    out, prev = [], ""
    for ch in name:
        low = ch.lower()
        rule = table.get(low)
        if rule is None:
            piece = "" if low in "ьъ'’ʼ" else ch
        elif isinstance(rule, tuple):
            initial = prev == "" or prev in VOWELS or prev in " -ьъ'’ʼ"
            piece = rule[0] if initial else rule[1]
        else:
            piece = rule
        if ch.isupper() and piece:
            piece = piece[0].upper() + piece[1:]
        out.append(piece)
        prev = low
    return "".join(out)


def system_for(name: str) -> list[str]:
    """Which systems apply: Ukrainian letters -> Ukrainian national + press; Russian letters -> BGN + press."""
    low = set(name.lower())
    if low & set("іїєґ"):
        return ["uk-national", "fr-press", "de-press"]
    if low & set("ыэёъ"):
        return ["ru-bgn", "fr-press", "de-press"]
    return ["uk-national", "ru-bgn", "fr-press", "de-press"]
