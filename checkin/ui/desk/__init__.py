"""The desk itself: scanning (in any window of the desk), the result card, search, the guest
list, walk-ins, guest edits, the guest-facing display and the shortcuts that work from it."""

from checkin.ui.desk.counters_view import CountersView
from checkin.ui.desk.desk_view import DeskView
from checkin.ui.desk.guest_display import GuestDisplay
from checkin.ui.desk.guest_list_view import GuestListView
from checkin.ui.desk.scan_view import ScanView
from checkin.ui.desk.scanner_filter import ScannerFilter, detector_from_settings, takes_scans
from checkin.ui.desk.search_view import SearchView
from checkin.ui.desk.shortcut_guard import ShortcutGuard
from checkin.ui.desk.updates import LARGE, DeskUpdates
from checkin.ui.desk.walkin_dialog import WalkInDialog

__all__ = [
    "LARGE",
    "CountersView",
    "DeskUpdates",
    "DeskView",
    "GuestDisplay",
    "GuestListView",
    "ScanView",
    "ScannerFilter",
    "SearchView",
    "ShortcutGuard",
    "WalkInDialog",
    "detector_from_settings",
    "takes_scans",
]
