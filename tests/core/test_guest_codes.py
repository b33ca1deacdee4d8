"""Accepted codes: other systems' codes check a guest in, whoever wrote them."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from checkin import checkins, guest_codes, guests, scanning
from checkin.badge_lifecycle.substitution import substitute
from checkin.checkins import Result
from checkin.errors import InvalidInput
from checkin.event import Event
from checkin.exporting.purge import purge_personal_data
from checkin.guest_codes import AcceptedCode
from checkin.sync import snapshot
from checkin.sync.apply import apply_all
from checkin.sync.journal import Journal
from tests.helpers import guest_named as _guest


def _index(event) -> set[tuple[str, int]]:
    return set(event.db.execute("SELECT code, guest_id FROM guest_codes").fetchall())


def test_codes_with_their_source_check_the_guest_in(event):
    anna = _guest(event, "Müller")
    added = guest_codes.add_codes(event, anna.id, ["h8s3kd9s0aj2mdl3", " k2l4m5n6 "], "pretix")
    assert added == ["h8s3kd9s0aj2mdl3", "k2l4m5n6"]
    assert guest_codes.add_codes(event, anna.id, ["k2l4m5n6", "EB-1"], "import") == ["EB-1"]
    assert guest_codes.codes_of(event, anna.id) == [
        AcceptedCode("h8s3kd9s0aj2mdl3", "pretix"),
        AcceptedCode("k2l4m5n6", "pretix"),
        AcceptedCode("EB-1", "import"),
    ]
    assert guest_codes.find_by_code(event, "k2l4m5n6").id == anna.id
    first = scanning.scan(event, "h8s3kd9s0aj2mdl3")
    assert first.result.result is Result.CHECKED_IN and first.result.guest.id == anna.id
    again = checkins.check_in(event, "EB-1")
    assert again.result is Result.ALREADY_CHECKED_IN and again.guest.id == anna.id
    # the change is in the guest's audit trail
    trail = event.db.execute(
        "SELECT details FROM audit WHERE guest_id = ? AND details LIKE '%extra_codes%'", [anna.id]
    ).fetchall()
    assert len(trail) == 2


def test_a_code_typed_in_another_keyboard_layout_still_finds_the_guest(event):
    anna = _guest(event, "Müller")
    guest_codes.add_codes(event, anna.id, ["qwe123"], "pretix")
    # a Russian layout turns the scanner's "qwe123" into "йцу123"
    outcome = scanning.scan(event, "йцу123")
    assert outcome.result.guest.id == anna.id and outcome.repaired


def test_a_code_of_another_guest_is_refused_and_nothing_is_written(event):
    anna, ivan = _guest(event, "Müller"), _guest(event, "Парфёнов")
    guest_codes.add_codes(event, anna.id, ["T-1"], "pretix")
    guests.update_guest(event, ivan.id, external_barcode="4006381333931")
    before = event.db.execute("SELECT extra_codes FROM guests ORDER BY id").fetchall()
    with pytest.raises(InvalidInput) as taken:
        guest_codes.add_codes(event, ivan.id, ["NEW-1", "T-1"], "import")
    assert taken.value.key == "code_taken"
    assert str(taken.value) == (
        "The code T-1 already checks in Anna Müller; a code belongs to one guest."
    )
    with pytest.raises(InvalidInput, match="Иван Парфёнов"):
        guest_codes.add_codes(event, anna.id, ["4006381333931"], "import")
    assert event.db.execute("SELECT extra_codes FROM guests ORDER BY id").fetchall() == before
    assert guest_codes.find_by_code(event, "NEW-1") is None
    # a guest's own barcode given again as a code is simply already accepted
    assert guest_codes.add_codes(event, ivan.id, ["4006381333931"], "import") == []


@pytest.mark.parametrize("bad", ["T\x1b[31m", "A\x00B", "x" * 513])
def test_control_characters_and_overlong_codes_are_refused(event, bad):
    anna = _guest(event, "Müller")
    with pytest.raises(InvalidInput) as refused:
        guest_codes.add_codes(event, anna.id, [bad], "import")
    assert refused.value.key == "invalid_value"
    assert guest_codes.codes_of(event, anna.id) == []


def test_removed_codes_no_longer_check_in(event):
    anna = _guest(event, "Müller")
    guest_codes.add_codes(event, anna.id, ["A1", "A2"], "pretix")
    assert guest_codes.remove_codes(event, anna.id, ["A1", "nope"]) == ["A1"]
    assert guest_codes.find_by_code(event, "A1") is None
    assert checkins.check_in(event, "A1").result is Result.UNKNOWN_CODE
    assert guest_codes.find_by_code(event, "A2").id == anna.id


def test_the_index_follows_every_write_path(event):
    """Rows written without the API (an import's executemany, another desk's journal, a
    repair with sqlite3) keep the lookup table right: it is kept by triggers."""
    anna = _guest(event, "Müller")
    db = event.db
    db.execute(
        "UPDATE guests SET extra_codes = ? WHERE id = ?",
        ['[{"code": "U1", "source": "sync"}, "U2", {"code": ""}, 7, {"x": 1}]', anna.id],
    )
    assert _index(event) == {("U1", anna.id), ("U2", anna.id)}
    new_id = (
        db["guests"]
        .insert({"given_name": "Neu", "token": "TOKEN123", "extra_codes": '[{"code": "N1"}]'})
        .last_pk
    )
    assert _index(event) == {("U1", anna.id), ("U2", anna.id), ("N1", new_id)}
    db.execute("UPDATE guests SET extra_codes = 'not json' WHERE id = ?", [anna.id])
    assert _index(event) == {("N1", new_id)}
    assert guest_codes.codes_of(event, anna.id) == []
    db.execute("DELETE FROM guests WHERE id = ?", [new_id])
    assert _index(event) == set()


def test_lookups_use_the_index(event):
    """At 100,000 guests a scan must not read the guest table: the plan says so (timing is
    in tests/benchmarks/test_codes_benchmark.py)."""
    plan = " | ".join(
        row[3]
        for row in event.db.execute(
            "EXPLAIN QUERY PLAN SELECT * FROM guests WHERE id IN (SELECT id FROM guests WHERE"
            " external_barcode = ?1 UNION SELECT guest_id FROM guest_codes WHERE code = ?1)",
            ["x"],
        )
    )
    assert "SCAN guests" not in plan and "SCAN guest_codes" not in plan, plan


def test_codes_reach_the_other_desk_and_check_in_there(event, tmp_path, clock):
    folder = tmp_path / "sync"
    Journal.attach(event, folder, desk_name="Desk A")
    snap = snapshot.publish(event, folder, event.setting("sync.desk_id"))
    desk_b = snapshot.restore(snap, tmp_path / "b.checkin")
    desk_b.clock = clock
    Journal.attach(desk_b, folder, desk_name="Desk B")
    try:
        anna = _guest(event, "Müller")
        guest_codes.add_codes(event, anna.id, ["SECRET-A"], "pretix")
        walk_in = guests.add_guest(event, given_name="Olga", family_name="Smirnova")
        guest_codes.add_codes(event, walk_in.id, ["SECRET-O"], "import")
        apply_all(desk_b, folder)
        assert guest_codes.codes_of(desk_b, _guest(desk_b, "Müller").id) == [
            AcceptedCode("SECRET-A", "pretix")
        ]
        result = checkins.check_in(desk_b, "SECRET-O")
        assert result.result is Result.CHECKED_IN and result.guest.family_name == "Smirnova"
        # removed at B: A follows
        guest_codes.remove_codes(desk_b, _guest(desk_b, "Müller").id, ["SECRET-A"])
        apply_all(event, folder)
        assert guest_codes.find_by_code(event, "SECRET-A") is None
    finally:
        desk_b.close()


def test_purge_and_substitution_take_the_codes_away(event):
    anna, ivan = _guest(event, "Müller"), _guest(event, "Парфёнов")
    guest_codes.add_codes(event, anna.id, ["ANNA-TICKET"], "pretix")
    guest_codes.add_codes(event, ivan.id, ["IVAN-TICKET"], "pretix")
    done = substitute(event, anna.id, given_name="Berta", family_name="Müller")
    assert done.old_person["extra_codes"] == ["ANNA-TICKET"]
    assert guest_codes.find_by_code(event, "ANNA-TICKET") is None
    purge_personal_data(event, confirmed=True)
    assert guest_codes.find_by_code(event, "IVAN-TICKET") is None
    assert _index(event) == set()


def test_an_old_event_file_gets_accepted_codes_when_upgraded(tmp_path):
    path = tmp_path / "old.checkin"
    shutil.copy(Path(__file__).parents[1] / "data" / "event-v1.checkin", path)
    with Event.open(path) as event:
        guest = guests.list_guests(event)[0]
        guest_codes.add_codes(event, guest.id, ["OLD-1"], "import")
        assert checkins.check_in(event, "OLD-1").guest.id == guest.id
