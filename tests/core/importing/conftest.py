"""Helpers for import tests: write lists the way other programs write them."""

from __future__ import annotations

import csv
import io

import openpyxl
import pytest

from checkin import guests, tables
from checkin.event import Event, EventInfo


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


@pytest.fixture
def empty_event(tmp_path, clock):
    """An event with three tables and no guests."""
    ev = Event.create(tmp_path / "import.checkin", EventInfo(name="Importbörse"), clock=clock)
    tables.add_table(ev, 1, name="Medizintechnik", theme="Medizintechnik")
    tables.add_table(ev, 2, name="Pflege", theme="Pflege")
    tables.add_table(ev, 3, name="Logistik", theme="Logistik")
    yield ev
    ev.close()


def by_name(event) -> dict[str, guests.Guest]:
    """Guests keyed by "given family" (tests name their guests uniquely)."""
    return {g.full_name: g for g in guests.list_guests(event)}


def table_number(event, guest) -> int | None:
    return tables.table_of(event, guest.table_id).number if guest.table_id else None
