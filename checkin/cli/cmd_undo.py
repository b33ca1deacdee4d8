"""checkin undo / checkout: revert a guest's last action, or check a guest out."""

from __future__ import annotations

from dataclasses import asdict

from checkin.cli.common import add_desk_args, add_guest_arg, add_item_arg, guest_for, item_for
from checkin.cli.output import Failure, add_json, emit, open_event


def register(sub) -> None:
    for name, helptext in (
        ("undo", "undo a guest's last check-in or check-out"),
        ("checkout", "check a guest out"),
    ):
        p = sub.add_parser(name, help=helptext)
        p.add_argument("path")
        add_guest_arg(p, nargs="?")
        if name == "undo":
            p.add_argument("--last", action="store_true", help="the most recent check-in")
        add_item_arg(p)
        add_desk_args(p)
        add_json(p)
        p.set_defaults(run=run, action=name)


def run(args) -> int:
    from checkin import checkins, guests

    with open_event(args.path) as event:
        item = item_for(event, args.item)
        guest_id = guest_for(event, args.guest).id if args.guest else None
        if guest_id is None and getattr(args, "last", False):
            guest_id = checkins.last_checked_in(event, item)
            if guest_id is None:
                raise Failure(f"nothing to undo at {item.name}")
        if guest_id is None:
            raise Failure("give a guest id (or --last)")
        guest = guests.get_guest(event, guest_id)
        act = checkins.undo if args.action == "undo" else checkins.check_out
        entry = act(event, guest_id, item, desk=args.desk, operator=args.operator)
        state = checkins.status(event, guest_id, item.id).state.value
    verb = "Undone" if args.action == "undo" else "Checked out"
    emit(
        args,
        {"entry": asdict(entry), "guest_id": guest_id, "uid": guest.uid, "status": state},
        f"{verb}: {guest.full_name} at {item.name} (now: {state}).",
    )
    return 0
