"""Checking in: every result the desk can show, undo, check-out, the append-only log."""

from __future__ import annotations

import sqlite3

import pytest

from checkin import checkins, codes, guests, programme
from checkin.checkins import Result, State
from checkin.errors import InvalidInput
from tests.helpers import guest_named as _guest


def test_scan_checks_in_with_guest_and_table(event):
    anna = _guest(event, "Müller")
    result = checkins.check_in(
        event, guests.badge_code(event, anna), desk="Empfang 1", operator="jonas"
    )
    assert result.result is Result.CHECKED_IN
    assert result.guest.id == anna.id
    assert (result.table.number, result.table.theme) == (1, "Medizintechnik")
    assert result.entry.desk == "Empfang 1" and result.entry.operator == "jonas"
    assert result.item.name == "Di 24.04 Kooperationsbörse"  # the active item


def test_second_scan_says_when_and_where(event):
    anna = _guest(event, "Müller")
    code = guests.badge_code(event, anna)
    first = checkins.check_in(event, code, desk="Empfang 1")
    again = checkins.check_in(event, code, desk="Empfang 2")
    assert again.result is Result.ALREADY_CHECKED_IN
    assert again.first_in.desk == "Empfang 1"
    assert again.first_in.at == first.entry.at
    assert len(checkins.log_entries(event, anna.id)) == 1


def test_unknown_forged_and_other_event_codes(event):
    anna = _guest(event, "Müller")
    code = guests.badge_code(event, anna)
    assert checkins.check_in(event, "nonsense-123").result is Result.UNKNOWN_CODE
    valid_but_unknown = codes.make_code(event.secret, "ZZZZZZ", 1)
    assert checkins.check_in(event, valid_but_unknown).result is Result.UNKNOWN_CODE
    tampered = code[:8] + ("A" if code[8] != "A" else "B") + code[9:]
    assert checkins.check_in(event, tampered).result is Result.MISTYPED_CODE
    forged = tampered[:-1] + codes._check_char(tampered[:-1])
    assert checkins.check_in(event, forged).result is Result.FORGED_CODE
    assert checkins.check_in(event, code[:-2] + code[-1]).result is Result.MISTYPED_CODE
    foreign = codes.make_code("ef" * 32, anna.token, 1)
    assert checkins.check_in(event, foreign).result is Result.OTHER_EVENT
    assert checkins.log_entries(event) == []


def test_cancelled_guest_is_refused(event):
    anna = _guest(event, "Müller")
    guests.set_cancelled(event, anna.id)
    result = checkins.check_in(event, guests.badge_code(event, anna))
    assert result.result is Result.CANCELLED
    assert result.guest.id == anna.id


def test_not_on_this_list(event):
    visits = next(i for i in programme.list_items(event) if not i.all_guests)
    anna, ivan = _guest(event, "Müller"), _guest(event, "Парфёнов")
    assert (
        checkins.check_in(event, guests.badge_code(event, anna), visits).result
        is Result.NOT_ON_THIS_LIST
    )
    assert (
        checkins.check_in(event, guests.badge_code(event, ivan), visits).result is Result.CHECKED_IN
    )


def test_checks_are_per_programme_item(event):
    ivan = _guest(event, "Парфёнов")
    exchange = next(i for i in programme.list_items(event) if i.all_guests)
    visits = next(i for i in programme.list_items(event) if not i.all_guests)
    code = guests.badge_code(event, ivan)
    assert checkins.check_in(event, code, visits).result is Result.CHECKED_IN
    assert checkins.check_in(event, code, exchange).result is Result.CHECKED_IN
    assert checkins.check_in(event, code, visits).result is Result.ALREADY_CHECKED_IN


def test_replaced_badge_version_is_refused(event):
    anna = _guest(event, "Müller")
    old_code = guests.badge_code(event, anna)
    event.db["guests"].update(anna.id, {"badge_version": 2})
    result = checkins.check_in(event, old_code)
    assert result.result is Result.REPLACED_BADGE
    new = guests.badge_code(event, guests.get_guest(event, anna.id))
    assert checkins.check_in(event, new).result is Result.CHECKED_IN


def test_imported_barcode_checks_in(event):
    anna = _guest(event, "Müller")
    guests.update_guest(event, anna.id, external_barcode="PX-7F3K9Q2M")
    assert checkins.check_in(event, " PX-7F3K9Q2M ").guest.id == anna.id


def test_check_in_by_guest_from_search(event):
    anna = _guest(event, "Müller")
    assert checkins.check_in(event, anna).result is Result.CHECKED_IN
    assert checkins.check_in(event, anna.id).result is Result.ALREADY_CHECKED_IN


def test_undo_reverts_a_check_in_and_keeps_history(event):
    anna = _guest(event, "Müller")
    code = guests.badge_code(event, anna)
    checkins.check_in(event, code)
    undo = checkins.undo(event, anna.id)
    assert undo.action == "undo"
    assert checkins.status(event, anna.id, undo.item_id).state is State.NOT_YET
    assert checkins.check_in(event, code).result is Result.CHECKED_IN
    actions = [e.action for e in checkins.log_entries(event, anna.id)]
    assert actions == ["in", "undo", "in"]


def test_check_out_and_back_in(event):
    anna = _guest(event, "Müller")
    first = checkins.check_in(event, anna)
    out = checkins.check_out(event, anna.id)
    status = checkins.status(event, anna.id, out.item_id)
    assert status.state is State.OUT
    assert status.first_in.id == first.entry.id  # arrival time is kept
    again = checkins.check_in(event, anna)
    assert again.result is Result.CHECKED_IN
    # undoing the second check-in leaves the guest checked out, not "never came"
    checkins.undo(event, anna.id)
    assert checkins.status(event, anna.id, out.item_id).state is State.OUT


def test_undo_and_check_out_need_something_to_act_on(event):
    anna = _guest(event, "Müller")
    with pytest.raises(InvalidInput, match="nothing to undo"):
        checkins.undo(event, anna.id)
    with pytest.raises(InvalidInput, match="not checked in"):
        checkins.check_out(event, anna.id)


def test_last_checked_in_for_undo_last(event):
    anna, ivan = _guest(event, "Müller"), _guest(event, "Парфёнов")
    checkins.check_in(event, anna)
    checkins.check_in(event, ivan)
    assert checkins.last_checked_in(event) == ivan.id
    checkins.undo(event, ivan.id)
    assert checkins.last_checked_in(event) == anna.id


def test_log_is_append_only(event):
    anna = _guest(event, "Müller")
    checkins.check_in(event, anna)
    with pytest.raises(sqlite3.IntegrityError, match="append-only"):
        event.db.execute("UPDATE checkins SET desk = 'evil'")
    with pytest.raises(sqlite3.IntegrityError, match="append-only"):
        event.db.execute("DELETE FROM checkins")
    assert len(checkins.log_entries(event)) == 1


def test_guest_with_checkins_cannot_be_deleted(event):
    anna, weiss = _guest(event, "Müller"), _guest(event, "Weiß")
    checkins.check_in(event, anna)
    with pytest.raises(InvalidInput, match="cancel"):
        guests.delete_guest(event, anna.id)
    guests.delete_guest(event, weiss.id)
    assert [g.family_name for g in guests.list_guests(event)] == ["Müller", "Парфёнов"]


def test_guest_needs_a_name_and_known_fields(event):
    with pytest.raises(InvalidInput, match="given name or a family name"):
        guests.add_guest(event, organisation="Nobody GmbH")
    with pytest.raises(InvalidInput, match="Unknown guest field"):
        guests.add_guest(event, given_name="X", shoe_size="44")
