"""Classes an unseen-page review (review20) found wrong on the map, each pinned by invented text."""

from __future__ import annotations

from test_claims import _run


def test_a_strike_said_not_to_have_happened_is_no_strike():
    for text in ("Russian troops shelled four villages of the district, but no attacks on Testivka were recorded, the governor said.",
                 "According to the governor, the rest of Testivka was not affected by hostile attacks."):
        assert not any(place == "Testivka" and kind == "struck" for place, _, kind in _run(text)), text
    assert ("Testivka", "UA", "struck") in _run("Russian shelling killed two people in Testivka, the governor said.")
