"""Batch geocoding speed (``frontline geocode -``, whole runs, and ``geo.jobs.geocode.geocode_lines``)
and accuracy on a generated workload.

    FRONTLINE_GEONAMES=/path/to/UA.zip .venv/bin/python bench/bench_geocode.py [--lines N] [--cli-lines N] [--seed S] [--outputs DIR]

Whole CLI runs (``frontline geocode -`` in a fresh process reading a file on standard input and
writing to /dev/null: start-up, opening the gazetteer and all) are timed on two inputs of
``--cli-lines`` lines (default 100,000): this workload, and repeated newsroom names (the places
reporting names most, as reporters spell them, with and without context, repeated as news repeats
them). CPU time of the child counts (user + system), so that other load on the machine does not.
``--outputs DIR`` keeps each run's input and output there (``this-workload.txt`` and ``.jsonl``, and
``repeated-newsroom-names.*``), to check that a change made for speed leaves the answers byte for byte the same.

The workload is generated at run time from the dump itself (nothing is written to the repository):
``name<TAB>context`` lines whose names are drawn from the gazetteer's settlements -- primary names,
alternate spellings from the dump (Latin and Cyrillic), and mechanically varied spellings (diacritics
stripped, h/g swapped, i/y swapped, apostrophes dropped, one random one-letter typo) -- a share of
them with context ("near <a nearby place>", "in the <oblast> region"), plus non-names (English words
and people's names as they turn up capitalised in news). Places are drawn half from anywhere in
Ukraine and half from a small set of front-line places that news repeats, so the list has the
repetition real input has; the cold-cache figure (every name once) is printed apart.

Speed runs each start like a fresh process (a freshly opened gazetteer, module-level caches of
``geo.places.names`` cleared); the geocoder's own cache lives inside each ``geocode_lines`` call.
One core.
"""

from __future__ import annotations

import argparse
import gc
import csv
import io
import json
import os
import random
import sys
import tempfile
import time
import unicodedata
import zipfile
from collections import Counter, defaultdict
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _common import dump_path, figure, import_gazetteer, peak_rss_mb  # noqa: E402

RATE_TARGET = 25_000  # names per second, one core
OPEN_TARGET_S = 0.5
NEAR_KM = 5.0
WAR_ZONE = ("04", "05", "07", "08", "14", "16", "21", "26")
# How reporters name oblasts ("in the Donetsk region"): newsroom spellings, keyed by GeoNames admin1.
REGION_WORDS = {
    "01": "Cherkasy", "02": "Chernihiv", "03": "Chernivtsi", "04": "Dnipropetrovsk", "05": "Donetsk",
    "06": "Ivano-Frankivsk", "07": "Kharkiv", "08": "Kherson", "09": "Khmelnytskyi", "10": "Kirovohrad",
    "13": "Kyiv", "14": "Luhansk", "15": "Lviv", "16": "Mykolaiv", "17": "Odesa", "18": "Poltava",
    "19": "Rivne", "21": "Sumy", "22": "Ternopil", "23": "Vinnytsia", "24": "Volyn", "25": "Zakarpattia",
    "26": "Zaporizhzhia", "27": "Zhytomyr",
}
# Capitalised words of war reporting that are not Ukrainian places.
NON_NAMES = """Tuesday Wednesday Saturday Sunday January February November Ministry Defence General Staff
Kremlin Pentagon NATO Zelensky Zelenskyy Putin Prigozhin Wagner Syrskyi Shoigu Gerasimov Biden Macron
Reuters Telegram DeepState Rybar Himars Storm Shadow Leopard Abrams Bradley Shahed Iskander Kinzhal
Lancet Brigade Battalion Regiment Assault Airborne Marines Spokesman Governor Mayor President Commander
Institute Study War ISW Ukrinform TASS Interfax Sky News Offensive Counteroffensive Frontline Artillery
Drone Missile Tank Infantry Operational Tactical Group Forces Army Navy Black Sea Fleet Crimean Bridge
Olenivka Prison Avdiivka Coke Plant Azovstal Hospital School Railway Station Bridge Dam Power Plant""".split()
NON_NAME_PHRASES = [
    "General Staff", "Storm Shadow", "Black Sea Fleet", "Sky News", "Defence Ministry", "Air Force",
    "Russian Armed Forces", "Foreign Ministry", "Security Council", "National Guard", "Special Forces",
    "Wagner Group", "Border Guard", "Kremlin spokesman", "Institute for the Study of War",
]
CATEGORY_WEIGHTS = {  # share of the name lines of each kind of spelling
    "primary": 0.26, "alternate": 0.14, "cyrillic": 0.05, "no-diacritics": 0.08, "h/g": 0.10,
    "i/y": 0.10, "no-apostrophe": 0.05, "typo": 0.22,
}
NON_NAME_SHARE = 0.08
CONTEXT_SHARE = {"near": 0.18, "region": 0.17}  # of the name lines; the rest have no context
HOT_SHARE = 0.5  # name lines drawn from the front-line set news repeats
HOT_SIZE = 300


@dataclass(frozen=True)
class Line:
    name: str
    context: str
    gid: int | None  # the place the name was generated from (None: a non-name)
    category: str  # primary, alternate, ..., typo, non-name
    namesakes: bool  # other settlements > 5 km away share the original name's spelling key

    def text(self) -> str:
        return f"{self.name}\t{self.context}" if self.context else self.name


# -- workload -----------------------------------------------------------------------------------

def read_alternates(dump: Path, gids: set[int]) -> dict[int, list[str]]:
    """Alternate names of the wanted places, straight from the dump (all of them, not one per key)."""
    if zipfile.is_zipfile(dump):
        archive = zipfile.ZipFile(dump)
        member = max((n for n in archive.namelist() if n.endswith(".txt") and "readme" not in n.lower()),
                     key=lambda n: archive.getinfo(n).file_size)
        stream = io.TextIOWrapper(archive.open(member), encoding="utf-8", newline="")
    else:
        stream = open(dump, encoding="utf-8", newline="")
    out: dict[int, list[str]] = {}
    with stream:
        for row in csv.reader(stream, delimiter="\t", quoting=csv.QUOTE_NONE):
            if len(row) == 19 and row[0].isdigit() and int(row[0]) in gids:
                out[int(row[0])] = [a for a in row[3].split(",") if a]
    return out


def _script(name: str) -> str:
    letters = [c for c in name if c.isalpha()]
    if letters and all("CYRILLIC" in unicodedata.name(c, "") for c in letters):
        return "cyrillic"
    if letters and all("LATIN" in unicodedata.name(c, "") for c in letters):
        return "latin"
    return "other"


def strip_diacritics(name: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c))


def swap_hg(name: str, rng: random.Random) -> str | None:
    """Swap one h<->g that is not part of kh/zh/sh/ch/gh (Ukrainian h, Russian g)."""
    spots = [i for i, c in enumerate(name) if c.lower() in "hg"
             and not (c.lower() == "h" and i and name[i - 1].lower() in "kzsctg")
             and not (c.lower() == "g" and i + 1 < len(name) and name[i + 1].lower() == "h")]
    if not spots:
        return None
    i = rng.choice(spots)
    new = {"h": "g", "g": "h", "H": "G", "G": "H"}[name[i]]
    return name[:i] + new + name[i + 1:]


def swap_iy(name: str, rng: random.Random) -> str | None:
    spots = [i for i, c in enumerate(name) if c.lower() in "iy"]
    if not spots:
        return None
    i = rng.choice(spots)
    new = {"i": "y", "y": "i", "I": "Y", "Y": "I"}[name[i]]
    return name[:i] + new + name[i + 1:]


def drop_apostrophes(name: str) -> str | None:
    out = "".join(c for c in name if c not in "'’ʼ`")
    return out if out != name else None


def typo(name: str, rng: random.Random) -> str | None:
    """One random one-letter edit: substitute, delete, insert or transpose (never the first letter's case)."""
    if len(name) < 4:
        return None
    letters = "abcdefghiklmnoprstuvyz"
    i = rng.randrange(1, len(name))
    op = rng.choice(("sub", "del", "ins", "swap"))
    if op == "sub":
        return name[:i] + rng.choice(letters.replace(name[i].lower(), "")) + name[i + 1:]
    if op == "del":
        return name[:i] + name[i + 1:]
    if op == "ins":
        return name[:i] + rng.choice(letters) + name[i:]
    if i + 1 < len(name) and name[i] != name[i + 1]:
        return name[:i] + name[i + 1] + name[i] + name[i + 2:]
    return name[:i] + rng.choice(letters.replace(name[i].lower(), "")) + name[i + 1:]


class Grid:
    """Settlements bucketed by 0.25 degree, to find a nearby landmark for "near X"."""

    def __init__(self, places):
        self.cells = defaultdict(list)
        for p in places:
            self.cells[(int(p.lat * 4), int(p.lon * 4))].append(p)

    def landmark(self, place, rng: random.Random):
        from geo.places.gazetteer import distance_km

        ci, cj = int(place.lat * 4), int(place.lon * 4)
        near = [(distance_km(place.lat, place.lon, q.lat, q.lon), q)
                for di in (-1, 0, 1) for dj in (-1, 0, 1) for q in self.cells[(ci + di, cj + dj)]
                if q.geonameid != place.geonameid]
        near = [(d, q) for d, q in near if 2.0 < d <= 25.0]
        if not near:
            return None
        towns = [(d, q) for d, q in near if q.population >= 1000]
        return rng.choice(towns or sorted(near, key=lambda t: t[0])[:3])[1]


def build_workload(g, dump: Path, n_lines: int, rng: random.Random) -> list[Line]:
    from geo.places.gazetteer import distance_km
    from geo.places.names import spelling_key

    settlements = [p for p in g.places.values() if p.kind == "settlement"]
    settlements.sort(key=lambda p: p.geonameid)
    war = [p for p in settlements if p.admin1 in WAR_ZONE]
    # The places news repeats: the largest war-zone towns plus a random spread of front-line villages.
    hot = sorted(war, key=lambda p: -p.population)[: HOT_SIZE // 3] + rng.sample(war, HOT_SIZE - HOT_SIZE // 3)
    grid = Grid(settlements)
    n_names = int(n_lines * (1 - NON_NAME_SHARE))
    chosen = [rng.choice(hot) if rng.random() < HOT_SHARE else rng.choice(settlements) for _ in range(n_names)]
    alternates = read_alternates(dump, {p.geonameid for p in chosen})

    def namesakes(p) -> bool:
        return any(q != p.geonameid and g.places[q].kind == "settlement"
                   and distance_km(p.lat, p.lon, g.places[q].lat, g.places[q].lon) > NEAR_KM
                   for q in g.lookup_key(spelling_key(p.name)))

    cats, weights = zip(*CATEGORY_WEIGHTS.items())
    lines: list[Line] = []
    for place in chosen:
        alts = [a for a in alternates.get(place.geonameid, []) if a != place.name]
        latin = [a for a in alts if _script(a) == "latin" and any(c.isupper() for c in a)]
        cyrillic = [a for a in alts if _script(a) == "cyrillic"]
        base_pool = [place.name] + latin
        name = None
        for _ in range(6):  # a category this place cannot give (no apostrophe ...) -> draw again
            cat = rng.choices(cats, weights)[0]
            base = rng.choice(base_pool)
            if cat == "primary":
                name = place.name
            elif cat == "alternate":
                name = rng.choice(latin) if latin else None
            elif cat == "cyrillic":
                name = rng.choice(cyrillic) if cyrillic else None
            elif cat == "no-diacritics":
                with_marks = [a for a in base_pool if strip_diacritics(a) != a]
                name = strip_diacritics(rng.choice(with_marks)) if with_marks else None
            elif cat == "h/g":
                name = swap_hg(base, rng)
            elif cat == "i/y":
                name = swap_iy(base, rng)
            elif cat == "no-apostrophe":
                name = next(filter(None, (drop_apostrophes(a) for a in rng.sample(base_pool, len(base_pool)))), None)
            else:
                name = typo(base, rng)
            if name:
                break
        if not name:
            cat, name = "primary", place.name
        context = ""
        r = rng.random()
        if r < CONTEXT_SHARE["near"]:
            landmark = grid.landmark(place, rng)
            if landmark is not None:
                context = f"near {landmark.name}"
        elif r < CONTEXT_SHARE["near"] + CONTEXT_SHARE["region"] and place.admin1 in REGION_WORDS:
            context = f"in the {REGION_WORDS[place.admin1]} region"
        lines.append(Line(name, context, place.geonameid, cat, namesakes(place)))
    for _ in range(n_lines - n_names):
        name = rng.choice(NON_NAME_PHRASES) if rng.random() < 0.25 else rng.choice(NON_NAMES)
        lines.append(Line(name, "", None, "non-name", False))
    rng.shuffle(lines)
    return lines


def newsroom_workload(g, n_lines: int, rng: random.Random) -> list[str]:
    """Lines as a newsroom's feed has them: the front-line places reporting names most (the largest
    war-zone towns and a spread of front-line villages), as reporters spell them (the name shown,
    GeoNames' name, the Russian form), alone, "near" a neighbouring town or "in the ... region",
    drawn with a long tail (a few names make most of the lines)."""
    from geo.places.gazetteer import distance_km

    war = sorted((p for p in g.places.values() if p.kind == "settlement" and p.admin1 in WAR_ZONE), key=lambda p: p.geonameid)
    towns = sorted(war, key=lambda p: -p.population)[:150]
    places = towns + rng.sample(war, 150)
    distinct = []
    for p in places:
        spellings = dict.fromkeys((p.display_name or p.name, p.name))  # (in this order in every process)
        for s in spellings:
            distinct.append(s)
            if p.admin1 in REGION_WORDS:
                distinct.append(f"{s}\tin the {REGION_WORDS[p.admin1]} region")
            near = min((t for t in towns if t.geonameid != p.geonameid), key=lambda t: distance_km(p.lat, p.lon, t.lat, t.lon))
            distinct.append(f"{s}\tnear {near.display_name or near.name}")
    weights = [1 / (i + 1) for i in range(len(distinct))]
    return rng.choices(distinct, weights, k=n_lines)


def cli_run(gazetteer: Path, texts: list[str], workdir: Path, label: str, keep: Path | None = None) -> float:
    """Time a whole ``frontline geocode -`` run on these lines (CPU seconds of the child process);
    with ``keep``, the input and the output are kept in that folder (``<label>.txt`` and ``.jsonl``)."""
    import resource
    import subprocess

    name, folder = label.replace(" ", "-"), keep or workdir
    path = folder / f"{name}.txt"
    path.write_text("".join(t + "\n" for t in texts), encoding="utf-8")
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    with open(path, "rb") as stdin, open(folder / f"{name}.jsonl" if keep else os.devnull, "wb") as stdout:
        subprocess.run([sys.executable, "-m", "geo", "--gazetteer", str(gazetteer), "geocode", "-"],
                       stdin=stdin, stdout=stdout, check=True, cwd=Path(__file__).resolve().parents[1])
    wall = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    rate = len(texts) / cpu
    figure(f"{label} ({len(texts):,} lines, {len(set(texts)):,} distinct)", f"{rate:,.0f} /s",
           f"≥ {RATE_TARGET:,}/s", rate >= RATE_TARGET)
    figure("  CPU / wall seconds", f"{cpu:.2f} / {wall:.2f} s")
    return rate


def open_time(gazetteer: Path) -> float:
    """Seconds to open the gazetteer and answer a first name in a fresh process (median of 3)."""
    import statistics
    import subprocess

    code = ("import time; t=time.perf_counter(); from geo.places.gazetteer import Gazetteer; "
            "from geo.places.geocoder import GazetteerGeocoder; "
            f"GazetteerGeocoder(Gazetteer({str(gazetteer)!r})).resolve('Avdiivka'); print(time.perf_counter()-t)")
    runs = [float(subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                                 cwd=Path(__file__).resolve().parents[1]).stdout) for _ in range(3)]
    return statistics.median(runs)


# -- measuring ----------------------------------------------------------------------------------

def cold_start(path: Path):
    """A freshly opened gazetteer and no module-level cache: what a new process starts with."""
    from geo.places import names
    from geo.places.gazetteer import Gazetteer

    for fn in vars(names).values():
        if hasattr(fn, "cache_clear"):
            fn.cache_clear()
    gc.collect()  # let the previous run's gazetteer go before measuring memory
    return Gazetteer(path)


def timed(path: Path, texts: list[str]) -> tuple[float, list[str]]:
    from geo.jobs.geocode import geocode_lines

    g = cold_start(path)
    started = time.perf_counter()
    out = list(geocode_lines(g, texts))
    return time.perf_counter() - started, out


def time_by_group(path: Path, lines: list[Line]) -> None:
    """Where a run's time goes: each line timed as it is answered (from a cold process state, as
    :func:`timed`), summed by spelling category and by whether it has context; per distinct line,
    since a line seen before is answered from the cache."""
    from geo.jobs.geocode import geocode_lines

    stream = geocode_lines(cold_start(path), [line.text() for line in lines])
    spent: Counter = Counter()
    count: Counter = Counter()
    distinct: Counter = Counter()
    seen: set[str] = set()
    clock = time.perf_counter
    for line in lines:
        started = clock()
        next(stream)
        group = line.category + (" + context" if line.context else "")
        spent[group] += clock() - started
        count[group] += 1
        if line.text() not in seen:
            seen.add(line.text())
            distinct[group] += 1
    stream.close()
    total, n = sum(spent.values()), len(lines)
    print(f"\n{'where the time goes':<30}{'lines':>8}{'time':>8}{'us per distinct line':>23}")
    for group in sorted(spent, key=spent.get, reverse=True):
        print(f"{group:<30}{pct(count[group], n):>8}{pct(spent[group], total):>8}"
              f"{1e6 * spent[group] / max(distinct[group], 1):>23,.0f}")


def rate_line(label: str, n: int, seconds: float) -> None:
    rate = n / seconds
    figure(f"{label} ({n:,} names)", f"{rate:,.0f} /s", f"≥ {RATE_TARGET:,}/s", rate >= RATE_TARGET)


def pct(part: int, whole: int) -> str:
    return f"{100 * part / whole:5.1f} %" if whole else "    n/a"


def score(g, lines: list[Line], outputs: list[str]) -> dict[str, Counter]:
    """Per group: lines, resolved, right (top within 5 km), wrong (resolved > 5 km away), abstained,
    abstained with the place among its candidates."""
    from geo.places.gazetteer import distance_km

    groups: dict[str, Counter] = defaultdict(Counter)
    for line, out in zip(lines, outputs):
        res = json.loads(out)
        keys = ["all", f"cat:{line.category}", "ctx:" + (line.context.split()[0] if line.context else "none")]
        if line.gid is not None:
            keys.append("namesakes" if line.namesakes else "unique-name")
        for key in keys:
            c = groups[key]
            c["lines"] += 1
            c["resolved"] += res["resolved"]
            if line.gid is None:
                continue
            truth = g.places[line.gid]

            def close(cand) -> bool:
                return cand["geonameid"] == line.gid or distance_km(truth.lat, truth.lon, cand["lat"], cand["lon"]) <= NEAR_KM

            c["known"] += 1
            if res["resolved"]:
                c["right" if close(res) else "wrong"] += 1
            else:
                c["abstained"] += 1
                c["abstained_has_it"] += any(close(cand) for cand in res["candidates"])
                c["abstained_empty"] += not res["candidates"]
    return groups


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--lines", type=int, default=24_000, help="lines to generate (default 24,000)")
    parser.add_argument("--cli-lines", type=int, default=100_000, help="lines per whole CLI run (default 100,000)")
    parser.add_argument("--seed", type=int, default=20240222)
    parser.add_argument("--outputs", type=Path, help="keep the whole CLI runs' inputs and outputs in this folder")
    args = parser.parse_args()
    dump = dump_path()
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})  # one core
    from geo.places.gazetteer import Gazetteer

    with tempfile.TemporaryDirectory(prefix="frontline-bench-") as tmp:
        path, _, _ = import_gazetteer(dump, Path(tmp))
        g = Gazetteer(path)
        started = time.perf_counter()
        lines = build_workload(g, dump, args.lines, random.Random(args.seed))
        texts = [line.text() for line in lines]
        distinct_names = len({line.name for line in lines})
        print(f"workload: {len(lines):,} lines generated in {time.perf_counter() - started:.1f} s (seed {args.seed}); "
              f"{distinct_names:,} distinct names, {sum(1 for l in lines if l.context):,} with context, "
              f"{sum(1 for l in lines if l.gid is None):,} non-names")
        print("  by spelling: " + ", ".join(f"{k} {v:,}" for k, v in sorted(Counter(l.category for l in lines).items())))

        # -- speed ------------------------------------------------------------------------------
        print("\nspeed: whole runs of `frontline geocode -` (start-up, gazetteer, answers), one core")
        seconds = open_time(path)
        figure("open gazetteer + first answer (fresh process)", f"{seconds:.3f} s", f"< {OPEN_TARGET_S:g} s",
               seconds < OPEN_TARGET_S)
        cli_lines = build_workload(g, dump, args.cli_lines, random.Random(args.seed))
        if args.outputs:
            args.outputs.mkdir(parents=True, exist_ok=True)
        cli_run(path, [line.text() for line in cli_lines], Path(tmp), "this workload", args.outputs)
        cli_run(path, newsroom_workload(g, args.cli_lines, random.Random(args.seed)), Path(tmp), "repeated newsroom names",
                args.outputs)

        print("\nspeed: geo.jobs.geocode.geocode_lines, one core, each run from a cold process state")
        seconds, outputs = timed(path, texts)
        rate_line("all lines", len(texts), seconds)

        plain = [t for t, l in zip(texts, lines) if not l.context]
        rate_line("no-context lines", len(plain), timed(path, plain)[0])
        ctx_lines = [t for t, l in zip(texts, lines) if l.context]
        rate_line("context lines only", len(ctx_lines), timed(path, ctx_lines)[0])

        unique = list(dict.fromkeys(l.name for l in lines))
        rate_line("unique names, each once (cache cold)", len(unique), timed(path, unique)[0])
        # The same names twice in one run: the second pass is the geocoder's cache at work.
        from geo.jobs.geocode import geocode_lines
        stream = geocode_lines(cold_start(path), unique + unique)
        t0 = time.perf_counter()
        for _ in range(len(unique)):
            next(stream)
        t1 = time.perf_counter()
        for _ in range(len(unique)):
            next(stream)
        t2 = time.perf_counter()
        stream.close()  # (the end of a run lets go of its caches: not the cache at work)
        rate_line("  same names again in the same run (cache warm)", len(unique), t2 - t1)
        figure("  cache effect (warm / cold rate)", f"{(t1 - t0) / (t2 - t1):,.0f} x")

        typos = list(dict.fromkeys(l.name for l in lines if l.category == "typo"))
        rate_line("typos only, unique (fuzzy fallback)", len(typos), timed(path, typos)[0])
        exact = list(dict.fromkeys(l.name for l in lines if l.category == "primary"))
        rate_line("primary names only, unique", len(exact), timed(path, exact)[0])
        figure("peak RSS", f"{peak_rss_mb():.0f} MB")
        time_by_group(path, lines)

        # -- accuracy ---------------------------------------------------------------------------
        groups = score(g, lines, outputs)
        a = groups["all"]
        print("\naccuracy on the lines generated from a known geonameid (right = top answer within 5 km)")
        figure("share resolved, all lines", pct(a["resolved"], a["lines"]))
        figure("known-place lines: top answer within 5 km", pct(a["right"], a["known"]))
        figure("known-place lines: confidently wrong (> 5 km)", pct(a["wrong"], a["known"]))
        figure("known-place lines: abstained", pct(a["abstained"], a["known"]))
        figure("abstentions whose candidates hold the place", pct(a["abstained_has_it"], a["abstained"]))
        figure("abstentions with no candidate at all", pct(a["abstained_empty"], a["abstained"]))
        nn = groups["cat:non-name"]
        figure("non-names resolved to a place (false hits)", pct(nn["resolved"], nn["lines"]))

        print(f"\n{'group':<22}{'lines':>8}{'right':>9}{'wrong':>9}{'abstain':>9}{'abst.has':>10}")
        order = ([f"cat:{c}" for c in CATEGORY_WEIGHTS] + ["ctx:none", "ctx:near", "ctx:in", "unique-name", "namesakes"])
        for key in order:
            c = groups.get(key)
            if not c or not c["known"]:
                continue
            print(f"{key:<22}{c['known']:>8,}{pct(c['right'], c['known']):>9}{pct(c['wrong'], c['known']):>9}"
                  f"{pct(c['abstained'], c['known']):>9}{pct(c['abstained_has_it'], c['abstained']):>10}")
        print("(unique-name: no other settlement > 5 km away shares the spelling key of the place's name; "
              "namesakes: some do,\n so without context abstaining is the right answer for them)")
        wrong = [(l, json.loads(o)) for l, o in zip(lines, outputs)
                 if l.gid is not None and json.loads(o)["resolved"]]
        wrong = [(l, r) for l, r in wrong if r["geonameid"] != l.gid and l.gid not in (c["geonameid"] for c in r["candidates"][:1])]
        examples = []
        from geo.places.gazetteer import distance_km
        for l, r in wrong:
            t = g.places[l.gid]
            d = distance_km(t.lat, t.lon, r["lat"], r["lon"])
            if d > NEAR_KM:
                examples.append(f"  {l.name!r} [{l.category}{', ' + l.context if l.context else ''}] -> "
                                f"{r['name']} ({r['oblast']}, conf {r['confidence']:.2f}); meant {t.name} ({g.admin_names(t)[0]}), {d:.0f} km away")
        if examples:
            print(f"\nsome confidently wrong answers ({len(examples):,} in all):")
            for ex in random.Random(1).sample(examples, min(8, len(examples))):
                print(ex)


if __name__ == "__main__":
    main()
