"""pretix's offline-verifiable tickets (secret generator ``pretix_sig1``).

The secret is base64, written backwards, of::

    0x01 | payload length (2 bytes, big-endian) | signature length (2 bytes) | payload | signature

where the payload is a protobuf ``Ticket`` message (seed, item, variation, subevent, valid
from, valid until; see libpretixsync's ``pretix_sig1.proto``) and the signature is Ed25519
over the payload with the event's key. The public keys are in the event's ``valid_keys``
(base64 of a PEM ``SubjectPublicKeyInfo``). The six-field message is read by hand: a protobuf
library would be a large dependency for two varints and a string.
"""

from __future__ import annotations

import base64
import binascii
import struct
from dataclasses import dataclass
from enum import Enum

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey
from cryptography.hazmat.primitives.serialization import load_pem_public_key

VERSION = 0x01
_B64 = set("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/=")


class SignedStatus(Enum):
    VALID = "valid"
    NOT_SIGNED = "not_signed"  # not shaped like a pretix_sig1 secret at all
    FORGED = "forged"  # shaped like one, but no key of this event signed it


@dataclass(frozen=True)
class SignedTicket:
    status: SignedStatus
    seed: str = ""
    item: int = 0
    variation: int = 0
    subevent: int = 0
    valid_from: int | None = None  # Unix time; None: no limit
    valid_until: int | None = None


@dataclass(frozen=True)
class _Envelope:
    payload: bytes
    signature: bytes


def _envelope(secret: str) -> _Envelope | None:
    text = secret.strip()
    if len(text) < 16 or not set(text) <= _B64:
        return None
    try:
        raw = base64.b64decode(text[::-1], validate=True)
    except (binascii.Error, ValueError):
        return None
    if len(raw) < 5 or raw[0] != VERSION:
        return None
    payload_len, sig_len = struct.unpack(">HH", raw[1:5])
    if len(raw) != 5 + payload_len + sig_len:
        return None
    return _Envelope(raw[5 : 5 + payload_len], raw[5 + payload_len :])


def looks_signed(secret: str) -> bool:
    """Shaped like a pretix_sig1 secret (the signature is not checked)."""
    return _envelope(secret) is not None


def public_keys(valid_keys: list[str]) -> list[Ed25519PublicKey]:
    """The event's Ed25519 keys from ``valid_keys["pretix_sig1"]``; unreadable keys are skipped."""
    keys = []
    for text in valid_keys:
        try:
            key = load_pem_public_key(base64.b64decode(text))
        except (ValueError, TypeError, binascii.Error):
            continue
        if isinstance(key, Ed25519PublicKey):
            keys.append(key)
    return keys


def verify(secret: str, keys: list[Ed25519PublicKey]) -> SignedTicket:
    """Check a scanned secret against the event's keys and read what the ticket carries."""
    envelope = _envelope(secret)
    if envelope is None:
        return SignedTicket(SignedStatus.NOT_SIGNED)
    for key in keys:
        try:
            key.verify(envelope.signature, envelope.payload)
        except InvalidSignature:
            continue
        try:
            fields = _read_message(envelope.payload)
        except ValueError:
            return SignedTicket(SignedStatus.FORGED)  # signed garbage: not a ticket of ours
        return SignedTicket(
            SignedStatus.VALID,
            seed=fields.get(1, b"").decode("utf-8", "replace"),
            item=fields.get(2, 0),
            variation=fields.get(3, 0),
            subevent=fields.get(4, 0),
            valid_from=fields.get(5) or None,
            valid_until=fields.get(6) or None,
        )
    return SignedTicket(SignedStatus.FORGED)


# -- protobuf wire format: just what the Ticket message uses ----------------------------------
def _varint(data: bytes, pos: int) -> tuple[int, int]:
    value, shift = 0, 0
    while True:
        if pos >= len(data) or shift > 63:
            raise ValueError("truncated varint")
        byte = data[pos]
        pos += 1
        value |= (byte & 0x7F) << shift
        if not byte & 0x80:
            return value, pos
        shift += 7


def _read_message(data: bytes) -> dict[int, int | bytes]:
    """Field number -> value (varints as int64, length-delimited as bytes); unknown fields kept."""
    fields: dict[int, int | bytes] = {}
    pos = 0
    while pos < len(data):
        tag, pos = _varint(data, pos)
        number, wire = tag >> 3, tag & 7
        if wire == 0:
            value, pos = _varint(data, pos)
            fields[number] = value - (1 << 64) if value >= 1 << 63 else value
        elif wire == 2:
            length, pos = _varint(data, pos)
            if pos + length > len(data):
                raise ValueError("truncated field")
            fields[number] = data[pos : pos + length]
            pos += length
        elif wire == 1:
            pos += 8
        elif wire == 5:
            pos += 4
        else:
            raise ValueError(f"wire type {wire}")
    return fields
