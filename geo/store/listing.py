"""Text renderings of claims and mentions for the terminal (table, csv, json, geojson), and the
review list."""

from __future__ import annotations

import json
import shlex
import textwrap

from geo.tables import ATTRIBUTION, CLAIM_CSV_COLUMNS, csv_table

QUOTE_CHARS = 240  # a waiting claim's quote is cut there in the review list
TABLE_COLUMNS = ("claim_id", "date_from", "date_to", "place", "claimant", "claimant_label", "kind", "control", "cue", "confidence")


def waiting_reason(row: dict) -> str:
    """Why a claim row waits for review: ``pending`` (its name has no place yet), its hold
    (``low``, ``extraordinary``) when no person approved it, or ``""`` (published)."""
    if row.get("geonameid") is None:
        return "pending"
    return "" if row.get("approved") else (row.get("hold") or "")


def format_claims(rows: list[dict], fmt: str = "table", *, waits: bool = False) -> str:
    """Claims as text in one of: table, csv, json, geojson.

    :param waits: add a ``waits`` column to the table (why a claim waits for review).
    """
    if fmt == "json":
        return json.dumps(rows, ensure_ascii=False, indent=1) + "\n"
    if fmt == "geojson":
        features = [
            {"type": "Feature", "geometry": {"type": "Point", "coordinates": [r["lon"], r["lat"]]} if r.get("lat") is not None else None,
             "properties": {k: v for k, v in r.items() if k not in ("lat", "lon")}}
            for r in rows
        ]
        return json.dumps({"type": "FeatureCollection", "attribution": ATTRIBUTION, "features": features}, ensure_ascii=False) + "\n"
    if fmt == "csv":  # the claim table of every export (geo.tables): fixed columns, formula-safe, the credit
        return csv_table(rows, CLAIM_CSV_COLUMNS)
    if not rows:
        return "No claims.\n"
    lines = ["\t".join(TABLE_COLUMNS + (("waits",) if waits else ()))]
    for r in rows:
        cells = ["" if r.get(c) is None else str(r.get(c)) for c in TABLE_COLUMNS]
        lines.append("\t".join(cells + ([waiting_reason(r)] if waits else [])))
    return "\n".join(lines) + "\n"


def _when(date_from: str, date_to: str) -> str:
    return date_to if date_from == date_to else f"{date_from}..{date_to}"


def _review_block(item: dict, width: int) -> list[str]:
    name, article, place = item["name"], item["article"], item["place"]
    mention = f"mention {item['mention_id']}" if item["mention_id"] is not None else "no mention"
    if item["occurrences"] > 1:
        mention += f" (named {item['occurrences']} times)"
    if place is None:
        status = "unresolved"
    elif place.get("assigned"):
        status = f"assigned {place['name']} ({place['geonameid']})"
    else:
        status = f"resolved to {place['name']} ({place['geonameid']}), confidence {place['confidence']:.2f}"
    out = [f"{name}  ·  {status}  ·  {mention}",
           f"  in {article['title'] or article['key']!r}, {article['published']}"]
    if item["sentence"]:
        out += textwrap.wrap(f"“{item['sentence']}”", width, initial_indent="  ", subsequent_indent="   ")
    if item["candidates"]:
        out.append("  candidates (* chosen), and the nearest other place the article names:")
        for c in item["candidates"]:
            where = f"{c['name']} ({c['oblast'] or '?'})"
            near = f"{c['km']:>5} km from {c['nearest']}" if c["km"] is not None else "    - (no other place)"
            out.append(f"  {'*' if c['chosen'] else ' '} {c['geonameid']:>8}  {where:<38} {near}")
    if item["claims"]:
        out.append("  claims waiting:")
        for c in item["claims"]:
            control = f", control {c['control']}" if c["control"] else ""
            out.append(f"    #{c['claim_id']:<5} {c['waits']:<13} {c['claimant']} {c['kind']}{control} · "
                       f"{_when(c['date_from'], c['date_to'])} · {c['claimant_label'] or '-'} · "
                       f"confidence {c['confidence']:.2f}")
            quote = " ".join((c["quote"] or "").split())
            if quote and quote != item["sentence"]:
                quote = quote if len(quote) <= QUOTE_CHARS else quote[:QUOTE_CHARS - 2].rstrip() + " …"
                out += textwrap.wrap(f"“{quote}”", width, initial_indent="           ", subsequent_indent="            ")
    todo = []
    if item["doubtful"]:
        if item["mention_id"] is not None:
            todo.append(f"assign {item['mention_id']} GEONAMEID")
        todo.append(f"dismiss {shlex.quote(name)}")
    for c in item["claims"]:
        if c["waits"] != "pending":
            todo.append(f"approve {c['claim_id']}")
        todo.append(f"reject {c['claim_id']}")
    if todo:
        out.append("  -> frontline review " + " | ".join(todo))
    return out


def format_review(items: list[dict], width: int = 92) -> str:
    """What waits for review (see :func:`geo.jobs.review.review_items`): a heading, then a block
    per name and article: the name and what it resolved to, the article, the sentence, the
    candidates with their distance to the article's nearest other place, the claims that wait
    and the commands that settle them."""
    if not items:
        return "Nothing to review.\n"
    articles = len({i["article"]["id"] for i in items})
    claims = sum(len(i["claims"]) for i in items)
    out = [f"{len(items)} name(s) to review in {articles} article(s); {claims} claim(s) wait for review."]
    for item in items:
        out += [""] + _review_block(item, width)
    return "\n".join(out) + "\n"
