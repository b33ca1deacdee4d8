"""Read a guest list file into rows of text cells, whatever form it came in.

Formats: CSV/TSV/"Unicode text" (any delimiter, see ``dialect``; any encoding, see
``encoding``), Excel workbooks (.xlsx via openpyxl) and old Excel files (.xls via xlrd). The content decides, not the
name: a workbook saved as .csv is still read as a workbook, and a file named .xlsx that
is not one is refused with a message saying so.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from checkin.errors import BadImportFile
from checkin.importing import dialect, encoding

MAX_BYTES = 50 * 1024 * 1024  # a list of 200,000 guests is about 25 MB as CSV
MAX_ROWS = 200_000
_ZIP_MAGIC = b"PK\x03\x04"
_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # legacy .xls (and .doc, .msg ...)
_EXCEL_SUFFIXES = {".xlsx", ".xlsm", ".xltx", ".xltm"}


@dataclass(frozen=True)
class Sheet:
    """The raw cells of a list and how they were read."""

    path: Path
    format: str  # "csv" / "tsv" / "xlsx"
    rows: list[list[str]]
    encoding: str = ""
    delimiter: str = ""


def read_sheet(path: str | Path) -> Sheet:
    path = Path(path)
    name = str(path)
    try:
        size = path.stat().st_size
    except FileNotFoundError:
        raise BadImportFile("import_missing", path=name) from None
    except OSError as exc:
        raise BadImportFile("import_unreadable", path=name, detail=exc.strerror) from exc
    if path.is_dir():
        raise BadImportFile("import_unreadable", path=name, detail="it is a folder")
    if size == 0:
        raise BadImportFile("import_empty", path=name)
    if size > MAX_BYTES:
        raise BadImportFile("import_too_large", path=name, size=_mb(size), limit=_mb(MAX_BYTES))
    try:
        with path.open("rb") as fh:
            head = fh.read(8)
    except OSError as exc:
        raise BadImportFile("import_unreadable", path=name, detail=exc.strerror) from exc
    suffix = path.suffix.casefold()
    if head.startswith(_ZIP_MAGIC):
        sheet = _read_xlsx(path)
    elif head.startswith(_OLE_MAGIC) or suffix == ".xls":
        sheet = _read_xls(path)
    elif suffix in _EXCEL_SUFFIXES:
        raise BadImportFile("import_fake_xlsx", path=name)
    else:
        sheet = _read_text(path)
    rows = _trim(sheet.rows)
    if not any(any(cell for cell in row) for row in rows):
        raise BadImportFile("import_empty", path=name)
    if len(rows) > MAX_ROWS:
        raise BadImportFile("import_too_many_rows", path=name, rows=len(rows), limit=MAX_ROWS)
    return Sheet(path, sheet.format, rows, sheet.encoding, sheet.delimiter)


def _mb(size: int) -> str:
    return f"{size / 1024 / 1024:.0f}"


def _read_text(path: Path) -> Sheet:
    data = path.read_bytes()
    try:
        decoded = encoding.decode(data)
    except encoding.NotText:
        raise BadImportFile("import_binary", path=str(path)) from None
    delimiter = dialect.sniff_delimiter(decoded.text)
    rows = dialect.split_rows(decoded.text, delimiter)
    fmt = "tsv" if delimiter == "\t" else "csv"
    return Sheet(path, fmt, rows, decoded.encoding, delimiter)


def _read_xlsx(path: Path) -> Sheet:
    import openpyxl  # only needed for workbooks

    # A file object, not the name: openpyxl refuses names that don't end in .xlsx.
    handle = path.open("rb")
    try:
        book = openpyxl.load_workbook(handle, read_only=True, data_only=True)
    except Exception as exc:  # BadZipFile, KeyError, and openpyxl's own kinds
        handle.close()
        raise BadImportFile("import_fake_xlsx", path=str(path)) from exc
    try:
        rows: list[list[str]] = []
        for sheet in book.worksheets:  # the first sheet that has anything in it
            rows = []
            for values in sheet.iter_rows(values_only=True):
                rows.append([_cell_text(v) for v in values])
                if len(rows) > MAX_ROWS + 100:
                    break
            if any(any(row) for row in rows):
                break
    except Exception as exc:  # a broken sheet inside a valid zip
        raise BadImportFile("import_fake_xlsx", path=str(path)) from exc
    finally:
        book.close()
        handle.close()
    return Sheet(path, "xlsx", rows)


def _read_xls(path: Path) -> Sheet:
    """Legacy Excel 97–2003 workbooks, through xlrd (which reads nothing else since 2.0)."""
    try:
        import xlrd
    except ImportError:  # pragma: no cover - xlrd is a dependency; a trimmed install may lack it
        raise BadImportFile("import_xls", path=str(path)) from None
    try:
        book = xlrd.open_workbook(str(path), on_demand=True)
    except Exception as exc:  # XLRDError, CompDocError, struct.error ... for broken files
        raise BadImportFile("import_fake_xlsx", path=str(path)) from exc
    try:
        rows: list[list[str]] = []
        for index in range(book.nsheets):  # the first sheet that has anything in it
            sheet = book.sheet_by_index(index)
            rows = [
                [_xls_cell(book, cell) for cell in sheet.row(r)]
                for r in range(min(sheet.nrows, MAX_ROWS + 100))
            ]
            if any(any(row) for row in rows):
                break
    finally:
        book.release_resources()
    return Sheet(path, "xls", rows)


def _xls_cell(book, cell) -> str:
    import xlrd

    if cell.ctype == xlrd.XL_CELL_DATE:
        try:
            return _cell_text(xlrd.xldate_as_datetime(cell.value, book.datemode))
        except (ValueError, OverflowError):
            return str(cell.value)
    if cell.ctype == xlrd.XL_CELL_BOOLEAN:
        return "1" if cell.value else "0"
    if cell.ctype in (xlrd.XL_CELL_EMPTY, xlrd.XL_CELL_BLANK, xlrd.XL_CELL_ERROR):
        return ""
    return _cell_text(cell.value)


def _cell_text(value) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "1" if value else "0"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))  # phone numbers and table numbers typed as numbers
    if isinstance(value, dt.datetime):
        return value.isoformat(sep=" ", timespec="minutes")
    if isinstance(value, dt.date):
        return value.isoformat()
    return str(value).strip()


def _trim(rows: list[list[str]]) -> list[list[str]]:
    """Strip cells, drop trailing empty cells and trailing empty rows."""
    out = []
    for row in rows:
        cells = [c.strip() for c in row]
        while cells and not cells[-1]:
            cells.pop()
        out.append(cells)
    while out and not out[-1]:
        out.pop()
    return out
