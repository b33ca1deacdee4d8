"""Admin ▸ …: the admin-mode gate, the admin PIN, periodic backups and the kiosk.

The desk (scan, search, walk-in, guest display) stays open to the staff. Actions that
import, export, delete, purge or change settings, and everything in the Admin menu, are
disabled until the admin PIN is entered (Admin ▸ Unlock…). The gate is generic: any
QAction can be marked with :func:`mark_admin_only`; unmarked actions are classified by
menu and by name, including actions that other features add later.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import QAction, QDesktopServices
from PySide6.QtWidgets import QFileDialog, QInputDialog, QLabel, QLineEdit, QMenu, QMessageBox

from checkin import admin, backup
from checkin.errors import CheckinError, PinError
from checkin.ui.language import error_text

translate = QCoreApplication.translate

BACKUP_MINUTES = 5
AUTO_LOCK_MINUTES = 15
BACKUP_FOLDER_SETTING = "backup_folder"
_PROPERTY = "checkin_admin_only"
# Words in an action's objectName or (untranslated) text that make it admin-only.
ADMIN_WORDS = re.compile(
    r"import|export|delete|purge|setting|preference|erase|restore|einstellung|lösch",
    re.IGNORECASE,
)
ADMIN_MENUS = {"admin"}


def mark_admin_only(action: QAction, admin_only: bool = True) -> QAction:
    """Put ``action`` behind the admin PIN (or, with False, keep it open to the desk)."""
    action.setProperty(_PROPERTY, admin_only)
    return action


def is_admin_only(action: QAction, menu_key: str | None) -> bool:
    marked = action.property(_PROPERTY)
    if marked is not None:
        return bool(marked)
    if menu_key in ADMIN_MENUS:
        return True
    name = f"{action.objectName()} {action.text().replace('&', '')}"
    return bool(ADMIN_WORDS.search(name))


def ask_pin(parent, title: str, label: str) -> str | None:
    """Ask for a PIN without showing it; None if cancelled. Tests swap this out."""
    text, ok = QInputDialog.getText(parent, title, label, QLineEdit.EchoMode.Password)
    return text if ok else None


def apply_gate(actions: list[tuple[QAction, str | None]], unlocked: bool) -> list[QAction]:
    """Enable or disable the admin-only ones of ``actions`` (pairs of action, menu key)."""
    gated = []
    for action, key in actions:
        if action.menu() is not None or action.isSeparator():
            continue
        if is_admin_only(action, key):
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
        return self.ctx.event

    # -- which actions -----------------------------------------------------------------------
    def _menu_key(self, menu: QMenu) -> str | None:
        while menu is not None:
            name = menu.objectName()
            if name.startswith("menu_"):
                return name[len("menu_") :]
            parent = menu.parent()
            menu = parent if isinstance(parent, QMenu) else None
        return None

    def _actions(self) -> list[tuple[QAction, str | None]]:
        found: dict[int, tuple[QAction, str | None]] = {}
        for menu in self.window.findChildren(QMenu):
            key = self._menu_key(menu)
            for action in menu.actions():
                found.setdefault(id(action), (action, key))
        for action in self.window.actions():  # shortcuts added to the window itself
            found.setdefault(id(action), (action, None))
        return list(found.values())

    def apply(self) -> list[QAction]:
        """Enable or disable every admin-only action for the current mode."""
        self._pending = False
        return apply_gate(self._actions(), self.unlocked)

    def eventFilter(self, obj, ev) -> bool:  # noqa: N802 (Qt's name)
        if ev.type() == QEvent.Type.ActionAdded:
            menu = ev.action().menu()
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
            except PinError as exc:
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
        self.apply()
        self.changed.emit(unlocked)

    def check(self, title: str, parent=None) -> bool:
        """Ask for the PIN once (no unlock): for leaving the kiosk."""
        pin = self.ask_pin(parent or self.window, title, translate("admin", "Admin PIN:"))
        if pin is None:
            return False
        try:
            return admin.verify_pin(self.checkin_event, pin)
        except PinError:
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
        except CheckinError as exc:
            QMessageBox.warning(self.window, translate("admin", "Admin PIN"), error_text(exc))
            return False
        return True


class BackupTimer(QObject):
    """A snapshot every few minutes while the window is open, and one when it closes."""

    failed = Signal(str)
    taken = Signal(object)  # the Backup

    def __init__(self, ctx, minutes: float = BACKUP_MINUTES):
        super().__init__(ctx.window)
        self.ctx = ctx
        self.window = window = ctx.window
        self.timer = QTimer(self)
        self.timer.setInterval(int(minutes * 60_000))
        self.timer.timeout.connect(self.take)
        self.timer.start()
        self.last_error = ""
        window.installEventFilter(self)

    @property
    def checkin_event(self):
        return self.ctx.event

    def folder(self) -> str | None:
        return self.checkin_event.setting(BACKUP_FOLDER_SETTING) or None

    def take(self):
        try:
            taken = backup.snapshot(self.checkin_event, self.folder())
        except CheckinError as exc:  # the desk keeps working; the status bar says why
            self.last_error = error_text(exc)
            self.failed.emit(self.last_error)
            return None
        self.last_error = ""
        self.taken.emit(taken)
        return taken

    def eventFilter(self, obj, ev) -> bool:  # noqa: N802 (Qt's name)
        # Runs before the window's closeEvent, which closes the event file.
        if obj is self.window and ev.type() == QEvent.Type.Close and self.timer.isActive():
            self.timer.stop()  # once: a second close finds the event file closed
            self.take()
        return False


def install(ctx) -> None:
    window = ctx.window
    gate = AdminGate(ctx)
    ctx.admin_gate = gate
    backups = BackupTimer(ctx)
    ctx.backups = backups
    menu = window.menu("admin")

    def add(name: str, slot, *, admin_only: bool) -> QAction:
        action = QAction(window)
        action.setObjectName(f"action_{name}")
        action.triggered.connect(slot)
        mark_admin_only(action, admin_only)
        menu.addAction(action)
        return action

    unlock = add("admin_unlock", gate.unlock, admin_only=False)
    lock = add("admin_lock", gate.lock, admin_only=False)
    menu.addSeparator()
    pin = add("admin_pin", gate.set_pin, admin_only=True)
    backup_now = add("backup_now", lambda: _backup_now(ctx), admin_only=False)
    folder = add("backup_folder", lambda: _choose_folder(ctx), admin_only=True)
    show = add("backup_show", lambda: _show_backups(ctx), admin_only=True)
    menu.addSeparator()
    kiosk = add("kiosk", lambda: start_kiosk(ctx), admin_only=True)
    # Admin mode shows in the window itself, top right, for as long as it is on.
    indicator = QLabel(objectName="admin_indicator")
    indicator.setStyleSheet(
        "background: #6a1b9a; color: white; font-weight: bold; border-radius: 6px;"
        " padding: 2px 10px; margin: 2px 6px;"
    )
    window.menuBar().setCornerWidget(indicator, Qt.Corner.TopRightCorner)

    def texts() -> None:
        unlock.setText(translate("admin", "&Unlock admin mode…"))
        lock.setText(translate("admin", "&Lock admin mode"))
        pin.setText(translate("admin", "Set admin &PIN…"))
        backup_now.setText(translate("admin", "&Back up now"))
        folder.setText(translate("admin", "Backup &folder…"))
        show.setText(translate("admin", "&Show backups"))
        kiosk.setText(translate("admin", "&Kiosk mode (self check-in)…"))
        indicator.setText(translate("admin", "Admin mode on"))

    ctx.retranslated(texts)

    def update(unlocked: bool, announce: bool = True) -> None:
        unlock.setVisible(not unlocked)
        lock.setVisible(unlocked)
        indicator.setVisible(unlocked)
        if announce:
            ctx.notify(
                translate("admin", "Admin mode on.")
                if unlocked
                else translate("admin", "Admin mode off."),
                4000,
            )

    update(False, announce=False)
    gate.changed.connect(update)
    backups.failed.connect(
        lambda text: ctx.notify(
            translate("admin", "Backup failed: %1").replace("%1", text), error=True
        )
    )


def _backup_now(ctx) -> None:
    window = ctx.window
    taken = ctx.backups.take()
    if taken is not None:
        ctx.notify(translate("admin", "Backup written: %1").replace("%1", str(taken.path)), 8000)
    else:
        QMessageBox.warning(window, translate("admin", "Backup"), ctx.backups.last_error)


def _choose_folder(ctx) -> None:
    folder = QFileDialog.getExistingDirectory(ctx.window, translate("admin", "Folder for backups"))
    if folder:
        ctx.event.set_setting(BACKUP_FOLDER_SETTING, folder)
        _backup_now(ctx)


def _show_backups(ctx) -> None:
    folder = backup.backup_dir(ctx.event.path, ctx.backups.folder())
    QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))


def start_kiosk(ctx):
    """Hide the desk and show the full-screen self check-in; leaving it needs the PIN."""
    from checkin.ui.admin.kiosk import KioskWindow

    window = ctx.window
    gate: AdminGate = ctx.admin_gate
    if not admin.has_pin(gate.checkin_event) and not gate.set_pin():
        return None
    gate.lock()
    kiosk = KioskWindow(
        gate.checkin_event,
        ctx.item,
        may_leave=lambda parent: gate.check(translate("admin", "Leave kiosk mode"), parent),
        desk=ctx.desk,
    )
    ctx.kiosk = kiosk

    def back() -> None:
        ctx.kiosk = None
        window.show()
        window.data_changed.emit()

    kiosk.left.connect(back)
    window.hide()
    kiosk.showFullScreen()
    kiosk.setWindowState(kiosk.windowState() | Qt.WindowState.WindowFullScreen)
    return kiosk
