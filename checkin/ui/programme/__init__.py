"""Admin ▸ Programme items…: the event's programme items (check-in lists) with their place,
times and names for readers of each language; added, edited or imported from a file."""

from checkin.ui.programme.actions import install
from checkin.ui.programme.programme_dialog import ProgrammeDialog, ProgrammeItemDialog

__all__ = ["ProgrammeDialog", "ProgrammeItemDialog", "install"]
