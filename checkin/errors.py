"""Errors the core raises.

Each error carries a stable ``key`` and its parameters, so the CLI and the GUI can
present it in the user's language; ``str(error)`` is the English message.
"""

from __future__ import annotations

from checkin.i18n import QT_TRANSLATE_NOOP

MESSAGES: dict[str, str] = {
    "file_missing": QT_TRANSLATE_NOOP("core", "{path}: no such event file."),
    "file_exists": QT_TRANSLATE_NOOP("core", "{path}: a file with this name already exists."),
    "not_an_event": QT_TRANSLATE_NOOP("core", "{path}: this is not a checkin event file."),
    "file_damaged": QT_TRANSLATE_NOOP("core", "{path}: the event file is damaged ({detail})."),
    "newer_schema": QT_TRANSLATE_NOOP(
        "core",
        "{path}: this event file was made by a newer version of checkin "
        "(file format {found}, this version reads up to {supported}). Please update checkin.",
    ),
    "read_only": QT_TRANSLATE_NOOP(
        "core", "{path}: the event file cannot be written (read-only medium or no permission)."
    ),
    "guest_not_found": QT_TRANSLATE_NOOP("core", "There is no guest with id {guest_id}."),
    "guest_not_found_text": QT_TRANSLATE_NOOP(
        "core", "No guest has the badge code, uid or id {text!r}."
    ),
    "table_not_found": QT_TRANSLATE_NOOP("core", "There is no table {table}."),
    "item_not_found": QT_TRANSLATE_NOOP("core", "There is no programme item {item}."),
    "no_items": QT_TRANSLATE_NOOP("core", "This event has no programme items yet."),
    "guest_has_checkins": QT_TRANSLATE_NOOP(
        "core",
        "Guest {guest_id} has check-ins and cannot be deleted; cancel the registration instead.",
    ),
    "name_required": QT_TRANSLATE_NOOP("core", "A guest needs a given name or a family name."),
    "family_name_required": QT_TRANSLATE_NOOP(
        "core", "Enter the family name – or tick “Has only one name”."
    ),
    "unknown_field": QT_TRANSLATE_NOOP("core", "Unknown guest field: {field}."),
    "invalid_value": QT_TRANSLATE_NOOP("core", "Invalid value for {field}: {value!r}."),
    "nothing_to_undo": QT_TRANSLATE_NOOP("core", "There is nothing to undo for {guest} at {item}."),
    "not_checked_in": QT_TRANSLATE_NOOP("core", "{guest} is not checked in at {item}."),
    "code_taken": QT_TRANSLATE_NOOP(
        "core", "The code {code} already checks in {guest}; a code belongs to one guest."
    ),
    "duplicate_table": QT_TRANSLATE_NOOP("core", "A table with number {number} already exists."),
    "syncthing_missing": "{hint}",
    "syncthing_failed": QT_TRANSLATE_NOOP(
        "core", "Syncthing did not start (its files are in {home})."
    ),
    "syncthing_refused": QT_TRANSLATE_NOOP("core", "Syncthing refused {path}: {detail}"),
    "join_code_invalid": QT_TRANSLATE_NOOP("core", "This is not a valid join code: {detail}"),
    "join_timeout": QT_TRANSLATE_NOOP(
        "core",
        "No data arrived from the other desk within {seconds} s: is it syncing and on the same "
        "network, and is the join code the one it shows now?",
    ),
    "join_refused_removed": QT_TRANSLATE_NOOP(
        "core",
        "This desk was removed from the event: the other desks no longer accept it or the join "
        "code it used. An admin can give a new join code.",
    ),
    "join_refused_code_used": QT_TRANSLATE_NOOP(
        "core", "This join code was already used by another desk: ask for a new one."
    ),
    "join_refused_code_expired": QT_TRANSLATE_NOOP(
        "core", "This join code has expired: ask for a new one."
    ),
    "join_refused_code_revoked": QT_TRANSLATE_NOOP(
        "core", "This join code was withdrawn by an admin: ask for a new one."
    ),
    "desk_removed": QT_TRANSLATE_NOOP(
        "core", "This desk was removed from the event by another desk; it no longer syncs."
    ),
    "sync_not_set_up": QT_TRANSLATE_NOOP(
        "core", "{path}: this event is not shared with other desks yet."
    ),
    "unknown_badge_layout": QT_TRANSLATE_NOOP(
        "core", "Unknown badge layout {layout!r}; known layouts: {known}."
    ),
    "badge_layout_too_big": QT_TRANSLATE_NOOP(
        "core", "Badge layout {layout}: the badges do not fit on the page."
    ),
    "no_badges_selected": QT_TRANSLATE_NOOP(
        "core", "No guests selected: there are no badges to print."
    ),
    "no_rounds": QT_TRANSLATE_NOOP(
        "core", "{item} has no meeting rounds yet (give the number of rounds)."
    ),
    "round_not_found": QT_TRANSLATE_NOOP("core", "There is no round {round}."),
    "not_an_interpreter": QT_TRANSLATE_NOOP("core", "Guest {guest_id} is not an interpreter."),
    "interpreter_busy": QT_TRANSLATE_NOOP(
        "core", "Interpreter {guest_id} is already at another table in round {round}."
    ),
    "delegation_not_found": QT_TRANSLATE_NOOP("core", "There is no delegation {delegation}."),
    "file_locked": QT_TRANSLATE_NOOP(
        "core",
        "{path} is open in another checkin ({holder}). Close it there first, "
        "or open a copy read-only.",
    ),
    "file_unreachable": QT_TRANSLATE_NOOP(
        "core", "{path}: the event file cannot be reached ({detail})."
    ),
    "file_damaged_backup": QT_TRANSLATE_NOOP(
        "core",
        "{path}: the event file is damaged ({detail}). The last good backup is {backup_path} "
        "(from {backup_time}).",
    ),
    "file_damaged_no_backup": QT_TRANSLATE_NOOP(
        "core", "{path}: the event file is damaged ({detail}) and there is no good backup of it."
    ),
    "disk_full": QT_TRANSLATE_NOOP(
        "core", "{path}: the disk is full; nothing was saved. Free some space and try again."
    ),
    "write_failed": QT_TRANSLATE_NOOP(
        "core", "{path}: the event file could not be written ({detail}); nothing was saved."
    ),
    "file_gone": QT_TRANSLATE_NOOP(
        "core",
        "{path}: the event file was deleted, moved or replaced while this desk had it open. "
        "Nothing more is saved: check-ins are refused. Close the event and open the right file "
        "(or restore a backup).",
    ),
    "hard_linked": QT_TRANSLATE_NOOP(
        "core",
        "{path}: this event file has {links} names (hard links); two desks could write it "
        "under different names and lose check-ins. Copy the file and open the copy.",
    ),
    "upgrade_failed": QT_TRANSLATE_NOOP(
        "core",
        "{path}: the event file could not be upgraded from file format {found} to {supported} "
        "({detail}). It was left unchanged.",
    ),
    "backup_missing": QT_TRANSLATE_NOOP("core", "{path}: no such backup."),
    "backup_damaged": QT_TRANSLATE_NOOP(
        "core", "{path}: this backup is damaged ({detail}) and cannot be restored."
    ),
    "restore_target_open": QT_TRANSLATE_NOOP(
        "core", "{path} is open in another checkin ({holder}); close it there before restoring."
    ),
    "pin_too_short": QT_TRANSLATE_NOOP("core", "The admin PIN needs at least {min} characters."),
    "pin_mismatch": QT_TRANSLATE_NOOP("core", "The two PINs do not match."),
    "pin_wrong": QT_TRANSLATE_NOOP("core", "Wrong admin PIN."),
    "pin_locked": QT_TRANSLATE_NOOP("core", "Too many wrong PINs: try again in {seconds} seconds."),
    "pin_not_set": QT_TRANSLATE_NOOP("core", "This event has no admin PIN yet."),
    "pin_too_long": QT_TRANSLATE_NOOP("core", "The admin PIN may have at most {max} characters."),
    "pin_unreadable": QT_TRANSLATE_NOOP(
        "core", "The stored admin PIN is unreadable (changed outside checkin); no PIN matches it."
    ),
    "pin_required": QT_TRANSLATE_NOOP(
        "core",
        "{path} has an admin PIN: give it with --pin, or run the command in a terminal "
        "to be asked for it.",
    ),
    "purge_not_confirmed": QT_TRANSLATE_NOOP(
        "core", "Removing personal data cannot be undone: confirm it (--yes-delete-personal-data)."
    ),
    "export_write_failed": QT_TRANSLATE_NOOP(
        "core", "{path}: the export could not be written ({detail})."
    ),
    "import_missing": QT_TRANSLATE_NOOP("core", "{path}: no such file."),
    "import_unreadable": QT_TRANSLATE_NOOP("core", "{path}: the file cannot be read ({detail})."),
    "import_empty": QT_TRANSLATE_NOOP("core", "{path}: the file is empty."),
    "import_header_only": QT_TRANSLATE_NOOP(
        "core", "{path}: the file has a header row but no guests below it."
    ),
    "import_binary": QT_TRANSLATE_NOOP(
        "core", "{path}: this is not a guest list (binary data, neither text nor a workbook)."
    ),
    "import_fake_xlsx": QT_TRANSLATE_NOOP(
        "core", "{path}: not a readable Excel workbook (damaged, or another kind of file renamed)."
    ),
    "import_xls": QT_TRANSLATE_NOOP(
        "core", "{path}: old Excel format (.xls); save it as .xlsx or CSV in Excel and import that."
    ),
    "import_too_large": QT_TRANSLATE_NOOP(
        "core", "{path}: the file is too large for a guest list ({size} MB; limit {limit} MB)."
    ),
    "import_too_many_rows": QT_TRANSLATE_NOOP(
        "core",
        "{path}: the file has more than {limit} rows with data; a guest list may have {limit}.",
    ),
    "import_too_many_columns": QT_TRANSLATE_NOOP(
        "core", "{path}, row {row}: {columns} columns; a guest list may have {limit}."
    ),
    "import_cell_too_long": QT_TRANSLATE_NOOP(
        "core",
        "{path}, row {row}: a cell is longer than {limit} characters: this is not a guest list,"
        " or a quote mark is missing.",
    ),
    "import_xlsx_too_large": QT_TRANSLATE_NOOP(
        "core",
        "{path}: the workbook unpacks to {size} MB, more than any guest list (limit {limit} MB);"
        " it is damaged or made to exhaust memory.",
    ),
    "import_not_a_file": QT_TRANSLATE_NOOP(
        "core", "{path}: this is a pipe or a device, not a file; save the guest list as a file."
    ),
    "import_out_of_memory": QT_TRANSLATE_NOOP(
        "core",
        "{path}: there is not enough memory to read this file; close other programs or split"
        " the list into smaller files.",
    ),
    "import_nul": QT_TRANSLATE_NOOP(
        "core",
        "{path}, line {line}: the file contains a NUL character, which no text list has:"
        " it is damaged or not a guest list.",
    ),
    "import_sheet_empty": QT_TRANSLATE_NOOP("core", "{path}: the sheet {sheet!r} is empty."),
    "import_no_such_sheet": QT_TRANSLATE_NOOP(
        "core", "{path}: there is no sheet {sheet!r}; the sheets are: {sheets}."
    ),
    "import_no_header": QT_TRANSLATE_NOOP(
        "core", "{path}: no header row with column names was found."
    ),
    "import_no_name_column": QT_TRANSLATE_NOOP(
        "core", '{path}: no column holds guest names; map one, e.g. --map "Name=name".'
    ),
    "import_unknown_column": QT_TRANSLATE_NOOP(
        "core", "The mapping names column {column!r}, which the file does not have."
    ),
    "import_unknown_field": QT_TRANSLATE_NOOP(
        "core", "Unknown field {field!r} for column {column!r}; fields: {fields}."
    ),
    "table_import_unreadable": QT_TRANSLATE_NOOP(
        "core", "{path}: the table list cannot be read ({detail})."
    ),
    "table_import_empty": QT_TRANSLATE_NOOP("core", "{path}: the file lists no tables."),
    "table_import_no_number": QT_TRANSLATE_NOOP(
        "core",
        '{path}: no column holds the table number (found: {columns}); name one "Number", '
        '"Tisch" or "Номер".',
    ),
    "table_import_no_number_in_row": QT_TRANSLATE_NOOP(
        "core", "{path}, row {row}: the table number is missing."
    ),
    "table_import_bad_value": QT_TRANSLATE_NOOP(
        "core", "{path}, row {row}, column {column}: {value!r} is not a number."
    ),
    "table_import_duplicate": QT_TRANSLATE_NOOP(
        "core", "{path}, row {row}: table {number} is listed twice (first in row {first})."
    ),
    "item_name_required": QT_TRANSLATE_NOOP("core", "A programme item needs a name."),
    "programme_import_empty": QT_TRANSLATE_NOOP(
        "core", "{path}: the file lists no programme items."
    ),
    "programme_import_no_name": QT_TRANSLATE_NOOP(
        "core",
        '{path}: no column holds the item\'s name (found: {columns}); name one "Name", '
        '"Programmpunkt" or "Название".',
    ),
    "programme_import_no_name_in_row": QT_TRANSLATE_NOOP(
        "core", "{path}, row {row}: the item's name is missing."
    ),
    "programme_import_bad_time": QT_TRANSLATE_NOOP(
        "core",
        "{path}, row {row}, column {column}: {value!r} is not a date and time "
        "(write 2027-04-20 09:00 or 20.04.2027 09:00).",
    ),
    "reissue_reason": QT_TRANSLATE_NOOP(
        "core", "Unknown reason {reason!r} for a new badge; reasons: {reasons}."
    ),
    "reissue_cancelled": QT_TRANSLATE_NOOP(
        "core", "{guest} has cancelled: restore the registration before a new badge."
    ),
    "badge_versions_used_up": QT_TRANSLATE_NOOP(
        "core", "{guest} has had {limit} badges already; no further badge version can be issued."
    ),
    "substitute_same_person": QT_TRANSLATE_NOOP(
        "core", "The substitute must be another person than {guest}."
    ),
    "printer_not_found": QT_TRANSLATE_NOOP(
        "core", "There is no printer {printer!r}; printers: {known}."
    ),
    "printing_unavailable": QT_TRANSLATE_NOOP("core", "Printing is not available here ({detail})."),
    "table_in_use": QT_TRANSLATE_NOOP(
        "core", "Table {number} is used in the meeting rounds; take it out of the round plan first."
    ),
    "pretix_unreachable": QT_TRANSLATE_NOOP(
        "core", "The pretix server {url} cannot be reached ({detail}); nothing was changed."
    ),
    "pretix_certificate": QT_TRANSLATE_NOOP(
        "core",
        "The certificate of {url} is not trusted ({detail}); nothing was changed. Check the address.",
    ),
    "pretix_wrong_token": QT_TRANSLATE_NOOP(
        "core", "pretix at {url} refused the API token; check that it was copied completely."
    ),
    "pretix_forbidden": QT_TRANSLATE_NOOP(
        "core",
        "The API token's team may not read or check in the orders of {event}: give it "
        "'Orders: View all and check-in' for this event.",
    ),
    "pretix_no_event": QT_TRANSLATE_NOOP(
        "core",
        "pretix at {url} has no event {event} of organizer {organizer} for this token; "
        "its events: {events}.",
    ),
    "pretix_wrong_list": QT_TRANSLATE_NOOP(
        "core", "Event {event} has no check-in list {list}; its lists: {lists}."
    ),
    "pretix_choose_list": QT_TRANSLATE_NOOP(
        "core", "Event {event} has several check-in lists; choose one: {lists}."
    ),
    "pretix_no_lists": QT_TRANSLATE_NOOP(
        "core", "Event {event} has no check-in list yet; create one in pretix first."
    ),
    "pretix_bad_answer": QT_TRANSLATE_NOOP(
        "core", "Unexpected answer from pretix at {url} ({detail}); nothing was changed."
    ),
    "pretix_bad_url": QT_TRANSLATE_NOOP(
        "core", "{url} is not a web address (it should look like https://pretix.eu)."
    ),
    "pretix_not_connected": QT_TRANSLATE_NOOP(
        "core", "{path}: this event is not connected to pretix yet."
    ),
    "pretix_no_token": QT_TRANSLATE_NOOP(
        "core",
        "The pretix API token of this event is not on this computer; connect again with the token.",
    ),
    "pretix_unknown_product": QT_TRANSLATE_NOOP(
        "core", "There is no pretix product {product}; products: {known}."
    ),
    "design_invalid": QT_TRANSLATE_NOOP(
        "core", "The badge design is not valid: {where} = {value}."
    ),
    "design_not_found": QT_TRANSLATE_NOOP(
        "core", "There is no badge design {name!r}; designs: {known}."
    ),
    "design_name_reserved": QT_TRANSLATE_NOOP(
        "core", "{name!r} is the built-in badge design; give yours another name."
    ),
    "design_image_missing": QT_TRANSLATE_NOOP(
        "core", "Badge design {name}: an image is missing ({sha})."
    ),
    "design_image_unreadable": QT_TRANSLATE_NOOP(
        "core", "{name}: the image cannot be read ({detail})."
    ),
    "design_image_unsupported": QT_TRANSLATE_NOOP(
        "core", "{name}: not an image checkin can print; use PNG, JPEG, SVG or PDF."
    ),
    "design_image_too_large": QT_TRANSLATE_NOOP(
        "core", "{name}: the image is too large (limit {limit} MB)."
    ),
    "design_file_unreadable": QT_TRANSLATE_NOOP(
        "core", "{path}: not a readable badge design file ({detail})."
    ),
    "design_refused": QT_TRANSLATE_NOOP(
        "core", "Badge design {name} cannot be printed: {problems}"
    ),
    "design_no_logo_place": QT_TRANSLATE_NOOP(
        "core", 'Badge design {name} has no logo place (an image element named "logo").'
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


class PretixError(CheckinError):
    """Talking to a pretix server failed (unreachable, refused, unexpected answer)."""


class BadImportFile(InvalidInput):
    """A guest list cannot be imported at all (empty, binary, damaged, too large, ...)."""
