"""checkin new PATH --name ...: create an empty event."""

from __future__ import annotations

from checkin.cli.output import add_json, emit


def register(sub) -> None:
    p = sub.add_parser("new", help="create a new, empty event file")
    p.add_argument("path")
    p.add_argument("--name", required=True, help="the event's name")
    p.add_argument("--venue", default="")
    p.add_argument("--starts", default="", help="first day, YYYY-MM-DD")
    p.add_argument("--ends", default="", help="last day, YYYY-MM-DD")
    p.add_argument("--languages", default="de,en", help="comma-separated, e.g. de,ru,en")
    p.add_argument(
        "--item", default=None, help="name of a first programme item (default: the event name)"
    )
    add_json(p)
    p.set_defaults(run=run)


def run(args) -> int:
    from checkin.event import EventInfo
    from checkin.new_event import create_event

    info = EventInfo(
        name=args.name,
        venue=args.venue,
        starts=args.starts,
        ends=args.ends,
        languages=[x.strip() for x in args.languages.split(",") if x.strip()],
    )
    create_event(args.path, info, args.item).close()
    emit(args, {"path": args.path, "name": args.name}, f"Created “{args.name}” in {args.path}")
    return 0
