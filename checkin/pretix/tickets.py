"""Scanning pretix tickets that are not in the pulled list yet, offline.

A pulled position's secret is its guest's barcode and checks in like any imported barcode. A
signed ticket (pretix_sig1) bought after the last pull is verified with the event's public
keys and checked in as a new guest with what the ticket carries (product, hence category); the
next pull fills in the name. A ticket no key of this event signed (forged, or another event's)
is refused like a forged badge; a revoked one, or one for another product or time, is not valid.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import UTC, datetime

from checkin import audit, guest_codes, guests, programme
from checkin.event import Event
from checkin.models import Guest, ProgrammeItem
from checkin.pretix import signed
from checkin.pretix.connection import KEYS, SCOPE
from checkin.pretix.merge import SOURCE
from checkin.pretix.positions import Scope
from checkin.pretix.products import category_of
from checkin.pretix.products import load as load_products

FORGED, NOT_VALID, ADDED = "forged", "not_valid", "added"
ADDED_AUDIT = "pretix_ticket_added"


@dataclass(frozen=True)
class TicketOutcome:
    kind: str  # FORGED / NOT_VALID / ADDED
    guest: Guest | None = None
    reason: str = ""  # for NOT_VALID: revoked / product / time


def ticket_secret(event: Event, guest_id: int) -> str | None:
    """The guest's pretix ticket secret: the newest accepted code from pretix, else None."""
    found = [c.code for c in guest_codes.codes_of(event, guest_id) if c.source == SOURCE]
    return found[-1] if found else None


def _keys(event: Event) -> list | None:
    raw = event.setting(KEYS)
    if raw is None:
        return None  # not a pretix event: nothing here is a pretix ticket
    try:
        return signed.public_keys(json.loads(raw))
    except (ValueError, TypeError):
        return []


def verify(event: Event, text: str) -> signed.SignedTicket | None:
    """The signed ticket ``text`` is, checked against this event's keys; None if the event is
    not connected to pretix or ``text`` is not shaped like a signed ticket."""
    if not signed.looks_signed(text):  # cheap: most unknown scans stop here
        return None
    keys = _keys(event)
    if keys is None:
        return None
    return signed.verify(text.strip(), keys)


def is_valid_ticket(event: Event, text: str) -> bool:
    ticket = verify(event, text)
    return ticket is not None and ticket.status is signed.SignedStatus.VALID


def _scope(event: Event) -> Scope:
    try:
        data = json.loads(event.setting(SCOPE) or "{}")
    except ValueError:
        data = {}
    return Scope.from_list(data) if data else Scope()


def _not_valid_reason(event: Event, text: str, ticket: signed.SignedTicket) -> str:
    revoked = event.db.execute("SELECT 1 FROM pretix_revoked WHERE secret = ?", [text]).fetchone()
    if revoked:
        return "revoked"
    if not _scope(event).admits(ticket.item, ticket.subevent or None):
        return "product"
    now = event.clock().astimezone(UTC)
    if ticket.valid_from and now < datetime.fromtimestamp(ticket.valid_from, UTC):
        return "time"
    if ticket.valid_until and now > datetime.fromtimestamp(ticket.valid_until, UTC):
        return "time"
    return ""


def _holder_of_old_secret(event: Event, text: str) -> Guest | None:
    """The pulled guest whose ticket had this secret before pretix replaced it."""
    rows = event.db.execute(
        "SELECT guest_token, pulled FROM pretix_positions WHERE pulled LIKE ?",
        ["%" + text.replace("%", "").replace("_", "") + "%"],
    )
    for token, pulled in rows:
        if text in json.loads(pulled).get("old_secrets", []):
            return guests.find_by_token(event, token)
    return None


def resolve(event: Event, text: str, item: ProgrammeItem) -> TicketOutcome | None:
    """What to do with a scan that is neither our code nor a known barcode (None: unknown)."""
    text = text.strip()
    ticket = verify(event, text)
    if ticket is None:
        return None
    if ticket.status is not signed.SignedStatus.VALID:
        return TicketOutcome(FORGED)
    reason = _not_valid_reason(event, text, ticket)
    if reason:
        return TicketOutcome(NOT_VALID, _holder_of_old_secret(event, text), reason)
    # Each step commits on its own (add_guest tells the sync journal after its commit).
    guest = guests.add_guest(
        event,
        given_name="",
        family_name=f"Ticket {ticket.seed or text[:9]}",
        category=category_of(load_products(event), ticket.item),
    )
    guest_codes.add_codes(event, guest.id, [text], SOURCE)
    if not item.all_guests:
        programme.register(event, item.id, [guest.id])
    audit.record(event, ADDED_AUDIT, guest_id=guest.id, details={"product": ticket.item})
    return TicketOutcome(ADDED, guest)
