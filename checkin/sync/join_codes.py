"""Join codes: the short text (and QR) one desk shows and another types or scans.

``CJ1 <event id> <token> <device id> <host:port> #<event name>``: the showing desk's
Syncthing device id and address, the event's folder id, and a one-off token. A token is
good for one desk, for ``TOKEN_MINUTES``, and until an admin revokes it; the showing desk
keeps only its hash, so neither the event file nor a snapshot of it holds a usable code.

A code scanned on a German, French or Russian keyboard layout arrives garbled like a badge
code (``-`` as ``ß``, ``:`` as ``Ö``, letters in Cyrillic): every reading is tried and the
device id's own check characters pick the right one.
"""

from __future__ import annotations

import hashlib
import json
import re
import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta

from checkin.clock import from_text, to_text
from checkin.errors import CheckinError
from checkin.event import Event
from checkin.keyinput.layouts import repair_scanner_layout

PREFIX = "CJ1"
TOKENS = "sync.join_tokens"  # {sha256(token): {"expires", "state", "device"}}
TOKEN_MINUTES = 30
KEEP_HOURS = 24  # used, revoked and expired codes are remembered this long (for the reason)
_DEVICE = re.compile(r"^[A-Z2-7]{7}(-[A-Z2-7]{7}){7}$")
_EVENT_ID = re.compile(r"^checkin-[0-9a-f]{4,32}$")
_TOKEN = re.compile(r"^[0-9A-F]{6,32}$")
_B32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"

OPEN, USED, REVOKED = "open", "used", "revoked"


class JoinCodeError(CheckinError):
    """A join code that cannot be read."""


@dataclass(frozen=True)
class JoinCode:
    event_id: str
    token: str
    device_id: str
    address: str  # tcp://host:port
    event_name: str = ""
    expires: str = ""  # when the token stops working (only on the showing desk)

    @property
    def text(self) -> str:
        host_port = self.address.removeprefix("tcp://")
        name = f" #{self.event_name}" if self.event_name else ""
        return f"{PREFIX} {self.event_id} {self.token} {self.device_id} {host_port}{name}"


def _luhn32(text: str) -> str:
    """Syncthing's check character for 13 characters of a device id."""
    factor, total = 1, 0
    for ch in text:
        addend = factor * _B32.index(ch)
        factor = 1 if factor == 2 else 2
        total += addend // 32 + addend % 32
    return _B32[(32 - total % 32) % 32]


def device_id_ok(device: str) -> bool:
    """A well-formed Syncthing device id whose four check characters match."""
    if not _DEVICE.match(device):
        return False
    raw = device.replace("-", "")
    return all(_luhn32(raw[i : i + 13]) == raw[i + 13] for i in range(0, 56, 14))


def _parse_one(text: str) -> JoinCode:
    text = (text or "").strip()
    name = ""
    if "#" in text:
        text, name = text.split("#", 1)
    parts = text.split()
    if len(parts) != 5 or parts[0].upper() != PREFIX:
        raise JoinCodeError("join_code_invalid", detail="it should start with CJ1 and have 5 parts")
    _, event_id, token, device, host_port = parts
    event_id, token, device = event_id.lower(), token.upper(), device.upper()
    if not _EVENT_ID.match(event_id) or not _TOKEN.match(token):
        raise JoinCodeError("join_code_invalid", detail="the event or the one-off code is damaged")
    if not device_id_ok(device):
        raise JoinCodeError("join_code_invalid", detail="the device id is damaged")
    host, _, port = host_port.rpartition(":")
    if not host or not port.isdigit():
        raise JoinCodeError("join_code_invalid", detail="the address has no port")
    return JoinCode(event_id, token, device, f"tcp://{host_port}", name.strip())


def parse(text: str) -> JoinCode:
    """Read a join code as typed or scanned (spaces, case and keyboard layout are forgiven)."""
    first_error = None
    for candidate in repair_scanner_layout((text or "").strip()):
        try:
            return _parse_one(candidate.text)
        except JoinCodeError as exc:
            first_error = first_error or exc
    raise first_error


# -- the tokens of the desk that shows codes --------------------------------------------------
def _hash(token: str) -> str:
    return hashlib.sha256(f"checkin join {token.upper()}".encode()).hexdigest()


def _load(event: Event, now: datetime) -> dict[str, dict]:
    raw = json.loads(event.setting(TOKENS) or "{}")
    kept = {}
    for key, entry in raw.items():
        if not isinstance(entry, dict):  # a code of an older checkin: plain, and long expired
            continue
        if from_text(entry["expires"]) + timedelta(hours=KEEP_HOURS) > now:
            kept[key] = entry
    return kept


def issue(event: Event) -> tuple[str, str]:
    """A new one-off token and when it expires (only its hash is kept)."""
    now = event.clock()
    tokens = _load(event, now)
    token = secrets.token_hex(5).upper()
    expires = to_text(now + timedelta(minutes=TOKEN_MINUTES))
    tokens[_hash(token)] = {"expires": expires, "state": OPEN, "device": ""}
    event.set_setting(TOKENS, json.dumps(tokens))
    return token, expires


def check(event: Event, token: str, unpaired: set[str]) -> str | None:
    """None if ``token`` may pair a desk now; otherwise the refusal reason."""
    now = event.clock()
    entry = _load(event, now).get(_hash(token))
    if entry is None:
        return "code_unknown"
    if entry["device"] and entry["device"] in unpaired:
        return "removed"  # the code a removed desk held
    if entry["state"] == USED:
        return "code_used"
    if entry["state"] == REVOKED:
        return "code_revoked"
    if from_text(entry["expires"]) <= now:
        return "code_expired"
    return None


def mark_used(event: Event, token: str, device_id: str) -> None:
    tokens = _load(event, event.clock())
    entry = tokens.get(_hash(token))
    if entry is not None:
        entry.update(state=USED, device=device_id)
        event.set_setting(TOKENS, json.dumps(tokens))


def revoke_all(event: Event) -> int:
    """Withdraw every code still open; returns how many had not expired yet."""
    now = event.clock()
    tokens = _load(event, now)
    count = 0
    for entry in tokens.values():
        if entry["state"] == OPEN:
            entry["state"] = REVOKED
            count += from_text(entry["expires"]) > now
    event.set_setting(TOKENS, json.dumps(tokens))
    return count


def open_codes(event: Event) -> int:
    now = event.clock()
    return sum(
        1
        for e in _load(event, now).values()
        if e["state"] == OPEN and from_text(e["expires"]) > now
    )
