"""The real-news corpus: check the cache, list how to rebuild it, write it from search results, and
measure the agreement of two annotations.

    python bench/corpus/real/corpus.py check              # cache present? hashes right? counts
    python bench/corpus/real/corpus.py queries            # the query and rank that find each page
    python bench/corpus/real/corpus.py write RESULTS.json # cache the pages of a saved `search` answer
    python bench/corpus/real/corpus.py agreement          # second/ against the first annotation, as F1

``check``, ``queries`` and ``write`` also cover the ``fresh/``, ``fresh2/``, ``fresh3/`` to ``fresh28/`` splits (``HELD_OUT``); ``golds()``
still defaults to dev and test only.

The page texts are third parties' words: they live only in the git-ignored ``cache/`` folder.
"""

from __future__ import annotations

import hashlib
import json
import re
import sys
from collections import Counter
from pathlib import Path
from urllib.parse import urlsplit

HERE = Path(__file__).resolve().parent
SPLITS = ("dev", "test")
HELD_OUT = ("fresh", "fresh2", "fresh3", "fresh4", "fresh5", "fresh6", "fresh7", "fresh8", "fresh9", "fresh10", "fresh11", "fresh12", "fresh13", "fresh14", "fresh15", "fresh16", "fresh17", "fresh18", "fresh19", "fresh20", "fresh21", "fresh22", "fresh23", "fresh24", "fresh25", "fresh26", "fresh27", "fresh28")  # annotated by independent annotators, each scored once held out, then opened
ALL_SPLITS = SPLITS + HELD_OUT


def golds(splits=SPLITS):
    """Every first-annotation gold file: ``[(split, path, gold)]``."""
    return [(split, path, json.loads(path.read_text(encoding="utf-8")))
            for split in splits for path in sorted((HERE / split).glob("*.gold.json"))]


def cache_text(url: str, published: str, excerpt: str) -> str:
    """A page in the article format ``frontline ingest`` reads (the header, then the text as found)."""
    return f"url: {url}\npublished: {published}\n\n{excerpt}"


def check() -> int:
    missing, wrong, outlets, domains, claims = [], [], Counter(), set(), 0
    for split, path, gold in golds(ALL_SPLITS):
        text = (path.parent / gold["text_path"]).resolve()
        outlets[gold.get("outlet", "?")] += 1
        domains.add(urlsplit(gold["url"]).hostname)
        claims += len(gold["claims"])
        if not text.exists():
            missing.append(path.name)
        elif hashlib.sha256(text.read_bytes()).hexdigest() != gold["text_sha256"]:
            wrong.append(path.name)
    total = sum(outlets.values())
    per_split = ", ".join(f"{s}: {sum(1 for _ in (HERE / s).glob('*.gold.json'))}" for s in ALL_SPLITS)
    print(f"{total} pages ({per_split}), "
          f"{len(outlets)} outlets, {len(domains)} domains, {claims} gold claims")
    print(f"cache: {total - len(missing) - len(wrong)} ok, {len(missing)} missing, {len(wrong)} changed")
    for name in missing[:10] + wrong[:10]:
        print(f"  {name}")
    return 1 if missing or wrong else 0


def queries() -> int:
    for split, path, gold in golds(ALL_SPLITS):
        print(f"{split}\t{path.name.removesuffix('.gold.json')}\t{gold['rank']}\t{gold['query']}\t{gold['url']}")
    return 0


# The search tool now starts some excerpts with a " date YYYY-MM-DD " marker that the answers it gave
# when the page was annotated did not carry: the page is the same with or without it.
DATE_MARKER = re.compile(r"^ date \d{4}(?:-\d{2}){0,2} ")


def _readings(excerpt: str) -> tuple[str, ...]:
    """The excerpt as found, and without a leading date marker when it has one."""
    bare = DATE_MARKER.sub("", excerpt, count=1)
    return (excerpt, bare) if bare != excerpt else (excerpt,)


def write(results_file: str) -> int:
    """Cache the pages of one saved answer of the search tool (corpus ``pages``) whose URL a gold names."""
    answer = json.loads(Path(results_file).read_text(encoding="utf-8"))
    by_url: dict[str, list] = {}
    for _, path, gold in golds(ALL_SPLITS):  # two splits may annotate the same page
        by_url.setdefault(gold["url"], []).append((path, gold))
    written = 0
    for result in answer.get("results", []):
        for path, gold in by_url.get(result.get("url"), []):
            text = next((t for t in (cache_text(gold["url"], gold["published"], e) for e in _readings(result["excerpt"]))
                         if hashlib.sha256(t.encode("utf-8")).hexdigest() == gold["text_sha256"]), None)
            if text is None:
                print(f"{path.name}: the stored page has changed since it was annotated; not written")
                continue
            target = (path.parent / gold["text_path"]).resolve()
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_text(text, encoding="utf-8")
            written += 1
    print(f"wrote {written} page(s)")
    return 0


def _mention_ids(gold) -> list[set]:
    out = []
    for m in gold["mentions"]:
        if m.get("geonameid"):
            ids = {m["geonameid"], *m.get("alt_geonameids", [])}
            if ids not in out:
                out.append(ids)
    return out


def _claim_keys(gold) -> list[tuple]:
    return [({c["geonameid"], *c.get("alt_geonameids", [])}, c["claimant"], {c["kind"], *c.get("kinds_ok", [])})
            for c in gold["claims"]]


def _matches(a: list, b: list, same) -> int:
    """Greedy one-to-one matches between two lists."""
    left, hits = list(b), 0
    for x in a:
        y = next((y for y in left if same(x, y)), None)
        if y is not None:
            left.remove(y)
            hits += 1
    return hits


def agreement() -> int:
    first = {path.name: gold for _, path, gold in golds()}
    pairs = [(first[p.name], json.loads(p.read_text(encoding="utf-8")))
             for p in sorted((HERE / "second").glob("*.gold.json")) if p.name in first]
    if not pairs:
        print("no second annotations in second/")
        return 1
    tot = Counter()
    for a, b in pairs:
        ma, mb = _mention_ids(a), _mention_ids(b)
        tot["m_hit"] += _matches(ma, mb, lambda x, y: bool(x & y))
        tot["m_a"], tot["m_b"] = tot["m_a"] + len(ma), tot["m_b"] + len(mb)
        ca, cb = _claim_keys(a), _claim_keys(b)
        tot["c_hit"] += _matches(ca, cb, lambda x, y: bool(x[0] & y[0]) and x[1] == y[1] and bool(x[2] & y[2]))
        tot["c_a"], tot["c_b"] = tot["c_a"] + len(ca), tot["c_b"] + len(cb)
    f1 = lambda hit, a, b: 2 * hit / (a + b) if a + b else 0.0  # noqa: E731
    print(f"{len(pairs)} pages annotated twice")
    print(f"mentions F1 {f1(tot['m_hit'], tot['m_a'], tot['m_b']):.3f} ({tot['m_a']} vs {tot['m_b']})")
    print(f"claims F1 {f1(tot['c_hit'], tot['c_a'], tot['c_b']):.3f} on (place, claimant, kind) ({tot['c_a']} vs {tot['c_b']})")
    return 0


if __name__ == "__main__":
    commands = {"check": check, "queries": queries, "write": write, "agreement": agreement}
    if len(sys.argv) < 2 or sys.argv[1] not in commands:
        sys.exit(__doc__)
    sys.exit(commands[sys.argv[1]](*sys.argv[2:]))
