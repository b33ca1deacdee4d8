"""The import's texts in the user's language: field names and the report.

The core reports keys and numbers; the words live here, as literal ``translate()`` calls
that ``pyside6-lupdate`` finds.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject

from checkin.importing.reading import Note
from checkin.importing.report import ImportReport


def field_titles() -> dict[str, str]:
    """What the user sees for each field in the combos and the preview header."""
    return {
        "salutation": QCoreApplication.translate("import", "Salutation"),
        "given_name": QCoreApplication.translate("import", "Given name"),
        "patronymic": QCoreApplication.translate("import", "Patronymic"),
        "family_name": QCoreApplication.translate("import", "Family name"),
        "name": QCoreApplication.translate("import", "Full name (split)"),
        "organisation": QCoreApplication.translate("import", "Organisation"),
        "position": QCoreApplication.translate("import", "Position"),
        "industry": QCoreApplication.translate("import", "Industry"),
        "email": QCoreApplication.translate("import", "Email"),
        "phone": QCoreApplication.translate("import", "Phone"),
        "language": QCoreApplication.translate("import", "Language"),
        "category": QCoreApplication.translate("import", "Category"),
        "table": QCoreApplication.translate("import", "Table"),
        "notes": QCoreApplication.translate("import", "Notes"),
        "external_id": QCoreApplication.translate("import", "External id"),
        "external_barcode": QCoreApplication.translate("import", "Ticket barcode"),
        "order_code": QCoreApplication.translate("import", "Order code"),
        "position_id": QCoreApplication.translate("import", "Order position"),
        "status": QCoreApplication.translate("import", "Ticket status"),
        "paid": QCoreApplication.translate("import", "Paid (yes/no)"),
        "languages": QCoreApplication.translate("import", "Languages spoken"),
        "consent": QCoreApplication.translate("import", "Consent to share contact details"),
        "contact_consent": QCoreApplication.translate("import", "Consent to share contact details"),
        "meeting_point": QCoreApplication.translate("import", "Meeting point (fixed table)"),
        "extra": QCoreApplication.translate("import", "Keep as extra field"),
        "ignore": QCoreApplication.translate("import", "Do not import"),
    }


class ImportCounts(QObject):
    """The report's counts with their plural forms. Through self.tr: pyside6-lupdate 6.11
    marks a translate(context, …, n) call with a computed n as no plural at all."""

    def guests(self, n: int) -> str:
        return self.tr("%n guest(s)", None, n)

    def rows(self, n: int) -> str:
        return self.tr("%n row(s)", None, n)


def system_name(key: str) -> str:
    """Which system a list looks like it came from (product names stay as they are)."""
    names = {
        "pretix_positions": QCoreApplication.translate(
            "import", "pretix (order data: order positions, one row per ticket)"
        ),
        "pretix_checkin_list": QCoreApplication.translate("import", "pretix (check-in list)"),
        "pretix_orders": QCoreApplication.translate(
            "import", "pretix (order data: orders, one row per order – not per attendee)"
        ),
        "indico": QCoreApplication.translate("import", "Indico (registrations)"),
        "hi_events": QCoreApplication.translate("import", "Hi.Events (attendees)"),
        "alfio": QCoreApplication.translate("import", "alf.io (tickets)"),
        "eventbrite": QCoreApplication.translate("import", "Eventbrite (attendee report)"),
        "google_forms": QCoreApplication.translate("import", "Google Forms (responses)"),
    }
    return names.get(key, key)


def note_text(note: Note) -> str:
    """What the reader repaired or noticed, in the user's language."""
    params = {
        k: ", ".join(map(str, v)) if isinstance(v, list) else str(v) for k, v in note.params.items()
    }
    texts = {
        "stray_quote": QCoreApplication.translate(
            "import",
            'row %1: a quote mark (") opens a cell that never closes; the row was read without '
            "quote handling",
        ),
        "control_characters": QCoreApplication.translate(
            "import", "control characters removed in %1 row(s) (first: %2)"
        ),
        "mixed_encoding": QCoreApplication.translate(
            "import", "%1 line(s) were not UTF-8 and were read as %2 (first: %3)"
        ),
        "per_order": QCoreApplication.translate(
            "import",
            "this sheet has one row per order, not per attendee: export the order positions "
            "(pretix: 'Order positions') to import every attendee",
        ),
    }
    order = {
        "stray_quote": ("row",),
        "control_characters": ("count", "lines"),
        "mixed_encoding": ("count", "encoding", "lines"),
        "per_order": (),
    }
    text = texts.get(note.key, note.key)
    for number, name in enumerate(order.get(note.key, ()), start=1):
        text = text.replace(f"%{number}", params.get(name, ""))
    return text


def source_lines(system: str, sheet: str, sheets: list[str]) -> list[str]:
    """Where the list came from: the system, and the sheet read of a workbook."""
    lines = []
    if system:
        lines.append(
            QCoreApplication.translate("import", "Looks like an export of %1.").replace(
                "%1", system_name(system)
            )
        )
    if sheet:
        others = [f"“{s}”" for s in sheets if s != sheet]
        line = QCoreApplication.translate("import", "Sheet read: “%1”.").replace("%1", sheet)
        if others:
            line += " " + QCoreApplication.translate("import", "Other sheets: %1.").replace(
                "%1", ", ".join(others)
            )
        lines.append(line)
    return lines


def describe(report: ImportReport, limit: int = 50) -> str:
    """The report in the user's language (the core keeps keys; the texts live here)."""
    c = report.counts()
    template = (
        QCoreApplication.translate(
            "import", "Would add %1, update %2, leave %3 unchanged; %4 skipped."
        )
        if report.dry_run
        else QCoreApplication.translate("import", "Added %1, updated %2, %3 unchanged; %4 skipped.")
    )
    counts = ImportCounts()
    added, skipped = counts.guests(c["added"]), counts.rows(c["skipped"])
    lines = [
        template.replace("%1", added)
        .replace("%2", str(c["updated"]))
        .replace("%3", str(c["unchanged"]))
        .replace("%4", skipped)
    ]
    if report.dry_run:
        lines.append(QCoreApplication.translate("import", "Nothing has been written yet."))
    reasons = {
        "no_name": QCoreApplication.translate("import", "no given or family name"),
        "duplicate_in_file": QCoreApplication.translate("import", "same guest as row %1"),
        "same_guest_twice": QCoreApplication.translate(
            "import", "matches the same guest as row %1"
        ),
    }

    def section(title: str, items: list[str]) -> None:
        if items:
            lines.append("")
            lines.append(f"{title} ({len(items)}):")
            lines.extend("  " + item for item in items[:limit])
            if len(items) > limit:
                lines.append(
                    "  "
                    + QCoreApplication.translate("import", "… and %1 more").replace(
                        "%1", str(len(items) - limit)
                    )
                )

    row = QCoreApplication.translate("import", "row %1")
    source = source_lines(report.system, report.sheet, report.sheets)
    if source:
        lines[0:0] = source
    section(
        QCoreApplication.translate("import", "Noticed while reading"),
        [note_text(n) for n in report.notes],
    )
    section(
        QCoreApplication.translate("import", "Skipped"),
        [
            row.replace("%1", str(s.row))
            + ": "
            + reasons[s.reason].replace("%1", str(s.params.get("row", "")))
            for s in report.skipped
        ],
    )
    section(
        QCoreApplication.translate(
            "import", "Not attending (cancelled, withdrawn, rejected …): stored as cancelled"
        ),
        [row.replace("%1", str(p.row)) + f": {p.name} ({p.value})" for p in report.not_attending],
    )
    section(
        QCoreApplication.translate(
            "import", "Not paid or not approved yet: imported, please check at the desk"
        ),
        [row.replace("%1", str(p.row)) + f": {p.name} ({p.value})" for p in report.pending],
    )
    section(
        QCoreApplication.translate("import", "Status not understood: imported as attending"),
        [row.replace("%1", str(p.row)) + f": {p.name} ({p.value})" for p in report.unknown_status],
    )
    kept = QCoreApplication.translate("import", "as row %1; code %2 kept")
    withdrawn = QCoreApplication.translate("import", "as row %1; code %2 withdrawn (cancelled)")
    same = QCoreApplication.translate("import", "as row %1")
    section(
        QCoreApplication.translate(
            "import", "Further tickets of one person (same name and email): one guest"
        ),
        [
            row.replace("%1", str(m.row))
            + f": {m.name} – "
            + (withdrawn if m.cancelled else kept if m.code else same)
            .replace("%1", str(m.first_row))
            .replace("%2", m.code)
            for m in report.merged_tickets
        ],
    )
    section(
        QCoreApplication.translate(
            "import", "Codes that already check in another guest (not added)"
        ),
        [row.replace("%1", str(p.row)) + f": {p.name} – {p.value}" for p in report.code_conflicts],
    )
    section(
        QCoreApplication.translate("import", "Updated"),
        [
            row.replace("%1", str(u.row))
            + f": {u.name} — "
            + ", ".join(field_titles().get(k, k) for k in u.changes if k != "table_id")
            + (
                " " + QCoreApplication.translate("import", "(table)")
                if "table_id" in u.changes
                else ""
            )
            for u in report.updated
        ],
    )
    section(
        QCoreApplication.translate(
            "import", "Possibly already in the event (added anyway: please check)"
        ),
        [
            row.replace("%1", str(d.row)) + f": {d.name} ≈ {d.existing}"
            for d in report.likely_duplicates
        ],
    )
    section(
        QCoreApplication.translate("import", "Invalid email addresses"),
        [row.replace("%1", str(p.row)) + f": {p.name} – {p.value}" for p in report.invalid_emails],
    )
    section(
        QCoreApplication.translate("import", "Unknown tables (imported without a seat)"),
        [row.replace("%1", str(p.row)) + f": {p.name} – {p.value}" for p in report.unknown_tables],
    )
    section(
        QCoreApplication.translate("import", "Seats set by hand kept"),
        [row.replace("%1", str(p.row)) + f": {p.name} – {p.value}" for p in report.seats_kept],
    )
    section(
        QCoreApplication.translate(
            "import", "Neither yes nor no (consent or meeting point left as it was)"
        ),
        [row.replace("%1", str(p.row)) + f": {p.name} – {p.value}" for p in report.unclear_values],
    )
    return "\n".join(lines)
