"""Small reusable widgets and layouts that belong to no feature."""

from checkin.ui.widgets.flow_layout import FlowLayout
from checkin.ui.widgets.localised import LocalisedFields

__all__ = ["FlowLayout", "LocalisedFields"]
