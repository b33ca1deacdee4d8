"""checkin pretix: connect, pull, push and status from the command line."""

from __future__ import annotations

import io
import json

import pytest

from checkin import guests
from checkin.event import Event
from tests.cli.helpers import run
from tests.pretix.server import DESK_TOKEN, ORGANIZER, free_port


@pytest.fixture
def event_file(desk):
    path = desk.path
    desk.close()  # the CLI opens it itself
    return path


def _connect(capsys, path, server, pretix_event, *extra):
    return run(
        capsys,
        "pretix",
        path,
        "--connect",
        server.url,
        "--organizer",
        ORGANIZER,
        "--event",
        pretix_event.slug,
        "--list",
        pretix_event.lists["Einlass"],
        *extra,
    )


def test_connect_pull_scan_push_status(capsys, event_file, pretix_server, pretix_event):
    order = pretix_event.order({"given": "Иван", "family": "Парфёнов"}, locale="ru")
    code, out, err = _connect(
        capsys, event_file, pretix_server, pretix_event, "--token", DESK_TOKEN
    )
    assert code == 0, err
    assert f"Connected to pretix: Kooperationsbörse {pretix_event.slug}" in out
    assert "1 tickets on the list" in out and "kept on this computer only" in out

    code, out, _ = run(capsys, "pretix", event_file, "--pull")
    assert code == 0
    assert out.startswith("Pulled all 1 orders: 1 tickets on the list – 1 added")

    code, out, _ = run(capsys, "scan", event_file, order["positions"][0]["secret"], "--desk", "E1")
    assert code == 0 and "Welcome, Иван Парфёнов!" in out

    code, out, _ = run(capsys, "pretix", event_file, "--status")
    assert "Pending: 1 check-ins/check-outs" in out and "Token: on this computer" in out
    code, data, _ = run(capsys, "pretix", event_file, "--status", "--json")
    assert json.loads(data)["pending"] == 1

    code, out, _ = run(capsys, "pretix", event_file, "--push")
    assert (code, out.splitlines()[0]) == (0, "Pushed 1 check-ins to pretix, annulled 0.")
    assert pretix_event.list_status()["checkin_count"] == 1
    code, out, _ = run(capsys, "pretix", event_file, "--status")
    assert "Pending: 0 check-ins/check-outs" in out and "Pushed: 1" in out
    code, out, _ = run(capsys, "pretix", event_file, "--push")
    assert out.startswith("Pushed 0 check-ins")
    assert pretix_event.list_status()["checkin_count"] == 1


def test_token_from_stdin_or_the_environment(
    capsys, event_file, pretix_server, pretix_event, monkeypatch
):
    monkeypatch.setattr("sys.stdin", io.StringIO(DESK_TOKEN + "\n"))
    assert _connect(capsys, event_file, pretix_server, pretix_event, "--token", "-")[0] == 0
    monkeypatch.setenv("CHECKIN_PRETIX_TOKEN", DESK_TOKEN)
    assert _connect(capsys, event_file, pretix_server, pretix_event)[0] == 0


@pytest.mark.parametrize(
    ("how", "message"),
    [
        ("token", "refused the API token"),
        ("list", "has no check-in list 4242"),
        ("unreachable", "cannot be reached (connection refused)"),
    ],
)
def test_errors_are_one_line_and_write_nothing(
    capsys, event_file, pretix_server, pretix_event, how, message
):
    url, token, listed = pretix_server.url, DESK_TOKEN, pretix_event.lists["Einlass"]
    if how == "token":
        token = "wrong"
    elif how == "list":
        listed = 4242
    else:
        url = f"http://127.0.0.1:{free_port()}"
    code, out, err = run(
        capsys,
        "pretix",
        event_file,
        "--connect",
        url,
        "--organizer",
        ORGANIZER,
        "--event",
        pretix_event.slug,
        "--list",
        listed,
        "--token",
        token,
    )
    assert code == 2 and out == ""
    assert len(err.strip().splitlines()) == 1 and message in err
    with Event.open(event_file, read_only=True) as ev:
        assert ev.setting("shared.pretix.connection") is None


def test_pull_and_push_before_connecting_say_so(capsys, event_file):
    for action in ("--pull", "--push"):
        code, _, err = run(capsys, "pretix", event_file, action)
        assert code == 2 and "not connected to pretix yet" in err
    assert "Not connected" in run(capsys, "pretix", event_file, "--status")[1]


def test_products_and_their_categories(capsys, event_file, pretix_server, pretix_event):
    pretix_event.order({"item": "Besucher", "given": "Anna", "family": "Müller"})
    _connect(capsys, event_file, pretix_server, pretix_event, "--token", DESK_TOKEN)
    run(capsys, "pretix", event_file, "--pull")
    code, out, _ = run(capsys, "pretix", event_file, "--products")
    visitor = pretix_event.items["Besucher"]
    assert f"{visitor}  Besucher → Guest (guessed)" in out
    assert "Presseakkreditierung → Press (guessed)" in out
    code, out, _ = run(capsys, "pretix", event_file, "--category", f"{visitor}=vip")
    assert code == 0 and "1 guests changed" in out
    with Event.open(event_file, read_only=True) as ev:
        assert guests.list_guests(ev)[0].category == "VIP"
    code, _, err = run(capsys, "pretix", event_file, "--category", "Besucher=VIP")
    assert code == 2 and "PRODUCT=CATEGORY" in err
    code, _, err = run(capsys, "pretix", event_file, "--category", "999999=VIP")
    assert code == 2 and "no pretix product 999999" in err


def test_with_an_admin_pin_connect_and_pull_need_it_push_and_status_do_not(
    capsys, event_file, pretix_server, pretix_event, monkeypatch
):
    from checkin import admin

    with Event.open(event_file) as ev:
        admin.set_pin(ev, "471147")
    monkeypatch.setattr("sys.stdin", io.StringIO(""))  # a script: no terminal to ask on
    code, _, err = _connect(capsys, event_file, pretix_server, pretix_event, "--token", DESK_TOKEN)
    assert code == 1 and "give it with --pin" in err
    pin = ("--pin", "471147")
    assert (
        _connect(capsys, event_file, pretix_server, pretix_event, "--token", DESK_TOKEN, *pin)[0]
        == 0
    )
    pretix_event.order({"given": "Anna", "family": "Müller"})
    assert run(capsys, "pretix", event_file, "--pull")[0] == 1
    code, out, _ = run(capsys, "pretix", event_file, "--pull", *pin)
    assert code == 0 and "1 added" in out
    assert run(capsys, "pretix", event_file, "--push")[0] == 0
    assert run(capsys, "pretix", event_file, "--status")[0] == 0
