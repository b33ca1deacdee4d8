"""Programme items: the check-in lists of an event (a visit, the exchange, a breakfast)."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime, timedelta

from checkin.clock import from_text, to_text
from checkin.errors import InvalidInput, NotFound
from checkin.event import Event
from checkin.models import NAME_LANGUAGES, ProgrammeItem

ACTIVE_ITEM_SETTING = "active_item"
# What may be set on an item besides its times: its place and both in each language.
TEXT_FIELDS = (
    "name", "place",
    *(f"{field}_{lang}" for field in ("name", "place") for lang in NAME_LANGUAGES),
)  # fmt: skip


def _texts(values: dict) -> dict:
    return {k: (v or "").strip() for k, v in values.items() if k in TEXT_FIELDS}


def add_item(
    event: Event,
    name: str,
    starts: str = "",
    ends: str = "",
    *,
    all_guests: bool = True,
    **texts: str,
) -> ProgrammeItem:
    """A new programme item; ``texts`` are its place and names in other languages
    (``place``, ``name_ru``, ``place_de``, …)."""
    if not (name or "").strip():
        raise InvalidInput("item_name_required")
    row = {**_texts(texts), "name": name.strip(), "starts": starts, "ends": ends,
           "all_guests": int(all_guests)}  # fmt: skip
    with event.writing():
        item_id = event.db["programme_items"].insert(row).last_pk
    return get_item(event, item_id)


def update_item(event: Event, item_id: int, **changes) -> ProgrammeItem:
    """Change an item's names, place, times or whether it is open to all guests."""
    get_item(event, item_id)
    row = _texts(changes)
    if "name" in row and not row["name"]:
        raise InvalidInput("item_name_required")
    for key in ("starts", "ends"):
        if key in changes:
            row[key] = changes[key] or ""
    if "all_guests" in changes:
        row["all_guests"] = int(bool(changes["all_guests"]))
    if row:
        with event.writing():
            event.db["programme_items"].update(item_id, row)
    return get_item(event, item_id)


def get_item(event: Event, item_id: int) -> ProgrammeItem:
    row = next(event.db.query("SELECT * FROM programme_items WHERE id = ?", [item_id]), None)
    if row is None:
        raise NotFound("item_not_found", item=item_id)
    return ProgrammeItem.from_row(row)


def list_items(event: Event) -> list[ProgrammeItem]:
    rows = event.db.query("SELECT * FROM programme_items ORDER BY starts, id")
    return [ProgrammeItem.from_row(r) for r in rows]


def register(event: Event, item_id: int, guest_ids: Iterable[int]) -> None:
    """Put guests on an item's list (only matters for items that are not open to all)."""
    with event.writing():
        event.db["registrations"].upsert_all(
            [{"guest_id": g, "item_id": item_id} for g in guest_ids], pk=("guest_id", "item_id")
        )


def is_registered(event: Event, item: ProgrammeItem, guest_id: int) -> bool:
    if item.all_guests:
        return True
    row = event.db.execute(
        "SELECT 1 FROM registrations WHERE guest_id = ? AND item_id = ?", [guest_id, item.id]
    ).fetchone()
    return row is not None


def expected_guest_ids(event: Event, item: ProgrammeItem) -> list[int]:
    if item.all_guests:
        sql = "SELECT id FROM guests WHERE cancelled = 0"
        return [r[0] for r in event.db.execute(sql)]
    sql = (
        "SELECT g.id FROM guests g JOIN registrations r ON r.guest_id = g.id "
        "WHERE r.item_id = ? AND g.cancelled = 0"
    )
    return [r[0] for r in event.db.execute(sql, [item.id])]


def set_active_item(event: Event, item_id: int) -> None:
    get_item(event, item_id)
    event.set_setting(ACTIVE_ITEM_SETTING, str(item_id))


def active_item(event: Event) -> ProgrammeItem:
    """The item checks go to: the chosen one, else the one running now, else the next."""
    items = list_items(event)
    if not items:
        raise NotFound("no_items")
    chosen = event.setting(ACTIVE_ITEM_SETTING)
    if chosen is not None:
        for item in items:
            if str(item.id) == chosen:
                return item
    now = to_text(event.clock())
    for item in items:
        if item.starts and item.ends and _utc(item.starts) <= now <= _utc(item.ends):
            return item
    upcoming = [i for i in items if i.starts and _utc(i.starts) >= now]
    return upcoming[0] if upcoming else items[0]


def has_ended(event: Event, item: ProgrammeItem, at: datetime | None = None) -> bool:
    """Whether ``item`` is over at ``at`` (default: now, by the event's clock).

    Without an end time an item ends with the day it starts on, else with the event's last
    day; an item with no date at all is never known to be over. Guests who have not come
    to an item that is not over are expected, not no-shows.
    """
    now = to_text(at or event.clock())
    if item.ends:
        return _utc(item.ends) <= now
    day = item.starts[:10] or event.info.ends[:10]
    if not day:
        return False
    try:
        end_of_day = datetime.fromisoformat(day) + timedelta(days=1)
    except ValueError:
        return False
    return _utc(end_of_day.isoformat(timespec="minutes")) <= now


def _utc(text: str) -> str:
    # Programme times are wall-clock times at the venue (this machine's zone) unless zoned.
    return to_text(from_text(text).astimezone())
