"""Opening an event in a desk window: from the start page, File ▸ New / Open / Recent, the demo.

Opening another event from a desk window closes that window once the new one is up. The
windows stay referenced here while they are open (nothing else holds a top-level window).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from checkin.demo import create_demo
from checkin.errors import CheckinError
from checkin.event import Event
from checkin.ui import admin as recovery
from checkin.ui.language import error_text
from checkin.ui.start.new_event_dialog import NewEventDialog, default_folder
from checkin.ui.start.recent import recent_events, remember

translate = QCoreApplication.translate
DEMO_PATH = Path.home() / "checkin-demo.checkin"
_windows: list[QWidget] = []  # open desk windows


def ask_event_file(parent=None) -> Path | None:
    """File ▸ Open event…: a file dialog in the documents folder. Tests swap this."""
    name, _ = QFileDialog.getOpenFileName(
        parent,
        translate("start", "Open event"),
        str(default_folder()),
        translate("start", "Event files (*.checkin);;All files (*)"),
    )
    return Path(name) if name else None


def show_desk(event: Event, replacing: QWidget | None = None):
    """A desk window on ``event``; the window it replaces (if any) closes."""
    from checkin.ui.main_window import MainWindow

    window = MainWindow(event)
    window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    _windows.append(window)
    window.destroyed.connect(lambda *_: _windows.remove(window) if window in _windows else None)
    remember(event.path)
    window.show()
    if replacing is not None:
        replacing.close()
    return window


def open_path(path: Path, parent=None, replacing=None):
    """Open the event file at ``path`` in a desk window; None (after saying why) if not."""
    if replacing is not None and Path(path).resolve() == replacing.ctx.event.path.resolve():
        return replacing  # already open here
    try:
        event = recovery.open_event(path, parent)  # a damaged file is offered its last backup
    except CheckinError as exc:
        QMessageBox.warning(parent, "checkin", error_text(exc))
        return None
    return show_desk(event, replacing)


def open_chosen(parent=None, replacing=None):
    path = ask_event_file(parent)
    return open_path(path, parent, replacing) if path is not None else None


def new_event(parent=None, replacing=None):
    dialog = NewEventDialog(parent)
    if not dialog.exec() or dialog.event is None:
        return None
    return show_desk(dialog.event, replacing)


def open_demo(parent=None, replacing=None, path: Path | None = None):
    """The demo event, made afresh (it is for trying things out)."""
    path = path or DEMO_PATH
    if replacing is not None and path.resolve() == replacing.ctx.event.path.resolve():
        return replacing
    for suffix in ("", "-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
    try:
        event = create_demo(path)
    except (CheckinError, OSError) as exc:
        QMessageBox.warning(parent, "checkin", error_text(exc))
        return None
    return show_desk(event, replacing)


def install(ctx) -> None:
    """File ▸ New event…, Open event…, Recent events, Demo event."""
    window = ctx.window
    menu = window.menu("file")
    actions = {}
    for name, keys, slot in (
        ("new_event", "Ctrl+N", lambda: new_event(window, window)),
        ("open_event", "Ctrl+O", lambda: open_chosen(window, window)),
        ("demo_event", "", lambda: open_demo(window, window)),
    ):
        action = QAction(window, objectName=f"action_{name}")
        if keys:
            action.setShortcut(keys)
        action.triggered.connect(slot)
        menu.addAction(action)
        window.addAction(action)
        actions[name] = action
    recent = menu.addMenu("")
    recent.setObjectName("menu_recent")
    recent.aboutToShow.connect(lambda: _fill_recent(recent, window))
    menu.addSeparator()

    def texts() -> None:
        actions["new_event"].setText(translate("start", "&New event…"))
        actions["open_event"].setText(translate("start", "&Open event…"))
        actions["demo_event"].setText(translate("start", "&Demo event (to try things out)"))
        recent.setTitle(translate("start", "&Recent events"))

    ctx.retranslated(texts)


def _fill_recent(menu, window) -> None:
    menu.clear()
    found = recent_events()
    for path in found:
        action = menu.addAction(path.name)
        action.setToolTip(str(path))
        action.triggered.connect(lambda _checked=False, p=path: open_path(p, window, window))
    if not found:
        none = menu.addAction(translate("start", "(none yet)"))
        none.setEnabled(False)
