"""Badge designs kept in the event file, so they travel to the other desks with it.

Designs are rows of ``badge_designs`` (their JSON), images rows of ``badge_assets`` (bytes
by SHA-256). The built-in standard look is not stored: it is made for each badge size
(default.py) and is what an event without designs of its own prints.
"""

from __future__ import annotations

import json
from collections.abc import Iterable

from checkin import changes
from checkin.badges.designs import model
from checkin.badges.designs.assets import Asset
from checkin.clock import to_text
from checkin.errors import InvalidInput
from checkin.event import Event

STANDARD = "standard"  # the built-in look; never stored, cannot be replaced
CHOSEN = "shared.badge_design"  # the design the event prints with (shared: travels)
CHANGE = "badge_design"  # the kind of change reported to listeners (the journal)


def list_designs(event: Event) -> list[str]:
    rows = event.db.execute(
        "SELECT name FROM badge_designs WHERE deleted = 0 ORDER BY name COLLATE NOCASE"
    )
    return [r[0] for r in rows]


def get_design(event: Event, name: str) -> model.Design:
    row = event.db.execute(
        "SELECT spec FROM badge_designs WHERE name = ? AND deleted = 0", [name]
    ).fetchone()
    if row is None:
        known = ", ".join([STANDARD, *list_designs(event)])
        raise InvalidInput("design_not_found", name=name, known=known)
    return model.from_dict(json.loads(row[0]))


def get_asset(event: Event, sha: str) -> Asset | None:
    row = event.db.execute("SELECT kind, data FROM badge_assets WHERE sha = ?", [sha]).fetchone()
    return Asset(sha, row[0], bytes(row[1])) if row else None


def assets_of(event: Event, design: model.Design) -> dict[str, Asset]:
    """The images ``design`` uses that this event file has (a missing one is left out)."""
    found = {}
    for sha in sorted(design.assets()):
        asset = get_asset(event, sha)
        if asset is not None:
            found[sha] = asset
    return found


def missing_assets(event: Event, design: model.Design) -> set[str]:
    return design.assets() - set(assets_of(event, design))


def add_assets(event: Event, assets: Iterable[Asset]) -> None:
    """Keep images (already checked by assets.make); caller may hold the transaction."""
    with event.writing():
        for asset in assets:
            event.db.execute(
                "INSERT OR IGNORE INTO badge_assets (sha, kind, data, added_at)"
                " VALUES (?, ?, ?, ?)",
                [asset.sha, asset.kind, asset.data, to_text(event.clock())],
            )


def save_design(event: Event, design: model.Design, assets: Iterable[Asset] = ()) -> None:
    """Store ``design`` (replacing one of the same name) with the images it brings."""
    if design.name.casefold() == STANDARD:
        raise InvalidInput("design_name_reserved", name=design.name)
    spec = json.dumps(model.to_dict(design), ensure_ascii=False, sort_keys=True)
    with event.writing():
        add_assets(event, assets)
        missing = missing_assets(event, design)
        if missing:
            raise InvalidInput("design_image_missing", name=design.name, sha=sorted(missing)[0])
        write_row(event, design.name, spec, to_text(event.clock()), event.desk or "", False)
    changes.record(event, CHANGE, {"name": design.name})


def delete_design(event: Event, name: str) -> None:
    get_design(event, name)  # refuses unknown names
    with event.writing():
        write_row(event, name, "{}", to_text(event.clock()), event.desk or "", True)
        chosen = event.setting(CHOSEN) == name
        if chosen:
            event.db.execute("DELETE FROM settings WHERE key = ?", [CHOSEN])
    changes.record(event, CHANGE, {"name": name})
    if chosen:
        changes.record(event, "settings", {})


def write_row(event: Event, name: str, spec: str, at: str, desk: str, deleted: bool) -> None:
    event.db.execute(
        "INSERT OR REPLACE INTO badge_designs (name, spec, updated_at, updated_desk, deleted)"
        " VALUES (?, ?, ?, ?, ?)",
        [name, spec, at, desk, int(deleted)],
    )


def stamp(event: Event, name: str) -> tuple[str, str] | None:
    """When and where the design (or its deletion) was last written."""
    row = event.db.execute(
        "SELECT updated_at, updated_desk FROM badge_designs WHERE name = ?", [name]
    ).fetchone()
    return (row[0], row[1] or "") if row else None


def chosen_design(event: Event) -> str:
    """The design the event prints with: one of its own, or the standard look."""
    name = event.setting(CHOSEN)
    return name if name and name in list_designs(event) else STANDARD


def choose_design(event: Event, name: str) -> None:
    if name != STANDARD:
        get_design(event, name)
    event.set_setting(CHOSEN, None if name == STANDARD else name)
    changes.record(event, "settings", {})  # a shared setting: the other desks print with it too
