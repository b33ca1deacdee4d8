"""checkin designs EVENT: the event's badge designs — list, export, import, choose, check.

checkin designs EVENT                                   list them (* the one in use)
checkin designs EVENT --export NAME --out FILE          one file with its images
checkin designs EVENT --import FILE [--name NAME]       (replaces a design of that name)
checkin designs EVENT --use NAME                        print with it from now on
checkin designs EVENT --delete NAME
checkin designs EVENT --check [NAME] [--layout L]       against the guest list
"""

from __future__ import annotations

from pathlib import Path

from checkin.badges import get_layout, select_guests
from checkin.badges.designs import check, package, store
from checkin.cli.output import Failure, add_json, emit, open_event
from checkin.cli.pin_gate import add_pin_arg, require_pin


def register(sub) -> None:
    p = sub.add_parser("designs", help="badge designs: list, export, import, use, check")
    p.add_argument("path", metavar="EVENT", help="the event file")
    what = p.add_mutually_exclusive_group()
    what.add_argument("--export", metavar="NAME", help="write this design to --out")
    what.add_argument("--import", dest="import_file", metavar="FILE", help="read a design file")
    what.add_argument("--use", metavar="NAME", help=f"print with this design ({store.STANDARD!r}: "
                      "the built-in look)")  # fmt: skip
    what.add_argument("--delete", metavar="NAME", help="delete this design")
    what.add_argument("--check", nargs="?", const="", metavar="NAME",
                      help="check a design (default: the one in use) against the guest list")  # fmt: skip
    p.add_argument("--out", metavar="FILE", help=f"with --export: the file ({package.SUFFIX})")
    p.add_argument("--name", help="with --import: store it under this name")
    p.add_argument("--layout", default="insert-90x54", help="with --check: the badge layout")
    add_pin_arg(p)
    add_json(p)
    p.set_defaults(run=run)


def run(args) -> int:
    if args.export and not args.out:
        raise Failure("designs: give the file to write with --out FILE")
    read_only = not (args.import_file or args.use or args.delete)
    with open_event(args.path, read_only=read_only) as event:
        if not read_only:  # changing the look of every badge printed from now on
            require_pin(event, args)
        if args.export:
            out = package.export_design(event, args.export, Path(args.out))
            emit(args, {"design": args.export, "path": str(out)}, f"{args.export} → {out}")
            return 0
        if args.import_file:
            design = package.import_design(event, args.import_file, args.name)
            data = {"design": design.name, "images": len(design.assets())}
            emit(args, data, f"imported badge design {design.name}")
            return 0
        if args.use:
            if args.use != store.STANDARD:  # one that would not scan is never chosen
                design = store.get_design(event, args.use)
                check.refuse_unprintable(design, design.width, design.height)
            store.choose_design(event, args.use)
            emit(args, {"design": args.use}, f"badges now print with {args.use}")
            return 0
        if args.delete:
            store.delete_design(event, args.delete)
            emit(args, {"deleted": args.delete}, f"deleted badge design {args.delete}")
            return 0
        if args.check is not None:
            return _check(args, event)
        chosen = store.chosen_design(event)
        names = [store.STANDARD, *store.list_designs(event)]
        rows = [{"name": n, "in_use": n == chosen} for n in names]
        emit(args, rows, "\n".join(f"{'*' if n == chosen else ' '} {n}" for n in names))
    return 0


def _check(args, event) -> int:
    layout = get_layout(args.layout)
    people = select_guests(event)
    report = check.check_print(
        event, people, layout.badge_width, layout.badge_height, args.check or None
    )
    data = {
        "design": report.design,
        "checked": report.checked,
        "refused": report.refused,
        "findings": [
            {"problem": f.problem, "guest_id": f.guest_id, "message": f.message()}
            for f in report.findings
        ],
    }
    lines = [f"{report.design}: {report.checked} badge(s) checked on {layout.name}"]
    lines += [f"  {'REFUSED' if f.refuses else 'warning'}: {f.message()}" for f in report.findings]
    if not report.findings:
        lines.append("  no problems")
    emit(args, data, "\n".join(lines))
    return 1 if report.refused else 0
