"""Badge designs travel between desks: the design in the journal, its images beside it.

A design record carries the design's JSON and its stamp (time, desk); per design the later
change wins, a deletion included. Images are too big for a journal line: each is written
once, by its SHA-256, to ``design-images/`` in the sync folder (a file per image, never
changed, so Syncthing never sees a conflict), and a desk takes the ones its designs use
when they have arrived — checked against their SHA-256 and read as images first.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

from checkin.badges.designs import assets as assets_mod
from checkin.badges.designs import model, store
from checkin.errors import InvalidInput
from checkin.event import Event

KIND = "design"
IMAGES = "design-images"
_JOURNALED = "sync.designs_journaled"  # {name: [at, desk]} this desk's journal has carried


def _journaled(event: Event) -> dict:
    try:
        data = json.loads(event.setting(_JOURNALED) or "{}")
    except ValueError:
        return {}
    return data if isinstance(data, dict) else {}


def unjournaled(event: Event) -> list[dict]:
    """Payloads for the designs changed here since the journal last carried them."""
    carried = _journaled(event)
    rows = event.db.execute(
        "SELECT name, spec, updated_at, updated_desk, deleted FROM badge_designs ORDER BY name"
    )
    out = []
    for name, spec, at, desk, deleted in rows:
        if carried.get(name) == [at, desk or ""]:
            continue
        design = None if deleted else json.loads(spec)
        out.append({"name": name, "design": design, "at": at, "desk": desk or "",
                    "deleted": bool(deleted)})  # fmt: skip
    return out


def flush(journal) -> int:
    """Journal the designs changed here: images into the sync folder, then the records,
    then note them (after a crash in between a design is journaled twice: harmless)."""
    payloads = unjournaled(journal.event)
    for payload in payloads:
        publish_images(journal.event, journal.folder, payload)
    journal.append(KIND, payloads)
    if payloads:
        with journal.event.writing():
            for payload in payloads:
                note(journal.event, payload)
    return len(payloads)


def publish_images(event: Event, folder: Path, payload: dict) -> None:
    """Put the images a design uses into the sync folder (once each, written atomically)."""
    if payload["design"] is None:
        return
    target = Path(folder) / IMAGES
    target.mkdir(parents=True, exist_ok=True)
    for sha in sorted(model.from_dict(payload["design"]).assets()):
        path = target / sha
        if path.exists():
            continue
        asset = store.get_asset(event, sha)
        if asset is None:
            continue
        tmp = path.with_suffix(".tmp")
        tmp.write_bytes(asset.data)
        os.replace(tmp, path)


def note(event: Event, payload: dict) -> None:
    """Remember that the journal carries this version (caller holds the transaction)."""
    carried = _journaled(event)
    carried[payload["name"]] = [payload["at"], payload["desk"]]
    event.db.execute(
        "INSERT OR REPLACE INTO settings (key, value) VALUES (?, ?)",
        [_JOURNALED, json.dumps(carried, ensure_ascii=False)],
    )


def apply(event: Event, payload: dict) -> None:
    """Another desk's design (caller holds the transaction); an older version is ignored.

    The payload is untrusted: a design that does not pass the model's checks is dropped.
    """
    name, at, desk = payload.get("name"), payload.get("at"), payload.get("desk", "")
    if not isinstance(name, str) or not isinstance(at, str) or not isinstance(desk, str):
        return
    try:
        name = model.clean_name(name)
        design = None if payload.get("deleted") else model.from_dict(payload.get("design"))
    except InvalidInput:
        return
    if design is not None and design.name != name or name.casefold() == store.STANDARD:
        return
    mine = store.stamp(event, name)
    if mine is not None and (at, desk) <= mine:
        return
    spec = "{}" if design is None else json.dumps(model.to_dict(design), ensure_ascii=False,
                                                 sort_keys=True)  # fmt: skip
    store.write_row(event, name, spec, at, desk, design is None)
    note(event, {"name": name, "at": at, "desk": desk})


def missing_any(event: Event) -> bool:
    """Whether a design of this event still waits for one of its images."""
    row = event.db.execute("SELECT 1 FROM badge_designs WHERE deleted = 0 LIMIT 1").fetchone()
    if row is None:
        return False
    return any(
        store.missing_assets(event, store.get_design(event, n)) for n in store.list_designs(event)
    )


def fetch_images(event: Event, folder: Path) -> int:
    """Take the images this desk's designs still miss from the sync folder; how many."""
    source = Path(folder) / IMAGES
    taken = 0
    for name in store.list_designs(event):
        for sha in sorted(store.missing_assets(event, store.get_design(event, name))):
            path = source / sha
            try:
                data = path.read_bytes()
            except OSError:
                continue  # not arrived yet
            try:
                asset = assets_mod.make(data, sha)
            except InvalidInput:
                continue
            if asset.sha == sha:
                store.add_assets(event, [asset])
                taken += 1
    return taken
