"""Commands on a file that a syncing desk holds run at that desk (checkin/cli/forward.py).

Here this test process plays the syncing desk: it holds the event (and its journal) and
serves; the commands are real ``checkin`` processes that find the file locked.
"""

from __future__ import annotations

import json
import subprocess
import sys
import threading
import time

from checkin import checkins, guests
from checkin.checkins import State
from checkin.cli import forward
from checkin.event import Event
from checkin.sync.journal import Journal
from checkin.sync.records import read_lines


def _serve_while(server: forward.Server, argv: list[str], cwd) -> subprocess.CompletedProcess:
    """Run ``checkin ARGV`` in another process while this one serves forwarded commands."""
    result = {}

    def client():
        result["p"] = subprocess.run(
            [sys.executable, "-m", "checkin", *map(str, argv)],
            capture_output=True,
            text=True,
            timeout=120,
            cwd=cwd,
        )

    thread = threading.Thread(target=client)
    thread.start()
    deadline = time.monotonic() + 120
    while thread.is_alive() and time.monotonic() < deadline:
        server.serve(0.1)
    thread.join()
    return result["p"]


def test_commands_on_a_held_file_run_at_the_desk_that_holds_it(event, tmp_path):
    folder = tmp_path / "sync"
    event.set_setting("sync.desk_name", "Desk A")
    journal = Journal.attach(event, folder)
    anna = next(g for g in guests.list_guests(event) if g.family_name == "Müller")
    ivan = next(g for g in guests.list_guests(event) if g.family_name == "Парфёнов")
    (tmp_path / "walkins.csv").write_text("Vorname;Nachname\nHans;Neu\n", encoding="utf-8")
    with forward.Server(event) as server:
        assert forward.runner_file(event.path).stat().st_mode & 0o077 == 0  # the user's only
        scan = _serve_while(
            server, ["scan", event.path, guests.badge_code(event, anna), "--json"], tmp_path
        )
        assert scan.returncode == 0, scan.stderr
        assert json.loads(scan.stdout)["result"] == "checked_in"
        reprint = _serve_while(server, ["reprint", event.path, ivan.uid, "--json"], tmp_path)
        assert reprint.returncode == 0, reprint.stderr
        undo = _serve_while(server, ["undo", event.path, anna.uid], tmp_path)
        assert undo.returncode == 0 and "Undone" in undo.stdout, undo.stderr
        # a relative path is read where the command was given
        imported = _serve_while(server, ["import", event.path, "walkins.csv"], tmp_path)
        assert imported.returncode == 0, imported.stderr
        refused = _serve_while(server, ["scan", event.path, "NOT-A-CODE"], tmp_path)
        assert refused.returncode == 1 and "Unknown code" in refused.stdout
    assert not forward.runner_file(event.path).exists()
    # the commands used this desk's event: its journal has them, under its sync name
    item = checkins.programme.active_item(event)
    assert checkins.status(event, anna.id, item.id).state is State.NOT_YET
    assert [e.desk for e in checkins.log_entries(event, anna.id, item.id)] == ["Desk A"] * 2
    assert guests.get_guest(event, ivan.id).badge_version == 2
    assert any(g.family_name == "Neu" for g in guests.list_guests(event))
    kinds = [line.record.kind for line in read_lines(journal.dir)[0]]
    assert kinds.count("checkin") == 2 and "guest" in kinds
    event.close()
    assert Event.open(event.path).close() is None  # nothing kept it open


def test_a_held_file_without_a_syncing_desk_is_refused_with_the_lock_message(event, tmp_path):
    code = guests.badge_code(event, guests.list_guests(event)[0])
    forward.runner_file(event.path).write_text('{"port": 1, "key": "x"}')  # a stale note
    done = subprocess.run(
        [sys.executable, "-m", "checkin", "scan", str(event.path), code],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 2
    assert "is open in another checkin" in done.stderr
