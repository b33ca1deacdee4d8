"""The workbook read back with openpyxl: sheets, real times, header, filter, inert names."""

import openpyxl
import pytest

from checkin.clock import from_text
from checkin.exporting.xlsx_export import export_xlsx, sheet_title

from .conftest import INJECTION, replay


@pytest.fixture
def book(scenario, tmp_path):
    out = tmp_path / "attendance.xlsx"
    export_xlsx(scenario.event, out)
    return openpyxl.load_workbook(out)


def as_dicts(ws):
    rows = list(ws.iter_rows(values_only=True))
    return [dict(zip(rows[0], r, strict=True)) for r in rows[1:]]


def local(text):
    return from_text(text).astimezone().replace(tzinfo=None)


def test_summary_sheet_then_one_sheet_per_item(book, scenario):
    assert book.sheetnames == [
        "Summary",
        "All guests",
        scenario.visits.name,
        scenario.exchange.name,
    ]
    summary = {r["Programme item"]: r for r in as_dicts(book["Summary"])}
    ex = summary[scenario.exchange.name]
    assert (ex["Expected"], ex["Checked in"], ex["Present"]) == (4, 3, 2)
    assert (ex["Checked out"], ex["No-shows"], ex["Rate"]) == (1, 1, 0.75)
    assert book["Summary"]["G2"].number_format == "0.0%"


def test_every_row_matches_the_log_with_real_times(book, scenario):
    log = replay(scenario.event, scenario.exchange.id)
    ws = book[scenario.exchange.name]
    rows = as_dicts(ws)
    assert len(rows) == 4
    for row in rows:
        entry = log.get(row["Guest no."])
        if entry is None or entry["first"] is None:
            assert row["Status"] == "no-show" and row["Checked in at"] is None
            continue
        first_at, first_desk = entry["first"]
        assert row["Checked in at"] == local(first_at)  # a datetime cell, local time
        assert row["Desk"] == first_desk
        assert row["Check-outs"] == len(entry["outs"])
        assert row["Status"] == entry["state"]
    time_cell = ws.cell(row=2, column=list(rows[0]).index("Checked in at") + 1)
    assert time_cell.is_date


def test_frozen_header_and_autofilter(book, scenario):
    for ws in book.worksheets:
        assert ws.freeze_panes == "A2"
        assert ws.auto_filter.ref == f"A1:{ws.cell(1, ws.max_column).column_letter}{ws.max_row}"
        assert ws["A1"].font.bold


def test_formula_names_are_text_exactly_as_typed(book, scenario):
    ws = book[scenario.exchange.name]
    header = [c.value for c in ws[1]]
    evil = next(r for r in ws.iter_rows(min_row=2) if r[0].value == scenario.evil.id)
    columns = {"family_name": "Family name", "given_name": "Given name",
               "organisation": "Organisation", "position": "Position"}  # fmt: skip
    for field, value in INJECTION.items():
        cell = evil[header.index(columns[field])]
        assert cell.value == value
        assert cell.data_type == "s" and cell.quotePrefix
    for sheet in book.worksheets:
        for row in sheet.iter_rows():
            assert all(c.data_type != "f" for c in row)


def test_sheet_titles_are_valid_and_unique():
    taken = set()
    assert sheet_title("Di 24.04: Börse [Teil 1/2]?", taken) == "Di 24.04  Börse  Teil 1 2"
    long = "Kooperationsbörse mit Delegation aus Omsk"
    assert sheet_title(long, taken) == long[:31]
    assert sheet_title(long, taken) == long[:27] + " (2)"


def test_all_guests_sheet_counts_items_per_guest(book, scenario):
    rows = {r["Guest no."]: r for r in as_dicts(book["All guests"])}
    assert set(rows) == {scenario.anna.id, scenario.ivan.id, scenario.joerg.id, scenario.evil.id}
    ivan = rows[scenario.ivan.id]
    assert (ivan["Items expected at"], ivan["Items attended"]) == (2, 2)
    assert ivan["Checked in at"] == local(scenario.ivan_first_at) and ivan["Desk"] == "C"
    assert (rows[scenario.joerg.id]["Items attended"], rows[scenario.joerg.id]["Desk"]) == (0, None)


def test_times_are_the_venues_wall_clock_time(scenario, tmp_path, monkeypatch):
    """Stored in UTC, shown as local time: in Berlin in April that is UTC+2."""
    import time
    from datetime import timedelta

    monkeypatch.setenv("TZ", "Europe/Berlin")
    time.tzset()
    try:
        out = tmp_path / "berlin.xlsx"
        export_xlsx(scenario.event, out)
    finally:
        monkeypatch.undo()
        time.tzset()
    rows = as_dicts(openpyxl.load_workbook(out)[scenario.exchange.name])
    anna = next(r for r in rows if r["Guest no."] == scenario.anna.id)
    first = scenario.event.db.execute(
        "SELECT at FROM checkins WHERE guest_id = ? ORDER BY id LIMIT 1", [scenario.anna.id]
    ).fetchone()[0]
    utc = from_text(first)
    assert anna["Checked in at"] == utc.replace(tzinfo=None) + timedelta(hours=2)
