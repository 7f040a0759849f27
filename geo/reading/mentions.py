"""Article -> mentions: find the place names in a text and resolve them with the whole article as context.

Detection is gazetteer-driven: runs of capitalised words (and the big cities' names in lower case)
are looked up by spelling key; people, organisations, months and places abroad are left out by the
lexicons in :mod:`geo.reading.words`. Resolution ranks namesakes first on the evidence next to the
mention ("Krynky, on the left bank of the Dnipro", "Lukiantsi in the Kharkiv region", "Pobeda, a
small village about five kilometres west of Donetsk city"), then on the rest of the article: the
oblasts it names, and its other places, resolved together: a name whose namesakes the article does
not separate takes the namesake nearest the article's other places, the ambiguous ones included
(the most compact reading of the article).
"""

from __future__ import annotations

import re

from geo.places.context import Context, Landmark
from geo.reading.coherence import place_open_members, place_outliers
from geo.places.match import match_name
from geo.places.names import loose_skeleton, spelling_key
from geo.places.geocoder import RESOLVED_CANDIDATES, GazetteerGeocoder, Resolution, flat_km
from geo.reading.words import (BORDER_TOWNS_ABROAD, FOREIGN, FOREIGN_REGIONS, NOT_MENTIONS, OFFICIALS_RU, OFFICIALS_UA,
                               ORGANISATIONS, STOPWORDS, TITLES, is_first_name)
from geo.models import Mention

_TOKEN = re.compile(r"[^\W\d_](?:[\w'’ʼ`]|-(?=\w))*")
_POSSESSIVE = re.compile(r"(?:'s|’s|'|’)$")
# (also after the name in another spelling, in brackets: "the Zaporozhye (Zaporizhzhia) region")
_OBLAST_AFTER = re.compile(r"^(?:\s+\([A-Z][\w'’-]+\))?\s+(?P<word>[Rr]egions?|[Oo]blasts?|[Pp]rovinces?|[Pp]eople['’]s\s+[Rr]epublics)\b")
_RAION_AFTER = re.compile(r"^\s+(?P<word>[Dd]istricts?|[Rr]aions?|[Rr]ayons?)\b")
# "the Shevchenko district of Kharkiv" (not "... of the Donetsk region"): a city's district
_CITY_DISTRICT = re.compile(r"^\s+[Dd]istrict\s+of\s+(?:the\s+city\s+of\s+)?[A-Z][\w'’-]+(?!\s+(?:[Rr]egion|[Oo]blast|[Pp]rovince|[Dd]istrict|[Rr]aion))\b")
# a run of hashtags closing a line ("#Zelenskyj #folks #bombed #Kharkiv"): tags, not text
HASHTAG_RUN = re.compile(r"#[\w'’-]+(?:\s+#[\w'’-]+)*[ \t]*(?:\n|$)")
# "their three daughters—Yaryna, Daryna, and Emilia—were killed": people's first names, listed after their kin
_KIN_LISTED = re.compile(r"\b(?:daughters?|sons?|children|kids|grandchildren|granddaughters?|grandsons?|sisters?|brothers?|wife|"
                         r"husband|mother|father|parents)\s*(?:[—–:(,]|\s-)\s*(?:[A-Z][\w'’-]+(?:,\s*\d+)?\s*(?:,\s*(?:and\s+)?|\s+and\s+))*$")
_KIN_LIST_CLOSES = re.compile(r"(?:,\s*\d+)?(?:\s*(?:,\s*(?:and\s+)?|\s+and\s+)[A-Z][\w'’-]+(?:,\s*\d+)?)*,?\s*(?:[—–)]|\s-\s|\.(?:\s|$)|"
                              r"(?:(?:were|was)\s+(?:\w+\s+)?(?:killed|injured|wounded|hurt|rescued|born)|died|survived)\b|"
                              r"(?!\s*(?i:city|town|district|regional|oblast|police|mayor|governor|military|head|authorities|officials?|"
                              r"prosecutors?|residents|locals|villagers|community)\b)[\w\s]{0,40}?\b(?:said|says|told)\b)")
_A_DISTRICT_AFTER = re.compile(r"\s*,\s*(?:a|the)\s+(?:[\w-]+\s+)?district\b(?!\s+(?:cent(?:re|er)|capital|town|seat|and\s+regional))", re.I)
_REGIONAL_TITLE_AFTER = re.compile(r"\s+(?:regional|oblast)\s+(?:Gov\.|(?:[Gg]overnor|[Hh]ead|[Cc]hief|[Pp]olice|[Pp]rosecutors?|"
                                   r"[Mm]ilitary\s+[Aa]dministration\s+(?:[Hh]ead|[Cc]hief))\b)")
_OTHER_PLACE_TOLD = re.compile(r"\b(?:village|town|city|settlement|community|hromada)\s+of\s+[A-Z]")
_TOWNS_DISTRICT = re.compile(r"\s+[Dd]istrict\s*,\s*(?:which\s+|that\s+)?(?:(?:is\s+)?(?:located|situated)\s+in\s+the\s+(?:town|city)\b|"
                             r"(?:lies|is\s+located|is\s+situated|sits)\b[^.;]{0,100}?\b"
                             r"(?:part|parts|centre|center|outskirts|edge|middle|heart|side)\s+of\s+the\s+(?:town|city)\b)")
# an address: "the village of Stari Vyrky, Bilopil community, Sumy district"
_ADDRESS_BEFORE = re.compile(r"\b(?:community|hromada|communities|hromadas)\s*,\s*$", re.I)
_WATER_BEFORE = re.compile(r"\bthe\s+$", re.I)
# "the Bakhmut front", "the Pokrovsk direction": named after the town, whatever river shares its name
_TOWN_AFTER = re.compile(r"^\s+(?:front|direction|axis|sector|salient|area|district|outskirts|garrison|operational|government|"
                         r"administration|authorities|officials|police|council|mayor|governor|region|oblast|city|town|village|settlement|residents)\b", re.I)
_WATER_AFTER = re.compile(r"^(?:'s|’s)?\s+(?:[Rr]iver|[Rr]eservoir|[Ll]ake|[Ee]stuary|bridgehead|crossing|delta|islands)\b|^(?:'s|’s)\s+(?:left|right|east|west)\w*\s+bank")
# A hromada named by its town's adjective: "the Bilopilska hromada", "Belopolskaya community"
_HROMADA_ADJECTIVE = re.compile(r"([A-Z][\w'’-]+?)(?:s['’]?ka|skaya|skaia|s['’]?kyi|sky)$")
_OFFICIAL = re.compile(rf"(?:{OFFICIALS_RU}|{OFFICIALS_UA})")
# a front named by its town's adjective: "the Novopavlivske direction", "the Pokrovske axis"
_FRONT_ADJECTIVE = re.compile(r"([A-Z][\w'’-]+?)(?:s['’]?ke|s['’]?koye|s['’]?koe|s['’]?kyi|s['’]?kiy|s['’]?ky)$")
_FRONT_AFTER = re.compile(r"\s+(?:direction|axis|front|sector|salient)\b", re.I)
FRONT_TOWN_PEOPLE = 1000  # a front is named after a town, not a hamlet
_TOWN_ENDINGS = ("", "s", "sk", "ka", "lia", "lya", "lye", "ye", "ia", "ya", "a", "e", "ske")
_HROMADA_AFTER = re.compile(r"^\s+(?:(?:urban|rural|settlement|city|village)\s+)?(?:territorial\s+)?(?:hromadas?|communit(?:y|ies))\b", re.I)
_LIST_HROMADAS = re.compile(r"^(?:\s*,\s*[A-Z][\w'’\-]+)*\s*,?\s+and\s+[A-Z][\w'’\-]+\s+(?:(?:territorial\s+)?(?:hromadas|communities))\b")
# Words that open two-word place names: alone they name other places ("Novaya", "Velyka")
_NAME_STARTS = {"novaya", "novyi", "novy", "nova", "novoye", "novo", "staraya", "staryi", "stary", "stara", "velyka", "velikaya",
                "veliky", "mala", "malaya", "maly", "verkhnya", "verkhnia", "nizhnyaya", "nyzhnia", "krasnaya", "krasnyi", "bolshaya"}
_REGIONS_LISTED = re.compile(r"\b(?:regions?|oblasts?|provinces?|(?:regions|oblasts|provinces)\s*[-–—:])\s+(?:(?:\w+\s+|of\s+the\s+country,?\s+)?(?:including|such\s+as|like|include)\s+)?"
                             r"(?:the\s+)?(?:[A-Z][\w'’-]+\s*(?:,|and)\s+){0,6}$")
_ROAD_AFTER = re.compile(r"\s+(?:road|highway|motorway|route|railway)\b", re.I)
_RIVER_NAMED = re.compile(r"^(?:\s+[A-Z][\w'’-]+)?\s+(?:[Rr]iver|[Ii]sland|[Ss]pit)\b")  # also 'Snake Island', 'the Kinburn Spit'
_LIST_REGIONS = re.compile(r"^(?:\s*,\s*[A-Z][\w'’\-]+)*\s*,?\s+and\s+(?:(?:neighbou?ring|nearby|adjacent|border(?:ing)?)\s+)?[A-Z][\w'’\-]+\s+"
                           r"(?:[Rr]egions|[Oo]blasts|[Pp]rovinces|[Pp]eople['’]s\s+[Rr]epublics)\b")
# "the Kharkiv, Bohodukhiv, Chuhuiv and Izyum districts": every name of the list is a district
_LIST_RAIONS = re.compile(r"^(?:\s*,\s*[A-Z][\w'’\-]+(?:\s+[A-Z][\w'’\-]+)?)*\s*,?\s+and\s+[A-Z][\w'’\-]+(?:\s+[A-Z][\w'’\-]+)?\s+(?:[Dd]istricts|[Rr]aions|[Rr]ayons)\b")
# A district named by its adjective ("Orekhovsky", "Pokrovskyi", "Bakhmutskyi"), never a settlement's name
_DISTRICT_ADJECTIVE = re.compile(r"(?:sk|zk|ts|n)(?:y|yi|iy|ii|ij|yy|i)$", re.I)  # (and a city's "Industrialnyi District")
# "the Sea of Azov", "the Gulf of Odesa": a body of water named after a place, not the place
_WATER_OF = re.compile(r"\b(?:Sea|Gulf|Bay|Strait|Straits)\s+of\s+$")
# An oblast's bare name used for the oblast, not its centre: "a village in Donetsk", "in eastern Donetsk",
# "Dobropillia in Zaporizhzhia" (see _settlement_before), "the region (province) of Donetsk", "the Kherson direction".
_REGION_BEFORE = re.compile(
    r"(?:\b(?:in|across|of|throughout|into|around)\s+(?:the\s+)?(?:eastern|western|northern|southern|south-?eastern|"
    r"north-?eastern|south-?western|north-?western|industrial|occupied|Russian-occupied|partially\s+occupied)\s+"
    r"|\b(?:regions?|republics?|provinces?|oblasts?)\s+of\s+(?:the\s+)?(?:[A-Z][\w'’-]+(?:\s+in\s+the\s+(?:north|south|east|west)\w*)?\s*(?:,|,?\s*and)\s+){0,6}|\b(?:villages?|towns?|settlements?|hamlets?|cities|communities)\s+(?:\w+\s+){0,2}(?:in|across)\s+(?:Ukraine['’]s\s+)?(?:central\s+)?"
    r"|\b(?:last|only|largest|biggest|main|first|second|third|major)\s+(?:[\w-]+\s+){0,3}city\s+in\s+"
    r"|\bcompared\s+(?:to|with)\s+"
    # "improved their positions along the front line in Donetsk", "their advance in Donetsk": a front runs
    # through a region, not through the oblast's centre
    r"|\b(?:front\s*-?lines?|frontline|advance|advances|(?:counter-?)?offensive|gains|push)\s+(?:\w+\s+)?in\s+"
    r"|\b(?:administrative\s+)?border\s+(?:with|of)\s+(?:the\s+)?"
    # "control over 75% of Zaporizhzhia": a share of a region's land, not of its centre
    r"|\b\d+(?:[.,]\d+)?\s*(?:%|per\s*cent|percent)\s+of\s+(?:the\s+)?)$", re.I)
# "annexed Donetsk", "Donetsk, which was annexed", "annexed Donetsk and three other regions", "Kherson was among the
# four areas": what is annexed or counted among the regions is the region
_ANNEXED_BEFORE = re.compile(r"\bannex(?:ed|ing|ation\s+of)\s+(?:the\s+)?$")
_ANNEXED_AFTER = re.compile(r"^(?:,\s+which\s+(?:was|were|had\s+been|Russia|Moscow)\s+(?:\w+\s+)?annexed|\s+and\s+(?:\w+\s+){0,2}other\s+"
                            r"(?:\w+\s+)?regions|\s+(?:was|is)\s+(?:not\s+)?(?:among|one\s+of)\s+(?:the\s+)?(?:four|five|\d+)\s+(?:\w+\s+)?(?:areas|regions))\b")
# ... and of the centres Russia has held since 2014, the words that make a bare name the land around them: "all
# (parts) of Donetsk", "across the Donetsk", "in Ukraine's Donetsk", "forces from Donetsk", "including 31 in Donetsk"
# (but "Ukrainian shelling across Donetsk", "throughout Donetsk" can be the city)
_HELD_REGION_BEFORE = re.compile(r"\b(?:all\s+(?:parts\s+)?of|the\s+whole\s+of|across\s+the|Ukraine['’]s|"
                                 r"(?:forces|troops|units)\s+from|including\s+\d+\s+in)\s+$", re.I)
# "said of the fighting in Zaporizhia": the war is in the region around an oblast's centre (not "fighting in Kyiv's counteroffensive")
# Russia's fire on a place, as the side under it reports it: "Russian attacks on Donetsk", "Russian shelling in Luhansk"
_RUSSIAN_FIRE_ON = re.compile(r"\b(?:Russian|Russia['’]s|enemy)\s+(?:[\w-]+\s+)?(?:attacks?|strikes?|shelling|bombardments?|fire)\s+"
                              r"(?:on|in|across|against)\s+(?:the\s+)?$", re.I)
# the oblasts whose centres Russia has held since 2014 (Donetsk, Luhansk; GeoNames admin1): the fire of
# Russia's forces cannot fall on those cities, so a bare "Donetsk" under it is the oblast
_CENTRES_HELD_SINCE_2014 = {"05", "14"}
# ... nor can its forces take them: "Shoigu informed Putin that Luhansk had been "liberated"" is the region
# (Russia's word for it, "liberated": "separatists seized Donetsk in 2014" is the city)
_LIBERATED_BEFORE = re.compile(r"\bliberat(?:ed|ion\s+of|ing)\s+(?:the\s+(?:whole\s+|entire\s+)?)?$", re.I)
_LIBERATED_AFTER = re.compile(r"^\s+(?:has|had|have|was|is)\s+(?:now\s+)?(?:been\s+)?(?:fully\s+|completely\s+)?[“\"«]?liberated\b", re.I)
# "attacks in Donetsk and Luhansk": the Donbas pair named together is the two regions (not "the cities of ...")
_DONBAS = r"(?:Donetsk|Luhansk|Lugansk)"
_DONBAS_PAIR_AFTER = re.compile(rf"^\s+(?:and|or)\s+(?:the\s+)?{_DONBAS}\b(?!['’-])")
_DONBAS_PAIR_BEFORE = re.compile(rf"\b{_DONBAS}\s+(?:and|or)\s+(?:the\s+)?$")  # ("the cities of ...": _donbas_pair's own check)
_FIGHTING_IN = re.compile(r"\b(?:fighting|battles?|clashes|combat|counter-?attacks?)\s+(?:\w+\s+)?in\s+(?:the\s+)?$", re.I)
_REGION_AFTER = re.compile(r"^\s+(?:direction|front|front-?line|axis|sector|counter-?offensive|offensive)\b"
                           # "Kharkiv is not among the five regions of Ukraine that Russia claims to have annexed"
                           r"|^\s+(?:is|was)\s+(?:not\s+)?(?:among|one\s+of)\s+(?:the\s+)?(?:\w+\s+){0,2}(?:regions|oblasts|provinces)\b"
                           # "the Donetsk cities of Avdiivka and Vuhledar", "two Kharkiv villages": the region's places
                           r"|^\s+(?:(?:frontline|front-line|border|small|key|major)\s+)?(?:cities|towns|villages|settlements|communities)\b"
                           # "the Donetsk salt-mining city" (Bakhmut), "the Kharkiv border town": a place of the region
                           r"|^\s+(?:[a-z]+-[a-z]+|[a-z]+ing|border|frontline|front-line)\s+(?:city|town|village|hub)\b"
                           # "Avdiivka, the Donetsk town they attacked", "a Kharkiv village": not the city itself
                           r"|^\s+(?:town|village|settlement|hamlet)\b(?!\s+(?:council|hall|centre|center|administration)\b)"
                           # "the Donetsk city of Kramatorsk": a city of the region
                           r"|^\s+city\s+of\s+(?-i:[A-Z])"
                           # "two small settlements just inside Luhansk's borders": the region's borders
                           r"|^['’]s?\s+(?:(?:administrative|northern|southern|eastern|western)\s+)?borders\b", re.I)
_INCLUDING_PLACE = re.compile(r"^,?\s+including\s+(?:[\w-]+\s+){0,4}?(?:in|at|on)\s+the\s+(?:[\w-]+\s+){0,2}(?:city|town|village)\s+of\s+"
                              r"(?P<name>[A-Z][\w'’-]+)")
# "struck two districts of the Kherson region - Beryslav and Kherson - with bombs": the list names districts
_RAIONS_LISTED = re.compile(r"\b(?:districts|raions)\s+(?:of\s+(?:the\s+)?[\w'’-]+\s+(?:region|oblast)\s*)?[-–—:]\s*"
                            r"(?:[A-Z][\w'’-]+(?:\s*,\s*|\s+and\s+))*$")
_ORGANISATION = re.compile(ORGANISATIONS)
# A capital is the city itself only in a place's words: "in Kyiv", "strikes on Kyiv", "the capital, Kyiv",
# "Kyiv's mayor"; as a subject or a possessor ("Kyiv said", "Kyiv's forces", "retaken by Kyiv") it is the state.
_LITERAL_BEFORE = re.compile(
    r"\b(?:in|on|at|near|over|around|outside|toward|towards|to|into|across|above|hit|hits|struck|strikes?\s+on|"
    r"attacks?\s+on|attacked|targeted|targeting|shelled|bombed|of|from)\s+"
    r"(?:the\s+(?:capital|city)(?:\s+of)?,?\s+)?(?:(?:central|downtown|eastern|western|northern|southern|suburban)\s+)?"
    r"(?:(?:the\s+)?[A-Z][\w'’-]+(?:\s+(?:region|oblast))?\s*(?:,|and)\s+){0,3}$"
    r"|\bthe\s+(?:Ukrainian\s+)?capital,?\s+$", re.I)
_LITERAL_AFTER = re.compile(
    r"^(?:'s|’s)\s+(?:\w+\s+)?(?:mayor|residents|districts?|suburbs?|skies|sky|air\s+defen[cs]es?|metro|streets?|centre|center|"
    r"outskirts|region|oblast|infrastructure|power|buildings?|apartments?|neighbou?rhoods?|population|citizens|people|"
    r"hospitals?|schools?|railway|station|airport|bridges?|river|left\s+bank|right\s+bank)\b"
    r"|^\s+(?:region|oblast|city|residents|mayor|metro)\b"
    # "Kyiv was attacked with missiles", "Kyiv was shelled on Monday", "Kyiv came under attack": fire falls on the city,
    # not the state (but "Kyiv was hit hard by Washington's decision", "came under fire from allies over its law": the state)
    r"|^\s+(?:was|were|is|has\s+been|had\s+been)\s+(?:(?:again|also|repeatedly|once\s+again|massively)\s+)?"
    r"(?:attacked|shelled|bombed|bombarded|struck|targeted)\b"
    r"|^\s+(?:was|were|is|has\s+been|had\s+been)\s+(?:(?:again|also)\s+)?hit\b(?!\s+hard)(?!\s+by\s+(?!(?:Russian\s+|enemy\s+|an?\s+|the\s+)?"
    r"(?:[\w-]+\s+)?(?:drones?|missiles?|rockets?|shells?|strikes?|bombs?|Shaheds?|attacks?)\b))"
    r"|^\s+(?:came|comes|has\s+come|again\s+came|was|is)\s+under\s+(?:(?:a|an|massive|heavy|another|new|drone|missile|Russian|rocket|air|artillery)\s+){0,3}"
    r"(?:attack|fire|shelling)\b(?!\s+from\s+(?!Russia|the\s+Russian|enemy|drones|missiles))(?![^.;]{0,60}\bover\s+(?:its|his|her|their|the)\b)", re.I)


def _stands_for_state(text: str, s: int, e: int) -> bool:
    """Whether a capital's name at ``text[s:e]`` stands for its government (metonymy)."""
    before, after = text[max(0, s - 60):s], text[e:e + 60]
    if _METONYMY_AFTER.match(after) or _METONYMY_BEFORE.search(before):
        return True
    if _LITERAL_AFTER.match(after):
        return False
    if re.match(r"^(?:'s|’s)", after):  # "Kyiv's forces", "Kiev's constant attacks"
        return True
    return not _LITERAL_BEFORE.search(before)
_SPEAKS_AFTER = re.compile(r"\s+(?:(?:also|later|earlier|then)\s+)?(?:said|says|wrote|writes|told|added|reported|noted|stated|explained|"
                           r"stressed|emphasi[sz]ed|insisted|claimed|announced|confirmed|denied|clarified|specified|warned|provided|"
                           r"gave|shared|posted|informed)\b|\s*(?:['’]s\s+)?(?:quote|quotes|quoted|comment|statement)\s*:")
# Capitalised words that continue a place's name rather than start a surname.
_PLACE_WORDS = {"people's", "people’s", "republic", "city", "town", "village", "raion", "district", "oblast", "region",
                "river", "reservoir", "island", "bay", "spit", "heights", "hills", "nuclear", "npp", "hpp", "dam"}
_OWNS_PLACE = re.compile(r"^['’]s\s+(?P<name>[A-Z][\w'’-]+(?:[ -][A-Z][\w'’-]+)?)\b"
                         r"(?!\s+(?:district|neighbou?rhood|microdistrict|quarter|area|raion|park|square|street|avenue)s?\b)")
_BORDER_WITH = re.compile(r"\bborders?\s+(?:with|of)\s+(?:the\s+)?$", re.I)
_SETTLEMENT_IN = re.compile(r"\b([A-Z][\w'’\-]+)\s+in\s+$")
_METONYMY_AFTER = re.compile(
    r"^(?:'s|’s)?\s+(?:(?:has|have|had|will|would|did|does|also|now|then|quickly|immediately|officially|not|"
    r"yet|never|on \w+)\s+)*"
    r"(?:said|says|say|rejects?|rejected|denies|denied|claims?|claimed|announced?|announces|accused|accuses|"
    r"confirm|comment(?:ed)?|react(?:ed)?|respond|acknowledge[sd]?|"
    r"insists?|insisted|warned|warns|argues?|argued|responded|reported|confirmed|dismissed|army|forces|troops|"
    r"government|authorities|officials|general staff|military|command|regime|leadership|is |has |"
    # "In the Kharkov Region, Kiev lost up to 215 troops": the state's army (a city loses power, not troops)
    r"lost\s+(?:up\s+to\s+|over\s+|about\s+|more\s+than\s+|as\s+many\s+as\s+|some\s+|nearly\s+)?[\d,]+\s+(?:[\w-]+\s+)?"
    r"(?:troops|soldiers|servicemen|personnel|fighters|men))",
)
# "the offensive against Kyiv", "Moscow's war on Kyiv": the capital stands for the state.
_METONYMY_BEFORE = re.compile(
    r"\b(?:offensive|invasion|war|aggression|pressure|sanctions|support|aid|demands?|talks|ties|relations)\s+"
    r"(?:against|on|with|for|to|from)\s+$"
    # "according to Kyiv", "retaken by Kyiv", "between Kyiv and Moscow": a voice or an actor
    r"|\baccording\s+to\s+$|\b(?:by|between)\s+$", re.I
)
_LOCAL_EVIDENCE = re.compile(
    # ("Hulyaipol, a city within the Zaporizhia region", "X in Russia's Lugansk People's Republic")
    r"^[^.;:!?]{0,60}?\b(?:in|of|within)\s+(?:the\s+)?(?:(?:Ukraine|Russia)['’]s\s+)?(?:(?:southern|northern|eastern|western|south-?eastern|north-?eastern|occupied|Russian-occupied)\s+)?"
    r"(?P<oblast>[A-Z][\w'’\-]+)\s+(?:[Rr]egion|[Oo]blast|[Pp]rovince|People['’]s\s+Republic)\b"
    # "Bilozirka (Kherson region)": the place's own oblast, in brackets right after it
    r"|^\s*\(\s*(?P<oblast2>[A-Z][\w'’\-]+)\s+(?:[Rr]egion|[Oo]blast|[Pp]rovince)\s*\)"
)
# "Urozhaine, Donetsk Oblast": the place's own oblast after a comma (before any later "in the Y region"),
# unless a list goes on ("Kharkiv, Sumy Oblast and Odesa": three places)
_OBLAST_APPOSITION = re.compile(r"^,\s+(?P<oblast>[A-Z][\w'’\-]+)\s+(?:[Rr]egion|[Oo]blast|[Pp]rovince)\b"
                                # ... closing the phrase: not "Kharkiv Oblast was hit", "Kharkiv Oblast's X", "... and the Y region"
                                r"(?=\s*(?:[.;:)!?]|$)|,\s+(?!(?:and|or)\b|(?:the\s+)?(?-i:[A-Z]))(?-i:[a-z]))")
# the place's own oblast attached to its name ("X in the Sumy region", "X in northeastern Sumy region", "X, Sumy Oblast",
# "X (Sumy region)"), not one a list goes on to ("X and Y, as well as in the Sumy region"): the article's other places
# may not move it off there
_ATTACHED_OBLAST = re.compile(r"(?:\s+(?:in|of|within)\s+(?:the\s+)?(?:(?:Ukraine|Russia)['’]s\s+)?(?:(?:southern|northern|eastern|western|"
                              r"south-?eastern|north-?eastern|south-?western|north-?western|occupied|Russian-occupied)\s+)?"
                              r"|,\s+|\s*\(\s*)[A-Z][\w'’\-]+\s+(?:[Rr]egion|[Oo]blast|[Pp]rovince)\b")
# "advanced in Sumy Oblast near the border village of X", "In the Kharkiv region, the village of X was
# shelled": the oblast a clause is set in, just before a place, with no other name in between.
_OBLAST_BEFORE = re.compile(
    r"\b(?:[Ii]n|[Aa]cross)\s+(?:the\s+)?(?:Ukraine['’]s\s+)?(?:(?:southern|northern|eastern|western|north-?eastern|south-?eastern|"
    r"border|frontline|front-line)\s+)?(?P<oblast>[A-Z][\w'’\-]+)\s+(?:[Rr]egion|[Oo]blast|[Pp]rovince)"
    r"(?:,\s+|\s+)(?:[a-z][\w'’\-]*[,\s]+){0,10}?(?:(?:village|town|settlement|city|hamlet)\s+of\s+)?$")
_REGION_NAMED = re.compile(r"[Rr]egion|[Oo]blast|[Pp]rovince")  # (a cheap test before the pattern above)
# ... but not an official's oblast before what he said ("an official in the Zaporizhzhia region insisted that X")
_SAID_IN_GAP = re.compile(r"\b(?:that|said|says|insisted|claimed|claims|told|reported|stated|added|noted|announced|wrote|denied)\b")
_TITLE_IN = re.compile(r"\b(?:officials?|governor|head|chief|authorities|administration|mayor|spokes(?:man|woman|person))\s*$", re.I)
# "Zelenyi Hai and Dobropillia in Zaporizhzhia": a bare oblast name right after a place (or its list).
_BARE_OBLAST_AFTER = re.compile(r"^(?:\s*(?:,|,?\s+and)\s+[A-Z][\w'’\-]+(?:\s+[A-Z][\w'’\-]+)?)*\s+in\s+(?P<oblast>[A-Z][\w'’\-]+)\b")
# fronts that name a river or a whole theatre, not the oblast they run through
_BROAD_FRONTS = re.compile(r"Dnipro|Dnieper|Donetsk|Luhansk|Lugansk|Donbas|Donbass", re.I)
_NEAR_EVIDENCE = re.compile(
    r"^[^.;:!?]{0,40}?\b(?:near|outside|of|from|toward|towards)\s+(?:the\s+(?:town|city|village)\s+of\s+)?(?P<name>[A-Z][\w'’\-]+(?:[ -][A-Z][\w'’\-]+)?)"
    r"|^[^.;:!?]{0,40}?\b(?:on|in|along)\s+the\s+(?P<front>[A-Z][\w'’\-]+)\s+(?:front|direction|axis|sector|salient)\b"
)
_NUMBER_WORDS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
                 "ten": 10, "twelve": 12, "fifteen": 15, "twenty": 20, "thirty": 30, "a few": 5, "several": 7}
_ADJACENT_NEAR = re.compile(
    r"^\s*[,(]?\s*(?:(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?(?:village|town|city|settlement|hamlet)\s+)?"
    r"(?:(?:located|situated|lying|which\s+(?:is|lies))\s+)?(?:just\s+|about\s+|some\s+|around\s+|roughly\s+|nearly\s+)?"
    r"(?:(?P<km>\d+(?:\.\d+)?|" + "|".join(_NUMBER_WORDS) + r")\s*(?:-\s*)?(?P<unit>km|kilomet(?:re|er)s?|miles?)\s+(?:\([^()]{1,20}\)\s+)?)?"  # "40 km (25 miles) southwest of"
    r"(?:near|outside|close\s+to|not\s+far\s+from|on\s+the\s+outskirts\s+of|from|(?:to\s+the\s+)?(?P<dir>(?:north|south|east|west)(?:-?(?:east|west))?)\s+of)\s+"
    # "the town of X", "the regional capital Donetsk", "the industrial city of X", "the Ukrainian city of X"
    r"(?:the\s+(?:(?:(?-i:[a-z][\w-]*)|Ukrainian|Russian)\s+){0,2}?(?:town|city|village|capital|centre|center|hub)\s+(?:of\s+)?)?"
    r"(?P<name>[A-Z][\w'’\-]+(?:[ -][A-Z][\w'’\-]+)?)(?P<front>)"
)
# an inverted attribution ('..., said Chaus.'): the speech verb right before the name, the clause ending after it
_SPEECH_BEFORE = re.compile(r"(?:[,”\"][ \t]*|[ \t])(?-i:said|says|added|noted|stated|wrote|explained|reported|told|stressed|emphasi[sz]ed)[ \t]+$")
_NAME_ENDS = re.compile(r"\s*(?:[.;!?”\"]|$|,\s+(?:adding|noting|stressing|saying|who|(?:the\s+)?(?:head|governor|chief|mayor|spokes\w+|commander)\b))")
_ADMIN_WORDS_END = re.compile(r"\s+(?:regions?|oblasts?|provinces?|districts?|raions?|rayons?)$", re.I)
# Places abroad in any spelling ("Koursk", "Belgorode"): compared by spelling key.
_FOREIGN_KEYS = {spelling_key(n) for n in FOREIGN} - {""}
_FOREIGN_REGION_KEYS = {spelling_key(n) for n in FOREIGN_REGIONS} - {""}
# Russia's regions on Ukraine's border and their towns reporting names: a village the words next to it
# place there ("Pokrovsky, 16 km from the Ukrainian border", "X in Russia's Kursk region", "In the Kursk
# region, Russian forces retook X") is abroad, whatever Ukrainian village shares its name.
_BORDER_ABROAD_KEYS = {spelling_key(n) for n in ("kursk", "belgorod", "bryansk", "sudzha", "glushkovo", "korenevo",
                                                 "shebekino", "valuyki", "klintsy", "lgov", "rylsk", "tetkino")}
_REGION_WORD = r"(?:[Rr]egion|[Oo]blast|[Pp]rovince)"
_ABROAD_AFTER = re.compile(
    # ("some 45 kilometers away from the border with northeastern Ukraine's Kharkiv region")
    r"[^.;:!?]{0,40}?\b(?:km|kilomet(?:re|er)s?|miles?)\s+(?:away\s+)?(?:from|of)\s+the\s+(?:Ukrainian\s+border|border\s+with\s+(?:[\w-]+\s+)?Ukraine)"
    rf"|[^.;:!?]{{0,40}}?\bin\s+(?:the\s+)?(?P<russian>Russia['’]s\s+|Russian\s+)?(?:(?:north|south)?-?(?:east|west)?(?:ern)?\s+)?(?P<region>[A-Z][\w'’\-]+)\s+{_REGION_WORD}"
    r"|,?\s+(?:in|inside)\s+Russia\b(?!['’]s)")
_ABROAD_SENTENCE = re.compile(rf"(?:^|[.!?]\s+)In\s+(?:the\s+)?(?:Russia['’]s\s+|Russian\s+)?(?P<region>[A-Z][\w'’\-]+)\s+{_REGION_WORD}\b[^.!?]*$")
# "the Azov brigade", "Zavodska Street": unit and street names are not places.
_UNIT_AFTER = re.compile(r"^['’]s\s+(?:regional\s+)?(?-i:governor)\b|^\s+(?:brigades?|battalions?|regiments?|units?|corps|special\s+forces|People['’]s\s+(?:Militia|Army|Police)|"
                         r"streets?|avenue|square|boulevard|lane|highway|microdistrict|(?:nuclear\s+)?(?:power\s+)?plant|NPP|"
                         # "the Serebrianka forestry": a forest named after the village, not the village
                         r"forestry|forest|woods|reservoir|quarry|"
                         # "the Crimea bridge", "the Svatove road": a structure named after a place, not the place
                         r"bridge|road|dam|"
                         # "Luhansk Governor Serhiy Haidai", "the Kharkiv government": a title, no place
                         r"(?-i:[Gg]overnor|Gov|[Oo]blast\s+[Hh]ead|government|authorities))\b", re.I)
# "the head of the Sumy Military Administration": the office, no place (a strike that "hit Sumy Military Administration" is Sumy's)
# "the Zmiyinyy (Snake) Island", "Dzharylhach Island": an island, not the village that shares its name
_ISLAND_AFTER = re.compile(r"\s*(?:\([^()]{1,20}\)\s*)?[Ii]slands?\b")
_OFFICE_AFTER = re.compile(r"\s+(?:City\s+|Regional\s+|Oblast\s+|District\s+)?(?:State\s+)?Military\s+Administration\b")
_OFFICE_HEAD_BEFORE = re.compile(r"\b(?:head|chief|spokes\w+|press\s+service|deputy)\s+of\s+(?:the\s+)?$", re.I)
# "the Operational Tactical Group Luhansk", "Battlegroup 'Dnepr'": a formation named after a place, not the place
_UNIT_BEFORE = re.compile(r"\b(?:[Oo]perational|[Tt]actical|[Ss]trategic)[\s-]+(?:[Tt]actical\s+|[Ss]trategic\s+)?[Gg]roup(?:ing)?"
                          r"(?:\s+of\s+(?:[Tt]roops|[Ff]orces))?\s+[\"“«']?$|\b(?:OTG|OSG|OSGT)\s+[\"“«']?$")
BIG_CITY = 100_000
CLUSTER_KM = 25.0  # the villages of one General Staff list lie within a few tens of km of each other
CLUSTER_NAMES = 3  # names of one cluster it takes to read an open name as its member
CLUSTER_CANDIDATES = 40  # namesakes of each name considered
TOWN_SIZE = 3_000
TOWN_LEAD = 3.0  # "the town of X": a namesake this big, and no other, is the one meant
CITY_SIZE = 100_000  # "the village of X": a namesake this big is not the one meant
ADJACENT_CHARS = 30
# the place's own raion right after its name: "Tymofiivka in the Bohodukhiv district", "X, Pokrovsk raion" (not "the X
# district of Kharkiv", a city's district)
_OWN_RAION = re.compile(r"^(?:\s+in\s+(?:the\s+)?|,\s+)(?P<raion>[A-Z][\w'’\-]+)\s+(?:[Dd]istrict|[Rr]aion|[Rr]ayon)\b(?!\s+(?:of|in)\s+[A-Z])")
ANCHOR_CONFIDENCE = 0.75  # a name resolved this surely on its own words anchors the article's others
ARTICLE_ROUNDS = 2  # rounds in which the article's ambiguous names are read against each other
GROUP_POINTS = 10  # likely places kept per ambiguous name when it anchors the others
BIG_CITY_ANCHOR = 0.1  # a big city is named in passing: a weak anchor for the article's other places
# A round-up naming places all over the country (strikes on Kyiv, Dnipro and Kherson, fighting near
# Donetsk) says little about where its one village lies: when the places its own words settle lie
# this far from each other (the median distance to the nearest other), they and its ambiguous names
# anchor the others this much less (a coincidence of two namesakes among many is no evidence then).
SPREAD_KM = 100.0
SPREAD_PLACES = 3
SPREAD_ANCHOR = 0.1
MAX_WORDS = 3
CAPITAL_NAMES = {"kyiv", "kiev", "moscow", "washington", "minsk", "beijing", "pyongyang"}


def _tokens(text: str) -> list[tuple[int, int, str]]:
    out = []
    for m in _TOKEN.finditer(text):
        word = m.group()
        if m.start() and text[m.start() - 1] == "#" and HASHTAG_RUN.match(text, m.start() - 1):
            continue  # "... #enterprise #bombed #Kharkiv": a closing run of hashtags, no mention
        poss = _POSSESSIVE.search(word)
        end = m.end() - (len(poss.group()) if poss and len(word) > 3 else 0)
        out.append((m.start(), end, text[m.start() : end]))
    return out


# a nationality opening a run of capitalised words: "the Russian Air Force" cut before "Force" is no place
_NATIONALITY_FIRST = re.compile(r"(?:Russian|Ukrainian|Belarusian|American|British|Polish)\s")

class MentionFinder:
    """Find and resolve place mentions with one geocoder (and its gazetteer).

    :param geocoder: the geocoder whose gazetteer and ranking are used.
    """

    def __init__(self, geocoder: GazetteerGeocoder):
        self.geocoder = geocoder
        self.gazetteer = geocoder.gazetteer
        self._detect_cache: dict[tuple[str, tuple], bool] = {}
        self._big_city_keys: set[str] | None = None
        self._cache: dict[tuple, Resolution] = {}
        self._towns_of: dict[str, str | None] = {}  # "Bilopilska" (a hromada's adjective) -> "Bilopillia"
        self._front_towns: dict[str, str | None] = {}  # "Novopavlivske" (before "direction") -> "Novopavlivka"

    def find(self, text: str) -> list[Mention]:
        """Every place mention in a text, resolved, in text order.

        :param text: the article text (title included).
        :returns: mentions with offsets into ``text``.
        """
        spans = self._detect(text)
        return self._resolve(text, spans)

    # -- detection ------------------------------------------------------------------------
    def _known(self, phrase: str, kinds: tuple[str, ...]) -> bool:
        key = (phrase, kinds)
        if key not in self._detect_cache:
            matches = match_name(self.gazetteer, phrase, kinds, typos=False)
            self._detect_cache[key] = any( (m.how != "skeleton" or m.weight >= 0.42) for m in matches)
        return self._detect_cache[key]

    def _detect(self, text: str) -> list[tuple[int, int, str, str]]:
        """Spans (start, end, surface, kind) that name places."""
        toks = _tokens(text)
        spans: list[tuple[int, int, str, str]] = []
        surnames: set[str] = set()
        i, skip_next = 0, False
        while i < len(toks):
            start, end, word = toks[i]
            low = word.lower()
            prev = toks[i - 1][2].lower() if i else ""
            if skip_next:
                skip_next, i = False, i + 1
                continue
            if i + 1 < len(toks) and toks[i + 1][2][:1].isupper() and is_first_name(low) and not text[end:toks[i + 1][0]].strip():
                # ("Stanislav Bunyatov" is a person; "shelled Antonivka, Stanislav, Shyroka Balka" lists villages)
                surnames.add(toks[i + 1][2])  # "Andriy Kovalyov": a later bare "Kovalyov" is the same person
                skip_next, i = True, i + 1
                continue
            if not word[0].isupper() and low not in CAPITAL_NAMES:
                if not self._big_city(low):
                    i += 1
                    continue
            if prev in TITLES and not text[toks[i - 1][1] : start].strip():
                i += 1
                continue
            org = _ORGANISATION.match(text, start)
            if org:  # "the Kyiv Independent", "the Kharkiv Regional Military Administration"
                while i < len(toks) and toks[i][0] < org.end():
                    i += 1
                continue
            found = None
            for n in range(min(MAX_WORDS, len(toks) - i), 0, -1):
                group = toks[i : i + n]
                if n > 1 and not all(t[2][:1].isupper() for t in group):
                    continue
                if n > 1 and re.search(r"[.,;:!?\n]|(?<!People)['’]s\b", text[group[0][1] : group[-1][0]]):
                    continue  # (nor past a possessive: "Russia's RIA" is no "Rusyn Yar"; "People's Republic" is a name)
                s, e = group[0][0], group[-1][1]
                phrase = text[s:e]
                kind = self._kind_of(text, phrase, s, e)
                if kind:
                    found = (s, e, phrase, kind, n)
                    break
            if found and found[3] == "settlement" and (self._person(text, toks, i, found)
                                                       or found[4] == 1 and not self._big_city(low)
                                                       and _KIN_LISTED.search(text, max(0, start - 60), start)
                                                       and _KIN_LIST_CLOSES.match(text, end)
                                                       or found[4] == 1 and word in surnames and not self._big_city(low)
                                                       and (_SPEAKS_AFTER.match(text, end) or _SAID_BEFORE.search(text, max(0, start - 30), start))):
                i += found[4] + 1
                continue
            if found and found[4] == 1 and low in _NAME_STARTS and i + 1 < len(toks) and toks[i + 1][2][:1].isupper() \
                    and text[end:toks[i + 1][0]] == " ":
                i += 2  # "Novaya Sorochina" (a village of Kursk oblast) is not the Ukrainian "Novaya" the first word names
                continue
            if found:
                s, e, phrase, kind, n = found
                bracketed = 0
                if kind == "oblast" and (m := _OBLAST_AFTER.match(text[e:])) and not m["word"].lower().endswith("s"):
                    if m.group().lstrip().startswith("("):
                        bracketed = 1  # "the Zaporozhye (Zaporizhzhia) region": the name in brackets is the oblast's too
                    else:
                        e += m.end()
                        phrase = text[s:e]
                spans.append((s, e, phrase, kind))
                i += n + bracketed
            else:
                spans += self._hyphen_pair(text, start, end, word)
                i += 1
        return spans

    def _hyphen_pair(self, text: str, start: int, end: int, word: str) -> list[tuple[int, int, str, str]]:
        """Two towns joined by a hyphen, "the Pokrovsk-Myrnohrad agglomeration", "the Kupiansk-Lyman axis":
        each part that names a settlement, when the whole names nothing."""
        parts = word.split("-")
        if len(parts) != 2 or not all(len(p) >= 4 and p[:1].isupper() for p in parts) or _ROAD_AFTER.match(text, end):
            return []  # (but "the Lysychansk-Bakhmut road" is a road)
        out = []
        for part, s in ((parts[0], start), (parts[1], start + len(parts[0]) + 1)):
            if self._kind_of(text, part, s, s + len(part)) != "settlement":
                return []
            out.append((s, s + len(part), part, "settlement"))
        return out

    def _town_of(self, phrase: str) -> str | None:
        """The town a hromada is named for, from the hromada's adjective ("Bilopilska", "Belopolskaya",
        "Marhanetska", "Seredyno-Budska"): the first of the usual endings that names a settlement."""
        if phrase not in self._towns_of:
            stem = _HROMADA_ADJECTIVE.match(phrase)
            names = [stem[1] + end for end in _TOWN_ENDINGS] if stem and len(stem[1]) >= 3 else []
            # a hromada is named for its centre: of "Pokrovsk", "Pokrovka" and "Pokrovske", the biggest place
            sizes = {name: max(self.gazetteer.places[m.geonameid].population for m in found)
                     for name in names if self._known(name, ("settlement",))
                     and (found := match_name(self.gazetteer, name, ("settlement",), typos=False))}
            self._towns_of[phrase] = max(sizes, key=sizes.get) if sizes else None
        return self._towns_of[phrase]

    def _front_town(self, phrase: str) -> str | None:
        """The town a front or direction named by its adjective is named for ("Novopavlivske" -> Novopavlivka,
        "Pokrovske" -> Pokrovsk, "Kurakhivske" -> Kurakhove): a bigger town than any place of the adjective's own name."""
        if phrase not in self._front_towns:
            town, stem = None, _FRONT_ADJECTIVE.match(phrase)
            if stem and len(stem[1]) >= 3:
                base = stem[1]
                names = [base + end for end in ("", "sk", "ka", "e", "a")]
                names += [base[:-2] + "ove"] if base.endswith("iv") else []
                names += [base[:-2] + "ole"] if base.endswith("il") else []
                sizes = {name: self._population(name) for name in names if name != phrase}
                best = max(sizes, key=sizes.get, default=None)
                if best is not None and sizes[best] >= FRONT_TOWN_PEOPLE and sizes[best] > self._population(phrase):
                    town = best
            self._front_towns[phrase] = town
        return self._front_towns[phrase]

    def _hromada_centre(self, name: str, oblasts: set[str]) -> str | None:
        """A community named like a town outside the article's oblasts ("Pokrovsk") whose centre is the village of the
        same stem inside them ("Pokrovske"): that village's name."""
        own = self._oblasts_of(name)
        if not own or own & oblasts:
            return None
        return next((alt for alt in (name + "e", name + "a", name + "ka") if self._oblasts_of(alt) & oblasts), None)

    def _exact_places(self, name: str) -> list:
        """The settlements of exactly this name or alias (no variant, skeleton or typo)."""
        return [self.gazetteer.places[m.geonameid] for m in match_name(self.gazetteer, name, ("settlement",), typos=False)
                if m.how in ("name", "alias", "ascii")]

    def _oblasts_of(self, name: str) -> set[str]:
        """The oblasts (GeoNames admin1) of the settlements of exactly this name or alias."""
        return {p.admin1 for p in self._exact_places(name)}

    def _population(self, name: str) -> int:
        """The most people any settlement of exactly this name (or alias) has; 0 when none has it."""
        return max((p.population for p in self._exact_places(name)), default=0)

    def _person(self, text: str, toks, i: int, found) -> bool:
        """Whether a one-word village name is a person's name: followed by a capitalised word
        ("Stanislav Bunyatov", "Maria Pirogova") or by a speech verb ("Hryhorov wrote")."""
        s, e, phrase, kind, n = found
        if n != 1 or self._big_city(phrase.lower()):
            return False
        if _SPEAKS_AFTER.match(text, e):  # "Hryhorov wrote"; but "officials in Vovchansk said" is the town
            return not re.search(r"\b(?:in|from|of|near|at|outside|around)\s+$", text[max(0, s - 12):s])
        if _SPEECH_BEFORE.search(text, max(0, s - 20), s) and _NAME_ENDS.match(text, e):
            return True  # '"They fired from artillery," said Chaus.': who speaks, not a village of that name
        if re.search(r"\b(?:Quote|Statement|Words|Message)\s+(?:from|by)\s+$", text[max(0, s - 20):s]) and text.startswith(":", e):
            return True  # "Quote from Chaus: ...": who is quoted (the Chernihiv governor), not the village Chaus
        nxt = toks[i + 1] if i + 1 < len(toks) else None
        if nxt is None or text[e:nxt[0]] != " " or not nxt[2][:1].isupper():
            return False
        word = nxt[2].lower()
        if re.search(r"\b(?:of|in|for)\s+$", text[max(0, s - 6):s]) and (is_first_name(word) or re.search(
                r"\b(?:mayor|governor|head|chief|administration|council|police|prosecutor)\s+(?:of|in|for)\s+$", text[max(0, s - 40):s], re.I)):
            return False  # "Acting mayor of Zaporizhzhia Anatoly Kurtev": the title's town, then the person
        return word not in STOPWORDS and word not in _PLACE_WORDS and not self._known(nxt[2], ("settlement", "oblast", "water"))

    def _big_city(self, low: str) -> bool:
        """Whether a lower-case word is a big city's name ("against kyiv"): one set look-up."""
        if self._big_city_keys is None:
            big = [p.geonameid for p in self.gazetteer.places.values() if p.kind == "settlement" and p.population >= BIG_CITY]
            self._big_city_keys = {form.lower() for forms in self.gazetteer.forms_of(big).values() for form in forms}
        return low in self._big_city_keys

    def _renamed_centre(self, phrase: str) -> bool:
        """An oblast's name that is no town's name today: its centre was renamed ("Dnipropetrovsk" is
        Dnipro's old name and its oblast's name, so news that writes it means the oblast)."""
        key = spelling_key(phrase)
        bones = loose_skeleton(key)  # "Kiev" and "Kyiv" are one name spelt two ways; "Dnipropetrovsk" and "Dnipro" are not
        oblast = self.geocoder.admin_area(phrase, "oblast")
        own = re.sub(r"\s+(?:Oblast|Region)$", "", (oblast.display_name or oblast.name) if oblast else "", flags=re.I)
        if not own or loose_skeleton(spelling_key(own)) != bones:
            return False  # not the oblast's own name ("Nikolaev" is the city's Russian name)
        places = self.gazetteer.places
        towns = [gid for gid in self.gazetteer.lookup_key(key) if gid in places and places[gid].kind == "settlement"]
        return bool(towns) and not any(loose_skeleton(spelling_key(name)) == bones for gid in towns
                                       for name in (places[gid].display_name or places[gid].name, places[gid].name))

    def _means_region(self, text: str, s: int, after: str) -> bool:
        """Whether the words around a name make it the oblast rather than its centre."""
        before = text[max(0, s - 90):s]  # (room for a list of six regions: "the regions of A, B, C, D, E and F")
        if _REGION_BEFORE.search(before) or _REGION_AFTER.match(after) or _REGIONS_LISTED.search(before) \
                or _FIGHTING_IN.search(before) and not re.match(r"['’]s\b", after) \
                or re.match(r",\s+where\s+(?:[A-Z][\w'’-]+\s+){1,3}(?:is|are|was|were|lies|lie)\s+located\b", after) \
                or _ANNEXED_BEFORE.search(text, max(0, s - 40), s) and not re.match(r"['’]s\b", after) or _ANNEXED_AFTER.match(after):
            return True  # "regions including Donetsk", "Donetsk, where Lyman is located", "annexed Donetsk"
        if re.search(r"\b(?:the\s+)?(?:whole|entire)\s+$", before) and re.match(r"\s+(?:area|territory)\b", after):
            return True  # "now controls the whole Luhansk area": the region
        inner = _INCLUDING_PLACE.match(after)  # "two air strikes in Donetsk, including one in the city of Kramatorsk"
        if inner and self._known(inner["name"], ("settlement",)) and inner["name"].lower() not in STOPWORDS:
            return True
        owner = _OWNS_PLACE.match(after)  # "Luhansk's Bilohorivka": the region's village
        if owner and self._known(owner["name"], ("settlement",)) and owner["name"].lower() not in STOPWORDS:
            return True
        m = _SETTLEMENT_IN.search(before)  # "Dobropillia in Zaporizhzhia": a place located in the oblast
        return bool(m) and self._known(m.group(1), ("settlement",)) and m.group(1).lower() not in STOPWORDS

    def _kind_of(self, text: str, phrase: str, s: int, e: int) -> str | None:
        low = phrase.lower()
        after, before = text[e : e + 80], text[max(0, s - 6) : s]
        if low in NOT_MENTIONS or _UNIT_AFTER.match(after) or _ISLAND_AFTER.match(after) or _UNIT_BEFORE.search(text, max(0, s - 60), s) \
                or _OFFICE_AFTER.match(after) and _OFFICE_HEAD_BEFORE.search(text, max(0, s - 40), s):
            return None
        if low in FOREIGN or low.split("-")[0] in FOREIGN and "-on-" in low or spelling_key(phrase) in _FOREIGN_KEYS:
            return "foreign"
        if _OFFICIAL.fullmatch(phrase):
            return None  # "commander Maskym Zhorin": a well-known voice, no village Zoriane its spelling is near
        if low in STOPWORDS or len(low) < 3 or re.search(r"\s(?:II|III|IV|VI)$", phrase):
            return None  # (and "World War II": no village "Vary")
        if _NATIONALITY_FIRST.match(phrase):
            return None  # "the Russian Air Force" cut before "Force": a nationality and a noun, no place ("Rusyn Yar")
        if (_HROMADA_AFTER.match(after) or _LIST_HROMADAS.match(after)) and self._town_of(phrase):
            return "settlement"  # "the Bilopilska hromada", "the Nikopolska and Marhanetska communities": their towns
            # (and "the Mykolaivska community" of the Sumy region is no Mykolaiv oblast)
        if _OBLAST_AFTER.match(after) or _LIST_REGIONS.match(text[e:e + 300]):  # (a long list: "Chernihiv, Sumy, ..., and Mykolaiv regions")
            if low in FOREIGN_REGIONS or spelling_key(phrase) in _FOREIGN_REGION_KEYS:
                return "foreign"
            if self.geocoder.admin_area(phrase, "oblast") is not None:
                return "oblast"
            if _OBLAST_AFTER.match(after) and self.geocoder.admin_area(phrase, "raion") is not None:
                return "raion"  # "the Kakhovka region": no oblast of that name, a district of it
        if (area := self.geocoder.admin_area(phrase, "oblast")) is not None and (
                self._means_region(text, s, after) or self._renamed_centre(phrase) or _donbas_pair(text, s, phrase, after)
                # "Russian attacks on Donetsk": Russia has held the city since 2014, so its fire falls on the region
                or area.admin1 in _CENTRES_HELD_SINCE_2014 and (_RUSSIAN_FIRE_ON.search(text, max(0, s - 60), s)
                                                                or _HELD_REGION_BEFORE.search(text, max(0, s - 30), s)
                                                                # "Luhansk had been "liberated"": the city was held already
                                                                or (_LIBERATED_BEFORE.search(text, max(0, s - 40), s) or _LIBERATED_AFTER.match(after))
                                                                and "2014" not in text[max(0, s - 200):e + 200])):
            return "oblast"
        if _WATER_OF.search(text, max(0, s - 12), s):
            return None
        if _REGIONAL_TITLE_AFTER.match(after) and _OTHER_PLACE_TOLD.search(text[max(0, s - 300):s].rsplit(". ", 1)[-1]):
            return None  # "hit the village of Mala Tokmachka ..., Zaporizhzhia regional Gov. Oleksandr Starukh reported": the
            # governor's title, not the place struck (alone in its sentence, "Kharkiv regional Gov." is the city told of)
        if " " not in phrase and "-" not in phrase and re.search(r"(?:sk|zk|ts)(?:yi|yy|iy|ii)$", phrase, re.I) \
                and re.search(r"\b[A-Z][\w'’-]+(?:sk|zk|ts)(?:yi|yy|iy|ii)\s+district\b(?!\s+of\s+(?:Crimea|the\s+[\w'’-]+\s+(?:region|oblast)|[\w'’-]+\s+(?:[Rr]egion|[Oo]blast)))(?:(?!\.\s)[\s\S])*$", text[max(0, s - 200):s]) \
                and re.search(r"(?:,|;|\band)\s*(?:and\s+)?in\s+$", text[max(0, s - 12):s]) \
                and not any(c.population > 10_000 for c in self.geocoder.resolve(phrase, typos=False).candidates):
            return None  # "In the Desnianskyi district, ..., and in Shevchenkivskyi - a fire broke out": a city's district named
            # by its adjective, its noun left out (no village of that name)
        if " " not in phrase and re.search(r"(?:sk|zk|ts)(?:yi|yy|iy|ii)$", phrase, re.I) and _A_DISTRICT_AFTER.match(after):
            return None  # "the strikes hit four areas of the city – Shevchenkivskyi, a central district, ...": a city's district
        if _RAION_AFTER.match(after) or _LIST_RAIONS.match(after) or _RAIONS_LISTED.search(text, max(0, s - 90), s):
            if self.geocoder.admin_area(phrase, "raion") is not None:
                return "raion"
            if _DISTRICT_ADJECTIVE.search(phrase):
                return None  # "the Vremyevsky, Vasilevsky and Orekhovsky districts": former districts, no town
            if _CITY_DISTRICT.match(after) or _TOWNS_DISTRICT.match(text, e):
                return None  # "in the Shevchenko district of Kharkiv", "the Novyi district, which lies to the west of the
                # canal that runs through the eastern part of the town": a district of a city, no village of that name
            if self.geocoder.admin_area(phrase, "oblast") is not None or _ADDRESS_BEFORE.search(text, max(0, s - 30), s):
                return None  # "Sumy district" (the raion of an oblast's centre), "Bilopil community, Sumy district": the area
                # (but the General Staff's "a combat clash in the Vovchansk district" is fighting in the area of the town)
        if _RIVER_NAMED.match(after) and not self._known(phrase, ("water",)):
            return None  # "the Siverskyi Donets River": a river's name, known or not, names no town
        if (_WATER_AFTER.match(after) or _WATER_BEFORE.search(before) and not _TOWN_AFTER.match(after)) \
                and self._known(phrase, ("water",)):
            return "river"
        if self._known(phrase, ("oblast",)) and match_name(self.gazetteer, phrase, ("oblast",))[0].how == "alias":
            return "oblast"
        if self._known(phrase, ("settlement",)):
            return "settlement"
        if self._known(phrase, ("water",)):
            return "river"
        return None

    # -- resolution -----------------------------------------------------------------------
    def _resolve(self, text: str, spans) -> list[Mention]:
        geocoder = self.geocoder
        spans = [(s, e, surface, "foreign") if kind == "settlement" and _abroad(text, s, e) else (s, e, surface, kind)
                 for s, e, surface, kind in spans]
        spans = _listed_with_abroad(text, spans)
        # a village the article places abroad once ("the border village of Sereda", in the Belgorod governor's words) is
        # the same village when named again without those words
        abroad = {surface for _, _, surface, kind in spans if kind == "foreign"}
        spans = [(s, e, surface, "foreign") if kind == "settlement" and surface in abroad else (s, e, surface, kind)
                 for s, e, surface, kind in spans]
        article_oblasts, article_raions = set(), set()
        for s, e, surface, kind in spans:
            if kind in ("oblast", "raion") and not _BORDER_WITH.search(text, max(0, s - 40), s):
                # "the Izyum district" elsewhere in the article weighs like its oblast; "near the
                # border with the Donetsk region" says the places lie outside it
                area = geocoder.admin_area(_ADMIN_WORDS_END.sub("", surface), kind)
                if area is not None:
                    article_oblasts.add(area.admin1)
                    if kind == "raion":
                        article_raions.add((area.admin1, area.admin2))
        # One reading per name and the words next to it (a headline's bare "Pobeda" and the body's
        # "Pobeda, near Marinka" are two readings; one sense per article joins them at the end).
        readings: dict[tuple, _Reading] = {}
        of_mention: dict[int, tuple] = {}
        for s, e, surface, kind in spans:
            if kind not in ("settlement", "river"):
                continue
            local = self._local_context(text, e, s) if kind == "settlement" else Context()
            name = self._towns_of.get(surface) or surface if kind == "settlement" else surface
            if kind == "settlement" and _FRONT_AFTER.match(text, e) and (town := self._front_town(surface)):
                name = town  # "the Novopavlivske direction": Novopavlivka's, not the hamlet Novopavlivske far from it
            elif kind == "settlement" and article_oblasts and _HROMADA_AFTER.match(text[e:e + 40]) \
                    and (centre := self._hromada_centre(name, article_oblasts)):
                name = centre  # "the Pokrovsk community" of a Nikopol-district report: Pokrovske's, not Donetsk oblast's Pokrovsk
            key = (name, kind, local.key())
            if key not in readings:
                readings[key] = _Reading(name, kind, local)
            readings[key].attached |= bool(_ATTACHED_OBLAST.match(text, e))
            of_mention[s] = key
        soft = Context(soft_oblasts=article_oblasts, soft_raions=article_raions)
        for r in readings.values():
            r.result = self._resolve_one(r, soft if article_oblasts else Context())
        # The names their own words settle anchor the others, and the others' likely places weigh
        # too; every name is then read again against the rest of the article (a village whose name a
        # far-off city also has is the one next to the places the article names).
        fixed = [r for r in readings.values() if r.kind == "settlement" and r.result.resolved
                 and r.result.confidence >= ANCHOR_CONFIDENCE]
        open_ = [r for r in readings.values() if r.result.candidates]
        scale = _anchor_scale(fixed)
        own_words = {id(r): r.result for r in open_}
        if len(open_) > 1:
            for _ in range(ARTICLE_ROUNDS):
                groups = {id(r): r.group() for r in open_ if r.kind == "settlement" and r not in fixed}
                changed = False
                for r in open_:
                    own = r.own
                    anchors = [(f.lat, f.lon, f.weight * scale) for f in fixed
                               if f is not r and f.surface != r.surface and f.geonameid not in own]
                    # a name sharing a candidate with this one may be another name of the same place
                    others = [tuple((lat, lon, w * scale) for lat, lon, w, _ in g) for o in open_
                              if o is not r and o.surface != r.surface and (g := groups.get(id(o))) and not own & o.own]
                    if not anchors and not others:
                        continue
                    # (a name whose own oblast is attached to it is moved by the article's settled places only, not by the
                    # guesses of its other ambiguous names: "Verbove in Zaporizhzhia Oblast" beside a list of border villages)
                    ctx = Context(anchors=anchors, soft_oblasts=article_oblasts, soft_raions=article_raions,
                                  anchor_groups=[] if r.attached else others)
                    result = self._resolve_one(r, ctx)
                    if (r.local.landmarks or r.attached) and _against_its_own_words(own_words[id(r)], result) \
                            or r.attached and own_words[id(r)].resolved and not result.resolved:
                        continue  # the article's other names may not move it off where its own words put it ("Yablunivka
                        # in northeastern Sumy region" in a story about Donetsk front towns)
                    changed |= result.candidates[:1] != r.result.candidates[:1] or result.resolved != r.result.resolved
                    r.result = result
                if not changed:
                    break
        # the same name with no words of its own ("... had fully taken Novomykhailivka") is the place its
        # located mention says ("Novomykhailivka 40 km southwest of Donetsk"), not a namesake those words rule out
        # (or its oblast, when that settles it: "Bilozirka (Kherson region)")
        located = {r.surface: r for r in open_ if r.local.landmarks or r.local.oblasts and r.result.resolved}
        for r in open_:
            if (by := located.get(r.surface)) is not None and not r.local.stated and _against_its_own_words(own_words[id(by)], r.result):
                r.result = by.result
        for r in readings.values():
            if r.kind == "settlement" and not r.result.resolved and _called_a_town(text, r.surface):
                r.result = _the_only_town(r.result)
            elif r.kind == "settlement" and r.result.resolved and r.result.candidates \
                    and r.result.candidates[0].population >= CITY_SIZE and _called_a_village(text, r.surface):
                # "the village of Lviv in the Tyahynka community": no city of 700,000; left for a person
                r.result = r.result.opened()
        _resolve_clusters([r for r in readings.values() if r.kind == "settlement" and r.result and r.result.candidates])
        member = lambda k: readings.get(of_mention.get(spans[k][0])) if spans[k][3] == "settlement" else None  # noqa: E731
        place_outliers(text, spans, member, self._resolve_one, lambda gid: self.gazetteer.places[gid].admin1, frozenset(article_oblasts))
        place_open_members(text, spans, member)
        mentions = []
        for s, e, surface, kind in spans:
            mention = Mention(start=s, end=e, surface=surface, kind=kind)
            if kind == "foreign":
                mention.resolved = True
                mention.confidence = 1.0
            elif kind in ("oblast", "raion"):
                stem = _ADMIN_WORDS_END.sub("", surface)
                area = geocoder.admin_area(stem, kind)
                if area is not None:
                    self._fill(mention, area.geonameid, area.display_name or area.name, area.lat, area.lon, 1.0)
            else:
                res = readings[of_mention[s]].result
                if res.resolved and res.candidates and _no_city_here(text, s, res.candidates[0]):
                    res = res.opened()  # "the small village of Zaporizhzhia": not the city its other mentions are
                self._place(mention, res)
            if kind == "settlement" and surface.lower() in CAPITAL_NAMES or kind == "foreign" and surface.lower() in CAPITAL_NAMES:
                mention.metonymic = _stands_for_state(text, s, e)
            mentions.append(mention)
        _one_sense_per_article(mentions, text)
        return mentions

    def _resolve_one(self, reading: "_Reading", article: Context) -> Resolution:
        """Resolve one reading of a name with its own words and the article's evidence."""
        ctx = reading.local.merge(article) if article else reading.local
        key = (reading.surface, reading.kind, ctx.key())
        found = self._cache.get(key)
        if found is None:
            if len(self._cache) > 20_000:
                self._cache.clear()
            found = self._cache[key] = self.geocoder.resolve(reading.surface, ctx, kinds=(_gaz_kind(reading.kind),), typos=False)
        return found

    def _place(self, mention: Mention, res: Resolution) -> None:
        """Fill a settlement or river mention from its resolution (an abstention keeps its candidates)."""
        mention.candidates = res.candidates[:RESOLVED_CANDIDATES] if res.resolved else list(res.candidates)
        if res.resolved:
            best = res.candidates[0]
            self._fill(mention, best.geonameid, best.display_name or best.name, best.lat, best.lon, best.score)
        else:
            mention.confidence = res.confidence

    @staticmethod
    def _fill(mention: Mention, gid: int, name: str, lat: float, lon: float, conf: float) -> None:
        mention.geonameid, mention.name, mention.lat, mention.lon = gid, name, lat, lon
        mention.confidence, mention.resolved = conf, True

    def _local_context(self, text: str, end: int, start: int | None = None) -> Context:
        """Evidence in the words right after a mention: "X in the Kharkiv region", "X, near Bakhmut";
        and an oblast the clause is set in just before it: "advanced in Sumy Oblast near the village of X"."""
        after = text[end : end + 120]
        ctx = Context()
        if m := _OBLAST_APPOSITION.match(after) or _LOCAL_EVIDENCE.match(after) or _BARE_OBLAST_AFTER.match(after):
            group = "oblast" if m["oblast"] else "oblast2"
            area = self.geocoder.admin_area(m[group], "oblast")
            if area is not None:
                # Right next to the name ("X in the Kharkiv region") it is the place's own oblast;
                # further on in the clause it may describe something else, so it only weighs.
                (ctx.oblasts if m.start(group) <= ADJACENT_CHARS else ctx.soft_oblasts).add(area.admin1)
        elif start is not None and _REGION_NAMED.search(text, max(0, start - 100), start) \
                and (m := _OBLAST_BEFORE.search(text, max(0, start - 100), start)) \
                and not _SAID_IN_GAP.search(text, m.end("oblast"), start) and not _TITLE_IN.search(text, max(0, m.start() - 40), m.start()):
            area = self.geocoder.admin_area(m["oblast"], "oblast")
            if area is not None:
                ctx.oblasts.add(area.admin1)  # the scene set just before, with no other place named in between
        if (m := _OWN_RAION.match(after)) and (area := self.geocoder.admin_area(m["raion"], "raion")) is not None:
            ctx.raions.add((area.admin1, area.admin2))  # "the villages of A and B in the Bohodukhiv district": its own raion
        adjacent = _ADJACENT_NEAR.match(after)
        if adjacent and not _can_locate(adjacent["name"]):
            adjacent = None  # "captured Lyman from Ukraine": a country locates nothing
        if adjacent:  # "Pobeda, near Marinka", "Bohdanivka, northeast of Chasiv Yar": said of this very place
            readings = self.geocoder.landmark(adjacent["name"])
            if readings:
                km = adjacent["km"]
                if km:
                    km = float(_NUMBER_WORDS.get(km.lower()) or km) * (1.609 if adjacent["unit"].lower().startswith("mi") else 1.0)
                ctx.landmarks.append(Landmark(adjacent["name"], readings, km or None, (adjacent["dir"] or "").lower() or None))
        elif (m := _NEAR_EVIDENCE.match(after)) and (m["front"] or _can_locate(m["name"])):
            if m["front"] and _BROAD_FRONTS.fullmatch(m["front"]):
                pass  # "Krynky in the Dnipro direction" (the Kherson left bank), "Hirske in the Donetsk direction" (Luhansk
                # Oblast in 2022): fronts named after a river or a whole theatre say nothing of the oblast
            elif m["front"] and (area := self.geocoder.admin_area(m["front"], "oblast")) is not None:
                ctx.oblasts.add(area.admin1)  # "Verbove in the Zaporizhzhia direction": a front named after an oblast
                # centre runs through its oblast, not next to the city
            elif m["front"]:  # "Vodiane on the Avdiivka front": in that town's sector, as near it
                readings = self.geocoder.landmark(self._front_town(m["front"]) or m["front"])  # ("the Novopavlivske direction")
                if readings:
                    ctx.landmarks.append(Landmark(m["front"], readings))
            else:
                res = self.geocoder.resolve(m["name"], typos=False)
                if res.resolved:  # further on in the clause it may belong to something else: it only weighs
                    ctx.anchors.append((res.candidates[0].lat, res.candidates[0].lon))
        return ctx


def _donbas_pair(text: str, s: int, phrase: str, after: str) -> bool:
    """Whether "Donetsk" or "Luhansk" is named with the other as a pair ("repelled eight attacks in Donetsk and
    Luhansk"): the two regions, unless the words before make them cities ("the cities of Donetsk and Luhansk")."""
    if not re.fullmatch(_DONBAS, phrase) or re.search(r"\b(?:cities|city|towns?)\s+of\s+(?:\w+\s+){0,3}$", text[max(0, s - 40):s]) \
            or re.search(r"(?:\b(?:shelling|bombardment|strikes?|attacks?)\s+(?:of|on)\s+(?:the\s+)?|\b(?:shelled|struck|hit|bombed)\s+)"
                         rf"(?:{_DONBAS}\s+(?:and|or)\s+)?$", text[max(0, s - 50):s]):
        return False
    return bool(_DONBAS_PAIR_AFTER.match(after) or _DONBAS_PAIR_BEFORE.search(text, max(0, s - 30), s))


def _abroad(text: str, s: int, e: int) -> bool:
    """Whether the words around a name at ``text[s:e]`` place it in Russia's border regions: in the
    clause after it ("16 km from the Ukrainian border", "in the Kursk region", "the port of Kavkaz in Russia's
    Krasnodar region"), or a sentence opening "In the Kursk region," that names no other region (the Sumy region's
    Khotin stays Ukrainian)."""
    if _RUSSIAN_VILLAGE_OF.search(text, max(0, s - 50), s):
        return True  # "in the Russian village of Belenkoye": Belgorod's, not Ukraine's Bilenke
    m = _ABROAD_AFTER.match(text[e:e + 120])
    if m and (m["region"] is None or m["russian"] and not _ANNEXED.match(m["region"]) or _border_place(m["region"])):
        return True
    m = _ABROAD_SENTENCE.search(text[max(0, s - 200):s]) or _ABROAD_OFFICIAL.search(text[max(0, s - 200):s])
    return bool(m) and _border_place(m["region"]) and not _UKRAINIAN_REGION.search(m.group() + _SENTENCE_END.match(text, e).group())


# "Belgorod regional Governor Vyacheslav Gladkov acknowledged one attack on the border village of X": that region's
# own official, in the sentence before the name, reports on his region
# (the village itself: not a Ukrainian town the fire came from, "fired at Shebekino from positions near Vovchansk")
_ABROAD_OFFICIAL = re.compile(r"(?:^|[.!?]\s+)[^.!?]*?\b(?P<region>[A-Z][\w'’\-]+)(?:['’]s)?\s+(?:regional\s+|region(?:['’]s)?\s+)?(?:[Gg]overnor|[Oo]fficials?|"
                              r"[Aa]uthorities)\b[^.!?]*\b(?:villages?|settlements?|towns?|hamlets?|city)\s+of\s+"
                              r"(?:[A-Z][\w'’-]+(?:\s*,\s*|\s+and\s+(?:the\s+(?:villages?|settlements?|towns?)\s+of\s+)?))*$")
_RUSSIAN_VILLAGE_OF = re.compile(r"\b(?:the\s+)?(?:Russian|Russia['’]s)\s+(?:border\s+|frontier\s+)?(?:village|town|city|settlement|hamlet)\s+of\s+$")
# Ukraine's regions that Russian wording calls Russia's ("in Russia's Zaporozhye region")
_ANNEXED = re.compile(r"Donetsk|Lu[hg]ansk|Zapor|Kherson|Crim", re.I)
_UKRAINIAN_REGION = re.compile(rf"\b(?!(?:Kursk|Belgorod|Bryansk)\b)[A-Z][\w'’\-]+\s+{_REGION_WORD}\b")
_SENTENCE_END = re.compile(r"[^.!?]*")


_BORDER_TOWNS_ABROAD = {spelling_key(n) for n in BORDER_TOWNS_ABROAD}
_LIST_GAP = re.compile(r"\s*(?:,\s*(?:and\s+)?|\s+and\s+)")


def _listed_with_abroad(text: str, spans: list) -> list:
    """Settlements named in one list with a Russian border town are Russia's too."""
    out = list(spans)
    abroad = {i for i, sp in enumerate(out) if sp[3] == "foreign" and spelling_key(sp[2]) in _BORDER_TOWNS_ABROAD}
    todo = sorted(abroad)
    while todo:
        k = todo.pop()
        for j in (k - 1, k + 1):
            if 0 <= j < len(out) and j not in abroad and out[j][3] == "settlement" \
                    and _LIST_GAP.fullmatch(text[min(out[j][1], out[k][1]):max(out[j][0], out[k][0])]):
                s, e, surface, _ = out[j]
                out[j] = (s, e, surface, "foreign")
                abroad.add(j)
                todo.append(j)
    return out


def _border_place(name: str) -> bool:
    return spelling_key(name) in _BORDER_ABROAD_KEYS


def _anchor_scale(fixed: list["_Reading"]) -> float:
    """How much the article's places say about where its others lie: 1 for local reporting,
    SPREAD_ANCHOR for a round-up whose surely placed names lie far apart."""
    points = list({f.geonameid: (f.lat, f.lon) for f in fixed}.values())
    if len(points) < SPREAD_PLACES:
        return 1.0
    nearest = sorted(min(flat_km(*p, *q) for j, q in enumerate(points) if j != i) for i, p in enumerate(points))
    return SPREAD_ANCHOR if nearest[(len(nearest) - 1) // 2] >= SPREAD_KM else 1.0


OWN_WORDS_VETO = 0.5  # a namesake its own landmark gives under half its favourite's share never wins on the article's evidence


def _against_its_own_words(own: Resolution, joint: Resolution) -> bool:
    """Whether the article's other places would move a name onto a namesake its own landmark speaks against:
    "Novomykhailivka 40 km southwest of Donetsk" is not the namesake 55 km south that another ambiguous name
    of the article happens to lie next to."""
    if not own.candidates or not joint.candidates or not own.shares:
        return False
    shares = {c.geonameid: share for c, share in zip(own.candidates, own.shares)}
    return shares.get(joint.candidates[0].geonameid, 0.0) < own.shares[0] * OWN_WORDS_VETO


def _resolve_clusters(readings: list["_Reading"]) -> None:
    """Names still open that belong to one cluster of the article's places: a namesake of each
    within CLUSTER_KM of namesakes of at least CLUSTER_NAMES - 1 other names of the article (a
    General Staff list of villages around one town), when no other namesake of it comes close
    (half as many names near it, or a namesake in the same area). Such a coincidence among
    far-apart namesakes is rare; a list of front-line villages is not."""
    points = {r.surface: [(c.lat, c.lon) for c in r.result.candidates[:CLUSTER_CANDIDATES]] for r in readings}
    if len(points) < CLUSTER_NAMES:
        return
    for r in readings:
        if r.result.resolved or r.local.oblasts:
            continue  # (the oblast its own words give outweighs where the article's other places lie)
        support = [sum(1 for name, pts in points.items() if name != r.surface and any(
                       flat_km(c.lat, c.lon, lat, lon) <= CLUSTER_KM for lat, lon in pts))
                   for c in r.result.candidates[:CLUSTER_CANDIDATES]]
        best = max(support)
        second = sorted(support)[-2] if len(support) > 1 else 0
        if best < CLUSTER_NAMES - 1 or second > best // 2:
            continue
        i = support.index(best)
        cands = r.result.candidates
        pick = cands[i]
        if any(j != i and flat_km(pick.lat, pick.lon, c.lat, c.lon) <= 2 * CLUSTER_KM
               for j, c in enumerate(cands[:CLUSTER_CANDIDATES])):
            continue  # a namesake in the same area: the cluster does not tell them apart
        r.result = r.result.taken([pick] + cands[:i] + cands[i + 1:])


def _called_a_town(text: str, surface: str) -> bool:
    """Whether the article calls a name a town or city ("the town of Marinka", "Marinka, a town of 10,000",
    "Lyman, a key logistics hub")."""
    name = re.escape(surface)
    return bool(re.search(rf"\b(?:town|city)\s+of\s+{name}\b|\b{name}\b(?:\s+was|\s+is|,)\s+(?:once\s+|now\s+|still\s+)?"
                          rf"(?:a|the)\s+(?:[\w-]+\s+){{0,3}}(?:town|city|hub)\b", text))


def _called_a_village(text: str, surface: str) -> bool:
    """Whether the article calls a name a village ("the village of X", "X village")."""
    name = re.escape(surface)
    return bool(re.search(rf"\bvillage\s+of\s+{name}\b(?!\s+(?:region|oblast|district|raion|community))|\b{name}\s+village\b", text, re.I))


def _the_only_town(res: Resolution) -> Resolution:
    """A name the geocoder left open, which the article calls a town: its favourite when that is the
    only namesake with a town's population, or by far the biggest (TOWN_LEAD times the next): the
    villages of its name are not what "the town of X" means.
    A population GeoNames lacks (0) counts as no town, so the favourite must have one to be taken."""
    cands = res.candidates
    key = spelling_key(cands[0].name) if cands else ""
    # the namesakes: places of the same name (not a town that merely has it among its old names)
    towns = sorted((c for c in cands if c.population >= TOWN_SIZE and (c is cands[0] or spelling_key(c.name) == key)),
                   key=lambda c: -c.population)
    if not towns or towns[0] is not cands[0] or len(towns) > 1 and towns[0].population < TOWN_LEAD * towns[1].population:
        return res
    return res.taken(cands)


def _can_locate(name: str) -> bool:
    """Whether a name after "near"/"from" can be a landmark: not a country or a place abroad."""
    low = name.lower()
    return low not in NOT_MENTIONS and low not in FOREIGN and low not in STOPWORDS


class _Reading:
    """One name of an article with the words next to it, and its current resolution."""

    def __init__(self, surface: str, kind: str, local: Context):
        self.surface, self.kind, self.local = surface, kind, local
        self.result: Resolution | None = None
        self.attached = False  # its oblast named right after it ("X in the Sumy region"): the article's others may not move it

    @property
    def own(self) -> set[int]:
        return {c.geonameid for c in self.result.candidates} if self.result else set()

    @property
    def geonameid(self) -> int | None:
        return self.result.candidates[0].geonameid if self.result and self.result.candidates else None

    @property
    def lat(self) -> float:
        return self.result.candidates[0].lat

    @property
    def lon(self) -> float:
        return self.result.candidates[0].lon

    @property
    def weight(self) -> float:
        """How much this place, as an anchor, says about where the article's other places lie."""
        return BIG_CITY_ANCHOR if self.result.candidates[0].population >= BIG_CITY else 1.0

    def group(self) -> tuple[tuple[float, float, float, int], ...]:
        """The likely places of this name (lat, lon, probability, geonameid), for the article's other names."""
        res = self.result
        points = [(c.lat, c.lon, share, c.geonameid) for c, share in zip(res.candidates, res.shares) if share >= 0.02]
        return tuple(sorted(points, key=lambda t: -t[2])[:GROUP_POINTS])


SURE_SENSE, UNSURE_SENSE = 0.9, 0.6  # a name's sure reading in an article outweighs its unsure readings there


# a surname after its speech verb: '"...," emphasized Kovalyov'
_SAID_BEFORE = re.compile(r"\b(?:said|says|added|adds|emphasi[sz]ed|stressed|noted|explained|told|wrote|[Aa]ccording\s+to)\s+$")
# "the small settlement of X", "the village of X": no city, whatever the article calls X elsewhere
_VILLAGE_BEFORE = re.compile(r"\b(?:village|settlement|hamlet)\s+of\s+$", re.I)


def _no_city_here(text: str, start: int, candidate) -> bool:
    """Whether the name at ``start`` is called a village or settlement while ``candidate`` is a city."""
    return candidate.population >= CITY_SIZE and bool(_VILLAGE_BEFORE.search(text, max(0, start - 40), start))


def _one_sense_per_article(mentions: list[Mention], text: str = "") -> None:
    """A name left unresolved in one place of an article (a headline, with no context around it)
    takes the place it resolved to elsewhere in the same article, when that is one place; but a
    name called a village or settlement there does not take a city ("The village is distinct from
    the Ukrainian city of Zaporizhzhia")."""
    places: dict[tuple[str, str], set[int]] = {}
    best: dict[tuple[str, str], Mention] = {}
    for m in mentions:
        if m.resolved and m.geonameid and m.kind in ("settlement", "river"):
            key = (m.surface, m.kind)
            places.setdefault(key, set()).add(m.geonameid)
            if key not in best or m.confidence > best[key].confidence:
                best[key] = m
    for m in mentions:
        key = (m.surface, m.kind)
        src = best.get(key)
        if src is not None and src.candidates and _no_city_here(text, m.start, src.candidates[0]):
            continue
        if not m.resolved and len(places.get(key, ())) == 1 or \
                m.resolved and src is not None and src.geonameid != m.geonameid and src.confidence >= SURE_SENSE \
                and m.confidence < UNSURE_SENSE and any(c.geonameid == src.geonameid for c in m.candidates):
            # ... and a name read weakly as one namesake where the article once read it surely as another
            # ("Lyman" 0.94 in the Donetsk region, then 0.49 for a Luhansk village near "the Luhansk region")
            m.geonameid, m.name, m.lat, m.lon = src.geonameid, src.name, src.lat, src.lon
            m.confidence, m.resolved, m.candidates = src.confidence, True, list(src.candidates)


def _gaz_kind(kind: str) -> str:
    return "water" if kind == "river" else kind


LIST_SPREAD_KM = 150  # a list of places reporting gives in one breath lies within this of its other members


def far_from_the_rest(mentions: list[Mention]) -> list[Mention]:
    """The located mentions of a list of four or more that lie more than ``LIST_SPREAD_KM`` from every
    other member: a namesake the list does not mean ("Lvov", read as Lviv, among Kherson villages)."""
    located = [m for m in mentions if m.lat is not None and m.lon is not None]
    if len(located) < 4:
        return []
    return [m for m in located if not any(o is not m and flat_km(m.lat, m.lon, o.lat, o.lon) < LIST_SPREAD_KM for o in located)]

