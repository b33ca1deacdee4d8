"""Help ▸ About: version, licence and the third-party licences (Qt, fonts, libraries)."""

from __future__ import annotations

import platform

import PySide6
from PySide6.QtCore import qVersion
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from checkin import __version__, paths


def _read(*parts: str) -> str:
    try:
        return paths.resource(*parts).read_text(encoding="utf-8")
    except (FileNotFoundError, OSError):
        return ""


def licence_text() -> str:
    for candidate in (paths.resource("..", "LICENSE"), paths.resource("LICENSE")):
        if candidate.is_file():
            return candidate.read_text(encoding="utf-8")
    return (
        "GNU General Public License, version 3 or later: https://www.gnu.org/licenses/gpl-3.0.html"
    )


class AboutDialog(QDialog):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("About checkin"))
        self.resize(640, 520)
        tabs = QTabWidget()

        about = QWidget()
        icon = QLabel()
        icon.setPixmap(QPixmap(str(paths.resource("icons", "checkin-128.png"))))
        self.summary = QLabel(
            "<h2>checkin %1</h2><p>%2</p><p>%3</p><p>%4</p>".replace("%1", __version__)
            .replace("%2", self.tr("The offline check-in desk for events."))
            .replace(
                "%3",
                self.tr("Free software under the GNU General Public License, version 3 or later."),
            )
            .replace(
                "%4",
                self.tr("Qt %1, Qt for Python %2, Python %3")
                .replace("%1", qVersion())
                .replace("%2", PySide6.__version__)
                .replace("%3", platform.python_version()),
            )
        )
        self.summary.setWordWrap(True)
        row = QHBoxLayout(about)
        row.addWidget(icon)
        row.addWidget(self.summary, 1)
        tabs.addTab(about, self.tr("About"))

        self.third_party = QTextBrowser()
        self.third_party.setMarkdown(_read("licenses", "THIRD-PARTY.md"))
        self.third_party.setOpenExternalLinks(True)
        tabs.addTab(self.third_party, self.tr("Third-party licences"))

        fonts = QTextBrowser()
        fonts.setPlainText(_read("fonts", "LICENSE-DejaVu.txt") or self.tr("No bundled fonts."))
        tabs.addTab(fonts, self.tr("Font licence"))

        licence = QTextBrowser()
        licence.setPlainText(licence_text())
        tabs.addTab(licence, self.tr("Licence"))

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(tabs)
        layout.addWidget(buttons)
        self.tabs = tabs
