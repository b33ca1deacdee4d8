"""Several tickets of one person: one guest, whose badge or any of the tickets checks them in.

A buyer who orders two tickets for the same colleague, a day ticket and a dinner ticket,
a ticket re-issued after a change: a ticket export lists the person once per ticket. Rows
with the same name and the same e-mail address, each with its ticket (code or id), are one
person; different names with one address (a team mailbox, a secretary's) stay different
people, and a row repeated without a ticket is a duplicate row, reported as such. The first row that is not
cancelled speaks for the person; the ticket codes of the others become accepted codes,
except those of cancelled tickets, which no longer check anyone in.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from checkin.importing.matching import TEXT_FIELDS, name_key


@dataclass(slots=True)
class MergedTicket:
    row: int  # the row of the further ticket
    first_row: int  # the row that speaks for the person
    name: str
    code: str  # that ticket's code ("" if it had none)
    cancelled: bool = False  # a cancelled ticket: its code was withdrawn, not added


def group_tickets(
    records: list[tuple[int, dict]], display, emails: Counter
) -> tuple[list[tuple[int, dict]], list[MergedTicket]]:
    """The records with each person's further tickets folded into one record.

    The record that stays gets "codes" (the other tickets' codes) and "withdrawn_codes"
    (codes of the person's cancelled tickets); empty fields are filled from the others.
    ``emails``: how often each (casefolded) address occurs in the records.
    """
    groups: dict[tuple[str, str], list[int]] = {}
    for index, (_, rec) in enumerate(records):
        email = rec.get("email", "").casefold()
        if emails[email] < 2:  # an address used once: no further ticket
            continue
        given, family = rec.get("given_name", ""), rec.get("family_name", "")
        ticket = rec.get("external_barcode") or rec.get("external_id")
        if email and (given or family) and ticket:  # a row without a ticket is no ticket
            groups.setdefault((name_key(given, family), email), []).append(index)
    folded: set[int] = set()
    merged: list[MergedTicket] = []
    for indexes in groups.values():
        if len(indexes) < 2:
            continue
        first = next((i for i in indexes if not records[i][1].get("cancelled")), indexes[0])
        first_row, keep = records[first]
        codes = keep.setdefault("codes", [])
        for index in indexes:
            if index == first:
                continue
            row, rec = records[index]
            code = rec.get("external_barcode", "")
            withdrawn = bool(rec.get("cancelled")) and not keep.get("cancelled")
            if withdrawn:
                if code:
                    keep.setdefault("withdrawn_codes", []).append(code)
            else:
                for field in TEXT_FIELDS:
                    if rec.get(field) and not keep.get(field):
                        keep[field] = rec[field]
                if code and code != keep.get("external_barcode") and code not in codes:
                    codes.append(code)
            folded.add(index)
            merged.append(MergedTicket(row, first_row, display(rec), code, withdrawn))
    if not folded:
        return records, []
    return [r for i, r in enumerate(records) if i not in folded], merged
