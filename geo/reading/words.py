"""Words that are not Ukrainian places even when a village somewhere shares their spelling,
and places outside Ukraine that English reporting on the war names."""

import re
from functools import lru_cache

# Places outside Ukraine: recorded as foreign mentions, never geocoded into Ukraine.
FOREIGN = {
    "moscow", "washington", "pyongyang", "belgorod", "kursk", "bryansk", "rostov", "rostov-on-don",
    "saint petersburg", "st petersburg", "st. petersburg", "petersburg", "munich", "hiroshima", "berlin", "paris",
    "london", "brussels", "warsaw", "minsk", "beijing", "tehran", "ankara", "istanbul", "geneva", "vienna",
    "budapest", "bucharest", "chisinau", "vilnius", "riga", "tallinn", "helsinki", "stockholm", "oslo",
    "copenhagen", "rome", "madrid", "prague", "bratislava", "sofia", "belgrade", "tbilisi", "baku", "yerevan",
    "new york", "jeddah", "riyadh", "doha", "davos", "ramstein", "voronezh", "krasnodar", "novorossiysk",
    "taganrog", "sochi", "kazan", "yekaterinburg", "tula", "oryol", "orel", "lipetsk", "smolensk", "pskov",
    "poland", "belarus", "russia", "ukraine", "moldova", "romania", "hungary", "slovakia", "georgia",
    "germany", "france", "britain", "united kingdom", "united states", "america", "china", "iran", "turkey",
    "north korea", "south korea", "japan", "india", "israel", "syria", "europe", "canada", "finland",
    "sweden", "norway", "italy", "spain", "netherlands", "belgium", "switzerland", "austria", "czech republic",
    "denmark", "greece", "bulgaria", "serbia", "croatia", "portugal", "ireland", "australia", "brazil",
    "south africa", "egypt", "saudi arabia", "qatar", "kazakhstan", "azerbaijan", "armenia", "taiwan", "lithuania", "latvia", "estonia", "transnistria", "chechnya", "dagestan", "siberia",
    "kaliningrad", "kremlin", "white house", "pentagon", "nato", "european union",
    # Russian cities that reporting names (units' home towns, drone targets, border towns)
    "ivanovo", "kostroma", "yaroslavl", "novosibirsk", "omsk", "samara", "saratov", "volgograd", "astrakhan",
    "tambov", "kaluga", "ryazan", "nizhny novgorod", "perm", "ufa", "chelyabinsk", "tver", "murmansk",
    "arkhangelsk", "grozny", "makhachkala", "stavropol", "krasnoyarsk", "irkutsk", "vladivostok", "khabarovsk",
    "penza", "ulyanovsk", "cheboksary", "engels", "morozovsk", "millerovo", "shebekino", "sudzha", "glushkovo",
    "korenevo", "valuyki", "klintsy", "yeysk", "anapa", "tuapse", "pskov", "novgorod", "kirovsk", "tikhoretsk",
    "primorsko-akhtarsk", "mozdok", "kursk oblast", "belgorod oblast",
}
# Russia's border towns that the war names (the Kursk incursion, raids on Belgorod's border): settlements listed
# with one of them are in Russia too (``mentions._listed_with_abroad``)
BORDER_TOWNS_ABROAD = ("Sudzha", "Glushkovo", "Korenevo", "Tetkino", "Shebekino", "Graivoron", "Rylsk", "Lgov",
                       "Valuyki", "Kozinka", "Sverdlikovo", "Malaya Loknya")
# Outlets and organisations named after places: the place inside them is not mentioned.
ORGANISATIONS = (
    r"Kyiv\s+(?:Independent|Post|School\s+of\s+Economics|Security\s+Forum)|Kiev\s+Post|Ukrainska\s+Pravda|"
    r"Hromadske(?:\s+Radio)?|Novaya\s+Gazeta|Moscow\s+Times|Kharkiv\s+Today|Odesa\s+Journal|Euromaidan\s+Press|"
    # a place's institutions: "the Sumy Regional Prosecutor's Office", "the Kherson region military-civilian
    # administration", "Vovchansk City Military Administration" (the institution, not the place)
    r"[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?\s+(?i:(?:regional|region|city|oblast|district|raion|village|town|community)\s+"
    r"(?:(?:state|military|civil[-\s]military|military[-\s]civilian?|prosecutor['’]s|police|emergency)\s+)*"
    r"(?:administration|council|office|prosecutor['’]s\s+office|police|court|department|service))\b|"
    r"[A-Z][\w'’-]+\s+(?:RMA|OVA|MVA|CMA|RSA|ODA)\b|"
    # units and programmes named after places: "the Azov regiment", "“Azov” fighters", "a Soloviev Live broadcast"
    r"[\"“«]?[A-Z][\w'’-]+[\"”»]?\s+(?:(?i:regiment|battalion|brigade|fighters|commander|broadcast|talk\s+show)|Live|TV)\b|"
    r"(?:[A-Z][\w'’-]+|South\s+Ukraine)\s+(?:(?i:nuclear\s+power\s+(?:plant|station))|(?i:(?:hydroelectric|thermal|hydro)\s+power\s+(?:plant|station))|NPP|HPP|TPP|ZNPP)"
)
FOREIGN_REGIONS = {"belgorod", "kursk", "bryansk", "rostov", "voronezh", "krasnodar"}
# Russia and Ukraine are not annotated as place mentions; capitals stand for governments often.
NOT_MENTIONS = {"russia", "ukraine", "kremlin", "white house", "pentagon", "nato", "european union",
                "sea baby", "baby"}  # (Ukraine's "Sea Baby" sea drones: no village Baby in war reporting)

# Capitalised words that are never place names in this reporting, although some match a village.
STOPWORDS = {
    "the", "a", "an", "in", "on", "at", "of", "and", "or", "but", "since", "while", "after", "before", "above",
    "below", "meanwhile", "however", "also", "some", "one", "two", "three", "its", "his", "her", "their",
    "our", "we", "they", "he", "she", "it", "this", "that", "these", "those", "there", "here", "as", "by",
    "for", "from", "to", "with", "without", "into", "over", "under", "near", "between", "across", "despite",
    "according", "earlier", "later", "yesterday", "today", "tonight", "good", "morning", "live", "update",
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
    "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
    "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
    "russian", "russians", "ukrainian", "ukrainians", "soviet", "western", "eastern", "southern", "northern",
    "central", "centre", "center", "east", "west", "north", "south", "president", "minister", "ministry",
    "defence", "defense", "army", "forces", "force", "group", "general", "staff", "command", "commander",
    "brigade", "battalion", "regiment", "division", "corps", "units", "unit", "troops", "marines", "navy",
    "telegram", "twitter", "facebook", "reuters", "afp", "ap", "tass", "ria", "interfax", "ukrinform",
    "bbc", "cnn", "isw", "deepstate", "rybar", "wagner", "sbu", "gur", "mod", "nato", "un", "eu", "us", "uk",
    "series", "demands", "increase", "support", "video", "watch", "source", "site", "news", "photo",
    "kim", "jong", "jong-un", "putin", "zelensky", "zelenskyy", "zelenskiy", "biden", "trump", "shoigu",
    "belousov", "gerasimov", "prigozhin", "syrskyi", "syrsky", "zaluzhnyi", "budanov", "kuleba", "peskov",
    "konashenkov", "pushilin", "saldo", "rogov", "maliar", "pletenchuk", "lykhovyi", "tarnavsky", "voloshyn",
    "shtupun", "humeniuk", "kadyrov", "medvedev", "lavrov", "stoltenberg", "republican", "republicans",
    "democrat", "democrats", "hwasong", "shahed", "iskander", "kinzhal", "kalibr", "himars", "atacms",
    "storm", "shadow", "patriot", "leopard", "abrams", "bradley", "vostok", "zapad", "yug", "sever", "tsentr",
    "dnepr", "khortytsia", "tavria", "odesa-based", "kyiv-based", "institute", "study", "war", "state",
    "state-run", "national", "guard", "border", "service", "security", "services", "intelligence", "agency",
    "military", "official", "officials", "spokesman", "spokesperson", "governor", "mayor", "head", "chief",
    "prime", "deputy", "foreign", "first", "new", "old", "great", "big", "small", "left", "right", "bank",
    "river", "region", "oblast", "district", "front", "line", "axis", "direction", "sector", "salient",
    "victory", "glory", "freedom", "liberty", "independence", "peace", "hope", "may", "mariupol-born",
    "many", "radio", "pravda", "post", "independent", "times", "truth", "ii", "iii", "anadolu", "xinhua",
    "sputnik", "izvestia", "kommersant", "meduza", "suspilne", "unian", "liga", "babel", "censor", "rbc",
    "people", "people's", "militia", "republic", "german", "port", "byline", "perun", "police", "officers",
}
# First names: a following capitalised word is a surname, not a place.
FIRST_NAMES = {
    "volodymyr", "vladimir", "oleksandr", "alexander", "aleksandr", "olexander", "sergei", "sergey", "serhiy",
    "serhii", "dmitry", "dmytro", "dmitri", "andriy", "andrii", "andrei", "andrey", "yevgeny", "yevgeniy",
    "evgeny", "yevhen", "oleksiy", "oleksii", "alexei", "alexey", "valery", "valeriy", "valerii", "kyrylo",
    "kirill", "mykhailo", "mikhail", "hanna", "anna", "iryna", "irina", "olena", "elena", "natalia", "yulia",
    "vitali", "vitaliy", "vitalii", "denis", "denys", "ivan", "ihor", "igor", "yuriy", "yuri", "yurii",
    "vadym", "vadim", "ruslan", "rustem", "ramzan", "viktor", "victor", "petro", "pyotr", "pavlo", "pavel",
    "maksym", "maxim", "roman", "anton", "artem", "artyom", "bohdan", "taras", "mykola", "nikolai", "vasyl",
    "vasily", "stepan", "ilya", "illia", "oleh", "oleg", "konstantin", "kostiantyn", "leonid", "vyacheslav",
    "joe", "donald", "antony", "lloyd", "jens", "emmanuel", "olaf", "boris", "rishi", "keir", "mark",
    "kim", "xi", "recep", "josep", "ursula", "kamala", "jake", "john", "lindsey", "mike", "marco",
    "stanislav", "christo", "maria", "mariya", "karolina", "antonina", "leonie", "léonie", "vitaly", "tamaz", "natalya",
    "olga", "olha", "svitlana", "tetiana", "tatiana", "oksana", "lyudmyla", "lyudmila", "daria", "kateryna",
    "yekaterina", "sofia", "yana", "alina", "nadiya", "valentyna", "larysa", "halyna", "maryna", "marina",
    "volodymyr", "vladyslav", "vladislav", "yaroslav", "borys", "hennadiy", "gennady", "arsen", "rostyslav",
    "tymur", "timur", "artur", "arthur", "kostyantyn", "konstantyn", "hryhoriy", "hryhorii", "grigory", "yakiv", "fedir",
    "fyodor", "mykyta", "nikita", "danylo", "daniil", "eduard", "eduardo", "yevheniy", "yevhenii", "semen", "semyon",
    "nazar", "ostap", "lev", "valentyn", "valentin", "vasyl", "vasiliy", "zakhar", "oleksandra", "liudmyla",
    "nataliia", "viktoria", "viktoriya", "victoria", "khrystyna", "yevheniia", "inna", "lesia", "mariana", "andriy",
}


def _name_key(word: str) -> str:
    """A first name's spelling skeleton: "Sergiy", "Serhiy", "Serhii" and "Sergii" are one name."""
    key = word.lower().replace("g", "h").replace("y", "i")
    return re.sub(r"i+", "i", key)


_FIRST_NAME_KEYS = frozenset(_name_key(n) for n in FIRST_NAMES)


@lru_cache(maxsize=8192)
def is_first_name(word: str) -> bool:
    """Whether a word is a first name as any transliteration spells it (a following capitalised word is a surname)."""
    return word.lower() in FIRST_NAMES or _name_key(word) in _FIRST_NAME_KEYS


# Words that, just before a capitalised word, make it a person or an organisation.
TITLES = {
    "president", "minister", "gen", "gen.", "general", "col", "col.", "colonel", "lt", "commander", "spokesman",
    "spokeswoman", "spokesperson", "governor", "mayor", "mr", "mr.", "mrs", "ms", "dr", "chief", "leader",
    "secretary", "chancellor", "premier", "marshal", "blogger", "founder", "head", "deputy", "adviser",
}

# Surnames of each side's well-known voices (a general, growing list, as regex alternatives): people, never places;
# the claims layer reads them as speakers of their side
OFFICIALS_RU = (r"Shoigu|Belousov|Konashenkov|Putin|Peskov|Gerasimov|Pushilin|Rogov|Saldo|Balitsky|Lavrov|Zakharova|"
                r"Pasechnik|Gladkov|Kadyrov|Medvedev|Prigozhin|Balitsk(?:iy|yi|ii|y)|Lapin|Mordvichev|Marochko|Basurin|Kimakovsky|Leontyev|Kulemzin|Ganchev")
OFFICIALS_UA = (r"Zelensk(?:yy|iy|y|i)|Syrsk(?:yi|iy|ii|y)|Tarnavsk(?:yi|iy|ii|y)|Mal[iy]ar|Pletenchuk|Lykhov(?:yi|iy|ii|y)|Volosh[iy]n|Humeniuk|"
                r"Budanov|Zaluzhn(?:yi|iy|ii|y)|S[ht]{1,2}upun|Kuleba|Sybiha|Kiper|Fedorov|Prokudin|S[iy]n[iy]?e[hg]ubov|Lysak|Vilkul|"
                r"Klitschko|Shmyhal|Umerov|Reznikov|Cherevat(?:yi|iy|ii|y)|Fityo|Ihnat|Dmytrashkivsk(?:yi|iy|ii|y)|Yermak|Podolyak|"
                r"Filashkin|Kyrylenko|Vorobiov|Sadov(?:yi|iy|ii|y)|Terekhov|Tre[hg]ubov|Yusov|Skibitsk(?:yi|iy|ii|y)|Polishchuk|"
                r"[HG]a[iy]da[iy]|Yevlash|Starukh|S[i]?enkevych|Kovalenko|Tymoshenko|Zhorin|"
                r"Podoliak|Nikolenko|Zhovkva|Arestovych|Motuzianyk|Danilov|Lubinets|Trukhanov")
