"""Small reusable widgets and layouts that belong to no feature."""

from checkin.ui.widgets.flow_layout import FlowLayout

__all__ = ["FlowLayout"]
