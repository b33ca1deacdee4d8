"""Admin ▸ …: the admin-mode gate (gate.py), the admin PIN, periodic backups and the kiosk.

The desk (scan, search, walk-in, guest display) stays open to the staff; the actions listed
in ``gate.ADMIN_ACTIONS`` wait until the admin PIN is entered (Admin ▸ Unlock…).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import QAction, QDesktopServices
from PySide6.QtWidgets import QFileDialog, QLabel, QMessageBox

from checkin import admin, backup
from checkin.errors import CheckinError
from checkin.ui.admin.file_watch import FileWatch
from checkin.ui.admin.gate import AdminGate
from checkin.ui.language import error_text

translate = QCoreApplication.translate

BACKUP_MINUTES = 5
BACKUP_FOLDER_SETTING = backup.FOLDER_SETTING


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
    watch = FileWatch(ctx)
    ctx.file_watch = watch
    scan_view = getattr(window, "scan_view", None)
    if scan_view is not None:  # a refused check-in: raise the alarm now, not in 2 s
        scan_view.failed.connect(lambda _error: watch.check())
    backups = BackupTimer(ctx)
    ctx.backups = backups
    menu = window.menu("admin")

    def add(name: str, slot) -> QAction:  # gated or not: see gate.py's lists
        action = QAction(window)
        action.setObjectName(f"action_{name}")
        action.triggered.connect(slot)
        menu.addAction(action)
        return action

    unlock = add("admin_unlock", gate.unlock)
    lock = add("admin_lock", gate.lock)
    menu.addSeparator()
    pin = add("admin_pin", gate.set_pin)
    backup_now = add("backup_now", lambda: _backup_now(ctx))
    folder = add("backup_folder", lambda: _choose_folder(ctx))
    show = add("backup_show", lambda: _show_backups(ctx))
    menu.addSeparator()
    kiosk = add("kiosk", lambda: start_kiosk(ctx))
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
