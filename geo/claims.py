"""Places -> claims: who claims what about each place in an article, and when.

Rules, sentence by sentence (each claim records the cue that produced it):

* a *cue* (``captured``, ``held``, ``contested``, ``struck`` in :mod:`geo.lexicon.cues`) attaches to
  the place named right after it ("seized the village of Pobeda", and the rest of a list: "around
  Novomykhailivka and Krasnogorivka"), else to the place right before it ("Robotyne has been
  liberated");
* the *claimant* is the speaker of the sentence: an actor followed by a speech verb ("the Russian
  Defense Ministry assured"), "according to X", or a pronoun ("he said") standing for the last
  speaker; with no speaker the claim is the reporter's own narrative (``other``);
* a denial by the speaker turns a capture into ``held``; a withdrawal is a capture by the other side;
  "did not confirm the loss" is ``contested``;
* the event date is the date expression nearest the cue, else the publication date.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from geo.dates import find_dates
from geo.lexicon import cues as C
from geo.models import Article, Claim, Mention
from geo.sentences import Sentence, dateline_end, quote_text, split_sentences

_LIST_SEP = re.compile(r"^\s*(?:,|and|or|,\s*and|,\s*or)\s*$")
_FOLLOW_WINDOW = {"struck": 90, "contested": 60, "captured": 60, "held": 60}
_PRECEDE_WINDOW = 45
_KIND_PRIORITY = {"captured": 4, "held": 3, "struck": 2, "contested": 1}
_DENIAL = re.compile(r"\b(?:denied|denies|deny|dismissed|rejected|rejects|untrue|false|disputed|does not correspond|not lost)\b", re.I)


@dataclass
class _Actor:
    start: int
    end: int
    side: str
    label: str


def _actors(text: str) -> list[_Actor]:
    """Speakers in a sentence: actors followed by a speech verb, or after "according to"."""
    found: list[_Actor] = []
    for side, label, pattern in C.ACTOR_PATTERNS:
        for m in pattern.finditer(text):
            if any(a.start <= m.start() < a.end for a in found):
                continue
            after = text[m.end() : m.end() + 70]
            before = text[max(0, m.start() - 16) : m.start()]
            speech = C.SPEECH.search(after)
            quoted_speaker = re.match(r"^[^“”\"]{0,12}$", after[:12]) and re.search(r"[”\"],?\s*(?:\w+\s+){0,12}$", text[: m.start()])
            if "according to" in before.lower() or (speech and not re.search(r"[.;]", after[: speech.start()]) and speech.start() < 60) or quoted_speaker and speech:
                found.append(_Actor(m.start(), m.end(), side, label))
    return sorted(found, key=lambda a: a.start)


def _speaker_for(actors: list[_Actor], pos: int) -> _Actor | None:
    before = [a for a in actors if a.start < pos]
    if before:
        return before[-1]
    return actors[0] if actors else None


def _attach(text: str, cues: list[tuple[int, int, str, str]], places: list[Mention], base: int) -> dict[int, list]:
    """Map each place (by index) to the cues that govern it."""
    out: dict[int, list] = {}
    rel = [(m.start - base, m.end - base) for m in places]
    for cs, ce, kind, cue in cues:
        following = [i for i, (s, _) in enumerate(rel) if s >= ce and s - ce <= _FOLLOW_WINDOW[kind]]
        if following:
            first = following[0]
            chain = [first]
            for j in range(first + 1, len(rel)):
                if _LIST_SEP.match(text[rel[chain[-1]][1] : rel[j][0]]):
                    chain.append(j)
                else:
                    break
            for i in chain:
                out.setdefault(i, []).append((cs, ce, kind, cue))
            continue
        preceding = [i for i, (_, e) in enumerate(rel) if e <= cs and cs - e <= _PRECEDE_WINDOW]
        if preceding:
            out.setdefault(preceding[-1], []).append((cs, ce, kind, cue))
    return out


def _cues(text: str) -> list[tuple[int, int, str, str]]:
    found = []
    for m in C.WITHDRAWAL.finditer(text):
        found.append((m.start(), m.end(), "captured", m.group()))
    for kind, pattern in C.KIND_CUES.items():
        for m in pattern.finditer(text):
            if not any(s <= m.start() < e for s, e, _, _ in found):
                found.append((m.start(), m.end(), kind, m.group()))
    return sorted(found)


def _control(kind: str, cue: str, text: str, cue_start: int, claimant: str) -> str | None:
    if kind == "held":
        return claimant if claimant in ("RU", "UA") else ("UA" if C.UA_AGENT.search(text) else "RU")
    if kind != "captured":
        return None
    before = text[:cue_start]
    ru = [m.end() for m in C.RU_AGENT.finditer(before)]
    ua = [m.end() for m in C.UA_AGENT.finditer(before)]
    agent = None
    if ru or ua:
        agent = "RU" if (ru[-1] if ru else -1) > (ua[-1] if ua else -1) else "UA"
    if C.WITHDRAWAL.fullmatch(cue):
        return "RU" if agent in (None, "UA") else "UA"
    if agent:
        return agent
    return claimant if claimant in ("RU", "UA") else "RU"


def extract_claims(article: Article, mentions: list[Mention]) -> list[Claim]:
    """Every claim the article makes about a Ukrainian place, one per place, claimant and kind.

    :param article: the article (its publication date grounds relative dates).
    :param mentions: the article's resolved mentions (from :mod:`geo.mentions`).
    :returns: claims, in the order their first sentence appears.
    """
    claims: dict[tuple, Claim] = {}
    last_speaker: _Actor | None = None
    last_place: Mention | None = None
    for sent in split_sentences(article.text):
        text = sent.text
        places = [
            m for m in mentions
            if sent.start <= m.start < sent.end and m.resolved and m.geonameid
            and m.kind in ("settlement", "oblast") and not m.metonymic
        ]
        actors = _actors(text)
        pronoun = C.PRONOUN_SPEAKER.search(text)
        cues = _cues(text)
        attached = _attach(text, cues, places, sent.start)
        if not places and last_place is not None and C.ANAPHORA.search(text):
            attached, places = _coref(text, cues, last_place)
        for i, m in enumerate(places):
            governing = attached.get(i)
            if not governing:
                continue
            pos = m.start - sent.start if m.start >= sent.start else 0
            speaker = _speaker_for(actors, pos)
            if speaker is None and pronoun and last_speaker is not None:
                speaker = last_speaker
            claimant, label = (speaker.side, speaker.label) if speaker else ("other", article.source or "reporter")
            _add(claims, article, sent, m, claimant, label, governing, text, coref=m.start < sent.start)
            if C.REPORTED_RU_CLAIM.search(text) and claimant != "RU" and any(k == "captured" for *_, k, _ in governing):
                cap = [g for g in governing if g[2] == "captured"]
                _add(claims, article, sent, m, "RU", "Russian officials", cap, text, force="captured")
        if actors:
            last_speaker = actors[-1]
        settled = [m for m in places if m.kind == "settlement" and m.start >= sent.start]
        if settled:
            last_place = settled[-1]
    return list(claims.values())


def _coref(text, cues, last_place: Mention):
    """A sentence about "the village" with a capture/hold cue: it speaks of the last place named."""
    keep = [c for c in cues if c[2] in ("captured", "held")]
    return ({0: keep} if keep else {}), [last_place]


def _add(claims, article, sent: Sentence, m: Mention, claimant, label, governing, text, *, coref=False, force=None):
    denial = _DENIAL.search(text)
    kinds = {k for *_, k, _ in governing}
    cs, ce, kind, cue = max(governing, key=lambda g: _KIND_PRIORITY[g[2]])
    if force:
        kind = force
    elif kind == "captured" and denial and claimant in ("UA", "RU") and not C.WITHDRAWAL.fullmatch(cue):
        kind, cue = "held", denial.group()
    elif kind == "captured" and C.NEGATED_CAPTURE.search(text[max(0, cs - 45) : cs]):
        kind = "contested"
    if m.kind == "oblast" and kind != "struck":
        return
    if kind == "struck" and "struck" not in kinds:
        return
    control = _control(kind, cue, text, cs, claimant)
    dr = _date_for(text, article, cs)
    key = (m.geonameid, claimant, kind)
    quote = quote_text(text)
    conf = round(min(1.0, (0.8 if claimant != "other" or "according" in text.lower() else 0.7) * max(m.confidence, 0.5)), 3)
    if key in claims:
        old = claims[key]
        old.date_from, old.date_to = min(old.date_from, dr.date_from), max(old.date_to, dr.date_to)
        return
    claims[key] = Claim(
        geonameid=m.geonameid, place=m.name, surface=m.surface, claimant=claimant, claimant_label=label,
        kind=kind, control=control, date_from=dr.date_from, date_to=dr.date_to, precision=dr.precision,
        date_phrase=dr.phrase, quote=quote, cue=cue, confidence=conf, place_kind=m.kind, coref=coref,
        lat=m.lat, lon=m.lon, mention_start=m.start, mention_end=m.end,
    )


def _date_for(text: str, article: Article, cue_start: int):
    from geo.models import DateRange

    skip = dateline_end(text)
    found = [(s, e, dr) for s, e, dr in find_dates(text, article.published) if s >= skip and dr.date_to <= article.published]
    if not found:
        return DateRange(article.published, article.published, "day", "")
    s, e, dr = min(found, key=lambda t: min(abs(t[0] - cue_start), abs(t[1] - cue_start)))
    return dr
