"""checkin export EVENT --format FMT --out FILE: attendance data, the report, the door list
or the check-in log. Reads the event file without locking it, so a desk can keep working."""

from __future__ import annotations

from checkin import labels
from checkin.cli.output import Failure, add_json, emit
from checkin.cli.pin_gate import add_pin_arg, require_pin
from checkin.exporting import formats


def register(sub) -> None:
    p = sub.add_parser(
        "export", help="export attendance (CSV, XLSX), the PDF report, door list or log"
    )
    p.add_argument("path", metavar="EVENT")
    p.add_argument("--format", required=True, choices=list(formats.FORMATS), dest="fmt")
    p.add_argument("--out", required=True, metavar="FILE", help="file to write")
    p.add_argument("--item", type=int, default=None,
                   help="only this programme item (default: all items)")  # fmt: skip
    p.add_argument("--lang", choices=list(labels.LANGUAGES), default="de",
                   help="language of headers and report (default: de)")  # fmt: skip
    add_pin_arg(p)
    add_json(p)
    p.set_defaults(run=run)


def run(args) -> int:
    try:
        event = formats.open_for_export(args.path)
    except OSError as exc:
        raise Failure(f"{args.path}: {exc.strerror}") from exc
    with event:
        require_pin(event, args)
        if args.item is not None:
            from checkin import programme

            programme.get_item(event, args.item)  # unknown id: one clear line, exit 2
        out = formats.export(event, args.fmt, args.out, item_id=args.item, lang=args.lang)
    emit(args, {"format": args.fmt, "out": str(out)}, f"{args.fmt}: {out}")
    return 0
