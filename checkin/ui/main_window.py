"""The desk window: assembles the desk and the features; each feature adds its own menu actions.

Features live in packages under ``checkin/ui/`` and plug in through the installers listed
by ``features()`` below; each gets the window's :class:`~checkin.ui.context.DeskContext`
(the open event, the active item, the desk's name, its services) and may use the window's
``data_changed`` and ``item_changed`` signals.

The desk itself (``desk/desk_view.py``): the scan view is home (F2, Esc); F3 finds a guest
by name; F4 registers a walk-in; F5 shows the guest list; F6 picks the programme item; F7
opens the guest-facing display; Ctrl+Z undoes the last check-in. A scanner burst is
recognised in every window of the desk (``desk/scanner_filter.py``), and every menu
shortcut works while a text field has the focus (``desk/shortcut_guard.py``). Messages
for staff appear in the window above the desk, not only in the status bar. A change of
the UI language retranslates the window in place: admin mode, the guest display, open
windows and the current page stay as they are.
"""

from __future__ import annotations

from PySide6.QtCore import QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QLabel, QMainWindow, QMenu, QVBoxLayout, QWidget

from checkin import checkins
from checkin.event import Event
from checkin.ui.context import DeskContext
from checkin.ui.desk import (
    DeskView,
    ScannerFilter,
    ShortcutGuard,
    WalkInDialog,
    detector_from_settings,
)
from checkin.ui.language import on_language_change
from checkin.ui.widgets import NoticeBar


def features() -> tuple:
    """Every feature of the desk window, in the order their menu entries appear."""
    from checkin.ui import (
        admin,
        badges,
        camera,
        designer,
        desks,
        help,
        language,
        pretix,
        printing,
        programme,
        reports,
        rounds,
        seating,
        start,
        transfer,
    )

    return (
        start.install,
        help.install,
        admin.install,
        badges.install_lifecycle,
        badges.install,
        designer.install,
        camera.install,
        desks.install,
        transfer.install_import,
        language.install,
        pretix.install,
        printing.install,
        transfer.install_export,
        reports.install,
        programme.install,
        rounds.install,
        seating.install,
    )


MENU_KEYS = ("file", "guests", "tables", "badges", "reports", "desks", "admin", "help")
SMALL_SCREEN = (1440, 900)  # below this the window opens maximised


class MainWindow(QMainWindow):
    data_changed = Signal()  # guests, tables or seats changed: views reload (check-ins
    # update their rows only: ctx.changes.checked_in, desk.updates.guests_checked)
    item_changed = Signal(object)  # the active ProgrammeItem

    def __init__(self, event: Event, parent=None, *, desk: str | None = None):
        super().__init__(parent)
        on_language_change(self, self._language_changed)
        self._menus: dict[str, QMenu] = {}
        self._closed = False
        self.ctx = DeskContext(self, event, desk)
        self._event_name = event.info.name  # for the title (a closed window has no event)
        self.scanner = ScannerFilter(self, detector=detector_from_settings())
        self.notice = NoticeBar()
        self.desk = DeskView(self.ctx)
        # The desk's parts under the names features and tests know them by.
        d = self.desk
        self.updates = d.updates  # keeps the views current (desk/updates.py)
        self.scan_view, self.search_view, self.guest_list = d.scan_view, d.search_view, d.guest_list
        self.pages, self.item_box, self.counters = d.pages, d.item_box, d.counters
        self.scan_field, self.model, self.table = (
            d.scan_view.code_field, d.guest_list.model, d.guest_list.table
        )  # fmt: skip
        central = QWidget()
        layout = QVBoxLayout(central)
        layout.addWidget(self.notice)
        layout.addWidget(self.desk, 1)
        self.setCentralWidget(central)
        self.desk_label = QLabel(objectName="desk_name")
        self.statusBar().addWidget(self.desk_label)
        self._build_actions()
        self._install_features()
        if self.ctx.desk_badges is not None:
            self.ctx.desk_badges.changed.connect(self.desk.show_badge)
        self.retranslate()
        self.scanner.scanned.connect(self.on_scanned)
        self.scanner.install()
        self.shortcuts = ShortcutGuard(self, self._locked_shortcut).install()
        self.fit_to_screen()
        self.scan_field.setFocus()
        QTimer.singleShot(0, self, self._prebuild_search)

    def _prebuild_search(self) -> None:
        """Build the search index once the window is up, so F3 answers at once."""
        if not self._closed:  # a large event: built off the UI thread
            self.search_view.refresh_index(background=self.updates.large)

    def fit_to_screen(self) -> None:
        """Fitted to the screen: maximised on a laptop, so nothing is off-screen."""
        screen = self.screen().availableGeometry()
        if screen.width() < SMALL_SCREEN[0] or screen.height() < SMALL_SCREEN[1]:
            self.resize(screen.size())
            self.setWindowState(self.windowState() | Qt.WindowState.WindowMaximized)
        else:
            self.resize(min(1280, screen.width()), min(800, screen.height()))

    # -- messages -------------------------------------------------------------------------------
    def notify(self, text: str, ms: int = 8000, *, error: bool = False) -> None:
        self.notice.show_message(text, ms, error=error)
        self.statusBar().showMessage(text, ms)

    def _locked_shortcut(self, action: QAction) -> None:
        name = action.text().replace("&", "").rstrip("…")
        self.notify(
            self.tr("“%1” needs admin mode: Admin ▸ Unlock admin mode… (PIN).").replace("%1", name),
            8000,
        )

    # -- menus for features ---------------------------------------------------------------------
    def menu_title(self, key: str) -> str:
        titles = {
            "file": self.tr("&File"),
            "guests": self.tr("&Guests"),
            "tables": self.tr("&Tables"),
            "badges": self.tr("&Badges"),
            "reports": self.tr("&Reports"),
            "desks": self.tr("&Desks"),
            "admin": self.tr("&Admin"),
            "help": self.tr("&Help"),
        }
        return titles[key]

    def menu(self, key: str) -> QMenu:
        """The menu for ``key`` (one of MENU_KEYS), created in a fixed order on first use."""
        if key not in self._menus:
            menu = QMenu(self.menu_title(key), self)
            menu.setObjectName(f"menu_{key}")
            later = [
                self._menus[k] for k in MENU_KEYS[MENU_KEYS.index(key) + 1 :] if k in self._menus
            ]
            bar = self.menuBar()
            if later:
                bar.insertMenu(later[0].menuAction(), menu)
            else:
                bar.addMenu(menu)
            self._menus[key] = menu
        return self._menus[key]

    def _install_features(self) -> None:
        for install in features():
            install(self.ctx)
        # Quit last, below a line, where people look for it and a stray Enter cannot reach it.
        quit_action, file_menu = self.actions_by_name["quit"], self.menu("file")
        file_menu.removeAction(quit_action)
        file_menu.addSeparator()
        file_menu.addAction(quit_action)

    def _action(self, menu: str, name: str, keys, slot) -> QAction:
        action = QAction(self)
        action.setObjectName(f"action_{name}")
        action.setShortcuts([QKeySequence(k) for k in keys])
        action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        action.triggered.connect(slot)
        self.menu(menu).addAction(action)
        self.addAction(action)
        return action

    def _build_actions(self) -> None:
        g, desk = "guests", self.desk
        self.actions_by_name = {
            "scan": self._action(g, "scan", ["F2", "Esc"], self.show_scan),
            "search": self._action(g, "search", ["F3", "Ctrl+F"], self.show_search),
            "walkin": self._action(g, "walkin", ["F4"], self.walkin),
            "list": self._action(g, "list", ["F5"], self.show_list),
            "undo": self._action(g, "undo_last", ["Ctrl+Z"], self.undo_last),
            "item": self._action("desks", "pick_item", ["F6"], desk.pick_item),
            "display": self._action("desks", "guest_display", ["F7"], self.toggle_display),
            "sounds": self._action("desks", "sounds", [], lambda: None),
        }
        sounds = self.actions_by_name["sounds"]
        sounds.setCheckable(True)
        sounds.setChecked(self.scan_view.card.sounds)
        sounds.toggled.connect(self._set_sounds)
        self.actions_by_name["quit"] = self._action("file", "quit", ["Ctrl+Q"], self.close)

    def _action_texts(self) -> None:
        texts = {
            "scan": self.tr("&Scan badges"),
            "search": self.tr("&Find by name…"),
            "walkin": self.tr("&Walk-in guest…"),
            "list": self.tr("Guest &list"),
            "undo": self.tr("&Undo last check-in"),
            "item": self.tr("Choose &programme item"),
            "display": self.tr("&Guest display"),
            "sounds": self.tr("&Sounds on refusals"),
            "quit": self.tr("&Quit"),
        }
        for name, text in texts.items():
            self.actions_by_name[name].setText(text)

    def _set_sounds(self, on: bool) -> None:
        self.scan_view.card.sounds = on
        QSettings().setValue("desk/sounds", on)

    # -- a new language -------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("checkin – %1").replace("%1", self._event_name))
        for key, menu in self._menus.items():
            menu.setTitle(self.menu_title(key))
        self._action_texts()
        self.desk_label.setText(self.tr("Desk: %1").replace("%1", self._desk_name()))
        self.desk.rename_items()
        self.ctx.retranslate()

    def _language_changed(self) -> None:
        if not self._closed:
            self.retranslate()

    def _desk_name(self) -> str:
        return self.ctx.desk or checkins.default_desk()

    # -- the desk (see desk/desk_view.py) -------------------------------------------------------
    @property
    def walkin_dialog_class(self):
        return self.desk.walkin_dialog_class

    @walkin_dialog_class.setter
    def walkin_dialog_class(self, cls) -> None:
        self.desk.walkin_dialog_class = cls

    @property
    def walkin_dialog(self) -> WalkInDialog | None:
        return self.desk.walkin_dialog

    @property
    def guest_display(self):
        return self.desk.guest_display

    def show_scan(self) -> None:
        self.desk.show_scan()

    def show_search(self) -> None:
        self.desk.show_search()

    def show_list(self) -> None:
        self.desk.show_list()

    def pick_item(self) -> None:
        self.desk.pick_item()

    def on_scanned(self, text: str) -> None:
        """A scanner burst arrived (from any window of the desk): check in, show the card."""
        self.desk.on_scanned(text, self.scanner)

    def check_in_found(self, guest) -> None:
        self.desk.check_in_found(guest)

    def undo_last(self) -> None:
        self.desk.undo_last()

    def walkin(self) -> None:
        self.desk.walkin()

    def print_badge(self, guest):
        """Make the guest's badge and send it to a printer (or the PDF viewer)."""
        return self.desk.print_badge(guest)

    def toggle_display(self) -> None:
        self.desk.toggle_display()

    def closeEvent(self, ev) -> None:  # noqa: N802
        self._closed = True
        self.scanner.uninstall()
        self.shortcuts.uninstall()
        self.desk.stop()
        if not getattr(self, "keep_event_open", False):  # another window takes it over
            self.ctx.event.close()
        super().closeEvent(ev)
