"""Score extraction against gold annotations (the dev corpus format, see corpus README)."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from geo.reading.articles import read_article
from geo.errors import InputError
from geo.reading.mentions import MentionFinder
from geo.jobs.pipeline import analyse


@dataclass
class Score:
    """Counts and the ratios computed from them."""

    mention_tp: int = 0
    mention_fp: int = 0
    mention_fn: int = 0
    claim_tp: int = 0
    claim_fp: int = 0
    claim_fn: int = 0
    dates_ok: int = 0
    control_ok: int = 0
    control_total: int = 0
    low_confidence: int = 0
    documents: int = 0
    errors: list[str] = field(default_factory=list)

    @staticmethod
    def _ratio(a: int, b: int) -> float:
        return a / b if b else 0.0

    def as_dict(self) -> dict:
        """Precision, recall, F1 and date overlap, rounded, with the raw counts."""
        mp = self._ratio(self.mention_tp, self.mention_tp + self.mention_fp)
        mr = self._ratio(self.mention_tp, self.mention_tp + self.mention_fn)
        cp = self._ratio(self.claim_tp, self.claim_tp + self.claim_fp)
        cr = self._ratio(self.claim_tp, self.claim_tp + self.claim_fn)
        f1 = self._ratio(2 * cp * cr, cp + cr)
        return {
            "documents": self.documents,
            "mention_precision": round(mp, 3), "mention_recall": round(mr, 3),
            "claim_precision": round(cp, 3), "claim_recall": round(cr, 3), "claim_f1": round(f1, 3),
            "date_overlap": round(self._ratio(self.dates_ok, self.claim_tp), 3),
            "control_agreement": round(self._ratio(self.control_ok, self.control_total), 3),
            "low_confidence_left_out": self.low_confidence,
            "counts": {k: getattr(self, k) for k in ("mention_tp", "mention_fp", "mention_fn", "claim_tp", "claim_fp",
                                                     "claim_fn", "dates_ok", "control_ok", "control_total")},
        }


def _text_path(gold_file: Path, gold: dict) -> Path:
    if gold.get("text_path"):
        return (gold_file.parent / gold["text_path"]).resolve()
    return gold_file.with_name(gold_file.name.replace(".gold.json", ".txt"))


def evaluate(gold_dir: str | Path, finder: MentionFinder, *, details: bool = False, include_low: bool = False) -> Score:
    """Compare extraction with every ``*.gold.json`` in a folder.

    Mentions are compared by geonameid per document (raions, which the conventions leave
    unannotated, are not scored); claims on (geonameid, claimant, kind), a gold
    claim's ``kinds_ok`` and ``alt_geonameids`` also accepted; a matched claim's date is right when
    its range overlaps the gold range.

    :param include_low: also score the claims kept off the map for low confidence (by default only
        what the map would show is scored; ``low_confidence`` counts the others).
    """
    gold_dir = Path(gold_dir)
    files = sorted(gold_dir.glob("*.gold.json"))
    if not files:
        raise InputError(f"{gold_dir}: no *.gold.json files")
    score = Score()
    for gold_file in files:
        gold = json.loads(gold_file.read_text(encoding="utf-8"))
        published = date.fromisoformat(gold["published"]) if gold.get("published") else None
        article = read_article(_text_path(gold_file, gold), published=published)
        mentions, claims = analyse(article, finder)
        if not include_low:
            score.low_confidence += sum(1 for c in claims if c.low_confidence)
            claims = [c for c in claims if not c.low_confidence]
        score.documents += 1
        _score_mentions(score, gold, mentions, gold_file.name if details else None)
        _score_claims(score, gold, claims, gold_file.name if details else None)
    return score


def _score_mentions(score: Score, gold: dict, mentions, name) -> None:
    # raions are not annotated (corpus conventions): a raion found is neither right nor wrong
    predicted = {m.geonameid for m in mentions if m.geonameid and m.kind != "raion"}
    wanted = [{m["geonameid"], *m.get("alt_geonameids", [])} for m in gold["mentions"] if m.get("geonameid")]
    unique = []
    for ids in wanted:
        if ids not in unique:
            unique.append(ids)
    hit = [ids for ids in unique if ids & predicted]
    score.mention_tp += len(hit)
    score.mention_fn += len(unique) - len(hit)
    allowed = set().union(*unique) if unique else set()
    extra = predicted - allowed
    score.mention_fp += len(extra)
    if name:
        score.errors += [f"{name}: missed mention {sorted(ids)}" for ids in unique if not ids & predicted]
        score.errors += [f"{name}: extra mention {gid}" for gid in sorted(extra)]


def match_claims(gold: dict, claims) -> tuple[list[tuple[dict, object]], list]:
    """Pair gold claims with extracted ones on (geonameid, claimant, kind), ``alt_geonameids`` and
    ``kinds_ok`` accepted: ``([(gold, claim or None)], extracted claims left unpaired)``.

    Pending claims (names left unresolved) assert nothing about a place until reviewed: never paired.
    """
    left = {(c.geonameid, c.claimant, c.kind): c for c in claims if c.geonameid is not None}
    pairs = []
    for g in gold["claims"]:
        ids = {g["geonameid"], *g.get("alt_geonameids", [])}
        kinds = {g["kind"], *g.get("kinds_ok", [])}
        key = next((k for k in left if k[0] in ids and k[1] == g["claimant"] and k[2] in kinds), None)
        pairs.append((g, left.pop(key) if key is not None else None))
    return pairs, list(left.values())


def _score_claims(score: Score, gold: dict, claims, name) -> None:
    pairs, extra = match_claims(gold, claims)
    for g, c in pairs:
        if c is None:
            score.claim_fn += 1
            if name:
                score.errors.append(f"{name}: missed claim {g['place']} {g['claimant']} {g['kind']}")
            continue
        score.claim_tp += 1
        if c.kind in ("captured", "held") and g.get("control") and g["kind"] == c.kind:
            score.control_total += 1
            if c.control == g["control"]:
                score.control_ok += 1
            elif name:
                score.errors.append(f"{name}: control of {g['place']} {g['claimant']} {g['kind']}: {c.control}, gold {g['control']}")
        if str(c.date_from) <= g["date_to"] and str(c.date_to) >= g["date_from"]:
            score.dates_ok += 1
        elif name:
            score.errors.append(f"{name}: date of {g['place']} {g['claimant']} {g['kind']}: {c.date_from}..{c.date_to}, gold {g['date_from']}..{g['date_to']}")
    score.claim_fp += len(extra)
    if name:
        score.errors += [f"{name}: extra claim {c.place} {c.claimant} {c.kind} (cue '{c.cue}')" for c in extra]
