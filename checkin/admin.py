"""The admin PIN of an event: import, delete, settings, export and purge sit behind it.

The PIN is kept as a salted scrypt hash in the event's settings. scrypt is memory-hard:
each try needs ``KDF`` memory and time, so guessing a 6-digit PIN from a copied file takes
days on a laptop core (see KDF). Hashes made with a weaker cost are re-made with the
current one at the next correct entry.

Wrong attempts are counted in the file too, so restarting the app does not reset them:
after a few wrong PINs, further attempts are refused for a while that doubles with every
further miss.

Deleting the PIN's rows with an SQLite tool removes the protection; it cannot be
prevented in a file the user owns, but it is noticed: the append-only audit trail still
says a PIN was set, and ``pin_state`` reports it as removed outside checkin.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
from dataclasses import dataclass
from datetime import timedelta
from enum import Enum

from checkin import audit
from checkin.clock import from_text, to_text
from checkin.errors import CheckinError, PinError
from checkin.event import Event

MIN_LENGTH = 6
MAX_LENGTH = 128  # a passphrase is welcome; more is a pasted accident
FREE_ATTEMPTS = 3  # wrong PINs allowed before the waiting starts
FIRST_WAIT_SECONDS = 30
MAX_WAIT_SECONDS = 15 * 60

_PIN = "admin_pin"
_FAILURES = "admin_pin_failures"
_LOCKED_UNTIL = "admin_pin_locked_until"


@dataclass(frozen=True)
class Kdf:
    """scrypt's cost: memory is 128 · r · n bytes, time grows with n · r · p."""

    n: int
    r: int
    p: int

    @property
    def memory(self) -> int:
        return 128 * self.r * self.n

    def weaker_than(self, other: Kdf) -> bool:
        return self.n * self.r * self.p < other.n * other.r * other.p or self.memory < other.memory


# 256 MiB and about 0.55 s per try on one core of a 2020s laptop: 10^6 PINs of 6 digits take
# about 6 days to try (3 on average). 2^14 (16 MiB, 26–38 ms) let a 4-digit PIN fall in minutes.
KDF = Kdf(n=2**18, r=8, p=1)
_DIGEST_BYTES = 32


def _hash(pin: str, salt: bytes, kdf: Kdf) -> bytes:
    return hashlib.scrypt(
        pin.encode("utf-8"),
        salt=salt,
        n=kdf.n,
        r=kdf.r,
        p=kdf.p,
        maxmem=kdf.memory + 2**24,  # the default limit (32 MiB) is below our cost
        dklen=_DIGEST_BYTES,
    )


def _encode(pin: str) -> str:
    salt = secrets.token_bytes(16)
    digest = _hash(pin, salt, KDF)
    return f"scrypt${KDF.n}${KDF.r}${KDF.p}${salt.hex()}${digest.hex()}"


def _decode(stored: str) -> tuple[Kdf, bytes, bytes]:
    try:
        name, n, r, p, salt, digest = stored.split("$")
        if name != "scrypt":
            raise ValueError(name)
        return Kdf(int(n), int(r), int(p)), bytes.fromhex(salt), bytes.fromhex(digest)
    except ValueError as exc:  # a hand-edited row: no PIN can match it
        raise PinError("pin_unreadable") from exc


class PinState(Enum):
    NONE = "none"
    SET = "set"
    REMOVED_OUTSIDE = "removed_outside"  # the trail says a PIN was set; its rows are gone


def has_pin(event: Event) -> bool:
    return bool(event.setting(_PIN))


def _last_pin_change(event: Event) -> str | None:
    """PIN_SET or PIN_CLEARED, whichever the audit trail recorded last (None: neither)."""
    rows = event.db.execute(
        "SELECT action, details FROM audit WHERE action IN (?, ?, ?) ORDER BY id DESC LIMIT 1",
        [audit.PIN_SET, audit.PIN_CLEARED, audit.PIN_REMOVED_OUTSIDE],
    ).fetchall()
    if not rows:
        return None
    action, details = rows[0]
    if action == audit.PIN_SET and '"cleared": true' in (details or ""):
        return audit.PIN_CLEARED  # how clearing was recorded before PIN_CLEARED existed
    return action


def pin_state(event: Event) -> PinState:
    """Whether the event has a PIN, and whether one was removed behind checkin's back."""
    if has_pin(event):
        return PinState.SET
    if _last_pin_change(event) in (audit.PIN_SET, audit.PIN_REMOVED_OUTSIDE):
        return PinState.REMOVED_OUTSIDE
    return PinState.NONE


def note_removed_outside(event: Event) -> bool:
    """If the PIN was removed outside checkin, say so in the audit trail (once); True then."""
    if pin_state(event) is not PinState.REMOVED_OUTSIDE:
        return False
    if _last_pin_change(event) == audit.PIN_SET and not event.read_only:
        try:
            with event.writing():
                audit.record(event, audit.PIN_REMOVED_OUTSIDE)
        except CheckinError:
            pass  # noticed all the same; the trail gets it from the next desk that can write
    return True


def set_pin(event: Event, pin: str, *, current: str | None = None) -> None:
    """Set or change the PIN; changing it needs the current one."""
    pin = pin.strip()
    if len(pin) < MIN_LENGTH:
        raise PinError("pin_too_short", min=MIN_LENGTH)
    if len(pin) > MAX_LENGTH:
        raise PinError("pin_too_long", max=MAX_LENGTH)
    if has_pin(event):
        check_pin(event, current or "")
    stored = _encode(pin)
    with event.writing():
        for key, value in ((_PIN, stored), (_FAILURES, "0"), (_LOCKED_UNTIL, "")):
            event.db["settings"].upsert({"key": key, "value": value}, pk="key")
        audit.record(event, audit.PIN_SET)


def seconds_locked(event: Event) -> int:
    """How long attempts are refused still (0: an attempt may be made now)."""
    until = event.setting(_LOCKED_UNTIL) or ""
    if not until:
        return 0
    try:
        left = (from_text(until) - event.clock()).total_seconds()
    except ValueError:
        return 0
    return max(0, int(left + 0.999))


def verify_pin(event: Event, pin: str) -> bool:
    """True if ``pin`` is right. A wrong one counts; raises PinError while attempts wait.

    A file opened read-only cannot count a miss; the waiting it already asks for holds.
    """
    stored = event.setting(_PIN)
    if not stored:
        raise PinError("pin_not_set")
    wait = seconds_locked(event)
    if wait:
        raise PinError("pin_locked", seconds=wait)
    kdf, salt, digest = _decode(stored)
    candidate = _hash(pin.strip(), salt, kdf)
    if hmac.compare_digest(candidate, digest):
        if not event.read_only:
            _after_success(event, pin.strip(), rehash=kdf.weaker_than(KDF))
        return True
    if not event.read_only:
        failures = int(event.setting(_FAILURES, "0") or 0) + 1
        locked_until = ""
        if failures >= FREE_ATTEMPTS:
            wait = min(FIRST_WAIT_SECONDS * 2 ** (failures - FREE_ATTEMPTS), MAX_WAIT_SECONDS)
            locked_until = to_text(event.clock() + timedelta(seconds=wait))
        _store(event, failures=failures, locked_until=locked_until, failed=True)
    return False


def _after_success(event: Event, pin: str, *, rehash: bool) -> None:
    if not rehash and event.setting(_FAILURES, "0") == "0":
        return
    with event.writing():
        if rehash:  # an older, cheaper hash: made again at today's cost
            event.db["settings"].upsert({"key": _PIN, "value": _encode(pin)}, pk="key")
            audit.record(event, audit.PIN_SET, details={"rehashed": True})
        _store(event, failures=0, locked_until="")


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
        audit.record(event, audit.PIN_CLEARED)


def _store(event: Event, *, failures: int, locked_until: str, failed: bool = False) -> None:
    with event.writing():
        event.db["settings"].upsert({"key": _FAILURES, "value": str(failures)}, pk="key")
        event.db["settings"].upsert({"key": _LOCKED_UNTIL, "value": locked_until}, pk="key")
        if failed:
            audit.record(event, audit.PIN_FAILED, details={"failures": failures})
