"""Plain records passed along the data flow (no I/O here).

article -> mentions -> places -> claims -> store -> timeline -> site
"""

from __future__ import annotations

from dataclasses import dataclass, field, asdict
from datetime import date

SIDES = ("RU", "UA", "other")
KINDS = ("captured", "held", "contested", "struck")
MENTION_KINDS = ("settlement", "oblast", "raion", "river", "foreign")
# A claim below this confidence is stored and listed for review, but kept off the map by default.
# Confidence is the model's probability that the claim is right (geo/claims/calibration.py). On the
# annotated corpora, each scored by a model fitted on the others, the map is right 90 times in 100 at
# 0.6 and 92 at 0.75; but on real pages scored before anyone had read them (fresh, fresh2, fresh3,
# fresh4 at their first, held-out scoring) precision rose by 4 to 10 points from 0.6 to 0.75 (0.63 ->
# 0.67, 0.70 -> 0.78, 0.78 -> 0.85, 0.52 -> 0.62) for 1 to 7 points of recall. A wrong claim on a
# published map is worse than a missing one, so the map starts at 0.75; the claims below it wait in
# review. The cost: the written reference corpus (../shared/corpus/dev) drops from F1 0.952 to 0.945.
LOW_CONFIDENCE = 0.75
# Why a stored claim is not published yet: too weak ("low"), or it would change the status of an
# oblast centre or a city of more than BIG_PLACE people and waits for a person ("extraordinary").
HOLDS = ("low", "extraordinary")
BIG_PLACE = 100_000


@dataclass(frozen=True)
class Article:
    """One news article, its text and the metadata every relative date depends on."""

    id: str  # sha256 of the text and metadata: a changed article gets a new id
    key: str  # stable identity of the article (url, else file name): re-ingest replaces by key
    title: str
    published: date
    text: str
    source: str = ""
    url: str = ""
    path: str = ""


@dataclass(frozen=True)
class DateRange:
    """When an event happened, as asserted, grounded on the publication date."""

    date_from: date
    date_to: date
    precision: str  # day | week | month | season | year | unknown
    phrase: str  # the words it came from ("" when the publication date was assumed)


@dataclass
class Candidate:
    """A gazetteer place that a name could refer to, with the score that ranks it."""

    geonameid: int
    name: str
    lat: float
    lon: float
    feature_class: str
    feature_code: str
    admin1: str = ""  # oblast name
    admin2: str = ""  # raion name
    population: int = 0
    score: float = 0.0  # the top candidate: its confidence (calibrated probability); the others: their share
    match: str = ""  # how the name matched: name, alias, ascii, alt, stem, skeleton, loose, fuzzy, fuzzy-alt, region
    display_name: str = ""  # as reporting writes it (the Ukrainian name in the official transliteration)

    def to_dict(self) -> dict:
        """The candidate as a plain dict (for JSON and geopy's ``raw``)."""
        return asdict(self)


@dataclass
class Mention:
    """A place name found in an article, and what it resolved to."""

    start: int
    end: int
    surface: str
    kind: str  # settlement | oblast | raion | river | foreign
    geonameid: int | None = None
    name: str = ""  # the resolved place as reporting writes it (its display_name; candidates keep GeoNames name)
    lat: float | None = None
    lon: float | None = None
    confidence: float = 0.0
    resolved: bool = False
    metonymic: bool = False
    candidates: list[Candidate] = field(default_factory=list)


@dataclass
class Claim:
    """Who claims what about a place, when, in which words; and the cue that produced it.

    ``geonameid`` is None for a *pending* claim: its place name was left unresolved, and the claim
    waits for a journalist to assign the mention its place (``frontline review assign``).
    """

    geonameid: int | None
    place: str
    surface: str
    claimant: str  # RU | UA | other
    claimant_label: str
    kind: str  # captured | held | contested | struck
    control: str | None  # RU | UA | None
    date_from: date
    date_to: date
    precision: str
    date_phrase: str
    quote: str
    cue: str  # the words that made us record this claim
    confidence: float
    place_kind: str = "settlement"  # settlement | oblast | raion | river
    coref: bool = False  # the place was named in an earlier sentence
    lat: float | None = None
    lon: float | None = None
    mention_start: int = -1  # offsets of the mention the place came from (review corrections follow it)
    mention_end: int = -1
    hold: str | None = None  # one of HOLDS when the claim waits (set when it is stored), else None
    signs: dict = field(default_factory=dict, repr=False, compare=False)  # what its confidence was weighed on

    @property
    def low_confidence(self) -> bool:
        """Too weak for the map by default: stored, listed for review (:data:`LOW_CONFIDENCE`)."""
        return self.confidence < LOW_CONFIDENCE
