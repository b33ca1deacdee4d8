"""The streaming .xlsx writer, read back with openpyxl."""

from datetime import datetime

import openpyxl
import pytest

from checkin.exporting.xlsx_writer import PERCENT, Workbook, column_letter


@pytest.mark.parametrize(("index", "letters"), [(1, "A"), (26, "Z"), (27, "AA"), (703, "AAA")])
def test_column_letter(index, letters):
    assert column_letter(index) == letters


def test_cells_of_every_kind_round_trip(tmp_path):
    out = tmp_path / "w.xlsx"
    when = datetime(2027, 4, 20, 9, 15, 30)
    with Workbook(out) as book:
        book.add_sheet(
            "It's <Börse> & more",
            ["Text", "Number", "When", "Share", "Empty"],
            [
                ["  Müller & Söhne <GmbH>", 3, when, 0.755, None],
                ["bell\x07 and\ttab", 2.5, None, None, ""],
                ["=1+1", -4, None, 1, None],
            ],
            widths=[20, 8, 19, 8, 8],
            styles=[None, None, None, PERCENT, None],
            row_count=3,
        )
        book.add_sheet("Second", ["A"], [])
    wb = openpyxl.load_workbook(out)
    assert wb.sheetnames == ["It's <Börse> & more", "Second"]
    ws = wb.worksheets[0]
    rows = list(ws.iter_rows(min_row=2, values_only=True))
    assert rows[0] == ("  Müller & Söhne <GmbH>", 3, when, 0.755, None)
    # a control character as Excel stores it (_xHHHH_), not dropped
    assert rows[1] == ("bell_x0007_ and\ttab", 2.5, None, None, None)
    assert rows[2][0] == "=1+1" and ws["A4"].data_type == "s" and ws["A4"].quotePrefix
    assert ws["D2"].number_format == "0.0%" and ws["C2"].is_date
    assert ws.freeze_panes == "A2" and ws.auto_filter.ref == "A1:E4"
    assert ws.column_dimensions["A"].width == 20
    assert wb["Second"].max_row == 1 and wb["Second"]["A1"].font.bold
    assert openpyxl.load_workbook(out, read_only=True).worksheets[0].max_row == 4
