"""What an import did (or would do): the validation report shown before and after."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field

from checkin.importing.reading import Note
from checkin.importing.tickets import MergedTicket

# Why a row was skipped: message keys with English templates (the GUI translates keys).
SKIP_REASONS: dict[str, str] = {
    "no_name": "no given or family name",
    "duplicate_in_file": "same guest as row {row} ({by})",
    "same_guest_twice": "matches the same guest as row {row}",
}


@dataclass(slots=True)
class Skipped:
    row: int  # line number in the file (1-based, as a spreadsheet shows it)
    reason: str  # a key of SKIP_REASONS
    params: dict = field(default_factory=dict)
    name: str = ""

    @property
    def text(self) -> str:
        return SKIP_REASONS[self.reason].format(**self.params)


@dataclass(slots=True)
class Updated:
    row: int
    guest_id: int
    name: str
    matched_by: str  # external_id / barcode / email / name_organisation
    changes: dict  # field -> [old, new]


@dataclass(slots=True)
class Added:
    row: int
    name: str
    guest_id: int | None = None  # None in a dry run


@dataclass(slots=True)
class LikelyDuplicate:
    row: int
    name: str
    guest_id: int  # the guest already in the event
    existing: str  # that guest's name and organisation


@dataclass(slots=True)
class Problem:
    row: int
    value: str
    name: str = ""


# The systems a list can come from (systems.LAYOUTS), as the English report names them.
SYSTEM_NAMES: dict[str, str] = {
    "pretix_positions": "pretix (order data: order positions, one row per ticket)",
    "pretix_checkin_list": "pretix (check-in list)",
    "pretix_orders": "pretix (order data: orders, one row per order – not per attendee)",
    "indico": "Indico (registrations)",
    "hi_events": "Hi.Events (attendees)",
    "alfio": "alf.io (tickets)",
    "eventbrite": "Eventbrite (attendee report)",
    "google_forms": "Google Forms (responses)",
}
# What the reader repaired or noticed in the file: message keys with English templates.
NOTES: dict[str, str] = {
    "stray_quote": 'row {row}: a quote mark (") opens a cell that never closes; '
    "the row was read without quote handling",
    "control_characters": "control characters removed in {count} row(s) (first: {lines})",
    "mixed_encoding": "{count} line(s) were not UTF-8 and were read as {encoding} (first: {lines})",
    "per_order": "this sheet has one row per order, not per attendee: export the order "
    "positions (pretix: 'Order positions') to import every attendee",
}


def note_text(note: Note) -> str:
    """A note of the reader (or the importer) as English text."""
    params = {k: ", ".join(map(str, v)) if isinstance(v, list) else v
              for k, v in note.params.items()}  # fmt: skip
    return NOTES[note.key].format(**params)


@dataclass
class ImportReport:
    file: str
    format: str = ""
    encoding: str = ""
    delimiter: str = ""
    header_row: int = 0  # 1-based
    system: str = ""  # a key of SYSTEM_NAMES, "" for a list of no known system
    sheet: str = ""  # the sheet read, in a workbook
    sheets: list[str] = field(default_factory=list)  # every sheet of the workbook
    mapping: dict[str, str] = field(default_factory=dict)
    rows: int = 0  # data rows read (blank rows not counted)
    dry_run: bool = False
    added: list[Added] = field(default_factory=list)
    updated: list[Updated] = field(default_factory=list)
    unchanged: list[int] = field(default_factory=list)  # rows
    unchanged_ids: list[int] = field(default_factory=list)  # their guests
    skipped: list[Skipped] = field(default_factory=list)
    likely_duplicates: list[LikelyDuplicate] = field(default_factory=list)
    invalid_emails: list[Problem] = field(default_factory=list)
    unknown_tables: list[Problem] = field(default_factory=list)
    seats_kept: list[Problem] = field(default_factory=list)  # seat set by hand, list differs
    unclear_values: list[Problem] = field(default_factory=list)  # consent etc. not yes or no
    not_attending: list[Problem] = field(default_factory=list)  # stored as cancelled
    pending: list[Problem] = field(default_factory=list)  # not paid or approved: imported
    unknown_status: list[Problem] = field(default_factory=list)  # imported as active
    merged_tickets: list[MergedTicket] = field(default_factory=list)  # further tickets
    code_conflicts: list[Problem] = field(default_factory=list)  # code of another guest
    notes: list[Note] = field(default_factory=list)
    delegation: str = ""  # every row's guest joined this delegation
    created_tables: list[str] = field(default_factory=list)  # numbers (dry run: the values)
    suggested_language: str = ""  # the names' script suggests it (no language was given)

    def unknown_table_counts(self) -> dict[str, int]:
        """Each table value that matched no table, with how many guests name it."""
        counts: dict[str, int] = {}
        for p in self.unknown_tables:
            counts[p.value] = counts.get(p.value, 0) + 1
        return counts

    def to_dict(self) -> dict:
        out = asdict(self)
        out["skipped"] = [{**asdict(s), "text": s.text} for s in self.skipped]
        out["notes"] = [{**asdict(n), "text": note_text(n)} for n in self.notes]
        out["counts"] = self.counts()
        return out

    def counts(self) -> dict[str, int]:
        return {
            "rows": self.rows,
            "added": len(self.added),
            "updated": len(self.updated),
            "unchanged": len(self.unchanged),
            "skipped": len(self.skipped),
            "likely_duplicates": len(self.likely_duplicates),
            "invalid_emails": len(self.invalid_emails),
            "unknown_tables": len(self.unknown_tables),
            "not_attending": len(self.not_attending),
            "pending": len(self.pending),
            "merged_tickets": len(self.merged_tickets),
        }

    def summary(self, *, limit: int = 20) -> str:
        """The report as English text (the CLI's default output)."""
        c = self.counts()
        verb = "would be" if self.dry_run else "were"
        how = self.format.upper()
        if self.encoding:
            how += f", {self.encoding}"
        if self.delimiter:
            how += ", delimiter " + {"\t": "tab"}.get(self.delimiter, repr(self.delimiter))
        where = f"sheet {self.sheet!r}, " if self.sheet else ""
        lines = [
            f"{self.file}: {c['rows']} row(s) ({how}; {where}header in row {self.header_row})",
        ]
        if self.system:
            lines.append(f"  Looks like an export of {SYSTEM_NAMES[self.system]}.")
        if len(self.sheets) > 1:
            others = ", ".join(repr(s) for s in self.sheets if s != self.sheet)
            lines.append(f"  Other sheets, not read: {others} (choose one with --sheet NAME).")
        used = [f"{col} → {target}" for col, target in self.mapping.items()
                if target not in ("extra", "ignore")]  # fmt: skip
        lines.append("  Columns used: " + ("; ".join(used) or "none"))
        kept = [col for col, target in self.mapping.items() if target == "extra"]
        if kept:
            lines.append("  Kept as extra fields: " + "; ".join(kept))
        lines.append(
            f"  {c['added']} guest(s) {verb} added, {c['updated']} updated, "
            f"{c['unchanged']} unchanged, {c['skipped']} row(s) skipped."
        )
        if self.delegation:
            lines.append(f"  Delegation: {self.delegation} (every guest of the list).")
        if self.created_tables:
            made = "would be created" if self.dry_run else "created"
            lines.append(f"  Tables {made}: {', '.join(self.created_tables)}.")
        unknown = self.unknown_table_counts()
        if unknown and not self.created_tables:
            named = ", ".join(f"{value!r} ({n})" for value, n in unknown.items())
            lines.append(
                f"  {len(self.unknown_tables)} guest(s) name tables the event does not have: "
                f"{named}; --create-tables makes them."
            )
        if self.suggested_language == "ru":
            lines.append(
                "  The names are in Cyrillic: if the guests speak Russian, import with --language ru."
            )
        if self.dry_run:
            lines.append("  Dry run: nothing was written.")

        def section(title: str, items: list[str]) -> None:
            if not items:
                return
            lines.append(f"{title} ({len(items)}):")
            lines.extend(f"  {text}" for text in items[:limit])
            if len(items) > limit:
                lines.append(f"  … and {len(items) - limit} more")

        section("Noticed while reading", [note_text(n) for n in self.notes])
        section("Skipped", [f"row {s.row}: {s.text}" for s in self.skipped])
        section(
            "Not attending (cancelled, withdrawn, rejected …): stored as cancelled",
            [f"row {p.row}: {p.name} ({p.value})" for p in self.not_attending],
        )
        section(
            "Not paid or not approved yet: imported, please check at the desk",
            [f"row {p.row}: {p.name} ({p.value})" for p in self.pending],
        )
        section(
            "Status not understood: imported as attending",
            [f"row {p.row}: {p.name} ({p.value!r})" for p in self.unknown_status],
        )
        section(
            "Further tickets of one person (same name and email): one guest",
            [
                f"row {m.row}: {m.name} – as row {m.first_row}"
                + (
                    f"; code {m.code} " + ("withdrawn (cancelled)" if m.cancelled else "kept")
                    if m.code
                    else ""
                )  # fmt: skip
                for m in self.merged_tickets
            ],
        )
        section(
            "Codes that already check in another guest (not added)",
            [f"row {p.row}: {p.name} – {p.value}" for p in self.code_conflicts],
        )
        section(
            "Updated",
            [
                f"row {u.row}: {u.name} — "
                + ", ".join(f"{k}: {v[0]!r} → {v[1]!r}" for k, v in u.changes.items())
                for u in self.updated
            ],
        )
        section(
            "Likely duplicates of guests already in the event (added anyway; check them)",
            [f"row {d.row}: {d.name} ~ #{d.guest_id} {d.existing}" for d in self.likely_duplicates],
        )
        section(
            "Invalid emails", [f"row {p.row}: {p.value!r} ({p.name})" for p in self.invalid_emails]
        )
        section(
            "Unknown tables (guest imported without a seat)",
            [f"row {p.row}: {p.value!r} ({p.name})" for p in self.unknown_tables],
        )
        section(
            "Seats set by hand kept (the list names another table)",
            [f"row {p.row}: {p.name} (list: {p.value})" for p in self.seats_kept],
        )
        section(
            "Neither yes nor no (consent / meeting point left as it was; kept as extra field)",
            [f"row {p.row}: {p.value!r} ({p.name})" for p in self.unclear_values],
        )
        return "\n".join(lines)
