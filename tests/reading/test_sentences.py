"""Sentence splitting with offsets, and datelines stripped from quotes."""

from __future__ import annotations

from pathlib import Path

import pytest

from geo.reading.articles import iter_article_paths, read_article
from geo.reading.sentences import Sentence, dateline_end, quote_text, split_sentences

DATA = Path(__file__).parents[1] / "data" / "articles"


def texts(text: str) -> list[str]:
    sentences = split_sentences(text)
    for s in sentences:
        assert text[s.start:s.end] == s.text and s.text == s.text.strip() and s.text
    return [s.text for s in sentences]


def test_offsets_point_into_the_text_and_whitespace_is_trimmed():
    text = "  \n Forces took Testivka.   Ukraine denied it.\n\n\n  Fighting goes on.  \n"
    assert split_sentences(text) == [
        Sentence(4, 25, "Forces took Testivka."),
        Sentence(28, 46, "Ukraine denied it."),
        Sentence(51, 68, "Fighting goes on."),
    ]


def test_empty_and_blank_text():
    assert split_sentences("") == []
    assert split_sentences(" \n\n \t") == []


def test_question_and_exclamation_marks_and_digits_start_sentences():
    assert texts("Did Russia take it? Ukraine says no! 12 soldiers died. Then calm.") == [
        "Did Russia take it?", "Ukraine says no!", "12 soldiers died.", "Then calm."]


def test_lowercase_after_a_period_does_not_split():
    assert texts("The town of ca. five thousand people fell. It was shelled.") == [
        "The town of ca. five thousand people fell.", "It was shelled."]


@pytest.mark.parametrize("abbr", [
    "Mr.", "Mrs.", "Dr.", "Gen.", "Lt.", "Col.", "Maj.", "Capt.", "Sgt.", "St.", "U.S.", "U.N.", "a.m.", "p.m.",
    "e.g.", "i.e.", "vs.", "Jan.", "Feb.", "Aug.", "Sept.", "Oct.", "Nov.", "Dec.", "Gov.", "Sen.", "Rep.",
])
def test_no_split_after_abbreviations(abbr):
    text = f"The report cites {abbr} Syrskyi on the front. Russia denied it."
    assert texts(text) == [f"The report cites {abbr} Syrskyi on the front.", "Russia denied it."]


def test_no_split_after_initials_numbers_or_inside_decimals():
    text = ("V. Putin met V.V. Zolotov in St. Petersburg. Troops advanced 2.5 km near Bakhmut. "
            "Brigade No. 3 held. It was (Gen. Syrskyi said) calm.")
    assert texts(text) == ["V. Putin met V.V. Zolotov in St. Petersburg.", "Troops advanced 2.5 km near Bakhmut.",
                           "Brigade No. 3 held.", "It was (Gen. Syrskyi said) calm."]


def test_no_is_only_an_abbreviation_before_a_number():
    assert texts("The answer was No. Kyiv stayed silent.") == ["The answer was No.", "Kyiv stayed silent."]


def test_quotes_closing_and_opening_around_sentence_ends():
    text = ('Russia said its army had "liberated" Vugledar. “We hold the beachhead.” The navy agreed. '
            "He said. 'Fighting continues.' Then: “Is it over?” he asked. No.")
    assert texts(text) == [
        'Russia said its army had "liberated" Vugledar.', "“We hold the beachhead.”", "The navy agreed.",
        "He said.", "'Fighting continues.'", "Then: “Is it over?” he asked.", "No."]


def test_headline_paragraphs_are_their_own_sentences():
    text = "Russia claims Vugledar\n\nMOSCOW, Oct 3 — Russia said so.\n\nSeries of demands\n\nMore text here."
    assert texts(text) == ["Russia claims Vugledar", "MOSCOW, Oct 3 — Russia said so.", "Series of demands",
                           "More text here."]


def test_a_headline_line_followed_by_a_single_newline_is_split():
    text = "Russia claims Vugledar\nMOSCOW, Oct 3 — Russia said so.\nUkraine denied it"
    assert texts(text) == ["Russia claims Vugledar", "MOSCOW, Oct 3 — Russia said so.", "Ukraine denied it"]


def test_a_line_ending_in_a_comma_or_before_lowercase_continues_the_sentence():
    text = "Russian forces took the village\nof Pobeda, the ministry said,\nAnd Ukraine denied it."
    assert texts(text) == ["Russian forces took the village\nof Pobeda, the ministry said,\nAnd Ukraine denied it."]


def test_hard_wrapped_paragraph_is_not_split_at_line_ends():
    text = ("The Russian Defence Ministry said that its troops had captured\n"
            "Pobeda, a village near Marinka, and had improved positions near\n"
            "Novomykhailivka and Krasnohorivka in the Donetsk region. Kyiv\n"
            "denied it.")
    assert texts(text) == [text[:text.index(" Kyiv")], "Kyiv\ndenied it."]


def test_fixture_articles_split_with_exact_offsets():
    for path in iter_article_paths([DATA]):
        article = read_article(path)
        sentences = split_sentences(article.text)
        assert sentences and sentences[0].text == article.title
        for s in sentences:
            assert article.text[s.start:s.end] == s.text
        assert [s.start for s in sentences] == sorted(s.start for s in sentences)


def test_vugledar_fixture_sentences():
    article = read_article(DATA / "vugledar_2024-10-03.txt")
    assert texts(article.text) == [
        "Russia claims Vugledar after Ukrainian pull-out",
        'MOSCOW, Oct 3 — Russia said on Thursday that its army had "liberated" Vugledar, a hilltop mining town '
        "in the Donetsk region that Ukrainian troops had held since 2022.",
        "Ukraine's army said on Wednesday it had ordered a withdrawal from the town to save soldiers' lives "
        "and equipment.",
    ]


def test_long_text_is_split_quickly():
    text = ("Mr. Smith said Russia took the village. " * 20 + "\n\n") * 2000
    sentences = split_sentences(text)
    assert len(sentences) == 40_000 and sentences[-1].text == "Mr. Smith said Russia took the village."


@pytest.mark.parametrize("sentence, quoted", [
    ("MOSCOW, May 21 — The Russian Defence Ministry said late on Saturday that ...",
     "The Russian Defence Ministry said late on Saturday that ..."),
    ("KYIV, July 28 (Reuters) - Ukraine's military said its forces had retaken Staromaiorske.",
     "Ukraine's military said its forces had retaken Staromaiorske."),
    ("Dec 26 — Russia's defence minister said on Monday that", "Russia's defence minister said on Monday that"),
    ("April 2 — Ukrainian troops left.", "Ukrainian troops left."),
    ("MELITOPOL — Explosions were heard.", "Explosions were heard."),
    ("13:40 — Russian military bloggers have stopped short of", "Russian military bloggers have stopped short of"),
    ("Friday 18:10 — Russia's defence ministry says its troops have taken the village of Vodiane",
     "Russia's defence ministry says its troops have taken the village of Vodiane"),
    ("18:20 - Kyiv denied it.", "Kyiv denied it."),
    ("KRAMATORSK, Ukraine (AP) — Shelling continued.", "Shelling continued."),
    ("NEW YORK, Oct. 3, 2024 – The U.N. met.", "The U.N. met."),
    ("KYIV—Ukraine said so.", "Ukraine said so."),
    ("09:15 GMT — KYIV — Sirens sounded.", "Sirens sounded."),
    ("  LONDON (Reuters) -- Britain said.", "Britain said."),
])
def test_quote_text_strips_datelines_and_timestamps(sentence, quoted):
    assert quote_text(sentence) == quoted
    n = dateline_end(sentence)
    assert n > 0 and sentence[n:].strip() == quoted and sentence[n:] == sentence[n:].lstrip()


@pytest.mark.parametrize("sentence", [
    "Russia said on Tuesday it had taken Krynky.",
    "NATO said it would send more air defence.",
    "Russia said - without evidence - that it held the village.",
    "May 2024 — a month of advances.",
    "“The units liberated the village of Pobeda,” he said.",
    "In 2024 — the third year — fighting went on.",
    "UK-based analysts disagreed.",
])
def test_quote_text_leaves_ordinary_sentences_alone(sentence):
    assert dateline_end(sentence) == 0
    assert quote_text(sentence) == sentence


def test_dateline_end_lets_callers_skip_dates_inside_the_dateline():
    sentence = "MOSCOW, Oct 3 — Russia said on Thursday that it took Vugledar."
    n = dateline_end(sentence)
    assert sentence[:n] == "MOSCOW, Oct 3 — "
    assert "Oct 3" not in sentence[n:]


def test_quote_text_of_a_bare_dateline_keeps_it():
    assert quote_text("MOSCOW — ") == "MOSCOW —"
    assert quote_text("") == ""


def test_a_bulleted_line_starts_a_new_sentence():
    text = ("Russian forces have withdrawn, the ministry said, in a setback for Moscow.\n"
            "  • Ukrainian troops entered the city.")
    assert [s.text for s in split_sentences(text)] == [
        "Russian forces have withdrawn, the ministry said, in a setback for Moscow.",
        "• Ukrainian troops entered the city."]


def test_a_copy_that_lost_the_space_after_a_full_stop_still_splits():
    texts = [s.text for s in split_sentences("Aid arrived for those in need.Russia did not comment. See U.S. figures.")]
    assert texts == ["Aid arrived for those in need.", "Russia did not comment.", "See U.S. figures."]


def test_hyphen_bullets_start_new_sentences():
    text = ("Fityo added that the army will do it.\n- On January 27, the governor said fighting went on near Testivka.\n"
            "- Russian troops invaded the region on February 24, 2022.")
    got = [s.text for s in split_sentences(text)]
    assert got[1].startswith("- On January 27") and got[2].startswith("- Russian troops invaded")


def test_a_dash_opening_a_hard_wrapped_line_is_no_bullet():
    text = ("Russian forces said on Saturday that they had taken the town of Testivka in the east\n"
            "- after weeks of fighting - and that their units were now advancing on the next\n"
            "villages along the main road to the regional centre, the ministry said in its report.")
    assert len(split_sentences(text)) == 1


def test_a_posts_items_run_on_one_line_are_sentences_of_their_own():
    # a Telegram post copied onto one line: each "▪️" item is a sentence (its years are not the headline's)
    text = ("Why the fall of Testivka is a blow to Ukraine ▪️Testivka served as a key part of the defences. "
            "▪️Ever since its capture in 2014, troops shelled Dubky.")
    assert [s.text[:12] for s in split_sentences(text)] == ["Why the fall", "▪️Testivka s", "▪️Ever since"]
