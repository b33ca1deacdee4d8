"""The desk window: assembles the views; each feature adds its own menu actions.

Features live in packages under ``checkin/ui/`` and plug in through the installers listed
by ``features()`` below; each gets the window's :class:`~checkin.ui.context.DeskContext`
(the open event, the active item, the desk's name, its services) and may use the window's
``data_changed`` and ``item_changed`` signals.

The desk itself: the scan view is home (F2, Esc); F3 finds a guest by name; F4 registers
a walk-in; F5 shows the guest list; F6 picks the programme item; F7 opens the guest-facing
display; Ctrl+Z undoes the last check-in. A scanner burst is recognised wherever the
focus is (``scanner_filter.py``).
"""

from __future__ import annotations

import tempfile
from pathlib import Path

from PySide6.QtCore import QSettings, QStandardPaths, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QMenu,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from checkin import badges, checkins, programme, stats
from checkin.checkins import CheckinResult
from checkin.errors import CheckinError
from checkin.event import Event
from checkin.models import Guest
from checkin.ui.context import DeskContext
from checkin.ui.desk import (
    CountersView,
    GuestDisplay,
    GuestListView,
    ScannerFilter,
    ScanView,
    SearchView,
    WalkInDialog,
    detector_from_settings,
)
from checkin.ui.language import current_language, error_text
from checkin.ui.printing import open_pdf


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
        transfer,
    )

    return (
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


class MainWindow(QMainWindow):
    data_changed = Signal()  # guests, tables or check-ins changed: views reload
    item_changed = Signal(object)  # the active ProgrammeItem

    walkin_dialog_class = WalkInDialog  # tests may swap dialogs and devices
    badge_printer = staticmethod(open_pdf)  # printing/ puts its queue in between

    def __init__(self, event: Event, parent=None, *, desk: str | None = None):
        super().__init__(parent)
        self._menus: dict[str, QMenu] = {}
        self.ctx = DeskContext(self, event, desk)
        self.guest_display: GuestDisplay | None = None
        self.walkin_dialog: WalkInDialog | None = None
        self.last_badge_pdf: Path | None = None
        self.badge_folder: Path | None = None  # where desk badges go (default: temp folder)
        self.setWindowTitle(f"checkin – {event.info.name}")
        self._build()
        self._build_actions()
        self._install_features()
        # Views reload once per burst of changes, after the result card has been painted.
        self._reload_timer = QTimer(self, singleShot=True, interval=0)
        self._reload_timer.timeout.connect(self._reload_views)
        self.data_changed.connect(self._reload_timer.start)
        self.ctx.changes.changed.connect(self._reload_timer.start)  # whoever changed it
        self.scanner = ScannerFilter(self, detector=detector_from_settings())
        self.scanner.scanned.connect(self.on_scanned)
        self.scanner.install()
        self._closed = False
        QTimer.singleShot(0, self, self._prebuild_search)

    def _prebuild_search(self) -> None:
        """Build the search index once the window is up, so F3 answers at once."""
        if not self._closed:
            large = self.model.rowCount() > 5000  # build off the UI thread then
            self.search_view.refresh_index(background=large)

    # -- menus for features ---------------------------------------------------------------
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

    # -- the desk -------------------------------------------------------------------------------
    def _build(self) -> None:
        self.item_box = QComboBox()
        self.item_box.setObjectName("item_box")
        self.item_box.setMinimumContentsLength(28)
        self._fill_items()
        self.item_box.currentIndexChanged.connect(self._item_changed)
        self.item_box.activated.connect(lambda _index: self.show_scan())  # picked: back home
        self.counters = CountersView(self.ctx.event, self.ctx.item, self)

        self.scan_view = ScanView(self.ctx.event, self.ctx.item, self, desk=self.ctx.desk)
        # Every check-in through the scan view (scanner, typed code, search, camera, walk-in)
        # updates the guest display and reloads the views.
        self.scan_view.checked.connect(self._show_on_display)
        self.scan_view.checked.connect(lambda _result: self.data_changed.emit())
        self.scan_view.print_badge_requested.connect(self.print_badge)
        self.search_view = SearchView(self.ctx.event, self, item=self.ctx.item)
        self.search_view.check_in_requested.connect(self.check_in_found)
        self.search_view.back_requested.connect(self.show_scan)
        self.search_view.walkin_requested.connect(lambda _typed: self.walkin())
        self.guest_list = GuestListView(self.ctx.event, self.ctx.item, self, desk=self.ctx.desk)
        self.guest_list.changed.connect(self.data_changed)
        self.guest_list.checked.connect(self._show_on_display)
        self.pages = QStackedWidget()
        for page in (self.scan_view, self.search_view, self.guest_list):
            self.pages.addWidget(page)
        # Names earlier code and features rely on.
        self.scan_field = self.scan_view.code_field
        self.model = self.guest_list.model
        self.table = self.guest_list.table

        item_label = QLabel(self.tr("&Programme item:"))
        item_label.setBuddy(self.item_box)
        top = QHBoxLayout()
        top.addWidget(item_label)
        top.addWidget(self.item_box)
        top.addSpacing(16)
        top.addWidget(self.counters, 1)
        layout = QVBoxLayout()
        layout.addLayout(top)
        layout.addWidget(self.pages, 1)
        central = QWidget()
        central.setLayout(layout)
        self.setCentralWidget(central)
        self.resize(1100, 760)
        self.statusBar().showMessage(self.tr("Desk: %1").replace("%1", self._desk_name()))
        self.scan_field.setFocus()

    def _desk_name(self) -> str:
        return self.ctx.desk or checkins.default_desk()

    def _action(self, menu: str, name: str, text: str, keys, slot) -> QAction:
        action = QAction(text, self)
        action.setObjectName(f"action_{name}")
        action.setShortcuts([QKeySequence(k) for k in keys])
        action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        action.triggered.connect(slot)
        self.menu(menu).addAction(action)
        self.addAction(action)
        return action

    def _build_actions(self) -> None:
        g = "guests"
        self.actions_by_name = {
            "scan": self._action(g, "scan", self.tr("&Scan badges"), ["F2", "Esc"], self.show_scan),
            "search": self._action(
                g, "search", self.tr("&Find by name…"), ["F3", "Ctrl+F"], self.show_search
            ),
            "walkin": self._action(g, "walkin", self.tr("&Walk-in guest…"), ["F4"], self.walkin),
            "list": self._action(g, "list", self.tr("Guest &list"), ["F5"], self.show_list),
            "undo": self._action(
                g, "undo_last", self.tr("&Undo last check-in"), ["Ctrl+Z"], self.undo_last
            ),
            "item": self._action(
                "desks", "pick_item", self.tr("Choose &programme item"), ["F6"], self.pick_item
            ),
            "display": self._action(
                "desks", "guest_display", self.tr("&Guest display"), ["F7"], self.toggle_display
            ),
        }
        sounds = self._action("desks", "sounds", self.tr("&Sounds on refusals"), [], lambda: None)
        sounds.setCheckable(True)
        sounds.toggled.connect(self._set_sounds)
        sounds.setChecked(QSettings().value("desk/sounds", False, type=bool))
        self.actions_by_name["sounds"] = sounds
        self._action("file", "quit", self.tr("&Quit"), ["Ctrl+Q"], self.close)

    def _set_sounds(self, on: bool) -> None:
        self.scan_view.card.sounds = on
        QSettings().setValue("desk/sounds", on)

    def _fill_items(self) -> None:
        self.item_box.blockSignals(True)
        self.item_box.clear()
        for s in stats.event_stats(self.ctx.event):
            label = f"{s.item.name_in(current_language())}  ({s.checked_in}/{s.expected})"
            self.item_box.addItem(label, s.item.id)
        self.item_box.setCurrentIndex(self.item_box.findData(self.ctx.item.id))
        self.item_box.blockSignals(False)

    def _update_item_label(self, s: stats.ItemStats) -> None:
        """Refresh the active item's count; other items' counts change only with guests."""
        index = self.item_box.findData(self.ctx.item.id)
        if index >= 0:
            name = s.item.name_in(current_language())
            self.item_box.setItemText(index, f"{name}  ({s.checked_in}/{s.expected})")

    # -- pages ----------------------------------------------------------------------------------
    def show_scan(self) -> None:
        self.pages.setCurrentWidget(self.scan_view)
        self.scan_field.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def show_search(self) -> None:
        self.pages.setCurrentWidget(self.search_view)
        self.search_view.start()

    def show_list(self) -> None:
        self.pages.setCurrentWidget(self.guest_list)
        self.guest_list.filter_field.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def pick_item(self) -> None:
        self._fill_items()  # fresh counts for every item
        self.item_box.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.item_box.showPopup()

    def _item_changed(self, index: int) -> None:
        self.ctx.item = programme.get_item(self.ctx.event, self.item_box.itemData(index))
        self.scan_view.set_item(self.ctx.item)
        self.search_view.item = self.ctx.item
        self.guest_list.set_item(self.ctx.item)
        self.counters.reload(self.ctx.item)
        self.item_changed.emit(self.ctx.item)

    def _reload_views(self) -> None:
        if getattr(self, "_closed", False):  # a reload queued just before closing
            return
        self.guest_list.reload()
        self._update_item_label(self.counters.reload(self.ctx.item))
        if self.pages.currentWidget() is self.search_view:
            self.search_view.refresh_index()

    # -- checking in ------------------------------------------------------------------------------
    def on_scanned(self, text: str) -> None:
        """A scanner burst arrived (from any field): check in and show the card."""
        self.show_scan()
        outcome = self.scan_view.scan_text(text, prefix=self.scanner.last_prefix)
        if outcome is not None and outcome.used_prefix:
            self.scanner.remove_prefix()
        self.scanner.last_prefix = ""

    def check_in_found(self, guest: Guest) -> None:
        self.show_scan()
        self.scan_view.check_in_guest(guest)

    def undo_last(self) -> None:
        guest_id = checkins.last_checked_in(self.ctx.event, self.ctx.item)
        if guest_id is None:
            self.statusBar().showMessage(self.tr("There is no check-in to undo."), 5000)
            return
        checkins.undo(self.ctx.event, guest_id, self.ctx.item, desk=self.ctx.desk)
        name = checkins.guests.get_guest(self.ctx.event, guest_id).full_name
        self.scan_view.card.show_ready()
        self.statusBar().showMessage(self.tr("Check-in of %1 undone.").replace("%1", name), 8000)
        self.data_changed.emit()

    def walkin(self) -> None:
        dialog = self.walkin_dialog_class(self.ctx.event, self)
        self.walkin_dialog = dialog
        dialog.accepted.connect(lambda: self._walkin_registered(dialog))
        dialog.open()

    def _walkin_registered(self, dialog: WalkInDialog) -> None:
        guest = dialog.guest
        if guest is None:
            return
        self.activateWindow()  # the desk, not the closed dialog, takes the keys again
        self.show_scan()
        if dialog.check_in:
            self.scan_view.check_in_guest(guest)
        else:
            self.data_changed.emit()
        if dialog.print_badge:
            self.print_badge(guest)

    def print_badge(self, guest: Guest) -> Path | None:
        """Render the guest's badge to a PDF and hand it to the printer (viewer)."""
        folder = self.badge_folder or Path(
            QStandardPaths.writableLocation(QStandardPaths.StandardLocation.TempLocation)
            or tempfile.gettempdir()
        )
        out = Path(tempfile.mkdtemp(prefix="checkin-badge-", dir=folder)) / f"badge-{guest.id}.pdf"
        try:
            badges.render_badges(self.ctx.event, [guest], badges.desk_layout(self.ctx.event), out)
        except (CheckinError, OSError, RuntimeError, ValueError) as exc:
            self.statusBar().showMessage(
                self.tr("The badge could not be printed: %1").replace("%1", error_text(exc)), 10000
            )
            return None
        self.last_badge_pdf = out
        self.scan_view.card.badge_printed(guest)
        if self.badge_printer(out) is False:
            message = self.tr("Badge of %1 saved as %2 – no PDF viewer found to print it.")
        else:
            message = self.tr("Badge of %1 sent to print.")
        self.statusBar().showMessage(
            message.replace("%1", guest.full_name).replace("%2", str(out)), 15000
        )
        self.data_changed.emit()
        return out

    # -- the guest-facing display ----------------------------------------------------------------
    def toggle_display(self) -> None:
        if self.guest_display is not None and self.guest_display.isVisible():
            self.guest_display.close()
            return
        if self.guest_display is None:
            self.guest_display = GuestDisplay(self.ctx.event.info.name, event=self.ctx.event)
        self.guest_display.place()
        self.activateWindow()  # the desk keeps the keyboard (and the scanner)

    def _show_on_display(self, result: CheckinResult) -> None:
        if self.guest_display is not None and self.guest_display.isVisible():
            self.guest_display.show_result(result)

    def closeEvent(self, ev) -> None:  # noqa: N802
        self._closed = True
        self._reload_timer.stop()
        self.scanner.uninstall()
        if self.guest_display is not None:
            self.guest_display.close()
            self.guest_display.deleteLater()
        if not getattr(self, "keep_event_open", False):  # a rebuilt window takes it over
            self.ctx.event.close()
        super().closeEvent(ev)
