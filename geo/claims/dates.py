"""Find date expressions in a sentence and ground them on the article's publication date.

Conventions (the project's annotation rules): an expression without a year means its most recent
occurrence on or before publication ("on Thursday" in a Thursday article is that Thursday, "at the
end of December" in February is last December); "this week/month/year" run up to publication;
"since X" runs from X to publication. Expressions anchored on another event ("the next day",
"a day later", "two days before the anniversary") are not dates of their own and are not matched.
"""

from __future__ import annotations

import re
from calendar import monthrange
from datetime import date, timedelta

from geo.models import DateRange

_MONTHS = {m: i for i, m in enumerate("jan feb mar apr may jun jul aug sep oct nov dec".split(), 1)}
_WEEKDAYS = {d: i for i, d in enumerate("mo tu we th fr sa su".split())}
_NUMBERS = {w: i for i, w in enumerate("zero one two three four five six seven eight nine ten eleven twelve".split())}
_SEASONS = {"spring": 0, "summer": 1, "autumn": 2, "fall": 2, "winter": 3}  # Mar-May, Jun-Aug, Sep-Nov, Dec-Feb
_ONE = timedelta(1)
_RELDAYS = {"the day before yesterday": (-2, -2), "the previous night": (-1, 0), "the preceding night": (-1, 0),
            "the night before": (-1, 0), "last night": (-1, 0), "tomorrow": (1, 1)}  # other words: -1 or 0

# "May" followed by a bare verb is the modal ("Russia may be", "the 12 may have").
_MAY = (r"may(?!\s+(?:be|have|not|also|well|still|even|never|only|now|soon|yet|need|seek|try|face|help|lead|"
        r"become|take|make|use|want|come|go|do|get|see|include|continue|already|further|again|prove|allow|"
        r"cause|signal|mean|indicate|suggest|affect|require|result|reflect|launch|attack)\b)")
_MON = (rf"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|{_MAY}|june?|july?|aug(?:ust)?|"
        r"sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)(?![a-z])\.?")
# A day of the month, not a distance or a share ("March 20 km", "May 5%").
_DAY = (r"(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?(?!\d)"
        r"(?!\s*(?:%|(?:km|kilomet(?:er|re)s?|miles?|met(?:er|re)s?|percent|per\s+cent|hours?)\b))")
_YEAR = r"(?:19|20)\d\d(?!\d)"
_WEEKDAY = r"(?:mon|tues|wednes|thurs|fri|satur|sun)day"
_NUM = r"(?:an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,3})"
_PART = r"(?:early|mid|late|(?:the\s+)?(?:end|start|beginning|middle|first\s+half|second\s+half)\s+of)"
_SEP = r"(?:-|–|—|to|through|till|until|and)"
_MD = rf"(?:(?P<m1>{_MON})\s+(?P<d1>{_DAY})|(?:the\s+)?(?P<d2>{_DAY})(?:\s+of)?\s+(?P<m2>{_MON}))"
_YS = rf"(?:,?\s+(?:of\s+)?(?:(?P<y>{_YEAR})|(?P<yr>this|last|next|the\s+previous)\s+year))?"


def _low(s: str | None) -> str:
    return " ".join((s or "").lower().split())


def _num(s: str) -> int:
    s = _low(s)
    return int(re.match(r"\d+", s).group()) if s[:1].isdigit() else 1 if s in ("a", "an") else _NUMBERS[s]


def _mon(s: str) -> int:
    return int(s) if s.isdigit() else _MONTHS[s[:3].lower()]


def _on(y: int, m: int, d: int) -> date | None:
    try:
        return date(y, m, d)
    except ValueError:
        return None


def _month(y: int, m: int) -> tuple[date, date]:
    """First and last day of month `m` of year `y`; `m` may run past 1..12 into the next or previous years."""
    y, m = y + (m - 1) // 12, (m - 1) % 12 + 1
    return date(y, m, 1), date(y, m, monthrange(y, m)[1])


def _year(g: dict, pub: date) -> int | None:
    if g.get("y") or g.get("Y"):
        return int(g.get("y") or g["Y"])
    return pub.year + {"this": 0, "next": 1}.get(_low(g["yr"]), -1) if g.get("yr") else None


def _recent_day(m: int, d: int, pub: date) -> date | None:
    """Most recent month-day on or before `pub` (February 29 looks back to a leap year)."""
    if d > (29 if m == 2 else monthrange(2001, m)[1]):
        return None
    return next((day for y in range(pub.year, pub.year - 9, -1) if (day := _on(y, m, d)) and day <= pub), None)


def _part(lo: date, hi: date, part: str, unit: str) -> tuple[date, date]:
    """The early/mid/late third, or first/second half ("h1", "h2"), of a month, year or week."""
    if unit == "month":
        e, m, h = lo.replace(day=10), lo.replace(day=20), lo.replace(day=15)
    elif unit == "year":
        e, m, h = date(lo.year, 4, 30), date(lo.year, 8, 31), date(lo.year, 6, 30)
    else:
        e, m, h = lo + _ONE, lo + 3 * _ONE, lo + 2 * _ONE
    return {"early": (lo, e), "mid": (e + _ONE, m), "late": (m + _ONE, hi), "h1": (lo, h), "h2": (h + _ONE, hi)}[part]


def _partkey(s: str | None) -> str:
    words = _low(s).removeprefix("the ").split()
    keys = {"start": "early", "beginning": "early", "middle": "mid", "end": "late", "first": "h1", "second": "h2"}
    return keys.get(words[0], words[0]) if words else ""


# Handlers take the match's groups and the publication date and return (from, to, precision), or None
# when the words matched but are no date here (the caller then tries the next rule).

def _h_day(g, pub):
    mon, day, y = _mon(g["m1"] or g["m2"]), _num(g["d1"] or g["d2"]), _year(g, pub)
    d = _on(y, mon, day) if y else _recent_day(mon, day, pub)
    return d and (d, d, "day")


def _h_range(g, pub):
    if _low(g["sep"] or g["sep2"]) == "and" and _low(g["pre"]) != "between":
        return None  # "on February 24 and 3 soldiers": "and" makes a range only after "between"
    if g["m1"]:
        ma, da, mb, db = g["m1"], g["d1"], g["m2"] or g["m1"], g["d2"]
    else:
        ma, da, mb, db = g["n1"] or g["n2"], g["e1"], g["n2"], g["e2"]
    (ma, da), (mb, db), y = (_mon(ma), _num(da)), (_mon(mb), _num(db)), _year(g, pub)
    if y:
        lo, hi = _on(y - ((ma, da) > (mb, db)), ma, da), _on(y, mb, db)
    else:  # grounded on its first day: a range that began before publication may still be running
        lo = _recent_day(ma, da, pub)
        hi = lo and _on(lo.year + ((mb, db) < (ma, da)), mb, db)
    return lo and hi and 0 <= (hi - lo).days <= 92 and (lo, hi, "day")


def _h_weekday(g, pub):
    wd, rel = _WEEKDAYS[g["wd"][:2].lower()], _low(g["rel"])
    back = (pub.weekday() - wd) % 7 or (7 if rel == "last" else 0)
    if rel == "next":
        back = -((wd - pub.weekday()) % 7 or 7)
    d = pub - back * _ONE
    return (d - _ONE if rel in ("overnight into", "overnight to") else d), d, "day"


def _h_month(g, pub):
    mon, prep, rel, part, y = _mon(g["mon"]), _low(g["prep"]), _low(g["rel"]), _partkey(g["part"] or g["partin"]), _year(g, pub)
    if y is None:
        if not (part or prep in ("in", "since", "during", "throughout") or (rel and (mon != 5 or g["mon"][:1] == "M"))):
            return None  # a month needs context, and "this may", "last may" are the modal (but "last May" the month)
        y = {"this": pub.year, "next": pub.year + (mon <= pub.month)}.get(
            rel, pub.year - (mon > pub.month or (rel == "last" and mon == pub.month)))
    lo, hi = _month(y, mon)
    return (*(_part(lo, hi, part, "month") if part else (lo, hi)), "month")


def _h_season(g, pub):
    q, rel, part = _SEASONS[g["season"].lower()], _low(g["rel"]), _partkey(g["part"])
    if g["y1"]:  # a winter is named by the year of its December: "winter 2022", "winter of 2022-23"
        sy = int(g["y1"])
    elif not (rel or g["prep"]):
        return None  # "the summer offensive"
    elif rel == "this":  # the season of the publication year; in January or February, the winter under way
        sy = pub.year - (q == 3 and pub.month < 3)
    else:  # seasons numbered in order: 4 * year of its start + season
        cq = (pub.month - 3) % 12 // 3
        cur = (pub.year - (pub.month < 3)) * 4 + cq
        k = cur + ((q - cq) % 4 or 4) if rel == "next" else cur - (cq - q) % 4
        sy = (k - 4 * (rel in ("last", "past") and k == cur)) // 4
    first = 3 + 3 * q + {"early": 0, "mid": 1, "late": 2}.get(part, 0)
    return _month(sy, first)[0], _month(sy, first + (0 if part else 2))[1], "season"


def _h_year(g, pub):
    part, y = _partkey(g["part"]), int(g["year"])
    if not part and _low(g["prep"]) not in ("in", "during", "throughout", "since"):
        return None  # a bare year is too often a name ("the 2014 agreements")
    if g["y2"]:
        y2 = int(g["y2"]) if len(g["y2"]) == 4 else y // 100 * 100 + int(g["y2"])
        return (date(y, 1, 1), date(y2, 12, 31), "year") if y2 > y else None
    lo, hi = date(y, 1, 1), date(y, 12, 31)
    return (*(_part(lo, hi, part, "year") if part else (lo, hi)), "year")


def _h_period(g, pub):
    unit, part = g["unit"].lower(), _partkey(g["part"])
    shift = {"this": 0, "next": 1}.get(_low(g["rel"]), -1)
    if unit == "week":
        lo, hi = pub - (pub.weekday() - 7 * shift) * _ONE, pub - (pub.weekday() - 7 * shift - 6) * _ONE
    elif unit == "month":
        lo, hi = _month(pub.year, pub.month + shift)
    else:
        lo, hi = date(pub.year + shift, 1, 1), date(pub.year + shift, 12, 31)
    if part == "earlier" or (not part and shift == 0):
        hi = min(hi, pub)  # "this week" is reported up to publication
    elif part == "later":
        lo = max(lo, pub)
    elif part:
        lo, hi = _part(lo, hi, part, unit)
    return lo, hi, unit


def _h_weekend(g, pub):
    rel = _low(g["rel"]).split()[-1]
    sat = pub - (pub.weekday() - 5) % 7 * _ONE  # latest Saturday on or before publication
    if rel == "last" and pub.weekday() >= 5:
        sat -= 7 * _ONE
    elif rel == "next" or (rel == "this" and 1 <= pub.weekday() <= 4):
        sat += 7 * _ONE  # midweek, "this weekend" is the coming one; on Monday, the one just past
    return sat, sat + _ONE, "day"


def _h_relday(g, pub):
    w = _low(g["w"])
    lo, hi = _RELDAYS.get(w, (-1, -1) if re.match(r"yesterday|the (?:previous|preceding|day)|a day", w) else (0, 0))
    return pub + lo * _ONE, pub + hi * _ONE, "day"


def _h_ago(g, pub):
    n, unit = _num(_low(g["n"]).replace("a couple of", "two")), g["unit"].lower()
    if unit == "month":
        return (*_month(pub.year, pub.month - n), "month")
    if unit == "year":
        return date(pub.year - n, 1, 1), date(pub.year - n, 12, 31), "year"
    d = pub - n * (7 if unit == "week" else 1) * _ONE
    return d, d, unit


def _h_few_days_ago(g, pub):
    return pub - 7 * _ONE, pub - _ONE, "week"


def _h_window(g, pub):
    unit, n = g["unit"].lower(), _low(g["n"] or g["n2"])
    if unit == "hour":
        hours = 24 if n in ("", "few", "several") else _num(n)
        lo = pub + (hours // -24) * _ONE  # "the past 24 hours" reach into the day before
    else:
        vague = {"day": 7, "week": 4, "month": 3, "year": 3}[unit]  # "in recent days", "the past few weeks"
        count = vague if n in ("few", "several") or g["recent"] else max(_num(n), 1) if n else 1
        lo = pub - (count * {"day": 1, "week": 7, "month": 30, "year": 365}[unit] - 1) * _ONE
        if unit == "day" and count == 1:
            lo = pub - _ONE  # "over the past day": the last 24 hours, which reach into the day before
    days = (pub - lo).days + 1
    return lo, pub, "day" if days <= 2 else "week" if days <= 14 else "month" if days <= 62 else \
        "season" if days <= 183 else "year"


_RULES = {  # name: (pattern, handler), in the order they are tried at one place
    # "MOSCOW, May 21 (Reuters) -": a dateline, kept with the whole of it as its phrase
    "dateline": (rf"^\s*(?-i:[A-Z][A-Z.'’-]+(?:\s+[A-Z][A-Z.'’-]+)*)(?:,\s*[A-Z][\w.'’ -]{{0,30}}?)?,\s*{_MD}"
                 rf"(?:,?\s+(?P<y>{_YEAR}))?\s*(?:\([^)]{{1,30}}\)\s*)?[-–—]+", _h_day),
    "range": (rf"(?:(?P<pre>between|from)\s+)?(?:(?P<m1>{_MON})\s+(?P<d1>{_DAY})\s*(?P<sep>{_SEP})\s*"
              rf"(?:(?P<m2>{_MON})\s+)?(?P<d2>{_DAY})|(?:the\s+)?(?P<e1>{_DAY})(?:\s+(?P<n1>{_MON}))?\s*"
              rf"(?P<sep2>{_SEP})\s*(?:the\s+)?(?P<e2>{_DAY})(?:\s+of)?\s+(?P<n2>{_MON})){_YS}", _h_range),
    "day": (rf"(?:(?:on|since)\s+)?(?:{_WEEKDAY},?\s+)?{_MD}{_YS}", _h_day),
    "numeric": (rf"(?:(?:on|since)\s+)?(?:(?P<y>{_YEAR})-(?P<m1>[01]\d)-(?P<d1>[0-3]\d)|"  # 2024-02-20, 20.02.2024
                rf"(?P<d2>[0-3]?\d)\.(?P<m2>[01]?\d)\.(?P<Y>{_YEAR}))", _h_day),
    "weekday": (rf"(?:(?:late|early)\s+)?(?:(?P<rel>on|last|this|next|since|overnight\s+(?:on|into|to))\s+)?"
                rf"(?P<wd>{_WEEKDAY})(?:\s+(?:night|morning|afternoon|evening|overnight))?"
                r"(?:,?\s+(?:at\s+)?\d{1,2}[:.]\d\d(?:\s*[ap]\.?m\b\.?)?)?", _h_weekday),
    "month": (rf"(?:(?P<partin>early|late)\s+in\s+)?(?:(?P<prep>in|during|throughout|since|at|by|of)\s+)?(?:(?P<rel>last|this|next)\s+)?"
              rf"(?:(?P<part>{_PART})[\s-]+)?(?P<mon>{_MON}){_YS}", _h_month),
    # "fall" is also the fall of a town, or of prices
    "season": (r"(?:(?P<prep>in|during|throughout|over|since)\s+)?(?:(?P<rel>last|this|next|past)\s+|the\s+)?"
               r"(?:(?P<part>early|mid|late)[\s-]+)?(?P<season>winter|spring|summer|autumn|"
               rf"fall(?!\s+(?:of\s+(?!{_YEAR})|in\b|from\b|by\b|to\b|on\b|back\b)))"
               rf"(?:\s+(?:of\s+)?(?P<y1>{_YEAR})(?:\s*[-–/]\s*(?P<y2>(?:19|20)?\d\d)(?!\d))?)?", _h_season),
    "window": (rf"(?:(?:over|in|during|within|for|throughout)\s+)?(?:the\s+(?:past|last)\s+"
               rf"(?:(?P<n>{_NUM}|few|several)\s+)?|(?:the\s+)?(?P<recent>recent)\s+|"
               rf"(?:the\s+)?(?:past|last)\s+(?P<n2>{_NUM}|few|several)\s+)"
               r"(?P<unit>hour|day|week|month|year)s?(?!\s+of\b)", _h_window),
    "period": (rf"(?:(?:in|during|throughout|since|at|by|over|on)\s+)?(?:(?P<part>{_PART}|earlier|later)[\s-]+)?"
               r"(?P<rel>last|this|next|the\s+previous|the\s+preceding)\s+(?P<unit>week|month|year)(?!\s+of\b)",
               _h_period),
    "weekend": (r"(?:(?:over|at|during|on|since)\s+)?(?P<rel>the|this|last|next|past|the\s+past|the\s+last)"
                r"\s+weekend", _h_weekend),
    "relday": (r"(?P<w>the\s+day\s+before\s+yesterday|yesterday(?:\s+(?:morning|afternoon|evening|night))?|"
               r"the\s+(?:previous|preceding)\s+(?:day|night)|the\s+(?:day|night)\s+before|a\s+day\s+(?:earlier|before(?!\s+(?:the|a|an|his|her|its|their|this|that)\b))|"
               r"(?:early|late|earlier|later)\s+today|today|tonight|this\s+(?:morning|afternoon|evening)|"
               rf"overnight(?!\s+(?:on|into|to)\s+(?:the\s+)?(?:\d|{_MON}))|last\s+night|tomorrow)", _h_relday),
    "ago": (rf"(?P<n>{_NUM}|a\s+couple\s+of)\s+(?P<unit>day|week|month|year)s?\s+(?:ago|earlier)", _h_ago),
    # "recaptured from Russian forces days ago", "a few days ago": within the week before
    "fewago": (r"(?:(?:a\s+few|several|some)\s+)?days\s+ago", _h_few_days_ago),
    "year": (rf"(?:(?P<prep>in|during|throughout|since|at|by|of)\s+)?(?:(?P<part>{_PART})[\s-]+)?"
             rf"(?P<year>{_YEAR})(?:\s*[-–/]\s*(?P<y2>(?:19|20)?\d\d)(?!\d))?", _h_year),
}
_COMPILED = {name: (re.compile(rf"(?<!\w)(?:{p})(?!\w)", re.I), h) for name, (p, h) in _RULES.items()}


def _trie(words: list[str]) -> str:
    """An alternation of `words` sharing their prefixes, so the engine tries a few letters, not every word."""
    heads: dict[str, list[str]] = {}
    for w in words:
        heads.setdefault(w[:1], []).append(w[1:])
    alts = []
    for head, rests in sorted(heads.items()):
        inner = _trie([r for r in rests if r]) if any(rests) else ""
        alts.append(head + (f"(?:{inner}){'?' * ('' in rests)}" if inner else ""))
    return "|".join(alts)


# Trying every rule at every word is slow. Every expression but a dateline holds one of these words (or a
# year) at most _BEFORE characters from its start ("between the 24th and the 27th of March"), and the first
# such word tells which rules can match: only those are tried, and only near it.
_KINDS = {
    ("range", "day", "month"): "jan january feb february mar march apr april may jun june jul july aug august "
                               "sep sept september oct october nov november dec december",
    ("day", "weekday"): " ".join(d + "day" for d in "mon tues wednes thurs fri satur sun".split()),
    ("window", "period", "weekend", "relday", "ago", "fewago"): "hour hours day days week weeks weekend weekends "
                                                      "month months year years",
    ("weekday", "relday"): "yesterday today tonight tomorrow overnight night morning afternoon evening",
    ("season",): "winter spring summer autumn fall",
}
_KIND_OF = {w: kind for kind, words in _KINDS.items() for w in words.split()}
_YEAR_KIND = ("numeric", "year")
_ANCHOR = re.compile(rf"(?<!\w)(?:{_trie(sorted(_KIND_OF))}|{_YEAR})(?!\w)", re.I)
_BEFORE, _AFTER = 40, 60
# Per kind, where one of its rules may start: a capturing group per rule (inner names dropped, as rules
# share them), so a match's lastindex tells which rule matched there first.
_SCANS = {kind: re.compile("|".join(r"(?<!\w)(" + re.sub(r"\(\?P<\w+>", "(?:", _RULES[n][0]) + r")(?!\w)"
                                    for n in kind), re.I) for kind in [*_KINDS, _YEAR_KIND]}


def _grounded(m: re.Match, handler, published: date) -> DateRange | None:
    if not (span := handler(m.groupdict(), published)):
        return None
    lo, hi, precision = span
    if m.group()[:6].lower() == "since " and lo <= published:
        hi = published
    return DateRange(lo, hi, precision, m.group())


# a time named to compare, not to date: "attacked the region, like last year, with Kh-22 missiles"
_COMPARISON_BEFORE = re.compile(r"\b(?:like|unlike|(?:just|exactly|same)\s+as)\s+(?:(?:in|on|during|at)\s+)?$", re.I)


def find_dates(text: str, published: date) -> list[tuple[int, int, DateRange]]:
    """Every date expression in a sentence, grounded on the publication date.

    A dateline opening the text ("MOSCOW, May 21 (Reuters) -") is returned like any date, with the
    whole dateline as its DateRange.phrase so the caller can tell it from an event date.

    :param text: one sentence (or any short text)
    :param published: the article's publication date, which every relative expression is grounded on
    :returns: (start, end, DateRange) per expression, with character offsets into `text`, in text order
    """
    found, pos = [], 0
    if (m := _COMPILED["dateline"][0].match(text)) and (result := _grounded(m, _h_day, published)):
        found.append((0, m.end(), result))
        pos = m.end()
    dateline = pos
    for anchor in _ANCHOR.finditer(text):
        at, word = anchor.start(), anchor.group().lower()
        kind = _YEAR_KIND if word[0].isdigit() else _KIND_OF[word]
        while at >= pos:
            hit = _SCANS[kind].search(text, max(pos, at - _BEFORE), anchor.end() + _AFTER)
            if not hit or hit.start() > at:
                pos = at + 1  # no expression holds this word
                break
            start, result = hit.start(), None
            # The first rule that matches here may still reject its words; the later ones then get their turn.
            for name in kind[hit.lastindex - 1:]:
                regex, handler = _COMPILED[name]
                if (m := regex.match(text, start)) and (result := _grounded(m, handler, published)):
                    found.append((start, m.end(), result))
                    break
            pos = m.end() if result else start + 1
    if "(" in text:
        found = _time_zone_asides(text, found)
    found = [f for f in found if not _COMPARISON_BEFORE.search(text, max(0, f[0] - 20), f[0])]
    return _in_the_year_said(text, _after_the_day_said(found, published, dateline))


def _time_zone_asides(text: str, found: list[tuple[int, int, DateRange]]) -> list[tuple[int, int, DateRange]]:
    """A day told in another time zone's bracket, read as the day in Ukraine.

    "On Tuesday evening (Wednesday morning AEST)": the bracket restates the day just said, so it is no date
    of its own. Alone ("overnight (2200 GMT on Tuesday)"), it is that zone's day: late GMT/UTC hours are
    the next day in Ukraine, an Australian morning is the day before. Other dates elsewhere in the
    sentence ("since May", "said on Friday") do not replace it.
    """
    out = []
    for a, b in [(m.start(), text.find(")", m.start())) for m in _TIME_ZONE_ASIDE.finditer(text)]:
        inside = [f for f in found if a < f[0] < b]
        if not inside:
            continue
        just_before = [f for f in found if f[1] <= a and a - f[1] <= 12 and f not in inside]
        if _ZONE_UKRAINE.search(text, a, b):
            out += just_before  # "late Tuesday (early Wednesday Kyiv time)": the bracket is Ukraine's day
            continue
        if any(_NAMES_A_DAY.search(f[2].phrase) for f in just_before):
            out += inside  # a restatement
            continue
        out += just_before  # "overnight (2200 GMT on Tuesday)": the bracket names the day
        aside, shift = text[a:b], 0
        hour = int(m.group(1)) if (m := _ASIDE_HOUR.search(aside)) else None
        if (m := _ASIDE_CLOCK.search(aside)) is not None:  # "11pm GMT", "11 p.m. GMT"
            hour = int(m.group(1)) % 12 + (12 if m.group(2).lower().startswith("p") else 0)
        kyiv = 3 if 4 <= inside[0][2].date_from.month <= 10 else 2  # hours ahead of GMT (summer time, roughly)
        if _ZONE_UTC.search(aside) and hour is not None and hour + kyiv >= 24:
            shift = 1
        elif _ZONE_AUSTRALIA.search(aside) and (re.search(r"\bmorning\b", aside, re.I) or (hour is not None and hour < 8)):
            shift = -1
        if shift:
            for f in inside:
                dr, days = f[2], timedelta(days=shift)
                found[found.index(f)] = (f[0], f[1], DateRange(dr.date_from + days, dr.date_to + days, dr.precision, dr.phrase))
    return [f for f in found if f not in out]


_NAMES_A_DAY = re.compile(rf"\d|{_WEEKDAY}|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b|yesterday", re.I)
_ZONE_UKRAINE = re.compile(r"\b(?:Kyiv|Kiev|Ukrainian|local)\s+time\b", re.I)
_ASIDE_CLOCK = re.compile(r"\b(1[0-2]|0?[1-9])(?::[0-5]\d)?\s*([ap])\.?m\b\.?\s*(?:GMT|UTC)", re.I)
_ZONE_UTC = re.compile(r"\b(?:GMT|UTC)\b")
_ZONE_AUSTRALIA = re.compile(r"\b(?:AEST|AEDT)\b")
_ASIDE_HOUR = re.compile(r"\b([01]?\d|2[0-3])(?::?[0-5]\d)?\s*(?:GMT|UTC|hours|h\b)")
_TIME_ZONE_ASIDE = re.compile(r"\((?=[^()]{0,40}\b(?:AEST|AEDT|GMT|UTC|BST|CET|CEST|EST|EDT|PST|PDT|IST|local\s+time|Kyiv\s+time|Moscow\s+time)\b[^()]*\))")


# "Russia seized it in summer 2022, yet Ukraine liberated it on 19 September the same year": that year, not the last
_SAME_YEAR = re.compile(r"\s*,?\s*(?:of\s+)?(?:the\s+same|that)\s+year\b", re.I)


def _in_the_year_said(text: str, found: list[tuple[int, int, DateRange]]) -> list[tuple[int, int, DateRange]]:
    out = []
    for i, (a, b, dr) in enumerate(found):
        year = next((f[2].date_to.year for f in reversed(found[:i]) if f[2].date_from.year == f[2].date_to.year), None)
        if year is not None and dr.precision == "day" and _SAME_YEAR.match(text, b) and dr.date_from.year != year:
            try:
                day = dr.date_from.replace(year=year)
            except ValueError:  # 29 February
                day = None
            if day is not None:
                dr = DateRange(day, day, dr.precision, dr.phrase)
        out.append((a, b, dr))
    return out


# Counted from the day the sentence has just named, not from publication: "Earlier Monday, the General
# Staff said its troops had repelled attacks the day before" is Sunday.
_ANAPHORIC_DAY = re.compile(r"(?:the|a)\s+(?:day|night)\s+(?:before|earlier)|the\s+(?:previous|preceding)\s+(?:day|night)", re.I)


def _after_the_day_said(found: list[tuple[int, int, DateRange]], published: date, dateline: int) -> list[tuple[int, int, DateRange]]:
    out, said = [], None  # the last day the sentence has named
    for a, b, dr in found:
        if _ANAPHORIC_DAY.fullmatch(dr.phrase):
            if said is not None and said.date_from != published:
                dr = ground(dr.phrase, said.date_from) or dr
        elif dr.precision == "day" and a >= dateline:
            said = dr
        out.append((a, b, dr))
    return out


def ground(phrase: str, published: date) -> DateRange | None:
    """Ground one date expression on the publication date.

    :param phrase: the words of one expression ("last weekend", "on 5 April 2024"); surrounding spaces are ignored
    :param published: the article's publication date
    :returns: the DateRange it denotes, or None if the whole phrase is not a date expression
    """
    phrase = phrase.strip()
    for regex, handler in _COMPILED.values():
        if (m := regex.fullmatch(phrase)) and (result := _grounded(m, handler, published)):
            return result
    return None
