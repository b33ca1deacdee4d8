"""The admin-mode gate of a desk window: which actions wait for the admin PIN.

The desk (scan, search, walk-in, guest list, printing, the guest display) stays open to the
staff. Every action that changes the event's set-up or hands its data out is listed in
``ADMIN_ACTIONS`` by object name, every desk action in ``DESK_ACTIONS``; an action in
neither list is gated too (fail closed), and a test on the real window says which it was,
so every new action gets a deliberate place.

Locking (by hand or after ``AUTO_LOCK_MINUTES``) also closes the admin windows still open:
a desks panel left showing its join code would hand any laptop the whole event.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QInputDialog, QLineEdit, QMenu, QMessageBox, QWidget

from checkin import admin
from checkin.errors import CheckinError
from checkin.ui.language import error_text

translate = QCoreApplication.translate

AUTO_LOCK_MINUTES = 15

ADMIN_ACTIONS = frozenset(
    {
        "action_import_guests",  # File
        "action_export",
        "action_substitute",  # Guests
        "action_new_badge",  # Badges: a new badge voids the old one
        "action_design_badges",  # a design changes every badge printed after it
        "action_seating",  # Tables
        "action_edit_tables",  # adding, editing, deleting and importing tables
        "action_meeting_rounds",  # planning the rounds moves guests
        "action_delegation",  # Reports: re-plans a delegation's rounds
        "action_desks_panel",  # Desks: its join code hands out the whole event
        "action_admin_pin",  # Admin
        "action_backup_folder",
        "action_backup_show",
        "action_kiosk",
        "action_pretix",  # pulls guests, pushes check-ins, holds the pretix token
        "action_programme_items",  # the check-in lists themselves
    }
)
DESK_ACTIONS = frozenset(
    {
        "action_scan",
        "action_search",
        "action_walkin",
        "action_list",
        "action_undo_last",
        "action_pick_item",
        "action_guest_display",
        "action_sounds",
        "action_camera",
        "action_join_desk",  # opens another event in a window of its own
        "action_new_event",  # File: another event in a window of its own
        "action_open_event",
        "action_demo_event",
        "action_quit",
        "action_language_en",
        "action_language_de",
        "action_language_ru",
        "action_about",
        "action_admin_unlock",
        "action_admin_lock",
        "action_backup_now",
        "action_print_badges",
        "action_print_queue",
        "action_statistics",
        "action_floor_plan",  # read-only; moving tables is in Edit tables
        "action_guest_floor_plan",
        "action_host_lists",
        "action_door_overview",
    }
)
# Windows the admin actions open: closed when the gate locks.
ADMIN_WINDOWS = frozenset(
    {
        "DesksPanel",
        "SeatingView",
        "TablesDialog",
        "TableDialog",
        "AutoSeatDialog",
        "RoundsView",
        "DelegationView",
        "ImportDialog",
        "ExportDialog",
        "ReissueDialog",
        "SubstituteDialog",
        "PretixDialog",
        "ProgrammeDialog",
        "ProgrammeItemDialog",
        "DesignerWindow",
    }
)


def is_admin_only(action: QAction) -> bool:
    """Admin-only unless listed as a desk action (an unknown action waits for the PIN)."""
    return action.objectName() not in DESK_ACTIONS


def removed_text() -> str:
    return translate(
        "admin",
        "The admin PIN of this event was removed outside checkin (with another program). "
        "The audit trail records it. Set a new PIN now.",
    )


def ask_pin(parent, title: str, label: str) -> str | None:
    """Ask for a PIN without showing it; None if cancelled. Tests swap this out."""
    dialog = QInputDialog(parent)
    dialog.setWindowTitle(title)
    dialog.setLabelText(label)
    dialog.setTextEchoMode(QLineEdit.EchoMode.Password)
    dialog.setMinimumWidth(380)  # wide enough for its title ("Verwaltungsmodus") in full
    ok = dialog.exec()
    return dialog.textValue() if ok else None


def apply_gate(actions: list[QAction], unlocked: bool) -> list[QAction]:
    """Enable or disable the admin-only ones of ``actions``; returns those."""
    gated = []
    for action in actions:
        if action.menu() is not None or action.isSeparator():
            continue
        if is_admin_only(action):
            action.setEnabled(unlocked)
            gated.append(action)
    return gated


class AdminGate(QObject):
    """Admin mode of one window: locked by default, unlocked by the event's admin PIN."""

    changed = Signal(bool)  # unlocked?

    def __init__(self, ctx):
        super().__init__(ctx.window)
        self.ctx = ctx
        self.window = window = ctx.window
        self.unlocked = False
        self.ask_pin = ask_pin  # swap in tests
        self._pending = False
        self._auto_lock = QTimer(self)
        self._auto_lock.setSingleShot(True)
        self._auto_lock.setInterval(AUTO_LOCK_MINUTES * 60_000)
        self._auto_lock.timeout.connect(self.lock)
        window.menuBar().installEventFilter(self)
        window.installEventFilter(self)
        for menu in window.findChildren(QMenu):
            menu.installEventFilter(self)
            menu.aboutToShow.connect(self.apply)
        self.apply()

    @property
    def checkin_event(self):
        """The window's checkin Event (not ``event``: that is QObject.event())."""
        return self.ctx.event

    # -- which actions -----------------------------------------------------------------------
    def actions(self) -> list[QAction]:
        """Every action of the window's menus and shortcuts."""
        found: dict[int, QAction] = {}
        for menu in self.window.findChildren(QMenu):
            for action in menu.actions():
                found.setdefault(id(action), action)
        for action in self.window.actions():
            found.setdefault(id(action), action)
        return list(found.values())

    def apply(self) -> list[QAction]:
        """Enable or disable every admin-only action for the current mode."""
        self._pending = False
        return apply_gate(self.actions(), self.unlocked)

    def eventFilter(self, obj, ev) -> bool:  # noqa: N802 (Qt's name)
        if ev.type() == QEvent.Type.ActionAdded:
            action = ev.action()
            if not self.unlocked:  # at once: not even one event-loop turn with it enabled
                apply_gate([action], False)
            menu = action.menu()
            if isinstance(menu, QMenu):
                menu.installEventFilter(self)
                menu.aboutToShow.connect(self.apply)
            if not self._pending:  # apply once all actions of this round are in
                self._pending = True
                QTimer.singleShot(0, self.apply)
        return False

    # -- locking -----------------------------------------------------------------------------
    def unlock(self) -> bool:
        """Ask for the PIN (or to set one, if the event has none) and unlock."""
        event = self.checkin_event
        if not admin.has_pin(event):
            if admin.note_removed_outside(event):
                QMessageBox.warning(self.window, translate("admin", "Admin mode"), removed_text())
            if not self.set_pin():
                return False
        else:
            pin = self.ask_pin(
                self.window, translate("admin", "Admin mode"), translate("admin", "Admin PIN:")
            )
            if pin is None:
                return False
            try:
                if not admin.verify_pin(event, pin):
                    QMessageBox.warning(
                        self.window,
                        translate("admin", "Admin mode"),
                        translate("admin", "Wrong admin PIN."),
                    )
                    return False
            except CheckinError as exc:  # wrong too often (the wait is in the file), file gone
                QMessageBox.warning(self.window, translate("admin", "Admin mode"), error_text(exc))
                return False
        self._set(True)
        return True

    def lock(self) -> None:
        self._set(False)

    def _set(self, unlocked: bool) -> None:
        self.unlocked = unlocked
        if unlocked:
            self._auto_lock.start()
        else:
            self._auto_lock.stop()
            self.close_admin_windows()
        self.apply()
        self.changed.emit(unlocked)

    def close_admin_windows(self) -> list[QWidget]:
        closed = []
        for widget in self.window.findChildren(QWidget):
            shown = widget.isWindow() and widget.isVisible()
            if shown and type(widget).__name__ in ADMIN_WINDOWS:
                widget.close()
                closed.append(widget)
        return closed

    def check(self, title: str, parent=None) -> bool:
        """Ask for the PIN once (no unlock): for leaving the kiosk."""
        pin = self.ask_pin(parent or self.window, title, translate("admin", "Admin PIN:"))
        if pin is None:
            return False
        try:
            return admin.verify_pin(self.checkin_event, pin)
        except CheckinError:
            return False

    def set_pin(self) -> bool:
        """Set or change the admin PIN through dialogs; True if a PIN was set."""
        event = self.checkin_event
        current = None
        if admin.has_pin(event):
            current = self.ask_pin(
                self.window,
                translate("admin", "Admin PIN"),
                translate("admin", "Current admin PIN:"),
            )
            if current is None:
                return False
        new = self.ask_pin(
            self.window,
            translate("admin", "Admin PIN"),
            translate(
                "admin", "This event has no admin PIN yet. Choose one (at least %1 characters):"
            ).replace("%1", str(admin.MIN_LENGTH))
            if current is None
            else translate("admin", "New admin PIN:"),
        )
        if new is None:
            return False
        again = self.ask_pin(
            self.window,
            translate("admin", "Admin PIN"),
            translate("admin", "The new admin PIN again:"),
        )
        if again is None:
            return False
        if again != new:
            QMessageBox.warning(
                self.window,
                translate("admin", "Admin PIN"),
                translate("admin", "The two PINs do not match."),
            )
            return False
        try:
            admin.set_pin(event, new, current=current)
        except CheckinError as exc:  # too short, wrong current PIN, a read-only file
            QMessageBox.warning(self.window, translate("admin", "Admin PIN"), error_text(exc))
            return False
        return True
