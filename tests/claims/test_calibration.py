"""The claim-confidence model: a probability, weighed on signs the extractor really produces."""

from __future__ import annotations

import json

from geo.claims.calibration import MODEL_FILE, probability
from geo.models import LOW_CONFIDENCE

from test_claims import _run


def test_every_weight_names_a_sign_the_extractor_produces():
    """A stale model (weights for signs that were renamed) would silently weigh nothing."""
    weights = json.loads(MODEL_FILE.read_text(encoding="utf-8"))["weights"]
    got = _run("Russia's defence ministry said on Tuesday its forces had captured Testivka. "
               "Heavy fighting went on around Novoselo. Shelling hit Dubky, the governor said.")
    produced = set().union(*(c.signs for c in got.values()))
    fixed = {name for name in weights if "=" not in name}  # the one-hot signs depend on the sentence
    assert fixed <= produced
    assert all(name.split("=")[0] in {"voice", "kind", "claimant", "speaker", "voice_kind", "voice_dated"} for name in set(weights) - fixed)


def test_confidence_is_a_probability_recorded_with_its_signs():
    got = _run("Russia's defence ministry said on Tuesday its forces had captured Testivka.")
    claim = got[("Testivka", "RU", "captured")]
    assert 0.0 < claim.confidence < 1.0
    assert claim.confidence == probability(claim.signs)
    assert claim.signs["voice=speaker"] == 1.0 and claim.signs["kind=captured"] == 1.0


def test_a_side_naming_its_capture_outweighs_the_outlets_undated_fighting():
    got = _run("Russia's defence ministry said on Tuesday its forces had captured Testivka. "
               "Heavy fighting went on around Novoselo.")
    assert got[("Testivka", "RU", "captured")].confidence >= LOW_CONFIDENCE
    assert got[("Novoselo", "other", "contested")].confidence < LOW_CONFIDENCE
