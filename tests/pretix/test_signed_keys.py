"""pretix's public keys as the event publishes them (base64 of a PEM SubjectPublicKeyInfo):
Ed25519 keys verify tickets, any other or damaged key is skipped."""

from __future__ import annotations

import base64

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import ec, ed25519

from checkin.pretix import signed


def _published(public_key) -> str:
    pem = public_key.public_bytes(
        serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo
    )
    return base64.b64encode(pem).decode()


def _ticket(private, payload: bytes) -> str:
    """A pretix_sig1 secret: version, lengths, payload, signature; base64, backwards."""
    signature = private.sign(payload)
    raw = bytes([1]) + len(payload).to_bytes(2, "big") + len(signature).to_bytes(2, "big")
    return base64.b64encode(raw + payload + signature).decode()[::-1]


def test_an_ed25519_key_verifies_its_tickets_and_refuses_others():
    private, other = ed25519.Ed25519PrivateKey.generate(), ed25519.Ed25519PrivateKey.generate()
    keys = signed.public_keys([_published(private.public_key())])
    assert len(keys) == 1
    payload = b"\x0a\x04seed\x10\x05"  # seed "seed", item 5
    good = signed.verify(_ticket(private, payload), keys)
    assert good.status is signed.SignedStatus.VALID and (good.seed, good.item) == ("seed", 5)
    assert signed.verify(_ticket(other, payload), keys).status is signed.SignedStatus.FORGED


def test_other_kinds_of_keys_and_damaged_ones_are_skipped():
    ec_key = ec.generate_private_key(ec.SECP256R1()).public_key()
    ed = _published(ed25519.Ed25519PrivateKey.generate().public_key())
    damaged = base64.b64encode(base64.b64decode(ed)[:-20]).decode()
    assert signed.public_keys([_published(ec_key), damaged, "not base64!", "", ed]) != []
    assert len(signed.public_keys([_published(ec_key), damaged, "not base64!", "", ed])) == 1
