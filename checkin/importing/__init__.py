"""Import guest lists the way they really arrive.

``import_file(event, path)`` reads a CSV/TSV/"Unicode text"/.xlsx/.xls list in whatever
encoding and delimiter it has, picks the workbook sheet with one row per attendee, finds
the header row below any title lines, tells which system exported it (pretix, Indico,
Hi.Events, alf.io, Eventbrite, Google Forms), maps columns to guest fields by their names
(German, English, Russian), and merges the rows into the event in one transaction.
``preview(path)`` shows the GUI what the first rows would become. Bad files raise
``BadImportFile`` and leave the event unchanged.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from checkin.errors import BadImportFile, EventFileError
from checkin.event import Event
from checkin.gc_pause import cyclic_gc_paused
from checkin.importing import header, mapping, merge, sheets, systems, whole_file
from checkin.importing.mapping import FIELDS, Plan
from checkin.importing.reading import Note, Sheet, read_book
from checkin.importing.report import ImportReport
from checkin.importing.whole_file import ForAllRows

__all__ = [
    "FIELDS", "ForAllRows", "ImportReport", "Parsed", "Preview", "import_file", "parse", "preview",
]  # fmt: skip


@dataclass(frozen=True)
class Parsed:
    """A list read and mapped, ready to be merged."""

    sheet: Sheet
    header_index: int  # index in sheet.rows of the column names
    columns: list[str]
    plan: Plan
    data: list[tuple[int, list[str]]]  # (1-based row number, cells), blank rows left out
    sheet_names: list[str]  # every sheet of the workbook ([""] for a text file)
    layout: systems.Layout | None  # the system that wrote the list, if it looks like one

    @property
    def header_row(self) -> int:
        return self.sheet.numbers[self.header_index]

    @property
    def notes(self) -> list[Note]:
        notes = list(self.sheet.notes)
        if self.layout is not None and not self.layout.per_attendee:
            notes.append(Note("per_order"))
        return notes

    def records(self, limit: int | None = None) -> list[tuple[int, dict]]:
        rows = self.data if limit is None else self.data[:limit]
        return [(row, self.plan.record(cells)) for row, cells in rows]


@dataclass(frozen=True)
class Preview:
    """What the mapping dialog shows: columns, the guessed mapping, the first rows."""

    columns: list[str]
    mapping: dict[str, str]
    rows: list[list[str]]  # the first data rows, cells padded to the column count
    records: list[dict]  # what those rows become with ``mapping``
    format: str
    encoding: str
    delimiter: str
    header_row: int  # 1-based
    total_rows: int
    fields: tuple[str, ...] = field(default=FIELDS)
    sheet: str = ""  # the sheet read, in a workbook
    sheets: list[str] = field(default_factory=list)  # every sheet of the workbook
    system: str = ""  # a key of report.SYSTEM_NAMES, "" for no known system
    notes: list[Note] = field(default_factory=list)
    suggested_language: str = ""  # "ru" when the names are mostly Cyrillic


def _resolve_mapping(
    columns: list[str], override: dict[str, str] | None, layout: systems.Layout | None
) -> dict[str, str]:
    result = mapping.guess_mapping(columns, layout)
    by_norm = {mapping.normalise(c): c for c in columns}
    for column, target in (override or {}).items():
        real = column if column in result else by_norm.get(mapping.normalise(column))
        if real is None:
            raise BadImportFile("import_unknown_column", column=column)
        target = target.strip()
        if target not in FIELDS:
            raise BadImportFile(
                "import_unknown_field", field=target, column=column, fields=", ".join(FIELDS)
            )
        result[real] = target
    return result


def parse(
    path: str | Path,
    mapping_override: dict[str, str] | None = None,
    *,
    require_name: bool = True,
    sheet: str | None = None,
) -> Parsed:
    """Read and map a list; without ``require_name`` a list with no name column is allowed
    (the mapping dialog lets the user pick one). ``sheet``: the workbook sheet to read
    (default: the one with one row per attendee)."""
    choices: list[sheets.Choice] = []

    def pick(heads: list[Sheet]) -> int:
        choices.append(sheets.choose(heads, sheet))
        return choices[0].index

    book = read_book(path, pick)
    if not choices:  # a workbook whose sheets are all empty
        raise BadImportFile("import_empty", path=str(path))
    choice = choices[0]
    chosen = book[choice.index]
    where = str(chosen.path)
    if not chosen.rows:
        raise BadImportFile("import_sheet_empty", path=where, sheet=chosen.name)
    index = header.find_header(chosen.rows)
    if index < 0:
        raise BadImportFile("import_no_header", path=where)
    head = chosen.rows[index]
    body = chosen.rows[index + 1 :]
    width = max([len(head), *(len(r) for r in body[:1000])])
    columns = header.column_names(head, width)
    layout = systems.detect(columns)
    resolved = _resolve_mapping(columns, mapping_override, layout)
    plan = Plan.make(columns, resolved)
    if require_name and not plan.has_name:
        raise BadImportFile("import_no_name_column", path=where)
    data = [
        (number, cells)
        for number, cells in zip(chosen.numbers[index + 1 :], body, strict=True)
        if cells != head  # the header repeated in a joined list
    ]
    if not data:
        raise BadImportFile("import_header_only", path=where)
    return Parsed(chosen, index, columns, plan, data, choice.names, layout)


def preview(
    path: str | Path,
    mapping: dict[str, str] | None = None,
    rows: int = 20,
    *,
    sheet: str | None = None,
) -> Preview:
    parsed = parse(path, mapping, require_name=False, sheet=sheet)
    width = len(parsed.columns)
    sample = [cells + [""] * (width - len(cells)) for _, cells in parsed.data[:rows]]
    return Preview(
        columns=parsed.columns,
        mapping=dict(parsed.plan.mapping),
        rows=[cells[:width] for cells in sample],
        records=[rec for _, rec in parsed.records(rows)],
        format=parsed.sheet.format,
        encoding=parsed.sheet.encoding,
        delimiter=parsed.sheet.delimiter,
        header_row=parsed.header_row,
        total_rows=len(parsed.data),
        sheet=parsed.sheet.name,
        sheets=[n for n in parsed.sheet_names if n],
        system=parsed.layout.key if parsed.layout else "",
        notes=parsed.notes,
        suggested_language=_suggested_language(parsed),
    )


def _suggested_language(parsed: Parsed) -> str:
    """The language the names' script suggests, when the list has no language column."""
    if "language" in parsed.plan.mapping.values():
        return ""
    names = (
        f"{r.get('given_name', '')} {r.get('family_name', '')}" for _, r in parsed.records(200)
    )
    return whole_file.suggest_language(names)


def import_file(
    event: Event,
    path: str | Path,
    *,
    mapping: dict[str, str] | None = None,
    dry_run: bool = False,
    progress: Callable[[int, int], None] | None = None,
    desk: str = "",
    operator: str = "",
    sheet: str | None = None,
    for_all: ForAllRows | None = None,
) -> ImportReport:
    """Read, check and merge a guest list; with ``dry_run`` only report what would happen.
    ``sheet``: the workbook sheet to read (default: the one with one row per attendee);
    ``for_all``: category, language and delegation of every row, tables to create."""
    with cyclic_gc_paused():  # a list makes many small objects, no cycles
        return _import(event, path, mapping, dry_run, progress, desk, operator, sheet,
                       for_all or ForAllRows())  # fmt: skip


def _import(event, path, mapping, dry_run, progress, desk, operator, sheet, for_all):
    parsed = parse(path, mapping, sheet=sheet)
    records = parsed.records()
    whole_file.set_for_all(records, for_all)
    layout = parsed.layout
    report = ImportReport(
        file=_shown(parsed.sheet.path),
        format=parsed.sheet.format,
        encoding=parsed.sheet.encoding,
        delimiter=parsed.sheet.delimiter,
        header_row=parsed.header_row,
        system=layout.key if layout else "",
        sheet=parsed.sheet.name,
        sheets=[n for n in parsed.sheet_names if n],
        mapping=dict(parsed.plan.mapping),
        rows=len(records),
        dry_run=dry_run,
        notes=parsed.notes,
        delegation=for_all.delegation.strip(),
        suggested_language="" if for_all.language else _suggested_language(parsed),
    )
    if for_all.create_tables:
        missing = whole_file.unknown_tables(event, records)
        report.created_tables = list(missing) if dry_run else []
        if missing and not dry_run:
            report.created_tables = [str(n) for n in whole_file.create_tables(event, missing)]
    source = layout.source if layout else "import"
    writes = merge.plan(event, records, report, progress, source=source)
    if not dry_run:
        try:
            merge.apply(event, writes, report, desk=desk, operator=operator)
        except sqlite3.Error as exc:  # rolled back: the event is as it was
            raise EventFileError("write_failed", path=str(event.path), detail=str(exc)) from exc
        if report.delegation:
            ids = [a.guest_id for a in report.added if a.guest_id is not None]
            ids += [u.guest_id for u in report.updated] + report.unchanged_ids
            if ids:
                whole_file.join_delegation(event, report.delegation, ids)
    return report


def _shown(path: Path) -> str:
    """A file name as text: bytes that are not UTF-8 (a Linux name) become \ufffd, so the
    report can be printed and stored."""
    return str(path).encode("utf-8", "surrogateescape").decode("utf-8", "replace")
