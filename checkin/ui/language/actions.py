"""File ▸ Language: switch the UI language at once, without restarting.

Switching installs the new translators; Qt then sends every window a LanguageChange
event and each widget says its texts again (``retranslation.on_language_change``). No
window is rebuilt, so admin mode, the guest display, open windows and dialogs, the
current page and what the card shows all stay as they were.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QActionGroup

from checkin import i18n
from checkin.ui.language import i18n as ui_i18n


def switch_language(window, lang: str):
    """Use ``lang`` from now on (and at the next start); returns the same ``window``."""
    ui_i18n.set_language(lang)
    return window


def install(ctx) -> None:
    window = ctx.window
    menu = window.menu("file").addMenu("")
    menu.setObjectName("menu_language")
    ctx.retranslated(lambda: menu.setTitle(QCoreApplication.translate("MainWindow", "&Language")))
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

    def check_current() -> None:  # another window (the start page) may have switched
        for action in group.actions():
            action.setChecked(
                action.objectName() == f"action_language_{ui_i18n.translations().language}"
            )

    ctx.retranslated(check_current)
