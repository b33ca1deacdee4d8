"""Join codes: read from any keyboard layout, good for one desk for a while, revocable, and a
removed desk (or the code it held) refused with the reason."""

from __future__ import annotations

import json
from datetime import timedelta

import pytest

from checkin.errors import CheckinError
from checkin.keyinput.layouts import LAYOUTS, typed_on
from checkin.sync import join_codes, pairing
from checkin.sync.join_codes import JoinCode, device_id_ok

DEVICE = "MK46N3M-MAT73I2-JIALV3R-3IQY2AH-7FLL4IB-3VFNBBD-6QX5NH6-4FUOMQZ"  # a real one
OTHER = "GLSWCY6-J7ZCPND-S5JM3HY-C5MXNYP-BEAFTJB-5OGPNP2-MG6WWAB-GXGLWQP"
CODE = JoinCode("checkin-0a1b2c3d4e", "9F3A61C0DE", DEVICE, "tcp://192.168.1.20:22000", "Börse")


@pytest.mark.parametrize("layout", sorted(LAYOUTS))
def test_a_code_scanned_on_another_keyboard_layout_reads_right(layout):
    scanned = typed_on(layout, CODE.text.split(" #")[0])  # a scanner cannot type "ö"
    assert scanned != CODE.text
    parsed = pairing.parse(scanned)
    assert (parsed.event_id, parsed.token, parsed.device_id, parsed.address) == (
        CODE.event_id,
        CODE.token,
        CODE.device_id,
        CODE.address,
    )


def test_the_device_ids_check_characters_catch_a_wrong_character():
    assert device_id_ok(DEVICE) and device_id_ok(OTHER)
    damaged = DEVICE.replace("MK46N3M", "MK46N3N")
    assert not device_id_ok(damaged)
    with pytest.raises(CheckinError) as info:
        pairing.parse(CODE.text.replace(DEVICE, damaged))
    assert "device id is damaged" in str(info.value)


def test_a_code_is_good_for_one_desk_for_thirty_minutes_and_only_its_hash_is_kept(event, clock):
    token, expires = join_codes.issue(event)
    assert token not in (event.setting(join_codes.TOKENS) or "")
    assert join_codes.check(event, token, set()) is None
    assert join_codes.check(event, "0" * 10, set()) == "code_unknown"
    join_codes.mark_used(event, token, OTHER)
    assert join_codes.check(event, token, set()) == "code_used"
    assert join_codes.check(event, token, {OTHER}) == "removed"  # the code a removed desk held
    late, _ = join_codes.issue(event)
    clock.now += timedelta(minutes=join_codes.TOKEN_MINUTES + 1)
    assert join_codes.check(event, late, set()) == "code_expired"
    withdrawn, _ = join_codes.issue(event)
    assert join_codes.open_codes(event) == 1
    assert join_codes.revoke_all(event) == 1
    assert join_codes.check(event, withdrawn, set()) == "code_revoked"


class FakeSyncthing:
    """The REST calls pairing makes, recorded; pending devices as the test sets them."""

    device_id = DEVICE

    def __init__(self, tmp_path):
        self.home = tmp_path
        self.pending: dict[str, dict] = {}
        self.devices_: dict[str, str] = {}
        self.folders: dict[str, dict] = {}

    def pending_devices(self):
        return {d: i for d, i in self.pending.items() if d not in self.devices_}

    def add_device(self, device_id, name, addresses=None, *, introducer=False):
        self.devices_[device_id] = name

    def remove_device(self, device_id):
        self.devices_.pop(device_id, None)

    def devices(self):
        return [{"deviceID": d, "name": n} for d, n in self.devices_.items()]

    def share_folder(self, folder_id, label, path, device_ids):
        entry = self.folders.setdefault(folder_id, {"label": label, "devices": {DEVICE}})
        entry["devices"] |= set(device_ids)

    def folder(self, folder_id):
        entry = self.folders.get(folder_id)
        if entry is None:
            return None
        return {"id": folder_id, "devices": [{"deviceID": d} for d in entry["devices"]]}

    def unshare(self, folder_id, device_id):
        if folder_id in self.folders:
            self.folders[folder_id]["devices"].discard(device_id)

    def delete_folder(self, folder_id):
        self.folders.pop(folder_id, None)


def test_the_showing_desk_pairs_one_desk_per_code_and_tells_the_others_why_not(
    event, tmp_path, clock
):
    from checkin.sync.journal import ensure_identity

    ensure_identity(event, "Desk A")
    inst = FakeSyncthing(tmp_path)
    token, _ = join_codes.issue(event)
    first = "B" * 7 + "-" + "-".join(["BBBBBBB"] * 7)
    second = "C" * 7 + "-" + "-".join(["CCCCCCC"] * 7)
    stranger = "D" * 7 + "-" + "-".join(["DDDDDDD"] * 7)
    inst.pending = {
        first: {"name": f"Desk B #{token} @tcp://127.0.0.1:1"},
        second: {"name": f"Desk C #{token} @tcp://127.0.0.1:2"},  # the same code again
        stranger: {"name": "Laptop #FFFFFFFFFF"},  # a code this desk never issued
    }
    accepted = pairing.accept_pending(event, inst, tmp_path / "sync")
    assert accepted == [first]
    assert pairing.paired_devices(event, inst) == {first}
    refused = {
        f["label"]: f["devices"] - {DEVICE}
        for f in inst.folders.values()
        if f["label"] != "Testbörse"
    }
    assert refused == {"code_used": {second}}  # told why; never given the event folder
    assert stranger not in inst.devices_
    # unpaired: refused as removed, together with any new identity using its code
    pairing.unpair(event, inst, first)
    assert first not in pairing.paired_devices(event, inst)
    clock.now += timedelta(seconds=pairing.REFUSE_SECONDS + 1)
    pairing.accept_pending(event, inst, tmp_path / "sync")  # the refusal of `second` ends
    assert second not in inst.devices_
    fresh = "E" * 7 + "-" + "-".join(["EEEEEEE"] * 7)
    inst.pending = {first: {"name": "Desk B"}, fresh: {"name": f"Desk B #{token}"}}
    assert pairing.accept_pending(event, inst, tmp_path / "sync") == []
    told_removed = set().union(
        *(f["devices"] - {DEVICE} for f in inst.folders.values() if f["label"] == "removed")
    )
    assert told_removed == {first, fresh}
    assert not ({first, fresh} & pairing.paired_devices(event, inst))
    reasons = json.loads(event.setting(pairing.REFUSING))
    assert {r["reason"] for r in reasons.values()} == {"removed"}
    assert set(reasons) == {first, fresh}
