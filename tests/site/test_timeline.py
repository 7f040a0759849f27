from datetime import date

import pytest

from geo.site.timeline import (CONFLICT_DAYS, Timeline, claim_from_row, format_event_date, monday, parse_day)
from sitehelpers import make_row, sample_rows

D = date.fromisoformat


@pytest.fixture
def timeline():
    return Timeline(sample_rows())


def test_status_as_of_follows_the_claims_over_time(timeline):
    gid = 9001  # Testovka: UA held 10 Jan, RU captured 17 Feb, UA held 18 Feb
    assert timeline.places[gid].status_as_of(D("2024-01-09")) is None
    assert timeline.places[gid].status_as_of(D("2024-01-10")) == "UA"
    assert timeline.places[gid].status_as_of(D("2024-02-16")) == "UA"
    # RU claim five weeks after the UA one: the older claim is out of the conflict window.
    assert timeline.places[gid].status_as_of(D("2024-02-17")) == "RU"
    # UA says held the next day: the two sides conflict -> contested.
    assert timeline.places[gid].status_as_of(D("2024-02-18")) == "contested"
    assert timeline.status_as_of(D("2024-02-22")) == {
        9001: "contested", 9002: "RU", 9003: "contested", 9100: "RU"}


def test_agreeing_claims_of_one_side_are_not_a_conflict():
    rows = [make_row(claimant="RU", kind="captured", date="2024-02-10"),
            make_row(claimant="UA", kind="captured", control="RU", date="2024-02-12"),  # UA admits it
            make_row(claimant="RU", kind="held", control="RU", date="2024-02-14")]
    assert Timeline(rows).places[9001].status_as_of(D("2024-02-14")) == "RU"


def test_a_claimant_that_changes_its_word_is_not_in_conflict_with_itself():
    rows = [make_row(claimant="UA", kind="held", control="UA", date="2024-02-10"),
            make_row(claimant="RU", kind="captured", date="2024-02-17"),
            make_row(claimant="UA", kind="captured", control="RU", date="2024-02-17", quote="UA withdrew.")]
    t = Timeline(rows)
    assert t.places[9001].status_as_of(D("2024-02-17")) == "RU"
    # The RU claim contradicts what UA said on 10 Feb; UA's own concession contradicts nobody.
    assert [(x.claim.claimant, x.against.claimant) for x in t.changes_on(D("2024-02-17")).contradictions] == [
        ("RU", "UA")]


def test_conflict_window_is_anchored_on_the_latest_claim():
    rows = [make_row(claimant="UA", kind="held", control="UA", date="2024-01-01"),
            make_row(claimant="RU", kind="captured", date=str(date(2024, 1, 1 + CONFLICT_DAYS)))]
    t = Timeline(rows)
    assert t.places[9001].status_as_of(D("2024-03-01")) == "contested"
    rows[1] = make_row(claimant="RU", kind="captured", date=str(date(2024, 1, 2 + CONFLICT_DAYS)))
    assert Timeline(rows).places[9001].status_as_of(D("2024-03-01")) == "RU"


def test_effective_date_is_never_after_publication():
    row = make_row(date="2024-02-25", date_from="2024-02-19", published="2024-02-22", precision="week")
    c = claim_from_row(row)
    assert c.effective == D("2024-02-22")
    assert Timeline([row]).places[9001].status_as_of(D("2024-02-22")) == "RU"


def test_strikes_do_not_set_status_and_fade_after_a_week(timeline):
    assert 9004 not in timeline.status_as_of(D("2024-02-22"))
    assert [c.geonameid for c in timeline.strikes_as_of(D("2024-02-25"))] == [9004]
    assert timeline.strikes_as_of(D("2024-02-26")) == []


def test_rejected_rows_and_later_rows_are_left_out():
    rows = sample_rows() + [make_row("Mockivka", kind="captured", date="2024-02-21", rejected=True)]
    t = Timeline(rows, as_of="2024-02-18")
    assert t.as_of == D("2024-02-18")
    assert 9004 not in t.places and 9100 not in t.places
    assert all(c.effective <= D("2024-02-18") for c in t.claims)
    assert Timeline(rows).last_date == D("2024-02-22")


def test_history_newest_first_and_surfaces():
    rows = [make_row(date="2024-02-01", surface="Testiwka"), make_row(date="2024-02-03", surface="Testovka"),
            make_row(claimant="UA", kind="held", control="UA", date="2024-02-02", surface="Тестівка")]
    p = Timeline(rows).places[9001]
    assert [c.effective.isoformat() for c in p.history()] == ["2024-02-03", "2024-02-02", "2024-02-01"]
    assert [c.effective.isoformat() for c in p.history(D("2024-02-02"))] == ["2024-02-02", "2024-02-01"]
    assert p.surfaces == ("Testiwka", "Тестівка")  # the GeoNames name itself is not repeated


def test_changes_on_a_day(timeline):
    ch = timeline.changes_on(D("2024-02-18"))
    assert [(s.place, s.before, s.after) for s in ch.changed] == [
        ("Testovka", "RU", "contested"), ("Zrazkove", None, "contested")]
    assert len(ch.new_claims) == 2
    # The UA "held" of 18 Feb contradicts the RU "captured" of 17 Feb.
    assert [(x.claim.claimant, x.against.claimant) for x in ch.contradictions] == [("UA", "RU")]
    assert not timeline.changes_on(D("2024-02-21"))


def test_changes_in_a_week(timeline):
    ch = timeline.changes_in_week(D("2024-02-21"))
    assert (ch.start, ch.end) == (D("2024-02-19"), D("2024-02-25"))
    assert [(s.place, s.before, s.after) for s in ch.changed] == [
        ("Fictive Oblast", None, "RU"), ("Primerne", "UA", "RU")]
    assert {c.kind for c in ch.new_claims} == {"struck", "captured"}
    assert timeline.active_weeks() == [D("2024-01-08"), D("2024-02-12"), D("2024-02-19")]


def test_compare_two_dates(timeline):
    cmp = timeline.compare("2024-02-16", "2024-02-22")
    assert [s.place for s in cmp.appeared] == ["Fictive Oblast", "Zrazkove"]
    assert [(s.place, s.before, s.after) for s in cmp.changed] == [
        ("Primerne", "UA", "RU"), ("Testovka", "UA", "contested")]
    assert cmp.disappeared == []
    assert len(cmp.new_claims) == 6
    back = timeline.compare("2024-02-22", "2024-02-16")
    assert [s.place for s in back.disappeared] == ["Fictive Oblast", "Zrazkove"] and back.new_claims == []


@pytest.mark.parametrize("start,end,precision,label", [
    ("2024-02-22", "2024-02-22", "day", "22 Feb 2024"),
    ("2023-12-21", "2023-12-31", "week", "end of Dec 2023"),
    ("2023-12-01", "2023-12-31", "month", "Dec 2023"),
    ("2024-02-19", "2024-02-25", "week", "19-25 Feb 2024"),
    ("2023-12-01", "2024-02-29", "season", "winter 2023/24"),
    ("2023-01-01", "2023-12-31", "year", "2023"),
    ("2024-01-29", "2024-02-04", "week", "29 Jan - 4 Feb 2024"),
])
def test_event_date_labels_keep_their_precision(start, end, precision, label):
    assert format_event_date(D(start), D(end), precision) == label


def test_parse_day_and_monday():
    assert parse_day("2024-02-22T10:30:00Z") == D("2024-02-22")
    assert parse_day("") is None
    assert monday(D("2024-02-25")) == D("2024-02-19")


def test_empty_timeline():
    t = Timeline([])
    assert t.first_date is None and t.status_as_of(D("2024-01-01")) == {} and t.active_days() == []


def test_all_changes_are_those_of_each_day_and_week():
    from sitehelpers import random_rows

    for rows in (sample_rows(), random_rows(), random_rows(n=900, n_places=8, days=40, seed=5)):
        t = Timeline(rows)
        for got, want in [(t.all_changes(), [t.changes_on(d) for d in t.active_days()]),
                          (t.all_changes(weekly=True), [t.changes_in_week(d) for d in t.active_weeks()])]:
            assert [(c.start, c.end, c.changed, [x.claim_id for x in c.new_claims],
                     [(x.claim.claim_id, x.against.claim_id) for x in c.contradictions]) for c in got] == [
                (c.start, c.end, c.changed, [x.claim_id for x in c.new_claims],
                 [(x.claim.claim_id, x.against.claim_id) for x in c.contradictions]) for c in want]


def test_contradictions_and_status_as_the_rules_say_on_random_claims():
    """The one-pass index against the rules written out directly (the module docstring), on random claims."""
    from datetime import timedelta

    from sitehelpers import random_rows

    t = Timeline(random_rows(n=900, n_places=8, days=40, seed=5))
    for p in t.places.values():
        status_claims = [c for c in p.claims if c.status is not None]
        day = t.first_date
        while day <= t.last_date:
            upto = [c for c in status_claims if c.effective <= day]
            if upto:
                lo = upto[-1].effective - timedelta(days=CONFLICT_DAYS)
                latest = {}
                for c in upto:
                    if c.effective >= lo:
                        latest[c.claimant] = c.status
                want = set(latest.values())
                assert p.status_as_of(day) == (want.pop() if len(want) == 1 else "contested")
            else:
                assert p.status_as_of(day) is None
            day += timedelta(days=1)
        for i, c in enumerate(status_claims):
            lo = c.effective - timedelta(days=CONFLICT_DAYS)
            seen, want = {c.claimant}, None
            for o in reversed(status_claims[:i]):
                if o.claimant in seen or o.effective < lo:
                    continue
                seen.add(o.claimant)
                if o.status != c.status:
                    want = o
                    break
            assert p.contradicting(c) is want
