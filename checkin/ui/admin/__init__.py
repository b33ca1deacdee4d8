"""Admin mode: the PIN gate, backups, kiosk mode, the event file's alarm and recovering a
damaged event file."""

from checkin.ui.admin.actions import install
from checkin.ui.admin.gate import removed_text
from checkin.ui.admin.recovery import open_event

__all__ = ["install", "open_event", "removed_text"]
