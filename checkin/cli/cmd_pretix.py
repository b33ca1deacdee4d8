"""checkin pretix EVENT: connect to pretix, pull the attendees, push the check-ins back.

The parser is built from here; what the command does is in ``pretix_actions.py``, loaded
only when it runs (pretix's HTTP and crypto would slow every other command down).
"""

from __future__ import annotations

from checkin.cli.output import add_json
from checkin.cli.pin_gate import add_pin_arg

TOKEN_VARIABLE = "CHECKIN_PRETIX_TOKEN"


def register(sub) -> None:
    p = sub.add_parser(
        "pretix",
        help="connect to pretix, pull the attendees, push the check-ins back",
        description=(
            "Work with pretix: connect once while online (the API token stays on this "
            "computer), pull the check-in list's attendees, scan offline, push every check-in "
            "back to pretix with its own time."
        ),
    )
    p.add_argument("event", help="the event file")
    what = p.add_mutually_exclusive_group(required=True)
    what.add_argument("--connect", metavar="URL", help="connect to the pretix server at URL")
    what.add_argument("--pull", action="store_true", help="pull the attendees (merges)")
    what.add_argument("--push", action="store_true", help="push pending check-ins to pretix")
    what.add_argument("--status", action="store_true", help="what is pulled, pushed, pending")
    what.add_argument("--products", action="store_true", help="products and their categories")
    what.add_argument(
        "--category",
        action="append",
        metavar="PRODUCT=CATEGORY",
        help="the guest category of a product (product id; repeatable)",
    )
    what.add_argument("--disconnect", action="store_true", help="forget the token on this computer")
    p.add_argument("--organizer", help="with --connect: the organizer's short name (slug)")
    p.add_argument("--event", dest="pretix_event", help="with --connect: the event's short name")
    p.add_argument(
        "--token",
        help=f"with --connect: the team's API token ('-' reads it from stdin; or set {TOKEN_VARIABLE})",
    )
    p.add_argument("--list", type=int, help="with --connect: the check-in list's id")
    p.add_argument("--item", type=int, help="with --connect: the programme item (default: active)")
    p.add_argument("--full", action="store_true", help="with --pull: read every order again")
    add_pin_arg(p)
    add_json(p)
    p.set_defaults(run=run)


def run(args) -> int:
    from checkin.cli import pretix_actions

    return pretix_actions.run(args)
