"""Attendance as an Excel workbook: a summary sheet, an all-guests sheet (each guest once,
with the number of items attended) and one sheet per programme item.

Times are real date/time cells in local time, each sheet has a frozen, bold header row
and an autofilter. Text that a spreadsheet would take for a formula is written as a text
cell with Excel's "quote prefix", so it shows exactly as typed and stays text when
edited. Written by the streaming ``xlsx_writer`` (openpyxl's write-only mode needed more
than 3 s for 50,000 guests on our 2-core machines); openpyxl reads the files back in tests.
"""

from __future__ import annotations

import os

from checkin import labels
from checkin.event import Event
from checkin.exporting import columns as cols
from checkin.exporting.attendance import EventAttendance, event_attendance
from checkin.exporting.xlsx_writer import PERCENT, Workbook, valid_title
from checkin.gc_pause import cyclic_gc_paused

_WIDTH = {"text": 18, "int": 10, "time": 19, "percent": 9}
sheet_title = valid_title  # a valid, unique sheet name: the writer's rule


def _add(book: Workbook, title: str, columns: list[cols.Column], rows, lang: str) -> None:
    headers = cols.headers(columns, lang)
    getters = [c.value for c in columns]
    sample = rows[:300]  # widths from the header and the first rows, not the whole sheet
    widths = [
        max(_WIDTH.get(c.kind, 12), min(len(h) + 4, 40),
            min(max((len(str(get(r))) + 2 for r in sample if get(r) is not None), default=0), 50))
        for c, h, get in zip(columns, headers, getters, strict=True)
    ]  # fmt: skip
    styles = [PERCENT if c.kind == "percent" else None for c in columns]
    # column by column: the getters run in C where they can (attrgetter), and the
    # writer encodes a column's values together
    book.add_columns(
        title, headers, [list(map(get, rows)) for get in getters], widths=widths, styles=styles
    )


def write_workbook(report: EventAttendance, path: str | os.PathLike, lang: str = "en") -> None:
    taken: set[str] = set()
    with Workbook(path) as book:
        _add(book, sheet_title(labels.text("summary", lang), taken), cols.summary_columns(),
             report.items, lang)  # fmt: skip
        if len(report.items) > 1:  # each guest once: at how many items expected, attended
            overall = report.overall()
            _add(book, sheet_title(labels.text("all_guests", lang), taken),
                 cols.overall_columns(overall, lang), overall, lang)  # fmt: skip
        item_columns = cols.item_columns(report, lang)
        for it in report.items:
            _add(book, sheet_title(it.item.name, taken), item_columns, it.rows, lang)


@cyclic_gc_paused()  # tens of thousands of rows and no reference cycles
def export_xlsx(
    event: Event, path: str | os.PathLike, *, item_id: int | None = None, lang: str = "en"
) -> None:
    write_workbook(event_attendance(event, item_id, lang), path, lang)
