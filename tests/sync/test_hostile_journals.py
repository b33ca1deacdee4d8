"""Journals from another desk are untrusted: every bad record is quarantined, the desk carries on.

Each case writes what a broken, old or foreign desk could put into its journal folder, then
shows that desk B refuses exactly that record (with its reason), applies the records after
it and those of the other desks, and still checks guests in and exports its log.
"""

from __future__ import annotations

import threading
import tracemalloc
from datetime import timedelta

import pytest

from checkin import checkins, codes, guests, scanning
from checkin.checkins import Result, State
from checkin.clock import to_text
from checkin.exporting.log_export import export_log
from checkin.exporting.pdf_report import export_pdf
from checkin.models import Guest
from checkin.sync import quarantine, snapshot
from checkin.sync.apply import apply_all
from checkin.sync.journal import Journal
from checkin.sync.records import MAX_LINE, Record, encode
from checkin.sync.validate import GUEST_FIELDS, NOT_SYNCED
from tests.helpers import guest_named

BAD = "bad0desk"  # a desk folder that sorts before the real desks' random ids
AFTER = "zzzzdesk"  # and one that sorts after them


@pytest.fixture
def desk_b(event, tmp_path, clock):
    """Desk B, started from desk A's snapshot, sharing A's sync folder; one clock for both."""
    folder = tmp_path / "sync"
    a = Journal.attach(event, folder, desk_name="Desk A")
    ev_b = snapshot.restore(snapshot.publish(event, folder, a.desk_id), tmp_path / "b.checkin")
    ev_b.clock = clock
    Journal.attach(ev_b, folder, desk_name="Desk B")
    yield ev_b, folder, clock
    ev_b.close()


def _now(clock, **delta) -> str:
    return to_text(clock.now + timedelta(**delta))


def write_journal(folder, desk, lines) -> None:
    """Records (or raw bytes) as lines 1, 2, … of a desk's journal."""
    target = folder / "journal" / desk
    target.mkdir(parents=True, exist_ok=True)
    data = b"".join(x if isinstance(x, bytes) else encode(x) for x in lines)
    (target / "000000001.jsonl").write_bytes(data)


def checkin_record(desk, seq, guest, at, **changes) -> Record:
    payload = {
        "guest": guest.token,
        "uid": guest.uid,
        "item": 1,
        "action": "in",
        "at": at,
        "desk": desk,
        "operator": "",
        **changes,
    }
    return Record(desk, seq, "checkin", at, {k: v for k, v in payload.items() if v is not ...})


def edit_record(desk, seq, guest, at, fields, **extra) -> Record:
    payload = {"token": guest.token, "uid": guest.uid, "fields": fields, "new": False, **extra}
    return Record(desk, seq, "guest", at, payload)


def _state(ev, family) -> State:
    return checkins.status(ev, guest_named(ev, family).id, 1).state


def _carries_on(ev_b, folder, clock, tmp_path) -> None:
    """B still applies other desks, checks guests in and exports its log and report."""
    ivan = guest_named(ev_b, "Парфёнов")
    write_journal(folder, AFTER, [checkin_record(AFTER, 1, ivan, _now(clock))])
    apply_all(ev_b, folder)
    assert _state(ev_b, "Парфёнов") is State.IN
    code = guests.badge_code(ev_b, guest_named(ev_b, "Weiß"))
    assert scanning.scan(ev_b, code, desk="Desk B").result.result is Result.CHECKED_IN
    assert export_log(ev_b, tmp_path / "log.csv") >= 2
    export_pdf(ev_b, tmp_path / "report.pdf")
    assert (tmp_path / "report.pdf").stat().st_size > 1000


def _apply_within(ev_b, folder, seconds=30):
    """apply_all in a thread: a loop that never ends fails the test instead of hanging it."""
    out = {}
    thread = threading.Thread(target=lambda: out.update(r=apply_all(ev_b, folder)), daemon=True)
    thread.start()
    thread.join(seconds)
    assert not thread.is_alive(), "applying the journals never returned"
    return out["r"]


def _bad_cases():
    """(name, records for desk BAD given (ev, clock), expected reason) — each from the issue."""

    def anna(ev):
        return guest_named(ev, "Müller")

    return [
        ("desk differs from its folder", lambda ev, c: [checkin_record("other", 1, anna(ev), _now(c))], "wrong_desk"),
        ("desk is this desk", lambda ev, c: [checkin_record(ev.setting("sync.desk_id"), 1, anna(ev), _now(c))], "wrong_desk"),
        ("at is not a time", lambda ev, c: [checkin_record(BAD, 1, anna(ev), "not-a-time")], "bad_time"),
        ("arrival in 1970", lambda ev, c: [checkin_record(BAD, 1, anna(ev), "1970-01-01T00:00:00+00:00")], "bad_time"),
        ("missing key", lambda ev, c: [checkin_record(BAD, 1, anna(ev), _now(c), item=...)], "missing"),
        ("wrong-typed key", lambda ev, c: [checkin_record(BAD, 1, anna(ev), _now(c), item="1")], "bad_value"),
        ("unknown action", lambda ev, c: [checkin_record(BAD, 1, anna(ev), _now(c), action="teleport")], "bad_value"),
        ("a setting of this desk", lambda ev, c: [Record(BAD, 1, "setting", _now(c), {"key": "sync.desk_id", "value": "x"})], "bad_value"),
        ("a design dated 9999", lambda ev, c: [Record(BAD, 1, "design", _now(c), {"name": "Presse", "design": None, "at": "9999-01-01T00:00:00+00:00", "desk": "x", "deleted": True})], "bad_time"),
        ("unknown kind", lambda ev, c: [Record(BAD, 1, "drop_table", _now(c), {})], "unknown_kind"),
        ("payload not an object", lambda ev, c: [Record(BAD, 1, "guest", _now(c), ["x"])], "bad_value"),
        ("seq not a number", lambda ev, c: [Record(BAD, "1", "unpair", _now(c), {"device": "x"})], "bad_value"),
        ("seq out of place", lambda ev, c: [checkin_record(BAD, 7, anna(ev), _now(c))], "bad_value"),
        ("badge token rewritten", lambda ev, c: [edit_record(BAD, 1, anna(ev), _now(c), {"token": "ZZZZZZ"})], "not_allowed"),
        ("clashing row id", lambda ev, c: [edit_record(BAD, 1, anna(ev), _now(c), {"id": 2})], "not_allowed"),
        ("edit dated 9999", lambda ev, c: [edit_record(BAD, 1, anna(ev), "9999-12-31T00:00:00+00:00", {"notes": "x"})], "bad_time"),
        ("escape codes in a name", lambda ev, c: [edit_record(BAD, 1, anna(ev), _now(c), {"family_name": "\x1b[2Jx\x07"})], "bad_value"),
        ("accepted codes not a list", lambda ev, c: [edit_record(BAD, 1, anna(ev), _now(c), {"extra_codes": '{"code": "X"}'})], "bad_value"),
        ("badge version out of range", lambda ev, c: [edit_record(BAD, 1, anna(ev), _now(c), {"badge_version": 99})], "bad_value"),
        ("new guest with a taken token", lambda ev, c: [Record(BAD, 1, "guest", _now(c), {"token": anna(ev).token, "uid": "0" * 16, "fields": {"family_name": "Fake"}, "new": True})], "token_taken"),
        ("undo of another guest's entry", lambda ev, c: [checkin_record(BAD, 1, guest_named(ev, "Парфёнов"), _now(c)), checkin_record(BAD, 2, anna(ev), _now(c), action="undo", undoes=[BAD, 1])], "bad_value"),
        ("not json", lambda ev, c: [b'{"r": {"desk": \n'], "damaged"),
        ("deeply nested", lambda ev, c: [b"[" * 60_000 + b"\n"], "damaged"),
        ("over the line limit", lambda ev, c: [b"[" * (MAX_LINE + 1) + b"\n"], "too_long"),
    ]  # fmt: skip


@pytest.mark.parametrize("case", _bad_cases(), ids=lambda c: c[0])
def test_a_bad_record_is_quarantined_and_the_desk_carries_on(desk_b, case, tmp_path):
    ev_b, folder, clock = desk_b
    _, make, reason = case
    anna_before = guest_named(ev_b, "Müller")
    bad = make(ev_b, clock)
    good_after = checkin_record(BAD, len(bad) + 1, guest_named(ev_b, "Müller"), _now(clock))
    write_journal(folder, BAD, [*bad, good_after])
    report = _apply_within(ev_b, folder)
    refused = quarantine.entries(ev_b)
    assert [q.reason for q in refused] == [reason], refused
    assert refused[0].describe()  # a sentence for the desks panel and --status
    assert report.quarantined == 1 and not report.waiting
    anna = guest_named(ev_b, "Müller")
    assert (anna.token, anna.badge_version, anna.family_name) == (
        anna_before.token,
        anna_before.badge_version,
        anna_before.family_name,
    )
    assert guests.badge_code(ev_b, anna) == guests.badge_code(ev_b, anna_before)
    assert _state(ev_b, "Müller") is State.IN  # the good record after the bad one applied
    assert apply_all(ev_b, folder).quarantined == 0  # refused once, not on every pass
    _carries_on(ev_b, folder, clock, tmp_path)


def test_an_edit_dated_far_ahead_does_not_beat_the_edits_after_it(desk_b, event):
    ev_b, folder, clock = desk_b
    anna = guest_named(ev_b, "Müller")
    write_journal(
        folder, BAD, [edit_record(BAD, 1, anna, _now(clock, days=30), {"organisation": "Evil"})]
    )
    apply_all(ev_b, folder)
    guests.update_guest(event, guest_named(event, "Müller").id, organisation="Müller AG")
    apply_all(ev_b, folder)
    assert guest_named(ev_b, "Müller").organisation == "Müller AG"
    assert [q.reason for q in quarantine.entries(ev_b)] == ["bad_time"]


def test_a_badge_version_never_goes_back(desk_b, event):
    ev_b, folder, clock = desk_b
    from checkin.badge_lifecycle import reprint

    reprint(event, guest_named(event, "Müller").id, "lost")
    apply_all(ev_b, folder)
    anna = guest_named(ev_b, "Müller")
    assert anna.badge_version == 2
    write_journal(
        folder, BAD, [edit_record(BAD, 1, anna, _now(clock, hours=1), {"badge_version": 1})]
    )
    apply_all(ev_b, folder)
    assert guest_named(ev_b, "Müller").badge_version == 2
    lost_badge = codes.make_code(ev_b.secret, anna.token, 1)
    assert scanning.scan(ev_b, lost_badge).result.result is Result.REPLACED_BADGE


def test_a_line_far_over_the_limit_is_refused_without_being_read_whole(desk_b, tmp_path):
    ev_b, folder, clock = desk_b
    anna = guest_named(ev_b, "Müller")
    huge = b'{"r": {"desk": "' + b"x" * (20 * 1024 * 1024) + b'"}}\n'
    write_journal(folder, BAD, [huge, checkin_record(BAD, 2, anna, _now(clock))])
    size_before = ev_b.path.stat().st_size
    tracemalloc.start()
    try:
        report = apply_all(ev_b, folder)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert peak < 4 * 1024 * 1024, f"peak {peak} bytes for a 20 MB line"
    assert report.quarantined == 1
    (refused,) = quarantine.entries(ev_b)
    assert refused.reason == "too_long" and len(refused.line) < 1000
    assert _state(ev_b, "Müller") is State.IN
    assert ev_b.path.stat().st_size < size_before + 1024 * 1024


def test_a_half_line_over_the_limit_is_refused_before_the_rest_arrives(desk_b):
    ev_b, folder, clock = desk_b
    write_journal(folder, BAD, [b"{" + b" " * (MAX_LINE + 10)])  # no newline yet
    assert apply_all(ev_b, folder).quarantined == 1


def test_records_about_a_refused_guest_are_refused_too_and_block_nothing(desk_b):
    ev_b, folder, clock = desk_b
    bad_new = Record(
        BAD,
        1,
        "guest",
        _now(clock),
        {"token": "7K3M9Q", "uid": "A" * 16, "fields": {"family_name": "\x00"}, "new": True},
    )
    ghost = Guest(id=0, token="7K3M9Q", uid="A" * 16)
    anna = guest_named(ev_b, "Müller")
    write_journal(
        folder,
        BAD,
        [
            bad_new,
            checkin_record(BAD, 2, ghost, _now(clock)),
            checkin_record(BAD, 3, anna, _now(clock)),
        ],
    )
    report = apply_all(ev_b, folder)
    assert [q.reason for q in quarantine.entries(ev_b)] == ["bad_value", "refers_to_refused"]
    assert not report.waiting and _state(ev_b, "Müller") is State.IN


def test_a_check_in_for_a_guest_not_here_yet_waits_and_applies_when_the_guest_arrives(
    desk_b, event
):
    ev_b, folder, clock = desk_b
    walk_in = guests.add_guest(event, given_name="Hans", family_name="Neu")  # A journals it
    # desk C checked the walk-in in; its journal arrives before A's record of the walk-in
    a_dir = next(
        p for p in (folder / "journal").iterdir() if p.name == event.setting("sync.desk_id")
    )
    segment = sorted(a_dir.glob("*.jsonl"))[-1]
    held_back = segment.read_bytes()
    segment.write_bytes(held_back[: held_back.rstrip(b"\n").rfind(b"\n") + 1])
    write_journal(folder, AFTER, [checkin_record(AFTER, 1, walk_in, _now(clock))])
    report = apply_all(ev_b, folder)
    assert "not known yet" in report.waiting[AFTER] and not quarantine.entries(ev_b)
    segment.write_bytes(held_back)
    report = apply_all(ev_b, folder)
    assert not report.waiting and _state(ev_b, "Neu") is State.IN


def test_every_guest_column_is_either_synced_or_bookkeeping(event):
    """A column added to guests must be given a rule in validate.GUEST_FIELDS (or be listed
    as bookkeeping): otherwise it would silently never reach the other desks."""
    columns = {c.name for c in event.db["guests"].columns}
    assert columns - NOT_SYNCED <= set(GUEST_FIELDS), columns - NOT_SYNCED - set(GUEST_FIELDS)
