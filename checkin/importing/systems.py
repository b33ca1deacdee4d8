"""Which registration system wrote a list, told by its column names; and what that changes.

Each layout is read from the system's own exporter (the generator in
tests/core/importing/system_exports.py writes files the same way and names the files):

- pretix: ``OrderListExporter`` (src/pretix/base/exporters/orderlist.py) writes the sheets
  Orders / Order positions / Order fees ("Bestellungen", "Bestellzeilen", "Gebühren");
  ``CSVCheckinList`` (src/pretix/plugins/checkinlists/exporters.py) the check-in list.
- Indico: ``generate_spreadsheet_from_registrations`` (indico/modules/events/registration/util.py).
- Hi.Events: ``AttendeesExport`` (backend/app/Exports/AttendeesExport.php).
- alf.io: ``EventApiController.exportLines`` (src/main/java/alfio/controller/api/admin/EventApiController.java).
- Eventbrite and Google Forms are closed: their help pages describe the attendee report and
  the response sheet.

A layout can say what an ambiguous column means there (pretix's German "Position" is the
position in the order, not a job title; Hi.Events' "Public ID" is what its QR codes hold),
whether it has one row per attendee, and a hint for the report.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from checkin.importing.synonyms import normalise


@dataclass(frozen=True)
class Layout:
    key: str  # stable: the report and the UI's texts use it
    source: str  # the source label of ticket codes from this system (accepted codes)
    marks: frozenset[str]  # normalised column names that only this layout has
    needed: int  # how many marks make a match
    overrides: dict[str, str] = field(default_factory=dict)  # normalised column -> field
    per_attendee: bool = True  # False: one row per order or fee, not per person
    first_column: frozenset[str] = frozenset()  # a first column that counts as marks too
    first_weight: int = 2


def _n(*names: str) -> frozenset[str]:
    return frozenset(normalise(n) for n in names)


def _o(**mapping: str) -> dict[str, str]:
    return {normalise(k.replace("_", " ")): v for k, v in mapping.items()}


LAYOUTS: tuple[Layout, ...] = (
    Layout(
        "pretix_positions",
        "pretix",
        _n(
            "Position ID", "Ticket secret", "Pseudonymization ID", "Add-on to position ID",
            "Voucher budget usage", "Position order link", "Attendee name", "Event slug",
            "Ticket-Code", "Pseudonyme ID", "Zusatzprodukt zu Position",
            "Verwendetes Gutscheinbudget", "Link zur Bestellposition", "Name Teilnehmer*in",
            "Kurzname der Veranstaltung",
        ),
        4,
        {normalise("Position"): "position_id", normalise("Position ID"): "position_id",
         normalise("Seat ID"): "extra", normalise("Sitzplatz-ID"): "extra"},
    ),
    Layout(
        "pretix_checkin_list",
        "pretix",
        _n(
            "Checked in", "Checked out", "Automatically checked in",
            "Requires special attention", "Check-in text", "Voucher code", "Attendee name",
            "Eingecheckt", "Ausgetreten", "Automatisch eingecheckt",
            "Benötigt besondere Behandlung", "Check-in-Hinweis", "Gutscheincode",
            "Name Teilnehmer*in",
        ),
        4,
        # An order holds several tickets: the order code alone names no attendee.
        {normalise("Checked in"): "extra", normalise("Eingecheckt"): "extra",
         normalise("Order code"): "extra", normalise("Bestellnummer"): "extra",
         normalise("Seat ID"): "extra", normalise("Sitzplatz-ID"): "extra"},
    ),
    Layout(
        "pretix_orders",
        "pretix",
        _n(
            "Order total", "Positions", "Date of last payment", "Invoice numbers",
            "Payment providers", "Order link", "Fees", "Gesamtbetrag", "Positionen",
            "Datum der letzten Zahlung", "Rechnungsnummern", "Zahlungsmethoden", "Bestelllink",
            "Gebühren",
        ),
        4,
        per_attendee=False,
    ),
    Layout(
        "indico",
        "indico",
        _n(
            "Registration date", "Registration state", "Modification date", "Check-in date",
            "Affiliation", "Created by", "Tags", "Payment date",
        ),
        2,
        {normalise("Checked in"): "extra"},
        first_column=_n("ID"),  # Indico's lists start with ID, Name
        first_weight=1,
    ),
    Layout(
        "hi_events",
        "hi.events",
        _n(
            "Is Checked In", "Checked In At", "Ticket ID", "Event ID", "Public ID", "Short ID",
            "Created Date", "Last Updated Date", "Product ID",
        ),
        3,
        {normalise("Public ID"): "external_barcode", normalise("ID"): "external_id"},
    ),
    Layout(
        "alfio",
        "alf.io",
        _n(
            "ReservationID", "OriginalPrice", "PaidPrice", "Full Name", "Locked",
            "Confirmation", "Billing Address", "Country Code", "Promo Code", "Payment ID",
            "Payment Method", "External Reference",
        ),
        2,
        {normalise("ID"): "external_id", normalise("ReservationID"): "order_code",
         normalise("Category"): "extra", normalise("Event"): "extra"},
    ),
    Layout(
        "eventbrite",
        "eventbrite",
        _n(
            "Order #", "Attendee #", "Attendee Status", "Barcode #", "Ticket Type",
            "Order Type", "Total Paid", "Fees Paid", "Eventbrite Fees", "Price Tier",
            "Eventbrite Payment Processing",
        ),
        3,
        {normalise("Group"): "extra"},
    ),
    Layout(
        "google_forms",
        "import",
        _n("Email Address", "E-Mail-Adresse", "Score", "Punkte", "Адрес электронной почты"),
        2,
        {normalise("Timestamp"): "extra", normalise("Zeitstempel"): "extra"},
        first_column=_n("Timestamp", "Zeitstempel", "Отметка времени", "Horodateur"),
    ),
)  # fmt: skip


def detect(columns: list[str]) -> Layout | None:
    """The layout these column names come from, if they match one."""
    names = {normalise(c) for c in columns}
    first = normalise(columns[0]) if columns else ""
    best, best_score = None, 0
    for layout in LAYOUTS:
        bonus = layout.first_weight if first in layout.first_column else 0
        score = len(names & layout.marks) + bonus
        if score >= layout.needed and score > best_score:
            best, best_score = layout, score
    return best
