"""The real-news corpus tool rebuilds its git-ignored cache only with the text that was annotated."""

from __future__ import annotations

import hashlib
import importlib.util
import json
from pathlib import Path

import pytest

TOOL = Path(__file__).resolve().parents[2] / "bench" / "corpus" / "real" / "corpus.py"


@pytest.fixture
def corpus(tmp_path, monkeypatch):
    spec = importlib.util.spec_from_file_location("real_corpus", TOOL)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    page = "Ukraine's General Staff said Friday that the village was back under Ukrainian control."
    text = module.cache_text("https://news.example/a", "2023-09-16", page)
    gold_file = tmp_path / "dev" / "a.gold.json"
    gold_file.parent.mkdir()
    gold = {"url": "https://news.example/a", "published": "2023-09-16", "text_path": "../cache/dev/a.txt",
            "text_sha256": hashlib.sha256(text.encode("utf-8")).hexdigest()}
    monkeypatch.setattr(module, "golds", lambda splits=None: [("dev", gold_file, gold)])
    return module, page, tmp_path / "cache" / "dev" / "a.txt"


def _answer(tmp_path: Path, excerpt: str) -> str:
    path = tmp_path / "answer.json"
    path.write_text(json.dumps({"results": [{"url": "https://news.example/a", "excerpt": excerpt}]}), encoding="utf-8")
    return str(path)


def test_a_page_found_with_a_date_marker_the_annotated_copy_lacked_is_cached_as_annotated(corpus, tmp_path):
    module, page, cached = corpus
    module.write(_answer(tmp_path, " date 2023-09-16 " + page))
    assert cached.read_text(encoding="utf-8").endswith("\n\n" + page)


def test_a_page_whose_words_changed_is_not_cached(corpus, tmp_path, capsys):
    module, page, cached = corpus
    module.write(_answer(tmp_path, " date 2023-09-16 " + page.replace("Friday", "Saturday")))
    assert not cached.exists()
    assert "has changed" in capsys.readouterr().out
