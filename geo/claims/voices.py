"""Who speaks a sentence that names no voice of its own: a quotation's closing words, a "Source:" line,
the official a round-up relays, a source named in the next sentence; and who asserts each hit."""

from __future__ import annotations

import re

from geo.claims import cues as C
from geo.claims.attribution import Attributor, Speaker, speakers_at
from geo.claims.hits import _Cue, _Hit, _State
from geo.claims.kinds import _LOCATION_COUNTRY
from geo.models import Article

_RELAY_ON = re.compile(r"\s*(?:It\s+(?:is|was|has\s+been)\s+(?:also\s+|further\s+)?(?:noted|reported|specified|stated|added|indicated|clarified)"
                       r"\s+that\b|(?:Also|In\s+addition|Additionally),?\s+it\s+(?:is|was)\s+(?:noted|reported)\s+that\b"
                       # "The statement also noted ...", "The statement on Sunday further reported that ...": the one relayed before
                       r"|The\s+(?:statement|declaration|report|announcement|update|bulletin|summary)\s+(?:on\s+\w+\s+)?"
                       r"(?:also\s+|further\s+)?(?:noted|said|reported|stated|added|indicated|highlighted|specified)\b)")
_OPEN_QUOTE = re.compile(r"^\s*(?:[“«\"]|Quote:)")


def _quote_spans(sents, text: str = "") -> list[tuple[bool, int]]:
    """Per sentence: whether it is (part of) a quotation, and the index of the sentence that closes it.

    Straight quotes toggle; curly and angle quotes open and close. A paragraph that does not open
    with a quotation mark is no quotation going on (a quote over paragraphs reopens each one): a
    stray mark in a page's debris does not make the rest of the page a quotation.
    """
    depth, states = 0, []
    for sent in sents:
        if depth and "\n" in text[max(0, sent.start - 3):sent.start] and not _OPEN_QUOTE.match(sent.text):
            depth = 0
        inside = depth > 0 or bool(_OPEN_QUOTE.match(sent.text))
        for ch in sent.text:
            if ch in "“«":
                depth = 1
            elif ch in "”»":
                depth = 0
            elif ch == '"':
                depth = 1 - depth
        states.append((inside, depth))
    out = []
    for i, (inside, _) in enumerate(states):
        close = i
        for j in range(i, min(i + 12, len(states))):
            if j > i and "\n" in text[max(0, sents[j].start - 3):sents[j].start] and not _OPEN_QUOTE.match(sents[j].text):
                break  # a quotation closes in its paragraph, or one that reopens with a quotation mark
            if states[j][1] == 0:
                close = j
                break
        out.append((inside, close))
    return out


_REPORTED_AFTER = re.compile(r"^\s*(?:According\s+to\s+[^,]{2,40},\s*)?(?:This|That|It|The\s+(?:news|information|report)|this|that)\s+(?:was|has\s+been|had\s+been|is)\s+"
                             r"(?:\w+\s+)?(?:reported|stated|announced|said|confirmed|published|posted)\s+(?:(?:on|in|via)\s+(?:\w+\s+){1,2})?by\b"
                             # "This is stated in the operational update of the General Staff on Facebook"
                             r"|^\s*(?:This|That|It)\s+(?:was|is|has\s+been)\s+(?:stated|reported|said|announced)\s+in\s+(?:the|a|an|its)\s+"
                             r"(?:[\w-]+\s+){0,2}(?:update|summary|report|statement|post|message|briefing|bulletin)\s+(?:of|by|from)\b"
                             # "Serhiy Lysak, the head of the regional administration, reported the attack."
                             r"|^[^.;]{3,140}?\b(?:reported|confirmed|announced)\s+(?:the|this|these|that)\s+(?:attacks?|strikes?|shelling|news|information)\b"
                             # "This was done to save the lives of the personnel, states Commander-in-Chief Syrskyi."
                             r"|^\s*(?:This|That)\s+(?:was|is|has\s+been)\s+(?:done|necessary|decided|needed)\b[^.;:]{0,120},\s+(?:states?|stated|said|says|added|noted|explained)\s")


def _reported_after(i: int, sents, all_speakers, text: str = "") -> list[Speaker]:
    """A sentence whose source a later one gives: "... 15 settlements were shelled." followed by
    "This was reported by Oleh Syniehubov, the head of the regional administration." The report line
    speaks for the paragraph it closes or follows (up to three sentences with no voice of their own):
    "Russian troops control 70% of X. ... Y is completely under Ukrainian control." then "This was
    announced by the head of the Luhansk oblast military administration Serhiy Haidai."
    """
    for j in range(i + 1, min(i + 4, len(sents))):
        if _REPORTED_AFTER.match(sents[j].text):
            break
        if all_speakers[j] or (text and "\n\n" in text[sents[j - 1].end:sents[j].start]):
            return []  # a voice of its own, or a new paragraph before any report line
    else:
        return []
    named = [sp for sp in all_speakers[j] if not sp.noun and sp.side in ("RU", "UA", "other")]
    named.sort(key=lambda sp: sp.side == "other")  # "According to Censor.NET, this was reported by the governor": the governor
    return [Speaker(-1, -1, named[0].side, named[0].label, named[0].kind, scope=(0, len(sents[i].text)))] if named else []


_SOURCE_LINE = re.compile(r"^\s*Sources?:\s")


_QUOTE_LINE = re.compile(r"^\s*Quote(?:\s+from\s+[\w'’ -]{1,40})?\s*:")
_DETAILS_LINE = re.compile(r"^\s*Details\s*:")
_RECAP = r"Background|Previously|Reminder|Recap|Recall"
# the outlet's recap ("Background:") and its links ("Read also:"): no part of the quoted official's words
_OUTLETS_LINE = re.compile(rf"^\s*(?:{_RECAP}|Read\s+(?:also|more)|Also\s+read)\s*:", re.I)
# (an official's report goes on past a "Read also:" link); "As Ukrainian News Agency earlier reported, ...": the outlet's own
RECAP_LINE = re.compile(rf"^\s*(?:{_RECAP})\s*(?::|$)|^\s*(?:Recall|Reminder),?\s+that\b|^\s*(?:Let\s+us\s+(?:remind\s+you|recall)|Let\s+me\s+remind\s+you|We\s+(?:would\s+like\s+to\s+)?remind\s+you|As\s+a\s+reminder)\b|^\s*As\s+(?:[\w'’.-]+\s+){{0,5}}?(?:earlier|previously|already)\s+reported\b"
                        r"|^\s*As\s+(?:was\s+)?reported\s+(?:earlier|previously|before)\b", re.I)
# a paragraph opening "Earlier, Russian forces shelled A, B and C in the Donetsk region.": the outlet recalls what came
# before (inside an official's paragraph, "Earlier, the enemy shelled X" goes on with the official's report)
RECAP_EARLIER = re.compile(r"^\s*(?:Earlier|Previously),\s+(?:the\s+)?(?:Russian|Ukrainian|Russia|Ukraine)\b")


def _source_lines(sents, voices: Attributor, text: str | None = None) -> list[tuple[Speaker | None, bool]]:
    """Per sentence, the voice of a "Source: X on Telegram" line, and whether it speaks the whole
    sentence: the page layout of some Ukrainian outlets, where that line names who says the lead
    just above it, and the "Quote: ..." paragraphs below it."""
    out, current, first, quoting = [], None, None, False
    for i, sent in enumerate(sents):
        if _SOURCE_LINE.match(sent.text):
            current = voices.named(sent.text)
            first = i if first is None else first
        # "Quote from Reznichenko: ''15:40. A new Russian attack ... hit Marhanets." and the rest of its paragraph;
        # "Details: The official noted ..." and the paragraphs after it, up to the outlet's "Background:"
        if _QUOTE_LINE.match(sent.text) or _DETAILS_LINE.match(sent.text):
            quoting = "details" if _DETAILS_LINE.match(sent.text) else "quote"
            if (line := _QUOTE_LINE.match(sent.text)) and "from" in line.group() and (who := voices.named(line.group())) is not None:
                current = who  # "Quote from DeepState: ..." names who speaks the quote
        elif _OUTLETS_LINE.match(sent.text) or quoting == "quote" and i and text is not None and "\n\n" in text[sents[i - 1].end:sent.start]:
            quoting = False
        out.append((current, bool(quoting) and current is not None))
    if first is not None and first <= 3 and out[first][0] is not None:
        out[:first] = [(out[first][0], True)] * first  # the lead the source line is the source of
    return out


def _quoted_speaker(i: int, sents, all_speakers, quoted) -> list[Speaker]:
    """The voice of a quoted sentence that names none: the one the closing sentence gives
    ("..., he said."), else the one who introduced the quote in the sentence before ("X said:")."""
    inside, close = quoted[i]
    if not inside:
        return []
    named = lambda sps: [sp for sp in sps if not sp.noun and sp.side in ("RU", "UA", "other")]  # noqa: E731
    source = named(all_speakers[close]) if close > i else []
    if not source and i > 0 and (quoted[i - 1][0] or re.search(r"[:,]\s*[“\"]?\s*$", sents[i - 1].text)):
        source = named(all_speakers[i - 1])[-1:]
    if not source and close + 1 < len(sents) and _OPEN_QUOTE.match(sents[close + 1].text) and quoted[close + 1][1] <= close + 2:
        # '"As a result of offensive actions, the troops seized A and B." / "In addition, they closed the
        # ring around C," he detailed.': the quotation that follows names the voice of both, by a pronoun
        # (one it names anew, '"...," Russian commander Apti Alaudinov said', is another voice)
        after = quoted[close + 1][1]
        source = [sp for sp in named(all_speakers[after])[:1] if re.match(r"(?:he|she|they)\b", sents[after].text[sp.start:sp.end], re.I)]
    if not source:
        return []
    sp = source[0]
    return [Speaker(-1, -1, sp.side, sp.label, sp.kind, scope=(0, len(sents[i].text)))]


def _attacker_is(text: str, side: str) -> bool:
    """Whether the sentence names ``side``'s forces as the attacker: a side reports the strikes it
    suffers, so "Russian forces attacked X" is not the Russian report going on."""
    agents = C.RU_AGENT if side == "RU" else C.UA_AGENT
    return bool(agents.search(_LOCATION_COUNTRY.sub(" ", text)))


def _claimants(h: _Hit, speakers: list[Speaker], article: Article, carry: Speaker | None = None, text: str = "",
               summary: bool = False):
    """Who asserts a hit: the nearest voice over the cue and, if that voice is a claim being reported
    ("rejected a Russian statement that ..."), the voice reporting it as well. A strike with no voice
    of its own, just after an official's report, is that report going on (``carry``): a round-up
    lists the places its source names ("According to him, ... Additionally, air strikes hit X"); a military
    summary (``summary``) its fighting as well ("... carried out assault operations in the area of X")."""
    pos = h.cue.start
    inside = [v for v in speakers_at(speakers, pos) if not (h.cue.answer and v.noun)]
    if h.region:
        inside = [s for s in inside if h.region[0] <= s.start < h.region[1]]
    if h.cue.answer and not inside:  # "X says Russia's claim is untrue": X answers, though its scope ends at the claim
        inside = [v for v in speakers if not v.noun and v.end <= pos + 1 and v.side in ("RU", "UA")][-1:]
    if not inside and carry is not None and (h.cue.kind == "struck" and not _attacker_is(text, carry.side)
                                             or summary and h.cue.kind == "contested") and not speakers \
            and not _OWN_SOURCE.search(text) and not _OUTLET_TURN.match(text) and not _OUTLETS_LINE.match(text):  # "Explosions were also reported in ...": a source of its own, unnamed
        return [(carry.side, carry.label, None, "relayed")]
    if not inside:
        return [("other", article.source or "unnamed outlet", None, "outlet")]
    if len(inside) > 1 and inside[0].side not in ("RU", "UA") and inside[1].side in ("RU", "UA"):
        a, b = sorted(inside[:2], key=lambda v: v.start)
        if re.fullmatch(r"\s*(?:,|and)\s*(?:the\s+)?", text[a.end:b.start]):
            inside = [inside[1], inside[0]]  # "according to local media reports and regional officials": the officials
    out = [(sp.side, sp.label, sp, _voice(sp)) for sp in inside[:2 if inside[0].noun else 1]]
    first = inside[0]
    if h.cue.kind == "contested" and not first.noun and first.label in ("Russia", "Ukraine") and first.start > 0 \
            and (pair := _BOTH_SIDES.search(text, max(0, first.start - 20), first.start)):
        other = "RU" if re.match(r"Russia|Moscow", pair.group(1), re.I) else "UA"
        if other != first.side:  # "Russia and Ukraine reported heavy fighting around X": both sides say so (of
            # fighting only: two sides each claiming a capture is no wording reporting uses)
            out.append((other, "Russia" if other == "RU" else "Ukraine", None, "speaker"))
    return out


# the first of two sides that speak together ("Russia and Ukraine reported ...", "Both Moscow and Kyiv said ...")
_BOTH_SIDES = re.compile(r"\b(Russia|Ukraine|Moscow|Kyiv|Kiev)\s+and\s+$")


def _voice(sp: Speaker) -> str:
    """How directly a speaker makes a claim: named in the sentence ("speaker", "third" for analysts and
    monitors), or borrowed from a quotation's closing words ("relayed")."""
    if sp.start < 0:
        return "relayed"
    return "third" if sp.side == "other" else "speaker"


def _answers(text: str, speakers: list[Speaker], hits: list[_Hit], state: _State, article) -> list[_Hit]:
    """ "Ukraine's military disputed the claim": held, for the places just claimed captured (by the other side)."""
    out = []
    for m in C.DENIES_CLAIM.finditer(text):
        captured = [h.mention for h in hits if h.cue.kind == "captured" and h.cue.start < m.start()][:1]
        # "refuted the Russian information about the capture of A, B and C": every place of the list
        captured = captured or [h.mention for h in hits if h.cue.kind == "captured" and h.cue.start >= m.end()]
        voices = [v for v in speakers_at(speakers, m.start()) if not v.noun]
        if m.group().lower().endswith(" by"):  # "These claims were rejected by Ukraine's General Staff": who the "by" names
            voices = [v for v in speakers if m.end() <= v.start <= m.end() + 6 and not v.noun] or voices
        other = {"UA": "RU", "RU": "UA"}.get(voices[0].side if voices else "")
        if not captured and re.match(r",?\s+(?:(?:suggesting|saying|claiming|alleging|stating|indicating)\s+)?(?:of|about|that|on)\b",
                                     text[m.end():m.end() + 24]):
            continue  # "refuted reports of Russian troops advancing into the region", "dismissed media reports suggesting
            # that Russian forces had advanced toward the Dnipropetrovsk region": its own object, not an earlier place
        # "The ministry announced the takeover of A, B and C. Ukraine's military disputes these claims": all three
        targets = captured or state.claimed_all.get(other, (None, []))[1] or [state.salient]
        for target in targets:
            if target is not None:
                out.append(_Hit(target, _Cue(m.start(), m.end(), "held", m.group(), answer=True), coref=not captured))
    return out
# the outlet turning to something else: "It comes as medics rescued a civilian injured in shelling in X"
_OUTLET_TURN = re.compile(r"\s*(?:It|This|That|The\s+(?:\w+\s+)?(?:news|attack|strike|report|announcement|move))\s+(?:comes?|came)\s+(?:as|after|amid|days?|weeks?)\b")
# ... or the outlet's own earlier report: "As Ukrinform reported, over the past day the invaders struck 317 times"
_OWN_SOURCE = re.compile(r"\b(?:(?:was|were|been|being)\s+(?:also\s+)?reported|reportedly)\b|^\s*As\s+(?:[A-Z][\w.-]+\s+){1,3}(?:reported|wrote|earlier\s+reported)\b"
                         r"|^\s*As\s+(?:was\s+|previously\s+|earlier\s+)?reported\s*(?:,|(?:earlier\s+)?by\s)", re.I)  # "As reported, on November 3, ...": the outlet's own earlier report
