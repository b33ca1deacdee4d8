"""The columns of the attendance exports, as data shared by CSV and XLSX.

A column is a label key and a function of a row. Optional guest fields (patronymic,
position, email) get a column only when some guest has them, and so does the reading of
a name in another script (its passport spelling, or in a Russian export the Cyrillic
reading of a Latin name). Categories are in the export's language. Times are local, timezone-naive
``datetime`` values here; each format decides how to write them.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import datetime
from operator import attrgetter, itemgetter

from checkin import labels, translit
from checkin.exporting.attendance import (
    Attendance,
    EventAttendance,
    GuestAttendance,
    GuestInfo,
    ItemAttendance,
)


@dataclass(frozen=True)
class Column:
    key: str  # a label key of checkin.labels
    value: Callable  # row -> str | int | datetime | None
    kind: str = "text"  # text / int / time


def local(moment: datetime | None) -> datetime | None:
    """A UTC moment as wall-clock time on this machine, without tzinfo (what sheets store)."""
    return moment.astimezone().replace(tzinfo=None) if moment is not None else None


def reading(guest: GuestInfo, lang: str) -> str:
    """The guest's name ("Family Given") in the reader's script when it is in another one."""
    return translit.reading(f"{guest.family_name} {guest.given_name}".strip(), lang)


def _on(get_row: Callable | None, path: str) -> Callable:
    """A row's attribute at ``path``, looked up in C (a sheet has a million cells); rows
    that are tuples go through ``get_row`` first."""
    getter = attrgetter(path)
    return getter if get_row is None else lambda r: getter(get_row(r))


def _guest_columns(
    guests: Iterable[GuestInfo], lang: str, get_row: Callable | None = None
) -> list[Column]:
    """The guest's columns of rows that hold the guest as ``.guest``."""
    guests = list(guests)
    guest_of = _on(get_row, "guest")
    categories: dict[str, str] = {}  # category key -> its words in ``lang``

    def category(row) -> str:
        key = guest_of(row).category
        found = categories.get(key)
        if found is None:
            found = categories[key] = labels.category(key, lang)
        return found

    def reading_of(guest: GuestInfo) -> str:
        found = guest.readings.get(lang)
        if found is None:
            found = guest.readings[lang] = reading(guest, lang)
        return found

    def field(name: str) -> Callable:
        return _on(get_row, f"guest.{name}")

    cols = [
        Column("guest_id", field("id"), "int"),
        Column("family_name", field("family_name")),
        Column("given_name", field("given_name")),
    ]
    if any(reading_of(g) for g in guests):
        cols.append(Column("name_reading", lambda r: reading_of(guest_of(r))))
    if any(g.patronymic for g in guests):
        cols.append(Column("patronymic", field("patronymic")))
    cols.append(Column("organisation", field("organisation")))
    if any(g.position for g in guests):
        cols.append(Column("position", field("position")))
    if any(g.email for g in guests):
        cols.append(Column("email", field("email")))
    cols += [
        Column("category", category),
        Column("table", field("table_number"), "int"),
        Column("language", field("language")),
    ]
    if any(g.substitute_for for g in guests):
        cols.append(Column("substitute_for", field("substitute_for")))
    return cols


def item_columns(report: EventAttendance, lang: str, *, with_item: bool = False) -> list[Column]:
    """Columns of the per-item attendance (one row per guest and item)."""
    status_words = {
        s: labels.text(f"state_{s}", lang) for s in ("present", "left", "no_show", "not_yet")
    }
    cols = []
    get_row: Callable | None = None
    if with_item:  # rows are (item, attendance)
        cols.append(Column("item", lambda r: r[0].item.name))
        get_row = itemgetter(1)
    cols += _guest_columns((r.guest for it in report.items for r in it.rows), lang, get_row)
    status_of, first_in, last_out = (
        _on(get_row, p) for p in ("status", "first_in_at", "last_out_at")
    )
    cols += [
        Column("status", lambda r: status_words[status_of(r)]),
        Column("first_in", lambda r: local(first_in(r)), "time"),
        Column("desk", _on(get_row, "first_in_desk")),
        Column("check_outs", _on(get_row, "check_outs"), "int"),
        Column("last_out", lambda r: local(last_out(r)), "time"),
    ]
    return cols


def item_rows(it: ItemAttendance) -> list[Attendance]:
    return it.rows


def all_item_rows(report: EventAttendance) -> list[tuple[ItemAttendance, Attendance]]:
    return [(it, r) for it in report.items for r in it.rows]


def overall_columns(rows: list[GuestAttendance], lang: str = "en") -> list[Column]:
    cols = _guest_columns((r.guest for r in rows), lang)
    cols += [
        Column("items_expected", lambda r: r.items_expected, "int"),
        Column("items_attended", lambda r: r.items_attended, "int"),
        Column("first_in", lambda r: local(r.first_in_at), "time"),
        Column("desk", lambda r: r.first_in_desk),
    ]
    return cols


def summary_columns() -> list[Column]:
    """The summary: one row per programme item."""
    return [
        Column("item", lambda it: it.item.name),
        Column("expected", lambda it: it.expected, "int"),
        Column("checked_in", lambda it: it.checked_in, "int"),
        Column("present", lambda it: it.present, "int"),
        Column("checked_out", lambda it: it.checked_out, "int"),
        Column("no_shows", lambda it: it.no_shows, "int"),
        Column("rate", lambda it: it.rate, "percent"),
        Column("not_yet", lambda it: it.not_yet, "int"),  # items not over yet
    ]


def headers(columns: list[Column], lang: str) -> list[str]:
    return [labels.text(c.key, lang) for c in columns]
