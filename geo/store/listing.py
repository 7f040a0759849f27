"""Text renderings of claims and mentions for the terminal (table, csv, json, geojson)."""

from __future__ import annotations

import io
import json

from geo.store.csvsafe import SafeWriter


GEONAMES_CREDIT = "Place names and coordinates: GeoNames (geonames.org), CC BY 4.0"
TABLE_COLUMNS = ("claim_id", "date_from", "date_to", "place", "claimant", "claimant_label", "kind", "control", "cue", "confidence")


def format_claims(rows: list[dict], fmt: str = "table") -> str:
    """Claims as text in one of: table, csv, json, geojson."""
    if fmt == "json":
        return json.dumps(rows, ensure_ascii=False, indent=1) + "\n"
    if fmt == "geojson":
        features = [
            {"type": "Feature", "geometry": {"type": "Point", "coordinates": [r["lon"], r["lat"]]} if r.get("lat") is not None else None,
             "properties": {k: v for k, v in r.items() if k not in ("lat", "lon")}}
            for r in rows
        ]
        return json.dumps({"type": "FeatureCollection", "attribution": GEONAMES_CREDIT, "features": features}, ensure_ascii=False) + "\n"
    if fmt == "csv":
        buf = io.StringIO()
        if rows:  # text a spreadsheet would run as a formula is neutralised
            columns = list(rows[0])
            writer = SafeWriter(buf)
            writer.writerow(columns)
            writer.writerows([r.get(c) for c in columns] for r in rows)
        return buf.getvalue()
    if not rows:
        return "No claims.\n"
    lines = ["\t".join(TABLE_COLUMNS)]
    for r in rows:
        lines.append("\t".join("" if r.get(c) is None else str(r.get(c)) for c in TABLE_COLUMNS))
    return "\n".join(lines) + "\n"


def format_mentions(rows: list[dict]) -> str:
    """Mentions to review: id, surface, article, confidence and the top candidates."""
    if not rows:
        return "Nothing to review.\n"
    out = ["mention_id\tsurface\tresolved_to\tconfidence\tarticle\tcandidates"]
    for r in rows:
        cands = r.get("candidates") or []
        if isinstance(cands, str):
            cands = json.loads(cands)
        shown = "; ".join(f"{c['geonameid']} {c['name']} ({c.get('admin1', '')})" for c in cands[:4])
        out.append(f"{r.get('mention_id', r.get('id'))}\t{r['surface']}\t{r.get('name') or '-'}\t{r.get('confidence', 0):.2f}\t{r.get('article_key', '')}\t{shown}")
    return "\n".join(out) + "\n"
