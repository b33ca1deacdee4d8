"""A new, empty event: its file and a first programme item to check guests in to."""

from __future__ import annotations

import os

from checkin import programme
from checkin.event import Event, EventInfo


def create_event(path: str | os.PathLike, info: EventInfo, first_item: str | None = None) -> Event:
    """Create the event file at ``path`` (never over an existing one) and return it open,
    with one programme item (named ``first_item``, else like the event) already active."""
    event = Event.create(path, info)
    try:
        item = programme.add_item(event, first_item or info.name, info.starts, info.ends)
        programme.set_active_item(event, item.id)
    except BaseException:
        event.close()
        raise
    return event
