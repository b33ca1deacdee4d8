"""What the user says about a whole list: the category, language and delegation of every
row ("the Omsk delegation, Russian-speaking"), tables to create for the values that match
none, and the language the names' script suggests.

A list of one delegation rarely says so in a column: without this it imports as German
"Guest" (badges say GAST, the guest display greets in German) and nobody belongs to the
delegation.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass

from checkin import categories, i18n, tables, translit
from checkin.errors import InvalidInput
from checkin.event import Event
from checkin.importing.matching import Lookups
from checkin.rounds import delegations


@dataclass(frozen=True)
class ForAllRows:
    """Values for every row of a file ("" leaves the file's own), and whether to create
    the tables its rows name that the event does not have."""

    category: str = ""
    language: str = ""
    delegation: str = ""
    create_tables: bool = False

    def __post_init__(self) -> None:
        if self.language and i18n.normalise(self.language) != self.language.lower():
            raise InvalidInput("invalid_value", field="language", value=self.language)


def set_for_all(records: list[tuple[int, dict]], chosen: ForAllRows) -> None:
    """Give every row the chosen category and language (over the file's own)."""
    values = {}
    if chosen.category.strip():
        values["category"] = categories.canonical(chosen.category)
    if chosen.language.strip():
        values["language"] = chosen.language.strip().lower()
    if values:
        for _, rec in records:
            rec.update(values)


def unknown_tables(event: Event, records: list[tuple[int, dict]]) -> Counter:
    """Table values of the rows that match no table of the event, with how many rows name
    each ("Tisch 12": 3)."""
    known = Lookups.load(event)
    return Counter(
        rec["table"]
        for _, rec in records
        if rec.get("table") and known.table_id(rec["table"]) is None
    )


def create_tables(event: Event, values: Iterable[str]) -> list[int]:
    """Make a table for each value: "12" or "Tisch 12" is table 12, a name ("Pflege") gets
    the next free number. Returns the numbers made."""
    taken = {t.number for t in tables.list_tables(event)}
    made = []
    with event.writing():
        for value in values:
            match = re.fullmatch(r"(?:\D*?)\s*(\d+)", value.strip())
            number = int(match.group(1)) if match else None
            if number is None or number in taken:
                number = max(taken, default=0) + 1
                tables.add_table(event, number, name=value.strip())
            else:
                tables.add_table(event, number)
            taken.add(number)
            made.append(number)
    return made


def suggest_language(names: Iterable[str]) -> str:
    """ "ru" when most names are written in Cyrillic, else "" (no suggestion)."""
    scripts = Counter(
        "cyrillic" if translit.has_cyrillic(n) else "latin" for n in names if n and n.strip()
    )
    total = sum(scripts.values())
    return "ru" if total and scripts["cyrillic"] * 2 > total else ""


def join_delegation(event: Event, name: str, guest_ids: list[int]) -> delegations.Delegation:
    """Put the guests into the delegation ``name`` (made if the event has none by that name)."""
    wanted = name.strip()
    existing = next(
        (d for d in delegations.list_delegations(event) if d.name.casefold() == wanted.casefold()),
        None,
    )
    if existing is None:
        return delegations.create(event, wanted, guest_ids)
    return delegations.add_members(event, existing.id, guest_ids)
