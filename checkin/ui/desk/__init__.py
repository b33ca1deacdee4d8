"""The desk itself: scanning, the result card, search, the guest list, walk-ins, guest edits
and the guest-facing display."""

from checkin.ui.desk.counters_view import CountersView
from checkin.ui.desk.guest_display import GuestDisplay
from checkin.ui.desk.guest_list_view import GuestListView
from checkin.ui.desk.scan_view import ScanView
from checkin.ui.desk.scanner_filter import ScannerFilter, detector_from_settings
from checkin.ui.desk.search_view import SearchView
from checkin.ui.desk.walkin_dialog import WalkInDialog

__all__ = [
    "CountersView",
    "GuestDisplay",
    "GuestListView",
    "ScanView",
    "ScannerFilter",
    "SearchView",
    "WalkInDialog",
    "detector_from_settings",
]
