"""Fit the claim-confidence model (``geo/claims/calibration.json``) on the annotated corpora.

    .venv/bin/python bench/train_calibration.py [--write] [FOLDER ...]

Every claim the rules extract from the corpora's articles is one example: its signs (see
:func:`geo.claims.calibration.features`) and whether the gold annotation has it (place, claimant,
kind, as ``frontline evaluate`` pairs them). A logistic model with an L2 penalty is fitted by
Newton's method (numpy only). Each corpus is scored by a model fitted on the others (what matters is
reporting from sources the model has not seen); from those predictions the script picks the penalty
and prints a reliability table (per band: mean confidence, share right), the precision and recall
the map would have at each threshold, and each corpus's precision on the map. ``--write`` saves the
model fitted on all of them.

Default corpora: ``bench/corpus/real/dev``, ``fresh`` to ``fresh15`` (each opened for work
after its held-out score) and ``../shared/corpus/dev``; never the locked test part. The fit is deterministic: same corpora, same code, same file.

The unseen-page reviews add examples of their own (``--no-reviews`` leaves them out): each claim the
extractor makes today on a judged page (``bench/corpus/real/reviews/reviewN.judged.tsv``, the page
cached in ``bench/corpus/real/cache/reviews/reviewN/``, see that folder's README) whose place, side,
kind, date and control are those of a claim a judge saw is an example, right or wrong as judged; a
claim no judge saw is none. Each set is one group of the leave-one-out folds. They are what the map
is scored on (pages nobody here wrote, judged as found), so the model learns from them what the
annotated corpora, whose texts the rules were written against, cannot show.
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import sys
from collections import Counter
from datetime import date
from pathlib import Path

import numpy as np

from geo.claims.calibration import MODEL_FILE, outlet_narrative, probability
from geo.jobs.evaluate import _text_path, match_claims
from geo.jobs.pipeline import analyse, ensure_gazetteer, make_finder
from geo.models import LOW_CONFIDENCE
from geo.reading.articles import read_article

ROOT = Path(__file__).resolve().parent.parent
DEFAULT = [ROOT / "bench/corpus/real/dev", ROOT / "bench/corpus/real/fresh", ROOT / "bench/corpus/real/fresh2",
           ROOT / "bench/corpus/real/fresh3", ROOT / "bench/corpus/real/fresh4", ROOT / "bench/corpus/real/fresh5",
           ROOT / "bench/corpus/real/fresh6", ROOT / "bench/corpus/real/fresh7",
           ROOT / "bench/corpus/real/fresh8", ROOT / "bench/corpus/real/fresh9", ROOT / "bench/corpus/real/fresh10",
           ROOT / "bench/corpus/real/fresh11", ROOT / "bench/corpus/real/fresh12", ROOT / "bench/corpus/real/fresh13",
           ROOT / "bench/corpus/real/fresh14", ROOT / "bench/corpus/real/fresh15", ROOT.parent / "shared/corpus/dev"]
REVIEWS = ROOT / "bench/corpus/real/reviews"
REVIEW_CACHE = ROOT / "bench/corpus/real/cache/reviews"
MIN_COUNT = 5  # a sign seen on fewer examples gets no weight of its own
PENALTIES = (1.0, 3.0, 10.0, 30.0, 100.0)


def examples(folders, finder):
    """``(signs, right, document index, corpus index)`` for every located claim, and the number of gold claims."""
    rows, gold_total, doc, missing = [], 0, 0, []
    for corpus, folder in enumerate(folders):
        for gold_file in sorted(Path(folder).glob("*.gold.json")):
            gold = json.loads(gold_file.read_text(encoding="utf-8"))
            if not _text_path(gold_file, gold).exists():  # a page the search tool no longer holds as annotated
                missing.append(gold_file.name)
                continue
            article = read_article(_text_path(gold_file, gold), published=date.fromisoformat(gold["published"]))
            _, claims = analyse(article, finder)
            pairs, extra = match_claims(gold, claims)
            gold_total += len(pairs)
            rows += [(c.signs, 1, doc, corpus) for _, c in pairs if c is not None]
            rows += [(c.signs, 0, doc, corpus) for c in extra]
            doc += 1
    if missing:
        print(f"{len(missing)} annotated page(s) not in the cache, left out: {', '.join(missing[:5])}"
              + (" ..." if len(missing) > 5 else "") + " (see `corpus.py check`)", file=sys.stderr)
    return rows, gold_total, doc


def review_examples(first_group: int, finder):
    """``(signs, right, document index, group)`` for every claim of a cached judged page that a judge saw
    (same file, place, side, kind, date and control); one group per review set, numbered from ``first_group``."""
    rows, sets, missing = [], [], 0
    for judged in sorted(REVIEWS.glob("review*.judged.tsv"), key=lambda p: int(p.name[6:].split(".")[0])):
        name = judged.name.split(".")[0]
        verdicts = {(r["file"], r["geonameid"], r["claimant"], r["kind"], r["date"], r["control"] or "None"): r["verdict"]
                    for r in csv.DictReader(judged.open(encoding="utf-8"), delimiter="\t")}
        group = first_group + len(sets)
        found = 0
        for file in sorted({k[0] for k in verdicts}):
            page = REVIEW_CACHE / name / file
            if not page.exists():
                missing += 1
                continue
            for c in analyse(read_article(page), finder)[1]:
                verdict = verdicts.get((file, str(c.geonameid), c.claimant, c.kind, c.date_from.isoformat(), str(c.control)))
                if verdict is not None:
                    rows.append((c.signs, int(verdict == "right"), -1, group))
                    found += 1
        if found:
            sets.append(name)
    if missing:
        print(f"{missing} judged page(s) not in {os.path.relpath(REVIEW_CACHE, ROOT)}, left out", file=sys.stderr)
    return rows, sets


def design(rows, names=None):
    if names is None:
        seen = Counter(name for signs, *_ in rows for name, v in signs.items() if v)
        names = sorted(name for name, n in seen.items() if n >= MIN_COUNT)
    index = {name: j for j, name in enumerate(names)}
    X = np.zeros((len(rows), len(names)))
    for i, (signs, *_) in enumerate(rows):
        for name, value in signs.items():
            if name in index:
                X[i, index[name]] = value
    return X, names


def fit(X, y, penalty):
    """L2-penalised logistic regression by Newton's method (the bias is not penalised)."""
    w = np.zeros(X.shape[1])
    reg = np.full(X.shape[1], penalty)
    reg[0] = 0.0  # "bias" sorts first
    for _ in range(50):
        p = 1 / (1 + np.exp(-np.clip(X @ w, -30, 30)))
        grad = X.T @ (p - y) + reg * w
        hess = X.T @ (X * (p * (1 - p))[:, None]) + np.diag(reg + 1e-9)
        step = np.linalg.solve(hess, grad)
        w -= step
        if np.abs(step).max() < 1e-8:
            break
    return w


def out_of_fold(X, y, groups, penalty):
    """Each example's probability from a model fitted without its group (its corpus, or its fold)."""
    p = np.zeros(len(y))
    for k in np.unique(groups):
        test = groups == k
        w = fit(X[~test], y[~test], penalty)
        p[test] = 1 / (1 + np.exp(-np.clip(X[test] @ w, -30, 30)))
    return p


def log_loss(p, y):
    p = np.clip(p, 1e-6, 1 - 1e-6)
    return float(-np.mean(y * np.log(p) + (1 - y) * np.log(1 - p)))


def report(p, y, gold_total):
    print("\nreliability (each corpus predicted by the others): band, claims, mean confidence, share right")
    for lo in np.arange(0.0, 1.0, 0.1):
        band = (p >= lo) & (p < lo + 0.1 + (1e-9 if lo >= 0.9 else 0))
        if band.any():
            print(f"  {lo:.1f}-{lo + 0.1:.1f}  {band.sum():4d}  {p[band].mean():.2f}  {y[band].mean():.2f}")
    print("\nthe map at each threshold (each corpus predicted by the others): threshold, claims shown, precision, recall, F1")
    for t in (0.4, 0.5, 0.55, 0.6, 0.65, 0.7, 0.75, 0.8):
        shown = p >= t
        tp = int(y[shown].sum())
        prec = tp / shown.sum() if shown.any() else 0.0
        rec = tp / gold_total
        f1 = 2 * prec * rec / (prec + rec) if prec + rec else 0.0
        print(f"  {t:.2f}  {shown.sum():4d}  {prec:.3f}  {rec:.3f}  {f1:.3f}{'  <- LOW_CONFIDENCE' if abs(t - LOW_CONFIDENCE) < 1e-9 else ''}")


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("folders", nargs="*", type=Path, default=DEFAULT)
    ap.add_argument("--write", action="store_true", help=f"save the model to {MODEL_FILE.name}")
    ap.add_argument("--no-reviews", action="store_true", help="leave the judged unseen-page reviews out")
    args = ap.parse_args(argv)
    finder = make_finder(ensure_gazetteer())  # one gazetteer for the corpora and the reviews
    rows, gold_total, ndocs = examples(args.folders, finder)
    judged, review_sets = ([], []) if args.no_reviews else review_examples(len(args.folders), finder)
    rows += judged
    X, names = design(rows)
    y = np.array([r[1] for r in rows], dtype=float)
    corpora = np.array([r[3] for r in rows])
    print(f"{ndocs} articles, {len(rows) - len(judged)} extracted claims ({int(y[corpora < len(args.folders)].sum())} right), "
          f"{gold_total} gold claims; {len(judged)} judged claims of {len(review_sets)} review sets "
          f"({int(y[corpora >= len(args.folders)].sum())} right); {len(names)} signs")
    # The penalty that predicts a corpus best from the others: what matters is text from sources the
    # model has not seen (folds by article let a corpus's own habits leak into its predictions).
    losses = {pen: log_loss(out_of_fold(X, y, corpora, pen), y) for pen in PENALTIES}
    penalty = min(losses, key=losses.get)
    print("leave-one-corpus-out log loss by penalty: " + ", ".join(f"{k}: {v:.3f}" for k, v in losses.items()) + f" -> {penalty}")
    p = out_of_fold(X, y, corpora, penalty)
    narrative = np.array([outlet_narrative(r[0]) for r in rows])
    for k in np.unique(corpora):  # the cap on the outlet's undated narrative, from the other corpora too
        others = narrative & (corpora != k)
        if others.any():
            mine = narrative & (corpora == k)
            p[mine] = np.minimum(p[mine], y[others].mean())
    annotated = corpora < len(args.folders)
    report(p[annotated], y[annotated], gold_total)
    if judged:
        print("\nthe judged reviews at each threshold (each set predicted by a model fitted without it): "
              "threshold, claims shown, share right (now: as the committed model scores them)")
        now = np.array([probability(r[0]) for r in rows])
        for t in (0.7, 0.75, 0.8, 0.85, 0.9):
            shown, before = ~annotated & (p >= t), ~annotated & (now >= t)
            print(f"  {t:.2f}  {shown.sum():4d}  {y[shown].mean() if shown.any() else 0:.3f}   (now {before.sum():4d}  "
                  f"{y[before].mean() if before.any() else 0:.3f}){'  <- LOW_CONFIDENCE' if abs(t - LOW_CONFIDENCE) < 1e-9 else ''}")
    print("\nper corpus, its claims scored by a model fitted on the others: corpus, claims, right, shown at the threshold, precision shown")
    for k, folder in enumerate(args.folders):
        mine, shown = corpora == k, (corpora == k) & (p >= LOW_CONFIDENCE)
        if mine.any():
            print(f"  {os.path.relpath(folder, ROOT):32s} {mine.sum():4d} {int(y[mine].sum()):4d} {shown.sum():4d}  "
                  f"{y[shown].mean() if shown.any() else 0:.2f}")
    w = fit(X, y, penalty)
    share = float(y[narrative].mean()) if narrative.any() else 1.0
    print(f"\nthe outlet's undated narrative of control: {int(y[narrative].sum())} of {narrative.sum()} right ({share:.2f}): "
          "its confidence is capped there")
    print("\nheaviest signs: " + ", ".join(f"{names[j]} {w[j]:+.2f}" for j in np.argsort(-np.abs(w))[:15]))
    if args.write:
        model = {"about": "claim confidence: logistic weights over geo.claims.calibration.features; "
                          "rebuilt by bench/train_calibration.py --write",
                 "corpora": [os.path.relpath(f, ROOT) for f in args.folders],
                 "reviews": review_sets, "judged_examples": len(judged),
                 "examples": len(rows), "right": int(y.sum()), "penalty": penalty,
                 "outlet_undated_share": round(share, 3),
                 "weights": {name: round(float(v), 6) for name, v in zip(names, w)}}
        MODEL_FILE.write_text(json.dumps(model, indent=1, sort_keys=True) + "\n", encoding="utf-8")
        print(f"wrote {MODEL_FILE}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
