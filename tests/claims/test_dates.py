"""Date expressions found in sentences and grounded on the publication date (geo.claims.dates)."""

from __future__ import annotations

import time
from datetime import date

import pytest

from geo.claims.dates import find_dates, ground
from geo.models import DateRange

THU = date(2024, 2, 22)  # the seed article's publication day, a Thursday
D = date


def span(phrase: str, published: date = THU) -> tuple[date, date]:
    r = ground(phrase, published)
    assert r is not None, f"{phrase!r} was not grounded"
    return r.date_from, r.date_to


def phrases(text: str, published: date = THU) -> list[str]:
    return [r.phrase for _, _, r in find_dates(text, published)]


# -- weekdays ---------------------------------------------------------------------------------------------

@pytest.mark.parametrize("weekday, day", [
    ("Monday", D(2024, 2, 19)), ("Tuesday", D(2024, 2, 20)), ("Wednesday", D(2024, 2, 21)),
    ("Thursday", D(2024, 2, 22)),  # the publication day itself
    ("Friday", D(2024, 2, 16)), ("Saturday", D(2024, 2, 17)), ("Sunday", D(2024, 2, 18)),
])
def test_each_weekday_is_its_latest_occurrence_on_or_before_a_thursday_publication(weekday, day):
    for phrase in (weekday, f"on {weekday}"):
        r = ground(phrase, THU)
        assert (r.date_from, r.date_to, r.precision, r.phrase) == (day, day, "day", phrase)


@pytest.mark.parametrize("phrase, day", [
    ("late on Saturday", D(2024, 2, 17)), ("on Saturday night", D(2024, 2, 17)), ("late Saturday", D(2024, 2, 17)),
    ("early Sunday morning", D(2024, 2, 18)), ("on Thursday night", THU), ("Friday 18:10", D(2024, 2, 16)),
    ("Friday, 9.45 am", D(2024, 2, 16)), ("last Thursday", D(2024, 2, 15)), ("last Tuesday", D(2024, 2, 20)),
    ("next Monday", D(2024, 2, 26)), ("Tuesday, February 20", D(2024, 2, 20)),
])
def test_weekday_variants(phrase, day):
    assert span(phrase) == (day, day)


def test_overnight_into_a_weekday_spans_the_night_before_it():
    assert span("overnight into Friday") == (D(2024, 2, 15), D(2024, 2, 16))


def test_weekday_names_are_case_insensitive_but_not_matched_inside_other_words():
    assert span("ON TUESDAY") == span("on tuesday") == (D(2024, 2, 20), D(2024, 2, 20))
    assert find_dates("Sundays are quiet; the Mondayisation of news.", THU) == []
    assert ground("Sundays", THU) is None
    assert phrases("Wednesday's strike hit Kharkiv.") == ["Wednesday"]


# -- days relative to publication ------------------------------------------------------------------------

@pytest.mark.parametrize("phrase, offset", [
    ("today", 0), ("this morning", 0), ("this evening", 0), ("earlier today", 0), ("tonight", 0), ("overnight", 0),
    ("yesterday", -1), ("yesterday evening", -1), ("the day before", -1), ("a day earlier", -1),
    ("the previous day", -1), ("two days ago", -2), ("2 days ago", -2), ("a couple of days ago", -2),
    ("the day before yesterday", -2), ("three days earlier", -3), ("tomorrow", 1),
])
def test_days_counted_from_publication(phrase, offset):
    day = D(2024, 2, 22 + offset)
    assert span(phrase) == (day, day)
    assert ground(phrase, THU).precision == "day"


def test_last_night_is_the_overnight_span():
    r = ground("last night", THU)
    assert (r.date_from, r.date_to, r.precision) == (D(2024, 2, 21), THU, "day")
    assert span("the night before") == (D(2024, 2, 21), THU)


def test_events_anchored_on_another_event_are_not_dates():
    for phrase in ("the next day", "a day later", "the following day", "one day after"):
        assert ground(phrase, THU) is None
    assert phrases("Kyiv said so two days before the anniversary.") == []


# -- weekends and weeks ----------------------------------------------------------------------------------

def test_last_weekend():
    assert span("last weekend") == (D(2024, 2, 17), D(2024, 2, 18))
    assert span("over the weekend") == (D(2024, 2, 17), D(2024, 2, 18))
    # published on a Sunday, "last weekend" is the one before the weekend under way
    assert span("last weekend", D(2024, 2, 25)) == (D(2024, 2, 17), D(2024, 2, 18))
    assert span("last weekend", D(2024, 2, 26)) == (D(2024, 2, 24), D(2024, 2, 25))


@pytest.mark.parametrize("published", [D(2024, 2, 24), D(2024, 2, 25)])
def test_this_weekend_published_on_a_weekend_is_that_weekend(published):
    assert span("this weekend", published) == (D(2024, 2, 24), D(2024, 2, 25))
    assert span("over the weekend", published) == (D(2024, 2, 24), D(2024, 2, 25))


def test_this_weekend_midweek_is_the_coming_one():
    assert span("this weekend") == (D(2024, 2, 24), D(2024, 2, 25))
    assert span("next weekend", D(2024, 2, 24)) == (D(2024, 3, 2), D(2024, 3, 3))


def test_weeks():
    r = ground("last week", THU)
    assert (r.date_from, r.date_to, r.precision) == (D(2024, 2, 12), D(2024, 2, 18), "week")
    r = ground("this week", THU)
    assert (r.date_from, r.date_to, r.precision) == (D(2024, 2, 19), THU, "week")
    assert span("earlier this week") == (D(2024, 2, 19), THU)
    assert span("the previous week") == (D(2024, 2, 12), D(2024, 2, 18))
    assert span("next week") == (D(2024, 2, 26), D(2024, 3, 3))
    assert span("last week", D(2024, 1, 3)) == (D(2023, 12, 25), D(2023, 12, 31))  # across the new year


@pytest.mark.parametrize("phrase, first, precision", [
    ("over the past week", D(2024, 2, 16), "week"), ("in the past week", D(2024, 2, 16), "week"),
    ("in recent days", D(2024, 2, 16), "week"), ("the past few days", D(2024, 2, 16), "week"),
    ("in recent weeks", D(2024, 1, 26), "month"), ("over the past two weeks", D(2024, 2, 9), "week"),
    ("the past 24 hours", D(2024, 2, 21), "day"), ("in the last 48 hours", D(2024, 2, 20), "week"),
])
def test_windows_ending_at_publication(phrase, first, precision):
    r = ground(phrase, THU)
    assert (r.date_from, r.date_to, r.precision) == (first, THU, precision)


def test_a_named_week_of_a_month_is_not_taken_for_the_past_week():
    assert phrases("In the last week of February, fighting grew.") == []


# -- months ----------------------------------------------------------------------------------------------

def test_end_of_december_published_in_february_is_the_previous_year():
    r = ground("at the end of December", THU)
    assert (r.date_from, r.date_to, r.precision) == (D(2023, 12, 21), D(2023, 12, 31), "month")
    assert span("by the end of December") == (D(2023, 12, 21), D(2023, 12, 31))
    assert span("late December") == (D(2023, 12, 21), D(2023, 12, 31))


@pytest.mark.parametrize("phrase, first, last", [
    ("early March", D(2023, 3, 1), D(2023, 3, 10)),  # March 2024 is still to come
    ("in early October", D(2023, 10, 1), D(2023, 10, 10)),
    ("mid-January", D(2024, 1, 11), D(2024, 1, 20)), ("mid January", D(2024, 1, 11), D(2024, 1, 20)),
    ("late February", D(2024, 2, 21), D(2024, 2, 29)),  # the publication month, a leap February
    ("the beginning of November 2022", D(2022, 11, 1), D(2022, 11, 10)),
    ("in the second half of January", D(2024, 1, 16), D(2024, 1, 31)),
])
def test_parts_of_months(phrase, first, last):
    r = ground(phrase, THU)
    assert (r.date_from, r.date_to, r.precision) == (first, last, "month")


@pytest.mark.parametrize("phrase, first, last", [
    ("in October", D(2023, 10, 1), D(2023, 10, 31)), ("last August", D(2023, 8, 1), D(2023, 8, 31)),
    ("in August 2023", D(2023, 8, 1), D(2023, 8, 31)), ("in February 2022", D(2022, 2, 1), D(2022, 2, 28)),
    ("October 2023", D(2023, 10, 1), D(2023, 10, 31)), ("in November 2022", D(2022, 11, 1), D(2022, 11, 30)),
    ("in February", D(2024, 2, 1), D(2024, 2, 29)), ("last February", D(2023, 2, 1), D(2023, 2, 28)),
    ("in January", D(2024, 1, 1), D(2024, 1, 31)), ("in August last year", D(2023, 8, 1), D(2023, 8, 31)),
    ("in Sept. 2023", D(2023, 9, 1), D(2023, 9, 30)),
])
def test_whole_months(phrase, first, last):
    r = ground(phrase, THU)
    assert (r.date_from, r.date_to, r.precision) == (first, last, "month")


def test_months_relative_to_publication():
    assert span("last month") == (D(2024, 1, 1), D(2024, 1, 31))
    assert span("last month", D(2024, 1, 10)) == (D(2023, 12, 1), D(2023, 12, 31))
    assert span("this month") == (D(2024, 2, 1), THU)
    assert span("earlier this month") == (D(2024, 2, 1), THU)
    assert span("the end of last month") == (D(2024, 1, 21), D(2024, 1, 31))
    assert span("two months ago") == (D(2023, 12, 1), D(2023, 12, 31))


def test_since_runs_to_publication():
    r = ground("since January", THU)
    assert (r.date_from, r.date_to, r.precision, r.phrase) == (D(2024, 1, 1), THU, "month", "since January")
    assert span("since last August") == (D(2023, 8, 1), THU)
    assert span("since February 2022") == (D(2022, 2, 1), THU)
    assert span("since February 24, 2022") == (D(2022, 2, 24), THU)
    assert span("since 2014") == (D(2014, 1, 1), THU)
    assert span("since last week") == (D(2024, 2, 12), THU)


# -- May, the month and the modal ------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Russia may launch a new offensive.", "The strike may be the largest so far.", "The 12 may have died.",
    "This may signal a shift.", "Kyiv may not hold the line.", "Troops may well withdraw.",
    "The last may be the hardest.",
])
def test_may_the_modal_is_not_a_date(text):
    assert find_dates(text, THU) == []


@pytest.mark.parametrize("phrase, first, last", [
    ("in May", D(2023, 5, 1), D(2023, 5, 31)), ("early May", D(2023, 5, 1), D(2023, 5, 10)),
    ("May 9", D(2023, 5, 9), D(2023, 5, 9)), ("9 May", D(2023, 5, 9), D(2023, 5, 9)),
    ("May 2022", D(2022, 5, 1), D(2022, 5, 31)), ("the end of May", D(2023, 5, 21), D(2023, 5, 31)),
])
def test_may_the_month_with_context(phrase, first, last):
    assert span(phrase) == (first, last)


def test_may_as_a_month_in_running_text():
    assert phrases("In May troops advanced, and they may advance again.") == ["In May"]
    assert ground("May", THU) is None
    assert ground("last may", THU) is None  # "the last may be": needs a day, a year or "in"
    assert span("last May") == (date(2023, 5, 1), date(2023, 5, 31))  # the month, capitalised in running text


# -- seasons ---------------------------------------------------------------------------------------------

@pytest.mark.parametrize("phrase, published, first, last", [
    ("last autumn", THU, D(2023, 9, 1), D(2023, 11, 30)), ("last fall", THU, D(2023, 9, 1), D(2023, 11, 30)),
    ("last summer", THU, D(2023, 6, 1), D(2023, 8, 31)), ("last spring", THU, D(2023, 3, 1), D(2023, 5, 31)),
    ("last winter", THU, D(2022, 12, 1), D(2023, 2, 28)),  # not the winter under way
    ("this winter", THU, D(2023, 12, 1), D(2024, 2, 29)), ("this summer", THU, D(2024, 6, 1), D(2024, 8, 31)),
    ("in the winter of 2022-2023", THU, D(2022, 12, 1), D(2023, 2, 28)),
    ("the winter of 2022-23", THU, D(2022, 12, 1), D(2023, 2, 28)),
    ("in the summer of 2023", THU, D(2023, 6, 1), D(2023, 8, 31)),
    ("in the autumn", THU, D(2023, 9, 1), D(2023, 11, 30)), ("in late summer", THU, D(2023, 8, 1), D(2023, 8, 31)),
    ("last summer", D(2024, 7, 10), D(2023, 6, 1), D(2023, 8, 31)),
    ("this winter", D(2024, 11, 10), D(2024, 12, 1), D(2025, 2, 28)),
])
def test_seasons(phrase, published, first, last):
    r = ground(phrase, published)
    assert (r.date_from, r.date_to, r.precision) == (first, last, "season")


def test_fall_of_a_town_and_bare_seasons_are_not_dates():
    assert phrases("After the fall of Avdiivka, in the fall of Bakhmut's defences...") == []
    assert phrases("The summer counter-offensive failed; a spring offensive may follow.") == []
    assert phrases("This fall in output, since the fall of Mariupol.") == []


# -- month-day dates and ranges -------------------------------------------------------------------------

@pytest.mark.parametrize("phrase, day", [
    ("on August 28", D(2023, 8, 28)), ("August 28", D(2023, 8, 28)), ("28 August", D(2023, 8, 28)),
    ("Aug. 28", D(2023, 8, 28)), ("Aug 28th", D(2023, 8, 28)), ("the 28th of August", D(2023, 8, 28)),
    ("Dec 26", D(2023, 12, 26)), ("on 5 April 2024", D(2024, 4, 5)), ("February 24, 2022", D(2022, 2, 24)),
    ("24th of February 2022", D(2022, 2, 24)), ("on February 20", D(2024, 2, 20)), ("February 22", THU),
    ("February 23", D(2023, 2, 23)),  # the day after publication: last year's
    ("2024-02-20", D(2024, 2, 20)), ("20.02.2024", D(2024, 2, 20)), ("on Saturday, February 17, 2024", D(2024, 2, 17)),
])
def test_month_days(phrase, day):
    r = ground(phrase, THU)
    assert (r.date_from, r.date_to, r.precision, r.phrase) == (day, day, "day", phrase)


@pytest.mark.parametrize("phrase, published, day", [
    ("Dec 31", D(2024, 1, 3), D(2023, 12, 31)), ("December 26", D(2024, 1, 3), D(2023, 12, 26)),
    ("Jan 2", D(2024, 1, 3), D(2024, 1, 2)), ("Jan 5", D(2024, 1, 3), D(2023, 1, 5)),
    ("March 5", D(2024, 3, 5), D(2024, 3, 5)), ("Feb 29", D(2023, 3, 1), D(2020, 2, 29)),
])
def test_month_days_roll_over_the_year(phrase, published, day):
    assert span(phrase, published) == (day, day)


def test_impossible_days_are_not_dates():
    assert ground("February 30", THU) is None
    assert ground("April 31", THU) is None


@pytest.mark.parametrize("phrase, published, first, last", [
    ("between February 24 and 27", D(2024, 3, 1), D(2024, 2, 24), D(2024, 2, 27)),
    ("between February 24 and 27", THU, D(2023, 2, 24), D(2023, 2, 27)),  # had not begun at publication
    ("from February 24 to 27", D(2024, 3, 1), D(2024, 2, 24), D(2024, 2, 27)),
    ("February 24-27", D(2024, 3, 1), D(2024, 2, 24), D(2024, 2, 27)),
    ("February 24 – 27", D(2024, 3, 1), D(2024, 2, 24), D(2024, 2, 27)),
    ("24-27 February", D(2024, 3, 1), D(2024, 2, 24), D(2024, 2, 27)),
    ("between 24 and 27 February 2022", THU, D(2022, 2, 24), D(2022, 2, 27)),
    ("February 20-27", THU, D(2024, 2, 20), D(2024, 2, 27)),  # began before publication, runs on
    ("February 28 to March 2, 2022", THU, D(2022, 2, 28), D(2022, 3, 2)),
    ("Dec 30 - Jan 2", D(2024, 1, 10), D(2023, 12, 30), D(2024, 1, 2)),
])
def test_day_ranges(phrase, published, first, last):
    r = ground(phrase, published)
    assert (r.date_from, r.date_to, r.precision) == (first, last, "day")


def test_and_without_between_is_two_words_not_a_range():
    found = find_dates("Russia took the village on February 24 and 3 soldiers died.", THU)
    assert [(r.phrase, r.date_from, r.date_to) for _, _, r in found] == [
        ("on February 24", D(2023, 2, 24), D(2023, 2, 24))]


def test_distances_and_shares_are_not_days():
    assert find_dates("Columns march 20 km west; prices rose May 5% overall.", THU) == []


# -- years -----------------------------------------------------------------------------------------------

@pytest.mark.parametrize("phrase, first, last", [
    ("in 2022", D(2022, 1, 1), D(2022, 12, 31)), ("during 2023", D(2023, 1, 1), D(2023, 12, 31)),
    ("last year", D(2023, 1, 1), D(2023, 12, 31)), ("this year", D(2024, 1, 1), THU),
    ("earlier this year", D(2024, 1, 1), THU), ("late 2023", D(2023, 9, 1), D(2023, 12, 31)),
    ("mid-2023", D(2023, 5, 1), D(2023, 8, 31)), ("in early 2023", D(2023, 1, 1), D(2023, 4, 30)),
    ("by the end of 2023", D(2023, 9, 1), D(2023, 12, 31)), ("in 2022-2023", D(2022, 1, 1), D(2023, 12, 31)),
    ("a year ago", D(2023, 1, 1), D(2023, 12, 31)),
])
def test_years(phrase, first, last):
    r = ground(phrase, THU)
    assert (r.date_from, r.date_to, r.precision) == (first, last, "year")


def test_a_bare_year_is_a_name_not_a_date():
    assert phrases("The 2014 agreements were signed in 2015.") == ["in 2015"]


# -- datelines -------------------------------------------------------------------------------------------

def test_dateline_is_returned_with_the_whole_dateline_as_phrase():
    text = "MOSCOW, May 21 (Reuters) - Russian forces took the town on Saturday night, the ministry said."
    found = find_dates(text, D(2024, 5, 21))
    (s0, e0, dateline), (s1, e1, event) = found
    assert (s0, text[s0:e0], dateline.phrase) == (0, "MOSCOW, May 21 (Reuters) -", "MOSCOW, May 21 (Reuters) -")
    assert (dateline.date_from, dateline.date_to) == (D(2024, 5, 21), D(2024, 5, 21))
    assert (text[s1:e1], event.date_from) == ("on Saturday night", D(2024, 5, 18))


def test_dateline_variants():
    assert phrases("KYIV, Ukraine, Feb 22 (Reuters) - Strikes continued.") == ["KYIV, Ukraine, Feb 22 (Reuters) -"]
    assert phrases("MOSCOW, May 21 — The ministry said.", D(2024, 6, 1)) == ["MOSCOW, May 21 —"]
    assert span("MOSCOW, May 21 —", D(2024, 6, 1)) == (D(2024, 5, 21), D(2024, 5, 21))
    # not capitals: an ordinary date later in the sentence
    assert phrases("Moscow, officials said on May 21 - nothing more.", D(2024, 6, 1)) == ["on May 21"]


# -- find_dates over sentences ---------------------------------------------------------------------------

def test_offsets_point_at_the_phrase_in_text_order():
    text = ("Russia on Thursday claimed gains, after the capture of Marinka at the end of December, "
            "following the fall of Avdiivka announced last weekend; in recent days the army said so again.")
    found = find_dates(text, THU)
    assert [text[s:e] for s, e, _ in found] == ["on Thursday", "at the end of December", "last weekend",
                                               "in recent days"]
    assert all(text[s:e] == r.phrase for s, e, r in found)
    assert [s for s, _, _ in found] == sorted(s for s, _, _ in found)
    assert all(e0 <= s1 for (_, e0, _), (s1, _, _) in zip(found, found[1:]))
    assert [r.date_from for _, _, r in found] == [THU, D(2023, 12, 21), D(2024, 2, 17), D(2024, 2, 16)]


def test_seed_sentences():
    text = ("She claimed Thursday to have killed around sixty soldiers by striking a training ground "
            "in the Kherson region the day before.")
    assert [(r.phrase, r.date_from) for _, _, r in find_dates(text, THU)] == [
        ("Thursday", THU), ("the day before", D(2024, 2, 21))]
    text = "Kim Jong-un visited Russia in September to meet President Vladimir Putin."
    assert [(r.phrase, r.date_from, r.date_to) for _, _, r in find_dates(text, THU)] == [
        ("in September", D(2023, 9, 1), D(2023, 9, 30))]


def test_sentences_without_dates():
    assert find_dates("", THU) == []
    assert find_dates("Ukrainian officials said the troops had withdrawn to better positions.", THU) == []
    assert find_dates("After months of fighting and days of shelling, 14 attacks were repelled.", THU) == []


def test_find_dates_and_ground_agree_on_a_whole_phrase():
    for phrase in ("on Tuesday", "last weekend", "at the end of December", "between February 24 and 27",
                   "in the winter of 2022-2023", "since January", "over the past week", "Friday 18:10"):
        [(start, end, found)] = find_dates(phrase, THU)
        assert (start, end) == (0, len(phrase))
        assert found == ground(phrase, THU)


def test_ground_rejects_what_is_not_a_whole_date_expression():
    for phrase in ("", "   ", "Bakhmut", "the village", "on Tuesday the army", "week", "in the", "2024"):
        assert ground(phrase, THU) is None
    assert ground("  last week ", THU).phrase == "last week"


def test_every_result_is_a_well_formed_range():
    text = ("On Tuesday, and late on Saturday, and between February 24 and 27, in October, last autumn, "
            "since 2014, this week, last night, in recent weeks, two days ago, 2024-02-20, mid-2023.")
    found = find_dates(text, THU)
    assert len(found) == 12
    for _, _, r in found:
        assert isinstance(r, DateRange)
        assert r.date_from <= r.date_to
        assert r.precision in ("day", "week", "month", "season", "year", "unknown")


def test_fast_enough_for_every_sentence():
    sentences = [
        "Russian forces said on Tuesday they had captured the village of Krasnohorivka after weeks of fighting.",
        "Ukraine's General Staff said its troops repelled 14 attacks near the settlement over the past week.",
        "Ukrainian officials said the troops had withdrawn to better defensive positions to preserve lives.",
        "MOSCOW, May 21 (Reuters) - The ministry said units had taken the settlement at the end of December.",
    ] * 250
    start = time.perf_counter()
    for sentence in sentences:
        find_dates(sentence, THU)
    # about 20 microseconds a sentence here; the bound only catches a pathological slowdown
    assert time.perf_counter() - start < 2.0


def test_a_stored_pages_date_line_is_no_event_date_and_the_opening_sentence_is_the_storys_day():
    from datetime import date as _date

    from geo.claims.rules import extract_claims
    from geo.models import Article, Mention

    text = (" date 2024-02-24 Russian forces shelled about 20 settlements in the region yesterday, the governor said.\n\n"
            "About 20 settlements came under enemy fire, including: Testivka and others - the governor summarized.\n\n"
            "Ukraine's General Staff said its forces liberated Novoselo.\n\n"
            "On Monday the governor said Dubky was shelled.")
    mentions = []
    for name, gid in (("Testivka", 1001), ("Novoselo", 1002), ("Dubky", 1003)):
        pos = text.find(name)
        mentions.append(Mention(start=pos, end=pos + len(name), surface=name, kind="settlement", geonameid=gid,
                                name=name, resolved=True, confidence=0.9))
    art = Article(id="x", key="k", title="", published=_date(2024, 2, 24), text=text, source="wire")
    got = {(c.place, c.kind): c for c in extract_claims(art, mentions)}
    assert got[("Testivka", "struck")].date_from == _date(2024, 2, 23)  # the lead's "yesterday", not the page's date
    assert got[("Dubky", "struck")].date_from == _date(2024, 2, 19)
    text = " date 2024-02-24 Ukraine's General Staff said its forces liberated Novoselo.\n\nOn Monday the governor said Dubky was shelled."
    pos = text.find("Novoselo")
    art = Article(id="x", key="k", title="", published=_date(2024, 2, 24), text=text, source="wire")
    novoselo = Mention(start=pos, end=pos + 8, surface="Novoselo", kind="settlement", geonameid=1002, name="Novoselo",
                       resolved=True, confidence=0.9)
    (claim,) = extract_claims(art, [novoselo])
    assert claim.date_from == _date(2024, 2, 24)  # the opening sentence is the story's day, not a later "Monday"


def test_a_date_first_said_in_a_closing_recap_is_not_inherited_by_the_bulletin_before_it():
    from datetime import date as _date

    from geo.claims.rules import extract_claims
    from geo.models import Article, Mention

    text = ("The regional military administration said Russian troops shelled Testivka and Dubky at night and in the morning.\n\n"
            "The administration added that Novoselo community was shelled with mortars.\n\n"
            "As the agency reported, on September 28, the Russian military attacked a hospital in Hrabove.")
    mentions = []
    for name, gid in (("Testivka", 1001), ("Novoselo", 1002), ("Dubky", 1003), ("Hrabove", 1004)):
        pos = text.find(name)
        mentions.append(Mention(start=pos, end=pos + len(name), surface=name, kind="settlement", geonameid=gid,
                                name=name, resolved=True, confidence=0.9))
    art = Article(id="x", key="k", title="", published=_date(2024, 9, 29), text=text, source="wire")
    got = {(c.place, c.kind): c for c in extract_claims(art, mentions)}
    assert got[("Novoselo", "struck")].date_from == _date(2024, 9, 29)
    assert got[("Hrabove", "struck")].date_from == _date(2024, 9, 28)


@pytest.mark.parametrize("sentence, day", [
    ("Earlier Monday, the General Staff said its troops had repelled attacks the day before near the village.", date(2025, 7, 6)),
    ("On Monday the governor said the village was shelled the previous night.", date(2025, 7, 6)),
    ("The village was shelled the day before.", date(2025, 7, 7)),
])
def test_the_day_before_counts_from_the_day_the_sentence_named(sentence, day):
    found = find_dates(sentence, date(2025, 7, 8))
    assert found[-1][2].date_from == day


def test_a_photo_captions_date_does_not_ground_the_story():
    from test_claims import _run

    got = _run("A soldier holds up a flag in Testivka in this screen grab taken from a video released on March 3, 2024.\n\n"
               "Russia said on Monday its forces had made gains. The Russian defence ministry said its forces had "
               "captured Testivka.")
    c = got[("Testivka", "RU", "captured")]
    assert c.date_from == c.date_to == date(2024, 3, 4)  # Monday before Friday 8 March, not the caption's day


def test_a_day_of_the_same_year_takes_the_year_said_before_it():
    found = find_dates("In summer 2022, Russian forces seized the village, yet Ukraine liberated it on 19 September the same year.",
                       date(2024, 5, 22))
    assert found[-1][2].date_from == date(2022, 9, 19)
    assert find_dates("Ukraine liberated it on 19 September.", date(2024, 5, 22))[-1][2].date_from == date(2023, 9, 19)
