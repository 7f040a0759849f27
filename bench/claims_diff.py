"""Dev tool: what the extractor gets wrong on an annotated folder, with the sentences.

    python bench/claims_diff.py bench/corpus/real/dev [NAME_SUBSTRING]

Prints, per document, extra claims (cue, claimant label, quote) and missed gold claims (with the
gold's quote prefix), and extra/missed mentions. For working on the dev part only: never run it
on the test part before the final score.
"""

from __future__ import annotations

import json
import sys
from datetime import date
from pathlib import Path

from geo.jobs.evaluate import _text_path
from geo.jobs.pipeline import analyse, ensure_gazetteer, make_finder
from geo.reading.articles import read_article


def main(folder: str, only: str = "") -> None:
    finder = make_finder(ensure_gazetteer())  # the project's gazetteer, or $FRONTLINE_GEONAMES
    for gold_file in sorted(Path(folder).glob("*.gold.json")):
        if only not in gold_file.name:
            continue
        gold = json.loads(gold_file.read_text(encoding="utf-8"))
        article = read_article(_text_path(gold_file, gold), published=date.fromisoformat(gold["published"]))
        mentions, claims = analyse(article, finder)
        got = {(c.geonameid, c.claimant, c.kind): c for c in claims if c.geonameid}
        lines = []
        for g in gold["claims"]:
            ids = {g["geonameid"], *g.get("alt_geonameids", [])}
            kinds = {g["kind"], *g.get("kinds_ok", [])}
            key = next((k for k in got if k[0] in ids and k[1] == g["claimant"] and k[2] in kinds), None)
            if key is None:
                lines.append(f"  MISS {g['place']} {g['claimant']} {g['kind']}  | {g.get('quote', '')}")
            else:
                c = got.pop(key)
                if c.low_confidence:
                    lines.append(f"  LOW-HIT {g['place']} {g['claimant']} {g['kind']} conf={c.confidence:.2f} | {g.get('quote', '')}")
        for c in got.values():
            low = " (low, off the map)" if c.low_confidence else ""
            lines.append(f"  EXTRA{low} {c.place} {c.claimant} {c.kind} [{c.claimant_label}] cue={c.cue!r} | {c.quote[:220]}")
        wanted = {m["geonameid"] for m in gold["mentions"] if m.get("geonameid")}
        wanted |= {a for m in gold["mentions"] for a in m.get("alt_geonameids", [])}
        found = {m.geonameid: m for m in mentions if m.geonameid}
        lines += [f"  extra mention {m.surface} -> {m.name} {m.geonameid}" for g, m in found.items() if g not in wanted]
        lines += [f"  missed mention {m['surface']} {m['geonameid']}" for m in gold["mentions"]
                  if m.get("geonameid") and not ({m['geonameid'], *m.get('alt_geonameids', [])} & set(found))]
        if lines:
            print(gold_file.name)
            print("\n".join(lines))


if __name__ == "__main__":
    main(*sys.argv[1:])
