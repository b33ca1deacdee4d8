"""checkin reprint / substitute: the new code checks in, the old one is refused."""

from __future__ import annotations

import json

from tests.cli.helpers import run


def guests_of(capsys, path):
    code, out, _ = run(capsys, "guests", path, "--json")
    assert code == 0
    return json.loads(out)["guests"]


def scan(capsys, path, code):
    status, out, _ = run(capsys, "scan", path, code, "--json")
    return json.loads(out)


def test_reprint_prints_the_new_code_and_voids_the_old(demo, capsys):
    guest = next(g for g in guests_of(capsys, demo) if g["table"])
    code, out, _ = run(capsys, "reprint", demo, guest["id"], "--reason", "lost", "--json",
                       "--desk", "Info")  # fmt: skip
    assert code == 0
    data = json.loads(out)
    assert data["code"] != guest["code"] and data["reason"] == "lost"
    refused = scan(capsys, demo, guest["code"])
    assert refused["result"] == "replaced_badge"
    assert (refused["replaced"]["desk"], refused["replaced"]["reason"]) == ("Info", "lost")
    code, out, _ = run(capsys, "scan", demo, guest["code"])
    assert code == 1 and "at desk Info (lost)" in out
    checked = scan(capsys, demo, data["code"])
    assert checked["result"] == "checked_in" and checked["guest"]["id"] == guest["id"]
    code, out, _ = run(capsys, "reprint", demo, guest["id"])  # plain: just the code
    assert code == 0 and out.strip() == next(
        g["code"] for g in guests_of(capsys, demo) if g["id"] == guest["id"]
    )


def test_reprint_refuses_an_unknown_reason_or_guest(demo, capsys):
    code, _, err = run(capsys, "reprint", demo, 1, "--reason", "stolen")
    assert code == 2 and "invalid choice" in err
    code, _, err = run(capsys, "reprint", demo, 99999)
    assert code == 2 and "no guest with id 99999" in err


def test_substitute_keeps_the_table_and_voids_the_old_badge(demo, capsys):
    guest = next(g for g in guests_of(capsys, demo) if g["table"])
    code, out, _ = run(capsys, "substitute", demo, guest["id"], "--given", "Ольга",
                       "--family", "Смирнова", "--email", "olga@example.ru", "--json")  # fmt: skip
    assert code == 0
    data = json.loads(out)
    assert data["name"] == "Ольга Смирнова"
    assert data["substitute_for"] == f"{guest['given_name']} {guest['family_name']}"
    assert scan(capsys, demo, guest["code"])["result"] == "replaced_badge"
    checked = scan(capsys, demo, data["code"])
    assert checked["result"] == "checked_in"
    assert (
        checked["guest"]["given_name"] == "Ольга" and checked["table"]["number"] == guest["table"]
    )


def test_substitute_needs_a_name(demo, capsys):
    code, _, err = run(capsys, "substitute", demo, 1)
    assert code == 2 and "given name or a family name" in err
