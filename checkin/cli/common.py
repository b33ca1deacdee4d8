"""Arguments and lookups several commands share.

Like every module the parser is built from, this one imports no more than argparse needs:
each command imports what it uses when it runs (``checkin scan`` starts in a blink).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from checkin.event import Event
    from checkin.models import Guest, ProgrammeItem

GUEST_HELP = "the guest: badge code (scanned or typed), uid (as `checkin guests` lists it) or id"
_UID = re.compile(r"^[0-9A-Fa-f]{16}$")


def add_item_arg(parser) -> None:
    parser.add_argument(
        "--item", type=int, default=None, help="programme item id (default: the active item)"
    )


def add_desk_args(parser) -> None:
    parser.add_argument("--desk", default=None, help="name of this desk (default: host name)")
    parser.add_argument("--operator", default=None, help="who operates the desk (default: user)")


def item_for(event: Event, item_id: int | None) -> ProgrammeItem:
    from checkin import programme

    if item_id is None:
        return programme.active_item(event)
    return programme.get_item(event, item_id)


def add_guest_arg(parser, *, nargs=None) -> None:
    parser.add_argument("guest", nargs=nargs, metavar="GUEST", help=GUEST_HELP)


def guest_for(event: Event, text: str) -> Guest:
    """The guest a command names: by badge code (any version, any keyboard layout), by uid (the
    same on every desk), or by this desk's own number (ids differ between desks)."""
    from checkin import codes, guests, scanning
    from checkin.errors import NotFound
    from checkin.models import Guest

    text = (text or "").strip()
    compact = text.replace("-", "").replace(" ", "")
    if _UID.match(compact):
        row = next(event.db.query("SELECT * FROM guests WHERE uid = ?", [compact.upper()]), None)
        if row is not None:
            return Guest.from_row(row)
    elif text.isdigit() and len(text) < 16:
        return guests.get_guest(event, int(text))
    else:
        reading = scanning.best_reading(event, text)
        parsed = codes.parse_code(event.secret, reading.text)
        if parsed.status is codes.CodeStatus.VALID:
            found = guests.find_by_token(event, parsed.token)
            if found is not None:
                return found
        found = guests.find_by_barcode(event, reading.text)
        if found is not None:
            return found
    raise NotFound("guest_not_found_text", text=text)
