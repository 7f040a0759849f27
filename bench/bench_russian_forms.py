"""How the geocoder reads place names written otherwise than any of the place's names in the
gazetteer (Russian transliterations above all: Zagornoye for Zahirne, Vishnevoye for Vyshneve),
as annotated in real articles, through the real mention finder.

For every gold mention with a geonameid in bench/corpus/real/{dev,fresh,fresh2} (never the locked
test part) whose surface is not the place's own name (its GeoNames name or an alias), each article is analysed
as ``frontline ingest`` would (geo.jobs.pipeline.make_finder / analyse) and the mention counted:

Two groups: surfaces that are a variant (alternate) name of the place in GeoNames (Vishnevoye for
Vyshneve), and surfaces that are no name of it at all (Zagornoye for Zahirne).

* right: a mention of that surface resolved to the gold place (or one of its alternatives);
* wrong: resolved to another place;
* abstain: found but left unresolved (``cand`` when the gold place is among its candidates);
* unfound: the finder did not take the surface for a place name.

Usage: python bench/bench_russian_forms.py [--verbose] [FOLDER ...]   (the project's gazetteer, or
$FRONTLINE_GEONAMES)
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from geo.jobs.evaluate import _text_path  # noqa: E402
from geo.jobs.pipeline import analyse, ensure_gazetteer, make_finder  # noqa: E402
from geo.places.names import spelling_key  # noqa: E402
from geo.reading.articles import read_article  # noqa: E402

REAL = Path(__file__).resolve().parent / "corpus" / "real"
FOLDERS = [REAL / "dev", REAL / "fresh", REAL / "fresh2"]


def main(argv=None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("folders", nargs="*", type=Path, default=FOLDERS)
    ap.add_argument("--verbose", "-v", action="store_true", help="one line per mention, with the candidates")
    ap.add_argument("--synthetic", action="store_true",
                    help="also: Russian forms of places imported without them ($FRONTLINE_GEONAMES)")
    ap.add_argument("--sample", type=int, default=None, help="at most this many synthetic forms")
    args = ap.parse_args(argv)
    if any(f.name == "test" for f in args.folders):
        sys.exit("the test part is locked")
    gaz = ensure_gazetteer()
    finder = make_finder(gaz)
    counts: Counter = Counter()
    seen = set()
    missing: list[str] = []
    for folder in args.folders:
        for gold_file in sorted(folder.glob("*.gold.json")):
            gold = json.loads(gold_file.read_text(encoding="utf-8"))
            todo = []
            for m in gold["mentions"]:
                gid = m.get("geonameid")
                if not gid or m.get("kind", "settlement") != "settlement" or gid not in gaz.places:
                    continue
                ids = {gid, *m.get("alt_geonameids", [])}
                key = spelling_key(m["surface"])
                sources = {gaz.lookup_key(key).get(i) for i in ids}
                if sources & {"name", "ascii", "alias"}:
                    continue  # the place's own name, as GeoNames or aliases.csv writes it
                todo.append((m["surface"], ids, "variant" if sources - {None} else "unknown"))
            if not todo:
                continue
            if not _text_path(gold_file, gold).exists():
                missing.append(gold_file.name)  # a page the search tool no longer returns as annotated: not in the cache
                continue
            article = read_article(_text_path(gold_file, gold), published=date.fromisoformat(gold["published"]))
            mentions, _ = analyse(article, finder)
            for surface, ids, group in todo:
                if (gold_file.name, surface) in seen:
                    continue
                seen.add((gold_file.name, surface))
                found = [x for x in mentions if spelling_key(x.surface) == spelling_key(surface)]
                if not found:
                    outcome = "unfound"
                elif any(x.resolved and x.geonameid in ids for x in found):
                    outcome = "right"
                elif any(x.resolved for x in found):
                    outcome = "wrong"
                elif any(c.geonameid in ids for x in found for c in x.candidates):
                    outcome = "abstain-cand"
                else:
                    outcome = "abstain"
                counts[group, outcome] += 1
                if args.verbose:
                    gold_name = gaz.places[min(ids)].name
                    cands = ""
                    if found:
                        x = found[0]
                        cands = ", ".join(f"{c.name}{'*' if c.geonameid in ids else ''} {c.score:.2f}"
                                          for c in x.candidates[:4])
                    print(f"{group:<7} {outcome:<13} {folder.name}/{gold_file.name[:38]:<38} {surface:<22} -> {gold_name:<18} | {cands}")
    outcomes = ("right", "wrong", "abstain-cand", "abstain", "unfound")
    if missing:
        print(f"\n{len(missing)} annotated page(s) not in the cache, left out: {', '.join(missing)}")
    print(f"\n{'':<34}" + "".join(f"{k:>14}" for k in outcomes))
    for group, label in (("variant", "a variant name of the place"), ("unknown", "no name of the place"),
                         (None, "all")):
        row = {k: sum(n for (g, o), n in counts.items() if o == k and group in (None, g)) for k in outcomes}
        total = sum(row.values())
        print(f"{label + f' ({total})':<34}" + "".join(f"{row[k]:>6} {row[k] / max(total, 1):6.1%} " for k in outcomes))
    if args.synthetic:
        import os
        import tempfile

        with tempfile.TemporaryDirectory() as tmp:
            print()
            synthetic(Path(os.environ["FRONTLINE_GEONAMES"]), Path(tmp), args.sample, args.verbose)



# -- synthetic: Russian forms of places the gazetteer knows only by their Ukrainian names ----------
def synthetic_gazetteer(dump: Path, workdir: Path):
    """The gazetteer of the synthetic part (imported into ``workdir``) and its (Russian form,
    geonameid) items, shuffled."""
    import random
    import zipfile

    from rapidfuzz import fuzz

    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from _common import import_gazetteer
    from translit import RU_BGN, romanize

    from geo.places.gazetteer import Gazetteer
    from geo.places.names import is_ukrainian_cyrillic, romanize_uk

    front = {"05", "14", "26", "08", "07"}
    russian_end = ("ое", "ая", "ий", "ый", "ой", "овка", "евка", "ово", "ево", "ино")
    with zipfile.ZipFile(dump) as archive:
        member = next(n for n in archive.namelist() if n.endswith(".txt") and "readme" not in n)
        lines = archive.read(member).decode("utf-8").splitlines()
    out_lines, items = [], []
    for line in lines:
        cols = line.split("\t")
        if cols[6] != "P" or cols[10] not in front:
            out_lines.append(line)
            continue
        forms = [a for a in cols[3].split(",") if a]
        cyr = [a for a in forms if a and all("CYRILLIC" in unicodedata_name(c) for c in a if c.isalpha())]
        name_key = spelling_key(cols[1])
        uk = [a for a in cyr if is_ukrainian_cyrillic(a) and spelling_key(romanize_uk(a)) == name_key]
        ru = [a for a in cyr if a not in uk and (set(a.lower()) & set("ыэёъ") or a.lower().endswith(russian_end))
              and fuzz.ratio(spelling_key(a), name_key) >= 60]
        if not uk or not ru:
            out_lines.append(line)
            continue
        query = romanize(ru[0], RU_BGN)
        if spelling_key(query) == name_key:
            out_lines.append(line)
            continue
        cols[3] = ",".join(uk)  # the Ukrainian Cyrillic names only
        out_lines.append("\t".join(cols))
        items.append((query, int(cols[0])))
    small = workdir / "UA.zip"
    with zipfile.ZipFile(small, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("UA.txt", "\n".join(out_lines) + "\n")
    path, _, _ = import_gazetteer(small, workdir)
    gaz = Gazetteer(path)
    items = [(q, gid) for q, gid in items if gid in gaz.places and gaz.places[gid].kind == "settlement"]
    random.Random(7).shuffle(items)
    return gaz, items


def synthetic(dump: Path, workdir: Path, limit: int | None = None, verbose: bool = False) -> None:
    """Every settlement of the front-line oblasts that GeoNames names in Cyrillic both in Ukrainian
    and in Russian (a form with Russian letters or endings, close to the Ukrainian one: not an old
    name), imported with its Russian and Latin variants left out; its Russian form in BGN/PCGN
    romanization is geocoded alone, with its oblast and near the nearest other town (as
    bench_spellings.py does)."""
    from geo.places.gazetteer import distance_km
    from geo.places.geocoder import GazetteerGeocoder

    gaz, items = synthetic_gazetteer(dump, workdir)
    items = items[:limit] if limit else items
    geocoder = GazetteerGeocoder(gaz)
    from bench_spellings import nearest_town, towns_of

    towns = towns_of(gaz)
    print(f"{len(items)} Russian forms of places known by their Ukrainian names only (BGN/PCGN romanization)")
    for setting in ("none", "oblast", "near"):
        counts: Counter = Counter()
        for query, gid in items:
            p = gaz.places[gid]
            ctx = {"none": None, "oblast": f"in the {gaz.oblast_of(p).name}",
                   "near": f"near {nearest_town(p, towns).name}"}[setting]
            res = geocoder.resolve(query, ctx)
            hit = [distance_km(c.lat, c.lon, p.lat, p.lon) <= 5.0 for c in res.candidates]
            if res.resolved:
                counts["right" if hit[0] else "wrong"] += 1
            else:
                counts["abstain-cand" if any(hit) else "abstain"] += 1
            counts["top"] += bool(hit and hit[0])
            if verbose and setting == "oblast":
                top = res.candidates[0].name if res.candidates else "-"
                print(f"    {query:<24} {p.name:<22} {'ok ' if hit and hit[0] else 'NO '} {'res' if res.resolved else 'abs'} top={top}")
        n = len(items)
        print(f"  {setting:<7}" + "".join(f"{k} {counts[k] / n:6.1%}   " for k in ("right", "wrong", "abstain-cand", "abstain", "top")))


def unicodedata_name(c: str) -> str:
    import unicodedata

    return unicodedata.name(c, "")


if __name__ == "__main__":
    main()
