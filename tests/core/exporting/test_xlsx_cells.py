"""Sheets written a column at a time give the very cells written one value at a time, and
read back with openpyxl as written — whatever mix of values a column holds."""

from __future__ import annotations

import zipfile
from datetime import datetime

import openpyxl
import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from checkin.exporting.xlsx_cells import PERCENT, CellCache, any_cell, column_cells
from checkin.exporting.xlsx_writer import Workbook

from .test_xlsx_writer_roundtrip import _numbers, _texts, _times, cells, excel_text

# Words that recur, some of them needing more than XML's escaping: each is written as
# written one by one, wherever it stands in a column.
_WORDS = ["Press", "Guest", "", "=1+1", "a\x07b", "a\x00b", "_x0041_", "\ud800", "x" * 40_000]
# Columns as exports make them: all of one kind with gaps, and any mix at all.
_columns = st.one_of(
    st.lists(st.none() | _texts, max_size=30),
    st.lists(st.none() | st.sampled_from(_WORDS), max_size=30),
    st.lists(st.none() | st.integers(), max_size=30),
    st.lists(st.integers(-(2**60), 2**60), min_size=1, max_size=30),
    st.lists(st.none() | _times, max_size=30),
    st.lists(st.none() | _numbers, max_size=30),
    st.lists(cells, max_size=30),
)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(columns=st.lists(_columns, min_size=1, max_size=4), style=st.sampled_from([None, PERCENT]))
@example(columns=[[w, "Press"] for w in _WORDS], style=None)  # each word in a column of text
@example(columns=[[1, None, 2**60], [2**60, 5], [-(2**54), 5], [True, 1]], style=None)
def test_a_column_gives_the_cells_of_its_values_one_by_one(columns, style):
    texts, ints = CellCache(), CellCache()  # shared by the columns, as in a workbook
    for values in columns + columns:  # twice: the second time from what was remembered
        assert column_cells(values, style, texts, ints) == [any_cell(v, style) for v in values]


def test_columns_read_back_across_chunks_and_sheets(tmp_path):
    out = tmp_path / "c.xlsx"
    n = 4500  # more rows than the writer encodes at a time
    names = [f"Müller & Söhne <{i % 3000}>" for i in range(n)]
    names[10], names[2600] = "=HYPERLINK(1)", "Zeile\r\nzwei"  # not plain: one by one
    tables = [i % 41 or None for i in range(n)]
    ids = list(range(1, n + 1))
    when = [datetime(2027, 4, 20, 9, i % 60, 30) if i % 7 else None for i in range(n)]
    with Workbook(out) as book:
        book.add_columns("Gäste", ["Name", "Tisch", "Id", "Zeit"], [names, tables, ids, when])
        book.add_columns("Wieder", ["Name"], [names[:5]])  # the same texts on another sheet
    wb = openpyxl.load_workbook(out, read_only=True)
    rows = list(wb["Gäste"].iter_rows(min_row=2, values_only=True))
    assert [(excel_text(a), b, c, d) for a, b, c, d in rows] == list(
        zip(names, tables, ids, when, strict=True)
    )
    assert [r[0] for r in wb["Wieder"].iter_rows(min_row=2, values_only=True)] == names[:5]
    sheet = zipfile.ZipFile(out).read("xl/worksheets/sheet1.xml").decode()
    assert sheet.count('<c s="4" t="inlineStr">') == 1  # the formula-like name: quote prefix
    assert f'<autoFilter ref="A1:D{n + 1}"/>' in sheet


def test_columns_must_match_the_header(tmp_path):
    with Workbook(tmp_path / "x.xlsx") as book:
        with pytest.raises(ValueError):
            book.add_columns("x", ["A", "B"], [[1, 2], [3]])
        with pytest.raises(ValueError):
            book.add_columns("x", ["A", "B"], [[1, 2]])
