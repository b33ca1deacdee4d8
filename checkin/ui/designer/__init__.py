"""Badges ▸ Design badges…: the visual editor of the event's badge designs (admin only)."""

from checkin.ui.designer.actions import install
from checkin.ui.designer.check_panel import CheckPanel
from checkin.ui.designer.window import DesignerWindow

__all__ = ["CheckPanel", "DesignerWindow", "install"]
