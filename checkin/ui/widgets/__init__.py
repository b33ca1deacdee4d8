"""Small reusable widgets and layouts that belong to no feature."""

from checkin.ui.widgets.flow_layout import FlowLayout
from checkin.ui.widgets.localised import LocalisedFields
from checkin.ui.widgets.notice_bar import NoticeBar

__all__ = ["FlowLayout", "LocalisedFields", "NoticeBar"]
