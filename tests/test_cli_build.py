"""`frontline build --base-url` (or FRONTLINE_BASE_URL): og:image and the embed snippet as absolute URLs."""

from __future__ import annotations

import re

from test_cli_safety import formula_ingested as ingested  # noqa: F401  (a fixture: one article ingested)


def _og_image(site) -> str:
    return re.search(r'<meta property="og:image" content="([^"]*)">', (site / "index.html").read_text()).group(1)


def test_build_base_url_option_and_variable(frontline, ingested, tmp_path, monkeypatch):
    maps = tmp_path / "maps"
    assert frontline("build", "--out", maps, catch_exceptions=False).exit_code == 0
    assert re.fullmatch(r"og-image\.png\?v=[0-9a-f]{12}", _og_image(maps))  # relative by default
    assert (maps / "og-image.png").is_file() and (maps / "embed.html").is_file()
    result = frontline("build", "--out", maps, "--base-url", "https://news.example/maps", catch_exceptions=False)
    assert result.exit_code == 0, result.output
    assert _og_image(maps).startswith("https://news.example/maps/og-image.png?v=")
    monkeypatch.setenv("FRONTLINE_BASE_URL", "https://other.example/")
    assert frontline("build", "--out", maps, catch_exceptions=False).exit_code == 0
    assert _og_image(maps).startswith("https://other.example/og-image.png?v=")


def test_build_refuses_a_base_url_that_is_no_web_address(frontline, ingested, tmp_path):
    maps = tmp_path / "maps"
    result = frontline("build", "--out", maps, "--base-url", "javascript:alert(1)")
    assert result.exit_code == 2 and len(result.output.splitlines()) == 1
    assert result.output.startswith("Error: base URL 'javascript:alert(1)'")
    assert not maps.exists()
