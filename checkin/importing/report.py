"""What an import did (or would do): the validation report shown before and after."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field

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


@dataclass
class ImportReport:
    file: str
    format: str = ""
    encoding: str = ""
    delimiter: str = ""
    header_row: int = 0  # 1-based
    mapping: dict[str, str] = field(default_factory=dict)
    rows: int = 0  # data rows read (blank rows not counted)
    dry_run: bool = False
    added: list[Added] = field(default_factory=list)
    updated: list[Updated] = field(default_factory=list)
    unchanged: list[int] = field(default_factory=list)  # rows
    skipped: list[Skipped] = field(default_factory=list)
    likely_duplicates: list[LikelyDuplicate] = field(default_factory=list)
    invalid_emails: list[Problem] = field(default_factory=list)
    unknown_tables: list[Problem] = field(default_factory=list)
    seats_kept: list[Problem] = field(default_factory=list)  # seat set by hand, list differs
    unclear_values: list[Problem] = field(default_factory=list)  # consent etc. not yes or no

    def to_dict(self) -> dict:
        out = asdict(self)
        out["skipped"] = [{**asdict(s), "text": s.text} for s in self.skipped]
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
        lines = [
            f"{self.file}: {c['rows']} row(s) ({how}; header in row {self.header_row})",
            f"  {c['added']} guest(s) {verb} added, {c['updated']} updated, "
            f"{c['unchanged']} unchanged, {c['skipped']} row(s) skipped.",
        ]
        if self.dry_run:
            lines.append("  Dry run: nothing was written.")

        def section(title: str, items: list[str]) -> None:
            if not items:
                return
            lines.append(f"{title} ({len(items)}):")
            lines.extend(f"  {text}" for text in items[:limit])
            if len(items) > limit:
                lines.append(f"  … and {len(items) - limit} more")

        section("Skipped", [f"row {s.row}: {s.text}" for s in self.skipped])
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
