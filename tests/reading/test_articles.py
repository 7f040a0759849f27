"""Reading articles: header blocks, sidecars, saved HTML pages, folders, and every refusal."""

from __future__ import annotations

import json
import os
from datetime import date
from pathlib import Path

import pytest

from geo.reading.articles import iter_article_paths, parse_article_text, parse_date, read_article
from geo.errors import ArticleError, InputError

DATA = Path(__file__).parents[1] / "data" / "articles"

PAGE = """<!DOCTYPE html><html><head><title>{title}</title>{head}</head>
<body><nav>Menu Home</nav>{body}<footer>Copyright</footer></body></html>"""


def write(tmp_path: Path, name: str, content: str | bytes) -> Path:
    p = tmp_path / name
    p.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(content, bytes):
        p.write_bytes(content)
    else:
        p.write_text(content, encoding="utf-8")
    return p


# ---- plain text --------------------------------------------------------------------------

def test_header_block_gives_metadata_and_title_is_prepended_to_the_text():
    path = DATA / "vugledar_2024-10-03.txt"
    a = read_article(path)
    assert a.title == "Russia claims Vugledar after Ukrainian pull-out"
    assert a.published == date(2024, 10, 3)
    assert a.source == "agency-fr"
    assert a.url == ""
    assert a.key.endswith("tests/data/articles/vugledar_2024-10-03.txt")
    assert a.path == str(path)
    assert a.text.startswith("Russia claims Vugledar after Ukrainian pull-out\n\nMOSCOW, Oct 3 — Russia said")
    assert a.text.endswith("to save soldiers' lives and equipment.")
    assert "published:" not in a.text and "agency-fr" not in a.text
    assert len(a.id) == 64 and set(a.id) <= set("0123456789abcdef")


def test_title_is_not_repeated_when_the_body_already_starts_with_it():
    raw = "Title: Russia claims new gains\nPUBLISHED: 2024-02-22\n\nRussia claims new gains\n\nRussia on Thursday said so.\n"
    a = parse_article_text(raw, name="seed.txt")
    assert a.title == "Russia claims new gains"
    assert a.text == "Russia claims new gains\n\nRussia on Thursday said so."


def test_without_header_the_whole_file_is_the_body_and_the_first_line_the_title():
    raw = "\n\n  Forces take Testivka  \n\nUpdate: the ministry said Testivka fell.\n"
    a = parse_article_text(raw, name="folder/testivka.txt", published=date(2024, 3, 1))
    assert a.title == "Forces take Testivka"
    assert a.text == "Forces take Testivka  \n\nUpdate: the ministry said Testivka fell."
    assert a.key == "testivka.txt"
    assert a.source == "" and a.url == ""


def test_markdown_heading_as_first_line_gives_a_plain_title():
    a = parse_article_text("# Forces take Testivka\n\nText.\n", name="t.md", published=date(2024, 3, 1))
    assert a.title == "Forces take Testivka"
    assert a.text == "# Forces take Testivka\n\nText."


def test_self_closing_and_unclosed_tags_are_tolerated(tmp_path):
    body = "<article><p>One<p>Two<div/><p>Three</span></div></article>"
    p = write(tmp_path, "u.html", PAGE.format(title="One", head='<meta name="date" content="2024-02-22">', body=body))
    assert read_article(p).text == "One\n\nTwo\n\nThree"


def test_a_body_opening_with_a_colon_line_is_not_taken_for_a_header():
    raw = "Update: Russia claims Testivka\n\nThe ministry said on Monday it took Testivka.\n"
    a = parse_article_text(raw, name="u.txt", published=date(2024, 3, 1))
    assert a.title == "Update: Russia claims Testivka"
    assert a.text.startswith("Update: Russia claims Testivka\n\nThe ministry")


def test_unknown_header_keys_are_ignored_and_crlf_and_bom_are_normalised(tmp_path):
    raw = "\ufeffauthor: A. Reporter\r\npublished: 2024-05-10\r\nurl: https://news.example/a\r\n\r\nLine one.\r\nLine two.\r\n"
    a = read_article(write(tmp_path, "a.txt", raw.encode("utf-8")))
    assert a.published == date(2024, 5, 10)
    assert a.url == a.key == "https://news.example/a"
    assert a.title == "Line one."
    assert a.text == "Line one.\nLine two."
    assert "author" not in a.text and "\r" not in a.text


def test_markdown_front_matter_with_quoted_values():
    a = read_article(DATA / "liveblog" / "2024-05-10_kharkiv.md")
    assert a.title == "Live: Russia opens a new front in Kharkiv region"
    assert a.published == date(2024, 5, 10)
    assert a.source == "liveblog"
    assert a.text.startswith("Live: Russia opens a new front in Kharkiv region\n\n13:40 — Russian troops")
    assert "---" not in a.text


def test_id_changes_with_the_article_and_the_key_does_not():
    raw = "title: T\npublished: 2024-02-22\n\nForces took Testivka.\n"
    one = parse_article_text(raw, name="x.txt")
    assert parse_article_text(raw, name="other/x.txt").id == one.id
    changed = [parse_article_text(raw.replace("Testivka", "Pobeda"), name="x.txt"),
               parse_article_text(raw.replace("title: T", "title: U"), name="x.txt"),
               parse_article_text(raw.replace("2024-02-22", "2024-02-23"), name="x.txt"),
               parse_article_text(raw.replace("\n\n", "\nsource: wire\n\n"), name="x.txt")]
    assert len({one.id, *(a.id for a in changed)}) == 5
    assert {a.key for a in changed} == {"x.txt"}


# ---- sidecars and --published --------------------------------------------------------------

def test_sidecar_supplies_date_source_and_url_of_a_headerless_file():
    a = read_article(DATA / "krynky_2024-02-21.txt")
    assert a.published == date(2024, 2, 21)
    assert a.source == "wire"
    assert a.url == a.key == "https://news.example/2024/02/21/krynky"
    assert a.title == "Russia says it has retaken Krynky"
    assert a.text.startswith("Russia says it has retaken Krynky\n\nRussia's defence ministry said on Tuesday")


def test_sidecar_overrides_the_header(tmp_path):
    p = write(tmp_path, "story.txt", "title: Old title\npublished: 2024-01-01\nsource: header\n\nForces took Testivka.\n")
    write(tmp_path, "story.json", json.dumps({"title": "New title", "published": "2024-02-21", "extra": 1}))
    a = read_article(p)
    assert (a.title, a.published, a.source) == ("New title", date(2024, 2, 21), "header")
    assert a.text == "New title\n\nForces took Testivka."


def test_sidecar_fixes_a_bad_header_date(tmp_path):
    p = write(tmp_path, "story.txt", "published: soon\n\nForces took Testivka.\n")
    write(tmp_path, "story.json", '{"published": "2024-02-21"}')
    assert read_article(p).published == date(2024, 2, 21)


def test_published_argument_never_overrides_a_date_the_article_gives(tmp_path):
    p = write(tmp_path, "story.txt", "published: 2024-01-01\n\nForces took Testivka.\n")
    write(tmp_path, "story.json", '{"published": "2024-02-21"}')
    assert read_article(p, published=date(2023, 6, 5)).published == date(2024, 2, 21)
    assert read_article(DATA / "vugledar_2024-10-03.txt", published=date(2024, 10, 4)).published == date(2024, 10, 3)


def test_published_argument_dates_an_undated_article_but_a_bad_date_is_still_an_error(tmp_path):
    none = write(tmp_path, "none.txt", "Just text.\n")
    assert read_article(none, published=date(2024, 1, 2)).published == date(2024, 1, 2)
    bad = write(tmp_path, "bad.txt", "published: 2024-13-45\n\nText.\n")
    with pytest.raises(ArticleError, match="bad.txt: bad publication date '2024-13-45'"):
        read_article(bad, published=date(2024, 1, 2))


def test_same_file_name_in_two_folders_is_two_articles(tmp_path):
    a = write(tmp_path / "a", "story.txt", "published: 2024-01-01\n\nForces took Testivka.\n")
    b = write(tmp_path / "b", "story.txt", "published: 2024-01-01\n\nForces took Testivka.\n")
    assert read_article(a).key != read_article(b).key


@pytest.mark.parametrize("content, problem", [
    ("{not json", "unreadable sidecar"),
    ("[1, 2]", "must be a JSON object"),
    ('{"published": 20240221}', "'published' must be a string"),
])
def test_broken_sidecar_is_refused_naming_the_sidecar(tmp_path, content, problem):
    p = write(tmp_path, "story.txt", "published: 2024-01-01\n\nText.\n")
    write(tmp_path, "story.json", content)
    with pytest.raises(ArticleError) as err:
        read_article(p)
    assert str(tmp_path / "story.json") in str(err.value) and problem in str(err.value)


# ---- HTML ----------------------------------------------------------------------------------

def test_saved_html_page_metadata_and_clean_text():
    a = read_article(DATA / "avdiivka_2024-02-17.html")
    assert a.title == "Ukraine withdraws from Avdiivka as Russia claims the town"
    assert a.published == date(2024, 2, 17)  # article:published_time wins over JSON-LD
    assert a.url == a.key == "https://news.example/2024/02/17/avdiivka"
    assert a.source == "News Example"
    assert a.text.split("\n\n") == [
        "Ukraine withdraws from Avdiivka as Russia claims the town",
        "KYIV, Feb 17 (News Example) – Ukraine's army said on Saturday it was withdrawing from the town "
        "of Avdiivka & moving to “more favourable” lines.",
        "Russia's defence ministry said its forces had taken full control of the town.",
        "Fighting continued near Lastochkyne.",
        "Avdiivka had about 32,000 residents",
        "It lies north of Donetsk",
    ]
    for junk in ("alert", "Pokrovsk", "cookies", "Share", "Mariinka", "Robotyne", "Home", "©", "By A. Reporter", "{"):
        assert junk not in a.text


def test_script_in_the_body_never_reaches_the_text(tmp_path):
    body = "<p>Forces took <script>alert(1)</script>Testivka.</p><script>alert(2)"
    p = write(tmp_path, "s.html", PAGE.format(title="T", head='<meta name="date" content="2024-02-22">', body=body))
    a = read_article(p)
    assert "alert" not in a.text
    assert a.text == "T\n\nForces took Testivka."


@pytest.mark.parametrize("head, body, expected", [
    ('<meta property="og:published_time" content="2024-02-20T10:00:00Z">', "", date(2024, 2, 20)),
    ('<script type="application/ld+json">{"@graph": [{"@type": "WebPage"}, {"datePublished": "2024-02-19"}]}</script>',
     "", date(2024, 2, 19)),
    ('<meta itemprop="datePublished" content="2024-02-18">', "", date(2024, 2, 18)),
    ('<meta name="date" content="Feb. 17, 2024">', "", date(2024, 2, 17)),
    ('<meta name="pubdate" content="16 February 2024">', "", date(2024, 2, 16)),
    ('<meta name="DC.date" content="2024-02-15">', "", date(2024, 2, 15)),
    ("", '<article><time datetime="2024-02-14T09:00">Wed</time><p>Forces took Testivka.</p></article>',
     date(2024, 2, 14)),
    ("", '<article><time datetime="2024-01-01">x</time><time pubdate datetime="2024-02-13">y</time>'
         '<p>Forces took Testivka.</p></article>', date(2024, 2, 13)),
    ('<meta name="date" content="sometime">', '<article><time datetime="2024-02-12">x</time><p>Forces.</p></article>',
     date(2024, 2, 12)),
])
def test_html_publication_date_sources(tmp_path, head, body, expected):
    body = body or "<p>Forces took Testivka.</p>"
    p = write(tmp_path, "d.html", PAGE.format(title="Testivka", head=head, body=body))
    assert read_article(p).published == expected


def test_html_title_url_and_root_fallbacks(tmp_path):
    html = PAGE.format(
        title="Forces take Testivka | Example Wire",
        head='<link rel="canonical" href="https://wire.example/testivka"><meta name="date" content="2024-02-22">',
        body='<div class="newsletter-signup">Sign up</div><main><h2>Forces take Testivka</h2>'
             '<div class="content">Forces&nbsp;took   Testivka,\n the <i>ministry</i> said.</div>'
             '<div id="comments">Nice</div><noscript>Enable JS</noscript></main><p>Outside main</p>')
    a = read_article(write(tmp_path, "t.htm", html))
    assert a.title == "Forces take Testivka"
    assert a.url == a.key == "https://wire.example/testivka"
    assert a.text == "Forces take Testivka\n\nForces took Testivka, the ministry said."


def test_html_body_is_used_without_article_or_main_and_boilerplate_wrappers_do_not_empty_it(tmp_path):
    html = PAGE.format(title="T", head='<meta name="date" content="2024-02-22">',
                       body='<div class="page with-sidebar-nav"><p>Forces took Testivka.</p></div>')
    assert read_article(write(tmp_path, "w.html", html)).text == "T\n\nForces took Testivka."


def test_html_longest_article_is_the_story_and_declared_legacy_charset_is_honoured(tmp_path):
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1252">'
            '<meta name="date" content="2024-02-22"><title>Caf\xe9</title></head><body>'
            '<article><p>Short teaser.</p></article>'
            '<article><p>The long story about Mari\xefnka and the caf\xe9 “held” by troops.</p></article></body></html>')
    a = read_article(write(tmp_path, "c.html", html.encode("cp1252")))
    assert a.title == "Café"
    assert a.text == "Café\n\nThe long story about Mariïnka and the café “held” by troops."


def test_html_without_date_says_how_to_give_one(tmp_path):
    p = write(tmp_path, "n.html", PAGE.format(title="T", head="", body="<p>Text.</p>"))
    with pytest.raises(ArticleError, match=r"n\.html: no publication date: add a n\.json sidecar .*--published"):
        read_article(p)


def test_html_with_only_scripts_has_no_text(tmp_path):
    p = write(tmp_path, "only.html", PAGE.format(title="", head='<meta name="date" content="2024-02-22">',
                                                 body="<script>alert(1)</script><style>p{}</style>"))
    with pytest.raises(ArticleError, match=r"only\.html: no article text in the page"):
        read_article(p)


# ---- refusals ------------------------------------------------------------------------------

def test_missing_file(tmp_path):
    with pytest.raises(ArticleError, match=r"nope\.txt: no such file"):
        read_article(tmp_path / "nope.txt")


@pytest.mark.parametrize("content", ["", "   \n\t\n", "\ufeff\n"])
def test_empty_or_whitespace_file(tmp_path, content):
    with pytest.raises(ArticleError, match=r"empty\.txt: empty file"):
        read_article(write(tmp_path, "empty.txt", content))


def test_binary_file_with_nul_bytes(tmp_path):
    with pytest.raises(ArticleError, match=r"blob\.txt: binary file \(it contains NUL bytes\)"):
        read_article(write(tmp_path, "blob.txt", b"PK\x03\x04\x00\x00binary"))


def test_non_utf8_text_is_refused_not_mojibaked(tmp_path):
    with pytest.raises(ArticleError, match=r"latin\.txt: .*not UTF-8 text \(byte 0xef at offset 27\)"):
        read_article(write(tmp_path, "latin.txt", "published: 2024-02-22\n\nMari\xefnka fell.".encode("latin-1")))


def test_too_large_file_is_refused_before_reading(tmp_path, monkeypatch):
    p = write(tmp_path, "huge.txt", b"published: 2024-02-22\n\n" + b"x" * 6_000_000)
    monkeypatch.setattr(Path, "read_bytes", lambda self: pytest.fail("the file was read"))
    with pytest.raises(ArticleError) as err:
        read_article(p)
    msg = str(err.value)
    assert msg.startswith(f"{p}: file too large")
    assert "6,000,023 bytes" in msg and "5,000,000 bytes" in msg


def test_max_bytes_is_adjustable(tmp_path):
    p = write(tmp_path, "small.txt", "published: 2024-02-22\n\nForces took Testivka.\n")
    with pytest.raises(ArticleError, match="the limit is 10 bytes"):
        read_article(p, max_bytes=10)
    assert read_article(p, max_bytes=1000).text == "Forces took Testivka."


def test_bad_published_value(tmp_path):
    p = write(tmp_path, "bad.txt", "title: T\npublished: 2024-13-45\n\nText.\n")
    with pytest.raises(ArticleError) as err:
        read_article(p)
    assert str(err.value) == f"{p}: bad publication date '2024-13-45' in the header: expected YYYY-MM-DD"


def test_bad_sidecar_date_names_the_sidecar(tmp_path):
    p = write(tmp_path, "s.txt", "Text.\n")
    write(tmp_path, "s.json", '{"published": "yesterday"}')
    with pytest.raises(ArticleError, match=r"bad publication date 'yesterday' in the sidecar .*s\.json"):
        read_article(p)


def test_no_publication_date(tmp_path):
    p = write(tmp_path, "seeds/x.txt", "title: T\nsource: wire\n\nForces took Testivka.\n")
    with pytest.raises(ArticleError) as err:
        read_article(p)
    assert str(err.value) == (f"{p}: no publication date: add a 'published: YYYY-MM-DD' header line, "
                              "a x.json sidecar with \"published\", or pass --published")
    assert err.value.exit_code == 2 and isinstance(err.value, InputError)


def test_header_without_body(tmp_path):
    with pytest.raises(ArticleError, match=r"h\.txt: no article text after the header"):
        read_article(write(tmp_path, "h.txt", "title: T\npublished: 2024-02-22\n\n\n"))


def test_folder_given_as_a_file(tmp_path):
    with pytest.raises(ArticleError, match="is a folder"):
        read_article(tmp_path)


@pytest.mark.parametrize("value, expected", [
    ("2024-02-22", date(2024, 2, 22)),
    ("2024-02-22T23:30:00-05:00", date(2024, 2, 22)),
    ("2024-2-3 10:00", date(2024, 2, 3)),
    ("22 February 2024", date(2024, 2, 22)),
    ("Feb. 22nd, 2024", date(2024, 2, 22)),
    ("Thu, 22 Feb 2024 10:00:00 +0000", date(2024, 2, 22)),
    ("2024-02-30", None),
    ("22/02/2024", None),
    ("", None),
])
def test_parse_date(value, expected):
    assert parse_date(value) == expected


# ---- folders -------------------------------------------------------------------------------

def test_fixture_folder_is_walked_recursively_and_sorted():
    assert iter_article_paths([DATA]) == [
        DATA / "avdiivka_2024-02-17.html",
        DATA / "krynky_2024-02-21.txt",
        DATA / "liveblog" / "2024-05-10_kharkiv.md",
        DATA / "vugledar_2024-10-03.txt",
    ]


def test_folder_selection_skips_sidecars_hidden_readme_and_other_types(tmp_path):
    for name in ("b.txt", "b.json", "a/c.HTM", "a/deep/d.md", "a/deep/d.json", "e.html",
                 ".hidden.txt", ".git/x.txt", "README.md", "README", "notes.pdf", "f.txt~"):
        write(tmp_path, name, "x")
    assert iter_article_paths([tmp_path]) == [tmp_path / "a/c.HTM", tmp_path / "a/deep/d.md",
                                              tmp_path / "b.txt", tmp_path / "e.html"]


def test_files_and_folders_mix_without_duplicates(tmp_path):
    b = write(tmp_path, "b.txt", "x")
    a = write(tmp_path, "sub/a.txt", "x")
    side = write(tmp_path, "b.json", "{}")
    assert iter_article_paths([b, tmp_path / "sub", a, tmp_path, side, str(b)]) == [b, a]
    assert iter_article_paths([]) == []


def test_missing_path_is_named(tmp_path):
    (tmp_path / "b").mkdir()
    with pytest.raises(ArticleError, match=r"missing-folder: no such file or folder"):
        iter_article_paths([tmp_path / "b", tmp_path / "missing-folder"])


def test_named_file_of_unsupported_type(tmp_path):
    p = write(tmp_path, "scan.pdf", b"%PDF")
    with pytest.raises(ArticleError, match=r"scan\.pdf: not an article file"):
        iter_article_paths([p])


def test_every_fixture_reads(tmp_path):
    articles = [read_article(p) for p in iter_article_paths([DATA])]
    assert [a.published for a in articles] == [date(2024, 2, 17), date(2024, 2, 21), date(2024, 5, 10), date(2024, 10, 3)]
    assert len({a.id for a in articles}) == 4


@pytest.mark.parametrize("url, outlet", [
    ("https://www.reuters.com/world/europe/x", "Reuters"),
    ("https://english.news.cn/20240101/x.htm", "Xinhua"),
    ("https://www.anews.com.tr/world/2024/12/21/x", "anews.com.tr"),
    ("https://amp.theguardian.com/world/live/x", "The Guardian"),
    ("not a url", ""),
    ("http://ec2-15-188-152-128.eu-west-3.compute.amazonaws.com/reuters/x", ""),  # a cloud server names no outlet
    ("http://93.184.216.34/news/x", ""),
])
def test_outlet_named_from_the_url_when_the_header_has_no_source(tmp_path, url, outlet):
    path = tmp_path / "a.txt"
    path.write_text(f"url: {url}\npublished: 2024-02-22\n\nRussia said it took Pobeda.\n", encoding="utf-8")
    assert read_article(path).source == outlet


def test_a_source_line_wins_over_the_url(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text("source: AFP\nurl: https://www.reuters.com/x\npublished: 2024-02-22\n\nText here.\n", encoding="utf-8")
    assert read_article(path).source == "AFP"


# ---- publication dates that cannot be right --------------------------------------------------------
def test_a_future_publication_date_is_refused_naming_the_file_and_where_it_came_from(tmp_path):
    p = write(tmp_path, "a.txt", "published: 2031-05-05\n\nRussia said it took Pobeda.\n")
    with pytest.raises(ArticleError) as caught:
        read_article(p)
    message = str(caught.value)
    assert message.startswith(f"{p}: publication date 2031-05-05 (from the header) is in the future (today is ")
    assert "\n" not in message


@pytest.mark.parametrize("ahead, ok", [(0, True), (1, True), (2, False), (400, False)])
def test_a_day_ahead_of_the_machine_is_allowed_more_is_not(ahead, ok):
    from datetime import timedelta

    today = date(2024, 3, 1)
    text = f"published: {today + timedelta(days=ahead)}\n\nRussia said it took Pobeda.\n"
    if ok:
        assert parse_article_text(text, name="a.txt", today=today).published == today + timedelta(days=ahead)
    else:
        with pytest.raises(ArticleError, match=r"a\.txt: publication date .* is in the future \(today is 2024-03-01\)"):
            parse_article_text(text, name="a.txt", today=today)


@pytest.mark.parametrize("text, sidecar, published, where", [
    ("published: 2013-12-31\n\nText.\n", None, None, "header"),
    ("Text.\n", {"published": "1914-08-01"}, None, "sidecar a.json"),
    ("Text.\n", None, date(2009, 1, 1), "--published option"),
])
def test_a_date_before_2014_is_refused_wherever_it_comes_from(text, sidecar, published, where):
    with pytest.raises(ArticleError, match=rf"a\.txt: publication date \d{{4}}-\d\d-\d\d \(from the {where}\) is "
                                           r"before 2014, when the war began; fix the date"):
        parse_article_text(text, name="a.txt", sidecar=sidecar, published=published)


def test_the_published_option_is_checked_too(tmp_path):
    p = write(tmp_path, "a.txt", "Russia said it took Pobeda.\n")
    with pytest.raises(ArticleError, match=r"2031-05-05 \(from the --published option\) is in the future"):
        read_article(p, published=date(2031, 5, 5))
    assert read_article(p, published=date(2014, 1, 1)).published == date(2014, 1, 1)


# ---- folder walks: loops, links and unreadable folders -------------------------------------------
GOOD = "published: 2024-02-22\n\nRussia said it took Pobeda.\n"


def walk_error(folder: Path) -> str:
    """The one-line error the walk of ``folder`` stops with."""
    with pytest.raises(ArticleError) as caught:
        iter_article_paths([folder])
    return str(caught.value)


def test_a_file_link_that_loops_is_one_error_naming_it(tmp_path):
    write(tmp_path, "arts/a.txt", GOOD)
    (tmp_path / "arts/loop.txt").symlink_to("loop.txt")
    assert walk_error(tmp_path / "arts") == f"{tmp_path / 'arts/loop.txt'}: symlink loop (the link leads back to itself)"
    with pytest.raises(ArticleError, match="symlink loop"):  # named on the command line too
        iter_article_paths([tmp_path / "arts/loop.txt"])


def test_a_folder_link_back_to_a_parent_is_a_loop(tmp_path):
    write(tmp_path, "arts/sub/a.txt", GOOD)
    (tmp_path / "arts/sub/up").symlink_to("..")
    assert walk_error(tmp_path / "arts") == f"{tmp_path / 'arts/sub/up'}: symlink loop (it leads back to {tmp_path / 'arts'})"


def test_linked_folders_are_read_once(tmp_path):
    write(tmp_path, "archive/2024/a.txt", GOOD)
    write(tmp_path, "arts/b.txt", GOOD)
    (tmp_path / "arts/old").symlink_to(tmp_path / "archive")
    (tmp_path / "arts/again").symlink_to(tmp_path / "archive")
    found = iter_article_paths([tmp_path / "arts"])
    assert [p.name for p in found] == ["a.txt", "b.txt"]


def test_a_broken_link_to_an_article_is_reported(tmp_path):
    write(tmp_path, "arts/a.txt", GOOD)
    (tmp_path / "arts/gone.txt").symlink_to(tmp_path / "nowhere.txt")
    (tmp_path / "arts/gone.pdf").symlink_to(tmp_path / "nowhere.pdf")  # not an article: not our business
    with pytest.raises(ArticleError, match=r"arts/gone\.txt: broken link \(to .*nowhere\.txt, which does not exist\)"):
        iter_article_paths([tmp_path / "arts"])


def test_an_unreadable_folder_is_an_error_not_a_silent_skip(tmp_path, monkeypatch):
    import os

    write(tmp_path, "arts/a.txt", GOOD)
    write(tmp_path, "arts/locked/b.txt", GOOD)
    real = os.scandir

    def scandir(path):  # what a folder without read permission does (tests may run as root)
        if str(path).endswith("locked"):
            raise PermissionError(13, "Permission denied", str(path))
        return real(path)

    monkeypatch.setattr(os, "scandir", scandir)
    message = walk_error(tmp_path / "arts")
    assert message == f"{tmp_path / 'arts/locked'}: cannot read the folder: Permission denied"
    problems = []
    assert [p.name for p in iter_article_paths([tmp_path / "arts"], on_problem=problems.append)] == ["a.txt"]
    assert [str(e) for e in problems] == [message]


# ---- does a file look whole? (for watch) -------------------------------------------------------------
@pytest.mark.parametrize("name, content, why", [
    ("a.txt", GOOD, None),
    ("a.txt", GOOD.rstrip("\n"), None),  # a last sentence without its newline is whole
    ("a.txt", GOOD.rstrip("\n")[:-6], "its last line is cut short"),
    ("a.txt", "   \n", "it is empty"),
    ("a.txt", GOOD.encode("utf-8") + "Вз".encode("utf-8")[:-1], "it ends inside a character"),
    ("a.md", "published: 2024-02-22\n\n# Pobeda\n\nRussia said it took “Pobeda”", None),
    ("a.html", "<html><body><p>Russia said it took Pob", "its </html> has not arrived"),
    ("a.html", "<HTML><BODY><p>Russia said it took Pobeda</p></BODY>", None),
    ("a.html", "<p>Russia said it took Pobeda</p>", None),  # a fragment: whole when its last tag is
    ("a.html", "<p>Russia said it took Pob", "its last line is cut short"),
])
def test_unfinished(tmp_path, name, content, why):
    from geo.reading.articles import unfinished

    assert unfinished(write(tmp_path, name, content)) == why


def test_unfinished_sidecar(tmp_path):
    from geo.reading.articles import unfinished

    p = write(tmp_path, "a.txt", GOOD)
    write(tmp_path, "a.json", '{"published": "2024-')
    assert unfinished(p) == "its sidecar a.json is not whole JSON yet"
    write(tmp_path, "a.json", '{"published": "2024-02-22"}')
    assert unfinished(p) is None


def test_a_pipe_or_device_is_refused_without_being_read(tmp_path):
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    with pytest.raises(ArticleError, match="pipe.txt: not a regular file"):
        read_article(fifo)
    with pytest.raises(ArticleError, match="not a regular file"):
        iter_article_paths([tmp_path])
    zero = tmp_path / "sub" / "zero.txt"
    zero.parent.mkdir()
    zero.symlink_to("/dev/zero")
    with pytest.raises(ArticleError, match="zero.txt: not a regular file"):
        read_article(zero)


def test_a_broken_link_to_a_folder_is_reported(tmp_path):
    (tmp_path / "a.txt").write_text("published: 2024-02-22\n\nRussia said it took Pobeda.\n", encoding="utf-8")
    (tmp_path / "gone").symlink_to(tmp_path / "nowhere")
    with pytest.raises(ArticleError, match="gone"):
        iter_article_paths([tmp_path])


def test_a_sidecars_source_and_url_stay_on_one_line(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text("published: 2024-02-22\n\nRussia said it took Pobeda.\n", encoding="utf-8")
    (tmp_path / "a.json").write_text(json.dumps({"source": "Reuters\n  Fake (99)\n=HYPERLINK(1)",
                                                 "url": "https://x.example/a\nb"}), encoding="utf-8")
    art = read_article(path)
    assert "\n" not in art.source and "\n" not in art.url


def test_a_page_date_line_above_the_headline_is_no_title():
    raw = ("published: 2024-06-22\n\n12:49 22.06.2024\n\nOccupiers shell nine communities in Sumy region\n\n"
           "The occupiers shelled nine border communities over the past day.")
    assert parse_article_text(raw, name="page.txt").title == "Occupiers shell nine communities in Sumy region"
    raw = "published: 2024-09-16\n\nMonday, September 16, 2024\nUkraine withdraws from Krynky bridgehead\n\nText."
    assert parse_article_text(raw, name="page.txt").title == "Ukraine withdraws from Krynky bridgehead"


def test_a_pages_navigation_above_the_headline_is_no_title():
    raw = ("published: 2023-01-15\n\nSkip to main content\n  \u2022 Share to or\n\nRussian Defense Ministry says missile "
           "strike that destroyed a residential building \u2018reached its target\u2019\n\nDuring its daily briefing ...")
    assert parse_article_text(raw, name="page.txt").title.startswith("Russian Defense Ministry says")
    raw = "published: 2024-01-01\n\nua en ru\nAll news\nRussian drones attack Testivka overnight\n\nText."
    assert parse_article_text(raw, name="page.txt").title == "Russian drones attack Testivka overnight"


def test_a_two_word_headline_is_the_title():
    raw = "published: 2024-03-08\n\nKharkiv attacked\n\nThe Defence Ministry said Russian forces struck Kharkiv on Tuesday."
    assert parse_article_text(raw, name="page.txt").title == "Kharkiv attacked"
