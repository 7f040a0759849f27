"""A comparison reaching back ("the deadliest attack on X since the spring", "the first time since May", "its largest
gain since May") dates nothing of the claim it compares: the claim keeps its own day. The since-clause's own event,
and a when-clause after its date, keep that date."""

from datetime import date

from test_claims import _run

PUBLISHED = date(2024, 3, 8)  # the fixture article's day (a Friday)


def test_a_superlative_since_dates_nothing_of_the_claim():
    for text, key in (("Ukraine's General Staff said the deadliest attack on Testivka since the spring killed four people.",
                       ("Testivka", "UA", "struck")),
                      ("Officials said it was the heaviest shelling of Testivka since May.", ("Testivka", "UA", "struck")),
                      ("Officials said Russian forces shelled Testivka for the first time since May.", ("Testivka", "UA", "struck")),
                      ("Russia said it captured Testivka, its largest gain since May.", ("Testivka", "RU", "captured"))):
        assert _run(text)[key].date_from == PUBLISHED, text


def test_the_since_clause_keeps_its_own_events_date():
    got = _run("It is the biggest settlement that Moscow claims to have captured since Testivka in late February.")
    assert got[("Testivka", "RU", "captured")].date_from == date(2024, 2, 21)
    got = _run("Officials said Dubky was shelled for the first time since Ukrainian forces liberated it in September 2022.")
    assert got[("Dubky", "UA", "captured")].date_from == date(2022, 9, 1)
    assert got[("Dubky", "UA", "struck")].date_from == PUBLISHED


def test_a_when_clause_after_the_date_keeps_it():
    got = _run("Dubky is the only village Ukraine claims to have retaken since July 27, when it announced the recapture "
               "of nearby Testivka.")
    assert got[("Testivka", "UA", "captured")].date_from == date(2023, 7, 27)
    assert got[("Dubky", "UA", "captured")].date_from == PUBLISHED


def test_quantities_are_no_superlatives():
    got = _run("That Ukrainian forces had gained control of most of Testivka has been known since early February.")
    assert all(c.date_from == date(2024, 2, 1) for c in got.values()), got


# -- a twenty-second helper review's counter-examples (db6b0a8), each wrong on the version before ----------------------

def test_review22_the_event_a_since_date_introduces_keeps_that_date():
    got = _run("It was the deadliest strike on Dubky since the January 2023 shelling of Testivka.")
    assert got[("Testivka", "other", "struck")].date_from == date(2023, 1, 1)
    got = _run("Russian forces captured Dubky on Tuesday, their biggest gain since last month's capture of Testivka, "
               "Reuters reported.")
    c = got[("Testivka", "other", "captured")]
    assert (c.date_from, c.date_to) == (date(2024, 2, 1), date(2024, 2, 29))


def test_review22_a_period_counted_since_a_day_is_no_comparison():
    for text, key in (("Russian forces have advanced at most two kilometres near Testivka since Monday, the analysts said.",
                       ("Testivka", "other", "contested")),
                      ("Most Russian attacks since Monday have targeted Testivka, the General Staff said.", ("Testivka", "UA", "struck")),
                      ("The worst damage was in Testivka where Russian shelling has continued since Tuesday, the governor said.",
                       ("Testivka", "UA", "struck"))):
        assert _run(text)[key].date_from < PUBLISHED, text


def test_review22_a_when_clause_is_dated_by_the_since_date_alone():
    got = _run("It was Russia's biggest advance since May when its troops captured Testivka, DeepState said.")
    c = got[("Testivka", "other", "captured")]
    assert (c.date_from, c.date_to) == (date(2023, 5, 1), date(2023, 5, 31))
    got = _run("Ukraine has retaken no village since July 27, when Ukrainian forces recaptured Testivka.")
    c = next(c for (p, _, kind), c in got.items() if p == "Testivka" and kind == "captured")
    assert (c.date_from, c.date_to) == (date(2023, 7, 27), date(2023, 7, 27))


# -- a twenty-third helper review's counter-examples (7d78d75), each wrong on the version before -------------------------

def test_review23_a_period_since_a_day_keeps_running_to_the_report():
    for text in ("Fighting has raged since February 17 near Testivka, the General Staff said.",
                 "Shelling has not stopped since Monday in Testivka, the governor said.",
                 "Russian artillery has been shelling the only road into Testivka since Monday, the governor said."):
        c = next(iter(_run(text).values()))
        assert c.date_from < PUBLISHED and c.date_to == PUBLISHED, text


def test_review23_a_comparison_before_the_place_dates_nothing_of_it():
    got = _run("The heaviest shelling since 2022 in Testivka killed three people on Tuesday, the governor said.")
    assert got[("Testivka", "UA", "struck")].date_from == date(2024, 3, 5)
    got = _run("Russia launched its biggest drone attack since the autumn on Testivka, the governor said.")
    assert got[("Testivka", "UA", "struck")].date_from == PUBLISHED


def test_review23_a_when_clause_ends_at_its_clause():
    got = _run("Russia has made its biggest gains since May, when its troops captured Novoselo, and its forces have now "
               "also captured Testivka, the Defence Ministry said.")
    assert got[("Novoselo", "RU", "captured")].date_to == date(2023, 5, 31)
    assert got[("Testivka", "RU", "captured")].date_to == PUBLISHED


# -- a twenty-fourth helper review's counter-examples (bf995dd), each wrong on the version before ---------------------

def test_review24_only_the_events_own_object_takes_its_date():
    got = _run("Since last month's capture of Hrabove, Russian troops took Testivka and Novoselo, the Russian Defence "
               "Ministry said.")
    assert got[("Testivka", "RU", "captured")].date_to == PUBLISHED
    assert got[("Hrabove", "RU", "captured")].date_to == date(2024, 2, 29)
    got = _run("Since May, when Russia launched its offensive, its forces have captured Testivka and Novoselo, the ministry said.")
    assert got[("Testivka", "RU", "captured")].date_to == PUBLISHED
    got = _run("Ukraine's forces retook Testivka, their first success since the February 17 withdrawal from Novoselo, "
               "the General Staff said.")
    assert got[("Novoselo", "UA", "captured")].date_from == date(2024, 2, 17)
    assert got[("Testivka", "UA", "captured")].date_from == PUBLISHED


# -- a twenty-fifth helper review's counter-examples (04df0c0), each wrong on the version before -----------------------

def test_review25_a_list_in_a_when_clause_or_after_capture_of_shares_the_date():
    got = _run("Since February, when Russian troops captured Hrabove, Dubky and Novoselo, the front has moved slowly west.")
    assert all(got[(p, "other", "captured")].date_to == date(2024, 2, 29) for p in ("Hrabove", "Dubky", "Novoselo"))
    got = _run("Since last month's capture of Hrabove and Dubky, Russian forces have pushed toward Testivka.")
    assert all(got[(p, "other", "captured")].date_to == date(2024, 2, 29) for p in ("Hrabove", "Dubky"))
