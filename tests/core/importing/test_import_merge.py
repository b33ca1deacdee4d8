"""Re-importing a list is a merge: changes applied, nobody deleted, check-ins untouched."""

from __future__ import annotations

import pytest

from checkin import audit, changes, checkins, guests, tables
from checkin.importing import import_file, merge
from checkin.seating import assign
from tests.core.importing.listfiles import by_name, table_number, write_text

HEAD = ["ID", "Barcode", "Vorname", "Nachname", "Firma", "E-Mail", "Telefon", "Tisch", "Position"]

FIRST = [
    HEAD,
    ["A-1", "", "Clara", "Schulz", "Klinikum Nord", "c.schulz@klinikum.example", "", "1", ""],
    ["A-2", "", "Dmitri", "Orlov", "ОмскТех", "orlov@omsktech.example", "", "2", ""],
    ["", "BC-77", "Eva", "Lang", "Lang Logistik", "", "", "3", ""],
    ["", "", "Felix", "Roth", "Roth & Partner", "felix@roth.example", "0351 11", "", ""],
    ["", "", "Greta", "Vogel", "Vogel KG", "", "", "", ""],
]

# The organiser's updated list: changed details, one new guest, Greta missing, and the
# fixture's Anna Müller (added by hand before) now on the list with a position.
SECOND = [
    HEAD,
    [
        "A-1",
        "",
        "Clara",
        "Schulz-Berger",
        "Klinikum Nord",
        "c.schulz@klinikum.example",
        "",
        "1",
        "",
    ],  # family name changed: matched by external id
    ["A-2", "", "Dmitri", "Orlov", "ОмскТех", "", "", "3", "CTO"],  # empty email: kept
    ["", "BC-77", "Eva", "Lang", "Lang Logistik GmbH", "eva@lang.example", "", "3", ""],
    ["", "", "Felix", "Rot", "Roth & Partner", "felix@roth.example", "0351 22", "", ""],
    ["", "", "Anna", "Müller", "Müller GmbH", "", "", "", "Geschäftsführerin"],
    ["A-9", "", "Hanna", "Neu", "Neu AG", "hanna@neu.example", "", "2", ""],
]


def log(event):
    return checkins.log_entries(event)


def test_reimport_merges_and_keeps_every_checkin(event, tmp_path):
    tables.add_table(event, 3, name="Logistik")
    first = import_file(event, write_text(tmp_path / "v1.csv", FIRST, delimiter=";"))
    assert len(first.added) == 5
    ids_before = {g.id: g.full_name for g in guests.list_guests(event)}
    assert len(ids_before) == 8  # 3 from the fixture + 5 imported
    named = by_name(event)
    for name in ("Clara Schulz", "Eva Lang", "Greta Vogel", "Anna Müller"):
        assert checkins.check_in(event, named[name].id, desk="Desk 1").result.ok
    entries_before = log(event)

    heard = []
    changes.subscribe(event, lambda kind, payload: heard.append((kind, payload)))
    second = import_file(event, write_text(tmp_path / "v2.csv", SECOND, delimiter=";"))

    # nobody deleted, ids kept
    after = {g.id: g for g in guests.list_guests(event)}
    assert set(ids_before) <= set(after)
    assert len(after) == 9
    # every check-in still there, state unchanged
    assert log(event) == entries_before
    item = checkins._item(event, None)
    for name in ("Clara Schulz", "Eva Lang", "Greta Vogel", "Anna Müller"):
        gid = named[name].id
        assert checkins.status(event, gid, item.id).state is checkins.State.IN

    clara = after[named["Clara Schulz"].id]
    assert clara.family_name == "Schulz-Berger"
    dmitri = after[named["Dmitri Orlov"].id]
    assert dmitri.email == "orlov@omsktech.example"  # an empty cell never blanks a value
    assert dmitri.position == "CTO"
    assert table_number(event, dmitri) == 3
    eva = after[named["Eva Lang"].id]
    assert eva.organisation == "Lang Logistik GmbH" and eva.email == "eva@lang.example"
    felix = after[named["Felix Roth"].id]
    assert felix.family_name == "Rot" and felix.phone == "0351 22"
    anna = after[named["Anna Müller"].id]
    assert anna.position == "Geschäftsführerin"
    assert table_number(event, anna) == 1  # no table in the list: seat kept
    greta = after[named["Greta Vogel"].id]
    assert greta.organisation == "Vogel KG" and not greta.cancelled
    hanna = by_name(event)["Hanna Neu"]
    assert table_number(event, hanna) == 2

    matched = {u.name: u.matched_by for u in second.updated}
    assert matched == {
        "Clara Schulz-Berger": "external_id",
        "Dmitri Orlov": "external_id",
        "Eva Lang": "barcode",
        "Felix Rot": "email",
        "Anna Müller": "name_organisation",
    }
    dmitri_changes = next(u.changes for u in second.updated if u.name == "Dmitri Orlov")
    assert dmitri_changes["position"] == ["", "CTO"]
    assert dmitri_changes["table_id"] == [
        tables.table_by_number(event, 2).id,
        tables.table_by_number(event, 3).id,
    ]
    assert [a.name for a in second.added] == ["Hanna Neu"]
    assert second.added[0].guest_id == hanna.id
    assert ("guest_added", {"ids": [hanna.id]}) in heard
    assert any(kind == "guest_updated" and len(p["ids"]) == 5 for kind, p in heard)

    # the guests' audit trail says what the import changed
    clara_trail = [(e.action, e.details) for e in audit.entries(event, guest_id=clara.id)]
    assert ("guest_edited", {"family_name": ["Schulz", "Schulz-Berger"]}) in clara_trail
    summaries = [e for e in audit.entries(event) if e.action == "guests_imported"]
    assert [e.details["file"].endswith("v2.csv") for e in summaries] == [False, True]
    assert summaries[1].details["updated"] == 5

    # the same list again changes nothing
    third = import_file(event, write_text(tmp_path / "v2.csv", SECOND, delimiter=";"))
    assert third.added == [] and third.updated == []
    assert len(third.unchanged) == 6
    assert log(event) == entries_before


def test_dry_run_reports_but_writes_nothing(event, tmp_path):
    before = "\n".join(event.db.conn.iterdump())
    report = import_file(event, write_text(tmp_path / "v1.csv", FIRST), dry_run=True)
    assert report.dry_run and len(report.added) == 5
    assert all(a.guest_id is None for a in report.added)
    assert "\n".join(event.db.conn.iterdump()) == before
    assert "would be added" in report.summary()


def test_dirty_rows_are_reported(event, tmp_path):
    rows = [
        ["Vorname", "Nachname", "Firma", "E-Mail", "Tisch"],
        ["", "", "Nur Firma GmbH", "info@nurfirma.example", "1"],  # no name
        ["Paul", "Klein", "Klein AG", "paul@klein", "7"],  # bad email, unknown table
        ["Paul", "Klein", "Klein AG", "paul@klein", "7"],  # the same row twice
        ["Anna", "Muller", "Andere Firma", "anna.m@example.org", "Pflege"],  # ~ Anna Müller
        ["Rita", "Stern", "", "rita stern@example.org", "Tisch 2"],
        [],  # blank: ignored
        ["Otto", "Wald", "", "otto@wald.example", "MEDIZINTECHNIK"],
    ]
    report = import_file(event, write_text(tmp_path / "dirty.csv", rows))
    assert report.rows == 6
    assert [(s.row, s.reason) for s in report.skipped] == [(2, "no_name"), (4, "duplicate_in_file")]
    assert report.skipped[1].text == "same guest as row 3 (same name, organisation and email)"
    assert [(p.row, p.value) for p in report.invalid_emails] == [
        (3, "paul@klein"),
        (6, "rita stern@example.org"),
    ]
    assert [(p.row, p.value) for p in report.unknown_tables] == [(3, "7")]
    assert [(d.row, d.name) for d in report.likely_duplicates] == [(5, "Anna Muller")]
    assert report.likely_duplicates[0].existing == "Anna Müller (Müller GmbH)"
    found = by_name(event)
    assert found["Paul Klein"].table_id is None
    assert table_number(event, found["Anna Muller"]) == 2  # by table name
    assert table_number(event, found["Rita Stern"]) == 2
    assert table_number(event, found["Otto Wald"]) == 1  # by theme, any case
    assert "Nur Firma GmbH" not in {g.organisation for g in guests.list_guests(event)}
    text = report.summary()
    assert "row 2: no given or family name" in text
    assert "row 3: '7' (Paul Klein)" in text


def test_shared_email_does_not_identify_a_guest(event, tmp_path):
    guests.add_guest(event, given_name="Team", family_name="Lead", email="team@firma.example")
    rows = [
        ["Vorname", "Nachname", "E-Mail"],
        ["Max", "Eins", "team@firma.example"],
        ["Moritz", "Zwei", "team@firma.example"],
    ]
    report = import_file(event, write_text(tmp_path / "l.csv", rows))
    assert [a.name for a in report.added] == ["Max Eins", "Moritz Zwei"]
    assert by_name(event)["Team Lead"].email == "team@firma.example"


def test_two_rows_for_one_guest(event, tmp_path):
    rows = [
        ["ID", "Vorname", "Nachname", "Firma"],
        ["", "Anna", "Müller", "Müller GmbH"],
        ["", "Anna", "Müller", "Müller GmbH"],
    ]
    report = import_file(event, write_text(tmp_path / "l.csv", rows))
    assert [(s.row, s.reason) for s in report.skipped] == [(3, "duplicate_in_file")]
    rows = [
        ["Barcode", "Vorname", "Nachname", "Firma", "E-Mail"],
        ["X1", "Anna", "Müller", "Müller GmbH", ""],
        ["", "Anna", "Müller", "Müller GmbH", "anna@mueller.example"],
    ]
    guests.update_guest(event, by_name(event)["Anna Müller"].id, external_barcode="X1")
    report = import_file(event, write_text(tmp_path / "l2.csv", rows))
    assert [(s.row, s.reason, s.params) for s in report.skipped] == [
        (3, "same_guest_twice", {"row": 2})
    ]


def test_seat_set_by_hand_is_kept(event, tmp_path):
    anna = by_name(event)["Anna Müller"]
    assign.assign(event, anna.id, tables.table_by_number(event, 2).id)  # by hand
    rows = [["Vorname", "Nachname", "Firma", "Tisch"], ["Anna", "Müller", "Müller GmbH", "1"]]
    report = import_file(event, write_text(tmp_path / "l.csv", rows))
    assert [(p.row, p.name) for p in report.seats_kept] == [(2, "Anna Müller")]
    assert table_number(event, guests.get_guest(event, anna.id)) == 2


def test_imported_seats_are_logged(event, tmp_path):
    rows = [["Vorname", "Nachname", "Tisch"], ["Neu", "Gast", "2"]]
    import_file(event, write_text(tmp_path / "l.csv", rows))
    guest = by_name(event)["Neu Gast"]
    history = assign.history(event, guest.id)
    assert [(h.source, h.reason.key, h.reason.params) for h in history] == [
        ("import", "imported", {"table": 2})
    ]


@pytest.mark.parametrize("cancel", ["storniert", "Canceled", "отменён", "Not Attending"])
def test_cancelled_in_the_list_cancels(event, tmp_path, cancel):
    rows = [["Vorname", "Nachname", "Firma", "Status"], ["Anna", "Müller", "Müller GmbH", cancel]]
    report = import_file(event, write_text(tmp_path / "l.csv", rows))
    assert report.updated[0].changes["cancelled"] == [False, True]
    assert by_name(event)["Anna Müller"].cancelled


def test_listeners_hear_of_large_imports_in_chunks(event, tmp_path, monkeypatch):
    monkeypatch.setattr(merge, "_HOOK_CHUNK", 2)
    heard = []
    changes.subscribe(event, lambda kind, payload: heard.append((kind, len(payload["ids"]))))
    rows = [["Vorname", "Nachname"]] + [[f"Gast{i}", "Muster"] for i in range(5)]
    import_file(event, write_text(tmp_path / "l.csv", rows))
    assert heard == [("guest_added", 2), ("guest_added", 2), ("guest_added", 1)]
