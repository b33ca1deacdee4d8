"""checkin substitute EVENT GUEST --given ... --family ...: a colleague takes the place.

The registration (category, table, meeting rounds) passes to the new person; the old
badge is void; the history keeps both names.
"""

from __future__ import annotations

from checkin.cli.common import add_desk_args, add_guest_arg, guest_for
from checkin.cli.output import add_json, emit, open_event
from checkin.cli.pin_gate import add_pin_arg, require_pin


def register(sub) -> None:
    p = sub.add_parser(
        "substitute", help="hand a registration to another person of the same organisation"
    )
    p.add_argument("path", metavar="EVENT", help="the event file")
    add_guest_arg(p)
    p.add_argument("--given", default="", help="given name of the new person")
    p.add_argument("--family", default="", help="family name of the new person")
    p.add_argument("--email", default=None, help="email of the new person")
    p.add_argument("--phone", default=None, help="phone of the new person")
    p.add_argument("--position", default=None, help="position of the new person")
    p.add_argument("--language", default=None, help="language (default: as registered)")
    add_desk_args(p)
    add_pin_arg(p)
    add_json(p)
    p.set_defaults(run=run)


def run(args) -> int:
    from checkin.badge_lifecycle import substitute

    details = {
        key: getattr(args, key)
        for key in ("email", "phone", "position", "language")
        if getattr(args, key) is not None
    }
    with open_event(args.path) as event:
        require_pin(event, args)
        registered = guest_for(event, args.guest)
        done = substitute(
            event,
            registered.id,
            given_name=args.given,
            family_name=args.family,
            desk=args.desk,
            operator=args.operator,
            **details,
        )
    data = {
        "guest_id": done.guest_id,
        "uid": registered.uid,
        "name": done.new_name,
        "substitute_for": done.old_name,
        "code": done.code,
        "at": done.at,
        "desk": done.desk,
        "person": done.new_person,
    }
    emit(
        args,
        data,
        f"{done.new_name} takes the place of {done.old_name}.\nNew badge code: {done.code}",
    )
    return 0
