"""pretix in the desk: Admin ▸ pretix… (connect, pull, push, product categories) and the
background push of check-ins while the desk is online."""

from checkin.ui.pretix.actions import BackgroundPush, install, open_dialog
from checkin.ui.pretix.dialog import PretixDialog

__all__ = ["BackgroundPush", "PretixDialog", "install", "open_dialog"]
