"""Split article text into sentences with character offsets; strip datelines from quotes.

Offsets always refer to the text given (``Article.text``): ``text[s.start:s.end] == s.text``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass


@dataclass(frozen=True)
class Sentence:
    """One sentence: ``text == article_text[start:end]``, without surrounding whitespace."""

    start: int
    end: int
    text: str


# Tokens (without their final period) after which a period does not end a sentence.
_ABBREVIATIONS = frozenset(
    "Mr Mrs Ms Dr Prof Gen Gens Lt Col Maj Capt Cpl Sgt Pvt Adm Brig Cmdr Gov Sen Rep Pres Rev Hon "
    "St Mt Ft Jr Sr vs a.m p.m e.g i.e U.S U.N U.K E.U "
    "Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec".split())
_INITIALS = re.compile(r"(?:[A-Z]\.)*[A-Z]")  # "V" of "V. Putin", "U.S" of "U.S."
_OPENERS = "\"“‘'«(["
_CLOSERS = "\"”’'»)]"
# sentence-final punctuation and closing quotes, then whitespace
_END = re.compile(r"(?:[.!?]+|…)[" + re.escape(_CLOSERS) + r"]*(?=\s)")
_GLUED_END = re.compile(r"(?<=[a-z]{3})[.!?](?=[A-Z][a-z]{2,}|(?:In|On|At|As|He|It|If|By|An|We)\s)")
_NEXT_WORD = re.compile(r"\s+[" + re.escape(_OPENERS) + r"]*(\S)")
_LAST_WORD = re.compile(r"\S+$")
_PARAGRAPH_BREAK = re.compile(r"\n[ \t\f\v]*\n\s*")
_FINAL = ".!?…:;,\"”’'»)]-–—"

_MONTH = (r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
          r"|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?")
_WEEKDAY = r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day"
_DATE = rf"(?:{_WEEKDAY},?\s+)?(?:{_MONTH}\s+\d{{1,2}}(?:,?\s+\d{{4}})?|\d{{1,2}}\s+{_MONTH}(?:\s+\d{{4}})?)"
_CAPS_WORD = r"[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ'’.\-]+"
# "KYIV", "ZAPORIZHZHIA, Ukraine", "VOVCHANSK, KHARKIV OBLAST"
_PLACE = rf"{_CAPS_WORD}(?:\s+{_CAPS_WORD}){{0,3}}(?:,\s+(?:[A-Z][a-z]+|{_CAPS_WORD})(?:\s+(?:[Rr]egion|[Oo]blast|[Pp]rovince|REGION|OBLAST))?)?"
_AGENCY = r"\([A-Z][\w.&/ -]{0,24}\)"
# an em/en dash may hug the words ("KYIV—Russia"); a hyphen needs a space before it
_DATELINE_DASH = r"(?:\s*[—–]|\s+-{1,2})\s*"
_DATELINE = re.compile(
    rf"\s*(?:(?:{_PLACE}(?:,?\s+{_DATE})?|{_DATE})(?:\s*{_AGENCY})?|{_AGENCY}){_DATELINE_DASH}")
# A page's own date line as stored pages carry it ("date 2024-02-24 The occupation forces ..."): when
# the page appeared, never an event's date.
_PAGE_DATE = re.compile(r"\s*date\s+\d{4}-\d{2}-\d{2}\s+")
_TIMESTAMP = re.compile(
    rf"\s*(?:{_WEEKDAY},?\s+)?\d{{1,2}}[:.]\d{{2}}(?:\s*[ap]\.?m\.?)?"
    rf"(?:\s+(?:GMT|UTC|CET|CEST|EET|EEST|BST|local time|Kyiv time))?{_DATELINE_DASH}")

_CLOCK = r"\d{1,2}[:.]\d{2}(?:\s*[AaPp]\.?[Mm]\.?)?"
# a line that is only a date and/or a time of day: a page's own date line, above or below the headline
# ("12:49 22.06.2024", "Monday, September 16, 2024", "• 17/06/2024 18:40", "20 May 2024,   21:38")
_DATE_ONLY = re.compile(
    # (a byline glued to its date: "Olha HlushchenkoTuesday, 25 February 2025, 02:14")
    rf"\W*(?:(?:[A-Z][\w'’-]+,?\s+){{0,5}}[A-Z][a-z'’-]*?(?={_WEEKDAY}))?(?:{_CLOCK}\W+)?(?:{_WEEKDAY},?\s+)?(?:[A-Z][a-z]+\.?\s+\d{{1,2}},?\s+\d{{4}}|\d{{1,2}}\s+[A-Z][a-z]+\.?,?\s+\d{{4}}"
    rf"|\d{{4}}-\d{{2}}-\d{{2}}|\d{{1,2}}[./]\d{{1,2}}[./]\d{{4}})(?:,?\s+{_CLOCK})?\W*")


def date_only(line: str) -> bool:
    """Whether a line or sentence is nothing but a date and/or a time of day (a page's date line: no
    headline, and no live blog's entry)."""
    return _DATE_ONLY.fullmatch(line) is not None


# a web page's navigation above its headline: "Skip to main content", "ua en ru", "All news", "Home / War / ..."
_NAVIGATION = re.compile(r"(?:\d+\.\s+)?skip\s+to\s+(?:main\s+)?content\b.*|(?:main\s*)?menu|search|share\b.*|subscribe\b.*|sign\s+in|log\s+in|"
                         r"support\s+us|contact\s+us|(?:all|latest|last)\s+news\b.*|news\s+(?:feed|flash)|pages|posted\s+on|<\s*back|"
                         r"home\s*/.*|(?:ua|en|ru|uk)(?:\s+(?:ua|en|ru|uk))+", re.I)


def page_furniture(line: str) -> bool:
    """Whether a line above a page's headline is none: a date line, a single word (a section's name: "World"), or
    the site's navigation ("Skip to main content", "ua en ru", "All news", "Home / War and Conflict / ..."); a
    headline may be two words ("Avdiivka falls")."""
    words = line.strip(" \t\u2022\u00b7*-").strip()
    return date_only(line) or len(words.split()) < 2 or _NAVIGATION.fullmatch(words) is not None


# an item mark in mid-line that opens the next item: "... a blow to Ukraine ▪️Dzerzhinsk served as ..."
_INLINE_BULLET = re.compile(r"(?<=\s)[▪•]\ufe0f?(?=\s*[A-Z\"“«])")


def split_sentences(text: str) -> list[Sentence]:
    """Split text into sentences, on paragraph breaks and sentence-final punctuation.

    A period after an abbreviation (Mr., Gen., U.S., Oct., ...) or a single initial ("V. Putin")
    does not end a sentence, nor does one inside a number. A line without final punctuation
    (a headline, a crosshead) is a sentence of its own.

    :param text: the article text.
    :returns: the sentences in order, with offsets into ``text``.
    """
    sentences: list[Sentence] = []
    start = 0
    for brk in [*_PARAGRAPH_BREAK.finditer(text), None]:
        end = brk.start() if brk else len(text)
        cuts = [start, *_line_breaks(text, start, end), *_sentence_ends(text, start, end), end]
        cuts += [m.start() for m in _INLINE_BULLET.finditer(text, start, end)]  # a Telegram post's items run on one line
        cuts.sort()
        for a, b in zip(cuts, cuts[1:]):
            chunk = text[a:b]
            lead = len(chunk) - len(chunk.lstrip())
            stripped = chunk.strip()
            if stripped:
                sentences.append(Sentence(a + lead, a + lead + len(stripped), stripped))
        start = brk.end() if brk else end
    return sentences


def _sentence_ends(text: str, start: int, end: int) -> list[int]:
    """Offsets just after each sentence-final punctuation mark in ``text[start:end]``."""
    cuts = []
    for m in _END.finditer(text, start, end):
        nxt = _NEXT_WORD.match(text, m.end(), end)
        if not nxt or not (nxt[1].isupper() or nxt[1].isdigit() or nxt[1] == "©"):  # ("... in January. © Name / AFP": a credit)
            continue
        if m.group().rstrip(_CLOSERS) == ".":
            # a window, not the whole paragraph so far: long paragraphs must stay linear
            before = _LAST_WORD.search(text, max(start, m.start() - 40), m.start())
            if before and _is_abbreviation(before.group().lstrip(_OPENERS), nxt[1]):
                continue
        cuts.append(m.end())
    # copies that lost the space after a full stop: "... in need.Russia didn't ..."
    cuts += [m.end() for m in _GLUED_END.finditer(text, start, end)]
    return cuts


def _is_abbreviation(token: str, next_char: str) -> bool:
    """Whether the word just before a period is an abbreviation or an initial."""
    if token in _ABBREVIATIONS or _INITIALS.fullmatch(token):
        return True
    return token in ("No", "Nos") and next_char.isdigit()  # "No. 3", but "said no. Then"


# The marks that open a bulleted line (with a hyphen or dash and a space): one list for the splitter and the rules
BULLET_MARKS = "•·▪◦●‣*"
_BULLET = re.compile(rf"\s*(?:[{BULLET_MARKS}]|[-–—](?=\s+\S))\s")
_DASH = re.compile(r"\s*[-–—]\s")
_BARE_MARKS = frozenset(BULLET_MARKS + "-–—")


def _line_breaks(text: str, start: int, end: int) -> list[int]:
    """Offsets of single line breaks that end a headline-like line inside a paragraph.

    Hard-wrapped paragraphs (most lines of similar, medium length) are left alone: there a
    line ending is not a sentence ending.
    """
    lines = text[start:end].split("\n")
    if len(lines) < 2:
        return []
    inner = [len(line.strip()) for line in lines[:-1]]
    wrapped = len(lines) >= 3 and sum(40 <= n <= 100 for n in inner) * 3 >= len(inner) * 2
    cuts, pos = [], start
    for line, nxt in zip(lines, lines[1:]):
        pos += len(line) + 1
        if _BULLET.match(nxt) and not (wrapped and _DASH.match(nxt)) or nxt.strip() in _BARE_MARKS:
            # a bulleted item ("• Ukrainian troops entered ...") starts anew, and so does one whose mark stands on a line
            # of its own above it (but a dash opening a hard-wrapped line is the sentence's own: "- after weeks of fighting -")
            cuts.append(pos - 1)
            continue
        body, follow = line.strip(), nxt.strip().lstrip(_OPENERS)
        if body and follow and (date_only(body) or date_only(follow)):
            cuts.append(pos - 1)  # a page's date line under its headline is a line of its own, wrapped text or not
            continue
        if not wrapped and body and body[-1] not in _FINAL and follow and (follow[0].isupper() or follow[0].isdigit()):
            cuts.append(pos - 1)
    return cuts


def dateline_end(sentence: str) -> int:
    """Length of the leading dateline or liveblog timestamp of a sentence.

    Handles "MOSCOW, May 21 — ", "KYIV, July 28 (Reuters) - ", "Dec 26 — ", "MELITOPOL — ",
    "13:40 — ", "Friday 18:10 — ", a stored page's "date 2024-02-24 ", and a timestamp followed
    by a dateline.

    :param sentence: a sentence (leading whitespace is allowed and counted).
    :returns: how many leading characters belong to datelines and timestamps (0 if none).
    """
    end = 0
    for _ in range(3):
        m = _PAGE_DATE.match(sentence, end) or _TIMESTAMP.match(sentence, end) or _DATELINE.match(sentence, end)
        if not m or m.end() == end:
            break
        end = m.end()
    return end


def opens_entry(sentence: str) -> bool:
    """Whether a sentence opens a live blog's entry: it starts with a time of day ("16:05 — ", "Friday 18:10 — ")."""
    return _TIMESTAMP.match(sentence) is not None


def opens_item(sentence: str) -> bool:
    """Whether a sentence opens a bulleted item ("- The southern city of X has been hit ...", "• ...")."""
    return _BULLET.match(sentence) is not None


def quote_text(sentence: str) -> str:
    """The sentence as it should be quoted: without its leading dateline, timestamp or bullet mark.

    :param sentence: a sentence.
    :returns: the sentence, stripped; unchanged if it is nothing but a dateline.
    """
    body = sentence[dateline_end(sentence):]
    mark = _BULLET.match(body)
    return body[mark.end() if mark else 0:].strip() or sentence.strip()
