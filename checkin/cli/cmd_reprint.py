"""checkin reprint EVENT GUEST [--reason lost|damaged|typo]: a new badge, the old one void."""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path

from checkin.badge_lifecycle.reissue import REASONS
from checkin.cli.common import add_desk_args, add_guest_arg, guest_for
from checkin.cli.output import add_json, emit, open_event
from checkin.cli.pin_gate import add_pin_arg, require_pin


def register(sub) -> None:
    p = sub.add_parser("reprint", help="issue a guest's next badge: the old code is void at once")
    p.add_argument("path", metavar="EVENT", help="the event file")
    add_guest_arg(p)
    p.add_argument("--reason", choices=REASONS, default="damaged",
                   help="why the badge is replaced (default: damaged)")  # fmt: skip
    p.add_argument("--printer", metavar="NAME", help="print the new badge on this printer")
    p.add_argument("--layout", default="label-62", help="badge layout for --printer")
    add_desk_args(p)
    add_pin_arg(p)
    add_json(p)
    p.set_defaults(run=run)


def run(args) -> int:
    from checkin import guests
    from checkin.badge_lifecycle import reprint
    from checkin.badges import get_layout
    from checkin.printing.send import check_printer

    with open_event(args.path) as event:
        require_pin(event, args)
        if args.printer:  # a typo in a name fails before the old badge is void
            get_layout(args.layout)
            check_printer(args.printer)
        guest_id = guest_for(event, args.guest).id
        done = reprint(event, guest_id, args.reason, desk=args.desk, operator=args.operator)
        guest = guests.get_guest(event, guest_id)
        sent = _print(event, guest, args) if args.printer else None
    data = {
        "guest_id": guest.id,
        "uid": guest.uid,
        "name": guest.full_name,
        "code": done.code,
        "badge_version": done.new_version,
        "voided_version": done.old_version,
        "reason": done.reason,
        "at": done.at,
        "desk": done.desk,
    }
    text = done.code
    if sent is not None:
        data.update(printer=args.printer, job=sent.job.handle, state=sent.job.state.value)
        text += f"\nsent to {args.printer} as job {sent.job.handle}"
    emit(args, data, text)
    return 0


def _print(event, guest, args):
    from checkin.badges import BadgeOptions, render_badges
    from checkin.printing.send import send_pdf

    folder = Path(tempfile.mkdtemp(prefix="checkin-reprint-"))
    try:
        pdf = folder / f"badge-{guest.id}.pdf"
        render_badges(event, [guest], args.layout, pdf, options=BadgeOptions(desk=args.desk))
        return send_pdf(pdf, args.printer, f"checkin badge {guest.full_name}")
    finally:
        shutil.rmtree(folder, ignore_errors=True)
