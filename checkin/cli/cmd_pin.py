"""checkin pin PATH --set | --clear | --check: the event's admin PIN.

PINs are read from the terminal without echo, or line by line from standard input when
it is not a terminal (current PIN first if one is set, then the new PIN twice).
"""

from __future__ import annotations

import getpass
import sys

from checkin.cli.output import Failure, open_event


def register(sub) -> None:
    p = sub.add_parser("pin", help="set, check or clear the admin PIN of an event")
    p.add_argument("path")
    what = p.add_mutually_exclusive_group(required=True)
    what.add_argument("--set", action="store_true", help="set or change the admin PIN")
    what.add_argument("--clear", action="store_true", help="remove the admin PIN")
    what.add_argument("--check", action="store_true", help="check a PIN (exit 1 if wrong)")
    p.set_defaults(run=run)


def _ask(prompt: str) -> str:
    if sys.stdin.isatty():
        return getpass.getpass(prompt)
    line = sys.stdin.readline()
    if not line:
        raise Failure("no PIN given on standard input")
    return line.rstrip("\r\n")


def run(args) -> int:
    from checkin import admin
    from checkin.errors import PinError

    with open_event(args.path) as event:
        if args.check or args.clear:
            if not admin.has_pin(event):
                raise PinError("pin_not_set")
            current = _ask("Admin PIN: ")
            if args.clear:
                admin.clear_pin(event, current)
                print("Admin PIN removed.")
                return 0
            if not admin.verify_pin(event, current):
                print("Wrong admin PIN.", file=sys.stderr)
                return 1
            print("PIN correct.")
            return 0
        current = _ask("Current admin PIN: ") if admin.has_pin(event) else None
        new = _ask("New admin PIN: ")
        if _ask("New admin PIN again: ") != new:
            raise PinError("pin_mismatch")
        admin.set_pin(event, new, current=current)
    print("Admin PIN set.")
    return 0
