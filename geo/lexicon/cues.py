"""Cue lexicons for claims: who speaks (claimant) and what they assert (kind).

Every claim records the cue that produced it, so a journalist can see why it was extracted.
Patterns are regular expressions matched case-insensitively on one sentence.
"""

import re

_SPEECH = (
    r"(?:said|says|say|claimed|claims|claim|announced|announces|announcement|reported|reports|report|stated|states|"
    r"confirmed|confirms|denied|denies|deny|dismissed|dismisses|rejected|rejects|assured|assures|wrote|writes|"
    r"told|tells|added|adds|insisted|insists|admitted|admits|acknowledged|acknowledges|credited|credits|"
    r"declared|declares|accused|accuses|disputed|disputes|did not (?:immediately )?confirm|has not confirmed|"
    r"statement|briefing|summary|update|saying|posted|published|noted|estimated|assessed|suggests?|"
    r"stopped short|has said|have said|had said|quoted)"
)
SPEECH = re.compile(rf"\b{_SPEECH}\b", re.I)

# (side, label, pattern). Order matters only for labels: the longest match at a place wins.
ACTORS = [
    ("RU", "Russian Defense Ministry", r"(?:the\s+)?(?:Russian|Russia['’]s)\s+(?:Defen[cs]e\s+Ministry|Ministry\s+of\s+Defen[cs]e(?:\s*\(MoD\))?|defen[cs]e\s+ministry|MoD)"),
    ("RU", "Russian defence minister", r"(?:the\s+)?(?:Russian|Russia['’]s)\s+defen[cs]e\s+minister(?:\s+[A-Z]\w+\s+[A-Z]\w+)?"),
    ("RU", "Russian General Staff", r"(?:the\s+)?Russian\s+General\s+Staff"),
    ("RU", "Russian military", r"(?:the\s+)?(?:Russian|Russia['’]s)\s+(?:army|military|forces|troops|command|ministry|leader)"),
    ("RU", "Russian officials", r"(?:the\s+)?(?:Kremlin|Moscow['’]s|Russia['’]s)\s*(?:claim|statement|announcement|report)?"),
    ("RU", "Russia", r"\b(?:Russia|Moscow)\b"),
    ("RU", "Russian Defense Ministry", r"(?:the\s+)?(?:defen[cs]e\s+)?ministry(?:['’]s)?(?:\s+daily\s+briefing)?"),
    ("RU", "Wagner", r"\b(?:Wagner|Prigozhin)\w*"),
    ("RU", "Russian officials", r"\b(?:Shoigu|Belousov|Konashenkov|Putin|Peskov|Gerasimov|Pushilin|Rogov|Saldo|Balitsky|Lavrov)\b"),
    ("RU", "Russian military group", r"(?:Vostok|Zapad|Yug|Sever|Tsentr|Centre|Center|Southern|Dnepr)\s*(?:\(\w+\)\s*)?group\s+of\s+forces|units\s+of\s+the\s+[\"“]?\w+[\"”]?\s+group"),
    ("UA", "Ukrainian General Staff", r"(?:Ukraine['’]s|the\s+Ukrainian)\s+General\s+Staff|(?:Kyiv|Kiev)['’]s\s+General\s+Staff"),
    ("UA", "Ukrainian military", r"(?:Ukraine['’]s|the\s+Ukrainian|Ukrainian)\s+(?:army|military|armed\s+forces|command|commanders|defen[cs]e\s+forces|southern\s+command|southern\s+defen[cs]e\s+forces|forces\s+in\s+the\s+region|navy|officials?|marines)"),
    ("UA", "Ukrainian military", r"(?:Ukraine['’]s\s+)?(?:southern|eastern)\s+command|(?:Khortytsia|Tavria|Khortytsya)\s+(?:Group|group|operational)[\w\s]{0,20}?(?=\s(?:said|says|spokes))|(?:Khortytsia|Tavria)\s+group\s+of\s+(?:troops|forces)"),
    ("UA", "Ukrainian officials", r"\b(?:Zelensky[iy]?|Zelenskyy|Syrskyi|Syrsky|Tarnavsky|Maliar|Pletenchuk|Lykhovyi|Voloshyn|Humeniuk|Budanov|Zaluzhnyi|Shtupun|Kuleba|Kiper|Fedorov|Prokudin|Synehubov|Lysak|Vilkul|Klitschko)\b"),
    ("UA", "Ukraine", r"\b(?:Ukraine|Kyiv|Kiev)\b"),
    ("UA", "Ukrainian officials", r"(?:regional|military)\s+(?:governor|administration)|governor\s+[A-Z]\w+|(?:the\s+)?air\s+force"),
    ("other", "DeepState", r"\bDeepState\b|monitoring\s+group"),
    ("other", "Institute for the Study of War", r"\bISW\b|Institute\s+for\s+the\s+Study\s+of\s+War|think[\s-]tank"),
    ("other", "military bloggers", r"(?:Russian\s+|Ukrainian\s+|pro-\w+\s+)?(?:military\s+)?bloggers?|Telegram\s+channels?|(?:influential\s+)?channel|Rybar|Podolyak\w*|war\s*correspondents?|military\s+(?:experts|observers)|observers"),
    ("other", "analysts", r"\banalysts?\b|open-source\s+imagery|geolocated\s+footage|satellite\s+images"),
]
ACTOR_PATTERNS = [(side, label, re.compile(p, re.I if side == "other" else 0)) for side, label, p in ACTORS]
PRONOUN_SPEAKER = re.compile(r"\b(?:he|she|it|they)\s+(?:said|says|added|wrote|claimed|stated|told|insisted)\b|,\s*(?:he|she|it|they)\s+said", re.I)

WITHDRAWAL = re.compile(
    r"\b(?:withdr[ae]w(?:n|al|als)?|withdrawing|pull(?:ed|ing)?[\s-](?:out|back)|pull-out|retreat(?:ed|ing)?|"
    r"left\s+(?:the\s+)?(?:town|city|village)|manoeuvre|maneuver|forced\s+to\s+leave|abandon(?:ed)?)\b",
    re.I,
)
KIND_CUES = {
    "held": re.compile(
        r"\b(?:denied|denies|deny|denial|dismissed\s+as\s+false|dismissed|rejected|rejects|untrue|false|disputed|"
        r"does\s+not\s+correspond\s+to\s+reality|had\s+not\s+lost|not\s+lost|still\s+(?:there|holding|in\s+control|hold)|"
        r"firmly\s+hold|continue\s+to\s+hold\s+their|remains?\s+under\s+(?:Ukrainian|Russian)\s+control|"
        r"remains?\s+in\s+(?:Ukrainian|Russian)\s+hands|are\s+holding|were\s+holding|lines\s+were\s+holding|"
        r"holding\s+(?:their|the|its)|stabili[sz]ed|repelled|held\s+(?:firm|out))\b",
        re.I,
    ),
    "captured": re.compile(
        r"\b(?:captur(?:ed|e|ing)|seiz(?:ed|e|ing)|took|taken|tak(?:e|ing)\s+(?:full\s+)?control|liberat(?:ed|ion|e|ing)|"
        r"recaptur(?:ed|e)|retook|retaken|regained|won\s+back|freed|conquest|fell|fall\s+of|occupied\s+(?=[A-Z])|"
        r"had\s+occupied|cleared\s+of|full\s+control|completely\s+under|under\s+full|took\s+control|entered)\b",
        re.I,
    ),
    "struck": re.compile(
        r"\b(?:strikes?|struck|striking|shell(?:ing|ed|s)|missiles?|drones?|bombard\w*|hit|hits|explosions?|"
        r"air\s+(?:attack|raid)|barrage|glide\s+bombs?|rocket\s+attack|attacked\s+(?:energy|civilian)|killing|killed|injured|wounded)\b",
        re.I,
    ),
    "contested": re.compile(
        r"\b(?:fight(?:ing|s)?|battles?|clash(?:es)?|assaults?|attack(?:s|ing)?|advanc(?:e|es|ing|ed)|push(?:ing|ed)?|"
        r"pressing|improved\s+(?:its|their)\s+positions|positions?|offensive|fire\s+control|presence|"
        r"did\s+not\s+(?:immediately\s+)?confirm|not\s+(?:been\s+)?(?:able\s+to\s+)?(?:verify|confirm)|unconfirmed|"
        r"hold\s+back|holding\s+back|clos(?:ing|e)\s+in|encircle\w*|bridgehead|toward|towards|contested|"
        r"grey\s+zone|shrunk|stopped\s+short|counter-?attack\w*|defen[cd]\w*|outskirts|operations)\b",
        re.I,
    ),
}
NEGATED_CAPTURE = re.compile(r"\b(?:not|no|never|nothing|without)\b[^.;]{0,40}$", re.I)
REPORTED_RU_CLAIM = re.compile(r"(?:Russian|Russia['’]s|Moscow['’]s)\s+(?:statement|claim|announcement|report)s?\s+that", re.I)
RU_AGENT = re.compile(r"\b(?:Russian|Russia['’]?s?|Moscow|its\s+(?:forces|troops|army|units)|Wagner)\b", re.I)
UA_AGENT = re.compile(r"\b(?:Ukrainian|Ukraine['’]?s?|Kyiv|Kiev|our\s+(?:forces|troops|defenders))\b", re.I)
ANAPHORA = re.compile(r"\bthe\s+(?:village|town|city|settlement)\b", re.I)
