"""checkin scan PATH TEXT: check in whoever the scanned code belongs to."""

from __future__ import annotations

from typing import TYPE_CHECKING

from checkin.cli.common import add_desk_args, add_item_arg, item_for
from checkin.cli.output import add_json, emit, open_event
from checkin.clock import local_time

if TYPE_CHECKING:
    from checkin.checkins import CheckinResult

# By checkins.Result value (the core loads when a scan runs, not when the parser is built).
_TEXT = {
    "checked_in": "Welcome, {name}! Table {table}.",
    "already_checked_in": "{name} is already checked in (since {when} at desk {desk}).",
    "unknown_code": "Unknown code: nobody on this event's list has it.",
    "forged_code": "Invalid code: the signature does not match. Check the badge and ID.",
    "mistyped_code": "Typing error: a character of the code is wrong. Type it again or search.",
    "other_event": "This badge belongs to another event.",
    "cancelled": "{name} has cancelled their registration.",
    "not_on_this_list": "{name} is not on the list for {item}.",
    "replaced_badge": "This badge of {name} was replaced by a newer one; it is no longer valid.",
    "ticket_not_valid": "This pretix ticket is not valid here ({reason}).",
}
_REASONS = {
    "revoked": "replaced or cancelled in pretix",
    "product": "its product is not on this check-in list",
    "time": "not valid at this time",
}


def describe(result: CheckinResult) -> str:
    guest = result.guest
    table = result.table.label if result.table else "–"
    first = result.first_in
    return _TEXT[result.result.value].format(
        name=guest.full_name if guest else "",
        table=table,
        item=result.item.name,
        when=local_time(first.at) if first else "",
        desk=first.desk if first else "",
        reason=_REASONS.get(result.reason, result.reason),
    ) + (" New guest from a pretix ticket: ask for the name." if result.added_from_ticket else "")


def register(sub) -> None:
    p = sub.add_parser("scan", help="check in by scanned code")
    p.add_argument("path")
    p.add_argument("text", help="the scanned code or imported barcode")
    add_item_arg(p)
    add_desk_args(p)
    add_json(p)
    p.set_defaults(run=run)


def run(args) -> int:
    from checkin import scanning
    from checkin.badge_lifecycle import replacement_for_scan
    from checkin.checkins import Result

    with open_event(args.path) as event:
        item = item_for(event, args.item)
        # The desk's path: a code typed in a German, French or Russian keyboard layout is
        # repaired, and the code's signature picks the right reading.
        outcome = scanning.scan(event, args.text, item, desk=args.desk, operator=args.operator)
        result = outcome.result
        replaced = None
        if result.result is Result.REPLACED_BADGE:
            replaced = replacement_for_scan(event, result.scanned)
    data, text = result.to_dict(), describe(result)
    data["keyboard_layout"] = outcome.layout
    if replaced is not None:
        data["replaced"] = {
            "at": replaced.at,
            "desk": replaced.desk,
            "reason": replaced.reason,
            "holder": replaced.holder,
            "badge_of": replaced.voided_holder,
        }
        when = local_time(replaced.at) if replaced.at else "?"
        text += (
            f" Replaced {when} at desk {replaced.desk or '?'} ({replaced.reason or '?'});"
            f" the current badge: {replaced.holder}."
        )
    emit(args, data, text)
    return 0 if result.result.ok else 1
