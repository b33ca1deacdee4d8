"""Names in the order readers expect: DIN 5007 for German and English views, the Russian
alphabet for the Russian view, and names in the other script filed under their reading."""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from checkin import collation


@dataclass
class Person:
    id: int
    family_name: str
    given_name: str = ""


MIXED = [
    ("Zöllner", "Florian"), ("Öztürk", "Gülay"), ("Brückner", "Johanna"), ("Bäumer", "Christian"),
    ("Жуков", "Андрей"), ("Парфёнов", "Алексей"), ("von Altenberg", "Friedrich"),
    ("Müller", "Markus"), ("Muller", "Anna"), ("Weiß", "Sabine"), ("Altmann", "Karl"),
    ("Щербакова", "Ольга"), ("Schäfer-Lindner", "Jörg"), ("Schafer", "Zoe"), ("Ёлкин", "Иван"),
    ("Елисеев", "Пётр"), ("Іваненко", "Галина"), ("Kuznetsov", "Dmitri"), ("", "Madonna"),
]  # fmt: skip

DIN_ORDER = [
    "von Altenberg", "Altmann", "Bäumer", "Brückner", "Елисеев", "Ёлкин", "Іваненко",
    "Kuznetsov", "Madonna", "Muller", "Müller", "Öztürk", "Парфёнов", "Schafer",
    "Schäfer-Lindner", "Щербакова", "Weiß", "Жуков", "Zöllner",
]  # fmt: skip
RUSSIAN_ORDER = [
    "von Altenberg", "Altmann", "Bäumer", "Brückner", "Weiß", "Елисеев", "Ёлкин", "Жуков",
    "Іваненко", "Kuznetsov", "Madonna", "Muller", "Müller", "Парфёнов", "Zöllner", "Schafer",
    "Schäfer-Lindner", "Щербакова", "Öztürk",
]  # fmt: skip


def _people():
    return [Person(i, f, g) for i, (f, g) in enumerate(MIXED)]


def _shown(people):
    return [p.family_name or p.given_name for p in people]


@pytest.mark.parametrize("lang", ["de", "en"])
def test_german_and_english_views_sort_as_din_5007(lang):
    assert _shown(collation.sort_guests(_people(), lang)) == DIN_ORDER


def test_the_russian_view_sorts_by_the_russian_alphabet():
    assert _shown(collation.sort_guests(_people(), "ru")) == RUSSIAN_ORDER


@pytest.mark.parametrize(
    ("family", "lang", "letter"),
    [
        ("Öztürk", "de", "O"), ("Парфёнов", "de", "P"), ("Жуков", "de", "Z"),
        ("von Altenberg", "de", "A"), ("Ёлкин", "de", "E"), ("12", "de", "#"),
        ("Müller", "ru", "М"), ("Weiß", "ru", "В"), ("Ёлкин", "ru", "Е"), ("Жуков", "ru", "Ж"),
        ("Іваненко", "ru", "І"),
    ],
)  # fmt: skip
def test_the_letter_a_name_is_filed_under(family, lang, letter):
    assert collation.letter(family, "", lang) == letter


@pytest.mark.parametrize(
    ("text", "key"),
    [("Groß-Bölting", "gross bolting"), ("Ærø", "aero"), ("Łukasz", "lukasz"),
     ("Парфёнова", "parfenova"), ("ŠKODA a.s.", "skoda a s")],
)  # fmt: skip
def test_din_5007_keys(text, key):
    assert collation.din5007(text) == key


def test_particles_do_not_come_first_but_still_count():
    assert collation.split_particle("van der Berg") == ("Berg", "van der")
    assert collation.split_particle("Vogt") == ("Vogt", "")
    assert collation.split_particle("MacAllister") == ("MacAllister", "")
    keys = [collation.name_key(f, "Anna") for f in ("Berg", "van der Berg", "von Berg")]
    assert keys == sorted(keys)


def test_every_russian_ukrainian_and_belarusian_letter_has_a_place():
    alphabet = "абвгґдеєжзиіїйклмнопрстуўфхцчшщъыьэюя"
    keys = [collation.russian(ch) for ch in alphabet]
    assert keys == sorted(keys) and len(set(keys)) == len(alphabet)
    assert collation.russian("ё") == collation.russian("е")
