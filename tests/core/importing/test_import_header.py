"""Finding the header row below titles, and naming columns the file left blank or doubled."""

from __future__ import annotations

import pytest

from checkin.importing.header import column_names, find_header


@pytest.mark.parametrize(
    ("rows", "index"),
    [
        ([["Vorname", "Nachname"], ["Anna", "Müller"]], 0),
        ([["Gästeliste 2027"], [], ["", ""], ["Vorname", "Nachname"], ["Anna", "Müller"]], 3),
        # a title that is itself a known word ("Gast") loses to the real header
        ([["Gast"], ["Name", "Firma", "Tisch"], ["Anna Müller", "X", "1"]], 1),
        # nothing recognised: the first row with two filled cells
        ([["Liste vom 3.3."], ["Spalte A", "Spalte B"], ["x", "y"]], 1),
        ([["Фамилия", "Имя", "Отчество"], ["Иванов", "Иван", "Иванович"]], 0),
        ([["nur eine Zeile"]], -1),
    ],
)
def test_find_header(rows, index):
    assert find_header(rows) == index


def test_column_names_are_unique_and_never_blank():
    assert column_names(["Name", "", "E-Mail", "E-Mail"], 5) == [
        "Name",
        "Column 2",
        "E-Mail",
        "E-Mail (2)",
        "Column 5",
    ]
