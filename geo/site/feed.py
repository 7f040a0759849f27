"""``feed.xml``: an Atom feed of the days on which claims changed, for an editor's feed reader.

One entry per day with changes (places whose claimed status changed, new claims, contradictions),
newest first, each linking to that day's map permalink and its change page. Links are relative to
the feed (the site is hosted anywhere), or absolute when the site's public address is given (feed
readers resolve relative links unevenly). Entry ids are stable across rebuilds (the site's title and
the day), so a reader shows a day once; an entry's ``updated`` is the day itself when it first
appears and moves to the build's time whenever what the entry says changes (one more article for
that day), so a reader shows the day again as updated; the feed's ``updated`` is its newest entry's.
Text is built as XML elements, never concatenated: article words cannot become markup.
"""

from __future__ import annotations

import hashlib
import re
import xml.etree.ElementTree as ET
from datetime import date, datetime, timedelta, timezone
from urllib.parse import urljoin

from geo.site.timeline import STATUS_LABELS, Changes, Timeline, format_day

ATOM = "http://www.w3.org/2005/Atom"
MAX_ENTRIES = 60
_NOT_VERIFIED = "Claims by the sides, not verified."


def _slug(title: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", title.lower()).strip("-") or "frontline"


def _stamp(day: date) -> str:
    return f"{day.isoformat()}T00:00:00Z"


def _plural(n: int, one: str, many: str | None = None) -> str:
    return f"{n} {one if n == 1 else (many or one + 's')}"


def _summary(ch: Changes) -> str:
    parts = []
    if ch.changed:
        moves = "; ".join(f"{s.place}: {STATUS_LABELS.get(s.before, 'no claim')} -> {STATUS_LABELS.get(s.after, 'no claim')}"
                          for s in ch.changed[:12])
        more = f" (+{len(ch.changed) - 12} more)" if len(ch.changed) > 12 else ""
        parts.append(f"Claimed status changed at {_plural(len(ch.changed), 'place')}: {moves}{more}.")
    if ch.new_claims:
        parts.append(f"{_plural(len(ch.new_claims), 'new claim')}.")
    if ch.contradictions:
        parts.append(f"{_plural(len(ch.contradictions), 'claim')} contradicted by another claimant.")
    return " ".join(parts + [_NOT_VERIFIED])


def _digest(title: str, summary: str) -> str:
    return hashlib.sha256(f"{title}\n{summary}".encode()).hexdigest()


def previous_entries(text: str | None) -> dict:
    """What an earlier ``feed.xml`` said: ``{entry id: (updated, digest of its title and summary)}``;
    ``{}`` when there is none or it cannot be read."""
    if not text:
        return {}
    try:
        root = ET.fromstring(text)
    except ET.ParseError:
        return {}
    out = {}
    for entry in root.findall(f"{{{ATOM}}}entry"):
        get = lambda tag: (entry.findtext(f"{{{ATOM}}}{tag}") or "")  # noqa: E731
        if get("id") and get("updated"):
            out[get("id")] = (get("updated"), _digest(get("title"), get("summary")))
    return out


def _now() -> str:
    return datetime.now(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


def _later(stamp: str, than: str) -> str:
    """``stamp``, or a second after ``than`` when the clock says no later (the ISO stamps sort as text)."""
    if stamp > than:
        return stamp
    try:
        after = datetime.strptime(than, "%Y-%m-%dT%H:%M:%SZ") + timedelta(seconds=1)
    except ValueError:
        return stamp
    return after.strftime("%Y-%m-%dT%H:%M:%SZ")


def atom_feed(timeline: Timeline, *, title: str = "frontline", changes: list[Changes] | None = None,
              previous: str | None = None, base_url: str | None = None, now: str | None = None) -> str:
    """The feed's XML text.

    :param timeline: the claims.
    :param title: the site title (also the stable part of every id).
    :param changes: the daily changes, oldest first (default: :meth:`Timeline.all_changes`).
    :param previous: the text of the feed the last build wrote: an entry that says the same keeps its
        ``updated``, one that says something new gets ``now``.
    :param base_url: the site's public address (``https://example.org/maps/``): links are absolute.
    :param now: the build's time as ``YYYY-MM-DDTHH:MM:SSZ`` (default: the clock's, in UTC).
    :returns: an Atom 1.0 document.
    """
    days = [ch for ch in (changes if changes is not None else timeline.all_changes()) if ch][::-1][:MAX_ENTRIES]
    slug = _slug(title)
    old = previous_entries(previous)
    now = now or _now()
    href = (lambda rel: urljoin(base_url, rel)) if base_url else (lambda rel: rel)  # noqa: E731
    ET.register_namespace("", ATOM)
    feed = ET.Element(f"{{{ATOM}}}feed")
    ET.SubElement(feed, f"{{{ATOM}}}title").text = f"{title}: what changed, day by day"
    ET.SubElement(feed, f"{{{ATOM}}}subtitle").text = (
        f"{_NOT_VERIFIED} Place names and positions: GeoNames (CC BY 4.0).")
    ET.SubElement(feed, f"{{{ATOM}}}id").text = f"urn:frontline:{slug}:feed"
    ET.SubElement(feed, f"{{{ATOM}}}link", rel="self", href=href("feed.xml"))
    ET.SubElement(feed, f"{{{ATOM}}}link", rel="alternate", type="text/html", href=href("index.html"))
    feed_updated = ET.SubElement(feed, f"{{{ATOM}}}updated")
    author = ET.SubElement(feed, f"{{{ATOM}}}author")
    ET.SubElement(author, f"{{{ATOM}}}name").text = title
    ET.SubElement(feed, f"{{{ATOM}}}generator").text = "frontline"
    stamps = []
    for ch in days:
        day = ch.start.isoformat()
        entry_id = f"urn:frontline:{slug}:day:{day}"
        entry_title = (f"{format_day(ch.start)}: {_plural(len(ch.changed), 'status change')}, "
                       f"{_plural(len(ch.new_claims), 'new claim')}")
        summary = _summary(ch)
        was = old.get(entry_id)
        if was is None:
            updated = _stamp(ch.end)  # first seen: the day itself
        elif was[1] == _digest(entry_title, summary):
            updated = was[0]  # says what it said: a reader need not show it again
        else:
            updated = _later(now, was[0])  # says something new: a reader shows it as updated
        stamps.append(updated)
        entry = ET.SubElement(feed, f"{{{ATOM}}}entry")
        ET.SubElement(entry, f"{{{ATOM}}}title").text = entry_title
        ET.SubElement(entry, f"{{{ATOM}}}id").text = entry_id
        ET.SubElement(entry, f"{{{ATOM}}}updated").text = updated
        ET.SubElement(entry, f"{{{ATOM}}}link", rel="alternate", type="text/html", href=href(f"index.html#{day}"))
        ET.SubElement(entry, f"{{{ATOM}}}link", rel="related", type="text/html", href=href(f"changes/{day}.html"))
        ET.SubElement(entry, f"{{{ATOM}}}summary").text = summary
    feed_updated.text = max(stamps) if stamps else _stamp(timeline.as_of or date.today())
    return '<?xml version="1.0" encoding="utf-8"?>\n' + ET.tostring(feed, encoding="unicode") + "\n"
