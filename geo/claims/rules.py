"""Places -> claims: who claims what about each place in an article, and when.

Rules, sentence by sentence (each claim records the cue that produced it):

* a *cue* (``captured``, ``held``, ``contested``, ``struck`` in :mod:`geo.claims.cues`) attaches to
  the place named right after it and the rest of its list ("seized the village of Pobeda", "around
  Novomykhailivka and Krasnogorivka"); fighting cues only through a preposition ("attacks near X",
  not "pushed artillery further from X"); else to an anaphor right after it ("liberated the town",
  "advanced into it"), to the place a sentence opens with ("In Nikopol, ... artillery killed"), to
  the subject of a passive ("Kupyansk, ..., was taken"), or to the place right before it;
* places that only locate something else are skipped: landmarks ("5 km west of X"), modifiers
  ("the Avdiivka front"), and oblasts unless struck with no more precise place ("X, in the Y region");
* the *claimant* is the speaker whose scope holds the cue (:mod:`geo.claims.attribution`); a relative clause
  ("X, which Ukraine won back in 2022") speaks with its own voice, the reporter's by default;
  the headline's unattributed words are a summary, not a claim;
* kinds: a denial by the speaker turns a capture into ``held``; a withdrawal or admitted loss is a
  capture by the other side; an unconfirmed capture ("did not confirm the loss", "stopped short of
  saying") or a partial one ("entered the outskirts") is ``contested``; an attempt is no claim;
* "Ukraine's military disputed the claim" is a ``held`` answer to the captures just claimed;
* dates: :mod:`geo.claims.event_dates`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from geo.claims.attribution import Attributor, Speaker, speakers_at
from geo.claims.calibration import features, probability
from geo.claims.event_dates import DateContext
from geo.claims import cues as C
from geo.models import Article, Claim, Mention
from geo.reading.mentions import far_from_the_rest
from geo.reading.sentences import dateline_end, quote_text, split_sentences
from geo.reading.outlets import russian_state_media

# A share of a place: "80% of X", "70 per cent of the city of X".
_SHARE = (r"(?:(?:more\s+than\s+|over\s+|nearly\s+)?\d+\s*(?:%|per\s*cent|percent)|"
          # "about half of X", "a substantial portion of X", "most of X": a share in words
          r"[\"“']?(?:(?:about|some|almost|nearly|roughly|more\s+than|over)\s+)?(?:half|a\s+third|two-thirds|a\s+quarter|most|much|"
          r"(?:a\s+|the\s+)?(?:large|larger|substantial|significant|major|considerable|small|greater|bigger)\s+(?:portion|part|share)s?|"
          r"the\s+(?:bulk|majority))[\"”']?)"
          r"\s+of\s+(?:the\s+(?:city|town|village)\s+of\s+)?")
# "A in the northeastern Kharkiv region, as well as B and C in the Donetsk region": the list goes on past A's oblast
_COMPASS = r"(?:(?:north|south)?(?:east|west)ern\s+|northern\s+|southern\s+|central\s+)?"  # "the northeastern Kharkiv region"
_LIST_SEP = re.compile(r"^(?:\s*,?\s+in\s+(?:the\s+)?" + _COMPASS +
                       r"(?:[A-Z][\w'’-]+\s+(?:region|oblast|People['’]s\s+Republic)|Ukraine|DPR|LPR|DNR|LNR|(?:north|south)?(?:east|west)?)(?=\s*,|\s+and\b))?"
                       # "70% of A, a major logistics hub in Donetsk region, and 80% of B": past A's appositive
                       r"(?:\s*,\s+(?:a|an)\s+[^,;.:]{3,60}?(?=\s*,\s*and\b))?\s*(?:,|;)?\s*(?:and|or|to|as\s+well\s+as(?:\s+near)?|,)?\s*(?:(?<=and\s)(?:near|around|outside)\s+)?(?:(?:neighbouring|neighboring|nearby|(?:the\s+)?(?:\w+\s+)?(?:village|town|city|settlement)\s+of)\s+)?"
                       rf"(?P<part>(?:about\s+|some\s+|almost\s+)?{_SHARE})?$")
# "injured a man in the village of A and a 56-year-old woman in B": the strike's victims, place by place
_VICTIM_SEP = re.compile(r"\s*,?\s*(?:and\s+)?(?:a|an|another|one|two|three|four|five|six|\d+)\s+(?:[\w-]+\s+){0,4}?"
                         r"(?:in|at)\s+(?:the\s+(?:village|town|city|settlement)\s+of\s+)?")
# The first place of a list can be a share too: "the capture of 80% of X".
_SHARE_BEFORE = re.compile(rf"\b{_SHARE}$")
_SHARE_OF_IT = re.compile(rf"\s+(?:about\s+|some\s+|almost\s+|roughly\s+|around\s+)?{_SHARE}(?:the\s+|it\b)", re.I)
_FOLLOW = {"struck": 90, "contested": 60, "captured": 60, "held": 60}
_PRECEDE = 45
_PRIORITY = {"held": 4, "captured": 3, "struck": 2, "contested": 1}  # a denial beats the capture it denies
_RELATIVE = re.compile(r",\s*(?:which|where)\b|(?<![,\s])\s+that\b(?!\s+(?:is|was)\b)")
_FOLLOWING = re.compile(r"\b(?:the\s+)?following\s+(?:\w+\s+)?(?:villages|settlements|towns|localities|communities)\b", re.I)
_PARTICIPLE = r"captured|seized|taken|liberated|retaken|recaptured|occupied"
_APPOSED = re.compile(r",\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,3}?(?:town|city|village|settlement|hub|stronghold)\s+(?:(?:that|which)\s+(?:was|were|had\s+been)\s+|"
                      # "Avdiivka, a factory town Russia captured in February"
                      r"(?:that\s+|which\s+)?(?:Russia|Ukraine|Moscow|Kyiv|Kiev|(?:Russian|Ukrainian)\s+(?:forces|troops))\s+(?:had\s+|has\s+)?)?$", re.I)
_TITLE_OF = re.compile(r"\b(?:governor|head|chief|administration|authorities|police|prosecutors?|mayor|council|"
                       r"spokes(?:man|woman|person))\s+(?:of|for)\s+(?:the\s+)?$", re.I)
_UNKNOWN_IN_LIST = re.compile(r"^(?:\s*,\s*(?:[A-Z][\w'’-]+\s*){1,3}(?=,))+")
# What a sentence may open with before the list it is about: "According to Prokudin, ", "the villages of "
_LEAD_IN = re.compile(r"\s*(?:According\s+to\s+[^,;:]{1,60},\s*|(?:In\s+addition|Additionally|Also|Besides),\s+"
                      r"(?:[^,;:]{1,60}\b(?:said|says|noted|added|reported),\s+)?)?(?:the\s+(?:villages?|towns?|settlements?|cities)\s+of\s+)?", re.I)
_UNDER = re.compile(r"(?:completely\s+|fully\s+)?under\b", re.I)  # a cue stating control: "under Russian control"
_BY_SIDE = re.compile(r"\s+by\s+(?:the\s+)?(?P<side>Russian|Ukrainian|Russia|Ukraine|Moscow|Kyiv|Kiev|Wagner)\b")
_AND_THEN = re.compile(r"\band\s+(?:was\s+|were\s+|had\s+been\s+|has\s+been\s+)?(?:later\s+|then\s+|subsequently\s+|eventually\s+)?$")
_FORMERLY = re.compile(r"\b(?:previously|formerly|once|earlier|until\s+recently|before\s+the\s+war)\s+(?:been\s+)?$", re.I)
_PASSIVE = re.compile(r"\b(?:was|were|has\s+been|had\s+been|have\s+been|is|are)\s+(?:\w+\s+)?$", re.I)
_LOCATIVE = re.compile(r"^\s*(?:In|At|Near|Outside)\s+(?:the\s+[A-Z][\w'’-]+\s+(?:region|oblast)['’]s\s+)?$")


@dataclass
class _Cue:
    start: int
    end: int
    kind: str
    text: str
    withdrawal: bool = False
    answer: bool = False  # "disputed the claim": said by the disputing voice, not by the claim's


@dataclass
class _Hit:
    mention: Mention
    cue: _Cue
    coref: bool = False
    region: tuple[int, int] | None = None
    partial: bool = False  # "80% of X": a share of the place, no control of it
    clause: bool = False  # "X was seized in 2022 and recaptured in ...": the cue's own clause dates it


@dataclass
class _State:
    """What later sentences refer back to."""

    last_control: Mention | None = None  # last place with a captured/held claim
    prev_places: list[Mention] = field(default_factory=list)  # places with claims in the previous sentence
    last_struck: Mention | None = None
    last_any: Mention | None = None
    claimed_by: dict = field(default_factory=dict)  # claimant -> last place it said was captured
    salient: Mention | None = None  # the article's most-named place (what a bare "the claim" is about)
    struck_date: tuple | None = None  # date of the last strike claim, for "this strike"
    reporter: Speaker | None = None  # the official whose report the last sentences relayed
    reporter_at: int = -9
    last_official: Speaker | None = None  # the last official who spoke, however long ago ("It is noted that ..." relays them)
    reporter_span: int = 3  # how many sentences that report runs on for (a list after "...:" runs longer)
    place_line: list = field(default_factory=list)  # a bulletin's "01:50, Senkovo village, Kupiansk district." line

    def note(self, m: Mention, kind: str, claimant: str) -> None:
        """Remember a claim's place for later anaphors ("the village", "the claim", "this strike")."""
        if kind in ("captured", "held"):
            self.last_control = m
        if kind == "captured":
            self.claimed_by[claimant] = m
        if kind == "struck":
            self.last_struck = m

    def topic(self) -> Mention | None:
        return (self.prev_places[0] if self.prev_places else None) or self.last_control or self.last_any


# The cue lexicons are case-insensitive; matched on the lower-cased sentence with lower-cased
# patterns they run three times faster (same offsets: lower() keeps the length of these texts).
_LOWER_CUES = [("captured", True, re.compile(C.WITHDRAWAL.pattern.lower()))] + [
    (kind, False, re.compile(C.KIND_CUES[kind].pattern.lower())) for kind in ("held", "captured", "struck", "contested")
]
_EXACT_CUES = [("captured", True, C.WITHDRAWAL)] + [
    (kind, False, C.KIND_CUES[kind]) for kind in ("held", "captured", "struck", "contested")
]


def _landmark(text: str, start: int, places=()) -> bool:
    """Whether the place at ``start`` only locates something else ("5 km west of X", "Andriivka,
    a village near Bakhmut", "20 kilometers from Orikhiv"); only the words just before it are searched."""
    if C.LANDMARK_BEFORE.search(text, max(0, start - 80), start) is not None:
        return True
    if _IN_THE.search(text, max(0, start - 12), start):  # "Veselivka and Zhuravka in the Khotin hromada": the hromada
        end = next((e for s, e, _ in places if s == start), None)  # locates the villages named before it
        if end is not None and _COMMUNITY_AFTER.match(text, end) and any(
                0 <= start - e <= 60 and m.kind == "settlement" for _, e, m in places):
            return True
    near = _NEAR_LANDMARK.search(text, max(0, start - 60), start)
    if near is None:
        return False
    if near["unit"]:  # "around 20 kilometers from X"
        return True
    # "X, a village near Y": Y locates the place named just before it
    # (but "to the northwest of Avdiivka near A and B": Avdiivka is the landmark there, A and B the places)
    return any(e <= near.start() and near.start() - e <= 40 and _LOCATED_GAP.match(text[e:near.start()])
               and C.LANDMARK_BEFORE.search(text, max(0, s - 80), s) is None
               for s, e, m in places if m.kind == "settlement")


def _cues(text: str, skip: int) -> list[_Cue]:
    found: list[_Cue] = []
    low = text.lower()
    scan, patterns = (low, _LOWER_CUES) if len(low) == len(text) else (text, _EXACT_CUES)
    for kind, withdrawal, pattern in patterns:
        for m in pattern.finditer(scan, skip):
            if kind == "captured" and scan[m.start():m.start() + 2] == "to" and C.NOT_A_CAPTURE_AFTER.match(text[m.end():m.end() + 40]):
                continue
            if kind == "held" and scan[m.start():m.start() + 4] == "deni" and re.search(r"\b(?:was|were|been|be)\s+$", scan[max(0, m.start() - 8):m.start()]):
                continue  # "their requests were denied": something refused, not a claim denied
            if kind == "struck" and re.fullmatch(r"wounded|injured|killed", scan[m.start():m.end()]) \
                    and re.search(r"\bthe\s+(?:\w+ly\s+|most\s+)?$", scan[max(0, m.start() - 20):m.start()]):
                continue  # "the seriously wounded were taken to hospitals in X": people, not a strike at X
            if kind == "struck" and re.fullmatch(r"drones?", scan[m.start():m.end()]) and re.search(
                    r"\b(?:battalion|regiment|brigade|unit|company|squad|forces|operators?)\s+of\s+(?:[\w-]+\s+){0,2}$",
                    scan[max(0, m.start() - 40):m.start()]):
                continue  # "the elite battalion of attack drones had arrived near X": a unit, not a strike
            if kind == "captured" and C.CAPTURED_NOT_PLACE.match(text[m.end():m.end() + 60]):
                continue  # "the capture of at least 100 Russian troops"
            if kind == "captured" and scan[m.start():m.start() + 3] == "tak" and (
                    C.TAKE_IDIOM.match(text[m.end():m.end() + 30]) or C.TAKEN_PICTURE.search(text, max(0, m.start() - 100), m.start())):
                continue  # "taking place", "taken hostage", "take part", "pictures ... were taken"
            if kind in ("captured", "held") and _UNDER.match(text, m.start()) and _FORMERLY.search(text, max(0, m.start() - 30), m.start()):
                continue  # "communities that had previously been under the control of the Ukrainian army": a past state
            if withdrawal or not any(c.start <= m.start() < c.end or m.start() <= c.start < m.end() for c in found):
                found.append(_Cue(m.start(), m.end(), kind, text[m.start():m.end()], withdrawal=withdrawal))
    return sorted(found, key=lambda c: c.start)


# "seized the border village of Ryzhivka": a noun phrase naming the place, not "the village" pointing back
_NAMED_NOUN = re.compile(r"\s+(?:the\s+)?(?:[\w-]+\s+){0,2}(?:village|town|city|settlement|hamlet)\s+of\s+", re.I)
# between two places of a plain list: "A, B", "A and B", "A, and B", "A or B"
_IN_THE = re.compile(r"\b(?:in|of)\s+the\s+$")
_COMMUNITY_AFTER = re.compile(r"\s+(?:urban\s+|rural\s+|settlement\s+)?(?:territorial\s+)?(?:hromada|community)\b")
# "A and B in the X hromada and C": a list goes on past a member's hromada
_IN_HROMADA_AND = re.compile(r"\s+in\s+the\s+(?:[A-Z][\w'’-]+\s+){1,3}(?:urban\s+|rural\s+|settlement\s+)?(?:territorial\s+)?"
                             r"(?:hromada|community)\s*(?:,\s*(?:and\s+)?|and\s+)")
_AND_SEP = re.compile(r"\s*(?:,\s*(?:and\s+)?|and\s+|or\s+)|\s+(?:and|or)\s+")
_LIST_GAP = re.compile(r"(?:\s+of\s+[A-Z][\w'’-]+\s+(?:district|raion|community|region))?\s*(?:,\s*(?:and\s+)?|\s+and\s+)"
                       r"(?:[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?(?:\s+of\s+[A-Z][\w'’-]+\s+(?:district|raion|community))?\s*,\s*)*")


def _listed_after(text: str, places, start: int) -> list[Mention]:
    """The settlements a list starting at ``start`` names, past names the gazetteer does not know and
    "of X district" after an item."""
    settled = [p for p in places if p[2].kind == "settlement"]
    first = next(iter(_opening(text, settled, start)), None)
    if first is None:
        return []
    chain = [first]
    for p in settled:
        if p[0] > chain[-1][0] and _LIST_GAP.fullmatch(text, chain[-1][1], p[0]):
            chain.append(p)
    return [p[2] for p in chain]


def _axes(text: str, places) -> set[int]:
    """Places named as axes ("the offensive in the directions of Kupiansk, Lyman and Bakhmut"): ids."""
    out: set[int] = set()
    for p in places:
        listed = _list_from(p, places, text, len(text))
        # "the directions of Kupiansk and Lyman", "in Lyman, Bakhmut and Marinka directions"
        if C.DIRECTION_BEFORE.search(text, max(0, p[0] - 40), p[0]) or C.DIRECTIONS_AFTER.match(text, listed[-1][1]):
            out.update(id(q[2]) for q in listed)
    return out


def _apart(chain: list[tuple]) -> list[tuple]:
    """A list without the member that lies far from all the others ("Lvov" read as Lviv among the
    villages of Kherson Oblast): the geocoder took a namesake the list does not mean, and a wrong
    place on the map is worse than a missing one."""
    far = {id(m) for m in far_from_the_rest([p[2] for p in chain])}
    return [p for p in chain if id(p[2]) not in far]


def _list_from(first, places, text: str, end: int) -> list[tuple]:
    """A place and the places listed right after it ("A, B and C"), all before ``end``."""
    chain = [first]
    for p in places:
        if chain[-1][1] <= p[0] < end and _AND_SEP.fullmatch(text, chain[-1][1], p[0]):
            chain.append(p)
    return chain


def _list_on(first, places, text: str, end: int, victims: bool = False) -> tuple[list[tuple], set[int]]:
    """A place and the places a list goes on with before ``end``, through the separators real lists
    use ("A in the Kharkiv region, as well as B, Novy Trud and the city of C"; with ``victims``, a
    strike report's "a man in A and a woman in B"), and the ids of those named as a share ("80% of B")."""
    chain, partial = [first], set()
    for p in places:
        if not chain[-1][0] < p[0] < end:
            continue
        gap = text[chain[-1][1]:p[0]]
        # "A, B, Novy Trud, C": a name the gazetteer does not know does not end the list
        sep = _LIST_SEP.match(_UNKNOWN_IN_LIST.sub("", gap).lstrip(")"))  # "A (B) and C": B is A's other name
        if sep or victims and _VICTIM_SEP.fullmatch(gap) or re.fullmatch(r"\s*\(\s*", gap):
            chain.append(p)
            if sep and sep["part"]:
                partial.add(id(p[2]))
    return chain, partial


def _opening(text: str, places, start: int) -> list[tuple]:
    """The places a list starting at ``start`` can open with, past names the gazetteer does not know."""
    return [p for p in places if p[0] >= start and _UNKNOWN_NAMES.fullmatch(text, start, p[0])]


def _relatives(text: str, places: list[tuple[int, int, Mention]]) -> list[tuple[int, int]]:
    """Spans of relative clauses hanging on a place ("X, which ...", "a village ... that Moscow said ...")."""
    out = []
    for m in _RELATIVE.finditer(text):
        before = [p for p in places if p[1] <= m.start() and m.start() - p[1] <= 80]
        if not before or re.search(r"\b(?:and|but|said|says|saying|stated|reported|reporting|told)\s*$", text[: m.start()]):
            continue
        if C.SPEECH.search(text[before[-1][1]: m.start()]):
            continue
        stop = re.compile(r"[;]|,\s" if m.group().lstrip().startswith(",") else r";")
        nxt = stop.search(text, m.end())
        out.append((m.start(), nxt.start() if nxt else len(text)))
    return out


def _region(pos: int, regions: list[tuple[int, int]]) -> tuple[int, int] | None:
    return next((r for r in regions if r[0] <= pos < r[1]), None)


def _candidates(text, places, cue: _Cue):
    """Places a cue may govern: settlements (oblasts only for strikes), minus modifiers."""
    out = []
    for s, e, m in places:
        if m.kind == "oblast" and (cue.kind != "struck" or _TITLE_OF.search(text, max(0, s - 60), s)):
            continue  # "the governor of the Odesa region said ...": the oblast names an office, not a target
        if C.MODIFIER_AFTER.match(text[e:]):
            continue
        out.append((s, e, m))
    return out


def _attach(text: str, cues: list[_Cue], places, regions, state: _State, skip: int) -> list[_Hit]:
    """Each cue's places (see the module docstring for the order of the rules)."""
    axes = _axes(text, places) if any(c.kind == "contested" for c in cues) else set()
    hits: list[_Hit] = []
    for cue in cues:
        if cue.kind == "struck" and (C.DEFUSED.search(text) or C.PROTECT_FROM.search(text, max(0, cue.start - 60), cue.start)):
            continue  # bombs made safe; "protect Donetsk from strikes": no strike reported
        if cue.kind == "contested" and _ATTACK.fullmatch(cue.text) and (
                C.ATTACK_ON.match(text[cue.end:cue.end + 12]) and C.AIR_ATTACK.search(text)
                or C.AIR_ATTACK.search(text, max(0, cue.start - 14), cue.start)  # "a drone attack", "the missile attack"
                # "a fire broke out in X as a result of the attack"
                or re.search(r"\bas\s+a\s+result\s+of\s+(?:the|this|that|an?)\s+$", text[max(0, cue.start - 30):cue.start], re.I)
                # "the communities were attacked with heavy artillery / drones"
                or re.match(r"\s+with\s+(?:heavy\s+|massive\s+)?(?:artillery|drones|missiles|rockets|MLRS|mortars|bombs|guided\s+bombs|UAVs)\b",
                            text[cue.end:cue.end + 40], re.I)):
            cue = _Cue(cue.start, cue.end, "struck", cue.text)
        if cue.kind == "struck" and C.CHRONIC.search(text):
            continue  # "where tens of thousands were killed under months of Russian bombardment": a siege, no strike of a day
        region = _region(cue.start, regions)
        if cue.kind == "struck" and C.COUNTED_PLACES.search(text) and (intro := C.LIST_START.search(text, cue.end)):
            listed = _listed_after(text, places, intro.end())
            if listed:  # a round-up: "about 15 settlements came under fire: A of X district, B, C and others"
                hits += [_Hit(m, cue) for m in listed]
                continue
        cands = [p for p in _candidates(text, places, cue) if _region(p[0], regions) == region]
        if cue.kind == "captured" and _FOLLOWING.search(text, 0, cue.start) and (colon := text.find(":", cue.end)) >= 0 \
                and (listed := _listed_after(text, places, colon + 1)):
            hits += [_Hit(m, cue, region=region) for m in listed]  # "The following villages returned to Ukraine's control: A, B, C"
            continue
        appos = _APPOSED.search(text, 0, cue.start) if cue.kind == "captured" and re.fullmatch(_PARTICIPLE, cue.text, re.I) else None
        if appos:  # "... of Avdiivka, a key town captured by Russia in February": the town the appositive names
            named = [p for p in cands if p[1] == appos.start()]
            if named:
                hits.append(_Hit(named[0][2], cue, region=region))
                continue
        if re.match(r"\s*(?:of\s+)?which\b", text[cue.end:cue.end + 12]):  # "northeast of X, the fall of which in February"
            named = [p for p in cands if p[1] <= cue.start and re.fullmatch(r"\s*,\s*(?:the\s+)?(?:[\w-]+\s+)?", text[p[1]:cue.start])]
            if named:
                hits.append(_Hit(named[-1][2], cue, region=region))
                continue
        if cue.kind == "contested":
            cands = [p for p in cands if id(p[2]) not in axes]
        following = [p for p in cands if p[0] >= cue.end and (p[0] - cue.end <= _FOLLOW[cue.kind] or cue.kind == "contested"
                                                              and p[0] - cue.end <= 110 and _NEAR_END.search(text, cue.end, p[0]))
                     and not _landmark(text, p[0], places) and not re.search(r"[.;]", text[cue.end:p[0]])
                     and not (cue.kind == "captured" and C.AREA_OF.search(text, cue.end, p[0]))
                     # "in retreat ... on fronts near Kyiv": a withdrawal leaves what it is "from", not what it is near
                     and not (cue.withdrawal and re.search(r"\b(?:near|around|outside|towards?|fronts?)\b", text[cue.end:p[0]])
                              and not re.search(r"\bfrom\b", text[cue.end:p[0]]))]
        if (cue.kind == "held" or cue.kind == "captured" and _UNDER.match(cue.text)
                or cue.kind == "contested" and re.search(r"(?:surrounded|encircled|besieged|blockaded)$", cue.text)
                and any(0 <= cue.start - p[1] <= _PRECEDE for p in cands)) and re.search(r"\b(?:is|are|was|were|remains?|remained)\s+(?:(?:still|now|firmly|fully|also|almost|entirely|largely|completely)\s+){0,3}$",
                                            text[max(0, cue.start - 30):cue.start]):
            following = []  # "A is still under Ukrainian control, while control of B ...": the state is A's, its subject
        if cue.kind == "captured" and C.UNNAMED_OBJECT.match(text[cue.end:cue.end + 50]):
            # "captured another village in east Ukraine, closing in on the town of X": not X;
            # but "the liberation of five settlements near Lyman: they are A, B and C": A, B, C
            following = [p for p in following if _LIST_SEP.match(text[cue.end:p[0]])]
            intro = _LIST_INTRO.search(text, cue.end, cue.end + 120)
            if not following and intro:
                following = _opening(text, places, intro.end())
            appositive = _APPOSITIVE.match(text, cue.end)
            if not following and appositive:  # "the capture of two nearby villages, A and B"
                following = _opening(text, places, appositive.end())
            if not following:  # "..., seizing several small towns": none of the places named around
                continue
        if cue.kind == "contested":  # "attacks near X", not "advancing ... and are also closing in on X"
            # movement ("advancing towards X", "pushing on X") is no fighting at X: only "near/around/in X"
            # "advancing on/towards X" is movement, not fighting at X (but "pressing toward X" is pressure)
            prep = C.AT_PREP if re.match(r"advanc|push", cue.text, re.I) else C.CONTEST_PREP
            direct = re.fullmatch(r"infiltrat\w+|storm(?:ed|ing|s)?|encircl\w+|besieg\w+", cue.text, re.I)  # "stormed X"
            # "repelled Russian troops from Kupiansk", "pushed back from X": away from X is fighting at X
            away = re.fullmatch(r"repel\w*|repuls\w*|pushed(?:\s+back)?", cue.text, re.I)
            following = [p for p in following if (prep.search(text[cue.end:p[0]]) or direct and not text[cue.end:p[0]].strip()
                                                  or away and re.search(r"\b(?:back|away)\s+from\s+(?:the\s+(?:town|city|village)\s+of\s+)?$"
                                                                        if cue.text.lower().startswith("push") else
                                                                        r"\bfrom\s+(?:the\s+(?:town|city|village)\s+of\s+)?$", text[cue.end:p[0]]))
                         and not C.DIRECTION_BEFORE.search(text[cue.end:p[0]])
                         # "repelled 38 attacks in the Avdiivka direction over the last day in the vicinity of X"
                         and len(text[cue.end:p[0]].split()) <= (16 if _NEAR_END.search(text[cue.end:p[0]]) else 9)
                         and not re.search(r"\b(?:and|but)\s+(?:\w+\s+)?(?:are|is|were|was|have|has|had)\b", text[cue.end:p[0]])]
        if cue.withdrawal and _BACK_TO.match(text[cue.end:]):
            cue = _Cue(cue.start, cue.end, "contested" if "outskirts" in text[cue.end:cue.end + 40] else "held", cue.text)
        if following and (not C.ANAPHOR.match(text[cue.end:].lstrip()[:20]) or _NAMED_NOUN.fullmatch(text, cue.end, following[0][0])):
            chain, partial = _list_on(following[0], places, text, len(text), victims=cue.kind == "struck")
            if _SHARE_BEFORE.search(text[max(0, following[0][0] - 40):following[0][0]]):
                partial.add(id(following[0][2]))
            hits += [_Hit(m, cue, region=region, partial=id(m) in partial) for _, _, m in _apart(chain)]
            continue
        ana = re.search(r"\b(?:there|it)$", cue.text) or C.ANAPHOR.match(text[cue.end:].lstrip()[:30]) or re.match(r"^(?:\s+\w+){0,4}\s+(?:the\s+(?:village|town|city|settlement)|it)\b", text[cue.end:cue.end + 45])
        if ana and cue.kind != "struck":
            before = [p for p in cands if p[1] <= cue.start and not _landmark(text, p[0], places)]
            share = bool(_SHARE_OF_IT.match(text, cue.end))  # "control about 70% of the town": a share of it
            if before:
                hits.append(_Hit(before[0][2], cue, region=region, partial=share))
            elif state.topic():
                hits.append(_Hit(state.topic(), cue, coref=True, partial=share))
            continue
        if region:  # a relative clause's cue with no place of its own is about the place it hangs on
            ante = [p for p in _candidates(text, places, cue) if p[1] <= region[0]]
            # "Andriivka, another village near Bakhmut which ... liberated": the village, not its landmark;
            # "west of Kurakhove, an industrial town that ...": the appositive makes the landmark the topic
            # but "northeast of the city of Kherson, which Ukraine recaptured": ", which" right after a
            # name hangs on that name
            if ante and _landmark(text, ante[-1][0], places) and not re.match(r"^\s*,\s*(?:a|an|the|another)\s", text[ante[-1][1]:region[0]]) \
                    and text[ante[-1][1]:region[0]].strip():
                ante = [p for p in ante if not _landmark(text, p[0], places)]
            if ante:
                hits.append(_Hit(ante[-1][2], cue, region=region))
            continue
        first = cands[0] if cands else None
        if first and _LOCATIVE.match(text[skip:first[0]]) and first[0] < cue.start:
            hits += [_Hit(p[2], cue) for p in _list_from(first, places, text, cue.start)]  # "Near A and B, ..."
            continue
        lead = _LEAD_IN.match(text, skip)
        if first and first[0] <= lead.end() + 2 and first[1] < cue.start and (
                _PASSIVE.search(text[:cue.start]) or re.match(r"came\s+under", cue.text, re.I)):
            # "Nikopol, Marhanets and Myrove communities were hit": the list the sentence opens with;
            # "According to Prokudin, A, B and the city of Kherson came under hostile fire"
            hits += [_Hit(p[2], cue) for p in _apart(_list_on(first, places, text, cue.start)[0])]
            continue
        if cue.kind == "contested" and re.match(r"advanc", cue.text, re.I):
            continue  # "closing in on X after months of steady advances": movement, named after the place
        if cue.kind == "captured" and C.OTHER_OBJECT.match(text, cue.end):
            continue  # "advanced near Pokrovsk, seizing nearby areas": what was taken is named, and it is not X
        near = [p for p in cands if p[1] <= cue.start and cue.start - p[1] <= _PRECEDE and not re.search(r"[;.]", text[p[1]:cue.start])]
        preceding = [p for p in near if not _landmark(text, p[0], places)]
        if not preceding and near:  # "the village of X near the town of Y had been liberated": X, which Y locates
            preceding = [p for p in cands if p[1] <= near[-1][0] and near[-1][0] - p[1] <= 60
                         and not re.search(r"[;.]", text[p[1]:cue.start]) and not _landmark(text, p[0], places)]
        if preceding:
            chain = [preceding[-1]]  # "who claimed Pokrovsk and Vovchansk had been taken": the whole list
            # but "near A and B, another village ... which Ukraine liberated": the appositive is B's alone
            alone = re.match(r"\s*,\s*(?:a|an|another|the)\s", text[chain[0][1]:cue.start])
            for p in ([] if alone else reversed([p for p in cands if p[1] <= chain[-1][0]])):
                if _landmark(text, p[0], places):
                    continue
                gap = text[p[1]:chain[-1][0]]  # "A (B) and C": B, in brackets, is A's other name
                if not (_AND_SEP.fullmatch(gap.lstrip(")")) or _IN_HROMADA_AND.fullmatch(gap) or re.fullmatch(r"\s*\(\s*", gap)):
                    break
                chain.append(p)
            hits += [_Hit(p[2], cue) for p in chain]
    for cue in cues:  # "X was seized by Russia in 2022 and recaptured by Ukraine months later": X again
        if cue.kind in ("captured", "held") and not any(h.cue is cue for h in hits) and _AND_THEN.search(text, 0, cue.start):
            at = {id(p[2]): p[0] for p in places}
            subject = [h for h in hits if h.cue.end <= cue.start and at.get(id(h.mention), cue.start) < h.cue.start]
            if subject:
                hits.append(_Hit(subject[-1].mention, cue, clause=True))
    for cue in cues:  # "This strike was corroborated by ...": the place of the strike just reported
        if cue.kind == "struck" and C.STRIKE_ANAPHOR.match(text[skip:].lstrip()) and state.last_struck:
            if not any(h.cue is cue for h in hits):
                hits.append(_Hit(state.last_struck, cue, coref=True))
            break
    if not places and state.topic():
        for cue in cues:
            if cue.kind in ("captured", "held", "contested") and C.ANAPHOR.search(text) and \
                    not any(h.cue is cue for h in hits) and re.search(r"\bthe\s+(?:village|town|city|settlement)\b|\bits\s+defenders\b|\bthe\s+loss\b", text, re.I):
                if "loss" in cue.text and not C.ADMISSION.search(text):
                    continue
                hits.append(_Hit(state.topic(), cue, coref=True, partial=bool(_SHARE_OF_IT.match(text, cue.end))))
    return hits


# "entered the village of X and entrenched themselves on its outskirts": a foothold, not control
_OUTSKIRTS_AFTER = re.compile(r"[^.;]{0,60}?\b(?:its\s+(?:\w+\s+)?(?:outskirts|edge|suburbs)\b|"
                              r"the\s+(?:\w+\s+)?(?:outskirts|edge|suburbs)\b(?!\s+of\b))", re.I)
# ... when the capture is what reports said: "reports about the capture of X", "claims of the fall of X"
_REPORTS_OF = re.compile(r"\b(?:reports?|claims?|statements?|information|allegations?|assertions?)\s+(?:\w+\s+){0,3}?"
                         r"(?:about|of|on|regarding)\s+(?:the\s+)?(?:alleged\s+|supposed\s+|so-called\s+)?$", re.I)
_DENIED_BY = re.compile(r"\b(?:refuted|denied|rejected|dismissed|disputed)\s+by\s+(?:the\s+)?$", re.I)
# "... the capture of X are untrue / is false / not confirmed by facts": the claim is called false after it
_CALLED_FALSE = re.compile(r"^[^.;]{0,80}?\b(?:is|are|was|were)\s+(?:\w+\s+)?[“\"'‘]?(?:untrue|false|not\s+true|fake|a\s+lie|lies|"
                           r"not\s+confirmed|groundless|fiction|propaganda|premature)\b", re.I)
# "entered the outskirts of X", "took the Kanal microdistrict of X", "captured part of X": presence
# in a part of a place asserts no control of it.
_PARTIAL_AFTER = re.compile(
    r"^\s+(?:the\s+)?(?:[\w,.-]+\s+){0,2}?(?:outskirts|microdistricts?|districts?|neighbou?rhoods?|quarters?|"
    r"parts?|edges?|suburbs?|industrial\s+zone|streets?|positions|plants?|factory|factories|works|buildings?|facility|facilities|"
    r"complex|station|hospital|mine|quarry|silos?|elevator|(?:city\s+)?park|cemetery|airfield)\b"
    r"|^\s+(?:significant|partial|some|substantial|part(?:ial)?)\s+control\b"
    r"|^\s+(?:most|much|half|(?:a\s+)?large\s+parts?|parts?)\s+of\b"  # "his forces control most of the city"
    r"|^\s+(?:the\s+)?(?:central|(?:north|south)?-?(?:east|west)ern|northern|southern)\s+(?-i:[A-Z])(?![\w'’-]*(?:ian|ean|ese)\b)", re.I)


def _kind(text: str, cue: _Cue, claimant: str, sp: Speaker | None) -> str | None:
    """The claim's kind once negation, denial, admission, attempts and partial control are read."""
    kind, before = cue.kind, text[max(0, cue.start - 70):cue.start]
    if kind == "captured" and not cue.withdrawal and re.search(
            r"\b(?:fight(?:s|ing)?|battl(?:e|es|ing)|combat|struggl(?:e|es|ing)|continu(?:e|es|ed|ing)\s+(?:the\s+|their\s+|its\s+|our\s+)?"
            r"(?:\w+\s+)?(?:operation|offensive|assault|efforts?))\s+(?:(?:is|are)\s+(?:now\s+)?under\s*way\s+)?to\s+$", before, re.I):
        return "contested"  # "fighting to liberate X", "combat to liberate it is underway": the battle, not its end
    if _hypothetical(text, cue):
        return None
    if kind == "captured" and re.search(r"\b(?:after|since|before|until|following)\s+(?:its|their)\s+$", before, re.I):
        return None  # "fortifications built around the town after its liberation": a time of reference, not news
    if kind in ("held", "captured") and re.search(r"\b(?:part|parts|half|most|much|some)\s+of\s+(?:the\s+)?(?:[\w'’-]+\s+){0,4}?"
                                                  r"(?:is|are|was|were|remains?|has\s+been|have\s+been)\s+(?:\w+\s+)?$", before, re.I):
        return "contested"  # "Part of the settlement is under the control of Russian forces": a share, no control
    if kind == "captured" and cue.withdrawal and \
            re.search(r"\b(?:began|begun|begins|started|starts|beginning\s+of|start\s+of)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}$", before, re.I):
        return "contested"  # "began a large-scale withdrawal": under way, not done (but "troops are withdrawing from X"
        # admits the withdrawal, as the annotators of real pages read it)
    if kind == "held" and re.search(r"hold", cue.text, re.I) and re.match(
            r"^\s+(?:certain|some|several|their|the)?\s*(?:borders|lines?|positions|defen[cs]es|sectors|parts|streets)\b",
            text[cue.end:cue.end + 30], re.I):
        return "contested"  # "the Ukrainians are holding certain borders": lines inside the place, not the place
    if kind == "held" and re.match(r"held\b", cue.text, re.I) and re.search(r"\bhad\s+$", before):
        return None  # "soldiers who had held out in Azovstal": a past stand, not a claim of control now
    if kind == "captured" and re.match(r"fully\s+control", cue.text, re.I):
        if _PARTIAL_AFTER.match(text[cue.end:]):
            return "contested"  # "fully controlled the coking plant area on the outskirts of X": a part of it
        return "held"  # "its forces fully control X": a state asserted, not a change
    if kind in ("captured", "held") and claimant in ("RU", "UA") and _agent(cue, text, claimant) not in (None, claimant) \
            and re.search(r"under|hands", cue.text, re.I) and not re.search(r"\b(?:not|never|n['’]t)\s+(?:\w+\s+)?$", before):
        return "captured"  # Ukraine's officials saying X "is under Russian control": an admission (control RU), no holding
    if kind == "captured" and _UNDER.match(cue.text) \
            and re.search(r"\b(?:is|are|remains?|still)\s+$", before):
        return "held"  # "X is under the control of our forces": a state, not a change
    if kind == "captured" and re.fullmatch(r"(?:liberat|captur|seiz|tak|retak|recaptur|storm|clear)ing", cue.text, re.I) \
            and re.search(r"\b(?:is|are|was|were|been)\s+(?:\w+ly\s+|still\s+)?$|\b(?:task|process|job|work|mission)\s+of\s+$", before):
        return "contested"  # "forces were persistently liberating X": under way, not done
    if kind == "captured" and re.fullmatch(r"liberate|capture|seize|take|retake|recapture|occupy|enter", cue.text, re.I) \
            and re.search(r"\b(?:when|once|until|unless|before|after|as\s+soon\s+as)\s+(?:[\w'’-]+\s+){0,4}$", before, re.I) \
            and not re.search(r"\b(?:the|a|an|its|their|his|her|of)\s+(?:\w+\s+)?$", before, re.I):  # "after the (claimed) capture of X": a noun
        return None  # "... when they liberate X": a time to come
    if kind == "captured" and not cue.withdrawal and re.search(
            r"\b(?:sabotage|reconnaissance|infiltration)\s+(?:and\s+reconnaissance\s+)?(?:groups?|units?|teams?|elements|squads?|detachments?)\b"
            r"(?:\s+of\s+[\w\s]{0,20}?size)?[^.;]{0,30}$|\bDRGs?\b[^.;]{0,30}$|\bsmall\s+groups?\b[^.;]{0,30}$", before, re.I):
        return "contested"  # "sabotage groups advanced into X": infiltration, no control of X
    if kind == "captured" and cue.withdrawal and re.search(
            r"\bsome\s+(?:of\s+(?:the|its|our|their)\s+)?(?:[\w-]+\s+)?(?:troops|units|forces|soldiers|servicemen|personnel)\b[^.;]{0,40}$", before, re.I):
        return "contested"  # "some Ukrainian troops have been withdrawn from X": part of the garrison, no loss of X
    if kind == "captured" and re.fullmatch(r"entered", cue.text, re.I) and claimant in ("RU", "UA") \
            and _agent(cue, text, claimant) not in (None, claimant):
        return "contested"  # "Gaidai said Russian troops have entered X": the defender reports fighting inside, not a loss
    if kind == "captured":
        if C.ATTEMPTED.search(before) or re.search(r"\b(?:tried|tries|trying|attempt(?:s|ed|ing)?|failed|fails)\s+to\b[^.;]{0,50}$", before, re.I):
            return None
        if C.ADMISSION.search(text) and "loss" in cue.text + before:
            return "captured"
        # the denial must be the speaker's own: its verb, or words between it and the cue
        start = (sp.end if sp.noun else min(sp.start, sp.scope[0])) if sp else max(0, cue.start - 50)
        if start > cue.start:  # the voice closes the quote after the cue (or another sentence's): its words lead up to it
            start = max(0, cue.start - 80)
        denial = C.DENIAL.search(text[min(start, cue.start):cue.start])
        if denial and claimant in ("RU", "UA"):
            return "held"
        if sp and claimant in ("RU", "UA") and sp.start > cue.end and _DENIED_BY.search(text, max(0, sp.start - 30), sp.start):
            return "held"  # "the capture of X, which was refuted by Ukraine's Defense Forces"
        if claimant in ("RU", "UA") and _CALLED_FALSE.match(text[cue.end:cue.end + 120]) and _REPORTS_OF.search(before) \
                and not (sp is not None and sp.noun):  # "reports from the Kremlin about the capture ...": the Kremlin's claim stands
            return "held"  # "reports about the capture of X are untrue": a denial after the fact"
        if _UNDER.match(cue.text) and claimant in ("RU", "UA") and _agent(cue, text, claimant) not in (None, claimant) \
                and re.search(r"\b(?:is|are|was|were)\s+not\s+$|n['’]t\s+$", before):
            return "held"  # Ukraine's military: "X is not under Russian control"
        if C.NOT_ASSERTED.search(before) or C.PARTIAL.search(before):
            return "contested"
        if _PARTIAL_AFTER.match(text[cue.end:]):
            return "contested"
    if kind == "contested" and re.search(r"\b(?:protect|shield|safeguard|defend)\w*\s+(?:[\w'’-]+\s+){1,3}(?:from|against)\s+(?:\w+\s+)?$", before, re.I):
        return None  # "allowing Moscow to protect Donetsk from attacks": what a move is for, no fighting at X
    if kind == "contested" and C.NOT_ASSERTED.search(before[-40:]) and not C.NOT_ASSERTED.match(cue.text):
        return None if not re.search(r"confirm|verif", cue.text) else kind
    return kind


def _area_gain(text: str, h: _Hit, offset: int) -> bool:
    """Ground gained near a place, not the place: "regained one square kilometre on Bakhmut's flank",
    "44 square kilometres liberated around Bakhmut" (but not "270 square miles and the towns of X")."""
    place = h.mention.start - offset
    lo, hi = min(h.cue.start, place), max(h.cue.end, place)
    if h.cue.end <= place and re.search(r"\b(?:neighbou?rhoods?|microdistricts?|districts?|quarters?|parts?|sections?|streets?)\s+of\s+"
                                        r"(?:the\s+)?(?:[\w'’-]+\s+){0,3}$", text[h.cue.end:place], re.I):
        return True  # "withdrawn from the Kanal neighbourhood of the town of X": a part of X
    if h.cue.end <= place and re.search(r"\b(?:plant|factory|mine|hospital|school|airport|airfield|warehouse|depot|facility|"
                                        r"enterprise|complex|building|station)\s+(?:in|of|near|on\s+the\s+outskirts\s+of)\s+"
                                        r"(?:the\s+(?:\w+\s+)?(?:town|city|village|settlement)\s+of\s+)?$", text[h.cue.end:place], re.I):
        return True  # "drove Russian forces out of a huge processing plant in the town of X": a site in X
    area = C.AREA_GAIN.search(text, max(0, lo - 40), hi)
    return bool(area) and not re.search(r"\b(?:towns?|villages?|cit(?:y|ies)|settlements?)\s+of\b", text[area.end():max(area.end(), place)])


def _hypothetical(text: str, cue: _Cue) -> bool:
    """Plans, goals, predictions, conditions and questions: nothing is asserted to have happened."""
    clause = text[max(0, cue.start - 90):cue.start]
    if C.MODAL.search(clause) and not cue.answer:
        return True
    if cue.kind in ("captured", "held") and C.UNACHIEVED.search(clause):
        return True
    if C.NOMINAL_CUE.fullmatch(cue.text) and C.MODAL_AFTER_NOUN.match(text[cue.end:]):
        return True
    return bool(C.CONDITIONAL.search(text))


def _summary(text: str, i: int, title_index: int | None) -> bool:
    """A headline, crosshead or caption: it summarises, and a claim needs the body's words.

    A headline is the title, or a line of its own with no final punctuation that is short or
    mostly capitalised ("Russian Troops Gain Full Control Over Avdeyevka Town: Shoigu").
    """
    if C.CAPTION.search(text):
        return True
    if not re.search(r"[a-z]", text) and len(re.findall(r"[A-Z]{2,}", text)) >= 3:
        return True  # "THE EFFECTS OF THE ATTACKS ON NIKOPOL.": a crosshead in capitals, even with its full stop
    if re.search(r"[.!?…”\"'’)]\s*$", text):  # a sentence, even when it came first in a page
        return False
    if i == title_index:
        return True
    words = re.findall(r"[A-Za-z][\w'’-]*", text)
    long = [w for w in words if len(w) > 3]
    capitalised = sum(w[0].isupper() for w in long) / len(long) if long else 1.0
    if re.search(r":\s*$", text) and capitalised < 0.6:
        return False  # "According to him, Kupyansk and the district were shelled:": a list's lead-in, a sentence
    return len(words) <= 14 or capitalised >= 0.6


def _control(kind: str, cue: _Cue, text: str, claimant: str, liberator: str = "RU") -> str | None:
    if kind == "held":
        m = re.search(r"under\s+(Russian|Ukrainian)\s+control|in\s+(Russian|Ukrainian)\s+hands", text[cue.start:cue.end + 20])
        if m and not re.search(r"\bnot\s+$|n['’]t\s+$", text[max(0, cue.start - 12):cue.start]):
            return "RU" if "Russian" in m.group() else "UA"
        return claimant if claimant in ("RU", "UA") else ("UA" if C.UA_AGENT.search(text) else "RU")
    if kind != "captured":
        return None
    agent = _agent(cue, text, claimant)
    if cue.withdrawal:  # who withdraws: the side named, else the side that says so ("the Russians announced they were withdrawing")
        return "RU" if agent == "UA" or agent is None and claimant != "RU" else "UA"
    if agent is None and claimant not in ("RU", "UA") and re.match(r"liberat", cue.text, re.I):
        return liberator
    if re.search(r"(?<!de-)(?<!de)occupied", cue.text, re.I):
        return "RU"  # "X was completely occupied", "which had been occupied": reporting says it of Russia's captures only
    return agent or (claimant if claimant in ("RU", "UA") else "RU")


def _agent(cue: _Cue, text: str, claimant: str) -> str | None:
    """The side a capture cue names as taking the place (or withdrawing from it), None when unsaid."""
    by = _BY_SIDE.match(text, cue.end)
    if by:  # "recaptured by Ukrainian troops": the taker is named right after, whatever came before
        return "RU" if re.match(r"Russia|Moscow|Wagner", by["side"], re.I) else "UA"
    m = re.search(r"(Russian|Ukrainian)\s+(?:(?:forces|troops|army)['’]?s?\s+)?control|in\s+(Russian|Ukrainian)\s+hands",
                  text[cue.start:cue.end + 25])
    if m:  # "came under Russian forces' control": the cue says who
        return "RU" if "Russian" in m.group() else "UA"
    # a country named as a location ("settlements in Ukraine", "Ukraine's Donetsk region") is no agent
    before = _LOCATION_COUNTRY.sub(lambda x: " " * len(x.group()), text[:cue.start])
    # "its troops" / "our forces" belong to whoever speaks: Russia in "Russia said its troops took X",
    # Ukraine in "Ukraine's army said it ordered its troops to withdraw"
    own = claimant if claimant in ("RU", "UA") else None
    if re.match(r"fall\b", cue.text, re.I):
        before = ""  # "the fall of X" names no taker before it ("as Kyiv sees it, the fall of X"): only "to Russian forces" after
    elif re.match(r"(?:liberated|captured|seized|occupied|retaken|recaptured)$", cue.text, re.I) \
            and re.search(r"\b(?:the|recently|newly|just|already|a|an)\s+$", before, re.I):
        before = ""  # "assaults near ... recently liberated X": who liberated X is not the sentence's subject
    ru = [m.end() for m in C.RU_AGENT.finditer(before) if not (own and _POSSESSIVE_AGENT.match(m.group()))]
    ua = [m.end() for m in C.UA_AGENT.finditer(before) if not (own and _POSSESSIVE_AGENT.match(m.group()))]
    if own:
        (ru if own == "RU" else ua).extend(m.end() for m in _POSSESSIVE_AGENT.finditer(before))
    agent = None
    if ru or ua:
        agent = "RU" if (ru[-1] if ru else -1) > (ua[-1] if ua else -1) else "UA"
    if agent is None and not cue.withdrawal and (m := _LOSER_AFTER.search(text, cue.end, cue.end + 90)):
        return "UA" if re.match(r"Moscow|Russia", m["loser"], re.I) else "RU"  # "the fall of X was Moscow's biggest loss"
    if agent is None and not cue.withdrawal:  # "taken by Russian forces", "... a sign of Ukraine's counteroffensive"
        m = _AGENT_AFTER.search(text, cue.end, cue.end + 90)
        if m and _DENIED_BY.search(text, max(0, m.start() - 12), m.start() + 3):
            m = None  # "which was refuted by Ukraine's forces": who denies it, not who took it
        under = text.rfind("under", cue.end, m.start()) if m else -1
        if m and under >= 0 and _FORMERLY.search(text, max(0, under - 30), under):
            m = None  # "liberated communities that had been previously under the control of the Ukrainian army"
        if m:
            agent = "RU" if re.match(r"Russia|Moscow|Wagner", m["side"] or m["side2"] or m["side3"], re.I) else "UA"
    return agent


def extract_claims(article: Article, mentions: list[Mention]) -> list[Claim]:
    """Every claim the article makes about a Ukrainian place, one per place, claimant and kind.

    :param article: the article (its publication date grounds relative dates).
    :param mentions: the article's resolved mentions (from :mod:`geo.reading.mentions`).
    :returns: claims, in the order their first sentence appears.
    """
    sents = split_sentences(article.text)
    title = article.title.strip()
    # a first line that ends like a sentence is the lead, not a headline (the corpus conventions): its
    # dates ground the story; but like a headline it sums up, so the outlet's own voice claims nothing there
    first_line = 0 if title and sents and sents[0].text.strip() == title else None
    title_index = first_line if first_line is not None and not _SENTENCE_END.search(title) else None
    dates = DateContext(article, sents, title_index)
    voices = Attributor(article.text, [sent.text for sent in sents])
    all_speakers = [voices.speakers(sent.text, dateline_end(sent.text), title=i == title_index) for i, sent in enumerate(sents)]
    quoted = _quote_spans(sents, article.text)
    sourced = _source_lines(sents, voices)
    claims: dict[tuple, tuple[Claim, int]] = {}
    state = _State(salient=_most_named(mentions))
    # "X was liberated" with no side named: Russian state media say it of Russian captures, the
    # others (wires, Ukrainian and Western outlets) of Ukrainian recaptures
    liberator = "RU" if russian_state_media(article.source, article.url) else "UA"
    for i, sent in enumerate(sents):
        text, skip = sent.text, dateline_end(sent.text)
        places = [(m.start - sent.start, m.end - sent.start, m) for m in mentions
                  if sent.start <= m.start < sent.end and m.start - sent.start >= skip
                  and m.kind in ("settlement", "oblast") and not m.metonymic and (m.resolved or m.kind == "settlement")]
        speakers = all_speakers[i] or _quoted_speaker(i, sents, all_speakers, quoted) or \
            ([sourced[i][0]] if sourced[i][0] and (quoted[i][0] or sourced[i][1]) else []) or \
            _reported_after(i, sents, all_speakers)
        if not speakers and state.last_official and i - state.reporter_at <= CARRY_LIST and _RELAY_ON.match(text, skip):
            r = state.last_official  # "It is noted that ...": the report relayed before goes on
            speakers = [Speaker(-1, -1, r.side, r.label, r.kind, scope=(0, len(text)))]
        if _BULLET.match(text):  # a new item of a list or live blog: no earlier report goes on into it
            state.reporter = None
        cues = _cues(text, skip)
        if cues and _summary(text, i, title_index):  # its places are mentioned, but carry no claim
            state.prev_places = []
            continue
        regions = _relatives(text, places)
        hits = _attach(text, cues, places, regions, state, skip)
        if not places and state.place_line:  # "01:50, Senkovo village. As a result of enemy shelling, a house was damaged."
            hits += [_Hit(m, cue) for cue in cues if cue.kind == "struck" for m in state.place_line]
        state.place_line = [p[2] for p in places if p[2].kind == "settlement"] if _PLACE_LINE.fullmatch(text) and places else []
        hits += _answers(text, speakers, hits, state, article)
        best: dict[tuple, tuple] = {}
        for h in hits:
            for claimant, label, sp, voice in _claimants(h, speakers, article, state.reporter, text):
                kind = _kind(text, h.cue, claimant, sp if sp in all_speakers[i] else None)
                if kind == "captured" and (h.partial or _area_gain(text, h, sent.start)
                                           or _OUTSKIRTS_AFTER.match(text, h.mention.end - sent.start)):
                    kind = "contested"
                if kind is None or claimant == "unknown" or (i == first_line and claimant == "other"):
                    continue
                if sp is None and claimant == "other" and C.BATTLEGROUP.search(text, max(0, h.cue.start - 80), h.cue.start):
                    claimant, label, voice = "RU", "Russian Defense Ministry", "relayed"  # its battlegroups' reports
                if sp is None and kind == "captured" and C.REPORTED_BEFORE.search(text[max(0, h.cue.start - 40):h.cue.start]) \
                        and _agent(h.cue, text, claimant):
                    # "the claimed capture of X": the outlet reports the capturing side's claim (when
                    # the sentence says which side; a guessed side would put words in its mouth)
                    claimant = _control(kind, h.cue, text, claimant)
                    label, voice = {"RU": "Russian side", "UA": "Ukrainian side"}[claimant], "relayed"
                if h.mention.kind == "oblast" and (kind != "struck" or _qualifies(text, places, h.mention)
                                                   or _located_inside(mentions, sent, h.mention)
                                                   # "repelled offensives in the Donetsk and Zaporizhzhia regions and
                                                   # had hit targets with missiles": the regions are the fighting's
                                                   or h.cue.start >= h.mention.end - sent.start
                                                   and any(c.kind != "struck" and c.end <= h.mention.start - sent.start for c in cues)):
                    continue
                key = (h.mention.geonameid or id(h.mention), claimant if kind != "struck" else "struck")
                rank = (_PRIORITY[kind], h.region is None)
                if key not in best or rank > best[key][0] or rank == best[key][0] and kind == "captured" == best[key][4] \
                        and best[key][1].cue.end <= h.cue.start and _AND_THEN.search(text, 0, h.cue.start):
                    best[key] = (rank, h, claimant, label, kind, voice, sp)  # "seized ... and recaptured": the later
        # "a drone attack hit X": the attack is the strike, not fighting for X
        for key in [k for k, v in best.items() if v[4] == "contested" and _ATTACK.fullmatch(v[1].cue.text)]:
            if (key[0], "struck") in best:
                del best[key]
        placed = []
        dates.set_regions(i, regions)
        placed, struck_before = [], state.struck_date
        where = _Where(i, i == title_index, len(places), len(cues), text, sent.start, liberator)
        for rank, h, claimant, label, kind, voice, sp in best.values():
            m = h.mention
            if (m.resolved and m.geonameid) or (m.kind == "settlement" and m.candidates):
                lo, hi = min(h.cue.start, m.start - sent.start), max(h.cue.end, m.end - sent.start)
                if h.coref and kind == "struck" and struck_before:  # "this strike": the antecedent's date
                    dr, strength = struck_before
                else:
                    dr, strength = dates.pick(i, max(lo, 0), hi, spoken=claimant != "other" or bool(speakers),
                                              region=h.region or ((h.cue.start, len(text)) if h.clause else None),
                                              exclude=[r for r in regions if r != h.region])
                _add(claims, m, claimant, label, kind, h, where, dr, strength, voice, sp)
                if kind == "struck":
                    state.struck_date = (dr, strength)
            placed.append(m)
            state.note(m, kind, claimant)
        state.prev_places = placed if i != title_index else []
        official = [sp for sp in speakers if not sp.noun and sp.side in ("RU", "UA") and sp.kind in ("off", "mil", "gov")
                    and sp.label not in ("Russia", "Ukraine")]
        state.reporter = official[-1] if official else (
            state.reporter if not speakers and i - state.reporter_at <= state.reporter_span else None)
        if official:
            state.reporter_at, state.last_official = i, official[-1]
            # "According to him, Kupiansk and the district were shelled:" and the bulletin's lines below
            state.reporter_span = CARRY_LIST if re.search(r":\s*$", text) else CARRY_SENTENCES
        settled = [p[2] for p in places if p[2].kind == "settlement" and not _landmark(text, p[0])]
        if settled:
            state.last_any = settled[0]
    return _merge_held([c for c, _ in claims.values()])


_SENTENCE_END = re.compile(r"[.!?][\"”’)]*\s*$")
_RELAY_ON = re.compile(r"\s*(?:It\s+(?:is|was|has\s+been)\s+(?:also\s+|further\s+)?(?:noted|reported|specified|stated|added|indicated|clarified)"
                       r"\s+that\b|(?:Also|In\s+addition|Additionally),?\s+it\s+(?:is|was)\s+(?:noted|reported)\s+that\b)")
_OPEN_QUOTE = re.compile(r"^\s*(?:[“«\"]|Quote:)")


def _quote_spans(sents, text: str = "") -> list[tuple[bool, int]]:
    """Per sentence: whether it is (part of) a quotation, and the index of the sentence that closes it.

    Straight quotes toggle; curly and angle quotes open and close. A paragraph that does not open
    with a quotation mark is no quotation going on (a quote over paragraphs reopens each one): a
    stray mark in a page's debris does not make the rest of the page a quotation.
    """
    depth, states = 0, []
    for sent in sents:
        if depth and "\n" in text[max(0, sent.start - 3):sent.start] and not _OPEN_QUOTE.match(sent.text):
            depth = 0
        inside = depth > 0 or bool(_OPEN_QUOTE.match(sent.text))
        for ch in sent.text:
            if ch in "“«":
                depth = 1
            elif ch in "”»":
                depth = 0
            elif ch == '"':
                depth = 1 - depth
        states.append((inside, depth))
    out = []
    for i, (inside, _) in enumerate(states):
        close = i
        for j in range(i, min(i + 12, len(states))):
            if j > i and "\n" in text[max(0, sents[j].start - 3):sents[j].start] and not _OPEN_QUOTE.match(sents[j].text):
                break  # a quotation closes in its paragraph, or one that reopens with a quotation mark
            if states[j][1] == 0:
                close = j
                break
        out.append((inside, close))
    return out


_REPORTED_AFTER = re.compile(r"^\s*(?:This|That|It|The\s+(?:news|information|report))\s+(?:was|has\s+been|had\s+been|is)\s+"
                             r"(?:\w+\s+)?(?:reported|stated|announced|said|confirmed|published|posted)\s+(?:(?:on|in|via)\s+(?:\w+\s+){1,2})?by\b"
                             # "Serhiy Lysak, the head of the regional administration, reported the attack."
                             r"|^[^.;]{3,140}?\b(?:reported|confirmed|announced)\s+(?:the|this|these|that)\s+(?:attacks?|strikes?|shelling|news|information)\b")


def _reported_after(i: int, sents, all_speakers) -> list[Speaker]:
    """A sentence whose source the next one gives: "... 15 settlements were shelled." followed by
    "This was reported by Oleh Syniehubov, the head of the regional administration."
    """
    if i + 1 >= len(sents) or not _REPORTED_AFTER.match(sents[i + 1].text):
        return []
    named = [sp for sp in all_speakers[i + 1] if not sp.noun and sp.side in ("RU", "UA", "other")]
    return [Speaker(-1, -1, named[0].side, named[0].label, named[0].kind, scope=(0, len(sents[i].text)))] if named else []


_SOURCE_LINE = re.compile(r"^\s*Sources?:\s")


def _source_lines(sents, voices: Attributor) -> list[tuple[Speaker | None, bool]]:
    """Per sentence, the voice of a "Source: X on Telegram" line, and whether it speaks the whole
    sentence: the page layout of some Ukrainian outlets, where that line names who says the lead
    just above it, and the "Quote: ..." paragraphs below it."""
    out, current, first = [], None, None
    for i, sent in enumerate(sents):
        if _SOURCE_LINE.match(sent.text):
            current = voices.named(sent.text)
            first = i if first is None else first
        out.append((current, False))
    if first is not None and first <= 3 and out[first][0] is not None:
        out[:first] = [(out[first][0], True)] * first  # the lead the source line is the source of
    return out


def _quoted_speaker(i: int, sents, all_speakers, quoted) -> list[Speaker]:
    """The voice of a quoted sentence that names none: the one the closing sentence gives
    ("..., he said."), else the one who introduced the quote in the sentence before ("X said:")."""
    inside, close = quoted[i]
    if not inside:
        return []
    named = lambda sps: [sp for sp in sps if not sp.noun and sp.side in ("RU", "UA", "other")]  # noqa: E731
    source = named(all_speakers[close]) if close > i else []
    if not source and i > 0 and (quoted[i - 1][0] or re.search(r"[:,]\s*[“\"]?\s*$", sents[i - 1].text)):
        source = named(all_speakers[i - 1])[-1:]
    if not source:
        return []
    sp = source[0]
    return [Speaker(-1, -1, sp.side, sp.label, sp.kind, scope=(0, len(sents[i].text)))]


def _merge_held(claims: list[Claim]) -> list[Claim]:
    """A side that says it holds a place and that fighting goes on there, the same days, makes one claim: held."""
    held = {(c.geonameid, c.claimant): c for c in claims if c.kind == "held"}
    out = []
    for c in claims:
        h = held.get((c.geonameid, c.claimant))
        if c.kind == "contested" and h and h.date_from <= c.date_to and c.date_from <= h.date_to:
            continue
        out.append(c)
    return out


def _most_named(mentions: list[Mention]) -> Mention | None:
    counts: dict[int, list[Mention]] = {}
    for m in mentions:
        if m.kind == "settlement" and m.resolved and m.geonameid and not m.metonymic:
            counts.setdefault(m.geonameid, []).append(m)
    return max(counts.values(), key=len)[0] if counts else None


def _attacker_is(text: str, side: str) -> bool:
    """Whether the sentence names ``side``'s forces as the attacker: a side reports the strikes it
    suffers, so "Russian forces attacked X" is not the Russian report going on."""
    agents = C.RU_AGENT if side == "RU" else C.UA_AGENT
    return bool(agents.search(_LOCATION_COUNTRY.sub(" ", text)))


def _claimants(h: _Hit, speakers: list[Speaker], article: Article, carry: Speaker | None = None, text: str = ""):
    """Who asserts a hit: the nearest voice over the cue and, if that voice is a claim being reported
    ("rejected a Russian statement that ..."), the voice reporting it as well. A strike with no voice
    of its own, just after an official's report, is that report going on (``carry``): a round-up
    lists the places its source names ("According to him, ... Additionally, air strikes hit X")."""
    pos = h.cue.start
    inside = [v for v in speakers_at(speakers, pos) if not (h.cue.answer and v.noun)]
    if h.region:
        inside = [s for s in inside if h.region[0] <= s.start < h.region[1]]
    if h.cue.answer and not inside:  # "X says Russia's claim is untrue": X answers, though its scope ends at the claim
        inside = [v for v in speakers if not v.noun and v.end <= pos + 1 and v.side in ("RU", "UA")][-1:]
    if not inside and carry is not None and h.cue.kind == "struck" and not speakers and not _attacker_is(text, carry.side) \
            and not _OWN_SOURCE.search(text):  # "Explosions were also reported in ...": a source of its own, unnamed
        return [(carry.side, carry.label, None, "relayed")]
    if not inside:
        return [("other", article.source or "unnamed outlet", None, "outlet")]
    if len(inside) > 1 and inside[0].side not in ("RU", "UA") and inside[1].side in ("RU", "UA"):
        a, b = sorted(inside[:2], key=lambda v: v.start)
        if re.fullmatch(r"\s*(?:,|and)\s*(?:the\s+)?", text[a.end:b.start]):
            inside = [inside[1], inside[0]]  # "according to local media reports and regional officials": the officials
    out = [(sp.side, sp.label, sp, _voice(sp)) for sp in inside[:2 if inside[0].noun else 1]]
    return out


def _voice(sp: Speaker) -> str:
    """How directly a speaker makes a claim: named in the sentence ("speaker", "third" for analysts and
    monitors), or borrowed from a quotation's closing words ("relayed")."""
    if sp.start < 0:
        return "relayed"
    return "third" if sp.side == "other" else "speaker"


def _answers(text: str, speakers: list[Speaker], hits: list[_Hit], state: _State, article) -> list[_Hit]:
    """ "Ukraine's military disputed the claim": held, for the places just claimed captured (by the other side)."""
    out = []
    for m in C.DENIES_CLAIM.finditer(text):
        captured = [h.mention for h in hits if h.cue.kind == "captured" and h.cue.start < m.start()][:1]
        # "refuted the Russian information about the capture of A, B and C": every place of the list
        captured = captured or [h.mention for h in hits if h.cue.kind == "captured" and h.cue.start >= m.end()]
        voices = [v for v in speakers_at(speakers, m.start()) if not v.noun]
        other = {"UA": "RU", "RU": "UA"}.get(voices[0].side if voices else "")
        if not captured and re.match(r"\s+(?:of|about|that|on)\b", text[m.end():m.end() + 8]):
            continue  # "refuted reports of Russian troops advancing into the region": its own object, not an earlier place
        targets = captured or [state.claimed_by.get(other) or state.salient]
        for target in targets:
            if target is not None:
                out.append(_Hit(target, _Cue(m.start(), m.end(), "held", m.group(), answer=True), coref=not captured))
    return out


def _located_inside(mentions: list[Mention], sent, oblast: Mention) -> bool:
    """The sentence places the strike more precisely than its oblast: "in the Sumy region, one person
    was killed ..., including at Sumy" (a town of that oblast is named too, or a district, which
    reporting names within the oblast it speaks of)."""
    inside = [m for m in mentions if sent.start <= m.start < sent.end]
    # a settlement of that oblast: the one it resolved to, or (left unresolved) any of its readings
    return any(m.kind == "raion" for m in inside) or any(
        (c.geonameid == m.geonameid or not m.resolved) and c.admin1 == oblast.name
        for m in inside if m.kind == "settlement" for c in m.candidates)


def _qualifies(text: str, places, oblast: Mention) -> bool:
    """An oblast that only says where a named settlement lies ("Volnovakha, in the Donetsk region")."""
    s = next((p[0] for p in places if p[2] is oblast), None)
    if s is None:  # named in an earlier sentence
        return False
    if any(p[2].kind == "settlement" and 0 <= s - p[1] <= 50
           and (re.search(r"\bin\s+(?:the\s+)?", text[p[1]:s]) or re.fullmatch(r"\s*,\s*(?:the\s+)?", text[p[1]:s]))
           for p in places):
        return True
    # a name the gazetteer does not know, placed in the oblast: "striking Kupeianshchina in the Kharkiv region"
    return bool(re.search(r"(?<![.!?]\s)\b(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Ukraine|Russia|Kyiv|Kiev)\b)"
                          r"[A-Z][\w'’-]{3,}\s+in\s+(?:the\s+)?" + _COMPASS + "$",
                          text[max(0, s - 50):s]))


# "pulled back to the outskirts / to new positions": a withdrawal that keeps a foothold; not "a
# manoeuvre to pull units out", whose "to" starts an infinitive.
_BACK_TO = re.compile(r"^\s+(?:only\s+)?to\s+(?:the\s+|new\s+|defensive\s+|its\s+|their\s+)?(?:[A-Z]|outskirts|\w+ern\s+|positions|lines?)")
# an object named by number or kind, then the places: "two nearby villages, A and B", "several settlements: A, B"
_APPOSITIVE = re.compile(C.UNNAMED_OBJECT.pattern[1:] + r"(?:\s+(?:in|near|around|of|on)\s+[^.;,:]{0,40}?)?\s*(?:,|:|[—–])\s*", re.I)
# the list's first names the gazetteer does not know ("including Lukyantski, Hlyboke and Robotyne")
_UNKNOWN_NAMES = re.compile(r"(?:the\s+(?:villages?|towns?|settlements?)\s+of\s+)?(?:[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?(?:,\s*(?:and\s+)?|\s+and\s+))*")
_LIST_INTRO = re.compile(r"(?:[:—–]\s*(?:they\s+are|namely|these\s+are|including)?|,?\s+(?:including|namely|among\s+them)\s*:?)\s*(?:the\s+)?"
                         r"(?:(?:[\w-]+\s+){0,3}(?:hub|city|town|village|settlement|stronghold)\s+of\s+)?")
_NEAR_LANDMARK = re.compile(
    r"(?:(?P<unit>\b(?:kilomet(?:er|re)s?|km|miles)\s+(?:\w+\s+)?(?:from|of|outside)\s+)|\b(?:near|outside|close\s+to|not\s+far\s+from)\s+)"
    r"(?:the\s+)?(?:[\w-]+\s+){0,3}?(?:(?:town|city|village|hub)\s+of\s+)?$", re.I)
_LOCATED_GAP = re.compile(r"^\s*,?\s*(?:(?:a|an|another|the)\s+(?:\w+\s+){0,2}(?:village|town|city|settlement|hamlet)\s*|which\s+(?:is|lies)\s*|"
                          r"(?:located|situated|lying)\s*)?$", re.I)
_LOCATION_COUNTRY = re.compile(r"\b(?:in|of|across|to|from|into|throughout|eastern|southern|northern|western)\s+(?:the\s+)?"
                               r"(?:Ukraine|Russia)\b|\b(?:Ukraine|Russia)['’]s\s+(?:\w+\s+){0,2}(?:region|oblast|city|town|village)", re.I)
_AGENT_AFTER = re.compile(r"\bby\s+(?:the\s+)?(?P<side>Russian|Ukrainian|Russia|Ukraine|Moscow|Kyiv|Kiev|Wagner)\b"
                          r"|(?<=control)\s+of\s+(?:the\s+)?(?P<side3>Ukraine|Russia|Ukrainian|Russian)\b"
                          r"|\b(?P<side2>Ukraine|Russia)['’]s\s+(?:[\w-]+\s+){0,2}?(?:counter-?offensive|offensive|forces|troops|army|military)\b")
_LOSER_AFTER = re.compile(r"\b(?:was|is|marked|became)\s+(?:a\s+|the\s+)?(?P<loser>Moscow|Russia|Kyiv|Kiev|Ukraine)['’]s\s+"
                          r"(?:[\w-]+\s+){0,3}(?:loss|defeat|setback|blow|humiliation)", re.I)
_POSSESSIVE_AGENT = re.compile(r"(?:its|his|our|their)\s+(?:forces|troops|army|units|defenders)|\b(?:it|we)\s+(?:had\s+|has\s+|have\s+)?(?:also\s+)?$", re.I)
_ATTACK = re.compile(r"attack(?:s|ed|ing)?", re.I)
_BULLET = re.compile(r"^\s*(?:[•·▪◦●*]|-\s|–\s|\d+[.)]\s)")
_PRECISION_RANK = {"day": 0, "week": 1, "month": 2, "season": 3, "year": 4}
SPAN_GAP_DAYS = 31
_OWN_SOURCE = re.compile(r"\b(?:(?:was|were|been|being)\s+(?:also\s+)?reported|reportedly)\b", re.I)
_NEAR_END = re.compile(r"\b(?:near|around|outside|in\s+the\s+(?:vicinity|areas?)\s+of|on\s+the\s+outskirts\s+of)\s+"
                       r"(?:the\s+(?:village|town|city|settlement)s?\s+of\s+)?$", re.I)
CARRY_LIST = 16  # ... and a bulletin announced by "...:" for as many lines as a day's report has
# A bulletin's line that only says where and when: "June 8, 01: 50, Senkovo village, Kupyansky district."
_PLACE_LINE = re.compile(r"\s*(?:(?:[A-Z][a-z]+\s+\d{1,2},\s*)?\d{1,2}\s*[:.]\s*\d{2},?\s*)?(?:(?:the\s+)?(?:village|town|city|settlement)\s+of\s+)?"
                         r"[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?(?:\s+(?:village|town|city|settlement))?"
                         r"(?:,\s*[A-Z][\w'’-]+\s+(?:district|community|region|raion|hromada))*\.?\s*")
CARRY_SENTENCES = 3  # a strike round-up goes on for a few sentences after the official who gives it


def _near_in_time(claim: Claim, dr) -> bool:
    """Whether a second date of the same claim is close enough to span with the first."""
    gap = max(dr.date_from - claim.date_to, claim.date_from - dr.date_to).days
    return gap <= SPAN_GAP_DAYS


@dataclass
class _Where:
    """The sentence a claim comes from, as the confidence model sees it."""

    index: int
    title: bool
    places: int
    cues: int
    text: str
    offset: int  # where the sentence starts in the article
    liberator: str = "RU"  # who liberates when the sentence does not say (see extract_claims)


def _signs(m: Mention, claimant, kind, h: _Hit, where: _Where, dr, voice, sp: Speaker | None) -> dict[str, float]:
    population = next((c.population for c in m.candidates if c.geonameid == m.geonameid), 0)
    return features(
        voice=voice, kind=kind, claimant=claimant, cue=h.cue.text, cue_start=h.cue.start, cue_end=h.cue.end,
        mention_start=m.start - where.offset, mention_end=m.end - where.offset,
        place_kind=m.kind, place_confidence=m.confidence, population=population, coref=h.coref,
        region=h.region is not None, partial=h.partial, dated=bool(dr.phrase), precision=dr.precision,
        withdrawal=h.cue.withdrawal, speaker_kind=sp.kind if sp else "", speaker_noun=bool(sp and sp.noun),
        sentence=where.text, index=where.index, title=where.title, places=where.places, cues=where.cues)


def _add(claims, m: Mention, claimant, label, kind, h: _Hit, where: _Where, dr, strength, voice="speaker", sp=None):
    # A claim on a name the geocoder left unresolved is kept *pending* (no geonameid): it is stored
    # and shows up once a journalist assigns the mention its place in review.
    pending = not (m.resolved and m.geonameid)
    key = (m.geonameid if not pending else f"pending:{m.surface}", claimant, kind)
    control = _control(kind, h.cue, where.text, claimant, where.liberator) if kind in ("captured", "held") else None
    signs = _signs(m, claimant, kind, h, where, dr, voice, sp)
    conf = probability(signs)
    if key in claims and kind == "captured" and claims[key][0].control != control:
        # "seized by Russia in 2022 and recaptured by Ukraine months later": the later change is who holds
        # it, when it is said as surely (a weak later mention does not undo a clear earlier one)
        if dr.date_from <= claims[key][0].date_to or conf < claims[key][0].confidence:
            return
        del claims[key]
    if key in claims:
        old, old_strength = claims[key]
        if strength > old_strength:
            old.date_from, old.date_to, old.date_phrase, old.precision = dr.date_from, dr.date_to, dr.phrase, dr.precision
            claims[key] = (old, strength)
        elif strength == old_strength and _near_in_time(old, dr):
            # the same claim made on two days: its dates span both ("one claim per place,
            # claimant and kind"); events months apart are not stretched into one range
            old.date_from, old.date_to = min(old.date_from, dr.date_from), max(old.date_to, dr.date_to)
            if dr.phrase and dr.phrase not in old.date_phrase:
                old.date_phrase = f"{old.date_phrase}; {dr.phrase}" if old.date_phrase else dr.phrase
            if _PRECISION_RANK.get(dr.precision, 9) > _PRECISION_RANK.get(old.precision, 9):
                old.precision = dr.precision
        return
    text = where.text
    claims[key] = (Claim(
        geonameid=None if pending else m.geonameid, place=m.surface if pending else m.name, surface=m.surface, claimant=claimant, claimant_label=label,
        kind=kind, control=control,
        date_from=dr.date_from, date_to=dr.date_to, precision=dr.precision, date_phrase=dr.phrase,
        quote=quote_text(text), cue=h.cue.text, confidence=conf, place_kind=m.kind, coref=h.coref,
        lat=None if pending else m.lat, lon=None if pending else m.lon, mention_start=m.start, mention_end=m.end, signs=signs,
    ), strength)
