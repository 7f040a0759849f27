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
from geo.places.gazetteer import Gazetteer, gazetteer_path
from geo.places.download import OFFLINE_HELP, GEONAMES_URL, download_dump
from geo.places.importer import import_dump
from geo.places.geocoder import GazetteerGeocoder
from geo.reading.mentions import MentionFinder
from geo.models import Article, Claim, Mention
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
    seconds: float = 0.0

    def line(self) -> str:
        """One line for the terminal."""
        text = (
            f"{self.new} new, {self.replaced} replaced, {self.unchanged} unchanged article(s); "
            f"{self.mentions} mentions, {self.claims} claims, {self.unresolved} unresolved names"
        )
        if self.unresolved_names:
            text += " (" + ", ".join(sorted(set(self.unresolved_names))[:10]) + ")"
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
        result = store.ingest(article, mentions, claims)
        setattr(summary, result.status, getattr(summary, result.status) + 1)
        if result.status != "unchanged":
            summary.mentions += result.mentions
            summary.claims += result.claims
            summary.unresolved += result.unresolved
            summary.unresolved_names += [m.surface for m in mentions if not m.resolved]
        if on_article:
            on_article(path)
    summary.seconds = round(time.perf_counter() - started, 3)
    return summary


def make_finder(gazetteer: Gazetteer) -> MentionFinder:
    """The mention finder the pipeline uses, over one gazetteer."""
    return MentionFinder(GazetteerGeocoder(gazetteer))
