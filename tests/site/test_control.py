import json
import os
from pathlib import Path

import pytest
from shapely.geometry import box, mapping

from geo.site.control import CONSISTENT, CONTRADICTED, NOT_CORROBORATED, load_control
from geo.errors import BuildError
from geo.site.build import build_site
from sitehelpers import make_row

KM_LON = 1 / 74.5  # degrees of longitude per km at 48 N


def write_fc(path, features, **props):
    feats = [{"type": "Feature", "properties": {**props, **p}, "geometry": mapping(g)} for g, p in features]
    path.write_text(json.dumps({"type": "FeatureCollection", "features": feats}))
    return path


@pytest.fixture
def control_dir(tmp_path):
    d = tmp_path / "control"
    d.mkdir()
    # Invented assessment: occupied box 37-38 E, grey strip 38-38.3 E; date only in the file name.
    write_fc(d / "zone_2024-01-01.geojson", [(box(37.0, 47.5, 38.0, 48.5), {"layer": "occupied"}),
                                              (box(38.0, 47.5, 38.3, 48.5), {"layer": "unknown_status"})],
             source="Test Atlas")
    # A later one without layers (all occupied) and with a date property: the box grows west.
    write_fc(d / "later.geojson", [(box(36.0, 47.5, 38.0, 48.5), {})], date="2024-02-01")
    (d / "README.md").write_text("not a layer")
    return d


def claim(lon, control="RU", kind="captured", date="2024-01-15", lat=48.0, **kw):
    return make_row(lat=lat, lon=lon, claimant=control or "RU", kind=kind, control=control, date=date, **kw)


def test_load_dates_sources_and_labels(control_dir):
    c = load_control(control_dir)
    assert [a.date.isoformat() for a in c.assessments] == ["2024-01-01", "2024-02-01"]
    assert [a.source for a in c.assessments] == ["Test Atlas", "later"]
    assert c.assessments[0].label == "according to Test Atlas, as of 2024-01-01"
    assert c.assessments[0].grey is not None and c.assessments[1].grey is None
    assert load_control(control_dir, source="Given").sources == ["Given"]
    assert c.assessment_for("2024-01-31").date.isoformat() == "2024-01-01"
    assert c.assessment_for("2024-02-01").date.isoformat() == "2024-02-01"
    assert c.assessment_for("2023-12-31") is None


@pytest.mark.parametrize("lon,control,expected", [
    (37.5, "RU", CONSISTENT),  # deep inside occupied
    (37.0 + 1 * KM_LON, "RU", CONSISTENT),  # inside, near the line: still inside
    (37.0 - 1 * KM_LON, "RU", NOT_CORROBORATED),  # 1 km outside: within the 2 km tolerance
    (38.15, "RU", NOT_CORROBORATED),  # grey zone
    (37.0 - 5 * KM_LON, "RU", CONTRADICTED),  # 5 km outside, not grey
    (39.0, "RU", CONTRADICTED),
    (37.5, "UA", CONTRADICTED),  # deep inside occupied
    (37.0 + 1 * KM_LON, "UA", NOT_CORROBORATED),  # inside but within tolerance of the line
    (37.0 - 1 * KM_LON, "UA", NOT_CORROBORATED),
    (38.15, "UA", NOT_CORROBORATED),
    (37.0 - 5 * KM_LON, "UA", CONSISTENT),
    (39.0, "UA", CONSISTENT),
])
def test_check_against_the_assessment_of_the_date(control_dir, lon, control, expected):
    c = load_control(control_dir)
    assert c.check(claim(lon, control, kind="held" if control == "UA" else "captured")) == expected


def test_later_assessment_and_unchecked_claims(control_dir):
    c = load_control(control_dir)
    rows = [claim(36.5, date="2024-01-20"), claim(36.5, date="2024-02-05"),
            claim(37.5, kind="contested", control=None), claim(37.5, kind="struck", control=None),
            claim(37.5, date="2023-12-01"),
            make_row("Fictive Oblast", lat=48.0, lon=37.5, date="2024-01-15")]
    assert c.check_rows(rows) == [CONTRADICTED, CONSISTENT, None, None, None, None]


def test_tolerance_is_in_metres(control_dir):
    row = claim(37.0 - 3 * KM_LON)
    assert load_control(control_dir).check(row) == CONTRADICTED
    assert load_control(control_dir, tolerance_m=4000).check(row) == NOT_CORROBORATED


def test_bad_inputs(tmp_path):
    with pytest.raises(BuildError, match="no date"):
        load_control(write_fc(tmp_path / "undated.geojson", [(box(0, 0, 1, 1), {})]))
    with pytest.raises(BuildError, match="not found"):
        load_control(tmp_path / "missing")
    (tmp_path / "empty").mkdir()
    with pytest.raises(BuildError, match="no .geojson"):
        load_control(tmp_path / "empty")
    (tmp_path / "broken_2024-01-01.geojson").write_text("{not json")
    with pytest.raises(BuildError, match="cannot read"):
        load_control(tmp_path / "broken_2024-01-01.geojson")


def test_site_with_overlay(tmp_path, control_dir):
    rows = [claim(37.5, date="2024-01-15", article="a1"), claim(39.0, date="2024-02-05", article="a2")]
    report = build_site(rows, tmp_path / "site", control=control_dir, control_source="Test Atlas")
    out = report.out_dir
    html = (out / "index.html").read_text()
    assert '<script src="control.js?v=' in html
    assert "Assessed control, according to Test Atlas" in html and "assessed as Russian-occupied" in html
    text = (out / "control.js").read_text()
    payload = json.loads(text[len("window.FRONTLINE_CONTROL="):].rstrip().rstrip(";"))
    assert [a["label"] for a in payload] == ["according to Test Atlas, as of 2024-01-01",
                                             "according to Test Atlas, as of 2024-02-01"]
    doc = json.loads((out / "claims.geojson").read_text())
    assert [f["properties"]["control_check"] for f in doc["features"]] == [CONSISTENT, CONTRADICTED]
    assert doc["control_sources"] == ["Test Atlas"] and "Test Atlas" in (out / "sources.txt").read_text()


def _fixture_dir() -> Path:
    env = os.environ.get("FRONTLINE_CONTROL")
    path = Path(env) if env else Path(__file__).resolve().parents[3] / "shared/data/control"
    if not path.is_dir():
        pytest.skip(f"real control fixture not found at {path}: set FRONTLINE_CONTROL to the folder")
    return path


def test_real_fixture_peremoha_2024_02_22():
    c = load_control(_fixture_dir(), source="DeepStateMap.Live")
    row = make_row(lat=47.915, lon=37.461, claimant="RU", kind="captured", control="RU", date="2024-02-22")
    assert c.assessment_for("2024-02-22").date.isoformat() == "2024-02-22"
    # DeepState shows Peremoha back in the grey zone on 22 Feb: the RU claim is not corroborated,
    # while the assessment of the evening before had it occupied.
    assert c.check(row) == NOT_CORROBORATED
    assert c.check({**row, "date_to": "2024-02-21"}) == CONSISTENT


def test_incremental_build_checks_only_new_claims(tmp_path, control_dir, monkeypatch):
    from geo.site.control import ControlOverlay

    rows = [claim(37.5, date="2024-01-15", article="a1"), claim(39.0, date="2024-02-05", article="a2")]
    build_site(rows, tmp_path / "site", control=control_dir)
    checked, real = [], ControlOverlay.check_rows
    monkeypatch.setattr(ControlOverlay, "check_rows", lambda self, rs: checked.extend(rs) or real(self, rs))
    new = claim(37.0 - 5 * KM_LON, date="2024-02-06", article="a3")
    build_site(rows + [new], tmp_path / "site", control=control_dir)
    assert [r["claim_id"] for r in checked] == [new["claim_id"]]
    doc = json.loads((tmp_path / "site/claims.geojson").read_text())
    assert [f["properties"]["control_check"] for f in doc["features"]] == [CONSISTENT, CONTRADICTED, CONSISTENT]


@pytest.fixture
def one_assessment(tmp_path):
    # Invented: a single assessment, occupied box 37-38 E, dated 2024-01-01.
    return write_fc(tmp_path / "atlas_2024-01-01.geojson", [(box(37.0, 47.5, 38.0, 48.5), {})], source="Test Atlas")


def test_stale_assessment_is_not_used(one_assessment):
    c = load_control(one_assessment)
    assert c.max_age_days == 31
    assert c.assessment_for("2024-02-01").date.isoformat() == "2024-01-01"  # 31 days: still used
    assert c.assessment_for("2024-02-02") is None  # 32 days: too old
    near = 37.0 - 1 * KM_LON  # 1 km outside: "not corroborated" if an assessment applied
    rows = [claim(37.5, date="2024-02-01"), claim(near, date="2024-02-01"),
            claim(37.5, date="2024-02-02"), claim(near, date="2024-02-02"), claim(39.0, "UA", "held", "2024-03-01")]
    assert c.check_rows(rows) == [CONSISTENT, NOT_CORROBORATED, None, None, None]
    assert load_control(one_assessment, max_age_days=60).check_rows(rows) == [
        CONSISTENT, NOT_CORROBORATED, CONSISTENT, NOT_CORROBORATED, CONSISTENT]
    assert load_control(one_assessment, max_age_days=None).check(claim(near, date="2025-01-01")) == NOT_CORROBORATED
    assert load_control(one_assessment, max_age_days=0).check(claim(37.5, date="2024-01-02")) is None
    assert c.fingerprint() != load_control(one_assessment, max_age_days=60).fingerprint()
    with pytest.raises(BuildError, match="maximum age"):
        load_control(one_assessment, max_age_days=-1)


def test_site_labels_claims_without_a_recent_assessment(tmp_path, one_assessment):
    rows = [claim(37.5, date="2024-01-15", article="a1"), claim(37.0 - 1 * KM_LON, date="2024-03-01", article="a2"),
            claim(37.5, kind="contested", control=None, date="2024-03-01", article="a3")]
    out = build_site(rows, tmp_path / "site", control=one_assessment).out_dir
    doc = json.loads((out / "claims.geojson").read_text())
    assert [f["properties"]["control_check"] for f in doc["features"]] == [
        CONSISTENT, "no assessment within 31 days", None]
    assert "at most 31 days older" in (out / "index.html").read_text()
    from geo.site.payload import CLAIM_FIELDS, NO_RECENT_ASSESSMENT

    claims = []
    for week in sorted((out / "data").glob("week-*.js")):
        data = week.read_text()
        claims += json.loads(data[data.index(",") + 1:data.rindex(")")])["claims"]
    checks = sorted(c[CLAIM_FIELDS.index("check")] for c in claims)
    assert NO_RECENT_ASSESSMENT in checks  # the popup says the claim was not checked, and why
    out = build_site(rows, tmp_path / "site", control=one_assessment, control_max_age_days=90).out_dir
    doc = json.loads((out / "claims.geojson").read_text())
    assert [f["properties"]["control_check"] for f in doc["features"]] == [CONSISTENT, NOT_CORROBORATED, None]
