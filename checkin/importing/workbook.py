"""Read the sheets of an Excel workbook (.xlsx, .xls) as rows of cell values, within bounds.

A workbook is a zip of XML: a 2 KB file can declare a sheet of 17 billion cells, and a
4 MB zip can unpack to gigabytes. So the zip's declared sizes are checked before anything
is unpacked (zipfile never unpacks more than an entry declares), the sheet's declared
dimension is not trusted, and rows and columns are counted while they are read: reading
stops with a clear message the moment a bound is passed, long before memory runs out.
"""

from __future__ import annotations

import zipfile
from collections.abc import Callable, Iterator
from pathlib import Path

from checkin.errors import BadImportFile

MAX_UNCOMPRESSED = 200 * 1024 * 1024  # every part of the workbook together, unpacked
MAX_PARTS = 10_000
MAX_ROW_ELEMENTS = 1_048_576  # Excel's own row limit: rows beyond it are not a real sheet
MAX_COLUMNS = 1_024  # pretix's widest export has about 80; Excel allows 16,384


class TooWide(Exception):
    """A row with a cell further right than any guest list has."""

    def __init__(self, row: int, width: int):
        super().__init__(row, width)
        self.row, self.width = row, width


# (name, rows): rows yields (1-based row number, [cell values]); blank rows may be left out.
RawSheet = tuple[str, Callable[[], Iterator[tuple[int, list]]]]


def check_zip(path: Path) -> None:
    """Refuse a workbook whose parts unpack to more than a guest list ever needs."""
    try:
        with zipfile.ZipFile(path) as archive:
            infos = archive.infolist()
    except (zipfile.BadZipFile, OSError, ValueError) as exc:
        raise BadImportFile("import_fake_xlsx", path=str(path)) from exc
    unpacked = sum(info.file_size for info in infos)
    if len(infos) > MAX_PARTS or unpacked > MAX_UNCOMPRESSED:
        raise BadImportFile(
            "import_xlsx_too_large",
            path=str(path),
            size=f"{unpacked / 1024 / 1024:,.0f}",
            limit=f"{MAX_UNCOMPRESSED // 1024 // 1024}",
        )


def xlsx_sheets(path: Path, handle) -> tuple[list[RawSheet], Callable[[], None]]:
    """The workbook's worksheets (name and a row reader each) and a function to close it."""
    import openpyxl  # only needed for workbooks

    try:
        book = openpyxl.load_workbook(handle, read_only=True, data_only=True)
    except MemoryError:
        raise
    except Exception as exc:  # BadZipFile, KeyError, and openpyxl's own kinds
        raise BadImportFile("import_fake_xlsx", path=str(path)) from exc
    sheets = [(ws.title, _xlsx_rows(book, ws)) for ws in book.worksheets]
    return sheets, book.close


def _xlsx_rows(book, ws) -> Callable[[], Iterator[tuple[int, list]]]:
    # openpyxl's own parser, fed row by row: its read-only sheet would pad every row to the
    # declared dimension (A1:XFD1048576 makes 17 billion cells) before we could count.
    from openpyxl.worksheet._reader import WorkSheetParser

    def rows() -> Iterator[tuple[int, list]]:
        with ws._get_source() as source:  # noqa: SLF001 - the sheet's XML part
            parser = WorkSheetParser(
                source,
                ws._shared_strings,  # noqa: SLF001
                data_only=True,
                epoch=book.epoch,
                date_formats=book._date_formats,  # noqa: SLF001
                timedelta_formats=book._timedelta_formats,  # noqa: SLF001
            )
            for elements, (number, cells) in enumerate(parser.parse(), start=1):
                if elements > MAX_ROW_ELEMENTS or number > MAX_ROW_ELEMENTS:
                    return
                parser.row_dimensions.clear()  # row heights: not needed, and unbounded
                if cells:
                    yield number, _placed(number, cells)

    return rows


def _placed(number: int, cells: list[dict]) -> list:
    """A row's values at their columns (a row lists only the cells it has)."""
    width = max(cell["column"] for cell in cells)
    if width > MAX_COLUMNS:  # before the list is made: XFD1 alone would make 16,384 cells
        raise TooWide(number, width)
    if width == len(cells):  # the usual case: no gaps
        return [cell["value"] for cell in cells]
    values: list = [None] * width
    for cell in cells:
        values[cell["column"] - 1] = cell["value"]
    return values


def xls_sheets(path: Path) -> tuple[list[RawSheet], Callable[[], None]]:
    """Legacy Excel 97–2003 workbooks, through xlrd (which reads nothing else since 2.0)."""
    try:
        import xlrd
    except ImportError:  # pragma: no cover - xlrd is a dependency; a trimmed install may lack it
        raise BadImportFile("import_xls", path=str(path)) from None
    try:
        book = xlrd.open_workbook(str(path), on_demand=True)
    except MemoryError:
        raise
    except Exception as exc:  # XLRDError, CompDocError, struct.error ... for broken files
        raise BadImportFile("import_fake_xlsx", path=str(path)) from exc

    def reader(index: int) -> Callable[[], Iterator[tuple[int, list]]]:
        def rows() -> Iterator[tuple[int, list]]:
            try:
                sheet = book.sheet_by_index(index)
            except MemoryError:
                raise
            except Exception as exc:  # a broken sheet inside a readable file
                raise BadImportFile("import_fake_xlsx", path=str(path)) from exc
            for r in range(min(sheet.nrows, MAX_ROW_ELEMENTS)):
                values = [_xls_value(book, cell) for cell in sheet.row(r)]
                if any(v not in (None, "") for v in values):
                    yield r + 1, values

        return rows

    sheets = [(book.sheet_names()[i], reader(i)) for i in range(book.nsheets)]
    return sheets, book.release_resources


def _xls_value(book, cell):
    import xlrd

    if cell.ctype == xlrd.XL_CELL_DATE:
        try:
            return xlrd.xldate_as_datetime(cell.value, book.datemode)
        except (ValueError, OverflowError):
            return str(cell.value)
    if cell.ctype == xlrd.XL_CELL_BOOLEAN:
        return bool(cell.value)
    if cell.ctype in (xlrd.XL_CELL_EMPTY, xlrd.XL_CELL_BLANK, xlrd.XL_CELL_ERROR):
        return None
    return cell.value
