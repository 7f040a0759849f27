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
    "Serhiy Petrenko, head of the Testska Regional Military Administration, said drones hit the city.",
    "The head of the so-called Donetsk People's Republic, Denis Pushilin, said shelling killed two.",
    "Meanwhile, the Ukrainian operational-tactical group Khortytsia indicated that assaults continued.",
    "The 3rd Separate Assault Brigade said it had taken positions.",
    "The General Staff of the Armed Forces of the Russian Federation reported gains.",
    "Ukrainian President Volodymyr Zelensky and Defence Minister Sergei Shoigu spoke.",
    "The National Police and the State Emergency Service said rescuers worked overnight.",
    "The UK Ministry of Defence said in its intelligence update that the line held.",
    "Pentagon officials and NATO chief said the attack was repelled.",
    "Syniehubov and Syrskyi said the front held; Zelenskyy agreed.",
]


@pytest.mark.parametrize("sentence", SENTENCES)
def test_keyword_precheck_keeps_every_match(sentence):
    for side, typ, label, pattern, keyword in C.ACTOR_PATTERNS:
        if keyword is not None and not any(k in sentence.lower() for k in keyword):
            assert pattern.search(sentence) is None, (label, sentence)
