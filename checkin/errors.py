"""Errors the core raises.

Each error carries a stable ``key`` and its parameters, so the CLI and the GUI can
present it in the user's language; ``str(error)`` is the English message.
"""

from __future__ import annotations

MESSAGES: dict[str, str] = {
    "file_missing": "{path}: no such event file.",
    "file_exists": "{path}: a file with this name already exists.",
    "not_an_event": "{path}: this is not a checkin event file.",
    "file_damaged": "{path}: the event file is damaged ({detail}).",
    "newer_schema": (
        "{path}: this event file was made by a newer version of checkin "
        "(file format {found}, this version reads up to {supported}). Please update checkin."
    ),
    "read_only": "{path}: the event file cannot be written (read-only medium or no permission).",
    "guest_not_found": "There is no guest with id {guest_id}.",
    "table_not_found": "There is no table {table}.",
    "item_not_found": "There is no programme item {item}.",
    "no_items": "This event has no programme items yet.",
    "guest_has_checkins": (
        "Guest {guest_id} has check-ins and cannot be deleted; cancel the registration instead."
    ),
    "name_required": "A guest needs a given name or a family name.",
    "unknown_field": "Unknown guest field: {field}.",
    "invalid_value": "Invalid value for {field}: {value!r}.",
    "nothing_to_undo": "There is nothing to undo for {guest} at {item}.",
    "not_checked_in": "{guest} is not checked in at {item}.",
    "duplicate_table": "A table with number {number} already exists.",
}


class CheckinError(Exception):
    """Base error of the core; ``key`` selects the message, ``params`` fill it in."""

    def __init__(self, key: str, **params):
        self.key = key
        self.params = params
        super().__init__(MESSAGES.get(key, key).format(**params))


class EventFileError(CheckinError):
    """The event file cannot be created, opened or written."""


class NotFound(CheckinError):
    """A guest, table or programme item does not exist."""


class InvalidInput(CheckinError):
    """Data from the user or a file is not acceptable."""
