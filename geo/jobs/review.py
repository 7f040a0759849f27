"""Review: a journalist assigns the right place to a mention (by geonameid or by name), rejects a
claim or takes a correction back; corrections are kept apart in the store and survive re-ingest."""

from __future__ import annotations

from geo.errors import NotFound
from geo.places.gazetteer import Gazetteer
from geo.places.geocoder import GazetteerGeocoder
from geo.store.listing import format_mentions
from geo.store.sqlite import Store

_KINDS = {"settlement": "settlement", "oblast": "oblast", "raion": "raion", "water": "river"}


def assign_place(store: Store, gazetteer: Gazetteer, mention_id: int, place: str | int, *, note: str = "") -> dict:
    """Assign a place to a mention; the correction survives re-ingest and rebuilds.

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
    confidence is below ``below``; in article and text order."""
    rows = {r["mention_id"]: r for r in store.mentions(unresolved=True)}
    rows.update({r["mention_id"]: r for r in store.mentions(below=below) if r["kind"] != "foreign"})
    return sorted(rows.values(), key=lambda r: (r.get("article_key", ""), r["start"]))


def review_listing(store: Store, below: float = 0.7) -> str:
    """The mentions to review, as the terminal table."""
    return format_mentions(mentions_to_review(store, below))


def reject_claim(store: Store, claim_id: int, *, reason: str = "") -> dict:
    """Reject a claim: hidden from listings, exports and the site; the correction survives re-ingest."""
    return store.reject_claim(claim_id, reason=reason)


def undo_correction(store: Store, correction_id: int) -> None:
    """Take a correction back."""
    store.undo_correction(correction_id)


def corrections(store: Store) -> list[dict]:
    """Every correction made so far, oldest first."""
    return store.corrections()
