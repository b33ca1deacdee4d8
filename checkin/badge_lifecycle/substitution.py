"""Substitute: a company sends a colleague in place of the registered person.

The registration stays (same guest id, so category, table, meeting-round seats, delegation
and wishes stay); the person's details change; the old badge is void (next badge version);
``substitutions`` keeps every name the registration had, and the guest row remembers whom
the current person stands in for, so the exports and other desks see it.
"""

from __future__ import annotations

import json
from dataclasses import dataclass

from checkin import audit, codes, guest_codes, guests
from checkin import changes as change_hook
from checkin.badge_lifecycle.reissue import SUBSTITUTE, void_current
from checkin.clock import to_text
from checkin.errors import InvalidInput
from checkin.event import Event
from checkin.models import Guest

GUEST_SUBSTITUTED = "guest_substituted"  # audit action
# The person's own details: replaced (or emptied) when someone else takes the registration.
PERSON_FIELDS = (
    "salutation",
    "given_name",
    "patronymic",
    "family_name",
    "position",
    "email",
    "phone",
    "external_barcode",  # a ticket barcode belongs to the person it was sent to
)
OPTIONAL_FIELDS = ("language",)  # kept unless the new person's is given


@dataclass(frozen=True)
class Substitution:
    guest_id: int
    at: str
    desk: str
    operator: str
    old_person: dict
    new_person: dict
    code: str = ""  # the new person's badge code

    @property
    def old_name(self) -> str:
        return _name(self.old_person)

    @property
    def new_name(self) -> str:
        return _name(self.new_person)


def _name(person: dict) -> str:
    return " ".join(p for p in (person.get("given_name"), person.get("family_name")) if p)


def _person(guest: Guest) -> dict:
    return {f: getattr(guest, f) for f in PERSON_FIELDS + OPTIONAL_FIELDS}


def substitute(
    event: Event,
    guest_id: int,
    *,
    given_name: str = "",
    family_name: str = "",
    desk: str | None = None,
    operator: str | None = None,
    **details: str,
) -> Substitution:
    """Hand the registration ``guest_id`` to another person of the same organisation."""
    unknown = set(details) - set(PERSON_FIELDS + OPTIONAL_FIELDS)
    if unknown:
        raise InvalidInput("unknown_field", field=", ".join(sorted(unknown)))
    given_name, family_name = (given_name or "").strip(), (family_name or "").strip()
    if not (given_name or family_name):
        raise InvalidInput("name_required")
    guest = guests.get_guest(event, guest_id)
    if guest.cancelled:
        raise InvalidInput("reissue_cancelled", guest=guest.full_name)
    old = _person(guest)
    new = {f: "" for f in PERSON_FIELDS}
    new.update({f: old[f] for f in OPTIONAL_FIELDS})
    new.update({k: (v or "").strip() for k, v in details.items() if v is not None})
    new.update(given_name=given_name, family_name=family_name)
    if _name(new).casefold() == _name(old).casefold():
        raise InvalidInput("substitute_same_person", guest=guest.full_name)
    desk, operator = audit.actor(event, desk, operator)
    at = to_text(event.clock())
    # Like the barcode, other systems' ticket codes were sent to the person who leaves.
    old["extra_codes"] = [c.code for c in guest_codes.codes_of(event, guest_id)]
    with event.writing():
        event.db["guests"].update(
            guest_id, {**new, "extra_codes": "[]", "substitute_for": _name(old), "updated_at": at}
        )
        event.db["substitutions"].insert(
            {
                "guest_id": guest_id,
                "at": at,
                "desk": desk,
                "operator": operator,
                "old_person": json.dumps(old, ensure_ascii=False),
                "new_person": json.dumps(new, ensure_ascii=False),
            }
        )
        done = void_current(event, guest, SUBSTITUTE, desk=desk, operator=operator, at=at)
        audit.record(
            event,
            GUEST_SUBSTITUTED,
            guest_id=guest_id,
            details={  # keys the purge of personal data knows to blank
                "name": _name(new),
                "substitute_for": _name(old),
                "badge_version": done.new_version,
            },
            desk=desk,
            operator=operator,
        )
    change_hook.record(event, "guest_updated", {"ids": [guest_id]})
    code = codes.make_code(event.secret, guest.token, done.new_version)
    return Substitution(guest_id, at, desk, operator, old, new, code)


def substitutions_of(event: Event, guest_id: int) -> list[Substitution]:
    """Every hand-over of the registration, oldest first: the history of its names."""
    rows = event.db.query("SELECT * FROM substitutions WHERE guest_id = ? ORDER BY id", [guest_id])
    return [
        Substitution(
            r["guest_id"],
            r["at"],
            r["desk"] or "",
            r["operator"] or "",
            json.loads(r["old_person"]),
            json.loads(r["new_person"]),
        )
        for r in rows
    ]
