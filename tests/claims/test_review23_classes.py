"""Classes an unseen-page review (review23) and the still-open verdicts of review17-22 found wrong on the
map, each pinned by invented text."""

from __future__ import annotations

from datetime import date

from test_claims import _run


def test_a_place_that_fell_to_the_russians_is_under_russian_control():
    got = _run("Testivka fell to the Russians, the governor said.")
    assert got[("Testivka", "UA", "captured")].control == "RU"
    got = _run("The ministry said the fall of Testivka to Ukrainian forces was a blow.")
    assert all(c.control == "UA" for (place, _, kind), c in got.items() if place == "Testivka" and kind == "captured")


def test_towns_after_south_of_locate_the_villages_before_them():
    got = _run("The governor said on Tuesday that the villages of Dubky and Hrabove south of Testivka and Novoselo "
               "fell to the Russians.")
    assert ("Dubky", "UA", "captured") in got and ("Hrabove", "UA", "captured") in got
    assert not any(place in ("Testivka", "Novoselo") and kind == "captured" for place, _, kind in got)


def test_almost_entirely_under_control_is_fighting_not_a_capture():
    got = _run("The city of Testivka is also almost entirely under Russian control, Putin said.")
    assert ("Testivka", "RU", "contested") in got and ("Testivka", "RU", "captured") not in got


def test_strongholds_taken_near_a_village_are_no_capture_of_it():
    got = _run("Vladimir Rogov told TASS that the Russian forces had taken several Ukrainian strongholds near the village of Testivka.")
    assert ("Testivka", "RU", "captured") not in got
    # but "the stronghold of X" is X itself
    got = _run("Russian troops have captured the stronghold of Testivka, the Russian Defense Ministry said.")
    assert ("Testivka", "RU", "captured") in got


def test_a_denied_capture_by_the_other_side_is_held():
    got = _run("Ukrainian forces have not taken Testivka, Governor Yevgeny Balitsky said.")
    c = got[("Testivka", "RU", "held")]
    assert c.control == "RU" and ("Testivka", "RU", "captured") not in got


def test_negation_carries_over_or():
    got = _run("Ukrainian forces have not penetrated the Russian armed forces\u2019 first line of defense in the south, "
               "or taken the village of Testivka, Governor Yevgeny Balitsky said.")
    assert not any(place == "Testivka" and kind == "captured" for place, _, kind in got)


def test_taking_village_by_village_is_no_capture_of_the_town_ahead():
    got = _run("Russia has been advancing towards Testivka since August, taking village by village with infantry.")
    assert not any(kind == "captured" for _, _, kind in got)


def test_the_outlets_timeline_after_a_statement_is_not_the_statement():
    got = _run("Russian forces have entered the outskirts of Novoselo, Ukraine's military said late on Monday, "
               "less than a week after the fall of the bastion town of Testivka.")
    assert ("Novoselo", "UA", "contested") in got
    assert ("Testivka", "UA", "captured") not in got
    assert all(c.control == "RU" for (place, _, kind), c in got.items() if place == "Testivka" and kind == "captured")


def test_it_comes_as_turns_to_the_outlets_own_words():
    got = _run("Ukraine's military said its forces repelled attacks near Novoselo. "
               "It comes as medics rescued a seriously injured civilian after shelling in Testivka.")
    assert ("Novoselo", "UA", "contested") in got
    assert ("Testivka", "UA", "struck") not in got


def test_said_then_a_title_and_name_is_the_speaker():
    got = _run("Testivka is now under Russian control, said Defense Minister Sergei Shoigu on Monday.")
    c = got[("Testivka", "RU", "captured")]
    assert c.control == "RU" and c.date_from == date(2024, 3, 4)


def test_air_raid_alerts_are_no_strike():
    assert not _run("According to the regional administration, the rest of the Testska region, although air raid alerts "
                    "were heard, was not affected by hostile attacks.")
    assert not _run("Air raid alerts sounded in Testivka overnight, the regional governor said.")
    assert ("Testivka", "UA", "struck") in _run("An air raid on Testivka killed two, the regional governor said.")


def test_a_habit_of_striking_is_no_strike_unless_dated():
    assert not _run("Russian forces frequently target civilians in Testivka with drone attacks, the governor said.")
    assert ("Testivka", "UA", "struck") in _run("Russian troops regularly shelled Testivka overnight, the governor said.")
    assert ("Testivka", "UA", "struck") in _run("The Russians are constantly shelling Testivka, the governor said.")


# review24

def test_almost_all_of_a_place_under_control_is_fighting():
    got = _run("Most of Testivka is under Ukrainian control, the governor said.")
    assert ("Testivka", "UA", "contested") in got and ("Testivka", "UA", "held") not in got
    got = _run("The mayor said that almost all of Testivka is under the control of Ukrainian soldiers.")
    assert ("Testivka", "UA", "held") not in got
    assert ("Testivka", "UA", "held") in _run("Testivka is under the control of Ukrainian soldiers, the governor said.")


def test_efforts_concentrated_on_seizing_are_no_capture():
    got = _run("The spokesman said that elsewhere Russian forces have been concentrating efforts on seizing the cities "
               "of Testivka and Novoselo in the east.")
    assert not any(kind == "captured" for _, _, kind in got)


def test_today_in_a_quote_is_the_day_it_was_said():
    got = _run("\u201cOur assault units have today completely liberated the settlement of Testivka,\u201d Defense Minister "
               "Sergei Shoigu told President Vladimir Putin in a televised meeting, aired on Monday (March 4).")
    assert got[("Testivka", "RU", "captured")].date_from == date(2024, 3, 4)
    got = _run("\u201cOur units liberated Testivka yesterday,\u201d Shoigu said on Monday.")
    assert got[("Testivka", "RU", "captured")].date_from == date(2024, 3, 3)
    # no day said outside the quote: "today" is the day of publication
    got = _run("\u201cOur units liberated Testivka today,\u201d Shoigu said.")
    assert got[("Testivka", "RU", "captured")].date_from == date(2024, 3, 8)


def test_a_state_since_last_night_is_no_lead_date_for_the_story():
    got = _run("The mayor vowed to defend every building in the city.\n\n"
               "\u201cA big battle has been going on since last night near Novoselo,\u201d he said.\n\n"
               "Ukrainian forces pushed Russian troops back near Testivka, the mayor said.",
               published=date(2024, 3, 8))
    assert got[("Testivka", "UA", "contested")].date_from == date(2024, 3, 8)


def test_a_name_inside_the_quoted_words_is_not_who_said_them():
    got = _run("Andriy Yermak, the head of Ukraine's Presidential Office, called the strike on Novoselo a terrorist attack. "
               "\"Putin just likes to fight civilians,\" he said. "
               "Consecutive drone strikes targeted Testivka on March 4 and 5, killing and injuring civilians.")
    assert not any(side == "RU" for _, side, _ in got)


def test_weeks_after_a_capture_date_it_that_long_before():
    got = _run("Ukrainian troops have fully withdrawn from Testivka, Ukraine's General Staff confirmed on Tuesday, "
               "nearly two weeks after Russia claimed to have captured the town.")
    assert got[("Testivka", "UA", "captured")].date_from == date(2024, 3, 5)
    ru = got[("Testivka", "RU", "captured")]
    assert date(2024, 2, 20) <= ru.date_from <= ru.date_to <= date(2024, 2, 25)
    got = _run("Moscow said on Sunday the capture of Novoselo less than a week after taking neighbouring Testivka "
               "meant it had liberated the region.")
    assert got[("Novoselo", "RU", "captured")].date_from == date(2024, 3, 3)
    t = got[("Testivka", "RU", "captured")]
    assert date(2024, 2, 25) <= t.date_from <= t.date_to <= date(2024, 3, 2)
