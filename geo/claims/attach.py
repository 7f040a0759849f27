"""Cues -> places: which places a cue in a sentence is about.

A cue attaches to the place named right after it and the rest of its list, to an anaphor, to the
place a sentence opens with, to the subject of a passive or to the place right before it; places that
only locate something else (landmarks, "the Avdiivka front", an oblast qualifying a town) are skipped.
"""

from __future__ import annotations

import re

from geo.claims import cues as C
from geo.claims.hits import VILLAGE_MAX, _Cue, _Hit, _State, _population
from geo.models import Mention
from geo.reading.mentions import HASHTAG_RUN, far_from_the_rest

# a verb of its own right before a place, after a comma: "captured A, approached B and C"
_ASIDE_CLAUSE = re.compile(r",\s*(?:as|while|when|whereas|because|until)\s+[^,]*,")  # "recaptured, as they had vowed, X"
_NEW_CLAUSE = re.compile(r"\b(?:as|while|when|whereas|because|until)\s+(?:they|it|he|she|we)\s+[a-z]+")
_OTHER_VERB = re.compile(r",\s+(?:and\s+)?(?:then\s+|also\s+)?(?:[a-z]{3,}ed|approaching|nearing|reaching)\s+"
                         r"(?:the\s+(?:(?:town|city|village|settlement|outskirts|suburbs)\s+of\s+)?)?$")
# a full stop or semicolon between a place and a cue (not an ellipsis: "The settlement of X... was liberated")
_CLAUSE_BREAK = re.compile(r";|(?<!\.)\.(?!\.)")
# A share of a place: "80% of X", "70 per cent of the city of X".
_SHARE = (r"(?:(?:more\s+than\s+|over\s+|nearly\s+)?\d+\s*(?:%|per\s*cent|percent)|"
          # "about half of X", "a substantial portion of X", "most of X": a share in words
          r"[\"“']?(?:(?:almost|nearly|virtually|practically)\s+all|(?:(?:about|some|almost|nearly|roughly|more\s+than|over)\s+)?(?:half|a\s+third|two-thirds|a\s+quarter|most|much|"
          r"(?:a\s+|the\s+)?(?:large|larger|substantial|significant|major|considerable|small|greater|bigger)\s+(?:portion|part|share)s?|"
          r"the\s+(?:bulk|majority)|(?:some\s+|several\s+)?parts|"
          # "the northern part of X": one side of the place
          r"(?:the\s+)?(?:(?:north|south)(?:-?(?:east|west))?(?:ern)?|(?:east|west)(?:ern)?|central)\s+(?:part|half|section|districts?|neighbou?rhoods?)s?))[\"”']?)"
          # ("70% of the Donetsk region city of X", "most of the eastern Ukrainian town of X")
          r"\s+of\s+(?:the\s+(?:[\w'’-]+\s+){0,3}?(?:cit(?:y|ies)|towns?|villages?|settlements?)\s+of\s+|the\s+(?:buildings|houses|territory|streets)\s+(?:in|of)\s+)?")
# "A in the northeastern Kharkiv region, as well as B and C in the Donetsk region": the list goes on past A's oblast
_COMPASS = r"(?:(?:north|south)?(?:east|west)ern\s+|northern\s+|southern\s+|central\s+)?"  # "the northeastern Kharkiv region"
_LIST_SEP = re.compile(r"^(?:\s+(?:village|town|settlement))?"
                       # "A village of Kharkiv district, B village of Bohodukhiv district, C and D in Kupiansk district"
                       r"(?:\s+(?:of|in)\s+(?:the\s+)?[A-Z][\w'’-]+\s+(?:district|raion|community|hromada)(?=\s*,|\s+and\b))?"
                       r"(?:\s*,?\s+in\s+\(?(?:the\s+)?" + _COMPASS +
                       r"(?:[A-Z][\w'’-]+\s+(?:region|oblast|People['’]s\s+Republic)|Ukraine|DPR|LPR|DNR|LNR|(?:north|south)?(?:east|west)?)\)?(?=\s*,|\s+and\b))?"
                       # "70% of A, a major logistics hub in Donetsk region, and 80% of B": past A's appositive
                       r"(?:\s*,\s+(?:a|an)\s+[^,;.:]{3,60}?(?=\s*,\s*and\b))?\s*(?:,|;)?\s*(?:and|or|to|as\s+well\s+as(?:\s+near)?|,|and\s+(?:(?:several|other|some|a\s+number\s+of|\d+|two|three|four|five)\s+)?(?:other\s+)?(?:neighbou?ring\s+|nearby\s+|surrounding\s+)?(?:towns|villages|settlements|localities),?\s*(?:(?:most\s+)?notably|including|such\s+as|among\s+them|in\s+particular|the\s+(?:largest|biggest|main)\s+of\s+which\s+(?:are|were|being)):?)?\s*(?:(?<=and\s)(?:near|around|outside)\s+)?(?:(?:neighbouring|neighboring|nearby|(?:the\s+|its\s+|their\s+)?(?:\w+\s+)?(?:village|town|city|settlement)\s+of|the\s+capital(?:\s+city)?,?)\s+)?"
                       rf"(?P<part>(?:about\s+|some\s+|almost\s+)?{_SHARE})?$")
# A round-up of fighting by compass point, each part with its own "near" ("attacks on A itself, west of the city
# near B; northwest -- near C; north -- near D and E"): for fighting only ("captured A, near B" locates A)
_POINT = r"(?:north|south|east|west|(?:north|south)-?(?:east|west))(?:ern)?"
_SEGMENT_SEP = re.compile(r"(?:\s+itself)?(?:\s+(?:village|town|settlement))?\s*(?:;\s*(?:and\s+)?(?:" + _POINT + r"(?:\s+of\s+(?:the\s+)?[\w'’-]+)?\s*[—–-]\s*)?"
                          r"|,\s*(?:and\s+)?" + _POINT + r"(?:\s+of\s+the\s+(?:city|town|village)|\s*[—–-])\s*)"
                          r"(?:near|around|outside)\s+(?:the\s+(?:village|town|city|settlement)\s+of\s+)?", re.I)
# "injured a man in the village of A and a 56-year-old woman in B": the strike's victims, place by place
_VICTIM_SEP = re.compile(r"\s*,?\s*(?:and\s+)?(?:a|an|another|one|two|three|four|five|six|\d+)\s+(?:[\w-]+\s+){0,4}?"
                         r"(?:in|at)\s+(?:the\s+(?:village|town|city|settlement)\s+of\s+)?")
# The first place of a list can be a share too: "the capture of 80% of X".
_SHARE_BEFORE = re.compile(rf"\b{_SHARE}$", re.I)
# another name of the place just named: "Krasnoarmeysk (also known as Pokrovsk)"
_ALSO_KNOWN = re.compile(r"[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?\s*\(\s*(?:(?:also|better|now|formerly)\s+)?(?:known\s+as|called|or|aka|a\.k\.a\.)?\s*$")


def _share_before(text: str, pos: int) -> bool:
    """Whether the place named at ``pos`` is named as a share ("most of X", "80% of X"), also through
    another of its names before it ("most of Krasnoarmeysk (also known as Pokrovsk)")."""
    if "(" in text[max(0, pos - 30):pos] and (other := _ALSO_KNOWN.search(text, max(0, pos - 60), pos)) is not None:
        pos = other.start()
    return bool(_SHARE_BEFORE.search(text, max(0, pos - 70), pos))


_SHARE_OF_IT = re.compile(rf"\s+(?:about\s+|some\s+|almost\s+|roughly\s+|around\s+)?{_SHARE}(?:the\s+|it\b)", re.I)
_FOLLOW = {"struck": 90, "contested": 60, "captured": 60, "held": 60}
_PRECEDE = 45
_LOCATED_HEAD = re.compile(r"\b(?:village|town|city|settlement|hamlet)s?\s+(?:near|outside|close\s+to|not\s+far\s+from|next\s+to)\s+(?:the\s+\w+\s+of\s+)?$", re.I)
# what a clearing left: "cleared almost all the occupants from X", "pushed most of the Russian troops out of X"
_PART_OF_THE_ENEMY = re.compile(r"\s+(?:(?:almost|nearly|virtually|practically)\s+all|most|much|part|the\s+bulk|the\s+majority)\s+(?:of\s+)?(?:the\s+)?"
                                r"(?:[\w-]+\s+)?(?:occupants|occupiers|enemy|invaders|Russians|Russian\s+(?:troops|forces|units)|troops|forces)\b", re.I)
# what an assault from the air is made with ("a seven-hour drone assault"; not "Air Assault Forces")
_FROM_THE_AIR = re.compile(r"\b(?:drones?|missiles?|rockets?|Shaheds?|bombers?|(?:air|aerial)\s+(?:and\s+\w+\s+)?(?:strikes?|bombing))[\s-]+$", re.I)
# damage told as of before: "destroyed in earlier fighting", "destroyed since the spring"
_BEFORE_NOW = re.compile(r"\s+(?:in\s+(?:earlier|previous|past)|since|during\s+(?:the\s+)?(?:earlier|previous|past)|"
                         r"over\s+the\s+(?:past|last)\s+(?:months|years|weeks)|last\s+(?:year|month|winter|summer|spring|autumn))\b", re.I)
_ON_A_FACILITY = re.compile(r"(?:\s+with\s+[^,.;]{1,40}?)?\s+(?:on|against)\s+(?:the\s+)?(?:port|seaport|harbou?r|bridge|airport|airfield|"
                            r"refinery|oil\s+depot|power\s+plant|substation)\s+(?:of|in)\s+(?-i:[A-Z])", re.I)
_DAMAGE_AFTER = re.compile(rf"[^.;]{{0,60}}?\b(?:{C.DAMAGED_THINGS})\b[^.;]{{0,40}}?\b(?:were|was|have\s+been|has\s+been)\s+"
                           r"(?:\w+\s+)?(?:damaged|destroyed|hit)\b", re.I)
_COMPASS_OF = re.compile(r"\b(?:to\s+the\s+)?(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)?\s+(?:outskirts\s+)?of\s+"
                         r"(?:the\s+(?:town|city|village|settlement)\s+of\s+)?$", re.I)
BESIDE_MAX_PEOPLE = 100_000  # fighting to one side of a city this big is no fighting at it
_LOCATES_NEXT = re.compile(r"\s*,?\s+(?:near|around|in|at|including)\s+(?:the\s+)?(?:(?:settlements?|villages?|towns?|areas?)\s+(?:of\s+)?)?(?-i:[A-Z])", re.I)
# "some ten kilometres north of X", "a few miles south of X": a distance, X only locates the fighting
_DISTANCE_WORDS = re.compile(r"\b(?:kilomet(?:re|er)s?|km|miles?|metres?|meters?)\b", re.I)
_LOCATED = re.compile(r"\b(?:located|lies|lying|situated|sits|is|was|pull\w*|retreat\w*|withdr[ae]w\w*)\b", re.I)
_PARTICIPLE_ASIDE = re.compile(r",\s*(?!(?:including|during|following|according|excluding|concerning|regarding)\b)(?-i:[a-z]+ing)\s+(?:[\w'’-]+\s+){0,3}$")
_BARE_WHICH = re.compile(r"\s+which\b(?!\s+(?:is|was|are|were|lies|lay)\b)")
_RELATIVE = re.compile(r",\s*(?:which|where)\b|(?<![,\s])\s+that\b(?!\s+(?:is|was)\b)")
_FOLLOWING = re.compile(r"\b(?:the\s+)?following\s+(?:\w+\s+)?(?:villages|settlements|towns|localities|communities)\b", re.I)
_PARTICIPLE = r"captured|seized|taken|liberated|retaken|recaptured|occupied"
_APPOSED = re.compile(r",\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,3}?(?:town|city|village|settlement|hub|stronghold|capital)\s+(?:(?:that|which)\s+(?:was|were|had\s+been)\s+|"
                      # "Avdiivka, a factory town Russia captured in February"
                      r"(?:that\s+|which\s+)?(?:Russia|Ukraine|Moscow|Kyiv|Kiev|(?:Russian|Ukrainian)\s+(?:forces|troops)|it|they)\s+(?:had\s+|has\s+|have\s+)?)?$", re.I)
# a time well before the news: "in July", "in 2022", "last year", "two years ago", "early in the war"
_PAST_TIME = (r"\b(?:in\s+(?:early\s+|late\s+|mid-)?(?:January|February|March|April|May|June|July|August|September|October|November|December|"
              r"(?:19|20)\d\d)|last\s+(?:year|summer|autumn|fall|winter|spring)|\d+\s+(?:years?|months?)\s+ago|"
              r"(?:early|at\s+the\s+start)\s+(?:in|of)\s+the\s+war)\b")
# "the eastern city of X, captured by Russian troops after fierce battles in July": the outlet's description of X
_APPOSED_PARTICIPLE = re.compile(r",\s*(?:(?:first|later|briefly|previously|once)\s+)?(?:captured|seized|taken|occupied|liberated|retaken|recaptured)\s+(?:by|from)\b"
                                 # ... told as background: with its own past time ("in July", "in 2022", "last year")
                                 r"(?=[^,;.]{0,80}?" + _PAST_TIME + ")", re.I)
_APPOSED_SITE = re.compile(r",\s+(?:the\s+)?(?:site|scene|focus|centre|center|epicentre|epicenter)\s+of\b", re.I)
_APPOSED_CLAUSE = re.compile(r",\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,3}?(?:town|city|village|settlement|hub|stronghold|capital)\s+"
                             r"(?:that\s+|which\s+)?(?:it|they|Moscow|Russia|Kyiv|Kiev|Ukraine|(?:Russian|Ukrainian)\s+(?:forces|troops))\s+(?:had\s+|has\s+|have\s+)(?:"
                             + _PARTICIPLE + r")\b"
                             # ", a town in the northeast first seized by Russia but recaptured by Ukrainian forces ... late last year"
                             r"|,\s+(?:a|an)\s+(?:[\w-]+\s+){0,3}?(?:town|city|village|settlement|hub|stronghold|capital)\s+(?:(?!(?:was|were|is|are|has|have|had|been)\b)[\w-]+\s+){0,4}?"
                             # (", a town further north that was recaptured by Ukrainian forces in October")
                             r"(?:(?:that|which)\s+(?:was|were|had\s+been)\s+)?"
                             r"(?:(?:first|once|later|briefly|previously)\s+)?(?:" + _PARTICIPLE + r")\s+by\b(?=[^,;.]{0,120}?" + _PAST_TIME + ")", re.I)
_SUBURB_OF = re.compile(C.SUBURB_OF, re.I)
# "withdrew west of the settlements of A, B and C": the troops left them; the places are no landmark
# (only "of the settlements of A, B": "Russian units pulled back east of X" says nothing of who held X)
_WITHDREW_BEYOND = re.compile(r"\b(?i:withdr[ae]w\w*|retreat(?:ed|ing|s)?)\s+(?:to\s+(?:new\s+|the\s+)?(?:positions|lines)\s+)?"
                             r"(?:(?:north|south)?-?(?:east|west)?(?:ern)?|north|south)\s+(?:of|from)\s+the\s+(?:settlements|villages|towns)\s+of\s+"
                             r"(?:[A-Z][\w'’-]+,?\s+(?:and\s+)?)*$")
# between the last place of a sentence's opening list and its passive cue
_PASSIVE_GAP = re.compile(r"(?:,?\s*(?:and\s+)?(?:their|its)\s+(?:outskirts|surroundings|environs))?\s*(?:have|has|had|were|was|are|is)\s+"
                          r"(?:(?:also|now|fully|completely)\s+)?(?:been\s+)?", re.I)
# after a cue, before a place: what follows is the aim of the action, not where it happened
_GOAL_BETWEEN = re.compile(r"\b(?:in\s+(?:an?\s+)?(?:effort|bid|attempt|order)\s+to|so\s+as\s+to|(?:aim|seek|hop|try|intend)(?:ing|ed|s)?\s+to|tried\s+to)\s", re.I)
_CONTAINERS = re.compile(r"\b(?:villages|settlements|localities|towns)\s+(?:in|of|across)\s+(?:[\w-]+\s+){0,3}(?:communities|hromadas|districts|raions)\b[^.;:]*:\s*", re.I)
_PART_OF_IT = re.compile(r"\b(?:(?:north|south)?(?:east|west)?(?:ern)?\s+|central\s+)?parts?\s+of\s+(?:the|this)\s+(?:settlement|town|city|village)\b", re.I)
# the offices a place names ("the governor of the Odesa region", "head of police in Kharkiv")
_OFFICES = r"governor|head|chief|administration|police|prosecutors?|mayor|council|spokes(?:man|woman|person)"
_TITLE_OF = re.compile(rf"\b(?:{_OFFICES}|authorities)\s+(?:of|for)\s+(?:the\s+)?(?:(?:partially\s+)?(?:occupied\s+|frontline\s+|front-line\s+)?(?:region|oblast)\s+of\s+)?$", re.I)
_LINES_AFTER = re.compile(r"\s+(?:the\s+)?(?:[\w-]+\s+){0,2}(?:defen[cs]es|defensive\s+lines?|positions|lines)\b", re.I)  # a ground assault
# "X in the Donetsk People's Republic has been completely liberated": the place's region is no distance
_IN_REGION = re.compile(r"\s+in\s+(?:the\s+|Ukraine['’]s\s+)?(?:[\w'’-]+\s+){1,3}(?:region|oblast|Oblast|Region|People['’]s\s+Republic)(?:\s*\([A-Z]{2,4}\))?")


def _gap_len(text: str, end: int, cue_start: int) -> int:
    """Characters between a place and its cue, not counting the place's own region right after it."""
    m = _IN_REGION.match(text, end, cue_start)
    return cue_start - (m.end() if m else end)


_CAUSED_FIRE = re.compile(r"[^;.]{0,100}?(?:,\s+|\s+and\s+)(?:which\s+(?:resulted\s+in|caused|led\s+to)|caus(?:ing|ed)|spark(?:ing|ed)|start(?:ing|ed))\s+"
                          r"(?:a\s+|several\s+)?(?:fires?|blaze|damage)\b", re.I)
_BARE_NOMINAL = re.compile(r"seizure|capture|liberation|takeover", re.I)
# what names the place a nominal cue is of: '"liberation" of', 'capture and retention of', 'capture on Sunday of'
_OF_AFTER = re.compile(r"[”\"’']?(?:\s+and\s+\w+|\s+on\s+\w+|,\s+[^,.;]{1,30},)?\s+(?:of|by)\b", re.I)
_HEADING_TO = re.compile(r"\b(?:towards?|heading\s+(?:for|to))\s+(?:[\w'’]+\s+){0,3}$", re.I)
_DESTINATION = re.compile(r"\b(?:(?:(?:taken|brought|rushed|transported|evacuated|moved)\s+to|(?:admitted|hospitali[sz]ed)\s+(?:to|in|at))\s+(?:a\s+|the\s+)?"
                          r"(?:\w+\s+)?hospitals?\s+in|(?:heading|headed|bound|travell?ing|en\s+route|evacuating|fleeing|driving|returning|running)\s+(?:from\s+[A-Z][\w'’-]+\s+)?(?:to|for)"
                          r"|(?:heading|headed|travell?ing|en\s+route|running|departing|coming)\s+from)\s+"
                          r"(?:the\s+(?:capital|city|town)(?:\s+of)?,?\s+)?$", re.I)
_HIT_ITSELF = re.compile(r"\s*,?\s+(?:that|which)\s+(?:was|had\s+been|has\s+been)\s+(?:(?!not\b|never\b|n['’]t\b)\w+\s+)?(?:hit|struck|damaged|shelled|attacked|targeted)\b", re.I)
_TREATED_IN = re.compile(r"\b(?:remain|remains|remained|being\s+treated|recovering)\s+(?:\w+\s+){0,2}?in\s+(?:the\s+city\s+of\s+)?$", re.I)
# "Another injured woman died on 11 September in a Dnipro hospital": the town of the hospital
_DIED_IN_A = re.compile(r"\b(?:died|treated|recovering)\s+(?:[\w-]+\s+){0,4}in\s+an?\s+$", re.I)
_HOSPITAL_AFTER = re.compile(r"\s+(?:[\w-]+\s+)?hospital\b", re.I)
_SAYS_NEXT = re.compile(r",?\s+(?:(?:has|had|also|later)\s+)?(?:said|says|told|reported|reports|wrote|writes|announced|added|stated)\b")
_PROVINCIAL_TITLE = re.compile(r"\b(?:provincial|regional|oblast)\s+(?:governor|head|chief|administration)\s+(?:of|for)\s+(?:the\s+)?$", re.I)
_PERSON_TITLE = re.compile(r"\b(?:mayor|governor|spokes(?:man|woman|person))\s+(?:of|for)\s+(?:the\s+)?(?:city\s+of\s+)?$", re.I)
# a goal told as a list of infinitives, the cue one of them
_GOAL_LIST = re.compile(r"\b(?:goals?|aims?|objectives?|task|intention|plan)\s+(?:of\s+[^,.;]{1,60}?\s+)?(?:is|was|are|were|remains?)\s+to\s+"
                        r"[^.;:!?]{0,120}?,\s*(?:and\s+)?(?:to\s+)?$", re.I)
_PRIORITY_BEFORE = re.compile(r"\bpriorit(?:y|ies)\s+(?:is|was|remains|are|were)\s+(?:the\s+|to\s+)(?:[\w'’-]+\s+){0,2}$", re.I)
_AIM_AFTER = re.compile(r"(?:(?!\b(?:which|that|whose|where|who|in\s+what|because)\b|\band\s+(?-i:[A-Z])|\bas\s+(?:the|its|their|it|they|this|that)\s)[^.;:!?,]){0,70}?\b(?:(?:is|was|remains|became)\s+(?:a|an|the)\s+"
                        r"(?:[\w-]+\s+){0,2}(?:aim|goal|objective|priority)|(?:is|was|remains|became)\s+one\s+of\s+(?:its|their|the|his)\s+(?:[\w-]+\s+){0,2}(?:aims|goals|objectives|priorities))\b", re.I)
# "the enemy considers the capture of X one of its key objectives"
_ONE_OF_AIMS = re.compile(r"[^.;:!?,]{0,50}?\bone\s+of\s+(?:its|their|the|his)\s+(?:[\w-]+\s+){0,2}(?:aims|goals|objectives|priorities)\b", re.I)
_VERB_AFTER = re.compile(r"\s+(?:is|was|were|are|has|have|had|remains?|remained|will|would|could|may|might)\b")
_FACILITIES = re.compile(r"(?:objects?|facilit(?:y|ies)|enterprises?)\b", re.I)
_NOT_WAR_DAMAGE = re.compile(r"\b(?:icing|ice|winds?|storms?|floods?|flooding|rain|snow|gas\s+(?:pipeline|leak|explosion)|pipeline|accidents?|"
                             r"since|during\s+the\s+(?:occupation|war|invasion))\b", re.I)
_THREAT_VERB = re.compile(r"\b(?:threaten(?:s|ed|ing)?|endanger(?:s|ed|ing)?|(?:puts?|putting)\s+at\s+risk)\b", re.I)
_HIT_BETWEEN = re.compile(r"\b(?:destroy\w*|damag\w*|hit|struck|kill\w*|injur\w*)\b", re.I)
_USED_TO = re.compile(r"\bused\s+(?:this|the|that|these|those|its|their|a)\s+(?:[\w-]+\s+){0,2}(?:location|positions?|village|town|city|"
                      r"territory|area|site|base|bridgehead|springboard|foothold|airfield|buildings?|school|hospital)\s+(?:\w+\s+){0,3}?to\s+$", re.I)
_SPARED = re.compile(r"(?<!not\sbeen\s)(?<!n't\sbeen\s)(?<!not\s)\bspared\s+(?:from\s+)?(?:the\s+|any\s+)?(?:(?:worst|brunt|bulk|most)\s+of\s+(?:the\s+)?)?(?:heavy\s+|major\s+|ground\s+)?$", re.I)
_REGION_GROUP_SEP = re.compile(r"(?:(?:\s+of\s+the|\s*,|\s+in)\s+(?:the\s+)?[A-Z][\w'’-]+\s+(?:region|oblast))?\s*;\s*(?:and\s+)?"
                               r"|\s*,\s*(?:and\s+)?|\s+and\s+")
_GROUP_END = re.compile(r"[;.]|$")
_FINITE_VERB = re.compile(r"\b(?:is|was|were|are|remains?|remained|has|have|had|continues?|continued|came|comes|residents|"
                          r"(?:\w+ed)\b(?!\s+(?:by|with))|spared|meanwhile)\b", re.I)
_REGION_TAG = re.compile(r"[A-Z][\w'’-]+\s+(?:region|oblast)\b")
_NEXT_GROUP = re.compile(r"(?:\s+(?:by|with|from)\s+(?:[\w-]+\s+){0,3}?[\w-]+)?\s*;\s*(?:and\s+)?")
# "the Russians in each group were killed or captured": people taken prisoner, no place
_KILLED_OR = re.compile(r"\b(?:soldiers|servicemen|troops|Russians|Ukrainians|defenders|fighters|men|personnel|occupiers|invaders|members|crews?|"
                        r"militants|mercenaries|group|them|who)\b[^.;,]{0,40}?\b(?:were|was|been|got|are|being)\s+"
                        r"(?:killed|wounded|injured)\s*,?\s+(?:(?:wounded|injured)\s*,?\s+)?(?:or|and)\s+$", re.I)
_OFFICE_IN = re.compile(rf"\b(?:{_OFFICES})(?:\s+of\s+(?:the\s+)?(?:police|city|regional|military)(?:\s+\w+)?)?\s+(?:of|for|in)\s+(?:the\s+)?$", re.I)
_UNKNOWN_IN_LIST = re.compile(r"^(?:\s*,\s*(?:[A-Z][\w'’-]+\s*){1,3}(?=,))+")
# What a sentence may open with before the list it is about: "According to Prokudin, ", "the villages of "
_LEAD_IN = re.compile(r"\s*(?:According\s+to\s+[^,;:]{1,60},\s*|(?:In\s+addition|Additionally|Also|Besides),\s+"
                      r"(?:[^,;:]{1,60}\b(?:said|says|noted|added|reported),\s+)?)?(?:the\s+territor(?:y|ies)\s+of\s+)?(?:the\s+(?:villages?|towns?|settlements?|cities)\s+of\s+)?", re.I)
_UNDER = re.compile(r"(?:completely\s+|fully\s+)?under\b", re.I)  # a cue stating control: "under Russian control"
_AND_THEN = re.compile(r"\b(?:and|but)\s+(?:was\s+|were\s+|had\s+been\s+|has\s+been\s+)?(?:later\s+|then\s+|subsequently\s+|eventually\s+)?$")
# the Second World War's liberations, remembered: "the anniversary of the liberation of X from the Nazis"
_PAST_WAR = re.compile(r"\banniversary\s+of\s+(?:the\s+|its\s+)?liberation\b|\bfrom\s+(?:the\s+)?(?:Nazi|fascist|German)\s+"
                       r"(?:invaders|occupiers|occupation|troops)\b|\bfrom\s+the\s+Nazis\b|\bin\s+194[1-5]\b", re.I)
# the toll of an attack among civilians: "leaving an 18-year-old boy injured", "claiming the life of a man"
# ("Today's attack on X resulted in three casualties", "has been destroyed by attacks")
_CIVILIAN_TOLL = re.compile(r"\b(?:killing|killed|injuring|injured|wounding|wounded|claiming\s+the\s+li(?:fe|ves)|"
                            r"(?:resulted\s+in|caused|left)\s+(?!(?:\w+\s+){0,2}(?:Russian|Ukrainian|enemy|its|their|heavy)\b)(?:\w+\s+){0,3}?"
                            r"(?:casualties|victims|deaths|dead|fatalities)|"
                            r"damag(?:ed|ing)\s+(?:\w+\s+){0,2}(?:houses?|homes?|buildings?))\b", re.I)
# a person's own home in a life story, and the flight that followed it
_OWN_HOME = re.compile(r"\b(?:his|her|my)\s+(?:\w+\s+)?(?:(?:house|home|flat|apartment)\s+(?:was\s+|had\s+been\s+)?)?$", re.I)
_HOME_CUE = re.compile(r"(?:house|home|flat|apartment)\b|(?:destroy|damag|hit|struck|bomb|shell)", re.I)
_FLED = re.compile(r"\b(?:fle(?:e|es|eing|d)|escap(?:e|ed|ing)|refugees?)\b", re.I)
_DAY_NAMED = re.compile(r"\b(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|yesterday|today|overnight|tonight|this\s+morning|last\s+night|"
                        r"(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+\d|\d{1,2}\s+(?:January|February|March|April|May|June|July|August|September|October|November|December))\b")
_ATROCITY = re.compile(r"[^.;]{0,80}?\b(?:was|is|became|becomes|amounts?\s+to|constitut\w+|(?:was\s+)?(?:called|described\s+as|branded))\s+"
                       r"(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,3}(?:war\s+crimes?|crimes?|massacre|atrocity)\b", re.I)
# the object a control cue names right after it, when it is no place: "controls northern parts of the region"
_OWN_OBJECT = re.compile(r"\s+(?:the\s+)?(?:(?:(?:north|south)-?(?:east|west)?|east|west)(?:ern)?\s+|central\s+)?"
                         r"(?:parts?|areas?|territor(?:y|ies)|swaths?|chunks?|rest|most|much|half|bulk)\s+of\b", re.I)
_CONTRASTED = re.compile(r"\b(?:[Uu]nlike|except(?:\s+for)?|rather\s+than|instead\s+of)\s+(?:in\s+)?(?:the\s+(?:\w+\s+)?(?:village|town|city|settlement)s?\s+of\s+)?$")
_FORMERLY = re.compile(r"\b(?:previously|formerly|once|earlier|until\s+recently|before\s+the\s+war)\s+(?:been\s+)?$", re.I)
_PASSIVE = re.compile(r"\b(?:was|were|has\s+been|had\s+been|have\s+been|is|are)\s+(?:\w+\s+)?$", re.I)
# "In A and B, ...", and in a bulletin's lines "On the night of 12 October, at 01:30 in the village of A, ...",
# "At 15:55 in Bohodukhiv district, Tymofiivka village, ..."
_LOCATIVE = re.compile(r"^\s*(?:(?:On\s+the\s+(?:night|evening|morning|afternoon)\s+of\s+\d{1,2}\s+[A-Z][a-z]+|(?:At|Around|At\s+around)\s+\d{1,2}[:.]\d{2})"
                       r",?\s+(?:at\s+\d{1,2}[:.]\d{2}\s+)?(?:in|near)\s+(?:the\s+(?:village|town|city|settlement)\s+of\s+)?"
                       r"|(?:In|At|Near|Outside)\s+(?:the\s+[A-Z][\w'’-]+\s+(?:region|oblast)['’]s\s+|the\s+(?:city|town|village|settlement)\s+of\s+)?"
                       r"|In\s+[A-Z][\w'’-]+\s+(?:district|raion|community),?\s+(?:at\s+\d{1,2}[:.]\d{2}\s+)?(?:in\s+)?(?:the\s+(?:village|town)\s+of\s+)?)$")


# The cue lexicons are case-insensitive; matched on the lower-cased sentence with lower-cased
# patterns they run three times faster (same offsets: lower() keeps the length of these texts).
# A pattern with a case-sensitive part ("left" before a capital: "(?-i:[A-Z])") cannot be read in
# lower case: each of its matches there is confirmed on the sentence itself.
_EXACT_CUES = [("captured", True, C.WITHDRAWAL)] + [
    (kind, False, C.KIND_CUES[kind]) for kind in ("held", "captured", "struck", "contested")
]
_LOWER_CUES = [(kind, withdrawal, re.compile(p.pattern.lower()), p if "(?-i:" in p.pattern else None)
               for kind, withdrawal, p in _EXACT_CUES]
_EXACT_SCAN = [(kind, withdrawal, p, None) for kind, withdrawal, p in _EXACT_CUES]  # for text whose length lower() changes


def _share_of_it(text: str, cue: _Cue) -> bool:
    """Whether a cue about a place named before is about a share of it: "control about 70% of the town",
    "withdrawn from there" said of "the southern part of the settlement"."""
    return bool(_SHARE_OF_IT.match(text, cue.end) or re.search(r"\bthere\b", cue.text + text[cue.end:cue.end + 12])
                and _PART_OF_IT.search(text, 0, cue.start))


def _pointing_words(text: str, anaphor: str) -> str:
    """The words that point back for a cue: its own anaphor ("control most of it"), and the subject the sentence
    opens with when that points back too ("The village, located near X, was overrun ...")."""
    opening = C.ANAPHOR.match(text.lstrip(" \t\"“‘'("))
    return f"{opening.group()} {anaphor}" if opening else anaphor


def _landmark(text: str, start: int, places=()) -> bool:
    """Whether the place at ``start`` only locates something else ("5 km west of X", "Andriivka,
    a village near Bakhmut", "20 kilometers from Orikhiv"); only the words just before it are searched."""
    if C.LANDMARK_BEFORE.search(text, max(0, start - 80), start) is not None:
        return not _WITHDREW_BEYOND.search(text, max(0, start - 120), start)
    if re.search(r",\s*$", text[max(0, start - 3):start]) and _locating_community(text, start, places) \
            and any(0 <= start - e <= 3 and m.kind == "settlement" for _, e, m in places):
        return True  # "in the town of Hirnyk, Kurakhove community": the hromada locates the town named before it
    if _IN_THE.search(text, max(0, start - 12), start):  # "Veselivka and Zhuravka in the Khotin hromada": the hromada
        end = next((e for s, e, _ in places if s == start), None)  # locates the villages named before it
        if end is not None and _COMMUNITY_AFTER.match(text, end) and any(
                0 <= start - e <= 60 and m.kind == "settlement" for _, e, m in places):
            return True
    near = _NEAR_LANDMARK.search(text, max(0, start - 60), start)
    if near is None:
        return False
    if near["unit"] or _UNNAMED_BEFORE.search(text, max(0, near.start() - 40), near.start()):
        return True  # "around 20 kilometers from X"; "the town near Kyiv marked the anniversary of its recapture"
    # "X, a village near Y": Y locates the place named just before it
    # (but "to the northwest of Avdiivka near A and B": Avdiivka is the landmark there, A and B the places)
    return any(e <= near.start() and near.start() - e <= 40 and _LOCATED_GAP.match(text[e:near.start()])
               and C.LANDMARK_BEFORE.search(text, max(0, s - 80), s) is None
               for s, e, m in places if m.kind == "settlement")


def _confirmed(lowered: re.Pattern, exact: re.Pattern, scan: str, text: str, pos: int):
    """The matches of a cue pattern with a case-sensitive part: found in lower case, each confirmed
    (or replaced by another reading at the same place) on the text itself; a place where it fails is
    passed by one character, so a cue inside the failed span is still found."""
    while (m := lowered.search(scan, pos)) is not None:
        x = exact.match(text, m.start())
        if x is not None and x.end() > x.start():
            yield x
            pos = x.end()
        else:
            pos = m.start() + 1


def _cues(text: str, skip: int) -> list[_Cue]:
    found: list[_Cue] = []
    low = text.lower()
    scan, patterns = (low, _LOWER_CUES) if len(low) == len(text) else (text, _EXACT_SCAN)
    for kind, withdrawal, pattern, exact in patterns:
        for m in pattern.finditer(scan, skip) if exact is None else _confirmed(pattern, exact, scan, text, skip):
            if kind == "captured" and scan[m.start():m.start() + 2] == "to" and C.NOT_A_CAPTURE_AFTER.match(text[m.end():m.end() + 40]):
                continue
            if m.start() and text[m.start() - 1] == "#" and HASHTAG_RUN.match(text, m.start() - 1):
                continue  # "#bombed #Kharkiv": a closing run of hashtags, no report
            if kind == "held" and scan[m.start():m.start() + 4] == "deni" and re.search(r"\b(?:was|were|been|be)\s+$", scan[max(0, m.start() - 8):m.start()]):
                continue  # "their requests were denied": something refused, not a claim denied
            if kind == "struck" and re.fullmatch(r"wounded|injured|killed", scan[m.start():m.end()]) \
                    and (re.search(r"\bthe\s+(?:\w+ly\s+|most\s+)?$", scan[max(0, m.start() - 20):m.start()])
                         or re.search(r"\b(?:no\s+one|nobody|no\s+(?:people|civilians|residents))\s+(?:was|were|has\s+been|had\s+been)\s+(?:\w+\s+)?$",
                                      scan[max(0, m.start() - 40):m.start()])):
                continue  # "the seriously wounded were taken to hospitals in X": people, not a strike at X;
                # "no one was reported injured": nobody hurt, no strike
            if kind == "struck" and re.fullmatch(r"drones?", scan[m.start():m.end()]) and re.search(
                    r"\b(?:battalion|regiment|brigade|unit|company|squad|forces|operators?)\s+of\s+(?:[\w-]+\s+){0,2}$",
                    scan[max(0, m.start() - 40):m.start()]):
                continue  # "the elite battalion of attack drones had arrived near X": a unit, not a strike
            if kind == "struck" and scan.startswith("strike", m.start()) and re.search(r"\bsearch(?:\s+and\s+|-and-|\s*-\s*)$",
                                                                                    scan[max(0, m.start() - 14):m.start()]):
                continue  # "the search and strike group": a kind of unit, no strike
            if withdrawal and scan.startswith("surrender", m.start()) and _SURRENDER_NOT_TOLD.search(scan, max(0, m.start() - 60), m.start()) \
                    and not _SURRENDER_DONE.match(scan, m.end(), m.end() + 50):
                continue  # "offered to negotiate their surrender", "refused to surrender": no surrender told
            if kind == "captured" and C.CAPTURED_NOT_PLACE.match(text[m.end():m.end() + 60]):
                continue  # "the capture of at least 100 Russian troops"
            if kind == "captured" and (scan[m.start():m.start() + 3] in ("tak", "too") and C.TAKE_IDIOM.match(text[m.end():m.end() + 30])
                                       or scan[m.start():m.start() + 3] == "tak" and C.TAKEN_PICTURE.search(text, max(0, m.start() - 100), m.start())):
                continue  # "taking place", "taken hostage", "take part", "pictures ... were taken"
            if kind == "struck" and re.match(r"c[ao]m(?:e|es|ing)\s+under\s+(?:\w+\s+)?attack", scan[m.start():m.end()]) \
                    and (_GROUND_SUBJECT.search(scan, max(0, m.start() - 60), m.start()) or _GROUND_AFTER.match(scan, m.end())):
                continue  # "Ukrainian positions near X came under attack": a ground assault, fighting (the contested cue reads it)
            if kind == "contested" and _SIEGE_WORD.fullmatch(scan, m.start(), m.end()) and _DETERMINER_BEFORE.search(scan, max(0, m.start() - 12), m.start()) \
                    and _NAMED_AFTER.match(text, m.end()):
                continue  # "a bridge in the encircled city of X": the outlet's description of the place, no report of fighting
            if kind == "contested" and scan.endswith(", ", 0, m.start()) and _ASIDE_THEN_SPEECH.match(text, m.end()):
                continue  # "Ukraine's Third Assault Brigade, fighting around Bakhmut, denied ...": the outlet's description of
                # who speaks, no report of fighting
            if kind == "contested" and scan.startswith("repel", m.start()) \
                    and _AIR_DEFENCE_BEFORE.search(scan, max(0, m.start() - 60), m.start()):
                continue  # "Air defence forces repelled a massive attack on X": missiles and drones shot down, no fight
            if kind == "struck" and re.match(r"missile|rocket|drone", scan[m.start():m.start() + 7], re.I) \
                    and _STORED_BEFORE.search(scan, max(0, m.start() - 50), m.start()):
                continue  # "a chemical plant used to store old Soviet-era missiles": weapons kept or made there, not fired at it
            if kind == "struck" and scan.startswith("explosion", m.start()) and _AIR_DEFENCE_SOUND.match(scan, m.end()):
                continue  # "the explosions heard by the residents of Sumy were the work of our air defence": no hit
            if kind in ("contested", "struck") and _REACTION_BEFORE.search(scan, max(0, m.start() - 40), m.start()):
                continue  # "condemned the attack on social media", "did not comment on the strike on X": a reaction to an
                # event told before, no new one
            if withdrawal and scan[m.start():m.start() + 7] == "abandon" and _ATTRIBUTIVE_BEFORE.search(scan, max(0, m.start() - 12), m.start()):
                continue  # "rides past abandoned Russian tanks in X": what was left there, not who left X
            if kind in ("captured", "held") and _UNDER.match(text, m.start()) and _FORMERLY.search(text, max(0, m.start() - 30), m.start()):
                continue  # "communities that had previously been under the control of the Ukrainian army": a past state
            if withdrawal or not any(c.start <= m.start() < c.end or m.start() <= c.start < m.end() for c in found):
                found.append(_Cue(m.start(), m.end(), kind, text[m.start():m.end()], withdrawal=withdrawal))
    return sorted(found, key=lambda c: c.start)


# a surrender not told: "offered to negotiate their surrender", "refused to surrender", "called on them to surrender"
_SURRENDER_NOT_TOLD = re.compile(r"\b(?:negotiate|negotiating|negotiations\s+(?:on|for)|offer(?:s|ed|ing)?(?:\s+to\s+negotiate)?|demand(?:s|ed|ing)?|"
                                 r"call(?:s|ed|ing)?\s+(?:on\s+(?:[\w-]+\s+){1,4})?(?:for|to)|urg(?:es|ed|ing)\s+(?:[\w-]+\s+){0,3}to|propos\w*|"
                                 r"refus(?:es|ed|ing)\s+to|(?:chance|ultimatum|opportunity)\s+to|offered\s+(?:[\w-]+\s+){0,6}?to)\s+(?:(?:their|its|the|a)\s+)?$", re.I)
_SURRENDER_DONE = re.compile(r"\w*\s+and\s+(?:accepted\s+(?:the\s+|their\s+)?(?:terms|offer|ultimatum)|agreed\s+to\s+(?:the\s+terms|surrender|lay\s+down)|"
                             r"laid\s+down\s+(?:their\s+)?arms|did\s+so)\b")
_AIR_DEFENCE_BEFORE = re.compile(r"\bair[\s-]+defen[cs]e\b[^.;]{0,40}$", re.I)
_STORED_BEFORE = re.compile(r"\b(?:stor(?:e|ed|es|ing|age)|produc(?:e|ed|es|ing|tion)|manufactur\w*|assembl(?:e|ed|es|ing|y)|"
                            r"repair(?:s|ed|ing)?|warehous\w*|stockpil\w*)\s+(?:of\s+)?(?:[\w-]+\s+){0,3}$", re.I)
_AIR_DEFENCE_SOUND = re.compile(r"[^.;]{0,120}?\b(?:was|were|are|is)\s+(?:(?:the\s+)?(?:work|result|sound)\s+of|caused\s+by|from)\s+"
                                r"(?:our\s+|the\s+|Ukrainian\s+|Ukraine['’]s\s+)?air[\s-]+defen[cs]es?\b", re.I)
_AREA_AFTER = re.compile(r"\s+(?:region|raion|rayon|district)\b", re.I)
_MOVING_TOWARD = re.compile(r"\s+(?:(?:were|was|are|is)\s+)?(?:moving|heading|flying|headed|travell?ing)\s+(?:toward|towards|to|for|in\s+the\s+direction\s+of)\b", re.I)
_HOUR_BEFORE = re.compile(r"\b(?:at|about|around|approximately)\s+(?:about\s+|around\s+)?\d{1,2}[:.]\d{2}\b[^.;]{0,40}$", re.I)
_IN_BETWEEN = re.compile(r"\s+in\s+(?:the\s+)?")
_SUPPORT_AFTER = re.compile(r"\s+(?:support|cover|backing)\b", re.I)


# A place that only names whose official speaks, before the cue: "Kupiansk's mayor said two villages had been liberated"
_NOT_THE_SUBJECT = re.compile(r"['’]s\s+(?:[\w-]+\s+){1,4}?(?:said|says|told|reported|added|claimed|announced|stated|wrote)\b", re.I)
# Who or what "came under attack" on the ground: positions and troops are assaulted, not struck
_GROUND_SUBJECT = re.compile(r"\b(?:positions?|troops|forces|units|soldiers|defenders|lines|trenches|brigades?|battalions?)\b[^.;,]{0,40}$")
# ... or the clause says so after it: "X came under attack as Russian troops crossed the border"
_GROUND_AFTER = re.compile(r"[^.;]{0,80}?\b(?:troops|infantry|assault|storm\w*(?![\s-]+Shadow)|ground|advanc\w*|crossed|tanks|armou?red)\b")
# A word that makes "abandoned" describe the noun after it ("past abandoned tanks", "an abandoned house")
_ATTRIBUTIVE_BEFORE = re.compile(r"\b(?:past|the|an?|of|with|near|by|among|between|beside|into|in|on|and|some|many|several)\s+$")
_DETERMINER_BEFORE = re.compile(r"\b(?:the|an?|of|in|into|from|besieged)\s+$")
_ASIDE_THEN_SPEECH = re.compile(r"\s+(?:in|around|near|for|on|at)\s+[^,;.]{1,40},\s*(?:also\s+)?(?:denied|said|says|reported|told|claimed|announced|"
                                r"confirmed|stated|wrote|posted|added)\b")
_SIEGE_WORD = re.compile(r"encircled|besieged|surrounded|blockaded")
# ... before a place's noun or its name: "the encircled city of X", "besieged X"
_NAMED_AFTER = re.compile(r"\s+(?:(?:[\w-]+\s+)?(?:city|town|village|settlement|port)\b|[A-Z])")
# a reaction to an event already told: "condemned the attack", "denounced this assault"
_REACTION_BEFORE = re.compile(r"(?i)\b(?:condemn|denounc|decri|deplor|criticis|criticiz|mourn|(?<=not\s)comment(?=\w*\s+on\b)|(?<=no\s)comment(?=\s+on\b))\w*\s+(?:to\s+|on\s+)?(?:the|this|that|these|those|such|"
                              r"(?:russia|moscow|ukraine|kyiv)['’]s)\s+(?:\w+\s+)?$")


# "captured Maiorsk near Horlivka" with a first name the gazetteer lacks: the place after it only locates it
_UNKNOWN_NAME_NEAR = re.compile(r"\s+(?:(?i:the)\s+(?i:village|town|settlement|city)\s+of\s+)?"
                                r"(?!(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b|(?:January|February|March|April|May|June|July|August|"
                                r"September|October|November|December)\b|Ukrain|Russia)[A-Z][\w'’-]+(?:[\s-][A-Z][\w'’-]+)?,?\s+"
                                r"(?:(?i:a|an|the)\s+(?:\w+\s+)?(?i:village|town|settlement)\s+)?(?i:near|outside|close\s+to|not\s+far\s+from|"
                                r"(?:north|south|east|west)(?:-?(?:east|west))?\s+of)\s+(?:(?i:the)\s+(?:\w+\s+)?(?i:town|city|village)\s+of\s+)?")
# where fire comes from: "shelling from Mariinka", "shelled X from the direction of Y", "from positions near Y"
_FIRED_FROM = re.compile(r"\b(?:shell\w*|fir(?:e|ed|es|ing)|strik\w*|struck|attack\w*|launch\w*|bombard\w*|hit(?:s|ting)?)\b[^.;]{0,60}?\bfrom\s+(?:the\s+)?(?:(?!(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b|(?:January|February|March|April|May|June|July|August|September|October|November|December)\b)(?-i:[A-Z])[\w'’-]+\s+(?:(?-i:[A-Z])[\w'’-]+\s+|territory\s+|region\s+|oblast\s+){0,2}(?:and|or|as\s+well\s+as)\s+(?:from\s+)?(?:the\s+)?)?(?:(?:direction|side)\s+of\s+(?:the\s+)?|(?:positions|areas?)\s+(?:in|near|around)\s+(?:the\s+)?)?"
                         r"(?:(?:temporarily\s+)?occupied\s+)?(?:(?:village|town|city|settlement)\s+of\s+)?$", re.I)
# "from the Kharkiv region and Kyiv to Odesa": a range of targets, not where the fire comes from
_RANGE_TO = re.compile(r"[^.;]{0,30}?\s+to\s+(?:the\s+)?[A-Z]")  # "from A in the north to B", "from the A region and Kyiv to B"
# an appositive that hangs a cue on the name before it: ", a Ukrainian city (under the control of ...)"
_APPOSITIVE_TO_CUE = re.compile(r"\s*,\s*(?:a|an|the|another)\s(?:(?!\b(?:which|that|who|where|whose)\b)[^,;.()])*?")
# "seized the border village of Ryzhivka": a noun phrase naming the place, not "the village" pointing back
_NAMED_NOUN = re.compile(r"\s+(?:the\s+)?(?:[\w-]+\s+){0,2}(?:village|town|city|settlement|hamlet)\s+of\s+", re.I)
# between two places of a plain list: "A, B", "A and B", "A, and B", "A or B"
_IN_THE = re.compile(r"\b(?:in|of)\s+the\s+$")
_TOWN_OF = re.compile(r"\b(?:town|village|city|settlement)\s+of\s+$", re.I)  # "the town of Hirnyk, Kurakhove community"
# after "A, B community": the clause goes on ("..., killing two") or ends, so B locates A (not "B community and C")
_COMMUNITY_CLOSES = re.compile(r"\s*(?:,\s*(?![A-Z]|and\b)|[.;:)]|$)")


def _locating_community(text: str, start: int, places) -> bool:
    """Whether the place at ``start``, right after another settlement and a comma, is that settlement's hromada
    ("in Hirnyk, Kurakhove community, killing two"; "in the town of Hirnyk, Kurakhove community"), not an item
    of a list ("shelled Nikopol, Marhanets community and Chervonohryhorivka")."""
    end = next((e for s, e, _ in places if s == start), None)
    community = _COMMUNITY_AFTER.match(text, end) if end is not None else None
    if community is None:
        return False
    before = next((s for s, e, _ in places if 0 <= start - e <= 3), None)
    return bool(_COMMUNITY_CLOSES.match(text, community.end())) or before is not None and bool(_TOWN_OF.search(text, max(0, before - 30), before))
_COMMUNITY_AFTER = re.compile(r"\s+(?:urban\s+|rural\s+|settlement\s+)?(?:territorial\s+)?(?:hromada|community)\b")
# "A and B in the X hromada and C": a list goes on past a member's hromada
_IN_HROMADA_AND = re.compile(r"\s+in\s+the\s+(?:[A-Z][\w'’-]+\s+){1,3}(?:urban\s+|rural\s+|settlement\s+)?(?:territorial\s+)?"
                             r"(?:hromada|community)\s*(?:,\s*(?:and\s+)?|and\s+)")
_AND_SEP = re.compile(r"\s*(?:,\s*(?:and\s+)?|and\s+|or\s+)|\s+(?:and|or)\s+")
# "the villages of A, B and C, as well as the city of D, came under Russian control": D's list goes back to A
_AS_WELL_AS = re.compile(r"\s*,?\s+(?:as\s+well\s+as|and)\s+the\s+(?:village|town|city|settlement)\s+of\s+|\s*,?\s+as\s+well\s+as\s+")
_LIST_GAP = re.compile(r"(?:\s+of\s+[A-Z][\w'’-]+\s+(?:district|raion|community|region))?\s*(?:,\s*(?:and\s+)?|\s+and\s+"
                       # "...; the Kharkiv district's A, B and C; the Kupiansk district's D": a round-up by district
                       r"|\s*;\s*(?:and\s+)?(?:the\s+[A-Z][\w'’-]+\s+(?:district|raion|community|hromada)['’]s\s+)?)"
                       r"(?:[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?(?:\s+of\s+[A-Z][\w'’-]+\s+(?:district|raion|community))?\s*,\s*)*")


# attempts that were made: "made seven attempts to", "attempted to" (not "warned of attempts to", "any attempts to")
_ATTEMPTS = re.compile(r"\b(?:(?:made|make|makes|making|conducted|carried\s+out|repelled|repulsed|thwarted|foiled)\s+"
                       r"(?:\w+\s+){0,3}?attempts?|attempted|(?:in\s+(?:their|its|his)|constantly|repeatedly|continuously|again)\s+attempts?)"
                       r"\s+to\s*$", re.I)  # (and attempts under way: "using chemical weapons in their attempts to storm X")
_FIGHT = re.compile(r"assault|attack|storm|break\s*through", re.I)


def _attempted_fight(cue: _Cue, clause: str) -> bool:
    """"made seven attempts to assault near X", "attempted to break through near X": attacks made are fighting,
    though they failed (but "will attempt to storm X", "warned of attempts to storm X" are still to come; a failed
    attempt to take a place is no capture, the capture cues' own check)."""
    attempt = _ATTEMPTS.search(clause)
    return cue.kind == "contested" and bool(_FIGHT.match(cue.text)) and attempt is not None \
        and not C.MODAL.search(clause, 0, attempt.start())


_EXPECTED_TO = re.compile(r"\b(?:expects?|expected|expecting|anticipates?|anticipated|fears?|feared|warned|warns|predicted|predicts)\s"
                          r"(?:[^.;,]|,\s*(?=(?:and\s+)?(?-i:[A-Z]))|,(?!\s*(?:but|and|while|yet|so)\b)[^,.;]{1,60},)"
                          r"{0,80}(?<!continued)(?<!continues)(?<!began)(?<!begins)(?<!started)(?<!starts)(?<!kept)\s+to\s+$", re.I)
_ANNOUNCED_BEFORE = re.compile(r"\b(?:announced|claimed|reported|confirmed|declared|completed)\s+(?:on\s+\w+\s+)?(?:the|its|their)\s+"
                               r"(?:[\w-]+\s+)?$", re.I)
# the modal in a clause of its own after the noun's: "..., but Ukraine's army said it would keep fighting"
_MODAL_WORD = r"(?:would|could|might|will|(?-i:may))"
_NO_MODAL = rf"(?:(?!\b{_MODAL_WORD}\b)[^.;,])"  # a character of the noun's clause, which has no modal of its own
_CLAUSE_THEN_JOINED = rf"{_NO_MODAL}{{0,80}},\s*(?:but|while|and|as|although|though)\b"
_COORDINATED = re.compile(_CLAUSE_THEN_JOINED, re.I)
_COORDINATED_MODAL = re.compile(_CLAUSE_THEN_JOINED + rf"[^,.;]*?\b(?:{_MODAL_WORD}|won['’]t)\b", re.I)
# ... after the noun's own clause told as done: "Russia's capture of X last month was its biggest gain, and analysts say ..."
_NOUN_CLAUSE_DONE = re.compile(_NO_MODAL + r"{0,80}?\b(?:was|were|had|has\s+been|damaged|destroyed|killed|"
                               r"wounded|injured|last\s+\w+|on\s+"
                               r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))\b", re.I)
_WHICH_WOULD = re.compile(r"\s+of\s+[^,.;]{1,60},\s*which\s+(?:[\w-]+\s+)?(?:would|could|might|will|may)\b", re.I)


def _hypothetical(text: str, cue: _Cue, region: tuple[int, int] | None = None) -> bool:
    """Plans, goals, predictions, conditions and questions: nothing is asserted to have happened (``region``: the
    relative clause or appositive the cue stands in, whose words are the outlet's own: "could help encircle Bakhmut,
    captured by Russian forces in May" -- the capture is told, not hoped for)."""
    lo = max(0, cue.start - 90)
    if region is not None and region[0] <= cue.start < region[1]:
        lo = max(lo, region[0])
    clause = text[lo:cue.start]
    if C.MODAL.search(clause) and not cue.answer and not _attempted_fight(cue, clause):
        return True
    if _PRIORITY_BEFORE.search(clause):
        return True  # "the enemy's current priority is the capture of X"
    if _GOAL_LIST.search(text, max(0, cue.start - 160), cue.start):
        return True  # "the main goal of the Russian occupiers is to defeat the grouping, encircle X and reach the river"
    if re.match(r"come\s+under", cue.text, re.I) and _EXPECTED_TO.search(clause):
        return True  # "he expected the city of Sloviansk and the town of Bakhmut to come under heavy attack": a forecast
    if cue.kind in ("captured", "held") and C.UNACHIEVED.search(clause):
        return True
    if C.NOMINAL_CUE.fullmatch(cue.text) and C.MODAL_AFTER_NOUN.match(text[cue.end:]) and not (
            _ANNOUNCED_BEFORE.search(clause) and (_WHICH_WOULD.match(text, cue.end) or _COORDINATED.match(text, cue.end))
            or _COORDINATED_MODAL.match(text, cue.end) and _NOUN_CLAUSE_DONE.match(text, cue.end)):
        return True  # (but "announced the capture of X, which would be its first gain in weeks", "completed the capture
        # of X, and will now advance" tell it done)
    if cue.kind != "struck" and (cue.text.lower().endswith("ing") or re.search(r"\bto\s+$", text[max(0, cue.start - 4):cue.start])
                                 or C.NOMINAL_CUE.fullmatch(cue.text)) and (_AIM_AFTER.match(text, cue.end) or _ONE_OF_AIMS.match(text, cue.end)
                                                                             and re.search(r"\b(?:considers?|considered|sees?|regards?|names?|calls?)\s+(?:the\s+)?$",
                                                                                           text[max(0, cue.start - 25):cue.start], re.I)):
        return True  # "attacking X and attempting to encircle the city is a priority for Russian troops": the aim, told as a subject
    if re.fullmatch(r"bridgeheads?|footholds?|springboards?", cue.text, re.I) and C.PURPOSE_AFTER.match(text, cue.end):
        return True
    return bool(C.CONDITIONAL.search(text))


def _passive_subjects(text: str, cands, places, cue: _Cue, skip: int) -> list[Mention]:
    """The list a sentence opens with when it is the subject of the passive cue right after it ("A, B and
    their outskirts have been liberated"); none when other words stand between ("A's mayor said two
    villages had been liberated")."""
    first = cands[0] if cands else None
    if first is None or first[1] >= cue.start or first[0] > _LEAD_IN.match(text, skip).end() + 2:
        return []
    chain = _list_on(first, places, text, cue.start)[0]
    if not _PASSIVE_GAP.fullmatch(text, chain[-1][1], cue.start):
        return []
    return [p[2] for p in _apart(chain)]


def _first_listed(text: str, places, start: int):
    """The settlement a list starting at ``start`` opens with, past names the gazetteer does not know."""
    return next(iter(_opening(text, [p for p in places if p[2].kind == "settlement"], start)), None)


def _listed_after(text: str, places, start: int) -> list[Mention]:
    """The settlements a list starting at ``start`` names, past names the gazetteer does not know and
    "of X district" after an item."""
    settled = [p for p in places if p[2].kind == "settlement"]
    first = _first_listed(text, settled, start)
    if first is None:
        return []
    chain = [first]
    for p in settled:
        if p[0] > chain[-1][0] and _LIST_GAP.fullmatch(text, chain[-1][1], p[0]):
            chain.append(p)
    return [p[2] for p in chain]


_MORE_NAMES = re.compile(r"(?:(?:\s*,\s*(?:and\s+)?|\s+and\s+)[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)*")
_PLURAL_AXES = re.compile(r"\s+(?:directions|axes|sectors)\b")  # (not "Bakhmut and Ukrainian front lines")
# "offensive operations in the Kupiansk, Lyman, Bakhmut, Avdiivka and Shakhtarsk areas": the General Staff's axes, named
# after towns (a list of villages' areas stays fighting at each)
_TOWN_AREAS = re.compile(r"\s+areas\b")
_DISTRICTS_AFTER = re.compile(r"\s+(?:districts|raions)\b")


def _axes(text: str, places, named_after: bool = False) -> set[int]:
    """Places named as axes ("the offensive in the directions of Kupiansk, Lyman and Bakhmut"): ids. ``named_after``:
    only those a direction word follows ("in the Vovchansk and Lyptsi directions"; a border bulletin's "in the
    direction of X village - two arrivals" is where the fire landed)."""
    out: set[int] = set()
    for p in places:
        listed = _list_from(p, places, text, len(text))
        # "the directions of Kupiansk and Lyman", "in Lyman, Bakhmut and Marinka directions"
        end = listed[-1][1]
        if (pair := re.match(r"[-–][A-Z][\w'’]+", text[end:end + 40])) is not None:
            end += pair.end()  # "the Kupiansk-Lyman sector": a sector named after two towns
        more = _MORE_NAMES.match(text, end).end()  # "in Donetsk, South Donetsk and Kupyansk directions": past a name no list took
        if not named_after and C.DIRECTION_BEFORE.search(text, max(0, p[0] - 40), p[0]) or C.DIRECTIONS_AFTER.match(text, end) \
                or (od := C.OTHER_DISTRICTS.match(text, end)) and not re.search(r"\b(?:city|town)\s+of\s+$", text[max(0, p[0] - 12):p[0]], re.I) \
                and (od["region"] or re.search(r"\bthe\s+$", text[max(0, p[0] - 4):p[0]], re.I)) \
                or more > end and _PLURAL_AXES.match(text, more) \
                or _TOWN_AREAS.match(text, end) and len(listed) >= 3 and all(_population(q[2]) > VILLAGE_MAX for q in listed) \
                or len(listed) >= 2 and _DISTRICTS_AFTER.match(text, end):  # "fired at Chuhuiv, Kharkiv and Kupiansk districts"
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


_FREED_PLURAL = re.compile(r"\s+(?:villages|towns|settlements|territories|areas|lands|communities|cities)\b(?!\s+of\b)", re.I)
# "liberated" is the verb only after its subject or an auxiliary ("Ukraine liberated villages", "our forces have already
# liberated villages", "Ukrainian forces advanced and liberated villages"); after any other word ("shelling liberated
# villages", "returned to liberated villages", "occupied and liberated villages") it is the adjective; "liberate" and
# "liberating" are the verb
_FREED_VERB = re.compile(
    r"(?:\b(?:have|has|had|forces|troops|army|units|military|brigades?|soldiers|defenders|fighters|servicemen|marines|"
    r"paratroopers|counteroffensive|counter-offensive|offensive|operation|Ukrainians|[Ww]e|[Tt]hey|[Ii]t|[Hh]e|[Ss]he|who|which|"
    r"(?!(?:The|These|Those|All|Many|Some|Several|Other|In|Of|To|For|From|Newly|Recently|Once|Its|Their|Our|His|Her)\b)"
    r"[A-Z][\w'’-]+)|"
    r"(?<!\bin\s)(?<!\bof\s)(?<!\bthe\s)(?<!\bto\s)(?<!\bfor\s)\b\w+ed\s+(?:and|or))\s+(?:[\w-]+ly\s+|already\s+|also\s+|now\s+)?$")


def _freed_not_these(text: str, cue: _Cue, after: int, s: int) -> bool:
    """Whether a place after "liberated villages ..." is no place liberated: with "liberated" an adjective ("shelling
    liberated villages around A, such as B"), none of them is; with it a verb ("have liberated villages around A,
    including B"), only those placed near, around or besides the villages ("near A", "in addition to C")."""
    between = text[after:s]
    if cue.text.lower().endswith("ed") and not _FREED_VERB.search(text, max(0, cue.start - 40), cue.start):
        return True
    if not re.search(r"\b(?:near|around|outside|close\s+to|in\s+addition\s+to|as\s+well\s+as|besides|beyond)\b", between, re.I):
        return False
    intro = list(re.finditer(r"\b(?:including|such\s+as|namely|like)\b|:", between, re.I))
    return not intro or bool(re.search(r"\b(?:near|around|outside|close\s+to)\b", between[intro[-1].end():], re.I))


_NEIGHBOURHOODS_OF = re.compile(r"\bthe\s+(?:neighbou?rhoods|microdistricts|quarters)\s+of\s+", re.I)


def _neighbourhood_named(text: str, s: int, e: int, places) -> bool:
    """Whether the name at ``s:e`` is one of a list of neighbourhoods ("the neighborhoods of Novy and Kanal", of
    Chasiv Yar), not of towns: the list names no town or city ("the neighbourhoods of Kherson and Mykolaiv")."""
    heads = [h for h in _NEIGHBOURHOODS_OF.finditer(text, max(0, s - 100), s)
             if re.fullmatch(r"(?:[A-Z][\w'’-]+\s*,\s*)*(?:[A-Z][\w'’-]+\s*,?\s+(?:and\s+)?)?", text[h.end():s])]
    if not heads:
        return False
    start = heads[-1].end()
    tail = re.match(r"(?:\s*,\s*[A-Z][\w'’-]+)*\s*,?\s+and\s+[A-Z][\w'’-]+", text[e:e + 80])
    if start == s and not tail:
        return False  # "the neighbourhoods of X" alone: the town's own
    end = e + (tail.end() if tail else 0)
    if re.match(r"\s+(?:in|of)\s+(?:the\s+(?:city|town)\s+of\s+)?[A-Z][\w'’-]+\b(?![\w'’-]|\s+(?:[Oo]blast|[Rr]egion|[Rr]aion|[Dd]istrict|[Pp]rovince))", text[end:end + 40]):
        return True  # "the microdistricts of Lazurnyi and Shakhtarskyi in Pokrovsk": the town named after them
    return not any(start <= p[0] < end and _population(p[2]) > VILLAGE_MAX for p in places)


def _list_on(first, places, text: str, end: int, victims: bool = False, segments: bool = False,
             groups: bool = False) -> tuple[list[tuple], set[int]]:
    """A place and the places a list goes on with before ``end``, through the separators real lists
    use ("A in the Kharkiv region, as well as B, Novy Trud and the city of C"; with ``victims``, a
    strike report's "a man in A and a woman in B"; with ``segments``, fighting by compass point, "near A;
    north -- near B"), and the ids of those named as a share ("80% of B")."""
    chain, partial = [first], set()
    for p in places:
        if not chain[-1][0] < p[0] < end:
            continue
        gap = text[chain[-1][1]:p[0]]
        if re.fullmatch(r"\s*,\s*", gap) and chain[-1][2].kind == "settlement" and _locating_community(text, p[0], places):
            continue  # "in the town of Hirnyk, Kurakhove community": the hromada locates the town, it is no item
        # "A, B, Novy Trud, C": a name the gazetteer does not know does not end the list
        sep = _LIST_SEP.match(_UNKNOWN_IN_LIST.sub("", gap).lstrip(")"))  # "A (B) and C": B is A's other name
        if sep and re.search(r"\b(?:its|their)\s", gap) and (re.search(r"\bto\b", gap) or _VERB_AFTER.match(text, p[1])):
            continue  # "withdrew from A to their fallback town of B", "took A, and its twin town of B is now under threat"
        if _DESTINATION.search(text, max(0, p[0] - 60), p[0]):
            break  # "a train travelling from Shostka to Kyiv": where it went is no item of what was hit
        if groups and _REGION_GROUP_SEP.fullmatch(gap) and not _FINITE_VERB.search(text, p[1], _GROUP_END.search(text, p[1]).start()):
            chain.append(p)  # a General Staff summary's groups by oblast: "A, B of the Kharkiv region; C, D, Luhansk region; E ..."
            continue  # (each group a list of names and its region, no verb of its own)
        if sep or victims and _VICTIM_SEP.fullmatch(gap) or segments and _SEGMENT_SEP.fullmatch(gap) or re.fullmatch(r"\s*\(\s*", gap):
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
    for m in [*_APPOSED_CLAUSE.finditer(text), *_APPOSED_SITE.finditer(text),
              *(m for m in _APPOSED_PARTICIPLE.finditer(text) if any(p[1] == m.start() for p in places))]:
        # "Kherson, the only regional capital it has captured, ...", "X, site of the fiercest fighting in recent weeks": the outlet's words
        if not any(a <= m.start() < b for a, b in out):
            nxt = re.compile(r"[;]|,\s").search(text, m.end())
            out.append((m.start(), nxt.start() if nxt else len(text)))
    for m in _BARE_WHICH.finditer(text) if "which" in text else ():
        # "east from Robotyne which Ukrainian forces said they had taken": a relative clause right after the name
        # (but in "another village near Hrabove which Ukrainian forces liberated" it hangs on the village the name locates)
        if any(p[1] == m.start() and not _LOCATED_HEAD.search(text, max(0, p[0] - 50), p[0]) for p in places) \
                and not any(a <= m.start() < b for a, b in out):
            nxt = re.compile(r"[;]|,\s").search(text, m.end())
            out.append((m.start(), nxt.start() if nxt else len(text)))
    return out


def _beside(text: str, cue: _Cue, p, places) -> bool:
    """Whether a fighting cue's own phrase puts it to one side of the place ("offensive operations north of X",
    "repelled attacks in areas south of X", "a counter-attack to the north of X"): fighting at X, though X is named
    as a landmark (but not "took A, north of X", nor "located 70 km north of X")."""
    gap = text[cue.end:p[0]]
    if cue.withdrawal or re.match(r"advanc|push|mov", cue.text, re.I) or _population(p[2]) >= BESIDE_MAX_PEOPLE \
            or _LOCATES_NEXT.match(text, p[1]):
        return False  # "pulled back east of X"; "advancing south of X" (the shared corpus: movement, no claim at X);
        # "north of Kharkiv" (far from it); "northwest of X near A and B": A and B
    return len(gap) <= 80 and "," not in gap and _COMPASS_OF.search(gap) is not None and not _LOCATED.search(gap) \
        and not any(ch.isdigit() for ch in gap) and not _DISTANCE_WORDS.search(gap) \
        and not re.search(r"\bfrom\b", gap, re.I) and not _TOWARD_PLACE.match(text, p[1]) \
        and all(_COMPASS_OF.search(text, max(0, s - 40), s) for s, _, _ in places if cue.end <= s < p[0])  # ("south of A and west of B")


def _region(pos: int, regions: list[tuple[int, int]]) -> tuple[int, int] | None:
    return next((r for r in regions if r[0] <= pos < r[1]), None)


_AXIS_NAME = r"(?-i:[A-Z])[\w'’-]*(?:\s+(?-i:[A-Z])[\w'’-]*)?(?:\s*\[[^\]]{0,30}\])?"
# a place named in a list of axes: "the Lisichansk, Soledar-Artemovsk [Bakhmut], Aleksandr-Kalinovsk and Maryinka directions"
_DIRECTION_LIST = re.compile(rf"(?:-(?-i:[A-Z])[\w'’-]*)?(?:\s*\[[^\]]{{0,30}}\])?(?:(?:\s*,\s*(?:and\s+)?|\s+and\s+){_AXIS_NAME})+"
                             r"\s+(?:(?:operational|operative)\s+(?:areas|zones|directions)|directions|fronts|sectors|axes)\b", re.I)


def _candidates(text, places, cue: _Cue):
    """Places a cue may govern: settlements (oblasts only for strikes), minus modifiers."""
    out = []
    for s, e, m in places:
        if m.kind == "oblast" and (cue.kind != "struck" or _TITLE_OF.search(text, max(0, s - 60), s)):
            continue  # "the governor of the Odesa region said ...": the oblast names an office, not a target
        if C.MODIFIER_AFTER.match(text[e:]) or _DIRECTION_LIST.match(text, e):
            continue  # ("in the Lisichansk, Soledar-Artemovsk [Bakhmut] and Maryinka directions": each an axis's name)
        if m.kind == "settlement" and _COMMUNITY_AFTER.match(text, e) and any(
                o.kind == "settlement" and _IN_BETWEEN.fullmatch(text, oe, s) for os_, oe, o in places if oe <= s):
            continue  # "the village of Berdychi in Ocheretyne hromada has been captured": the hromada locates Berdychi
        if cue.end <= s and cue.kind == "struck" and (threat := _THREAT_VERB.search(text, cue.end, s)) \
                and not _HIT_BETWEEN.search(text, threat.end(), s):
            continue  # "This strike potentially threatens residents of settlements in the Donetsk and Dnipro regions": not hit
        if cue.kind == "struck" and cue.end <= s and (moving := _MOVING_TOWARD.match(text, cue.end)) \
                and not _HIT_BETWEEN.search(text, moving.end(), s):
            continue  # "Russian drones were moving toward the Danube, where Ukraine has two ports, A and B": a warning, no hit
        if cue.kind in ("captured", "held") and m.kind == "settlement" and _AREA_AFTER.match(text, e):
            continue  # "captured about ten settlements in the Vovchansk region": villages around the town, not the town
        if m.kind == "settlement" and _neighbourhood_named(text, s, e, places):
            continue  # "the neighborhoods of Novy and Kanal" (of Chasiv Yar): parts of a town, no village of that name
        if cue.kind == "captured" and cue.end <= s and (adj := _FREED_PLURAL.match(text, cue.end)) and _freed_not_these(text, cue, adj.end(), s):
            continue  # "shelling liberated villages near Kherson, in addition to Zelenodolsk": the villages freed, not these
        if cue.kind == "struck" and (_TREATED_IN.search(text, max(0, s - 40), s)
                                     or _DIED_IN_A.search(text, max(0, s - 60), s) and _HOSPITAL_AFTER.match(text, e)):
            continue  # "Three injured people remain in Dnipro": where the wounded are treated, not where the strike fell
        if cue.kind == "struck" and _DESTINATION.search(text, max(0, s - 60), s) and not _HIT_ITSELF.match(text, e):
            continue  # "evacuated to a hospital in X", "a train heading from A to the capital, X": where people or trains went
        if s < cue.start and _PROVINCIAL_TITLE.search(text, max(0, s - 40), s) and _SAYS_NEXT.match(text, e):
            continue  # "The provincial governor of Donetsk said the town was hit": the office's region speaks, not hit
        if cue.end <= s and cue.kind != "struck" and _PERSON_TITLE.search(text, max(0, s - 30), s):
            continue  # "Artem Semenikhin, the mayor of Konotop, accused ...": the place names the office a person holds
        if cue.end <= s and re.match(r"['’]s\s+(?:regional\s+|military\s+|city\s+)?(?:[Gg]overnor|[Mm]ayor)\s+(?-i:[A-Z])", text[e:e + 30]):
            continue  # "Ukraine's Odesa's Governor Oleh Kiper said": the place names the office a person holds
        if cue.end <= s and _GOAL_BETWEEN.search(text, cue.end, s):
            continue  # "inflicting heavy losses ... in an effort to retake territory near Bakhmut": the place is the aim
        if _CONTRASTED.search(text, max(0, s - 40), s):
            continue  # "Unlike Pokrovsk, there are urban battles there": the place set against the one the cue is about
        if cue.kind == "struck" and _HEADING_TO.search(text, max(0, s - 60), s) and not _LINES_AFTER.match(text, cue.end):
            continue  # "forces forced to retreat towards Kreminna are being hit": a direction, not the place hit
        if cue.kind == "struck" and _COMMUNITY_AFTER.match(text, e) and any(
                m2.kind == "settlement" and e < s2 <= e + 200 and not _COMMUNITY_AFTER.match(text, e2) for s2, e2, m2 in places):
            continue  # "In Novhorod-Siverska community, 3 explosions ... near A and B": the hromada groups the villages hit
        if cue.kind == "struck" and _FIRED_FROM.search(text, max(0, s - 80), s) and not _RANGE_TO.match(text, e):
            continue  # "Donetsk, which they have been shelling from Mariinka": where the fire comes from, not where it lands
        out.append((s, e, m))
    return out


def _people_taken(text: str, cue: _Cue) -> bool:
    """A capture of people, not of a place: "capturing dozens of civilians", "were killed or captured"."""
    return cue.kind == "captured" and not cue.withdrawal and bool(
        _PEOPLE_TAKEN.match(text, cue.end) or re.fullmatch(r"captured|taken(?:\s+prisoner)?", cue.text, re.I)
        and _KILLED_OR.search(text, max(0, cue.start - 90), cue.start)
        # "the hospital in X where the wounded had been taken": people brought somewhere
        # "two Russian soldiers were captured during an assault on X", "children from X were taken": people taken
        or re.fullmatch(r"taken|brought|captured", cue.text, re.I) and re.search(
            r"\b(?:wounded|injured|victims|casualties|people|residents|civilians|children|patients|bodies|evacuees|soldiers|"
            r"servicem[ae]n|troops|fighters|POWs|marines|paratroopers|militants|mercenaries|officers|hostages|prisoners|"
            r"(?:Russian|Ukrainian)s)\s+(?:(?:from|in|of)\s+(?:[\w'’-]+\s+){1,3}?)?(?:(?:had|have|has)\s+been|were|was|are|is|being)\s+$",
            text[max(0, cue.start - 60):cue.start], re.I)
        # "executed civilians taken on the weekend in X": people taken, told without "were"
        or re.fullmatch(r"taken", cue.text, re.I) and re.search(r"\b(?:civilians|hostages|residents|people|children|prisoners|POWs|women)\s+$",
                                                                text[max(0, cue.start - 20):cue.start], re.I)
        # "the decision was taken on orders from the General Staff": a decision, no place
        or re.fullmatch(r"taken", cue.text, re.I) and re.search(r"\b(?:decisions?|measures|steps|action|actions|note|notice|"
                                                                r"part|place|shelter|cover|control\s+measures)\s+(?:(?:had|have|has)\s+been|were|was|are|is|being)\s+$",
                                                                text[max(0, cue.start - 40):cue.start], re.I))


def _attach(text: str, cues: list[_Cue], places, regions, state: _State, skip: int) -> list[_Hit]:
    """Each cue's places (see the module docstring for the order of the rules)."""
    axes = _axes(text, places) if any(c.kind == "contested" for c in cues) else set()
    named_axes = _axes(text, places, named_after=True) if any(c.kind == "struck" for c in cues) else set()
    hits: list[_Hit] = []
    for cue in cues:
        if cue.kind == "struck" and (C.DEFUSED.search(text) or C.PROTECT_FROM.search(text, max(0, cue.start - 60), cue.start)):
            continue  # bombs made safe; "protect Donetsk from strikes": no strike reported
        if cue.kind == "struck" and _OWN_HOME.search(text, max(0, cue.start - 40), cue.start) and _HOME_CUE.match(cue.text) \
                and _FLED.search(text) and not _DAY_NAMED.search(text):
            continue  # "He came to Odesa after fleeing Mykolaiv when his house was destroyed": a refugee's story, long past
        if cue.kind == "struck" and _RELIANT_ON.search(text, max(0, cue.start - 30), cue.start) and _FOR_SUPPLY.match(text, cue.end):
            continue  # "are reliant on drones for supplies": drones used, no strike reported
        if cue.kind == "struck" and _FACILITIES.match(cue.text) and _NOT_WAR_DAMAGE.search(text):
            continue  # "Power facilities were damaged by icing", "40 enterprises have been destroyed since the invasion"
        if cue.kind == "struck" and _USED_TO.search(text, max(0, cue.start - 60), cue.start):
            continue  # "Ukrainian forces used this location to shell Donetsk": what a place served for, no strike reported
        if _SPARED.search(text, max(0, cue.start - 50), cue.start):
            continue  # "Lviv has largely been spared the worst of the fighting": none there
        if cue.kind == "captured" and re.match(r"occupation", cue.text, re.I) \
                and not re.match(r"[^.;,]{0,40}?\bby\s+(?:the\s+)?(?:Russian|Ukrainian|Russia|Ukraine)", text[cue.end:]) \
                and re.search(r"\b(?:during|under|throughout|since|after|before|months\s+of|years\s+of)\s+(?:the\s+)?(?:\w+\s+)?$", text[max(0, cue.start - 30):cue.start], re.I):
            continue  # "killed during the occupation of the city": a period told, not a capture reported
        if cue.kind == "captured" and _PAST_WAR.search(text):
            continue  # "on the anniversary of the liberation of X from the Nazis": 1943, not this war
        if cue.kind == "struck" and re.search(r"\b(?:prevent|avert)(?:s|ed|ing)?\s+(?:further\s+|any\s+)?$", text[max(0, cue.start - 25):cue.start], re.I) \
                and not re.search(r"\b(?:unable|failed|failing|fail|fails|not|n['’]t|could\s+not)\s+(?:to\s+)?(?:prevent|avert)", text[max(0, cue.start - 45):cue.start], re.I):
            continue  # "a sanitary zone to prevent shelling of Belgorod": fire to be stopped, none reported
        if _people_taken(text, cue):
            continue  # "accused Russian troops of capturing dozens of civilians in X": people taken, not the place
        if _BARE_NOMINAL.fullmatch(cue.text) and not _OF_AFTER.match(text, cue.end) \
                and not re.search(r"['’]s\s+$", text[max(0, cue.start - 3):cue.start]):  # "Testivka's capture"
            continue  # "The seizure moves the front line away from Donetsk": the seizure of a place named before
        if cue.kind == "contested" and _ATTACK.fullmatch(cue.text) and (
                C.ATTACK_ON.match(text[cue.end:cue.end + 12]) and C.AIR_ATTACK.search(text)
                or C.AIR_ATTACK.search(text, max(0, cue.start - 14), cue.start)  # "a drone attack", "the missile attack"
                or re.search(r"\b(?:another\s+|a\s+|the\s+)(?:night|nightly)\s+$", text[max(0, cue.start - 16):cue.start], re.I)
                and not C.GROUND_FORCE.search(text)  # "another night attack" (officials' word for drones and missiles), not "a night attack with tanks"
                # "after a night attack by Russian 'kamikaze drones'"
                or re.match(r"\s+by\s+(?:[\w“”\"'-]+\s+){0,3}[“\"]?(?:drones?|missiles?|rockets?|Shaheds?|bombers?|aircraft|KABs?|FABs?|bombs?)\b", text[cue.end:cue.end + 60], re.I)
                # "a fire broke out in X as a result of the attack"; "reported an “enemy attack” and a fire in the port of X"
                or re.search(r"\bas\s+a\s+result\s+of\s+(?:the|this|that|an?)\s+$", text[max(0, cue.start - 30):cue.start], re.I)
                or re.search(r"\bas\s+a\s+result\s+of\s+(?:the|this|that|an?)\s+(?:Russian|enemy|Ukrainian|massive|latest|night|overnight)\s+$",
                             text[max(0, cue.start - 40):cue.start], re.I) and not C.GROUND_FORCE.search(text) and not C.COMBAT.search(text)
                or re.match(r"[”\"’]?\s+and\s+(?:a\s+)?(?:fires?|explosions?|blasts?)\b", text[cue.end:cue.end + 24], re.I)
                # "attacks on energy infrastructure in Kyiv and Mykolaiv": fire on the grid, not ground assaults
                or re.match(r"\s+on\s+(?:the\s+)?(?:\w+\s+)?(?:energy|power|civilian|critical|port)\s+(?:infrastructure|facilities|targets|objects|grid)\b",
                            text[cue.end:cue.end + 60], re.I)
                # "the recent attacks on the Antonivskiy Bridge in Kherson": fire on a structure
                or re.match(r"\s+on\s+(?:the\s+)?(?:[\w'’-]+\s+){0,2}(?:bridges?|port|(?:oil\s+|fuel\s+)?depots?|refiner(?:y|ies)|substations?|"
                            r"dam|warehouses?)\s+(?:in|of|near)\b", text[cue.end:cue.end + 70], re.I) and not C.GROUND_FORCE.search(text)
                # (an airport, a power plant or a station can be stormed too: only with no ground force named)
                or re.match(r"\s+on\s+(?:the\s+)?(?:[\w'’-]+\s+){0,2}(?:airport|airfield|(?:power|thermal|hydroelectric|heating)\s+(?:power\s+)?plant|"
                            r"(?:railway|train)\s+station)\s+(?:in|of|near)\b", text[cue.end:cue.end + 70], re.I) and not C.GROUND_FORCE.search(text)
                and not C.FORCES_NAMED.search(text)
                # "launched an attack on the city of X, which resulted in a fire at one of the infrastructure facilities",
                # "attacked X during the night, causing damage" (its own clause, not "..., and shelling caused a fire in Y")
                or _CAUSED_FIRE.match(text, cue.end) and not C.GROUND_FORCE.search(text)
                # "Russian forces attacked civilians in the vicinity of X": fire on people, a strike
                or re.match(r"\s+(?:\w+\s+)?(?:civilians|residents|people|passers-by|a\s+(?:civilian|man|woman|car|bus|minibus))\b",
                            text[cue.end:cue.end + 30], re.I)
                # "the enemy attacked the central district of X at night", "attacked the communities of A and B":
                # a city's districts and the hromadas of a round-up are shelled
                or re.match(r"\s+(?:the\s+)?(?:[\w'’-]+\s+){0,2}(?:(?:district|neighbou?rhood|microdistrict)s?\s+of\b|"
                            r"communit(?:y|ies)\b|hromadas?\b)", text[cue.end:cue.end + 60], re.I)
                # "... as well as A and B hromadas, were under attack": the same, told in the passive
                or re.search(r"\b(?:communit(?:y|ies)|hromadas?|(?:district|neighbou?rhood|microdistrict)s)[”\"]?,?\s+(?:\w+\s+)?"
                             r"(?:were|was|are|is|came|have\s+been|has\s+been)\s+(?:under\s+)?$", text[max(0, cue.start - 60):cue.start], re.I)
                and not _BY_GROUND.match(text, cue.end)  # (but "... under attack by Russian assault groups": fighting)
                # a governor's "Russia attacked the village of X today at about 8:00": a strike at an hour
                # (or "around 15:00 the enemy attacked the village of X", the hour first)
                or (re.search(r"\bat\s+(?:about\s+|around\s+|approximately\s+)?\d{1,2}[:.]\d{2}\b", text[cue.end:cue.end + 120])
                    or _HOUR_BEFORE.search(text, max(0, cue.start - 70), cue.start))
                and not C.GROUND_UNITS.search(text, 0, cue.start) and not C.GROUND_FORCE.search(text, 0, cue.start)
                # "the communities were attacked with heavy artillery / drones"
                or re.match(r"\s+with\s+(?:heavy\s+|massive\s+)?(?:artillery|drones|missiles|rockets|MLRS|mortars|bombs|guided\s+bombs|UAVs)\b",
                            text[cue.end:cue.end + 40], re.I)
                # "attacked Zaporizhzhia and the Zaporizhzhia district with nine Shahed drones overnight"
                # ("attacked the village of X in the Kharkiv region with artillery, hitting a building")
                # (not a ground attack "with tanks and artillery")
                or (armed := re.match(r"[^.;]{0,70}?\b(?:with|using)\s+(?:[\w-]+\s+){0,2}(?:Shahed|Geran|kamikaze|attack)?[\s-]*(?:drones?|missiles?|rockets?|UAVs?|"
                                      r"(?:guided\s+(?:aerial\s+)?|glide\s+|aerial\s+)?bombs?|artillery|mortars?|MLRS|Grads?)\b",
                                      text[cue.end:cue.end + 140], re.I)) and not C.GROUND_FORCE.search(re.split(r"\b(?:with|using)\b", armed.group(), maxsplit=1)[-1])
                and not _SUPPORT_AFTER.match(text, cue.end + armed.end(), cue.end + armed.end() + 12)  # ("with artillery support": a ground attack)
                # "the deadliest attack on X since the start of the war": counted by its dead, a strike
                or re.search(r"\b(?:deadl(?:y|iest)|bloodiest|most\s+(?:deadly|lethal|devastating)|lethal)\s+$", text[max(0, cue.start - 20):cue.start], re.I)
                and not C.GROUND_FORCE.search(text)
                # "soldiers were killed in an attack on the town of X": the dead are where it landed, a strike
                # (not "a failed attack on X", "an attack on Ukrainian positions": fighting)
                or C.ATTACK_ON.match(text[cue.end:cue.end + 12]) and not _ON_LINES.match(text, cue.end)
                and re.search(r"\b(?:killed|injured|wounded|died|dead)\s+in\s+(?:an?|the)\s+(?:(?!(?:failed|unsuccessful|ground|infantry|counter|"
                              r"assault|armou?red|mechani[sz]ed)\b)[\w-]+\s+)?$", text[max(0, cue.start - 40):cue.start], re.I)
                or _HIT_BUILDINGS.match(text, cue.end)
                # "the search and rescue operation on the site of the attack in X has finished": a strike's aftermath
                or re.search(r"\b(?:search[\s-]and[\s-]rescue|rescue\s+(?:operation|work)s?|rescuers|under\s+the\s+rubble)\b", text, re.I)
                # "Russian forces attacked the village of X on 7 November, leaving an 18-year-old boy injured": people hurt
                # where the attack landed, no fight reported
                or _CIVILIAN_TOLL.search(text, cue.end) and not C.COMBAT.search(text)
                or re.search(r"\b(?:destroyed|damaged|demolished|ruined)\s+by\s+(?:\w+\s+){0,2}$", text[max(0, cue.start - 40):cue.start], re.I)
                # "the attack on the village of X became the most massive war crime": an atrocity on the people there, a strike
                or _ATROCITY.match(text, cue.end) and not C.GROUND_FORCE.search(text) and not C.COMBAT.search(text)
                # "four people died in X due to a Russian attack": its dead, a strike (not "... on their positions")
                or not _ON_LINES.match(text, cue.end) and re.search(r"\b(?:died|killed|dead|injured|wounded)\b[^.;]{0,40}\b(?:due\s+to|as\s+a\s+result\s+of|because\s+of|from|following)\s+"
                             r"(?:an?|the)\s+(?:(?!(?:failed|unsuccessful|ground|infantry|counter|assault|armou?red|mechani[sz]ed)\b)[\w-]+\s+)?$",
                             text[max(0, cue.start - 90):cue.start], re.I) and not C.GROUND_FORCE.search(text)
                # "carried out an attack with these devices against the port of Reni": a strike on a facility, no ground
                # force named (the wording the "on the bridge in X" line above does not take)
                or _ON_A_FACILITY.match(text, cue.end) and not C.GROUND_FORCE.search(text) and not C.FORCES_NAMED.search(text)
                # "X was attacked in the night: four buildings and a kindergarten were damaged": damage done, a strike
                or (damage := _DAMAGE_AFTER.match(text, cue.end)) and not C.GROUND_FORCE.search(text)
                and not re.search(r"\b(?:where|which|that)\b", damage.group(), re.I)
                and not _BEFORE_NOW.match(text, damage.end())
                # "the death toll from Russia's attacks in X had risen to 16": counted by its dead, a strike
                or re.search(r"\b(?:death\s+toll|number\s+of\s+(?:dead|victims|casualties))\s+(?:from|of|in)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,2}$",
                             text[max(0, cue.start - 60):cue.start], re.I) and not C.GROUND_FORCE.search(text)):
            cue = _Cue(cue.start, cue.end, "struck", cue.text)
        elif cue.kind == "contested" and re.fullmatch(r"assaults?", cue.text, re.I) and (
                _HIT_BUILDINGS.match(text, cue.end) or _FROM_THE_AIR.search(text, max(0, cue.start - 14), cue.start)
                and not C.GROUND_FORCE.search(text, max(0, cue.start - 40), cue.start)):
            # ("a deadly seven-hour drone assault on X": from the air, a strike)
            cue = _Cue(cue.start, cue.end, "struck", cue.text)
        if cue.kind == "struck" and _DURING_OCCUPATION.match(text, cue.end):
            continue  # "civilians killed by Russian troops during the occupation have been found in X": deaths found after
        if cue.kind == "struck" and C.CHRONIC.search(text):
            continue  # "where tens of thousands were killed under months of Russian bombardment": a siege, no strike of a day
        region = _region(cue.start, regions)
        if cue.kind == "struck" and C.COUNTED_PLACES.search(text) and (intro := C.LIST_START.search(text, cue.end)) \
                and not _CONTAINERS.search(text, cue.end, intro.end() + 2):  # "shelled 11 villages in four communities: A, B": these hold the villages
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
        beside = C.AREA_NEAR.match(text, cue.end) if cue.kind == "captured" else None
        if beside:  # "had taken the fortified area just outside Donetsk": ground beside the place (fighting near it), not
            # the place; the list goes on ("the heights near A and the village of B": B is taken)
            near_it = next((p for p in cands if beside.end() <= p[0] <= beside.end() + 30), None)
            if near_it is not None:
                hits.append(_Hit(near_it[2], cue, region=region, partial=True))
                cands = [p for p in cands if p is not near_it]
        if cue.kind == "contested":
            cands = [p for p in cands if id(p[2]) not in axes]
        elif cue.kind == "struck":  # ("shelling ... since the offensive in the Vovchansk and Lyptsi directions")
            cands = [p for p in cands if id(p[2]) not in named_axes]
        following = [p for p in cands if p[0] >= cue.end and (p[0] - cue.end <= _FOLLOW[cue.kind] or cue.kind == "contested"
                                                              and p[0] - cue.end <= 110 and _NEAR_END.search(text, cue.end, p[0]))
                     and (not _landmark(text, p[0], places) or cue.kind == "contested" and _beside(text, cue, p, places))
                     and not _CLAUSE_BREAK.search(text, cue.end, p[0])
                     and not _UNKNOWN_NAME_NEAR.fullmatch(text, cue.end, p[0])
                     # "shelled four villages, but no attacks on X" (not a parenthesis: "continued, but with less intensity, near X")
                     and not re.search(r",\s+(?:but|while|whereas)\b(?![^,]{0,30},)", text[cue.end:p[0]])
                     # "captured almost the entire village of New York, approached Toretsk": another verb's place
                     and not _OTHER_VERB.search(text, cue.end, p[0])
                     # "which they said they had taken as they continued pushing toward X": another clause's place
                     and not (_NEW_CLAUSE.search(text, cue.end, p[0]) and not _ASIDE_CLAUSE.search(text, cue.end, p[0]))
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
            prep = C.AT_PREP if re.match(r"advanc|push|mov", cue.text, re.I) else C.CONTEST_PREP
            # "stormed X"; "described the situation in X as extremely fierce"; "Hot spots are now A and B"
            direct = re.fullmatch(r"infiltrat\w+|storm(?:ed|ing|s)?|encircl\w+|besieg\w+|situation\s+in|hot(?:test)?\s*spots?\b.*|hottest\b.*", cue.text, re.I)
            # "repelled Russian troops from Kupiansk", "pushed back from X": away from X is fighting at X
            away = re.fullmatch(r"repel\w*|repuls\w*|push(?:ed|ing)(?:\s+back)?", cue.text, re.I)
            following = [p for p in following if (prep.search(text[cue.end:p[0]]) or _beside(text, cue, p, places)
                                                  or direct and not text[cue.end:p[0]].strip()
                                                  or away and re.search(r"\b(?:back|away)\s+from\s+(?:the\s+(?:town|city|village)\s+of\s+)?$"
                                                                        if cue.text.lower().startswith("push") else
                                                                        r"\bfrom\s+(?:the\s+(?:town|city|village)\s+of\s+)?$", text[cue.end:p[0]]))
                         and not C.DIRECTION_BEFORE.search(text[cue.end:p[0]])
                         # "repelled 38 attacks in the Avdiivka direction over the last day in the vicinity of X"
                         and len(text[cue.end:p[0]].split()) <= (16 if _NEAR_END.search(text[cue.end:p[0]]) else 9)
                         and not re.search(r"\b(?:and|but)\s+(?:\w+\s+)?(?:are|is|were|was|have|has|had)\b", text[cue.end:p[0]])
                         # "after 16 months of fighting and unleashed a drone assault on X": another predicate's place
                         and not re.search(r"\band\s+(?:then\s+|also\s+|later\s+)?(?!(?:continued|sustained|renewed|repeated|coordinated|"
                                           r"combined|concentrated|intensified|escalated)\b)[a-z]{3,}ed\s+(?:an?|the|its|their)\b", text[cue.end:p[0]])]
        if cue.withdrawal and _BACK_TO.match(text[cue.end:]) and following:  # "pulled back to (the outskirts of) X";
            # but "troops in X ordered to retreat to new positions" leave X
            cue = _Cue(cue.start, cue.end, "contested" if "outskirts" in text[cue.end:cue.end + 40] else "held", cue.text)
        elif cue.withdrawal and _TO_FLANKS.match(text, cue.end) and following:
            cue = _Cue(cue.start, cue.end, "contested", cue.text)  # "withdrawals to flanks or deeper defensive lines in A, B": still there
        if following and (not C.ANAPHOR.match(text[cue.end:].lstrip()[:20]) or _NAMED_NOUN.fullmatch(text, cue.end, following[0][0])):
            chain, partial = _list_on(following[0], places, text, len(text), victims=cue.kind == "struck", segments=cue.kind == "contested",
                                      groups=cue.kind in ("struck", "contested") and ";" in text[cue.end:])
            if cue.kind == "struck":  # (the same, named right after the cue)
                chain = [p for p in chain if not _CONTAINERS.search(text, cue.end, p[0])]
            if _share_before(text, following[0][0]):
                partial.add(id(following[0][2]))
            if cue.kind == "captured" and _PART_OF_THE_ENEMY.match(text, cue.end):
                partial.update(id(p[2]) for p in chain)  # "cleared almost all the occupants from X": not yet all of X
            if cue.kind == "contested":  # "advanced southeast of A and south of B": each side named
                chain += [p for p in following if p not in chain and _beside(text, cue, p, places)]
            hits += [_Hit(m, cue, region=region, partial=id(m) in partial) for _, _, m in _apart(chain)]
            if re.match(r"\s*,?\s*as\s+well\s+as\b", text[cue.end:following[0][0]]):
                # "A, B and their outskirts have been liberated, as well as parts of northern C": the opening list too
                hits += [_Hit(m, cue) for m in _passive_subjects(text, cands, places, cue, skip)]
            continue
        ana = re.search(r"\b(?:there|it)$", cue.text) or C.ANAPHOR.match(text[cue.end:].lstrip()[:30]) or re.match(r"^(?:\s+\w+){0,4}\s+(?:the\s+(?:village|town|city|settlement)\b(?!\s+of\s+[A-Z])|it\b)", text[cue.end:cue.end + 45])
        if ana and cue.kind == "struck" and re.match(r"\s*the\s+(?:city|town)\b", text[cue.end:cue.end + 12]):
            # "the acting mayor of Zaporizhzhia reported that Russian forces struck the city": the mayor's city
            before = [p for p in cands if p[1] <= cue.start and p[2].kind == "settlement" and not _landmark(text, p[0], places)]
            if len(before) == 1:
                hits.append(_Hit(before[0][2], cue, region=region))
                continue
        if ana and cue.kind != "struck":
            # "X's head of police said the border town was attacked": an office's place is no antecedent
            # ("the mayor of X said ... the city": X is the city; "the head of police in Kharkiv said the border town")
            city = bool(re.search(r"\bthe\s+city\b", ana.group(), re.I))
            before = [p for p in cands if p[1] <= cue.start and not _landmark(text, p[0], places)
                      and (city or not _OFFICE_IN.search(text, max(0, p[0] - 50), p[0]))]
            share = _share_of_it(text, cue)
            if before:
                hits.append(_Hit(before[0][2], cue, region=region, partial=share))
            elif state.topic(words := _pointing_words(text, ana.group())):
                hits.append(_Hit(state.topic(words), cue, coref=True, partial=share))
            continue
        if region:  # a relative clause's cue with no place of its own is about the place it hangs on
            ante = [p for p in _candidates(text, places, cue) if p[1] <= region[0] and not (cue.kind == "contested" and id(p[2]) in axes)
                    and not (cue.kind == "struck" and id(p[2]) in named_axes)]
            # (a sector's name is no place: "the Kupiansk-Lyman sector, where Russian forces have been staging attacks")
            # "Andriivka, another village near Bakhmut which ... liberated": the village, not its landmark;
            # "west of Kurakhove, an industrial town that ...": the appositive makes the landmark the topic
            # but "northeast of the city of Kherson, which Ukraine recaptured": ", which" right after a
            # name hangs on that name
            suburb = [p for p in ante[:-1] if ante and _SUBURB_OF.fullmatch(text, p[1], ante[-1][0])]
            if suburb:  # "west of Avdiivka, a suburb of Donetsk city that ... captured": the suburb
                ante = suburb
            elif ante and _landmark(text, ante[-1][0], places) and not re.match(r"^\s*,\s*(?:a|an|the|another)\s", text[ante[-1][1]:region[0]]) \
                    and text[ante[-1][1]:region[0]].strip():
                ante = [p for p in ante if not _landmark(text, p[0], places)]
            if ante:
                hits.append(_Hit(ante[-1][2], cue, region=region))
            continue
        appositive = [p for p in cands if p[1] <= cue.start and cue.kind in ("captured", "held")
                      and _APPOSITIVE_TO_CUE.fullmatch(text, p[1], cue.start)]
        if appositive:  # "X lies west of Donetsk, a city under the control of Russia since 2014": Donetsk's, not X's
            hits.append(_Hit(appositive[-1][2], cue, region=region))
            continue
        first = cands[0] if cands else None
        if first and first[0] < cue.start and (_LOCATIVE.match(text[skip:first[0]]) or (
                # "In the Richky community, a private home was burned down after being hit by a drone"
                cue.kind == "struck" and re.fullmatch(r"\s*In\s+the\s+", text[skip:first[0]]) and _COMMUNITY_AFTER.match(text, first[1]))):
            hits += [_Hit(p[2], cue) for p in _list_from(first, places, text, cue.start)]  # "Near A and B, ..."
            continue
        lead = _LEAD_IN.match(text, skip)
        if first and first[0] <= lead.end() + 2 and first[1] < cue.start and not _NOT_THE_SUBJECT.match(text, first[1], cue.start) and (
                _PASSIVE.search(text[:cue.start]) or re.match(r"(?:came|come|comes|coming)\s+under", cue.text, re.I)):
            # "Nikopol, Marhanets and Myrove communities were hit": the list the sentence opens with;
            # "According to Prokudin, A, B and the city of Kherson came under hostile fire"
            hits += [_Hit(p[2], cue) for p in _apart(_list_on(first, places, text, cue.start)[0])]
            if cue.kind == "struck" and _NEXT_GROUP.match(text, cue.end):
                # "A, B of the Kharkiv region were hit by airstrikes; C, D, Luhansk region; E of the Donetsk region": the
                # summary's next groups, one oblast each, are hit too
                nxt = next((p for p in places if p[0] > cue.end and p[2].kind == "settlement"), None)
                seg_end = _GROUP_END.search(text, nxt[1]).start() if nxt is not None else 0
                if nxt is not None and _NEXT_GROUP.match(text, cue.end).end() == nxt[0] and _REGION_TAG.search(text, nxt[1], seg_end) \
                        and not _FINITE_VERB.search(text, nxt[1], seg_end):
                    hits += [_Hit(p[2], cue) for p in _apart(_list_on(nxt, places, text, len(text), groups=True)[0])]
            continue
        if cue.kind == "contested" and (re.match(r"advanc", cue.text, re.I)
                                        or re.match(r"push|mov", cue.text, re.I) and _TOWARD_PLACE.match(text, cue.end)):
            continue  # "closing in on X after months of steady advances", "pushing east toward Y": movement, named after the place
        if cue.kind == "captured" and C.OTHER_OBJECT.match(text, cue.end):
            continue  # "advanced near Pokrovsk, seizing nearby areas": what was taken is named, and it is not X
        if cue.kind in ("captured", "held") and _OWN_OBJECT.match(text, cue.end):
            continue  # "retook Irpin, but Russia still controls northern parts of the Kyiv region": the cue has its own object
        near = [p for p in cands if p[1] <= cue.start and _gap_len(text, p[1], cue.start) <= _PRECEDE and not _CLAUSE_BREAK.search(text, p[1], cue.start)
                # "Ukraine's Third Assault Brigade, fighting around Bakhmut, denied ...": the subject's aside, not the object
                and not (_PARTICIPLE_ASIDE.search(text, max(0, p[0] - 40), p[0]) and re.fullmatch(r"\s*,\s*", text[p[1]:cue.start]))
                and not _NOT_THE_SUBJECT.match(text, p[1], cue.start)
                and (cue.kind == "struck" or not _OFFICE_IN.search(text, max(0, p[0] - 50), p[0]))]
        preceding = [p for p in near if not _landmark(text, p[0], places)]
        if not preceding and near:  # "the village of X near the town of Y had been liberated": X, which Y locates
            preceding = [p for p in cands if p[1] <= near[-1][0] and near[-1][0] - p[1] <= 60
                         and not _CLAUSE_BREAK.search(text, p[1], cue.start) and not _landmark(text, p[0], places)]
        if len(preceding) > 1 and preceding[-1][2].kind == "oblast" and preceding[-2][2].kind == "settlement" and re.fullmatch(
                r"\s*,?\s+in\s+(?:the\s+|Ukraine['’]s\s+)?(?:[\w'’-]+\s+){0,2}", text[preceding[-2][1]:preceding[-1][0]]):
            preceding = preceding[:-1]  # "the community of X in Ukraine's eastern Donetsk Oblast was under fire": X, which the oblast locates
        if preceding:
            chain = [preceding[-1]]  # "who claimed Pokrovsk and Vovchansk had been taken": the whole list
            # but "near A and B, another village ... which Ukraine liberated": the appositive is B's alone
            alone = re.match(r"\s*,\s*(?:a|an|another|the)\s", text[chain[0][1]:cue.start])
            for p in ([] if alone else reversed([p for p in cands if p[1] <= chain[-1][0]])):
                if _landmark(text, p[0], places):
                    continue
                gap = text[p[1]:chain[-1][0]]  # "A (B) and C": B, in brackets, is A's other name
                if not (_AND_SEP.fullmatch(gap.lstrip(")")) or _AS_WELL_AS.fullmatch(gap) or _IN_HROMADA_AND.fullmatch(gap)
                        or re.fullmatch(r"\s*\(\s*", gap)):
                    break
                chain.append(p)
            # "the majority of X is now under Russian control": a share of X; "in the southern part of the settlement
            # (X), they were withdrawn from there": of its part
            # ("two-thirds of the villages of A and B": a share of each)
            share = _share_of_it(text, cue) or _share_before(text, chain[-1][0])
            hits += [_Hit(p[2], cue, partial=share or _share_before(text, p[0])) for p in chain]
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
    pointer = C.ANAPHOR.search(text)  # the words that point back ("The village, located near ..., was overrun")
    if pointer and re.search(r"\b(?:families|residents|people|civilians|children|inhabitants|locals|thousands|hundreds)\s+(?:\w+\s+){0,3}?"
                             r"(?:leave|leaving|left|flee|fleeing|fled|escape|escaping|escaped|evacuate|evacuating)\s+$",
                             text[max(0, pointer.start() - 50):pointer.start()], re.I):
        pointer = None  # "advancing so quickly that families must leave the city": the city people leave, not fought in
    if not places and (pointer or not C.ANAPHOR.search(text)) and state.topic(pointer.group() if pointer else ""):
        for cue in cues:
            # "... captured the town of X. The Russian Defense Ministry announced the seizure on Sunday": the seizure of X
            nominal = cue.kind == "captured" and _BARE_NOMINAL.fullmatch(cue.text) \
                and re.search(r"\bthe\s+$", text[max(0, cue.start - 4):cue.start], re.I) and not _OF_AFTER.match(text, cue.end)
            if cue.kind in ("captured", "held", "contested") and (C.ANAPHOR.search(text) or nominal) and not _people_taken(text, cue) and \
                    not any(h.cue is cue for h in hits) and (nominal or re.search(
                        r"\bthe\s+(?:village|town|city|settlement)\b|\bits\s+defenders\b|\bthe\s+loss\b", text, re.I)):
                if "loss" in cue.text and not C.ADMISSION.search(text):
                    continue
                hits.append(_Hit(state.topic(pointer.group() if pointer else ""), cue, coref=True, partial=_share_of_it(text, cue)))
    return hits


# "pulled back to the outskirts / to new positions": a withdrawal that keeps a foothold; not "a
# manoeuvre to pull units out", whose "to" starts an infinitive.
_TO_FLANKS = re.compile(r"\s+to\s+(?:the\s+)?(?:flanks?|deeper|more\s+(?:advantageous|favou?rable)|better)\b[^.;]{0,40}?\b(?:in|near|around|of)\s*$|"
                        r"\s+to\s+(?:the\s+)?(?:flanks?|deeper|more\s+(?:advantageous|favou?rable)|better)\b[^.;]{0,40}?\b(?:in|near|around|of)\s+(?=[A-Z])")
_BACK_TO = re.compile(r"^\s+(?:only\s+)?to\s+(?:the\s+|new\s+|defensive\s+|its\s+|their\s+)?(?:[A-Z]|outskirts|\w+ern\s+|positions|lines?)")
# an object named by number or kind, then the places: "two nearby villages, A and B", "several settlements: A, B"
_APPOSITIVE = re.compile(C.UNNAMED_OBJECT.pattern[1:] + r"(?:\s+(?:in|near|around|of|on)\s+[^.;,:]{0,40}?)?\s*(?:,|:|[—–])\s*", re.I)
# the list's first names the gazetteer does not know ("including Lukyantski, Hlyboke and Robotyne")
_UNKNOWN_NAMES = re.compile(r"(?:the\s+(?:villages?|towns?|settlements?)\s+of\s+|the\s+[A-Z][\w'’-]+\s+(?:district|raion|community|hromada)['’]s\s+)?(?:[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?(?:,\s*(?:and\s+)?|\s+and\s+))*")
_LIST_INTRO = re.compile(r"(?:[:—–]\s*(?:they\s+are|namely|these\s+are|including)?|,?\s+(?:including|namely|among\s+them)\s*:?)\s*(?:the\s+)?"
                         r"(?:(?:[\w-]+\s+){0,3}(?:hub|city|town|village|settlement|stronghold)\s+of\s+)?")
_NEAR_LANDMARK = re.compile(
    r"(?:(?P<unit>\b(?:kilomet(?:er|re)s?|km|miles)\s+(?:\w+\s+)?(?:from|of|outside)\s+)|\b(?:near|outside|close\s+to|not\s+far\s+from|neighbou?ring|adjacent\s+to|next\s+to)\s+)"
    r"(?:the\s+)?(?:[\w-]+\s+){0,3}?(?:(?:town|city|village|hub)\s+of\s+)?$", re.I)
_LOCATED_GAP = re.compile(r"^\s*(?:,|\((?=\s*(?:a|an|another|the)\s))?\s*(?:(?:a|an|another|the)\s+(?:\w+\s+){0,2}(?:village|town|city|settlement|hamlet)\s*|which\s+(?:is|lies)\s*|"
                          r"(?:located|situated|lying)\s*)?$", re.I)
# an unnamed place that the place after it locates ("the town near X", "a village outside X")
_UNNAMED_BEFORE = re.compile(r"\b(?:the|a|an|this|that)\s+(?:[\w-]+\s+)?(?:town|village|city|settlement|suburb|hamlet)\s+$", re.I)
_ATTACK = re.compile(r"attack(?:s|ed|ing)?", re.I)
_TOWARD_PLACE = re.compile(r"[^.;,]{0,30}?\b(?:towards?|on)\s+(?:the\s+(?:village|town|city|settlement)\s+of\s+)?[A-Z]")
# "an attack on Ukrainian positions near X": on the lines, a fight
_ON_LINES = re.compile(r"\s+on\s+(?:the\s+)?(?:[\w-]+\s+){0,2}(?:positions|lines|trenches|defen[cs]es|troops|forces|units|strongholds?)\b", re.I)
# ... for what ("for supplies"): not "has relied on glide bombs to pound X"
_FOR_SUPPLY = re.compile(r"\s+(?:and\s+\w+\s+)?for\s+(?:\w+\s+)?(?:supplies|supply|logistics|resupply|deliver(?:y|ies)|reconnaissance|evacuation|communication)\b", re.I)
_RELIANT_ON = re.compile(r"\b(?:reliant|rely|relies|relied|relying|depend(?:s|ent|ed|ing)?)\s+(?:\w+\s+)?on\s+(?:\w+\s+)?$", re.I)
# "the assault targeted the port infrastructure of the city", "the attack damaged homes": fire on buildings, a strike
_HIT_BUILDINGS = re.compile(r"\s+(?:\w+\s+)?(?:targeted|hit|struck|damaged|destroyed)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}(?:infrastructure|facilities|port|"
                            r"grid|buildings?|homes?|houses?|substations?|warehouses?)\b", re.I)
# ground forces, as what attacks ("... at about 8:00" from troops is no strike; "under attack by Russian assault groups")
_BY_GROUND = re.compile(rf"\s+(?:from|by)\s+(?:[\w-]+\s+){{0,3}}?(?:{C.GROUND_UNIT_WORDS}|assault)\b", re.I)
# "killed by Russian troops during the occupation": deaths of the occupation, found after it
_DURING_OCCUPATION = re.compile(r"\s+(?:by\s+(?:[\w-]+\s+){1,3})?during\s+(?:the\s+|its\s+|their\s+)?(?:Russian\s+)?occupation\b", re.I)
# the people a capture cue takes ("capturing dozens of civilians in X", "captured 20 Ukrainian soldiers near X")
_PEOPLE_TAKEN = re.compile(r"\s+(?:(?:dozens|hundreds|scores|a\s+(?:number|group)|several|some|many|more\s+than\s+\d+|\d+|two|three|four|five|six|"
                           r"seven|eight|nine|ten)\s+(?:of\s+)?)?(?:(?:local|Ukrainian|Russian|wounded|unarmed)\s+)?(?:civilians|residents|people|"
                           r"prisoners|soldiers|servicem[ae]n|troops|POWs|hostages|men|women|children|fighters|marines)\b|"
                           # "seized grain in X", "captured weapons and ammunition in X": goods taken, not the place
                           # (but not "captured several tanks and the village of X")
                           r"(?![^.;]{0,60}?\band\s+(?:the\s+)?(?:(?:village|town|city|settlement)s?\b|(?-i:[A-Z])))"
                           r"\s+(?:(?:the|their|its|a|an|large|huge|some|several|many|\d+|two|three|four|five|ten|dozens\s+of|hundreds\s+of|"
                           r"(?:\d+\s+|several\s+|thousands\s+of\s+)?(?:tons|tonnes)\s+of)\s+)?"
                           r"(?:(?:Ukrainian|Russian|enemy|Western|foreign|military|NATO|stolen|(?-i:[A-Z])[\w-]+)\s+)?"
                           r"(?:weapons|arms|ammunition|ammo|equipment|grain|wheat|cargo|documents|property|assets|vehicles?|tanks?|howitzers?|APCs?|IFVs?|"
                           r"trophies|vessels?|ships?|boats?|goods|supplies|food|fuel|machinery|tractors|cars|helicopters?|aircraft|"
                           r"drones?|artillery|guns|rifles|shells|missiles|launchers?)\b", re.I)
_NEAR_END = re.compile(r"\b(?:near|around|outside|in\s+the\s+(?:vicinity|areas?)\s+of|on\s+the\s+outskirts\s+of)\s+"
                       r"(?:the\s+(?:village|town|city|settlement)s?\s+of\s+)?$", re.I)


# "Seven settlements were liberated," she said. "These were the villages of A, B and C": the count's places
_COUNTED = re.compile(r"\b(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+(?:more\s+|other\s+|new\s+)?"
                      r"(?:settlements|villages|towns|localities)\b", re.I)
_THESE_WERE = re.compile(r"^\W*(?:These|They)\s+(?:were|are|include[ds]?)\s+(?:the\s+)?(?:villages|settlements|towns|localities)?\s*(?:of\s+)?", re.I)


def _counted_places(text: str, cues: list[_Cue], hits: list[_Hit], places, state: _State) -> list[_Hit]:
    """The places a sentence names for the captured ones the sentence before only counted; and whether
    this sentence counts captured places it does not name (for the next)."""
    out = []
    if state.counted is not None and (these := _THESE_WERE.match(text)) and not cues:
        first = _first_listed(text, places, these.end())
        if first is not None:
            cue = _Cue(these.start(), these.end(), state.counted.kind, state.counted.text)
            out = [_Hit(p[2], cue) for p in _apart(_list_on(first, places, text, len(text))[0])]
    captured = [c for c in cues if c.kind == "captured" and not c.withdrawal]
    state.counted = captured[0] if captured and not hits and _COUNTED.search(text) and not _hypothetical(text, captured[0]) else None
    return out
