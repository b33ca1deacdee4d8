"""Plain data the core hands out: no database handles, no Qt."""

from __future__ import annotations

import json
from dataclasses import dataclass, field, fields

from checkin import collation

NAME_LANGUAGES = ("de", "ru", "en")  # tables and programme items may be named in each


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
    # the name and theme in a reader's language; "" means: the given one
    name_de: str = ""
    name_ru: str = ""
    name_en: str = ""
    theme_de: str = ""
    theme_ru: str = ""
    theme_en: str = ""

    @property
    def label(self) -> str:
        return (
            f"{self.number} – {self.theme or self.name}"
            if (self.theme or self.name)
            else str(self.number)
        )

    def name_in(self, lang: str | None) -> str:
        """The table's name for a reader of ``lang``, else the given one."""
        return _in(self, "name", lang)

    def theme_in(self, lang: str | None) -> str:
        """The table's theme for a reader of ``lang``, else the given one."""
        return _in(self, "theme", lang)

    def topic_in(self, lang: str | None) -> str:
        """What the table is about, for a reader of ``lang``: its theme, else its name."""
        return self.theme_in(lang) or self.name_in(lang)

    def label_in(self, lang: str | None) -> str:
        """ "3 – Медицинская техника": the number and what the table is about."""
        topic = self.topic_in(lang)
        return f"{self.number} – {topic}" if topic else str(self.number)

    @classmethod
    def from_row(cls, row: dict) -> Table:
        data = {f.name: row.get(f.name) for f in fields(cls)}
        for name in (f.name for f in fields(cls) if f.type == "str"):
            data[name] = data[name] or ""
        return cls(**data)


@dataclass(frozen=True)
class ProgrammeItem:
    id: int
    name: str
    starts: str = ""
    ends: str = ""
    all_guests: bool = True
    place: str = ""
    name_de: str = ""
    name_ru: str = ""
    name_en: str = ""
    place_de: str = ""
    place_ru: str = ""
    place_en: str = ""

    def name_in(self, lang: str | None) -> str:
        """The item's name for a reader of ``lang``, else the given one."""
        return _in(self, "name", lang)

    def place_in(self, lang: str | None) -> str:
        """Where the item takes place, for a reader of ``lang``, else the given place."""
        return _in(self, "place", lang)

    @classmethod
    def from_row(cls, row: dict) -> ProgrammeItem:
        texts = {f.name: row.get(f.name) or "" for f in fields(cls) if f.type == "str"}
        return cls(**{**texts, "id": row["id"], "name": row["name"],
                      "all_guests": bool(row["all_guests"])})  # fmt: skip


def _in(thing, field_name: str, lang: str | None) -> str:
    """``thing``'s ``field_name`` in ``lang`` if it has one, else the given value."""
    code = (lang or "")[:2].lower()
    own = getattr(thing, f"{field_name}_{code}", "") if code in NAME_LANGUAGES else ""
    return own or getattr(thing, field_name) or ""


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
    checkin_text: str = ""  # from the ticketing system: shown on the desk's card
    attention: bool = False  # the ticketing system asks the desk to look at this guest
    uid: str = ""  # the guest's identity on every desk (ids differ between desks)

    @property
    def full_name(self) -> str:
        return " ".join(p for p in (self.given_name, self.family_name) if p)

    @property
    def sort_key(self) -> tuple:
        """A–Z as in a German phone book (see checkin.collation; lists in Russian use
        ``collation.guest_key(guest, "ru")``)."""
        return collation.guest_key(self)

    @classmethod
    def from_row(cls, row: dict) -> Guest:
        data = {name: row[name] for name in _GUEST_COLUMNS if name in row}
        data["cancelled"] = bool(row.get("cancelled"))
        data["table_locked"] = bool(row.get("table_locked"))
        data["attention"] = bool(row.get("attention"))
        extra = row.get("extra")
        data["extra"] = json.loads(extra) if extra else {}
        for name in _GUEST_TEXTS:
            data[name] = data.get(name) or ""
        data["checkin_text"] = data.get("checkin_text") or ""
        return cls(**data)


# Looked up once: a 50,000-guest list builds 50,000 guests.
_GUEST_COLUMNS = tuple(f.name for f in fields(Guest))
_GUEST_TEXTS = tuple(name for name in GUEST_FIELDS if name != "table_id")  # all text
