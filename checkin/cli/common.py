"""Arguments and lookups several commands share.

Like every module the parser is built from, this one imports no more than argparse needs:
each command imports what it uses when it runs (``checkin scan`` starts in a blink).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from checkin.event import Event
    from checkin.models import ProgrammeItem


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
