from __future__ import annotations

import pytest

from checkin.badges.translit import second_line, to_cyrillic, to_latin


@pytest.mark.parametrize(
    ("cyrillic", "latin"),
    [
        ("Алексей Парфёнов", "Aleksei Parfenov"),
        ("Наталья Соколова", "Natalia Sokolova"),
        ("Жанна Хлебникова", "Zhanna Khlebnikova"),
        ("Щукин", "Shchukin"),
        ("ЩУКИН", "SHCHUKIN"),
        ("Юрий Цой", "Iurii Tsoi"),
        ("Ольга Кузнецова-Ященко", "Olga Kuznetsova-Iashchenko"),
        ("Объедков", "Obieedkov"),  # ICAO: Ъ is IE, Е is E
        ("Ёлкин", "Elkin"),
    ],
)
def test_cyrillic_names_get_their_passport_spelling(cyrillic, latin):
    assert to_latin(cyrillic) == latin


def test_a_cyrillic_name_gets_a_latin_second_line_and_a_latin_name_none_by_default():
    assert second_line("Иван Петров") == "Ivan Petrov"
    assert second_line("Anna Müller") == ""
    assert second_line("12345") == ""


def test_the_reverse_direction_is_an_option():
    assert second_line("Anna Müller", reverse=True) == "Анна Мюллер"
    assert to_cyrillic("Schulze") == "Шулце"
    assert to_cyrillic("Tschirner") == "Чирнер"
