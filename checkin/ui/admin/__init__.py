"""Admin mode: the PIN gate, backups, kiosk mode and recovering a damaged event file."""

from checkin.ui.admin.actions import install

__all__ = ["install"]
