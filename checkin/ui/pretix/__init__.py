"""pretix in the desk: Admin ▸ pretix… (connect, pull, push, product categories) and the
background push of check-ins while the desk is online."""

from checkin.ui.pretix.actions import install

__all__ = ["install"]
