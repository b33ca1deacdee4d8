"""The admin PIN of an event: import, delete, settings, export and purge sit behind it.

The PIN is kept as a salted scrypt hash in the event's settings. Wrong attempts are
counted in the file too, so restarting the app does not reset them: after a few wrong
PINs, further attempts are refused for a while that doubles with every further miss.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
from datetime import timedelta

from checkin import audit
from checkin.clock import from_text, to_text
from checkin.errors import PinError
from checkin.event import Event

MIN_LENGTH = 4
FREE_ATTEMPTS = 3  # wrong PINs allowed before the waiting starts
FIRST_WAIT_SECONDS = 30
MAX_WAIT_SECONDS = 15 * 60

_PIN = "admin_pin"
_FAILURES = "admin_pin_failures"
_LOCKED_UNTIL = "admin_pin_locked_until"
_SCRYPT = {"n": 2**14, "r": 8, "p": 1}


def _hash(pin: str, salt: bytes, n: int, r: int, p: int) -> bytes:
    return hashlib.scrypt(pin.encode("utf-8"), salt=salt, n=n, r=r, p=p, dklen=32)


def has_pin(event: Event) -> bool:
    return bool(event.setting(_PIN))


def set_pin(event: Event, pin: str, *, current: str | None = None) -> None:
    """Set or change the PIN; changing it needs the current one."""
    pin = pin.strip()
    if len(pin) < MIN_LENGTH:
        raise PinError("pin_too_short", min=MIN_LENGTH)
    if has_pin(event):
        check_pin(event, current or "")
    salt = secrets.token_bytes(16)
    digest = _hash(pin, salt, **_SCRYPT)
    stored = f"scrypt${_SCRYPT['n']}${_SCRYPT['r']}${_SCRYPT['p']}${salt.hex()}${digest.hex()}"
    with event.writing():
        for key, value in ((_PIN, stored), (_FAILURES, "0"), (_LOCKED_UNTIL, "")):
            event.db["settings"].upsert({"key": key, "value": value}, pk="key")
        audit.record(event, audit.PIN_SET)


def seconds_locked(event: Event) -> int:
    """How long attempts are refused still (0: an attempt may be made now)."""
    until = event.setting(_LOCKED_UNTIL) or ""
    if not until:
        return 0
    left = (from_text(until) - event.clock()).total_seconds()
    return max(0, int(left + 0.999))


def verify_pin(event: Event, pin: str) -> bool:
    """True if ``pin`` is right. A wrong one counts; raises PinError while attempts wait."""
    stored = event.setting(_PIN)
    if not stored:
        raise PinError("pin_not_set")
    wait = seconds_locked(event)
    if wait:
        raise PinError("pin_locked", seconds=wait)
    _, n, r, p, salt, digest = stored.split("$")
    candidate = _hash(pin.strip(), bytes.fromhex(salt), int(n), int(r), int(p))
    if hmac.compare_digest(candidate, bytes.fromhex(digest)):
        if event.setting(_FAILURES, "0") != "0":
            _store(event, failures=0, locked_until="")
        return True
    failures = int(event.setting(_FAILURES, "0") or 0) + 1
    locked_until = ""
    if failures >= FREE_ATTEMPTS:
        wait = min(FIRST_WAIT_SECONDS * 2 ** (failures - FREE_ATTEMPTS), MAX_WAIT_SECONDS)
        locked_until = to_text(event.clock() + timedelta(seconds=wait))
    _store(event, failures=failures, locked_until=locked_until, failed=True)
    return False


def check_pin(event: Event, pin: str) -> None:
    """Like verify_pin, but a wrong PIN raises PinError('pin_wrong')."""
    if not verify_pin(event, pin):
        raise PinError("pin_wrong")


def clear_pin(event: Event, current: str) -> None:
    check_pin(event, current)
    with event.writing():
        event.db.execute(
            "DELETE FROM settings WHERE key IN (?, ?, ?)", [_PIN, _FAILURES, _LOCKED_UNTIL]
        )
        audit.record(event, audit.PIN_SET, details={"cleared": True})


def _store(event: Event, *, failures: int, locked_until: str, failed: bool = False) -> None:
    with event.writing():
        event.db["settings"].upsert({"key": _FAILURES, "value": str(failures)}, pk="key")
        event.db["settings"].upsert({"key": _LOCKED_UNTIL, "value": locked_until}, pk="key")
        if failed:
            audit.record(event, audit.PIN_FAILED, details={"failures": failures})
