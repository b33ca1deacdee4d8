"""Why a guest sits where: message keys with English templates.

The core hands out ``Reason(key, params)``; the CLI prints ``describe(reason)`` and the
GUI translates the key. Keep keys stable: they are stored in the seating log.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from checkin.i18n import QT_TRANSLATE_NOOP

REASONS: dict[str, str] = {
    # placed
    "manual": QT_TRANSLATE_NOOP("core", "Seated at table {table} by hand."),
    "manual_unseated": QT_TRANSLATE_NOOP("core", "Seat removed by hand."),
    "imported": QT_TRANSLATE_NOOP("core", "Table {table} from the imported list."),
    "locked": QT_TRANSLATE_NOOP("core", "Kept at table {table}: set by hand."),
    "theme_match": QT_TRANSLATE_NOOP(
        "core", "Table {table} ({theme}) matches the field {industry}."
    ),
    "delegation_spread": QT_TRANSLATE_NOOP(
        "core",
        "Visitor ({delegation}): table {table} ({theme}) matches {industry}; "
        "the delegation is spread over the tables of its fields.",
    ),
    "with_colleagues": QT_TRANSLATE_NOOP(
        "core",
        "Sits with colleagues from {organisation} at table {table} ({theme}), "
        "which matches {industry}.",
    ),
    "joins_colleague": QT_TRANSLATE_NOOP(
        "core", "Joins colleagues from {organisation} already seated at table {table}."
    ),
    "kept": QT_TRANSLATE_NOOP("core", "Stays at table {table}."),
    "organisation_split": QT_TRANSLATE_NOOP(
        "core",
        "No table of the field had room for all of {organisation}: split, this one at table {table}.",
    ),
    "no_field": QT_TRANSLATE_NOOP("core", "No field given: free seat at table {table}."),
    "no_matching_table": QT_TRANSLATE_NOOP(
        "core", "No table has the theme {industry}: free seat at table {table}."
    ),
    "field_full": QT_TRANSLATE_NOOP(
        "core", "The tables for {industry} are full: free seat at table {table}."
    ),
    # not placed
    "event_full": QT_TRANSLATE_NOOP("core", "No free seat left at any table."),
    "field_full_unplaced": QT_TRANSLATE_NOOP("core", "The tables for {industry} are full."),
    "no_matching_table_unplaced": QT_TRANSLATE_NOOP("core", "No table has the theme {industry}."),
    "no_tables": QT_TRANSLATE_NOOP("core", "The event has no tables yet."),
    "category_not_seated": QT_TRANSLATE_NOOP(
        "core", "Category {category} is not seated automatically."
    ),
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
