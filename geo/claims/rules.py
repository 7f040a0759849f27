"""Places -> claims: who claims what about each place in an article, and when.

Rules, sentence by sentence (each claim records the cue that produced it):

* a *cue* (``captured``, ``held``, ``contested``, ``struck`` in :mod:`geo.claims.cues`) attaches to
  the place named right after it and the rest of its list ("seized the village of Pobeda", "around
  Novomykhailivka and Krasnogorivka"); fighting cues only through a preposition ("attacks near X",
  not "pushed artillery further from X"); else to an anaphor right after it ("liberated the town",
  "advanced into it"), to the place a sentence opens with ("In Nikopol, ... artillery killed"), to
  the subject of a passive ("Kupyansk, ..., was taken"), or to the place right before it;
* places that only locate something else are skipped: landmarks ("5 km west of X"), modifiers
  ("the Avdiivka front"), and oblasts unless struck with no more precise place ("X, in the Y region");
* the *claimant* is the speaker whose scope holds the cue (:mod:`geo.claims.attribution`); a relative clause
  ("X, which Ukraine won back in 2022") speaks with its own voice, the reporter's by default;
  the headline's unattributed words are a summary, not a claim;
* kinds: a denial by the speaker turns a capture into ``held``; a withdrawal or admitted loss is a
  capture by the other side; an unconfirmed capture ("did not confirm the loss", "stopped short of
  saying") or a partial one ("entered the outskirts") is ``contested``; an attempt is no claim;
* "Ukraine's military disputed the claim" is a ``held`` answer to the captures just claimed;
* dates: :mod:`geo.claims.event_dates`.

The steps live in their own modules: :mod:`geo.claims.attach` (cue -> places), :mod:`geo.claims.kinds`
(kind and control), :mod:`geo.claims.voices` (who asserts a hit); this one runs them over an article.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, replace
from datetime import timedelta

from geo.claims import cues as C
from geo.claims.attach import _AND_THEN, _ATTACK, _COMPASS, _attach, _counted_places, _cues, _landmark, _relatives
from geo.claims.attribution import Attributor, Speaker
from geo.claims.calibration import features, probability
from geo.claims.event_dates import DateContext, counted_back
from geo.claims.hits import _Hit, _State, _population
from geo.claims.kinds import _OUTSKIRTS_AFTER, _agent, _area_gain, _control, _flag_short_of_control, _kind
from geo.claims.voices import RECAP_EARLIER, RECAP_LINE, _RELAY_ON, _answers, _claimants, _quote_spans, _quoted_speaker, _reported_after, _source_lines
from geo.models import Article, Claim, Mention
from geo.reading.coherence import mentions_km
from geo.reading.outlets import outlet_side
from geo.reading.sentences import BULLET_MARKS, dateline_end, opens_entry, page_furniture, quote_text, split_sentences

_PRIORITY = {"held": 4, "captured": 3, "struck": 2, "contested": 1}  # a denial beats the capture it denies
# damage told in an attack's sentence ("hydraulic structures were damaged"), with no fight told (combat words, or the
# General Staff's "near X", "5 times", "lines", "units", "equipment"): the attack was a strike
_DAMAGE_TOLD = re.compile(r"\b(?:were|was|been|are|is)\s+(?:\w+ly\s+)?(?:damaged|destroyed)\b|\bdamag(?:ed|ing)\s+(?:a|an|the|\d+|several|two|"
                          rf"three|dozens\s+of)?\s*(?:private\s+|residential\s+|high-rise\s+)?(?:{C.DAMAGED_THINGS})\b", re.I)
_FIGHT_TOLD_TOO = re.compile(r"\b(?:near|times|defen[cs]es|(?<!power\s)lines|units|equipment)\b", re.I)
_DENIES_NOW = re.compile(r"denies|deny|rejects|disputes|refutes", re.I)
# "shelled the city", "the embattled town": the city a sentence points back to (not "the city's mayor", "the city of X",
# "the neighbouring town")
_THE_CITY = re.compile(r"\bthe\s+(?:(?:embattled|besieged|frontline|front-line|key|industrial|strategic|devastated|ruined|whole|entire|"
                       r"regional|port|eastern|southern|northern|western|central)\s+)?(?:city|town)\b(?!['’]|\s+of\b)", re.I)

def _summary(text: str, i: int, title_index: int | None) -> bool:
    """A headline, crosshead or caption: it summarises, and a claim needs the body's words.

    A headline is the title, or a line of its own with no final punctuation that is short or
    mostly capitalised ("Russian Troops Gain Full Control Over Avdeyevka Town: Shoigu").
    """
    if C.CAPTION.search(text):
        return True
    text = text[dateline_end(text):]  # "date 2023-04-24 THE EFFECTS ...": a stored page's date line is no word of it
    if not re.search(r"[a-z]", text) and len(re.findall(r"[A-Z]{2,}", text)) >= 3:
        return True  # "THE EFFECTS OF THE ATTACKS ON NIKOPOL.": a crosshead in capitals, even with its full stop
    if i == title_index:  # (even one ending on a quotation: "Ministry says strike on X 'reached its target'")
        return True
    if re.search(r"[.!?…”\"'’)]\s*$", text):  # a sentence, even when it came first in a page
        return False
    words = re.findall(r"[A-Za-z][\w'’-]*", text)
    long = [w for w in words if len(w) > 3]
    capitalised = sum(w[0].isupper() for w in long) / len(long) if long else 1.0
    if re.search(r":\s*$", text) and capitalised < 0.6:
        return False  # "According to him, Kupyansk and the district were shelled:": a list's lead-in, a sentence
    return len(words) <= 14 or capitalised >= 0.6


def extract_claims(article: Article, mentions: list[Mention]) -> list[Claim]:
    """Every claim the article makes about a Ukrainian place, one per place, claimant and kind.

    :param article: the article (its publication date grounds relative dates).
    :param mentions: the article's resolved mentions (from :mod:`geo.reading.mentions`).
    :returns: claims, in the order their first sentence appears.
    """
    sents = split_sentences(article.text)
    title = article.title.strip()
    # a first line that ends like a sentence is the lead, not a headline (the corpus conventions): its
    # dates ground the story; but like a headline it sums up, so the outlet's own voice claims nothing there
    # (after a page's date line or navigation above the headline: "12:49 22.06.2024", "Skip to main content")
    top = next((k for k, sent in enumerate(sents) if not page_furniture(sent.text)), 0)
    first_line = top if title and sents and sents[top].text.strip() == title else None
    title_index = first_line if first_line is not None and not _SENTENCE_END.search(title) else None
    # summaries (headlines, crossheads, captions: "..., on June 25, 2025." above "(Photo by X / AFP)")
    def summary(i: int) -> bool:
        return _summary(sents[i].text, i, title_index) or i + 1 < len(sents) and bool(C.CREDIT_LINE.match(sents[i + 1].text)) \
            or C.credited(article.text, sents, i)
    dates = DateContext(article, sents, title_index)
    own_side = outlet_side(article.source, article.url)
    voices = Attributor(article.text, [sent.text for sent in sents], default=own_side or "RU", outlet=own_side)
    all_speakers = [voices.speakers(sent.text, dateline_end(sent.text), title=i == title_index) for i, sent in enumerate(sents)]
    quoted = _quote_spans(sents, article.text)
    sourced = _source_lines(sents, voices, article.text)
    claims: dict[tuple, tuple[Claim, int]] = {}
    state = _State(salient=_most_named(mentions))
    # "X was liberated" with no side named: Russian state media say it of Russian captures, the
    # others (wires, Ukrainian and Western outlets) of Ukrainian recaptures
    liberator = "RU" if own_side == "RU" else "UA"
    digest = bool(_DIGEST.search(article.title)) or any(_DIGEST.search(s.text) for s in sents[:3])
    for i, sent in enumerate(sents):
        text, skip = sent.text, dateline_end(sent.text)
        places = [(m.start - sent.start, m.end - sent.start, m) for m in mentions
                  if sent.start <= m.start < sent.end and m.start - sent.start >= skip
                  and m.kind in ("settlement", "oblast") and not m.metonymic and (m.resolved or m.kind == "settlement")]
        speakers = all_speakers[i] or _quoted_speaker(i, sents, all_speakers, quoted) or \
            ([sourced[i][0]] if sourced[i][0] and (quoted[i][0] or sourced[i][1]) else []) or \
            _reported_after(i, sents, all_speakers, article.text)
        carried = False  # the voice is one relayed before, carried on (its summary goes on too)
        if not speakers and state.last_official and i - state.reporter_at <= CARRY_LIST and _RELAY_ON.match(text, skip):
            r = state.last_official  # "It is noted that ...": the report relayed before goes on
            speakers, carried = [Speaker(-1, -1, r.side, r.label, r.kind, scope=(0, len(text)))], True
        aside = (state.reporter, state.reporter_at) if _FOR_REFERENCE.match(text, skip) else None
        if aside is not None:  # "For reference: X was used as a stronghold ...": the outlet's aside, in no report's voice
            speakers, state.reporter = [], None
        opens_paragraph = "\n" in article.text[sents[i - 1].end if i else 0:sent.start]
        if RECAP_LINE.match(text) and not quoted[i][0] or RECAP_EARLIER.match(text) and opens_paragraph:
            state.reporter = None  # "Background:" and the outlet's recap below it: no report goes on into them
        if not speakers and state.reporter is not None and (dates.background(i) or _MONTHS_OF.match(text, skip)
                                                            or _RECALL_OPENING.match(text, skip) or _TREND.search(text, skip)):
            state.reporter = None  # the outlet's background ("... offensive push in April", "Months of relentless Russian
            # artillery strikes have devastated X") is no part of the report before it
        if not speakers and state.reporter is not None and opens_paragraph \
                and any(a - skip < 40 and dr.precision == "day" and dr.date_to <= dates.entry[i] - RECAP_DAYS for a, _, dr in dates.found[i]):
            state.reporter = None  # a paragraph that opens on a day days before the report ("On the night of April 10,
            # Mykolaiv was targeted ...", in a report of April 14): the outlet recalls earlier attacks
        if not speakers and _NEW_STORY.match(text, skip) and state.reporter is not None and state.reporter_span != CARRY_LIST:
            state.reporter = None  # "Meanwhile, at least one person has been killed ... in Pavlohrad": another story, not
            # the brigade's statement before it
        # "The attack comes two days after a similar strike on X": the outlet's timeline, in no report's voice (this
        # sentence only: the report goes on after it)
        timeline = not speakers and _COMES_AFTER.search(text) is not None
        listing = state.reporter is not None and state.reporter_span == CARRY_LIST
        if _BULLET.match(text) and not listing and not _PLACE_ITEM.match(text):  # a new item of a live blog: no earlier
            state.reporter = None  # report goes on into it (but the items of a list its report announced with "...:" are
            # the report's, and so are a round-up's items headed by their community: "- X community: shelling (6 explosions)")
        cues = _cues(text, skip)
        if not speakers and cues and state.official_last and state.last_official.kind == "mil" and i - state.reporter_at <= CARRY_SECTORS \
                and _SECTOR_OPENING.match(text, skip) and all(c.kind in ("contested", "struck") for c in cues) \
                and not dates.background(i) and not _SINCE_THEN.search(text):
            # "In the Kharkiv sector, the enemy attacked near X": the military's summary, sector by sector (its fighting and
            # fire only: a capture, or background, in such a paragraph is as likely the outlet's own narrative)
            r = state.last_official
            speakers, carried = [Speaker(-1, -1, r.side, r.label, r.kind, scope=(0, len(text)))], True
        if cues and _CORRECTION.search(text):  # "The first version of this story said that X was liberated": withdrawn
            state.prev_places, state.counted = [], None
            continue
        if cues and summary(i):  # its places are mentioned, but carry no claim
            state.prev_places, state.counted = [], None
            continue
        regions = _relatives(text, places)
        hits = _attach(text, cues, places, regions, state, skip)
        hits += _counted_places(text, cues, hits, places, state)
        if not places and state.place_line and (not state.place_line_caps or _THE_CITY.search(text)):
            # "01:50, Senkovo village. As a result of enemy shelling, a house was damaged." (but a dateline split off by
            # its period, "KHARKIV. Dec 6 (Interfax-Ukraine) – ... fired at Chuhuiv, Kharkiv and Kupiansk districts", is
            # where the outlet files from: its strikes only when the sentence points back, "shelled the city")
            hits += [_Hit(m, cue) for cue in cues if cue.kind == "struck" for m in state.place_line]
        state.place_line = [p[2] for p in places if p[2].kind == "settlement"] if _place_line(text) and places else []
        state.place_line_caps = bool(state.place_line) and re.fullmatch(r"[\sA-ZÀ-ÖØ-Þ'’.-]{3,}", text) is not None
        hits += _answers(text, speakers, hits, state, article)
        best: dict[tuple, tuple] = {}
        context = " ".join(s.text for s in sents[max(0, i - 2):i]) if hits else ""  # what the two sentences before say
        for h in hits:
            for claimant, label, sp, voice in _claimants(h, speakers, article, None if timeline else state.reporter, text, state.summary):
                if claimant in ("RU", "UA") and sp is not None and _outlets_aside(text, h, sent.start, sp):
                    claimant, label, sp, voice = "other", article.source or "unnamed outlet", None, "outlet"
                kind = _kind(text, h.cue, claimant, sp if sp in all_speakers[i] else None, context, h.region)
                if kind == "contested" and _ATTACK.fullmatch(h.cue.text) and h.mention.end - sent.start <= h.cue.start \
                        and not text[h.mention.end - sent.start:h.cue.start].strip():
                    kind = "struck"  # "the latest Kharkiv attack": an attack on the city named as its modifier, a strike
                if kind == "contested" and _ATTACK.fullmatch(h.cue.text) and _DAMAGE_TOLD.search(text) \
                        and not C.COMBAT.search(text) and not _FIGHT_TOLD_TOO.search(text):
                    kind = "struck"  # "as a result of another attack by Russian troops in X, hydraulic structures were damaged"
                if kind == "captured" and (h.partial or _area_gain(text, h, sent.start) or _flag_short_of_control(text, h.cue)
                                           or _OUTSKIRTS_AFTER.match(text, h.mention.end - sent.start)) \
                        or kind == "held" and h.partial and not h.cue.answer:  # "almost all of X is under our control"
                    kind = "contested"
                if kind is None or claimant == "unknown" or (i == first_line and claimant == "other"):
                    continue
                if sp is None and claimant == "other" and (C.BATTLEGROUP.search(text, max(0, h.cue.start - 80), h.cue.start) or (
                        # "The Western military group captured A, while the Southern group took B" after the ministry spoke
                        state.last_official is not None and state.last_official.side == "RU" and i - state.reporter_at <= CARRY_SENTENCES
                        and _GROUP_SUBJECT.search(text, max(0, h.cue.start - 80), h.cue.start))):
                    claimant, label, voice = "RU", "Russian Defense Ministry", "relayed"  # its battlegroups' reports
                if sp is None and kind == "captured" and C.REPORTED_BEFORE.search(text[max(0, h.cue.start - 40):h.cue.start]) \
                        and _agent(h.cue, text, claimant):
                    # "the claimed capture of X": the outlet reports the capturing side's claim (when
                    # the sentence says which side; a guessed side would put words in its mouth)
                    claimant = _control(kind, h.cue, text, claimant)
                    label, voice = {"RU": "Russian side", "UA": "Ukrainian side"}[claimant], "relayed"
                if h.mention.kind == "oblast" and (kind != "struck" or _qualifies(text, places, h.mention)
                                                   or _located_inside(mentions, sent, h.mention)
                                                   # "repelled offensives in the Donetsk and Zaporizhzhia regions and
                                                   # had hit targets with missiles": the regions are the fighting's
                                                   or h.cue.start >= h.mention.end - sent.start
                                                   and any(c.kind != "struck" and c.end <= h.mention.start - sent.start for c in cues)):
                    continue
                key = (h.mention.geonameid or id(h.mention), claimant if kind != "struck" else "struck")
                rank = (_PRIORITY[kind], h.region is None)
                if key not in best or rank > best[key][0] or rank == best[key][0] and kind == "captured" == best[key][4] \
                        and best[key][1].cue.end <= h.cue.start and _AND_THEN.search(text, 0, h.cue.start):
                    best[key] = (rank, h, claimant, label, kind, voice, sp)  # "seized ... and recaptured": the later
        # "a drone attack hit X": the attack is the strike, not fighting for X
        for key in [k for k, v in best.items() if v[4] == "contested" and _ATTACK.fullmatch(v[1].cue.text)]:
            if (key[0], "struck") in best:
                del best[key]
        dates.set_regions(i, regions)
        placed, struck_before = [], state.struck_date
        where = _Where(i, i == title_index, len(places), len(cues), text, sent.start, liberator)
        for rank, h, claimant, label, kind, voice, sp in best.values():
            m, past = h.mention, False
            if (m.resolved and m.geonameid) or (m.kind == "settlement" and m.candidates):
                lo, hi = min(h.cue.start, m.start - sent.start), max(h.cue.end, m.end - sent.start)
                if not sent.start <= m.start < sent.end:  # "the village" of an earlier sentence: the cue's words alone
                    lo, hi = h.cue.start, h.cue.end
                elif m.start - sent.start < h.cue.start and (it := _PRONOUN_AFTER.match(text, h.cue.end)) \
                        and any(m.end - sent.start <= f[0] and f[1] <= h.cue.start for f in dates.found[i]):
                    lo, hi = h.cue.start, it.end()  # "attacked X in early March, captured it on Apr. 1": the pronoun's day,
                    # not the one said between the place and the cue
                if h.coref and kind == "struck" and struck_before:  # "this strike": the antecedent's date
                    dr, strength = struck_before
                elif kind == "held" and _DENIES_NOW.fullmatch(h.cue.text) and lo < h.cue.start:
                    # "X, which Moscow claimed to have captured last month, which Kyiv denies": denied as of the report
                    dr, strength = dates.pick(i, h.cue.start, h.cue.end, spoken=True, region=(h.cue.start, h.cue.end))
                else:
                    dr, strength = dates.pick(i, max(lo, 0), hi, spoken=claimant != "other" or bool(speakers), cue_at=h.cue.start,
                                              region=h.region or ((h.cue.start, len(text)) if h.clause else None),
                                              exclude=[r for r in regions if r != h.region])
                    if (back := counted_back(text, h.cue.start, dr)) is not None:
                        dr = back  # "two weeks after Russia claimed to have captured X": before the sentence's day
                _add(claims, m, claimant, label, kind, h, where, dr, strength, voice, sp)

                if kind == "struck":
                    state.struck_date = (dr, strength)
                past = strength == 2 and dr.date_to < dates.entry[i] - PAST  # "since they seized Bakhmut last May"
            if not past:  # (background is no topic a later "the city" points back to)
                placed.append(m)
            state.note(m, kind, claimant, i, past=past)
        state.prev_places = placed if i != title_index else []
        official = [sp for sp in speakers if not sp.noun and sp.side in ("RU", "UA") and sp.kind in ("off", "mil", "gov")
                    and sp.label not in ("Russia", "Ukraine")]
        voiced = [sp for sp in speakers if not sp.noun and sp.side in ("RU", "UA", "other")]
        if voiced:
            state.official_last = voiced[-1] in official
        relayed = state.reporter
        if relayed and not speakers and i - state.reporter_at <= state.reporter_span and any(
                c.kind == "struck" or state.summary and c.kind == "contested" for c in cues):
            state.reporter_at = i  # a round-up goes on line by line while its lines report strikes (a summary's, fighting)
        if official:
            # (in a key-events list, an official's item that claims nothing on the places it names carries into no next item)
            state.reporter = official[-1] if best or not places or not digest else None
            state.reporter_at, state.last_official = i, official[-1]
            state.summary = carried and state.summary or official[-1].kind == "mil" and bool(_SUMMARY.search(text))
            # "According to him, Kupiansk and the district were shelled:" and the bulletin's lines below
            state.reporter_span = CARRY_LIST if re.search(r":\s*$", text) else CARRY_SENTENCES
        elif relayed and not any(sp.side in ("RU", "UA", "other") and not sp.noun for sp in speakers) and re.search(r":\s*$", text):  # '..., the statement reads and lists:' its items below
            state.reporter, state.reporter_at, state.reporter_span = relayed, i, CARRY_LIST
        elif speakers or i - state.reporter_at > state.reporter_span:
            state.reporter = None
        if aside is not None and aside[0] is not None and state.reporter is None:
            state.reporter, state.reporter_at = aside[0], i  # (the report goes on after the aside)
        settled = [p[2] for p in places if p[2].kind == "settlement" and not _landmark(text, p[0])]
        if settled:
            state.last_any = settled[0]
    named_day = {id(c) for c, strength in claims.values() if strength == 2}  # claims whose own sentence dates them
    placed = _placed_more_precisely([c for c, _ in claims.values()], mentions, sents, named_day)
    return _attack_was_the_strike(_merge_held(_communities_placed(placed, mentions, article.text)))


# "The attack on Izmail ... was carried out in several waves": the article's strike on the place, told again
_THE_ATTACK_ON = re.compile(r"\b[Tt]he\s+(?:(?:latest|overnight|night|recent|massive|combined)\s+)?attack\s+on\s+$")


def _attack_was_the_strike(claims: list[Claim]) -> list[Claim]:
    """Fighting read from "the attack on X" where the article reports a strike on X is that strike."""
    struck = {c.geonameid for c in claims if c.kind == "struck"}
    out = []
    for c in claims:
        at = c.quote.find(c.surface) if c.kind == "contested" and c.geonameid in struck and c.cue.lower() == "attack" else -1
        if at > 0 and _THE_ATTACK_ON.search(c.quote[:at]) and not C.GROUND_FORCE.search(c.quote):
            if any(o.kind == "struck" and o.geonameid == c.geonameid and o.claimant == c.claimant for o in claims):
                continue  # (its own strike stands)
            c = replace(c, kind="struck")
        out.append(c)
    return out


def _communities_placed(claims: list[Claim], mentions: list[Mention], text: str) -> list[Claim]:
    """Without a strike on a community (hromada), read as its centre town, when the same side reports a strike
    on another village within reach of that centre on the same days: "an air strike on the Yunakivska community"
    and, further on, "Russians shelled the village of Mohrytsia" are one strike, on the village."""
    at = {m.start: m for m in mentions}

    def community(c: Claim) -> bool:
        return _COMMUNITY_WORD.match(text, c.mention_end) is not None

    def village(c: Claim) -> bool:  # (a town nearby, Nikopol beside the Marhanets community, is a hromada of its own;
        # "also hit the village of Y", "in the neighbouring Y community": a second strike)
        m = at[c.mention_start]
        return any(k.geonameid == m.geonameid and k.population < COMMUNITY_VILLAGE for k in m.candidates) \
            and not _ANOTHER_STRIKE.search(c.quote)

    strikes = [c for c in claims if c.kind == "struck" and c.place_kind == "settlement" and c.mention_start in at]
    communities = [c for c in strikes if community(c)]
    if not communities:
        return claims
    villages = [s for s in strikes if not community(s) and village(s)]  # (each tested once, not once per community)
    placed = {id(c) for c in communities if any(
        s.geonameid != c.geonameid and s.claimant == c.claimant
        and s.date_from <= c.date_to + _NEXT_DAY and c.date_from <= s.date_to + _NEXT_DAY
        and (km := mentions_km(at[c.mention_start], at[s.mention_start])) is not None and km <= COMMUNITY_KM
        for s in villages)}
    return [c for c in claims if id(c) not in placed]


_ANOTHER_STRIKE = re.compile(r"\b(?:also|another|separately|neighbou?ring|in\s+addition|as\s+well)\b", re.I)
COMMUNITY_KM = 15.0  # a hromada's villages lie this close to its centre
COMMUNITY_VILLAGE = 5_000  # ... and are this small
_COMMUNITY_WORD = re.compile(r"\s+(?:(?:urban|rural|settlement|city|village)\s+)?(?:territorial\s+)?(?:community|hromada)\b", re.I)


def _placed_more_precisely(claims: list[Claim], mentions: list[Mention], sents, named_day: set[int] = frozenset()) -> list[Claim]:
    """Without the strikes on an oblast that the article places more precisely: "A Russian strike on the
    Kharkiv region killed two people" over the same side's report of the strike on Kupiansk, a town of that
    oblast, on the same days, or the next when the town's line names no day (an oblast carries a strike only
    when nothing names where in it the strike fell). But a round-up across regions ("drones launched at the
    Odesa, Zaporizhzhia and Dnipropetrovsk regions", "air strikes on Kyiv and the Odesa region") names each as
    struck, whatever the article says of their towns; and a live blog's entries ("09:50 — A man was killed in the
    Dnipropetrovsk region", "16:05 — In Nikopol, ...") are reports of their own."""
    oblast_of = {c.geonameid: c.admin1 for m in mentions if m.kind == "settlement" and m.resolved
                 for c in m.candidates if c.geonameid == m.geonameid}
    names = {m.geonameid: m.name for m in mentions if m.kind == "oblast"}
    inside = [c for c in claims if c.kind == "struck" and c.place_kind == "settlement" and oblast_of.get(c.geonameid)]
    entries = [s.start for s in sents if opens_entry(s.text)]

    def entry(c: Claim) -> int:  # how many live-blog entries open at or before the claim's place
        return bisect_right(entries, c.mention_start)

    def regions_listed(c: Claim) -> bool:
        sent = next((s for s in sents if s.start <= c.mention_start < s.end), None)
        named = [m for m in mentions if sent is not None and sent.start <= m.start < sent.end and not m.metonymic]
        return len({m.name if m.kind == "oblast" else oblast_of.get(m.geonameid) for m in named
                    if m.kind == "oblast" or oblast_of.get(m.geonameid)}) > 1

    return [c for c in claims if not (
        c.kind == "struck" and c.place_kind == "oblast" and not regions_listed(c) and not _OWN_TARGET.search(c.quote) and any(
            oblast_of[s.geonameid] == names.get(c.geonameid) and s.claimant == c.claimant and not _SEPARATE.match(s.quote)
            and entry(s) == entry(c)
            and s.date_from <= c.date_to + (_SAME_DAY if id(s) in named_day else _NEXT_DAY) and c.date_from <= s.date_to
            for s in inside))]


# "Months of relentless Russian artillery strikes have devastated X": the outlet sums up, no official's report of the day
_MONTHS_OF = re.compile(r"\s*(?:Months|Weeks|Years)\s+of\b")
# an outlet's correction: what an earlier version said is withdrawn, no claim
_CORRECTION = re.compile(r"\b(?:first|earlier|previous|original)\s+version\s+of\s+this\b|\b(?:we|this\s+(?:story|article|report))\s+incorrectly\b|"
                         r"\b[Ee]ditor['’]s\s+note\b|\b[Cc]orrection\s*:", re.I)
# "Earlier this month, a missile struck ...": the outlet recalls an event of its own choosing, not the report before
_RECALL_OPENING = re.compile(r"\s*(?:Earlier|Previously)\s+(?:this|last)\s+(?:week|month|year)\b|\s*(?:Last|Earlier\s+in\s+the)\s+(?:week|month)\b")
# a trend the outlet sums up: "Russia has intensified shelling of Odesa this month, as ... the invasion drags on", "X has
# come under repeated missile attack throughout most of the more than 2 1/2-year-old war"
_TREND = re.compile(r"\b(?:throughout|during|for)\s+(?:(?:most|much|all)\s+of\s+)?the\s+(?:[\w/.-]+\s+){0,6}?(?:war|invasion)\b"
                    r"|\b(?:has|have|had)\s+(?:been\s+)?(?:sharply\s+|steadily\s+|significantly\s+)?(?:intensif(?:ied|ying)|stepped\s+up|ramped\s+up|escalated|"
                    r"increased)\s+(?:(?:its|their|the)\s+)?(?:[\w-]+\s+)?(?:shelling|attacks|strikes|bombardments?|assaults|offensive)\b", re.I)
# a list of the day's key events: each item is a report of its own
_DIGEST = re.compile(r"\bkey\s+events\b|\blatest\s+developments\b", re.I)


# a day's report straddles two dates ("On June 29, ... attacked the X region" above lines that name no day of their own)
_NEXT_DAY, _SAME_DAY = timedelta(days=1), timedelta(0)
# what an oblast's strike names of its own ("attacked energy infrastructure in the Lviv region"), and a town's
# strike told as another event ("Separately, a missile hit Drohobych"): the oblast's strike stands beside it
_OWN_TARGET = re.compile(r"\b(?:attack(?:ed|ing|s)?|hit|hits|struck|strikes?\s+on|targeted|targeting)\s+(?:(?:the|an?|its|\w+)\s+){0,2}"
                         r"(?:energy|infrastructure|port|facilit(?:y|ies)|plant|depot|substation|enterprise|railway|grain|airfield)\b", re.I)
_SEPARATE = re.compile(r"\W*(?:Separately|Elsewhere|In\s+a\s+separate|Also\s+on)\b", re.I)


# "... around Bakhmut, a town recently captured by Russia after months of fighting": the outlet describes the place
_ASIDE = re.compile(r",\s+(?:a|an|another|the|one\s+of\s+the)\s+(?:[\w'’-]+\s+){0,3}?"
                    r"(?:town|city|village|settlement|hub|stronghold|focal\s+points?|flashpoints?|hotspots?)\b"
                    r"(?:\s+(?:which|that|where))?[^,;:.“”\"]*$")


def _outlets_aside(text: str, h, offset: int, sp) -> bool:
    """Whether a cue lies in the outlet's appositive about a place named in someone's reported words ("Malyar said
    troops met fierce resistance around X, a town recently captured by Russia"; "In X, one of the focal points of
    Russia's advance, one person was killed, prosecutors said"): the outlet's, not the speaker's."""
    start, end = h.mention.start - offset, h.mention.end - offset
    return (0 <= sp.end <= start or sp.start >= h.cue.end) and end <= h.cue.start and _ASIDE.match(text, end, h.cue.start) is not None


PAST = timedelta(days=14)  # an event dated this long before its sentence's day is background
_SENTENCE_END = re.compile(r"[.!?][\"”’)]*\s*$")


def _merge_held(claims: list[Claim]) -> list[Claim]:
    """A side that says it holds a place and that fighting goes on there, the same days, makes one claim: held;
    a side whose troops "entered" a place where, it says, fighting goes on the same days claims fighting there,
    not the place ("Ukrainian troops had entered Lyman." ... "fighting in the city was ongoing")."""
    held = {(c.geonameid, c.claimant): c for c in claims if c.kind == "held"}
    fought = {(c.geonameid, c.claimant): c for c in claims if c.kind == "contested"}
    out = []
    for c in claims:
        h = held.get((c.geonameid, c.claimant))
        if c.kind == "contested" and h and _same_days(c, h) and not _DENIES_NOW.fullmatch(h.cue):
            continue  # (a denial of the other side's claim leaves the fighting it reports: "which Kyiv denies")
        f = fought.get((c.geonameid, c.claimant))
        if c.kind == "captured" and _ENTERED.fullmatch(c.cue) and f and _same_days(c, f):
            continue
        out.append(c)
    return out


_ENTERED = re.compile(C.ENTERED_INTO, re.I)


def _vaguer_around(a, b, narrower: bool = False) -> bool:
    """Whether dates ``a`` only say vaguely what ``b`` says precisely: a coarser range that contains ``b``'s
    ("Kharkiv, struck in recent months" around "struck on Monday"), which adds no day of its own. With ``narrower``
    (a capture or a holding: one event), also a wider range of the same precision ("last month" around "at the end
    of November"); fire and fighting "throughout 2023" stay the period they were told as."""
    finer = _PRECISION_RANK.get(a.precision, 9) > _PRECISION_RANK.get(b.precision, 9) \
        or narrower and a.precision == b.precision != "day" and (b.date_to - b.date_from) < (a.date_to - a.date_from) \
        or a.precision == b.precision == "day" and b.date_from == b.date_to == a.date_to and a.date_from < a.date_to and _overnight(a)
    return finer and a.date_from <= b.date_from and b.date_to <= a.date_to


def _overnight(d) -> bool:
    """Whether dates (a claim's or a range's) are a night's two days ("overnight"): a strike told "early Wednesday" in
    another sentence is on the day it names."""
    phrase = getattr(d, "date_phrase", None) or getattr(d, "phrase", None) or ""
    return phrase.lower().startswith("overnight") and ";" not in phrase and (d.date_to - d.date_from).days == 1


def _same_days(a: Claim, b: Claim) -> bool:
    return a.date_from <= b.date_to and b.date_from <= a.date_to


def _most_named(mentions: list[Mention]) -> Mention | None:
    counts: dict[int, list[Mention]] = {}
    for m in mentions:
        if m.kind == "settlement" and m.resolved and m.geonameid and not m.metonymic:
            counts.setdefault(m.geonameid, []).append(m)
    return max(counts.values(), key=len)[0] if counts else None


def _located_inside(mentions: list[Mention], sent, oblast: Mention) -> bool:
    """The sentence places the strike more precisely than its oblast: "in the Sumy region, one person
    was killed ..., including at Sumy" (a town of that oblast is named too, or a district, which
    reporting names within the oblast it speaks of)."""
    inside = [m for m in mentions if sent.start <= m.start < sent.end]
    # a settlement of that oblast: the one it resolved to, or (left unresolved) any of its readings
    return any(m.kind == "raion" for m in inside) or any(
        (c.geonameid == m.geonameid or not m.resolved) and c.admin1 == oblast.name
        for m in inside if m.kind == "settlement" for c in m.candidates)


def _qualifies(text: str, places, oblast: Mention) -> bool:
    """An oblast that only says where a named settlement lies ("Volnovakha, in the Donetsk region")."""
    s = next((p[0] for p in places if p[2] is oblast), None)
    if s is None:  # named in an earlier sentence
        return False
    if any(p[2].kind == "settlement" and 0 <= s - p[1] <= 50
           and (re.search(r"\bin\s+(?:the\s+)?", text[p[1]:s]) or re.fullmatch(r"\s*,\s*(?:the\s+)?", text[p[1]:s]))
           for p in places):
        return True
    # a name the gazetteer does not know, placed in the oblast: "striking Kupeianshchina in the Kharkiv region"
    return bool(re.search(r"(?<![.!?]\s)\b(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Ukraine|Russia|Kyiv|Kiev)\b)"
                          r"[A-Z][\w'’-]{3,}\s+in\s+(?:the\s+)?" + _COMPASS + "$",
                          text[max(0, s - 50):s]))
_SUMMARY = re.compile(r"\b(?:operational\s+(?:update|summary|report|information)|(?:morning|evening|daily)\s+(?:update|summary|report|briefing)|"
                      r"summary\s+of\s+the\s+General\s+Staff)\b|"
                      # a military's daily count ("conducting 51 offensive actions throughout the day")
                      r"\b\d+\s+(?:offensive\s+actions|combat\s+(?:clashes|engagements)|(?:enemy\s+)?(?:attacks|assaults))\b[^.;]{0,40}?"
                      r"\b(?:throughout|during|over|in)\s+the\s+(?:day|past\s+day|last\s+day|(?:past|last)\s+24\s+hours)\b", re.I)
_PRONOUN_AFTER = re.compile(r"\s+(?:it|them|the\s+(?:city|town|village|settlement))\b", re.I)
# "The deadly attack on Vinnytsia comes five days after a similar Russian attack on Chasiv Yar": the outlet's timeline
_COMES_AFTER = re.compile(r"\b(?:comes?|came)\s+(?:just\s+|only\s+|less\s+than\s+|more\s+than\s+|nearly\s+)?(?:a|an|one|two|three|four|five|"
                          r"six|seven|eight|nine|ten|\d+|several|a\s+few)\s+(?:days?|weeks?|months?|hours?)\s+after\b", re.I)
_NEW_STORY = re.compile(r"\s*(?:Meanwhile|Elsewhere|Separately|In\s+other\s+(?:news|developments))\s*,", re.I)
_FOR_REFERENCE = re.compile(r"\s*(?:For\s+reference|Reference|For\s+context)\s*:", re.I)
CARRY_SECTORS = 8  # sentences a summary's sector paragraphs run on for after the military spoke
_SINCE_THEN = re.compile(r"\b(?:since|in\s+recent\s+(?:weeks|months|days)|(?:last|past)\s+(?:week|month|year|summer|winter|spring|autumn))\b", re.I)
# a military summary's paragraph on one sector: "In the Kharkiv sector, ...", "In the Kupiansk direction, ..."
_SECTOR_OPENING = re.compile(r"\s*(?:(?:It\s+is\s+noted\s+that\s+)?[Ii]n|On)\s+the\s+(?:[A-Z][\w'’-]+(?:[\s-][A-Z][\w'’-]+)?\s+"
                             r"(?:direction|sector|axis|front)|(?:direction|sector|axis)\s+of\s+[A-Z][\w'’-]+)\s*,")
_GROUP_SUBJECT = re.compile(r"\b(?:the\s+)?(?:Western|Eastern|Southern|Northern|Central|Centre|Center|Dnepr)\s+(?:military\s+)?group(?:ing)?"
                            r"(?:\s+of\s+(?:forces|troops))?\s+(?:has\s+|had\s+|also\s+)?(?:(?:captured|took|seized|liberated|gained)\b[^.;]*)?$")
_BULLET = re.compile(rf"^\s*(?:[{BULLET_MARKS}]|-\s|–\s|\d+[.)]\s)")
_PLACE_ITEM = re.compile(rf"^\s*(?:[{BULLET_MARKS}]|-|–)\s*[A-Z][\w'’-]+(?:[\s-][A-Z][\w'’-]+)?\s+(?:community|hromada|district|raion|village|town|city|settlement|TG)\s*:")
_PRECISION_RANK = {"day": 0, "week": 1, "month": 2, "season": 3, "year": 4}
SPAN_GAP_DAYS = 31
CARRY_LIST = 16  # ... and a bulletin announced by "...:" for as many lines as a day's report has
# A bulletin's line that only says where and when: "June 8, 01: 50, Senkovo village, Kupyansky district.",
# "▪️ 04-50, September 5, Kharkiv district, Vilkhivska TG, Bobrivka village, garden association."
_LINE_BULLET = re.compile(rf"^\s*(?:[{BULLET_MARKS}\-–]|\d+[.)])?\ufe0f?\s*")
_TIME = r"(?:(?i:after|around|about|at|from|before|until|since)\s+)?\d{1,2}\s*[:.\-]\s*\d{2}"
_WHERE_WHEN = re.compile(  # names must be capitalised (no re.I: "In Testivka, quiet." is no place line)
    rf"(?:{_TIME}\s*)*(?:"
    r"(?:[A-Z][a-z]+\s+\d{1,2}|\d{1,2}\s+[A-Z][a-z]+)"  # a date
    r"|(?:(?i:the)\s+)?(?i:village|town|city|settlement)\s+of\s+[A-Z][\w'’-]+(?:[\s-][A-Z][\w'’-]+)?"
    r"|[A-Z][\w'’-]+(?:[\s-][A-Z][\w'’-]+)?(?:\s+(?i:district|TG|community|village|town|city|settlement|hromada|raion|region))?"
    r"|(?i:(?:garden|dacha)\s+(?:association|cooperative|plots?)|private\s+sector|outskirts)"
    r")?")


def _place_line(text: str) -> bool:
    """Whether a line only says where and when (the strikes of the next sentence happened there)."""
    body = _LINE_BULLET.sub("", text, count=1).rstrip(". ")
    parts = [part.strip() for part in body.split(",")]
    return bool(body) and len(parts) <= 8 and all(part and _WHERE_WHEN.fullmatch(part) for part in parts) \
        and any(re.search(r"[A-Z]", part) for part in parts)


RECAP_DAYS = timedelta(days=3)  # a paragraph opening on a day this long before the report recalls, and reports nothing new
CARRY_SENTENCES = 3  # a strike round-up goes on for a few sentences after the official who gives it


def _near_in_time(claim: Claim, dr) -> bool:
    """Whether a second date of the same claim is close enough to span with the first."""
    gap = max(dr.date_from - claim.date_to, claim.date_from - dr.date_to).days
    return gap <= SPAN_GAP_DAYS


@dataclass
class _Where:
    """The sentence a claim comes from, as the confidence model sees it."""

    index: int
    title: bool
    places: int
    cues: int
    text: str
    offset: int  # where the sentence starts in the article
    liberator: str = "RU"  # who liberates when the sentence does not say (see extract_claims)


def _signs(m: Mention, claimant, kind, h: _Hit, where: _Where, dr, voice, sp: Speaker | None) -> dict[str, float]:
    population = _population(m)
    return features(
        voice=voice, kind=kind, claimant=claimant, cue=h.cue.text, cue_start=h.cue.start, cue_end=h.cue.end,
        mention_start=m.start - where.offset, mention_end=m.end - where.offset,
        place_kind=m.kind, place_confidence=m.confidence, population=population, coref=h.coref,
        region=h.region is not None, partial=h.partial, dated=bool(dr.phrase), precision=dr.precision,
        withdrawal=h.cue.withdrawal, speaker_kind=sp.kind if sp else "", speaker_noun=bool(sp and sp.noun),
        sentence=where.text, index=where.index, title=where.title, places=where.places, cues=where.cues)


def _add(claims, m: Mention, claimant, label, kind, h: _Hit, where: _Where, dr, strength, voice="speaker", sp=None):
    # A claim on a name the geocoder left unresolved is kept *pending* (no geonameid): it is stored
    # and shows up once a journalist assigns the mention its place in review.
    pending = not (m.resolved and m.geonameid)
    key = (m.geonameid if not pending else f"pending:{m.surface}", claimant, kind)
    control = _control(kind, h.cue, where.text, claimant, where.liberator) if kind in ("captured", "held") else None
    signs = conf = None
    if key in claims and kind == "captured" and claims[key][0].control != control:
        # "seized by Russia in 2022 and recaptured by Ukraine months later": the later change is who holds
        # it, when it is said as surely (a weak later mention does not undo a clear earlier one)
        signs = _signs(m, claimant, kind, h, where, dr, voice, sp)
        conf = probability(signs)
        if dr.date_from <= claims[key][0].date_to or conf < claims[key][0].confidence:
            return
        del claims[key]
    if key in claims:
        old, old_strength = claims[key]
        if signs is None:
            signs = _signs(m, claimant, kind, h, where, dr, voice, sp)
            conf = probability(signs)
        if conf > old.confidence:  # the same claim said again more surely: the surer sentence is its evidence
            old.quote, old.cue, old.confidence, old.signs, old.coref = quote_text(where.text), h.cue.text, conf, signs, h.coref
            old.surface, old.mention_start, old.mention_end = m.surface, m.start, m.end
        if strength > old_strength:
            old.date_from, old.date_to, old.date_phrase, old.precision = dr.date_from, dr.date_to, dr.phrase, dr.precision
            claims[key] = (old, strength)
        elif strength == old_strength and _near_in_time(old, dr) and not _vaguer_around(dr, old, event := kind in ("captured", "held")):
            if _vaguer_around(old, dr, event):  # "in recent months" then "on Monday": the day it names
                old.date_from, old.date_to, old.date_phrase, old.precision = dr.date_from, dr.date_to, dr.phrase, dr.precision
                return
            # the same claim made on two days: its dates span both ("one claim per place,
            # claimant and kind"); events months apart are not stretched into one range
            old.date_from, old.date_to = min(old.date_from, dr.date_from), max(old.date_to, dr.date_to)
            if dr.phrase and dr.phrase not in old.date_phrase:
                old.date_phrase = f"{old.date_phrase}; {dr.phrase}" if old.date_phrase else dr.phrase
            if _PRECISION_RANK.get(dr.precision, 9) > _PRECISION_RANK.get(old.precision, 9):
                old.precision = dr.precision
        return
    text = where.text
    if signs is None:
        signs = _signs(m, claimant, kind, h, where, dr, voice, sp)
        conf = probability(signs)
    claims[key] = (Claim(
        geonameid=None if pending else m.geonameid, place=m.surface if pending else m.name, surface=m.surface, claimant=claimant, claimant_label=label,
        kind=kind, control=control,
        date_from=dr.date_from, date_to=dr.date_to, precision=dr.precision, date_phrase=dr.phrase,
        quote=quote_text(text), cue=h.cue.text, confidence=conf, place_kind=m.kind, coref=h.coref,
        lat=None if pending else m.lat, lon=None if pending else m.lon, mention_start=m.start, mention_end=m.end, signs=signs,
    ), strength)
