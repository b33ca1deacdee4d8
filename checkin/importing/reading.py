"""Read a guest list file into rows of text cells, whatever form it came in.

Formats: CSV/TSV/"Unicode text" (any delimiter, see ``dialect``; any encoding, see
``encoding``), Excel workbooks (.xlsx, .xls: see ``workbook``, every sheet). The content
decides, not the name: a workbook saved as .csv is still read as a workbook, and a file
named .xlsx that is not one is refused with a message saying so.

Every format ends up the same way: cells stripped, control characters removed (and
reported), blank rows left out but each row keeping its number in the file, and bounds
on size, rows, columns and cell length checked while reading, each with its own message.
"""

from __future__ import annotations

import datetime as dt
import math
import re
import stat
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from checkin.errors import BadImportFile
from checkin.importing import dialect, encoding, workbook

MAX_BYTES = 50 * 1024 * 1024  # a list of 200,000 guests is about 25 MB as CSV
MAX_ROWS = 200_000  # rows with data; blank rows do not count
MAX_COLUMNS = workbook.MAX_COLUMNS
HEAD_ROWS = 200  # rows of each workbook sheet read to choose the sheet
_ZIP_MAGIC = b"PK\x03\x04"
_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # legacy .xls (and .doc, .msg ...)
_EXCEL_SUFFIXES = {".xlsx", ".xlsm", ".xltx", ".xltm"}
# C0 controls but tab and line breaks, DEL and C1: never part of a name, and ESC or BEL
# would act on the terminal that shows the report.
# A terminal colour or cursor sequence (ESC [ ... letter) goes as a whole.
_CONTROL = re.compile("\x1b\\[[0-?]*[ -/]*[@-~]|[\x00-\x08\x0b-\x0c\x0e-\x1f\x7f-\x9f]")
_DEFUSED = re.compile(r"'[=+\-@|%]")  # a CSV writer's guard against formulas: '+49 ...
_EXCEL_ESCAPE = re.compile(r"_x([0-9A-Fa-f]{4})_")  # how Excel stores \r and control characters


@dataclass(frozen=True)
class Note:
    """Something the reader repaired or noticed, for the report (key + parameters)."""

    key: str
    params: dict = field(default_factory=dict)


@dataclass(frozen=True)
class Sheet:
    """The cells of one list (a text file, or one sheet of a workbook) and how they were read."""

    path: Path
    format: str  # "csv" / "tsv" / "xlsx" / "xls"
    rows: list[list[str]]  # rows with data only
    numbers: list[int] = field(default_factory=list)  # each row's 1-based number in the file
    encoding: str = ""
    delimiter: str = ""
    name: str = ""  # the sheet's name in a workbook
    notes: tuple[Note, ...] = ()

    def padded_rows(self) -> list[list[str]]:
        """The rows with the blank rows between them put back (row i is line i + 1)."""
        out: list[list[str]] = []
        for number, cells in zip(self.numbers, self.rows, strict=True):
            out.extend([] for _ in range(number - 1 - len(out)))
            out.append(cells)
        return out


def read_sheet(path: str | Path, name: str | None = None) -> Sheet:
    """One list: the sheet called ``name``, else the first sheet that has data."""
    book = read_book(path)
    if name is not None:
        return find_sheet(book, name)
    return next((s for s in book if s.rows), book[0])


def find_sheet(book: list[Sheet], name: str) -> Sheet:
    wanted = " ".join(name.split()).casefold()
    for sheet in book:
        if " ".join(sheet.name.split()).casefold() == wanted:
            return sheet
    raise BadImportFile(
        "import_no_such_sheet",
        path=str(book[0].path),
        sheet=name,
        sheets=", ".join(s.name for s in book) or "–",
    )


def read_book(path: str | Path, choose: Callable[[list[Sheet]], int] | None = None) -> list[Sheet]:
    """Every sheet of a workbook, or the one list of a text file; refuses what is no list.

    ``choose`` (the sheets' first HEAD_ROWS rows -> the index of the sheet wanted): only that
    sheet is then read in full; the others in the list keep just their first rows."""
    path = Path(path)
    name = str(path)
    try:
        info = path.stat()
    except FileNotFoundError:
        raise BadImportFile("import_missing", path=name) from None
    except OSError as exc:
        raise BadImportFile("import_unreadable", path=name, detail=exc.strerror) from exc
    if stat.S_ISDIR(info.st_mode):
        raise BadImportFile("import_unreadable", path=name, detail="it is a folder")
    if not stat.S_ISREG(info.st_mode):  # a pipe or a device: reading could wait for ever
        raise BadImportFile("import_not_a_file", path=name)
    if info.st_size == 0:
        raise BadImportFile("import_empty", path=name)
    if info.st_size > MAX_BYTES:
        raise BadImportFile(
            "import_too_large", path=name, size=_mb(info.st_size), limit=_mb(MAX_BYTES)
        )
    try:
        with path.open("rb") as fh:
            head = fh.read(8)
    except OSError as exc:
        raise BadImportFile("import_unreadable", path=name, detail=exc.strerror) from exc
    try:
        book = _read(path, head, choose)
    except MemoryError:
        raise BadImportFile("import_out_of_memory", path=name) from None
    if not any(sheet.rows for sheet in book):
        raise BadImportFile("import_empty", path=name)
    return book


def _read(path: Path, head: bytes, choose) -> list[Sheet]:
    suffix = path.suffix.casefold()
    if head.startswith(_ZIP_MAGIC):
        workbook.check_zip(path)
        with path.open("rb") as handle:  # a file object: openpyxl wants .xlsx names
            sheets, close = workbook.xlsx_sheets(path, handle)
            try:
                return _read_sheets(path, "xlsx", sheets, choose)
            finally:
                close()
    if head.startswith(_OLE_MAGIC) or suffix == ".xls":
        sheets, close = workbook.xls_sheets(path)
        try:
            return _read_sheets(path, "xls", sheets, choose)
        finally:
            close()
    if suffix in _EXCEL_SUFFIXES:
        raise BadImportFile("import_fake_xlsx", path=str(path))
    book = [_read_text(path)]
    if choose is not None and book[0].rows:
        choose(book)  # one list: nothing to choose, but a sheet asked for by name is refused
    return book


def _read_sheets(path: Path, fmt: str, sheets, choose) -> list[Sheet]:
    if choose is None:
        return [_read_raw_sheet(path, fmt, name, rows) for name, rows in sheets]
    heads = [_read_raw_sheet(path, fmt, name, rows, limit=HEAD_ROWS) for name, rows in sheets]
    if not any(h.rows for h in heads):
        return heads
    index = choose(heads)
    heads[index] = _read_raw_sheet(path, fmt, *sheets[index])
    return heads


def _mb(size: int) -> str:
    """Megabytes rounded up to a tenth: 50.01 MB is over a 50 MB limit and must say so."""
    tenths = math.ceil(size / 1024 / 1024 * 10)
    return f"{tenths // 10}" if tenths % 10 == 0 else f"{tenths / 10:.1f}"


def _read_text(path: Path) -> Sheet:
    data = path.read_bytes()
    try:
        decoded = encoding.decode(data)
    except encoding.NotText:
        raise BadImportFile("import_binary", path=str(path)) from None
    text = decoded.text
    nul = text.find("\x00")
    if nul >= 0:  # wherever it is: a NUL is never part of a list
        raise BadImportFile("import_nul", path=str(path), line=text.count("\n", 0, nul) + 1)
    notes = [Note(k, p) for k, p in decoded.notes]
    text, cleaned = _clean_text(text)
    delimiter = dialect.sniff_delimiter(text)
    try:
        split = dialect.split_rows(text, delimiter)
    except dialect.CellTooLong as exc:
        raise BadImportFile(
            "import_cell_too_long", path=str(path), row=exc.row, limit=f"{dialect.MAX_CELL:,}"
        ) from None
    notes += [Note("stray_quote", {"row": row}) for row in split.stray_quotes]
    defused = _DEFUSED.search(text) is not None
    rows, numbers = [], []
    for number, raw in enumerate(split.rows, start=1):
        cells = [c.strip() for c in raw]
        while cells and not cells[-1]:
            cells.pop()
        if not cells:
            continue
        if defused:
            cells = [c[1:] if _DEFUSED.match(c) else c for c in cells]
        if len(rows) >= MAX_ROWS or len(cells) > MAX_COLUMNS:
            _check_shape(path, len(rows), len(cells), number)
        rows.append(cells)
        numbers.append(number)
    if cleaned:
        notes.append(Note("control_characters", {"lines": cleaned[:5], "count": len(cleaned)}))
    fmt = "tsv" if delimiter == "\t" else "csv"
    return Sheet(path, fmt, rows, numbers, decoded.encoding, delimiter, "", tuple(notes))


def _clean_text(text: str) -> tuple[str, list[int]]:
    """The text without control characters, and the lines that had some (1-based)."""
    if not _CONTROL.search(text):
        return text, []
    lines = sorted({text.count("\n", 0, m.start()) + 1 for m in _CONTROL.finditer(text)})
    return _CONTROL.sub(_replacement, text), lines


def _replacement(match: re.Match) -> str:
    return " " if match.group() in "\x0b\x0c" else ""  # vertical tab, form feed: a break


def _trimmed(raw: list[str]) -> list[str]:
    cells = [c.strip() for c in raw]
    while cells and not cells[-1]:
        cells.pop()
    return cells


def _check_shape(path: Path, count: int, width: int, number: int) -> None:
    if count >= MAX_ROWS:
        raise BadImportFile("import_too_many_rows", path=str(path), limit=f"{MAX_ROWS:,}")
    if width > MAX_COLUMNS:
        raise BadImportFile(
            "import_too_many_columns", path=str(path), row=number, columns=width, limit=MAX_COLUMNS
        )


def _read_raw_sheet(path: Path, fmt: str, name: str, read_rows, limit: int = 0) -> Sheet:
    """A workbook sheet's rows; with ``limit``, only its first ``limit`` rows with data."""
    rows, numbers, cleaned = [], [], []
    try:
        for number, values in read_rows():
            if limit and len(rows) >= limit:
                break
            cells = _trimmed([_cell_text(v) for v in values])
            if not cells:
                continue
            if fmt == "xlsx" and any("_x" in c for c in cells):
                cells = [_EXCEL_ESCAPE.sub(_unescaped, c) for c in cells]
            if any(_CONTROL.search(c) for c in cells):
                cells = [_CONTROL.sub(_replacement, c) for c in cells]
                cleaned.append(number)
            _check_shape(path, 0 if limit else len(rows), len(cells), number)
            rows.append(cells)
            numbers.append(number)
    except workbook.TooWide as exc:
        raise BadImportFile(
            "import_too_many_columns",
            path=str(path),
            row=exc.row,
            columns=exc.width,
            limit=MAX_COLUMNS,
        ) from None
    except (MemoryError, BadImportFile):
        raise
    except Exception as exc:  # a broken sheet inside a valid zip
        raise BadImportFile("import_fake_xlsx", path=str(path)) from exc
    notes = ()
    if cleaned:
        notes = (Note("control_characters", {"lines": cleaned[:5], "count": len(cleaned)}),)
    return Sheet(path, fmt, rows, numbers, name=name, notes=notes)


def _unescaped(match: re.Match) -> str:
    return chr(int(match.group(1), 16))


def _cell_text(value) -> str:
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    if isinstance(value, bool):
        return "1" if value else "0"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))  # phone numbers and table numbers typed as numbers
    if isinstance(value, dt.datetime):
        return value.isoformat(sep=" ", timespec="minutes")
    if isinstance(value, dt.date | dt.time):
        return value.isoformat()
    return str(value)
