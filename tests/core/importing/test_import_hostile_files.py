"""Files a user opens that could freeze, break or fool the import (issue 23): each one gets
its clear message, or is read with a note that says what was repaired; a refused file
leaves the event as it was."""

from __future__ import annotations

import os
import tracemalloc
import zipfile
from pathlib import Path

import pytest

from checkin import guests
from checkin.errors import BadImportFile
from checkin.importing import import_file, reading
from tests.core.importing.listfiles import by_name, write_text, write_xls, write_xlsx


def dump(event) -> str:
    return "\n".join(event.db.conn.iterdump())


def refused(event, path, key: str) -> str:
    """Import ``path``; it must be refused with ``key``; the event must not change."""
    before = dump(event)
    with pytest.raises(BadImportFile) as caught:
        import_file(event, path)
    assert caught.value.key == key, str(caught.value)
    assert dump(event) == before
    message = str(caught.value)
    assert "\n" not in message and message.startswith(str(path))
    return message


def _people(count: int) -> list[list[str]]:
    return [["Vorname", "Nachname", "Firma"]] + [
        [f"Gast{i}", f"Muster{i}", f'Firma "{i}"; GmbH' if i % 7 == 0 else f"Firma {i}"]
        for i in range(count)
    ]


# -- a stray quote --------------------------------------------------------------------------------
@pytest.mark.parametrize("count", [1000, 5000])
def test_a_stray_quote_is_reported_and_no_row_is_swallowed(empty_event, tmp_path, count):
    """Row 11 starts with a quote that never closes: before, 1,000 rows became 11 guests."""
    path = write_text(tmp_path / "liste.csv", _people(count), delimiter=";")
    lines = path.read_bytes().decode().split("\r\n")
    lines[10] = '"Müller;Anna;Stray GmbH'
    path.write_bytes("\r\n".join(lines).encode())
    report = import_file(empty_event, path)
    assert len(report.added) == count
    assert [(n.key, n.params) for n in report.notes] == [("stray_quote", {"row": 11})]
    assert "row 11: a quote mark (\") opens a cell that never closes; the row was read " \
        "without quote handling" in report.summary()  # fmt: skip
    found = by_name(empty_event)
    assert found['"Müller Anna'].organisation == "Stray GmbH"  # the quote kept, as written
    assert found["Gast70 Muster70"].organisation == 'Firma "70"; GmbH'  # real quotes still work


def test_a_quoted_cell_over_several_lines_is_not_a_stray_quote(empty_event, tmp_path):
    rows = [["Vorname", "Nachname", "Bemerkung"], ["Anna", "Müller", "Rollstuhl;\nbitte Rampe"],
            ["Jörg", "Weiß", ""]]  # fmt: skip
    report = import_file(empty_event, write_text(tmp_path / "liste.csv", rows, delimiter=";"))
    assert report.notes == [] and len(report.added) == 2
    assert by_name(empty_event)["Anna Müller"].notes == "Rollstuhl;\nbitte Rampe"


def test_a_cell_over_the_csv_limit_is_refused_with_its_row(event, tmp_path):
    rows = [["Vorname", "Nachname", "Bemerkung"], ["Anna", "Müller", ""],
            ["Jörg", "Weiß", "x" * 200_000]]  # fmt: skip
    message = refused(event, write_text(tmp_path / "lang.csv", rows), "import_cell_too_long")
    assert message.endswith(
        ", row 3: a cell is longer than 131,072 characters: this is not a guest list, or a "
        "quote mark is missing."
    )


# -- workbooks made to exhaust memory ---------------------------------------------------------------
def _sheet_xml(rows_xml: str, dimension: str = "") -> str:
    dim = f'<dimension ref="{dimension}"/>' if dimension else ""
    return (
        '<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns='
        f'"http://schemas.openxmlformats.org/spreadsheetml/2006/main">{dim}'
        f"<sheetData>{rows_xml}</sheetData></worksheet>"
    )


def _cell(ref: str, text: str) -> str:
    return f'<c r="{ref}" t="inlineStr"><is><t>{text}</t></is></c>'


def _rewrite_sheet(path: Path, sheet_xml) -> Path:
    """A real workbook from openpyxl, with its sheet part replaced (written in chunks)."""
    source = path.with_suffix(".src.xlsx")
    write_xlsx(source, [["Vorname", "Nachname"]])
    with (
        zipfile.ZipFile(source) as src,
        zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as out,
    ):
        for info in src.infolist():
            if info.filename == "xl/worksheets/sheet1.xml":
                with out.open(info.filename, "w", force_zip64=True) as part:
                    for chunk in [sheet_xml] if isinstance(sheet_xml, str) else sheet_xml:
                        part.write(chunk.encode())
            else:
                out.writestr(info, src.read(info.filename))
    source.unlink()
    return path


def _peak_mb(fn) -> float:
    tracemalloc.start()
    try:
        fn()
    finally:
        peak = tracemalloc.get_traced_memory()[1]
        tracemalloc.stop()
    return peak / 1024 / 1024


def test_a_tiny_workbook_declaring_a_whole_sheet_is_read_by_its_cells(empty_event, tmp_path):
    """A1:XFD1048576 declared (17 billion cells): before, a 1.8 KB file took 5.7 GB."""
    rows = '<row r="1">' + _cell("A1", "Vorname") + _cell("B1", "Nachname") + "</row>"
    rows += '<row r="2">' + _cell("A2", "Anna") + _cell("B2", "Müller") + "</row>"
    path = _rewrite_sheet(tmp_path / "klein.xlsx", _sheet_xml(rows, "A1:XFD1048576"))
    assert path.stat().st_size < 8000
    peak = _peak_mb(lambda: import_file(empty_event, path))
    assert set(by_name(empty_event)) == {"Anna Müller"}
    assert peak < 40, f"{peak:.0f} MB"


def test_a_cell_in_the_last_column_is_refused_before_the_row_is_built(event, tmp_path):
    rows = '<row r="1">' + _cell("A1", "Vorname") + _cell("XFD1", "x") + "</row>"
    path = _rewrite_sheet(tmp_path / "breit.xlsx", _sheet_xml(rows))
    message = refused(event, path, "import_too_many_columns")
    assert message.endswith(", row 1: 16384 columns; a guest list may have 1024.")


def test_a_zip_bomb_is_refused_before_anything_is_unpacked(event, tmp_path):
    """About 260 MB of rows packed into well under a megabyte."""
    row = '<row><c t="inlineStr"><is><t>Anna</t></is></c></row>' * 1000

    def parts():
        yield _sheet_xml("")[: -len("</sheetData></worksheet>")]
        for _ in range(5000):
            yield row
        yield "</sheetData></worksheet>"

    path = _rewrite_sheet(tmp_path / "bombe.xlsx", parts())
    assert path.stat().st_size < 2 * 1024 * 1024
    peak = _peak_mb(lambda: refused(event, path, "import_xlsx_too_large"))
    assert peak < 20, f"{peak:.0f} MB"
    with pytest.raises(BadImportFile, match=r"unpacks to 24\d MB, more than any guest list"):
        import_file(event, path)


def test_a_workbook_with_more_rows_than_a_guest_list_stops_at_the_limit(
    event, tmp_path, monkeypatch
):
    monkeypatch.setattr(reading, "MAX_ROWS", 50)
    rows = [["Vorname", "Nachname"]] + [[f"G{i}", "M"] for i in range(60)]
    message = refused(event, write_xlsx(tmp_path / "viele.xlsx", rows), "import_too_many_rows")
    assert "more than 50 rows with data" in message


def test_rows_far_down_a_sheet_keep_their_numbers_and_rows_past_excel_are_ignored(
    empty_event, tmp_path
):
    rows = '<row r="1">' + _cell("A1", "Vorname") + _cell("B1", "Nachname") + "</row>"
    rows += '<row r="1000001">' + _cell("A1000001", "Anna") + _cell("B1000001", "") + "</row>"
    rows += '<row r="1000002">' + _cell("A1000002", "") + "</row>"
    rows += '<row r="2000000">' + _cell("A2000000", "Geist") + _cell("B2000000", "G") + "</row>"
    path = _rewrite_sheet(tmp_path / "tief.xlsx", _sheet_xml(rows))
    report = import_file(empty_event, path)
    assert [(a.row, a.name) for a in report.added] == [(1000001, "Anna")]


# -- NUL and control characters ---------------------------------------------------------------------
@pytest.mark.parametrize("where", [0, 300 * 1024])
def test_a_nul_byte_is_refused_wherever_it_is(event, tmp_path, where):
    """Before, a NUL in the first 256 KB was refused, one after it stored in a name."""
    path = tmp_path / "nul.csv"
    filler = "".join(f"Gast{i};Muster{i}\n" for i in range(where // 16))
    path.write_bytes(("Vorname;Nachname\n" + filler + "An\x00na;Müller\n").encode())
    message = refused(event, path, "import_nul")
    line = 2 + filler.count("\n")
    assert f", line {line}: the file contains a NUL character" in message


def test_control_characters_are_removed_in_every_format_and_reported(empty_event, tmp_path):
    """ESC, BEL and the like never reach a name (or the terminal that shows the report)."""
    text = tmp_path / "steuer.csv"
    text.write_bytes(
        "Vorname;Nachname;Firma\nAn\x1b[31mna;Mül\x07ler;Firma AG\nJörg;Weiß;ok\n".encode()
    )
    # Excel keeps control characters as _xHHHH_ (openpyxl hands them over as they are)
    rows = '<row r="1">' + _cell("A1", "Vorname") + _cell("B1", "Nachname") + "</row>"
    rows += '<row r="2">' + _cell("A2", "An_x001B_[31mna") + _cell("B2", "Mül_x0007_ler") + "</row>"
    book = _rewrite_sheet(tmp_path / "steuer.xlsx", _sheet_xml(rows))
    old = tmp_path / "steuer.xls"
    write_xls(old, [["Vorname", "Nachname"], ["An\x1b[31mna", "Mül\x07ler"]])
    for path in (text, book, old):
        report = import_file(empty_event, path)
        [note] = report.notes
        assert note.key == "control_characters" and note.params["lines"] == [2], path
        assert "control characters removed in 1 row(s) (first: 2)" in report.summary()
    assert {g.full_name for g in guests.list_guests(empty_event)} == {"Anna Müller", "Jörg Weiß"}
    assert all(ch >= " " for g in guests.list_guests(empty_event) for ch in g.full_name)


# -- messages that used to mislead ----------------------------------------------------------------
def test_a_list_with_utf8_and_windows_lines_is_read_not_called_binary(empty_event, tmp_path):
    """Two lists pasted into one file: before, "binary data"."""
    path = tmp_path / "gemischt.csv"
    path.write_bytes(
        "Vorname;Nachname;Firma\nAnna;Müller;Bäckerei\n".encode()
        + "Jörg;Weiß;Straßenbau\nOlga;Schäfer;Öko\n".encode("cp1252")
        + "Иван;Парфёнов;СибМед\n".encode()
    )
    report = import_file(empty_event, path)
    assert set(by_name(empty_event)) == {
        "Anna Müller",
        "Jörg Weiß",
        "Olga Schäfer",
        "Иван Парфёнов",
    }
    [note] = report.notes
    assert note.key == "mixed_encoding" and note.params["lines"] == [3, 4]
    assert report.encoding == "utf-8 + cp1252"
    assert "2 line(s) were not UTF-8 and were read as cp1252 (first: 3, 4)" in report.summary()


def test_data_below_a_million_blank_rows_is_found(empty_event, tmp_path):
    """Before: "the file is empty"."""
    path = tmp_path / "tief.csv"
    path.write_bytes(b"Vorname;Nachname\r\n" + b";;\r\n" * 1_000_000 + b"Anna;M\xc3\xbcller\r\n")
    report = import_file(empty_event, path)
    assert [(a.row, a.name) for a in report.added] == [(1_000_002, "Anna Müller")]


def test_a_pipe_is_not_a_file_and_is_never_opened(event, tmp_path):
    """Before: "the file is empty" (and opening it would have waited for a writer)."""
    fifo = tmp_path / "liste.csv"
    os.mkfifo(fifo)
    message = refused(event, fifo, "import_not_a_file")
    assert message.endswith(
        ": this is a pipe or a device, not a file; save the guest list as a file."
    )


@pytest.mark.parametrize("kind", ["csv", "xlsx"])
def test_running_out_of_memory_says_so(event, tmp_path, monkeypatch, kind):
    """Before: "not a readable Excel workbook"."""
    if kind == "csv":
        path = write_text(tmp_path / "liste.csv", [["Vorname"], ["Anna"]])
        monkeypatch.setattr(Path, "read_bytes", lambda self: (_ for _ in ()).throw(MemoryError()))
    else:
        path = write_xlsx(tmp_path / "liste.xlsx", [["Vorname"], ["Anna"]])
        import openpyxl

        def no_memory(*args, **kwargs):
            raise MemoryError

        monkeypatch.setattr(openpyxl, "load_workbook", no_memory)
    message = refused(event, path, "import_out_of_memory")
    assert "there is not enough memory to read this file" in message


def test_a_file_just_over_the_limit_says_by_how_much(event, tmp_path):
    """Before: "50 MB; limit 50 MB"."""
    path = tmp_path / "gross.csv"
    with path.open("wb") as fh:
        fh.truncate(reading.MAX_BYTES + 60_000)
    message = refused(event, path, "import_too_large")
    assert message.endswith("(50.1 MB; limit 50 MB).")


def test_an_unreadable_sheet_inside_a_good_zip_is_a_damaged_workbook(event, tmp_path):
    path = _rewrite_sheet(tmp_path / "kaputt.xlsx", "<worksheet><sheetData><row>")
    refused(event, path, "import_fake_xlsx")


def test_only_the_chosen_sheet_is_read_in_full(empty_event, tmp_path, monkeypatch):
    """A long sheet beside the guests (a pivot, a log) is looked at, not read: its length
    neither slows the import nor makes it refuse the workbook."""
    import openpyxl

    monkeypatch.setattr(reading, "MAX_ROWS", 50)
    book = openpyxl.Workbook()
    book.active.title = "Auswertung"
    for i in range(500):
        book.active.append([f"Zeile {i}", i])
    guests_sheet = book.create_sheet("Gäste")
    guests_sheet.append(["Vorname", "Nachname"])
    for i in range(10):
        guests_sheet.append([f"Gast{i}", "Muster"])
    path = tmp_path / "mappe.xlsx"
    book.save(path)
    report = import_file(empty_event, path)
    assert report.sheet == "Gäste" and len(report.added) == 10
    with pytest.raises(BadImportFile, match="more than 50 rows with data"):
        import_file(empty_event, path, sheet="Auswertung")
