"""Tables menu: seating, table editing, automatic seating, floor plans and printouts."""

from checkin.ui.seating.actions import install

__all__ = ["install"]
