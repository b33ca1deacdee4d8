"""Which guests get a badge: all, a filter (category, table, not printed yet) or a selection."""

from __future__ import annotations

from collections.abc import Iterable

from checkin import categories, guests, tables
from checkin.event import Event
from checkin.models import Guest


def select_guests(
    event: Event,
    *,
    categories_: Iterable[str] | None = None,
    table_numbers: Iterable[int] | None = None,
    unprinted: bool = False,
    guest_ids: Iterable[int] | None = None,
    include_cancelled: bool = False,
) -> list[Guest]:
    """Guests matching every given filter (an empty filter matches everyone).

    Cancelled guests are left out unless asked for, or named by id.
    """
    ids = {int(i) for i in guest_ids} if guest_ids else None
    if ids is not None:
        found = [guests.get_guest(event, i) for i in sorted(ids)]  # NotFound for unknown ids
    else:
        found = guests.list_guests(event, include_cancelled=include_cancelled)
    if categories_:
        wanted = {categories.canonical(c) for c in categories_}
        found = [g for g in found if g.category in wanted]
    if table_numbers:
        table_ids = set()
        for number in table_numbers:
            table_ids.add(tables.table_by_number(event, int(number)).id)
        found = [g for g in found if g.table_id in table_ids]
    if unprinted:
        found = [g for g in found if not g.badge_printed_count]
    return found
