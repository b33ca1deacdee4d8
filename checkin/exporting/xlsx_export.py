"""Attendance as an Excel workbook: a summary sheet and one sheet per programme item.

Times are real date/time cells in local time, each sheet has a frozen header row and an
autofilter. openpyxl's write-only mode streams the rows, so 50,000 guests stay fast.
Text that a spreadsheet would take for a formula is written as a typed string cell with
Excel's "quote prefix", so it shows exactly as typed and stays text when edited.
"""

from __future__ import annotations

import os
import re
from pathlib import Path

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Font
from openpyxl.utils import get_column_letter

from checkin.event import Event
from checkin.exporting import columns as cols
from checkin.exporting import labels
from checkin.exporting.attendance import EventAttendance, event_attendance
from checkin.exporting.safe_cells import is_risky

TIME_FORMAT = "yyyy-mm-dd hh:mm:ss"
PERCENT_FORMAT = "0.0%"
_WIDTH = {"text": 18, "int": 10, "time": 19, "percent": 9}
_BAD_SHEET_CHARS = re.compile(r"[\[\]:*?/\\]")


def sheet_title(name: str, taken: set[str]) -> str:
    """A valid, unique sheet name (at most 31 characters, none of []:*?/\\)."""
    base = _BAD_SHEET_CHARS.sub(" ", name).strip().strip("'")[:31] or "Sheet"
    title, n = base, 2
    while title.casefold() in taken:
        suffix = f" ({n})"
        title, n = base[: 31 - len(suffix)] + suffix, n + 1
    taken.add(title.casefold())
    return title


def _write_sheet(wb: Workbook, title: str, columns: list[cols.Column], rows, lang: str) -> None:
    ws = wb.create_sheet(title)
    ws.freeze_panes = "A2"  # before the first row: sheet views are written first
    for index, col in enumerate(columns, start=1):
        header = labels.text(col.key, lang)
        width = max(_WIDTH[col.kind], min(len(header) + 4, 40))
        ws.column_dimensions[get_column_letter(index)].width = width
    bold = Font(bold=True)
    header_cells = []
    for header in cols.headers(columns, lang):
        c = WriteOnlyCell(ws, header)
        c.font = bold
        header_cells.append(c)
    ws.append(header_cells)
    getters = [c.value for c in columns]
    text_columns = [i for i, c in enumerate(columns) if c.kind == "text"]
    percent_columns = [i for i, c in enumerate(columns) if c.kind == "percent"]
    count = 0
    for row in rows:
        values = [get(row) for get in getters]
        for i in text_columns:
            v = values[i]
            if not v:
                values[i] = None  # empty cells are not written at all
            elif is_risky(v):
                values[i] = _text_cell(ws, v)
        for i in percent_columns:
            if values[i] is not None:
                c = WriteOnlyCell(ws, values[i])
                c.number_format = PERCENT_FORMAT
                values[i] = c
        ws.append(values)
        count += 1
    last = get_column_letter(len(columns))
    ws.auto_filter.ref = f"A1:{last}{count + 1}"


def _text_cell(ws, text: str) -> WriteOnlyCell:
    cell = WriteOnlyCell(ws, text)
    cell.data_type = "s"  # openpyxl would otherwise store "=…" as a formula
    cell.quotePrefix = True
    return cell


def write_workbook(report: EventAttendance, path: str | os.PathLike, lang: str = "en") -> None:
    wb = Workbook(write_only=True)
    taken: set[str] = set()
    _write_sheet(
        wb,
        sheet_title(labels.text("summary", lang), taken),
        cols.summary_columns(),
        report.items,
        lang,
    )
    item_columns = cols.item_columns(report, lang)
    for it in report.items:
        _write_sheet(wb, sheet_title(it.item.name, taken), item_columns, it.rows, lang)
    wb.save(Path(path))


def export_xlsx(
    event: Event, path: str | os.PathLike, *, item_id: int | None = None, lang: str = "en"
) -> None:
    write_workbook(event_attendance(event, item_id), path, lang)
