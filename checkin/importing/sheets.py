"""Which sheet of a workbook holds the guests: the one with one row per attendee.

pretix's order workbook starts with its orders (one row per buyer) and has the attendees
on its second sheet; other workbooks carry a cover sheet or a pivot table first. Each
sheet with data is looked at as the importer would read it: a sheet that names people
beats one that does not, one row per attendee beats one row per order, then the sheet
with more recognised columns, then more rows, then the earlier sheet.
"""

from __future__ import annotations

from dataclasses import dataclass

from checkin.importing import header, mapping, systems
from checkin.importing.reading import Sheet, find_sheet


@dataclass(frozen=True)
class Choice:
    index: int  # of the sheet chosen
    names: list[str]  # every sheet of the workbook, in order
    chosen_by: str  # "only" / "best" / "asked"


def choose(book: list[Sheet], wanted: str | None = None) -> Choice:
    """The sheet to read: the one asked for by name, else the best (see above)."""
    names = [s.name for s in book]
    if wanted is not None:
        return Choice(book.index(find_sheet(book, wanted)), names, "asked")
    filled = [i for i, s in enumerate(book) if s.rows]
    if len(filled) == 1:
        return Choice(filled[0], names, "only")
    best = max(filled, key=lambda i: (*_score(book[i]), -i))
    return Choice(best, names, "best")


def _score(sheet: Sheet) -> tuple[bool, bool, int, int]:
    index = header.find_header(sheet.rows)
    if index < 0:
        return (False, False, 0, len(sheet.rows))
    columns = [c for c in sheet.rows[index] if c]
    layout = systems.detect(columns)
    guessed = mapping.guess_mapping(columns, layout)
    fields = set(guessed.values())
    names = bool(fields & {"given_name", "family_name", "name"})
    known = sum(1 for f in guessed.values() if f not in ("extra", "ignore"))
    per_attendee = layout.per_attendee if layout else True
    return (names, per_attendee, known, len(sheet.rows))
