"""Ticketing exports (Eventbrite, pretix), a single name column, and the user's own mapping."""

from __future__ import annotations

import pytest

from checkin.errors import BadImportFile
from checkin.importing import import_file, preview
from checkin.importing.mapping import split_name
from tests.core.importing.listfiles import by_name, table_number, write_text, write_xlsx

EVENTBRITE = [
    [
        "Order #",
        "Order Date",
        "First Name",
        "Last Name",
        "Email",
        "Quantity",
        "Ticket Type",
        "Attendee #",
        "Group",
        "Order Type",
        "Total Paid",
        "Attendee Status",
        "Company",
        "Job Title",
        "Barcode #",
    ],
    [
        "1234567890",
        "2027-03-01 10:12:00",
        "Sarah",
        "Connor",
        "sarah@cyberdyne.example",
        "1",
        "Exhibitor",
        "2345678901",
        "",
        "Eventbrite Completed",
        "0.00",
        "Attending",
        "Cyberdyne Systems",
        "Head of Security",
        "2345678901001",
    ],
    [
        "1234567890",
        "2027-03-01 10:12:00",
        "Kyle",
        "Reese",
        "sarah@cyberdyne.example",
        "1",
        "Exhibitor",
        "2345678902",
        "",
        "Eventbrite Completed",
        "0.00",
        "Not Attending",
        "Cyberdyne Systems",
        "",
        "2345678902001",
    ],
]

PRETIX = [
    [
        "Event slug",
        "Order code",
        "Position ID",
        "Status",
        "Email",
        "Phone number",
        "Order date",
        "Product",
        "Price",
        "Attendee name",
        "Attendee name: Title",
        "Attendee name: Given name",
        "Attendee name: Family name",
        "Attendee email",
        "Company",
        "City",
        "Voucher",
        "Ticket secret",
    ],
    [
        "koop27",
        "ABC12",
        "1",
        "Paid",
        "buyer@firma.example",
        "+49 351 1234",
        "2027-02-11",
        "Aussteller",
        "0.00",
        "Dr. Petra Schmidt",
        "Dr.",
        "Petra",
        "Schmidt",
        "p.schmidt@firma.example",
        "Schmidt Medizintechnik AG",
        "Dresden",
        "",
        "h8s3kd9s0aj2mdl3",
    ],
    [
        "koop27",
        "ABC12",
        "2",
        "Paid",
        "buyer@firma.example",
        "+49 351 1234",
        "2027-02-11",
        "Aussteller",
        "0.00",
        "Tom Becker",
        "",
        "Tom",
        "Becker",
        "",
        "Schmidt Medizintechnik AG",
        "Dresden",
        "",
        "k2l4m5n6p7q8r9s0",
    ],
    [
        "koop27",
        "XYZ98",
        "1",
        "Canceled",
        "olga@omsk.example",
        "",
        "2027-02-12",
        "Besucher",
        "0.00",
        "Ольга Смирнова",
        "",
        "Ольга",
        "Смирнова",
        "olga@omsk.example",
        "",
        "Омск",
        "",
        "z9y8x7w6v5u4t3s2",
    ],
]


def test_eventbrite_attendee_report(empty_event, tmp_path):
    path = write_text(tmp_path / "report-1234.csv", EVENTBRITE)
    report = import_file(empty_event, path)
    assert report.mapping["Attendee #"] == "external_id"
    assert report.mapping["Barcode #"] == "external_barcode"
    assert report.mapping["Job Title"] == "position"
    found = by_name(empty_event)
    sarah, kyle = found["Sarah Connor"], found["Kyle Reese"]
    assert sarah.email == "sarah@cyberdyne.example"
    assert sarah.organisation == "Cyberdyne Systems"
    assert sarah.position == "Head of Security"
    assert sarah.external_id == "2345678901"
    assert sarah.external_barcode == "2345678901001"
    assert sarah.cancelled is False
    assert sarah.extra["Ticket Type"] == "Exhibitor"
    assert sarah.extra["Order #"] == "1234567890"
    assert sarah.extra["Attendee Status"] == "Attending"
    assert kyle.external_barcode == "2345678902001"
    assert kyle.cancelled is True  # "Not Attending"


def test_pretix_order_export(empty_event, tmp_path):
    path = write_text(tmp_path / "koop27_orders.csv", PRETIX, encoding="utf-8-sig", delimiter=";")
    report = import_file(empty_event, path)
    assert len(report.added) == 3
    found = by_name(empty_event)
    petra, tom, olga = found["Petra Schmidt"], found["Tom Becker"], found["Ольга Смирнова"]
    assert petra.salutation == "Dr."
    assert petra.email == "p.schmidt@firma.example"  # the attendee's, not the buyer's
    assert petra.phone == "+49 351 1234"
    assert petra.organisation == "Schmidt Medizintechnik AG"
    assert petra.external_id == "ABC12-1"  # order code + position: one per attendee
    assert petra.external_barcode == "h8s3kd9s0aj2mdl3"
    assert petra.extra["Product"] == "Aussteller"
    assert petra.extra["City"] == "Dresden"
    assert tom.external_id == "ABC12-2"
    assert tom.email == "buyer@firma.example"  # no attendee email: the order's
    assert tom.external_barcode == "k2l4m5n6p7q8r9s0"
    assert olga.cancelled is True
    assert olga.external_id == "XYZ98-1"
    assert not petra.cancelled and not tom.cancelled


@pytest.mark.parametrize(
    ("full", "parts"),
    [
        ("Anna Müller", ("", "Anna", "", "Müller")),
        ("Dr. Anna Müller", ("Dr.", "Anna", "", "Müller")),
        (
            "Herr Prof. Dr. Hans-Peter von Weizsäcker",
            ("Herr Prof. Dr.", "Hans-Peter", "", "von Weizsäcker"),
        ),
        ("Jan van der Berg", ("", "Jan", "", "van der Berg")),
        ("Maria de la Cruz Lopez", ("", "Maria de la Cruz", "", "Lopez")),
        ("Müller, Anna", ("", "Anna", "", "Müller")),
        ("Парфёнов Иван Сергеевич", ("", "Иван", "Сергеевич", "Парфёнов")),
        ("Иван Сергеевич Парфёнов", ("", "Иван", "Сергеевич", "Парфёнов")),
        ("Парфёнов, Иван Сергеевич", ("", "Иван", "Сергеевич", "Парфёнов")),
        ("Наталья Ёлкина", ("", "Наталья", "", "Ёлкина")),
        ("Madonna", ("", "", "", "Madonna")),
        ("  Anna   Maria  Müller ", ("", "Anna Maria", "", "Müller")),
    ],
)
def test_single_name_is_split(full, parts):
    got = split_name(full)
    assert (got["salutation"], got["given_name"], got["patronymic"], got["family_name"]) == parts


def test_single_name_column_imports_split_names(empty_event, tmp_path):
    rows = [
        ["Name", "Organisation", "Stol"],
        ["Dr. Anna Müller", "Müller GmbH", "x"],
        ["Парфёнов Иван Сергеевич", "ООО «СибМед»", ""],
    ]
    import_file(empty_event, write_xlsx(tmp_path / "names.xlsx", rows))
    found = by_name(empty_event)
    assert found["Anna Müller"].salutation == "Dr."
    assert found["Anna Müller"].extra == {"Stol": "x"}  # unknown column kept, not dropped
    assert found["Иван Парфёнов"].patronymic == "Сергеевич"
    assert found["Иван Парфёнов"].organisation == "ООО «СибМед»"


def test_user_mapping_overrides_the_guess(empty_event, tmp_path):
    rows = [
        ["Vorname", "Nachname", "Stand", "Code", "Firma"],
        ["Anna", "Müller", "2", "intern-17", "Müller GmbH"],
    ]
    path = write_text(tmp_path / "liste.csv", rows, delimiter=";")
    guessed = preview(path)
    assert guessed.mapping == {
        "Vorname": "given_name",
        "Nachname": "family_name",
        "Stand": "extra",
        "Code": "external_barcode",
        "Firma": "organisation",
    }
    report = import_file(
        empty_event, path, mapping={"stand": "table", "Code": "ignore", "Firma": "notes"}
    )
    assert report.mapping["Stand"] == "table"
    anna = by_name(empty_event)["Anna Müller"]
    assert table_number(empty_event, anna) == 2
    assert anna.external_barcode == "" and anna.extra == {}
    assert anna.organisation == "" and anna.notes == "Müller GmbH"


def test_preview_shows_what_rows_become(tmp_path):
    rows = [["Gästeliste"], [], ["Name", "Firma"], *[[f"Gast{i} Muster", "X"] for i in range(30)]]
    path = write_text(tmp_path / "liste.csv", rows)
    shown = preview(path, rows=5)
    assert shown.header_row == 3
    assert shown.total_rows == 30
    assert shown.rows[0] == ["Gast0 Muster", "X"]
    assert len(shown.rows) == 5
    assert shown.records[0]["given_name"] == "Gast0"
    assert shown.records[0]["family_name"] == "Muster"
    remapped = preview(path, {"Firma": "industry"}, rows=5)
    assert remapped.records[0]["industry"] == "X"


def test_mapping_naming_a_missing_column_or_field_is_refused(tmp_path):
    path = write_text(tmp_path / "liste.csv", [["Vorname", "Nachname"], ["Anna", "Müller"]])
    with pytest.raises(BadImportFile, match="'Tisch'"):
        preview(path, {"Tisch": "table"})
    with pytest.raises(BadImportFile, match="'shoe_size'"):
        preview(path, {"Vorname": "shoe_size"})
