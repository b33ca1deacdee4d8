"""The audit trail: who (desk, operator) changed what, and when.

Guest edits, cancellations and deletions, refused or repeated scans and admin actions
are written to the append-only table ``audit`` in the same transaction as the change
itself. Check-ins, check-outs and undos already carry desk, operator and time in their
own append-only log; ``trail()`` merges both into one history.
"""

from __future__ import annotations

import getpass
import json
import socket
from dataclasses import dataclass, field

from checkin.clock import to_text
from checkin.errors import CheckinError
from checkin.event import Event

# Actions written to the audit table (check-in log actions appear as checkin_in/out/undo).
GUEST_ADDED = "guest_added"
GUEST_EDITED = "guest_edited"
GUEST_CANCELLED = "guest_cancelled"
GUEST_RESTORED = "guest_restored"
GUEST_DELETED = "guest_deleted"
SCAN_REFUSED = "scan_refused"
SCAN_REPEATED = "scan_repeated"
PIN_SET = "pin_set"
PIN_FAILED = "pin_failed"
PIN_CLEARED = "pin_cleared"
PIN_REMOVED_OUTSIDE = "pin_removed_outside"  # its rows were deleted with another tool
ADMIN_UNLOCKED = "admin_unlocked"
BACKUP_RESTORED = "backup_restored"


@dataclass(frozen=True)
class AuditEntry:
    at: str
    action: str
    desk: str = ""
    operator: str = ""
    guest_id: int | None = None
    item_id: int | None = None
    details: dict = field(default_factory=dict)
    id: int | None = None  # None for entries that come from the check-in log

    def to_dict(self) -> dict:
        return {
            "id": self.id,
            "at": self.at,
            "action": self.action,
            "desk": self.desk,
            "operator": self.operator,
            "guest_id": self.guest_id,
            "item_id": self.item_id,
            "details": self.details,
        }


DESK_NAME = "sync.desk_name"  # set when the event is shared with other desks (sync.journal)


def actor(event: Event, desk: str | None = None, operator: str | None = None) -> tuple[str, str]:
    """The desk and operator to record: given ones, else the event's, else host and login.

    The event's desk is the one set for this session, else the desk's name among the synced
    desks, so a check-in from ``checkin scan`` names the same desk as the desk window.
    """
    desk = desk if desk is not None else event.desk
    operator = operator if operator is not None else event.operator
    if desk is None:
        desk = event.setting(DESK_NAME) or socket.gethostname() or "desk"
    if operator is None:
        try:
            operator = getpass.getuser()
        except Exception:  # no user name on some kiosk set-ups
            operator = ""
    return desk, operator


def record(
    event: Event,
    action: str,
    *,
    guest_id: int | None = None,
    item_id: int | None = None,
    details: dict | None = None,
    desk: str | None = None,
    operator: str | None = None,
) -> None:
    """Append one entry. Call it inside the transaction of the change it describes."""
    desk, operator = actor(event, desk, operator)
    event.db.execute(
        "INSERT INTO audit (at, desk, operator, action, guest_id, item_id, details)"
        " VALUES (?, ?, ?, ?, ?, ?, ?)",
        [
            to_text(event.clock()),
            desk,
            operator,
            action,
            guest_id,
            item_id,
            json.dumps(details or {}, ensure_ascii=False, default=str),
        ],
    )


def changes(before: dict, after: dict) -> dict:
    """Only the fields that really changed, as {field: [old, new]}."""
    return {k: [before.get(k), v] for k, v in after.items() if before.get(k) != v}


def entries(event: Event, guest_id: int | None = None) -> list[AuditEntry]:
    """Rows of the audit table, oldest first."""
    sql, args = "SELECT * FROM audit", []
    if guest_id is not None:
        sql, args = sql + " WHERE guest_id = ?", [guest_id]
    return [
        AuditEntry(
            id=r["id"],
            at=r["at"],
            action=r["action"],
            desk=r["desk"] or "",
            operator=r["operator"] or "",
            guest_id=r["guest_id"],
            item_id=r["item_id"],
            details=json.loads(r["details"] or "{}"),
        )
        for r in event.db.query(sql + " ORDER BY id", args)
    ]


def trail(event: Event, guest_id: int | None = None) -> list[AuditEntry]:
    """The whole history: audit entries and the check-in log, in time order."""
    sql, args = "SELECT * FROM checkins", []
    if guest_id is not None:
        sql, args = sql + " WHERE guest_id = ?", [guest_id]
    log = [
        AuditEntry(
            at=r["at"],
            action=f"checkin_{r['action']}",
            desk=r["desk"] or "",
            operator=r["operator"] or "",
            guest_id=r["guest_id"],
            item_id=r["item_id"],
            details={"log_id": r["id"], "undoes": r["undoes"], "scanned": r["scanned"] or ""},
        )
        for r in event.db.query(sql + " ORDER BY id", args)
    ]
    return sorted(entries(event, guest_id) + log, key=lambda e: e.at)


# Scans worth a second look: a forged, foreign or voided badge, or a code used twice.
_NOTED_SCANS = {"forged_code", "other_event", "replaced_badge", "already_checked_in"}


def note_scan(
    event: Event,
    result: str,
    guest,
    item_id: int,
    scanned: str,
    desk: str | None = None,
    operator: str | None = None,
) -> None:
    """Record a refused or repeated scan. Best effort: the desk still shows the refusal."""
    if result not in _NOTED_SCANS or event.read_only:
        return
    action = SCAN_REPEATED if result == "already_checked_in" else SCAN_REFUSED
    try:
        with event.writing():
            record(
                event,
                action,
                guest_id=getattr(guest, "id", None),
                item_id=item_id,
                details={"result": result, "scanned": scanned},
                desk=desk,
                operator=operator,
            )
    except CheckinError:
        pass
