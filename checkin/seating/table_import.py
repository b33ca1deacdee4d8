"""Import tables from a CSV or Excel file: number, name, theme, capacity, host, x, y.

Column names are recognised in German, English and Russian ("Tisch", "Plätze", "Тема", ...);
a name or theme for readers of one language comes in a column of its own: "Name (RU)",
"Thema EN", "theme_de", "Тема (нем.)" (see checkin.column_languages).
A table whose number already exists is updated, others are added. The whole file is
checked first: one bad cell refuses the import with a message naming row and column, and
nothing is written.
"""

from __future__ import annotations

import csv
import io
import re
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from checkin import tables
from checkin.column_languages import split_language
from checkin.errors import InvalidInput
from checkin.event import Event

SYNONYMS: dict[str, tuple[str, ...]] = {
    "number": (
        "number",
        "no",
        "nr",
        "table",
        "table no",
        "table number",
        "tisch",
        "tischnummer",
        "tisch nr",
        "nummer",
        "номер",
        "стол",
        "номер стола",
        "№",
        "№ стола",
    ),
    "name": ("name", "table name", "tischname", "bezeichnung", "название", "имя"),
    "theme": (
        "theme",
        "topic",
        "industry",
        "field",
        "thema",
        "branche",
        "fachgebiet",
        "тема",
        "отрасль",
        "направление",
    ),
    "capacity": (
        "capacity",
        "seats",
        "places",
        "kapazität",
        "plätze",
        "sitzplätze",
        "anzahl plätze",
        "вместимость",
        "места",
        "мест",
        "количество мест",
    ),
    "host": (
        "host",
        "table host",
        "moderator",
        "gastgeber",
        "tischpate",
        "tischpatin",
        "tischleitung",
        "ведущий",
        "модератор",
        "хозяин стола",
    ),
    "x": ("x", "pos x", "position x", "x position"),
    "y": ("y", "pos y", "position y", "y position"),
}


def normalise(header: str) -> str:
    text = header.casefold().replace("ё", "е").replace("ß", "ss")
    return re.sub(r"[\W_]+", "", text) or header.strip()


_LOOKUP = {normalise(name): key for key, names in SYNONYMS.items() for name in names}


@dataclass
class TableImport:
    added: list[int] = field(default_factory=list)  # table numbers
    updated: list[int] = field(default_factory=list)
    ignored_columns: list[str] = field(default_factory=list)

    def to_dict(self) -> dict:
        return {
            "added": self.added,
            "updated": self.updated,
            "ignored_columns": self.ignored_columns,
        }


def read_rows(path: str | Path) -> list[list[str]]:
    """The file's cells as text; uses the guest importer's reader when it is available."""
    try:
        from checkin.importing.reading import read_sheet
    except ImportError:  # pragma: no cover - the small reader below stands in
        return _read_simple(Path(path))
    return read_sheet(path).padded_rows()  # blank rows back: messages name the file's rows


def _read_simple(path: Path) -> list[list[str]]:
    if not path.is_file():
        raise InvalidInput("table_import_unreadable", path=str(path), detail="no such file")
    data = path.read_bytes()
    if data.startswith(b"PK\x03\x04"):
        import openpyxl

        book = openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=True)
        rows = [
            [
                "" if v is None else str(int(v) if isinstance(v, float) and v.is_integer() else v)
                for v in r
            ]
            for r in book.worksheets[0].iter_rows(values_only=True)
        ]
        book.close()
        return rows
    for enc in ("utf-8-sig", "cp1252"):
        try:
            text = data.decode(enc)
            break
        except UnicodeDecodeError:
            continue
    dialect = csv.Sniffer().sniff(text.splitlines()[0] if text else ",", delimiters=",;\t")
    return list(csv.reader(io.StringIO(text), dialect))


def _int(text: str) -> int | None:
    text = text.strip()
    if not text:
        return None
    match = re.fullmatch(r"(?:[^\d\s]*\s*)?(\d+)(?:[.,]0+)?", text)  # "3", "3.0", "Tisch 3", "T3"
    if not match:
        raise ValueError(text)
    return int(match.group(1))


def _float(text: str) -> float | None:
    text = text.strip().replace(",", ".")
    return float(text) if text else None


def column_key(header: str) -> str | None:
    """The table field a column holds: "theme" for "Thema", "theme_ru" for "Thema (RU)"."""
    key = _LOOKUP.get(normalise(header))
    if key is None:
        base, lang = split_language(header)
        field_key = _LOOKUP.get(normalise(base)) if lang else None
        key = f"{field_key}_{lang}" if field_key in ("name", "theme") else None
    return key


def read_header(
    rows: list[list], column_key: Callable[[str], str | None], empty: str, source: str = ""
) -> tuple[list[list[str]], dict[int, str], list[str]]:
    """A small list's cells as stripped text from its header row on, which column holds
    which field (the first of a kind wins) and the header names nobody reads; raises
    InvalidInput(``empty``) for a list without rows. Tables and programme items share it."""
    rows = [[str(c or "").strip() for c in r] for r in rows]
    while rows and not any(rows[0]):
        rows.pop(0)
    if not rows:
        raise InvalidInput(empty, path=source)
    columns: dict[int, str] = {}
    ignored = []
    for index, name in enumerate(rows[0]):
        key = column_key(name)
        if key and key not in columns.values():
            columns[index] = key
        elif name:
            ignored.append(name)
    return rows, columns, ignored


def parse(rows: list[list[str]], source: str = "") -> tuple[list[dict], list[str]]:
    """Rows of cells -> table dicts; raises InvalidInput naming the first bad cell."""
    rows, columns, ignored = read_header(rows, column_key, "table_import_empty", source)
    header = rows[0]
    if "number" not in columns.values():
        raise InvalidInput("table_import_no_number", path=source, columns=", ".join(header))
    out, seen = [], {}
    for line, cells in enumerate(rows[1:], start=2):
        if not any(cells):
            continue
        record = {}
        for index, key in columns.items():
            text = cells[index] if index < len(cells) else ""
            try:
                if key in ("number", "capacity"):
                    record[key] = _int(text)
                elif key in ("x", "y"):
                    record[key] = _float(text)
                else:
                    record[key] = text
            except ValueError:
                raise InvalidInput(
                    "table_import_bad_value",
                    path=source,
                    row=line,
                    column=header[index],
                    value=text,
                ) from None
        if record.get("number") is None:
            raise InvalidInput("table_import_no_number_in_row", path=source, row=line)
        if record["number"] in seen:
            raise InvalidInput(
                "table_import_duplicate",
                path=source,
                row=line,
                number=record["number"],
                first=seen[record["number"]],
            )
        seen[record["number"]] = line
        out.append(record)
    if not out:
        raise InvalidInput("table_import_empty", path=source)
    return out, ignored


def import_tables(event: Event, path: str | Path) -> TableImport:
    """Read ``path`` and add or update its tables in one transaction."""
    records, ignored = parse(read_rows(path), str(path))
    existing = {t.number: t for t in tables.list_tables(event)}
    result = TableImport(ignored_columns=ignored)
    try:
        with event.writing():
            for record in records:
                number = record["number"]
                if number in existing:
                    event.db["tables"].update(existing[number].id, record)
                    result.updated.append(number)
                else:
                    event.db["tables"].insert(record)
                    result.added.append(number)
    except sqlite3.IntegrityError as exc:  # pragma: no cover - numbers are checked above
        raise InvalidInput("duplicate_table", number="?") from exc
    return result
