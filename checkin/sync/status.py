"""The desks of an event: paired, connected, last synced, pending changes, out-of-reach warning."""

from __future__ import annotations

import contextlib
import json
from dataclasses import asdict, dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

from checkin.clock import from_text, to_text
from checkin.event import Event
from checkin.sync import pairing
from checkin.sync.apply import applied_seq
from checkin.sync.journal import DESK_ID, EVENT_ID
from checkin.sync.records import read_lines
from checkin.sync.syncthing import Syncthing, SyncthingError

OUT_OF_REACH_MINUTES = 3


@dataclass(frozen=True)
class DeskStatus:
    desk_id: str  # journal id ("" for a paired desk that has written nothing yet)
    name: str
    device_id: str
    paired: bool
    connected: bool
    removed: bool  # unpaired: this event no longer accepts that desk
    last_synced: str | None  # UTC time (as checkin stores times): connected now, or last seen
    pending_here: int  # that desk's changes that arrived but are not applied here yet
    pending_there: int  # files of ours that desk still needs (from Syncthing)
    out_of_reach: bool  # not connected for OUT_OF_REACH_MINUTES or longer

    def to_dict(self) -> dict:
        return asdict(self)


def _journal_desks(folder: Path) -> dict[str, dict]:
    out = {}
    root = Path(folder) / "journal"
    if root.is_dir():
        for desk_dir in sorted(p for p in root.iterdir() if p.is_dir()):
            try:
                info = json.loads((desk_dir / "desk.json").read_text())
            except (OSError, ValueError):
                info = {}
            out[desk_dir.name] = {
                "name": info.get("name", desk_dir.name),
                "device": info.get("device", ""),
                "dir": desk_dir,
            }
    return out


def desks(
    event: Event, folder: Path, instance: Syncthing | None = None, now: datetime | None = None
) -> list[DeskStatus]:
    """Every other desk we know of, from the journals and (if running) from Syncthing."""
    now = now or datetime.now(UTC)
    own = event.setting(DESK_ID)
    journals = {k: v for k, v in _journal_desks(folder).items() if k != own}
    names, paired, connections, stats = {}, set(), {}, {}
    own_device = ""
    if instance is not None:
        try:
            own_device = instance.device_id
            names = {d["deviceID"]: d.get("name", "") for d in instance.devices()}
            paired = pairing.paired_devices(event, instance)
            connections = instance.connections()
            stats = instance.device_stats()
        except (OSError, SyncthingError):
            pass
    folder_id = event.setting(EVENT_ID)
    unpaired = pairing.unpaired_devices(event)
    by_device = {v["device"]: k for k, v in journals.items() if v["device"]}
    result = []
    for device_id in sorted(paired | set(by_device)):
        if device_id == own_device:
            continue
        desk_id = by_device.get(device_id, "")
        link = _Link(device_id, device_id in paired, device_id in unpaired, names)
        result.append(
            _one(
                event,
                folder_id,
                instance,
                desk_id,
                journals.get(desk_id),
                link,
                connections,
                stats,
                now,
            )
        )
    for desk_id, info in journals.items():
        if not info["device"]:
            link = _Link("", False, False, names)
            result.append(
                _one(event, folder_id, instance, desk_id, info, link, connections, stats, now)
            )
    return result


@dataclass(frozen=True)
class _Link:
    device_id: str
    paired: bool
    removed: bool
    names: dict


def _one(event, folder_id, instance, desk_id, info, link, connections, stats, now) -> DeskStatus:
    device_id = link.device_id
    connected = link.paired and bool(connections.get(device_id, {}).get("connected"))
    last = _utc(stats.get(device_id, {}).get("lastSeen"))
    if connected:
        last = to_text(now)
    pending_here = 0
    if info is not None:
        lines, _ = read_lines(info["dir"], applied_seq(event, desk_id))
        pending_here = len(lines)
    pending_there = 0
    if connected and instance is not None and folder_id:
        with contextlib.suppress(OSError, SyncthingError):
            pending_there = int(instance.completion(folder_id, device_id).get("needItems", 0))
    out_of_reach = False
    if link.paired and not connected:
        seen = from_text(last) if last else None
        out_of_reach = seen is None or now - seen >= timedelta(minutes=OUT_OF_REACH_MINUTES)
    name = (info["name"] if info else "") or link.names.get(device_id, "")
    return DeskStatus(
        desk_id,
        name or device_id[:7],
        device_id,
        link.paired,
        connected,
        link.removed,
        last,
        pending_here,
        pending_there,
        out_of_reach,
    )


def _utc(text: str | None) -> str | None:
    """Syncthing's time (nanoseconds, 'Z'; the year 1970 for never) as checkin writes times."""
    if not text or text.startswith("1970"):
        return None
    try:
        return to_text(datetime.fromisoformat(text))
    except ValueError:
        return None
