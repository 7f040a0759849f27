"""When a claimed event happened: the date phrase nearest the cue, else the date the context implies.

Rules (from the annotation conventions):

* datelines ("MOSCOW, May 21 —") and liveblog timestamps are never event dates; but a liveblog entry
  stamped "Friday 18:10 —" is *about* that Friday, so its relative dates ("overnight", "today")
  are grounded on that day instead of on publication;
* inside a sentence, the date expression nearest the cue-to-place span wins (one inside the span first);
* a reported claim with no date of its own takes the date of a neighbouring sentence of the same
  paragraph (the previous one first), else the article's lead date (the first dated body sentence,
  the day the story is about); narrative with no date is as of publication (or of the liveblog entry).

Each date comes with a strength (2 explicit, 1 inherited, 0 assumed) so that merging one claim made
twice keeps the better-grounded date instead of stretching it to publication.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from geo.claims.cues import CAPTION, QUOTED, credited
from geo.claims.dates import find_dates, ground
from geo.models import Article, DateRange
from geo.reading.sentences import Sentence, date_only, dateline_end, opens_item, page_furniture

_STAMP = re.compile(r"^\s*(?:(?P<wd>(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day),?\s+)?\d{1,2}[:.]\d{2}\b")


INHERIT_DAYS = 14
_NOW = re.compile(r"\W*(?:Currently|Now|At\s+(?:the\s+moment|present)|As\s+of\s+now|Today)\b", re.I)
# a day named by the one before it: "On the same day, ...", "that same day"
_SAME_DAY_PHRASE = re.compile(r"\W*(?:[-–—•]\s*)?(?:(?:On|At|By)\s+)?(?:the|that)\s+same\s+(?:day|night)\b|\W*(?:Later|Earlier)\s+that\s+(?:day|night)\b", re.I)
# ... or the day after it: "The following day, Zaluzhny confirmed ...", "On the next day"
_NEXT_DAY_PHRASE = re.compile(r"\W*(?:[-–—•]\s*)?(?:On\s+)?(?:the|that)\s+(?:following|next)\s+day\b", re.I)
# a sentence saying when the news just told was made public: "The Kremlin announced the news in a post on Monday"
_ANNOUNCED_IT = re.compile(r"\b(?:announced|reported|confirmed|made\s+public|broke)\s+(?:the\s+news|it|this)\b(?!\s+(?:of|about|that)\b)", re.I)
_OWN_VOICE_OR_NOW = re.compile(r"\b(?:said|says|told|reported|reports|stated|announced|according\s+to|now|currently|still|is|are|continues?|remains?)\b", re.I)
# a date this near the start of a paragraph's first sentence opens it ("In addition, the day before, ...")
_OPENING_CHARS = 30
# "since Russia's full-scale invasion in February 2022", "before the war began on 24 February":
# the date anchors the war, not the event the sentence claims.
_WAR_ANCHOR = re.compile(r"\b(?:invasion|invaded|invade|full-scale|war\s+(?:began|started)|started\s+the\s+war|anniversary|"
                         r"special\s+military\s+operation|launched\s+(?:its|the|a)\s+(?:\w+\s+)?(?:war|offensive|operation))\b", re.I)


# "one of four regions Moscow claimed to have annexed in September 2022": the annexation's date
_ANNEXED_ON = re.compile(r"\bannex(?:ed|ation)\s+(?:\w+\s+){0,3}?(?:(?:in|on)\s+)?$", re.I)
# "Ukraine News Today", "USA Today": a name, not a day
_BORN = re.compile(r"\bborn\s+(?:in\s+|on\s+)?$", re.I)
_MASTHEAD = re.compile(r"[A-Z][\w.]*\s+$")
_COUNTED_BACK = re.compile(r"\bago\b|\brecent|\blast\s+(?:week|month|year)", re.I)
_OVERVIEW = timedelta(days=14)  # "since July 1" in a story of 2 August: the outlet sums up weeks
# "occupied since 2014", "fighting since May 2": a state lasting until now, not the day a statement is about
_SINCE = re.compile(r"^\W*since\b", re.I)
_SINCE_BEFORE = re.compile(r"\bsince\s+$", re.I)
# a casualty count revised: its day is the count's, not the event's
_TOLL_RISE = re.compile(r"\b(?:death\s+toll|toll|number\s+of\s+(?:victims|dead|deaths|killed|injured|wounded|casualties))\b[^.;]{0,140}?"
                        r"\b(?:has|had|have)\s+(?:now\s+|further\s+)?(?:risen|increased|climbed|grown|reached|jumped)\b|"
                        r"\b(?:death\s+toll|toll)\b[^.;]{0,140}?\b(?:rose|climbed|jumped)\s+to\b", re.I)
_OPENING_CLAUSE = re.compile(r"^\W*(?:Since|After|Following)\s+(?:[\w'’-]+\s+){0,3}?(?:[a-z]+ing|the\s+(?:capture|fall|loss|liberation|seizure|withdrawal|retreat))\b[^,;.]{3,120},")
_AS_OF_BEFORE = re.compile(r"\bas\s+of\s+$", re.I)
# a count of the dead told on a day: "As of 19 January, 46 people were killed in the attack on X"
_COUNT_AS_OF = re.compile(r"^\W*As\s+of\s+[^,]{3,30},\s+(?:at\s+least\s+)?\d+\s+(?:people|civilians|residents|persons)\s+"
                          r"(?:were|have\s+been|had\s+been)\s+(?:killed|injured|wounded)|^\W*As\s+of\s+[^,]{3,30},\s+the\s+(?:death\s+)?toll\b", re.I)
# rescuers' work ended at the site: "called off search and rescue operations at the rubble of a building in X"
_ENDED = r"(?:called\s+off|ended|completed|finished|concluded)"
_RESCUE_WORK = r"(?:operations?|work|efforts?)"
_RESCUE_CALLED_OFF = rf"\b{_ENDED}\s+(?:the\s+)?(?:search[\s-]+and[\s-]+rescue|rescue|search)\s+{_RESCUE_WORK}"
_RESCUE_ENDED = re.compile(rf"{_RESCUE_CALLED_OFF}\b"
                           rf"|\b(?:search[\s-]+and[\s-]+rescue|rescue)\s+{_RESCUE_WORK}\s+(?:(?:has|have|had|were|was)\s+)?(?:been\s+)?"
                           rf"{_ENDED}\b", re.I)
# the day that dates the count in such a sentence: "rose to 30 Sunday", "..., the governor said on Saturday"
_DAY_OF_COUNT = re.compile(r"(?:\b(?:risen|increased|climbed|grown|reached|jumped|rose)\s+(?:from\s+\d+\s+)?to\s+(?:at\s+least\s+)?\d+\s+"
                           r"(?:\w+\s+){0,2}?|\b(?:said|says|told|reported|wrote|announced)\s+(?:\w+\s+)?(?:on\s+)?|"
                           rf"^\W*As\s+of\s+|{_RESCUE_CALLED_OFF}\s+(?:on\s+)?)\S+(?:\s+\S+){{0,2}}$", re.I)
# ", the first gain of its kind since", ", the last major city which had remained under Ukrainian control since"
_COMPARED = re.compile(r",\s+(?:the|its|their|a)\s+(?:[\w-]+\s+){0,2}?(?:first|biggest|largest|latest|last|most|deadliest|heaviest|worst|highest|"
                       r"longest|only|fastest|greatest)\b", re.I)
# "have occupied X, a city of 150,000, since early March": a state or a course of action goes on since then
# "X, a town of 10,000, has been shelled since May" / "A, B and C, three villages north of D, have been occupied since
# March": the place's own apposition before a perfect, whose "since" dates it (but not a voice: "X, the ministry said, ...")
_SINCE_AFTER_APPOSITION = re.compile(
    r"(?:\s+\w+){0,3}?(?:\s*,\s*(?-i:[A-Z])[\w'’-]+)*(?:\s*,?\s+and\s+(?-i:[A-Z])[\w'’-]+)?\s*,\s+"
    r"(?!(?:[^,;.]){0,60}\b(?:said|says|say|told|reported|added|stated|announced|believe|believes|believed|think|thinks|"
    r"according|confirmed|confirm|confirms|claim|claims|claimed)\b)(?:[^,;.]|(?<=\d)[,.](?=\d)){1,80},\s+"
    r"(?:has|have|had)\s+(?:been\s+)?\w+[^,;.]{0,30}", re.I)
_DURATIVE = re.compile(r"\b(?:have|has|had)\s+(?:been\s+)?(?:\w+ing|occupied|held|controlled|besieged|surrounded|encircled|shelled|under)\b", re.I)
_ON_A_PLACE = re.compile(r"\s+(?:on|in|at|near)\s+(?:the\s+)?(?-i:[A-Z])")
_DAYS_ATTACK = re.compile(r"['’]s?\s+(?:[\w-]+\s+){0,2}(?:attack|strike|strikes|shelling|bombardment|raid)\b", re.I)
_SPEECH_DAY_BEFORE = re.compile(r"\b(?:said|says|told|reported|announced|wrote|stated|added)\s+(?:on\s+|late\s+on\s+|early\s+on\s+)?$", re.I)
_SPEECH_DAY_AFTER = re.compile(r"\s*,?\s*(?:said|says|told|reported|announced|wrote|stated)\b", re.I)
# a comparison reaching back to a time: "the first time since ...", "the deadliest attack on X since the spring", "its largest
# gain since May" (the date found is where "since" leads, or inside what follows it)
_COMPARED_SINCE = re.compile(r"\b(?:the|its|their|his|her|[\w'’-]+['’]s)\s+(?:[\w-]+\s+)?(?:first|only|biggest|largest|deadliest|heaviest|"
                             r"worst|highest|greatest|strongest|fiercest|bloodiest|longest|most\s+(?:massive|intense|serious|significant|"
                             r"powerful|deadly|lethal|devastating|violent))\b"
                             # (not a period of what has gone on: "the worst damage was in X, where shelling has continued since")
                             r"(?:(?!(?<!to\s)\b(?:has|have|had)\b)[^,.;]){0,70}?\bsince\b[^,.;]{0,50}$", re.I)
_SINCE_CLAUSE = re.compile(r"\bsince\s+(?:it|they|he|she|we|Russia|Ukraine|Moscow|Kyiv|the\s+\w+|\w+\s+forces|\w+\s+troops)\s+\w+", re.I)


# "the head of Crimea, Ukraine's southern peninsula seized by Moscow in 2014, reported an attack": an aside's date
_ASIDE_TAKEN = re.compile(r",\s+(?:[\w'’-]+\s+){0,5}?(?:seized|annexed|occupied|captured|taken)\s+by\s+(?:[\w'’-]+\s+){1,3}"
                          r"in\s+(?:\w+\s+)?\d{4}\s*,")


def _dates_something_else(text: str, a: int, b: int) -> bool:
    """Whether the date at ``a..b`` anchors the war ("since the invasion in February 2022") or an aside about
    another place ("Crimea, seized by Moscow in 2014,"), not the event the sentence reports."""
    if m := re.match(r"(?:early|late)\s+in\s+", text[a:b], re.I):
        a += m.end()  # ("early in March": measured from the month, as "in early March" is)
    return bool(_WAR_ANCHOR.search(text, max(0, a - 45), min(len(text), b + 25))) or bool(_ANNEXED_ON.search(text, max(0, a - 40), a)) \
        or any(m.start() <= a and b <= m.end() for m in _ASIDE_TAKEN.finditer(text, max(0, a - 90), min(len(text), b + 5)))


def _in_since_clause(text: str, since: int, f, cue: int, end: int) -> bool:
    """Whether a claim (its cue at ``cue``, its place ending at ``end``) is told inside the since-clause of a comparison:
    between its "since" and the date ("since Ukrainian forces liberated it in September 2022"), right after the date in
    the same phrase ("since the February 17 fall of X", "since last month's capture of X"), or in a when-clause after it
    ("since July 27, when it announced the recapture of X"): the date is then that claim's own."""
    return any(since <= p <= f[0] for p in (cue, end - 1)) or _told_after_the_date(text, f, cue, end)


_CLAUSE_MARK = re.compile(r"[,;.]|$")
_WHEN_AFTER = re.compile(r"\s*,?\s*when\b")
_PERFECT_BEFORE = re.compile(r"\b(?:has|have|had)\s+(?:[\w-]+\s+){0,3}$")
_EVENT_OF = re.compile(r"(?:['’]s)?\s+(?:[\w-]+\s+){0,2}?(?:fall|capture|seizure|liberation|loss|recapture|shelling|bombing|bombardment|"
                       r"attack|strike|withdrawal|retreat|occupation|storming|taking|encirclement)\s+(?:of|on|from)\s+", re.I)
# ... whose object is the place named right after it
_NAME = r"(?-i:[A-Z])[\w'’-]*(?:[\s-](?-i:[A-Z])[\w'’-]*)*"
_OBJECT = re.compile(rf"(?:the\s+)?(?:(?:villages?|towns?|city|settlements?)\s+of\s+)?{_NAME}(?:(?:\s*,\s*(?:and\s+)?|\s+and\s+){_NAME})*", re.I)
# a comma that goes on with a list ("when Russian troops captured Avdiivka, Lastochkyne and Sieverne, the front ...")
_LIST_GOES_ON = re.compile(rf",\s*(?:and\s+)?(?!(?:Ukraine|Russia|Moscow|Kremlin|Western|Ukrainian|Russian)\b){_NAME}(?=\s*,|\s+and\b|\s*[.;]|$)")


def _clause_end(text: str, start: int) -> int:
    """Where the clause from ``start`` ends: its first comma, semicolon or full stop that no list goes on past."""
    for m in _CLAUSE_MARK.finditer(text[start:]):
        if m.group() == "," and _LIST_GOES_ON.match(text, start + m.start()):
            continue
        return start + m.start()
    return len(text)


def _told_after_the_date(text: str, f, cue: int, end: int) -> bool:
    """Whether a claim (its cue at ``cue``, its place ending at ``end``) is the event a date phrase introduces, told
    right after it: "since the February 17 fall of X", "last month's capture of X" (the place the event's object), or
    a when-clause to its first comma ("since May, when its troops captured X")."""
    if when := _WHEN_AFTER.match(text[f[1]:f[1] + 12]):
        stop = _clause_end(text, f[1] + when.end())
        return f[1] + when.end() < end <= stop  # (its place told inside the clause)
    event = _EVENT_OF.match(text, f[1])
    return bool(event) and f[1] <= cue < event.end() and bool(_OBJECT.fullmatch(text, event.end(), end))


def _since_start(dr: DateRange, pub: date) -> DateRange:
    """The time a "since X" reaches back to, as a date of its own ("since November, when X was liberated": November)."""
    rest = dr.phrase[m.end():] if (m := _SINCE.match(dr.phrase)) else ""
    for phrase in (f"in {rest}", rest, f"on {rest}"):
        if rest and (got := ground(phrase, pub)) is not None and got.date_from == dr.date_from:
            return got
    return dr


def _compared_since(text: str, f):
    """The comparison ending in the "since" of the date found at ``f`` ("the deadliest attack on X since"), if any: not
    a perfect's period ("has been shelling the only road into X since Monday", "has made its biggest gains since May")."""
    m = _COMPARED_SINCE.search(text, max(0, f[0] - 130), _since_end(text, f))
    return None if m is None or _PERFECT_BEFORE.search(text, max(0, m.start() - 40), m.start()) else m


def _since_end(text: str, f) -> int:
    """Where a comparison's "since" may end for the date found at ``f``: after the date phrase's own opening "since"."""
    return f[0] + (m.end() if (m := _SINCE.match(f[2].phrase)) else 0)


def _names_a_day(dr: DateRange) -> bool:
    """Whether a date can be a statement's day: not counted back ("a week ago", about something else) and not a
    state lasting until now ("since May 2")."""
    return not _COUNTED_BACK.search(dr.phrase) and not _SINCE.match(dr.phrase)


# words that count from the day they are said ("today", "yesterday", "last night")
_DEICTIC = re.compile(r"(?:the\s+day\s+before\s+)?yesterday|today|tonight|this\s+(?:morning|afternoon|evening)|last\s+night|"
                      r"(?:early|late|earlier|later)\s+today|overnight", re.I)


def _quoted_deixis_on_the_day_said(dated: list, quotes: list[tuple[int, int]]) -> list:
    """"Our units have today liberated X," the minister said on Monday: inside the quote, "today" is the
    day the words were said (Monday), not the day of publication. Each quoted deictic date is grounded
    again on the one day a date outside the quotes names, when there is exactly one."""
    if not quotes:
        return dated
    inside = lambda a: any(q0 < a < q1 for q0, q1 in quotes)  # noqa: E731
    days = {dr.date_from for a, _, dr in dated if not inside(a) and dr.precision == "day" and dr.date_from == dr.date_to
            and _names_a_day(dr) and not _DEICTIC.fullmatch(dr.phrase.strip())}
    if len(days) != 1:
        return dated
    said_on = days.pop()
    out = []
    for a, b, dr in dated:
        if inside(a) and _DEICTIC.fullmatch(dr.phrase.strip()):
            dr = ground(dr.phrase, said_on) or dr
        out.append((a, b, dr))
    return out


# "..., nearly two weeks after Russia claimed to have captured X", "less than a week after taking X", "a week has
# passed since Putin announced the capture of X": the event lies that long before the day the sentence is about
_OFFSET_AFTER = re.compile(r"\b(?P<q>less\s+than|more\s+than|over|nearly|almost|about|some|roughly|around|just|only)?\s*"
                           r"(?P<n>a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+"
                           r"(?P<unit>days?|weeks?|months?)\s+(?:(?:has|have)\s+(?:passed|gone\s+by|elapsed)\s+)?(?:after|since)\s+(?P<gap>[^.;:!?]{0,80})$", re.I)
_COUNT = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
          "nine": 9, "ten": 10}
_UNIT_DAYS = {"day": 1, "week": 7, "month": 30}


def counted_back(text: str, cue_start: int, dr: DateRange) -> DateRange | None:
    """The event date of a cue that follows "N weeks after" ("nearly two weeks after Russia claimed to have captured
    X"): that long before the day ``dr`` the sentence is about, as a range as rough as the words ("less than a week"
    is the six days before; "nearly two weeks", ten to fourteen days before). None when no such words lead to the cue."""
    m = _OFFSET_AFTER.search(text, max(0, cue_start - 130), cue_start)
    if m is None or re.search(r"[,)]", m["gap"]):
        return None  # (words between it and the cue that break the clause: the offset is about something else)
    n = _COUNT.get(m["n"].lower()) or int(m["n"])
    days = n * _UNIT_DAYS[m["unit"].lower().rstrip("s")]
    q = (m["q"] or "").lower().split()[0] if m["q"] else ""
    lo, hi = {"less": (days, 1), "more": (2 * days, days), "over": (2 * days, days), "nearly": (days, round(days * 0.7)),
              "almost": (days, round(days * 0.7))}.get(q, (round(days * 1.3), round(days * 0.7)) if q else (days + 1, max(days - 1, 1)))
    ref = dr.date_to
    return DateRange(ref - timedelta(lo), ref - timedelta(hi), "day" if lo == hi else "week" if lo - hi <= 10 else "month",
                     re.split(r"\s+(?:has|have|after|since)\s", m.group())[0].strip())


# a sentence that opens a statement of its own ("A senior US defense official said Friday that ...")
_ANOTHER_SAYING = re.compile(r"\b(?:said|says|told|reported|announced|stated|claimed|wrote)\b")
# ... or the same voice goes on ("The ministry said that X ... was captured on Thursday")
_SAME_VOICE = re.compile(r"\s*(?:(?:The|This|That|Its|Their)\s+(?:[\w-]+\s+)?(?:ministry|military|army|statement|report|spokes\w+|"
                         r"official|governor|command|General\s+Staff|department|service|administration|mayor|head)\b|(?:He|She|It|They)\b)")
# ... unless it closes the quotation the claim is in ('... from the city," Syrsky said on Friday.')
_QUOTE_CLOSES = re.compile(r"^[^“”\"]*[”\"]")


class DateContext:
    """Date knowledge of one article: paragraphs, liveblog entry days, explicit dates per sentence."""

    def __init__(self, article: Article, sentences: list[Sentence], title_index: int | None):
        self.pub = article.published
        self.title_index = title_index
        text = article.text
        self.para: list[int] = []
        self.entry: list[date] = []
        self.found: list[list[tuple[int, int, DateRange]]] = []
        self.said: list[list[DateRange]] = []
        self.quotes: list[list[tuple[int, int]]] = []  # quoted words per sentence
        self.texts: list[str] = []
        self.regions: dict[int, list[tuple[int, int]]] = {}
        para, day, prev_end = 0, self.pub, 0
        for i, s in enumerate(sentences):
            if i and re.search(r"\n\s*\n", text[prev_end:s.start]):
                para += 1
            stamp = _STAMP.match(s.text)
            if stamp and (i == 0 or para != self.para[-1]):
                day = self._weekday(stamp.group("wd")) if stamp.group("wd") else self.pub
            elif i and para != self.para[-1]:
                day = self.pub
            self.para.append(para)
            self.entry.append(day)
            skip = dateline_end(s.text)
            dated = [(a, b, dr) for a, b, dr in find_dates(s.text, day) if a >= skip and dr.date_to <= day and i != title_index
                     and not (s.text.startswith("Today", a) and _MASTHEAD.search(s.text, 0, a))
                     and not _BORN.search(s.text, max(0, a - 12), a)]  # "a woman born in 1937": no event
            quotes = [(m.start(), m.end()) for m in QUOTED.finditer(s.text)]
            dated = _quoted_deixis_on_the_day_said(dated, quotes)
            # "over the course of the past day, 24 February": the day it names
            dated = [d for k, d in enumerate(dated) if not (k + 1 < len(dated) and re.fullmatch(r"\s*,\s*", s.text[d[1]:dated[k + 1][0]])
                                                            and re.search(r"\bpast\s+(?:day|24\s+hours)\b", d[2].phrase, re.I)
                                                            and not re.match(r"[^,]*['’]s\b", s.text[dated[k + 1][0]:]))]
            self.said.append([dr for _, _, dr in dated])  # (the war's own dates too: they say the sentence is background)
            self.found.append([(a, b, dr) for a, b, dr in dated if not _dates_something_else(s.text, a, b)])
            self.quotes.append(quotes)
            self.texts.append(s.text)
            prev_end = s.end
        # a photo caption's date is the photo's: no neighbour inherits it
        # (also the sentence its credit follows on the line: "... Ukraine June 2, 2022. REUTERS/Serhii Nuzhnenko/File Photo")
        self.caption = [bool(CAPTION.search(s.text)) or credited(article.text, sentences, k) for k, s in enumerate(sentences)]
        # (a page's date line or navigation above the headline is neither)
        self.first_body = next((k for k, s in enumerate(sentences) if k != title_index and not page_furniture(s.text)), 0)
        # a line that is only a date ("December 22, 2024") is the page's, not the story's first date
        body = [dr for i, f in enumerate(self.found) if i != title_index and not date_only(sentences[i].text)
                and not self.caption[i]  # "... in this screen grab from a video released on January 5"
                for a, _, dr in f if _names_a_day(dr)
                and not _SINCE_BEFORE.search(sentences[i].text, max(0, a - 8), a)  # "going on since last night": a state
                and not _AS_OF_BEFORE.search(sentences[i].text, max(0, a - 8), a)]  # "DeepState as of July 30": the map's day
        # (a live blog's entries are stamped; a date line at the top of a page, or one more in a footer's related news,
        # stamps no entry, but a run of them does)
        stamps = [s.text for s in sentences if _STAMP.match(s.text)]
        live = any(not date_only(t) for t in stamps) or len(stamps) > 2
        self.lead = body[0] if body and not live else None
        if self.lead is not None and self.lead.precision not in ("day", "week"):
            self.lead = None  # "December was the most difficult month of 2023": no day the story is about
        # where the lead date is first said: a sentence before it does not inherit it ("As Ukrinform
        # reported, on September 28, ..." closing a round-up recalls another day)
        self.lead_at = next((i for i, f in enumerate(self.found) for _, _, dr in f if dr is self.lead), 0)
        # the one day a headline names ("Russia fires at Sumy Oblast 84 times on Dec. 5"): the story's day when no
        # sentence of the body dates it
        told = [dr for a, _, dr in find_dates(sentences[title_index].text, self.pub)
                if dr.date_to <= self.pub and dr.precision == "day" and _names_a_day(dr)
                # (told with its verb, "fires at X 84 times on Dec. 5", not naming another event: "site of May 25 strike")
                and (dr.phrase.lower().startswith("on ") or re.search(r"\bon\s+$", sentences[title_index].text[max(0, a - 4):a]))
                and not re.search(r"\d{4}-\d\d-\d\d", dr.phrase)] if title_index is not None else []  # (not a stored page's date marker)
        self.title_day = told[0] if len(told) == 1 and not live else None
        if self.lead is not None and not self._recent(self.lead):
            self.lead = None  # a first date weeks before publication is background, not the story's day

    def _inheritable(self, dr: DateRange) -> bool:
        """Whether a date another sentence names can be carried to this one: a day named (not counted back, not a state
        since) at most INHERIT_DAYS before publication."""
        return dr.precision == "day" and _names_a_day(dr) and self._recent(dr)

    def _recent(self, dr: DateRange) -> bool:
        """Whether an inherited date can be a statement's day: at most INHERIT_DAYS before publication."""
        return (self.pub - dr.date_to).days <= INHERIT_DAYS

    def background(self, i: int) -> bool:
        """Whether sentence ``i`` dates itself only by past months or years ("Russian forces launched a new offensive
        push in April ..." in a story of 8 May): the outlet's background, no official's report of the day."""
        found = [dr for dr in self.said[i] if not _SINCE.match(dr.phrase) or self.pub - dr.date_from >= _OVERVIEW]
        # only months, seasons and years before the story's own month: a day named is often a bulletin line's own
        # ... or by a span counted back a week or more ("two weeks ago", "last month"): no report of the day says that
        # ... or weeks summed up ("Russian forces have fired dozens of drones since July 1 at the port", on 2 August)
        return bool(found) and all(dr.precision in ("month", "season", "year") and dr.date_to < self.pub
                                   or _COUNTED_BACK.search(dr.phrase) and (self.pub - dr.date_to).days >= 7
                                   or _SINCE.match(dr.phrase) for dr in found)

    def _announced_next(self, i: int) -> DateRange | None:
        """The day the next sentence, even across a paragraph break, says the news just told was announced ("Russian
        forces say they have captured X. / The Kremlin announced the news in a Telegram post on Monday")."""
        j = i + 1
        if j >= len(self.texts) or len(self.found[j]) != 1 or self.caption[j]:
            return None
        days = [dr for _, _, dr in self.found[j] if self._inheritable(dr)]
        return days[0] if days and _ANNOUNCED_IT.search(self.texts[j]) else None

    def _paragraph_opening(self, i: int) -> DateRange | None:
        """The day a paragraph opens with ("In addition, the day before, the X community came under fire. ...
        A house was damaged in Y."): it sets the scene for the paragraph's later sentences that name no day, as
        long as no sentence between names another."""
        k = i
        while k > 0 and self.para[k - 1] == self.para[i]:
            k -= 1
        if k >= i - 1 or k == self.title_index or self.caption[k] or any(self.found[j] for j in range(k + 1, i)):
            return None  # (the sentence right before is a neighbour: the rule above)
        if _OWN_VOICE_OR_NOW.search(self.texts[i]):
            return None  # "Fighting is now raging near X, the General Staff said": its own voice and day
        opening = [dr for a, _, dr in self.found[k] if a <= _OPENING_CHARS and self._inheritable(dr)]
        return opening[0] if len(self.found[k]) == 1 and opening else None

    def set_regions(self, i: int, regions: list[tuple[int, int]]) -> None:
        """Relative clauses of sentence ``i``: their dates are background, not the sentence's own."""
        self.regions[i] = regions

    def _weekday(self, wd: str) -> date:
        dr = ground(f"on {wd}", self.pub)
        return dr.date_from if dr else self.pub

    def pick(self, i: int, lo: int, hi: int, *, spoken: bool, region: tuple[int, int] | None = None,
             exclude: list[tuple[int, int]] = (), cue_at: int | None = None) -> tuple[DateRange, int]:
        """The event date for a claim in sentence ``i`` whose cue and place span ``lo..hi`` (see :meth:`_pick`).

        A count told after the event ("the number of victims of the attack on X has increased to 25", "As of 19
        January, 46 people were killed in the attack on X") dates the count, not the strike: unless the sentence dates
        the strike itself, the strike lies in the days up to the count (a range, weaker than a day told elsewhere)."""
        dr, strength = self._pick(i, lo, hi, spoken=spoken, region=region, exclude=exclude, cue_at=cue_at)
        text = self.texts[i]
        if strength == 1 or dr.date_from != dr.date_to or not (_TOLL_RISE.search(text) or _COUNT_AS_OF.search(text)
                                                                or _RESCUE_ENDED.search(text)):
            return dr, strength
        told_at = text.lower().find(dr.phrase.lower())
        if strength == 2 and not (_COUNT_AS_OF.match(text) and dr.phrase and told_at < 12
                                  or _DAY_OF_COUNT.search(text, 0, told_at + len(dr.phrase))):
            return dr, strength  # ("... has risen to 18 after Friday's strike on X": the strike's own day)
        return DateRange(dr.date_to - timedelta(3), dr.date_to, "week", dr.phrase), min(strength, 1)  # (an inherited day,
        # strength 1, may be the strike's own: "A further 61 people were injured in Tuesday's attack")

    def _pick(self, i: int, lo: int, hi: int, *, spoken: bool, region: tuple[int, int] | None = None,
              exclude: list[tuple[int, int]] = (), cue_at: int | None = None) -> tuple[DateRange, int]:
        """The event date for a claim in sentence ``i`` whose cue and place span ``lo..hi``.

        :param spoken: the claim is someone's statement (a neighbour's or the lead date may apply).
        :param region: only dates inside this span count (a relative clause carries its own date).
        :param exclude: spans whose dates belong to other claims (other relative clauses).
        :param cue_at: where the claim's cue starts (a date in a "first time since" clause is its own event's only).
        :returns: the date range and its strength (2 explicit, 1 inherited, 0 assumed).
        """
        default = DateRange(self.entry[i], self.entry[i], "day", "")
        if i == self.title_index:
            return default, 0
        found = self.found[i]
        if region:
            found = [f for f in found if region[0] <= f[0] < region[1]]
        found = [f for f in found if not any(a <= f[0] < b for a, b in exclude)]
        # "Since conquering the port of Mariupol last month, Russia's biggest win has been the fall of X": a leading
        # clause's date is its own event's, not the main clause's
        if (opening := _OPENING_CLAUSE.match(self.texts[i])) and lo >= opening.end():
            found = [f for f in found if f[0] >= opening.end()]
        # "the fall of X is Russia's biggest gain since it captured Y in May 2023": the since-clause's date is Y's
        found = [f for f in found if not (f[0] >= hi and _SINCE_CLAUSE.search(self.texts[i], hi, f[0]))]
        # "in control of X, a village between the towns of A and B, focal points in fighting in recent months": the
        # apposition's own period
        found = [f for f in found if not (f[0] >= hi and re.search(r"\brecent\b", f[2].phrase, re.I)
                                          and re.match(r"\s*,\s*(?:a|an|the)\s", gap := self.texts[i][hi:f[0]])
                                          and not (re.fullmatch(r"\s*(?:\w+ly\s+)?", gap.rsplit(",", 1)[-1])
                                                   and re.match(r"\s*(?:[,.;]|$)", self.texts[i][f[1]:])))]
        # "claimed the capture of a village for the first time since the early days of the war in 2022", "the deadliest
        # attack on X since the spring": a comparison, when the claim's place and cue come before the "since" (the since-clause's
        # own event keeps it: "for the first time since Ukrainian forces liberated it in September 2022")
        cue = lo if cue_at is None else cue_at
        found = [f for f in found if not ((m := _compared_since(self.texts[i], f))
                                          and not _in_since_clause(self.texts[i], m.start() + m.group().lower().rindex("since"), f, cue, hi))]
        # "... since November, when Ukrainian forces liberated X", "since last month's capture of X": X's date is November
        # (last month), not November until now
        found = [(f[0], f[1], _since_start(f[2], self.pub)) if _told_after_the_date(self.texts[i], f, cue, hi) else f for f in found]
        if _TOLL_RISE.search(self.texts[i]):  # "the death toll from a strike on X has risen to 18, the governor said
            # Saturday": the day of the count, not of the strike (a neighbour's "Friday's attack" may say it)
            said = [f for f in found if _SPEECH_DAY_BEFORE.search(self.texts[i], max(0, f[0] - 20), f[0])
                    or _SPEECH_DAY_AFTER.match(self.texts[i], f[1])]
            struck_on = [f for f in found if f not in said and (_DAYS_ATTACK.match(self.texts[i], f[1]) or re.search(
                r"\b(?:hit|struck|strikes?|attacks?|shelling|shelled|bombed|bombing|raid)\b[^.;,]{0,40}$", self.texts[i][:f[0]], re.I))]
            if said and struck_on:  # "..., the governor said on Thursday, after rescuers cleared the building hit on
                found = struck_on  # Tuesday": the strike's own day
            if said and len(said) == len(found) and not region:
                for j in (i + 1, i - 1):
                    days = [f for f in (self.found[j] if 0 <= j < len(self.found) else [])
                            if (m := _DAYS_ATTACK.match(self.texts[j], f[1])) and not _ON_A_PLACE.match(self.texts[j], m.end())
                            and f[2].date_to <= said[0][2].date_from and self.para[j] == self.para[i]]
                    if len(days) == 1:
                        return days[0][2], 1  # "A further 61 people were injured in Friday's attack"
        # "... had captured X, the first gain of its kind since January": a comparison's start, not the event's day
        found = [f for f in found if not (f[0] >= hi and f[2].phrase[:6].lower() == "since " and "," in self.texts[i][hi:f[0]]
                                          and (_COMPARED.search(self.texts[i], hi, f[0])
                                               or not (_DURATIVE.search(self.texts[i], max(0, lo - 40), hi)
                                                       or _SINCE_AFTER_APPOSITION.fullmatch(
                                                                       self.texts[i][hi:f[0]]))))]
        quote = next(((q0, q1) for q0, q1 in self.quotes[i] if q0 <= lo and hi <= q1), None)
        if quote is not None:  # quoted words: their own dates, or one the words around the quote give its saying
            # ('"Occupiers shelled X," Zelenskiy said, referring to the city, abandoned by Russia late last year': not then)
            # (a date before the quote is the saying's: 'In July, the General Staff said "... repelled near X"')
            found = [f for f in found if f[0] < quote[1] or "," not in self.texts[i][quote[1]:f[0]]]
        if len(found) > 1:  # "announced on January 13 that forces seized X on the evening of January 12": the event's day
            later = [f for f in found if f[0] >= hi and f[2].precision == "day" and _names_a_day(f[2])
                     and not re.search(r"[.;]|\b(?:which|who|when|after|before|while|that|where|despite\s+(?:\w+\s+){0,3}(?:claims?|reports?|assertions?|statements?)|although|though|whereas|said|says|told|announced|reported|stated|added|wrote)\b"
                                       r"|\band\s+(?:had\s+)?\w+(?:ed|t)\b|,\s+(?:an?|the)\s",
                                       self.texts[i][hi:f[0]])]  # ("..., Peskov said on Monday": the saying's day)
            earlier = [f for f in found if f[1] <= lo]
            if later and earlier and re.search(r"\bthat\b", self.texts[i][earlier[-1][1]:lo]):
                found = later
        # "died in X on Tuesday after Russian forces shelled the village, the governor said on Thursday": the one day
        # told before the cue, when nothing after it but the saying's day is dated
        said_after = [f for f in found if f[0] >= hi and _SPEECH_DAY_BEFORE.search(self.texts[i], max(0, f[0] - 30), f[0])]
        if said_after and len(said_after) == sum(f[0] >= hi for f in found) and len(found) == len(said_after) + 1 \
                and (told := found[0])[1] <= hi and told[2].precision == "day" and _names_a_day(told[2]) \
                and ";" not in self.texts[i][told[1]:hi]:
            found = [told]
        if found:
            def dist(f):
                return 0 if lo <= f[0] < hi or lo < f[1] <= hi else min(abs(f[0] - hi), abs(f[1] - lo))
            best = min(found, key=dist)[2]
            if best.phrase.lower() == "overnight":  # the night before the (entry) day
                best = DateRange(best.date_to - timedelta(1), best.date_to, best.precision, best.phrase)
            return best, 2
        if _SAME_DAY_PHRASE.match(self.texts[i]) and not region:
            # "On the same day, Zelenskyy denied ...": the day the sentence before named, even another list item's (when
            # it names one day only: "captured X on Wednesday, a week after they took Y on February 28" says two)
            # (not a photo's caption or a "Read also:" link, nor a date of background: in a relative clause, or long past)
            told = ([f for f in self.found[j] if not any(a <= f[0] < b for a, b in self.regions.get(j, ()))]
                    for j in range(i - 1, -1, -1) if not self.caption[j])
            before = next((f for f in told if f), [])
            days = {f[2].date_from for f in before if f[2].precision == "day"}
            if len(days) == 1 and len(before) == 1 and self._inheritable(before[0][2]):
                return before[0][2], 2
        if _NEXT_DAY_PHRASE.match(self.texts[i]) and not region and i > 0:
            # "On December 25th, Shoigu reported ... The following day, Zaluzhny confirmed ...": the day after the one the
            # sentence right before names (when it names one day only)
            before = self.found[i - 1]
            if len(before) == 1 and before[0][2].precision == "day" and _names_a_day(before[0][2]):
                day = before[0][2].date_from + timedelta(1)
                if day <= self.entry[i]:
                    return DateRange(day, day, "day", "the following day"), 2
        if not spoken or region:
            return default, 0
        if _NOW.match(self.texts[i]):
            return default, 0  # "Currently, Syrskyi reports fighting near X": the day of the report, not a neighbour's
        for j in (i - 1, i + 1):
            near = [f for f in self.found[j] if not any(a <= f[0] < b for a, b in self.regions.get(j, ()))] \
                if 0 <= j < len(self.found) else []
            # a neighbour's date carries when it names the day ("on March 4"), not when it counts back
            # ("a week ago", about something else)
            near = [f for f in near if self._inheritable(f[2])]
            # ... nor when it is the day a picture was taken of ("according to DeepState as of July 30, Russian forces
            # hold ..."): a state of the map on that day, no event another sentence reports
            near = [f for f in near if not _AS_OF_BEFORE.search(self.texts[j], max(0, f[0] - 8), f[0])]
            if j == i + 1 < len(self.texts) and _ANOTHER_SAYING.search(self.texts[j]) and not _QUOTE_CLOSES.search(self.texts[j]) \
                    and not _SAME_VOICE.match(self.texts[j]):
                continue  # "... the city," Syrsky wrote. A US official said Friday ...": another statement's day
            if j < len(self.texts) and opens_item(self.texts[max(i, j)]) and not self.texts[min(i, j)].rstrip().endswith(":"):
                continue  # another item of a bulleted list (a key-events list): its date is its own (but "The governor said
                # on Wednesday:" above the items dates them)
            if j != self.title_index and near and self.para[j] == self.para[i] and not self.caption[j] \
                    and not (self.title_day is not None and date_only(self.texts[j])):  # (a page's own date line)
                return near[-1][2] if j < i else near[0][2], 1
        opening = self._paragraph_opening(i)
        if opening is not None:
            return opening, 1
        announced = self._announced_next(i)
        if announced is not None:
            return announced, 1
        if self.lead is not None and i != self.first_body and i >= self.lead_at:
            return self.lead, 1  # (the opening sentence is itself the story's day: publication)
        if self.lead is None and self.title_day is not None and self.entry[i] == self.pub:
            return self.title_day, 1
        return default, 0
