"""Why a guest sits where: message keys with English templates.

The core hands out ``Reason(key, params)``; the CLI prints ``describe(reason)`` and the
GUI translates the key. Keep keys stable: they are stored in the seating log.
"""

from __future__ import annotations

from dataclasses import dataclass, field

REASONS: dict[str, str] = {
    # placed
    "manual": "Seated at table {table} by hand.",
    "manual_unseated": "Seat removed by hand.",
    "imported": "Table {table} from the imported list.",
    "locked": "Kept at table {table}: set by hand.",
    "theme_match": "Table {table} ({theme}) matches the field {industry}.",
    "delegation_spread": (
        "Visitor ({delegation}): table {table} ({theme}) matches {industry}; "
        "the delegation is spread over the tables of its fields."
    ),
    "with_colleagues": (
        "Sits with colleagues from {organisation} at table {table} ({theme}), "
        "which matches {industry}."
    ),
    "joins_colleague": "Joins colleagues from {organisation} already seated at table {table}.",
    "kept": "Stays at table {table}.",
    "organisation_split": (
        "No table of the field had room for all of {organisation}: split, this one at table {table}."
    ),
    "no_field": "No field given: free seat at table {table}.",
    "no_matching_table": "No table has the theme {industry}: free seat at table {table}.",
    "field_full": "The tables for {industry} are full: free seat at table {table}.",
    # not placed
    "event_full": "No free seat left at any table.",
    "field_full_unplaced": "The tables for {industry} are full.",
    "no_matching_table_unplaced": "No table has the theme {industry}.",
    "no_tables": "The event has no tables yet.",
    "category_not_seated": "Category {category} is not seated automatically.",
}


@dataclass(frozen=True)
class Reason:
    key: str
    params: dict = field(default_factory=dict)

    def to_dict(self) -> dict:
        return {"key": self.key, "params": dict(self.params), "text": describe(self)}


def describe(reason: Reason) -> str:
    """The English text of a reason (the GUI translates by key instead)."""
    return REASONS.get(reason.key, reason.key).format(**reason.params)
