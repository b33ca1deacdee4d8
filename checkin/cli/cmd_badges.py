"""checkin badges EVENT --layout NAME --out FILE.pdf: print badges to a PDF.

``checkin badges --list-layouts`` names every layout with its size.
"""

from __future__ import annotations

from pathlib import Path

from checkin.badges import BadgeOptions, Layout, list_layouts, render_badges, select_guests
from checkin.badges.layouts import load_layouts
from checkin.cli import badges_printer
from checkin.cli.common import add_desk_args
from checkin.cli.output import Failure, add_json, emit, open_event


def register(sub) -> None:
    p = sub.add_parser("badges", help="print badges to a PDF (sorted A–Z, logged)")
    p.add_argument("path", nargs="?", metavar="EVENT", help="the event file")
    p.add_argument("--list-layouts", action="store_true", help="list the badge layouts")
    p.add_argument("--layout", default="insert-90x54", help="layout name (see --list-layouts)")
    p.add_argument("--layouts", metavar="FILE.json", help="more layouts, as in layouts.json")
    p.add_argument("--out", metavar="FILE.pdf", help="the PDF to write")
    p.add_argument("--printer", metavar="NAME", help="send the batch to this printer (CUPS queue)")
    p.add_argument("--wait", type=float, metavar="SECONDS",
                   help="with --printer: wait until the printer has printed the batch")  # fmt: skip
    p.add_argument("--category", action="append", default=[], help="only this category")
    p.add_argument("--table", action="append", type=int, default=[], help="only this table")
    p.add_argument("--unprinted", action="store_true", help="only badges not printed yet")
    p.add_argument("--guest", action="append", type=int, default=[], metavar="ID",
                   help="only this guest (repeatable)")  # fmt: skip
    p.add_argument("--include-cancelled", action="store_true", help="cancelled guests too")
    p.add_argument("--crop-marks", action="store_true", default=None, help="draw crop marks")
    p.add_argument("--no-crop-marks", dest="crop_marks", action="store_false")
    p.add_argument("--back", choices=("programme", "table"), help="content of the back side")
    for name, what in (
        ("margin-left", "left margin of the badge grid"),
        ("margin-top", "top margin of the badge grid"),
        ("gap-x", "gap between badge columns"),
        ("gap-y", "gap between badge rows"),
    ):
        p.add_argument(f"--{name}", type=float, metavar="MM", help=f"{what} in mm")
    p.add_argument("--cyrillic-line", action="store_true",
                   help="Latin names also get a Cyrillic transliteration")  # fmt: skip
    p.add_argument("--design", metavar="NAME",
                   help="badge design (see checkin designs; default: the event's)")  # fmt: skip
    p.add_argument("--logo", metavar="FILE",
                   help="an image (PNG, JPEG, SVG) for the design's logo place")  # fmt: skip
    p.add_argument("--no-log", action="store_true", help="a preview: do not log as printed")
    add_desk_args(p)
    add_json(p)
    p.set_defaults(run=run)


def _layouts(args) -> dict[str, Layout]:
    found = {lay.name: lay for lay in list_layouts()}
    if args.layouts:
        found.update(load_layouts(args.layouts))
    return found


def _list(args) -> int:
    layouts = list(_layouts(args).values())
    rows = [
        {
            "name": lay.name,
            "width_mm": lay.badge_width,
            "height_mm": lay.badge_height,
            "per_sheet": lay.per_sheet,
            "sides": lay.sides,
            "description": lay.description,
        }
        for lay in layouts
    ]
    lines = [
        f"{r['name']:<20} {r['width_mm']:g} × {r['height_mm']:g} mm  "
        f"{r['per_sheet']} per page  {r['description']}"
        for r in rows
    ]
    emit(args, rows, "\n".join(lines))
    return 0


def run(args) -> int:
    if args.list_layouts:
        return _list(args)
    if not args.path:
        raise Failure("badges: give the event file (or --list-layouts)")
    if args.printer:
        return badges_printer.run(args, run)
    if not args.out:
        raise Failure("badges: give the PDF to write with --out FILE.pdf (or --printer NAME)")
    out = Path(args.out)
    if not out.parent.is_dir():
        raise Failure(f"badges: {out.parent}: no such folder")
    options = BadgeOptions(
        crop_marks=args.crop_marks,
        margin_left=args.margin_left,
        margin_top=args.margin_top,
        gap_x=args.gap_x,
        gap_y=args.gap_y,
        back=args.back,
        reverse_transliteration=args.cyrillic_line,
        design=args.design,
        logo=args.logo,
        desk=args.desk,
        operator=args.operator,
    )
    with open_event(args.path) as event:
        people = select_guests(
            event,
            categories_=args.category,
            table_numbers=args.table,
            unprinted=args.unprinted,
            guest_ids=args.guest,
            include_cancelled=args.include_cancelled,
        )
        try:
            layout = _layouts(args).get(args.layout, args.layout)  # unknown: named in the error
            batch = render_badges(
                event, people, layout, out, options=options, record=not args.no_log
            )
        except OSError as exc:
            raise Failure(f"badges: {out}: {exc.strerror}") from exc
    reprinted = sum(1 for g in people if g.badge_printed_count)
    data = {
        "path": str(out),
        "printed_before": reprinted,
        "layout": batch.layout,
        "badges": len(batch.order),
        "sheets": batch.sheets,
        "pages": batch.pages,
        "batch_id": batch.batch_id,
        "logged": not args.no_log,
        "placements": [
            {"guest_id": gid, "box": batch.boxes[gid], "sheet": s, "slot": slot}
            for gid in batch.order
            for s, slot in [batch.placements[gid]]
        ],
    }
    text = f"{len(batch.order)} badge(s) on {batch.sheets} sheet(s) ({batch.layout}) → {out}"
    if reprinted:
        text += f"\n{reprinted} of them had been printed before (use --unprinted to skip them)"
    emit(args, data, text)
    return 0
