"""Help ▸ About."""

from checkin.ui.help.actions import install

__all__ = ["install"]
