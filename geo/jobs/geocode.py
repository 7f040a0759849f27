"""Geocoding for the CLI: one name, or a stream of ``name<TAB>context`` lines to JSON lines.

Places are shown as reporting writes them (``name``: the Ukrainian name in the official
transliteration, Avdiivka); ``geonames_name`` and ``geonameid`` keep GeoNames' own record.
"""

from __future__ import annotations

import codecs
import gc
import json
import math
import select
from collections.abc import Iterable, Iterator
from functools import lru_cache

from geo.places.gazetteer import Gazetteer, gazetteer_path
from geo.places.geocoder import GazetteerGeocoder, Resolution

MAX_CANDIDATES = 50  # of an abstention, beyond those its context places in reach (all of which are listed)
CACHE_LINES = 200_000  # answers kept per run for lines seen before (the same name and context)
# lines answered together when reading a stream: their answers are written as one string, of a
# MB or two (batches of 10,000 lines made strings of 15 MB, on fresh pages each time: more system time)
MAX_BATCH = 1_000


def _candidate(c) -> dict:
    return {
        "geonameid": c.geonameid, "name": c.display_name or c.name, "geonames_name": c.name, "lat": c.lat, "lon": c.lon,
        "oblast": c.admin1, "raion": c.admin2, "confidence": c.score,
    }


def resolution_dict(res: Resolution) -> dict:
    """The JSON shape of a resolution: the place when resolved, else the candidates."""
    out = {"query": res.query, "resolved": res.resolved}
    if res.resolved:
        best = res.candidates[0]
        out |= _candidate(best) | {"feature_code": best.feature_code, "population": best.population, "match": best.match}
    out["candidates"] = [_candidate(c) for c in _listed(res)]
    if res.context:
        out["context"] = res.context
    return out


def _listed(res: Resolution) -> list:
    """The candidates a resolution lists (the geocoder already keeps every one in reach)."""
    return res.candidates if not res.resolved else res.candidates[:MAX_CANDIDATES]


def existing_gazetteer(path=None) -> Gazetteer | None:
    """The gazetteer at ``path`` (else where :func:`geo.places.gazetteer.gazetteer_path` says) when
    there is one, else None: opened without the ingest pipeline's modules, whose import would cost
    a batch run as much as answering thousands of names."""
    target = gazetteer_path(path)
    return Gazetteer(target) if target.exists() else None


def geocode_one(gazetteer: Gazetteer, name: str, *, near=None, oblast=None, context=None,
                geocoder: GazetteerGeocoder | None = None) -> dict:
    """Resolve one name with optional context; see :func:`resolution_dict` for the shape."""
    geocoder = geocoder or GazetteerGeocoder(gazetteer)
    ctx = geocoder.make_context(near=_latlon(near), oblast=oblast, context=context)
    return resolution_dict(geocoder.resolve(name, ctx))


def _latlon(near):
    if isinstance(near, str):
        parts = near.replace(" ", "").split(",")
        if len(parts) == 2:
            try:
                return float(parts[0]), float(parts[1])
            except ValueError:
                pass
    return near


class _Writer:
    """Writes resolutions as JSON lines, each place's fixed part serialised once per run and each
    answer's candidates once (json.dumps of fifty candidates per line would cost more than
    resolving the name)."""

    def __init__(self, gazetteer: Gazetteer):
        self.gazetteer = gazetteer
        self._parts: dict[int, str] = {}
        self._contexts: dict[tuple[str, ...], str] = {}

    def _part(self, place) -> str:
        part = self._parts.get(place.geonameid)
        if part is None:
            # what json.dumps of the dict writes, put together directly (a new place on every other
            # line of a large batch: the encoder's setup would cost more than the text)
            oblast, raion = self.gazetteer.admin_names(place)
            part = self._parts[place.geonameid] = (
                '{"geonameid": ' + _number(place.geonameid) + ', "name": ' + _quoted(place.display_name or place.name)
                + ', "geonames_name": ' + _quoted(place.name) + ', "lat": ' + _number(place.lat) + ', "lon": '
                + _number(place.lon) + ', "oblast": ' + _quoted(oblast) + ', "raion": ' + _quoted(raion) + ', "confidence": ')
        return part

    def _notes(self, notes: list[str]) -> str:
        """The JSON of what a context was understood as (the same for every line of that context)."""
        key = tuple(notes)
        found = self._contexts.get(key)
        if found is None:
            if len(self._contexts) > CACHE_LINES:
                self._contexts.clear()
            found = self._contexts[key] = json.dumps(notes, ensure_ascii=False)
        return found

    def line(self, res: Resolution) -> str:
        if res.rows is None:  # an administrative area, or no place: the plain way
            return json.dumps(resolution_dict(res), ensure_ascii=False)
        tail = res.memo.get("json")
        if tail is None:
            rows = res.rows if not res.resolved else res.rows[:MAX_CANDIDATES]
            parts, part = self._parts, self._part
            cands = ", ".join([(parts.get(p.geonameid) or part(p)) + repr(score) + "}" for p, score, _ in rows])
            if res.resolved:
                top, score, how = res.rows[0]
                tail = ("true, " + part(top)[1:] + repr(score) + ', "feature_code": ' + _code(top.fcode)
                        + ', "population": ' + str(top.population) + ', "match": ' + _code(how))
            else:
                tail = "false"
            tail += ', "candidates": [' + cands + "]"
            if res.context:
                tail += ', "context": ' + self._notes(res.context)
            tail = res.memo["json"] = tail + "}"
        return '{"query": ' + _quoted(res.query) + ', "resolved": ' + tail


@lru_cache(maxsize=None)
def _code(text: str) -> str:
    """``json.dumps`` of a feature code or a match kind (a few dozen of them), each made once."""
    return json.dumps(text)


def _number(value) -> str:
    """``json.dumps`` of a number: the ``repr`` of an int or a finite float, as the encoder writes them."""
    if type(value) is int or type(value) is float and math.isfinite(value):
        return repr(value)
    return json.dumps(value)


def _quoted(text: str) -> str:
    """``json.dumps(text, ensure_ascii=False)``, without the encoder for the common name that
    needs no escape (no quote, backslash or control character)."""
    if text.isprintable() and '"' not in text and "\\" not in text:
        return '"' + text + '"'
    return json.dumps(text, ensure_ascii=False)


def geocode_lines(gazetteer: Gazetteer, lines: Iterable[str], *, keep_caches: bool = False) -> Iterator[str]:
    """One JSON object per input line, in input order.

    :param lines: ``name`` or ``name<TAB>context`` (context as a reporter writes it:
        "in the Donetsk region", "near Bakhmut", "Pokrovsk district"); an iterable of lines, or a
        stream (standard input). From a stream the answers come in batches: all the lines that have
        arrived are answered together, as one string of newline-separated JSON lines (written at
        once instead of line by line); a line is never held back waiting for the next one.
    :param keep_caches: leave the geocoder's caches as they are at the end (for a caller that ends
        the process right after, to whom freeing them would be time lost); else they are freed.
    """
    geocoder = GazetteerGeocoder(gazetteer)
    writer = _Writer(gazetteer)
    contexts: dict[str, object] = {}
    answers: dict[str, str] = {}
    # The gazetteer and the caches are long-lived and free of cycles, and answering makes next to no
    # cyclic garbage (a dozen objects in 100,000 lines): the cyclic collector is paused for the run
    # instead of walking the caches, a million objects by the end of a large batch, again and again
    # (a tenth of the time otherwise); what was there before is frozen out of its way for good.
    gc.freeze()
    collecting = gc.isenabled()
    gc.disable()
    try:
        stream = _descriptor(lines)
        if stream is None:
            yield from _answer(geocoder, writer, contexts, answers, lines)
        else:
            for batch in _arrived(stream):
                yield "\n".join(_answer(geocoder, writer, contexts, answers, batch))
    finally:
        if not keep_caches:
            geocoder.clear_caches()  # (freed now, not walked by the cyclic collector first)
        if collecting:
            gc.enable()


def _answer(geocoder: GazetteerGeocoder, writer: _Writer, contexts: dict, answers: dict, lines) -> Iterator[str]:
    for line in lines:
        line = line.rstrip("\r\n")
        answer = answers.get(line)
        if answer is not None:
            yield answer
            continue
        if not line.strip():
            yield '{"query": "", "resolved": false, "candidates": []}'
            continue
        name, _, context = line.partition("\t")
        context = context.strip()
        if context and context not in contexts:
            if len(contexts) > CACHE_LINES:
                contexts.clear()
            contexts[context] = geocoder.make_context(context=context)
        answer = writer.line(geocoder.resolve(name.strip(), contexts.get(context)))
        if len(answers) > CACHE_LINES:
            answers.clear()
        answers[line] = answer
        yield answer


def _descriptor(lines):
    """(binary buffer, file descriptor) of a text stream such as standard input, else None."""
    buffer = getattr(lines, "buffer", None)
    try:
        fd = lines.fileno()
    except (AttributeError, OSError, ValueError):
        return None
    if buffer is None or not hasattr(buffer, "read1"):
        return None
    return buffer, fd


def _arrived(stream, size: int = 1 << 16) -> Iterator[list[str]]:
    """The lines of a stream in batches: the complete lines that have arrived (waiting only while
    there is none), at most MAX_BATCH at a time. Each read takes all the stream has buffered, so
    that what remains to read is what the descriptor says is there."""
    buffer, fd = stream
    decoder = codecs.getincrementaldecoder("utf-8")(errors="replace")
    pending, end = "", False
    while not end:
        batch: list[str] = []
        while True:
            chunk = buffer.read1(size)
            if not chunk:
                end = True
                pending += decoder.decode(b"", final=True)
                break
            pending += decoder.decode(chunk)
            cut = pending.rfind("\n")
            if cut >= 0:
                batch += pending[:cut].split("\n")
                pending = pending[cut + 1:]
                if len(batch) >= MAX_BATCH or not _readable(fd):
                    break
        if end and pending:  # a last line without its newline
            batch.append(pending)
        if batch:
            yield batch


def _readable(fd: int) -> bool:
    try:
        return bool(select.select([fd], [], [], 0)[0])
    except (OSError, ValueError):
        return False
