"""One transliteration, both ways, letter by letter and name by name."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from checkin import translit
from checkin.translit import (
    cyrillic_form,
    cyrillic_language,
    for_reader,
    latin_form,
    second_line,
    spellings,
    to_cyrillic,
    to_latin,
)

RUSSIAN = "абвгдеёжзийклмнопрстуфхцчшщъыьэюя"
UKRAINIAN = "абвгґдеєжзиіїйклмнопрстуфхцчшщьюя"
BELARUSIAN = "абвгдеёжзійклмнопрстуўфхцчшыьэюя"

# ICAO Doc 9303 part 3, letter by letter; the language exceptions per language.
ICAO_TABLE = {
    "а": "a", "б": "b", "в": "v", "г": "g", "ґ": "g", "д": "d", "е": "e", "ё": "e", "є": "ie",
    "ж": "zh", "з": "z", "и": "i", "і": "i", "ї": "i", "й": "i", "к": "k", "л": "l", "м": "m",
    "н": "n", "о": "o", "п": "p", "р": "r", "с": "s", "т": "t", "у": "u", "ў": "u", "ф": "f",
    "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh", "щ": "shch", "ъ": "ie", "ы": "y", "ь": "",
    "э": "e", "ю": "iu", "я": "ia",
}  # fmt: skip
EXCEPTIONS = {"ru": {}, "uk": {"и": "y"}, "be": {"г": "h", "ё": "io"}}
ALPHABETS = {"ru": RUSSIAN, "uk": UKRAINIAN, "be": BELARUSIAN}
LETTERS = [(lang, ch) for lang, alphabet in ALPHABETS.items() for ch in alphabet]


@pytest.mark.parametrize(("lang", "letter"), LETTERS, ids=lambda x: x)
def test_every_russian_ukrainian_and_belarusian_letter_has_its_icao_form(lang, letter):
    latin = EXCEPTIONS[lang].get(letter, ICAO_TABLE[letter])
    assert to_latin(letter, lang) == latin
    assert to_latin(letter.upper(), lang) == latin.capitalize()  # a capital starts a word
    assert to_latin(letter.upper() * 2, lang) == latin.upper() * 2  # all capitals stay so


@pytest.mark.parametrize(
    ("cyrillic", "latin"),
    [
        ("Алексей Парфёнов", "Aleksei Parfenov"),
        ("Ирина Парфёнова", "Irina Parfenova"),
        ("Наталья Соколова", "Natalia Sokolova"),
        ("Жанна Хлебникова", "Zhanna Khlebnikova"),
        ("Щукин", "Shchukin"),
        ("ЩУКИН", "SHCHUKIN"),
        ("Юрий Цой", "Iurii Tsoi"),
        ("Ольга Кузнецова-Ященко", "Olga Kuznetsova-Iashchenko"),
        ("Объедков", "Obieedkov"),  # ICAO: Ъ is IE, Е is E
        ("Ёлкин", "Elkin"),
        ("Татьяна Фёдорова", "Tatiana Fedorova"),
        ("Ю. Иванов", "Iu. Ivanov"),
        ("ООО «СибМед»", "OOO «SibMed»"),
        # Ukrainian (И → Y; the apostrophe is left out) and Belarusian (Г → H, Ё → IO)
        ("Галина Іваненко", "Galyna Ivanenko"),
        ("Мар'яна Їжак", "Mariana Izhak"),
        ("Євгенія Ґудзь", "Ievgeniia Gudz"),
        ("Бабрыковіч Аляксандр", "Babrykovich Aliaksandr"),
        ("Ігар", "Ihar"),
        ("Алёна Ўладава", "Aliona Uladava"),
    ],
)
def test_cyrillic_names_get_their_passport_spelling(cyrillic, latin):
    assert to_latin(cyrillic) == latin


def test_the_language_of_a_name_is_told_by_its_letters_or_given():
    assert cyrillic_language("Євгенія") == "uk"
    assert cyrillic_language("Галина Іваненко") == "uk"
    assert cyrillic_language("Ігар Сцяпанаў") == "be"
    assert cyrillic_language("Игорь") == "ru"
    assert to_latin("Микола", "uk") == "Mykola"
    assert to_latin("Микола") == "Mikola"  # nothing in it says Ukrainian


# Each Latin letter in a name, and the reading a Russian speaker gets.
READINGS = [
    ("Anna", "Анна"), ("Bruno", "Бруно"), ("Clara", "Клара"), ("Celina", "Целина"),
    ("Dora", "Дора"), ("Emil", "Эмиль"), ("Frank", "Франк"), ("Gabi", "Габи"),
    ("Hans", "Ханс"), ("Ina", "Ина"), ("Jan", "Ян"), ("Karin", "Карин"), ("Lutz", "Луц"),
    ("Max", "Макс"), ("Nora", "Нора"), ("Otto", "Отто"), ("Paul", "Пауль"),
    ("Quast", "Кваст"), ("Rudi", "Руди"), ("Sabine", "Забине"), ("Tim", "Тим"),
    ("Ute", "Уте"), ("Vogel", "Фогель"), ("Werner", "Вернер"), ("Xaver", "Ксавер"),
    ("Yvonne", "Ивонне"), ("Zeller", "Целлер"), ("Jäger", "Егер"), ("Böhm", "Бём"),
    ("Müller", "Мюллер"), ("Weiß", "Вайс"), ("Öztürk", "Эцтюрк"), ("Ärger", "Эргер"),
    # German letter groups
    ("Tschirner", "Чирнер"), ("Schulze", "Шульце"), ("Fuchs", "Фукс"), ("Bach", "Бах"),
    ("Beck", "Бек"), ("Seitz", "Зайц"), ("Philipp", "Филипп"), ("Thiel", "Тиль"),
    ("Stein", "Штайн"), ("Specht", "Шпехт"), ("Meyer", "Майер"), ("Bäumer", "Боймер"),
    ("Reuter", "Ройтер"), ("Dieter", "Дитер"), ("Lehmann", "Леманн"), ("Michael", "Михаэль"),
    ("Rosa", "Роза"), ("Großmann", "Гроссманн"), ("Maas", "Мас"), ("Moor", "Мор"),
    ("Schäfer-Lindner", "Шефер-Линднер"), ("Jürgen Maaß", "Юрген Мас"), ("Jörg", "Йорг"),
    ("Tatjana", "Татьяна"), ("Fjodor", "Фёдор"), ("Jelzin", "Ельцин"), ("Julia", "Юлия"),
    ("Yasmin", "Ясмин"), ("SCHÄFER", "ШЕФЕР"), ("Petrović", "Петрович"), ("René", "Рене"),
    ("Yılmaz", "Йыльмац"), ("Łukasz Żak", "Лукаш Жак"),
    ("Mueller", "Мюллер"), ("Goethe", "Гёте"), ("Manuel", "Мануэль"), ("Daniel", "Даниэль"),
]  # fmt: skip


@pytest.mark.parametrize(("latin", "cyrillic"), READINGS)
def test_latin_names_read_the_russian_way(latin, cyrillic):
    assert to_cyrillic(latin) == cyrillic


@given(
    st.text(alphabet="abcdefghijklmnopqrstuvwxyzäöüßABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÜ-", max_size=20)
)
def test_no_latin_letter_is_left_in_a_reading(name):
    assert not translit.has_latin(to_cyrillic(name))


def test_every_latin_letter_has_a_reading():
    for letter in "abcdefghijklmnopqrstuvwxyzäöüß":
        reading = to_cyrillic(letter)
        assert reading and not translit.has_latin(reading), letter


def test_latin_and_cyrillic_forms_only_where_the_script_differs():
    assert latin_form("Иван Петров") == "Ivan Petrov"
    assert latin_form("Anna Müller") == ""
    assert latin_form("") == ""
    assert latin_form("王伟") == "Wang Wei"  # other scripts: still a Latin form
    assert cyrillic_form("Anna Müller") == "Анна Мюллер"
    assert cyrillic_form("Иван") == ""
    assert cyrillic_form("12345") == ""


def test_the_badge_line_under_a_name():
    assert second_line("Иван Петров") == "Ivan Petrov"
    assert second_line("Anna Müller") == ""
    assert second_line("12345") == ""
    assert second_line("Anna Müller", reverse=True) == "Анна Мюллер"


@pytest.mark.parametrize(
    ("name", "lang", "shown"),
    [
        ("Müller", "ru", "Мюллер (Müller)"),
        ("Markus Müller", "ru", "Маркус Мюллер (Markus Müller)"),
        ("Schäfer-Lindner", "ru", "Шефер-Линднер (Schäfer-Lindner)"),
        ("Парфёнов", "de", "Parfenov (Парфёнов)"),  # the passport spelling, as on the badge
        ("Парфёнов", "en", "Parfenov (Парфёнов)"),
        ("Щербакова", "de", "Shcherbakova (Щербакова)"),
        ("Парфёнов", "ru", "Парфёнов"),  # already in the reader's script: shown once
        ("Müller", "de", "Müller"),
        ("", "ru", ""),
    ],
)
def test_names_in_the_readers_script(name, lang, shown):
    assert for_reader(name, lang) == shown


@pytest.mark.parametrize(
    ("cyrillic", "system", "spelling"),
    [
        ("Ельцин", "duden", "jelzin"),
        ("Ельцин", "english", "yeltsin"),
        ("Чайковский", "duden", "tschaikowski"),
        ("Чайковский", "scholarly", "čajkovskij"),
        ("Чайковский", "french", "tchaïkovski"),
        ("Хрущёв", "duden", "chruschtschow"),
        ("Хрущёв", "french", "khrouchtchev"),
        ("Хрущёв", "scholarly", "chruščëv"),
        ("Горбачёв", "duden", "gorbatschow"),
        ("Горбачёв", "icao", "gorbachev"),
        ("Парфёнова", "duden", "parfjonowa"),
        ("Парфёнова", "english", "parfyonova"),
        ("Соловьёв", "duden", "solowjow"),
        ("Василий", "duden", "wassili"),
        ("Достоевский", "english", "dostoyevsky"),
        ("Жуков", "french", "joukov"),
        ("Юрий", "english", "yury"),
    ],
)
def test_the_spellings_people_type_for_a_russian_name(cyrillic, system, spelling):
    assert spellings(cyrillic)[system] == spelling


def test_a_latin_name_has_no_other_spellings():
    assert spellings("Müller") == {}
