"""Admin mode: the PIN gate, backups, kiosk mode and recovering a damaged event file."""

from checkin.ui.admin.actions import install
from checkin.ui.admin.recovery import open_event

__all__ = ["install", "open_event"]
