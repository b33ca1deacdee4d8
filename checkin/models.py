"""Plain data the core hands out: no database handles, no Qt."""

from __future__ import annotations

import json
from dataclasses import dataclass, field, fields


@dataclass(frozen=True)
class Table:
    id: int
    number: int
    name: str = ""
    theme: str = ""
    capacity: int | None = None
    host: str = ""
    x: float | None = None
    y: float | None = None

    @property
    def label(self) -> str:
        return (
            f"{self.number} – {self.theme or self.name}"
            if (self.theme or self.name)
            else str(self.number)
        )

    @classmethod
    def from_row(cls, row: dict) -> Table:
        return cls(**{f.name: row.get(f.name) for f in fields(cls)})


@dataclass(frozen=True)
class ProgrammeItem:
    id: int
    name: str
    starts: str = ""
    ends: str = ""
    all_guests: bool = True

    @classmethod
    def from_row(cls, row: dict) -> ProgrammeItem:
        return cls(
            id=row["id"],
            name=row["name"],
            starts=row["starts"] or "",
            ends=row["ends"] or "",
            all_guests=bool(row["all_guests"]),
        )


# Fields a user may set on a guest (the rest is managed by the core), in the order forms
# show them. Forms, the import preview and the sync journal derive their lists from this.
GUEST_FIELDS = (
    "salutation",
    "given_name",
    "patronymic",
    "family_name",
    "organisation",
    "position",
    "industry",
    "email",
    "phone",
    "language",
    "category",
    "table_id",
    "notes",
    "external_id",
    "external_barcode",
)


@dataclass(frozen=True)
class Guest:
    id: int
    given_name: str = ""
    family_name: str = ""
    organisation: str = ""
    position: str = ""
    email: str = ""
    phone: str = ""
    language: str = ""
    category: str = "Guest"
    notes: str = ""
    external_id: str = ""
    external_barcode: str = ""
    cancelled: bool = False
    badge_printed_count: int = 0
    badge_printed_at: str | None = None
    table_id: int | None = None
    token: str = ""
    badge_version: int = 1
    salutation: str = ""
    patronymic: str = ""
    industry: str = ""
    extra: dict = field(default_factory=dict)
    created_at: str | None = None
    updated_at: str | None = None
    table_locked: bool = False  # seat set by hand: automatic seating keeps it

    @property
    def full_name(self) -> str:
        return " ".join(p for p in (self.given_name, self.family_name) if p)

    @property
    def sort_key(self) -> tuple[str, str]:
        return (self.family_name.casefold(), self.given_name.casefold())

    @classmethod
    def from_row(cls, row: dict) -> Guest:
        data = {f.name: row.get(f.name) for f in fields(cls) if f.name in row}
        data["cancelled"] = bool(row.get("cancelled"))
        data["table_locked"] = bool(row.get("table_locked"))
        data["extra"] = json.loads(row.get("extra") or "{}")
        for name in GUEST_FIELDS:
            if name != "table_id":  # every other field a user sets is text
                data[name] = data.get(name) or ""
        return cls(**data)
