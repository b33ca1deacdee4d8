"""Attendance as CSV: UTF-8 with a byte order mark (so Excel reads umlauts and Cyrillic
right) and a ``;`` variant, which is what Excel expects in German settings."""

from __future__ import annotations

import csv
import os
from collections.abc import Iterable, Sequence
from datetime import datetime
from pathlib import Path

from checkin.event import Event
from checkin.exporting import columns as cols
from checkin.exporting.attendance import event_attendance
from checkin.exporting.safe_cells import neutralise
from checkin.gc_pause import cyclic_gc_paused

TIME_FORMAT = "%Y-%m-%d %H:%M:%S"  # read as a date and time by Excel and LibreOffice


def cell(value) -> str | int:
    if value is None:
        return ""
    if isinstance(value, datetime):
        return value.strftime(TIME_FORMAT)
    if isinstance(value, float):
        return f"{value:.4f}"
    return neutralise(value)


def write_rows(
    path: str | os.PathLike,
    header: Sequence[str],
    rows: Iterable[Sequence],
    *,
    delimiter: str = ",",
) -> int:
    """Write a header and rows; every cell goes through ``cell``. Returns the row count."""
    count = 0
    with Path(path).open("w", encoding="utf-8-sig", newline="") as fh:
        writer = csv.writer(fh, delimiter=delimiter)
        writer.writerow([cell(h) for h in header])
        for row in rows:
            writer.writerow([cell(v) for v in row])
            count += 1
    return count


@cyclic_gc_paused()  # tens of thousands of rows and no reference cycles
def export_csv(
    event: Event,
    path: str | os.PathLike,
    *,
    item_id: int | None = None,
    lang: str = "en",
    delimiter: str = ",",
) -> int:
    """Attendance of one item (``item_id``) or of all items, one row per guest and item.

    No-shows are rows too (status 'no-show', no check-in time). Returns the row count.
    """
    report = event_attendance(event, item_id, lang)
    if item_id is not None:
        columns = cols.item_columns(report, lang)
        rows = report.items[0].rows
    else:
        columns = cols.item_columns(report, lang, with_item=True)
        rows = cols.all_item_rows(report)
    getters = [c.value for c in columns]
    return write_rows(
        path,
        cols.headers(columns, lang),
        ([get(r) for get in getters] for r in rows),
        delimiter=delimiter,
    )
