"""Pairing desks with a join code (``join_codes``), refusing the rest, and unpairing.

The joining desk introduces itself to Syncthing under a name that carries the code's
token; the showing desk accepts a device only with a token it issued that is still open
(then the token is used up). Every other knock is refused, and told why: the showing desk
offers the device a small folder whose label is the reason ("removed", "code_used", …),
which the joining desk reads and reports ("this desk was removed") instead of waiting for
a network that is not the problem. The refused device never gets the event folder, and is
dropped again after ``REFUSE_SECONDS``. An unpaired desk's identity, and the code it held,
are refused for good; unpairing also withdraws every code still open.
"""

from __future__ import annotations

import json
import re
import socket
import time
from datetime import timedelta
from pathlib import Path

from checkin.clock import from_text, to_text
from checkin.errors import CheckinError
from checkin.event import Event
from checkin.sync import join_codes, snapshot
from checkin.sync.join_codes import JoinCode, JoinCodeError, parse  # noqa: F401 (public)
from checkin.sync.journal import EVENT_ID, ensure_identity
from checkin.sync.syncthing import Syncthing, SyncthingError

UNPAIRED = "sync.unpaired"
REFUSING = "sync.refusing"  # {device: {"reason", "until", "folder"}} on the showing desk
REFUSED_PREFIX = "checkin-refused-"
REFUSE_SECONDS = 90
REASONS = ("removed", "code_used", "code_expired", "code_revoked")


def lan_address(towards: str = "192.0.2.1") -> str:
    """This computer's address on the network that leads to ``towards`` (no packet is sent)."""
    try:
        with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as s:
            s.connect((towards, 9))
            return s.getsockname()[0]
    except OSError:
        return "127.0.0.1"


def own_address(instance: Syncthing, towards: str = "192.0.2.1") -> str:
    host = instance.listen_host
    if host in ("0.0.0.0", ""):
        host = lan_address(towards)
    return f"tcp://{host}:{instance.listen_port}"


def default_folder(event_path: Path) -> Path:
    """The event's sync folder: next to the event file."""
    event_path = Path(event_path)
    return event_path.with_name(event_path.name + ".sync")


def unpaired_devices(event: Event) -> set[str]:
    return set(json.loads(event.setting(UNPAIRED) or "[]"))


# -- the desk that shows the code -------------------------------------------------------------
def make_join_code(event: Event, instance: Syncthing, folder: Path) -> JoinCode:
    """A one-off join code for this event; also shares the folder and publishes a snapshot."""
    desk_id, _ = ensure_identity(event)
    event_id = event.setting(EVENT_ID)
    token, expires = join_codes.issue(event)
    if instance.running:
        instance.share_folder(event_id, event.info.name, folder, [])
    snapshot.publish(event, folder, desk_id)
    address = own_address(instance)
    return JoinCode(event_id, token, instance.device_id, address, event.info.name, expires)


def _name_parts(name: str) -> tuple[str, str | None, str | None]:
    """'Desk 2 #TOKEN @tcp://1.2.3.4:22000' -> ('Desk 2', 'TOKEN', 'tcp://...')."""
    match = re.match(r"^(.*?)\s*#(\w+)(?:\s*@(\S+))?\s*$", name or "")
    if not match:
        return name, None, None
    return match.group(1), match.group(2).upper(), match.group(3)


def accept_pending(event: Event, instance: Syncthing, folder: Path) -> list[str]:
    """Pair the devices that knocked with an open token of ours; refuse the others, saying why.

    Returns the ids of the devices paired now.
    """
    unpaired = unpaired_devices(event)
    refusing = _refusing(event)
    accepted = []
    for device_id, info in instance.pending_devices().items():
        name, token, address = _name_parts(info.get("name", ""))
        if device_id in refusing:
            continue
        if device_id in unpaired:
            reason = "removed"
        elif token is None:
            continue  # not a desk joining with a code: nothing to say
        else:
            reason = join_codes.check(event, token, unpaired)
        if reason == "code_unknown":
            continue  # a code of another desk (it pairs the device), or a typo
        if reason is not None:
            _refuse(event, instance, device_id, reason, address)
            continue
        instance.add_device(device_id, name or device_id[:7], [address] if address else None)
        instance.share_folder(event.setting(EVENT_ID), event.info.name, folder, [device_id])
        join_codes.mark_used(event, token, device_id)
        accepted.append(device_id)
    _end_refusals(event, instance)
    return accepted


def _refusing(event: Event) -> dict[str, dict]:
    return json.loads(event.setting(REFUSING) or "{}")


def _refuse(event: Event, instance: Syncthing, device_id: str, reason: str, address) -> None:
    """Tell a device why it is not paired: a folder offered to it, labelled with the reason."""
    folder_id = REFUSED_PREFIX + device_id[:7].lower()
    path = instance.home / "refusals" / folder_id
    instance.add_device(device_id, "refused", [address] if address else None)
    instance.share_folder(folder_id, reason, path, [device_id])
    refusing = _refusing(event)
    until = to_text(event.clock() + timedelta(seconds=REFUSE_SECONDS))
    refusing[device_id] = {"reason": reason, "until": until, "folder": folder_id}
    event.set_setting(REFUSING, json.dumps(refusing))


def _end_refusals(event: Event, instance: Syncthing) -> None:
    """Drop refused devices once they had time to read why (they are refused again if they
    knock again)."""
    refusing = _refusing(event)
    now = event.clock()
    done = [d for d, entry in refusing.items() if from_text(entry["until"]) <= now]
    if not done:
        return
    paired = paired_devices(event, instance)
    for device_id in done:
        instance.delete_folder(refusing[device_id]["folder"])
        if device_id not in paired:
            instance.remove_device(device_id)
        del refusing[device_id]
    event.set_setting(REFUSING, json.dumps(refusing))


def paired_devices(event: Event, instance: Syncthing) -> set[str]:
    """The devices the event folder is shared with (not this desk's own)."""
    current = instance.folder(event.setting(EVENT_ID) or "")
    if current is None:
        return set()
    return {d["deviceID"] for d in current["devices"]} - {instance.device_id}


def unpair(event: Event, instance: Syncthing, device_id: str, journal=None) -> None:
    """Stop sharing with a desk; it, and the code it held, are never accepted again.

    Every join code still open is withdrawn too. With the desk's ``journal``, the other
    desks learn it and stop sharing with it.
    """
    unpaired = unpaired_devices(event)
    unpaired.add(device_id)
    event.set_setting(UNPAIRED, json.dumps(sorted(unpaired)))
    join_codes.revoke_all(event)
    if journal is not None:
        journal.record_unpair(device_id)
    enforce_unpaired(event, instance)


def enforce_unpaired(event: Event, instance: Syncthing) -> list[str]:
    """Stop sharing with every unpaired device; drop it unless it is being told why."""
    unpaired = unpaired_devices(event)
    refusing = _refusing(event)
    removed = []
    for device in instance.devices():
        device_id = device["deviceID"]
        if device_id in unpaired:
            instance.unshare(event.setting(EVENT_ID), device_id)
            if device_id not in refusing:
                instance.remove_device(device_id)
            removed.append(device_id)
    return removed


# -- the desk that joins -----------------------------------------------------------------------
def request_join(code: JoinCode, instance: Syncthing, folder: Path, desk_name: str) -> None:
    """Knock at the other desk with the token, and share the event folder with it only."""
    host = code.address.removeprefix("tcp://").rsplit(":", 1)[0]
    me = own_address(instance, towards=host)
    instance.set_own_name(f"{desk_name} #{code.token} @{me}")
    instance.add_device(
        code.device_id, code.event_name or code.device_id[:7], [code.address], introducer=True
    )
    instance.share_folder(code.event_id, code.event_name or code.event_id, folder, [code.device_id])


def refusal(instance: Syncthing, by: str | None = None) -> str | None:
    """Why another desk (``by``, or any) refused this one, if it said so; else None."""
    try:
        pending = instance.get("/rest/cluster/pending/folders") or {}
    except (OSError, SyncthingError):
        return None
    for folder_id, info in pending.items():
        if not folder_id.startswith(REFUSED_PREFIX):
            continue
        for device_id, offer in (info.get("offeredBy") or {}).items():
            if by is None or device_id == by:
                label = offer.get("label", "")
                return label if label in REASONS else "removed"
    return None


def join(
    event_path: Path, code_text: str, instance: Syncthing, *, desk_name: str, timeout: float = 120
) -> Event:
    """Join an event shown on another desk: wait for its snapshot and start from it."""
    code = parse(code_text)
    folder = default_folder(event_path)
    instance.start()
    request_join(code, instance, folder, desk_name)
    deadline = time.monotonic() + timeout
    while (found := snapshot.latest(folder)) is None:
        reason = refusal(instance, code.device_id)
        if reason is not None:
            raise CheckinError(f"join_refused_{reason}")
        if time.monotonic() > deadline:
            raise CheckinError("join_timeout", seconds=int(timeout))
        time.sleep(0.2)
    event = snapshot.restore(found, event_path)
    ensure_identity(event, desk_name)
    instance.set_own_name(desk_name)  # the used code need not stay in the name
    return event
