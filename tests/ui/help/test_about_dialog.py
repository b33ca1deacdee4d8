"""Help ▸ About shows the version, our licence and the third-party licences."""

from __future__ import annotations

from checkin import __version__
from checkin.ui.help.about_dialog import AboutDialog
from checkin.ui.main_window import MainWindow


def test_about_dialog_names_version_and_licences(qtbot):
    dialog = AboutDialog()
    qtbot.addWidget(dialog)
    assert __version__ in dialog.summary.text()
    assert "General Public License" in dialog.summary.text()
    third = dialog.third_party.toPlainText()
    for name in ("PySide6", "LGPL-3.0", "reportlab", "DejaVu", "zxing-cpp"):
        assert name in third
    titles = [dialog.tabs.tabText(i) for i in range(dialog.tabs.count())]
    assert "Licence" in titles and "Third-party licences" in titles


def test_help_menu_has_about(qtbot, event):
    window = MainWindow(event)
    qtbot.addWidget(window)
    about = window.findChild(type(window.menu("help").actions()[0]), "action_about")
    assert about is not None and about in window.menu("help").actions()
