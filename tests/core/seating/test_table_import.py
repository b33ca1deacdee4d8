"""Importing tables from CSV and Excel, with German, English and Russian column names."""

from __future__ import annotations

import openpyxl
import pytest

from checkin import tables
from checkin.errors import InvalidInput
from checkin.seating.table_import import import_tables


def test_german_csv_with_semicolons_adds_tables(event, tmp_path):
    path = tmp_path / "tische.csv"
    path.write_text(
        "Tisch;Bezeichnung;Thema;Plätze;Tischpate;X;Y\n"
        "3;Metall;Metallverarbeitung;10;Thomas Krüger;120,5;40\n"
        "4;Lebensmittel & Landwirtschaft;Lebensmittel;8;Anne-Kathrin Böhm;;\n",
        encoding="utf-8",
    )
    result = import_tables(event, path)
    assert result.added == [3, 4] and result.updated == []
    t3 = tables.table_by_number(event, 3)
    assert (t3.name, t3.theme, t3.capacity, t3.host) == (
        "Metall",
        "Metallverarbeitung",
        10,
        "Thomas Krüger",
    )
    assert (t3.x, t3.y) == (120.5, 40.0)
    assert tables.table_by_number(event, 4).x is None


def test_russian_xlsx_updates_existing_table(event, tmp_path):
    path = tmp_path / "столы.xlsx"
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["Номер", "Название", "Тема", "Вместимость", "Ведущий", "Заметка"])
    sheet.append([1, "Медицинская техника", "Medizintechnik", 12, "Ирина Парфёнова", "x"])
    sheet.append([7, "ИТ", "IT", 6, "Андрей Жуков", ""])
    book.save(path)
    result = import_tables(event, path)
    assert result.updated == [1] and result.added == [7]
    assert result.ignored_columns == ["Заметка"]
    t1 = tables.table_by_number(event, 1)
    assert t1.name == "Медицинская техника" and t1.capacity == 12
    assert t1.host == "Ирина Парфёнова"
    assert len(tables.list_tables(event)) == 3


def test_english_headers_and_table_labels(event, tmp_path):
    path = tmp_path / "tables.csv"
    path.write_text("Table No,Table name,Topic,Seats,Host\nT9,Energy,Energie,5,Ann\n")
    import_tables(event, path)
    assert tables.table_by_number(event, 9).capacity == 5


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("Name;Thema\nA;B\n", "no column holds the table number"),
        ("Tisch;Plätze\n5;viele\n", "row 2, column Plätze: 'viele' is not a number"),
        ("Tisch;Plätze\n5;4\n5;6\n", "row 3: table 5 is listed twice (first in row 2)"),
        ("Tisch;Plätze\n\n5;4\n;\n5;6\n", "row 5: table 5 is listed twice (first in row 3)"),
        ("Tisch;Name\n;ohne Nummer\n", "row 2: the table number is missing"),
        ("Tisch;Name\n", "lists no tables"),
    ],
)
def test_bad_files_are_refused_and_nothing_is_written(event, tmp_path, content, message):
    path = tmp_path / "bad.csv"
    path.write_text(content, encoding="utf-8")
    before = tables.list_tables(event)
    with pytest.raises(InvalidInput) as info:
        import_tables(event, path)
    assert message in str(info.value)
    assert "\n" not in str(info.value)
    assert tables.list_tables(event) == before


def test_one_bad_row_keeps_the_good_rows_out_too(event, tmp_path):
    path = tmp_path / "mixed.csv"
    path.write_text("Tisch,Plätze\n10,4\n11,x\n")
    with pytest.raises(InvalidInput):
        import_tables(event, path)
    assert [t.number for t in tables.list_tables(event)] == [1, 2]
