"""Journals and merging without Syncthing: two or three desks sharing one folder on disk."""

from __future__ import annotations

from datetime import timedelta

import pytest

from checkin import checkins, guests
from checkin.checkins import Result, State
from checkin.event import Event
from checkin.sync import quarantine, snapshot
from checkin.sync.apply import apply_all, double_entries, edit_history, likely_duplicates
from checkin.sync.journal import Journal
from checkin.sync.records import encode, read_lines
from tests.helpers import guest_named as _guest


def _counts(ev: Event) -> tuple:
    return tuple(
        ev.db.execute(f"SELECT COUNT(*) FROM {t}").fetchone()[0]
        for t in ("checkins", "guests", "sync_guest_history", "sync_origins")
    )


@pytest.fixture
def desks(event, tmp_path, clock):
    """Desk A (the fixture's event) and desk B started from A's snapshot; one sync folder."""
    folder = tmp_path / "sync"
    a = Journal.attach(event, folder, desk_name="Desk A")
    snap = snapshot.publish(event, folder, a.desk_id)
    ev_b = snapshot.restore(snap, tmp_path / "b.checkin")
    ev_b.clock = clock  # both desks on one controllable clock: order is known
    b = Journal.attach(ev_b, folder, desk_name="Desk B")
    yield event, ev_b, folder, a, b
    ev_b.close()


def test_check_in_at_a_shows_already_checked_in_at_b_and_applying_twice_changes_nothing(desks):
    ev_a, ev_b, folder, a, b = desks
    assert a.desk_id != b.desk_id
    anna = _guest(ev_a, "Müller")
    assert checkins.check_in(ev_a, anna, desk="Desk A").result is Result.CHECKED_IN
    report = apply_all(ev_b, folder)
    assert report.applied >= 1
    result = checkins.check_in(ev_b, _guest(ev_b, "Müller"), desk="Desk B")
    assert result.result is Result.ALREADY_CHECKED_IN
    assert result.first_in.desk == "Desk A"
    before = _counts(ev_b)
    assert apply_all(ev_b, folder).applied == 0
    assert _counts(ev_b) == before
    # and the other way: B's own records are not applied back to B, A gets nothing new
    before_a = _counts(ev_a)
    apply_all(ev_a, folder)
    assert _counts(ev_a) == before_a


def test_half_written_trailing_record_is_ignored_until_complete(desks):
    ev_a, ev_b, folder, a, b = desks
    anna = _guest(ev_a, "Müller")
    checkins.check_in(ev_a, anna, desk="Desk A")
    apply_all(ev_b, folder)
    segment = sorted(a.dir.glob("*.jsonl"))[-1]
    records, _ = read_lines(a.dir)
    # a record for a check-in of Jörg, written half-way (as a crash or a partial sync leaves it)
    joerg = _guest(ev_a, "Weiß")
    entry = checkins.check_in(ev_a, joerg, desk="Desk A")
    full = segment.read_bytes()
    last_line = full[full.rstrip(b"\n").rfind(b"\n") + 1 :]
    segment.write_bytes(full[: -len(last_line)] + last_line[: len(last_line) // 2])
    assert apply_all(ev_b, folder).applied == 0
    assert checkins.status(ev_b, _guest(ev_b, "Weiß").id, entry.item.id).state is State.NOT_YET
    segment.write_bytes(full)  # the rest arrives
    assert apply_all(ev_b, folder).applied == 1
    assert checkins.status(ev_b, _guest(ev_b, "Weiß").id, entry.item.id).state is State.IN
    assert len(records) < len(read_lines(a.dir)[0])


def test_damaged_record_is_quarantined_and_the_records_after_it_apply(desks):
    ev_a, ev_b, folder, a, b = desks
    checkins.check_in(ev_a, _guest(ev_a, "Müller"), desk="Desk A")
    segment = sorted(a.dir.glob("*.jsonl"))[-1]
    segment.write_bytes(segment.read_bytes().replace(b"Desk A", b"Desk X"))
    checkins.check_in(ev_a, _guest(ev_a, "Weiß"), desk="Desk A")
    report = apply_all(ev_b, folder)
    assert report.quarantined == 1 and not report.waiting
    (refused,) = quarantine.entries(ev_b)
    assert refused.reason == "damaged" and "Desk X" in refused.line
    item = checkins.programme.active_item(ev_b)
    assert checkins.status(ev_b, _guest(ev_b, "Müller").id, item.id).state is State.NOT_YET
    assert checkins.status(ev_b, _guest(ev_b, "Weiß").id, item.id).state is State.IN


def test_same_guest_at_two_desks_apart_keeps_both_and_the_earlier_is_the_arrival(desks):
    ev_a, ev_b, folder, a, b = desks
    first = checkins.check_in(ev_a, _guest(ev_a, "Парфёнов"), desk="Desk A")
    second = checkins.check_in(ev_b, _guest(ev_b, "Парфёнов"), desk="Desk B")
    assert first.result is second.result is Result.CHECKED_IN  # they could not see each other
    apply_all(ev_a, folder)
    apply_all(ev_b, folder)
    for ev in (ev_a, ev_b):
        ivan = _guest(ev, "Парфёнов")
        log = checkins.log_entries(ev, ivan.id, first.item.id)
        assert sorted(e.desk for e in log) == ["Desk A", "Desk B"]
        state = checkins.status(ev, ivan.id, first.item.id)
        assert state.first_in.desk == "Desk A" and state.first_in.at == first.entry.at
        (double,) = double_entries(ev)
        assert double.arrival.desk == "Desk A"
        assert [e.desk for e in double.extra] == ["Desk B"]


def test_undo_travels_to_the_other_desk(desks):
    ev_a, ev_b, folder, a, b = desks
    anna = _guest(ev_a, "Müller")
    res = checkins.check_in(ev_a, anna, desk="Desk A")
    apply_all(ev_b, folder)
    checkins.undo(ev_a, anna.id, res.item)
    apply_all(ev_b, folder)
    assert checkins.status(ev_b, _guest(ev_b, "Müller").id, res.item.id).state is State.NOT_YET


def test_guest_edits_last_writer_wins_per_field_and_the_loser_is_kept(desks, clock):
    ev_a, ev_b, folder, a, b = desks
    anna_a = _guest(ev_a, "Müller")
    guests.update_guest(ev_a, anna_a.id, organisation="Müller AG", phone="+49 1")
    clock.now += timedelta(minutes=1)
    guests.update_guest(ev_b, _guest(ev_b, "Müller").id, organisation="Müller & Söhne")
    apply_all(ev_a, folder)
    apply_all(ev_b, folder)
    for ev in (ev_a, ev_b):
        anna = _guest(ev, "Müller")
        assert anna.organisation == "Müller & Söhne"  # B edited later
        assert anna.phone == "+49 1"  # a field only A edited
        lost = [h for h in edit_history(ev, anna.token) if h["field"] == "organisation"]
        assert any(h["value"] == '"Müller AG"' for h in lost)


def test_walk_in_registered_at_two_desks_is_flagged_as_likely_duplicate(desks):
    ev_a, ev_b, folder, a, b = desks
    guests.add_guest(ev_a, given_name="Ольга", family_name="Петрова", organisation="СибМед")
    guests.add_guest(ev_b, given_name="ольга ", family_name="Петрова")
    apply_all(ev_a, folder)
    apply_all(ev_b, folder)
    for ev in (ev_a, ev_b):
        olgas = [g for g in guests.list_guests(ev) if g.family_name == "Петрова"]
        assert len(olgas) == 2  # nothing merged on its own: an admin decides
        (dup,) = likely_duplicates(ev)
        assert {dup.guest_a, dup.guest_b} == {g.id for g in olgas}
        assert dup.reason == "same_name"


def test_walk_in_checked_in_at_b_reaches_c_whatever_order_the_journals_arrive(
    desks, tmp_path, clock
):
    ev_a, ev_b, folder, a, b = desks
    walk_in = guests.add_guest(ev_a, given_name="Hans", family_name="Neu")
    apply_all(ev_b, folder)
    checkins.check_in(ev_b, _guest(ev_b, "Neu"), desk="Desk B")
    # desk C joins late from the old snapshot and applies everything
    snap = snapshot.latest(folder)
    ev_c = snapshot.restore(snap, tmp_path / "c.checkin")
    ev_c.clock = clock  # the desks' clocks agree (records far from it are refused)
    try:
        Journal.attach(ev_c, folder, desk_name="Desk C")
        apply_all(ev_c, folder)
        neu = _guest(ev_c, "Neu")
        assert neu.token == walk_in.token
        item = checkins.programme.active_item(ev_c)
        assert checkins.status(ev_c, neu.id, item.id).first_in.desk == "Desk B"
    finally:
        ev_c.close()


def test_changes_made_while_no_journal_was_attached_are_caught_up(desks, tmp_path):
    ev_a, ev_b, folder, a, b = desks
    a.detach()
    other = Event.open(ev_a.path)  # e.g. `checkin scan` from a script
    checkins.check_in(other, _guest(other, "Weiß"), desk="Desk A script")
    other.close()
    apply_all(ev_b, folder)
    item = checkins.programme.active_item(ev_b)
    assert checkins.status(ev_b, _guest(ev_b, "Weiß").id, item.id).state is State.NOT_YET
    Journal.attach(ev_a, folder)
    apply_all(ev_b, folder)
    assert checkins.status(ev_b, _guest(ev_b, "Weiß").id, item.id).first_in.desk == "Desk A script"


def test_segments_roll_over_and_closed_ones_are_not_rewritten(desks, monkeypatch):
    ev_a, ev_b, folder, a, b = desks
    monkeypatch.setattr("checkin.sync.journal.SEGMENT_RECORDS", 3)
    for family in ("Müller", "Парфёнов", "Weiß"):
        guests.update_guest(ev_a, _guest(ev_a, family).id, notes="VIP")
    for i in range(5):
        guests.add_guest(ev_a, given_name=f"Walk{i}", family_name="In")
    segs = sorted(a.dir.glob("*.jsonl"))
    assert len(segs) >= 3
    closed = {p: p.read_bytes() for p in segs[:-1]}
    guests.update_guest(ev_a, _guest(ev_a, "Weiß").id, notes="")
    assert all(p.read_bytes() == data for p, data in closed.items())
    apply_all(ev_b, folder)
    assert _guest(ev_b, "Müller").notes == "VIP"
    assert len([g for g in guests.list_guests(ev_b) if g.family_name == "In"]) == 5


def test_record_roundtrip_and_checksum():
    from checkin.sync.records import Record, decode

    rec = Record("d1", 7, "guest", "2027-04-20T08:00:00+00:00", {"token": "T", "fields": {}})
    assert decode(encode(rec).rstrip(b"\n")) == rec


def test_unpairing_at_one_desk_reaches_the_others_through_the_journal(desks):
    ev_a, ev_b, folder, a, b = desks
    desk_c = "-".join(["CCCCCCC"] * 8)  # a Syncthing device id
    a.record_unpair(desk_c)
    apply_all(ev_b, folder)
    assert desk_c in ev_b.setting("sync.unpaired")


def test_a_timer_skips_unchanged_journals_but_never_misses_a_new_record(desks):
    ev_a, ev_b, folder, a, b = desks
    seen: dict = {}
    people = guests.list_guests(ev_a)
    checkins.check_in(ev_a, people[0], desk="Desk A")
    assert apply_all(ev_b, folder, seen).applied == 1
    assert apply_all(ev_b, folder, seen).applied == 0
    checkins.check_in(ev_a, people[1], desk="Desk A")
    assert apply_all(ev_b, folder, seen).applied == 1


def test_table_moves_and_badge_prints_made_by_other_code_paths_travel_on_flush(desks):
    ev_a, ev_b, folder, a, b = desks
    anna = _guest(ev_a, "Müller")
    pflege = ev_a.db.execute("SELECT id FROM tables WHERE number = 2").fetchone()[0]
    with ev_a.db.conn:  # as seating and badge printing write: straight to the guest row
        ev_a.db.execute(
            "UPDATE guests SET table_id = ?, badge_printed_count = 1 WHERE id = ?",
            [pflege, anna.id],
        )
    assert a.flush() == 1
    apply_all(ev_b, folder)
    anna_b = _guest(ev_b, "Müller")
    table_b = ev_b.db.execute(
        "SELECT number FROM tables WHERE id = ?", [anna_b.table_id]
    ).fetchone()[0]
    assert table_b == 2 and anna_b.badge_printed_count == 1


def test_a_crash_between_journal_write_and_event_note_does_not_duplicate(desks):
    ev_a, ev_b, folder, a, b = desks
    entry = checkins.check_in(ev_a, _guest(ev_a, "Müller"), desk="Desk A").entry
    written = len(read_lines(a.dir)[0])
    # the record reached the journal, but the crash came before the event file noted it
    a.detach()
    with ev_a.db.conn:
        ev_a.db.execute("DELETE FROM sync_origins WHERE checkin_id = ?", [entry.id])
        ev_a.db.execute("UPDATE sync_applied SET seq = seq - 1 WHERE desk = ?", [a.desk_id])
    Journal.attach(ev_a, folder)
    assert len(read_lines(a.dir)[0]) == written  # not journaled a second time
    apply_all(ev_b, folder)
    anna_b = _guest(ev_b, "Müller")
    assert len(checkins.log_entries(ev_b, anna_b.id, entry.item_id)) == 1


def test_check_ins_at_an_item_added_at_another_desk_are_kept(desks):
    ev_a, ev_b, folder, a, b = desks
    breakfast = checkins.programme.add_item(ev_a, "Mi 25.04 Frühstück")
    checkins.check_in(ev_a, _guest(ev_a, "Weiß"), breakfast, desk="Desk A")
    report = apply_all(ev_b, folder)
    assert not report.waiting
    item_b = checkins.programme.get_item(ev_b, breakfast.id)
    assert item_b.name == "Mi 25.04 Frühstück"
    assert checkins.status(ev_b, _guest(ev_b, "Weiß").id, item_b.id).first_in.desk == "Desk A"


def test_an_import_at_one_desk_is_not_flagged_as_duplicates_of_itself_elsewhere(desks):
    ev_a, ev_b, folder, a, b = desks
    guests.add_guests(ev_a, [{"given_name": "Anna", "family_name": "Schmidt"}] * 3)
    walk_in = guests.add_guest(ev_b, given_name="Anna", family_name="Schmidt")  # at B
    apply_all(ev_b, folder)
    schmidts = {g.id for g in guests.list_guests(ev_b) if g.family_name == "Schmidt"}
    assert len(schmidts) == 4
    flagged = likely_duplicates(ev_b)
    # each of A's three is flagged against B's walk-in, never against each other
    assert sorted({d.guest_a, d.guest_b} - {walk_in.id} for d in flagged) == sorted(
        {g} for g in schmidts - {walk_in.id}
    )


def test_only_changed_guests_are_looked_at_when_the_journal_catches_up(desks):
    ev_a, ev_b, folder, a, b = desks
    assert a.flush() == 0
    assert ev_a.db.execute("SELECT COUNT(*) FROM sync_dirty").fetchone()[0] == 0
    with ev_a.db.conn:  # a table renumbered by hand moves its guests' table numbers
        ev_a.db.execute("UPDATE tables SET number = 7 WHERE number = 2")
    assert a.flush() == 1  # Иван sits at that table
    apply_all(ev_b, folder)
    ivan_b = _guest(ev_b, "Парфёнов")
    assert (
        ev_b.db.execute("SELECT number FROM tables WHERE id = ?", [ivan_b.table_id]).fetchone()[0]
        == 7
    )
