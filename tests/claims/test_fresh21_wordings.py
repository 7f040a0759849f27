"""Wordings found in the fifth session (2026-12-03) on real pages: fresh21/fresh22 (held out for two scorings,
then opened), fresh5, and the unseen review sets review34-37 (each judged at the session's first code before its
classes were fixed), by class, each pinned by invented text the code before the fix got wrong: who speaks
(operational commands, "the city's administration", the spokesperson named before, a quotation's voice, the
Russian-installed officials of an occupied city), what is claimed (MLRS and UAV attacks, attacks on energy
infrastructure and attacks that set fires are strikes; wreckage that fell takes nothing; fortifications seized
are fighting), which place (an oblast's strike placed in one of its towns, a hromada that locates a town), and
when (a vague range does not stretch a named day). A group near the end pins the problems a helper review found
in the first versions of these rules."""

from __future__ import annotations

from datetime import date

import pytest

from geo.claims.rules import extract_claims
from geo.models import Article, Candidate, Mention
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


def test_the_spokesperson_is_the_one_named_before_whatever_the_wording():
    # a Russian spokesperson calls Ukraine's forces "the enemy", a word Ukraine's own reports use of Russia's
    got = _run("Russian troops destroyed two sabotage groups, a Russian Defense Ministry spokesperson told reporters.\n\n"
               '"During the day the military personnel destroyed two enemy groups," the spokesperson said.\n\n'
               "He added that Russian forces had also shelled Testivka.")
    claim = got[("Testivka", "RU", "struck")]
    assert claim.claimant_label == "Russian Defense Ministry"
    assert not [k for k in got if k[1] == "UA"]


def test_a_sides_claim_denied_does_not_speak_for_the_deniers_words():
    got = _run("But Serhii Cherevaty, a spokesman for the Ukrainian army in the east, denied the Russian Defence "
               'Ministry\'s claim, in remarks carried by a news outlet, saying that "fighting is ongoing in Testivka".')
    assert not [k for k in got if k[0] == "Testivka" and k[1] == "RU"]
    assert ("Testivka", "UA", "contested") in got


def test_the_citys_administration_speaks_for_ukraine():
    got = _run("The city's administration said Testivka was attacked with both missiles and exploding drones.")
    assert got[("Testivka", "UA", "struck")].claimant_label == "Ukrainian officials"


def _in_oblasts(text: str, places: dict[str, tuple[int, str, str]]) -> list:
    """Mentions of ``places`` (name -> (geonameid, kind, oblast name)) wherever they occur in ``text``."""
    out = []
    for name, (gid, kind, oblast) in places.items():
        start = 0
        while (pos := text.find(name, start)) >= 0:
            cand = Candidate(gid, name, 48.0, 37.0, "P" if kind == "settlement" else "A", "PPL" if kind == "settlement" else "ADM1",
                             admin1=oblast if kind == "settlement" else "", population=5000, score=0.95)
            out.append(Mention(start=pos, end=pos + len(name), surface=name, kind=kind, geonameid=gid,
                               name=oblast if kind == "oblast" else name, resolved=True, confidence=0.95, candidates=[cand]))
            start = pos + len(name)
    return sorted(out, key=lambda m: m.start)


_OBLASTS = {"Testska region": (2001, "oblast", "Testska Oblast"), "Otherska region": (2002, "oblast", "Otherska Oblast"),
            "Testivka": (1001, "settlement", "Testska Oblast"), "Novoselo": (1002, "settlement", "Otherska Oblast")}


def _claims_of(body: str) -> dict:
    text = f"Front update\n\n{body}"
    art = Article(id="x", key="k", title="Front update", published=date(2024, 3, 8), text=text, source="wire")
    return {(c.place, c.claimant, c.kind): c for c in extract_claims(art, _in_oblasts(text, _OBLASTS))}


def test_a_strike_on_an_oblast_that_the_article_places_in_one_of_its_towns_is_the_towns():
    got = _claims_of("A Russian strike on the Testska region killed two people overnight, the region's governor said.\n\n"
                     "The governor said Russia shelled Testivka overnight, killing two people.")
    assert ("Testivka", "UA", "struck") in got
    assert not [k for k in got if k[0] == "Testska Oblast"]


def test_an_oblast_struck_stays_when_no_town_of_it_is_struck_or_regions_are_rounded_up():
    alone = _claims_of("A Russian strike on the Testska region killed two people, the governor said.\n\n"
                       "The governor said Russia shelled Novoselo on Thursday.")
    assert ("Testska Oblast", "UA", "struck") in alone  # Novoselo lies in another oblast
    roundup = _claims_of("Ukraine's air force said Russia launched drones at the Testska region and the Otherska region overnight.\n\n"
                         "The governor said Russia shelled Testivka overnight.")
    assert ("Testska Oblast", "UA", "struck") in roundup and ("Testivka", "UA", "struck") in roundup


def test_a_live_blogs_entries_are_reports_of_their_own():
    got = _claims_of("09:50 — A man was killed in the Testska region, where the attack started fires, governor Ivan Testenko says.\n\n"
                     "16:05 — In Testivka, Russian artillery killed a man and wounded six people, governor Ivan Testenko says.")
    assert ("Testivka", "UA", "struck") in got and ("Testska Oblast", "UA", "struck") in got
    one_entry = _claims_of("09:50 — A man was killed in the Testska region, governor Ivan Testenko says. "
                           "In Testivka, Russian artillery killed a man, governor Ivan Testenko says.")
    assert ("Testivka", "UA", "struck") in one_entry and not [k for k in one_entry if k[0] == "Testska Oblast"]


def test_a_quotation_takes_the_voice_of_the_quotation_that_follows_it():
    got = _run("Defense Ministry spokesman Igor Konashenkov reported on Sunday that Russian forces had made progress.\n\n"
               '"As a result of successful offensive actions, the troops seized the settlements of Testivka and Novoselo."\n\n'
               '"In addition, they closed the encircling ring around Dubky," he detailed.')
    for place in ("Testivka", "Novoselo"):
        assert got[(place, "RU", "captured")].control == "RU"
        assert not [k for k in got if k[0] == place and k[1] == "other"]


@pytest.mark.parametrize("intro", ["some nearby settlements, the largest of which are", "nearby settlements, including"])
def test_the_settlements_a_capture_names_after_its_town(intro):
    got = _run(f"The Defense Ministry said that Russian forces have established full control over Testivka and {intro} "
               "Novoselo, Dubky and Hrabove.")
    for place in ("Testivka", "Novoselo", "Dubky", "Hrabove"):
        assert got[(place, "RU", "captured")].control == "RU"


def test_a_place_recaptured_from_russian_control_is_ukraines():
    got = _run("Mass graves have been found in Testivka after it was recaptured from Russian control, "
               "Ukrainian officials said.")
    assert got[("Testivka", "UA", "captured")].control == "UA"


def test_a_sides_land_is_no_side_acting():
    got = _run("It is the first Ukrainian area to fall to Russia since the takeover of the nearby Testivka last May.")
    assert got[("Testivka", "other", "captured")].control == "RU"


def test_the_hromada_after_a_town_locates_it():
    got = _run("According to the head of the regional military administration, a man was killed in the town of Testivka, "
               "Novoselo community, which is under constant fire.")
    assert ("Testivka", "UA", "struck") in got
    assert not [k for k in got if k[0] == "Novoselo"]


def test_the_outlets_background_is_no_part_of_the_officials_report():
    got = _run("One person was killed and another injured as a result of a Russian drone attack in the town of Testivka "
               "on the morning of 13 March.\n"
               "Source: Oleksandr Prokudin, Head of Kherson Oblast Military Administration, on Telegram\n"
               'Quote: "The occupation forces attacked Testivka with UAVs in the morning. A 68-year-old man died in the '
               'enemy strike."\n'
               "Advertisement:\n"
               "Details: Another local resident sustained a blast injury. He is currently in hospital.\n"
               "Background:\n"
               "- On the night of 12-13 March, the Russians attacked Novoselo, killing a woman and injuring a man.",
               published=date(2025, 3, 13))
    assert ("Testivka", "UA", "struck") in got
    assert not [k for k in got if k[0] == "Novoselo" and k[1] == "UA"]


def test_wreckage_that_fell_on_a_city_is_no_capture_and_an_occupied_citys_administration_is_russias():
    got = _run("Russian air defense systems shot down five HIMARS missiles fired by Ukraine over Testivka, with the wreckage "
               "of four of the missiles falling in the north, the city administration said, adding that fragments of four "
               "missiles fell in the north of the city.")
    assert not [k for k in got if k[2] == "captured"]
    assert got[("Testivka", "RU", "struck")].claimant_label == "Russian-installed officials"


def test_an_attack_that_set_a_facility_on_fire_is_a_strike():
    got = _run("The Russians have launched an attack on the city of Testivka, which resulted in a fire at one of the "
               "infrastructure facilities, the head of the regional military administration said.")
    assert ("Testivka", "UA", "struck") in got
    assert not [k for k in got if k[2] == "contested"]


def test_taking_advantage_is_no_taking_and_the_russian_federation_speaks():
    got = _run("On Thursday the Russian Federation declared that its troops had established full control over Testivka. "
               "Ukrainian officials reported that Russian forces were attempting to infiltrate Novoselo in small groups, "
               "often taking advantage of the weather.")
    assert got[("Testivka", "RU", "captured")].claimant_label == "Russia"
    assert not [k for k in got if k[0] == "Novoselo" and k[2] == "captured"]


def test_a_vague_range_does_not_stretch_the_day_a_claim_names():
    got = _run("Russia launched three guided bombs at Testivka on Monday, injuring six people, local officials said. "
               "Local officials said Testivka has been hit by Russian strikes in recent months.",
               published=date(2024, 6, 10))
    claim = got[("Testivka", "UA", "struck")]
    assert (claim.date_from, claim.date_to) == (date(2024, 6, 10), date(2024, 6, 10))


@pytest.mark.parametrize("text, kind", [
    ("Russian forces have seized several Ukrainian fortifications in the Testivka area, Pushilin said on Tuesday.", "contested"),
    ("Russian forces have seized a stronghold in Testivka, Pushilin said on Tuesday.", "contested"),
    ("Russian forces seized the stronghold of Testivka, Pushilin said on Tuesday.", "captured"),
    ("Russian forces seized the key stronghold Testivka, Pushilin said on Tuesday.", "captured"),
])
def test_fortifications_seized_in_a_place_are_fighting_there_the_stronghold_itself_a_capture(text, kind):
    got = _run(text)
    assert [k[2] for k in got if k[0] == "Testivka"] == [kind]


# The helper review of the session's change (0000188..6df6801): each case the first versions of the rules above got wrong.

@pytest.mark.parametrize("text", [
    "Debris from a missile downed by Ukrainian air defences fell on a residential building in Testivka, city officials said.",
    "Fragments of drones shot down by Ukraine's air defence damaged houses in Testivka overnight, the city administration said.",
])
def test_russian_fire_downed_by_ukraine_leaves_the_citys_officials_ukrainian(text):
    got = _run(text)
    assert [k for k in got if k[0] == "Testivka" and k[1] == "UA"]
    assert not [k for k in got if k[1] == "RU" or k[2] == "captured"]


@pytest.mark.parametrize("text", ["Testivka fell on Feb. 17 after months of fighting, the Russian Defence Ministry said.",
                                  "Testivka fell near the end of July, Russia's Defence Ministry said."])
def test_a_place_that_fell_on_a_date_is_captured(text):
    assert got_capture(_run(text))


@pytest.mark.parametrize("text", ["A shell fell in a courtyard in Testivka, the regional governor said.",
                                  "A rocket fell in the north of Testivka overnight, the regional governor said."])
def test_a_shell_that_fell_somewhere_takes_nothing(text):
    assert not got_capture(_run(text))


def got_capture(got):
    return [k for k in got if k[0] == "Testivka" and k[2] == "captured"]


@pytest.mark.parametrize("text", ["Ukrainian shelling killed two civilians in Testivka, the city's head Ivan Prikhodko said.",
                                  "Ukrainian shelling hit Testivka overnight, the city's mayor said."])
def test_an_occupied_places_head_reporting_ukrainian_fire_is_russian_installed(text):
    got = _run(text)
    assert not [k for k in got if k[1] == "UA"]


def test_a_quotation_keeps_the_report_before_it_when_the_next_one_names_a_new_voice():
    got = _run("Governor Oleh Syniehubov said Russian forces had shelled Novoselo overnight.\n\n"
               '"The enemy also attacked Testivka with guided bombs."\n\n'
               '"Our troops liberated Dubky," Russian commander Apti Alaudinov said on Telegram.')
    assert not [k for k in got if k[0] == "Testivka" and k[1] == "RU"]
    assert ("Testivka", "UA", "struck") in got


@pytest.mark.parametrize("text, fighting", [
    ("The enemy attacked in the Testivka area six times, and artillery fire in Novoselo caused a fire at a warehouse, "
     "the General Staff reported.", True),
    ("The enemy attacked Testivka 12 times over the day; shelling also caused damage to houses in Novoselo, the General "
     "Staff said.", False),  # (no claim on Testivka there, before the rule as after)
])
def test_a_fire_caused_in_another_clause_leaves_an_attack_fighting(text, fighting):
    got = _run(text)
    assert not [k for k in got if k[0] == "Testivka" and k[2] == "struck"]
    assert (("Testivka", "UA", "contested") in got) is fighting


def test_a_community_named_in_a_list_is_an_item():
    got = _run("Russian troops shelled Testivka, Novoselo community and Dubky community with heavy artillery, the governor said.")
    assert ("Novoselo", "UA", "struck") in got


@pytest.mark.parametrize("oblast_line, town_line", [
    ("Russian drones attacked energy infrastructure in the Testska region overnight, the governor said.",
     "A missile hit a residential building in Testivka overnight, the governor said."),
    ("Russian drones hit the Testska region overnight, killing two people, the governor said.",
     "Separately, a missile hit a residential building in Testivka overnight, the governor said."),
    ("Russian drones hit the Testska region overnight, killing two people, the governor said.",
     "Russian officials said a Ukrainian missile hit Testivka overnight."),
    ("On Monday, Russian missiles struck the Testska region, killing three people, the governor said.",
     "On Tuesday, a drone hit a house in Testivka, the governor said."),
])
def test_an_oblast_strike_told_apart_from_a_towns_stays(oblast_line, town_line):
    # its own target; a town's strike told as another event; by another side; on another named day
    got = _claims_of(f"{oblast_line}\n\n{town_line}")
    assert ("Testska Oblast", "UA", "struck") in got and [k for k in got if k[0] == "Testivka" and k[2] == "struck"]


def test_a_new_spokesperson_of_neither_side_ends_the_memory():
    got = _run("Russian troops destroyed two groups, a Russian Defense Ministry spokesperson told reporters.\n\n"
               "A White House spokesperson said the strikes were appalling.\n\n"
               '"Russia\'s strikes on Testivka this week are appalling," the spokesperson said.')
    assert not [k for k in got if k[0] == "Testivka" and k[1] == "RU"]


def test_an_oblast_strike_dated_the_day_before_its_towns_lines_is_theirs():
    # a dated byline makes the lines that name no day the 8th; the governor's lead names the 7th
    got = _claims_of("by Jane Doe March 8, 2024 1:48 AM\n\n"
                     "On March 7, Russian forces attacked the Testska region, killing one resident, Governor Oleksandr "
                     "Prokudin said.\n\nA man in Testivka was fatally injured by a drone attack.")
    assert ("Testivka", "UA", "struck") in got
    assert not [k for k in got if k[0] == "Testska Oblast"]


def test_attacks_on_energy_infrastructure_in_places_are_strikes():
    got = _run("Local authorities reported attacks on energy infrastructure in Testivka and Novoselo, too.")
    assert ("Testivka", "UA", "struck") in got and ("Novoselo", "UA", "struck") in got
    assert not [k for k in got if k[2] == "contested"]


def test_statements_of_a_capture_that_do_not_correspond_to_reality_are_a_denial():
    got = _run("Units of the Defense Forces of Ukraine continue defensive operations in Novoselo and Testivka, the statements "
               'of the Russian leadership about the "capture" of these settlements do not correspond to reality, the General '
               "Staff of the Armed Forces of Ukraine stated.")
    assert got[("Testivka", "UA", "held")].control == "UA"
    assert not [k for k in got if k[2] == "captured"]


def test_a_caption_before_its_credit_line_dates_nothing_and_names_no_topic():
    text = ("Firefighters work at a house on fire after shelling, as the war goes on, in Testivka, Testska region Ukraine "
            "June 2, 2022. REUTERS/Jane Doe/File Photo\n\n"
            "June 7 (Reuters) - Ukrainian troops struggle to hold the centre of Novoselo, but Russian forces do not control "
            "the city, the governor of Testska region said on Tuesday.\n\n"
            "In a post, Serhiy Gaidai also said Russian troops were constantly shelling Novoselo's twin town Testivka, which "
            "lies across the river.")
    art = Article(id="x", key="k", title=text.split("\n")[0], published=date(2022, 6, 7), text=text, source="wire")
    got = {(c.place, c.claimant, c.kind): c for c in extract_claims(art, _in_oblasts(text, _OBLASTS))}
    assert got[("Testivka", "UA", "struck")].date_from == date(2022, 6, 7)  # not the photo's June 2
    assert not [k for k in got if k[0] == "Testivka" and k[1] == "other"]  # the caption claims nothing



@pytest.mark.parametrize("text", ["A Shahed fell on a house in Testivka overnight, the regional governor said.",
                                  "A projectile fell near a kindergarten in Testivka, the regional governor said.",
                                  "A downed UAV fell on a private house in the village of Testivka, the governor said."])
def test_a_weapon_that_fell_on_a_place_takes_nothing(text):
    assert not [k for k in _run(text) if k[2] in ("captured", "contested")]


def test_a_ukrainian_governors_report_of_ukrainian_fire_stays_ukrainian():
    got = _run("Ukrainian forces shelled Russian positions near Testivka and hit a bridge at Novoselo, the region's governor "
               "Yaroslav Yanushevych said.")
    assert not [k for k in got if k[1] == "RU"]


@pytest.mark.parametrize("text, struck", [
    ("A Russian drone hit a car in Testivka, Novoselo community, killing two people, the governor said.", {"Testivka"}),
    ("Russian troops shelled Testivka, Novoselo community and Dubky community with artillery, the governor said.",
     {"Testivka", "Novoselo"}),
])
def test_a_hromada_closing_its_villages_clause_locates_it(text, struck):
    assert {k[0] for k in _run(text) if k[2] == "struck"} == struck


@pytest.mark.parametrize("text", [
    "Russian forces attacked Testivka, Novoselo and Dubky overnight, causing fires at several private houses, the governor said.",
    "The enemy attacked Testivka and Novoselo during the night and caused a fire at an industrial facility, the governor said.",
])
def test_attacks_that_caused_fires_on_a_list_are_strikes(text):
    got = _run(text)
    assert ("Testivka", "UA", "struck") in got and ("Novoselo", "UA", "struck") in got
