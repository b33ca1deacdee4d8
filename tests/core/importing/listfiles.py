"""Write guest lists the way other programs write them, and read guests back."""

from __future__ import annotations

import csv
import datetime as dt
import io

import openpyxl

from checkin import guests, tables


def write_text(path, rows, *, encoding="utf-8", delimiter=",", newline="\r\n"):
    """Write rows as a delimited text file, quoting like Excel does."""
    buf = io.StringIO()
    csv.writer(buf, delimiter=delimiter, lineterminator=newline).writerows(rows)
    path.write_bytes(buf.getvalue().encode(encoding))
    return path


def write_xlsx(path, rows, *, title=None):
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Gäste"
    if title:
        sheet.append([title])
        sheet.merge_cells(start_row=1, start_column=1, end_row=1, end_column=4)
        sheet.append([])
    for row in rows:
        sheet.append(row)
    book.save(path)
    return path


def write_xls(path, rows):
    """An Excel 97–2003 workbook, as old office PCs still save them."""
    import xlwt

    book = xlwt.Workbook(encoding="utf-8")
    sheet = book.add_sheet("Gäste")
    date_style = xlwt.easyxf(num_format_str="DD.MM.YYYY hh:mm")
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            if isinstance(value, dt.datetime):
                sheet.write(r, c, value, date_style)
            else:
                sheet.write(r, c, value)
    book.save(str(path))
    return path


def by_name(event) -> dict[str, guests.Guest]:
    """Guests keyed by "given family" (tests name their guests uniquely)."""
    return {g.full_name: g for g in guests.list_guests(event)}


def table_number(event, guest) -> int | None:
    return tables.table_of(event, guest.table_id).number if guest.table_id else None
