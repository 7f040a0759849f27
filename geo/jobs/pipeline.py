"""The whole flow, for the CLI and for cron jobs: article -> mentions -> claims -> store (-> site)."""

from __future__ import annotations

import os
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from geo.reading.articles import iter_article_paths, read_article
from geo.claims.rules import extract_claims
from geo.errors import ArticleError, GazetteerNotFound, StoreError
from geo.places.gazetteer import Gazetteer, gazetteer_path, older_schema
from geo.places.download import OFFLINE_HELP, GEONAMES_URL, download_dump
from geo.places.importer import import_dump
from geo.places.geocoder import GazetteerGeocoder
from geo.reading.mentions import MentionFinder
from geo.models import BIG_PLACE, Article, Claim, Mention
from geo.store.sqlite import Store

GEONAMES_ENV = "FRONTLINE_GEONAMES"


def ensure_gazetteer(
    path: str | Path | None = None,
    *,
    download: bool = False,
    say: Callable[[str], None] = lambda msg: None,
    progress: Callable[[int, int | None], None] | None = None,
) -> Gazetteer:
    """Open the gazetteer, importing it first when needed.

    Order: an existing gazetteer; else the dump named by ``$FRONTLINE_GEONAMES``; else, when
    ``download`` is allowed, the official GeoNames dump (saying so).

    :raises GazetteerNotFound: with the exact steps to take when none of these is possible.
    """
    target = gazetteer_path(path)
    if not target.exists():
        dump = os.environ.get(GEONAMES_ENV)
        if dump:
            say(f"Importing the GeoNames dump {dump} (from ${GEONAMES_ENV}) into {target} ...")
            import_dump(dump, target)
        elif download:
            zip_path = target.with_name("UA.zip")
            say(f"No gazetteer yet and ${GEONAMES_ENV} is not set: downloading {GEONAMES_URL} to {zip_path} ...")
            download_dump(zip_path, progress=progress)
            say(f"Importing {zip_path} into {target} ...")
            import_dump(zip_path, target, source=GEONAMES_URL)
        else:
            raise GazetteerNotFound(f"{target}: no gazetteer yet; " + OFFLINE_HELP.format(url=GEONAMES_URL))
    elif older_schema(target) and os.environ.get(GEONAMES_ENV):
        # made by an older frontline (its spelling keys differ): imported again from the same dump
        say(f"{target} was made by an older frontline: importing ${GEONAMES_ENV} ({os.environ[GEONAMES_ENV]}) again ...")
        import_dump(os.environ[GEONAMES_ENV], target)
    return Gazetteer(target)


def count_articles(paths: Iterable[str | Path]) -> int:
    """How many article files ``paths`` (files or folders) name: what :func:`ingest` will read."""
    return len(iter_article_paths(paths))


def open_store(path: str | Path, *, create: bool = True) -> Store:
    """Open the claims database.

    :param create: create it when missing (commands that store articles); a command that only
        reads or corrects it passes ``False``, so that a typo in the path is an error rather
        than a new empty database.
    :raises StoreError: ``create`` is false and there is no database at ``path``, or it is not one.
    """
    p = Path(path)
    if not create and str(path) != ":memory:":
        where = "" if p.is_absolute() else f" ({p.absolute()})"
        if not p.exists():
            raise StoreError(f"{path}: no claims database there{where}; check --db or FRONTLINE_DB "
                             "('frontline ingest' creates one)")
        if not p.is_file() or p.stat().st_size == 0:
            what = "a folder" if p.is_dir() else "an empty file"
            raise StoreError(f"{path}: {what}, not a claims database{where}; check --db or FRONTLINE_DB")
    return Store(path)


def analyse(article: Article, finder: MentionFinder) -> tuple[list[Mention], list[Claim]]:
    """Mentions and claims of one article (no storage)."""
    mentions = finder.find(article.text)
    return mentions, extract_claims(article, mentions)


# Feature codes of an oblast centre and of the capital: a change of hands there is news enough to
# wait for a person, whatever the town's population.
CENTRE_CODES = ("PPLA", "PPLC")


def is_big_place(gazetteer: Gazetteer, geonameid: int | None) -> bool:
    """Whether a place is an oblast centre, the capital, or a city of more than ``BIG_PLACE`` people."""
    place = gazetteer.places.get(geonameid) if geonameid is not None else None
    return (place is not None and place.kind == "settlement"
            and (place.fcode in CENTRE_CODES or place.population > BIG_PLACE))


def set_holds(claims: list[Claim], gazetteer: Gazetteer, store: Store, article_key: str) -> None:
    """Say which of an article's claims wait for a person before they are published (``Claim.hold``).

    - ``"low"``: the evidence is weak (confidence below ``LOW_CONFIDENCE``: the outlet's own
      voice, an unsure place, a pending name);
    - ``"extraordinary"``: a capture or hold claim that would change the status of an oblast
      centre, the capital or a city of more than ``BIG_PLACE`` people: its control differs from
      the latest published capture or hold claim on the place in the store, from other articles
      (or the place has none yet).
    """
    big = {c.geonameid for c in claims if c.kind in ("captured", "held") and is_big_place(gazetteer, c.geonameid)}
    latest = store.latest_control(big, exclude_article=article_key) if big else {}
    for c in claims:
        if c.low_confidence:
            c.hold = "low"
        elif c.geonameid in big and c.kind in ("captured", "held") and (
                c.geonameid not in latest or latest[c.geonameid] != c.control):
            c.hold = "extraordinary"
        else:
            c.hold = None


@dataclass
class IngestSummary:
    """What an ingest run did."""

    new: int = 0
    replaced: int = 0
    unchanged: int = 0
    mentions: int = 0
    claims: int = 0
    unresolved: int = 0
    unresolved_names: list[str] = field(default_factory=list)
    waiting: int = 0
    seconds: float = 0.0

    def line(self, shown: int = 10) -> str:
        """One line for the terminal: counts, the first ``shown`` unresolved names (and how many
        more there are), and how many claims wait for review."""
        text = (
            f"{self.new} new, {self.replaced} replaced, {self.unchanged} unchanged article(s); "
            f"{self.mentions} mentions, {self.claims} claims, {self.unresolved} unresolved names"
        )
        names = sorted(set(self.unresolved_names), key=lambda n: (n.casefold(), n))
        if names:
            more = f", +{len(names) - shown} more" if len(names) > shown else ""
            text += " (" + ", ".join(names[:shown]) + more + ")"
        text += f"; {self.waiting} claims wait for review"
        if self.waiting:
            text += " (frontline review list)"
        return text


def ingest(
    paths: Iterable[str | Path],
    store: Store | Callable[[], Store],
    finder: MentionFinder,
    *,
    published: date | None = None,
    on_article: Callable[[Path], None] | None = None,
) -> IngestSummary:
    """Read articles (files or folders), extract, and store them; idempotent per article.

    Each claim is stored with its hold (:func:`set_holds`): the weak and the extraordinary ones
    wait for review and stay off the map until a person approves them.

    All files are read and checked before anything is written, so a bad file stops the run
    with the database as it was.

    :param store: the claims database, or a function that opens (or creates) it: called only once
        every file has been read, so that a bad file does not even leave a new empty database.
    """
    started = time.perf_counter()
    files = iter_article_paths(paths)
    if not files:
        raise ArticleError(f"{', '.join(map(str, paths))}: no article files (.txt, .html, .md) found")
    articles = [read_article(p, published=published) for p in files]
    if callable(store):
        store = store()
    summary = IngestSummary()
    for path, article in zip(files, articles):
        mentions, claims = analyse(article, finder)
        set_holds(claims, finder.gazetteer, store, article.key)
        result = store.ingest(article, mentions, claims)
        setattr(summary, result.status, getattr(summary, result.status) + 1)
        if result.status != "unchanged":
            summary.mentions += result.mentions
            summary.claims += result.claims
            summary.unresolved += result.unresolved
            summary.unresolved_names += result.unresolved_names
            summary.waiting += result.waiting
        if on_article:
            on_article(path)
    summary.seconds = round(time.perf_counter() - started, 3)
    return summary


def make_finder(gazetteer: Gazetteer) -> MentionFinder:
    """The mention finder the pipeline uses, over one gazetteer."""
    return MentionFinder(GazetteerGeocoder(gazetteer))
