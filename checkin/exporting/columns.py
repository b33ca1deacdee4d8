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


def _guest_columns(guests: Iterable[GuestInfo], get: Callable, lang: str) -> list[Column]:
    guests = list(guests)
    cols = [
        Column("guest_id", lambda r: get(r).id, "int"),
        Column("family_name", lambda r: get(r).family_name),
        Column("given_name", lambda r: get(r).given_name),
    ]
    if any(reading(g, lang) for g in guests):
        cols.append(Column("name_reading", lambda r: reading(get(r), lang)))
    if any(g.patronymic for g in guests):
        cols.append(Column("patronymic", lambda r: get(r).patronymic))
    cols.append(Column("organisation", lambda r: get(r).organisation))
    if any(g.position for g in guests):
        cols.append(Column("position", lambda r: get(r).position))
    if any(g.email for g in guests):
        cols.append(Column("email", lambda r: get(r).email))
    cols += [
        Column("category", lambda r: labels.category(get(r).category, lang)),
        Column("table", lambda r: get(r).table_number, "int"),
        Column("language", lambda r: get(r).language),
    ]
    if any(g.substitute_for for g in guests):
        cols.append(Column("substitute_for", lambda r: get(r).substitute_for))
    return cols


def item_columns(report: EventAttendance, lang: str, *, with_item: bool = False) -> list[Column]:
    """Columns of the per-item attendance (one row per guest and item)."""
    status_words = {
        s: labels.text(f"state_{s}", lang) for s in ("present", "left", "no_show", "not_yet")
    }
    cols = []
    if with_item:
        cols.append(Column("item", lambda r: r[0].item.name))
        get_row: Callable[[tuple], Attendance] = lambda r: r[1]  # noqa: E731
    else:
        get_row = lambda r: r  # noqa: E731
    cols += _guest_columns(
        (r.guest for it in report.items for r in it.rows), lambda r: get_row(r).guest, lang
    )
    cols += [
        Column("status", lambda r: status_words[get_row(r).status]),
        Column("first_in", lambda r: local(get_row(r).first_in_at), "time"),
        Column("desk", lambda r: get_row(r).first_in_desk),
        Column("check_outs", lambda r: get_row(r).check_outs, "int"),
        Column("last_out", lambda r: local(get_row(r).last_out_at), "time"),
    ]
    return cols


def item_rows(it: ItemAttendance) -> list[Attendance]:
    return it.rows


def all_item_rows(report: EventAttendance) -> list[tuple[ItemAttendance, Attendance]]:
    return [(it, r) for it in report.items for r in it.rows]


def overall_columns(rows: list[GuestAttendance], lang: str = "en") -> list[Column]:
    cols = _guest_columns((r.guest for r in rows), lambda r: r.guest, lang)
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
