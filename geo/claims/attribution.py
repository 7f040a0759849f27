"""Who says it: speakers of a sentence and the stretch of text each one speaks for.

A speaker is an actor from :data:`geo.claims.cues.ACTORS` that governs a speech verb ("the Russian
Defence Ministry said", "Maliar, a deputy minister, wrote"), the object of "according to" or of a
passive "corroborated by", a headline actor before a colon ("Defence Ministry: ..."), or a pronoun
("he said") standing for the last speaker. Each speaker has a *scope*: text after the verb when the
verb introduces what is said ("X said that ..."), text before it when the verb closes the sentence
("..., the ministry said."), both when it is parenthetical ("..., he said, ...").
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from geo.claims import cues as C
from geo.reading.words import OFFICIALS_RU, OFFICIALS_UA

_GAP = re.compile(  # between an actor and its verb: a role, a name, an appositive, adverbs or auxiliaries
    r"^(?:\s+and\s+(?:their|its|his|her)\s+(?:allies|proxies|backers|partners|supporters))?"  # "Russian officials and their allies said"
    r"(?:\s+(?:spokes(?:man|woman|person)|minister|head|chief|commander|official|representative|adviser|advisor|"
    r"press\s+secretary|secretary))?(?:\s+[A-Z][\w'’.-]+){0,3}(?:\s+(?:project|platform|group|service|channel|agency|map|team|bulletin|update|summary|briefing|communiqu[eé]|report|statement))?\s*(?:\([^()]{0,30}\)\s*)?(?:\s*(?:in|of|for|at|(?:linked|tied|close|loyal)\s+to|affiliated\s+with)\s+(?:the\s+)?[\w'’-]+(?:\s+[\w'’-]+){0,2}(?:\s+of\s+[A-Z][\w'’-]+)?\s*)?(?:,[^.;“”\"]{0,110},)?(?:\s*,)?(?:(?<=,)\s*who)?"
    r"(?:\s*(?:on\s+\w+(?:\s+(?:morning|afternoon|evening|night))?(?:\s+\([^()]{0,30}\))?|in\s+\w+|has|have|had|also|already|quickly|initially|later|then|only|first|today|yesterday|"
    r"(?:last|this|earlier\s+this|late\s+last)\s+(?:week|month|night|weekend|year)|"
    r"immediately|swiftly|promptly|publicly|officially|repeatedly|categorically|firmly|flatly|reportedly|subsequently|previously|recently|"
    r"meanwhile|separately|however|too|now|"
    r"late|earlier|again|itself|,\s*for\s+its\s+part,?|speaking\s+[^,]{0,60},|(?:went|goes|go)\s+on\s+to|(?:was|were)\s+the\s+first\s+to|"
    r"(?:operating|fighting|deployed|stationed|based)\s+(?:in|near|on|around)\s+(?:the\s+)?[\w'’-]+(?:\s+[\w'’-]+)?|"
    r"on\s+\w+\s+\d{1,2}|in\s+a\s+(?:statement|post|video|briefing)(?:\s+on\s+\w+)?,?)\s*)*(?:\s*,)?\s*$")
_THAT_SOON = re.compile(r"^(?:\s+[\w'’-]+){0,8}?\s+(?:that|as\s+saying)\b|^\s+(?:that|it|they|its|his|her|their)\b")
_CLOSED = re.compile(r"^[^,;“”\"]{0,80}[.!?]?[”\"]?\s*$")
# a reported clause right after the verb, with no "that": "said a Russian drone strike killed a man"
_COMPLEMENT = re.compile(r"^\s+(?:a|an|the|Russian|Ukrainian|Russia['’]s|Ukraine['’]s|Russia|Ukraine|Moscow|Kyiv|its|his|her|their|our|enemy|"
                         r"one|two|three|four|five|\d+)\s+(?:[\w'’-]+\s+){0,4}?(?:killed|injured|wounded|hit|struck|damaged|destroyed|"
                         r"shelled|attacked|captured|took|seized|liberated|(?:was|were|is|are|has|have|had)\b)")


@dataclass
class Speaker:
    """One voice in a sentence: its side, label, and the span of the sentence it speaks for."""

    start: int
    end: int
    side: str  # RU | UA | other | unknown
    label: str
    kind: str  # gov | mil | off | other | unknown
    scope: tuple[int, int] = (0, 0)
    noun: bool = False  # "Moscow's claim", "a Russian statement": a claim reported, often to be rejected


# "separatists in eastern Ukraine said": the country is where they are, not who speaks
_IN_COUNTRY = re.compile(r"\b(?:in|across|throughout|into|inside)\s+(?:the\s+)?(?:(?:eastern|western|southern|northern|central|"
                         r"south-?eastern|north-?eastern|south-?western|north-?western)\s+)?$", re.I)
_RU_NAME = re.compile(rf"\b(?:{OFFICIALS_RU})\b")
_FORMER = re.compile(r"\b(?:former|previous|ex-|retired)\s*(?:(?-i:[A-Z])[\w'’-]+\s+){0,2}$", re.I)


_UA_NAMED = re.compile(rf"\b(?:{OFFICIALS_UA})\b")
_UA_NAME_NEXT = re.compile(rf"\s*,?\s+(?:[A-Z][\w'’.-]+\s+)?(?:{OFFICIALS_UA})\b")
_THE_NAME_CLOSING = re.compile(r",\s*the\s+(?:[A-Z][\w'’-]+\s+){1,3}$")  # "..., the US Institute for ..."
_INSTALLED_BEFORE = re.compile(r"\b(?:Russian|Russia|Moscow|Kremlin)-(?:installed|appointed|backed)\s+(?:[\w-]+\s+){0,2}$", re.I)


def _lexicon_matches(text: str) -> list[tuple[int, int, str, str, str]]:
    """Every actor match, overlaps resolved in favour of the longest (so "military bloggers" beats "military")."""
    low = text.lower()
    raw = [(m.start(), m.end(), side, typ, label)
           for side, typ, label, pat, keywords in C.ACTOR_PATTERNS
           if keywords is None or any(k in low for k in keywords)
           for m in pat.finditer(text) if m.end() > m.start()]
    raw = [r for r in raw if not (text[r[0]:r[1]] in ("Russia", "Ukraine") and _IN_COUNTRY.search(text, max(0, r[0] - 30), r[0]))]
    raw.sort(key=lambda t: (-(t[1] - t[0]), t[0]))
    kept: list[tuple[int, int, str, str, str]] = []
    for r in raw:
        if all(r[1] <= k[0] or r[0] >= k[1] for k in kept):
            kept.append(r)
    merged: list[tuple[int, int, str, str, str]] = []
    for r in sorted(kept):
        if r[2] == "UA" and r[4] == "Ukrainian officials" and _RU_NAME.search(text, r[0], r[1]):
            r = (r[0], r[1], "RU", "off", "Russian-installed officials")  # "Governor Yevgeny Balitsky": Moscow's governor
        elif r[4] == "Russian-installed officials" and _UA_NAME_NEXT.match(text, r[1]):
            r = (r[0], r[1], "UA", "off", "Ukrainian officials")  # "head of the Kharkov military-civilian administration
            # Oleg Sinegubov" (TASS's words for Ukraine's regional administration): the man named is Ukraine's governor
        elif r[2] == "UA" and r[3] == "off" and _INSTALLED_BEFORE.search(text, max(0, r[0] - 40), r[0]):
            r = (r[0], r[1], "RU", "off", "Russian-installed officials")  # "the Russian-installed governor of the Kherson
            # region": the longer match named the office, the words before it name whose
        if r[2] in ("RU", "UA", "?") and _FORMER.search(text, 0, r[0]):
            r = (r[0], r[1], "other", "other", "former officials")  # "the previous Ukrainian President": no side's voice now
        # "a Ukrainian army" + "spokesman", "army" + "spokesman" + "Nazar Voloshyn": one actor, with
        # the side a qualified part gives
        if merged and not text[merged[-1][1]:r[0]].strip() and "?" in (r[2], merged[-1][2]) \
                and {r[2], merged[-1][2]} <= {"RU", "UA", "?"}:
            prev = merged.pop()
            qualified = prev if prev[2] in ("RU", "UA") else r
            r = (prev[0], r[1], qualified[2], qualified[3], qualified[4])
        merged.append(r)
    return merged


# A surname that speaks: "Hryhorov wrote", "according to Maliar"
_PERSON_SPEAKS = re.compile(rf"\b([A-Z][a-z][\w'’-]+)\b(?=,?\s+(?:also\s+|later\s+|earlier\s+|recently\s+|previously\s+|reportedly\s+|publicly\s+)?(?:said|says|stated|states|wrote|writes|told|"
                            rf"tells|added|adds|noted|notes|reported|reports|explained|specified|emphasi[sz]ed|stressed|claimed|claims|summari[sz]ed)\b)")
# ... or before it, with its role in apposition: "Oleh Hryhorov, the Sumy governor, said"
# (the name opens the sentence, and the role closes with a comma before the verb: not "... out of Krynky, the governor said")
_NAMED_BEFORE = re.compile(r"^\W*(?:[A-Z][a-z]+\s+)?([A-Z][a-z][\w'’-]+),\s+(?:the|a|an)\s+(?:[A-Z][\w'’-]+\s+){0,2}(?:(?-i:[a-z][\w-]*)\s+){0,2}$")
_ACCORDING_TO_PERSON = re.compile(r"\b[Aa]ccording\s+to\s+(?:[A-Z][a-z]+\s+)?([A-Z][a-z][\w'’-]+)\b(?!\s+[A-Z])")
# A capitalised name followed by another word of the phrase: "Andrii Kovalenko said" gives Kovalenko
_SURNAME = re.compile(r"\b[A-Z][a-z]+\s+(?:[A-Z][a-z]+\s+)*([A-Z][a-z][\w'’-]+)\b")  # ("Governor Oleh Hryhorov": the last)
_NAMED_AFTER = re.compile(r"(?:\s+(?:head|chief|spokes\w+|commander|minister|official|adviser|advisor|representative|"
                         r"secretary|governor|mayor))?\s+(?:[A-Z][a-z]+\s+)?([A-Z][a-z][\w'’-]+)\b")
# A person named after a body's role, between commas: "The speaker of the General Staff of the Ukrainian Armed
# Forces, Andriy Kovalyov, speaking on ..." (a later "emphasized Kovalyov" is that body's voice)
_APPOSED_NAME = re.compile(r",\s+(?:[A-Z][a-z]+\s+)?([A-Z][a-z][\w'’-]+)\s*,")
# an office's title before the body it heads: "the deputy head (of the region's administration)"
_ROLE_WORD = r"(?:(?:deputy|acting|first\s+deputy)\s+)?(?:head|chief|governor|mayor|spokes(?:man|woman|person)|commander|minister|leader)"
# A person after the verb, the words before: "“...,” emphasized Kovalyov."
_SAID_PERSON = re.compile(r"\b(?:said|says|wrote|writes|added|adds|stated|states|emphasi[sz]ed|stressed|noted|notes|explained|"
                          r"specified|summari[sz]ed|clarified|reported|reports)\s+(?:[A-Z][a-z]+\s+)?([A-Z][a-z][\w'’-]+)(?=\s*(?:[.,;:]|$))")
_NOT_PEOPLE = {"Ukraine", "Russia", "Moscow", "Kyiv", "Kiev", "Kremlin", "Reuters", "Ministry", "Staff", "Command", "Army",
               "Russian", "Ukrainian", "Defence", "Defense", "General", "Governor", "Mayor", "President", "Minister",
               "Forces", "Military", "Police", "Administration", "Office", "Service", "Council", "Group", "Brigade",
               "Agency", "Institute", "Times", "Post", "Pravda", "Independent", "News", "Monday", "Tuesday", "Wednesday",
               "Thursday", "Friday", "Saturday", "Sunday", "Officials", "Authorities", "Statement", "Telegram", "Republic",
               "Region", "Oblast", "District", "Directorate", "Headquarters", "Ukrinform", "TASS", "Interfax",
               # words that open a sentence before a noun that looks like a verb ("These claims were rejected")
               "The", "This", "These", "That", "Those", "Such", "Its", "Their", "Our", "Some", "Other", "Earlier", "Previous"}


# a side's fire named by its kind: "an alleged Russian missile attack", "Ukrainian shelling"
_FIRE = r"\s+(?:[\w-]+\s+)?(?:(?:missile|drone|rocket|air|artillery|bomb|glide[\s-]bomb|UAV)\s+)?(?:attacks?|strikes?|shelling|bombardments?|barrages?)\b"
_RUSSIAN_FIRE = r"(?:Russian|Russia['’]s)" + _FIRE
_UKRAINIAN_FIRE = r"(?:Ukrainian|Ukraine['’]s)" + _FIRE
# Words only one side's reports use: "the occupiers", "counter-sabotage", "the Defence Forces" are
# Kyiv's; "the Kiev regime", "Ukrainian formations", "Battlegroup" are Moscow's; and the other side's
# fire, which the side under it reports. An unqualified "the General Staff", "the ministry" or "an
# official" in a sentence worded so speaks for that side.
_UA_WORDING = re.compile(r"\b(?:occupiers|occupants|invaders|rashists|counter-?sabotage|search[\s-]and[\s-]destroy|"
                         r"Defen[cs]e\s+Forces(?!\s+of\s+(?:the\s+)?Russia)|Russian\s+aggressor|"
                         # a side's own word for its own gains: "Ukrainian forces have liberated X"
                         r"(?:(?:Ukrainian|Ukraine['’]s|Kyiv['’]s|our)\s+(?:forces|troops|defenders|soldiers|army|units)|Ukraine|Kyiv)\s+(?:have\s+|has\s+|had\s+)?"
                         r"(?:liberated|recaptured|regained|retook|retaken)|"
                         # a side's own word for the other's attacks: "Ukrainian forces repelled Russian attacks near X"
                         r"(?:Ukrainian|Ukraine['’]s)\s+(?:forces|troops|defenders|soldiers|army|units)\s+(?:have\s+|had\s+)?(?:repelled|repulsed)|"
                         # the other side's fire, as the side that suffers it reports it: "a Russian missile attack on X"
                         + _RUSSIAN_FIRE + r")", re.I)
# (not a side's word for a place or a name: "referring to the Ukrainian village of X by its Russian name")
_NAMES_A_SIDE = re.compile(r"\b(?:Russians?|Russia|Moscow|Kremlin|Ukraine|Ukrainians?|Kyiv|Kiev|Zelensk[iy]y?|Putin)\b"
                           r"(?!\s+(?:village|town|city|settlement|region|oblast|name|spelling|border)s?\b)", re.I)
_RU_WORDING = re.compile(r"\b(?:Kiev\s+regime|Kyiv\s+regime|Ukrainian\s+formations|Ukrainian\s+militants|neo-?Nazis?|"
                         r"[Bb]attlegroup|group\s+of\s+forces|special\s+military\s+operation|AFU\s+(?:units|formations)|"
                         r"(?:(?:Russian|our)\s+(?:forces|troops|servicemen|units|army)|Russia|Moscow)\s+[“\"«]?(?:has\s+|have\s+|had\s+)?[“\"«]?"
                         r"(?:fully\s+|completely\s+)?[“\"«]?liberated|"
                         # a ministry announcing what "its forces captured" is Russia's daily report in war reporting
                         r"(?<=said\s)its\s+(?:forces|troops|units)\s+(?:had\s+|have\s+)?(?:captured|seized|took|taken)\b|"
                         r"Russian\s+(?:forces|troops|servicemen|units|army)\s+(?:have\s+|had\s+)?(?:repelled|repulsed|recaptured|retook|retaken|regained)|"
                         + _UKRAINIAN_FIRE + r")")


_RUSSIAN_STAFF = re.compile(r"(?:Russian|Russia['’]s)\s+(?:Armed\s+Forces['’]?\s+)?General\s+Staff|General\s+Staff\s+of\s+(?:the\s+)?"
                            r"(?:Russian|Russia)|Gerasimov")
# An unqualified voice that refutes one side's claim is the other side's
_DENIES_SIDE = re.compile(r"\s+(?:\w+\s+)?(?:refuted|refutes|denied|denies|rejected|rejects|dismissed|dismisses|disputed|disputes)\s+"
                          r"(?:the\s+|a\s+|an\s+)?(?:claims?\s+(?:of|by)\s+|reports?\s+(?:of|by)\s+)?(?:the\s+)?"
                          r"(Russian|Russia|Moscow|Kremlin|Ukrainian|Ukraine|Kyiv|Kiev)\b", re.I)


# a side's body owning an unqualified one: "chief of the Russian military's General Staff", "Ukraine's army's press service"
_OWNED_BY = re.compile(r"\b(Russian|Russia['’]s|Moscow['’]s|Ukrainian|Ukraine['’]s|Kyiv['’]s)\s+(?:[\w-]+\s+)?"
                       r"(?:(?:military|army|armed\s+forces|defen[cs]e\s+ministry|ministry\s+of\s+defen[cs]e)['’]s?"
                       # "Gerasimov, Russia's chief of the General Staff"
                       r"|(?:chief|head)\s+of\s+(?:the\s+)?)\s*$", re.I)
_MINISTRY = re.compile(r"\bminist(?:ry|ries)\b|\bMoD\b", re.I)
_INTERIOR = re.compile(r"\b(?:interior|internal\s+affairs)\b", re.I)


# what a side's possessive names when it is a claim reported, not a voice: "the Russian Defence Ministry's claim"
_OWNED_CLAIM = re.compile(r"\s+(?:(?:latest|earlier|new|recent|own)\s+)?(?:claims?|statements?|assertions?|allegations?|announcements?|declarations?)\b")
# "the spokesperson said" after "a Russian Defense Ministry spokesperson told Sputnik": the one named before (a new
# one, "a White House spokesperson", is someone else)
_SPOKESPERSON = re.compile(r"\bspokes(?:man|woman|person)\b", re.I)
_THE_SPOKESPERSON = re.compile(r"\bthe\s+spokes(?:man|woman|person)$", re.I)  # searched up to the voice's end


def _side_by_wording(text: str) -> str | None:
    ua, ru = bool(_UA_WORDING.search(text)), bool(_RU_WORDING.search(text))
    return "UA" if ua and not ru else "RU" if ru and not ua else None


# "stated by Oleksandr Tolokonnikov, " or "according to Vitaliy Barabash, " before a role the lexicon knows
# ("head of the ... Military Administration")
_BY_PERSON = re.compile(r"\b(?:(?:reported|stated|announced|said|noted|confirmed|written|posted)\s+by|according\s+to)\s+(?:[A-Z][\w'’-]+\s+){1,2}[A-Z][\w'’-]+,\s+(?:the\s+)?$")
# "..., the statement said": the document of the voice named before, read as that voice (not "a Russian statement" reported)
_ITS_DOCUMENT = re.compile(r"(?:the|its|this|that)\s+(?:summary|report|bulletin|statement|update|briefing|message)", re.I)
_IN_A_STATEMENT = re.compile(r"\s*(?:(?:said|stated|announced|wrote|claimed|reported|added)\s+)?in\s+a\s+(?:\w+\s+)?statement\b"
                             r"|\s*(?:issued|released|published)\s+a\s+(?:\w+\s+)?statement\b")
_ROLE = re.compile(r"(?:head|chief|governor|spokes(?:man|woman|person)|commander|deputy|adviser|advisor|mayor|minister|secretary)\b", re.I)


_SAID_AFTER = r"\b(?:said|says|stated|wrote|added|noted|reported)\s+"  # the verb a wire puts before the name it then titles
# "said Oleksandr Filchakov, head of the ": a person the lexicon does not know, named by the office that speaks
_SAID_NAME_TITLE_OF = re.compile(_SAID_AFTER + r"(?:[A-Z][\w'’.-]+\s+){1,3}?[A-Z][\w'’.-]+,\s+(?:the\s+)?"
                                 r"(?:[\w-]+\s+)?(?:head|chief|governor|mayor|spokes(?:man|woman|person)|commander|director)\s+(?:of|for|at)\s+(?:the\s+)?(?:[A-Z][\w'’-]+\s+)?$")
# "said Oleh Hryhorov, " before the office the lexicon knows ("head of the regional military administration")
_SAID_NAME_COMMA = re.compile(_SAID_AFTER + r"(?:[A-Z][\w'’.-]+\s+){0,2}[A-Z][\w'’.-]+,\s+(?:the\s+|an?\s+)?$")
# a common noun (or its possessive) before a title that closes the words said: ", the navy's spokesman", ", brigade spokesman"
_NOUN_BEFORE_TITLE = re.compile(r"[,”\"][’']?\s*(?:the\s+|an?\s+)?(?!(?:and|but|while|as|when|which|who|that|where|after|before|because|since|if|so|"
                                r"then|also|said|says|told|its|his|her|their)\b)(?-i:[a-z][\w-]*)(?:['’]s)?\s+$")
# the author of a claim someone else rejects: "denied the claims made by Gerasimov", "dismissed statements by the Kremlin"
_DENIED_AUTHOR = re.compile(r"\b(?:den(?:y|ies|ied)|reject(?:s|ed)?|refut(?:e|es|ed)|dismiss(?:es|ed)?|disput(?:e|es|ed)|rebuff(?:s|ed)?)\s+"
                            r"(?:the\s+|these\s+|those\s+)?(?:\w+\s+)?(?:claims?|statements?|reports?|allegations?|assertions?)\s+"
                            r"(?:(?:made|issued|published)\s+)?by\s+(?:the\s+)?$", re.I)
# a voice that says nothing ("Ukrainian authorities have not yet commented on the claims"): no side for the others
_NOT_YET = re.compile(r"(?:\bnot|\bnever|\bdeclined\s+to|\brefused\s+to|n['’]t)\s+(?:yet\s+)?(?:immediately\s+)?$", re.I)
_OPENING_ADVERBIAL = re.compile(r"\s*(?:(?:On|In|At|By|During|Over|Late|Early|Earlier|Later|Overnight|Yesterday|Today|Meanwhile|"
                                r"Separately|Last|This|Since|After|Before)\b[^,.;:“”\"]{0,60}|"
                                # "A day before, ...", "Hours later, ..."
                                r"(?:A|One|Two|Three|The)\s+(?:day|week|month|few\s+days|couple\s+of\s+days)\s+(?:before|earlier|later|ago)|"
                                r"The\s+(?:following|next)\s+(?:day|morning|evening|week)|"
                                r"(?:Days|Hours|Weeks|Months|Moments|Minutes)\s+(?:before|earlier|later|after)(?:\s+\w+){0,3}),\s*")
# "When Ukrainian troops recaptured X in 2023, DPR acting head Pushilin said ...": a clause before the voice, its own words after
_SUBORDINATE_OPENING = re.compile(r"\s*(?:When|As|While|Although|Though|Since|Because|Once|Until|If|(?:Hours|Days|Weeks|Minutes|Moments|Shortly|Soon)\s+"
                                  r"(?:after|before))\b[^,;:“”\"]{0,120},\s*")
_FOREIGN_BEFORE = re.compile(r"\b(?:British|UK|U\.K\.|American|US|U\.S\.|Western|German|French|Polish|Estonian|Latvian|Lithuanian|"
                             r"Finnish|Swedish|Norwegian|Dutch|Canadian|Australian|Japanese|Turkish|Israeli|NATO|EU|European|"
                             r"Belarusian|Chinese|Iranian|North\s+Korean)\s+(?:[\w-]+\s+)?$")
_LOCAL_TITLE = re.compile(r"\b(?:[Gg]overnor|[Mm]ayor)\b")
_OCCUPIED_REGION = re.compile(r"\b(?:Kherson|Zaporizh\w*|Zaporozh\w*|Saldo|Balitsk\w*|Donetsk|Luhansk|Lugansk|Crimea|Pushilin|Pasechnik)\b")
_BARE_TITLE = re.compile(r"(?:the\s+|its\s+)?(?:(?:local|regional)\s+)?(?:governor|mayor)(?:['’]s)?", re.I)
# what may stand between such an opening and the voice: nothing, or the voice's title ("Earlier that day, Chief of the Russian General Staff ...")
_TITLE_ONLY = re.compile(r"(?:(?:[A-Z][\w'’-]+\s+(?:\([A-Z]{2,5}\)\s+)?){0,4}(?:(?i:deputy|acting|first\s+deputy)\s+)?(?i:head|chief|commander(?:-in-chief)?|spokes\w+|leader|governor|mayor|minister)"
                         r"(?:\s+(?:of|for)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,4}?|\s+))?")
# "Telegram channels linked to the Russian military": the army only describes who speaks
_LINKED_TO = re.compile(r"\b(?:linked|tied|close|loyal)\s+to\s+(?:the\s+)?$|\baffiliated\s+with\s+(?:the\s+)?$", re.I)
# an actor named as the object of a preposition ("problems for the Ukrainian armed forces"), not after
# a person who speaks for it ("a spokesman for the General Staff", "a press officer for Ukraine's brigade")
_OBJECT_PREPOSITIONS = {"for", "against", "with", "toward", "towards", "upon"}
_OBJECT_OF = re.compile(r"\b(?!(?:officers?|spokes\w+|representatives?|advis[eo]rs?|heads?|chiefs?|commanders?|members?|soldiers?|fighters?|"
                        r"servicem[ae]n|sources?|officials?|ministers?|secretary|deputy|aides?|analysts?|experts?|correspondents?|"
                        r"sp[eo]ak(?:s|ing)?|works?|working|worked)\b)[a-z]+\s+(?:for|against|with|toward|towards|upon)\s+(?:the\s+)?$")


class Attributor:
    """Tracks voices across an article so that unqualified ones ("the ministry", "he") get a side."""

    def __init__(self, text: str, sentences: list[str] | None = None, default: str = "RU", outlet: str | None = None):
        """:param text: the article text. :param sentences: its sentences, when the caller has
        split them: each is then scanned once, for this look-ahead and for :meth:`speakers`.
        :param default: the side of an unqualified ministry or military when no voice of a named side
        speaks in the article (the outlet's own side: Ukraine's for a Ukrainian outlet).
        :param outlet: the outlet's own side when it has one (``geo.reading.outlets.outlet_side``)."""
        self._outlet = outlet
        # default side per actor type: the first qualified voice of that type anywhere in the article
        self.last: dict[str, str] = {}
        self._spoken: set[str] = set()  # the types (and "ministry") a voice of a named side spoke for so far
        self._country_before: str | None = None  # the side of a country that spoke in the sentence before ("Russia said")
        # the label of the last ministry of neither side that spoke, and the sentence it spoke in
        self._other_ministry, self._other_ministry_at, self._sentences = "foreign governments", -9, 0
        self._spokesperson: tuple[str, str] | None = None  # the side and label of the last spokesperson named with a side
        self._local_side: str | None = None  # the side of the last regional or local authority that spoke
        self._installed_title = False  # the last named governor or mayor who spoke was Russia's (an occupied region's)
        self.last_speaker: Speaker | None = None
        self._last_speaker_at = -9  # the sentence it spoke in
        self._stated: tuple | None = None  # (sentence, voice) of the last voice that "said in a statement": whom a
        # later "the statement said" quotes, though another voice ("Russian media said") spoke after it
        self.people: dict[str, tuple[str, str, str]] = {}  # surname -> (side, kind, label), as first named
        self._matches = {sent: _lexicon_matches(sent) for sent in sentences} if sentences is not None else {}
        # only actors that speak count ("the General Staff of Ukraine said", "according to the Russian
        # ministry"), not forces named as they act ("Russian military start defensive ..." in a headline)
        ahead = [(sent, m) for sent in sentences for m in self._matches[sent]] if sentences is not None else \
            [(text, m) for m in _lexicon_matches(text)]
        for sent, (s, e, side, typ, label) in ahead:
            if side in ("RU", "UA") and typ in ("gov", "mil") and label not in ("Russia", "Ukraine") and typ not in self.last \
                    and ((said := C.SPEECH.search(sent, e, e + 60)) and not _NOT_YET.search(sent[e:said.start()])
                         or re.search(r"according\s+to\s+(?:the\s+)?$", sent[max(0, s - 20):s], re.I)):
                self._remember(typ, side, label, spoken=False)
            if side in ("RU", "UA") and typ in ("gov", "mil", "off") and (named := _APPOSED_NAME.match(sent, e)) \
                    and named.group(1) not in _NOT_PEOPLE:
                side, label = _occupation_voice(sent, s, e, side, typ, label, outlet, memory=True)  # "the city mayor, Ivan
                # Prikhodko," of Horlivka (DPR)
                self.people.setdefault(named.group(1), (side, typ, label))
        self._qualified = set(self.last)  # the types some voice of a named side speaks for in this article
        # a bare "General Staff" is Ukraine's daily report unless the article names Russia's General Staff
        self._russian_staff = bool(_RUSSIAN_STAFF.search(text))
        self.last.setdefault("gov", self.last.get("mil", default))
        self.last.setdefault("mil", self.last.get("gov", default))


    def _remember(self, typ: str, side: str, label: str, spoken: bool = True) -> None:
        """A voice of a named side spoke: unqualified voices of its type (and a bare "the ministry" after a
        ministry) are that side's from now on. ``spoken=False``: one the constructor's look-ahead found
        further on in the article."""
        self.last[typ] = side
        if _MINISTRY.search(label):
            self.last["ministry"] = side
        if spoken:
            self._spoken.update((typ, "ministry") if _MINISTRY.search(label) else (typ,))

    def _after_country(self, typ: str, words: str, sentence: str) -> str | None:
        """The side of an unqualified voice right after a country spoke, in a sentence that names no side
        ("Russia said Wednesday it had taken control of a village ... The defense ministry said its forces
        had taken Zapadne"): that country's, when no voice of its type has spoken yet (the look-ahead's
        voice further on is a weaker guess)."""
        if self._country_before is None or _NAMES_A_SIDE.search(sentence):
            return None
        return None if self._spoken & {typ, "ministry" if _MINISTRY.search(words) else typ} else self._country_before

    def _unqualified(self, typ: str, words: str) -> str:
        """The side of an unqualified voice: a bare "the ministry" is the last ministry's that spoke ("the Russian
        Defense Ministry reported ... the ministry said"), not that of other authorities named since; else the
        last voice of its type."""
        if _INTERIOR.search(words):  # the side whose local authorities report (a Ukrainian outlet's own), else as below
            return self._local_side or self._outlet or self.last.get(typ, "RU")
        if _MINISTRY.search(words) and "ministry" in self.last:
            return self.last["ministry"]
        return self.last.get(typ, "RU")

    def named(self, text: str) -> Speaker | None:
        """The first voice a line names, verb or not ("Source: Hanna Maliar, Deputy Minister of Defence
        of Ukraine, on Telegram"), speaking for the whole of the sentences it is given to."""
        matches = self._matches.get(text)
        voices = []
        for s, e, side, typ, label in matches if matches is not None else _lexicon_matches(text):
            side = self._unqualified(typ, text[s:e]) if side == "?" else side
            if side in ("RU", "UA", "other") and typ != "relay":
                voices.append(Speaker(-1, -1, side, label, typ, scope=(0, 1 << 30)))
        # "Source: Telegram channel of Valentyn Reznichenko, the head of the Regional State Administration": the official
        return next((v for v in voices if v.side in ("RU", "UA")), voices[0] if voices else None)

    def speakers(self, text: str, skip: int = 0, title: bool = False) -> list[Speaker]:
        """The speakers of one sentence, with their scopes (offsets into ``text``).

        :param text: the sentence.
        :param skip: length of a leading dateline or timestamp, which is never a speaker.
        :param title: headline ("Defence Ministry: X liberated" names its speaker before a colon).
        """
        self._sentences += 1
        found: list[Speaker] = []
        lex_ends: list[int] = []  # where each found actor's own words end (its span runs on to its verb)
        matches = self._matches.get(text)
        matches = matches if matches is not None else _lexicon_matches(text)
        for s, e, side, typ, label in matches:
            if s < skip:
                continue
            if side == "?":  # "a spokesman for the Ukrainian Battlegroup Tavria" (or 'of the "Khortytsia" operational-strategic group'): the body it speaks for
                side, label = next(((m[2], m[4]) for m in matches if m[2] in ("RU", "UA") and re.fullmatch(
                    r"\s+(?:for|of|at)\s+(?:the\s+)?(?:[\"“«][^\"”»]{1,30}[\"”»]\s+)?", text[e:m[0]])), (side, label))
            relay = side == "?" and typ == "relay"
            if relay:  # "“...,” the statement reads": whoever made the statement last spoke, for the words before
                if self.last_speaker is None or self.last_speaker.side not in ("RU", "UA"):
                    continue
                side, typ, label = self.last_speaker.side, self.last_speaker.kind, self.last_speaker.label
            if side == "?" and typ == "enemy":  # the enemy of the side that reports it
                side, label = {"UA": ("RU", "Russian side"), "RU": ("UA", "Ukrainian side")}.get(self.last.get("mil"), ("unknown", label))
            if side == "?" and (denies := _DENIES_SIDE.match(text, e)):  # "the General Staff refuted the Russian information"
                side = "UA" if denies.group(1).lower() in ("russian", "moscow", "russia", "kremlin") else "RU"
            if side == "?" and (owner := _OWNED_BY.search(text, max(0, s - 50), s)):  # "the Russian military's General Staff"
                side = "RU" if re.match(r"Russia|Moscow", owner.group(1), re.I) else "UA"
            if side == "?" and self._spokesperson and _THE_SPOKESPERSON.search(text, max(0, s - 5), e):
                side, label = self._spokesperson  # "a Russian Defense Ministry spokesperson told Sputnik ... "...," the spokesperson said"
            if side == "?" and _MINISTRY.search(text, s, e) and self.last.get("ministry") == "other" \
                    and self._sentences - self._other_ministry_at <= 2:
                side, label = "other", self._other_ministry  # (even of Ukraine's strikes, which the other side would report)
            if side == "?":  # unqualified "General Staff" in English reporting is most often Ukraine's daily report
                side = _side_by_wording(text) or (
                    "UA" if not self._russian_staff and re.match(r"(?:the\s+)?General\s+Staff", text[s:e]) else
                    self._after_country(typ, text[s:e], text) or self._unqualified(typ, text[s:e]))
            if any(f.start <= s < f.end and re.fullmatch(r"(?:\s+[A-Z][\w'’.-]+)*\s*|[^.;]*?,\s*(?:which|who|(?:closely\s+)?(?:close|linked|tied|"
                                                         r"associated|affiliated)\s+(?:to|with))\b[^,;]*", text[lex_end:s])
                   for f, lex_end in zip(found, lex_ends)):
                continue  # "Ukrainian army spokesman Nazar Voloshyn said": the name is the spokesman already found;
                # "DeepState, which is closely associated with the Ministry of Defence, reported": DeepState reports
            if side in ("UA", "RU") and typ in ("off", "mil") and _FOREIGN_BEFORE.search(text, max(0, s - 30), s) \
                    and not re.match(r"(?i:Ukrain|Russia|Kyiv|Kiev|Moscow)", text[s:e]):
                side, label = "other", "foreign governments"  # "according to British military officials": not Ukraine's
            if side == "UA" and typ == "off" and self._installed_title and _BARE_TITLE.fullmatch(text, s, e):
                side, label = "RU", "Russian-installed officials"  # "Governor Vladimir Saldo ... According to the governor's statement"
            side, label = _occupation_voice(text, s, e, side, typ, label, self._outlet)
            if label == "news outlet" and (_RELAYED_BY.search(text, max(0, s - 30), s) or _CITING.match(text, e)):
                continue  # "a statement reported by the UNIAN news agency said ...": the official speaks, the outlet relays
            if relay:  # "“...,” the statement reads" speaks for the words before; "the statement said its forces ..." after;
                # "according to the statement" for its clause
                according = re.search(r"according\s+to\s+$", text[max(0, s - 14):s], re.I)
                sp = Speaker(s, e, side, label, typ,
                             scope=(-1, -1) if according else (-2, s) if re.match(r"\s+reads\b", text[e:]) else
                             # '"... A; the X district's B; and others," the report states': the whole quotation
                             (max(0, text.rfind("“", 0, s)), s) if re.search(r"[,.][”\"]\s*$|[”\"],\s*$", text[:s]) else (e, -3))
            else:
                sp = self._as_speaker(text, s, e, side, typ, label, title)
            if sp:
                found.append(sp)
                lex_ends.append(e)
                if side in ("RU", "UA") and typ in ("gov", "mil") and not sp.noun and label not in ("Russia", "Ukraine"):
                    self._remember(typ, side, label)  # an institution speaking, not "Moscow's assertions" reported
                    if _LOCAL_TITLE.search(text, s, e):  # "Governor Vladimir Saldo ... reported": a later bare "the governor's
                        # statement" is his, when he governs an occupied region of Ukraine (not Belgorod's governor)
                        self._installed_title = side == "RU" and bool(_OCCUPIED_REGION.search(text, s, min(len(text), e + 40)))
                    elif side == "UA":
                        self._installed_title = False
                elif side in ("RU", "UA") and typ == "off" and not sp.noun:
                    self._local_side = side  # regional authorities: whose police and rescuers count the victims
                    if not _BARE_TITLE.fullmatch(text, s, e):
                        self._installed_title = side == "RU" and self._installed_title  # (a Ukrainian official named since:
                        # "the governor" is now theirs)
                elif side == "other" and not sp.noun and _MINISTRY.search(text, s, e):
                    # "the British Defense Ministry said ... “...,” the ministry said on Twitter": a bare "the ministry" is its
                    self.last["ministry"], self._other_ministry, self._other_ministry_at = "other", label, self._sentences
        for m in C.PRONOUN.finditer(text):
            if any(f.start <= m.start() < f.end for f in found):
                continue
            # the nearest voice before it: one that spoke, else officials the sentence names ("... addressed by some
            # senior Ukrainian military officials, however, they said"), else the article's last voice
            prev = [f for f in found if f.end <= m.start() and f.side != "unknown"]
            if not prev:  # (not one named inside the quoted words: '"Putin just likes to fight civilians," he said')
                quoted = [(q.start(), q.end()) for q in C.QUOTED.finditer(text, 0, m.start())]
                prev = [Speaker(a, b, side, label, typ) for a, b, side, typ, label in matches
                        if b <= m.start() and side in ("RU", "UA") and typ in ("gov", "off") and label not in ("Russia", "Ukraine")
                        and not any(q0 < a < q1 for q0, q1 in quoted)][-1:] \
                    or ([self.last_speaker] if self.last_speaker else [])
            if not any(f.end <= m.start() for f in found) and re.match(r"\s+words\b", text[m.end():]) \
                    and self._sentences - self._last_speaker_at > 1:
                prev = []  # "In her words, ...": the person of the sentence before, whom no voice named there may be
            if not any(f.end <= m.start() for f in found) and self._stated and self._sentences - self._stated[0] <= 2 \
                    and _ITS_DOCUMENT.fullmatch(m.group()):
                prev = [self._stated[1]]
            p = prev[-1] if prev else None
            # an unresolved "he said" still speaks: not the outlet's words, and for no known side
            sp = self._as_speaker(text, m.start(), m.end(), *((p.side, p.kind, p.label) if p else ("unknown", "unknown", "unattributed")), title)
            if sp:
                found.append(sp)
        for m in _PERSON_SPEAKS.finditer(text, skip):
            if any(f.start <= m.start() < f.end or m.start() <= f.start < m.end() for f in found) or m.group(1) in _NOT_PEOPLE \
                    or any(a <= m.start() < b for a, b, *_ in matches):
                continue  # (nor a word of an actor the lexicon knows: "Al Jazeera reported citing the mayor")
            if re.match(rf",\s*\w+\s+(?:(?:the|regional|local|city|district|acting|deputy|military)\s+){{0,3}}(?:[A-Z]|{_ROLE_WORD}\s+(?:of|for)\b)", text[m.end():]):
                continue  # "... the village of Shevchenko, reports DeepState", "..., said regional Governor Ivan Fedorov", "... of Kupyansk,
            # said the head of the region's military-civilian administration": the speaker comes after the verb
            # a person the lexicon does not know: their words are no outlet's claim, and no side's,
            # unless the article named them before with their role ("CCD head Andrii Kovalenko")
            known = self.people.get(m.group(1))
            sp = self._as_speaker(text, m.start(), m.end(), *(known or ("unknown", "unknown", "unattributed")), title)
            if sp:
                found.append(sp)
        # a person named before with their role, by surname: "..., emphasized Kovalyov" (the words before), "According to
        # Hryhorov, ..." (the clause)
        named_before = [(m, (-2, m.start())) for m in _SAID_PERSON.finditer(text, skip)]
        if self.people and "ccording" in text:
            named_before += [(m, (-1, -1)) for m in _ACCORDING_TO_PERSON.finditer(text, skip)]
        for m, scope in named_before:
            known = self.people.get(m.group(1))
            if known and not any(f.start <= m.start(1) < f.end for f in found):
                found.append(Speaker(m.start(1), m.end(1), known[0], known[2], known[1], scope=scope))
        found.sort(key=lambda f: f.start)
        self._scopes(text, found, skip)
        if "(" in text:
            found = [_within_brackets(text, f) for f in found]
        for f in found:  # the surnames a voice of known side was named with, for later sentences
            if f.side in ("RU", "UA", "other") and f.start >= 0 and not f.noun:
                after = _NAMED_AFTER.match(text, f.end) if not C.SPEECH.search(text, f.start, f.end) else None  # (not
                # "... Hryhorov said Russian troops": what follows the verb is no name of the speaker)
                before = _NAMED_BEFORE.search(text[skip:f.start]) if "," in text[f.start:f.end] else None  # "Oleh Hryhorov,
                # the Sumy governor, said"
                names = _SURNAME.findall(text[f.start:f.end]) + ([after.group(1)] if after else []) + ([before.group(1)] if before else [])
                for name in names:
                    if name not in _NOT_PEOPLE:
                        self.people.setdefault(name, (f.side, f.kind, f.label))
        # (a claim reported, "denied Russia's claims", is no one a later "he said" can be)
        named = [f for f in found if f.side in ("RU", "UA", "other") and f.label not in ("news outlet", "media reports") and not f.noun]
        if named:
            self.last_speaker, self._last_speaker_at = named[-1], self._sentences
        for f in named:  # (a spokesperson of neither side, "a White House spokesperson", ends the memory)
            if f.start >= 0 and f.side in ("RU", "UA") and _IN_A_STATEMENT.match(text, f.end):
                self._stated = (self._sentences, f)
            if f.start >= 0 and _SPOKESPERSON.search(text, f.start, f.end):
                self._spokesperson = (f.side, f.label) if f.side in ("RU", "UA") else None
        countries = [f for f in named if f.label in ("Russia", "Ukraine") and f.side in ("RU", "UA")]
        self._country_before = countries[-1].side if countries and countries[-1] is named[-1] else None
        return found

    def _as_speaker(self, text, s, e, side, typ, label, title) -> Speaker | None:
        if text[s:e].endswith(("’s", "'s")) and (owned := _OWNED_CLAIM.match(text, e)):
            e = owned.end()  # "denied the Russian Defence Ministry's claim, ..., saying": a claim reported (below)
        before, after = text[max(0, s - 70):s], text[e:]
        if C.NOT_SPEAKER_AFTER.match(after) or (label in ("Russia", "Ukraine") and re.match(r"^\s*of\b", after)):
            return None
        if re.match(r"\s+and\s+(?:their|its|his|her)\s+(?:allies|proxies|backers|partners|supporters)\b", after) and \
                re.search(r"\b(?:of|to|on|against|toward|towards|with|for|by|from|about|critical|sympathetic)\s+(?:the\s+)?$", before, re.I):
            return None  # "Observers sympathetic to Kyiv and its backers say ...": Kyiv is no speaker
        if re.search(r"\bwhat\s+(?:the\s+)?$", before, re.I) and re.match(r"\s+(?:say|says|said|call|calls|called|describe[sd]?)\s+(?:are|is|was|were|as)\b", after):
            return Speaker(s, e, side, label, typ, scope=(e, e), noun=True)  # "used what the Ukrainian authorities say are
            # Iranian drones to target X": they name the weapon, the outlet tells the strike
        if _LINKED_TO.search(before):
            return None  # "Russian Telegram channels linked to the Russian military claimed ...": the channels speak
        if before.endswith(("by ", "by the ")) and _DENIED_AUTHOR.search(before):
            return None  # "... and denied the claims made by Gerasimov": whose claim is denied, not who denies it
        if _OBJECT_PREPOSITIONS & {w.lower() for w in before.split()[-2:]} and _OBJECT_OF.search(before) \
                and not re.match(r"\s*(?:said|says|stated|reported|announced|claimed)\b", after):
            return None  # "creates very serious problems for the Ukrainian armed forces, Vitaly Ganchev ... told TASS": an object
        # the first speech word the gap to the actor allows ("X, in a separate statement, also dismissed":
        # "dismissed", not "statement")
        verbs = list(C.SPEECH.finditer(after[:140]))
        verb = next((v for v in verbs if _GAP.match(after[: v.start()])), verbs[0] if verbs else None)
        if verb and verb.group().lower() == "according" and not re.match(r"\s+to\s+(?:which|whom|it|him|her|them)\b", after[verb.end():]):
            verb = None  # "clashes with the Russian military, according to the General Staff": the General Staff speaks
        # ("according to the crowd-sourced DeepState monitoring service")
        if re.search(r"\baccording\s+to\s+(?:the\s+|a\s+|an\s+|its\s+)?(?:(?-i:[a-z]+)-(?-i:[a-z]+)\s+)?(?:(?-i:[A-Z])[\w'’-]+\s+){0,3}(?:(?-i:[A-Z])[\w'’-]+,\s+(?:(?:the|a)\s+(?:(?:deputy|acting|first\s+deputy)\s+)?|(?:the\s+|a\s+)?"
                     r"(?:head|chief|governor|spokes\w+|commander)\s+of\s+(?:the\s+)?(?:[\w'’-]+\s+){0,2}))?$|\b(?:corroborated|confirmed|reported|claimed|quoted|refuted|denied|rejected|dismissed|disputed|stated|announced|"
                     r"said|noted|written|posted|published|made)\s+(?:(?:on|in|via)\s+(?:\w+\s+){1,2})?by\s+(?:the\s+)?"
                     # "This was reported by the head of the regional military administration X": the office speaks
                     r"(?:(?:deputy\s+|acting\s+)?(?:head|chief|commander|spokes\w+|press\s+(?:service|office)|representative)\s+of\s+(?:the\s+)?)?(?:(?-i:[A-Z])[\w'’-]+\s+)?$"
                     r"|\baccording\s+to\s+(?:its|their|his|her)\s+(?:own\s+)?(?:statements?|reports?|claims?|words|data|figures),?\s+$"
                     # "according to the head of the regional military administration Yuri Malashko": the office and its head
                     r"|\baccording\s+to\s+(?:the\s+)?(?:deputy\s+|acting\s+)?(?:head|chief|commander|spokes\w+)\s+of\s+(?:the\s+)?$"
                     # "This is stated in the operational update of the General Staff": whose update it is speaks
                     r"|\b(?:stated|said|reported|announced|published)\s+in\s+(?:(?:a|an|the|its)\s+)?(?:[\w-]+\s+){0,2}"
                     r"(?:update|statement|report|post|message|briefing|bulletin|summary|announcement)s?\s+(?:of|by|from)\s+(?:the\s+)?$"
                     # "according to commander of the AFU Ground Forces, Colonel-General Oleksandr Syrsky": the title first
                     r"|\baccording\s+to\s+(?:the\s+)?(?:[\w-]+\s+)?(?:head|chief|governor|spokes\w+|commander(?:-in-chief)?)\s+(?:of|for)\s+"
                     r"(?:the\s+)?(?:[\w'’-]+\s+){0,5}?[\w'’-]+,\s+(?:[\w'’.-]+\s+){0,2}[\w'’.]*-?$"
                     r"|\baccording\s+to\s+[^,.;:]{3,60}?\s+and\s+(?:the\s+|a\s+)?$"  # "according to media reports and regional officials"
                     r"|\b(?:published|posted|reported)\s+(?:on|in)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}(?:page|channel|account|website|site)\s+of\s+(?:the\s+)?$"
                     r"|\baccording\s+to\s+(?:(?:a|an|the|its)\s+)?(?:[\w-]+\s+){0,2}(?:update|statement|declaration|report|post|message|briefing|bulletin|summary|announcement|information|data|assessment|video)s?\s+"
                     r"(?:(?:published|posted|issued|released)\s+)?(?:by|from|of)\s+(?:the\s+)?(?:(?-i:[A-Z])[\w-]+['’]s\s+)?$", before, re.I):
            return Speaker(s, e, side, label, typ, scope=(-1, -1))  # scope filled in: the whole clause
        if re.search(r"\b[Ii]n\s+$", before) and re.match(r"\s+words\s*,", after):
            return Speaker(s, e, side, label, typ, scope=(-1, -1))  # "In her words, ...": the voice named before, over the clause
        if re.search(r"\bciting\s+(?:the\s+|a\s+|an\s+|its\s+)?(?:city['’]s\s+)?$", before, re.I):
            return Speaker(s, e, side, label, typ, scope=(-1, -1))  # "..., Al Jazeera reported citing the mayor": the mayor speaks
        if _BY_PERSON.search(before) and _ROLE.match(text, s):
            # "This was stated by Oleksandr Tolokonnikov, head of the regional administration": the role speaks
            return Speaker(s, e, side, label, typ, scope=(-1, -1))
        said = re.match(r"^\s*(?:said|says|stated|states|read|reads|reported|announced|claimed|claims)\b", after)
        if said and re.search(r"\b(?:a|the|in\s+a|its)\s+(?:\w+\s+)?(?:statement|report|message|post)\s+(?:by|from)\s+(?:the\s+)?$", before, re.I):
            return Speaker(s, e + said.end(), side, label, typ)  # "a statement by the ministry said ...": the ministry says
        if verb and re.match(r"^(?:\s+(?:chief|head|spokes\w+|commander|minister))?(?:\s+[A-Z][\w'’.-]+){0,3},\s*who\s+(?:has\s+|had\s+|also\s+|later\s+)*$",
                             after[: verb.start()]) and text[s:s + 1].isupper() \
                and not re.search(r"\bthe\s+$", text[max(0, s - 5):s]):  # "Valery Gerasimov, who claimed ..."
            return Speaker(s, e + verb.end(), side, label, typ)
        if (re.search(r"(?:claim|statement|announcement|declaration|report|information|assertion|allegation)s?$", text[s:e])
                and not _ITS_DOCUMENT.fullmatch(text, s, e)) or \
                re.search(r"\b(?:claims?|statements?|assertions?|declarations?|reports?|announcements?|remarks|words)\s+(?:(?:made\s+)?by|from)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,4}$",
                          text[max(0, s - 80):s], re.I):
            # "a Russian statement that ...", "claims made by X that ...": what it says; a bare
            # "denied Moscow's assertions, saying Kyiv still controls X" says nothing of X
            says = re.match(r"^(?:\s+(?:made\s+)?by\s+[^,;.]{0,80}?)?(?:,\s*[^,;.]{0,60},)?,?\s*(?:that|about|of|on|to\s+have|said|says|stated|states|claimed|claims|reported|announced|added)\b", after)
            return Speaker(s, e, side, label, typ, scope=(e, -3) if says else (e, e), noun=True)
        if title and re.match(r"^\s*:", after) and s <= 2:
            return Speaker(s, e, side, label, typ, scope=(e, len(text)))
        if _SAID_NAME_TITLE_OF.search(before) and re.match(r"^(?:['’]s\s+(?:office|department|administration|service|council))?\s*(?:[,.;:]|$)", after):
            return Speaker(s, e, side, label, typ, scope=(-2, s))  # "..., said Oleksandr Filchakov, head of the regional prosecutor's office."
        if _SAID_NAME_COMMA.search(before) and _ROLE.search(text, s, e) and re.match(r"^\s*(?:[,.;:]|$)", after):
            return Speaker(s, e, side, label, typ, scope=(-2, s))  # "..., said Oleh Hryhorov, head of the regional military administration."
        if re.search(rf"(?:said|says|wrote|writes|added|adds|stated|states|claimed|announced|reports|reported|notes|noted)\s+(?:the\s+)?"
                     rf"(?:(?:[A-Z][\w'’-]+\s+){{0,3}}|{_ROLE_WORD}\s+(?:of\s+)?)$", before) \
                and re.match(r"^(?:-in-[Cc]hief)?(?:\s+[A-Z][\w'’.-]+){0,3}\s*(?:[,.;:]|$|on\s|in\s|at\s)", after):
            # inverted: "..., said Maliar", "said regional governor Oleh Kiper", "said the head of the region's military-civilian
            # administration, Vitaly Ganchev", "said head of the Regional Military Administration Vadym Filashkin"
            return Speaker(s, e, side, label, typ, scope=(-2, s))
        if verb and _GAP.match(after[: verb.start()]):
            return Speaker(s, e + verb.end(), side, label, typ)
        return None

    def _scopes(self, text: str, found: list[Speaker], skip: int) -> None:
        """Give each speaker the span it speaks for; forward scopes stop at the next speaker or ';'."""
        for i, sp in enumerate(found):
            # the next voice ends this one's span, unless it is a claim reported that says nothing
            # ("denied Moscow's assertions, saying Kyiv still controls X": Kyiv's word, not Moscow's)
            nxt = next((f.start for f in found[i + 1:] if not (f.noun and f.scope == (f.end, f.end))), len(text))
            semi = text.find(";", sp.end)
            fwd_end = min(nxt, semi if semi >= 0 else len(text))
            if other := _OTHER_VOICE.search(text, sp.end, fwd_end):
                fwd_end = other.start()  # "While Wagner claimed X, the war-torn nation said ...": a voice we cannot name
            if framing := _OUTLET_FRAMING.search(text, sp.end, fwd_end):
                fwd_end = framing.start()  # "Russia claimed X, ... as Moscow pushes forward near Y": the outlet's framing
            prev_end = found[i - 1].end if i > 0 else skip
            semi_b = text.rfind(";", 0, sp.start)
            back_start = max(prev_end, semi_b + 1 if semi_b >= 0 else skip)
            if sp.scope == (-1, -1):  # according to X
                sp.scope = (back_start, fwd_end) if sp.start - back_start > 15 else (sp.end, fwd_end)
                if i > 0 and re.fullmatch(r"\s*(?:,|and)\s*(?:the\s+|a\s+)?", text[found[i - 1].end:sp.start]):
                    sp.scope = (found[i - 1].scope[0], fwd_end)  # "according to X and Y": Y speaks for what X does
                if re.match(r"^\s*according", text[skip:], re.I):
                    sp.scope = (skip, len(text))
                continue
            if sp.scope[1] == -3:
                sp.scope = (sp.end, fwd_end)
                continue
            if sp.scope[0] == -2:
                sp.scope = (back_start, sp.start)
                continue
            if sp.scope != (0, 0):
                continue
            after = text[sp.end:]
            lead = text[back_start:sp.start]
            # "..., deputy chief of the DPR People's Militia Eduard Basurin said": a title before the name
            # ("..., Vitaly Kiselev, an aide to the LPR interior minister, said": a name, then its role, before the body)
            closes = (bool(re.search(r"(?:[,”\"][’']?|\s[-–—])\s*(?:(?:[A-Z][\w'’-]+\s+){1,3}?[A-Z][\w'’-]+,\s+)?(?:the\s+|regional\s+|a\s+|(?:[A-Z][\w'’-]+\s+(?:\([A-Z]{2,5}\)\s+)?){1,4}|(?:Ukraine|Russia|Kyiv|Kiev|Moscow)['’]s\s+(?:[A-Z][\w-]+\s+){0,3}|"
                                     r"(?:the\s+|an?\s+)?(?:[A-Z][\w'’-]+\s+(?:\([A-Z]{2,5}\)\s+)?){0,4}(?:(?i:deputy|acting|first\s+deputy)\s+)?(?i:head|chief|commander(?:-in-chief)?|spokes\w+|leader|governor|mayor|minister|"
                                     r"aide|adviser|advisor|assistant|representative|official)"
                                     r"(?:\s+(?:of|for|to)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,5}|\s+))?$", lead))
                      and (len(lead.strip()) > 25 or bool(re.search(r"[,.!?][”\"]\s*$", lead)))
                      and not re.search(r"\b(?:and|but|while)\s+(?:the\s+)?$", lead)
                      # "On the night of 16-17 February, Syrskyi ... announced": an opening adverbial, no words said before
                      and not ((opening := _OPENING_ADVERBIAL.match(lead) or _SUBORDINATE_OPENING.match(lead))
                               and _TITLE_ONLY.fullmatch(lead, opening.end())))
            # ("..., the navy's spokesman Dmytro Pletenchuk told Reuters", "..., brigade spokesman Ivan Sekach said": an office
            # named by a common noun before its title)
            closes = closes or bool(_ROLE.match(text, sp.start) and _NOUN_BEFORE_TITLE.search(lead)) and len(lead.strip()) > 25
            # ("..., the US Institute for the Study of War notes": a third party named after "the", for the words before it;
            # not a side's office named by a place, "the Kharkiv governor", which may be an occupied place's or Russia's)
            closes = closes or sp.side == "other" and sp.kind != "unknown" and len(lead.strip()) > 25 \
                and bool(_THE_NAME_CLOSING.search(lead))
            if re.match(r"^\s+(?:since|after|before|when|while|because|as)\b", after):
                # "advances Moscow has announced since ...": no complement; but "..., Pushilin said
                # after a trip" closes the sentence: it speaks for what came before
                sp.scope = (back_start, sp.start) if closes else (sp.end, sp.end)
            elif _THAT_SOON.match(after) or not closes:
                sp.scope = (sp.end, fwd_end)
            elif _COMPLEMENT.match(after) and re.search(r"(?:said|says|reported|stated|added|wrote)$", text[sp.start:sp.end]):
                # "In the village of X, governor Y said a Russian drone strike killed a man": what he said follows
                # (with no "that"), and the place the sentence opens with is his too
                sp.scope = (back_start, fwd_end)
            elif _CLOSED.match(after):
                sp.scope = (back_start, sp.start)
            else:  # parenthetical: ", he said, aiming at ..."
                timeline = _OUTLET_TIMELINE.search(text, sp.end, fwd_end)
                sp.scope = (back_start, timeline.start() if timeline else fwd_end)


# a sentence set in the territory Russia holds: its unqualified "local officials" are the occupation's
# (not "occupied": "Nikopol, which faces Russian-occupied Enerhodar" is Ukraine's)
_OCCUPIED_SIDE = re.compile(r"People['’]s\s+Republic|\b(?:DPR|LPR|DNR|LNR)\b")
# Ukraine named as the one that strikes ("Ukrainian shelling of the city", "strikes on the city by Ukrainian forces")
_UKRAINE_STRIKES = re.compile(r"\b(?:Ukrainian|Kiev['’]s|Kyiv['’]s)\s+(?:(?:troops|forces|army)['’]\s+)?(?:shelling|shells|strikes?|(?:artillery|drone|missile|rocket)\s+"
                              r"(?:fire|attacks?|strikes?|shelling)|bombardment)\b|\b(?:strikes?|shelling|attacks?|fire|bombardment)\s+"
                              r"(?:[\w-]+\s+){0,6}?by\s+(?:the\s+)?(?:Ukrainian|Ukraine|Kiev|Kyiv)\b|"
                              # "HIMARS missiles fired by Ukraine" (not "a missile downed by Ukrainian air defences")
                              r"\b(?:missiles?|rockets?|drones?|shells?)\s+(?:[\w-]+\s+){0,2}?(?:fired|launched)\s+by\s+(?:the\s+)?(?:Ukrainian|Ukraine|Kiev|Kyiv)\b|\b(?:Ukrainian|Kiev|Kyiv)\s+"
                              r"(?:forces|troops|army|military|armed\s+forces|formations)\s+(?:have\s+|had\s+)?(?:shelled|struck|fired\s+at|attacked)\b")
_RUSSIA_STRIKES = re.compile(r"\b(?:Russian|Russia['’]s|Moscow['’]s)\s+(?:[\w-]+\s+)?(?:missiles?|drones?|shelling|shells|strikes?|attacks?|"
                             r"artillery|bombs?|fire|bombardment)\b|\bby\s+(?:the\s+)?Russian\b|"
                             # "Russian troops shelled X from positions in the so-called DPR"
                             r"\b(?:Russian|Russia['’]s)\s+(?:forces|troops|army|military|units|invaders)\s+(?:have\s+|had\s+)?"
                             r"(?:shelled|struck|attacked|fired|hit|bombed|launched|pounded)\b")
# Ukraine's fire on Russia's forces, which Ukraine's officials announce: "destroyed a Russian ammunition depot"
_RUSSIAN_TARGET = re.compile(r"\b(?:destroy\w*|hit|hitting|struck|strik\w+|target\w*|on|at)\s+(?:an?\s+|the\s+)?Russian\s+(?:[\w-]+\s+){0,2}"
                             r"(?:depots?|positions|command\s+posts?|troops|forces|units|equipment|bases?|headquarters|warehouses?|"
                             r"personnel|logistics|radars?|ships?|vessels?)\b", re.I)
# an unqualified local body that reports the fire it suffers: "local officials", "the emergency services", "a regional
# emergency services official", "the city administration"
_BARE_OFFICIALS = re.compile(r"(?:the\s+|an?\s+)?(?:(?:local|regional|city|town)(?:['’]s)?\s+)?(?:officials?|authorities|administration|"
                             r"police|rescuers|emergenc(?:y|ies)\s+services?(?:\s+official)?)(?:\s+in\s+the\s+\w+\s+region)?|"
                             r"(?:the\s+)?city(?:['’]s)?\s+(?:administration|authorities|officials|head|mayor)(?:\s+[A-Z][\w'’-]+){0,3}", re.I)
# ... and an unqualified office ("the mayor", "Mayor Ivan Prikhodko"), which may also announce its own side's hits ("the
# governor said Ukrainian strikes destroyed a Russian depot", which ``_RUSSIAN_TARGET`` tells)
_BARE_OFFICE = re.compile(r"(?:the\s+|an?\s+)?(?:(?:local|regional|city|town)(?:['’]s)?\s+)?(?:head|mayor|governor)(?:\s+[A-Z][\w'’-]+){0,3}", re.I)


def _within_brackets(text: str, sp: Speaker) -> Speaker:
    """A voice named inside brackets speaks for the brackets only: "... retreated from A and B (the release of B has
    already been confirmed by President Zelensky)" is not Zelensky's report of A."""
    if sp.start < 0 or sp.scope[0] < 0:
        return sp
    opened = text.rfind("(", 0, sp.start)
    closed = text.find(")", sp.end)
    if opened < 0 or closed < 0 or ")" in text[opened:sp.start] or "(" in text[sp.end:closed]:
        return sp
    lo, hi = max(sp.scope[0], opened), min(sp.scope[1], closed) if sp.scope[1] >= 0 else closed
    return replace(sp, scope=(lo, max(lo, hi)))


def _occupation_voice(text: str, s: int, e: int, side: str, typ: str, label: str, outlet: str | None = None,
                      memory: bool = False) -> tuple[str, str]:
    """The side of an unqualified local office in sentence ``text`` (matched at ``s..e``): the occupation's where the
    sentence is set in the territory Russia holds ("the DPR was hit 42 times, according to local officials") or where
    Ukraine is the one striking ("as a result of Ukrainian shelling of the city of Donetsk, local authorities reported",
    "the emergency services told TASS ... in the Ukrainian shelling attack on Lisichansk"): a side reports the strikes
    it suffers (unless it names a Russian target: "Ukrainian strikes destroyed a Russian depot, the governor said"); and in
    Russian state media, whose unnamed local bodies are Russia's or the occupation's ("Local
    emergency services told reporters that X was also hit four times during the night", in TASS). Else ``side`` and
    ``label`` as they are. ``memory``: for a name remembered for the whole article, only the setting or the outlet count
    (a Ukrainian mayor may speak of Ukraine's own fire across the river)."""
    if side != "UA" or typ != "off" or label != "Ukrainian officials" or _UA_NAMED.search(text, s, e):
        return side, label  # ("head of the Kharkov military-civilian administration Oleg Sinegubov", in TASS: Ukraine's)
    body, office = _BARE_OFFICIALS.fullmatch(text[s:e]), _BARE_OFFICE.fullmatch(text[s:e])
    if not (body or office):
        return side, label
    russia_fires = _RUSSIA_STRIKES.search(text)
    if outlet == "RU" and body and not re.search(r"\s[A-Z]", text[s:e]) \
            or not russia_fires and (_OCCUPIED_SIDE.search(text, max(0, s - 200), min(len(text), e + 200))
                                               or not memory and _UKRAINE_STRIKES.search(text) and not _RUSSIAN_TARGET.search(text)):
        return "RU", "Russian-installed officials"
    return side, label
# "Suspilne reported on May 24, citing the Ukrainian military command": the command speaks, the outlet relays
_CITING = re.compile(r"[^.;]{0,60}?,?\s+citing\s+(?:the\s+|a\s+|an\s+|its\s+)?(?:Ukrain|Russia|Kyiv|Moscow|[A-Z]\w+['’]s\s+(?:military|ministry|army)|(?:regional|local)\s+|"
                     r"(?:city['’]s\s+)?(?:mayor|governor|head|officials?|authorities|police|military|ministry)\b)", re.I)
_RELAYED_BY = re.compile(r"\b(?:reported|quoted|cited|carried|published|relayed|broadcast)\s+(?:by|in|on)\s+(?:the\s+)?$|\bvia\s+(?:the\s+)?$", re.I)
# a clause of its own voice after a comma: ", the war-torn nation said ..." (not a pronoun: "he said" is the voice before)
# the outlet's framing after a reported claim: ", marking another advance as Moscow pushes forward near Kurakhove"
_OUTLET_FRAMING = re.compile(r",\s+(?:marking|signall?ing|underscoring|highlighting)\b|"
                             # ", the latest in a string of Russian advances since the fall of X"
                             r",\s+(?:the|its|their)\s+(?:latest|first|biggest|largest|newest|most\s+significant)\b"
                             r"(?![^;.]{0,90}?,\s*and\s+(?:had\s+|has\s+|have\s+|were\s+|was\s+)?(?:also\s+)?(?!the\b|an?\b|its\b|their\b)(?-i:[a-z]+)\b)"
                             r"(?:[^,;.]{0,60}?\b(?:since|after)\b|[^;.]{0,90}?,\s+(?:whose|with)\b|[^;.]{0,90}?\b(?<!such\s)(?:as|while)\s+(?:Ukrainian|Russian|Kyiv|Moscow|the|its|their)\b(?![^;.]{0,40}?\b(?:had|have|has)\s+(?:also\s+)?\w+ed\b))|\bas\s+(?:Moscow|Kyiv|Kiev|Russia|Ukraine)(?:['’]s\s+(?:forces|troops|army))?"
                             r"\s+(?!said|says|claimed|claims)\w+", re.I)
# "..., the military said late on Monday, less than a week after the fall of X": after a voice that closes its
# words, the outlet's own timeline (but "Ukraine said that ..., a day after claiming X" goes on in its voice)
_OUTLET_TIMELINE = re.compile(r",\s+(?:(?:less|more)\s+than\s+|just\s+|only\s+|nearly\s+|almost\s+|about\s+|some\s+)?"
                              r"(?:a|an|one|two|three|four|five|six|\d+)\s+(?:days?|weeks?|months?|years?)\s+(?:after|since)\b", re.I)
_OTHER_VOICE = re.compile(r",\s+(?:but\s+|while\s+|whereas\s+)?(?:the|a|an)\s+(?:[\w'’-]+\s+){0,3}?(?!he\b|she\b|they\b|it\b)[\w'’-]+\s+"
                          r"(?:said|says|say|insisted|insists|countered|maintained|maintains)\b(?!\s+(?:by|to\s+be)\b)", re.I)


def speakers_at(speakers: list[Speaker], pos: int) -> list[Speaker]:
    """The speakers whose scope holds ``pos``, nearest first ("X rejected Moscow's claim that ...": both)."""
    inside = [s for s in speakers if s.scope[0] <= pos < s.scope[1] or s.start <= pos < s.end]
    return sorted(inside, key=lambda s: min(abs(pos - s.start), abs(pos - s.end)))
