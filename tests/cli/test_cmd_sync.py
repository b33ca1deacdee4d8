"""checkin sync: join code, join, status, and a clear message without Syncthing."""

from __future__ import annotations

import json
import subprocess
import sys
import time

import pytest

from checkin import checkins, guests
from checkin.cli import main
from checkin.event import Event
from checkin.sync import pairing, snapshot
from checkin.sync.apply import apply_all
from checkin.sync.journal import Journal
from checkin.sync.syncthing import find_binary

needs_syncthing = pytest.mark.skipif(find_binary() is None, reason="syncthing is not installed")


def _json(capsys):
    return json.loads(capsys.readouterr().out)


@needs_syncthing
def test_join_code_carries_device_address_and_folder_and_publishes_a_snapshot(
    event, tmp_path, capsys
):
    home = tmp_path / "st"
    rc = main(
        [
            "sync",
            str(event.path),
            "--join-code",
            "--json",
            "--home",
            str(home),
            "--listen-host",
            "127.0.0.1",
        ]
    )
    assert rc == 0
    data = _json(capsys)
    code = pairing.parse(data["code"])
    assert code.device_id == data["device_id"] and code.event_name == "Testbörse"
    assert code.address.startswith("tcp://127.0.0.1:")
    assert code.event_id == event.setting("sync.event_id")
    snap = snapshot.latest(pairing.default_folder(event.path))
    with Event.open(snap) as copy:
        assert len(guests.list_guests(copy)) == 3


def test_status_of_a_desk_that_is_not_syncing(event, tmp_path, capsys):
    rc = main(["sync", str(event.path), "--status", "--json", "--home", str(tmp_path / "st")])
    assert rc == 0
    assert _json(capsys) == {
        "running": False,
        "desks": [],
        "quarantined": [],
        "double_entries": [],
        "likely_duplicates": [],
    }


def test_status_lists_double_check_ins_and_likely_duplicate_walk_ins(
    event, tmp_path, capsys, clock
):
    folder = pairing.default_folder(event.path)
    a = Journal.attach(event, folder, desk_name="Desk A")
    other = snapshot.restore(snapshot.publish(event, folder, a.desk_id), tmp_path / "b.checkin")
    other.clock = clock  # one clock for both desks: A's check-in is the earlier
    try:
        Journal.attach(other, folder, desk_name="Desk B")
        ivan = next(g for g in guests.list_guests(event) if g.family_name == "Парфёнов")
        checkins.check_in(event, ivan, desk="Desk A")
        checkins.check_in(other, guests.find_by_token(other, ivan.token), desk="Desk B")
        guests.add_guest(event, given_name="Olga", family_name="Petrova")
        guests.add_guest(other, given_name="Olga", family_name="Petrova")
        apply_all(event, folder)
    finally:
        other.close()
    event.close()
    assert main(["sync", str(event.path), "--status", "--json", "--home", str(tmp_path)]) == 0
    data = _json(capsys)
    (double,) = data["double_entries"]
    assert double["guest"] == "Иван Парфёнов" and double["arrival"]["desk"] == "Desk A"
    assert [e["desk"] for e in double["extra"]] == ["Desk B"]
    (dup,) = data["likely_duplicates"]
    assert dup["guest_a"] == dup["guest_b"] == "Olga Petrova" and dup["reason"] == "same_name"
    assert main(["sync", str(event.path), "--status", "--home", str(tmp_path)]) == 0
    text = capsys.readouterr().out
    assert "Checked in twice: Иван Парфёнов" in text and "Likely the same person" in text


def test_a_mistyped_join_code_is_refused_in_one_line(tmp_path, capsys):
    rc = main(
        [
            "sync",
            str(tmp_path / "new.checkin"),
            "--join",
            "CJ1 abc 123 NOTADEVICE host:1",
            "--home",
            str(tmp_path / "st"),
        ]
    )
    assert rc == 2
    err = capsys.readouterr().err.strip()
    assert "not a valid join code" in err and "\n" not in err
    assert not (tmp_path / "new.checkin").exists()


def test_without_syncthing_the_message_says_how_to_get_it(event, tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("CHECKIN_SYNCTHING", str(tmp_path / "no-such-syncthing"))
    rc = main(["sync", str(event.path), "--run", "--seconds", "1", "--home", str(tmp_path / "st")])
    assert rc == 2
    err = capsys.readouterr().err
    assert "apt install syncthing" in err and "syncthing.net" in err


@needs_syncthing
@pytest.mark.slow
def test_second_desk_joins_a_headless_desk_from_the_command_line(event, tmp_path, capsys):
    a_home, b_home = tmp_path / "a-st", tmp_path / "b-st"
    common = ["--listen-host", "127.0.0.1"]
    assert (
        main(["sync", str(event.path), "--join-code", "--json", "--home", str(a_home), *common])
        == 0
    )
    code = _json(capsys)["code"]
    event.close()
    runner = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "checkin",
            "sync",
            str(event.path),
            "--run",
            "--seconds",
            "60",
            "--home",
            str(a_home),
            *common,
        ],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    try:
        target = tmp_path / "desk2" / "event.checkin"
        target.parent.mkdir()
        start = time.monotonic()
        rc = main(
            [
                "sync",
                str(target),
                "--join",
                code,
                "--desk",
                "Desk 2",
                "--timeout",
                "45",
                "--home",
                str(b_home),
                *common,
            ]
        )
        assert rc == 0, capsys.readouterr().err
        assert time.monotonic() - start < 45
        assert "Joined" in capsys.readouterr().out
        with Event.open(target) as joined:
            assert joined.info.name == "Testbörse"
            assert len(guests.list_guests(joined)) == 3
            assert joined.setting("sync.desk_name") == "Desk 2"
        # the headless desk now lists desk 2 as paired
        assert main(["sync", str(event.path), "--status", "--json", "--home", str(a_home)]) == 0
        desks = _json(capsys)["desks"]
        assert any(d["paired"] and d["name"] == "Desk 2" for d in desks), desks
    finally:
        runner.terminate()
        runner.wait(20)


def test_scan_without_desk_names_this_desks_sync_name(event, capsys):
    from checkin.sync.journal import ensure_identity

    ensure_identity(event, "Empfang Nord")
    code = guests.badge_code(event, guests.list_guests(event)[0])
    event.close()
    assert main(["scan", str(event.path), code, "--json"]) == 0
    assert _json(capsys)["desk"] == "Empfang Nord"


def test_status_lists_refused_records_in_local_time(event, tmp_path, capsys, clock):
    from checkin.sync.records import Record, encode

    folder = pairing.default_folder(event.path)
    Journal.attach(event, folder, desk_name="Desk A")
    bad = folder / "journal" / "bad0desk"
    bad.mkdir(parents=True)
    record = Record("bad0desk", 1, "checkin", "1970-01-01T00:00:00+00:00", {})
    (bad / "000000001.jsonl").write_bytes(encode(record))
    assert apply_all(event, folder).quarantined == 1
    event.close()
    assert main(["sync", str(event.path), "--status", "--json", "--home", str(tmp_path)]) == 0
    (refused,) = _json(capsys)["quarantined"]
    assert refused["reason"] == "bad_time" and refused["seq"] == 1
    assert main(["sync", str(event.path), "--status", "--home", str(tmp_path)]) == 0
    text = capsys.readouterr().out
    line = next(x for x in text.splitlines() if x.startswith("Refused from bad0desk"))
    assert "record 1" in line and "too far from this desk's clock (at)" in line
    assert "+00:00" not in text and "T08:" not in text  # times shown as local wall-clock time
