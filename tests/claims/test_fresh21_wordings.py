"""Wordings found on real pages held out for two scorings (fresh21/fresh22, opened 2026-12-03, fifth
session), by class, each pinned by invented text the code before the fix got wrong: a Ukrainian
operational command speaks for Ukraine ("Operational Command South said"); "MLRS attacks" and "UAV
attacks" on places are strikes, not fighting; "the territory of A, B, ..., as well as other villages,
came under 72 artillery strikes" strikes every place of the list; "Ukrainian forces did not confirm the
claim, saying ..." is Ukraine's voice."""

from __future__ import annotations

import pytest

from test_claims import _run


@pytest.mark.parametrize("speaker", ["Operational Command South said", "Ukraine's Southern Operational Command said",
                                     'Operational Command "South" reported'])
def test_an_operational_command_speaks_for_ukraine(speaker):
    got = _run(f"Ukrainian troops liberated the villages of Testivka, Novoselo and Dubky, {speaker}.")
    for place in ("Testivka", "Novoselo", "Dubky"):
        claim = got[(place, "UA", "captured")]
        assert claim.control == "UA" and claim.claimant_label == "Ukrainian military"


def test_mlrs_and_uav_attacks_on_places_are_strikes():
    got = _run("The head of the regional military administration said on Telegram that the enemy launched 86 strikes. "
               "Four MLRS attacks were launched on Testivka and Novoselo, five UAV attacks - on Dubky and Hrabove.")
    for place in ("Testivka", "Novoselo", "Dubky", "Hrabove"):
        assert (place, "UA", "struck") in got
        assert not [k for k in got if k[0] == place and k[2] == "contested"]


def test_the_territory_of_a_list_that_came_under_artillery_strikes():
    got = _run("In addition, the territory of Testivka, Novoselo, Dubky, as well as other towns and villages in the line "
               "of fire, came under 72 artillery strikes, the head of the regional military administration said.")
    for place in ("Testivka", "Novoselo", "Dubky"):
        assert got[(place, "UA", "struck")].claimant_label == "Ukrainian regional authorities"


def test_ukrainian_forces_that_did_not_confirm_a_claim_speak():
    got = _run("Russia said Monday its forces had captured Testivka.\n\nUkrainian forces did not confirm the claim, "
               'saying only that Russia was "conducting assault operations in the urban area of Testivka".')
    assert got[("Testivka", "RU", "captured")].control == "RU"
    assert got[("Testivka", "UA", "contested")].claimant_label == "Ukrainian military"
