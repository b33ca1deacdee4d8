"""The desk context: what every feature of the desk window works with.

One object per desk window, handed to each feature's ``install(ctx)``: the open event,
the active programme item, this desk's name, the core's changes as Qt signals, and the
services features provide to each other (printing, sync, the admin gate, backups, …).
Features keep their state here, not as loose attributes on the window; the dialogs and
windows a feature has open are kept in ``opened`` by name (tests look them up there).
Texts a feature puts on the window (menu entries) are set through ``retranslated``, so a
change of the UI language says them again in the new language.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from checkin import programme
from checkin.event import Event
from checkin.models import ProgrammeItem
from checkin.ui.bridge import ChangeBridge

if TYPE_CHECKING:
    from checkin.ui.main_window import MainWindow


class DeskContext:
    def __init__(self, window: MainWindow, checkin_event: Event, desk: str | None):
        self.window = window  # menus, status messages, and the parent of dialogs
        self.event = checkin_event
        # a desk paired with others goes by the name it was given when it joined
        self.desk: str | None = desk or checkin_event.setting("sync.desk_name")
        self.item: ProgrammeItem = programme.active_item(checkin_event)
        self.changes = ChangeBridge(checkin_event, parent=window)
        # Services, set by the feature that provides them (None: that feature is absent).
        self.admin_gate = None  # admin/: the PIN gate over admin-only actions
        self.backups = None  # admin/: periodic snapshots of the event file
        self.kiosk = None  # admin/: the self check-in window while it is shown
        self.file_watch = None  # admin/: the alarm when the event file is deleted or replaced
        self.printing = None  # printing/: printers, the print queue
        self.desk_badges = None  # printing/: badges printed at the desk, and their state
        self.sync = None  # desks/: this desk's link to the other desks
        self.importer = None  # transfer/: File ▸ Import guest list…
        self.seating = None  # seating/: the Tables menu's windows
        self.camera = None  # camera/: the camera dock and its action
        self.pretix = None  # pretix/: pushes check-ins to pretix in the background
        self.opened: dict[str, Any] = {}  # name -> the dialog or window a feature has open
        self._texts: list[Callable[[], None]] = []

    def menu(self, key: str):
        """The window's menu ``key`` (see ``main_window.MENU_KEYS``)."""
        return self.window.menu(key)

    def notify(self, text: str, ms: int = 8000, *, error: bool = False) -> None:
        """A message for the staff, shown in the window above the desk (never only in the
        status bar). An error stays until it is dismissed or the next message comes."""
        self.window.notify(text, ms, error=error)

    def retranslated(self, set_texts: Callable[[], None]) -> None:
        """Run ``set_texts`` now and again whenever the UI language changes."""
        self._texts.append(set_texts)
        set_texts()

    def retranslate(self) -> None:
        for set_texts in self._texts:
            set_texts()
