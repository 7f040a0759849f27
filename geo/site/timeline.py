"""Claim rows -> per-place histories, status as of any date, changes and comparisons.

Pure: no I/O. Everything here works on the claim rows the store produces (dicts with
``claim_id, geonameid, claimant, kind, control, date_from, date_to, published, ...``).

Rules (the page's JavaScript in ``geo/site/static/frontline.js`` applies the same ones, keep
them in step):

- A claim counts from its *effective* date: ``min(date_to, published)``. By ``date_to``
  the event had happened as claimed, and a claim cannot be known before it was published.
- The claimed status of a place as of a date comes from its non-strike claims effective
  on or before that date. Take the latest one, and every claim within ``CONFLICT_DAYS``
  before it; of those, each claimant's latest. If they agree (``RU``, ``UA`` or
  ``contested``), that is the status; if they disagree, the place is ``contested``.
  A ``contested`` claim (fighting reported) is itself ``contested``.
- A claim is contradicted when another claimant's latest earlier claim within the window
  says otherwise.
- Strikes never set a status; they are shown for ``STRIKE_DAYS`` days up to the date.
- Rejected rows (``rejected`` truthy) are left out.
"""

from __future__ import annotations

import hashlib
import pickle
from operator import attrgetter
from bisect import bisect_right
from dataclasses import dataclass, field
from datetime import date, timedelta
from functools import cached_property

CONFLICT_DAYS = 14
STRIKE_DAYS = 7
STATUS_LABELS = {"RU": "claimed by Russia", "UA": "claimed by Ukraine", "contested": "contested"}
SIDE_LABELS = {"RU": "Russian side", "UA": "Ukrainian side", "other": "third party"}
_MONTHS = "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split()
_SEASONS = {12: "winter", 1: "winter", 2: "winter", 3: "spring", 4: "spring", 5: "spring",
            6: "summer", 7: "summer", 8: "summer", 9: "autumn", 10: "autumn", 11: "autumn"}


def parse_day(value) -> date | None:
    """Read an ISO date (or datetime) string, or a date, as a date.

    :param value: ``"2024-02-22"``, ``"2024-02-22T10:00:00Z"``, a ``date`` or ``None``/``""``.
    :returns: the date, or ``None`` when the value is empty.
    """
    if value is None or value == "":
        return None
    if isinstance(value, date):
        return value if type(value) is date else value.date()
    return date.fromisoformat(str(value)[:10])


def format_day(d: date) -> str:
    """Format a date the way the site writes it: ``22 Feb 2024``.

    :param d: the date.
    :returns: the label.
    """
    return f"{d.day} {_MONTHS[d.month - 1]} {d.year}"


def format_event_date(date_from: date, date_to: date, precision: str) -> str:
    """Say when an event happened with no more precision than was asserted.

    :param date_from: first day the event may have happened.
    :param date_to: last day the event may have happened.
    :param precision: ``day``, ``week``, ``month``, ``season`` or ``year``.
    :returns: e.g. ``22 Feb 2024``, ``19-25 Feb 2024``, ``end of Dec 2023``, ``Dec 2023``,
        ``winter 2023/24``, ``2023``.
    """
    if date_from == date_to:
        return format_day(date_to)
    if precision == "year" and date_from.year == date_to.year:
        return str(date_to.year)
    same_month = (date_from.year, date_from.month) == (date_to.year, date_to.month)
    month = f"{_MONTHS[date_to.month - 1]} {date_to.year}"
    if same_month:
        month_end = (date_to.replace(day=28) + timedelta(days=4)).replace(day=1) - timedelta(days=1)
        if date_from.day == 1 and date_to == month_end:
            return month
        if date_from.day >= 20 and date_to == month_end:
            return f"end of {month}"
        if date_from.day == 1 and date_to.day <= 11:
            return f"early {month}"
        if 10 <= date_from.day and date_to.day <= 21 and precision != "week":
            return f"mid-{month}"
        return f"{date_from.day}-{date_to.day} {month}"
    if precision == "season" and _SEASONS[date_from.month] == _SEASONS[date_to.month]:
        season = _SEASONS[date_to.month]
        if season == "winter" and date_from.year != date_to.year:
            return f"winter {date_from.year}/{str(date_to.year)[2:]}"
        return f"{season} {date_to.year}"
    if date_from.year == date_to.year:
        return f"{date_from.day} {_MONTHS[date_from.month - 1]} - {format_day(date_to)}"
    return f"{format_day(date_from)} - {format_day(date_to)}"


def monday(d: date) -> date:
    """First day (Monday) of the ISO week holding ``d``.

    :param d: any date.
    :returns: the Monday on or before it.
    """
    m = _MONDAYS.get(d)
    if m is None:
        m = _MONDAYS[d] = d - timedelta(days=d.weekday())
    return m


_MONDAYS: dict = {}


@dataclass(eq=False)
class TimedClaim:
    """One claim with its dates parsed, and the row it came from."""

    claim_id: str
    geonameid: int
    claimant: str
    claimant_label: str
    kind: str
    control: str | None
    date_from: date
    date_to: date
    effective: date
    published: date | None
    precision: str
    row: dict = field(repr=False)
    status: str | None = field(init=False, repr=False)  # RU, UA, contested or None (a strike)
    order: tuple = field(init=False, repr=False)  # the sort key: effective date, publication, id
    against: "TimedClaim | None" = field(default=None, init=False, repr=False)  # set by PlaceHistory: see contradicting

    def __post_init__(self):
        self.order = (self.effective, self.published or date.min, self.claim_id)
        # What this claim says about who controls the place. A capture/hold claim without a
        # controlling side is malformed; the claimant's own side is the only reading that does not
        # invent a third party.
        if self.kind == "struck":
            self.status = None
        elif self.kind == "contested":
            self.status = "contested"
        elif self.control in ("RU", "UA"):
            self.status = self.control
        else:
            self.status = self.claimant if self.claimant in ("RU", "UA") else "contested"

    @cached_property
    def digest(self) -> str:
        """A digest of the whole row: changes when any field of the claim does."""
        # The store gives every row its keys in one order, so its pickle is stable (and twice as fast
        # as its repr): a cache key, remade whenever Python's pickle changes.
        return hashlib.sha1(pickle.dumps(self.row, 5)).hexdigest()

    @cached_property
    def event_label(self) -> str:
        """The event date as claimed, with its precision (``end of Dec 2023``)."""
        return format_event_date(self.date_from, self.date_to, self.precision)


_DAYS: dict = {}  # ISO text -> date: an archive has a few thousand distinct dates and 100,000s of rows


def _day(value) -> date | None:
    d = _DAYS.get(value)
    if d is None:
        d = parse_day(value)
        if isinstance(value, str) and len(_DAYS) < 200_000:
            _DAYS[value] = d
    return d


def claim_from_row(row: dict) -> TimedClaim:
    """Parse one store row into a :class:`TimedClaim`.

    :param row: a claim row (see the module docstring).
    :returns: the claim.
    """
    get = row.get
    date_to = _DAYS.get(row["date_to"]) or _day(row["date_to"])
    pub = get("published")
    published = (_DAYS.get(pub) or _day(pub)) if pub else None
    effective = date_to if published is None or date_to <= published else published
    frm = get("date_from")
    return TimedClaim(
        str(row["claim_id"]), int(row["geonameid"]), get("claimant") or "other", get("claimant_label") or "",
        row["kind"], get("control") or None, ((_DAYS.get(frm) or _day(frm)) if frm else None) or date_to, date_to,
        effective, published, get("precision") or "day", row,
    )


_sort_key = attrgetter("order")


@dataclass
class PlaceHistory:
    """Every claim about one place, oldest first.

    Indexing walks the claims once, in order, and keeps each claimant's latest word: that gives
    the claimed status after every day with a claim (a step function: between two claim days the
    window is anchored on the earlier one, so nothing changes) and each claim's contradiction.
    Every query is then a binary search; nothing grows with the square of the claims.
    """

    geonameid: int
    name: str
    place_kind: str
    lat: float
    lon: float
    surfaces: tuple = ()
    claims: list = field(default_factory=list)  # all kinds, ascending
    display_name: str = ""  # as reporting writes it, when the rows carry it
    point_days: list = field(default_factory=list, repr=False)  # days with a status claim, ascending
    point_states: list = field(default_factory=list, repr=False)  # (status, own) after each of those days
    _against: dict = field(default_factory=dict, repr=False)  # claim_id -> the claim it contradicts

    @property
    def label(self) -> str:
        """The name the map writes: the newsroom spelling when known, else the gazetteer's."""
        return self.display_name or self.name

    def _index(self, presorted: bool = False) -> None:
        if not presorted:
            self.claims.sort(key=_sort_key)
        latest: dict[str, TimedClaim] = {}  # each claimant's latest status claim so far
        days, states, against = [], [], {}
        status_claims = [c for c in self.claims if c.status is not None]
        window = timedelta(days=CONFLICT_DAYS)
        for i, c in enumerate(status_claims):
            lo = c.effective - window
            # Contradiction: the newest of the other claimants' latest words within the window
            # that says otherwise (latest holds earlier claims only, in the sort order).
            found = None
            for k, o in latest.items():
                if k != c.claimant and o.effective >= lo and o.status != c.status and (
                        found is None or _sort_key(o) > _sort_key(found)):
                    found = o
            c.against = found
            if found is not None:
                against[c.claim_id] = found
            latest[c.claimant] = c
            if i + 1 < len(status_claims) and status_claims[i + 1].effective == c.effective:
                continue  # the day's state is known once all of its claims are in
            words = [o for o in latest.values() if o.effective >= lo]
            statuses = {o.status for o in words}
            status = statuses.pop() if len(statuses) == 1 else "contested"
            own = status in ("RU", "UA") and any(o.claimant == status for o in words)
            days.append(c.effective)
            states.append((status, own))
        self.point_days, self.point_states, self._against = days, states, against

    def state_as_of(self, d: date) -> tuple | None:
        """Claimed status as of a date, whether the side claims it itself, and the claim day behind it.

        :param d: the date.
        :returns: ``(status, own, day)``: ``status`` ``"RU"``, ``"UA"`` or ``"contested"``; ``own``
            true when the side said to hold the place says so itself (not only a third party or the
            other side); ``day`` the latest claim day the status rests on. ``None`` before any claim.
        """
        n = bisect_right(self.point_days, d)
        if n == 0:
            return None
        status, own = self.point_states[n - 1]
        return status, own, self.point_days[n - 1]

    def status_as_of(self, d: date) -> str | None:
        """Claimed status as of a date.

        :param d: the date.
        :returns: ``"RU"``, ``"UA"``, ``"contested"``, or ``None`` when nothing was claimed yet.
        """
        n = bisect_right(self.point_days, d)
        return self.point_states[n - 1][0] if n else None

    def history(self, d: date | None = None) -> list:
        """Claims effective on or before a date, newest first.

        :param d: the date, or ``None`` for all of them.
        :returns: list of :class:`TimedClaim`.
        """
        return [c for c in reversed(self.claims) if d is None or c.effective <= d]

    def contradicting(self, claim: TimedClaim) -> TimedClaim | None:
        """The latest earlier claim by another claimant that says otherwise, within the window.

        :param claim: a claim of this place.
        :returns: the contradicting claim, or ``None``.
        """
        return self._against.get(claim.claim_id)


@dataclass(frozen=True)
class StatusChange:
    """A place whose claimed status differs between two dates (``None``: no claim yet)."""

    geonameid: int
    place: str
    before: str | None
    after: str | None


@dataclass(frozen=True)
class Contradiction:
    """A claim that says otherwise than an earlier claim of another claimant."""

    claim: TimedClaim
    against: TimedClaim


@dataclass
class Changes:
    """What changed from the day before ``start`` to the end of ``end``."""

    start: date
    end: date
    changed: list
    new_claims: list
    contradictions: list

    def __bool__(self) -> bool:
        return bool(self.changed or self.new_claims or self.contradictions)


@dataclass
class Comparison:
    """Claimed status as of ``date_a`` against ``date_b``."""

    date_a: date
    date_b: date
    appeared: list
    changed: list
    disappeared: list
    new_claims: list


class Timeline:
    """Claims grouped by place, queried by date."""

    def __init__(self, rows, *, as_of=None):
        """Build the timeline.

        :param rows: claim rows; rejected ones are dropped.
        :param as_of: leave out claims effective after this date (``None``: keep all).
        """
        as_of = parse_day(as_of)
        self.places: dict[int, PlaceHistory] = {}
        self.claims: list[TimedClaim] = []
        surfaces: dict[int, set] = {}
        for row in rows:
            if row.get("rejected"):
                continue
            c = claim_from_row(row)
            if as_of is not None and c.effective > as_of:
                continue
            self.claims.append(c)
            p = self.places.get(c.geonameid)
            if p is None:
                p = self.places[c.geonameid] = PlaceHistory(
                    c.geonameid, row.get("place") or "", row.get("place_kind") or "settlement",
                    float(row["lat"]), float(row["lon"]), display_name=row.get("display_name") or "")
                surfaces[c.geonameid] = set()
            p.claims.append(c)
            if row.get("surface"):
                surfaces[c.geonameid].add(row["surface"])
        self.claims.sort(key=_sort_key)
        self._days = [c.effective for c in self.claims]
        for p in self.places.values():  # dealt again from the sorted list: each place's comes out sorted
            p.claims = []
        for c in self.claims:
            self.places[c.geonameid].claims.append(c)
        for gid, p in self.places.items():
            p.surfaces = tuple(sorted(surfaces[gid] - {p.name, p.display_name}))
            p._index(presorted=True)
        self.first_date = self.claims[0].effective if self.claims else None
        self.last_date = self.claims[-1].effective if self.claims else None
        self.as_of = as_of or self.last_date

    def status_as_of(self, d: date) -> dict:
        """Claimed status of every place as of a date.

        :param d: the date.
        :returns: ``{geonameid: "RU" | "UA" | "contested"}`` for places with a status.
        """
        out = {}
        for gid, p in self.places.items():
            s = p.status_as_of(d)
            if s is not None:
                out[gid] = s
        return out

    def claims_between(self, start: date, end: date) -> list:
        """Claims effective from ``start`` to ``end`` inclusive, oldest first.

        :param start: first day.
        :param end: last day.
        :returns: list of :class:`TimedClaim`.
        """
        lo = bisect_right(self._days, start - timedelta(days=1))
        return self.claims[lo:bisect_right(self._days, end)]

    def strikes_as_of(self, d: date) -> list:
        """Strike claims shown as of a date (the ``STRIKE_DAYS`` days up to it).

        :param d: the date.
        :returns: list of :class:`TimedClaim`.
        """
        start = d - timedelta(days=STRIKE_DAYS - 1)
        return [c for c in self.claims_between(start, d) if c.kind == "struck"]

    def changes_between(self, start: date, end: date) -> Changes:
        """What changed from the day before ``start`` to ``end``.

        :param start: first day of the period.
        :param end: last day of the period.
        :returns: :class:`Changes` with status changes, the new claims (oldest first) and
            the new claims that contradict an earlier claim of another claimant.
        """
        new = self.claims_between(start, end)
        before_day = start - timedelta(days=1)
        changed, contradictions = [], []
        for gid in dict.fromkeys(c.geonameid for c in new):
            p = self.places[gid]
            before, after = p.status_as_of(before_day), p.status_as_of(end)
            if before != after:
                changed.append(StatusChange(gid, p.label, before, after))
        for c in new:
            against = self.places[c.geonameid].contradicting(c)
            if against is not None:
                contradictions.append(Contradiction(c, against))
        changed.sort(key=lambda ch: ch.place)
        return Changes(start, end, changed, new, contradictions)

    def all_changes(self, weekly: bool = False) -> list:
        """What changed on every active day (or in every active week), oldest first: the same as
        :meth:`changes_on` / :meth:`changes_in_week` for each, in one walk over each place's status
        steps instead of two binary searches per place and period.

        :param weekly: periods are ISO weeks (Monday to Sunday) instead of days.
        :returns: list of :class:`Changes`.
        """
        key = monday if weekly else (lambda d: d)
        found: dict = {}  # period start -> {geonameid: (before, after)}
        for gid, p in self.places.items():
            prev, i, days, states = None, 0, p.point_days, p.point_states
            while i < len(days):
                start = key(days[i])
                before = states[i - 1][0] if i else None
                while i + 1 < len(days) and key(days[i + 1]) == start:
                    i += 1
                after = states[i][0]
                if before != after:
                    found.setdefault(start, {})[gid] = (before, after)
                i += 1
        out = []
        n = len(self.claims)
        lo = 0
        while lo < n:
            start = key(self._days[lo])
            hi = bisect_right(self._days, start + timedelta(days=6) if weekly else start, lo)
            new = self.claims[lo:hi]
            flips = found.get(start, {})
            order = {}
            for c in new:
                if c.geonameid in flips and c.geonameid not in order:
                    order[c.geonameid] = len(order)
            changed = [StatusChange(gid, self.places[gid].label, *flips[gid]) for gid in order]
            changed.sort(key=lambda ch: ch.place)
            contradictions = []
            for c in new:
                if c.against is not None:
                    contradictions.append(Contradiction(c, c.against))
            end = start + timedelta(days=6) if weekly else start
            out.append(Changes(start, end, changed, new, contradictions))
            lo = hi
        return out

    def changes_on(self, d: date) -> Changes:
        """What changed on one day.

        :param d: the day.
        :returns: :class:`Changes`.
        """
        return self.changes_between(d, d)

    def changes_in_week(self, d: date) -> Changes:
        """What changed in the ISO week (Monday to Sunday) holding ``d``.

        :param d: any day of the week.
        :returns: :class:`Changes`.
        """
        start = monday(d)
        return self.changes_between(start, start + timedelta(days=6))

    def compare(self, date_a, date_b) -> Comparison:
        """Compare the claimed status as of two dates.

        :param date_a: the earlier date (ISO string or date).
        :param date_b: the later date.
        :returns: :class:`Comparison`: places that appeared, changed side or disappeared,
            and the claims effective after ``date_a`` up to ``date_b``.
        """
        a, b = parse_day(date_a), parse_day(date_b)
        sa, sb = self.status_as_of(a), self.status_as_of(b)
        name = lambda gid: self.places[gid].label  # noqa: E731
        appeared = [StatusChange(g, name(g), None, s) for g, s in sb.items() if g not in sa]
        disappeared = [StatusChange(g, name(g), s, None) for g, s in sa.items() if g not in sb]
        changed = [StatusChange(g, name(g), sa[g], s) for g, s in sb.items() if g in sa and sa[g] != s]
        new = self.claims_between(a + timedelta(days=1), b) if a < b else []
        by_name = lambda ch: ch.place  # noqa: E731
        return Comparison(a, b, sorted(appeared, key=by_name), sorted(changed, key=by_name),
                          sorted(disappeared, key=by_name), new)

    def active_days(self) -> list:
        """Days on which at least one claim became effective, oldest first.

        :returns: list of dates.
        """
        return list(dict.fromkeys(self._days))

    def active_weeks(self) -> list:
        """Mondays of the weeks with at least one claim, oldest first.

        :returns: list of dates.
        """
        return list(dict.fromkeys(monday(d) for d in self._days))
