"""Signed badge codes.

A code is 22 characters of Crockford base32 (digits and capitals only), so it fits a
version-2 QR code in alphanumeric mode at error correction M and any keyboard-wedge
scanner can type it::

    CK  EEEE  TTTTTT  V  SSSSSSSS  C
    |   |     |       |  |         check character (catches typos before the HMAC)
    |   |     |       |  HMAC-SHA256(event secret, everything before), 40 bits
    |   |     |       badge version (a reprint issues the next one)
    |   |     random guest token (no personal data)
    |   event tag: derived from the event secret, tells our events apart
    prefix: this is a checkin code, not an imported barcode
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
from dataclasses import dataclass
from enum import Enum

ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"  # Crockford base32
PREFIX = "CK"
TAG_LEN, TOKEN_LEN, VERSION_LEN, SIG_LEN = 4, 6, 1, 8
CODE_LEN = len(PREFIX) + TAG_LEN + TOKEN_LEN + VERSION_LEN + SIG_LEN + 1
MAX_VERSION = len(ALPHABET) - 1

# Readers and people confuse these; Crockford base32 folds them onto one symbol.
_FOLD = str.maketrans({"O": "0", "I": "1", "L": "1", "U": "V"})


def _b32(data: bytes, length: int) -> str:
    number = int.from_bytes(data, "big")
    out = []
    for _ in range(length):
        out.append(ALPHABET[number & 31])
        number >>= 5
    return "".join(reversed(out))


def _check_char(body: str) -> str:
    # Odd weights are coprime with 32, so any single changed character changes the sum.
    total = sum((2 * i + 1) * ALPHABET.index(ch) for i, ch in enumerate(body))
    return ALPHABET[total % 32]


def new_secret() -> str:
    return secrets.token_hex(32)


def new_token() -> str:
    return "".join(secrets.choice(ALPHABET) for _ in range(TOKEN_LEN))


def event_tag(secret: str) -> str:
    digest = hmac.new(bytes.fromhex(secret), b"checkin event tag", hashlib.sha256).digest()
    return _b32(digest[:4], TAG_LEN)


def _signature(secret: str, body: str) -> str:
    digest = hmac.new(bytes.fromhex(secret), body.encode("ascii"), hashlib.sha256).digest()
    return _b32(digest[:5], SIG_LEN)


def make_code(secret: str, token: str, version: int = 1) -> str:
    if not 0 <= version <= MAX_VERSION:
        raise ValueError(f"badge version {version} out of range")
    body = PREFIX + event_tag(secret) + token + ALPHABET[version]
    signed = body + _signature(secret, body)
    return signed + _check_char(signed)


class CodeStatus(Enum):
    VALID = "valid"
    NOT_OURS = "not_ours"  # not shaped like a checkin code: maybe an imported barcode
    FORGED = "forged"  # shaped like ours, the check character right, the signature wrong
    MISTYPED = "mistyped"  # shaped like ours but the check character is wrong: a typing error
    OTHER_EVENT = "other_event"  # correctly formed code of another event


@dataclass(frozen=True)
class ParsedCode:
    status: CodeStatus
    text: str
    token: str = ""
    version: int = 0


def normalize(text: str) -> str:
    return "".join(text.split()).upper().translate(_FOLD)


def looks_like_code(text: str) -> bool:
    norm = normalize(text)
    return (
        len(norm) == CODE_LEN
        and norm.startswith(PREFIX)
        and all(ch in ALPHABET for ch in norm[len(PREFIX) :])
    )


def near_miss(text: str) -> bool:
    """Shaped like one of our codes but one character short or long: a typing slip."""
    norm = normalize(text)
    return (
        abs(len(norm) - CODE_LEN) == 1
        and norm.startswith(PREFIX)
        and all(ch in ALPHABET for ch in norm[len(PREFIX) :])
    )


def carries_tag_of(secret: str, text: str) -> bool:
    """Shaped like a code and tagged with this event's tag (whatever its other characters)."""
    if not looks_like_code(text):
        return False
    pos = len(PREFIX)
    return normalize(text)[pos : pos + TAG_LEN] == event_tag(secret)


def parse_code(secret: str, text: str) -> ParsedCode:
    """Verify a scanned text against the event's secret."""
    if not looks_like_code(text):
        return ParsedCode(CodeStatus.NOT_OURS, text)
    norm = normalize(text)
    signed, check = norm[:-1], norm[-1]
    if _check_char(signed) != check:
        # Any one changed character breaks the check character (see _check_char): a person
        # mistyped the code. A forger who knows the scheme gets past it and meets the HMAC.
        return ParsedCode(CodeStatus.MISTYPED, norm)
    pos = len(PREFIX)
    tag = signed[pos : pos + TAG_LEN]
    token = signed[pos + TAG_LEN : pos + TAG_LEN + TOKEN_LEN]
    version = ALPHABET.index(signed[pos + TAG_LEN + TOKEN_LEN])
    body, sig = signed[:-SIG_LEN], signed[-SIG_LEN:]
    if tag != event_tag(secret):
        return ParsedCode(CodeStatus.OTHER_EVENT, norm, token, version)
    if not hmac.compare_digest(sig, _signature(secret, body)):
        return ParsedCode(CodeStatus.FORGED, norm, token, version)
    return ParsedCode(CodeStatus.VALID, norm, token, version)
