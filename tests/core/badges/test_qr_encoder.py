"""The badge codes' own QR encoder makes zxing-cpp's symbol, module for module (same
version, error correction, mask), and leaves everything else to zxing-cpp."""

from __future__ import annotations

import random

import pytest
import zxingcpp
from hypothesis import given, settings
from hypothesis import strategies as st

from checkin import codes
from checkin.badges import qr, qr_encoder


def _zxing(text: str) -> tuple[int, tuple[str, ...]]:
    barcode = zxingcpp.create_barcode(text, zxingcpp.BarcodeFormat.QRCode, ec_level="M")
    image = barcode.to_image(scale=1, add_quiet_zones=False)
    n, pixels = image.shape[0], bytes(memoryview(image))
    return n, tuple("".join("1" if pixels[y * n + x] < 128 else "0" for x in range(n))
                    for y in range(n))  # fmt: skip


def _ours(text: str) -> tuple[int, tuple[str, ...]]:
    made = qr_encoder.encode(text)
    assert made is not None, text
    sym = qr.QrSymbol(text, *made)
    return sym.modules, sym.rows


def test_badge_codes_come_out_as_zxing_makes_them():
    rnd = random.Random(24)
    for _ in range(400):
        secret = "".join(rnd.choice("0123456789abcdef") for _ in range(64))
        token = "".join(rnd.choice(codes.ALPHABET) for _ in range(codes.TOKEN_LEN))
        text = codes.make_code(secret, token, rnd.randrange(codes.MAX_VERSION + 1))
        if qr_encoder.encode(text) is not None:  # a long run of digits goes to zxing
            assert _ours(text) == _zxing(text), text


@pytest.mark.parametrize("length", [1, 2, 7, 14, 20, 21, 22, 23, 37, 38, 39, 60, 61])
def test_every_version_it_covers_and_odd_lengths(length):
    rnd = random.Random(length)
    for _ in range(12):
        text = "".join(rnd.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:0123") for _ in range(length))
        text = "X" + text[1:]  # not all digits (numeric mode, zxing's)
        made = qr_encoder.encode(text)
        n, _rows = _zxing(text)
        assert made is not None and made[0] == n == 17 + 4 * ((n - 17) // 4)
        assert _ours(text) == _zxing(text), text


def test_runs_of_up_to_five_digits_stay_alphanumeric_as_in_zxing():
    rnd = random.Random(5)
    for _ in range(300):
        run = "".join(rnd.choice("0123456789") for _ in range(rnd.randint(1, 5)))
        rest = "".join(rnd.choice(codes.ALPHABET) for _ in range(rnd.randint(1, 30)))
        cut = rnd.randint(0, len(rest))
        for text in (run + rest, rest + run, rest[:cut] + run + rest[cut:]):
            if qr_encoder.encode(text) is not None:
                assert _ours(text) == _zxing(text), text


@settings(max_examples=150, deadline=None)
@given(st.text(alphabet=qr_encoder.ALPHANUMERIC, min_size=1, max_size=61))
def test_any_alphanumeric_text_it_takes_matches_zxing(text):
    if qr_encoder.encode(text) is not None:
        assert _ours(text) == _zxing(text)


@pytest.mark.parametrize(
    "text",
    ["lower case", "CK123456ABC", "Ü", "A" * 62, "https://pretix.eu/x", ""],
    ids=["lower case", "six digits", "not alphanumeric", "too long", "url", "empty"],
)
def test_other_text_is_left_to_zxing(text):
    assert qr_encoder.encode(text) is None
    if text:
        sym = qr.symbol(text)
        assert (sym.modules, sym.rows) == _zxing(text)
