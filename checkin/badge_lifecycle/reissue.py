"""Reprint a badge: the guest gets the next badge version and the old code is void at once.

Each reissue is logged in ``badge_reissues`` (when, which desk, who, why); the guest row
keeps the latest one too (``badge_replaced_*``), because the guest row is what the sync
journal carries to the other desks.
"""

from __future__ import annotations

import json
from dataclasses import dataclass

from checkin import audit, codes, guests
from checkin import changes as change_hook
from checkin.clock import to_text
from checkin.errors import InvalidInput
from checkin.event import Event
from checkin.models import Guest

LOST, DAMAGED, TYPO, SUBSTITUTE = "lost", "damaged", "typo", "substitute"
REASONS = (LOST, DAMAGED, TYPO)  # what a user may give; SUBSTITUTE comes from substitution
BADGE_REISSUED = "badge_reissued"  # audit action


@dataclass(frozen=True)
class Reissue:
    guest_id: int
    old_version: int
    new_version: int
    reason: str
    at: str
    desk: str = ""
    operator: str = ""
    code: str = ""  # the new badge's code (empty in the history)


@dataclass(frozen=True)
class Replacement:
    """What the desk needs when a void badge is scanned."""

    guest: Guest  # the registration as it is now: its current badge holder
    scanned_version: int
    current_version: int
    reason: str  # lost / damaged / typo / substitute ("" if unknown)
    at: str | None  # when the scanned badge was voided (None if unknown)
    desk: str  # at which desk
    voided_holder: str = ""  # whose badge it was, when a substitute took the registration

    @property
    def holder(self) -> str:
        return self.guest.full_name


def _check_reason(reason: str, allowed=REASONS) -> str:
    reason = (reason or "").strip().lower()
    if reason not in allowed:
        raise InvalidInput("reissue_reason", reason=reason, reasons=", ".join(allowed))
    return reason


def void_current(
    event: Event, guest: Guest, reason: str, *, desk: str, operator: str, at: str
) -> Reissue:
    """Move the guest to the next badge version. Call inside ``event.writing()``."""
    old = guest.badge_version
    new = old + 1
    if new > codes.MAX_VERSION:
        raise InvalidInput("badge_versions_used_up", guest=guest.full_name, limit=codes.MAX_VERSION)
    event.db.execute(
        "UPDATE guests SET badge_version = ?, badge_replaced_at = ?, badge_replaced_desk = ?,"
        " badge_replaced_reason = ?, updated_at = ? WHERE id = ?",
        [new, at, desk, reason, at, guest.id],
    )
    event.db["badge_reissues"].insert(
        {
            "guest_id": guest.id,
            "at": at,
            "desk": desk,
            "operator": operator,
            "reason": reason,
            "old_version": old,
            "new_version": new,
        }
    )
    audit.record(
        event,
        BADGE_REISSUED,
        guest_id=guest.id,
        details={"reason": reason, "old_version": old, "new_version": new},
        desk=desk,
        operator=operator,
    )
    return Reissue(guest.id, old, new, reason, at, desk, operator)


def reprint(
    event: Event,
    guest_id: int,
    reason: str = DAMAGED,
    *,
    desk: str | None = None,
    operator: str | None = None,
) -> Reissue:
    """Issue the guest's next badge (lost, damaged or a typo); the old code is void at once."""
    reason = _check_reason(reason)
    guest = guests.get_guest(event, guest_id)
    if guest.cancelled:
        raise InvalidInput("reissue_cancelled", guest=guest.full_name)
    desk, operator = audit.actor(event, desk, operator)
    at = to_text(event.clock())
    with event.writing():
        done = void_current(event, guest, reason, desk=desk, operator=operator, at=at)
    change_hook.record(event, "guest_updated", {"ids": [guest_id]})
    code = codes.make_code(event.secret, guest.token, done.new_version)
    return Reissue(**{**done.__dict__, "code": code})


def mark_lost(
    event: Event, guest_id: int, *, desk: str | None = None, operator: str | None = None
) -> Reissue:
    """The guest lost their badge: void it now; the returned Reissue has the new code."""
    return reprint(event, guest_id, LOST, desk=desk, operator=operator)


def reissues_of(event: Event, guest_id: int) -> list[Reissue]:
    rows = event.db.query("SELECT * FROM badge_reissues WHERE guest_id = ? ORDER BY id", [guest_id])
    return [
        Reissue(
            r["guest_id"],
            r["old_version"],
            r["new_version"],
            r["reason"],
            r["at"],
            r["desk"] or "",
            r["operator"] or "",
        )
        for r in rows
    ]


def replacement_for_scan(event: Event, scanned: str) -> Replacement | None:
    """For a scanned code whose badge was replaced: when, where, why, and who holds it now."""
    parsed = codes.parse_code(event.secret, scanned)
    if parsed.status is not codes.CodeStatus.VALID:
        return None
    guest = guests.find_by_token(event, parsed.token)
    if guest is None or guest.badge_version == parsed.version:
        return None
    row = event.db.execute(
        "SELECT at, desk, reason FROM badge_reissues WHERE guest_id = ? AND old_version = ?"
        " ORDER BY id DESC LIMIT 1",
        [guest.id, parsed.version],
    ).fetchone()
    if row is None:  # replaced at another desk: the guest row came through the journal
        row = event.db.execute(
            "SELECT badge_replaced_at, badge_replaced_desk, badge_replaced_reason"
            " FROM guests WHERE id = ?",
            [guest.id],
        ).fetchone()
    at, desk, reason = row if row else (None, "", "")
    holder = guest.full_name
    if reason == SUBSTITUTE:
        before = event.db.execute(
            "SELECT old_person FROM substitutions WHERE guest_id = ? AND at = ?", [guest.id, at]
        ).fetchone()
        person = json.loads(before[0]) if before else {}
        name = " ".join(p for p in (person.get("given_name"), person.get("family_name")) if p)
        if not name:  # substituted at another desk: the guest row says whom for
            found = event.db.execute(
                "SELECT substitute_for FROM guests WHERE id = ?", [guest.id]
            ).fetchone()
            name = found[0] if found else ""
        holder = name or ""
    return Replacement(
        guest, parsed.version, guest.badge_version, reason or "", at, desk or "", holder
    )
