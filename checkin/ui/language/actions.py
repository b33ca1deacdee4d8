"""File ▸ Language: switch the UI language at once, without restarting.

Switching installs the new translators and rebuilds the main window on the same open
event (same programme item, size and place), so every text is in the new language.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QApplication

from checkin import i18n, programme
from checkin.ui.language import i18n as ui_i18n


def rebuild_window(window):
    """Replace ``window`` by a new MainWindow on the same event; returns the new one."""
    from checkin.ui.main_window import MainWindow

    programme.set_active_item(window.ctx.event, window.ctx.item.id)
    new = MainWindow(window.ctx.event, desk=window.ctx.desk)
    new.setGeometry(window.geometry())
    app = QApplication.instance()
    app._checkin_windows = [w for w in getattr(app, "_checkin_windows", []) if w is not window]
    app._checkin_windows.append(new)
    window.keep_event_open = True
    window.close()
    window.deleteLater()
    new.show()
    return new


def switch_language(window, lang: str):
    ui_i18n.set_language(lang)
    return rebuild_window(window)


def install(ctx) -> None:
    window = ctx.window
    menu = window.menu("file").addMenu(QCoreApplication.translate("MainWindow", "&Language"))
    menu.setObjectName("menu_language")
    group = QActionGroup(window)
    current = ui_i18n.translations().language
    for code, name in i18n.LANGUAGES.items():
        action = QAction(name, window)  # each language in its own name, never translated
        action.setObjectName(f"action_language_{code}")
        action.setCheckable(True)
        action.setChecked(code == current)
        action.triggered.connect(lambda _checked=False, c=code: switch_language(window, c))
        group.addAction(action)
        menu.addAction(action)
