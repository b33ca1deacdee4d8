"""Lists as pretix, Indico, Hi.Events, alf.io, Eventbrite and Google Forms export them
(written by system_exports.py, which names the exporter code each layout follows)."""

from __future__ import annotations

from dataclasses import dataclass, field

import pytest

from checkin import checkins, guest_codes, programme
from checkin.checkins import Result
from checkin.importing import import_file, preview
from tests.core.importing import system_exports as sx
from tests.core.importing.listfiles import by_name

ALL = ("petra", "tom", "olga", "jan", "anna", "max")
NAMES = {
    "petra": "Petra Schmidt",
    "tom": "Tom Becker",
    "olga": "Ольга Смирнова",
    "jan": "Jan van der Berg",
    "anna": "Anna Weber",
    "max": "Max Weber",
    "joerg": "Jörg Weiß",
}


@dataclass(frozen=True)
class Case:
    write: object  # (path) -> path
    suffix: str
    system: str
    people: tuple[str, ...] = ALL
    not_attending: tuple[str, ...] = ()
    pending: tuple[str, ...] = ()
    petra_codes: tuple[str, ...] = ()  # every code that must check Petra in
    sheet: str = ""
    titles: bool = True  # the export carries Petra's "Dr."
    tom_email: str = sx.BUYER_EMAIL  # Tom gave no address of his own
    phones: bool = False  # the export has Petra's phone number (pretix writes '+49 …)
    extra: dict = field(default_factory=dict)


PETRA_PRETIX = sx.PEOPLE[0].tickets
CASES = {
    f"pretix positions {lang} {fmt}": Case(
        lambda p, lang=lang, fmt=fmt: sx.pretix_positions_csv(p, lang, fmt),
        ".csv",
        "pretix_positions",
        not_attending=("olga",),
        pending=("jan",),
        petra_codes=PETRA_PRETIX,
        phones=True,
    )
    for lang in ("de", "en")
    for fmt in ("semicolon", "default", "excel")
}
CASES |= {
    f"pretix order data {lang} xlsx": Case(
        lambda p, lang=lang: sx.pretix_order_data_xlsx(p, lang),
        ".xlsx",
        "pretix_positions",
        not_attending=("olga",),
        pending=("jan",),
        petra_codes=PETRA_PRETIX,
        sheet={"de": "Bestellzeilen", "en": "Order positions"}[lang],
    )
    for lang in ("de", "en")
}
CASES |= {
    f"pretix check-in list {lang}": Case(
        lambda p, lang=lang: sx.pretix_checkin_list_csv(p, lang),
        ".csv",
        "pretix_checkin_list",
        people=("petra", "tom", "jan", "anna", "max"),
        pending=("jan",),
        petra_codes=PETRA_PRETIX,
        phones=True,
    )
    for lang in ("de", "en")
}
CASES |= {
    f"indico {lang} {kind}": Case(
        (lambda p, lang=lang: sx.indico_csv(p, lang))
        if kind == "csv"
        else (lambda p, lang=lang: sx.indico_xlsx(p, lang)),
        f".{kind}",
        "indico",
        people=(*ALL, "joerg"),
        not_attending=("olga", "joerg"),
        pending=("jan",),
        tom_email="",
        sheet="Sheet1" if kind == "xlsx" else "",
    )
    for lang in ("de", "en")
    for kind in ("csv", "xlsx")
}
CASES |= {
    f"hi.events {lang}": Case(
        lambda p, lang=lang: sx.hi_events_xlsx(p, lang),
        ".xlsx",
        "hi_events",
        people=("petra", "tom", "olga", "anna", "max"),
        not_attending=("olga",),
        petra_codes=tuple(sx.hi_events_codes("petra")),
        sheet="Worksheet",
        titles=False,
    )
    for lang in ("de", "en")
}
CASES |= {
    f"alf.io {kind}": Case(
        sx.alfio_csv if kind == "csv" else sx.alfio_xlsx,
        f".{kind}",
        "alfio",
        people=("petra", "tom", "jan", "anna", "max"),
        pending=("jan",),
        sheet="koop27 export" if kind == "xlsx" else "",
        titles=False,
    )
    for kind in ("csv", "xlsx")
}
CASES["eventbrite"] = Case(
    sx.eventbrite_csv,
    ".csv",
    "eventbrite",
    not_attending=("olga",),
    petra_codes=(sx.eventbrite_code("petra", 0), sx.eventbrite_code("petra", 1)),
    phones=True,
)
CASES |= {
    f"google forms {lang} {kind}": Case(
        (lambda p, lang=lang: sx.google_forms_csv(p, lang))
        if kind == "csv"
        else (lambda p, lang=lang: sx.google_forms_xlsx(p, lang)),
        f".{kind}",
        "google_forms",
        people=("petra", "tom", "jan", "anna", "max"),
        sheet={"de": "Formularantworten 1", "en": "Form Responses 1"}[lang]
        if kind == "xlsx"
        else "",
        titles=False,
    )
    for lang in ("de", "en")
    for kind in ("csv", "xlsx")
}


@pytest.mark.parametrize("name", list(CASES))
def test_each_system_imports_its_attendees(empty_event, tmp_path, name):
    case = CASES[name]
    path = case.write(tmp_path / f"export{case.suffix}")
    report = import_file(empty_event, path)
    assert report.system == case.system
    assert report.sheet == case.sheet
    found = by_name(empty_event)
    assert set(found) == {NAMES[k] for k in case.people}, report.summary()
    petra, tom = found["Petra Schmidt"], found["Tom Becker"]
    assert (petra.given_name, petra.family_name) == ("Petra", "Schmidt")
    assert petra.salutation == ("Dr." if case.titles and case.system != "google_forms" else "")
    assert petra.organisation == "Schmidt Medizintechnik AG"  # the attendee's, not the buyer's
    assert petra.email == "p.schmidt@medtech.example"
    if case.phones:
        assert petra.phone == "+49 351 1234"
    assert tom.organisation == "Schmidt Medizintechnik AG" and tom.email == case.tom_email
    # one address, two people: both stay
    assert found["Anna Weber"].email == found["Max Weber"].email == "team@weber.example"
    if "jan" in case.people:
        jan = found["Jan van der Berg"]
        assert (jan.given_name, jan.family_name) == ("Jan", "van der Berg")
    cancelled = {k for k in case.people if found[NAMES[k]].cancelled}
    assert cancelled == set(case.not_attending)
    assert {p.name for p in report.not_attending} == {NAMES[k] for k in case.not_attending}
    assert {p.name for p in report.pending} == {NAMES[k] for k in case.pending}
    assert report.unknown_status == [] and report.code_conflicts == []
    # Petra bought two tickets: one guest, and each ticket checks her in
    item = programme.add_item(empty_event, "Börse", "2027-04-20T09:00", "2027-04-20T17:00")
    for code in case.petra_codes:
        result = checkins.check_in(empty_event, code, item.id)
        assert result.guest.id == petra.id, code
        assert result.result in (Result.CHECKED_IN, Result.ALREADY_CHECKED_IN)
    text = report.summary()
    assert "Looks like an export of" in text and "Columns used:" in text


@pytest.mark.parametrize("name", list(CASES))
def test_a_second_import_of_the_same_export_merges(empty_event, tmp_path, name):
    case = CASES[name]
    path = case.write(tmp_path / f"export{case.suffix}")
    first = import_file(empty_event, path)
    codes_before = {
        g.id: guest_codes.codes_of(empty_event, g.id) for g in by_name(empty_event).values()
    }
    again = import_file(empty_event, path)
    assert again.added == [] and again.updated == [], again.summary()
    assert len(again.unchanged) == len(first.added)
    assert len(by_name(empty_event)) == len(case.people)
    assert {
        g.id: guest_codes.codes_of(empty_event, g.id) for g in by_name(empty_event).values()
    } == codes_before


def test_a_pretix_secret_from_the_german_export_checks_its_guest_in(empty_event, tmp_path):
    path = sx.pretix_positions_csv(tmp_path / "koop27_orders.csv", "de")
    report = import_file(empty_event, path)
    assert report.mapping["Ticket-Code"] == "external_barcode"
    assert report.mapping["Name Teilnehmer*in: Vorname"] == "given_name"
    assert report.mapping["Teilnehmer*innen-Firma"] == "organisation"
    assert report.mapping["E-Mail Teilnehmer*in"] == "email"
    assert report.mapping["Position"] == "position_id"  # pretix's position, not a job title
    petra = by_name(empty_event)["Petra Schmidt"]
    assert petra.external_id == "ABC12-1" and petra.external_barcode == PETRA_PRETIX[0]
    assert guest_codes.codes_of(empty_event, petra.id) == [
        guest_codes.AcceptedCode(PETRA_PRETIX[1], "pretix")
    ]
    [merged] = report.merged_tickets
    assert (merged.row, merged.first_row, merged.code) == (4, 2, PETRA_PRETIX[1])
    item = programme.add_item(empty_event, "Börse", "2027-04-20T09:00", "2027-04-20T17:00")
    result = checkins.check_in(empty_event, PETRA_PRETIX[1], item.id)
    assert result.result is Result.CHECKED_IN and result.guest.id == petra.id
    assert "row 4: Petra Schmidt – as row 2; code f3h9s0aj2mdl3kq7 kept" in report.summary()


def test_the_workbook_sheet_is_chosen_and_another_can_be_asked_for(empty_event, tmp_path):
    path = sx.pretix_order_data_xlsx(tmp_path / "koop27_orders.xlsx", "de")
    shown = preview(path)
    assert shown.sheet == "Bestellzeilen" and shown.system == "pretix_positions"
    assert shown.sheets == ["Bestellungen", "Bestellzeilen", "Gebühren"]
    report = import_file(empty_event, path, sheet="Bestellungen", dry_run=True)
    assert report.sheet == "Bestellungen" and report.system == "pretix_orders"
    assert "one row per order, not per attendee" in report.summary()
    assert "Other sheets, not read: 'Bestellzeilen', 'Gebühren'" in report.summary()


def test_status_words_of_every_system(empty_event, tmp_path):
    from tests.core.importing.listfiles import write_text

    rows = [["Vorname", "Nachname", "Status"]]
    words = {
        "not attending": ["storniert", "Zurückgezogen", "abgelehnt", "CANCELLED", "Not Attending",
                          "Withdrawn", "Rejected", "canceled (paid fee)", "abgelaufen", "отменена"],
        "pending": ["ausstehend", "Warten auf Zahlung", "TO_BE_PAID", "Awaiting payment",
                    "Freigabe ausstehend", "pending"],
        "active": ["bezahlt", "Abgeschlossen", "ACTIVE", "ACQUIRED", "Attending", "Checked In",
                   "Completed", "CHECKED_IN"],
    }  # fmt: skip
    for kind, values in words.items():
        rows += [[f"G{i}", kind.title().replace(" ", ""), v] for i, v in enumerate(values)]
    rows.append(["Gast", "Unklar", "vielleicht"])
    report = import_file(empty_event, write_text(tmp_path / "status.csv", rows, delimiter=";"))
    assert [p.value for p in report.not_attending] == words["not attending"]
    assert [p.value for p in report.pending] == words["pending"]
    assert [(p.name, p.value) for p in report.unknown_status] == [("Gast Unklar", "vielleicht")]
    found = by_name(empty_event)
    assert sum(g.cancelled for g in found.values()) == len(words["not attending"])
    assert (
        not found["Gast Unklar"].cancelled and found["Gast Unklar"].extra["Status"] == "vielleicht"
    )


@pytest.mark.parametrize(
    "header",
    [
        "Teilnehmer*innen-Firma", "Teilnehmer:innen-Firma", "Teilnehmer_innen-Firma",
        "TeilnehmerInnen-Firma", "Firma Teilnehmer*in", "Firma TeilnehmerIn", "Firma Teilnehmer/-in",
    ],
)  # fmt: skip
def test_gender_inclusive_headers(empty_event, tmp_path, header):
    from tests.core.importing.listfiles import write_text

    rows = [["Teilnehmer*innenname: Vorname", "Name Teilnehmer:in: Nachname", header],
            ["Anna", "Müller", "Müller GmbH"]]  # fmt: skip
    report = import_file(empty_event, write_text(tmp_path / "gender.csv", rows, delimiter=";"))
    assert report.mapping[header] == "organisation"
    anna = by_name(empty_event)["Anna Müller"]
    assert anna.organisation == "Müller GmbH"


def _pretix_rows(lang="en"):
    rows = sx.pretix_positions_rows(lang)
    return rows, {name: i for i, name in enumerate(rows[0])}


def test_buyer_fields_fill_in_only_where_the_attendee_gave_none(empty_event, tmp_path):
    from tests.core.importing.listfiles import write_text

    rows, col = _pretix_rows()
    tom = next(r for r in rows if r[col["Attendee name"]] == "Tom Becker")
    tom[col["Attendee company"]] = ""  # no company given for Tom: the buyer's
    anna = next(r for r in rows if r[col["Attendee name"]] == "Anna Weber")
    for name in ("Attendee name", "Attendee name: Given name", "Attendee name: Family name"):
        anna[col[name]] = ""  # a ticket without a name: the invoice's name stands in
    anna[col["Invoice address name"]] = "Erika Weber"
    import_file(empty_event, write_text(tmp_path / "positions.csv", rows))
    found = by_name(empty_event)
    assert found["Tom Becker"].organisation == sx.BUYER_COMPANY
    assert found["Petra Schmidt"].organisation == "Schmidt Medizintechnik AG"
    assert "Erika Weber" in found and "Anna Weber" not in found


def test_a_cancelled_further_ticket_no_longer_checks_in(empty_event, tmp_path):
    from tests.core.importing.listfiles import write_text

    rows, col = _pretix_rows()
    path = write_text(tmp_path / "positions.csv", rows)
    import_file(empty_event, path)
    petra = by_name(empty_event)["Petra Schmidt"]
    assert guest_codes.find_by_code(empty_event, PETRA_PRETIX[1]).id == petra.id
    second = next(r for r in rows if r[col["Ticket secret"]] == PETRA_PRETIX[1])
    second[col["Status"]] = "canceled"  # pretix: the position was cancelled
    report = import_file(empty_event, write_text(path, rows))
    [merged] = report.merged_tickets
    assert merged.cancelled and "withdrawn (cancelled)" in report.summary()
    assert guest_codes.codes_of(empty_event, petra.id) == []
    assert not by_name(empty_event)["Petra Schmidt"].cancelled  # her first ticket stands
    item = programme.add_item(empty_event, "Börse", "2027-04-20T09:00", "2027-04-20T17:00")
    assert checkins.check_in(empty_event, PETRA_PRETIX[1], item.id).result is Result.UNKNOWN_CODE


def test_a_code_that_checks_in_another_guest_is_not_given_twice(empty_event, tmp_path):
    from checkin import guests
    from tests.core.importing.listfiles import write_text

    other = guests.add_guest(empty_event, given_name="Otto", family_name="Wald")
    guest_codes.add_codes(empty_event, other.id, [PETRA_PRETIX[1]], "desk")
    rows, _col = _pretix_rows()
    report = import_file(empty_event, write_text(tmp_path / "positions.csv", rows))
    assert [(p.name, p.value) for p in report.code_conflicts] == [
        ("Petra Schmidt", PETRA_PRETIX[1])
    ]
    assert guest_codes.find_by_code(empty_event, PETRA_PRETIX[1]).id == other.id
    petra = by_name(empty_event)["Petra Schmidt"]
    assert guest_codes.codes_of(empty_event, petra.id) == []
