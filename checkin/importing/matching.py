"""Who a row of an imported list is: the guests already in the event, loaded once into
dicts, and the rules that match a row to one of them (external id, barcode, an email only
one person uses, then name and organisation) or to an earlier row of the same file.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from unidecode import unidecode

from checkin import guest_codes, tables
from checkin.event import Event
from checkin.models import GUEST_FIELDS

# Text fields an import may set (the guest's editable fields but the table, which is
# matched by number or name; cancelled and extra are handled apart).
TEXT_FIELDS = tuple(f for f in GUEST_FIELDS if f != "table_id")
# The exchange's fields of a guest (see checkin.rounds.model), set apart from the text fields.
EXCHANGE_FIELDS = ("languages", "contact_consent", "meeting_point")
_EMAIL = re.compile(r"^[^@\s,;<>]+@[^@\s,;<>]+\.[^@\s,;<>]{2,}$")
_TABLE_WORDS = re.compile(r"^(tisch|table|стол|t|nr\.?|no\.?|№)\s*", re.IGNORECASE)


def valid_email(text: str) -> bool:
    return bool(_EMAIL.match(text))


@lru_cache(maxsize=65536)  # organisations and names repeat a lot in a long list
def key(text: str) -> str:
    return " ".join(text.casefold().replace("ё", "е").split())


def name_key(given: str, family: str) -> str:
    return key(f"{given} {family}")


def loose_name_key(given: str, family: str) -> str:
    return key(unidecode(f"{given} {family}"))


@dataclass
class Lookups:
    """What is already in the event, loaded once."""

    guests: dict[int, dict] = field(default_factory=dict)
    by_external_id: dict[str, int] = field(default_factory=dict)
    by_barcode: dict[str, int] = field(default_factory=dict)  # barcodes and accepted codes
    by_email: dict[str, int | None] = field(default_factory=dict)  # None: shared by several
    by_name_org: dict[tuple[str, str], int] = field(default_factory=dict)
    _loose_names: dict[str, int] | None = None
    tokens: set[str] = field(default_factory=set)
    tables: dict[str, int] = field(default_factory=dict)  # number / name / theme -> id
    manual_seats: set[int] = field(default_factory=set)

    @classmethod
    def load(cls, event: Event) -> Lookups:
        me = cls()
        cur = event.db.execute(
            "SELECT id, token, table_id, cancelled, extra, extra_codes, "
            + ", ".join(EXCHANGE_FIELDS)
            + ", "
            + ", ".join(TEXT_FIELDS)
            + " FROM guests"
        )
        names = [d[0] for d in cur.description]
        for values in cur:
            row = dict(zip(names, values, strict=True))
            gid = row["id"]
            me.guests[gid] = row
            me.tokens.add(row["token"])
            if row["external_id"]:
                me.by_external_id.setdefault(row["external_id"], gid)
            if row["external_barcode"]:
                me.by_barcode.setdefault(row["external_barcode"], gid)
            if row["extra_codes"] != "[]":
                for code in guest_codes.decode(row["extra_codes"]):
                    me.by_barcode.setdefault(code.code, gid)
            email = (row["email"] or "").casefold()
            if email:
                me.by_email[email] = None if email in me.by_email else gid
            name = name_key(row["given_name"] or "", row["family_name"] or "")
            me.by_name_org.setdefault((name, key(row["organisation"] or "")), gid)
        for table in tables.list_tables(event):  # by number first, then by name or theme
            me.tables[str(table.number)] = table.id
        for table in tables.list_tables(event):
            for text in (table.name, table.theme):
                if text:
                    me.tables.setdefault(key(text), table.id)
        # Seats whose last change was made by hand in the app: an import does not move them.
        for gid, source in event.db.execute(
            "SELECT guest_id, source FROM seating_log WHERE id IN "
            "(SELECT MAX(id) FROM seating_log GROUP BY guest_id)"
        ):
            if source == "manual":
                me.manual_seats.add(gid)
        return me

    def similar_name(self, given: str, family: str) -> int | None:
        """A guest whose name reads the same without accents or in Latin letters."""
        if self._loose_names is None:  # built on first use: transliterating is slow
            self._loose_names = {}
            for gid, row in self.guests.items():
                loose = loose_name_key(row["given_name"] or "", row["family_name"] or "")
                self._loose_names.setdefault(loose, gid)
        return self._loose_names.get(loose_name_key(given, family))

    def table_id(self, text: str) -> int | None:
        if text in self.tables:
            return self.tables[text]
        folded = key(text)
        if folded in self.tables:
            return self.tables[folded]
        number = _TABLE_WORDS.sub("", folded).strip()
        if number.endswith(".0"):
            number = number[:-2]
        return self.tables.get(number)


_BY_TEXT = {"x": "external id", "b": "barcode", "p": "same name, organisation and email"}


def duplicate_of(rec: dict, person: tuple, row: int, seen: dict[tuple, int]) -> dict | None:
    """The earlier row of the file this row repeats (same external id, barcode, or name,
    organisation and email), else None; remembers the row for the rows after it."""
    keys = [("p", *person, rec.get("email", "").casefold())]  # checked last
    barcode, external_id = rec.get("external_barcode"), rec.get("external_id")
    if barcode is not None:
        keys.insert(0, ("b", barcode))
    if external_id is not None:
        keys.insert(0, ("x", external_id))
    for key in keys:
        first = seen.get(key)
        if first is not None:
            return {"row": first, "by": _BY_TEXT[key[0]]}
    for key in keys:
        seen[key] = row
    return None


def match(
    rec: dict, person: tuple, known: Lookups, emails_in_file: dict[str, int]
) -> tuple[int | None, str]:
    if rec.get("external_id") and rec["external_id"] in known.by_external_id:
        return known.by_external_id[rec["external_id"]], "external_id"
    if rec.get("external_barcode") and rec["external_barcode"] in known.by_barcode:
        return known.by_barcode[rec["external_barcode"]], "barcode"
    for code in rec.get("codes", ()):  # a further ticket: only if it is the same person
        gid = known.by_barcode.get(code)
        if gid is not None and _same_name(rec, known.guests[gid]):
            return gid, "barcode"
    email = rec.get("email", "").casefold()
    # An email shared by several people (a team address, the buyer of several tickets)
    # does not identify anyone.
    if email and valid_email(email) and emails_in_file.get(email) == 1:
        gid = known.by_email.get(email)
        if gid is not None:
            return gid, "email"
    if person in known.by_name_org:
        return known.by_name_org[person], "name_organisation"
    return None, ""


def _same_name(rec: dict, row: dict) -> bool:
    return name_key(rec.get("given_name", ""), rec.get("family_name", "")) == name_key(
        row["given_name"] or "", row["family_name"] or ""
    )
