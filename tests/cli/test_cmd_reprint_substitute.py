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


def test_reprint_substitute_and_undo_take_the_badge_code_or_the_uid(demo, capsys):
    from checkin.keyinput.layouts import typed_on

    first, second, third = [g for g in guests_of(capsys, demo) if not g["cancelled"]][:3]
    # the badge code as a scanner types it on a German keyboard
    code, out, err = run(capsys, "reprint", demo, typed_on("de", first["code"]), "--json")
    assert code == 0, err
    assert json.loads(out)["uid"] == first["uid"]
    # the uid, as `checkin guests` lists it (the same at every desk)
    code, out, err = run(capsys, "substitute", demo, second["uid"].lower(), "--given", "Eva",
                         "--family", "Neu", "--json")  # fmt: skip
    assert code == 0, err
    assert json.loads(out)["guest_id"] == second["id"]
    assert scan(capsys, demo, third["code"])["result"] == "checked_in"
    code, out, err = run(capsys, "undo", demo, third["uid"], "--json")
    assert code == 0, err
    assert json.loads(out)["status"] == "not_yet"
    code, _, err = run(capsys, "reprint", demo, "0123456789ABCDEF")
    assert code == 2 and "No guest has the badge code, uid or id" in err


def test_a_walk_in_has_one_uid_on_every_desk_though_its_id_differs(tmp_path, capsys):
    from checkin import guests
    from checkin.event import Event, EventInfo
    from checkin.sync import snapshot
    from checkin.sync.apply import apply_all
    from checkin.sync.journal import Journal

    folder = tmp_path / "sync"
    a = Event.create(tmp_path / "a.checkin", EventInfo(name="Börse"))
    journal = Journal.attach(a, folder, desk_name="A")
    b = snapshot.restore(snapshot.publish(a, folder, journal.desk_id), tmp_path / "b.checkin")
    Journal.attach(b, folder, desk_name="B")
    guests.add_guest(b, given_name="Erst", family_name="Hier")  # id 1 at B
    walk_in = guests.add_guest(a, given_name="Hans", family_name="Neu")  # id 1 at A
    apply_all(b, folder)
    at_b = next(g for g in guests.list_guests(b) if g.family_name == "Neu")
    assert at_b.id != walk_in.id and at_b.uid == walk_in.uid
    a.close()
    b.close()
    code, out, err = run(capsys, "reprint", tmp_path / "b.checkin", walk_in.uid, "--json")
    assert code == 0, err
    assert json.loads(out)["name"] == "Hans Neu"
