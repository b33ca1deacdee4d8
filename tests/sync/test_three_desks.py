"""Three desks on loopback, each with its own Syncthing instance: the real thing, end to end."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from checkin import checkins, guests
from checkin.checkins import Result, State
from checkin.demo import create_demo
from checkin.sync import pairing, snapshot
from checkin.sync.apply import double_entries
from checkin.sync.desk import SyncedDesk
from checkin.sync.syncthing import Syncthing, find_binary
from tests.sync.sockets import SocketWatch

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(find_binary() is None, reason="syncthing is not installed"),
]
TIMEOUT = 40


def wait_until(condition, desks, timeout=TIMEOUT, what=""):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        for desk in desks:
            desk.tick()
        if condition():
            return
        time.sleep(0.2)
    raise AssertionError(f"timed out after {timeout} s waiting for: {what}")


def join_desk(tmp: Path, name: str, a: SyncedDesk, others) -> SyncedDesk:
    """A new desk joins with a fresh one-off code from desk A."""
    code = pairing.make_join_code(a.event, a.instance, a.folder)
    inst = Syncthing(tmp / name / "syncthing", listen_host="127.0.0.1").start()
    event_path = tmp / name / "event.checkin"
    folder = pairing.default_folder(event_path)
    pairing.request_join(pairing.parse(code.text), inst, folder, name)
    wait_until(lambda: snapshot.latest(folder) is not None, others, what=f"snapshot at {name}")
    event = snapshot.restore(snapshot.latest(folder), event_path)
    return SyncedDesk(event, inst, desk_name=name).start()


def _guest(desk: SyncedDesk, token: str):
    return guests.find_by_token(desk.event, token)


def state(desk: SyncedDesk, token: str) -> checkins.Status:
    item = checkins.programme.active_item(desk.event)
    return checkins.status(desk.event, _guest(desk, token).id, item.id)


def check_in(desk: SyncedDesk, token: str):
    return checkins.check_in(desk.event, _guest(desk, token), desk=desk.desk_name)


@pytest.fixture(scope="module")
def three(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("desks")
    (tmp / "Desk A").mkdir()
    event_a = create_demo(tmp / "Desk A" / "event.checkin")
    inst_a = Syncthing(tmp / "Desk A" / "syncthing", listen_host="127.0.0.1")
    a = SyncedDesk(event_a, inst_a, desk_name="Desk A").start()
    watches = [SocketWatch(_pid_of(inst_a), 0.05).__enter__()]
    b = join_desk(tmp, "Desk B", a, [a])
    watches.append(SocketWatch(_pid_of(b.instance), 0.05).__enter__())
    c = join_desk(tmp, "Desk C", a, [a, b])
    watches.append(SocketWatch(_pid_of(c.instance), 0.05).__enter__())
    desks = [a, b, c]
    code = pairing.make_join_code(event_a, inst_a, a.folder)
    yield tmp, desks, code, watches
    for watch in watches:
        watch.__exit__(None, None, None)
    for desk in desks:
        desk.stop()
        desk.event.close()


def _pid_of(inst):
    return lambda: inst.process.pid if inst.process is not None else None


def _families(desk, n):
    """Tokens of the first n guests (names repeat in the demo; tokens do not)."""
    return [g.token for g in guests.list_guests(desk.event)][:n]


def test_check_ins_at_each_desk_appear_at_the_others(three):
    _, desks, _, _ = three
    names = _families(desks[0], 3)
    for desk, family in zip(desks, names, strict=True):
        assert check_in(desk, family).result is Result.CHECKED_IN
    wait_until(
        lambda: all(state(d, f).state is State.IN for d in desks for f in names),
        desks,
        what="every check-in at every desk",
    )
    result = check_in(desks[1], names[0])
    assert result.result is Result.ALREADY_CHECKED_IN and result.first_in.desk == "Desk A"


def test_a_stopped_desk_catches_up_after_restart(three):
    _, desks, _, _ = three
    a, b, c = desks
    c.stop()
    f1, f2 = _families(a, 5)[3:5]
    check_in(a, f1)
    check_in(b, f2)
    wait_until(
        lambda: state(a, f2).state is State.IN and state(b, f1).state is State.IN,
        [a, b],
        what="A and B in step while C is off",
    )
    time.sleep(1)
    c.tick()
    assert state(c, f1).state is State.NOT_YET  # C really was cut off
    c.start()
    wait_until(
        lambda: state(c, f1).state is State.IN and state(c, f2).state is State.IN,
        desks,
        what="C catching up",
    )


def test_partition_heals_into_one_log_with_the_double_entry_reported(three):
    _, desks, _, _ = three
    a, b, c = desks
    family = _families(a, 6)[5]
    c.instance.stop()  # C's network is gone; the desk itself keeps working
    first = check_in(a, family)
    second = check_in(c, family)
    assert first.result is second.result is Result.CHECKED_IN
    c.start()
    item = first.item

    def healed():
        for d in desks:
            guest = _guest(d, family)
            if len(checkins.log_entries(d.event, guest.id, item.id)) != 2:
                return False
        return True

    wait_until(healed, desks, what="one log with both entries everywhere")
    for d in desks:
        st = state(d, family)
        assert st.first_in.desk == "Desk A" and st.first_in.at == first.entry.at
        doubles = [x for x in double_entries(d.event) if x.arrival.at == first.entry.at]
        assert len(doubles) == 1 and doubles[0].extra[0].desk == "Desk C"
    # nothing lost: every desk has the same log
    logs = [sorted((e.at, e.desk, e.action) for e in checkins.log_entries(d.event)) for d in desks]
    assert logs[0] == logs[1] == logs[2]


def test_an_unpaired_instance_receives_nothing(three):
    tmp, desks, code, _ = three
    a = desks[0]
    inst = Syncthing(tmp / "Intruder" / "syncthing", listen_host="127.0.0.1").start()
    try:
        folder = tmp / "Intruder" / "event.checkin.sync"
        forged = pairing.JoinCode(code.event_id, "BADBAD", code.device_id, code.address)
        pairing.request_join(forged, inst, folder, "Intruder")
        wait_until(
            lambda: inst.device_id in a.instance.pending_devices(),
            desks,
            what="the intruder knocking",
        )
        check_in(a, _families(a, 7)[6])
        deadline = time.monotonic() + 6
        while time.monotonic() < deadline:
            for d in desks:
                d.tick()
            time.sleep(0.2)
        assert inst.device_id not in pairing.paired_devices(a.event, a.instance)
        assert not list(folder.rglob("*.jsonl")) and snapshot.latest(folder) is None
    finally:
        inst.stop()


def test_an_unpaired_desk_receives_nothing_new(three):
    _, desks, _, _ = three
    a, b, c = desks
    b_device = b.instance.device_id
    a.unpair(b_device)
    wait_until(
        lambda: b_device not in pairing.paired_devices(c.event, c.instance),
        desks,
        what="C dropping B too (A introduced it)",
    )
    family_a, family_c = _families(a, 9)[7:9]
    check_in(a, family_a)
    check_in(c, family_c)
    wait_until(
        lambda: state(c, family_a).state is State.IN and state(a, family_c).state is State.IN,
        [a, c],
        what="A and C still in step",
    )
    deadline = time.monotonic() + 5
    while time.monotonic() < deadline:
        b.tick()
        time.sleep(0.2)
    assert state(b, family_a).state is State.NOT_YET
    assert state(b, family_c).state is State.NOT_YET
    # and the pairing is not renewed when B knocks again: B is told it was removed
    # B hears it only when its Syncthing dials A again, on Syncthing's own schedule (under a
    # second to over 40 s here); A keeps its refusal up for REFUSE_SECONDS, so B may take
    # that long, and a little more.
    wait_until(
        lambda: b.removed,
        desks,
        timeout=pairing.REFUSE_SECONDS + TIMEOUT,
        what="B learning it was removed",
    )
    assert b_device not in pairing.paired_devices(a.event, a.instance)
    assert b_device not in pairing.paired_devices(c.event, c.instance)


def test_no_desk_listened_or_talked_beyond_loopback(three):
    *_, watches = three
    assert all(w.samples > 10 for w in watches)
    for watch in watches:
        assert watch.outside_loopback() == []
