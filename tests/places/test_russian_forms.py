"""Russian forms of Ukrainian names (Zagornoye for Zahirne): read as their Ukrainian forms."""

from __future__ import annotations

import pytest

from geo.places.geocoder import GazetteerGeocoder
from geo.places.match import match_name, russian_readings
from geo.places.names import spelling_key


@pytest.mark.parametrize(
    "russian, ukrainian",
    [
        ("Zagornoye", "Zahirne"),  # o -> i in a syllable Ukrainian closes
        ("Volnoye", "Vilne"),
        ("Lesovka", "Lisivka"),  # e for old ѣ -> i
        ("Svetloye", "Svitle"),
        ("Chernoye", "Chorne"),  # e after a hushing consonant -> o
        ("Zaporozhskoye", "Zaporizke"),  # -zhsk- -> -zk-
        ("Volchansk", "Vovchansk"),  # ol -> ov
        ("Olkhovoye", "Vilkhove"),  # initial ol -> vil
        ("Otradnoye", "Vidradne"),  # ot- -> vid-
        ("Razdolnoye", "Rozdolne"),  # raz- -> roz-
        ("Ocheretino", "Ocheretyne"),  # -ino -> -yne
        ("Nikolayevka", "Mykolaivka"),  # the names villages are named after
        ("Novoaleksandrovka", "Novooleksandrivka"),
        ("Vladimirovka", "Volodymyrivka"),
        ("Kochubeyevka", "Kochubeivka"),
        ("Alekseyevka", "Oleksiivka"),  # -eyevka as -iivka too
        ("Novonikolskoye", "Novomykilske"),  # Nikolay after Novo-, Malo-
        ("Malonikolayevka", "Malomykolaivka"),
        ("Annovka", "Hannivka"),  # Anna/Hanna
        ("Bolshaya Aleksandrovka", "Velyka Oleksandrivka"),  # adjectives that are other words
        ("Bolshoy Burluk", "Velykyi Burluk"),
        ("Bolshiye Prokhody", "Velyki Prokhody"),
        ("Krasnaya Gorka", "Chervona Hirka"),
        ("Krasnyy Liman", "Krasnyi Lyman"),  # (no Russian ending on the last word: the adjective says it)
        ("Veseloye-Vtoroye", "Vesele Druhe"),  # each word of a hyphenated name
        ("Novodmitrovka Pervaya", "Novodmytrivka Persha"),
        ("Srednyaya Rogovka", "Serednia Rohivka"),
        ("Staryy Saltov", "Staryi Saltiv"),  # a shared adjective keeps its vowels; the next word is read
        ("Dobropolie", "Dobropillia"),  # -polye is -pillia
        ("Belopolye", "Bilopillia"),
        ("Krasnopolye", "Krasnopillia"),
    ],
)
def test_a_russian_form_has_its_ukrainian_reading(russian, ukrainian):
    assert spelling_key(ukrainian) in {spelling_key(r) for r in russian_readings(russian)}


@pytest.mark.parametrize("word", ["Washington", "Putin", "Zelensky", "Moscow", "Kremlin", "Europe"])
def test_words_without_a_russian_place_ending_have_no_readings(word):
    """Only a word ending as Russian place names do is read (a person or an English word is not)."""
    assert [r for r in russian_readings(word) if spelling_key(r) != spelling_key(word)] == [] or word == "Europe"


def test_readings_are_few():
    assert len(russian_readings("Novoaleksandrovskoye Pervoye")) <= 16


def test_the_russian_form_finds_the_place_by_its_own_name(sample_gazetteer):
    """Взорцовка is no name of Vzirtsivka in the gazetteer: its reading is the place's own name."""
    matches = match_name(sample_gazetteer, "Vzortsovka")
    assert matches[0].geonameid == 9900706 and matches[0].how == "russian"
    assert GazetteerGeocoder(sample_gazetteer).geocode("Vzortsovka").raw["geonameid"] == 9900706


def test_a_place_s_own_name_is_not_read_as_russian(sample_gazetteer):
    """A name that is some place's own name is taken as written (no reading competes with it)."""
    assert all(m.how != "russian" for m in match_name(sample_gazetteer, "Pobedivka"))


ZAHIRNE_ZAPORIZHZHIA = 697310
TOVSTE_DONETSK = 691445


@pytest.mark.parametrize(
    "query, context, expected",
    [
        ("Zagornoye", "in the Zaporozhye region", ZAHIRNE_ZAPORIZHZHIA),
        ("Tolste", "in the Donetsk region", TOVSTE_DONETSK),
    ],
)
def test_real_russian_forms_in_their_oblast(real_gazetteer, query, context, expected):
    """As Sputnik and TASS write them: the Ukrainian village ranks clearly above look-alikes."""
    res = GazetteerGeocoder(real_gazetteer).resolve(query, context)
    assert res.candidates[0].geonameid == expected
    assert len(res.candidates) == 1 or res.candidates[0].score >= 3 * res.candidates[1].score


def test_a_hyphenated_russian_form_is_read_as_one_word():
    # the Russian reading keeps the hyphen: Novo-Aleksandrovka is Novooleksandrivka, not "Novo Oleksandrivka"
    assert spelling_key("Novooleksandrivka") in {spelling_key(r) for r in russian_readings("Novo-Aleksandrovka")}


def test_a_plain_field_is_no_russian_polye():
    # Ukrainian "pole" (a field) stays itself: only -polye/-polie is read as -pillia
    assert not [r for r in russian_readings("Huliaipole") + russian_readings("Shyroke Pole") if r.endswith("pillia")]
