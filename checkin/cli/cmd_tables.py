"""checkin tables PATH [--import FILE]: list tables with their fill, import them, print lists."""

from __future__ import annotations

from checkin import labels, tables
from checkin.cli.output import add_json, emit, open_event
from checkin.cli.pin_gate import add_pin_arg, require_pin
from checkin.seating import printouts
from checkin.seating.table_import import import_tables


def register(sub) -> None:
    p = sub.add_parser("tables", help="list the tables, or import them from CSV/Excel")
    p.add_argument("path")
    p.add_argument(
        "--import",
        dest="import_file",
        metavar="FILE",
        default=None,
        help="add or update tables from a CSV/XLSX file (number, name, theme, capacity, host, x, y)",
    )
    p.add_argument("--host-lists", metavar="PDF", help="write a guest list per table for the hosts")
    p.add_argument("--door-list", metavar="PDF", help="write the A–Z seating overview for the door")
    p.add_argument(
        "--lang",
        choices=list(labels.LANGUAGES),
        default="de",
        help="language of the printouts (default: de)",
    )
    add_pin_arg(p)
    add_json(p)
    p.set_defaults(run=run)


def run(args) -> int:
    lines = []
    imported = None
    with open_event(args.path) as event:
        if args.import_file:
            require_pin(event, args)
            imported = import_tables(event, args.import_file)
            lines.append(
                f"Imported {args.import_file}: {len(imported.added)} table(s) added, "
                f"{len(imported.updated)} updated."
            )
            if imported.ignored_columns:
                lines.append("Ignored columns: " + ", ".join(imported.ignored_columns))
        written = {}
        for key, make in (
            ("host_lists", printouts.host_lists),
            ("door_list", printouts.door_overview),
        ):
            target = getattr(args, key)
            if target:
                written[key] = str(make(event, target, lang=args.lang))
                lines.append(f"Wrote {target}")
        counts = tables.seated_counts(event)
        rows = []
        for t in tables.list_tables(event):
            seated = counts.get(t.id, 0)
            rows.append(
                {
                    "number": t.number,
                    "name": t.name or "",
                    "theme": t.theme or "",
                    "capacity": t.capacity,
                    "host": t.host or "",
                    "x": t.x,
                    "y": t.y,
                    "seated": seated,
                    "over_capacity": t.capacity is not None and seated > t.capacity,
                }
            )
    lines.append(f"{'No.':>4}  {'Name':<30} {'Theme':<22} {'Seated':>9}  Host")
    for r in rows:
        cap = "–" if r["capacity"] is None else r["capacity"]
        fill = f"{r['seated']}/{cap}" + (" !" if r["over_capacity"] else "")
        lines.append(
            f"{r['number']:>4}  {r['name'][:30]:<30} {r['theme'][:22]:<22} {fill:>9}  {r['host']}"
        )
    if not rows:
        lines.append("No tables yet: import them with --import FILE.")
    data = {"tables": rows}
    if imported is not None:
        data["import"] = imported.to_dict()
    if written:
        data["written"] = written
    emit(args, data, "\n".join(lines))
    return 0
