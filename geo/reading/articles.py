"""Read news articles (plain text with a header block, Markdown, saved HTML pages) into Articles.

Metadata is layered, later wins: the file itself (header lines or HTML meta tags), a NAME.json
sidecar beside it, then the ``published`` argument (the CLI's ``--published``).
"""

from __future__ import annotations

import errno
import hashlib
import json
import os
import re
import stat
import unicodedata
from datetime import date, datetime, timedelta
from email.utils import parsedate_to_datetime
from html.parser import HTMLParser
from pathlib import Path
from typing import Callable, Iterable

from geo.errors import ArticleError
from geo.models import Article
from geo.reading.outlets import outlet_from_url
from geo.reading.sentences import page_furniture

SUFFIXES = (".txt", ".html", ".htm", ".md")
HTML_SUFFIXES = (".html", ".htm")
FIELDS = ("title", "published", "source", "url")
MAX_BYTES = 5_000_000
#: No article about the war is older (Crimea, February 2014); an earlier date is a typo.
EARLIEST = date(2014, 1, 1)

_HEADER_LINE = re.compile(r"([A-Za-z][\w-]*)[ \t]*:[ \t]*(.*)$")
_ISO_DATE = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ].*)?$")
_WORDY_FORMATS = ("%d %B %Y", "%B %d, %Y", "%B %d %Y", "%d %b %Y", "%b %d, %Y", "%b %d %Y")
_WS = re.compile(r"\s+")


def read_article(path: str | Path, *, published: date | None = None, max_bytes: int = MAX_BYTES) -> Article:
    """Read one article file, its NAME.json sidecar if any, and check it can be used.

    :param path: a .txt, .md, .html or .htm file.
    :param published: publication date for an article whose file and sidecar give none
        (``--published``); a date in the file always wins.
    :param max_bytes: larger files are refused before they are read.
    :returns: the Article; ``text`` is what later offsets refer to.
    :raises ArticleError: missing, empty, binary, too large, undated or textless file.
    """
    p = Path(path)
    name = str(p)
    if not p.exists():
        raise ArticleError(f"{name}: no such file")
    if p.is_dir():
        raise ArticleError(f"{name}: is a folder, not an article file")
    st = p.stat()
    if not stat.S_ISREG(st.st_mode):  # a FIFO would block for ever, /dev/zero never end
        raise ArticleError(f"{name}: not a regular file (a pipe, socket or device)")
    size = st.st_size
    if size > max_bytes:
        raise ArticleError(f"{name}: file too large ({size:,} bytes; the limit is {max_bytes:,} bytes)")
    try:
        with open(p, "rb") as fh:
            data = fh.read(max_bytes + 1)  # it may grow while it is read
    except OSError as exc:
        raise ArticleError(f"{name}: cannot read the file: {exc.strerror or exc}") from None
    if len(data) > max_bytes:
        raise ArticleError(f"{name}: file too large (over {max_bytes:,} bytes)")
    raw = _decode(data, name, html=p.suffix.lower() in HTML_SUFFIXES)
    return parse_article_text(raw, name=name, published=published, sidecar=_read_sidecar(p), path=name,
                              key=file_key(p))


def file_key(path: Path) -> str:
    """The identity of an article file without a url: its path, relative to the working folder when
    inside it, so that two ``story.txt`` in different folders are two articles, and re-running
    from the same folder finds the same article again."""
    resolved = path.resolve()
    try:
        return resolved.relative_to(Path.cwd().resolve()).as_posix()
    except ValueError:
        return resolved.as_posix()


def parse_article_text(raw: str, *, name: str, published: date | None = None,
                       sidecar: dict | None = None, path: str = "", key: str = "",
                       today: date | None = None) -> Article:
    """Build an Article from decoded file content (no I/O).

    :param raw: the file's text; HTML when ``name`` ends in .html/.htm.
    :param name: the file name, used in messages and (basename) as the key when there is no url.
    :param published: the publication date when the content gives none.
    :param sidecar: fields from a NAME.json sidecar; they override the header or meta tags.
    :param path: stored as ``Article.path``.
    :param key: the article's identity when it has no url (default: the file's base name).
    :param today: the machine's date (default: now); see :func:`check_published`.
    :returns: the Article.
    :raises ArticleError: empty content, no text, or a missing, bad, future or pre-2014 publication date.
    """
    raw = unicodedata.normalize("NFC", raw.replace("\r\n", "\n").replace("\r", "\n"))
    # "Ukraine´s", "Kyiv`s": an accent or backtick typed for the apostrophe (machine-made copies)
    raw = _TYPED_APOSTROPHE.sub("’", raw)
    if not raw.strip():
        raise ArticleError(f"{name}: empty file: there is no text to read")
    is_html = Path(name).suffix.lower() in HTML_SUFFIXES
    if is_html:
        meta, body = _parse_html(raw)
        origin = "page's meta tags"
    else:
        meta, body = _split_header(raw)
        origin = "header"
    body = body.strip()
    if not body:
        where = "in the page (only scripts, styles or navigation)" if is_html else "after the header"
        raise ArticleError(f"{name}: no article text {where}")

    side_name = str(Path(name).with_suffix(".json"))
    values = {k: (meta[k].strip(), origin) for k in FIELDS if meta.get(k, "").strip()}
    for k in FIELDS:
        if (sidecar or {}).get(k) and str(sidecar[k]).strip():
            values[k] = (str(sidecar[k]).strip(), f"sidecar {side_name}")

    where = "--published option"
    if "published" in values or published is None:
        if "published" not in values:
            sidecar_hint = f"a {Path(side_name).name} sidecar with \"published\""
            hint = (f"add {sidecar_hint}" if is_html
                    else f"add a 'published: YYYY-MM-DD' header line, {sidecar_hint}")
            raise ArticleError(f"{name}: no publication date: {hint}, or pass --published")
        value, where = values["published"]
        published = parse_date(value)
        if published is None:
            raise ArticleError(f"{name}: bad publication date {value!r} in the {where}: expected YYYY-MM-DD")
    check_published(published, name=name, where=where, today=today)

    title = _WS.sub(" ", values.get("title", ("", ""))[0]).strip()
    text = body
    if not title:
        lines = [line.strip() for line in body.split("\n") if line.strip()]
        # (a page's date line or navigation above the headline is no title: "12:49 22.06.2024", "Skip to main content")
        title = next((line for line in lines if not page_furniture(line)), lines[0]).lstrip("#").strip() or "untitled"
    elif not _fold(body).startswith(_fold(title)):
        # the title must count as text, or places named only in the headline are never found
        text = f"{title}\n\n{body}"
    # one line each: a newline in a sidecar's source or url would forge lines in sources.txt
    url = _WS.sub("", values.get("url", ("", ""))[0])
    source = _WS.sub(" ", values.get("source", ("", ""))[0]).strip() or outlet_from_url(url)
    key = url or key or Path(name).name
    digest = hashlib.sha256(json.dumps(
        [key, title, published.isoformat(), source, url, text], ensure_ascii=False).encode("utf-8")).hexdigest()
    return Article(id=digest, key=key, title=title, published=published, text=text,
                   source=source, url=url, path=path)


_TYPED_APOSTROPHE = re.compile(r"(?<=[A-Za-z])[´`](?=[A-Za-z])")
_FINAL = tuple(".!?\"')]»”’…>")


def unfinished(path: str | Path) -> str | None:
    """Why an article file looks still being written, or ``None`` when it looks whole.

    For ``watch``: a writer that pauses leaves a file that is old enough but cut short. Looks
    unfinished: an empty file, one that ends inside a UTF-8 character, a page whose ``</html>``
    (or ``</body>``) has not arrived, a text whose last line is cut (no newline, no final
    punctuation), or a NAME.json sidecar that is not whole JSON yet. A file cut at a line's end
    cannot be told from a whole one: feeders write elsewhere (NAME.part, .NAME) and rename.
    """
    p = Path(path)
    try:
        if not stat.S_ISREG(p.stat().st_mode):
            return None  # never opened (a pipe would block); read_article refuses it
        with open(p, "rb") as fh:
            data = fh.read(MAX_BYTES + 1)
    except OSError:
        return None  # read_article says what is wrong
    if len(data) > MAX_BYTES or b"\x00" in data:
        return None  # refused by read_article anyway
    text = data.rstrip(b" \t\r\n")
    if not text:
        return "it is empty"
    try:
        data.decode("utf-8")
    except UnicodeDecodeError as exc:
        if exc.reason == "unexpected end of data":
            return "it ends inside a character"
    lower = data.lower()
    if p.suffix.lower() in HTML_SUFFIXES and (b"<html" in lower or b"<body" in lower):
        if b"</html" not in lower and b"</body" not in lower:
            return "its </html> has not arrived"
    elif not data.endswith(b"\n") and not text.decode("utf-8", "replace").endswith(_FINAL):
        return "its last line is cut short"
    side = p.with_suffix(".json")
    if side.is_file():
        try:
            json.loads(side.read_bytes())
        except (OSError, ValueError):
            return f"its sidecar {side.name} is not whole JSON yet"
    return None


def check_published(published: date, *, name: str, where: str, today: date | None = None) -> None:
    """Refuse a publication date every relative date of the article would inherit wrongly.

    :param where: where the date came from ("header", "sidecar X.json", "--published option"), for the message.
    :param today: the machine's date (default: now). A date up to one day after it passes (an
        article dated in a time zone ahead of the machine's); a later one is a typo.
    :raises ArticleError: the date is after tomorrow, or before 2014.
    """
    today = today or date.today()
    if published > today + timedelta(days=1):
        raise ArticleError(f"{name}: publication date {published.isoformat()} (from the {where}) is in the future "
                           f"(today is {today.isoformat()}); fix the date")
    if published < EARLIEST:
        raise ArticleError(f"{name}: publication date {published.isoformat()} (from the {where}) is before "
                           f"{EARLIEST.year}, when the war began; fix the date")


def iter_article_paths(paths: Iterable[str | Path], *,
                       on_problem: Callable[[ArticleError], None] | None = None) -> list[Path]:
    """Expand files and folders (recursively) into the article files to read.

    Picks .txt, .html, .htm and .md; skips .json sidecars, hidden files and folders, and README*.
    Linked folders are followed, each read once; a link that leads back to a folder it is in is
    a loop.

    :param paths: files and folders as given on the command line.
    :param on_problem: called with each loop, broken link or unreadable folder found inside a
        folder, and the walk goes on (``watch``); by default the first one is raised.
    :returns: the article files, sorted, each once.
    :raises ArticleError: a path does not exist, a named file is of an unsupported type, or
        (without ``on_problem``) a folder holds a loop, a broken link or an unreadable folder.
    """
    def problem(exc: ArticleError) -> None:
        if on_problem is None:
            raise exc
        on_problem(exc)

    found: dict[Path, Path] = {}
    for given in paths:
        p = Path(given)
        try:
            st = p.stat()
        except OSError as exc:
            raise _link_error(p, exc) if p.is_symlink() else ArticleError(f"{p}: no such file or folder") from None
        if stat.S_ISDIR(st.st_mode):
            _walk_folder(p, (st.st_dev, st.st_ino), found, problem)
        elif _is_article_name(p.name):
            found.setdefault(p.resolve(), p)
        elif not _is_skipped_name(p.name):
            raise ArticleError(f"{p}: not an article file: expected {', '.join(SUFFIXES)}")
    return sorted(found.values())


def _link_error(path: Path, exc: OSError) -> ArticleError:
    """One line for a path that cannot be followed: a loop, a broken link, or no permission."""
    if exc.errno == errno.ELOOP:
        return ArticleError(f"{path}: symlink loop (the link leads back to itself)")
    if path.is_symlink() and exc.errno == errno.ENOENT:
        return ArticleError(f"{path}: broken link (to {os.readlink(path)}, which does not exist)")
    return ArticleError(f"{path}: cannot read: {exc.strerror or exc}")


def _walk_folder(top: Path, top_key: tuple[int, int], found: dict[Path, Path],
                 problem: Callable[[ArticleError], None]) -> None:
    """Add the article files under ``top`` to ``found``; report loops, broken links and folders
    that cannot be read (os.walk would skip the last silently and not follow linked folders)."""
    visited = {top_key}
    stack = [(top, {top_key: top})]  # a folder, and the folders it is in (by device and inode)
    while stack:
        folder, ancestors = stack.pop()
        try:
            with os.scandir(folder) as listing:
                entries = sorted(listing, key=lambda e: e.name)
        except OSError as exc:
            problem(ArticleError(f"{folder}: cannot read the folder: {exc.strerror or exc}"))
            continue
        for entry in entries:
            if entry.name.startswith("."):
                continue
            path = Path(entry.path)
            try:
                st = entry.stat()  # follows a link
            except OSError as exc:  # a broken or unreadable link, to a file or a folder
                # a link named like an article, or like a folder (no suffix), cannot silently vanish
                if exc.errno == errno.ELOOP or _is_article_name(entry.name) or not Path(entry.name).suffix:
                    problem(_link_error(path, exc))
                continue
            if stat.S_ISDIR(st.st_mode):
                key = (st.st_dev, st.st_ino)
                if key in ancestors:
                    problem(ArticleError(f"{path}: symlink loop (it leads back to {ancestors[key]})"))
                elif key not in visited:  # a folder reached by two links is read once
                    visited.add(key)
                    stack.append((path, {**ancestors, key: path}))
            elif _is_article_name(entry.name):
                if not stat.S_ISREG(st.st_mode):
                    problem(ArticleError(f"{path}: not a regular file (a pipe, socket or device)"))
                    continue
                found.setdefault(path.resolve(), path)


def parse_date(value: str) -> date | None:
    """Parse a publication date: ISO (date or datetime), '3 October 2024', 'Oct. 3, 2024', RFC 2822.

    :param value: the date as written in a header, sidecar or meta tag.
    :returns: the date as written (its time zone is not converted), or None if unreadable.
    """
    value = value.strip()
    m = _ISO_DATE.match(value)
    if m:
        try:
            return date(int(m[1]), int(m[2]), int(m[3]))
        except ValueError:
            return None
    wordy = re.sub(r"(\d)(?:st|nd|rd|th)\b", r"\1", value.replace(".", ""))
    for fmt in _WORDY_FORMATS:
        try:
            return datetime.strptime(wordy, fmt).date()
        except ValueError:
            pass
    try:
        return parsedate_to_datetime(value).date()
    except (TypeError, ValueError, IndexError):
        return None


def _is_skipped_name(name: str) -> bool:
    return name.startswith(".") or name.upper().startswith("README") or name.lower().endswith(".json")


def _is_article_name(name: str) -> bool:
    return not _is_skipped_name(name) and name.lower().endswith(SUFFIXES)


def _fold(s: str) -> str:
    return _WS.sub(" ", s).strip().casefold()


def _decode(data: bytes, name: str, *, html: bool) -> str:
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError:
            raise ArticleError(f"{name}: binary file or broken UTF-16 text: save it as UTF-8") from None
    if b"\x00" in data:
        raise ArticleError(f"{name}: binary file (it contains NUL bytes), not a text article")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        bad = f"not UTF-8 text (byte 0x{data[exc.start]:02x} at offset {exc.start})"
    charset = re.search(rb"""<meta[^>]+charset=["']?([\w-]+)""", data[:4096], re.I) if html else None
    if charset and charset[1].lower() not in (b"utf-8", b"utf8"):
        try:  # a page that declares its legacy charset is decoded as it says, not guessed
            return data.decode(charset[1].decode("ascii"))
        except (LookupError, UnicodeDecodeError):
            pass
    raise ArticleError(f"{name}: binary file or {bad}: save it as UTF-8")


def _read_sidecar(p: Path) -> dict | None:
    side = p.with_suffix(".json")
    if side == p or not side.is_file():
        return None
    try:
        obj = json.loads(side.read_text(encoding="utf-8-sig"))
    except (OSError, UnicodeDecodeError, ValueError) as exc:
        raise ArticleError(f"{side}: unreadable sidecar: {exc}") from None
    if not isinstance(obj, dict):
        raise ArticleError(f"{side}: the sidecar must be a JSON object with title, published, source or url")
    for k in FIELDS:
        if obj.get(k) is not None and not isinstance(obj[k], str):
            raise ArticleError(f"{side}: {k!r} must be a string, not {type(obj[k]).__name__}")
    return obj


def _split_header(raw: str) -> tuple[dict[str, str], str]:
    """Split leading ``key: value`` lines (or Markdown ``---`` front matter) from the body."""
    lines = raw.split("\n")
    first = next((i for i, line in enumerate(lines) if line.strip()), len(lines))
    fenced = first < len(lines) and lines[first].strip() == "---"
    if fenced:
        close = next((i for i in range(first + 1, len(lines)) if lines[i].strip() == "---"), None)
        if close is None:
            return {}, raw
        block, rest = lines[first + 1:close], lines[close + 1:]
    else:
        end = first
        while end < len(lines) and _HEADER_LINE.match(lines[end].strip()):
            end += 1
        block, rest = lines[first:end], lines[end:]
    meta: dict[str, str] = {}
    for line in block:
        m = _HEADER_LINE.match(line.strip())
        if m:
            value = m[2].strip()
            if fenced and len(value) > 1 and value[0] == value[-1] and value[0] in "\"'":
                value = value[1:-1]
            meta.setdefault(m[1].lower(), value)
    # a body that merely opens with "Update: ..." is not a header
    if not meta.keys() & set(FIELDS):
        return {}, raw
    return meta, "\n".join(rest)


# ---- HTML -------------------------------------------------------------------------------

_VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param",
         "source", "track", "wbr"}
_DROP = {"script", "style", "noscript", "nav", "header", "footer", "aside", "form", "figure",
         "figcaption", "template", "svg", "iframe", "button", "select", "textarea", "head", "title"}
_BLOCK = {"p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "br", "ul", "ol", "dl", "dt", "dd",
          "section", "article", "main", "body", "blockquote", "pre", "table", "tr", "td", "th", "hr",
          "address", "caption"}
_BOILERPLATE = re.compile(
    r"(?:^|[-_\s])(?:nav|navbar|navigation|menu|share|sharing|social|related|newsletter|cookies?"
    r"|consent|footer|comments?|advert|advertisement|ads?|promo|subscribe|breadcrumbs?)(?:$|[-_\s])", re.I)
_DATE_KEYS = ("article:published_time", "og:published_time", "ld+json", "datepublished", "date",
              "pubdate", "publishdate", "dc.date", "dc.date.issued", "dcterms.date", "dcterms.created", "time")


class _Node:
    __slots__ = ("tag", "attrs", "children", "parent")

    def __init__(self, tag: str, attrs: dict[str, str], parent: _Node | None):
        self.tag, self.attrs, self.children, self.parent = tag, attrs, [], parent


class _TreeBuilder(HTMLParser):
    """A forgiving tree: unknown end tags are ignored, unclosed elements end with their parent."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.root = _Node("#document", {}, None)
        self.stack = [self.root]

    def handle_starttag(self, tag: str, attrs: list) -> None:
        if tag in ("p", "li") and self.stack[-1].tag == tag:
            self.stack.pop()  # <p>a<p>b: siblings, not ever deeper nesting
        node = _Node(tag, {k.lower(): v or "" for k, v in attrs}, self.stack[-1])
        self.stack[-1].children.append(node)
        if tag not in _VOID:
            self.stack.append(node)

    def handle_endtag(self, tag: str) -> None:
        for i in range(len(self.stack) - 1, 0, -1):
            if self.stack[i].tag == tag:
                del self.stack[i:]
                return

    def handle_data(self, data: str) -> None:
        self.stack[-1].children.append(data)


def _walk(node: _Node):
    stack = [node]
    while stack:
        n = stack.pop()
        yield n
        stack.extend(c for c in reversed(n.children) if isinstance(c, _Node))


def _dropped(node: _Node, by_class: bool = True) -> bool:
    a = node.attrs
    if node.tag in _DROP or "hidden" in a or a.get("aria-hidden") == "true":
        return True
    if not by_class or node.tag in ("html", "body", "main", "article"):
        return False
    return bool(_BOILERPLATE.search(f"{a.get('class', '')} {a.get('id', '')}"))


def _inside_dropped(node: _Node) -> bool:
    while node.parent is not None:
        node = node.parent
        if _dropped(node, by_class=False):
            return True
    return False


def _text_of(root: _Node, by_class: bool = True) -> str:
    """Visible text of ``root``, blocks as paragraphs separated by blank lines."""
    paras: list[str] = []
    buf: list[str] = []
    brk = object()

    def flush() -> None:
        t = _WS.sub(" ", "".join(buf).replace("\u200b", "")).strip()
        buf.clear()
        if t:
            paras.append(t)

    stack: list = [root]
    while stack:
        item = stack.pop()
        if item is brk:
            flush()
        elif isinstance(item, str):
            buf.append(item)
        elif item is root or not _dropped(item, by_class):
            if item.tag in _BLOCK:
                flush()
                stack.append(brk)
            stack.extend(reversed(item.children))
    flush()
    return "\n\n".join(paras)


def _ld_find(obj, key: str):
    if isinstance(obj, dict):
        if isinstance(obj.get(key), str):
            return obj[key]
        obj = list(obj.values())
    if isinstance(obj, list):
        for v in obj:
            found = _ld_find(v, key)
            if found:
                return found
    return None


def _parse_html(raw: str) -> tuple[dict[str, str], str]:
    """Metadata (title, published, source, url) and article text of a saved page."""
    builder = _TreeBuilder()
    builder.feed(raw)
    builder.close()
    nodes = list(_walk(builder.root))
    props: dict[str, str] = {}
    title_tag = ""
    for n in nodes:
        a = n.attrs
        if n.tag == "meta" and a.get("content", "").strip():
            key = (a.get("property") or a.get("name") or a.get("itemprop") or "").strip().lower()
            props.setdefault(key, a["content"].strip())
        elif n.tag == "link" and "canonical" in a.get("rel", "").lower().split():
            props.setdefault("canonical", a.get("href", "").strip())
        elif n.tag == "title" and not title_tag:
            title_tag = _WS.sub(" ", "".join(c for c in n.children if isinstance(c, str))).strip()
        elif n.tag == "script" and "ld+json" in a.get("type", "").lower():
            try:
                ld = json.loads("".join(c for c in n.children if isinstance(c, str)))
            except ValueError:
                continue
            for key, prop in (("datePublished", "ld+json"), ("headline", "ld+json:headline")):
                if value := _ld_find(ld, key):
                    props.setdefault(prop, value.strip())

    articles = [n for n in nodes if n.tag == "article" and not _inside_dropped(n)]
    texts = {id(n): _text_of(n) for n in articles}
    root = (max(articles, key=lambda n: len(texts[id(n)])) if articles else None) \
        or next((n for n in nodes if n.tag == "main"), None) \
        or next((n for n in nodes if n.tag == "body"), builder.root)
    # a page-wide wrapper such as <div class="has-nav"> must not take the story with it
    body = texts.get(id(root)) or _text_of(root) or _text_of(root, by_class=False)

    times = [n for n in _walk(root) if n.tag == "time" and n.attrs.get("datetime", "").strip()]
    times.sort(key=lambda n: not ("pubdate" in n.attrs or n.attrs.get("itemprop", "").lower() == "datepublished"))
    if times:
        props["time"] = times[0].attrs["datetime"].strip()
    dates = [props[k] for k in _DATE_KEYS if props.get(k)]
    published = next((d for d in dates if parse_date(d)), dates[0] if dates else "")

    if title_tag and " | " in title_tag:  # "Headline | Site": the site name is not the title
        title_tag = title_tag.rsplit(" | ", 1)[0].strip()
    title = props.get("og:title") or title_tag or props.get("ld+json:headline", "")
    url = next((u for u in (props.get("og:url", ""), props.get("canonical", ""))
                if u.startswith(("http://", "https://"))), "")
    meta = {"title": _WS.sub(" ", title).strip(), "published": published,
            "source": props.get("og:site_name", ""), "url": url}
    return meta, body
