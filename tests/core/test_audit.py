"""The audit trail: who changed what, from which desk, and when."""

from __future__ import annotations

import sqlite3

import pytest

from checkin import audit, checkins, codes, guests


def _guest(event, name):
    return next(g for g in guests.list_guests(event) if g.given_name == name)


def test_guest_edit_records_desk_operator_time_and_only_the_changes(event):
    anna = _guest(event, "Anna")
    event.desk, event.operator = "Desk 2", "Petra"
    guests.update_guest(event, anna.id, organisation="Müller AG", family_name="Müller")
    (entry,) = [e for e in audit.entries(event, anna.id) if e.action == audit.GUEST_EDITED]
    assert (entry.desk, entry.operator) == ("Desk 2", "Petra")
    assert entry.details == {"organisation": ["Müller GmbH", "Müller AG"]}
    assert entry.at.startswith("2027-04-20T08:")


def test_cancel_restore_and_delete_are_recorded(event):
    jorg = _guest(event, "Jörg")
    guests.set_cancelled(event, jorg.id)
    guests.set_cancelled(event, jorg.id, False)
    guests.delete_guest(event, jorg.id)
    actions = [e.action for e in audit.entries(event, jorg.id)]
    assert actions[-3:] == [audit.GUEST_CANCELLED, audit.GUEST_RESTORED, audit.GUEST_DELETED]
    deleted = audit.entries(event, jorg.id)[-1]
    assert deleted.details["name"] == "Jörg Weiß"  # who it was stays known after the delete


def test_refused_delete_leaves_no_audit_entry(event):
    anna = _guest(event, "Anna")
    checkins.check_in(event, anna.id)
    with pytest.raises(Exception, match="cannot be deleted"):
        guests.delete_guest(event, anna.id)
    assert audit.GUEST_DELETED not in [e.action for e in audit.entries(event, anna.id)]


def test_forged_and_repeated_scans_are_recorded(event):
    anna = _guest(event, "Anna")
    code = guests.badge_code(event, anna)
    checkins.check_in(event, code, desk="Eingang", operator="Tom")
    checkins.check_in(event, code, desk="Seiteneingang", operator="Eva")  # a photocopy?
    forged = code[:-9] + ("A" if code[-9] != "A" else "B") + code[-8:]
    forged = forged[:-1] + codes._check_char(forged[:-1])
    assert checkins.check_in(event, forged).result is checkins.Result.FORGED_CODE
    noted = [
        (e.action, e.details["result"], e.desk)
        for e in audit.entries(event)
        if e.action in (audit.SCAN_REPEATED, audit.SCAN_REFUSED)
    ]
    assert noted == [
        (audit.SCAN_REPEATED, "already_checked_in", "Seiteneingang"),
        (audit.SCAN_REFUSED, "forged_code", noted[1][2]),
    ]


def test_trail_merges_checkins_and_edits_in_time_order(event):
    anna = _guest(event, "Anna")
    checkins.check_in(event, anna.id, desk="A", operator="x")
    guests.update_guest(event, anna.id, notes="Rollstuhl")
    checkins.undo(event, anna.id, desk="B", operator="y")
    actions = [e.action for e in audit.trail(event, anna.id)]
    assert actions[-3:] == ["checkin_in", audit.GUEST_EDITED, "checkin_undo"]


def test_audit_table_is_append_only(event):
    anna = _guest(event, "Anna")
    guests.update_guest(event, anna.id, notes="VIP")
    with pytest.raises(sqlite3.IntegrityError, match="append-only"):
        event.db.execute("UPDATE audit SET operator = 'nobody'")
    with pytest.raises(sqlite3.IntegrityError, match="append-only"):
        event.db.execute("DELETE FROM audit")
