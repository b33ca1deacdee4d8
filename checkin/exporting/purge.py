"""Remove personal data after the event, keeping anonymous counts.

The guests stay as anonymous rows (category, table, language and, if asked, organisation
are kept), so attendance per item, category and table can still be counted from the
check-in log, which stays as it is: it holds ids, times and desks, no names. Names,
contacts, notes and imported extras are blanked; the desks' per-field sync copies, the
meeting wishes and the personal values in the audit trail go too. The file is then
vacuumed with ``secure_delete`` so the old values do not linger in free pages or the WAL.

The copies checkin made of the file hold the same data, so they are deleted as well: the
rolling backups (in ``<name>.backups/`` and the chosen backup folder), the copies kept
before schema upgrades (``<name>.vN.bak``), the files ``restore`` put aside
(``<name>.replaced-TIME``) and half-written leftovers. ``PurgeResult.removed`` lists them.
The desks' sync folder is shared with the other desks and is only named in
``PurgeResult.backups``, with any copy that could not be deleted, for the user to handle.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

from checkin import audit, backup
from checkin.clock import to_text
from checkin.errors import InvalidInput
from checkin.event import Event

PURGED_SETTING = "personal_data_purged_at"
PERSONAL_TEXT = (
    "salutation", "given_name", "patronymic", "family_name", "position", "email", "phone",
    "notes", "external_id", "external_barcode", "checkin_text",
)  # fmt: skip
PERSONAL_DATA_PURGED = "personal_data_purged"


@dataclass(frozen=True)
class PurgeResult:
    guests: int
    kept_organisation: bool
    backups: list[Path] = field(default_factory=list)  # what still holds personal data
    removed: list[Path] = field(default_factory=list)  # copies deleted with the purge


def _columns(event: Event, table: str) -> set[str]:
    return {r[1] for r in event.db.execute(f"PRAGMA table_info({table})")}


def _has_table(event: Event, table: str) -> bool:
    sql = "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?"
    return event.db.execute(sql, [table]).fetchone() is not None


def _redact(details: str | None, personal: set[str]) -> str | None:
    try:
        data = json.loads(details or "{}")
    except ValueError:
        return "{}"
    if not isinstance(data, dict):
        return "{}"
    return json.dumps({k: (None if k in personal else v) for k, v in data.items()})


def purge_personal_data(
    event: Event, *, confirmed: bool = False, keep_organisation: bool = False
) -> PurgeResult:
    """Blank every guest's personal fields. Refuses unless ``confirmed`` is True."""
    if not confirmed:
        raise InvalidInput("purge_not_confirmed")
    columns = _columns(event, "guests")
    personal = [c for c in PERSONAL_TEXT if c in columns]
    if not keep_organisation:
        personal.append("organisation")
    blank = {c: "" for c in personal}
    if "extra" in columns:
        blank["extra"] = "{}"
    if "substitute_for" in columns:  # the name of whom a substitute came for
        blank["substitute_for"] = ""
    if "extra_codes" in columns:  # ticket codes of other systems (the trigger empties guest_codes)
        blank["extra_codes"] = "[]"
    redact_keys = set(blank) | {"scanned", "name"}
    conn = event.db.conn
    conn.execute("PRAGMA secure_delete = ON")  # overwritten, not just unlinked
    with event.writing():
        count = event.db.execute("SELECT COUNT(*) FROM guests").fetchone()[0]
        assignments = ", ".join(f"{c} = ?" for c in blank)
        event.db.execute(f"UPDATE guests SET {assignments}", list(blank.values()))
        for table in (
            "sync_guest_state",
            "sync_guest_history",
            "meeting_wishes",
            "substitutions",
            "pretix_positions",  # what was pulled from pretix: names, e-mails, answers
        ):
            if _has_table(event, table):
                event.db.execute(f"DELETE FROM {table}")
        if _has_table(event, "audit"):
            _redact_audit(event, redact_keys)
            audit.record(event, PERSONAL_DATA_PURGED,
                         details={"guests": count, "kept_organisation": keep_organisation})  # fmt: skip
        event.db.execute(
            "INSERT OR REPLACE INTO settings (key, value) VALUES (?, ?)",
            [PURGED_SETTING, to_text(event.clock())],
        )
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.execute("VACUUM")
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    removed, remaining = _remove_copies(event)
    sync_folder = _sync_folder(event.path)
    if sync_folder.is_dir():  # the desks' journals and snapshots carry guest records
        remaining.append(sync_folder)
    return PurgeResult(count, keep_organisation, remaining, removed)


def personal_copies(event: Event) -> list[Path]:
    """The files checkin made that hold the event's data as it was: backups, upgrade
    copies, replaced files and leftovers of an interrupted backup or restore."""
    path = event.path
    found = []
    for folder in {None, event.setting(backup.FOLDER_SETTING) or None}:
        found += [b.path for b in backup.list_backups(path, folder)]
        where = backup.backup_dir(path, folder)
        if where.is_dir():
            found += where.glob(f"{backup.stem(path)}-*{backup.BACKUP_SUFFIX}.partial")
    for pattern in (f"{path.name}.v*.bak", f"{path.name}.replaced-*", f".{path.name}.restoring"):
        found += path.parent.glob(pattern)
    return sorted({p for p in found if p.is_file()})


def _remove_copies(event: Event) -> tuple[list[Path], list[Path]]:
    removed, remaining = [], []
    for copy in personal_copies(event):
        try:
            copy.unlink()
            removed.append(copy)
        except OSError:  # a read-only stick, say: named for the user to delete
            remaining.append(copy)
    return removed, remaining


def _sync_folder(path: Path) -> Path:
    from checkin.sync.pairing import default_folder

    return default_folder(path)


def _redact_audit(event: Event, personal: set[str]) -> None:
    """The audit trail is append-only; its trigger is lifted for this one confirmed purge
    and put back, unchanged, in the same transaction."""
    row = event.db.execute(
        "SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = 'audit_no_update'"
    ).fetchone()
    if row is not None:
        event.db.execute("DROP TRIGGER audit_no_update")
    rows = event.db.execute("SELECT id, details FROM audit").fetchall()
    event.db.conn.executemany(
        "UPDATE audit SET details = ? WHERE id = ?",
        [(_redact(details, personal), rid) for rid, details in rows],
    )
    if row is not None:
        event.db.execute(row[0])


def is_purged(event: Event) -> bool:
    return event.setting(PURGED_SETTING) is not None
