"""Reprints, lost badges and substitutes: old codes are void at once, history keeps all."""

import openpyxl
import pytest

from checkin import audit, checkins, guests, programme, tables
from checkin.badge_lifecycle import (
    mark_lost,
    reissues_of,
    replacement_for_scan,
    reprint,
    substitute,
    substitutions_of,
)
from checkin.checkins import Result
from checkin.errors import InvalidInput
from checkin.exporting.xlsx_export import export_xlsx


def guest_named(event, family):
    return next(g for g in guests.list_guests(event) if g.family_name == family)


def test_reprint_voids_the_old_code_and_the_new_one_checks_in(event):
    anna = guest_named(event, "Müller")
    old_code = guests.badge_code(event, anna)
    done = reprint(event, anna.id, "typo", desk="Eingang Nord", operator="Petra")
    assert done.new_version == anna.badge_version + 1 and done.code != old_code
    refused = checkins.check_in(event, old_code, desk="Eingang Süd")
    assert refused.result is Result.REPLACED_BADGE
    assert checkins.status(event, anna.id, refused.item.id).state is checkins.State.NOT_YET
    replaced = replacement_for_scan(event, old_code)
    assert (replaced.desk, replaced.reason, replaced.holder) == (
        "Eingang Nord",
        "typo",
        "Anna Müller",
    )
    assert replaced.at == done.at
    ok = checkins.check_in(event, done.code)
    assert ok.result is Result.CHECKED_IN and ok.guest.id == anna.id
    assert replacement_for_scan(event, done.code) is None  # the current badge is not replaced


def test_a_lost_badge_cannot_check_anyone_in(event):
    ivan = guest_named(event, "Парфёнов")
    lost_code = guests.badge_code(event, ivan)
    new = mark_lost(event, ivan.id, desk="Info")
    for _ in range(2):  # not at the first scan, not at any later one
        assert checkins.check_in(event, lost_code).result is Result.REPLACED_BADGE
    visits = programme.list_items(event)[1]
    assert checkins.check_in(event, lost_code, visits).result is Result.REPLACED_BADGE
    assert replacement_for_scan(event, lost_code).reason == "lost"
    assert [r.reason for r in reissues_of(event, ivan.id)] == ["lost"]
    assert checkins.check_in(event, new.code).result is Result.CHECKED_IN
    # A second loss voids the replacement too; both old codes now say who has the current one.
    newest = mark_lost(event, ivan.id)
    assert checkins.check_in(event, new.code).result is Result.REPLACED_BADGE
    assert replacement_for_scan(event, lost_code).current_version == newest.new_version


def test_reprint_refuses_unknown_reasons_and_cancelled_guests(event):
    anna = guest_named(event, "Müller")
    with pytest.raises(InvalidInput, match="reasons: lost, damaged, typo"):
        reprint(event, anna.id, "stolen?")
    guests.set_cancelled(event, anna.id)
    with pytest.raises(InvalidInput, match="cancelled"):
        reprint(event, anna.id, "lost")
    assert guests.get_guest(event, anna.id).badge_version == anna.badge_version


def test_substitute_takes_the_registration_table_and_rounds(event):
    ivan = guest_named(event, "Парфёнов")
    old_code = guests.badge_code(event, ivan)
    visits = programme.list_items(event)[1]
    done = substitute(
        event,
        ivan.id,
        given_name="Ольга",
        family_name="Смирнова",
        email="olga@sibmed.ru",
        desk="Eingang",
        operator="Petra",
    )
    after = guests.get_guest(event, ivan.id)
    assert (after.full_name, after.email, after.organisation) == (
        "Ольга Смирнова",
        "olga@sibmed.ru",
        "ООО «СибМед»",
    )
    assert (after.category, after.table_id, after.language) == (ivan.category, ivan.table_id, "ru")
    assert checkins.check_in(event, old_code, visits).result is Result.REPLACED_BADGE
    replaced = replacement_for_scan(event, old_code)
    assert (replaced.reason, replaced.voided_holder, replaced.holder) == (
        "substitute",
        "Иван Парфёнов",
        "Ольга Смирнова",
    )
    result = checkins.check_in(event, done.code, visits)
    assert result.result is Result.CHECKED_IN  # still registered for the company visits
    assert result.guest.full_name == "Ольга Смирнова"
    assert result.table == tables.table_of(event, ivan.table_id)
    history = substitutions_of(event, ivan.id)
    assert [(h.old_name, h.new_name) for h in history] == [("Иван Парфёнов", "Ольга Смирнова")]
    actions = [e.action for e in audit.trail(event, ivan.id)]
    assert "guest_substituted" in actions and "badge_reissued" in actions


def test_substitute_needs_a_name_and_another_person(event):
    anna = guest_named(event, "Müller")
    with pytest.raises(InvalidInput):
        substitute(event, anna.id, given_name=" ", family_name="")
    with pytest.raises(InvalidInput, match="another person"):
        substitute(event, anna.id, given_name="anna", family_name="MÜLLER")
    assert guests.get_guest(event, anna.id).badge_version == anna.badge_version


def test_the_export_shows_the_substitution(event, tmp_path):
    anna = guest_named(event, "Müller")
    done = substitute(event, anna.id, given_name="Lena", family_name="Schulz")
    checkins.check_in(event, done.code)
    out = tmp_path / "attendance.xlsx"
    export_xlsx(event, out)
    book = openpyxl.load_workbook(out)
    ws = book[programme.active_item(event).name]
    rows = list(ws.iter_rows(values_only=True))
    header = list(rows[0])
    lena = next(
        dict(zip(header, r, strict=True))
        for r in rows[1:]
        if r[header.index("Given name")] == "Lena"
    )
    assert lena["Substitute for"] == "Anna Müller"
    assert lena["Status"] == "present"


def test_purging_personal_data_removes_the_substituted_names(event):
    from checkin.exporting.purge import purge_personal_data

    anna = guest_named(event, "Müller")
    substitute(event, anna.id, given_name="Lena", family_name="Schulz", email="lena@example.de")
    purge_personal_data(event, confirmed=True)
    assert substitutions_of(event, anna.id) == []
    texts = [str(e.details) for e in audit.entries(event, anna.id)]
    assert not any("Anna" in t or "Lena" in t or "Müller" in t for t in texts)
    row = event.db.execute("SELECT substitute_for FROM guests WHERE id = ?", [anna.id]).fetchone()
    assert row[0] == ""
