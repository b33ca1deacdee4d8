"""Headless desks for real: `checkin sync --run` with Syncthing on loopback, driven by the CLI.

In the order the CLI suggests: show the join code, work at desk A (check-ins, a reprint),
start syncing, keep using the CLI on the syncing desk, join desk B with the code as a
scanner types it on a German keyboard. B gets everything once and the reprint stands; both
desks see each other's check-ins; after unpairing, B stops, and B's laptop with a fresh
Syncthing identity is refused with the reason, with its old code and with a newer one.
"""

from __future__ import annotations

import json
import subprocess
import sys
import time
from pathlib import Path

import pytest

from checkin import checkins, codes, guests, programme
from checkin.cli import forward, main
from checkin.event import Event, EventInfo
from checkin.keyinput.layouts import typed_on
from checkin.sync.merge_report import double_entries
from checkin.sync.syncthing import find_binary

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(find_binary() is None, reason="syncthing is not installed"),
]
LOOPBACK = ["--listen-host", "127.0.0.1"]


def _make_event(path: Path) -> list:
    path.parent.mkdir(parents=True)
    with Event.create(path, EventInfo(name="Börse")) as event:  # the real clock, like B's
        item = programme.add_item(event, "Kooperationsbörse")
        programme.set_active_item(event, item.id)
        for given, family in [("Anna", "Müller"), ("Иван", "Парфёнов"), ("Jörg", "Weiß"),
                              ("Olga", "Smirnova")]:  # fmt: skip
            guests.add_guest(event, given_name=given, family_name=family)
        people = sorted(guests.list_guests(event), key=lambda g: g.id)
        return [(g, guests.badge_code(event, g)) for g in people]


def _cli(capsys, *argv) -> tuple[int, str, str]:
    rc = main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return rc, out, err


def _runner(path: Path, home: Path, desk: str) -> subprocess.Popen:
    proc = subprocess.Popen(
        [sys.executable, "-m", "checkin", "sync", str(path), "--run", "--seconds", "400",
         "--home", str(home), "--desk", desk, *LOOPBACK],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )  # fmt: skip
    _wait(lambda: forward.runner_file(path).exists() or proc.poll() is not None, 60, "runner")
    assert proc.poll() is None, proc.communicate()
    return proc


def _wait(condition, timeout: float, what: str) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out after {timeout} s waiting for {what}")
        time.sleep(0.3)


def _look(path: Path, fn):
    with Event.open(path, read_only=True) as event:
        return fn(event)


def _log(event) -> list[tuple[str, str, str]]:
    by_id = {g.id: g.uid for g in guests.list_guests(event)}
    return sorted((by_id[e.guest_id], e.action, e.desk) for e in checkins.log_entries(event))


def test_headless_desks_join_late_take_cli_commands_and_keep_a_removed_desk_out(tmp_path, capsys):
    a_path, b_path = tmp_path / "A" / "event.checkin", tmp_path / "B" / "event.checkin"
    homes = {name: tmp_path / f"st-{name}" for name in ("a", "b", "b2", "b3")}
    (anna, anna_code), (ivan, ivan_code), (joerg, _), (olga, olga_code) = _make_event(a_path)
    runners = []
    try:
        # 1. the join code, shown before desk A syncs
        rc, out, err = _cli(
            capsys, "sync", a_path, "--join-code", "--json", "--home", homes["a"], *LOOPBACK
        )
        assert rc == 0, err
        code1 = json.loads(out)["code"]
        # 2. work at A before pairing: two check-ins and a reprint (the old badge is lost)
        for badge in (anna_code, ivan_code):
            assert _cli(capsys, "scan", a_path, badge, "--desk", "Desk A")[0] == 0
        rc, out, err = _cli(capsys, "reprint", a_path, joerg.uid, "--reason", "lost", "--json")
        assert rc == 0, err
        joerg_new = json.loads(out)["code"]
        # 3. A syncs; the CLI keeps working on it (the commands run in the syncing process)
        runners.append(_runner(a_path, homes["a"], "Desk A"))
        rc, out, err = _cli(capsys, "scan", a_path, olga_code)
        assert rc == 0 and "Welcome" in out, err
        rc, out, err = _cli(
            capsys, "sync", a_path, "--join-code", "--json", "--home", homes["a"], *LOOPBACK
        )
        assert rc == 0, err
        code2 = json.loads(out)["code"]
        # 4. B joins with the code as a scanner types it on a German keyboard
        garbled = typed_on("de", code1)
        assert garbled != code1
        rc, out, err = _cli(capsys, "sync", b_path, "--join", garbled, "--desk", "Desk B",
                            "--timeout", "60", "--home", homes["b"], *LOOPBACK)  # fmt: skip
        assert rc == 0, err
        assert f'--home "{homes["b"]}" --listen-host 127.0.0.1' in out  # the hint works as is
        runners.append(_runner(b_path, homes["b"], "Desk B"))
        expected = sorted([(anna.uid, "in", "Desk A"), (ivan.uid, "in", "Desk A"),
                           (olga.uid, "in", "Desk A")])  # fmt: skip
        _wait(lambda: _look(b_path, _log) == expected, 60, "A's three check-ins at B")
        # 5. at B: each check-in once, no doubles, the reprint stands
        assert _look(b_path, double_entries) == []
        assert _look(b_path, lambda ev: guests.find_by_token(ev, joerg.token).badge_version) == 2
        lost = _look(b_path, lambda ev: codes.make_code(ev.secret, joerg.token, 1))
        rc, out, _ = _cli(capsys, "scan", b_path, lost, "--json")
        assert rc == 1 and json.loads(out)["result"] == "replaced_badge"
        # 6. and the other way: Jörg's new badge at B reaches A
        rc, out, err = _cli(capsys, "scan", b_path, joerg_new)
        assert rc == 0, err
        _wait(lambda: (joerg.uid, "in", "Desk B") in _look(a_path, _log), 60, "B's check-in at A")
        # 7. unpair B at the running desk A: B learns it and stops
        rc, out, err = _cli(capsys, "sync", a_path, "--status", "--json", "--home", homes["a"])
        b_row = next(d for d in json.loads(out)["desks"] if d["name"] == "Desk B")
        assert b_row["paired"] and not b_row["removed"]
        rc, out, err = _cli(
            capsys, "sync", a_path, "--unpair", b_row["device_id"], "--home", homes["a"]
        )
        assert rc == 0, err
        _, b_err = runners[1].communicate(timeout=90)
        assert runners[1].returncode == 2 and "was removed" in b_err
        rc, out, _ = _cli(capsys, "sync", a_path, "--status", "--home", homes["a"])
        assert "removed" in next(line for line in out.splitlines() if "Desk B" in line)
        # 8. B's laptop with a fresh identity: refused with the reason, not a network timeout
        for home, code, says in (
            (homes["b2"], code1, "was removed"),
            (homes["b3"], code2, "withdrawn"),
        ):
            target = tmp_path / home.name / "event.checkin"
            target.parent.mkdir()
            started = time.monotonic()
            rc, _, err = _cli(capsys, "sync", target, "--join", code, "--timeout", "90",
                              "--home", home, *LOOPBACK)  # fmt: skip
            assert rc == 2 and says in err, err
            assert time.monotonic() - started < 60
            assert not target.exists()
    finally:
        for proc in runners:
            if proc.poll() is None:
                proc.terminate()
                proc.wait(30)
