"""Ingest speed: articles per second through ``geo.jobs.pipeline.ingest``, and extraction alone, with a profile.

    FRONTLINE_GEONAMES=/path/to/UA.zip .venv/bin/python bench/bench_ingest.py [--articles N] [--corpus DIR]

About 1,000 plain-text articles are generated at run time by recombining the sentences of the dev
corpus (``/work/shared/corpus/dev/*.txt``, read, never copied into the repository) under varied
titles, sources and publication dates, written to a temporary folder, and ingested into a temporary
SQLite store with the gazetteer already loaded. One core. Each timed run uses a fresh
mention finder (so no cache is carried from one run to the next) and a fresh store. Rates are
wall-clock; the CPU-time rate beside them leaves out other load on the machine.
"""

from __future__ import annotations

import argparse
import gc
import cProfile
import io
import os
import pstats
import random
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _common import dump_path, figure, import_gazetteer, peak_rss_mb  # noqa: E402

RATE_TARGET = 200  # articles per second, one core
DEFAULT_CORPUS = Path("/work/shared/corpus/dev")
SOURCES = ("wire", "wire-ru", "agency-fr", "think-tank", "liveblog", "regional", "broadcaster")
FIRST_DAY, LAST_DAY = date(2023, 1, 1), date(2025, 6, 30)


def corpus_sentences(folder: Path) -> tuple[list[str], list[str]]:
    """Titles and body sentences of the corpus's article files."""
    from geo.reading.sentences import split_sentences

    titles, sentences = [], []
    files = sorted(folder.glob("*.txt"))
    if not files:
        sys.exit(f"bench_ingest.py: no *.txt articles in {folder}; pass --corpus DIR")
    for path in files:
        raw = path.read_text(encoding="utf-8").replace("\r\n", "\n")
        head, _, body = raw.partition("\n\n")
        for line in head.splitlines():
            if line.lower().startswith("title:"):
                titles.append(line.split(":", 1)[1].strip())
        for paragraph in body.split("\n\n"):
            sentences += [s.text for s in split_sentences(paragraph.strip()) if len(s.text) > 20]
    return titles, sentences


def write_articles(folder: Path, n: int, titles: list[str], sentences: list[str], rng: random.Random) -> int:
    """Write ``n`` recombined articles; returns their total size in bytes."""
    folder.mkdir(parents=True, exist_ok=True)
    span = (LAST_DAY - FIRST_DAY).days
    total = 0
    for i in range(n):
        published = FIRST_DAY + timedelta(days=rng.randrange(span + 1))
        body = rng.sample(sentences, min(len(sentences), rng.randint(8, 18)))
        paragraphs, k = [], 0
        while k < len(body):
            step = rng.randint(1, 4)
            paragraphs.append(" ".join(body[k : k + step]))
            k += step
        text = (f"title: {rng.choice(titles)}\npublished: {published.isoformat()}\n"
                f"source: {rng.choice(SOURCES)}\nurl: https://example.org/bench/{i:05d}\n\n" + "\n\n".join(paragraphs) + "\n")
        path = folder / f"{i:05d}.txt"
        path.write_text(text, encoding="utf-8")
        total += len(text.encode("utf-8"))
    return total


STEP = 100  # articles per timing step


def per_step(done: list[float], started: float | None = None) -> str:
    """Milliseconds per article over each ``STEP`` articles, from the times each was done (without
    ``started``, the first step counts from the first article's end: reading the files came before)."""
    first = [started] if started is not None else done[:1]
    marks = first + done[STEP - 1::STEP]
    counts = [STEP - (started is None)] + [STEP] * (len(marks) - 2)
    return " ".join(f"{(b - a) / k * 1000:.1f}" for a, b, k in zip(marks, marks[1:], counts))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=1000)
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--seed", type=int, default=20240222)
    parser.add_argument("--profile-articles", type=int, default=200, help="articles ingested under cProfile")
    args = parser.parse_args()
    dump = dump_path()
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})  # one core
    from geo.reading.articles import iter_article_paths, read_article
    from geo.places.gazetteer import Gazetteer
    from geo.places import names
    from geo.jobs.pipeline import analyse, ingest, make_finder
    from geo.store.sqlite import Store

    with tempfile.TemporaryDirectory(prefix="frontline-bench-") as tmp:
        tmp = Path(tmp)
        gaz_path, _, _ = import_gazetteer(dump, tmp)
        titles, sentences = corpus_sentences(args.corpus)
        folder = tmp / "articles"
        size = write_articles(folder, args.articles, titles, sentences, random.Random(args.seed))
        n = args.articles
        print(f"workload: {n:,} articles ({size / n / 1000:.1f} kB each on average) recombined from "
              f"{len(sentences):,} sentences and {len(titles)} titles of {args.corpus}, "
              f"published {FIRST_DAY}..{LAST_DAY}")
        print(f"(only {len(sentences)} distinct sentences: caches keyed on phrases help more than on real news; "
              f"load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} CPUs)")

        def fresh():
            """A mention finder over a freshly opened gazetteer, module-level caches cleared."""
            for fn in vars(names).values():
                if hasattr(fn, "cache_clear"):
                    fn.cache_clear()
            gc.collect()  # let the previous run's gazetteer go before measuring memory
            return make_finder(Gazetteer(gaz_path))

        # -- the whole ingest ----------------------------------------------------------------
        finder = fresh()
        done: list[float] = []  # when each article was stored
        with Store(tmp / "claims1.sqlite") as store:
            started, cpu_started = time.perf_counter(), time.process_time()
            summary = ingest([folder], store, finder, on_article=lambda _: done.append(time.perf_counter()))
            seconds, cpu = time.perf_counter() - started, time.process_time() - cpu_started
        print(f"ingest: {summary.line()}")
        rate = n / seconds
        figure(f"ingest into SQLite store ({n:,} articles)", f"{rate:,.0f} /s", f"≥ {RATE_TARGET}/s", rate >= RATE_TARGET)
        figure("  time per article", f"{seconds / n * 1000:.2f} ms")
        figure("  in CPU time (other load on the machine left out)", f"{n / cpu:,.0f} /s")
        print(f"  ms per article, each {STEP} in turn (a cost that grows with the database shows here):")
        print("   ", per_step(done))

        # -- the parts: reading, extraction alone (mentions + claims, no store), store writes ------
        started = time.perf_counter()
        articles = [read_article(p) for p in iter_article_paths([folder])]
        read_s = time.perf_counter() - started
        finder = fresh()
        started, cpu_started = time.perf_counter(), time.process_time()
        analysed = [analyse(article, finder) for article in articles]
        extract_s, extract_cpu = time.perf_counter() - started, time.process_time() - cpu_started
        mentions = sum(len(m) for m, _ in analysed)
        claims = sum(len(c) for _, c in analysed)
        figure("extraction alone (mentions + claims, no store)", f"{n / extract_s:,.1f} /s", f"≥ {RATE_TARGET}/s", n / extract_s >= RATE_TARGET)
        figure("  in CPU time", f"{n / extract_cpu:,.1f} /s")
        figure("  reading and parsing the files", f"{n / read_s:,.0f} /s")
        done = []
        with Store(tmp / "claims-store-only.sqlite") as store:
            started, cpu_started = time.perf_counter(), time.process_time()
            for article, (m, c) in zip(articles, analysed):
                store.ingest(article, m, c)
                done.append(time.perf_counter())
            store_s, store_cpu = time.perf_counter() - started, time.process_time() - cpu_started
        figure("  store writes alone (Store.ingest)", f"{n / store_s:,.0f} /s")
        figure("    in CPU time", f"{n / store_cpu:,.0f} /s")
        print(f"    ms per article, each {STEP} in turn:", per_step(done, started))
        finder2 = fresh()
        sample = articles[: max(1, n // 4)]
        started = time.perf_counter()
        for article in sample:
            finder2.find(article.text)
        mention_s = time.perf_counter() - started
        figure(f"  mention finding alone, first {len(sample)} articles", f"{len(sample) / mention_s:,.1f} /s")
        print(f"  ({mentions:,} mentions, {claims:,} claims extracted)")
        figure("peak RSS", f"{peak_rss_mb():.0f} MB")

        # -- where the time goes ---------------------------------------------------------------
        subset = sorted(folder.glob("*.txt"))[: args.profile_articles]
        finder = fresh()
        profiler = cProfile.Profile()
        with Store(tmp / "claims-profiled.sqlite") as store:
            profiler.enable()
            ingest(subset, store, finder)
            profiler.disable()
        for order, title in (("cumulative", "cumulative time"), ("tottime", "own time")):
            out = io.StringIO()
            stats = pstats.Stats(profiler, stream=out)
            stats.sort_stats(order).print_stats(10)
            print(f"\nprofile of an ingest of {len(subset)} articles, top 10 by {title} (under cProfile):")
            body = out.getvalue().splitlines()
            start = next(i for i, line in enumerate(body) if line.lstrip().startswith("ncalls"))
            print("\n".join(line for line in body[start:] if line.strip()))


if __name__ == "__main__":
    main()
