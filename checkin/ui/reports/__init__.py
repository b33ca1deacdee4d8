"""Reports ▸ Statistics…: live figures of the running event."""

from checkin.ui.reports.actions import install

__all__ = ["install"]
