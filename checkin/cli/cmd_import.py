"""checkin import EVENT FILE [--sheet NAME] [--dry-run] [--map COLUMN=FIELD ...]
[--category C] [--language L] [--delegation NAME] [--create-tables] [--json]: import a guest
list; the options set category, language and delegation for every row of the file."""

from __future__ import annotations

from checkin import categories, checkins, i18n
from checkin.cli.output import Failure, add_json, emit, open_event
from checkin.cli.pin_gate import add_pin_arg, require_pin
from checkin.importing import FIELDS, ForAllRows, import_file


def register(sub) -> None:
    p = sub.add_parser(
        "import",
        help="import a guest list (CSV, TSV, Excel); re-importing merges",
        description=(
            "Import a guest list (CSV/TSV in any encoding, Excel 'Unicode text', .xlsx, .xls). "
            "Guests already in the event are updated, never deleted; check-ins are kept."
        ),
    )
    p.add_argument("event", help="the event file")
    p.add_argument("file", help="the guest list")
    p.add_argument(
        "--sheet",
        metavar="NAME",
        help="the workbook sheet to read (default: the sheet with one row per attendee)",
    )
    p.add_argument("--dry-run", action="store_true", help="only show the report; write nothing")
    p.add_argument(
        "--map",
        action="append",
        default=[],
        metavar="COLUMN=FIELD",
        help=f"map a column to a field (repeatable); fields: {', '.join(FIELDS)}",
    )
    p.add_argument(
        "--category",
        metavar="CATEGORY",
        default="",
        help=f"category of every guest of the list ({', '.join(categories.CATEGORIES)}, …)",
    )
    p.add_argument(
        "--language",
        choices=list(i18n.LANGUAGES),
        default="",
        help="language of every guest of the list (badges, guest display, schedules)",
    )
    p.add_argument(
        "--delegation",
        metavar="NAME",
        default="",
        help="put every guest of the list into this delegation (made if new)",
    )
    p.add_argument(
        "--create-tables",
        action="store_true",
        help="create the tables the list names that the event does not have",
    )
    add_pin_arg(p)
    add_json(p)
    p.set_defaults(run=run)


def parse_mapping(items: list[str]) -> dict[str, str]:
    mapping = {}
    for item in items:
        column, sep, target = item.rpartition("=")
        if not sep or not column.strip() or not target.strip():
            raise Failure(f'--map {item!r}: write it as COLUMN=FIELD, e.g. --map "Stand=table"')
        mapping[column.strip()] = target.strip()
    return mapping


def run(args) -> int:
    mapping = parse_mapping(args.map)
    with open_event(args.event) as event:
        if not args.dry_run:
            require_pin(event, args)
        report = import_file(
            event,
            args.file,
            mapping=mapping or None,
            dry_run=args.dry_run,
            sheet=args.sheet,
            for_all=ForAllRows(
                category=args.category,
                language=args.language,
                delegation=args.delegation,
                create_tables=args.create_tables,
            ),
            desk=checkins.default_desk(),
            operator=checkins.default_operator(),
        )
    emit(args, report.to_dict(), report.summary())
    return 0
