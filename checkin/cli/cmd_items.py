"""checkin items PATH [--activate ID] [--add NAME] [--import FILE]: list programme items,
choose the active one, add one, or add and update them from a CSV/Excel file (name, start,
end, place, and the name and place per language: "Name (RU)", "Ort EN", …)."""

from __future__ import annotations

from dataclasses import asdict

from checkin import programme
from checkin.cli.output import add_json, emit, open_event
from checkin.cli.pin_gate import add_pin_arg, require_pin
from checkin.programme_import import import_items


def register(sub) -> None:
    p = sub.add_parser("items", help="list programme items (check-in lists)")
    p.add_argument("path")
    p.add_argument("--activate", type=int, default=None, help="make this item the active one")
    p.add_argument("--add", default=None, metavar="NAME", help="add a programme item")
    p.add_argument("--starts", default="")
    p.add_argument("--ends", default="")
    p.add_argument("--place", default="", help="where the added item takes place")
    p.add_argument(
        "--import",
        dest="import_file",
        metavar="FILE",
        default=None,
        help='add or update items from a CSV/XLSX file (name, start, end, place, "Name (RU)", …)',
    )
    add_pin_arg(p)
    add_json(p)
    p.set_defaults(run=run)


def run(args) -> int:
    changes = bool(args.add) or args.activate is not None or bool(args.import_file)
    imported = None
    with open_event(args.path, read_only=not changes) as event:
        if changes:
            require_pin(event, args)
        if args.add:
            programme.add_item(event, args.add, args.starts, args.ends, place=args.place)
        if args.import_file:
            imported = import_items(event, args.import_file)
        if args.activate is not None:
            programme.set_active_item(event, args.activate)
        items = programme.list_items(event)
        active = programme.active_item(event) if items else None
    lines = [
        f"{'*' if active and i.id == active.id else ' '} [{i.id}] {i.name}  {i.starts} – {i.ends}"
        + (f"  @ {i.place}" if i.place else "")
        for i in items
    ]
    if imported is not None:
        lines.insert(0, f"Imported {args.import_file}: {len(imported.added)} item(s) added, "
                        f"{len(imported.updated)} updated.")  # fmt: skip
    data = {"items": [asdict(i) for i in items], "active": active.id if active else None}
    if imported is not None:
        data["imported"] = imported.to_dict()
    emit(args, data, "\n".join(lines) or "No programme items.")
    return 0
