"""checkin schedule EVENT (--guest ID | --all) --out FILE.pdf [--lang de|ru|en]."""

from __future__ import annotations

from checkin.cli.common import add_item_arg, item_for
from checkin.cli.output import Failure, open_event
from checkin.i18n import LANGUAGES


def register(sub) -> None:
    p = sub.add_parser("schedule", help="print personal meeting schedules as PDF")
    p.add_argument("path")
    who = p.add_mutually_exclusive_group(required=True)
    who.add_argument("--guest", type=int, help="one guest's schedule")
    who.add_argument("--all", action="store_true", help="everyone's, A–Z by family name")
    p.add_argument("--out", required=True, help="the PDF file to write")
    p.add_argument(
        "--lang",
        choices=tuple(LANGUAGES),  # schedules are written in every language checkin speaks
        default=None,
        help="language of the page (default: each guest's own)",
    )
    add_item_arg(p)
    p.set_defaults(run=run)


def run(args) -> int:
    if not args.out.lower().endswith(".pdf"):
        raise Failure(f"--out must name a .pdf file, not {args.out}")
    from checkin.rounds import schedules, service

    with open_event(args.path) as event:
        item = item_for(event, args.item)
        plan = service.load(event, item)
        if not plan.rounds or not plan.seating:
            raise Failure(f"{item.name} has no planned rounds yet (run: checkin rounds --auto)")
        if args.all:
            people = schedules.schedule_order(plan)
        else:
            if args.guest not in plan.people:
                raise Failure(f"there is no guest with id {args.guest}")
            people = [plan.people[args.guest]]
        try:
            pages = schedules.write_schedules(event, plan, people, args.out, lang=args.lang)
        except OSError as exc:
            raise Failure(f"{args.out}: {exc.strerror}") from exc
    print(f"Wrote {pages} schedule page(s) to {args.out}")
    return 0
