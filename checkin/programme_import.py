"""Import programme items from a CSV or Excel file: name, start, end, place, and the name
and place for readers of each language ("Name (RU)", "Ort EN", "Место (нем.)", …).

An item whose name (and start, if given) matches an existing item is updated, others are
added. The whole file is checked first: one bad cell refuses the import with a message
naming row and column, and nothing is written.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from checkin import programme
from checkin.column_languages import split_language
from checkin.errors import InvalidInput
from checkin.event import Event
from checkin.seating.table_import import normalise, read_header, read_rows

SYNONYMS: dict[str, tuple[str, ...]] = {
    "name": ("name", "item", "programme item", "program item", "title", "programmpunkt",
             "veranstaltung", "titel", "bezeichnung", "название", "мероприятие",
             "пункт программы"),
    "starts": ("start", "starts", "begin", "from", "beginn", "anfang", "von", "начало", "с"),
    "ends": ("end", "ends", "until", "to", "ende", "bis", "конец", "окончание", "до"),
    "place": ("place", "location", "venue", "room", "ort", "raum", "veranstaltungsort",
              "место", "адрес", "зал"),
    "all_guests": ("all guests", "open to all", "for everyone", "alle gäste", "für alle",
                   "offen für alle", "для всех", "все гости"),
}  # fmt: skip
_LOOKUP = {normalise(name): key for key, names in SYNONYMS.items() for name in names}
_TIME_FORMATS = ("%Y-%m-%d %H:%M", "%Y-%m-%dT%H:%M", "%d.%m.%Y %H:%M", "%d.%m.%Y, %H:%M",
                 "%Y-%m-%d %H:%M:%S", "%Y-%m-%d", "%d.%m.%Y")  # fmt: skip
_YES = {"1", "yes", "y", "true", "x", "ja", "j", "да", "д", "+"}
_NO = {"0", "no", "n", "false", "nein", "нет", "-", ""}


@dataclass
class ProgrammeImport:
    added: list[str] = field(default_factory=list)  # item names
    updated: list[str] = field(default_factory=list)
    ignored_columns: list[str] = field(default_factory=list)

    def to_dict(self) -> dict:
        return {"added": self.added, "updated": self.updated,
                "ignored_columns": self.ignored_columns}  # fmt: skip


def column_key(header: str) -> str | None:
    """The item field a column holds: "place" for "Ort", "name_ru" for "Name (RU)"."""
    key = _LOOKUP.get(normalise(header))
    if key is None:
        base, lang = split_language(header)
        field_key = _LOOKUP.get(normalise(base)) if lang else None
        key = f"{field_key}_{lang}" if field_key in ("name", "place") else None
    return key


def _time(text: str) -> str:
    """ "2027-04-20T09:00" from the ways people write a date and time; ValueError else."""
    text = re.sub(r"\s+", " ", text.strip())
    if not text:
        return ""
    for fmt in _TIME_FORMATS:
        try:
            moment = datetime.strptime(text, fmt)
        except ValueError:
            continue
        return moment.strftime("%Y-%m-%dT%H:%M")
    raise ValueError(text)


def _yes(text: str) -> bool:
    low = text.strip().casefold()
    if low in _YES:
        return True
    if low in _NO:
        return False
    raise ValueError(text)


def parse(rows: list[list[str]], source: str = "") -> tuple[list[dict], list[str]]:
    """Rows of cells -> item dicts; raises InvalidInput naming the first bad cell."""
    rows, columns, ignored = read_header(rows, column_key, "programme_import_empty", source)
    header = rows[0]
    if "name" not in columns.values():
        raise InvalidInput("programme_import_no_name", path=source, columns=", ".join(header))
    out = []
    for line, cells in enumerate(rows[1:], start=2):
        if not any(cells):
            continue
        record: dict = {}
        for index, key in columns.items():
            text = cells[index] if index < len(cells) else ""
            try:
                if key in ("starts", "ends"):
                    record[key] = _time(text)
                elif key == "all_guests":
                    record[key] = _yes(text) if text else True
                else:
                    record[key] = text
            except ValueError:
                error = "programme_import_bad_time" if key != "all_guests" else "invalid_value"
                raise InvalidInput(error, path=source, row=line, column=header[index],
                                   field=header[index], value=text) from None  # fmt: skip
        if not record.get("name"):
            raise InvalidInput("programme_import_no_name_in_row", path=source, row=line)
        out.append(record)
    if not out:
        raise InvalidInput("programme_import_empty", path=source)
    return out, ignored


def import_items(event: Event, path: str | Path) -> ProgrammeImport:
    """Read ``path`` and add or update its programme items in one transaction."""
    records, ignored = parse(read_rows(path), str(path))
    existing = programme.list_items(event)
    result = ProgrammeImport(ignored_columns=ignored)
    with event.writing():
        for record in records:
            same = [i for i in existing if i.name == record["name"]]
            if record.get("starts"):
                same = [i for i in same if i.starts == record["starts"]]
            if same:
                programme.update_item(event, same[0].id, **record)
                result.updated.append(record["name"])
            else:
                name = record.pop("name")
                programme.add_item(event, name, record.pop("starts", ""), record.pop("ends", ""),
                                   **record)  # fmt: skip
                result.added.append(name)
    return result
