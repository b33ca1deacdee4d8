"""The command line: demo, new, guests, scan, undo, stats — exit codes and JSON."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from tests.cli.helpers import run


def _guests(capsys, path, *extra):
    code, out, _ = run(capsys, "guests", path, "--json", *extra)
    assert code == 0
    return json.loads(out)["guests"]


def test_demo_scan_then_scan_again(demo, capsys):
    guest = next(g for g in _guests(capsys, demo) if g["table"])
    code, out, _ = run(capsys, "scan", demo, guest["code"], "--json", "--desk", "Empfang 1")
    data = json.loads(out)
    assert code == 0
    assert data["result"] == "checked_in"
    assert data["guest"]["id"] == guest["id"]
    assert data["table"]["number"] == guest["table"]
    code, out, _ = run(capsys, "scan", demo, guest["code"], "--json", "--desk", "Empfang 2")
    data = json.loads(out)
    assert code == 1
    assert data["result"] == "already_checked_in"
    assert data["first_checked_in_desk"] == "Empfang 1"


def test_scan_refusals_exit_1_with_reason(demo, capsys):
    code, out, _ = run(capsys, "scan", demo, "PX-NOPE")
    assert code == 1 and "Unknown code" in out
    code, out, _ = run(capsys, "scan", demo, "CK" + "0" * 20, "--json")
    assert code == 1 and json.loads(out)["result"] == "mistyped_code"
    code, out, _ = run(capsys, "scan", demo, "CK" + "0" * 20)
    assert code == 1 and "Typing error" in out


def test_guest_search_and_status(demo, capsys):
    found = _guests(capsys, demo, "--search", "parfenov")
    assert {g["family_name"] for g in found} == {"Парфёнов", "Парфёнова"}
    assert all(g["status"] == "not_yet" for g in found)
    run(capsys, "scan", demo, found[0]["code"])
    again = {g["id"]: g for g in _guests(capsys, demo, "--search", "parfenov")}
    assert again[found[0]["id"]]["status"] == "in"
    assert again[found[0]["id"]]["checked_in_at"]


def test_guests_json_gives_the_passport_spelling_as_latin(demo, capsys):
    found = {g["family_name"]: g for g in _guests(capsys, demo, "--search", "Parfjonow")}
    assert found["Парфёнов"]["latin"] == "Aleksei Parfenov"  # found by its German spelling
    assert _guests(capsys, demo, "--search", "Weiß")[0]["latin"] == ""  # Latin already
    code, out, _ = run(capsys, "guests", demo, "--search", "Parfenov")
    assert "Парфёнов, Алексей (Aleksei Parfenov)" in out


def test_undo_last_and_by_id(demo, capsys):
    g = _guests(capsys, demo)[5]
    run(capsys, "scan", demo, g["code"])
    code, out, _ = run(capsys, "undo", demo, "--last", "--json")
    assert code == 0 and json.loads(out)["status"] == "not_yet"
    code, _, err = run(capsys, "undo", demo, g["id"])
    assert code == 2 and "nothing to undo" in err
    run(capsys, "scan", demo, g["code"])
    code, out, _ = run(capsys, "checkout", demo, g["id"], "--json")
    assert code == 0 and json.loads(out)["status"] == "out"


def test_stats_json(demo, capsys):
    g = _guests(capsys, demo)[0]
    run(capsys, "scan", demo, g["code"])
    code, out, _ = run(capsys, "stats", demo, "--json")
    data = json.loads(out)
    exchange = next(i for i in data["items"] if "Kooperationsbörse" in i["item"]["name"])
    assert code == 0 and exchange["checked_in"] == 1 and exchange["expected"] >= 75


def test_new_event_and_items(tmp_path, capsys):
    path = tmp_path / "s.checkin"
    assert run(capsys, "new", path, "--name", "Sommerfest", "--languages", "de,ru")[0] == 0
    code, out, _ = run(capsys, "items", path, "--add", "Abendessen", "--json")
    data = json.loads(out)
    assert code == 0 and [i["name"] for i in data["items"]] == ["Sommerfest", "Abendessen"]
    assert run(capsys, "new", path, "--name", "again")[0] == 2


@pytest.mark.parametrize(
    "argv, message",
    [
        (["scan", "/nonexistent/x.checkin", "ABC"], "no such event file"),
        (["guests"], "required"),
        (["scan", "{demo}", "X", "--item", "999"], "no programme item 999"),
        (["undo", "{demo}", "99999"], "no guest with id 99999"),
        (["frobnicate", "{demo}"], "unknown command"),
    ],
)
def test_bad_input_is_one_line_and_exit_2(demo, capsys, argv, message):
    argv = [a.replace("{demo}", str(demo)) for a in argv]
    code, _, err = run(capsys, *argv)
    assert code == 2
    assert message in err.lower()
    assert len(err.strip().splitlines()) == 1


def test_installed_entry_point_runs(tmp_path):
    path = tmp_path / "e.checkin"
    proc = subprocess.run(
        [sys.executable, "-m", "checkin", "demo", str(path), "--json"],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert proc.returncode == 0, proc.stderr
    assert json.loads(proc.stdout)["path"] == str(path)


def test_reports_work_while_a_desk_holds_the_file(demo, capsys):
    holder = subprocess.Popen(  # another process has the file open for writing, like a desk
        [
            sys.executable,
            "-c",
            "import sys, time; from checkin.event import Event; e = Event.open(sys.argv[1]); "
            "print('ready', flush=True); time.sleep(60)",
            str(demo),
        ],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout.readline().strip() == "ready"
        code, out, _ = run(capsys, "guests", demo, "--json")
        assert code == 0 and json.loads(out)["guests"]
        assert run(capsys, "stats", demo)[0] == 0
        assert run(capsys, "items", demo)[0] == 0
        code, _, err = run(capsys, "scan", demo, "X")  # writing is refused, with a reason
        assert code == 2 and "another checkin" in err
    finally:
        holder.kill()
        holder.wait()


def test_scan_repairs_a_code_typed_in_a_german_layout(demo, capsys):
    swap = str.maketrans("YZ", "ZY")  # a US-layout scanner on a German (QWERTZ) system
    guest = next(g for g in _guests(capsys, demo) if g["code"].translate(swap) != g["code"])
    code, out, _ = run(capsys, "scan", demo, guest["code"].translate(swap), "--json")
    data = json.loads(out)
    assert code == 0 and data["result"] == "checked_in" and data["guest"]["id"] == guest["id"]
    assert data["keyboard_layout"] != "us"
