"""Starting: the start page (new event, open, recent events, the demo) and File ▸ New, Open
and Recent in the desk window."""

from checkin.ui.start.opening import install, open_demo, open_path, show_desk
from checkin.ui.start.recent import recent_events, remember
from checkin.ui.start.start_window import StartWindow

__all__ = [
    "StartWindow",
    "install",
    "open_demo",
    "open_path",
    "recent_events",
    "remember",
    "show_desk",
]
