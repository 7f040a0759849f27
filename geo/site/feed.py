"""``feed.xml``: an Atom feed of the days on which claims changed, for an editor's feed reader.

One entry per day with changes (places whose claimed status changed, new claims, contradictions),
newest first, each linking to that day's map permalink and its change page. Links are relative to
the feed (the site is hosted anywhere); entry ids are stable across rebuilds (the site's title and
the day), so a reader shows a day once and an updated day as updated. Text is built as XML
elements, never concatenated: article words cannot become markup.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from datetime import date

from geo.site.timeline import STATUS_LABELS, Changes, Timeline, format_day

ATOM = "http://www.w3.org/2005/Atom"
MAX_ENTRIES = 60
_NOT_VERIFIED = "Claims by the sides, not verified."


def _slug(title: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", title.lower()).strip("-") or "frontline"


def _stamp(day: date) -> str:
    return f"{day.isoformat()}T00:00:00Z"


def _summary(ch: Changes) -> str:
    parts = []
    if ch.changed:
        moves = "; ".join(f"{s.place}: {STATUS_LABELS.get(s.before, 'no claim')} -> {STATUS_LABELS.get(s.after, 'no claim')}"
                          for s in ch.changed[:12])
        more = f" (+{len(ch.changed) - 12} more)" if len(ch.changed) > 12 else ""
        parts.append(f"Claimed status changed at {len(ch.changed)} place(s): {moves}{more}.")
    if ch.new_claims:
        parts.append(f"{len(ch.new_claims)} new claim(s).")
    if ch.contradictions:
        parts.append(f"{len(ch.contradictions)} claim(s) contradicted by another claimant.")
    return " ".join(parts + [_NOT_VERIFIED])


def atom_feed(timeline: Timeline, *, title: str = "frontline", changes: list[Changes] | None = None) -> str:
    """The feed's XML text.

    :param timeline: the claims.
    :param title: the site title (also the stable part of every id).
    :param changes: the daily changes, oldest first (default: :meth:`Timeline.all_changes`).
    :returns: an Atom 1.0 document.
    """
    days = [ch for ch in (changes if changes is not None else timeline.all_changes()) if ch][::-1][:MAX_ENTRIES]
    slug = _slug(title)
    ET.register_namespace("", ATOM)
    feed = ET.Element(f"{{{ATOM}}}feed")
    ET.SubElement(feed, f"{{{ATOM}}}title").text = f"{title}: what changed, day by day"
    ET.SubElement(feed, f"{{{ATOM}}}subtitle").text = (
        f"{_NOT_VERIFIED} Place names and positions: GeoNames (CC BY 4.0).")
    ET.SubElement(feed, f"{{{ATOM}}}id").text = f"urn:frontline:{slug}:feed"
    ET.SubElement(feed, f"{{{ATOM}}}link", rel="self", href="feed.xml")
    ET.SubElement(feed, f"{{{ATOM}}}link", rel="alternate", type="text/html", href="index.html")
    ET.SubElement(feed, f"{{{ATOM}}}updated").text = _stamp(days[0].end if days else (timeline.as_of or date.today()))
    author = ET.SubElement(feed, f"{{{ATOM}}}author")
    ET.SubElement(author, f"{{{ATOM}}}name").text = title
    ET.SubElement(feed, f"{{{ATOM}}}generator").text = "frontline"
    for ch in days:
        day = ch.start.isoformat()
        entry = ET.SubElement(feed, f"{{{ATOM}}}entry")
        ET.SubElement(entry, f"{{{ATOM}}}title").text = (
            f"{format_day(ch.start)}: {len(ch.changed)} status change(s), {len(ch.new_claims)} new claim(s)")
        ET.SubElement(entry, f"{{{ATOM}}}id").text = f"urn:frontline:{slug}:day:{day}"
        ET.SubElement(entry, f"{{{ATOM}}}updated").text = _stamp(ch.end)
        ET.SubElement(entry, f"{{{ATOM}}}link", rel="alternate", type="text/html", href=f"index.html#{day}")
        ET.SubElement(entry, f"{{{ATOM}}}link", rel="related", type="text/html", href=f"changes/{day}.html")
        ET.SubElement(entry, f"{{{ATOM}}}summary").text = _summary(ch)
    return '<?xml version="1.0" encoding="utf-8"?>\n' + ET.tostring(feed, encoding="unicode") + "\n"
