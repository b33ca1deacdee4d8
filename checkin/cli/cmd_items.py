"""checkin items PATH [--activate ID]: list programme items, choose the active one."""

from __future__ import annotations

from dataclasses import asdict

from checkin import programme
from checkin.cli.output import add_json, emit, open_event
from checkin.cli.pin_gate import add_pin_arg, require_pin


def register(sub) -> None:
    p = sub.add_parser("items", help="list programme items (check-in lists)")
    p.add_argument("path")
    p.add_argument("--activate", type=int, default=None, help="make this item the active one")
    p.add_argument("--add", default=None, metavar="NAME", help="add a programme item")
    p.add_argument("--starts", default="")
    p.add_argument("--ends", default="")
    add_pin_arg(p)
    add_json(p)
    p.set_defaults(run=run)


def run(args) -> int:
    changes = bool(args.add) or args.activate is not None
    with open_event(args.path, read_only=not changes) as event:
        if changes:
            require_pin(event, args)
        if args.add:
            programme.add_item(event, args.add, args.starts, args.ends)
        if args.activate is not None:
            programme.set_active_item(event, args.activate)
        items = programme.list_items(event)
        active = programme.active_item(event) if items else None
    lines = [
        f"{'*' if active and i.id == active.id else ' '} [{i.id}] {i.name}  {i.starts} – {i.ends}"
        for i in items
    ]
    emit(
        args,
        {"items": [asdict(i) for i in items], "active": active.id if active else None},
        "\n".join(lines) or "No programme items.",
    )
    return 0
