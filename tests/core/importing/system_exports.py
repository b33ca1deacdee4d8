"""Write guest lists the way six registration systems export them, for the import tests.

Each writer follows the system's own exporter; columns, their order, the words, the
delimiter, the encoding, the sheets and the quirks are taken from it:

- pretix 2026.8 (github:pretix/pretix, and the German ``de`` locale it ships):
  ``src/pretix/base/exporters/orderlist.py`` ``OrderListExporter`` – a workbook with the
  sheets Orders, Order positions, Order fees ("Bestellungen", "Bestellzeilen", "Gebühren"),
  or one CSV per sheet ("default": QUOTE_NONNUMERIC with commas, "excel", "semicolon"),
  UTF-8 without BOM (``src/pretix/base/exporter.py`` ``MultiSheetListExporter``); cells
  written through defusedcsv, which puts "'" before a leading + - = @ (phone numbers).
  Headers: ``iterate_positions`` and ``iterate_orders``; the status is
  ``_("canceled")`` for a cancelled position, else ``get_extended_status_display()``
  (``src/pretix/base/models/orders.py``); name parts "Attendee name: <part>" for the name
  scheme ``title_given_family`` (``src/pretix/base/settings.py`` PERSON_NAME_SCHEMES).
  ``src/pretix/plugins/checkinlists/exporters.py`` ``CSVCheckinList`` – the check-in list
  ("Attendee name: {part}" = "Teilnehmer*innenname: {part}"; "Paid" = "bezahlt" with
  Ja/Nein when the list includes pending orders; "Secret" when secrets are included).
- Indico (github:indico/indico): ``indico/modules/events/registration/util.py``
  ``generate_spreadsheet_from_registrations`` – ID, Name, the form's field titles, then
  "Registration date", "Registration state" ... (English, not translated; the states are
  ``RegistrationState`` titles in the manager's language, ``models/registrations.py`` and
  ``indico/translations/de_DE``); ``indico/util/spreadsheets.py``: CSV in UTF-8 with BOM,
  commas, line breaks replaced by four spaces, booleans "Yes"/"No"; XLSX by xlsxwriter
  with one unnamed sheet ("Sheet1"), booleans and dates as typed cells.
- Hi.Events (github:HiEventsDev/hi.events): ``backend/app/Exports/AttendeesExport.php`` –
  an .xlsx only (Maatwebsite/PhpSpreadsheet, sheet "Worksheet"), English headers, status
  ACTIVE/CANCELLED, the ticket questions as further columns; the QR code on a ticket holds
  the attendee's "Public ID" (``frontend/src/components/common/AttendeeTicket/index.tsx``),
  which is the order's public id and "-1", "-2" ... (``CompleteOrderHandler.php``).
- alf.io (github:alfio-event/alf.io): ``EventApiController.java`` ``exportLines`` and
  ``src/main/java/alfio/util/ExportUtils.java`` – CSV with a UTF-8 BOM, commas, a tab put
  before values starting with = + - @; XLSX with the sheet "<event> export"; only tickets
  ACQUIRED, CHECKED_IN or TO_BE_PAID are exported; custom fields under their field names.
- Eventbrite (closed source): the attendee report as its help centre describes it (order,
  attendee and barcode numbers, "Attendee Status" Attending / Checked In / Not Attending);
  CSV in UTF-8 with BOM. Eventbrite reports are English here.
- Google Forms (closed source): the responses sheet, "Timestamp"/"Zeitstempel" and the
  collected "Email Address"/"E-Mail-Adresse" first, then the questions as asked; a sheet
  "Form Responses 1"/"Formularantworten 1"; CSV download in UTF-8 with commas.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass, field
from decimal import Decimal

import openpyxl


@dataclass(frozen=True)
class Person:
    key: str
    title: str
    given: str
    family: str
    email: str
    company: str
    phone: str = ""
    tickets: tuple[str, ...] = ()  # one ticket code per ticket
    status: str = "paid"  # paid / pending / cancelled / withdrawn / rejected
    extra: dict = field(default_factory=dict)

    @property
    def name(self) -> str:
        return " ".join(p for p in (self.title, self.given, self.family) if p)


# Everyone the systems sell tickets to. The buyer of Petra's and Tom's order is the
# purchasing department: their address and company must not become the attendees'.
PEOPLE = (
    Person("petra", "Dr.", "Petra", "Schmidt", "p.schmidt@medtech.example",
           "Schmidt Medizintechnik AG", "+49 351 1234", ("qy7xk2mnb4a8tzv3", "f3h9s0aj2mdl3kq7")),
    Person("tom", "", "Tom", "Becker", "", "Schmidt Medizintechnik AG", "+49 351 1234",
           ("k2l4m5n6p7q8r9s0",)),
    Person("olga", "", "Ольга", "Смирнова", "olga@omsk.example", "ООО «Омск-Мед»", "",
           ("z9y8x7w6v5u4t3s2",), status="cancelled"),
    Person("jan", "", "Jan", "van der Berg", "jan@berg.example", "Berg Logistiek B.V.", "",
           ("m4n5b6v7c8x9z0a1",), status="pending"),
    Person("anna", "", "Anna", "Weber", "team@weber.example", "Weber & Weber GmbH", "",
           ("w1e2r3t4z5u6i7o8",)),
    Person("max", "", "Max", "Weber", "team@weber.example", "Weber & Weber GmbH", "",
           ("p0o9i8u7z6t5r4e3",)),
)  # fmt: skip
BUYER_EMAIL = "einkauf@medtech.example"
BUYER_COMPANY = "Schmidt Holding AG"


def _rows_csv(rows, *, delimiter=",", quoting=csv.QUOTE_MINIMAL, lineterminator="\r\n"):
    buf = io.StringIO()
    csv.writer(buf, delimiter=delimiter, quoting=quoting, lineterminator=lineterminator).writerows(
        rows
    )
    return buf.getvalue()


def _defused(value):
    """defusedcsv, as pretix writes every CSV cell."""
    if isinstance(value, str) and value[:1] in ("@", "+", "-", "=", "|", "%"):
        return "'" + value.replace("|", "\\|")
    return value


def _xlsx(path, sheets: dict[str, list[list]]):
    book = openpyxl.Workbook(write_only=True)
    for title, rows in sheets.items():
        sheet = book.create_sheet(title)
        for row in rows:
            sheet.append(row)
    book.save(path)
    return path


# -- pretix -------------------------------------------------------------------------------------
_PRETIX = {  # English msgid -> German msgstr of pretix's de locale
    "Event slug": "Kurzname der Veranstaltung", "Event name": "Veranstaltungstitel",
    "Order code": "Bestellnummer", "Order total": "Gesamtbetrag", "Status": "Status",
    "Email": "E-Mail", "Phone number": "Telefonnummer", "Order date": "Bestelldatum",
    "Order time": "Bestelluhrzeit", "Company": "Firma", "Name": "Name", "Title": "Titel",
    "Given name": "Vorname", "Family name": "Nachname", "Address": "Adresse",
    "ZIP code": "Postleitzahl", "City": "Stadt", "Country": "Land", "State": "Bundesstaat",
    "Custom address field": "Zusätzliches Adressfeld", "VAT ID": "USt-ID-Nr.",
    "Date of last payment": "Datum der letzten Zahlung", "Fees": "Gebühren",
    "Order locale": "Bestellsprache", "Invoice numbers": "Rechnungsnummern",
    "Sales channel": "Verkaufskanal", "Requires special attention": "Benötigt besondere Behandlung",
    "Check-in text": "Check-in-Hinweis", "Comment": "Kommentar",
    "Follow-up date": "Datum zur Wiedervorlage", "Positions": "Positionen",
    "Email address verified": "E-Mail-Adresse verifiziert",
    "External customer ID": "Externe Kundennummer", "Payment providers": "Zahlungsmethoden",
    "Order link": "Bestell-Link", "Fee type": "Art der Gebühr", "Description": "Beschreibung",
    "Price": "Preis", "Tax rate": "Steuersatz", "Tax rule": "Steuerregel", "Tax value": "Steuer",
    "Invoice address name": "Rechnungsadresse: Name", "Position ID": "Position",
    "Product": "Produkt", "Product ID": "Produkt-ID", "Variation": "Variante",
    "Variation ID": "Varianten-ID", "Attendee name": "Name Teilnehmer*in",
    "Attendee email": "E-Mail Teilnehmer*in", "Attendee company": "Teilnehmer*innen-Firma",
    "Voucher": "Gutschein", "Voucher budget usage": "Verwendetes Gutscheinbudget",
    "Voucher tag": "Gutschein-Tag", "Pseudonymization ID": "Pseudonyme ID",
    "Ticket secret": "Ticket-Code", "Seat ID": "Sitzplatz-ID", "Seat name": "Sitzbezeichnung",
    "Seat zone": "Sitzbereich", "Seat row": "Sitzreihe", "Seat number": "Sitzplatz-Nummer",
    "Blocked": "Gesperrt", "Valid from": "Gültig ab", "Valid until": "Gültig bis",
    "Order comment": "Bestellkommentar", "Add-on to position ID": "Zusatzprodukt zu Position",
    "Invoice address company": "Rechnungsadresse: Firma",
    "Invoice address street": "Rechnungsadresse: Straße",
    "Invoice address ZIP code": "Rechnungsadresse: PLZ",
    "Invoice address city": "Rechnungsadresse: Stadt",
    "Invoice address country": "Rechnungsadresse: Land",
    "Invoice address state": "Rechnungsadresse: Bundesstaat", "Check-in lists": "Check-in-Listen",
    "Position order link": "Link zur Bestellposition", "Orders": "Bestellungen",
    "Order positions": "Bestellzeilen", "Order fees": "Gebühren", "paid": "bezahlt",
    "pending": "ausstehend", "expired": "abgelaufen", "canceled": "storniert",
    "Attendee name: {part}": "Teilnehmer*innenname: {part}", "Checked in": "Eingecheckt",
    "Checked out": "Ausgetreten", "Automatically checked in": "Automatisch eingecheckt",
    "Paid": "bezahlt", "Secret": "Secret", "Voucher code": "Gutscheincode", "Yes": "Ja",
    "No": "Nein", "Payment fee": "Zahlungsgebühr", "Dietary requirements": "Ernährungswünsche",
}  # fmt: skip
_PARTS = ("Title", "Given name", "Family name")  # name scheme title_given_family


def _p(lang: str):
    return (lambda s: _PRETIX[s]) if lang == "de" else (lambda s: s)


# Orders: Petra's two tickets and Tom's ticket were bought by the purchasing department.
_ORDERS = (
    ("ABC12", BUYER_EMAIL, "paid", ("petra", "tom", "petra")),
    ("XYZ98", "olga@omsk.example", "canceled", ("olga",)),
    ("JVB77", "jan@berg.example", "pending", ("jan",)),
    ("WEB55", "team@weber.example", "paid", ("anna", "max")),
)


def _person(key: str) -> Person:
    return next(p for p in PEOPLE if p.key == key)


def _positions():
    """(order code, order email, order status, position id, person, ticket code) per ticket."""
    for code, email, status, keys in _ORDERS:
        seen: dict[str, int] = {}
        for position, key in enumerate(keys, start=1):
            person = _person(key)
            ticket = person.tickets[seen.get(key, 0)]
            seen[key] = seen.get(key, 0) + 1
            yield code, email, status, position, person, ticket


def pretix_positions_rows(lang: str) -> list[list]:
    _ = _p(lang)
    header = [
        _("Event slug"), _("Event name"), _("Order code"), _("Position ID"), _("Status"),
        _("Email"), _("Phone number"), _("Order date"), _("Order time"), _("Product"),
        _("Product ID"), _("Variation"), _("Variation ID"), _("Price"), _("Tax rate"),
        _("Tax rule"), _("Tax value"), _("Attendee name"),
        *(_("Attendee name") + ": " + _(part) for part in _PARTS),
        _("Attendee email"), _("Attendee company"), _("Address"), _("ZIP code"), _("City"),
        _("Country"), _("State"), _("Voucher"), _("Voucher budget usage"), _("Voucher tag"),
        _("Pseudonymization ID"), _("Ticket secret"), _("Seat ID"), _("Seat name"),
        _("Seat zone"), _("Seat row"), _("Seat number"), _("Blocked"), _("Valid from"),
        _("Valid until"), _("Order comment"), _("Follow-up date"), _("Add-on to position ID"),
        _("Dietary requirements"), _("Invoice address company"), _("Invoice address name"),
        *(_("Invoice address name") + ": " + _(part) for part in _PARTS),
        _("Invoice address street"), _("Invoice address ZIP code"), _("Invoice address city"),
        _("Invoice address country"), _("Invoice address state"), _("VAT ID"),
        _("Sales channel"), _("Order locale"), _("Email address verified"),
        _("External customer ID"), _("Check-in lists"), _("Payment providers"),
        _("Position order link"),
    ]  # fmt: skip
    rows = [header]
    for number, (code, email, status, position, person, ticket) in enumerate(_positions()):
        buyer = code == "ABC12"
        rows.append([
            "koop27", "Kooperationsbörse 2027", code, position, _(status), email,
            person.phone if buyer or person.phone else "", "2027-02-11", "10:12:00",
            "Aussteller" if lang == "de" else "Exhibitor", 17, "", "", Decimal("0.00"),
            Decimal("0.00"), "", Decimal("0.00"), person.name, person.title, person.given,
            person.family, person.email, person.company, "", "", "Dresden", "DE", "", "", "",
            "", f"PSEU{number:04d}", ticket, "", "", "", "", "", "", "", "", "", "", "",
            "vegetarisch" if person.key == "petra" else "",
            BUYER_COMPANY if buyer else "", "Einkauf Schmidt" if buyer else "", "",
            "Einkauf" if buyer else "", "Schmidt" if buyer else "",
            "Hauptstr. 1" if buyer else "", "01067" if buyer else "", "Dresden" if buyer else "",
            "DE" if buyer else "", "", "", "web", lang, _("Yes"), "", "", "",
            f"https://tickets.example/koop27/order/{code}/x/{position}/",
        ])  # fmt: skip
    return rows


def pretix_orders_rows(lang: str) -> list[list]:
    _ = _p(lang)
    header = [
        _("Event slug"), _("Event name"), _("Order code"), _("Order total"), _("Status"),
        _("Email"), _("Phone number"), _("Order date"), _("Order time"), _("Company"),
        _("Name"), *(_(part) for part in _PARTS), _("Address"), _("ZIP code"), _("City"),
        _("Country"), _("State"), _("Custom address field"), _("VAT ID"),
        _("Date of last payment"), _("Fees"), _("Order locale"), _("Invoice numbers"),
        _("Sales channel"), _("Requires special attention"), _("Check-in text"), _("Comment"),
        _("Follow-up date"), _("Positions"), _("Email address verified"),
        _("External customer ID"), _("Payment providers"), _("Order link"),
    ]  # fmt: skip
    rows = [header]
    for code, email, status, keys in _ORDERS:
        first = _person(keys[0])
        buyer = code == "ABC12"
        given, family = ("Einkauf", "Schmidt") if buyer else (first.given, first.family)
        rows.append([
            "koop27", "Kooperationsbörse 2027", code, Decimal("0.00"), _(status), email, "",
            "2027-02-11", "10:12:00", BUYER_COMPANY if buyer else first.company,
            f"{given} {family}", "", given, family, "", "", "Dresden", "DE", "", "", "",
            "", Decimal("0.00"), lang, "", "web", _("No"), "", "", "", len(keys), _("Yes"),
            "", "", f"https://tickets.example/koop27/order/{code}/x/",
        ])  # fmt: skip
    return rows


def pretix_fees_rows(lang: str) -> list[list]:
    _ = _p(lang)
    header = [
        _("Event slug"), _("Event name"), _("Order code"), _("Status"), _("Email"),
        _("Phone number"), _("Order date"), _("Order time"), _("Fee type"), _("Description"),
        _("Price"), _("Tax rate"), _("Tax rule"), _("Tax value"), _("Company"),
        _("Invoice address name"), *(_("Invoice address name") + ": " + _(p) for p in _PARTS),
        _("Address"), _("ZIP code"), _("City"), _("Country"), _("State"), _("VAT ID"),
        _("External customer ID"), _("Payment providers"),
    ]  # fmt: skip
    return [header, ["koop27", "Kooperationsbörse 2027", "JVB77", _("pending"),
                     "jan@berg.example", "", "2027-02-12", "09:00:00", "payment",
                     _("Payment fee"), Decimal("1.50"), Decimal("19.00"), "", Decimal("0.24"),
                     "", "", "", "", "", "", "", "", "", "", "", "", "", ""]]  # fmt: skip


def pretix_order_data_xlsx(path, lang: str):
    """The "Order data" export as one workbook: orders first, as pretix writes it."""
    _ = _p(lang)
    return _xlsx(
        path,
        {
            _("Orders")[:30]: pretix_orders_rows(lang),
            _("Order positions")[:30]: pretix_positions_rows(lang),
            _("Order fees")[:30]: pretix_fees_rows(lang),
        },
    )


def pretix_positions_csv(path, lang: str, fmt: str = "semicolon"):
    """The "Order positions" sheet as CSV: fmt is pretix's "default", "excel" or "semicolon"."""
    rows = [[_defused(v) for v in row] for row in pretix_positions_rows(lang)]
    if fmt == "default":
        text = _rows_csv(rows, quoting=csv.QUOTE_NONNUMERIC)
    else:
        text = _rows_csv(rows, delimiter=";" if fmt == "semicolon" else ",")
    path.write_bytes(text.encode("utf-8"))
    return path


def pretix_checkin_list_csv(path, lang: str):
    """The check-in list with secrets and pending orders ("Paid" column), as CSVCheckinList."""
    _ = _p(lang)
    part = _("Attendee name: {part}")
    header = [
        _("Order code"), _("Attendee name"), *(part.format(part=_(p)) for p in _PARTS),
        _("Product"), _("Price"), _("Checked in"), _("Checked out"),
        _("Automatically checked in"), _("Paid"), _("Secret"), _("Email"), _("Phone number"),
        _("Company"), _("Voucher code"), _("Order date"), _("Order time"),
        _("Requires special attention"), _("Comment"), _("Check-in text"), _("Seat ID"),
        _("Seat name"), _("Seat zone"), _("Seat row"), _("Seat number"), _("Blocked"),
        _("Valid from"), _("Valid until"), _("Address"), _("ZIP code"), _("City"),
        _("Country"), _("State"),
    ]  # fmt: skip
    rows = [header]
    for code, email, status, _position, person, ticket in _positions():
        if status not in ("paid", "pending"):
            continue  # the check-in list holds valid tickets only
        rows.append([
            code, person.name, person.title, person.given, person.family,
            "Aussteller" if lang == "de" else "Exhibitor", Decimal("0.00"), "", "", _("No"),
            _("Yes") if status == "paid" else _("No"), ticket, person.email or email,
            person.phone, person.company or BUYER_COMPANY, "", "2027-02-11", "10:12:00",
            _("No"), "", "", "", "", "", "", "", "", "", "", "", "", "Dresden", "DE", "",
        ])  # fmt: skip
    text = _rows_csv([[_defused(v) for v in row] for row in rows], quoting=csv.QUOTE_NONNUMERIC)
    path.write_bytes(text.encode("utf-8"))
    return path


# -- Indico ---------------------------------------------------------------------------------------
_INDICO_STATE = {
    "en": {"paid": "Completed", "pending": "Awaiting payment", "cancelled": "Withdrawn",
           "rejected": "Rejected"},
    "de": {"paid": "Abgeschlossen", "pending": "Warten auf Zahlung",
           "cancelled": "Zurückgezogen", "rejected": "abgelehnt"},
}  # fmt: skip
# The form's personal data fields: Indico's default titles, or those a German organiser gave.
_INDICO_FIELDS = {
    "en": ("Title", "First Name", "Last Name", "Email Address", "Affiliation", "Position"),
    "de": ("Anrede", "Vorname", "Nachname", "E-Mail-Adresse", "Institution", "Funktion"),
}


def _indico_people():
    """One registration per person; Jörg was rejected by the organisers."""
    yield from (p for p in PEOPLE)
    yield Person("joerg", "", "Jörg", "Weiß", "joerg@weiss.example", "Weiß Pflege", "",
                 (), status="rejected")  # fmt: skip


def indico_rows(lang: str, *, typed: bool = False) -> list[list]:
    fields = _INDICO_FIELDS[lang]
    header = ["ID", "Name", *fields, "Registration date", "Registration state", "Checked in"]
    rows = [header]
    for number, person in enumerate(_indico_people(), start=1):
        when = "2027-02-11 10:12:00"
        if typed:
            from datetime import datetime

            when = datetime(2027, 2, 11, 10, 12)
        rows.append([
            number, f"{person.given} {person.family}", person.title, person.given,
            person.family, person.email, person.company, "",
            when, _INDICO_STATE[lang][person.status], False if typed else "No",
        ])  # fmt: skip
    return rows


def indico_csv(path, lang: str):
    path.write_bytes(_rows_csv(indico_rows(lang)).encode("utf-8-sig"))
    return path


def indico_xlsx(path, lang: str):
    return _xlsx(path, {"Sheet1": indico_rows(lang, typed=True)})


# -- Hi.Events ------------------------------------------------------------------------------------
_HI_QUESTIONS = {"en": ("Company", "Job title"), "de": ("Firma", "Position")}


_HI_ORDERS = {"petra": "Q7K2M9X", "tom": "Q7K2M9X", "olga": "H4J8N2B", "anna": "L9P0O8I",
              "max": "L9P0O8I"}  # fmt: skip


def _hi_events_tickets():
    """(number, person, public id) per attendee; Jan's order was never completed."""
    counters: dict[str, int] = {}
    number = 0
    for person in PEOPLE:
        if person.status == "pending":
            continue  # Hi.Events lists attendees of completed orders only
        for _ticket in person.tickets:
            number += 1
            order = _HI_ORDERS[person.key]
            counters[order] = counters.get(order, 0) + 1
            yield number, person, f"{order}-{counters[order]}"


def hi_events_codes(person_key: str) -> list[str]:
    """The Public IDs (what the tickets' QR codes hold) of a person's tickets."""
    return [code for _, person, code in _hi_events_tickets() if person.key == person_key]


def hi_events_xlsx(path, lang: str):
    header = [
        "ID",
        "First Name",
        "Last Name",
        "Email",
        "Status",
        "Is Checked In",
        "Checked In At",
        "Ticket ID",
        "Event ID",
        "Public ID",
        "Short ID",
        "Created Date",
        "Last Updated Date",
        *_HI_QUESTIONS[lang],
    ]
    rows = [header]
    for number, person, public_id in _hi_events_tickets():
        rows.append([
            number, person.given, person.family, person.email or BUYER_EMAIL,
            "CANCELLED" if person.status == "cancelled" else "ACTIVE", "No", "", 12, 3,
            public_id, f"a{number:012d}", "2027-02-11 10:12:00", "2027-02-11 10:12:00",
            person.company, "",
        ])  # fmt: skip
    return _xlsx(path, {"Worksheet": rows})


# -- alf.io ---------------------------------------------------------------------------------------
_ALFIO_HEADER = [
    "ID",
    "Category",
    "Event",
    "Status",
    "OriginalPrice",
    "PaidPrice",
    "Discount",
    "VAT",
    "ReservationID",
    "Full Name",
    "First Name",
    "Last Name",
    "E-Mail",
    "Locked",
    "Language",
    "Confirmation",
    "Billing Address",
    "Country Code",
    "Promo Code",
    "Payment ID",
    "Payment Method",
    "External Reference",
    "company",
    "jobTitle",
]


def alfio_rows() -> list[list[str]]:
    rows = [_ALFIO_HEADER]
    number = 0
    for person in PEOPLE:
        if person.status == "cancelled":
            continue  # exported: ACQUIRED, CHECKED_IN, TO_BE_PAID only
        for _ticket in person.tickets:
            number += 1
            rows.append([
                f"5f0c{number:04d}-7d1e-4c55-9a51-0c2d1e9b{number:04d}", "Standard", "koop27",
                "TO_BE_PAID" if person.status == "pending" else "ACQUIRED", "0.00", "0.00",
                "0.00", "0.00", f"res-{person.key}", f"{person.given} {person.family}",
                person.given, person.family, person.email or BUYER_EMAIL, "false", "de",
                "2027-02-11T10:12+01:00[Europe/Berlin]", "", "DE", "", "", "OFFLINE", "",
                person.company, "",
            ])  # fmt: skip
    return rows


def alfio_csv(path):
    rows = [[("\t" + v if v[:1] in "=+-@" and v else v) for v in row] for row in alfio_rows()]
    path.write_bytes(b"\xef\xbb\xbf" + _rows_csv(rows, lineterminator="\n").encode("utf-8"))
    return path


def alfio_xlsx(path):
    return _xlsx(path, {"koop27 export": alfio_rows()})


# -- Eventbrite -----------------------------------------------------------------------------------
_EVENTBRITE_HEADER = [
    "Order #",
    "Order Date",
    "Prefix",
    "First Name",
    "Last Name",
    "Suffix",
    "Email",
    "Quantity",
    "Price Tier",
    "Ticket Type",
    "Attendee #",
    "Group",
    "Order Type",
    "Currency",
    "Total Paid",
    "Fees Paid",
    "Eventbrite Fees",
    "Eventbrite Payment Processing",
    "Attendee Status",
    "Cell Phone",
    "Job Title",
    "Company",
    "Work Phone",
    "Barcode #",
]
_EVENTBRITE_STATUS = {"paid": "Attending", "pending": "Attending", "cancelled": "Not Attending"}


def eventbrite_csv(path):
    rows = [_EVENTBRITE_HEADER]
    number = 0
    for person in PEOPLE:
        for ticket in person.tickets:
            number += 1
            order_type = "Offline" if person.status == "pending" else "Eventbrite Completed"
            rows.append([
                f"77{number:08d}", "2027-02-11 10:12:00", person.title, person.given,
                person.family, "", person.email or BUYER_EMAIL, "1", "", "Exhibitor",
                f"88{number:08d}", "", order_type, "EUR", "0.00", "0.00", "0.00", "0.00",
                _EVENTBRITE_STATUS[person.status], person.phone, "", person.company, "",
                f"{number:04d}{ticket}",
            ])  # fmt: skip
    path.write_bytes(b"\xef\xbb\xbf" + _rows_csv(rows).encode("utf-8"))
    return path


def eventbrite_code(person_key: str, ticket: int = 0) -> str:
    number = 0
    for person in PEOPLE:
        for i, code in enumerate(person.tickets):
            number += 1
            if person.key == person_key and i == ticket:
                return f"{number:04d}{code}"
    raise KeyError(person_key)


# -- Google Forms ---------------------------------------------------------------------------------
_FORMS = {
    "en": ("Form Responses 1", "Timestamp", "Email Address",
           ("First name", "Last name", "Company", "Phone number")),
    "de": ("Formularantworten 1", "Zeitstempel", "E-Mail-Adresse",
           ("Vorname", "Nachname", "Firma / Organisation", "Telefonnummer")),
}  # fmt: skip


def google_forms_rows(lang: str) -> tuple[str, list[list[str]]]:
    sheet, stamp, email, questions = _FORMS[lang]
    rows = [[stamp, email, *questions]]
    for minute, person in enumerate(PEOPLE):
        if person.status != "paid" and person.key != "jan":
            continue  # a form has no cancellations: Olga never answered
        when = f"11.02.2027 10:{minute:02d}:00" if lang == "de" else f"2/11/2027 10:{minute:02d}:00"
        rows.append([when, person.email or BUYER_EMAIL, person.given, person.family,
                     person.company, person.phone])  # fmt: skip
    # Petra sent the form twice (the second time with her mobile number)
    rows.append([rows[1][0].replace(":00:00", ":30:00"), *rows[1][1:5], "+49 170 5555"])
    return sheet, rows


def google_forms_csv(path, lang: str):
    _sheet, rows = google_forms_rows(lang)
    path.write_bytes(_rows_csv(rows).encode("utf-8"))
    return path


def google_forms_xlsx(path, lang: str):
    sheet, rows = google_forms_rows(lang)
    return _xlsx(path, {sheet: rows})
