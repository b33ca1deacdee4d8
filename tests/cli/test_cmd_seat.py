"""checkin seat: automatic seating (dry run and for real) and seating by hand with a lock."""

from __future__ import annotations

import json

import pytest

from tests.cli.helpers import run


def _tables_of(capsys, path) -> dict[int, int | None]:
    code, out, _ = run(capsys, "guests", path, "--json")
    return {g["id"]: g["table"] for g in json.loads(out)["guests"]}


def test_dry_run_explains_and_changes_nothing(demo, capsys):
    before = _tables_of(capsys, demo)
    code, out, _ = run(capsys, "seat", demo, "--auto", "--dry-run", "--json")
    assert code == 0
    data = json.loads(out)
    assert data["dry_run"] is True and data["changed"] == 0
    assert data["moves"] == 5  # the five guests without a table and without a field
    viktor = next(p for p in data["placed"] if p["name"] == "Виктор Белов")
    assert viktor["reason"]["key"] == "no_field"
    assert "free seat at table" in viktor["reason"]["text"]
    assert _tables_of(capsys, demo) == before
    code, out, _ = run(capsys, "seat", demo, "--auto", "--dry-run")
    assert "Dry run: nothing was changed." in out
    assert "Visitor (Delegation Omsk)" in out  # the demo names its delegation


def test_auto_applies_and_never_moves_a_locked_guest(demo, capsys):
    code, out, _ = run(capsys, "seat", demo, "--guest", 12, "--table", 6, "--json")
    assert code == 0 and json.loads(out)["locked"] is True
    code, out, _ = run(capsys, "seat", demo, "--auto", "--json")
    data = json.loads(out)
    assert data["changed"] == 5
    locked = next(p for p in data["placed"] if p["guest_id"] == 12)
    assert locked["table"] == 6 and locked["reason"]["key"] == "locked"
    after = _tables_of(capsys, demo)
    assert after[12] == 6
    assert sum(t is not None for t in after.values()) == 72  # 67 + 5; staff and press left out
    code, out, _ = run(capsys, "tables", demo, "--json")
    assert all(not t["over_capacity"] for t in json.loads(out)["tables"])


def test_by_hand_over_capacity_warns(demo, capsys):
    # table 5 (IT) is full with 12 of 12
    code, out, _ = run(capsys, "seat", demo, "--guest", 12, "--table", 5)
    assert code == 0
    assert "13/12" in out and "over capacity" in out
    code, out, _ = run(capsys, "seat", demo, "--guest", 12, "--unseat", "--json")
    assert json.loads(out)["table"] is None
    assert _tables_of(capsys, demo)[12] is None


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["--guest", "12"], "either --table N or --unseat"),
        ([], "either --auto or --guest"),
        (["--guest", "999", "--table", "1"], "no guest with id 999"),
        (["--guest", "12", "--table", "99"], "no table 99"),
    ],
)
def test_bad_input_exit_2(demo, capsys, argv, message):
    code, out, err = run(capsys, "seat", demo, *argv)
    assert code == 2 and message in err
