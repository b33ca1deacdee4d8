"""checkin purge EVENT --yes-delete-personal-data: blank the guests' personal data after
the event, keeping anonymous counts. Refuses without the confirmation flag."""

from __future__ import annotations

from checkin.cli import EXIT_REFUSED
from checkin.cli.output import add_json, emit, fail, open_event
from checkin.cli.pin_gate import add_pin_arg, require_pin
from checkin.errors import InvalidInput
from checkin.exporting import purge


def register(sub) -> None:
    p = sub.add_parser("purge", help="remove personal data after the event (keeps counts)")
    p.add_argument("path", metavar="EVENT")
    p.add_argument("--yes-delete-personal-data", action="store_true", dest="confirmed",
                   help="confirm: names, contacts and notes are removed for good")  # fmt: skip
    p.add_argument("--keep-organisation", action="store_true",
                   help="keep the guests' organisations (for counts by organisation)")  # fmt: skip
    add_pin_arg(p)
    add_json(p)
    p.set_defaults(run=run)


def run(args) -> int:
    if not args.confirmed:  # refused before the file is even opened: exit 1
        return fail(str(InvalidInput("purge_not_confirmed")), EXIT_REFUSED)
    with open_event(args.path) as event:
        require_pin(event, args)
        result = purge.purge_personal_data(
            event, confirmed=True, keep_organisation=args.keep_organisation
        )
    lines = [f"Personal data of {result.guests} guests removed; check-in counts kept."]
    if result.removed:
        lines.append(f"{len(result.removed)} older copies (backups, replaced files) deleted too.")
    if result.backups:
        lines.append(f"{len(result.backups)} copies still hold personal data; delete them:")
        lines += [f"  {p}" for p in result.backups]
    emit(
        args,
        {
            "guests": result.guests,
            "kept_organisation": result.kept_organisation,
            "backups_with_personal_data": [str(p) for p in result.backups],
            "deleted_copies": [str(p) for p in result.removed],
        },  # fmt: skip
        "\n".join(lines),
    )
    return 0
