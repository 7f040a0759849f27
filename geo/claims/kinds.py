"""A hit's kind and control once the words around its cue are read: negation, denial, admission,
attempts, shares and partial control, plans and conditions, who took the place."""

from __future__ import annotations

import re

from geo.claims import cues as C
from geo.claims.attach import _FORMERLY, _LINES_AFTER, _UNDER, _hypothetical
from geo.claims.attribution import Speaker
from geo.claims.hits import _Cue, _Hit
from geo.reading.words import OFFICIALS_RU, OFFICIALS_UA

_THE_ENEMY = re.compile(r"\b(?:the\s+)?(?:enemy|occupiers|occupants|invaders|orcs|katsaps)\b[^.;]{0,40}$", re.I)
_RETREAT_AFTER = re.compile(r"[^.;]{0,60}?\b(?:following|after|amid)\s+(?:a|the)\s+(?:hasty\s+|swift\s+)?(Russian|Ukrainian)\s+"
                            r"(?:retreat|withdrawal|pull-?out|pullback)\b")
# "under the control of the 'Orcs' (Russians)": Ukraine's words for the Russian side
_ENEMY_WORDS = r"orcs|occupiers|occupants|invaders|rashists|katsaps|Russians"
_ENEMY_CONTROL = rf"|control\s+of\s+(?:the\s+)?[‘'\"“]?(?i:{_ENEMY_WORDS})\b"
_RU_CONTROLLER = re.compile(rf"Russia|Moscow|{_ENEMY_WORDS}", re.I)  # who a "control of ..." phrase names: Russia's side, else Ukraine
_FALL = re.compile(r"fell|fall", re.I)  # "X fell", "the fall of X"
_BY_SIDE = re.compile(r"(?:\s+back)?\s+by\s+(?:the\s+)?(?P<side>Russians?|Ukrainians?|Russia|Ukraine|Moscow|Kyiv|Kiev|Wagner)\b")
# "the capture of Marinka by the Russian army": the taker named after the nominal's place
_OF_PLACE = re.compile(r"(?:\s+of\s+(?:the\s+)?(?:(?:city|town|village|settlement)\s+of\s+)?(?-i:[A-Z])[\w'’-]+(?:[\s-](?-i:[A-Z])[\w'’-]+)?)?")
# "X fell to the Russians", "the fall of X to Ukrainian forces": the taker named after the place
_FELL_TO = re.compile(r"[^.;,]{0,60}?\bto\s+(?:the\s+)?(?P<side>Russian|Ukrainian|Russia|Ukraine|Moscow|Kyiv|Kiev|Wagner)")


# "entered the village of X and entrenched themselves on its outskirts": a foothold, not control
_OUTSKIRTS_AFTER = re.compile(r"[^.;]{0,60}?\b(?:its\s+(?:\w+\s+)?(?:outskirts|edge|suburbs)\b|"
                              r"the\s+(?:\w+\s+)?(?:outskirts|edge|suburbs)\b(?!\s+of\b))", re.I)
# ... when the capture is what reports said: "reports about the capture of X", "claims of the fall of X"
_REMAINDER_BEFORE = re.compile(r"\b(?:the\s+)?(?:remainder|rest)(?:\s+of\s+(?:it|the\s+(?:town|city|village|settlement)))?\s+"
                               r"(?:(?:is|are|was|were|remains?|remained|being|still|now)\s+)*$", re.I)
_REPORTS_OF = re.compile(r"\b(?:reports?|claims?|statements?|information|allegations?|assertions?)\s+(?:\w+\s+){0,5}?"
                         r"(?:about|of|on|regarding)\s+(?:the\s+)?(?:alleged\s+|supposed\s+|so-called\s+)?[“\"'‘]?$"
                         # "Claims that Russian troops have entered the village of X ... are false"
                         r"|\b(?:reports?|claims?|statements?|allegations?|assertions?)\s+that\s+(?:[\w'’-]+\s+){1,8}$", re.I)
_BY_ITS_OWN = re.compile(r"\s+of\s+(?:the\s+)?[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?\s+by\s+(?:its|their|our)\s+(?:own\s+)?(?:forces|troops|army|units)\b")
_DENIED_REPORT_BY = re.compile(r"\b(?:denied|rejected|refuted|dismissed|disputed|rebuffed)\s+(?:an?\s+|the\s+)?(?:earlier\s+|previous\s+|initial\s+)?"
                               r"(?:report|claim|statement|announcement)s?\s+(?:made\s+)?by\s+(?:[\w'’-]+\s+){0,6}$", re.I)
# the author of a denied report named as the denier's own side
_OWN_SIDE_REPORT = {"UA": re.compile(rf"\b(?:report|claim|statement|announcement)s?\s+(?:made\s+)?by\s+(?:(?!that\b)[\w'’-]+\s+){{0,6}}?(?:{OFFICIALS_UA}|Ukrain\w+)\b"),
                    "RU": re.compile(rf"\b(?:report|claim|statement|announcement)s?\s+(?:made\s+)?by\s+(?:(?!that\b)[\w'’-]+\s+){{0,6}}?(?:{OFFICIALS_RU}|Russia\w*)\b")}
_ENCIRCLEMENT_DENIED = re.compile(r"\s+(?:that\s+)?(?:[\w'’-]+\s+){0,3}(?:were|was|are|is|had\s+been|have\s+been)\s+(?:surrounded|encircled|blockaded)\b"
                                  r"|\s+(?:the\s+|an?\s+|any\s+)?(?:encirclement|blockade)\b", re.I)
_SITUATION_UNDER = re.compile(r"\bsituation\s+(?:is|was|remains|remained)\s+(?:[\w-]+\s+)?[“\"']?$", re.I)
_VICTORY = re.compile(r"\b(?:claimed|declared|proclaimed|announced|celebrated)\s+(?:a\s+|the\s+|his\s+|its\s+)?victory\s+(?:\w+\s+)?(?:(?:in|at)\s+)?the\s+$", re.I)
# ... the share the denied claim took, in its own words (not another member of a list: "A, B, 80% of C")
_SHARE_DENIED = re.compile(r"\s+(?:that\s+)?(?:[\w'’-]+\s+){0,5}?(?:seized|captured|taken|took|controls?|controlled|occupied)\s+"
                           r"(?:\d+\s*(?:%|per\s*cent|percent)|most|much|half|parts?)\s+of\b|\s+(?:\d+\s*(?:%|per\s*cent|percent)|most|much|half|parts?)\s+of\b", re.I)
# a capture the speaker doubts as it names it: "the alleged “liberation” of X", "its so-called capture of X"
_DOUBTED = re.compile(r"\b(?:alleged|so-called|supposed|purported|claimed)\s+[“\"'‘]?$", re.I)
_DENIED_BY = re.compile(r"\b(?:refuted|denied|rejected|dismissed|disputed)\s+by\s+(?:the\s+)?$", re.I)
_REPORTED_BY = re.compile(r"\b(?:confirmed|acknowledged|reported|announced|admitted|verified)\s+by\s+(?:the\s+)?$", re.I)
# "... the capture of X are untrue / is false / not confirmed by facts": the claim is called false after it
_CALLED_FALSE = re.compile(r"^(?:[^.;]|\.(?=\s*\d)){0,80}?\b(?:(?:do|does|did)\s+not\s+correspond\s+to\s+(?:the\s+)?(?:reality|facts|truth)|"
                           r"(?:is|are|was|were|would\s+be)\s+(?:\w+\s+)?[“\"'‘]?(?:untrue|false|incorrect|not\s+true|fake|a\s+lie|lies|"
                           r"not\s+confirmed|groundless|fiction|propaganda|premature))\b", re.I)
# after "... were not confirmed": by whom or when, not "by facts" (Russian for "false")
_UNCONFIRMED_BY = re.compile(r"\s+(?:by\s+(?!(?:the\s+)?facts\b)(?:the\s+)?\w+|at\s+the\s+time|yet|so\s+far)\b", re.I)
# "entered the outskirts of X", "took the Kanal microdistrict of X", "captured part of X": presence
# in a part of a place asserts no control of it.
_PARTIAL_AFTER = re.compile(
    # "seized control of the southern portion of X", "the eastern half of X"
    r"^\s+(?:(?:full\s+|complete\s+)?control\s+)?(?:of\s+|over\s+)?(?:the\s+|a\s+)?(?:\w+-(?:held|controlled|occupied)\s+|(?-i:[a-z])[\w-]+,?\s+){0,3}(?:half\s+(?:of\s+)?the\b|(?:half|halves|portions?|sections?)\s+(?:of|in)\b|"
    r"(?:high\s+ground|heights|hills?|hilltops?|ridges?)(?=\s+(?:overlooking|above)\b))|"
    r"^\s+(?:(?:full\s+|complete\s+)?control\s+)?(?:of\s+|over\s+)?(?:the\s+)?(?:(?!(?:and|or)\b)[\w,.-]+\s+){0,2}?(?:outskirts|microdistricts?|districts?(?!\s+cent(?:re|er))|neighbou?rhoods?|quarters?|"
    r"parts?|edges?|suburbs?|industrial\s+zone|streets?|positions|fortifications?|strongholds?(?!\s+(?-i:(?:of\s+)?[A-Z]))|strongpoints?|trenches|dugouts|plants?|factory|factories|works|buildings?|facility|facilities|"
    r"complex|station|hospital|mine|quarry|silos?|elevator|(?:city\s+)?park|cemetery|airfield|downtown|heart(?=\s+of\b)|"
    # "captured the centre of X": its middle (a "regional / district centre" is the town itself)
    r"(?<!regional\s)(?<!district\s)(?<!administrative\s)(?<!raion\s)(?<!oblast\s)(?<!county\s)cent(?:re|er)(?=\s+of\b))\b"
    r"(?!\s+(?:town|city|village|settlement|hub)\b)"  # "control of the salt mine town X": the town
    r"|^\s+(?:significant|partial|some|substantial|part(?:ial)?)\s+control\b"
    r"|^\s+(?:most|much|half|(?:a\s+)?large\s+parts?|parts?|\d+\s*(?:%|per\s*cent|percent))\s+of\b"  # "his forces control most of the city", "liberated 40% of X"
    r"|^\s+(?:the\s+)?(?:central|(?:north|south)?-?(?:east|west)ern|northern|southern)\s+(?-i:[A-Z])(?![\w'’-]*(?:ian|ean|ese)\b)", re.I)


_ONE_BY_ONE = re.compile(r"\s+(?:\w+\s+)?(village|town|settlement|house|street|building|position|trench|metre|meter|yard)s?\s+(?:by|after)\s+\1\b", re.I)
# "have not penetrated the first line of defense, or taken X": the negation carries over "or"/"nor"
_NEGATED_LIST = re.compile(r"\b(?:not|never|n['’]t)\s[^.;:]{0,140}?,?\s+(?:or|nor)\s+(?:have\s+|has\s+|had\s+)?\w*\s*$", re.I)

# "no attacks on X", "was not affected by hostile attacks": the negation stands right before the strike word
_NO_STRIKE_BEFORE = re.compile(r"\b(?:no|nor|not\s+(?:affected|hit|targeted)\s+by)\s+(?:(?:hostile|enemy|Russian|new|further|any)\s+){0,2}$", re.I)

# a habit, not an event: "frequently target", "regularly shell"
# ("are constantly shelling X", "repeatedly shelled X": going on, or several strikes, still reported as events)
_HABITUAL = re.compile(r"\b(?:frequently|regularly|routinely|systematically|often|(?:almost\s+)?daily|every\s+(?:day|night|week))\b[^.;,]*$", re.I)
_HABITUAL_AFTER = re.compile(r"[^.;,]{0,40}?\b(?:every\s+(?:day|night|week)|(?:almost\s+)?daily|regularly|frequently|routinely)\b", re.I)
# ... unless the sentence dates a strike all the same ("repeatedly shelled X on Tuesday", "over the past day")
_A_DAY = re.compile(r"\b(?:on\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|(?:yesterday|today|overnight|last\s+night)|"
                    r"(?:over|during|in)\s+the\s+(?:past|last)\s+(?:day|24\s+hours|night))\b", re.I)


# soldiers as the ones killed or wounded, just before the cue
_TROOPS_HIT = re.compile(r"\b(?:troops|soldiers|servicem[ae]n|fighters|personnel|mercenaries|militants|invaders|occupiers)\s+"
                         r"(?:(?:have|has|had)\s+been\s+|were\s+|was\s+)?(?:(?:killed|wounded|injured)\s+or\s+)?$", re.I)
# weapons brought down (or destroyed) just before a strike cue: "air defences brought down nine drones"
_DOWNED_BEFORE = re.compile(r"\b(?:(?P<down>(?:shot|shoot|shooting|brought|bring|knocked)\s+down|intercept\w*|downed|repelled|repulsed)|destroyed)\b[^.;]{0,40}$", re.I)
# ... or right after it: "most of the drones were shot down over the X region"
_DOWNED_AFTER = re.compile(r"\s+(?:(?-i:[a-z])[\w-]*\s+){0,3}?(?:were|was|have\s+been|had\s+been|has\s+been)\s+(?:all\s+|successfully\s+)?"
                           r"(?:shot\s+down|downed|intercepted|neutrali[sz]ed|destroyed\s+(?:over|above|in\s+the\s+(?:air|sky)))\b", re.I)
_DENIED_STRIKE = re.compile(r"\b(?:denied|denies|deny|denying|rejected|rejects|dismissed|dismisses|refuted|refutes)\s+"
                            r"(?:(?:the|any|all|these|those|media|Ukrainian|Kyiv['’]s|Kiev['’]s|Western)\s+)*(?:accusations?|claims?|allegations?|reports?)\s+"
                            r"(?:that|of)\s+[^.;]{0,60}$", re.I)
_NONE_REPORTED = re.compile(r"\bno\s+(?:one|casualties|injuries|damage|destruction|victims|fires?|hits?)\b[^.;,]{0,30}", re.I)
_HIT_WORDS = re.compile(r"\b(?:hit|hits|struck|damag\w+|destroy\w+|landed|killed|dead|died|injured|wounded|casualt\w+|debris|fragments|"
                        r"fire|fires|blasts?|explosions?|got\s+through)\b", re.I)
# ... on their way to a place: "shot down two cruise missiles targeting the Odesa region", "destroyed 18 drones before they reached X"
_TOWARDS = r"(?:heading|flying|approaching|aimed|targeting|bound\s+for)"
_BEFORE_REACHING = r"before\s+(?:they|it)\s+(?:reached|could\s+reach|hit)"
_ON_ITS_WAY = re.compile(rf"\s+{_TOWARDS}\s+(?:at\s+|for\s+|towards?\s+)?(?:the\s+)?(?-i:[A-Z])"
                         rf"|\s+{_BEFORE_REACHING}\b", re.I)  # right after the weapon ("destroyed", "repelled")
_ON_THE_WAY = re.compile(rf"[^.;]{{0,80}}?\b(?:{_TOWARDS}|{_BEFORE_REACHING})\b", re.I)


_BATTLE_FOR = re.compile(r"\b(?:fight(?:s|ing)?|battl(?:e|es)|struggle|combat|operation|offensive|assault)\s+for\s+(?:the\s+)?"
                         r"(?:final\s+|complete\s+|full\s+)?$", re.I)


# the dead a fight leaves, as the object of "killing": "killing around 500 pro-Ukraine troops", "killed up to 60 enemy soldiers"
_TROOPS_AFTER = re.compile(r"\s+(?:(?:around|about|up\s+to|some|more\s+than|over|nearly|at\s+least|dozens\s+of|hundreds\s+of)\s+)?(?:[\d,]+\s+|\w+\s+)?"
                           r"(?:(?:pro-)?(?:Ukrainian|Ukraine|Russian|Russia|enemy|Kyiv|Kiev)(?:['’]s)?\s+)?(?:troops|soldiers|servicem[ae]n|fighters|militants|"
                           r"personnel|mercenaries|nationalists)\b", re.I)


def _armed_clause(text: str, cue: _Cue) -> bool:
    """Whether the clause of ``cue`` (between commas or semicolons) names a weapon: "killed five soldiers in X with a
    guided bomb" is a strike, "..., killing 200 Russian troops, and carried out strikes on ..." is not."""
    clause = text[max(text.rfind(",", 0, cue.start), text.rfind(";", 0, cue.start)) + 1:cue.end + len(re.split(r"[,;]", text[cue.end:])[0])]
    return bool(C.AIR_ATTACK.search(clause) or re.search(r"\b(?:HIMARS|strikes?|Shahed|Lancet|FPV)\b", clause))


_NOT_CONFIRMED = re.compile(r"\b(?:(?:do|does|did|can|could)\s*(?:not|n['’]t)|cannot)\s+confirm\s+(?:the\s+)?(?:information|reports?|claims?)?\s*(?:that|about)\b"
                            r"(?:(?!,\s*(?:while|but|saying|as|whereas)\b|,\s*and\s+(?:(?:later|also|then|subsequently)\s+)?(?:said|says|reported|reports|stated|announced|added|claimed|noted|confirmed|acknowledged|admitted|conceded|denied|insisted|warned|the|a|an|its|their|our|his|her|(?-i:[A-Z])[\w'’-]*)\b|\b(?:while|however|but)\b)[^.;])*$", re.I)
# holding told as having or keeping control: whose the subject is decides whose it is
_OWN_CONTROL = re.compile(r"(?:(?:maintains?|retains?)\s+(?:full\s+|complete\s+)?)?(?:full\s+)?control", re.I)
# "Russian forces still control X", said by Ukraine: the other side, the subject right before, holds it; no hold of Ukraine's
_STILL_HOLDING = re.compile(r"(?:still|firmly|continue[sd]?\s+to)\s+(?:hold|holds|held|control|controls|controlled)\b.*", re.I)
_BARE_UNDER_CONTROL = re.compile(r"under\s+control", re.I)
_OF_BY = re.compile(r"\s+(?:of|by)\b")
_COPULA_BEFORE = re.compile(r"\b(?:situation|it|everything|things|fires?|blaze)\b(?:\s+(?:in|at|near|around)\s+[^,.;]{1,40}?)?[”\"]?\s+"
                            r"(?:remains?|remained|is|are|was|were|has\s+been|is\s+now)\s+(?:[\w“”\",]+\s+){0,3}?[“\"]?$", re.I)
# the side a sentence's lead names first (after an opening "Despite ...,"): whose holding "still hold X" tells
_SIDE_WORDS = {"RU": r"Russian|Russia['’]?s?|Moscow['’]?s?|Kremlin|Wagner|occupiers|occupation|invaders|rashists|katsaps|Russians",
               "UA": r"Ukrainian|Ukraine['’]?s?|Kyiv['’]?s?|Kiev['’]?s?|AFU|Ukrainians|nationalists?"}
_FIRST_SIDE = re.compile(rf"\b(?:(?P<RU>{_SIDE_WORDS['RU']})|(?P<UA>{_SIDE_WORDS['UA']})|(?P<own>our|its|their)|(?P<enemy>enemy))\b", re.I)
_OPENING_ASIDE = re.compile(r"^\W*(?:Despite|Amid|After|Following|While|Although|Though|Even\s+as|According\s+to|In\s+a)\b[^,]*,\s*", re.I)
_PART_OF_AFTER = re.compile(r"\s+(?:only\s+)?(?:(?:a\s+)?(?:small\s+)?(?:part|parts|portion|section|sections)|some|half|a\s+third|a\s+quarter)\s+of\b", re.I)
_CLAUSE_JOIN = re.compile(r"(?:[,;]\s*|\s)(?:but|and|while|yet|whereas)\s+|;\s*|\bthat,?\s+", re.I)
_SAID_THAT = re.compile(r"\b(?:said|says|say|claimed|claims|claim|reported|reports|announced|stated|added|insisted|admitted|noted|"
                        r"acknowledged|acknowledges|confirmed|confirms|wrote|writes|told|warned|believes?)\s+", re.I)


def _first_side(before: str, claimant: str) -> str | None:
    """The side the lead before a cue names first (who says it, and an opening "Despite the Russian offensive," left out): "Russian
    forces still control X" (Ukraine speaking) names Russia; "Ukraine's General Staff said its troops ..." Ukraine."""
    said = list(_SAID_THAT.finditer(before))
    lead = before[said[-1].end():] if said else before  # (what is said, not who says it: "Ukraine's General Staff said
    # Russian forces still control X")
    lead = lead[_OPENING_ASIDE.match(lead).end():] if _OPENING_ASIDE.match(lead) else lead
    clauses = list(_CLAUSE_JOIN.finditer(lead))  # ("Russian shelling continued, but Ukrainian troops still hold X")
    lead = lead[clauses[-1].end():] if clauses else lead
    m = _FIRST_SIDE.search(lead)
    if m is None:
        return None
    if m.group("own"):
        return claimant
    if m.group("enemy"):
        return {"RU": "UA", "UA": "RU"}.get(claimant)
    return "RU" if m.group("RU") else "UA"


_OTHER_SIDE = {"UA": re.compile(r"\b(?:Russian|Russia['’]s|enemy|occupiers|occupation|invaders|Wagner)\b", re.I),
               "RU": re.compile(r"\b(?:Ukrainian|Ukraine['’]s|Kyiv['’]s|Kiev['’]s|enemy|AFU|nationalists)\b", re.I)}


_GRAY_ZONE = re.compile(r"\bgr[ae]y[\s-]+zone\b", re.I)


def _kind(text: str, cue: _Cue, claimant: str, sp: Speaker | None, context: str = "", region: tuple[int, int] | None = None) -> str | None:
    """The claim's kind once negation, denial, admission, attempts and partial control are read
    (``context``: the sentences just before, for what they say happened first)."""
    kind, before = cue.kind, text[max(0, cue.start - 70):cue.start]
    if kind == "captured" and _GRAY_ZONE.search(text):
        return "contested"  # "the village was in a gray zone after the retreat of Russian forces": held by no one, fought over
    if kind in ("held", "captured") and re.fullmatch(r"(?:(?:is|are|was|were|now)\s+)*under\s+(?:the\s+)?(?:full\s+|complete\s+)?(?:Russian|Ukrainian)\s+"
                                      r"(?:forces['’]?\s+)?control", cue.text, re.I) \
            and re.search(r"(?<!not\s)(?<!never\s)(?<!to\s)(?<!officially\s)\b(?:announced|declared|proclaimed)\s+(?:on\s+\w+\s+)?that\s+"
                          r"(?:(?-i:[A-Z])[\w'’-]+(?:,\s*|\s+and\s+|\s+))+(?:are|is|were|was)\s+(?:now\s+)?$", before, re.I) \
            and not re.search(r"\b(?:not|never|n['’]t)\s+(?:\w+\s+)?(?:announced|declared|proclaimed)\b", before, re.I) \
            and not re.match(r"[^.;,]{0,80}?,(?:[^,.;]{0,60}\b(?:said|says)\s*,)?\s*(?:in\s+a\s+statement\s+)?"
                             r"(?:rejecting|denying|dismissing|refuting|disputing)\b(?![^.;]{0,80}\b(?:held|hold|holds|holding|still|remains?)\b)",
                             text[cue.end:], re.I):
        return "captured"  # "Gerasimov announced that Pokrovsk and Vovchansk are under Russian control": a capture announced
    if kind == "captured" and not cue.withdrawal and re.search(
            r"\b(?:fight(?:s|ing)?|battl(?:e|es|ing)|combat|struggl(?:e|es|ing)|continu(?:e|es|ed|ing)\s+(?:the\s+|their\s+|its\s+|our\s+)?"
            r"(?:\w+\s+)?(?:operation|offensive|assault|efforts?))\s+(?:(?:is|are)\s+(?:now\s+)?under\s*way\s+)?to\s+$", before, re.I):
        return "contested"  # "fighting to liberate X", "combat to liberate it is underway": the battle, not its end
    if kind == "captured" and re.fullmatch(r"liberation|capture|seizure|recapture|takeover", cue.text, re.I) \
            and (battle := _BATTLE_FOR.search(before)) \
            and not re.search(r"\b(?:complet|finish|end|conclud|won|win)\w*\s+(?:\w+\s+){0,3}$", before[:battle.start()], re.I):
        return "contested"  # "the battle for the liberation of Ugledar was already underway": the battle, not its end
    if _hypothetical(text, cue, region):
        return None
    if kind == "struck" and re.fullmatch(r"shelling|fire", cue.text, re.I) and re.search(r"\b(?:reciprocal|mutual|exchanges?\s+of)\s+(?:\w+\s+)?$", before, re.I) \
            and re.search(r"\b(?:fighting|battles?|clashes|combat)\b", text, re.I):
        return "contested"  # "reciprocal shelling and heavy fighting continues near X": both sides' guns in a battle
    if kind == "struck" and _REPORTS_OF.search(before) and _CALLED_FALSE.match(text[cue.end:cue.end + 120]):
        return None  # "reports that Russian forces shelled X on Tuesday were false": a strike denied
    if kind == "captured" and _UNDER.match(cue.text) and _REMAINDER_BEFORE.search(before):
        return "contested"  # "Ukrainian forces controlled about 40-50% of the town, with the remainder under Russian control"
    if kind == "captured" and not cue.withdrawal and _NOT_CONFIRMED.search(text, 0, cue.start):
        return "contested"  # "I do not confirm the information that Russia entered A and took them under control": not granted
    if kind == "captured" and _BARE_UNDER_CONTROL.fullmatch(cue.text) and not _OF_BY.match(text, cue.end, cue.end + 6) \
            and _COPULA_BEFORE.search(before):
        return None  # 'the situation in X is "difficult," it remains "under control"': a situation, no side taking X
    if kind == "held" and _PART_OF_AFTER.match(text, cue.end):
        return "contested"  # "its forces still hold part of the city": a partial presence, fighting
    if kind == "held" and claimant in ("RU", "UA") and _STILL_HOLDING.fullmatch(cue.text) and _first_side(before, claimant) not in (None, claimant):
        return None  # "Russian forces still control X, Ukraine's General Staff said": theirs, no hold of the speaker's
    if kind == "held" and claimant in ("RU", "UA") and _OWN_CONTROL.fullmatch(cue.text) and _OTHER_SIDE[claimant].search(before[-60:]):
        # "Russian troops have full control of X, Ukraine's General Staff admitted": the other side has it, a capture;
        # "Russian forces maintain control of X": theirs, no holding of the speaker's
        return "captured" if re.match(r"full", cue.text, re.I) else None
    if kind == "held" and re.match(r"(?:full|complete|total)\s+control", cue.text, re.I) \
            and re.search(r"\b(?:claimed|claims|claiming|announced|declared)\s+(?:to\s+have|(?:that\s+)?(?:it|they)\s+(?:had|now\s+had|now\s+have))\s+$", before, re.I) \
            and not re.match(r"[^.;]{0,60}?,\s+(?:dismissing|denying|rejecting|refuting|disputing)\b", text[cue.end:], re.I):
        return "captured"  # "a day after Russia claimed to have full control over the town": the end of a battle announced
    if kind == "captured" and cue.withdrawal and _SERVICES_AFTER.match(text, cue.end):
        return None  # "the decision to withdraw all civilian services from Borova": offices moved, no troops
    if kind == "captured" and cue.withdrawal and _PEOPLE_LEAVING.search(before):
        return None  # "thousands of civilians have been forced to leave X": people leaving, no side
    if kind == "captured" and _ONE_BY_ONE.match(text, cue.end):
        return None  # "advancing towards X, taking village by village": the villages on the way, not X
    if kind == "struck" and (_HABITUAL.search(text, max(0, cue.start - 60), cue.start) or _HABITUAL_AFTER.match(text, cue.end)) \
            and not _A_DAY.search(text):
        return None  # "Russian forces frequently target civilians in X with drones": what happens, no strike reported
    if kind == "captured" and re.fullmatch(rf"{C.ENTERED_INTO}|fought\s+(?:their|its)\s+way\s+into", cue.text, re.I) \
            and (_FIGHTING_AFTER.match(text, cue.end) or re.search(r"\bfirst\s+$", before, re.I)
                 or claimant in ("RU", "UA") and not C.WITHDRAWAL.search(context + text)):
        # "soldiers entered X with fighting", "when Russians first entered the city": a battle inside it; and a side's
        # own report that troops "entered" X (a foothold, reported while the fight goes on) claims no control of X,
        # unless the other side is said to have left it ("Russia announced a withdrawal. Ukraine's forces entered X")
        return "contested"
    if kind == "captured" and re.fullmatch(r"advanced\s+into", cue.text, re.I) and not C.WITHDRAWAL.search(context + text):
        return "contested"  # "Russian forces had advanced into the town of X": inside it, no control asserted (partial presence)
    if kind == "struck" and re.fullmatch(r"struck|hit|hits|strikes?|attacked", cue.text, re.I) and re.match(
            r"\s+(?:the\s+)?(?:Russians|enemy|occupiers|invaders|(?:Russian|enemy)\s+(?:troops|forces|units|soldiers|infantry))\b", text[cue.end:], re.I):
        return "contested"  # "the defence forces continue to hit the Russians in Siversk": fire on troops there, fighting
    if kind == "struck" and re.fullmatch(r"struck|hit|attacked", cue.text, re.I) and _LINES_AFTER.match(text, cue.end):
        return "contested"  # "tank units had struck Russian defences towards X": a ground assault, fighting
    if kind == "captured" and cue.withdrawal and re.match(
            r"\s+(?:\w+\s+)?from\s+(?:the\s+)?(?:central|(?:(?:north|south)-?)?(?:east|west)?(?:ern)?\s+(?:parts?|outskirts|districts?)\s+of"
            r"|parts?\s+of|(?:most|much)\s+of|(?:the\s+)?(?:cent(?:re|er)|outskirts)\s+of)\s+(?:(?-i:[A-Z])|the\s+(?:town|city|village)\b)",
            text[cue.end:], re.I):
        return "contested"  # "a hasty retreat from central Konstantinovka", "its withdrawal from most of the town": a part of it
    if kind == "captured" and cue.withdrawal and re.match(r"\s+(?:\w+\s+)?from\s+the\s+(?:area|vicinity|region|bank|positions)\b", text[cue.end:], re.I):
        return None  # "ordered its forces to retreat from the area": no place is left, only ground near it
    if kind == "struck" and _NO_STRIKE_BEFORE.search(re.split(r"[,;:]", before)[-1]):
        return None  # "but no attacks on Kharkiv", "was not affected by hostile attacks": none reported
    if kind == "captured" and re.search(r"\b(?:our|their|its)\s+control$", cue.text, re.I) \
            and re.search(r"\bstill\s+(?:have|has|hold|holds|keep|keeps)\b", before, re.I):
        return "held"  # "We still have Kupiansk in our possession, under our control": still held, not taken
    if kind == "captured" and re.search(r"\bcontrol$", cue.text, re.I) and re.match(r"under\b", cue.text, re.I) \
            and re.search(r"\b(?:keep(?:s|ing)?|kept|maintain(?:s|ed|ing)?|retain(?:s|ed|ing)?)\s+(?-i:[A-Z])[^.;:]{0,60}$", before, re.I):
        # (the place itself kept: not "trying to keep the situation under control there")
        return "held"  # "keeping Bakhmut, a city in Donetsk Oblast, under control": kept, not taken
    if kind == "captured" and re.match(r"cleared", cue.text, re.I) and (
            re.search(r"\b(?:debris|rubble|mines?|snow|ruins|wreckage|explosives|ordnance)\b[^.;,]{0,40}$", before, re.I)
            or re.match(r"\s+(?:away\s+)?(?:the\s+)?(?:\w+\s+)?(?:debris|rubble|ruins|wreckage|snow|mines|explosives|ordnance)\b", text[cue.end:], re.I)):
        return None  # "the debris in X had been cleared", "rescuers cleared the rubble in X": cleaned up, no place taken
    if kind == "captured" and re.fullmatch(r"(?:had\s+)?been\s+occupied", cue.text, re.I) and re.search(r"\bhad\s+$", before) \
            and re.match(r"\s+(?:by\s+[\w\s]{1,25}?\s+)?for\s+(?:more\s+than\s+|over\s+|about\s+|nearly\s+|almost\s+)?\w+\s+(?:days|weeks|months|years)\b",
                         text[cue.end:], re.I):
        return None  # "drove Russian forces out of a plant in the town of X that had been occupied for four months": how long it was
    if kind == "struck" and _DENIED_STRIKE.search(text, max(0, cue.start - 90), cue.start):
        return None  # "The Kremlin denies accusations that Russia carried out a strike on a hospital in Kiev": a denial
    if kind == "struck" and re.fullmatch(r"killed|wounded|injured", cue.text, re.I) and _TROOPS_HIT.search(before):
        return None  # "500 Russian troops have been killed or wounded during the battle for X": losses in combat, no strike
    if kind == "struck" and re.match(r"\s+(?:intercepts?|interceptions?|shootdowns?)\b", text[cue.end:], re.I) and not _HIT_WORDS.search(text):
        return None  # "The drone intercepts took place over the A and B regions": none got through there
    if kind == "struck" and _DOWNED_AFTER.match(text, cue.end) and not _HIT_WORDS.search(text):
        return None  # "most of the 23 drones were shot down over the Kyiv and Odesa regions": nothing hit there
    if kind == "struck" and (downed := _DOWNED_BEFORE.search(before)):
        if (_ON_THE_WAY if downed["down"] else _ON_ITS_WAY).match(text, cue.end) and not re.search(r"\b(?:hit|struck|damag\w+|killed|injured|wounded|debris|fragments)\b", text[cue.end:], re.I):
            return None  # "brought down three missiles heading for targets in Crimea", "... before they reached Odesa": nothing hit there
        # (what was not hit is no hit: "where no damage was reported"; blanked at the same length, so offsets hold)
        unhit = _NONE_REPORTED.sub(lambda m: " " * len(m.group()), text)
        if re.search(r"\bno\s+(?:one|casualties|injuries|damage|victims)\b|\bnobody\b", text, re.I) \
                and not re.search(r"\b(?:hit|struck|damag\w+|destroy\w+|fire\s+broke|debris\s+fell|killed|injured\s+(?:a|an|one|two|\d+))\b", unhit[cue.end:], re.I):
            return None  # "Air defences brought down nine drones over the region of Odesa, and no one was reported injured"
        if downed["down"] and re.match(r"[^.;]{0,30}?\bover\s+(?:the\s+)?(?-i:[A-Z])", text[cue.end:]) and not _HIT_WORDS.search(unhit):
            return None  # "Ukraine shot down two drones over the Dnipropetrovsk region": brought down, nothing hit there
        if re.search(r"\bwithout\s+(?:offering|giving|providing|reporting)\b", text[cue.end:], re.I):
            return None  # "the air force shot down five drones there without offering details on damage": none reported
    if kind in ("struck", "contested") and re.search(r"\b(?:but|and)\s+(?:all|every\s+one)(?:\s+of\s+them)?\s+(?:were|was|had\s+been)\s+"
                                                     r"(?:shot\s+down|intercepted|downed)\b", text[cue.end:], re.I):
        return None  # "drones and missiles in the attack, which was also aimed at Kyiv, but all were shot down": nothing hit
    if kind == "captured" and re.search(r"\b(?:after|since|before|until|following)\s+(?:its|their)\s+$", before, re.I):
        return None  # "fortifications built around the town after its liberation": a time of reference, not news
    if kind in ("held", "captured") and re.search(r"\b(?:the\s+)?(?:larger|greater|bigger|major|large)\s+part\b|\bmore\s+than\s+(?:half|\d+\s*(?:%|per\s*cent|percent))"
                                                  r"[^.;]{0,40}$", before, re.I) and not re.match(r"\s+(?:of\s+)?(?:the\s+)?(?:whole|entire|all)\b", text[cue.end:]):
        return "contested"  # "In Bakhmut, the larger part, more than 80% is now under our control": a share, no control
    if kind in ("held", "captured") and _UNDER.match(cue.text) and re.search(
            r"\b(?:most|much|half|parts?|some|(?:a\s+)?large\s+parts?)\s+of\s+(?:the\s+(?:town|city|village)\s+of\s+)?"
            r"(?-i:[A-Z])[\w'’-]+(?:\s+(?-i:[A-Z])[\w'’-]+)?\s+$", before, re.I):
        return "contested"  # "DeepState showed most of Kurakhove under Russian control": a share, no control
    if kind in ("held", "captured") and re.search(r"\b[\d,.]+\s+(?:out\s+)?of\s+(?:the\s+)?[\d,.]+\s+(?:[\w-]+\s+)?"
                                                  r"(?:buildings|houses|homes|structures|blocks|streets|districts)\b[^.;]{0,40}$", before, re.I):
        return "contested"  # "with 5,600 out of 8,600 buildings brought under control": a share of the town
    if kind in ("held", "captured") and re.search(r"\bno\s+longer\s+(?:(?:fully|completely|entirely)\s+)?$", before, re.I):
        return "contested"  # "admitted that his forces no longer fully controlled X": a hold given up, fighting
    if kind == "captured" and re.search(r"\bbeing\s+(?:\w+ly\s+|step\s+by\s+step\s+)*$", before, re.I):
        return "contested"  # "Ugledar is being steadily liberated": under way, not done
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
    if kind == "held" and claimant in ("RU", "UA") and (side := re.match(r"(Ukrainian|Russian)\s+(?:forces|troops|units)\s+(?:are|remain)\b",
                                                                        cue.text, re.I)) \
            and {"ukrainian": "UA", "russian": "RU"}[side.group(1).lower()] != claimant:
        return "contested"  # Kyiv's governor: "Russian troops remain in X": the enemy inside, a fight, not Kyiv's holding
    if kind == "struck" and re.fullmatch(r"killed|wounded|injured", cue.text, re.I) and (
            _SOLDIERS_BEFORE.search(before) and re.search(r"\b(?:been|was|were|being|is|are)\s+(?:\w+\s+)?$", before)
            or re.match(r"\s+in\s+(?:battle|combat|action|the\s+fighting)(?=\s*(?:[,.;]|in\b|near\b|at\b|for\b|$))", text[cue.end:], re.I)):
        return None  # "this Russian runner with a flag in X has already been killed", "killed in battle in X": a fight's dead
    if kind == "struck" and re.fullmatch(r"killing|killed", cue.text, re.I) and _TROOPS_AFTER.match(text, cue.end) \
            and not _armed_clause(text, cue):
        return None  # "had completely liberated X, killing around 500 pro-Ukraine troops": the fight's dead, no strike
    if kind in ("captured", "held") and re.search(r"\bremained\s+(?:[“\"]?(?:fully|firmly|still|completely|entirely)[”\"]?\s+)?$", before):
        return None  # "remained under Ukrainian control until last week": a past state, neither a holding nor a capture
    if kind == "held" and re.search(r"stabili[sz]ed$", cue.text, re.I) and not _front_stabilized(text, cue, before, claimant, sp):
        return None
    if kind == "captured" and _FLAG.fullmatch(cue.text) and (
            re.search(r"\b(?:red|white)\s+flags?\b", cue.text, re.I) or _FLAG_CEREMONY.search(text, max(0, cue.start - 60), cue.end + 60) or _agent(cue, text, claimant) is None):
        return None  # "raised a red flag over shelling", a flag raised "to mark Flag Day", or a flag of no side named
    if kind == "held" and re.match(r"held\b", cue.text, re.I) and re.search(r"\bhad\s+$", before):
        return None  # "soldiers who had held out in Azovstal": a past stand, not a claim of control now
    if kind == "captured" and re.match(r"fully\s+control", cue.text, re.I):
        if _PARTIAL_AFTER.match(text[cue.end:]):
            return "contested"  # "fully controlled the coking plant area on the outskirts of X": a part of it
        if re.search(r"\bnow\s+$", before) and cue.text.lower().endswith("controlled"):
            return "captured"  # "said its forces now fully controlled the town": the change announced (not "now fully control")
        return "held"  # "its forces fully control X": a state asserted, not a change
    if kind in ("captured", "held") and claimant in ("RU", "UA") and _agent(cue, text, claimant) not in (None, claimant) \
            and re.search(r"under|hands", cue.text, re.I) and not re.search(r"\b(?:not|never|n['’]t)\s+(?:\w+\s+)?$", before) \
            and _names_other_side(cue.text + ((of := _CONTROLLER_AFTER.match(text, cue.end)) and of.group() or ""), claimant):
        return "captured"  # Ukraine's officials saying X "is under Russian control": an admission (control RU), no holding
    if kind == "captured" and _UNDER.match(cue.text) \
            and re.search(r"\b(?:is|are|remains?|still)\s+$|\bbut\s+(?:(?:fully|completely|entirely|firmly)\s+)?$", before):
        return "held"  # "X is under the control of our forces": a state, not a change
    if kind == "captured" and re.fullmatch(r"(?:liberat|captur|seiz|tak|retak|recaptur|reclaim|storm|clear)ing", cue.text, re.I) \
            and re.search(r"\b(?:is|are|was|were|been)\s+(?:\w+ly\s+|still\s+)?$|\b(?:task|process|job|work|mission)\s+of\s+$", before):
        return "contested"  # "forces were persistently liberating X": under way, not done
    if kind == "captured" and re.fullmatch(r"liberate|capture|seize|take|retake|recapture|reclaim|occupy|enter", cue.text, re.I) \
            and re.search(r"\b(?:when|once|until|unless|before|after|as\s+soon\s+as)\s+(?:[\w'’-]+\s+){0,4}$", before, re.I) \
            and not re.search(r"\b(?:the|a|an|its|their|his|her|of)\s+(?:\w+\s+)?$", before, re.I):  # "after the (claimed) capture of X": a noun
        return None  # "... when they liberate X": a time to come
    if kind == "captured" and not cue.withdrawal and re.search(
            r"\b(?:sabotage|reconnaissance|recon|infiltration)\s+(?:and\s+reconnaissance\s+)?(?:groups?|units?|teams?|elements|squads?|detachments?)\b"
            r"(?:\s+of\s+[\w\s]{0,20}?size)?[^.;]{0,30}$|\bDRGs?\b[^.;]{0,30}$|\bsmall\s+groups?\b[^.;]{0,30}$", before, re.I):
        return "contested"  # "sabotage groups advanced into X": infiltration, no control of X
    if kind == "captured" and cue.withdrawal and (re.search(
            r"\bsome\s+(?:of\s+(?:the|its|our|their)\s+)?(?:[\w-]+\s+)?(?:troops|units|forces|soldiers|servicemen|personnel)\b[^.;]{0,40}$", before, re.I)
            or re.search(r"\b(?:commanders|command\s+posts?|headquarters|officers)\b[^.;]{0,40}$", before, re.I)
            or re.search(r"\bonly\s+(?:\w+\s+){0,2}(?:forces|units|troops|groups)\s+(?:remain|remaining|left)\b", text[cue.end:cue.end + 160], re.I)
            # "a manoeuvre in X to withdraw troops in some areas to more advantageous positions": parts of the front
            # "withdrew from certain sections of the town": right after the cue
            or re.match(r"\s+(?:\w+\s+)?from\s+(?:some|certain|several|a\s+few)\s+(?:sections|parts|areas|positions)\s+(?:of|in|near)\b", text[cue.end:cue.end + 60], re.I)
            or re.search(r"\bin\s+(?:some|certain|several|a\s+few)\s+(?:areas|parts|sectors|places|directions|sections)\b",
                         text[cue.start:cue.end + 120], re.I)):
        return "contested"  # "some Ukrainian troops have been withdrawn from X", "commanders have left X, with only
        # covering forces remaining": part of the garrison, no loss of X
    if kind == "captured" and cue.withdrawal and re.match(r"(?:do|does|did)\s+not\s+control", cue.text, re.I) \
            and claimant in ("RU", "UA") and _agent(cue, text, claimant) not in (None, claimant):
        return "held"  # "the enemy does not control it," Ukraine's military said: Ukraine holds it
    if kind == "captured" and re.fullmatch(r"entered", cue.text, re.I) and claimant in ("RU", "UA") \
            and _agent(cue, text, claimant) not in (None, claimant):
        return "contested"  # "Gaidai said Russian troops have entered X": the defender reports fighting inside, not a loss
    if kind == "contested" and re.match(r"battle", cue.text, re.I) and _VICTORY.search(before):
        return "captured"  # "Putin claimed victory Thursday in the battle for Mariupol": a capture claimed
    if kind == "held":
        denying = C.DENIAL.match(cue.text) is not None
        if denying and (_ENCIRCLEMENT_DENIED.match(text, cue.end)  # "denied its troops were surrounded in X": fighting there
                        # "denied an earlier report by Deputy Defense Minister Maliar that X had been liberated"
                        or claimant in ("RU", "UA") and _OWN_SIDE_REPORT[claimant].search(text, cue.start, cue.end + 80)):
            return "contested"  # no capture denied
        if denying and re.match(r"(?:(?!,\s*(?:though|although|but|while|as|and|yet|warning|saying|admitting|adding|noting|acknowledging|conceding)\b)[^.;]){0,100}?\b(?:could|would|will|might|may|is\s+about\s+to|was\s+about\s+to)\s+(?:soon\s+|eventually\s+|quickly\s+)?"
                                r"(?:be\s+(?:captured|taken|seized|encircled|surrounded|lost)|fall|capture|take|seize|encircle)\b", text[cue.end:], re.I):
            return None  # "denied claims by some analysts that X could be captured in the next two weeks": a forecast denied
        if _SITUATION_UNDER.search(before):
            return None  # "the situation is under control": no place's control
        if denying and _SHARE_DENIED.match(text, cue.end):
            return "contested"  # "rejected reports that Russia had seized 70% of X": a share denied, no hold asserted
        if not denying and re.search(r"control", cue.text, re.I) and _PARTIAL_AFTER.match(text[cue.end:]) \
                and not re.match(r"\s+(?:over\s+|of\s+)?(?:all|every|each|the\s+(?:whole|entire))\b", text[cue.end:], re.I):
            return "contested"  # "Ukrainian forces still controlled the southwestern edge of X": a part held, a fight for it
    if kind == "captured":
        # ("attempted to reach the settlements of A and seize X": the second aim too)
        if C.ATTEMPTED.search(before) or re.search(r"\b(?:tried|tries|trying|attempt(?:s|ed|ing)?|failed|fails)\s+to\b[^.;]{0,50}$", before, re.I) \
                or re.fullmatch(r"seize|take|capture|recapture|retake|liberate|occupy|regain", cue.text, re.I) and \
                re.search(r"\b(?:tried|tries|trying|attempt(?:s|ed|ing)?|failed|fails)\s+to\b[^.;]{0,90}\band\s+$", text[max(0, cue.start - 130):cue.start], re.I):
            return None
        if C.ADMISSION.search(text) and "loss" in cue.text + before:
            return "captured"
        # the denial must be the speaker's own: its verb, or words between it and the cue
        start = (sp.end if sp.noun else min(sp.start, sp.scope[0])) if sp else max(0, cue.start - 50)
        if start > cue.start:  # the voice closes the quote after the cue (or another sentence's): its words lead up to it
            start = max(0, cue.start - 80)
        if sp is not None and claimant in ("RU", "UA") and (withdrawn := _DENIED_REPORT_BY.search(text, max(0, sp.start - 70), sp.start)):
            own, other = (C.UA_AGENT, C.RU_AGENT) if claimant == "UA" else (C.RU_AGENT, C.UA_AGENT)
            denier = text[:withdrawn.start()]
            if own.search(denier) and not other.search(denier):
                return None  # "Ukraine's brigade denied an earlier report by Maliar that X had been liberated": withdrawn
        denial = C.DENIAL.search(text[min(start, cue.start):cue.start])
        if denial and claimant in ("RU", "UA") and _SHARE_DENIED.match(text, cue.end):
            return "contested"  # "rejected reports that Russia had seized 70% of X": a share denied, no hold asserted
        if denial and claimant in ("RU", "UA") and _OWN_SIDE_REPORT[claimant].search(text, denial.end(), cue.start):
            return "contested"  # "the brigade denied an earlier report by Deputy Defense Minister Maliar that X had been
            # liberated": its own side's capture denied, the fight goes on
        if denial and claimant in ("RU", "UA"):
            return "held"
        if denial:
            return None  # "the brigade's commander said the Russians are lying about taking X": denied, by a voice of no side
        if sp and claimant in ("RU", "UA") and sp.start > cue.end and _DENIED_BY.search(text, max(0, sp.start - 30), sp.start):
            return "held"  # "the capture of X, which was refuted by Ukraine's Defense Forces"
        if claimant in ("RU", "UA") and _DOUBTED.search(before) and _REPORTS_OF.search(before) \
                and _agent(cue, text, claimant) != claimant and not _BY_ITS_OWN.match(text, cue.end):
            return None  # "commented on the claim of the alleged \"liberation\" of X": another's claim, doubted (but
            # "Gerasimov reported the alleged capture of X": the outlet's doubt, his claim)
        called = _CALLED_FALSE.match(text[cue.end:cue.end + 120])
        if claimant not in ("RU", "UA") and called and _REPORTS_OF.search(before):
            return None  # the outlet reports a claim and calls it false: no capture in its own words
        if claimant in ("RU", "UA") and called and _REPORTS_OF.search(before) \
                and not (sp is not None and sp.noun):  # "reports from the Kremlin about the capture ...": the Kremlin's claim stands
            # "claims about the capture of X ... were not confirmed by Ukraine": unconfirmed, fighting;
            # "reports about the capture of X are untrue / not confirmed by facts": a denial after the fact
            return "contested" if re.search(r"not\s+confirmed\s*$", called.group()) and \
                _UNCONFIRMED_BY.match(text, cue.end + called.end()) else "held"
        if _UNDER.match(cue.text) and claimant in ("RU", "UA") and _agent(cue, text, claimant) not in (None, claimant) \
                and re.search(r"\b(?:is|are|was|were)\s+not\s+$|n['’]t\s+$", before):
            return "held"  # Ukraine's military: "X is not under Russian control"
        negated = C.NOT_ASSERTED.search(before) or _NEGATED_LIST.search(text, max(0, cue.start - 160), cue.start)
        if negated and claimant in ("RU", "UA") and not cue.withdrawal and _agent(cue, text, claimant) not in (None, claimant) \
                and re.search(r"\b(?:not|never|n['’]t)\s+(?:yet\s+|been\s+able\s+to\s+|managed\s+to\s+)?(?:\w+\s+){0,2}$|\b(?:or|nor)\s+(?:\w+\s+)?$",
                              before, re.I):
            return "held"  # Russia's governor: "Ukrainian forces have not ... taken the village of X": a denial
        if negated or C.PARTIAL.search(before):
            return "contested"
        if _PARTIAL_AFTER.match(text[cue.end:]):
            return "contested"
        if claimant == "UA" and _TAKEN_UNSAID_BY.fullmatch(cue.text) and _PASSIVE_BEFORE.search(text, max(0, cue.start - 30), cue.start) \
                and _agent(cue, text, claimant) is None:
            return None  # Sumy's governor: "the villages captured are A and B": taken by whom, the words do not say
    if kind == "contested" and re.search(r"\b(?:protect|shield|safeguard|defend)\w*\s+(?:[\w'’-]+\s+){1,3}(?:from|against)\s+(?:\w+\s+)?$", before, re.I):
        return None  # "allowing Moscow to protect Donetsk from attacks": what a move is for, no fighting at X
    if kind == "contested" and C.NOT_ASSERTED.search(before[-40:]) and not C.NOT_ASSERTED.match(cue.text):
        return None if not re.search(r"confirm|verif", cue.text) else kind
    return kind


# the controller named right after a control cue: "under the control of Russian forces"
_CONTROLLER_AFTER = re.compile(r"\s+(?:of|by)\s+[^,;.”\"]{1,35}")


def _names_other_side(words: str, claimant: str) -> bool:
    """Whether a control cue's words name the side other than the claimant's ("under Russian control" in Ukraine's
    words), not its own ("remains under the control of Russian forces" in a Russian-installed official's)."""
    ru = re.search(r"\b(?:Russia|Moscow|enemy|occup|orcs)", words, re.I)
    ua = re.search(r"\b(?:Ukrain|Kyiv|Kiev)", words, re.I)
    return bool(ru and not ua) if claimant == "UA" else bool(ua and not ru) if claimant == "RU" else bool(ru or ua)


# a place taken told in the passive with no taker: "X was captured", "the villages seized are"
_TAKEN_UNSAID_BY = re.compile(r"captured|seized|taken(?:\s+over)?|overrun", re.I)
_PASSIVE_BEFORE = re.compile(r"(?:\b(?:was|were|been|being|is|are|be)\s+(?:\w+ly\s+)?|\b(?:villages|towns|settlements|localities|"
                             r"cities|places|positions)\s+)$", re.I)


# what follows "entered X": "with fighting", "with battles", ", where fighting continues"
_FIGHTING_AFTER = re.compile(r"\s+(?:the\s+(?:\w+\s+)?(?:village|town|city|settlement)\s+of\s+)?[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?"
                             r"(?:\s+with\s+(?:heavy\s+|fierce\s+)?(?:fighting|battles?|combat|fights?)|"
                             r",?\s+(?:where|and)\s+(?:heavy\s+|fierce\s+)?(?:fighting|battles?|clashes)\s+(?:is|are|continues?|began|started|ensued))\b")


# soldiers the clause names before a casualty word: the fight's dead, not a strike's
_SOLDIERS_BEFORE = re.compile(r"\b(?:Russian|Ukrainian|enemy)\s+(?:[\w-]+\s+)?(?:soldiers?|servicem[ae]n|troops|runners?|fighters?|"
                              r"infantry(?:men)?|paratroopers?|marines?|mercenar(?:y|ies)|occupiers?|invaders?|stormtroopers?)\b[^.;]{0,60}$", re.I)
_FLAG = re.compile(C.FLAG_RAISED, re.I)
_FLAG_CEREMONY = re.compile(r"\bFlag\s+Day\b|\bceremon|\brally\b|\bto\s+mark\b|\bIndependence\s+Day\b|\bRussia\s+Day\b|\bpropaganda\b"
                            r"|\bstaged\s+(?:an?\s+)?(?:\w+\s+)?(?:video|photo|footage|flag|raising)", re.I)
_FLAG_ON_PART = re.compile(r"\s+(?:(?:in|on|at|over)\s+(?:the\s+)?(?:(?:town|city|village|settlement)(?:['’]s)?\s+)?(?:cent(?:er|re)|outskirts)\b"
                           r"|(?:on|atop|over)\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,3}(?:building|roof|tower|shaft|mast|structure|house|block)s?\b)", re.I)


_FRONT_BEFORE = re.compile(r"\b(?:front(?:\s*line)?|lines?|positions|defen[cs]es?)\b[^.;]{0,60}$", re.I)
_SITUATION_BEFORE = re.compile(r"\bsituation\b[^.;]{0,60}$", re.I)
_FRONT_AFTER = re.compile(r"\s+(?:their|the|its|our)\s+(?:[\w-]+\s+){0,2}(?:line|lines|front|positions|defen[cs]es?|situation)\b", re.I)


def _front_stabilized(text: str, cue, before: str, claimant: str, sp) -> bool:
    """Whether "stabilized" is a side's holding: its officials' words of a front, a line or positions ("had stabilized
    their line near X"), or of "the situation in X" in its military's words; not "the water supply in X had been
    stabilized", nor a mayor's or an outlet's "situation" (a city's after strikes, or one the other side holds)."""
    return claimant in ("RU", "UA") and bool(
        _FRONT_BEFORE.search(before) or sp is not None and sp.kind == "mil" and _SITUATION_BEFORE.search(before)
        or _FRONT_AFTER.match(text, cue.end))


def _flag_short_of_control(text: str, cue) -> bool:
    """A flag raised on a part of a place ("in the town center", "on a mine shaft on the outskirts of X"), by
    partisans in an occupied town or a sabotage group, or where a clause says ("the place where the Russian forces
    raised their flag"): presence shown, not the place taken."""
    return bool(_FLAG.fullmatch(cue.text)) and (
        bool(_FLAG_ON_PART.match(text, cue.end))
        or re.search(r"\bpartisans?\b|\bwhere\s+(?:[\w'’-]+\s+){0,3}$", text[max(0, cue.start - 60):cue.start], re.I) is not None
        or re.search(r"\bsabot(?:age|eurs?)\b|\bDRGs?\b", text[max(0, cue.start - 60):cue.end + 60], re.I) is not None)


def _area_gain(text: str, h: _Hit, offset: int) -> bool:
    """Ground gained near a place, not the place: "regained one square kilometre on Bakhmut's flank",
    "44 square kilometres liberated around Bakhmut" (but not "270 square miles and the towns of X")."""
    place = h.mention.start - offset
    lo, hi = min(h.cue.start, place), max(h.cue.end, place)
    if h.cue.end <= place and re.search(r"\b(?:neighbou?rhoods?|microdistricts?|districts?|quarters?|parts?|sections?|streets?)\s+(?:of|in)\s+"
                                        r"(?:the\s+)?(?:[\w'’-]+\s+){0,3}$", text[h.cue.end:place], re.I):
        return True  # "withdrawn from the Kanal neighbourhood of the town of X": a part of X
    if h.cue.end <= place and re.search(r"\b(?:plant|factory|mine|hospital|school|airport|airfield|warehouse|depot|facility|"
                                        r"enterprise|complex|building|station)\s+(?:in|of|near|on\s+the\s+outskirts\s+of)\s+"
                                        r"(?:the\s+(?:\w+\s+)?(?:town|city|village|settlement)\s+of\s+)?$", text[h.cue.end:place], re.I):
        return True  # "drove Russian forces out of a huge processing plant in the town of X": a site in X
    if h.cue.start > place and re.match(r"\s+(?:about\s+|some\s+|nearly\s+|over\s+|more\s+than\s+)?[\w.,-]+\s+(?:square|sq)", text[h.cue.end:]) \
            and C.AREA_GAIN.search(text, h.cue.end, h.cue.end + 40):
        return True  # "advances along X's southern flank over the past week, liberating four square kilometers": ground
    area = C.AREA_GAIN.search(text, max(0, lo - 40), hi)
    return bool(area) and not re.search(r"\b(?:towns?|villages?|cit(?:y|ies)|settlements?)\s+of\b", text[area.end():max(area.end(), place)])


# the side a participle names right after it: "retreating Russian forces", "fleeing Ukrainian troops"
_RETREATING_SIDE = re.compile(r"\s+(Russian|Ukrainian)\s+(?:forces|troops|units|soldiers|army)\b")


def _control(kind: str, cue: _Cue, text: str, claimant: str, liberator: str = "RU") -> str | None:
    if kind == "held":
        m = re.search(r"under\s+(Russian|Ukrainian)\s+control|in\s+(Russian|Ukrainian)\s+hands"
                      r"|under\s+(?:the\s+)?control\s+of\s+(?:the\s+)?(Russia|Moscow|Ukraine|Kyiv|Kiev)\b(?!['’]s)" + _ENEMY_CONTROL, text[cue.start:cue.end + 30])
        if m and not re.search(r"\bnot\s+$|n['’]t\s+$", text[max(0, cue.start - 12):cue.start]):
            return "RU" if _RU_CONTROLLER.search(m.group()) else "UA"
        return claimant if claimant in ("RU", "UA") else ("UA" if C.UA_AGENT.search(text) else "RU")
    if kind != "captured":
        return None
    agent = _agent(cue, text, claimant)
    if claimant in ("RU", "UA") and (re.search(r"\bclaim", cue.text, re.I)
                                     or re.match(r"liberat", cue.text, re.I) and agent in (None, claimant)):
        return claimant  # "a day after claiming control over the village", "its troops broke through Russia's defenses
        # and liberated X": a side claims, and liberates, for its own forces
    if cue.withdrawal and re.search(r"\b(?:enemy|occupiers|invaders)\b", cue.text, re.I) and (agent or claimant in ("RU", "UA")):
        return agent or claimant  # "we have pushed the enemy out of X": the enemy of who pushed (or says so) lost it
    if cue.withdrawal and (loser := re.search(r"\b(Russian|Ukrainian)s?\b", cue.text)):
        return "UA" if loser.group(1) == "Russian" else "RU"  # "pushed Ukrainian troops out of X": the side pushed out loses X
    if cue.withdrawal and (loser := _RETREATING_SIDE.match(text, cue.end)):
        return "UA" if loser.group(1) == "Russian" else "RU"  # "hardware retreating Russian forces left behind in X"
    if cue.withdrawal:  # who withdraws: the side named, else the side that says so ("the Russians announced they were withdrawing")
        return "RU" if agent == "UA" or agent is None and claimant != "RU" else "UA"
    if agent is None and claimant not in ("RU", "UA") and re.match(r"liberat|freed|re(?:took|tak|captur|gain)", cue.text, re.I):
        return liberator  # "the freed village of X", "the recently retaken X": whom the outlet's words free it for
    if re.search(r"(?<!de-)(?<!de)occupied", cue.text, re.I):
        return "RU"  # "X was completely occupied", "which had been occupied": reporting says it of Russia's captures only
    if agent is None and claimant == "UA" and _FALL.match(cue.text):
        return "RU"  # Ukraine speaking of "the fall of X", no taker named: its loss
    if agent is None and (retreat := _RETREAT_AFTER.match(text, cue.end)):
        return "UA" if retreat.group(1) == "Russian" else "RU"  # "entered X on July 25, following a Russian retreat"
    return agent or (claimant if claimant in ("RU", "UA") else "RU")


_FORCES_OF = re.compile(r"\s+of\s+the\s+(?:Armed\s+Forces|Defen[cs]e\s+Forces|army|forces|troops|military)\s+of\s+(?:the\s+)?(Ukraine|Russia|Russian\s+Federation)\b", re.I)
# after a capture cue, the side that lost the place: "recaptured from Russian control", "freed from Ukrainian forces"
_FROM_CONTROL = re.compile(r"\s+from\s+(?:the\s+)?(Russian|Ukrainian|Russia|Ukraine)(?:['’]s)?\s+(?:(?:forces|troops|army|occupation)['’]?s?\s+)?"
                           r"(?:control|occupation|occupiers|forces|troops|hands)\b", re.I)


# a clause that opens the sentence with its cue, whose taker is the subject after it: "After capturing X, the Russian
# invaders advanced westward"
_OPENING_PARTICIPLE = re.compile(r"\W*(?:After|Since|Having|Upon|Following)\s+(?:(?:successfully|finally|fully|almost)\s+)?")
_SUBJECT_AFTER = re.compile(r"\s*(?:the\s+)?(?:(Russian|Ukrainian)s?(?:\s+(?:invaders|forces|troops|army|occupiers|units|military|soldiers))?|"
                            r"(?:enemy|occupiers|invaders|occupation\s+forces))\b")


def _agent(cue: _Cue, text: str, claimant: str) -> str | None:
    """The side a capture cue names as taking the place (or withdrawing from it), None when unsaid."""
    by = _BY_SIDE.match(text, cue.end) or (_FALL.match(cue.text) and _FELL_TO.match(text, cue.end)) \
        or re.fullmatch(r"capture|seizure|takeover|occupation|liberation", cue.text, re.I) and _BY_SIDE.match(text, _OF_PLACE.match(text, cue.end).end())
    if by:  # "recaptured by Ukrainian troops": the taker is named right after, whatever came before
        return "RU" if re.match(r"Russia|Moscow|Wagner", by["side"], re.I) else "UA"
    if (claimed := _CLAIMED_BY.match(text, _OF_PLACE.match(text, cue.end).end())) and re.fullmatch(
            r"capture|seizure|takeover|fall(?:\s+of)?|liberation", cue.text, re.I):
        return "RU" if re.match(r"Moscow|Russia", claimed["side"], re.I) else "UA"  # "X, the capture of which was claimed by Moscow"
    if cue.withdrawal and re.fullmatch(r"surrender", cue.text, re.I) and (who := _SURRENDER_OF.match(text, cue.end)):
        return "RU" if re.match(r"Russia|Wagner", who["who"], re.I) else "UA"  # "the surrender of Azov fighters": who gave it up
    if lost := _FROM_CONTROL.match(text, cue.end):  # "recaptured from Russian control": the side it was taken from
        return "UA" if lost.group(1).lower().startswith("russia") else "RU"
    m = re.search(r"(Russian|Ukrainian)\s+(?:(?:forces|troops|army)['’]?s?\s+)?control|in\s+(Russian|Ukrainian)\s+hands"
                  r"|flags?\s+of\s+(?:the\s+)?(?:Ukraine|Russia|Russian\s+Federation)|(?:Ukrainian|Russian)\s+(?:national\s+)?flag"
                  r"|control\s+of\s+(?:the\s+)?(Russia|Moscow|Ukraine|Kyiv|Kiev)\b(?!['’]s)" + _ENEMY_CONTROL, text[cue.start:cue.end + 30])
    if m:  # "came under Russian forces' control": the cue says who
        return "RU" if _RU_CONTROLLER.search(m.group()) else "UA"
    if m := _FORCES_OF.match(text, cue.end):  # "under the control of the Armed Forces of Ukraine"
        return "RU" if m.group(1).lower().startswith("russia") else "UA"
    if _OPENING_PARTICIPLE.fullmatch(text, 0, cue.start) and (comma := text.find(",", cue.end)) > 0 \
            and (subject := _SUBJECT_AFTER.match(text, comma + 1)):  # "After capturing X, the Russian invaders advanced ..."
        return "UA" if subject.group(1) and subject.group(1).startswith("Ukrain") else "RU"
    # a country named as a location ("settlements in Ukraine", "Ukraine's Donetsk region") is no agent
    before = _LOCATION_COUNTRY.sub(lambda x: " " * len(x.group()), text[:cue.start])
    # "its troops" / "our forces" belong to whoever speaks: Russia in "Russia said its troops took X",
    # Ukraine in "Ukraine's army said it ordered its troops to withdraw"
    own = claimant if claimant in ("RU", "UA") else None
    if re.match(r"fall\b", cue.text, re.I):
        before = ""  # "the fall of X" names no taker before it ("as Kyiv sees it, the fall of X"): only "to Russian forces" after
    elif re.match(r"(?:liberated|captured|seized|occupied|retaken|recaptured)$", cue.text, re.I) \
            and re.search(r"\b(?:the|recently|newly|just|already|a|an)\s+$", before, re.I) \
            or re.match(r"(?:liberated|retaken|recaptured)$", cue.text, re.I) \
            and re.search(r"\b(?:in|of|from|to|at|near|into)\s+$", before, re.I):
        before = ""  # "assaults near ... recently liberated X", "killed by Russian troops ... found in liberated X": who
        # liberated X is not the sentence's subject (but "Russian troops regroup in captured X" name its taker)
    # (not a side's lines: "broke through Russia's defenses and liberated X" names no Russian taker)
    ru = [m.end() for m in C.RU_AGENT.finditer(before) if not (own and _POSSESSIVE_AGENT.match(m.group())) and not _NOT_AN_AGENT.match(before, m.end())
          and not (not cue.withdrawal and _EXPELLED_BEFORE.search(before, max(0, m.start() - 30), m.start()))]
    ua = [m.end() for m in C.UA_AGENT.finditer(before) if not (own and _POSSESSIVE_AGENT.match(m.group())) and not _NOT_AN_AGENT.match(before, m.end())
          and not (not cue.withdrawal and _EXPELLED_BEFORE.search(before, max(0, m.start() - 30), m.start()))
          # "Pushilin admitted Azov fighters had retaken X": a named unit takes as its clause's subject, not as the object
          # of a verb or a preposition ("who fought Azov fighters", "after weeks of battles with Azov fighters, captured")
          and not (_NAMED_UNIT.match(m.group()) and (_OBJECT_BEFORE.search(before, max(0, m.start() - 40), m.start())
                                                     or not _SUBJECT_BEFORE.search(before, max(0, m.start() - 60), m.start())))]
    if own:
        (ru if own == "RU" else ua).extend(m.end() for m in _POSSESSIVE_AGENT.finditer(before))
    else:  # the outlet's voice: "its troops" are those of the side named just before ("Ukraine signalled its troops were withdrawing")
        for m in C.RU_AGENT.finditer(before):
            if _POSSESSIVE_AGENT.match(m.group()) and m.end() in ru \
                    and max((u for u in ua if u <= m.start()), default=-1) > max((r for r in ru if r <= m.start()), default=-1):
                ru.remove(m.end())
                ua.append(m.end())
        ua.sort()
    agent = None
    if ru or ua:
        agent = "RU" if (ru[-1] if ru else -1) > (ua[-1] if ua else -1) else "UA"
    elif own and _THE_ENEMY.search(before):
        agent = "RU" if own == "UA" else "UA"  # "the enemy does not control it," Ukraine's military said
    if agent is None and not cue.withdrawal and (m := _LOSER_AFTER.search(text, cue.end, cue.end + 90)):
        return "UA" if re.match(r"Moscow|Russia", m["loser"], re.I) else "RU"  # "the fall of X was Moscow's biggest loss"
    if agent is None and not cue.withdrawal:  # "taken by Russian forces", "... a sign of Ukraine's counteroffensive"
        m = _AGENT_AFTER.search(text, cue.end, cue.end + 90)
        if m and (_DENIED_BY.search(text, max(0, m.start() - 12), m.start() + 3)
                  or _REPORTED_BY.search(text, max(0, m.start() - 16), m.start() + 3)):
            m = None  # "which was refuted by Ukraine's forces", "the fall of X was confirmed by Kyiv": who says so, not who took it
        if m and m["side2"] and re.match(r"\s*(?:[\w-]+\s+){0,2}(?:said|says|reported|reports|stated|announced|claimed|added|wrote|told)\b",
                                         text[m.end():]):
            m = None  # "X has been captured, Ukraine's military said": the voice, not the taker
        under = text.rfind("under", cue.end, m.start()) if m else -1
        if m and under >= 0 and _FORMERLY.search(text, max(0, under - 30), under):
            m = None  # "liberated communities that had been previously under the control of the Ukrainian army"
        if m:
            agent = "RU" if re.match(r"Russia|Moscow|Wagner", m["side"] or m["side2"] or m["side3"], re.I) else "UA"
    return agent
_LOCATION_COUNTRY = re.compile(r"\b(?:in|of|across|to|from|into|throughout|eastern|southern|northern|western)\s+(?:the\s+)?"
                               r"(?:Ukraine|Russia)\b(?!['’]s\s+(?:[\w-]+\s+){0,3}(?:brigades?|forces|army|troops|military|battalions?|regiments?|units?|soldiers|marines|corps)\b)"
                               r"|\b(?:Ukraine|Russia)['’]s\s+(?:\w+\s+){0,2}(?:region|oblast|city|town|village)"
                               # "the vital Ukrainian city of Lysychansk": where the place lies, not who took it
                               r"|\b(?:Ukrainian|Russian)\s+(?:(?:port|border|frontline|front-line|industrial|mining|regional)\s+)?"
                               r"(?:city|town|village|settlement|port|capital|region)\s+of\b", re.I)
_AGENT_AFTER = re.compile(r"\bby\s+(?:the\s+)?(?P<side>Russian|Ukrainian|Russia|Ukraine|Moscow|Kyiv|Kiev|Wagner)\b"
                          r"|(?<=control)\s+of\s+(?:the\s+)?(?P<side3>Ukraine|Russia|Ukrainian|Russian)\b(?!['’]s)"
                          r"|\b(?P<side2>Ukraine|Russia)['’]s\s+(?:[\w-]+\s+){0,2}?(?:counter-?offensive|offensive|forces|troops|army|military)\b")
# "the Ukrainian defense", "the first Ukrainian area to fall": a side's lines or land, not the side acting
# "thousands of civilians have been forced to leave X", "residents fled X": people leaving, and no troops between
_PEOPLE_LEAVING = re.compile(r"\b(?:civilians|residents|families|people|children|inhabitants|locals|thousands|hundreds|evacuees|"
                             r"refugees|pensioners)\b(?!['’])(?![^.;]*\b(?:troops|soldiers|forces|units|servicem[ae]n|fighters|militia|"
                             r"army|garrison|defenders|brigades?|battalions?|marines|paratroopers)\b)[^.;]{0,60}$", re.I)
_CLAIMED_BY = re.compile(r"\s+of\s+which\s+(?:was|had\s+been|has\s+been)\s+claimed\s+by\s+(?:the\s+)?"
                         r"(?P<side>Moscow|Russia|Russian|Kyiv|Kiev|Ukraine|Ukrainian)", re.I)
_SURRENDER_OF = re.compile(r"\s+of\s+(?:the\s+)?(?:(?:last|remaining|encircled|besieged|trapped)\s+)?(?P<who>Ukrainian|Ukraine['’]s|Russian|"
                          r"Russia['’]s|Azov|Kraken|Aidar|Wagner)\b", re.I)
_SERVICES_AFTER = re.compile(r"(?!(?:(?!\b(?:from|out\s+of)\b)[^.;]){0,60}?\b(?:troops|soldiers|units|forces|servicemen|fighters)\b)(?:\s+of)?\s+(?:all\s+|the\s+|its\s+|their\s+)*(?:civilian\s+|remaining\s+|public\s+|social\s+|administrative\s+)*"
                             r"(?:services|administration|authorities|officials|institutions|offices|staff|employees|residents|"
                             r"children|people|families|civilians|population|hospitals?|schools?)\b", re.I)
_NAMED_UNIT = re.compile(r"(?:Azov|Khartiia|Kraken|Aidar)\b")
# a clause's start: after a sentence's start, a comma, a voice ("said Tuesday", "told reporters", "that"), with a time
# or a circumstance between ("that on Tuesday", "that after heavy fighting")
_SUBJECT_BEFORE = re.compile(
    r"(?:^|[.;:“\"]|,|\b(?:said|says|that|admitted|admits|confirmed|confirms|reported|reports|acknowledged|acknowledges|claimed|"
    r"claims|conceded|added|wrote|stated|announced|told\s+(?:\w+\s+){0,2}?(?:reporters|journalists|media|TASS|RIA|Interfax)))\s*"
    r"(?:(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\s+|(?:that\s+)?(?:on\s+\w+|after\s+(?:(?:heavy|fierce|intense|days\s+of|weeks\s+of|months\s+of)\s+)?(?:fighting|battles?|clashes|assaults?)|"
    r"last\s+\w+|earlier|overnight|yesterday|today)\s*,?\s+|that\s+)?(?:the\s+)?(?:[\w-]+-hardened\s+|elite\s+)?$", re.I)
_OBJECT_BEFORE = re.compile(r"\b(?:with|of|against|by|from|fought|battled|eliminated|eliminating|encircled|"
                            r"encircling|surrounded|surrounding|defeated|defeating|destroyed|destroying|attacked|attacking|targeted|"
                            r"targeting|killed|killing|captured|capturing|routed|trapped|besieged|blockaded|blocked)\s+"
                            r"(?:the\s+|remaining\s+|elite\s+|[\w-]+-hardened\s+)?$", re.I)
# "drove Azov fighters out of X": the side driven out, no taker
_EXPELLED_BEFORE = re.compile(r"\b(?:drove|drive|drives|driving|driven|pushed|pushing|forced|forcing|expelled|expelling|ousted|ousting|"
                              r"dislodged|dislodging|kicked|knocked|routed|defeated|repelled|repulsed)\s+(?:out\s+)?(?:the\s+|all\s+)?$", re.I)
_NOT_AN_AGENT = re.compile(r"\s+(?:defen[cs]es?|defensive|lines|positions|fortifications|trenches|border|"
                           # "had halted a Russian advance ... and cleared the villages": what was stopped, not the taker
                           r"advances?(?=\s+(?:in|on|near|towards?)\b[^.;]{0,60}?\band\s*(?:$|(?:cleared|liberated|recaptured|retook)\b))|"
                           r"(?:(?:[\w-]+\s+)?(?:area|city|town|village|territory|territories|land|soil|settlement|region)s?\b))\b", re.I)
_LOSER_AFTER = re.compile(r"\b(?:was|is|marked|became)\s+(?:a\s+|the\s+)?(?P<loser>Moscow|Russia|Kyiv|Kiev|Ukraine)['’]s\s+"
                          r"(?:[\w-]+\s+){0,3}(?:loss|defeat|setback|blow|humiliation)", re.I)
_POSSESSIVE_AGENT = re.compile(r"(?:its|his|our|their)\s+(?:forces|troops|army|units|defenders)|\b(?:it|we)\s+(?:had\s+|has\s+|have\s+)?(?:also\s+)?$", re.I)
