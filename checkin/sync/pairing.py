"""Pairing desks: a join code (short text and QR) shown on one desk, typed or scanned on another.

The code carries the showing desk's Syncthing device id and address, the event's folder id
and name, and a one-off token. The joining desk introduces itself to Syncthing under a name
that carries the token; the showing desk accepts only devices whose token it issued. A
device that was never paired, or was unpaired, is never given the folder.
"""

from __future__ import annotations

import json
import re
import secrets
import socket
import time
from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path

from checkin.clock import from_text, to_text
from checkin.errors import CheckinError
from checkin.event import Event
from checkin.sync import snapshot
from checkin.sync.journal import EVENT_ID, ensure_identity
from checkin.sync.syncthing import Syncthing

PREFIX = "CJ1"
TOKENS = "sync.join_tokens"
UNPAIRED = "sync.unpaired"
TOKEN_HOURS = 24
_DEVICE = re.compile(r"^[A-Z2-7]{7}(-[A-Z2-7]{7}){7}$")


class JoinCodeError(CheckinError):
    """A join code that cannot be read."""


@dataclass(frozen=True)
class JoinCode:
    event_id: str
    token: str
    device_id: str
    address: str  # tcp://host:port
    event_name: str = ""

    @property
    def text(self) -> str:
        host_port = self.address.removeprefix("tcp://")
        name = f" #{self.event_name}" if self.event_name else ""
        return f"{PREFIX} {self.event_id} {self.token} {self.device_id} {host_port}{name}"


def parse(text: str) -> JoinCode:
    """Read a join code as typed or scanned (spaces and case are forgiven)."""
    text = (text or "").strip()
    name = ""
    if "#" in text:
        text, name = text.split("#", 1)
    parts = text.split()
    if len(parts) != 5 or parts[0].upper() != PREFIX:
        raise JoinCodeError("join_code_invalid", detail="it should start with CJ1 and have 5 parts")
    _, event_id, token, device, host_port = parts
    device = device.upper()
    if not _DEVICE.match(device):
        raise JoinCodeError("join_code_invalid", detail="the device id is damaged")
    if ":" not in host_port:
        raise JoinCodeError("join_code_invalid", detail="the address has no port")
    return JoinCode(event_id.lower(), token.upper(), device, f"tcp://{host_port}", name.strip())


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


# -- the desk that shows the code -------------------------------------------------------------
def _tokens(event: Event) -> dict[str, str]:
    return json.loads(event.setting(TOKENS) or "{}")


def make_join_code(event: Event, instance: Syncthing, folder: Path) -> JoinCode:
    """A join code for this event; also shares the folder and publishes a fresh snapshot."""
    desk_id, _ = ensure_identity(event)
    event_id = event.setting(EVENT_ID)
    now = event.clock()
    tokens = {t: exp for t, exp in _tokens(event).items() if from_text(exp) > now}
    token = secrets.token_hex(3).upper()
    tokens[token] = to_text(now + timedelta(hours=TOKEN_HOURS))
    event.set_setting(TOKENS, json.dumps(tokens))
    if instance.running:
        instance.share_folder(event_id, event.info.name, folder, [])
    snapshot.publish(event, folder, desk_id)
    return JoinCode(event_id, token, instance.device_id, own_address(instance), event.info.name)


def _name_parts(name: str) -> tuple[str, str | None, str | None]:
    """'Desk 2 #TOKEN @tcp://1.2.3.4:22000' -> ('Desk 2', 'TOKEN', 'tcp://...')."""
    match = re.match(r"^(.*?)\s*#(\w+)(?:\s*@(\S+))?\s*$", name or "")
    if not match:
        return name, None, None
    return match.group(1), match.group(2).upper(), match.group(3)


def accept_pending(event: Event, instance: Syncthing, folder: Path) -> list[str]:
    """Pair the devices that knocked with a valid token from our join code; returns their ids."""
    tokens = _tokens(event)
    unpaired = set(json.loads(event.setting(UNPAIRED) or "[]"))
    now = event.clock()
    accepted = []
    for device_id, info in instance.pending_devices().items():
        name, token, address = _name_parts(info.get("name", ""))
        if device_id in unpaired or token is None or token not in tokens:
            continue
        if from_text(tokens[token]) <= now:
            continue
        instance.add_device(device_id, name or device_id[:7], [address] if address else None)
        instance.share_folder(event.setting(EVENT_ID), event.info.name, folder, [device_id])
        accepted.append(device_id)
    return accepted


def unpair(event: Event, instance: Syncthing, device_id: str, journal=None) -> None:
    """Stop sharing with a desk; it is never accepted again for this event.

    With the desk's ``journal``, the other desks learn it too and stop sharing with it.
    """
    unpaired = set(json.loads(event.setting(UNPAIRED) or "[]"))
    unpaired.add(device_id)
    event.set_setting(UNPAIRED, json.dumps(sorted(unpaired)))
    if journal is not None:
        journal.record_unpair(device_id)
    enforce_unpaired(event, instance)


def enforce_unpaired(event: Event, instance: Syncthing) -> list[str]:
    """Remove every unpaired device still in Syncthing's configuration."""
    unpaired = set(json.loads(event.setting(UNPAIRED) or "[]"))
    removed = []
    for device in instance.devices():
        if device["deviceID"] in unpaired:
            instance.unshare(event.setting(EVENT_ID), device["deviceID"])
            instance.remove_device(device["deviceID"])
            removed.append(device["deviceID"])
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
        if time.monotonic() > deadline:
            raise CheckinError("join_timeout", seconds=int(timeout))
        time.sleep(0.2)
    event = snapshot.restore(found, event_path)
    ensure_identity(event, desk_name)
    return event
