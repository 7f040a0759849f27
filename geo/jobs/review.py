"""Review: the loop a journalist works through.

``review list`` gathers what waits for a person, one item per name and article: names left
unresolved or resolved with low confidence (with their candidates and how far each lies from the
other places the article names), and the claims that wait (held as too weak or extraordinary, or
pending on an unresolved name). A journalist assigns the right place to a mention, dismisses a
name that is no Ukrainian place, approves or rejects a claim, or takes a correction back;
corrections are kept apart in the store and survive re-ingest.
"""

from __future__ import annotations

from geo.errors import NotFound
from geo.places.gazetteer import Gazetteer, distance_km
from geo.places.geocoder import GazetteerGeocoder
from geo.reading.sentences import split_sentences
from geo.store.listing import format_review, waiting_reason
from geo.store.sqlite import Store

_KINDS = {"settlement": "settlement", "oblast": "oblast", "raion": "raion", "water": "river"}
SHOWN_CANDIDATES = 5
SENTENCE_CHARS = 220  # a longer sentence is trimmed around the name


def assign_place(store: Store, gazetteer: Gazetteer, mention_id: int, place: str | int, *, note: str = "") -> dict:
    """Assign a place to a mention; the correction survives re-ingest and rebuilds. The claims
    made from the mention's name in that article are approved with it (a person chose the place).

    :param place: a geonameid, or a name that resolves unambiguously.
    :raises NotFound: the place is unknown or ambiguous (the message lists candidates).
    """
    if str(place).isdigit():
        found = gazetteer.places.get(int(place))
        if found is None:
            raise NotFound(f"{place}: no such geonameid in the gazetteer")
    else:
        res = GazetteerGeocoder(gazetteer).resolve(str(place), kinds=("settlement", "oblast", "raion", "water"))
        if not res.resolved:
            options = ", ".join(f"{c.geonameid} {c.name} ({c.admin1})" for c in res.candidates[:5])
            raise NotFound(f"{place}: ambiguous or unknown; give a geonameid" + (f" ({options})" if options else ""))
        found = gazetteer.places[res.candidates[0].geonameid]
    return store.assign_mention(
        mention_id, geonameid=found.geonameid, name=found.name, lat=found.lat, lon=found.lon,
        kind=_KINDS.get(found.kind, "settlement"), note=note,
    )


def mentions_to_review(store: Store, below: float = 0.7) -> list[dict]:
    """Mentions a journalist should look at: every unresolved one, and resolved ones whose
    confidence is below ``below``; not those of a dismissed name; in article and text order."""
    rows = {r["mention_id"]: r for r in store.mentions(unresolved=True)}
    rows.update({r["mention_id"]: r for r in store.mentions(below=below) if r["kind"] != "foreign"})
    return sorted((r for r in rows.values() if not r["dismissed"]),
                  key=lambda r: (r.get("article_key", ""), r["start"]))


def _sentence(text: str | None, start: int, end: int) -> str:
    """The sentence holding ``text[start:end]``, trimmed around it when long; "" without text."""
    if not text:
        return ""
    s = next((s for s in split_sentences(text) if s.start <= start < s.end), None)
    if s is None:
        return text[start:end]
    if len(s.text) <= SENTENCE_CHARS:
        return " ".join(s.text.split())
    room = max(0, (SENTENCE_CHARS - (end - start)) // 2)
    a, b = max(s.start, start - room), min(s.end, end + room)
    return ("… " if a > s.start else "") + " ".join(text[a:b].split()) + (" …" if b < s.end else "")


def _candidates(mention: dict, others: list[dict]) -> list[dict]:
    """The mention's candidates (named as reporting writes them where known), each with the nearest of
    the article's other resolved places."""
    out = []
    for c in (mention.get("candidates") or [])[:SHOWN_CANDIDATES]:
        near = [(distance_km(c["lat"], c["lon"], o["lat"], o["lon"]), o["name"]) for o in others
                if o["geonameid"] != c["geonameid"]]
        km, name = min(near) if near else (None, None)
        out.append({"geonameid": c["geonameid"], "name": c.get("display_name") or c["name"],
                    "oblast": c.get("admin1", ""), "raion": c.get("admin2", ""),
                    "chosen": c["geonameid"] == mention.get("geonameid"),
                    "km": None if km is None else round(km), "nearest": name})
    return out


def _claim_item(c: dict) -> dict:
    return {"claim_id": c["claim_id"], "waits": waiting_reason(c), "claimant": c["claimant"],
            "claimant_label": c["claimant_label"], "kind": c["kind"], "control": c["control"],
            "date_from": c["date_from"], "date_to": c["date_to"], "confidence": c["confidence"],
            "quote": c["quote"]}


def review_items(store: Store, below: float = 0.7) -> list[dict]:
    """What waits for review, one item per name and article, in article and text order.

    An item is there when the name is unresolved or resolved below ``below`` (a dismissed name
    never is), or when a claim made from it waits (``hold`` not approved, or pending).

    :returns: dicts: ``name``, ``article`` (``id``, ``key``, ``title``, ``published``),
        ``doubtful`` (the name itself is unresolved or unsure, not only its claims),
        ``mention_id`` (the one to assign; it assigns every mention of the name in the
        article), ``occurrences``, ``status`` (``unresolved``, ``resolved``), ``place``
        (``geonameid``, ``name``, ``confidence``, or None), ``sentence`` (where the name first
        occurs), ``candidates`` (``geonameid``, ``name``, ``oblast``, ``raion``, ``chosen``,
        ``km`` and ``nearest``: the distance to the nearest other settlement the article
        resolved) and ``claims`` (the waiting ones: ``claim_id``, ``waits``, ``claimant``,
        ``claimant_label``, ``kind``, ``control``, dates, ``confidence``, ``quote``).
    """
    names: dict[str, dict[str, list[dict]]] = {}  # article id -> name -> its waiting claims
    doubtful = set()
    for m in mentions_to_review(store, below):
        names.setdefault(m["article_id"], {}).setdefault(m["surface"], [])
        doubtful.add((m["article_id"], m["surface"]))
    for c in store.claims(include_waiting=True):
        if waiting_reason(c):
            names.setdefault(c["article_id"], {}).setdefault(c["surface"], []).append(c)
    articles = {a["id"]: a for a in store.articles() if a["id"] in names}
    texts = store.article_texts(articles)
    items = []
    for article_id, a in articles.items():
        mentions = store.mentions(article=article_id)
        places = [m for m in mentions if m["resolved"] and m["kind"] == "settlement" and m["lat"] is not None]
        for name, claims in names[article_id].items():
            own = [m for m in mentions if m["surface"] == name]
            text = texts.get(article_id) or ""
            # where the name is first used in the body, rather than in the headline above it
            headline = len(a["title"]) if a["title"] and text.startswith(a["title"]) else 0
            first = next((m for m in own if m["start"] >= headline), own[0]) if own else None
            others = [p for p in places if p["surface"] != name]
            sentence = _sentence(text, first["start"], first["end"]) if first else ""
            items.append({
                "name": name,
                "doubtful": (article_id, name) in doubtful,
                "article": {"id": a["id"], "key": a["key"], "title": a["title"], "published": a["published"]},
                "mention_id": first["mention_id"] if first else None,
                "occurrences": len(own),
                "status": "resolved" if first and first["resolved"] else "unresolved",
                "place": ({"geonameid": first["geonameid"], "name": first["name"], "confidence": first["confidence"],
                           "assigned": first["corrected"]} if first and first["resolved"] else None),
                "sentence": sentence or (claims[0]["quote"] if claims else ""),
                "candidates": _candidates(first, others) if first else [],
                "claims": [_claim_item(c) for c in sorted(claims, key=lambda c: c["claim_id"])],
                "_order": (a["published"], a["key"], first["start"] if first else -1),
            })
    items.sort(key=lambda i: i.pop("_order"))
    return items


def review_listing(store: Store, below: float = 0.7) -> str:
    """What waits for review, as blocks for the terminal (one per name and article)."""
    return format_review(review_items(store, below))


def reject_claim(store: Store, claim_id: int, *, reason: str = "") -> dict:
    """Reject a claim: hidden from listings, exports and the site; the correction survives re-ingest."""
    return store.reject_claim(claim_id, reason=reason)


def approve_claim(store: Store, claim_id: int, *, note: str = "") -> dict:
    """Publish a claim that waits for review; the approval survives re-ingest.

    :raises NotFound: no such claim. :raises InputError: its name has no place yet (assign one).
    """
    return store.approve_claim(claim_id, note=note)


def dismiss_name(store: Store, name: str, *, reason: str = "") -> dict:
    """Dismiss a name that is no Ukrainian place, in every article (also later ones): its
    mentions leave the review list and its claims are hidden; ``review undo`` takes it back."""
    return store.dismiss_name(name, reason=reason)


def undo_correction(store: Store, correction_id: int) -> None:
    """Take a correction back."""
    store.undo_correction(correction_id)


def corrections(store: Store) -> list[dict]:
    """Every correction made so far, oldest first."""
    return store.corrections()
