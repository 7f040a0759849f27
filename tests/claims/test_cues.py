"""The keyword pre-check of slow actor patterns must never change what they match."""

import pytest

from geo.claims import cues as C

SENTENCES = [
    "Russian military bloggers said the village of Testivka had fallen.",
    "One influential channel wrote on Tuesday that fighting went on.",
    "Pro-Kremlin war correspondents reported assaults near Zrazkove.",
    "A Washington-based think tank said Ukrainian forces still hold the bridgehead.",
    "The Institute for the Study of War (ISW) assessed that the line held.",
    "Ukrainian monitoring group DeepState reported that Russian forces had occupied Prykladne.",
    "Telegram channels from Russian military experts close to the army reported a strike.",
    "Military observers expect the new line to rest on the river.",
    "The governor said two people were killed.",
]


@pytest.mark.parametrize("sentence", SENTENCES)
def test_keyword_precheck_keeps_every_match(sentence):
    for side, typ, label, pattern in C.ACTOR_PATTERNS:
        if label in C.KEYWORDS and not C.KEYWORDS[label].search(sentence):
            assert pattern.search(sentence) is None, (label, sentence)
