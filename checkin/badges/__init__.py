"""Badges: layouts as data, fitted text in any script, fast QR codes, PDF output, print log.

The public API other parts of checkin code against::

    render_badges(event, guests, layout, out, *, options=None, progress=None, record=True)
        -> BadgeBatch   (placements: guest_id -> (sheet, slot); path; boxes; order)
    list_layouts() -> list[Layout]   (name, size in mm, description)
    badge_location(event, guest_id) -> str | None   ("box P, sheet 12, slot 3")
    current_badge_location(event, guest_id) -> str | None   (None once that badge is void)
    current_badge_print(event, guest_id) -> PrintRecord | None   (its box, sheet and slot)
    desk_layout(event) -> str   (the layout for one badge printed at the desk)
"""

from __future__ import annotations

from checkin.badges.layouts import (
    Layout,
    desk_layout,
    get_layout,
    list_layouts,
    load_layouts,
    preferred_layout,
    set_preferred_layout,
)
from checkin.badges.printlog import (
    PrintRecord,
    badge_location,
    current_badge_location,
    current_badge_print,
    last_print,
    prints_of,
)
from checkin.badges.render import BadgeBatch, BadgeOptions, record_batch, render_badges
from checkin.badges.selection import select_guests

__all__ = [
    "BadgeBatch",
    "BadgeOptions",
    "Layout",
    "PrintRecord",
    "badge_location",
    "current_badge_location",
    "current_badge_print",
    "desk_layout",
    "get_layout",
    "last_print",
    "list_layouts",
    "load_layouts",
    "preferred_layout",
    "prints_of",
    "record_batch",
    "render_badges",
    "select_guests",
    "set_preferred_layout",
]
