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
