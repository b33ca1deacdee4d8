"""Scans in any keyboard layout check the right guest in; the signature picks the reading."""

import pytest

from checkin import checkins, codes, guests, scanning
from checkin.checkins import Result
from checkin.keyinput.layouts import typed_on
from tests.helpers import guest_named as _guest


def _code_with(event, letters, family="Müller"):
    """Give the guest a token until their code contains one of ``letters`` (Y, Z, M...)."""
    guest = _guest(event, family)
    for _ in range(500):
        code = guests.badge_code(event, guest)
        if any(ch in code for ch in letters):
            return guest, code
        token = codes.new_token()
        event.db.execute("UPDATE guests SET token = ? WHERE id = ?", [token, guest.id])
        event.db.conn.commit()
        guest = guests.get_guest(event, guest.id)
    raise AssertionError("no code with those letters")


@pytest.mark.parametrize(("layout", "letters"), [("de", "YZ"), ("fr", "AQZWM"), ("ru", "CK")])
def test_garbled_scan_checks_in_the_right_guest(event, layout, letters):
    guest, code = _code_with(event, letters)
    garbled = typed_on(layout, code)
    assert garbled != code
    outcome = scanning.scan(event, garbled)
    assert outcome.result.result is Result.CHECKED_IN
    assert outcome.result.guest.id == guest.id
    assert outcome.layout == layout and outcome.repaired
    # the log keeps the code as it really is
    assert checkins.log_entries(event, guest.id)[-1].scanned == code


def test_caps_lock_on_a_russian_layout(event):
    guest, code = _code_with(event, "CK")
    outcome = scanning.scan(event, typed_on("ru", code.lower()))
    assert outcome.result.guest.id == guest.id


def test_an_unrepaired_scan_is_not_marked_repaired(event):
    guest = _guest(event, "Müller")
    outcome = scanning.scan(event, guests.badge_code(event, guest))
    assert outcome.result.result is Result.CHECKED_IN and not outcome.repaired


def test_forged_code_stays_forged_in_every_layout(event):
    guest, code = _code_with(event, "YZ")
    tampered = code[:-3] + ("0" if code[-3] != "0" else "1") + code[-2]
    forged = tampered + codes._check_char(tampered)  # the check character made to fit
    outcome = scanning.scan(event, typed_on("de", forged))
    assert outcome.result.result is Result.FORGED_CODE


def test_a_tampered_badge_of_ours_is_never_another_events_in_any_layout(event):
    """Some garbled reading passes the check character by chance (1 in 32); this event's tag
    in another reading still says the badge is ours. 300 tokens, a fixed seed."""
    import random

    rng = random.Random(18)
    guest = _guest(event, "Müller")
    seen = set()
    for _ in range(300):
        token = "".join(rng.choice("YZ" + codes.ALPHABET) for _ in range(codes.TOKEN_LEN))
        code = codes.make_code(event.secret, token)
        tampered = code[:-3] + ("0" if code[-3] != "0" else "1") + code[-2]
        forged = tampered + codes._check_char(tampered)
        mistyped = tampered + code[-1]
        for text in (forged, mistyped):
            result = scanning.scan(event, typed_on("de", text), desk="A").result.result
            seen.add(result)
            assert result is not Result.OTHER_EVENT, text
    assert seen == {Result.FORGED_CODE, Result.MISTYPED_CODE}
    assert guest is not None


def test_a_typo_stays_a_typo_in_every_layout(event):
    """One wrong character breaks the check character: a typing error, not a forgery."""
    guest, code = _code_with(event, "YZ")
    mistyped = code[:-3] + ("0" if code[-3] != "0" else "1") + code[-2:]
    outcome = scanning.scan(event, typed_on("de", mistyped))
    assert outcome.result.result is Result.MISTYPED_CODE


def test_other_events_code_in_a_garbled_layout(event, tmp_path):
    from checkin.event import Event, EventInfo

    other = Event.create(tmp_path / "other.checkin", EventInfo(name="Andere"))
    foreign = codes.make_code(other.secret, codes.new_token())
    other.close()
    outcome = scanning.scan(event, typed_on("ru", foreign))
    assert outcome.result.result is Result.OTHER_EVENT


def test_imported_barcode_typed_on_azerty(event):
    guest = _guest(event, "Müller")
    guests.update_guest(event, guest.id, external_barcode="4006381333931")
    outcome = scanning.scan(event, typed_on("fr", "4006381333931"))
    assert outcome.result.guest.id == guest.id
    assert outcome.result.result is Result.CHECKED_IN


def test_unknown_text_is_unknown(event):
    assert scanning.scan(event, "hello world").result.result is Result.UNKNOWN_CODE


@pytest.mark.parametrize("typed_before", ["", "Wei"])
def test_keys_lost_before_a_stalled_burst_are_joined_back(event, typed_before):
    guest = _guest(event, "Müller")
    code = guests.badge_code(event, guest)
    outcome = scanning.scan(event, code[4:], prefix=typed_before + code[:4])
    assert outcome.result.result is Result.CHECKED_IN
    assert outcome.result.guest.id == guest.id and outcome.used_prefix


def test_a_prefix_that_does_not_make_a_code_is_ignored(event):
    guest = _guest(event, "Müller")
    code = guests.badge_code(event, guest)
    outcome = scanning.scan(event, code, prefix="Anna ")
    assert outcome.result.guest.id == guest.id and not outcome.used_prefix


def test_a_forged_code_is_always_reported_as_forged(event):
    """A repaired reading that passes the check character by chance (1 in 32) must not
    turn a forged badge into "another event's badge": 300 forgeries, all forged."""
    seen = set()
    for i in range(300):
        real = codes.make_code(event.secret, codes.new_token(), 1)
        signed = real[:-1]
        pos = len(signed) - 1 - i % codes.SIG_LEN  # a signature character
        digit = next(d for d in "0123456789" if d != signed[pos])  # no keyboard garbles this
        fake = signed[:pos] + digit + signed[pos + 1 :]
        forged = fake + codes._check_char(fake)  # well-formed, wrong signature
        seen.add(scanning.scan(event, forged).result.result)
    assert seen == {Result.FORGED_CODE}


def _typo_another_layout_reads_as_forged(event):
    """A one-character typo of a guest's code that another layout's reading turns into a
    well-formed (check character right) but forged code; about 1 typo in 10 is one.

    Only if no layout moves a letter of the event's tag: else every other reading is
    another event's code, never a forged one of ours. So the test picks such a secret."""
    while set(codes.event_tag(event.secret)) & set("YZAQWM"):
        event.db.execute("UPDATE event SET secret = ? WHERE id = 1", [codes.new_secret()])
        event.db.conn.commit()
    guest = _guest(event, "Müller")
    for _ in range(200):
        code = guests.badge_code(event, guest)
        for pos in range(2, len(code)):
            for ch in "YZAQWM":  # letters the German and French layouts move
                typo = code[:pos] + ch + code[pos + 1 :]
                if typo == code:
                    continue
                reading = scanning.best_reading(event, typo)
                status = codes.parse_code(event.secret, reading.text).status
                if reading.layout != "us" and status is codes.CodeStatus.FORGED:
                    return typo
        event.db.execute("UPDATE guests SET token = ? WHERE id = ?", [codes.new_token(), guest.id])
        event.db.conn.commit()
        guest = guests.get_guest(event, guest.id)
    raise AssertionError("no such typo")


def test_a_typed_typo_is_a_typo_even_when_another_layout_passes_the_check(event):
    """Read as another keyboard layout, a mistyped code passes the check character now and
    then by chance (forged, then): a scanner's code would be taken that way, typed text not."""
    typo = _typo_another_layout_reads_as_forged(event)
    assert scanning.scan(event, typo).result.result is Result.FORGED_CODE  # as a scanner's
    typed = scanning.scan(event, typo, typed=True)
    assert typed.result.result is Result.MISTYPED_CODE and not typed.repaired


def test_an_unknown_code_garbled_by_a_russian_layout_is_told_in_latin(event):
    outcome = scanning.scan(event, typed_on("ru", "PX7F3K9Q2M"))
    assert outcome.result.result is Result.UNKNOWN_CODE
    assert outcome.result.scanned == "PX7F3K9Q2M" and outcome.layout == "ru"
