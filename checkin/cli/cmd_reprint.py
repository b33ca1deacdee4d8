"""checkin reprint EVENT GUEST_ID [--reason lost|damaged|typo]: a new badge, the old one void."""

from __future__ import annotations

from checkin import guests
from checkin.badge_lifecycle import REASONS, reprint
from checkin.cli.common import add_desk_args
from checkin.cli.output import add_json, emit, open_event


def register(sub) -> None:
    p = sub.add_parser("reprint", help="issue a guest's next badge: the old code is void at once")
    p.add_argument("path", metavar="EVENT", help="the event file")
    p.add_argument("guest", type=int, metavar="GUEST_ID", help="guest id")
    p.add_argument("--reason", choices=REASONS, default="damaged",
                   help="why the badge is replaced (default: damaged)")  # fmt: skip
    add_desk_args(p)
    add_json(p)
    p.set_defaults(run=run)


def run(args) -> int:
    with open_event(args.path) as event:
        done = reprint(event, args.guest, args.reason, desk=args.desk, operator=args.operator)
        guest = guests.get_guest(event, args.guest)
    data = {
        "guest_id": guest.id,
        "name": guest.full_name,
        "code": done.code,
        "badge_version": done.new_version,
        "voided_version": done.old_version,
        "reason": done.reason,
        "at": done.at,
        "desk": done.desk,
    }
    emit(args, data, done.code)
    return 0
