"""checkin reprint EVENT GUEST_ID [--reason lost|damaged|typo]: a new badge, the old one void."""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path

from checkin import guests
from checkin.badge_lifecycle import REASONS, reprint
from checkin.badges import BadgeOptions, get_layout, render_badges
from checkin.cli.common import add_desk_args
from checkin.cli.output import add_json, emit, open_event
from checkin.cli.pin_gate import add_pin_arg, require_pin
from checkin.printing.send import check_printer, send_pdf


def register(sub) -> None:
    p = sub.add_parser("reprint", help="issue a guest's next badge: the old code is void at once")
    p.add_argument("path", metavar="EVENT", help="the event file")
    p.add_argument("guest", type=int, metavar="GUEST_ID", help="guest id")
    p.add_argument("--reason", choices=REASONS, default="damaged",
                   help="why the badge is replaced (default: damaged)")  # fmt: skip
    p.add_argument("--printer", metavar="NAME", help="print the new badge on this printer")
    p.add_argument("--layout", default="label-62", help="badge layout for --printer")
    add_desk_args(p)
    add_pin_arg(p)
    add_json(p)
    p.set_defaults(run=run)


def run(args) -> int:
    with open_event(args.path) as event:
        require_pin(event, args)
        if args.printer:  # a typo in a name fails before the old badge is void
            get_layout(args.layout)
            check_printer(args.printer)
        done = reprint(event, args.guest, args.reason, desk=args.desk, operator=args.operator)
        guest = guests.get_guest(event, args.guest)
        sent = _print(event, guest, args) if args.printer else None
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
    text = done.code
    if sent is not None:
        data.update(printer=args.printer, job=sent.job.handle, state=sent.job.state.value)
        text += f"\nsent to {args.printer} as job {sent.job.handle}"
    emit(args, data, text)
    return 0


def _print(event, guest, args):
    folder = Path(tempfile.mkdtemp(prefix="checkin-reprint-"))
    try:
        pdf = folder / f"badge-{guest.id}.pdf"
        render_badges(event, [guest], args.layout, pdf, options=BadgeOptions(desk=args.desk))
        return send_pdf(pdf, args.printer, f"checkin badge {guest.full_name}")
    finally:
        shutil.rmtree(folder, ignore_errors=True)
