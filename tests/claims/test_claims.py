"""General claim-extraction rules, pinned on small invented sentences (no gazetteer needed)."""

from __future__ import annotations

from datetime import date

from geo.claims.rules import extract_claims
from geo.models import Article, Mention

PUB = date(2024, 3, 8)  # a Friday
IDS = {"Testivka": 1001, "Novoselo": 1002, "Dubky": 1003, "Hrabove": 1004, "Kamianka": 1005,
       "Lisne": 1006, "Testska": 2001}


def _run(body: str, title: str = "Front update", published: date = PUB, places=None, url: str = "", source: str = "wire"):
    text = f"{title}\n\n{body}"
    mentions = []
    for name, gid in (places or IDS).items():
        start = 0
        while (pos := text.find(name, start)) >= 0:
            kind = "oblast" if gid >= 2000 else "settlement"
            mentions.append(Mention(start=pos, end=pos + len(name), surface=name, kind=kind, geonameid=gid,
                                    name=name, resolved=True, confidence=0.9))
            start = pos + len(name)
    mentions.sort(key=lambda m: m.start)
    art = Article(id="x", key="k", title=title, published=published, text=text, source=source, url=url)
    return {(c.place, c.claimant, c.kind): c for c in extract_claims(art, mentions)}


def test_speaker_before_and_after():
    got = _run("Russia's defence ministry said on Tuesday that its forces had captured Testivka. "
               "Ukrainian troops repelled attacks near Novoselo, Ukraine's General Staff said.")
    c = got[("Testivka", "RU", "captured")]
    assert c.control == "RU" and c.date_from == date(2024, 3, 5)
    assert ("Novoselo", "UA", "contested") in got


def test_narrative_is_other_and_coordinated_speaker_does_not_reach_back():
    got = _run("Heavy fighting was reported around Dubky, and regional officials said shelling had hit Hrabove.")
    assert ("Dubky", "other", "contested") in got
    assert ("Hrabove", "UA", "struck") in got


def test_denial_turns_capture_into_held():
    got = _run("Ukraine's military denied that Russian forces had captured Testivka.")
    c = got[("Testivka", "UA", "held")]
    assert c.control == "UA"
    assert ("Testivka", "UA", "captured") not in got


def test_withdrawal_is_capture_by_the_other_side():
    got = _run("A Ukrainian army spokesman said on Wednesday that Ukrainian units had withdrawn from Kamianka.")
    c = got[("Kamianka", "UA", "captured")]
    assert c.control == "RU" and c.date_from == date(2024, 3, 6)


def test_pulled_back_to_outskirts_is_contested():
    got = _run("The spokesman Dmytro Lykhovyi said Ukrainian units had pulled back to the outskirts of Kamianka.")
    assert ("Kamianka", "UA", "contested") in got


def test_pronoun_speaker_and_city_coreference():
    got = _run("Russia's defence ministry said its troops had seized Lisne on Thursday. "
               "A Ukrainian commander, Oleh Testenko, denied the claim. "
               "\"Our forces are within the city,\" he said.")
    assert ("Lisne", "RU", "captured") in got
    held = got[("Lisne", "UA", "held")]
    assert held.control == "UA"


def test_list_attachment():
    got = _run("The ministry said Russian units had improved their positions near Dubky, Hrabove and Kamianka.")
    for place in ("Dubky", "Hrabove", "Kamianka"):
        assert (place, "RU", "contested") in got


def test_struck_and_oblast_only_without_a_precise_place():
    got = _run("A missile hit a depot near Hrabove, in the Testska region, governor Ivan Testov said. "
               "Drones struck energy sites in the Testska region overnight, officials said.")
    assert ("Hrabove", "UA", "struck") in got
    c = got[("Testska", "UA", "struck")]
    assert "Drones" in c.quote


def test_not_confirmed_is_contested():
    got = _run("The Ukrainian army did not immediately confirm the loss of Novoselo. "
               "Russian military bloggers stopped short of saying that Dubky was under full Russian control.")
    assert ("Novoselo", "UA", "contested") in got
    assert ("Dubky", "other", "contested") in got
    assert ("Dubky", "other", "captured") not in got


def test_relative_clause_background_claim_has_its_own_voice_and_date():
    got = _run("Kyiv's military dismissed the report, saying fighting continued near Testivka, "
               "a village that Ukrainian forces retook in November 2022.")
    c = got[("Testivka", "other", "captured")]
    assert (c.control, c.date_from, c.date_to) == ("UA", date(2022, 11, 1), date(2022, 11, 30))


def test_relative_clause_with_speaker_and_landmark():
    got = _run("The village lies 10 km west of Kamianka, a town that Moscow said it had seized in January.")
    c = got[("Kamianka", "RU", "captured")]
    assert c.date_from == date(2024, 1, 1)


def test_landmarks_and_modifiers_get_no_claim():
    got = _run("Russian forces advanced west of Dubky and took the village of Lisne on the Hrabove front.")
    assert ("Lisne", "other", "captured") in got
    assert not any(k[0] in ("Dubky", "Hrabove") for k in got)


def test_passive_subject_and_attempt():
    got = _run("Novoselo, which lies near the border, was taken by Russian forces in March 2022. "
               "Russia has tried to seize Dubky for months.")
    assert got[("Novoselo", "other", "captured")].date_from == date(2022, 3, 1)
    assert not any(k[0] == "Dubky" for k in got)


def test_reported_claim_is_also_the_reported_sides():
    got = _run("Ukraine's military on Friday dismissed as false a Russian statement that its troops had captured Lisne.")
    assert ("Lisne", "UA", "held") in got
    assert ("Lisne", "RU", "captured") in got


def test_headline_claim_counts_but_not_its_narrative_or_date():
    got = _run("Russia's defence ministry said on Tuesday that its forces had taken Testivka.",
               title="Russia says it has captured Testivka; heavy fighting near Dubky")
    c = got[("Testivka", "RU", "captured")]
    assert c.date_from == c.date_to == date(2024, 3, 5)  # the headline's undated claim does not stretch it
    assert ("Dubky", "other", "contested") not in got


def test_liveblog_entry_day_grounds_overnight():
    got = _run("Thursday 08:30 — Ukraine's air force says it shot down drones launched overnight at the Testska region.",
               title="Live: attacks", published=date(2024, 3, 9))
    c = got[("Testska", "UA", "struck")]
    assert (c.date_from, c.date_to) == (date(2024, 3, 6), date(2024, 3, 7))


def test_undated_statement_inherits_the_previous_sentence_date():
    got = _run("The spokesman Dmytro Lykhovyi said on March 4 that the situation was tense. "
               "He added that Ukrainian forces had stabilized their line near Hrabove.")
    c = got[("Hrabove", "UA", "held")]
    assert c.date_from == date(2024, 3, 4)


def test_same_claim_on_two_days_spans_both_but_months_apart_is_not_stretched():
    got = _run("Russia's defence ministry said on Tuesday that its forces had captured Testivka. "
               "The Russian defence ministry said on Thursday that its forces had captured Testivka.")
    c = got[("Testivka", "RU", "captured")]
    assert (c.date_from, c.date_to) == (date(2024, 3, 5), date(2024, 3, 7))
    got = _run("Heavy fighting was reported around Dubky in the winter of 2022-2023. "
               "Heavy fighting was reported around Dubky on Thursday.")
    c = got[("Dubky", "other", "contested")]
    assert (c.date_to - c.date_from).days < 100


def test_drone_attack_that_hits_a_place_is_a_strike_not_fighting():
    got = _run("A drone attack hit the port of Dubky on Saturday, the regional governor said.")
    assert ("Dubky", "UA", "struck") in got
    assert ("Dubky", "UA", "contested") not in got


def test_presence_in_part_of_a_town_is_contested_not_captured():
    got = _run("Russian military bloggers claimed that Russian units had entered the eastern microdistrict of Testivka.")
    assert ("Testivka", "other", "contested") in got
    assert ("Testivka", "other", "captured") not in got


def test_improved_tactical_position_and_breakthrough_attempts_are_fighting():
    got = _run("Units improved their tactical position near Dubky and Hrabove, the Russian defence ministry said. "
               "The enemy is trying to break through near Lisne, a Ukrainian army spokesman said.")
    assert ("Dubky", "RU", "contested") in got and ("Hrabove", "RU", "contested") in got
    assert ("Lisne", "UA", "contested") in got


def test_quote_attributed_to_army_spokesman_after_it():
    got = _run("\u201cThe enemy is trying to break through near Lisne and Dubky,\u201d army spokesman Nazar Voloshyn "
               "told national television.")
    assert ("Lisne", "UA", "contested") in got and ("Dubky", "UA", "contested") in got


def test_advance_into_part_of_a_town_and_a_difficult_situation_are_contested():
    got = _run("Geolocated footage indicates that Russian forces advanced into central Testivka, analysts said. "
               "The Ukrainian army admitted a difficult situation around Dubky.")
    assert ("Testivka", "other", "contested") in got and ("Testivka", "other", "captured") not in got
    assert ("Dubky", "UA", "contested") in got


def test_inflicted_losses_near_is_fighting_and_practically_under_control_is_not_a_capture():
    got = _run("Units inflicted losses on Ukrainian formations near Dubky and Lisne, the Russian defence ministry said. "
               "A Russian-installed official said on Monday that Testivka was practically under control of Russian forces.")
    assert ("Dubky", "RU", "contested") in got and ("Lisne", "RU", "contested") in got
    assert ("Testivka", "RU", "contested") in got and ("Testivka", "RU", "captured") not in got


def test_a_brigade_of_a_side_speaks_for_that_side_and_milbloggers_are_other():
    got = _run("A Ukrainian brigade operating in the area stated that Russian forces are attacking near Dubky. "
               "Russian milbloggers claimed that Russian forces seized Lisne.")
    assert ("Dubky", "UA", "contested") in got
    c = got[("Lisne", "other", "captured")]
    assert c.claimant_label == "military bloggers"


def test_ordered_withdrawal_is_a_capture_by_the_other_side_and_manoeuvre_to_pull_out_is_not_held():
    got = _run("Ukraine's army said on Wednesday it had ordered its troops to withdraw from Testivka. "
               "\u201cThe high command authorised a manoeuvre to pull units out of Testivka,\u201d the army said.")
    c = got[("Testivka", "UA", "captured")]
    assert c.control == "RU"
    assert ("Testivka", "UA", "held") not in got
