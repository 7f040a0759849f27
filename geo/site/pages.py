"""Timeline -> the static change pages and the downloads (CSV, GeoJSON, sources). Pure.

Every function returns text; :mod:`geo.site.build` writes it. Article text is escaped with
``html.escape`` before it reaches any page.
"""

from __future__ import annotations

import hashlib
import json
import pickle
import re
from datetime import timedelta
from html import escape

from geo.site.payload import according_to, article_sources, claim_phrase
from geo.site.timeline import STATUS_LABELS, Changes, Timeline, TimedClaim, format_day
from geo.tables import CLAIM_CSV_COLUMNS, PLACE_COLUMNS, csv_header, csv_rows, csv_table, safe_cell

PAGE_VERSION = "3"  # bump when the page layout changes, so incremental builds redo every page
# claims.csv and claims.geojson: the columns of every claim table (geo.tables), then what the site adds.
SITE_COLUMNS = ("effective_date", "event_date_label", "control_check")
CLAIMS_CSV_COLUMNS = (*CLAIM_CSV_COLUMNS, *SITE_COLUMNS)
GEONAMES_TEXT = ("Place names and positions: GeoNames (https://www.geonames.org/), "
                 "licensed CC BY 4.0 (https://creativecommons.org/licenses/by/4.0/).")
NOT_VERIFIED = "Claims as reported by each side; not verified."


def _txt_cell(value) -> str:
    """A cell of sources.txt's tab-separated lines: on one line, no tab, no formula."""
    text = str(value or "")
    if "\t" in text or "\r" in text or "\n" in text:
        text = re.sub(r"[\t\r\n]+", " ", text)
    return str(safe_cell(text.strip()))


def _status(s) -> str:
    return STATUS_LABELS.get(s, "no claim")


def _link(url: str, text: str) -> str:
    if url and url.lower().startswith(("http://", "https://")):
        return f'<a href="{escape(url)}" rel="noopener noreferrer">{escape(text)}</a>'
    return escape(text)


def claim_html(c: TimedClaim, checks: dict | None = None, *, with_place: bool = True, places=None,
               memo: dict | None = None) -> str:
    """One claim as escaped HTML: who, when, what, the quote and its source.

    :param c: the claim.
    :param checks: ``{claim_id: verdict}`` from the control overlay.
    :param with_place: start with the place name.
    :param places: ``Timeline.places`` (for the place name).
    :param memo: a dict kept across calls: a claim shown on several pages is rendered once.
    :returns: HTML text.
    """
    if memo is not None:
        key = (c.claim_id, bool(places and with_place))
        html = memo.get(key)
        if html is None:
            html = memo[key] = claim_html(c, checks, with_place=with_place, places=places)
        return html
    r = c.row
    place = escape(places[c.geonameid].label) if places and with_place else ""
    what = claim_phrase(c.kind, c.control, r.get("place_kind"))  # a strike on an oblast: somewhere in it
    head = (f"<b>{place}</b>: " if place else "") + escape(
        f"according to {according_to(c.claimant_label, c.claimant)}, {c.event_label}: {what}")
    quote = f"<blockquote>\u201c{escape(r.get('quote') or '')}\u201d</blockquote>" if r.get("quote") else " "
    pub = format_day(c.published) if c.published else "unknown date"
    src = _link(r.get("url") or "", r.get("source") or r.get("title") or "article")
    check = (checks or {}).get(c.claim_id)
    extra = f" &middot; assessed control: {escape(check)}" if check else ""
    return f"{head}{quote}Source: {src}, published {escape(pub)}{extra}"


def _page(title: str, body: str, back: str = "") -> str:
    return ("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
            "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
            "<meta name=\"referrer\" content=\"no-referrer\">"
            f"<title>{escape(title)}</title><link rel=\"stylesheet\" href=\"../lib/frontline/frontline.css\"></head>"
            f"<body class=\"fl-page\">{back}<h1>{escape(title)}</h1><p>{escape(NOT_VERIFIED)}</p>{body}"
            f"<footer><p>{escape(GEONAMES_TEXT)}</p><p>Sources of the articles: see "
            "<a href=\"../sources.txt\">sources.txt</a>; data: <a href=\"../claims.csv\">claims.csv</a>, "
            "<a href=\"../claims.geojson\">claims.geojson</a>.</p></footer></body></html>\n")


def changes_html(timeline: Timeline, ch: Changes, *, title: str, checks: dict | None = None,
                 memo: dict | None = None) -> str:
    """A static page for one day's or week's changes.

    :param timeline: the claims.
    :param ch: from :meth:`Timeline.changes_on` or :meth:`Timeline.changes_in_week`.
    :param title: site title.
    :param checks: ``{claim_id: verdict}`` or ``None``.
    :param memo: shared by the pages of one build, so each claim is rendered once (see :func:`claim_html`).
    :returns: HTML text.
    """
    period = format_day(ch.start) if ch.start == ch.end else f"week of {format_day(ch.start)} to {format_day(ch.end)}"
    back = (f'<p><a href="index.html">All days and weeks</a> &middot; '
            f'<a href="../index.html#{ch.end.isoformat()}">Map as of {escape(format_day(ch.end))}</a></p>')
    parts = [f"<h2>Claimed status changed ({len(ch.changed)})</h2><ul>"]
    parts += [f"<li><b>{escape(s.place)}</b>: {escape(_status(s.before))} \u2192 {escape(_status(s.after))}</li>"
              for s in ch.changed]
    parts.append(f"</ul><h2>Contradicted by another claimant ({len(ch.contradictions)})</h2><ul>")
    parts += [f"<li>{claim_html(x.claim, checks, places=timeline.places, memo=memo)}<br>contradicts: "
              f"{claim_html(x.against, checks, with_place=False, memo=memo)}</li>" for x in ch.contradictions]
    parts.append(f"</ul><h2>New claims ({len(ch.new_claims)})</h2><ol>")
    parts += [f"<li>{claim_html(c, checks, places=timeline.places, memo=memo)}</li>" for c in reversed(ch.new_claims)]
    parts.append("</ol>")
    return _page(f"{title}: claims, {period}", "".join(parts), back)


def changes_key(ch: Changes, *, title: str, checks: dict | None = None, basis: str | None = None) -> str:
    """A digest of everything a change page shows, to reuse an unchanged page without rendering it.

    :param ch: the changes.
    :param title: site title.
    :param checks: ``{claim_id: verdict}`` or ``None``.
    :param basis: a digest that already covers every row the page shows and the claims they
        contradict (the key of the week's data file, :func:`geo.site.payload.chunk_key`); without
        it the rows are digested here.
    :returns: hex digest.
    """
    checks = checks or {}
    h = hashlib.sha256(f"{PAGE_VERSION}|{title}|{ch.start}|{ch.end}".encode())
    h.update(repr([(s.geonameid, s.place, s.before, s.after) for s in ch.changed]).encode())
    h.update(repr([x.claim.claim_id for x in ch.contradictions]).encode())
    if basis is not None:
        h.update(basis.encode())
    else:
        claims = list(ch.new_claims) + [x.against for x in ch.contradictions]
        # One pickle of the rows shown (see payload.chunk_key): equal rows pickle alike.
        h.update(pickle.dumps(([c.row for c in claims], [checks.get(c.claim_id) for c in claims] if checks else None), 5))
    return h.hexdigest()


def changes_index_html(timeline: Timeline, *, title: str) -> str:
    """The index of change pages: weeks newest first, each with its days.

    :param timeline: the claims.
    :param title: site title.
    :returns: HTML text.
    """
    days = timeline.active_days()
    parts = []
    for mon in reversed(timeline.active_weeks()):
        week = [d for d in days if mon <= d <= mon + timedelta(days=6)]
        parts.append(f'<h2><a href="week-{mon.isoformat()}.html">Week of {escape(format_day(mon))}</a></h2><ul>')
        for d in reversed(week):
            n = len(timeline.claims_between(d, d))
            parts.append(f'<li><a href="{d.isoformat()}.html">{escape(format_day(d))}</a>: {n} claim(s) '
                         f'&middot; <a href="../index.html#{d.isoformat()}">map</a></li>')
        parts.append("</ul>")
    back = '<p><a href="../index.html">Map</a></p>'
    return _page(f"{title}: changes by day and week", "".join(parts) or "<p>No claims yet.</p>", back)


def claims_csv_header() -> str:
    """The header line of claims.csv: :data:`CLAIMS_CSV_COLUMNS` and the credit, whatever the claims."""
    return csv_header(CLAIMS_CSV_COLUMNS)


def claims_csv_rows(claims, checks: dict | None = None) -> str:
    """Claims as lines of claims.csv (no header): the columns of every claim table
    (:data:`geo.tables.CLAIM_CSV_COLUMNS`) plus the effective date, the event date label and the
    control check, then the credit; formula-safe (:func:`geo.tables.csv_rows`).

    :param claims: :class:`~geo.site.timeline.TimedClaim` s, in the order they are listed.
    :param checks: ``{claim_id: verdict}`` or ``None``.
    :returns: CSV text.
    """
    checks = checks or {}
    return csv_rows(({**c.row, "effective_date": c.effective.isoformat(), "event_date_label": c.event_label,
                      "control_check": checks.get(c.claim_id)} for c in claims), CLAIMS_CSV_COLUMNS)


def claims_csv(timeline: Timeline, checks: dict | None = None) -> str:
    """Every claim as CSV (see :func:`claims_csv_rows`), with its header.

    :param timeline: the claims.
    :param checks: ``{claim_id: verdict}`` or ``None``.
    :returns: CSV text.
    """
    return claims_csv_header() + claims_csv_rows(timeline.claims, checks)


def claims_geojson_features(claims, checks: dict | None = None) -> str:
    """Claims as GeoJSON point features at their GeoNames positions, comma-separated (no brackets).

    :param claims: :class:`~geo.site.timeline.TimedClaim` s.
    :param checks: ``{claim_id: verdict}`` or ``None``.
    :returns: JSON text of the features, joined by commas.
    """
    checks = checks or {}
    out = []
    for c in claims:
        props = {k: c.row.get(k) for k in CLAIM_CSV_COLUMNS if k not in ("lat", "lon")}
        props.update(effective_date=c.effective.isoformat(), event_date_label=c.event_label,
                     control_check=checks.get(c.claim_id) or None)
        out.append(json.dumps({"type": "Feature", "properties": props, "geometry": {
            "type": "Point", "coordinates": [float(c.row["lon"]), float(c.row["lat"])]}}, ensure_ascii=False, default=str))
    return ",".join(out)


def claims_geojson_frame(timeline: Timeline, *, control=None) -> tuple:
    """What surrounds the features of claims.geojson: ``(head, tail)``, the credits on top."""
    doc = {
        "type": "FeatureCollection", "name": "frontline claims",
        "as_of": timeline.as_of.isoformat() if timeline.as_of else None,
        "note": NOT_VERIFIED, "attribution": GEONAMES_TEXT,
        "sources": [{"source": s, "articles": n} for s, n in article_sources(timeline)],
        "control_sources": control.sources if control is not None else [],
        "features": [],
    }
    text = json.dumps(doc, ensure_ascii=False, default=str)
    cut = text.rindex("[]") + 1
    return text[:cut], text[cut:]


def claims_geojson(timeline: Timeline, checks: dict | None = None, *, control=None) -> str:
    """Every claim as a GeoJSON point at its GeoNames position, with the credits on top.

    :param timeline: the claims.
    :param checks: ``{claim_id: verdict}`` or ``None``.
    :param control: the control overlay (its provider is credited), or ``None``.
    :returns: GeoJSON text.
    """
    head, tail = claims_geojson_frame(timeline, control=control)
    return head + claims_geojson_features(timeline.claims, checks) + tail


def sources_txt(timeline: Timeline, *, title: str, control=None) -> str:
    """Credits and the list of articles, for the downloads.

    :param timeline: the claims.
    :param title: site title.
    :param control: the control overlay or ``None``.
    :returns: plain text.
    """
    as_of = timeline.as_of.isoformat() if timeline.as_of else "no claims"
    lines = [f"{title}: claims as of {as_of}", NOT_VERIFIED, "", GEONAMES_TEXT]
    if control is not None:
        dates = [a.date.isoformat() for a in control.assessments]
        lines.append(f"Assessed control overlay: {', '.join(control.sources)} (assessments {dates[0]} to {dates[-1]}).")
    lines += ["", "Articles by source:"] + [f"  {_txt_cell(s)} ({n})" for s, n in article_sources(timeline)]
    lines += ["", "Articles (published, source, title, url):"]
    seen = set()
    for c in timeline.claims:
        key = (c.row.get("article_id"), c.row.get("url"))
        if key in seen:
            continue
        seen.add(key)
        pub = c.published.isoformat() if c.published else ""
        lines.append("  " + "\t".join(_txt_cell(x) for x in (pub, c.row.get("source"), c.row.get("title"), c.row.get("url"))))
    return "\n".join(lines) + "\n"


def places_csv(rows: list[dict]) -> str:
    """``places.csv``: one row per place with its latest claimed status (for a locator-map tool), the
    same table as ``frontline export --places`` (:data:`geo.tables.PLACE_COLUMNS`, formula-safe, the
    GeoNames credit as a column).

    :param rows: from :func:`geo.site.latest.place_rows`.
    """
    return csv_table(rows, PLACE_COLUMNS)
