"""Every format, encoding and delimiter a guest list arrives in, checked field by field."""

from __future__ import annotations

import datetime as dt

import pytest

from checkin.importing import import_file
from tests.core.importing.listfiles import (
    by_name,
    table_number,
    write_text,
    write_xls,
    write_xlsx,
)

GERMAN = [
    [
        "Anrede",
        "Vorname",
        "Nachname",
        "Firma",
        "Branche",
        "E-Mail",
        "Tisch",
        "Kategorie",
        "Parkplatz",
    ],
    [
        "Frau",
        "Anna",
        "Müller",
        "Müller GmbH & Co. KG",
        "Medizintechnik",
        "anna.mueller@mueller-gmbh.de",
        "1",
        "VIP",
        "ja",
    ],
    [
        "Herr",
        "Jörg",
        "Weiß",
        "Weiß; Söhne, Bäckerei",
        "Lebensmittel",
        "j.weiss@example.de",
        "Tisch 2",
        "press",
        "",
    ],
    ["Herr", "Björn", "Groß", "Stadtwerke Süd", "Energie", "", "3", "", "nein"],
]

RUSSIAN = [
    ["Фамилия", "Имя", "Отчество", "Организация", "Должность", "Эл. почта", "Стол", "Язык"],
    [
        "Парфёнов",
        "Иван",
        "Сергеевич",
        "ООО «СибМед»",
        "Генеральный директор",
        "parfenov@sibmed.ru",
        "2",
        "русский",
    ],
    [
        "Ёлкина",
        "Наталья",
        "Викторовна",
        "АО «Омский завод»",
        "Главный инженер",
        "elkina@omz.ru",
        "Стол 1",
        "Русский",
    ],
]


def check_german(event, ignore_extra=()) -> None:
    found = by_name(event)
    for guest in found.values():
        for key in ignore_extra:
            guest.extra.pop(key)
    assert set(found) == {"Anna Müller", "Jörg Weiß", "Björn Groß"}
    anna, joerg, bjoern = found["Anna Müller"], found["Jörg Weiß"], found["Björn Groß"]
    assert anna.salutation == "Frau"
    assert anna.organisation == "Müller GmbH & Co. KG"
    assert anna.industry == "Medizintechnik"
    assert anna.email == "anna.mueller@mueller-gmbh.de"
    assert anna.category == "VIP"
    assert table_number(event, anna) == 1
    assert anna.extra == {"Parkplatz": "ja"}
    assert joerg.salutation == "Herr"
    assert joerg.organisation == "Weiß; Söhne, Bäckerei"  # quoted delimiter survives
    assert joerg.category == "Press"  # canonical spelling of the category
    assert table_number(event, joerg) == 2  # "Tisch 2"
    assert joerg.extra == {}
    assert bjoern.email == ""
    assert bjoern.category == "Guest"
    assert table_number(event, bjoern) == 3
    assert bjoern.extra == {"Parkplatz": "nein"}


def check_russian(event) -> None:
    found = by_name(event)
    assert set(found) == {"Иван Парфёнов", "Наталья Ёлкина"}
    ivan, natalia = found["Иван Парфёнов"], found["Наталья Ёлкина"]
    assert ivan.family_name == "Парфёнов"
    assert ivan.patronymic == "Сергеевич"
    assert ivan.organisation == "ООО «СибМед»"
    assert ivan.position == "Генеральный директор"
    assert ivan.email == "parfenov@sibmed.ru"
    assert ivan.language == "ru"
    assert table_number(event, ivan) == 2
    assert natalia.patronymic == "Викторовна"
    assert natalia.organisation == "АО «Омский завод»"
    assert table_number(event, natalia) == 1  # "Стол 1"
    assert natalia.language == "ru"


@pytest.mark.parametrize(
    ("encoding", "delimiter", "rows", "check", "found_encoding"),
    [
        ("utf-8", ",", GERMAN, check_german, "utf-8"),
        ("utf-8-sig", ";", GERMAN, check_german, "utf-8-sig"),
        ("cp1252", ";", GERMAN, check_german, "cp1252"),  # German Excel "CSV (Trennzeichen)"
        ("cp1252", ",", GERMAN, check_german, "cp1252"),
        ("utf-16", "\t", GERMAN, check_german, "utf-16"),  # Excel "Unicode text"
        ("utf-8", "|", RUSSIAN, check_russian, "utf-8"),
        ("utf-8-sig", ",", RUSSIAN, check_russian, "utf-8-sig"),
        ("cp1251", ";", RUSSIAN, check_russian, "cp1251"),  # Russian Excel CSV
        ("cp1251", "\t", RUSSIAN, check_russian, "cp1251"),
        ("utf-16", "\t", RUSSIAN, check_russian, "utf-16"),
        ("utf-16-le", "\t", RUSSIAN, check_russian, "utf-16-le"),  # UTF-16 without a BOM
    ],
)
def test_text_lists(empty_event, tmp_path, encoding, delimiter, rows, check, found_encoding):
    path = write_text(tmp_path / "liste.csv", rows, encoding=encoding, delimiter=delimiter)
    report = import_file(empty_event, path)
    assert report.encoding == found_encoding
    assert report.delimiter == delimiter
    assert len(report.added) == len(rows) - 1
    assert report.skipped == [] and report.unknown_tables == []
    check(empty_event)


def test_title_and_blank_lines_above_the_header(empty_event, tmp_path):
    rows = [["Gästeliste Kooperationsbörse Omsk – Stand 12.03.2027"], [], ["", ""], *GERMAN]
    path = write_text(tmp_path / "liste.csv", rows, encoding="cp1252", delimiter=";")
    report = import_file(empty_event, path)
    assert report.header_row == 4
    assert [a.row for a in report.added] == [5, 6, 7]
    check_german(empty_event)


def test_xlsx_with_title_row_and_numbers_as_numbers(empty_event, tmp_path):
    rows = [list(GERMAN[0]) + ["Telefon"]]
    for row in GERMAN[1:]:
        cells = list(row) + [4917012345678]
        if cells[6].isdigit():
            cells[6] = int(cells[6])  # Excel keeps typed table numbers as numbers
        rows.append(cells)
    path = write_xlsx(tmp_path / "Gäste.xlsx", rows, title="Gästeliste Kooperationsbörse")
    report = import_file(empty_event, path)
    assert report.format == "xlsx"
    assert report.header_row == 3
    check_german_phone = by_name(empty_event)["Anna Müller"].phone
    assert check_german_phone == "4917012345678"  # not 4.917e12
    check_german(empty_event)


def test_russian_xlsx(empty_event, tmp_path):
    path = write_xlsx(tmp_path / "делегация.xlsx", RUSSIAN)
    import_file(empty_event, path)
    check_russian(empty_event)


def test_workbook_saved_under_a_csv_name_is_read_as_a_workbook(empty_event, tmp_path):
    path = write_xlsx(tmp_path / "liste.csv", GERMAN)
    assert import_file(empty_event, path).format == "xlsx"
    check_german(empty_event)


def test_quoted_cells_with_line_breaks(empty_event, tmp_path):
    rows = [
        ["Vorname", "Nachname", "Bemerkung"],
        ["Anna", "Müller", "Rollstuhl;\nbraucht Platz am Gang"],
        ["Jörg", "Weiß", ""],
    ]
    path = write_text(tmp_path / "liste.csv", rows, delimiter=";")
    report = import_file(empty_event, path)
    assert [a.row for a in report.added] == [2, 3]
    found = by_name(empty_event)
    assert found["Anna Müller"].notes == "Rollstuhl;\nbraucht Platz am Gang"
    assert found["Jörg Weiß"].notes == ""


def test_legacy_xls_with_title_row(empty_event, tmp_path):
    rows = [["Gästeliste"], [], [*GERMAN[0], "Angemeldet am"]]
    for row in GERMAN[1:]:
        cells = [*row, dt.datetime(2027, 3, 1, 9, 30)]
        cells[6] = int(cells[6]) if cells[6].isdigit() else cells[6]
        rows.append(cells)
    path = write_xls(tmp_path / "alt.xls", rows)
    report = import_file(empty_event, path)
    assert (report.format, report.header_row) == ("xls", 3)
    found = by_name(empty_event)
    assert found["Björn Groß"].extra == {"Parkplatz": "nein", "Angemeldet am": "2027-03-01 09:30"}
    check_german(empty_event, ignore_extra=("Angemeldet am",))


def test_russian_xls(empty_event, tmp_path):
    import_file(empty_event, write_xls(tmp_path / "делегация.xls", RUSSIAN))
    check_russian(empty_event)
