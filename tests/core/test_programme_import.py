"""Reading a programme list: which column is which, and what a bad list is told."""

from __future__ import annotations

import pytest

from checkin.errors import InvalidInput
from checkin.programme_import import parse


def test_the_header_may_follow_blank_rows_and_unknown_columns_are_named():
    rows = [
        ["", ""],
        [" Programmpunkt ", "Beginn", "Raumwunsch"],
        ["Firmenbesuch", "2027-04-20 09:00", "x"],
    ]
    items, ignored = parse(rows, "programm.csv")
    assert [i["name"] for i in items] == ["Firmenbesuch"]
    assert ignored == ["Raumwunsch"]


@pytest.mark.parametrize(
    ("rows", "key"),
    [([], "programme_import_empty"), ([["", ""]], "programme_import_empty"),
     ([["Beginn", "Ende"], ["2027-04-20 09:00", ""]], "programme_import_no_name")],
)  # fmt: skip
def test_a_list_without_rows_or_without_names_is_refused_by_name(rows, key):
    with pytest.raises(InvalidInput) as caught:
        parse(rows, "programm.csv")
    assert caught.value.key == key
