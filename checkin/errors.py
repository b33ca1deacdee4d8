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
    "syncthing_missing": "{hint}",
    "syncthing_failed": "Syncthing did not start (its files are in {home}).",
    "syncthing_refused": "Syncthing refused {path}: {detail}",
    "join_code_invalid": "This is not a valid join code: {detail}",
    "join_timeout": "No data arrived from the other desk within {seconds} s: is it running and on the same network?",
    "sync_not_set_up": "{path}: this event is not shared with other desks yet.",
    "unknown_badge_layout": "Unknown badge layout {layout!r}; known layouts: {known}.",
    "badge_layout_too_big": "Badge layout {layout}: the badges do not fit on the page.",
    "no_badges_selected": "No guests selected: there are no badges to print.",
    "no_rounds": "{item} has no meeting rounds yet (give the number of rounds).",
    "round_not_found": "There is no round {round}.",
    "not_an_interpreter": "Guest {guest_id} is not an interpreter.",
    "interpreter_busy": "Interpreter {guest_id} is already at another table in round {round}.",
    "delegation_not_found": "There is no delegation {delegation}.",
    "file_locked": (
        "{path} is open in another checkin ({holder}). Close it there first, "
        "or open a copy read-only."
    ),
    "file_unreachable": "{path}: the event file cannot be reached ({detail}).",
    "file_damaged_backup": (
        "{path}: the event file is damaged ({detail}). The last good backup is {backup_path} "
        "(from {backup_time})."
    ),
    "file_damaged_no_backup": (
        "{path}: the event file is damaged ({detail}) and there is no good backup of it."
    ),
    "disk_full": "{path}: the disk is full; nothing was saved. Free some space and try again.",
    "write_failed": "{path}: the event file could not be written ({detail}); nothing was saved.",
    "backup_missing": "{path}: no such backup.",
    "backup_damaged": "{path}: this backup is damaged ({detail}) and cannot be restored.",
    "restore_target_open": (
        "{path} is open in another checkin ({holder}); close it there before restoring."
    ),
    "pin_too_short": "The admin PIN needs at least {min} characters.",
    "pin_mismatch": "The two PINs do not match.",
    "pin_wrong": "Wrong admin PIN.",
    "pin_locked": "Too many wrong PINs: try again in {seconds} seconds.",
    "pin_not_set": "This event has no admin PIN yet.",
    "purge_not_confirmed": (
        "Removing personal data cannot be undone: confirm it (--yes-delete-personal-data)."
    ),
    "export_write_failed": "{path}: the export could not be written ({detail}).",
    "purge_not_confirmed": (
        "Removing personal data cannot be undone: confirm it (--yes-delete-personal-data)."
    ),
    "export_write_failed": "{path}: the export could not be written ({detail}).",
    "import_missing": "{path}: no such file.",
    "import_unreadable": "{path}: the file cannot be read ({detail}).",
    "import_empty": "{path}: the file is empty.",
    "import_header_only": "{path}: the file has a header row but no guests below it.",
    "import_binary": "{path}: this is not a guest list (binary data, neither text nor a workbook).",
    "import_fake_xlsx": (
        "{path}: not a readable Excel workbook (damaged, or another kind of file renamed)."
    ),
    "import_xls": (
        "{path}: old Excel format (.xls); save it as .xlsx or CSV in Excel and import that."
    ),
    "import_too_large": "{path}: the file is too large for a guest list ({size} MB; limit {limit} MB).",
    "import_too_many_rows": "{path}: the file has {rows} rows; a guest list may have {limit}.",
    "import_no_header": "{path}: no header row with column names was found.",
    "import_no_name_column": (
        "{path}: no column holds guest names; map one, e.g. --map \"Name=name\"."
    ),
    "import_unknown_column": "The mapping names column {column!r}, which the file does not have.",
    "import_unknown_field": "Unknown field {field!r} for column {column!r}; fields: {fields}.",
    "table_import_unreadable": "{path}: the table list cannot be read ({detail}).",
    "table_import_empty": "{path}: the file lists no tables.",
    "table_import_no_number": (
        "{path}: no column holds the table number (found: {columns}); name one \"Number\", "
        "\"Tisch\" or \"Номер\"."
    ),
    "table_import_no_number_in_row": "{path}, row {row}: the table number is missing.",
    "table_import_bad_value": "{path}, row {row}, column {column}: {value!r} is not a number.",
    "table_import_duplicate": (
        "{path}, row {row}: table {number} is listed twice (first in row {first})."
    ),
    "reissue_reason": "Unknown reason {reason!r} for a new badge; reasons: {reasons}.",
    "reissue_cancelled": "{guest} has cancelled: restore the registration before a new badge.",
    "badge_versions_used_up": (
        "{guest} has had {limit} badges already; no further badge version can be issued."
    ),
    "substitute_same_person": "The substitute must be another person than {guest}.",
    "printer_not_found": "There is no printer {printer!r}; printers: {known}.",
    "printing_unavailable": "Printing is not available here ({detail}).",
    "table_in_use": (
        "Table {number} is used in the meeting rounds; take it out of the round plan first."
    ),
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


class EventLocked(EventFileError):
    """Another running checkin holds the event file (one writer per file)."""


class DamagedEventFile(EventFileError):
    """The event file is damaged; ``backup`` is the last good backup, or None."""

    def __init__(self, key: str, *, backup=None, **params):
        self.backup = backup
        super().__init__(key, **params)


class PinError(CheckinError):
    """An admin PIN was refused (wrong, too short, or too many attempts)."""


class BadImportFile(InvalidInput):
    """A guest list cannot be imported at all (empty, binary, damaged, too large, ...)."""
