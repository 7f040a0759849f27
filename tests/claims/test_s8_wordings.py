"""Wordings found in the eighth session (2026-12-04) on the unseen review sets review59-60 (each judged at the
session's first code before its classes were fixed), by class, each pinned by invented text the code before the
fix got wrong."""

from __future__ import annotations

from test_claims import _run


# -- what a capture verb governs ------------------------------------------------------------------

def test_a_place_after_a_new_clause_is_not_the_object_of_the_capture_before_it():
    got = _run("Testivka lies 18 kilometres east of Novoselo which Ukrainian forces said they had taken as they "
               "continued pushing east toward the village of Dubky at the beginning of September.")
    assert ("Dubky", "UA", "captured") not in got
    assert ("Testivka", "UA", "contested") not in got  # the push goes toward Dubky: no fighting at the subject
    # the capture is the place the relative clause hangs on, not the sentence's subject (Novoselo locates it)
    assert ("Novoselo", "UA", "captured") in got and ("Testivka", "UA", "captured") not in got


# -- what is no fighting -----------------------------------------------------------------------

def test_condemning_the_attack_reports_no_fighting():
    got = _run("Russia launched a missile strike on Testivka overnight, killing three people, local authorities said. "
               "President Volodymyr Zelensky, who was born in Testivka, condemned the attack on social media.")
    assert ("Testivka", "UA", "struck") in got
    assert ("Testivka", "UA", "contested") not in got


def test_the_encircled_city_of_a_strike_report_is_its_description():
    got = _run("Russian forces bombed and destroyed a bridge in the encircled city of Testivka, the region's governor "
               "said.")
    assert ("Testivka", "UA", "struck") in got
    assert ("Testivka", "UA", "contested") not in got


def test_what_a_capture_is_necessary_for_is_a_goal():
    got = _run("A Ukrainian commander has said that the liberation of the village of Novoselo on Friday is \u201cnecessary "
               "for further advancement\u201d in Testivka.")
    assert ("Novoselo", "UA", "captured") in got
    assert ("Testivka", "UA", "contested") not in got
    got = _run("The deputy commander of the brigade said that Novoselo is \u201ca necessary bridgehead for further advancement, "
               "because the task of Ukrainian forces in this area is to surround Testivka.\u201d")
    assert not {k for k in got if k[2] == "contested"}


# -- the outlet's recall ------------------------------------------------------------------------

def test_an_event_the_outlet_recalls_from_earlier_this_month_is_not_the_officials_report():
    got = _run("Russian missiles hit Testivka on Sunday, killing 30 people, Ukrainian officials said. This latest tragedy "
               "follows a pattern of intensifying attacks. Earlier this month, a missile struck a children's playground "
               "in Novoselo, killing nine children.")
    assert ("Testivka", "UA", "struck") in got
    assert ("Novoselo", "UA", "struck") not in got


# -- shares ---------------------------------------------------------------------------------------

def test_a_share_of_a_city_named_with_its_region_is_no_capture():
    got = _run("Gerasimov added that 80% of the Kharkiv region city of Novoselo and 70% of the Donetsk region city of "
               "Testivka were also now under Russian control.")
    assert ("Testivka", "RU", "captured") not in got and ("Novoselo", "RU", "captured") not in got
    assert ("Testivka", "RU", "contested") in got


# -- who speaks ---------------------------------------------------------------------------------

def test_the_author_of_a_denied_claim_is_not_who_denies_it():
    got = _run("Rejecting the Russian claims, the AFU said on Thursday that its troops in Testivka were continuing to "
               "identify and take out covert Russian units on the outskirts of the city, and denied the claims made by "
               "Gerasimov about the capture of Testivka.")
    assert ("Testivka", "RU", "held") not in got
    c = got[("Testivka", "UA", "held")]
    assert c.control == "UA" and not c.low_confidence


# -- dates ----------------------------------------------------------------------------------------

def test_a_paragraph_opening_on_the_day_before_dates_its_later_sentences():
    from datetime import date, timedelta
    from test_claims import PUB
    got = _run("On Friday morning Russian forces shelled Testivka, the head of the regional military administration "
               "reported.\n\nIn addition, the day before, the Novoselo community came under repeated enemy fire. As a "
               "result of an aerial bomb attack on Hrabove, six houses were damaged. In Kamianka, a house was damaged "
               "by an airstrike. A private house was damaged by shelling in Dubky.")
    assert got[("Testivka", "UA", "struck")].date_from == PUB
    assert got[("Dubky", "UA", "struck")].date_from == PUB - timedelta(days=1)
    assert got[("Kamianka", "UA", "struck")].date_from == PUB - timedelta(days=1)


def test_a_claim_told_before_its_announcement_takes_the_announcements_day():
    from datetime import date
    got = _run("Russian forces say they have captured the city of Testivka, a key logistics hub.\n\nThe Kremlin "
               "announced the news in a Telegram post on Monday, citing the chief of the general staff.")
    assert got[("Testivka", "RU", "captured")].date_from == date(2024, 3, 4)


def test_clearing_almost_all_the_occupiers_from_a_town_is_no_capture():
    got = _run("The day before, President Volodymyr Zelenskyy reported that the Ukrainian military cleared almost all "
               "the occupants from Testivka.")
    assert ("Testivka", "UA", "captured") not in got
    assert ("Testivka", "UA", "contested") in got


def test_a_search_and_strike_group_is_a_unit_not_a_strike():
    got = _run("In Testivka, Kharkiv region, the defenders have significantly improved their tactical position, said "
               "commander-in-chief of the Armed Forces of Ukraine Oleksandr Syrskyi after working in the units of the "
               "respective search and strike group and tactical group.")
    assert not [k for k in got if k[2] == "struck"]


# -- where a strike fell ----------------------------------------------------------------------------

def _placed(body, nearby=(50.95, 35.05, 670)):
    """Claims of an article whose places have coordinates and sizes: Testivska (a community's centre, Testivka),
    Novoselo (near it, unless ``nearby`` says otherwise) and Dubky (far off)."""
    from datetime import date

    from geo.claims.rules import extract_claims
    from geo.models import Article, Candidate, Mention

    text = f"Strike on the region\n\n{body}"
    spots = {"Testivska": (1001, "Testivka", 50.90, 35.00, 1741), "Novoselo": (1002, "Novoselo", *nearby),
             "Dubky": (1003, "Dubky", 48.00, 38.00, 500)}
    mentions = []
    for surface, (gid, name, lat, lon, people) in spots.items():
        start = 0
        while (pos := text.find(surface, start)) >= 0:
            mentions.append(Mention(start=pos, end=pos + len(surface), surface=surface, kind="settlement", geonameid=gid,
                                    name=name, lat=lat, lon=lon, resolved=True, confidence=0.9,
                                    candidates=[Candidate(gid, name, lat, lon, "P", "PPL", population=people)]))
            start = pos + len(surface)
    mentions.sort(key=lambda m: m.start)
    art = Article(id="x", key="k", title="Strike on the region", published=date(2024, 8, 8), text=text, source="wire", url="")
    return {(c.place, c.claimant, c.kind) for c in extract_claims(art, mentions)}


def test_a_communitys_strike_is_the_villages_the_article_names_in_it():
    run = _placed
    got = run("On August 8, Russia launched an air strike on the civilian infrastructure of the Testivska community, "
              "the regional prosecutor's office said.\n\nAccording to the head of the regional military administration, "
              "Russians shelled the village of Novoselo on August 8.")
    assert ("Novoselo", "UA", "struck") in got and ("Testivka", "UA", "struck") not in got
    # a village far off is another strike: the community's centre stays the place its own strike names
    got = run("On August 8, Russia launched an air strike on the civilian infrastructure of the Testivska community, "
              "the regional prosecutor's office said.\n\nAccording to the head of the regional military administration, "
              "Russians shelled the village of Dubky on August 8.")
    assert ("Testivka", "UA", "struck") in got
    # ... and so is a town nearby, a hromada of its own (Nikopol beside the Marhanets community)
    got = run("On August 8, the enemy sent kamikaze drones to the Testivska community, the regional prosecutor's office "
              "said.\n\nAccording to the head of the regional military administration, Russians shelled Novoselo on "
              "August 8.", nearby=(50.95, 35.05, 100_000))
    assert ("Testivka", "UA", "struck") in got and ("Novoselo", "UA", "struck") in got


def test_an_unqualified_interior_ministry_counting_victims_is_not_the_russian_defence_ministry():
    got = _run("Russian forces hit a high-rise building in Testivka, destroying several floors, the head of the regional "
               "military administration said. Updated at 7:50 p.m. The head of the Ministry of Internal Affairs, Ihor "
               "Klymenko, reported on one dead and five wounded in Testivka.")
    assert ("Testivka", "UA", "struck") in got
    assert ("Testivka", "RU", "struck") not in got


# -- fighting beside a place ---------------------------------------------------------------------

def test_fighting_to_one_side_of_a_place_is_fighting_at_it():
    got = _run("Russian forces launched unsuccessful offensive operations north of Testivka, the Institute for the Study "
               "of War said.")
    assert ("Testivka", "other", "contested") in got
    got = _run("Ukrainian troops repelled attacks in areas south of Testivka and west of Novoselo, the General Staff said.")
    assert ("Testivka", "UA", "contested") in got and ("Novoselo", "UA", "contested") in got
    # (advancing to one side of a place is movement: the shared corpus gives it no claim)
    got = _run("Ukrainian troops are advancing southeast of Dubky and south of Lisne, the deputy defence minister said.")
    assert not [k for k in got if k[2] == "contested"]
    got = _run("The Ukrainian Armed Forces have mounted a limited counter-attack to the north of Testivka, the General "
               "Staff said.")
    assert ("Testivka", "UA", "contested") in got


def test_a_place_that_locates_another_gets_no_fighting():
    got = _run("The Russian defence ministry said its troops had attacked the village of Novoselo, north of Testivka.")
    assert not [k for k in got if k[0] == "Testivka"]


def test_russias_chief_of_the_general_staff_speaks_for_russia():
    got = _run("Kyiv contends that combat in the area is still ongoing, the Ukrainian military said.\n\nIn a televised briefing, "
               "General Valery Gerasimov, Russia\u2019s chief of the General Staff, reported to President Vladimir Putin that "
               "Testivka had been captured by Russian troops.")
    assert ("Testivka", "RU", "captured") in got and ("Testivka", "UA", "captured") not in got


def test_a_capture_the_speaker_calls_alleged_is_no_claim_of_its_own():
    got = _run("The General Staff reports that Testivka is under the control of Ukraine's Defense Forces. Spokesman "
               "Viktor Trehubov also commented on the claim of the alleged \u201cliberation of Testivka.\u201d")
    assert ("Testivka", "UA", "held") in got
    assert ("Testivka", "UA", "captured") not in got


def test_on_the_same_day_takes_the_day_of_the_item_before():
    from datetime import date
    got = _run("The military said claims of encirclement were fiction.\n\n- On March 4, the General Staff said that about "
               "200 occupants had infiltrated Testivka.\n- On the same day, President Zelenskyy denied the encirclement of "
               "Ukrainian troops in Novoselo.")
    c = got[("Novoselo", "UA", "contested")]  # (a denied encirclement: fighting, no hold)
    assert c.date_from == date(2024, 3, 4)


def test_a_toll_from_attacks_in_a_city_is_a_strike_and_fighting_elsewhere_is_not_its():
    got = _run("The Ukrainian military announced later Thursday that the death toll from Russia's attacks in Testivka had "
               "risen to 16.")
    assert ("Testivka", "UA", "struck") in got and ("Testivka", "UA", "contested") not in got
    got = _run("Russia claimed Thursday to have captured a key Ukrainian town after more than 16 months of intense "
               "fighting and unleashed a deadly seven-hour drone assault on Testivka that killed at least 12 people.")
    assert not [k for k in got if k[2] == "contested"]


# -- review61's classes -------------------------------------------------------------------------------

def test_attacks_told_by_their_dead_or_damage_are_strikes():
    got = _run("As of 8:30 a.m., four people died in Testivka due to a Russian attack, the National Police reported.")
    assert ("Testivka", "UA", "struck") in got and ("Testivka", "UA", "contested") not in got
    got = _run("\u201cNovoselo was attacked in the night: four buildings and a kindergarten were damaged,\u201d the governor said.")
    assert ("Novoselo", "UA", "struck") in got and ("Novoselo", "UA", "contested") not in got


def test_drones_shot_down_over_a_region_hit_nothing_there():
    got = _run("Ukraine's General Staff said on Facebook that most of the 23 drones were shot down over Testivka and "
               "Novoselo.")
    assert not [k for k in got if k[2] == "struck"]
    # (but debris that fell is a hit)
    got = _run("The General Staff said the drones were shot down over Testivka, and falling debris damaged two houses.")
    assert ("Testivka", "UA", "struck") in got


def test_rebuffing_a_capture_claim_is_a_denial():
    got = _run("Ukraine's President Volodymyr Zelenskyy said Sunday that \"Russia did not occupy Testivka\", rebuffing "
               "claims by Wagner Group leader Yevgeny Prigozhin that his forces had fully captured the town on Saturday.")
    assert ("Testivka", "UA", "captured") not in got  # (Prigozhin's claim stays his: RU captured)
    assert got[("Testivka", "RU", "captured")].control == "RU"


def test_a_year_named_first_is_no_day_for_the_undated_claims_after_it():
    from test_claims import PUB
    got = _run("In the Testska direction, December was the most difficult month in the entire year of 2024, the "
               "spokesperson said.\n\nHe also commented on the Russian occupiers' statements about the alleged capture "
               "of Testivka.")
    c = got.get(("Testivka", "RU", "captured"))
    assert c is None or c.date_from == PUB


def test_air_assault_forces_are_troops_not_a_strike():
    got = _run("Ukrainian Air Assault Forces are entering Testivka, the army said.")
    assert not [k for k in got if k[2] == "struck"]


def test_a_side_refuting_the_other_sides_assertions_keeps_its_town():
    got = _run("In response, the Ukrainian eastern command refuted the Russian assertions, stating that Testivka "
               "\u201cremains under the control of the Armed Forces of Ukraine.\u201d")
    assert got[("Testivka", "UA", "held")].control == "UA" and ("Testivka", "UA", "captured") not in got


# -- the helper review's counter-examples (each went wrong with the rules above before they were narrowed) --

def test_a_distance_or_a_start_point_beside_a_place_is_no_fighting_at_it():
    got = _run("Ukrainian forces repelled Russian attacks some ten kilometres north of Testivka, the General Staff said.")
    assert ("Testivka", "UA", "contested") not in got
    got = _run("Russian forces attacked from the area north of Testivka toward Novoselo, the General Staff said.")
    assert ("Testivka", "UA", "contested") not in got


def test_damage_told_as_background_does_not_make_an_attack_a_strike():
    got = _run("The enemy attacked near Testivka, where most houses were destroyed in earlier fighting, the General Staff said.")
    assert ("Testivka", "UA", "struck") not in got
    got = _run("Russian forces attacked Testivka, where dozens of homes have been destroyed since the spring, the General "
               "Staff said.")
    assert ("Testivka", "UA", "struck") not in got


def test_an_attack_on_positions_or_a_mechanised_assault_stays_fighting():
    got = _run("Two Ukrainian servicemen died from a Russian attack on their positions near Testivka, the General Staff said.")
    assert ("Testivka", "UA", "struck") not in got
    got = _run("Ukrainian defenders repelled a mechanised and drone assault on Testivka, the General Staff said.")
    assert ("Testivka", "UA", "contested") in got


def test_a_paragraphs_opening_day_does_not_date_another_voices_present_report():
    from test_claims import PUB
    got = _run("Russia's defence ministry said on Friday its forces had captured Dubky.\n\nOn Tuesday, Russian missiles struck "
               "Testivka, killing five people, the governor said. Rescuers worked through the night to clear the rubble. "
               "Fighting is now raging on the outskirts of Novoselo, the General Staff said.")
    assert got[("Novoselo", "UA", "contested")].date_from == PUB


def test_a_new_claim_confirmed_on_a_day_does_not_date_the_claim_before_it():
    from test_claims import PUB
    got = _run("Ukrainian forces repelled 12 attacks near Novoselo, the General Staff said.\n\nSeparately, Russia's defence "
               "ministry confirmed the capture of Testivka on Monday.")
    assert got[("Novoselo", "UA", "contested")].date_from == PUB


def test_on_the_same_day_needs_one_day_before_it_and_opens_its_sentence():
    from datetime import date
    got = _run("Russian forces captured Testivka on Wednesday, a week after they took Novoselo on February 28, the ministry "
               "said.\n\nOn the same day, drones hit Dubky, the governor said.")
    assert got[("Dubky", "UA", "struck")].date_from != date(2024, 2, 28)


def test_a_bare_which_clause_ends_at_the_comma():
    from datetime import date
    got = _run("Russian forces captured Testivka which Ukraine had turned into a stronghold, the ministry said on Tuesday.")
    assert got[("Testivka", "RU", "captured")].date_from == date(2024, 3, 5)


def test_a_downed_weapon_that_still_hit_is_a_strike():
    got = _run("Russian missiles targeting Testivka were intercepted, but one landed in a residential area, leaving two "
               "people dead, the governor said.")
    assert ("Testivka", "UA", "struck") in got
    got = _run("Most of the drones attacking Testivka overnight were shot down, but three got through and destroyed a "
               "warehouse, the governor said.")
    assert ("Testivka", "UA", "struck") in got


def test_a_sides_own_capture_the_outlet_calls_alleged_stays_its_claim():
    got = _run("Russia's Defence Ministry has released a statement about the alleged capture of Testivka by its forces.")
    assert got[("Testivka", "RU", "captured")].control == "RU"


def test_the_review_found_recall_kept():
    assert ("Testivka", "RU", "contested") in _run("Russian forces broke through the defences and encircled Testivka, the "
                                                   "ministry said.")
    assert ("Testivka", "UA", "contested") in _run("Ukrainian units reacted to the enemy attack near Testivka by calling in "
                                                   "artillery, the General Staff said.")
    assert ("Testivka", "UA", "captured") in _run("Ukrainian Marines recaptured, as they had vowed, the village of Testivka, "
                                                  "the General Staff said.")


def test_another_strike_on_a_village_near_a_community_leaves_the_communitys_own():
    got = _placed("On August 8, Russian artillery shelled the Testivska community, wounding two residents, the governor "
                  "said. A guided bomb also hit the village of Novoselo on August 8, he said.")
    assert ("Testivka", "UA", "struck") in got and ("Novoselo", "UA", "struck") in got
    got = _placed("On August 8, Russian artillery shelled the Testivska community, the governor said. In the neighbouring "
                  "Novoselo community, a house was damaged by shelling on August 8, he said.")
    assert ("Testivka", "UA", "struck") in got


# -- review64's classes ---------------------------------------------------------------------------------

def test_a_voice_after_an_opening_time_phrase_speaks_for_what_follows():
    got = _run("On the night of 16-17 February, Oleksandr Syrskyi, Commander-in-Chief of the Armed Forces, announced the "
               "withdrawal of Ukrainian units from Testivka.")
    assert got[("Testivka", "UA", "captured")].control == "RU"


def test_currently_is_the_day_of_the_report():
    from test_claims import PUB
    got = _run("The Russian offensive began on Tuesday, the army said. Currently, Syrskyi reports intense fighting near "
               "Testivka and Novoselo.")
    assert got[("Testivka", "UA", "contested")].date_from == PUB


def test_a_day_in_a_despite_clause_is_the_other_sides():
    from datetime import date
    got = _run("Ukraine's military reported on Tuesday that it is still holding on to part of Testivka, despite Russian "
               "claims of having taken control the previous day.")
    assert got[("Testivka", "UA", "held")].date_from == date(2024, 3, 5)


def test_a_withdrawal_from_certain_sections_and_a_denied_share_are_fighting():
    got = _run("According to a statement from the 110th Separate Mechanized Brigade, Ukrainian forces strategically "
               "withdrew from certain sections of Testivka to avert being surrounded.")
    assert ("Testivka", "UA", "captured") not in got
    got = _run("Ukrainian military officials also rejected reports that Russia had seized 70% of Novoselo, calling the "
               "claims inaccurate.")
    assert ("Novoselo", "UA", "held") not in got


def test_a_towns_agglomeration_is_not_the_town():
    got = _run("The defence ministry said its troops had captured one of the largest settlements of the Testivka "
               "agglomeration and the logistics hub of Novoselo.")
    assert ("Testivka", "RU", "captured") not in got  # (Novoselo lies beyond the reach of the cue: no claim, no harm)


# -- review63's classes ---------------------------------------------------------------------------------

def test_counterattacks_preventing_a_capture_report_no_capture():
    got = _run("Recent data from the Ukrainian Ministry of Defense suggests that Ukrainian units have conducted successful "
               "local counterattacks, preventing Russian forces from fully capturing the village of Testivka.")
    assert not [k for k in got if k[2] == "captured"]


def test_victory_claimed_in_the_battle_for_a_city_is_a_capture_claim():
    got = _run("Russian President Vladimir Putin claimed victory Thursday in the battle for Testivka, even as he ordered "
               "his troops not to storm the steel plant where the last defenders were holed up.")
    assert got[("Testivka", "RU", "captured")].control == "RU" and ("Testivka", "RU", "contested") not in got


def test_a_strike_a_side_does_not_comment_on_is_no_claim_of_its_own():
    got = _run("A Russian rocket hit the administration building in Testivka on Tuesday, killing three people, local "
               "authorities said. Russia denies targeting civilians and did not comment on the strike on Testivka.")
    assert ("Testivka", "UA", "struck") in got and ("Testivka", "RU", "struck") not in got


# -- review65's classes ---------------------------------------------------------------------------------

def test_a_voice_that_has_not_commented_gives_no_side_to_an_unqualified_ministry():
    got = _run("Russia claimed on Monday that its forces took control of two more villages.\n\nA statement by the Defense "
               "Ministry said soldiers captured the village of Testivka.\n\nThe ministry said forces also took the village "
               "of Novoselo.\n\nUkrainian authorities have not yet commented on the claims.")
    assert got[("Novoselo", "RU", "captured")].control == "RU" and ("Novoselo", "UA", "captured") not in got


def test_a_situation_under_control_and_a_denied_encirclement_are_no_hold():
    got = _run("Russian troops tried three times to approach Ukraine's positions near Testivka, he said, adding that the "
               "situation is \"under control\" and fighting is ongoing.")
    assert not [k for k in got if k[2] in ("captured", "held")]
    got = _run("The Ukrainian military denied its troops were surrounded in Novoselo.")
    assert ("Novoselo", "UA", "held") not in got and ("Novoselo", "UA", "contested") in got


def test_moscow_congratulating_its_troops_for_a_capture_is_moscows_claim():
    got = _run("Ukraine said its forces were still advancing around the edges of Testivka, after Moscow congratulated the "
               "Wagner private army and Russian troops for capturing it.")
    assert ("Testivka", "UA", "captured") not in got


def test_a_brigade_denying_its_own_sides_report_of_a_liberation_reports_fighting():
    got = _run("Ukraine's Third Assault Brigade, fighting around Testivka, denied an earlier report by Deputy Defense "
               "Minister Hanna Maliar that the village of Novoselo, Donetsk Oblast, had been liberated.")
    assert ("Testivka", "UA", "held") not in got
    assert ("Novoselo", "UA", "held") not in got and ("Novoselo", "UA", "captured") not in got


def test_an_outlets_correction_withdraws_the_claim():
    got = _run("The editor's note: The first version of this news story said that the village of Testivka was liberated, "
               "according to Deputy Defense Minister Hanna Maliar.")
    assert not got


# -- the second helper review's counter-examples ------------------------------------------------------

def test_a_voice_with_a_not_before_its_verb_still_speaks():
    got = _run("The military said its forces had recaptured Testivka on Thursday. The Ukrainian military did not name the "
               "units involved but said the assault began at dawn.")
    assert ("Testivka", "RU", "captured") not in got and got[("Testivka", "UA", "captured")].control == "UA"


def test_victory_near_one_place_is_no_capture_of_another():
    got = _run("The Russian defence ministry claimed victory near Dubky, while the battle for Testivka continued.")
    assert ("Testivka", "RU", "captured") not in got
    got = _run("Russia's defence ministry claimed a victory over Ukrainian units in the battle for Testivka on Tuesday.")
    c = got.get(("Testivka", "RU", "captured"))
    assert c is None or c.control == "RU"


def test_congratulating_on_something_else_is_no_voice_for_a_capture():
    got = _run("Putin congratulated Lukashenko on his re-election on Thursday, hours after Ukrainian forces recaptured "
               "Testivka.")
    assert ("Testivka", "RU", "captured") not in got


def test_denying_the_other_sides_claim_stays_held():
    got = _run("Ukraine's General Staff denied a claim by Russia's defence ministry that Ukrainian troops had abandoned "
               "Testivka.")
    assert ("Testivka", "UA", "held") in got
    got = _run("The Ukrainian military denied that Russia had seized Testivka and half of Novoselo.")
    assert ("Testivka", "UA", "held") in got
    got = _run("Ukraine's military denied that Testivka or surrounding villages had fallen.")
    assert ("Testivka", "UA", "held") in got
    got = _run("The Ukrainian General Staff denied that Testivka had fallen, saying an encirclement attempt had failed.")
    assert ("Testivka", "UA", "held") in got


def test_an_admitted_withdrawal_stays_a_capture_whatever_directions_follow():
    got = _run("Ukrainian troops have withdrawn from Testivka, the General Staff said, as Russian forces attacked the "
               "village from several directions.")
    assert got[("Testivka", "UA", "captured")].control == "RU"


def test_failing_to_prevent_a_capture_admits_it():
    got = _run("Ukrainian defenders were unable to prevent Russian forces from capturing Testivka, the General Staff said.")
    assert got[("Testivka", "UA", "captured")].control == "RU"


def test_a_side_saying_others_reported_incorrectly_keeps_its_claim():
    got = _run("Ukrainian forces repelled 14 attacks near Testivka, the General Staff said, adding that Russian bloggers "
               "had incorrectly reported the village's capture.")
    assert ("Testivka", "UA", "contested") in got


def test_commenting_on_a_strike_tells_it():
    got = _run("Governor Ivan Fedorov, commenting on the shelling of Testivka, said there were no casualties.")
    assert ("Testivka", "UA", "struck") in got


def test_including_is_no_participle_aside_and_despite_a_noun_keeps_the_day():
    from datetime import date
    got = _run("Russia has shelled border villages, including Testivka, recaptured by Ukraine last autumn.")
    assert ("Testivka", "other", "captured") in got
    got = _run("The Russian defence ministry said on Thursday that its troops captured Testivka despite fierce resistance "
               "on Tuesday.")
    assert got[("Testivka", "RU", "captured")].date_from == date(2024, 3, 5)


def test_a_units_location_in_an_aside_before_its_verb_is_no_fighting_report():
    got = _run("Ukraine's Third Assault Brigade, fighting around Testivka, denied an earlier report that Novoselo had been "
               "liberated.")
    assert not [k for k in got if k[0] == "Testivka"]
    # (but fighting told as the report itself stays)
    assert ("Testivka", "UA", "contested") in _run("Ukrainian troops are fighting around Testivka, the General Staff said.")
