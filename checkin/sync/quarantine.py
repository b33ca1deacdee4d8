"""Journal records this desk refused: kept with their reason, never applied, shown to staff.

A refused record does not hold up the records after it. What it was (the start of its
line) and why it was refused stay in the event file for the desks panel and
``checkin sync --status``; nothing in it reaches the guest list or the log.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass

from checkin.clock import to_text
from checkin.event import Event
from checkin.i18n import QT_TRANSLATE_NOOP
from checkin.sync.records import MAX_LINE

# Reason keys and their texts ({detail}: the field or value concerned).
REASONS: dict[str, str] = {
    "damaged": QT_TRANSLATE_NOOP("core", "the line is damaged and cannot be read"),
    "too_long": QT_TRANSLATE_NOOP("core", "the line is longer than {limit} bytes"),
    "wrong_desk": QT_TRANSLATE_NOOP(
        "core", "it claims to come from another desk than the journal it is in ({detail})"
    ),
    "unknown_kind": QT_TRANSLATE_NOOP("core", "unknown kind of record ({detail})"),
    "missing": QT_TRANSLATE_NOOP("core", "a required part is missing ({detail})"),
    "not_allowed": QT_TRANSLATE_NOOP(
        "core", "it sets something another desk may not change ({detail})"
    ),
    "bad_value": QT_TRANSLATE_NOOP(
        "core", "a value has the wrong type or is out of range ({detail})"
    ),
    "bad_time": QT_TRANSLATE_NOOP(
        "core", "a time is not a time, or is too far from this desk's clock ({detail})"
    ),
    "token_taken": QT_TRANSLATE_NOOP(
        "core", "its badge code belongs to another guest at this desk ({detail})"
    ),
    "refers_to_refused": QT_TRANSLATE_NOOP(
        "core", "it refers to a record that was refused ({detail})"
    ),
    "apply_failed": QT_TRANSLATE_NOOP("core", "it could not be applied ({detail})"),
}


@dataclass(frozen=True)
class Quarantined:
    desk: str  # the journal (desk id) it came from
    seq: int
    reason: str  # a key of REASONS
    detail: str
    line: str  # the start of the line as it arrived
    found_at: str

    def describe(self) -> str:
        """The reason in English (the UI translates REASONS itself)."""
        return describe(self.reason, self.detail)

    def to_dict(self) -> dict:
        return {**asdict(self), "text": self.describe()}


def describe(reason: str, detail: str, template: str | None = None) -> str:
    template = template or REASONS.get(reason, reason)
    return template.format(detail=detail, limit=MAX_LINE)


def add(
    event: Event,
    desk: str,
    seq: int,
    reason: str,
    detail: str = "",
    raw: bytes = b"",
    guest_uid: str | None = None,
) -> None:
    """Note a refused record (caller holds the transaction); the same record only once."""
    event.db.execute(
        "INSERT OR IGNORE INTO sync_quarantine (desk, seq, reason, detail, line, guest_uid,"
        " found_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
        [
            desk,
            seq,
            reason,
            detail[:200],
            raw.decode("utf-8", "replace"),
            guest_uid,
            to_text(event.clock()),
        ],
    )


def entries(event: Event, desk: str | None = None) -> list[Quarantined]:
    where, params = ("WHERE desk = ?", [desk]) if desk else ("", [])
    rows = event.db.execute(
        f"SELECT desk, seq, reason, detail, line, found_at FROM sync_quarantine {where}"
        " ORDER BY id",
        params,
    )
    return [Quarantined(*row) for row in rows]


def refused_guests(event: Event) -> set[str]:
    """Guests (uids) whose arrival was refused: records about them can never apply."""
    rows = event.db.execute("SELECT guest_uid FROM sync_quarantine WHERE guest_uid IS NOT NULL")
    return {row[0] for row in rows}


def is_refused(event: Event, desk: str, seq: int) -> bool:
    return (
        event.db.execute(
            "SELECT 1 FROM sync_quarantine WHERE desk = ? AND seq = ?", [desk, seq]
        ).fetchone()
        is not None
    )
