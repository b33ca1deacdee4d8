"""Badge codes: compact, signed, tamper-evident, event-specific."""

from __future__ import annotations

import zxingcpp

from checkin import codes

SECRET = "ab" * 32
OTHER = "cd" * 32


def test_code_is_compact_alphanumeric_and_fits_a_small_qr():
    code = codes.make_code(SECRET, "K7M2QX", 1)
    assert len(code) == codes.CODE_LEN == 22
    assert code.isalnum() and code.upper() == code
    qr = zxingcpp.create_barcode(code, zxingcpp.BarcodeFormat.QRCode, ec_level="M")
    # version <= 3 means at most 29 x 29 modules
    assert qr.to_image(scale=1, add_quiet_zones=False).shape[0] <= 29


def test_valid_code_round_trips():
    code = codes.make_code(SECRET, "K7M2QX", 3)
    parsed = codes.parse_code(SECRET, code)
    assert parsed.status is codes.CodeStatus.VALID
    assert (parsed.token, parsed.version) == ("K7M2QX", 3)


def test_scanner_noise_is_tolerated():
    code = codes.make_code(SECRET, "K7M2QX", 1)
    assert codes.parse_code(SECRET, f"  {code.lower()}\n").status is codes.CodeStatus.VALID
    # Crockford folding: O read as 0, I/L as 1
    folded = code.replace("0", "O").replace("1", "I")
    assert codes.parse_code(SECRET, folded).status is codes.CodeStatus.VALID


def test_every_single_changed_character_is_a_typing_error():
    code = codes.make_code(SECRET, "K7M2QX", 1)
    for pos in range(len(codes.PREFIX), len(code)):
        for ch in codes.ALPHABET:
            if ch == code[pos]:
                continue
            changed = code[:pos] + ch + code[pos + 1 :]
            status = codes.parse_code(SECRET, changed).status
            assert status is codes.CodeStatus.MISTYPED, (pos, ch, status)


def test_a_missing_or_extra_character_is_a_near_miss():
    code = codes.make_code(SECRET, "K7M2QX", 1)
    assert codes.near_miss(code[:10] + code[11:])
    assert codes.near_miss(code[:10] + "7" + code[10:])
    assert not codes.near_miss(code)
    assert not codes.near_miss("CK12")
    assert not codes.near_miss("XX" + code[2:-1])


def test_forged_signature_with_valid_check_character_is_rejected():
    code = codes.make_code(SECRET, "K7M2QX", 1)
    body = code[: -codes.SIG_LEN - 1]
    fake_signed = body + "00000000"
    fake = fake_signed + codes._check_char(fake_signed)
    assert codes.parse_code(SECRET, fake).status is codes.CodeStatus.FORGED


def test_code_of_another_event_is_told_apart():
    code = codes.make_code(OTHER, "K7M2QX", 1)
    assert codes.event_tag(OTHER) != codes.event_tag(SECRET)
    assert codes.parse_code(SECRET, code).status is codes.CodeStatus.OTHER_EVENT
    assert codes.parse_code(OTHER, code).status is codes.CodeStatus.VALID


def test_foreign_barcodes_are_not_ours():
    for text in ("PX-7F3K9Q2M", "123456789012", "", "CK", "https://example.org/t/1"):
        assert codes.parse_code(SECRET, text).status is codes.CodeStatus.NOT_OURS


def test_codes_carry_no_personal_data_and_differ_per_guest():
    a = codes.make_code(SECRET, codes.new_token(), 1)
    b = codes.make_code(SECRET, codes.new_token(), 1)
    assert a != b
    assert a[:6] == b[:6]  # prefix and event tag only are shared
