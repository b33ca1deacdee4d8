"""The admin PIN on the command line: admin commands need it when the event has one.

The PIN comes from ``--pin`` or, on a terminal, from a prompt without echo. A script
without ``--pin`` is refused with a message saying how to give it, never left waiting for
input. Which commands are admin commands is listed in ``checkin.cli.ADMIN_COMMANDS``.
"""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING

from checkin.errors import PinError

if TYPE_CHECKING:
    from checkin.event import Event

REMOVED_WARNING = (
    "Warning: the admin PIN of this event was removed outside checkin (see the audit trail); "
    "set a new one with: checkin pin EVENT --set"
)


def add_pin_arg(parser) -> None:
    parser.add_argument(
        "--pin",
        metavar="PIN",
        default=None,
        help="the event's admin PIN, if it has one (asked for on a terminal if left out)",
    )


def require_pin(event: Event, args) -> None:
    """Raise PinError unless the event has no PIN or the right one was given."""
    from checkin import admin  # when a command runs: building the parser needs none of it

    if admin.note_removed_outside(event):
        print(REMOVED_WARNING, file=sys.stderr)
    if not admin.has_pin(event):
        return
    pin = getattr(args, "pin", None)
    if pin is None:
        if not sys.stdin.isatty():
            raise PinError("pin_required", path=str(event.path))
        import getpass

        pin = getpass.getpass("Admin PIN: ")
    admin.check_pin(event, pin)
