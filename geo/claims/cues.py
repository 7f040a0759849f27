"""Cue lexicons for claims: who speaks (claimant) and what they assert (kind).

Every claim records the cue that produced it, so a journalist can see why it was extracted.
Patterns are regular expressions matched on one sentence. Only general vocabulary belongs here
(speech verbs, institutions, titles, well-known officials of each side), never a phrase from one text.
"""

import re

from geo.reading.words import OFFICIALS_RU, OFFICIALS_UA

_SPEECH = (
    r"(?:(?:was|were|is)\s+(?:quoted|cited)(?:\s+as\s+saying)?|took\s+to\s+(?:the\s+)?(?:[\w-]+\s+){0,2}(?:Telegram|Twitter|Facebook|social\s+media)|"
    r"released\s+(?:an?\s+)?(?:audio\s+|video\s+)?(?:message|statement|recording)|summari[sz]ed|said|says|say|claimed|claims|claim|announced?|announces|announcement|reported|reports|report|stated|states|"
    r"confirmed|confirms|(?:described|describes)(?=\s+the\s+situation\b)|(?<=first\sto\s)confirm|(?<=officially\s)confirm|denied|denies|deny|dismissed|dismisses|rejected|rejects|assured|assures|assuring|wrote|writes|"
    r"told|tells|added|adds|adding|insisted|insists|admitted|admits|acknowledged|acknowledges|conceded|concedes|credited|credits|"
    r"declared|declares|accused|accuses|disputed|disputes|(?:congratulated|congratulates)(?=\s+(?:[\w'’-]+\s+){0,8}?(?:on|for)\s+(?:captur|tak|liberat|seiz|retak)\w*)|did\s+not\s+(?:immediately\s+)?(?:confirm|dispute|say|deny|"
    r"acknowledge)|has\s+not\s+confirmed|condemned|condemns|warned|warns|called|calls|quotes|quoted|as\s+saying|"
    r"statement|briefing|summary|update|saying|posted|published|noted|notes|estimated|assessed|suggests?|suggested|"
    r"stopped\s+short|has\s+said|have\s+said|had\s+said|explained|specified|specifying|corroborated|asserted|asserts?|"
    r"citing|cited|showed|shows|expects?|believes?|according|indicated|indicates|revealed|reveals|detailed|details|"
    r"informed|informs|highlighted|highlights|emphasi[sz]ed|emphasi[sz]es|stressed|stresses|clarified|clarifies|"
    r"pointed\s+out|points\s+out|reiterated|reiterates|relayed|observed|commented|refuted|refutes|boasted|"
    r"specifies|announcing|reporting|confirming|denying|claiming|stating|writing|telling|ordered|orders|"
    r"contends|contended|maintain(?:s|ed)(?=\s+(?:that|it|its|they|their)\b)|"
    # "Wagner responded to the reports saying its forces had ...": a reply that says something
    r"(?:responded|responds|replied|replies)(?=(?:\s+to\s+[^.;:!?]{0,60}?)?,?\s+(?:by\s+)?saying\b|\s+that\b))"
)
SPEECH = re.compile(rf"\b{_SPEECH}\b", re.I)

_RU_Q = r"(?i:Russian|Russia['’]s|Moscow['’]s|the\s+Russian|Kremlin['’]s)"
_UA_Q = r"(?i:Ukrainian|Ukraine['’]s|Kyiv['’]s|Kiev['’]s|the\s+Ukrainian)"
_INST_GOV = r"(?i:defen[cs]e\s+ministry|ministry\s+of\s+defen[cs]e(?:\s*\(MoD\))?|MoD|defen[cs]e\s+minist(?:ry|er)|ministry|government|foreign\s+ministry|presidency)"
_INST_MIL = (r"(?i:General\s+Staff|general\s+staff|army|military|armed\s+forces|command|commanders?|high\s+command|"
             r"(?:southern|eastern|northern|western)\s+(?:command|defen[cs]e\s+forces|grouping|forces)|defen[cs]e\s+forces|"
             r"forces\s+in\s+the\s+\w+|navy|marines|air\s+force|ground\s+forces|"
             r"(?:\w+\s+){0,3}(?:group|grouping)\s+of\s+(?:forces|troops)|spokes(?:man|woman|person)|"
             r"(?:\w+\s+){0,2}(?:brigade|battalion|regiment|unit)s?)")
_OFFICIAL = (r"(?:regional\s+|local\s+|military\s+|city\s+)?(?:officials?|authorities|administration|governor|gov\.|mayor|"
             r"head|chief|council|police|prosecutors?|emergency\s+services?|envoys?|ambassadors?)")

# (side, type, label, pattern). side "?" means unqualified: resolved from the article's last qualified voice
# of the same type. type: gov | mil | off | other | unknown. The longest match at a position wins.
ACTORS = [
    ("other", "other", "DeepState", r"\bDeep\s?State(?:\s?UA)?\b|(?:\w+\s+)?monitoring\s+group"),
    ("other", "other", "Institute for the Study of War",
     r"\bISW\b|Institute\s+for\s+the\s+Study\s+of\s+War|(?:[\w-]+\s+){0,3}think[\s-]tank"),
    ("other", "other", "military bloggers",
     r"(?:(?:Russian|Ukrainian|pro-\w+)\s+)?(?:military\s+|war\s+|mil-?)?bloggers?|(?<!\bhis\s)(?<!\bher\s)(?<!\bits\s)(?<!\btheir\s)(?<!\bown\s)(?:(?!(?:by|from|to|of|in|on|and|his|her|its|their|own)\b)\w+\s+)?Telegram\s+channels?(?:\s+from\s+(?:\w+\s+){0,3}(?:experts|bloggers))?|"
     r"(?:one\s+)?(?:influential\s+)?(?<!\bhis\sTelegram\s)(?<!\bher\sTelegram\s)(?<!\bits\sTelegram\s)(?<!\btheir\sTelegram\s)"
     r"(?<!\bhis\s)(?<!\bher\s)(?<!\bits\s)(?<!\btheir\s)channel|Rybar|Podolyak[ai]\w*|(?:(?:Russian|Ukrainian|pro-\w+)\s+)?(?:war|military)\s*correspondents?|"
     r"(?:(?:Russian|Ukrainian)\s+)?military\s+(?:experts|observers|analysts)|observers"),
    ("other", "other", "foreign governments",
     r"(?:the\s+)?(?:UK|U\.K\.|British|US|U\.S\.|American|French|German|Polish)\s+(?:Ministry\s+of\s+Defen[cs]e|[Dd]efen[cs]e\s+[Mm]inistry|"
     r"[Dd]efen[cs]e\s+(?:[Ss]ecretary|[Dd]epartment)|intelligence(?:\s+(?:officials|agencies|report))?|officials|military|government)|"
     r"(?:the\s+)?Pentagon|(?:the\s+)?White\s+House|NATO(?:\s+(?:officials|chief))?"),
    ("other", "other", "news outlet", r"(?:the\s+)?(?:Kyiv\s+(?:Independent|Post)|Ukrainska\s+Pravda|Hromadske|Suspilne|Censor\.NET|UNIAN|"
                                     r"RBC-Ukraine|Meduza|Reuters|Associated\s+Press|AFP|CNN|BBC|Al\s+Jazeera|The\s+Guardian|Novaya\s+Gazeta)"),
    ("other", "other", "media reports", r"(?:(?:local|news|social)\s+)?media\s+reports?|news\s+reports?|local\s+media"),
    # "Russian sources claimed", "Russian and Ukrainian sources reported" (ISW's relays): unofficial, no side's voice
    ("other", "other", "unofficial sources",
     r"(?:both\s+)?(?:pro-)?(?:Russian|Ukrainian)(?:\s+and\s+(?:pro-)?(?:Russian|Ukrainian))?\s+(?:military\s+|insider\s+|open\s+)?sources|"
     r"(?i:pro-(?:Russian|Kremlin|Ukrainian))\s+(?:media|outlets|Telegram\s+channels)"),
    ("other", "other", "analysts", r"\b(?:(?i:military|political|defen[cs]e)\s+)(?i:experts?|observers?|commentators?)(?:\s+(?-i:[A-Z])[\w'’-]+){0,2}|\banalysts?\b|open-source\s+(?:imagery|analysts)|geolocated\s+footage|satellite\s+images|\bwe\b"),
    ("RU", "gov", "Russian Defense Ministry", rf"{_RU_Q}\s+{_INST_GOV}(?:['’]s)?(?:\s+daily\s+(?:briefing|report))?"),
    ("RU", "mil", "Russian military", rf"{_RU_Q}\s+(?:{_INST_MIL}|forces|troops|leader)"),
    ("RU", "mil", "Russian military",
     r"(?:the\s+)?(?:Eastern|Western|Southern|Northern|Central|Leningrad|Moscow)\s+Military\s+District|"
     r"(?:Russia['’]s\s+)?Battle\s*[Gg]roup\s+[\"“«]?(?:West|Center|Centre|East|South|North|Dnepr|Dnieper|Tsentr|Vostok|Zapad|Yug|Sever)"),
    ("RU", "gov", "Russian officials",
     rf"\b(?:Kremlin|Moscow|Russia)['’]?s?\s+(?:claim|statement|announcement|declaration|report|assertion|allegation)s?\b|\b(?:the\s+)?Kremlin\b|"
     rf"{_RU_Q}\s+(?:statement|claim|announcement|declaration|report|information|assertion|allegation)|{_RU_Q}[\w\s-]{{0,30}}(?:officials?|authorities|envoys?|ambassadors?)|"
     rf"(?:Russian|Russia|Moscow|Kremlin)-(?:installed|appointed|backed)\s+(?:[\w-]+\s+){{0,3}}(?:officials?|authorities|administration|governor|head|mayor|leaders?|leadership)|"
     rf"(?:occupation|pro-Russian)\s+(?:officials?|authorities|leaders?|leadership|administration)|(?:(?:pro-Russian|Moscow-backed|Russian-backed)\s+)?(?i:separatist)\s+(?:officials?|authorities|leaders?|administration)(?:\s+in\s+the\s+\w+\s+region)?|(?:Russian|Russia|Moscow|Kremlin)-backed\s+(?:fighters|forces|separatists|troops|militants|officials|authorities)|(?:Russian\s+)?state\s+(?:news\s+agency|media|television)|"
     rf"(?<!pro-)(?<!Pro-)(?:Russian|pro-Kremlin|Kremlin-(?:backed|controlled))\s+(?:state\s+)?(?:media|news\s+agencies|TV|television)|"
     rf"\b(?:RIA(?:\s+Novosti)?|TASS|Interfax(?![-\s]Ukraine)|Zvezda)\b"),  # (Interfax-Ukraine is Kyiv's agency)
    ("RU", "gov", "Russia", r"\b(?:(?:the\s+)?Russian\s+Federation|Russia|Moscow)\b(?!['’]s)|\b[Tt]he\s+Russians\b(?=\s+(?:have\s+|had\s+)?(?:already\s+|also\s+|again\s+|repeatedly\s+|now\s+)?(?:announced|claimed|said|say|says|reported|declared)\b)"),
    ("RU", "mil", "Wagner", r"\bWagner\b(?:\s+(?:mercenary|private\s+military|paramilitary))?(?:\s+(?:chief|founder|head|group|company|force))?"),
    ("RU", "gov", "Russian officials", rf"\b(?:(?:[A-Z]\w+\s+){{0,2}}(?:{OFFICIALS_RU}))\b"),
    ("RU", "mil", "Russian military group",
     r"(?:Vostok|Zapad|Yug|Sever|Tsentr|Centre|Center|Southern|Dnepr)\s*(?:\(\w+\)\s*)?group\s+of\s+forces|"
     r"(?:the\s+)?(?:North|South|East|West|Center|Centre|Dnepr|Dnieper)\s+grouping(?:\s+of\s+(?:forces|troops))?|units\s+of\s+the\s+[\"“]?\w+[\"”]?\s+group"),
    # a side's ministry of another portfolio: "Ukraine's Health Ministry", "the Ukrainian Interior Ministry"
    ("UA", "gov", "Ukrainian officials", rf"{_UA_Q}\s+(?!(?i:defen[cs]e|foreign)\b)(?-i:[A-Z][a-z]+)(?:\s+(?-i:[A-Z][a-z]+))?\s+(?i:ministry)\b"),
    ("RU", "gov", "Russian officials", rf"{_RU_Q}\s+(?!(?i:defen[cs]e|foreign)\b)(?-i:[A-Z][a-z]+)(?:\s+(?-i:[A-Z][a-z]+))?\s+(?i:ministry)\b"),
    ("UA", "gov", "Ukrainian officials", rf"{_UA_Q}\s+(?:(?:first\s+)?deputy\s+)?{_INST_GOV}|{_UA_Q}(?:\s+[\w-]+){{0,2}}\s+{_OFFICIAL}|{_UA_Q}\s+(?:security\s+services|SBU)|\bSBU\b"),
    ("UA", "mil", "Ukrainian military",
     rf"{_UA_Q}(?:\s+[A-Z][\w-]+){{0,3}}\s+{_INST_MIL}|{_UA_Q}\s+(?:forces|troops)(?=\s+(?:have\s+|had\s+)?(?:claimed|said|reported|announced|denied|(?:did|have|has)\s+not\s+confirm(?:ed)?)\b)|(?:(?i:commander|spokes(?:man|woman|person)|head)\s+(?:of|for)\s+)(?:the\s+)?{_UA_Q}(?:\s+[\w-]+){{0,2}}\s+(?i:forces|troops|army|grouping|command)|"
     r"(?:Khortytsia|Tavria|Tauria|Khortytsya|Khortytsa|Siversk|Lyman|Odesa|Kharkiv)\s+(?:operational[\s-]+(?:strategic|tactical)\s+)?(?:troops?\s+)?group(?:ing)?(?:\s+of\s+(?:forces|troops))?|"
     # "the commander of the operational-strategic group of troops “Tavria”": a Ukrainian formation's name
     r"(?:(?:commander|spokes(?:man|woman|person)|head)\s+of\s+)?(?:the\s+)?operational[\s-]+(?:strategic|tactical)\s+group(?:ing)?\s+of\s+(?:troops|forces)"
     r"(?:\s+[“\"«]?(?:Khortytsia|Tavria|Tauria|Khortytsya|Siversk|Lyman|Odesa|Kharkiv|Donetsk|Luhansk)[”\"»]?)?"),
    ("UA", "gov", "Ukrainian officials", rf"\b(?:(?:[A-Z]\w+\s+){{0,2}}(?:{OFFICIALS_UA}))\b"),
    # "Kyiv's declaration of ...", "a Ukrainian statement that ...": the side's word reported
    ("UA", "gov", "Ukrainian officials", rf"{_UA_Q}\s+(?:statement|claim|announcement|declaration|report|assertion|allegation)s?\b"),
    ("UA", "gov", "Ukraine", r"\b(?:Ukraine|Kyiv|Kiev)\b(?!['’]s)"),
    ("RU", "off", "Russian-installed officials",
     r"(?:(?:head|leader|chief)\s+of\s+the\s+(?:so-called\s+|self-proclaimed\s+)?(?:Donetsk|Luhansk|Lugansk)\s+People['’]s\s+Republic(?:\s*\([A-Z]{3}\))?|"
     # ("DPR Defence's deputy chief of staff Eduard Basurin")
     r"(?:\b|\()(?:DPR|LPR|DNR|LNR)\)?\s+(?:Defen[cs]e(?:['’]s)?\s+(?:(?:deputy|acting)\s+)?(?:chief|head|spokes\w+|commander)(?:\s+of\s+staff)?|head|leader|chief|authorities|officials|militia|People['’]s\s+Militia|representative\s+office|mission|territorial\s+defen[cs]e(?:\s+headquarters)?|headquarters|"
     r"(?:[\w-]+\s+)?(?:minister|ministry))|"  # "an aide to the LPR interior minister"
     # "the LPR reported that ...": the republic's authorities speaking
     r"(?:the\s+)?\b(?-i:DPR|LPR|DNR|LNR)(?=\s+(?:has\s+|had\s+)?(?:reported|said|says|announced|claimed|stated|declared)\b)|"
     r"(?:Donetsk|Luhansk|Lugansk)\s+People['’]s\s+Republic(?:['’]s)?(?:\s*\((?:DPR|LPR|DNR|LNR)\))?\s+(?:officials|authorities|head|leader)|"
     # the DPR's mission at the Joint Centre for Control and Coordination (the JCCC of Russian reports since 2022)
     r"(?:the\s+)?(?:(?:DPR|LPR)\s+)?(?:representative\s+office\s+(?:at|in|to)\s+the\s+)?Joint\s+Cent(?:er|re)\s+for\s+Control\s+and\s+Coordination"
     r"(?:\s+(?:of|on)\s+(?:[\w'’]+\s+){0,6}?(?:Crimes|Aggression)(?:\s+of\s+Ukraine)?)?(?:\s*\(JCCC\))?|\bJCCC\b|"
     r"(?:[\w'’-]+\s+){0,3}(?:military-civilian|civil-military|civilian-military)\s+administration|(?:the\s+)?Russian(?:-installed|-appointed)?\s+(?:military[\s-]+)?civil(?:ian)?\s+administration|(?:[\w-]+\s+){0,2}(?:occupation|occupying)\s+(?:administration|authorities|officials|head))"),
    # Ukraine's formations by their own names: "the Southern Defence Forces stated on Telegram"
    ("UA", "mil", "Ukrainian military", r"(?:the\s+)?(?:Southern|Northern|Eastern)\s+Defen[cs]e\s+Forces(?!\s+of\s+(?:Russia|the\s+Russian))|"
     # its operational commands: "Operational Command South said", "Ukraine's Southern Operational Command"
     r"(?:the\s+)?(?:Operational\s+Command\s+[\"“«]?(?:South|North|East|West)\b[\"”»]?|(?:Southern|Northern|Eastern|Western)\s+Operational\s+Command)"),
    ("UA", "mil", "State Border Guard Service",
     r"(?:the\s+)?(?:(?:Northern|Southern|Eastern|Western|[A-Z][\w-]+)\s+Regional\s+(?:Office|Department|Directorate)\s+of\s+the\s+)?"
     r"(?:State\s+)?Border\s+(?:Guard|Service)(?:\s+Service)?(?:\s+of\s+Ukraine)?|(?:Ukrainian\s+)?border\s+guards"),
    ("UA", "off", "Ukrainian regional authorities",
     # ("Oleksandr Kulik, a spokesman for the Derhachi City Council, told")
     r"(?:(?:[Hh]ead|[Cc]hief|[Gg]overnor|spokes(?:man|woman|person)|representative|press\s+(?:officer|secretary|service))\s+(?:of|for)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,4}"
     r"(?:(?:Regional|Oblast|City|District|Raion)\s+(?:State\s+)?(?:Military\s+)?Administration|Military\s+Administration|RMA|OVA|Ova|RVA|Rva|MVA|CMA|"
     r"(?i:(?:regional|oblast|city|district|raion)\s+(?:state\s+)?military\s+administration)|"
     r"(?i:city|town|village|settlement)\s+(?i:council)|community|hromada|(?:National\s+)?Police|Prosecutor['’]s\s+Office|State\s+Emergency\s+Service)|"
     r"(?:the\s+)?(?:[A-Z][\w'’-]+\s+){0,2}(?:Regional|Oblast|City|District|Raion)\s+(?:State\s+)?Military\s+Administration|"
     r"(?:the\s+)?(?:regional|city|district|local)\s+military\s+administration|(?:[A-Z][\w'’-]+\s+)?\b(?:RMA|OVA|Ova|RVA|Rva|CMA|MVA|ODA)\b|"
     r"(?:the\s+)?State\s+Emergency\s+Service|(?:the\s+)?National\s+Police|(?:the\s+)?(?:[A-Z]\w+\s+)?(?:Regional\s+)?Prosecutor['’]s\s+Office)"),
    ("UA", "gov", "Ukraine's Center for Countering Disinformation",
     r"(?:the\s+)?(?:Ukraine['’]s\s+)?(?:Center|Centre)\s+for\s+Countering\s+Disinformation|\bCCD\b"),
    ("UA", "mil", "Ukrainian military unit",
     r"(?:the\s+)?(?:Ukrainian\s+)?(?:Battle\s*[Gg]roup|[Oo]perational(?:[-\s]|\s+and\s+)(?:[Ss]trategic|[Tt]actical)\s+[Gg]roup(?:ing)?(?:\s+of\s+[Tt]roops)?|OSG|OTG)"
     r"\s+[\"“«]?(?:Tavria|Khortytsia|Khortytsya|Dnipro|Siversk|Luhansk|Donetsk|Odesa|Kharkiv|Pivnich|Pivden|Skhid|Zakhid)"),
    ("UA", "mil", "Ukrainian military intelligence",
     r"(?:the\s+)?(?:(?i:defen[cs]e)\s+(?i:ministry)['’]s\s+)?(?:Main\s+)?Intelligence\s+Directorate|\b(?:HUR|GUR)\b|"
     # "the Main Directorate of Intelligence of the Ministry of Defense" (Ukraine's HUR, as its own releases translate it)
     r"(?:the\s+)?Main\s+Directorate\s+of\s+Intelligence(?:\s+of\s+the\s+(?:Ministry\s+of\s+Defen[cs]e|Defen[cs]e\s+Ministry)(?:\s+of\s+Ukraine)?)?"),
    ("UA", "mil", "Ukrainian military unit",
     r"(?:the\s+)?(?:Ukrainian\s+)?(?:[A-Z]\w+\s+)?(?:(?i:operational)[\s-](?i:tactical|strategic)\s+(?i:group)(?:\s+[\"“]?[A-Z]\w+[\"”]?)?|"
     r"\d+(?:st|nd|rd|th)\s+(?:Separate\s+)?(?:[\w-]+\s+){0,3}(?:[Bb]rigade|[Bb]attalion|[Rr]egiment|[Cc]orps)|"
     # its formations known by name: "the Azov Brigade has dismissed those claims"
     r"(?:Azov|Khartiia|Kraken|Aidar|Da\s+Vinci\s+Wolves)\s+(?:[Bb]rigade|[Rr]egiment|[Bb]attalion|[Cc]orps|[Uu]nit)|"
     r"(?:Armed\s+Forces|General\s+Staff|Air\s+Force|Navy|National\s+Guard|Defen[cs]e\s+Intelligence|Intelligence\s+Directorate|"
     r"Defen[cs]e\s+Forces|Ground\s+Forces|Southern\s+Defen[cs]e\s+Forces|Ministry\s+of\s+Defen[cs]e|Defen[cs]e\s+Ministry)\s+of\s+(?:the\s+Armed\s+Forces\s+of\s+)?Ukraine"
     r"(?:['’]s\s+(?i:armed\s+forces|army|military))?)"),
    ("RU", "mil", "Russian military",
     r"(?:Armed\s+Forces|General\s+Staff|Defen[cs]e\s+Ministry|Ministry\s+of\s+Defen[cs]e)\s+of\s+(?:the\s+)?(?:Russian\s+Federation|Russia)"),
    # the Armed Forces of Ukraine by their initials, when they speak ("the AFU said"; "AFU shelled X" is no voice)
    ("UA", "mil", "Ukrainian military", r"(?:the\s+)?(?-i:AFU|ZSU)\b(?=\s+(?:has\s+|have\s+)?(?:said|says|reported|stated|announced|denied|claimed)\b)"),
    ("UA", "off", "Ukrainian officials",
     r"(?:the\s+)?(?i:regional|military|city|(?:city|region)['’]s)(?:\s+(?i:military))?\s+(?i:governor|gov\.|administration|head|chief|officials|authorities)(?:\s+[A-Z]\w+){0,2}|"
     r"(?:the\s+|its\s+)?(?:(?i:local|regional)\s+)?(?i:governors?|gov\.)(?:\s+of\s+the\s+\w+\s+region|\s+there)?(?:\s+[A-Z]\w+){0,2}|(?:the\s+)?(?i:mayor)(?:\s+[A-Z]\w+){0,2}|"
     r"(?:the\s+)?(?:(?i:regional|city|district|national|local|state)\s+)?(?i:police|prosecutors?(?:['’]s?\s+office)?|rescuers|emergenc(?:y|ies)\s+services?)|"
     r"(?:Prime|Deputy(?:\s+Defen[cs]e)?)\s+Minister(?:\s+[A-Z]\w+){0,2}|President(?:\s+[A-Z]\w+){0,2}|"
     r"\b(?i:officials|authorities)\b(?:\s+in\s+the\s+\w+\s+region)?|(?:local|regional)\s+(?:officials|authorities)"),
    # "the enemy claims ...": the other side's claim, relayed by one side (see Attributor.speakers)
    ("?", "enemy", "the enemy", r"(?:the\s+)?enemy(?=\s+(?:claims?|claimed|says|said|asserts?|asserted|reports?|reported)\b)"),
    # "..., the statement reads" (a translation's formula), "the statement said its forces had captured X": the statement
    # of the voice named last, Syrskyi's announced a paragraph before (not any "the statement said", as often another side's)
    ("?", "relay", "the statement", r"(?<=[Aa]ccording\sto\s)(?:the|his|her|its|their)\s+(?:statement|message|post|address|announcement)\b|"
                                    r"(?:[Tt]he|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts)\s+(?:statement|message|post|address|announcement)(?=\s+reads\b|(?:\s+on\s+\w+)?\s+(?:said|says|added|stated)\s+(?:that\s+)?(?:its|our)\s+(?:forces|troops|units|army)\b)|"
                                    # '"... and others," the report states': the statement of the voice just named
                                    r"(?:(?<=,”\s)|(?<=,\"\s)|(?<=”,\s))(?:[Tt]he|[Hh]is|[Hh]er|[Ii]ts)\s+(?:report|statement|message|post)(?=\s+(?:states|stated|reads)\b)"),
    ("?", "gov", "an official", r"(?:the|a|an)\s+(?:senior\s+|military\s+|regional\s+|local\s+|government\s+)?official(?!s)"),
    # an interior ministry (its police and rescuers count a strike's victims) is not the defence ministry of daily reports
    ("?", "gov", "Interior Ministry", r"(?:the\s+)?(?:[Ii]nterior|[Ii]nternal\s+[Aa]ffairs)\s+[Mm]inist(?:ry|er)|"
                                     r"(?:the\s+)?[Mm]inistry\s+of\s+(?:[Ii]nternal\s+[Aa]ffairs|the\s+[Ii]nterior)"),
    ("?", "gov", "Defense Ministry", r"(?:the\s+)?(?:[Dd]efen[cs]e\s+)?[Mm]inistry(?:['’]s)?(?:\s+(?:daily|evening)\s+(?:briefing|report|update))?|(?:the\s+)?\bMoD\b|(?:the\s+)?defen[cs]e\s+minister"),
    ("?", "mil", "General Staff", r"(?:the\s+)?(?:General\s+Staff|general\s+staff|high\s+command|command|military|army|spokes(?:man|woman|person))\b"),
    ("unknown", "unknown", "unattributed", r"\b(?:soldiers|servicemen|residents|witnesses|locals|a\s+source|sources|fighters|volunteers|medics)\b"),
]
# Words every match of a pattern contains: a sentence without one of them is not scanned with the
# pattern (those patterns open with optional words, which makes a full scan slow).
_KEYWORDS = {
    "media reports": ("media", "news"),
    "unofficial sources": ("sources",),
    "State Border Guard Service": ("border",),
    "news outlet": ("kyiv", "pravda", "hromadske", "suspilne", "censor", "unian", "rbc", "meduza", "reuters", "associated",
                    "afp", "cnn", "bbc", "jazeera", "guardian", "gazeta"),
    "DeepState": ("deepstate", "deep state", "monitoring"),
    "Institute for the Study of War": ("isw", "institute", "think"),
    "military bloggers": ("blogger", "channel", "rybar", "podolyak", "correspondent", "experts", "observers", "analysts"),
    "Russian-installed officials": ("people", "dpr", "lpr", "dnr", "lnr", "military-civilian", "occup", "jccc", "joint", "civil"),
    "Ukrainian regional authorities": ("administration", "rma", "ova", "rva", "mva", "cma", "oda", "council", "community", "hromada",
                                       "police", "prosecutor", "emergency"),
    "Ukrainian military unit": ("operational", "brigade", "battalion", "regiment", "corps", "ukraine", "battle", "osg", "otg"),
    "Ukrainian military intelligence": ("intelligence", "hur", "gur"),
    "Interior Ministry": ("interior", "internal"),
    "Ukraine's Center for Countering Disinformation": ("disinformation", "ccd"),
    "foreign governments": ("uk", "u.k.", "british", "us", "u.s.", "american", "french", "german", "polish",
                            "pentagon", "white house", "nato"),
}


def _keyword(label: str, pattern: str) -> tuple[str, ...] | None:
    """Lower-case words one of which every match of the pattern contains (a cheap pre-check)."""
    if label == "Russian military" and "Federation" in pattern:  # "Armed Forces of the Russian Federation"
        return ("russia",)
    if "Military\\s+District" in pattern:  # military districts and battlegroups
        return ("district", "battle")
    if "AFU|ZSU" in pattern:  # the Armed Forces of Ukraine by their initials
        return ("afu", "zsu")
    for names in (OFFICIALS_RU, OFFICIALS_UA):  # officials by name: only where a name occurs
        if names in pattern:
            return tuple(re.split(r"[(\[]", name)[0].lower() for name in names.split("|"))
    return _KEYWORDS.get(label)


# (side, type, label, pattern, keyword pre-check or None)
ACTOR_PATTERNS = [(side, typ, label, re.compile(rf"(?<!\w)(?:{p})(?!\w)", re.I if side in ("other", "unknown") else 0),
                   _keyword(label, p))
                  for side, typ, label, p in ACTORS]
# ("the head of state said": the president named before, as a pronoun would)
PRONOUN = re.compile(r"\b(?:[Hh]e|[Ss]he|[Ii]t|[Tt]hey|the\s+head\s+of\s+(?:the\s+)?state)\b(?=\s+(?:also\s+|later\s+|then\s+)?" + _SPEECH + r")"
                     r"|(?<=[Aa]ccording to )(?:him|her|them)\b|(?<=[Ii]n )(?:his|her|their)(?=\s+words\b)"
                     # "..., the summary says": the report of the voice named before
                     r"|\b(?:the|its|this|that)\s+(?:summary|report|bulletin|statement|update|briefing|message)\b"
                     r"(?=\s+(?:also\s+)?(?:says|said|reads|read|notes|noted|adds|added|states|stated)\b)")
# Speakers who are not the ones quoted: "Moscow's claim" is the thing rejected, "Russia seizing" an event.
# ... nor is a side doing what is reported right after its name: "the Armed Forces of the Russian Federation inflicted 6
# rocket strikes" (under another voice's "According to X,")
NOT_SPEAKER_AFTER = re.compile(r"^\s*(?:seizing|capturing|taking|(?:(?:have|has|had)\s+)?(?:(?:\w+ly|again|once\s+again|also)\s+)*(?:inflicted|launched|fired|shelled|struck|"
                               r"attacked|bombed|carried\s+out|delivered))\b", re.I)

WITHDRAWAL = re.compile(
    r"\b(?:withdr[ae]w(?:n|s|al|als)?|withdrawing|(?:army|troops|forces|units|soldiers|occupiers|invaders|garrison)\s+(?:(?:was|were|is|are|has|have|had)\s+)?(?:been\s+)?(?:\w+ly\s+)?fle(?:d|eing|es?)\s+(?:from|out\s+of)|pull(?:ed|ing)?\s+(?:\w+\s+){0,2}(?:out|back)|pull-out|retreat(?:ed|ing)?|"
    r"(?:army|troops|forces|units|soldiers|defenders|garrison|brigades?)\s+(?:(?:have|had|has)\s+)?(?:\w+ly\s+)?f[ae]ll(?:en|s)?\s+back(?=\s+from\b)|left\s+(?:the\s+)?(?:town|city|village)|(?:forces|troops|units|soldiers|defenders)\s+(?:have\s+|has\s+|had\s+)?(?:now\s+|fully\s+|completely\s+)?left(?=\s+(?-i:[A-Z]))|manoeuvre|maneuver|forced\s+to\s+leave|"
    r"(?:received|got|given|gave)\s+(?:the\s+|an\s+)?orders?\s+to\s+(?:leave|withdraw|retreat|pull\s+out)|"
    r"abandon(?:ed)?(?!\s+(?:(?:its|their|the|his|her|any)\s+)?(?:plans?|attempts?|hopes?|efforts?|idea|intentions?|goals?))"
    # (not "shattered, abandoned apartment buildings": what stands empty)
    r"(?!\s+(?:[\w-]+\s+)?(?:apartment|buildings?|houses?|homes?|blocks?|streets?|factor(?:y|ies)|cars?|vehicles?)\b)|"
    r"(?:pushed|driven|forced|knocked)\s+(?:\w+\s+){0,3}?(?:back\s+)?out\s+of|"
    r"(?:regroup|redeploy|relocat)(?:ed|ing|e)?\s+(?:\w+\s+){0,3}?from|"
    # Moscow's word for a retreat: "to regroup the troops stationed in the Balakliia and Izium areas", "the redeployment of
    # the troops that were until now in X" (not troops "regrouping near X", which gather there)
    r"(?:regroup|redeploy|relocat)(?:e|ed|ing|ment|ion)?\s+(?:of\s+)?(?:(?:its|the|their|our|all)\s+)?(?:[\w-]+\s+)?(?:troops|forces|units|group(?:ing)?s?)\s+"
    r"(?:(?:stationed|located|deployed|based|positioned)|that\s+(?:were|had\s+been)(?:\s+until\s+now)?)\s+in(?:\s+the\s+(?:towns?|areas?)\s+of|\s+the(?=\s+[A-Z]))?|"
    r"surrender(?:ed|s)?|"
    r"been\s+lost|the\s+loss(?:\s+of)?|lost\s+control\s+of|no\s+longer\s+(?:holds?|held|controls?|controlled|in\s+control\s+of)|"
    r"(?:do|does|did)\s+not\s+control(?!\s+(?:yet|all|the\s+whole|the\s+entire|fully|completely)\b))\b",
    re.I,
)
_FLAG_OF = r"(?:\s+of\s+(?:the\s+)?(?:Ukraine|Russia|Russian\s+Federation))?"
# (a flag that "is flying" says so only with "again": "Until the Ukrainian flag is flying over Kherson, ..." is no claim)
FLAG_RAISED = (rf"flags?{_FLAG_OF}\s+(?:was|were|has\s+been|had\s+been|have\s+been)\s+"
               r"(?:(?:solemnly|reportedly|allegedly|already|again|now|once\s+more)\s+)?(?:raised|hoisted|planted|flying|flown)|"
               rf"flags?{_FLAG_OF}\s+(?:is|are)\s+(?:again\s+|now\s+)?(?:flying|raised)(?=[^,.;:]{{0,60}}?\b(?:again|once\s+more)\b)|"
               rf"(?:raised|hoisted|planted)\s+(?:the|their|a|its|our|his)\s+(?:[\w'’-]+\s+){{0,2}}?flags?{_FLAG_OF}|"
               r"(?:is|are|was|were)\s+(?:back\s+|again\s+|now\s+|once\s+more\s+)?under\s+the\s+(?:Ukrainian|Russian)\s+flag")
KIND_CUES = {
    "held": re.compile(
        r"\b(?:denied|denies|deny|denial|dismissed\s+as\s+false|untrue|does\s+not\s+correspond\s+to\s+reality|"
        r"had\s+not\s+lost|not\s+lost|still\s+(?:there|holding|in\s+control|hold|held|control(?:s|led)?)|"
        r"firmly\s+hold|continue\s+to\s+hold\s+(?:their|its|the)|continues?\s+to\s+control|(?<=have\s)(?<!not\shave\s)(?<!yet\shave\s)(?<!n't\shave\s)(?<!n’t\shave\s)(?<!longer\shave\s)full\s+control|(?<=has\s)(?<!not\shas\s)(?<!longer\shas\s)full\s+control|(?<!to\s)(?:maintains?|retains?)\s+(?:full\s+|complete\s+)?control|(?:remains?|(?<!had\s)(?<!that\s)(?<!which\s)remained(?![^.;,]{0,60}\b(?:until|for\s+(?:more\s+than\s+|over\s+|nearly\s+|almost\s+)?\w+\s+(?:years?|months?))\b))\s+(?:[“\"]?(?:fully|firmly|still|completely|entirely)[”\"]?\s+)?under\s+(?:Ukrainian|Russian|\w+)\s+control|"
        r"remains?\s+in\s+(?:Ukrainian|Russian)\s+hands|are\s+holding|were\s+holding|lines\s+were\s+holding|"
        r"holding\s+(?:their|the|its|firm)|stabili[sz]ed(?=\s+(?:their|the|its|our)\s+(?:[\w-]+\s+){0,2}(?:line|lines|front|positions|defen[cs]es?|situation)\b)|(?:(?<=situation\s)|(?<=front\s)|(?<=line\s))(?:has\s+|had\s+|is\s+|was\s+)?(?:now\s+)?(?:been\s+)?stabili[sz]ed|(?:has|had|have|is|was)\s+(?:now\s+)?(?:been\s+)?(?:somewhat\s+|largely\s+)?stabili[sz]ed|held\s+(?:firm|out)|(?:is|are|was|were)\s+(?:still\s+)?holding\s+on|holding\s+on\s+to|"
        r"positions\s+(?:are|remain)\s+(?:being\s+)?held|"
        r"(?:our|its|their|Ukrainian|Russian)\s+(?:forces|troops|units|defenders)\s+(?:are|remain)\s+(?:still\s+)?(?:with)?in(?:side)?\b(?=\s+(?:the\s+(?:\w+\s+)?(?:city|town|village|settlement|centre|center|outskirts|suburbs?|districts?)\b|(?-i:[A-Z]))))\b",
        re.I,
    ),
    "captured": re.compile(
        r"\b(?:captur(?:ed|e|ing)|seiz(?:ed|e|ing|ure)|took|taken(?!\s+on\s+(?!(?:mon|tues|wednes|thurs|fri|satur|sun)day|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b|\d|(?:Easter|Christmas|Orthodox|New\s+Year|Independence|Victory)\b|that\s+(?:day|night)|(?:a|the)\s+weekend|(?:the\s+)?orders?\s+(?:of|from)|the\s+(?:\d|night|morning|evening|eve|same|next|following|day|anniversary|weekend|(?:[\w-]+\s+){1,2}(?:day|night|morning|evening|anniversary|weekend))\b)[a-z])|release\s+of(?=\s+(?:the\s+(?:city|town|village)\s+of\s+)?[A-Z][a-z]+\s*[.,;]|\s+the\s+(?:city|town|village)\b)|(?<=was\s)secured|(?<=were\s)secured|(?<=been\s)secured|(?<=had\s)de-?occupied|(?<=has\s)de-?occupied|(?<=have\s)de-?occupied|(?<=been\s)de-?occupied|de-?occupation\s+of|tak(?:e|ing)\s+(?:full\s+)?control|taking(?!\s+(?:advantage|part|place|cover|shelter|measures|steps|action|into\s+account|care|time|a\s+toll|its\s+toll|the\s+lead)\b)|takeover(?=\s+of\b)|liberat(?:ed|ion|e|ing)|"
        r"\"liberated\"|return(?:ed|s|ing)?\s+(?:to|under)\s+(?:the\s+)?(?:\w+\s+)?control|recaptur(?:ed|e|ing)|retook|retaken|retaking|regain(?:ed|ing)|reclaim(?:ed|ing)?(?=\s+(?:full\s+)?(?:control|(?:the\s+|a\s+|two\s+|three\s+)?(?:villages?|towns?|city|settlements?|territor(?:y|ies))\b|(?-i:[A-Z])))|(?<=was\s)reclaimed(?=\s+by\b)|(?<=were\s)reclaimed(?=\s+by\b)|(?<=been\s)reclaimed(?=\s+by\b)|won\s+back|freed|conquest|conquered|fell(?<!debris\sfell)(?<!wreckage\sfell)(?<!fragments\sfell)(?<!fragment\sfell)(?<!missiles\sfell)(?<!missile\sfell)(?<!shells\sfell)(?<!shell\sfell)(?<!drones\sfell)(?<!drone\sfell)(?<!rockets\sfell)(?<!rocket\sfell)(?<!bombs\sfell)(?<!bomb\sfell)(?<!parts\sfell)(?<!pieces\sfell)(?<!shahed\sfell)(?<!shaheds\sfell)(?<!uav\sfell)(?<!uavs\sfell)(?<!projectile\sfell)(?<!projectiles\sfell)(?<!iskander\sfell)(?<!s-300\sfell)(?!\s+back)(?!\s+(?:onto|into|from)\b)(?!\s+(?:on|near)\s+(?!\d|the\s+(?:end|same|next|following|eve)\b|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\b))(?!\s+in\s+(?:a|the)\s+(?:north|south|east|west|centre|center|courtyard|yard|field|territory)\b)|fall\s+of(?!\s+(?:19|20)\d\d)|"

        r"(?:gain(?:ed|s|ing)?|establish(?:ed|es|ing)?|assum(?:ed|es|ing))\s+[‘'“\"]?(?:full\s+|complete\s+)?control|"
        # a side's flag raised over a place: "the Ukrainian flag was raised in X", "raised the flag of Ukraine over X",
        # "Ukraine's flag was flying over X again", "X is under the Ukrainian flag again" (the flag's side took it)
        rf"{FLAG_RAISED}|"
        r"(?:declared|declares|claimed|claims|announced|announces)\s+(?:\w+\s+)?victory\s+in\s+the\s+battle\s+(?:of|for)|"
        r"(?:now|fully|completely)\s+in\s+(?:full\s+|complete\s+)?control\s+of|"
        r"control(?:s|led)?(?=\s+(?:about\s+|some\s+|almost\s+|nearly\s+|more\s+than\s+|over\s+)?\d+\s*(?:%|per\s*cent|percent))|"
        # "his forces control most of the city", "claimed control of the eastern part of X": a share (fighting)
        r"control(?:s|led)?(?=\s+(?:most|much|half|large\s+parts?|parts?)\s+of)|(?:claim|claimed|claims|claiming)\s+control\s+(?:of|over)|"
        r"(?:pushed|drove|driven|forced|kicked)\s+(?:\w+\s+){0,3}?out\s+(?:\w+\s+){0,3}?from|expelled\s+(?:\w+\s+){0,3}?from|"
        r"had\s+occupied|have\s+occupied|has\s+occupied|occupation\s+of(?=\s+(?:the\s+(?:village|town|city|settlement)s?\s+of\s+)?[A-Z])|cleared(?:\s+of)?|(?<!have\s)(?<!has\s)(?<!maintain\s)(?<!maintains\s)(?<!retain\s)(?<!retains\s)full\s+control|completely\s+under|under\s+full|"
        r"took\s+control|(?:now|fully|completely)\s+control(?:s|led)?|entered|advanced\s+into|(?:was|were|been|is|are)\s+(?:completely\s+|fully\s+|still\s+)?occupied|"
        r"under\s+(?:the\s+)?(?:Russian\s+|Ukrainian\s+|their\s+|its\s+|our\s+)?"
        r"(?:(?:forces|troops|army)['’]?s?\s+)?control)\b",
        re.I,
    ),
    "struck": re.compile(
        r"\b(?:(?:air)?strikes?(?!\s+(?:forces?|groups?|groupings?|units?|brigades?|capabilit\w+|potential|fist)\b)|pound(?:ed|ing)(?!\s+(?:hearts?))|hammer(?:ed|ing)(?!\s+(?:out|home|morale|away\s+at\s+(?:the\s+)?(?:point|message)))|"
        r"opened\s+fire\s+(?:on|at)|(?:with|using|dropped|fired)\s+cluster\s+(?:munitions|bombs)|inflict(?:s|ed|ing)?\s+fire\s+on|firing\s+(?:at|on|in(?!\s+the\s+air))\b|"
        r"dropp(?:ed|ing)\s+(?:of\s+)?(?:ammunition|explosives|grenades?|munitions|bombs)|dumping\s+of\s+ammunition\s+(?:on|in)|struck|striking|shell(?:ing|ed|s(?!\s+of\s+(?:[\w-]+,?\s+){0,3}(?:buildings?|houses?|homes?|apartment|blocks?|structures?))|(?=\s+(?:hit|landed|struck|exploded|fell)\b))|(?:(?<=\bto\s)|(?<=they\s)|(?<=will\s)|(?<=would\s))shell(?=\s)|missiles?|drones?(?!\s+(?:footage|video|images?|operators?|pilots?|units?|shows?)|\s+(?:and\s+(?:[\w-]+\s+)?)?(?:support|cover|backing|reconnaissance|operators?|units?|pilots?|crews?)\b)|bombard\w*|hit|hits|explosions?|blasts?|"
        r"air\s+(?:attack|raid)(?!s?\s+(?:alerts?|alarms?|sirens?|warnings?|shelters?))|barrage|(?:communities|settlements|villages|towns|cities)\s+(?:\w+\s+)?suffered|(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten)\s+arrivals?|glide\s+bombs?|(?:guided|aerial|air|glide|cluster|high-explosive|aviation)\s+(?:aerial\s+)?bomb(?!\s+shelters?)|(?-i:\b(?:KAB|UAB|FAB|ODAB)s?(?:-\d+\w*)?)|bomb(?:s|ed|ing)|rocket\s+attack|(?:MLRS|UAV|artillery|mortar|aviation|kamikaze)\s+(?:attacks?|strikes?)(?!\s+(?:points?|positions?|drones?|aircraft|helicopters?|units?|groups?|capabilit\w+|systems?|weapons?))|attacked\s+(?:energy|civilian)|attack(?:ed|ing)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}(?:farms?|houses?|homes?|enterprises?|buildings?|schools?|hospitals?|infrastructure|cars?|vehicles?|bus|train|warehouses?|caf[eé]s?|"
        r"restaurants?|shops?|stores?|supermarkets?|markets?|hotels?|churche?s?|museums?|theat(?:re|er)s?|"
        r"refiner(?:y|ies)|depots?|substations?|power\s+plants?|ports?|targets|facilities|objects|(?:railway\s+|train\s+|bus\s+)?stations?|"
        r"apartment\s+blocks?|residential\s+(?:areas?|quarters?|neighbou?rhoods?)|kindergartens?|universit(?:y|ies)|factor(?:y|ies)|plants?|bridges?)\b|targeted|"
        r"killing(?!\s+(?:grounds?|fields?|zones?|machine))|killed|injured|(?<!evacuation\sof\s)(?<!evacuating\s)(?<!evacuated\s)(?<!their\s)(?<!our\s)(?<!its\s)(?<!those\swho\swere\s)wounded(?!\s+(?:(?:Ukrainian|Russian)\s+)?(?:personnel|soldiers|servicemen|troops|fighters|defenders))|(?:came|come|comes|coming)\s+under\s+(?:\w+\s+){0,4}?fire|(?:is|are|was|were|been|remained|remains)\s+(?:also\s+|still\s+|again\s+|constantly\s+)?under\s+(?:heavy\s+|intense\s+|constant\s+|massive\s+)?(?:Russian\s+|enemy\s+|Ukrainian\s+)?fire(?!\s+control)|(?:came|come|comes|coming)\s+under\s+(?:\w+\s+){0,2}?(?:shelling|bombardment|(?:missile|drone|air|rocket)\s+attacks?|(?:artillery|missile|drone|air|rocket|MLRS)\s+strikes?)|"
        # "the cities of A and B also came under attack early on Saturday, causing fires" (not a ground assault)
        # (but not "under attack from Russian forces", a fight, unless "... using Grad multiple rocket launchers")
        r"(?:came|come|comes|coming)\s+under\s+(?:(?:Russian|Ukrainian|enemy|heavy|massive|renewed)\s+)?attacks?(?!\s+(?:from|by)\s+(?:\w+\s+){0,2}(?:troops|forces|infantry|units|soldiers|assault|ground)"
        r"(?!\s+(?:using|with)\s+(?:[\w-]+\s+){0,2}(?:Grads?|MLRS|artillery|rockets?|missiles?|drones?|mortars?|bombs?|rocket\s+launchers)))|"
        r"(?:was|were|is|are)\s+under\s+(?:enemy\s+|heavy\s+|Russian\s+|artillery\s+)?fire(?!\s+control)|(?:fired|firing)\s+(?:[\w,-]+\s+){0,3}?(?:at|on|upon)|"
        r"(?<=result\sof\s)(?:enemy\s+|Russian\s+)?(?:firing|fire|shelling)|"
        # "The settlements of A, B and C were subjected to airstrikes", "launched a Shahed UAV on the town of X"
        r"subjected\s+to\s+(?:\w+\s+)?(?:air\s*strikes?|strikes|shelling|attacks?|bombardments?|fire)|"
        # a regional head's round-up: "Three private houses were damaged in the village of X"
        r"(?:houses?|homes?|buildings?|apartment\s+blocks?|high-rises?|dwellings|garages?|outbuildings?|objects?|facilit(?:y|ies)|enterprises?)\s+(?:was|were|have\s+been|has\s+been|had\s+been)\s+"
        r"(?:\w+\s+)?(?:damaged|destroyed)(?!\s+(?:in|by)\s+(?:a\s+|the\s+)?(?:fire|floods?|storms?|earthquakes?|accidents?|gas\s+explosions?))|"
        # "the Russian Federation is attacking the city from the sea": fire from ships or planes, no ground assault
        r"attack(?:s|ed|ing)?\s+(?:the|this|that)\s+(?:city|town|village|settlement|port|coast|community)\s+from\s+the\s+(?:sea|air)|"
        r"launched\s+(?:an?\s+|\d+\s+|(?:two|three|four|five|six|several|dozens\s+of)\s+)?(?:Shahed|Geran|kamikaze|attack)?\s*(?:UAVs?|drones?|missiles?|rockets?|Shaheds|Gerans)\s+(?:on|at)|"
        # "The attacks affected the Khotin, Yunakivka and Svesa hromadas"
        r"(?:(?<=attacks\s)|(?<=attack\s)|(?<=shelling\s)|(?<=strikes\s))(?:also\s+)?affected)\b",
        re.I,
    ),
    "contested": re.compile(
        r"\b(?:fight(?:ing(?!\s+vehicles?)|s)?|battles?|clash(?:es)?|assaults?(?!\s+(?:brigades?|battalions?|regiments?|corps|troops|division|companies|company|detachments?|units?)\b)|attack(?:s|ing|ed)?(?!\s+(?:drones?|UAVs?|helicopters?|aircraft|planes?|jets?|boats?|submarines?|points?|positions\s+for|aviation)\b)|advanc(?:e|es|ing|ed|ements?)|push(?:ing|ed)?|"
        r"press(?:ing|es)|improved\s+(?:its|their)\s+(?:\w+\s+)?positions?|fire\s+control|presence|"
        # "Hot spots are now A and B" (a spokeswoman's round-up of the fighting)
        r"(?:hot\s*spots?|hottest\s+(?:spots?|areas?|sections?))\s+(?:are|is|were|was|remain)(?:\s+(?:now|still|currently))?|"
        r"(?:break(?:ing|s)?|broke)\s+through|breakthrough|storm(?:ed|ing)?(?![\s-]+Shadow)|offensive\s+(?:near|on|towards?)|on\s+the\s+offensive|"
        r"(?:offensive|assault)\s+(?:operations|actions)|difficult\s+situation|situation\s+(?:is|was|remains)\s+(?:difficult|critical|tense)|situation\s+in(?=\s+(?:the\s+(?:town|city|village)\s+of\s+)?[A-Z][\w'’-]+\s+as\s+[\"“]?(?:extremely\s+|very\s+|particularly\s+)?(?:difficult|critical|tense|fierce|dire)\b)|"
        r"inflict(?:ed|ing|s)?\s+(?:heavy\s+)?(?:losses|casualties|damage)|"
        # the General Staff's "the occupiers' main efforts were concentrated near X / on the areas of A, B"
        # ("the highest activity of Russian forces remains concentrated near the settlements of A, B and C")
        # (the forces' activity, not the air war's "drone activity", nor "seismic activity")
        r"(?:efforts\s+(?:\w+\s+){0,3}?|(?:enemy['’]?s?|his|their|its)\s+activity\s+|activity\s+of\s+(?:the\s+)?(?:Russian\s+|Ukrainian\s+|enemy\s+)?"
        r"(?:forces|troops|units|enemy|occupiers|invaders|aggressor)\s+)(?:were|are|was|is|remains?)\s+(?:\w+\s+)?concentrated|"
        # the Russian ministry's formula: "defeating Ukrainian formations near the villages of A and B"
        r"defeat(?:ed|ing|s)?(?=\s+(?:the\s+)?(?:[\w-]+\s+){0,3}(?:formations|units|forces|troops|brigades?|manpower)\b)|"
        r"did\s+not\s+(?:immediately\s+)?confirm|not\s+(?:been\s+)?(?:able\s+to\s+)?(?:verify|confirm)|unconfirmed|"
        r"hold\s+back|holding\s+back|encircle\w*|blockad(?:ed|ing)(?!\s+(?:\w+\s+){0,2}(?:ports?|sea|coast(?:line)?|harbou?rs?|shipping|waters))|(?<=(?:is|re)\s)(?:completely\s+|fully\s+|almost\s+|nearly\s+)?surrounded(?!\s+by\s+(?:fields|forests?|woods|water|hills|mountains))|bridgehead|contested|grey\s+zone|shrunk|stopped\s+short|"
        r"counter-?attack\w*|(?:repel(?:led|s)?|repuls(?:ed|es|ing))(?!\s+(?:(?!(?:infantry|troops|assaults?|using|with|supported|backed)\b)[\w-]+\s+){0,3}(?:drones?|missiles?|UAVs?|Shaheds?|(?:air|drone|missile)\s+attacks?)\b)|dislodg\w*|penetrat(?:e|ed|ing)(?!\s+(?:injur(?:y|ies)|wounds?|trauma|shrapnel))|(?:most\s+)?active(?=\s+(?:in|near|around)\b)|tense(?!\s+(?:day|days|night|nights|morning|evening|week|hours?|moments?|wait|atmosphere|silence|talks))|(?:mov|push|advanc)(?:e|es|ed|ing)\s+deeper\s+into|partial\s+success(?:es)?|infiltrat\w+|counter-sabotage|"
        r"sabotage\s+(?:and\s+reconnaissance\s+)?groups?|reached\s+the\s+outskirts|mov(?:e|es|ed|ing)\s+forward|"
        r"(?:secured|gained|established)\s+(?:a\s+)?(?:foothold|positions?)|"
        # the Russian ministry on the Dnipro: "teams were stopped while trying to cross the river near A and B"
        r"(?:teams|groups|units|troops|forces|attacks|attempts|assaults|advances?|offensive)[\"”’]?\s+(?:were|was|have\s+been|had\s+been)\s+"
        r"(?:\w+\s+)?(?:stopped|thwarted|foiled|halted)|(?:tried|trying|attempt(?:s|ed|ing)?)\s+to\s+cross|"
        r"(?:forces|troops|units|soldiers)\s+(?:were|are|had\s+been|have\s+been)\s+(?:already\s+|now\s+)?(?:located\s+|positioned\s+)?(?:on|at)\s+the\s+outskirts)\b",
        re.I,
    ),
}
# Before a capture cue: the capture is not asserted (reported as unconfirmed, attempted, or negated).
NOT_ASSERTED = re.compile(
    r"\b(?:stopped\s+short\s+of|did\s+not\s+(?:immediately\s+)?(?:confirm|say|acknowledge)|not\s+(?:been\s+)?(?:able\s+to\s+)?"
    r"(?:verify|confirm)|no\s+(?:\w+\s+)?evidence|not\s+observed|could\s+not\s+be|unconfirmed|yet\s+to\s+(?:\w+\s+)?(?:confirm|acknowledge|verify)|"
    r"not(?!\s+(?:limited\s+to|only|just|merely|least)\b)|no|never|nothing|without|neither|"
    r"refrain(?:ed|s)?\s+from|avoid(?:ed|s)?)\b"
    r"[^.;]{0,60}$", re.I)
ATTEMPTED = re.compile(r"\b(?:tried|trying|tries|attempt(?:ed|ing|s)?|failed|sought|seeking|aim(?:s|ed|ing)?)\s+to\s+$", re.I)
# An admission of a loss is a capture by the other side, not a denial.
ADMISSION = re.compile(r"\b(?<!not\s)(?<!n't\s)(?:did\s+not\s+dispute|does\s+not\s+dispute|not\s+disputing|acknowledged|admitted|confirmed)\s+the\s+loss\b", re.I)
# a cue of troops going into a place ("entered X", "broke into X"): presence, which fighting there makes no control
ENTERED_INTO = r"entered|entering|enters|broke\s+into"
DENIAL = re.compile(
    r"\b(?:denied|denies|deny|denying|dismissed|dismisses|rejected|rejects|untrue|false|disputed|disputes|rebuff(?:ed|s|ing)?|"
    r"does\s+not\s+correspond|not\s+lost|wrong\s+to\s+(?:speak\s+of|(?:say|talk\s+about)\s+(?:that\s+)?(?=(?:[A-Z][\w'’-]+|the\s+(?:town|city|village))\s+(?:has|had|have|was|is)\s+(?:been\s+)?(?:completely\s+|fully\s+)?$))|did\s+not\s+mean|was\s+not\s+true|is\s+not\s+true|"
    r"refuted|refutes|refuting|incorrect|fake|provocations?|disinformation|misinformation|(?:(?:is|are|was|were|of)\s+[\"“‘']?lying|[\"“‘']?lied)[\"”’']?\s+about(?=\s+(?:(?:the|its|their|a|an|any|having|already|fully|completely|complete|full|total|alleged|allegedly|supposed|so-called|reported|claimed|recent|recently|Russian|Ukrainian|troops|forces|army|Wagner|fighters|[\w-]+['’]s?)\s+){0,5}[\"“‘']?$|\s*$|\s+(?:the\s+|its\s+|their\s+)?(?:taking|capturing|seizing|captur|seiz|liberat|occupation|control))|"
    r"dispel(?:s|led|ling)?\s+(?:all\s+)?(?:the\s+)?(?:doubts?|rumou?rs?|claims?|myths?))\b", re.I)
# "Ukraine's military disputed the claim": a held answer to the capture claims just made.
DENIES_CLAIM = re.compile(
    r"\b(?:denied|denies|dismissed|dismisses|rejected|rejects|disputed|disputes|refuted|refutes)\s+(?:as\s+false\s+)?"
    r"(?:(?:the|this|that|these|those|such|an?|Moscow['’]s|Russia['’]s|Kyiv['’]s|Ukraine['’]s|its|their)\s+)?(?:\w+\s+(?:media\s+)?)?"
    r"(?:claims?|announcements?|reports?|statements?|assertions?|information|allegations?)|"
    r"\b(?:claims?|announcement|reports?|statements?)\s+(?:is|was|are)\s+(?:untrue|false|incorrect|fake)\b|\buntrue\s+(?:is|are)\s+(?:the\s+)?statements\b|"
    # "The enemy claims it has captured X. This is not true," the spokesman said
    r"^[\"“]?\s*\[?(?:this|that|it)\]?\s+is\s+(?:not\s+true|untrue|false|a\s+lie|fake)\b|"
    # "This information was refuted by the Khortytsia group": the claim just reported, denied by whom the "by" names
    r"^\s*(?:This|That|These|Those|Such)\s+(?:\w+\s+)?(?:claims?|announcements?|reports?|statements?|information|allegations?)\s+"
    r"(?:was|were|has\s+been|have\s+been)\s+(?:(?:also|quickly|swiftly|promptly|immediately|later)\s+)?(?:denied|dismissed|rejected|disputed|refuted)\s+by\b",
    re.I)
REPORTED_RU_CLAIM = re.compile(r"(?:Russian|Russia['’]s|Moscow['’]s)\s+(?:statement|claim|announcement|report)s?\s+(?:that|to\s+have)", re.I)
RU_AGENT = re.compile(r"\b(?:Russian|Russia['’]?s?|Moscow|its\s+(?:forces|troops|army|units)|his\s+(?:forces|troops|units)|Wagner|"
                      r"(?-i:DPR|LPR|DNR|LNR)|People['’]s\s+Militia)\b", re.I)
UA_AGENT = re.compile(r"\b(?:Ukrainian|Ukraine['’]?s?|Kyiv|Kiev|our\s+(?:forces|troops|defenders)|(?-i:UAF|AFU|ZSU)|"
                      # a named unit as the subject of a taking ("Azov brigade fighters had retaken X"), not its object
                      r"(?-i:Azov|Khartiia|Kraken|Aidar)(?:\s+(?:brigade|regiment|battalion|corps|unit))?\s+(?:brigade|regiment|battalion|corps|unit|fighters|soldiers|troops)"
                      r"(?=(?:(?!\band\b)[^.;]){0,40}?(?:\s+$|\s(?:taken|took|captured|retook|retaken|liberated|recaptured|cleared|seized|regained)\b))|"
                      # Ukraine's units are "separate": "the 131st Separate Intelligence Battalion", "the 3rd Separate Assault Brigade"
                      # (not "the Russian 155th Separate ...", nor a "Separate Guards" unit: Russia's naming)
                      r"(?<!Russian\s)(?<!Russia['’]s\s)\d+(?:st|nd|rd|th)\s+(?-i:Separate)\s+(?!Guards\b)(?:[\w-]+\s+){0,2}(?:Brigade|Battalion|Regiment))\b", re.I)
# Ground war named in a sentence: units, arms and assaults on the ground. An attack told with any of them is fighting,
# whatever else flies ("a night attack with tanks"); an attack on a port, a bridge or a town with none of them, told by its
# damage or its dead, is a strike. One vocabulary for every such check; none of the words that also name other things
# ("a combined strike", "fighter jets", "a landing ship", "the full-scale assault", "thanking the defenders", "a drone
# brigade's operators").
GROUND_FORCE = re.compile(
    r"\b(?:tanks?|infantry|armou?r(?:ed|ou?red)?|mechani[sz]ed|combined[\s-]arms|assault\s+(?:groups?|detachments?|units?|troops)|"
    r"troops|soldiers|servicem[ae]n|positions|trenches|paratroopers|airborne|marines|stormtroop\w*|"
    r"mercenar\w*|Wagner|spetsnaz|landing\s+(?:party|parties|force|forces|troops|operations?|groups?)|"
    r"storm(?:ed|ing|s)?(?![\s-]+Shadow)|assault(?:ed|ing)|repelled|repulsed|"
    r"ground\s+(?:assault|attack|offensive|forces|troops|operation)s?)\b", re.I)
# ... and, where a place could be stormed (an airport, a port, a plant), the forces and units that would do it
FORCES_NAMED = re.compile(r"\b(?:forces|units|brigades?|regiments?|Chechen|Kadyrov\w*)\b", re.I)
# Fighting told in a sentence: ground forces, or combat words ("repelled", "clashes", "advancing", "the occupiers were ...")
COMBAT = re.compile(r"\b(?:repel\w*|repuls\w*|assaults?|storm\w*(?![\s-]+Shadow)|infantry|positions|offensive|soldiers|servicemen|"
                    r"troops\s+(?:were|was)|fight\w*|battles?|clash\w*|directions|advanc\w*|personnel|occupiers\s+(?:were|was)|tanks?|"
                    r"armou?red)\b", re.I)
# What a strike damages, as reports list it: "residential buildings were damaged", "damaging homes and cars"
DAMAGED_THINGS = (r"houses?|homes?|buildings?|structures?|infrastructure|schools?|hospitals?|kindergartens?|apartments?|blocks?|"
                  r"facilit(?:y|ies)|windows|roofs?|cars?|vehicles?|power\s+lines?")
# ... the ground units that attack, as the subject before a cue or after "by": "Russian troops attacked X at 8:00"
GROUND_UNIT_WORDS = r"troops|forces|infantry|units|soldiers|assault\s+groups?"
GROUND_UNITS = re.compile(rf"\b(?:{GROUND_UNIT_WORDS})\b", re.I)
# Words that refer back to a place named before.
ANAPHOR = re.compile(r"\b(?:the\s+(?:(?:border|frontline|front-line|small|key|industrial|embattled|besieged|devastated|ruined|"
                     r"strategic|eastern|southern|northern|western|mining)\s+)?(?:village|town|city|settlement)(?!\s+of\b)|"
                     r"its\s+defenders|there|it)\b(?!['’])", re.I)
STRIKE_ANAPHOR = re.compile(r"\b(?:this|the|that)\s+(?:strike|attack)\b", re.I)
# A place used as a modifier ("the Avdiivka front", "the Dnipro bridgehead") is no claim's object.
# ("head of Kherson's regional military government": the office, not the city)
MODIFIER_AFTER = re.compile(r"^['’]s\s+(?:sister|twin|neighbou?ring)\s+(?:city|town|village)\b|^['’]s\s+(?:regional|oblast|city)\s+(?:military\s+|state\s+)?(?:government|administration|council)\b|^\s+(?:fronts?|directions?|salients?|sectors?|agglomerations?|axis|axes|bridgehead|group|offensive|operation|grouping|"
                            r"(?:regional\s+)?(?:governor|mayor)|(?:separatist\s+|regional\s+)?(?:leader|chief|head)|(?-i:[A-Z]\w+\s+)?(?:Operational|operational)[\s-]|tactical\s+(?:and\s+operational\s+|group|command|direction)|"
                            r"(?:city|town|village|district|regional)\s+(?:council|administration|hall)|council|"
                            r"(?:hydro(?:electric)?\s*)?power\s+(?:plant|station)|hpp|npp|tpp|plant|factory|mine|airfield|"
                            r"airport|railway\s+station|steelworks?|refinery|dam)\b", re.I)
# "5 km west of X", "south of X": X is a landmark locating something else.
# The appositive that makes a place part of another: "Avdiivka, a suburb of Donetsk city"
SUBURB_OF = r",\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,2}(?:suburb|satellite(?:\s+town)?|district|neighbou?rhood)\s+of\s+(?:the\s+city\s+of\s+)?"
LANDMARK_BEFORE = re.compile(
    # ("south of Lysychansk and X": both towns locate the villages named before them)
    r"\b(?:north|south|east|west|north-?east|north-?west|south-?east|south-?west)(?:ern)?\s+(?:and\s+\w+\s+)?of\s+(?:the\s+(?:[\w-]+\s+){1,3}?of\s+)?"
    r"(?:(?-i:[A-Z])[\w'’-]+(?:\s+(?-i:[A-Z])[\w'’-]+)?\s+(?:and|or)\s+)?$"
    # "stabilized the front near Kharkiv": the place locates a front line
    r"|\bfront\s+(?:near|around|outside)\s+(?:the\s+city\s+of\s+)?$"
    # "less than 9 km from the route connecting the city to X": a road named by where it leads
    r"|\b(?:road|route|highway|motorway|railway|supply\s+line|logistics\s+route)s?\s+(?:[\w-]+\s+){0,4}?(?:to|towards|from|between)\s+(?:the\s+(?:[\w-]+\s+)?(?:cities|towns|villages|city|town|village)\s+of\s+)?(?:\w+\s+and\s+)?$"
    # "more settlements around Kherson have been liberated": unnamed places located by X
    r"|\b(?:settlements|villages|towns|communities|localities|hamlets)\s+(?:around|near|outside|close\s+to)\s+(?:the\s+city\s+of\s+)?$"
    # "Avdiivka, a suburb of Donetsk city that ... captured": the suburb is the place, the city locates it
    rf"|{SUBURB_OF}$",
    re.I)
# "withdrawing from the vicinity of Kyiv": an area around the place changes hands, not the place
AREA_OF = re.compile(r"(?:\b(?:vicinity|environs|surroundings|suburbs|areas?)\s+(?:of|around)|\bfrom\s+around"
                     # "recaptured areas in southern and central Starytsya": parts of it
                     r"|\b(?:areas?|parts?|positions)\s+in\s+(?:the\s+)?(?:north|south|east|west|central)\w*(?:\s+and\s+(?:north|south|east|west|central)\w*)?)\s+"
                     r"(?:the\s+(?:region['’]s\s+)?(?:main\s+)?(?:city|town|capital)\s+(?:of\s+)?)?$", re.I)
# "near the Donetsk region's Marinka": the oblast says where the place is, in a possessive
_REGIONS_OWN = r"(?:[A-Z][\w'’-]+\s+(?:region|oblast)['’]s\s+)?"


def _before_place(prepositions: str, nouns: str) -> re.Pattern:
    """The words between a fighting cue and its place: a preposition, then maybe "the (small) village of"."""
    return re.compile(rf"\b(?:{prepositions})\s+(?:the\s+)?{_REGIONS_OWN}(?:(?:(?!of\b)[\w-]+\s+){{0,3}}?(?:{nouns})\s+(?:of\s+)?)?$", re.I)


_PLACE_NOUNS = r"villages?|towns?|city|settlements?|areas?|outskirts|vicinity"
# Prepositions that introduce the object of fighting ("attacks near X", "pressing toward X").
CONTEST_PREP = re.compile(_before_place(r"near|around|in|at|on|for|toward|towards|into|outside|of|close\s+to", _PLACE_NOUNS).pattern +
                          # "offensive actions in several cities including A and B"
                          r"|\b(?:in|near|around)\s+(?:several|some|many|a\s+number\s+of|other|key)\s+(?:[\w-]+\s+)?"
                          r"(?:cities|towns|villages|settlements|areas)"
                          # ("near other villages in the area, including A and B", "... in the Kharkiv region, including")
                          r"(?:\s+(?:in|of|across|along)\s+(?:the\s+)?(?:area|region|district|front(?:\s+line)?|(?-i:[A-Z])[\w'’-]+\s+(?:region|oblast|district)))?"
                          r",?\s+(?:including|such\s+as|among\s+them)\s+(?:the\s+(?:\w+\s+)?(?:city|town|village)\s+of\s+)?$", re.I)
# "the offensive in the directions of Kupiansk, Lyman and Bakhmut": an axis named after a town, no
# fighting at the town (the conventions: "the Kherson direction" gives no claim)
DIRECTION_BEFORE = re.compile(r"\bdirections?\s+of\s+(?:the\s+)?$|\bin\s+the\s+direction\s+of\s+$"
                              r"|\b(?:sector|direction|axis)\s+(?:around|of)\s+$", re.I)  # "43 attacks in the sector around X"
# (also with an aside in brackets: "the Melitopol (western Zaporizhzhia Oblast) direction")
DIRECTIONS_AFTER = re.compile(r"(?:\s*\([^()]{1,50}\))?\s+(?:(?:and|or)\s+(?:some\s+|several\s+|the\s+)?other\s+)?(?:directions?|axes|axis|sectors?|fronts?(?![-\s]?line))\b", re.I)
# "the Nikopol and other districts" (of the region): the name is its raion's (not "central Kharkiv and other districts")
OTHER_DISTRICTS = re.compile(r"\s+(?:and|or)\s+(?:some\s+|several\s+|the\s+)?other\s+(?:districts|raions)\b(?!\s+of\s+(?:the|this|that)\s+(?:city|town))"
                             r"(?P<region>\s+of\s+(?:the\s+)?[\w'’-]+\s+(?:region|oblast)\b)?", re.I)
# "attacks on Sumy and Odesa": an attack on a place is a strike at it; fighting is near, around, in
# A strike round-up's count, then its list: "about 15 settlements came under fire: A, B of X district, C"
COUNTED_PLACES = re.compile(r"\b(?:about\s+|some\s+|over\s+|more\s+than\s+|nearly\s+|around\s+)?\d+\s+"
                            r"(?:settlements|villages|towns|communities|localities|hromadas)\b", re.I)
LIST_START = re.compile(r"(?::|\bincluding\b:?|\bsuch\s+as\b|\bnamely\b:?)\s*(?:the\s+(?:villages?|towns?|settlements?)\s+of\s+)?", re.I)
# Only Moscow's defence ministry reports what its battlegroups did: "Battlegroup West liberated X" is its claim.
BATTLEGROUP = re.compile(r"\bBattle\s*[Gg]roup\s+[\"“«]?(?:West|Center|Centre|East|South|North|Dnepr|Dnieper|Tsentr|Vostok|Zapad|Yug|Sever)\b")
ATTACK_ON = re.compile(r"^\s+(?:on|against)\s+", re.I)
# ... when the sentence says it came from the air or from afar (a ground "attack on Lyman" is fighting)
AIR_ATTACK = re.compile(r"\b(?:drones?|missiles?|rockets?|air|aerial|bomb\w*|shell\w*|artillery|Shaheds?|Iskanders?|"
                        r"Kalibrs?|glide|overnight|terror)\b", re.I)
# Ground gained near a place, not the place: "44 square kilometres liberated around Bakhmut".
AREA_GAIN = re.compile(r"\b(?:square\s+(?:kilomet(?:er|re)s?|miles?)|sq\.?\s*(?:km|mi)|km2|km²|hectares)\b", re.I)
# Where movement is fighting: "advancing near/around/in X", not "advancing on/towards X".
AT_PREP = _before_place(r"near|around|in|into|at|outside|close\s+to|on\s+the\s+outskirts\s+of", _PLACE_NOUNS)
PARTIAL = re.compile(r"\b(?:partly|partially|part\s+of|practically|almost|nearly|largely|mostly|effectively)\s+"
                     r"(?:(?:entirely|completely|fully|totally|wholly)\s+)?$", re.I)

# quoted words: "“Our units have today liberated X,” the minister said"
QUOTED = re.compile(r"[“\"][^”\"]{3,}[”\"]")

# A sentence that only labels a picture ("A damaged church is seen in X after ...", "(AP Photo/...)"):
# a caption summarises, like a headline; the claim needs the body's words.
# the day a photo caption ends on: "Sept. 13, 2022.", "May 11, 2024"
_CAPTION_DAY = r"(?:Jan|Feb|Mar|Apr|May|June?|July?|Aug|Sept?|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2},\s+\d{4}\.?"
CAPTION = re.compile(
    r"^\s*(?:(?:Read|Watch)\s+(?:also|more)|Also\s+(?:read|watch)|See\s+also|Related(?:\s+(?:news|articles?|stories))?)\s*:|\b(?:is|are)\s+seen\b|\bin\s+this\s+(?:image|photo|picture|handout|still|screen\s*grab|screenshot|video\s+grab)|\b(?:file|handout)\s+(?:photo|image)\b|"
    r"\((?:AP|AFP|Reuters|Getty)\s*(?:Photo|/)|\((?:AP|AFP|Reuters)\)\s*$|\bPhoto(?:graph)?\s*(?::|by\b|credit)|\bGetty\s+Images\b|"
    r"\bREUTERS/|\bimage\s+taken\s+from\b|\bstill\s+image\b|\bposes?\s+for\s+a\s+(?:photo|picture)|\b(?:pictured|photographed)\b|"
    r"^\s*(?:date\s+\S+\s+)?(?:The\s+)?aftermath\s+of\b|^\s*(?:An?\s+)?(?:general\s+|aerial\s+)?view\s+(?:of|shows)\b|"
    # a wire photo's caption ends on the place and the day: "..., in Kharkiv, Ukraine March 19, 2022."
    # the Kyiv Independent's: "... impact site in Vovchansk, Kharkiv Oblast, on May 11, 2024. (Francis Farrell/The Kyiv Independent)"
    r"^\s*(?:(?:An?|This|The)\s+)?(?:screenshot|screen\s*grab|video\s+grab|still|frame)\s+(?:of|from|taken)\b|"
    r",?\s+(?:in\s+)?[A-Z][\w'’-]+\s+Oblast,\s+(?:Ukraine,\s+)?(?:on\s+)?" + _CAPTION_DAY +
    r"(?:\s*\((?:[\w.'’-]+\s+){1,3}[\w.'’-]+\s*/\s*[^()]{2,40}\))?\s*$|"
    # AP's: "... in the freed village of X, Ukraine, Tuesday, Sept. 13, 2022."
    r",\s+(?:(?:north|south)?-?(?:east|west)?(?:ern)?\s+)?Ukraine,?\s+(?:on\s+)?(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?" + _CAPTION_DAY + r"\s*$|"
    # "This photo taken from video released by ... shows ...", "This image provided by ..."
    r"^\s*(?:This|These)\s+(?:handout\s+|undated\s+|satellite\s+)?(?:photo(?:graph)?|image|picture|video\s+still)s?\s+(?:taken|released|provided|distributed|obtained|published|shared|posted|made\s+available)\b|"
    # "Illustrative purposes only: ... on Feb. 9, 2024. (Sumy Oblast Military Administration/Telegram)", "... Credit:
    # Prosecutor's Office of Kharkiv Oblast": a photo's caption, by its label or its credit
    r"^\s*(?:Illustrative\s+(?:purposes?\s+only|photo|image|picture)|Illustration\s*:)|\((?:[^()]{2,80})/\s*(?:Telegram|Facebook|X|Twitter|Instagram|YouTube)\)\s*\.?\s*$|\bCredit:\s*(?!.*\bStoryful\b)[^.]{2,100}$|"
    # a map's caption ends on its sources: "The estimated Russian advance in X, as of Nov. 18 (DeepState/OpenStreetMaps)"
    r"\((?:[\w .-]+/)*(?:OpenStreetMaps?|DeepState(?:Map)?|Google\s+Earth|Maxar(?:\s+Technologies)?|Planet\s+Labs|ISW)(?:/[\w .-]+)*\)\s*\.?\s*$", re.I)
# a photo credit after its caption, as a sentence of its own ("REUTERS/Serhii Nuzhnenko/File Photo")
# (also "© Vadym BIELIKOV / AFP", "Dimitar Dilkoff / AFP": a copyright sign, or the photographer and the agency)
CREDIT_AFTER = re.compile(r"^\W*(?:REUTERS|AFP|AP|EPA|Getty\s+Images|Anadolu)\s*/|^\W*\(?(?:Photo|Image|Picture)\s*(?::|by\b|credit)|^\s*©|"
                          r"^\W*Credit\s*:(?!.*\bStoryful\b)|"  # (a Storyful video's "Credit: X via Storyful" closes its story, not a photo)
                          r"^\W*(?-i:[A-Z][\w'’.-]+\s+){1,3}/\s*(?-i:AFP|AP|REUTERS|Reuters|EPA|Getty\s+Images|Anadolu)\W*$", re.I)


def credited(text: str, sentences, k: int) -> bool:
    """Whether sentence ``k`` is a photo caption whose credit follows it on the same line ("... in Lysychansk,
    Ukraine June 2, 2022. REUTERS/Serhii Nuzhnenko/File Photo"), or whose paragraph opens as a caption ("In this
    photo ...", or a first sentence ending on the photo's date) and ends on a bracketed credit ("... early Sunday,
    July 3, 2022. Russian forces pounded the city, the governor said Saturday. (Luhansk region military
    administration via AP)": every sentence of it is the caption's; a story paragraph that ends on a photo's credit
    is not). An unbracketed credit on a line of its own ("Photo: Ukrainian police") may belong to a picture, not to
    the paragraph above it (a bracketed one, ``CREDIT_LINE``, still makes the sentence above it a caption)."""
    if k + 1 < len(sentences) and CREDIT_AFTER.match(sentences[k + 1].text) \
            and "\n" not in text[sentences[k].end:sentences[k + 1].start]:
        return True
    end = text.find("\n", sentences[k].end)
    end = len(text) if end < 0 else end
    if CREDIT_END.search(text, max(sentences[k].start, end - 120), end) is None:
        return False
    start, first = text.rfind("\n", 0, sentences[k].start) + 1, k  # ... when the paragraph opens as a caption ("In this photo ...")
    while first > 0 and sentences[first - 1].start >= start:
        first -= 1
    opener = sentences[first].text
    return CAPTION.search(opener) is not None or re.search(_CAPTION_DAY + r"\s*$", opener) is not None


# a caption's credit in brackets at its paragraph's end: "(AP Photo/Evgeniy Maloletka)", "(Luhansk region military
# administration, via AP)"
CREDIT_END = re.compile(r"\((?:[^()]{1,80}?\s+via\s+(?:AP|AFP|Reuters|Getty(?:\s+Images)?)|AP\s+Photo(?:/[^()]{1,60})?)\)\s*$")


# A bracketed photo credit on a line of its own: the sentence above it is a caption
CREDIT_LINE = re.compile(r"^\s*\((?:Photo|Image|Picture|AP\s+Photo|AFP|Reuters|Getty)\b[^)]*\)\s*$", re.I)
# Before a cue, in its clause: what is planned, hoped, predicted, conditional or asked is no claim
# ("Kyiv seeks to recapture X", "the capture of X would allow", "if confirmed", "could advance").
# ... and only when what is wanted is to take or leave a place ("efforts are ongoing to retake X"; the cue itself right
# after "to"), not "work continues to restore power after a strike"
_TO_TAKE = r"(?=\s+(?:re(?:take|gain|capture)|take|capture|liberate|seize|withdraw|retreat|pull|leave|hold|restore\s+control)\b|\s*$)"
MODAL = re.compile(
    r"\b(?:would|could|might|(?-i:may)|will|shall|should|must|can|cannot|can['’]t|won['’]t|wouldn['’]t|"
    r"(?:aims?|aimed|aiming|seeks?|seeking|sought|plans?|planned|planning|intends?|intended|wants?|wanted|hopes?|hoped|"
    r"hoping|vows?|vowed|meant|designed|supposed|intent|bid|threatens?|threatened|determined|resolved|eager|keen|"
    # "it is strategically important to liberate X soon": what must be done, not what was
    r"(?:important|necessary|essential|crucial|vital|imperative|urgent)(?:\s+for\s+\w+)?(?=\s+to\s+(?!(?:note|say|remember|stress|recall|mention|add|point|emphasi[sz]e|underline)\b))|"
    r"expected|likely|set|poised|preparing|prepares|bid|bids|push(?:es|ed|ing)?|goal\s+(?:is|was|of)|aim\s+(?:is|was|of)|needs?|"
    # "an operation to liberate X", "its campaign to gain control of X": what it is for, not what it did
    r"(?:operation|campaign|offensive|effort|drive|attempt|mission|order|task|plan|(?<!by\s)step)s?)\s+to|"
    # "efforts are ongoing to retake X", "appealed with a request to withdraw", "asked for permission to withdraw"
    r"(?:efforts?|attempts?|work)\s+(?:is\s+|are\s+|was\s+|were\s+)?(?:ongoing|under\s*way|continu(?:e|es|ing)|being\s+made)\s+to" + _TO_TAKE + "|"
    r"(?:requests?|requested|request(?:ing)?\s+permission|permission|asked|asking|appeal(?:ed|s)?)\s+(?:for\s+(?:permission\s+)?)?to" + _TO_TAKE + "|"
    # "(the liberation of A) is necessary for further advancement in B": what it is for, still to come
    r"(?:important|necessary|essential|crucial|vital|key|needed|required)[”\"]?\s+for\s+(?:further|future|subsequent)|"
    r"in\s+order\s+to|so\s+as\s+to|to\s+(?:ensure|secure|achieve|guarantee|complete|speed\s+up|accelerate|hasten|facilitate|increase|strengthen|build\s+up|boost|reinforce)|"
    r"(?:allow|enabl|permitt?)(?:s|ed|ing|e)?\s+(?:them|it|us|him|her|(?:the\s+)?(?:Russians|Ukrainians|troops|forces|enemy))\s+to|if|unless|whether|possibility|prospect|risk\s+of|threat\s+of|"
    r"goal|objective|ambitions?|hopes\s+of|intention|(?:the|an?|its|their)\s+aim\s+of|purpose\s+of|dream(?:s|ed|t|ing)?\s+of|"
    r"prepar(?:ing|es|ed|e)\s+for|brac(?:ing|es|ed|e)\s+for|future|upcoming|possible|potential|imminent|fears?\s+of|"
    r"(?:in\s+)?preparations?\s+for|(?:conditions|groundwork|prerequisites|springboard|foothold)\s+for|demand(?:s|ed|ing)?|urg(?:es|ed|ing)|order(?:s|ed)\s+(?:an?|the)|(?:focus(?:ed|es|ing)?|concentration|emphasis|fixation|preoccupation|insistence|intent|bent)\s+(?:for\s+(?:weeks|months|days|years)\s+)?on(?=\s+$)|"
    # "concentrating efforts on seizing X", "focused their forces on taking X": where the push goes
    r"(?:concentrat|focus|direct)(?:ed|es|ing|e)?\s+(?:(?:their|its|the|his|main|all)\s+)*(?:efforts?|forces|attention|attacks?)\s+(?:on|at|towards?)(?=\s+$)|"
    r"(?:timing|timetable|deadline|pace|speed|date)\s+(?:of|for))\b(?:(?!,\s*but\b|\band\s+continu)[^.;:!?]){0,70}$", re.I)
# After a foothold: what it is for ("a necessary bridgehead for further advancement"), no fighting reported there
PURPOSE_AFTER = re.compile(r"\s+for\s+(?:further|future|subsequent|an?|the)\s+(?:[\w-]+\s+)?(?:advance|advances|advancement|offensives?|"
                           r"operations?|attacks?|assaults?|push)\b", re.I)
# Before a capture cue: taking the place is near, tried or failed, not done ("close to capturing X",
# "on the verge of taking X", "failed to capture X"); the fighting they imply is still fighting.
UNACHIEVED = re.compile(
    r"\b(?:(?:close|closer|near|nearer)\s+to|on\s+the\s+(?:verge|brink|cusp|edge)\s+of|within\s+reach\s+of|"
    r"(?:tr(?:y|ies|ied|ying)|attempt(?:s|ed|ing)?|fail(?:s|ed|ing)?|struggl(?:e|es|ed|ing)|yet|(?<!not\s)unable)\s+to|attempts?\s+(?:at|of)|"
    # "counterattacks preventing Russian forces from fully capturing X"
    r"(?<!unable\sto\s)(?<!failed\sto\s)(?<!not\s)(?<!n't\s)(?<!\sto\s)(?:prevent(?:s|ed|ing)?|stop(?:s|ped|ping)?|kept|keeping|keeps)\s+(?:[\w-]+\s+){0,3}from)"
    r"\s+(?:\w+\s+){0,2}$"
    # "closer to encircling and possibly capturing X": a capture foreseen
    r"|\b(?:possibly|potentially|perhaps|maybe)\s+$", re.I)
# Conditions and questions that hang over the whole sentence.
CONDITIONAL = re.compile(r"\bif\s+(?:confirmed|true|verified|it\s+(?:is|was)\s+confirmed)\b|\?\s*[”\"]?\s*$", re.I)
# After a nominal cue: "the capture of X would allow ...": the capture is hypothetical.
MODAL_AFTER_NOUN = re.compile(r"^[^.;:!?]{0,90}?\b(?:(?:would|could|might|will|(?-i:may))(?:n['’]t)?|won['’]t)(?![\w'’])"
                              # "the occupation of the city can improve Russian positions": what it would bring
                              r"|^\s+(?:the\s+)?(?:[\w'’-]+\s+){0,3}?can\s+(?:improve|open|give|allow|help|bring|lead|change|make)\b"
                              # "complete liberation of X can be expected in a few days", "the fall of X is expected soon"
                              r"|^[^.;:!?,]{0,60}?\b(?:can|could|should|is|are)\s+(?:be\s+)?(?:expected|anticipated|imminent|near|close)\b"
                              r"|^[^.;:!?]{0,60}?\b(?:has|have|had)\s+(?:yet\s+to\s+be|not\s+(?:yet\s+)?been)\s+(?:officially\s+|independently\s+)?(?:confirmed|verified)\b"
                              r"|^[^.;:!?]{0,40}?\b(?:is|was|remains|became)\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,2}(?:aim|goal|objective|target|priority)\b"
                              # "(the liberation of the city) is very important in strategic terms": a goal weighed
                              r"|^[^.;:!?]{0,40}?\b(?:is|are|would\s+be|will\s+be)\s+(?:very\s+|extremely\s+|strategically\s+|especially\s+)?(?:important|necessary|essential|crucial|vital)\b", re.I)
NOMINAL_CUE = re.compile(r"(?:air\s+|missile\s+)?(?:strikes|attacks)|counter-?attacks?|counter-?offensive|missiles?|drones?|shelling|bombardments?|captur(?:e|ing)|seiz(?:ure|ing)|taking(?:\s+(?:full\s+)?control|\s+over)?|takeover|fall\s+of|liberation|liberating|loss|recapture|conquest|"
                         r"withdrawal|pull-out|retreat|gaining\s+(?:full\s+)?control|occupation(?:\s+of)?", re.I)
# "It took nine months", "took part", "took place": no capture.
NOT_A_CAPTURE_AFTER = re.compile(
    r"^\s+(?:(?:about|nearly|almost|over|more\s+than|only|just|a|an|\d+|one|two|three|four|five|six|seven|eight|nine|ten|"
    r"several|many|a\s+few|long)\s+)*(?:months?|weeks?|days?|years?|hours?|time)\b|^\s+(?:part|place|over|office|aim)\b", re.I)
# "pictures that Russian media said were taken in X": photographs, not places
_MEDIA = r"pictures?|photos?|photographs?|images?|videos?|footage"  # what a camera captures
TAKEN_PICTURE = re.compile(rf"\b(?:{_MEDIA})\b[^.;]{{0,90}}$", re.I)
# "the capture of at least 100 Russian troops", "captured 20 soldiers": people or equipment, not a place
CAPTURED_NOT_PLACE = re.compile(r"^\s+(?:of\s+)?(?:at\s+least\s+|some\s+|about\s+|around\s+|more\s+than\s+|over\s+|nearly\s+|almost\s+)?"
                                r"(?:[\d,]+|dozens|hundreds|thousands|two|three|four|five|six|seven|eight|nine|ten|(?:a|one)\s+(?:group|unit|squad|team)|groups)"
                                r"\s+(?:of\s+)?(?:[\w-]+\s+){0,2}?"
                                r"(?:troops|soldiers|servicemen|prisoners|fighters|people|POWs|personnel|tanks|vehicles|weapons|mercenaries)\b"
                                # "residents captured footage of ...", "a correspondent captured this event": a camera's capture
                                rf"|^\s+(?:(?:the|this|these|some|rare|dramatic|exclusive)\s+)?(?:{_MEDIA}|"
                                r"moments?|events?|scenes?|the\s+moment|on\s+(?:camera|video|film|tape))\b", re.I)
# ("has taken defensive measures, including erecting barbed wire around X")
TAKE_IDIOM = re.compile(r"^\s+(?:place|part|hostage|prisoners?|captive|over\s+as|up\s+(?:positions|arms)|aim|office|note|(?:the\s+)?li(?:fe|ves)|an?\s+(?:\w+\s+)?turn|"
                        r"(?:(?:\w+|all|every|urgent|necessary|further|additional|defensive|security|protective|retaliatory)\s+)?(?:measures|steps|action)|"
                        r"the\s+(?:offensive|initiative|lead)|"
                        r"to|out\s+of|away|into\s+custody)\b", re.I)  # "taken to safe places", "taken out of the steelworks"
# "seizing nearby areas", "capturing the rest of the region": the object of a capture, and no place named
OTHER_OBJECT = re.compile(r"\s+(?:the\s+)?(?:(?:nearby|surrounding|adjacent|neighbouring|neighboring|new|more|further|"
                          r"several|some|key)\s+)?(?:areas?|territor(?:y|ies)|ground|positions|land|lines|heights|"
                          r"rest\s+of|remaining|remainder\s+of)\b"
                          # "entered X and taken control of a local meat processing plant": a site in X, not X
                          r"|\s+(?:(?:full\s+|complete\s+)?control\s+)?(?:of\s+|over\s+)?(?:a|an|the)\s+(?:[\w-]+\s+){0,3}(?:plant|factory|mine|hospital|school|"
                          r"airport|airfield|warehouse|depot|facility|enterprise|complex|dam|bridge|railway\s+station)\b", re.I)
# "had taken the “powerfully fortified” area just outside Donetsk", "liberated positions near X": ground beside X, not X
AREA_NEAR = re.compile(r"\s+(?:(?:full\s+|complete\s+)?control\s+(?:of|over)\s+)?(?:the\s+|an?\s+)?(?:[“”\"'\w-]+\s+){0,3}?"
                       r"(?:areas?|territor(?:y|ies)|ground|positions|lines|heights|fields|forest(?:s|\s+belts?)?|tree\s+lines?|"
                       r"strongholds|strongpoints?|footholds?|bridgeheads?|trenches|fortifications)\s+"
                       r"(?:just\s+|immediately\s+|directly\s+)?(?:outside|near|around|close\s+to|next\s+to|adjacent\s+to|"
                       r"(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)?\s+(?:of|outskirts\s+of))\b", re.I)
PROTECT_FROM = re.compile(r"\b(?:protect|shield|defend|secure|safeguard)\w*\s+(?:[\w'’-]+\s+){0,4}from\s+(?:\w+\s+){0,2}$", re.I)
# Munitions made safe are no strike: "bombs dropped ... have been neutralized by sappers"
CHRONIC = re.compile(r"\b(?:months|weeks|years)\s+of\s+(?:[\w-]+\s+){0,2}(?:bombardment|shelling|strikes|siege|attacks|bombing)\b"
                     # "has repeatedly accused Russia of shelling residential areas in Kiev": an accusation over time
                     r"|\b(?:repeatedly|regularly|often|long)\s+(?:accused|blamed)\b"
                     # a toll counted over the war: "at least 200 people have been killed in Irpin since Russia invaded"
                     r"|\b(?:have|has)\s+been\s+killed\b[^.;]{0,60}\bsince\s+(?:Russia\s+|Moscow\s+)?(?:invaded|the\s+(?:start\s+of\s+the\s+)?(?:full-scale\s+)?(?:invasion|war))", re.I)
DEFUSED = re.compile(r"\b(?:neutrali[sz]ed|defused|demined|disarmed|bomb\s+disposal|sappers|"
                     # an accident with old munitions, no attack: "killed as a result of an explosion of ammunition"
                     r"(?:explosion|detonation)\s+of\s+(?:an?\s+)?(?:unknown\s+|unexploded\s+|old\s+)?(?:ammunition|munitions?|explosive\s+(?:object|device)s?|ordnance))\b", re.I)
# "captured another village ...": the object is unnamed; a place named later is not it.
UNNAMED_OBJECT = re.compile(r"^\s+(?:(?:full\s+|complete\s+)?control\s+(?:of|over)\s+|from\s+)?(?:of\s+)?(?:another|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
                            r"(?:thir|four|fif|six|seven|eigh|nine)teen|twenty|several|\d+|more|new|further|additional|key|major|many|some)\s+"
                            r"(?:(?:string|series|number|handful|couple|chain|line)\s+of\s+)?(?:\w+\s+)?(?:villages?|settlements?|towns?|cities|localities|locality|hamlets?|communities|community|areas?|districts?|neighbou?rhoods?)\b(?!\s+(?:of|called|named)\b)", re.I)
# "the claimed capture of X", "Kupiansk's alleged capture": a side's claim reported, not the outlet's assertion.
REPORTED_BEFORE = re.compile(r"\b(?:claimed|alleged|purported|reported|announced|declared|supposed|allegedly|purportedly|supposedly)\s+(?:\w+\s+)?$", re.I)
