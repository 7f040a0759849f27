"""A claim's confidence: the probability that it is right, learned from annotated real reporting.

The rules decide *what* a sentence claims (place, claimant, kind, date) and record why (cue,
speaker, sentence). How far to trust that reading depends on many small signs at once: who speaks
(a named side, an analyst, the outlet's own narrative), how the cue is worded ("captured" against
"capturing", "battle for"), how crowded the sentence is, whether the place is an oblast or a city
whose name also stands for a government, how sure the geocoder is. A logistic model weighs those
signs; it was fitted on the project's own annotated corpora (``bench/train_calibration.py``
rebuilds ``calibration.json`` from them) and its out-of-fold probabilities were checked band by
band against what turned out right.

Nothing here changes what a claim says: only how sure we are of it. Below
:data:`~geo.models.LOW_CONFIDENCE` a claim is stored and listed for review, but kept off the map.
"""

from __future__ import annotations

import json
import math
import re
from functools import lru_cache
from pathlib import Path

MODEL_FILE = Path(__file__).with_name("calibration.json")

_QUOTE = re.compile(r"[“”\"«»]")
_NEGATION = re.compile(r"\b(?:not|no|never|denied|denies|deny|refuted|refutes|rejected|false|untrue)\b|n['’]t\b", re.I)
_REPORTING = re.compile(r"\b(?:said|says|claimed|claims|reported|reports|announced|according|stated|told|confirmed)\b", re.I)
_NUMBER = re.compile(r"\b\d[\d,.]*\b")
_MONTHS_YEARS = re.compile(r"\b(?:19|20)\d\d\b")


def features(*, voice: str, kind: str, claimant: str, cue: str, cue_start: int, cue_end: int,
             mention_start: int, mention_end: int, place_kind: str, place_confidence: float,
             population: int, coref: bool, region: bool, partial: bool, dated: bool, precision: str,
             withdrawal: bool, speaker_kind: str, speaker_noun: bool, sentence: str, index: int,
             title: bool, places: int, cues: int) -> dict[str, float]:
    """The signs the model weighs, by name (binary signs are 1.0 when present)."""
    f: dict[str, float] = {"bias": 1.0}
    for name in (f"voice={voice}", f"kind={kind}", f"claimant={claimant}", f"speaker={speaker_kind or 'none'}",
                 f"voice_kind={voice}:{kind}", f"voice_dated={voice}:{'dated' if dated else 'undated'}"):
        f[name] = 1.0
    word = cue.lower().split()[0] if cue else ""
    f["cue_ing"] = float(word.endswith("ing"))
    f["cue_past"] = float(word.endswith(("ed", "en")) or word in ("took", "taken", "lost", "fell", "won", "hit"))
    f["cue_multiword"] = float(len(cue.split()) > 1)
    gap = mention_start - cue_end if mention_start >= cue_end else cue_start - mention_end
    f["gap"] = math.log1p(max(gap, 0)) / 5.0
    f["cue_first"] = float(cue_start < mention_start)
    f["oblast"] = float(place_kind == "oblast")
    f["place_conf"] = max(min(place_confidence, 1.0), 0.0)
    f["big_place"] = float(population >= 100_000)
    f["population"] = math.log10(population + 1) / 7.0
    f["coref"] = float(coref)
    f["region"] = float(region)
    f["partial"] = float(partial)
    f["dated"] = float(dated)
    f["day_precision"] = float(precision == "day")
    f["withdrawal"] = float(withdrawal)
    f["speaker_noun"] = float(speaker_noun)
    f["quote"] = float(bool(_QUOTE.search(sentence)))
    f["negation"] = float(bool(_NEGATION.search(sentence)))
    f["reporting_verb"] = float(bool(_REPORTING.search(sentence)))
    f["numbers"] = min(len(_NUMBER.findall(sentence)), 5) / 5.0
    f["year_named"] = float(bool(_MONTHS_YEARS.search(sentence)))
    f["words"] = math.log1p(len(sentence.split())) / 4.0
    f["places"] = math.log1p(places) / 2.0
    f["cues"] = math.log1p(cues) / 2.0
    f["title"] = float(title)
    f["lead"] = float(index <= 2)
    return f


@lru_cache(maxsize=1)
def _model() -> dict:
    return json.loads(MODEL_FILE.read_text(encoding="utf-8"))


def outlet_narrative(f: dict[str, float]) -> bool:
    """The outlet's own words about control, with no date of their own: background or a summary
    ("Russian troops captured X"), right less than half the time in the annotated corpora."""
    return bool(f.get("voice=outlet")) and not f.get("dated") and not f.get("kind=struck")


def probability(f: dict[str, float]) -> float:
    """The model's probability that a claim with these signs is right (rounded to 3 places).

    The outlet's undated narrative of control never scores above the share of such claims that
    were right in the corpora (``outlet_undated_share`` of the model file): whatever else the
    sentence looks like, it goes to review, not to the map."""
    model = _model()
    weights = model["weights"]
    z = sum(weights.get(name, 0.0) * value for name, value in f.items())
    p = 1.0 / (1.0 + math.exp(-max(min(z, 30.0), -30.0)))
    if outlet_narrative(f):
        p = min(p, model.get("outlet_undated_share", 1.0))
    return round(p, 3)
