"""A desk that joins late starts from a consistent snapshot: no edit undone, no check-in copied.

The steps in every order staff may take them: show the join code (publishes the snapshot),
edit at desk A (a reprint) and check guests in, start syncing. Two desks join from the
snapshot; afterwards every desk has each check-in once, the reprint everywhere, and undo
works.
"""

from __future__ import annotations

import itertools

import pytest

from checkin import checkins, codes, guests, scanning
from checkin.badge_lifecycle import reprint
from checkin.checkins import Result, State
from checkin.event import Event
from checkin.sync import pairing, snapshot
from checkin.sync.apply import apply_all
from checkin.sync.journal import Journal, ensure_identity
from checkin.sync.merge_report import double_entries
from tests.helpers import guest_named

STEPS = ("show code", "reprint", "check in", "start sync")


@pytest.mark.parametrize(
    "order",
    list(itertools.permutations(STEPS)),
    ids=lambda o: " → ".join(o),
)
def test_desks_joining_late_undo_nothing_and_copy_nothing(event, tmp_path, clock, order):
    folder = pairing.default_folder(event.path)
    desk_id, _ = ensure_identity(event, "Desk A")
    anna, ivan, joerg = (guest_named(event, f) for f in ("Müller", "Парфёнов", "Weiß"))
    journal = None
    for step in order:
        if step == "show code":
            snap = snapshot.publish(event, folder, desk_id)  # as make_join_code does
        elif step == "reprint":
            reprint(event, anna.id, "lost")
        elif step == "check in":
            for guest in (ivan, joerg):
                checkins.check_in(event, guest, desk="Desk A")
        elif step == "start sync":
            journal = Journal.attach(event, folder, desk_name="Desk A")
    joined = []
    for name in ("Desk B", "Desk C"):
        other = snapshot.restore(snap, tmp_path / f"{name}.checkin")
        other.clock = clock
        Journal.attach(other, folder, desk_name=name)
        joined.append(other)
    if journal is None:
        journal = Journal.attach(event, folder, desk_name="Desk A")
    desks = [event, *joined]
    try:
        for _ in range(2):
            for ev in desks:
                apply_all(ev, folder)
        for ev in desks:
            anna_here = guest_named(ev, "Müller")
            assert anna_here.badge_version == 2, ev.path.name  # the reprint stands
            lost = codes.make_code(ev.secret, anna_here.token, 1)
            assert scanning.scan(ev, lost).result.result is Result.REPLACED_BADGE
            log = checkins.log_entries(ev)
            assert sorted(e.guest_id for e in log) == sorted(
                [guest_named(ev, "Парфёнов").id, guest_named(ev, "Weiß").id]
            ), ev.path.name  # each check-in once, not once per desk
            assert double_entries(ev) == []
        # undo at a joined desk leaves Ivan not checked in, everywhere
        b = joined[0]
        item = checkins.programme.active_item(b)
        checkins.undo(b, guest_named(b, "Парфёнов").id, item)
        for _ in range(2):
            for ev in desks:
                apply_all(ev, folder)
        for ev in desks:
            state = checkins.status(ev, guest_named(ev, "Парфёнов").id, item.id).state
            assert state is State.NOT_YET, ev.path.name
        # and the new badge checks Anna in at a joined desk, once
        new_code = guests.badge_code(b, guest_named(b, "Müller"))
        assert scanning.scan(joined[1], new_code).result.result is Result.CHECKED_IN
    finally:
        for ev in joined:
            ev.close()


def test_the_snapshot_carries_no_join_code_and_no_desk_identity(event, tmp_path):
    folder = pairing.default_folder(event.path)
    desk_id, _ = ensure_identity(event, "Desk A")
    event.set_setting("sync.join_tokens", '{"SECRETTOKEN": "2099-01-01T00:00:00+00:00"}')
    snap = snapshot.publish(event, folder, desk_id)
    raw = snap.read_bytes()
    assert b"SECRETTOKEN" not in raw  # not even in the file's free pages
    with Event.open(snap, read_only=True) as copy:
        assert copy.setting("sync.desk_id") is None and copy.setting("sync.join_tokens") is None
