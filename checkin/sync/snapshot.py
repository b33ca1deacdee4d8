"""Snapshots: a desk that joins late starts from a copy of the event, then applies the journals.

A snapshot is consistent in state *and* journal positions: everything in it has been
journaled first, and the copy carries which records it contains (``sync_applied``, and
``sync_origins`` for each check-in). So a desk started from it neither re-journals what
the showing desk already did (check-ins multiplied per joining desk) nor takes the copy's
older values for newer edits (a reprint undone), whatever the order of the steps.

The copy is made with SQLite's backup API (consistent while the desk keeps working) and is
written under a temporary name first, so Syncthing only ever shares complete snapshots.
Settings that belong to the showing desk (its identity, its join codes) are wiped from the
copy before it is shared.
"""

from __future__ import annotations

import os
import sqlite3
from datetime import UTC, datetime
from pathlib import Path

from checkin.errors import EventFileError
from checkin.event import Event
from checkin.sync.journal import DESK_ID, DESK_NAME, Journal

SNAPSHOTS = "snapshots"
# Settings that belong to one desk and must not travel with the copy.
DESK_SETTINGS = [DESK_ID, DESK_NAME, "sync.join_tokens", "sync.refusing"]


def publish(event: Event, folder: Path, desk_id: str) -> Path:
    """Write a fresh snapshot of the event into the sync folder; older ones of this desk go."""
    target_dir = Path(folder) / SNAPSHOTS
    target_dir.mkdir(parents=True, exist_ok=True)
    # Journal every change first: then the copy holds nothing the journals do not know.
    # Nothing writes in between (one writer per file, and this is its thread).
    Journal.writer(event, folder).flush()
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S%f")
    final = target_dir / f"{stamp}-{desk_id}.checkin"
    tmp = final.with_suffix(".tmp")
    dest = sqlite3.connect(str(tmp))
    try:
        event.db.conn.backup(dest)
        dest.execute("PRAGMA journal_mode = DELETE")  # one self-contained file
        dest.execute("PRAGMA secure_delete = ON")  # wiped settings leave no trace in the file
        marks = ",".join("?" * len(DESK_SETTINGS))
        dest.execute(f"DELETE FROM settings WHERE key IN ({marks})", DESK_SETTINGS)
        dest.execute("DELETE FROM sync_dirty")
        dest.commit()
    finally:
        dest.close()
    os.replace(tmp, final)
    for old in target_dir.glob(f"*-{desk_id}.checkin"):
        if old != final:
            old.unlink(missing_ok=True)
    return final


def latest(folder: Path) -> Path | None:
    """The newest complete snapshot in the sync folder (names start with their UTC time)."""
    found = sorted((Path(folder) / SNAPSHOTS).glob("*.checkin"))
    return found[-1] if found else None


def restore(snapshot: Path, target: Path) -> Event:
    """Create this desk's event file from a snapshot, without the other desk's identity."""
    target = Path(target)
    if target.exists():
        raise EventFileError("file_exists", path=str(target))
    src = sqlite3.connect(f"file:{snapshot}?mode=ro", uri=True)
    dest = sqlite3.connect(str(target))
    try:
        src.backup(dest)
    finally:
        src.close()
        dest.close()
    event = Event.open(target)
    with event.writing():  # an older snapshot may still carry them
        for key in DESK_SETTINGS:
            event.db.execute("DELETE FROM settings WHERE key = ?", [key])
    return event
