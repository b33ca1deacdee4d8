"""Connect: the server, token, event and list are checked; the token stays on this computer."""

from __future__ import annotations

import json
import os
import stat
from pathlib import Path

import openpyxl
import pytest

from checkin import backup, checkins, guests
from checkin.errors import PretixError
from checkin.exporting.formats import export
from checkin.pretix import connection, pull, tokens
from checkin.pretix.tickets import ticket_secret
from checkin.sync import pairing, snapshot
from checkin.sync.journal import Journal
from tests.pretix.server import CHECKIN_ONLY_TOKEN, DESK_TOKEN, ORGANIZER, free_port


def _connect(desk, server, slug, token=DESK_TOKEN, **kwargs):
    return connection.connect(desk, server.url, ORGANIZER, slug, token, **kwargs)


def _nothing_written(desk):
    assert connection.load(desk) is None
    assert desk.setting(connection.KEYS) is None
    assert not tokens.token_path(desk).exists()


def test_connect_checks_the_list_and_keeps_where_and_the_keys(desk, pretix_server, pretix_event):
    done = _connect(desk, pretix_server, pretix_event.slug, list_id=pretix_event.lists["Einlass"])
    conn = connection.load(desk)
    assert conn == done.connection
    assert (conn.url, conn.organizer, conn.event) == (
        pretix_server.url,
        ORGANIZER,
        pretix_event.slug,
    )
    assert (conn.list_id, conn.list_name) == (pretix_event.lists["Einlass"], "Einlass")
    assert done.event_name == f"Kooperationsbörse {pretix_event.slug}"
    pretix_event.order({"given": "Anna", "family": "Müller"})  # makes pretix create the key
    assert json.loads(desk.setting(connection.KEYS)) == []  # none yet when we connected
    pull.pull(desk)
    assert json.loads(desk.setting(connection.KEYS)) == pretix_event.valid_keys()


@pytest.mark.parametrize(
    ("change", "key"),
    [
        ({"token": "not-a-token-at-all"}, "pretix_wrong_token"),
        ({"token": CHECKIN_ONLY_TOKEN}, "pretix_forbidden"),
        ({"slug": "no-such-event"}, "pretix_no_event"),
        ({"list_id": 99999}, "pretix_wrong_list"),
        ({"list_id": None}, "pretix_choose_list"),  # the template has two lists
    ],
)
def test_connect_refuses_with_one_clear_reason_and_writes_nothing(
    desk, pretix_server, pretix_event, change, key
):
    args = {
        "token": DESK_TOKEN,
        "slug": pretix_event.slug,
        "list_id": pretix_event.lists["Einlass"],
    }
    args.update(change)
    with pytest.raises(PretixError) as failure:
        _connect(desk, pretix_server, args["slug"], args["token"], list_id=args["list_id"])
    assert failure.value.key == key
    assert "\n" not in str(failure.value)
    if key in ("pretix_wrong_list", "pretix_choose_list"):
        assert f"{pretix_event.lists['Einlass']} (Einlass)" in str(failure.value)
    _nothing_written(desk)


def test_unreachable_server_is_one_line_and_writes_nothing(desk):
    port = free_port()  # nobody listens there
    with pytest.raises(PretixError) as failure:
        connection.connect(desk, f"http://127.0.0.1:{port}", ORGANIZER, "x", DESK_TOKEN)
    assert failure.value.key == "pretix_unreachable"
    assert "connection refused" in str(failure.value)
    _nothing_written(desk)


def test_untrusted_certificate_is_refused(desk, tls_server):
    with pytest.raises(PretixError) as failure:
        connection.connect(desk, tls_server, ORGANIZER, "x", DESK_TOKEN)
    assert failure.value.key == "pretix_certificate"
    _nothing_written(desk)


@pytest.mark.parametrize("url", ["", "ftp://pretix.eu", "https://"])
def test_a_bad_address_is_refused_before_anything_is_sent(desk, url):
    with pytest.raises(PretixError) as failure:
        connection.connect(desk, url, ORGANIZER, "x", DESK_TOKEN)
    assert failure.value.key == "pretix_bad_url"


def test_addresses_are_taken_as_users_paste_them():
    from checkin.pretix.client import normalise_url

    assert normalise_url("pretix.eu") == "https://pretix.eu"
    assert normalise_url("https://pretix.eu/control/event/ihk/x/") == "https://pretix.eu"
    assert normalise_url("https://tickets.ihk.de/pretix/api/v1/") == "https://tickets.ihk.de/pretix"


def test_token_is_readable_by_this_user_only(connected):
    path = tokens.token_path(connected)
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert stat.S_IMODE(path.parent.stat().st_mode) == 0o700
    assert os.environ["XDG_CONFIG_HOME"] in str(path)  # the user's config folder
    assert not str(path).startswith(str(connected.path.parent))


def _files_under(folder: Path) -> list[Path]:
    return [p for p in folder.rglob("*") if p.is_file()]


class _NoSyncthing:
    """Enough of a Syncthing instance for a join code (device id, address), never started."""

    running = False
    device_id = "AAAAAAA-BBBBBBB-CCCCCCC-DDDDDDD-EEEEEEE-FFFFFFF-GGGGGGG-HHHHHHH"
    listen_host = "127.0.0.1"
    listen_port = 22000


def test_the_token_never_leaves_with_the_event(connected, pretix_event, tmp_path):
    pretix_event.order({"given": "Anna", "family": "Müller"})
    pull.pull(connected)
    anna = guests.list_guests(connected)[0]
    checkins.check_in(connected, ticket_secret(connected, anna.id), desk="Eingang")
    token = DESK_TOKEN.encode()
    # The event file (with its write-ahead log), its backups and a restored copy.
    copy = backup.snapshot(connected).path
    leaving = [connected.path, *connected.path.parent.glob("*.checkin-wal"), copy]
    # Exports.
    out = tmp_path / "exports"
    out.mkdir()
    for fmt, name in (("csv", "a.csv"), ("log", "log.csv"), ("xlsx", "a.xlsx")):
        leaving.append(export(connected, fmt, out / name))
    # The sync journal, a snapshot for joining desks, the join code.
    folder = pairing.default_folder(connected.path)
    journal = Journal.attach(connected, folder)
    journal.flush()
    code = pairing.make_join_code(connected, _NoSyncthing(), folder)
    leaving += _files_under(folder)
    assert snapshot.latest(folder) is not None and any("journal" in str(p) for p in leaving)
    for path in leaving:
        assert token not in path.read_bytes(), path
    assert DESK_TOKEN not in code.text
    workbook = openpyxl.load_workbook(out / "a.xlsx")
    cells = [str(c.value) for ws in workbook for row in ws.iter_rows() for c in row]
    assert not any(DESK_TOKEN in c for c in cells)
    assert "Müller" in " ".join(cells)  # the export is real
    # ... but it is on this computer.
    assert tokens.load(connected, pretix_event.server.url, ORGANIZER) == DESK_TOKEN


def test_a_copy_of_the_event_elsewhere_has_no_token(connected, tmp_path, monkeypatch):
    monkeypatch.setenv("CHECKIN_CONFIG_DIR", str(tmp_path / "other-laptop"))
    with pytest.raises(PretixError) as failure:
        pull.pull(connected)
    assert failure.value.key == "pretix_no_token"


def test_disconnect_forgets_the_token(connected):
    connection.disconnect(connected)
    _nothing_written_but_keys = connection.load(connected) is None
    assert _nothing_written_but_keys
    assert not tokens.token_path(connected).exists()
