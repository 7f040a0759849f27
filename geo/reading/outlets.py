"""The outlet an article was published by, when its header names none: from the page's URL."""

from __future__ import annotations

import re
from urllib.parse import urlsplit

# Domains whose name is not their brand; anything else is named by its domain ("anews.com.tr").
KNOWN = {
    "reuters.com": "Reuters", "apnews.com": "AP", "afp.com": "AFP", "bbc.com": "BBC", "bbc.co.uk": "BBC",
    "theguardian.com": "The Guardian", "aljazeera.com": "Al Jazeera", "cnn.com": "CNN",
    "nytimes.com": "The New York Times", "washingtonpost.com": "The Washington Post",
    "kyivindependent.com": "The Kyiv Independent", "kyivpost.com": "Kyiv Post", "ukrinform.net": "Ukrinform",
    "pravda.com.ua": "Ukrainska Pravda", "tass.com": "TASS", "rt.com": "RT", "ria.ru": "RIA Novosti",
    "sputnikglobe.com": "Sputnik", "understandingwar.org": "ISW", "aa.com.tr": "Anadolu Agency",
    "trtworld.com": "TRT World", "france24.com": "France 24", "dw.com": "DW", "euronews.com": "Euronews",
    "rferl.org": "RFE/RL", "pbs.org": "PBS", "npr.org": "NPR", "cbsnews.com": "CBS News",
    "nbcnews.com": "NBC News", "abcnews.go.com": "ABC News", "ft.com": "Financial Times",
    "economist.com": "The Economist", "bloomberg.com": "Bloomberg", "xinhuanet.com": "Xinhua",
    "news.cn": "Xinhua", "unian.info": "UNIAN", "ukrainska.pravda.com.ua": "Ukrainska Pravda",
    "newsweek.com": "Newsweek", "politico.eu": "Politico Europe", "themoscowtimes.com": "The Moscow Times",
}
_NO_BRAND = re.compile(r"(?:^|\.)(?:amazonaws\.com|cloudfront\.net|googleusercontent\.com|azurewebsites\.net)$|^[\d.]+$|^\[?[0-9a-f:]+\]?$")
_PREFIXES = ("www.", "m.", "amp.", "mobile.", "en.", "eng.", "english.")


def outlet_from_url(url: str) -> str:
    """A readable outlet name for a URL: a known brand, else the domain without ``www.``.

    :param url: ``https://www.reuters.com/world/...``
    :returns: ``Reuters``; ``anews.com.tr``; ``""`` when the URL has no host.
    """
    host = _host(url)
    if _NO_BRAND.search(host):
        return ""  # a cloud server or a bare address names no outlet
    while host.startswith(_PREFIXES) and host.count(".") > 1:
        host = host.split(".", 1)[1]
    parts = host.split(".")
    for i in range(len(parts) - 1):  # "news.sky.com" -> "sky.com" when only the parent is known
        if ".".join(parts[i:]) in KNOWN:
            return KNOWN[".".join(parts[i:])]
    return host


def _host(url: str) -> str:
    """A URL's host, lower-case, without a trailing dot; ``""`` when it has none or cannot be parsed."""
    try:
        return (urlsplit(url.strip()).hostname or "").lower().rstrip(".")
    except ValueError:
        return ""


# Russian state media and their mirrors: in their own words "liberated" is a Russian capture.
_RUSSIAN_STATE = re.compile(r"\b(?:TASS|RIA(?:\s+Novosti)?|Sputnik\w*|RT|Izvestia|Rossiyskaya\s+Gazeta|Zvezda|"
                            r"tass\.(?:com|ru)|rt\.com|ria\.ru|sputnik\w*\.\w+|(?:\w+\.)?news-pravda\.com|newspravda\w*)\b", re.I)


def russian_state_media(source: str, url: str = "") -> bool:
    """Whether an article comes from Russian state media (TASS, RIA, RT, Sputnik and their mirrors)."""
    return bool(_RUSSIAN_STATE.search(source or "") or _RUSSIAN_STATE.search(outlet_from_url(url) if url else ""))


# Ukrainian outlets in English (and any site under .ua): an unqualified "the Ministry of Defence" or
# "the General Staff" in their words is Ukraine's.
_UKRAINIAN = re.compile(r"\b(?:Ukrinform|Ukrainska\s+Pravda|Kyiv\s+Independent|Kyiv\s+Post|UNIAN|UNN|Euromaidan\s+Press|"
                        r"Censor\.NET|RBC-Ukraine|Interfax-Ukraine|Hromadske|Suspilne|New\s+Voice\s+of\s+Ukraine|"
                        r"Ukrainian\s+News|Babel|LB\.ua|Militarnyi|ArmyInform|Espreso|Focus\.ua)\b", re.I)
_UKRAINIAN_SITE = re.compile(r"(?:^|\.)(?:ua|kyivindependent\.com|kyivpost\.com|ukrinform\.net|unian\.info|"
                             r"euromaidanpress\.com|ukranews\.com)$")


def outlet_side(source: str, url: str = "") -> str | None:
    """The side whose official voices an outlet means when it leaves them unqualified: ``"RU"`` for
    Russian state media, ``"UA"`` for Ukrainian outlets, None for the rest (wires, foreign press)."""
    if russian_state_media(source, url):
        return "RU"
    host = _host(url) if url else ""
    if _UKRAINIAN.search(source or "") or (host and _UKRAINIAN_SITE.search(host)):
        return "UA"
    return None
