"""The start page, when checkin starts without an event file: new, open, recent, the demo.

Each choice opens the event in a desk window and closes the start page. The language can
be chosen here already (the desk keeps it).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from checkin import i18n
from checkin.ui.language import on_language_change, set_language, translations
from checkin.ui.start import opening
from checkin.ui.start.recent import recent_events


class StartWindow(QWidget):
    def __init__(self, parent=None):
        super().__init__(parent)
        on_language_change(self, self.retranslate)
        self.setObjectName("start_window")
        self.window_opened = None  # the desk window a choice opened
        self.title = QLabel("checkin", objectName="start_title")
        font = self.title.font()
        font.setPointSize(26)
        font.setBold(True)
        self.title.setFont(font)
        self.subtitle = QLabel(objectName="start_subtitle")
        self.subtitle.setWordWrap(True)
        self.new_button = self._button("start_new", lambda: opening.new_event(self))
        self.open_button = self._button("start_open", lambda: opening.open_chosen(self))
        self.demo_button = self._button("start_demo", lambda: opening.open_demo(self))
        self.recent_title = QLabel(objectName="start_recent_title")
        self.recent = QListWidget(objectName="start_recent")
        self.recent.itemActivated.connect(self._open_recent)
        self.empty_hint = QLabel(objectName="start_no_recent")
        self.empty_hint.setWordWrap(True)
        self.language = QComboBox(objectName="start_language")
        for code, name in i18n.LANGUAGES.items():
            self.language.addItem(name, code)  # each language in its own name
        self.language.setCurrentIndex(self.language.findData(translations().language))
        self.language.currentIndexChanged.connect(lambda: set_language(self.language.currentData()))
        self.language_label = QLabel()
        self.language_label.setBuddy(self.language)
        for keys, button in (("Ctrl+N", self.new_button), ("Ctrl+O", self.open_button)):
            QShortcut(QKeySequence(keys), self, button.click)
        buttons = QVBoxLayout()
        for button in (self.new_button, self.open_button, self.demo_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        recent = QVBoxLayout()
        recent.addWidget(self.recent_title)
        recent.addWidget(self.recent, 1)
        recent.addWidget(self.empty_hint)
        recent.addStretch(0)
        columns = QHBoxLayout()
        columns.addLayout(buttons)
        columns.addSpacing(24)
        columns.addLayout(recent, 1)
        footer = QHBoxLayout()
        footer.addStretch(1)
        footer.addWidget(self.language_label)
        footer.addWidget(self.language)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 24, 32, 24)
        layout.addWidget(self.title)
        layout.addWidget(self.subtitle)
        layout.addSpacing(16)
        layout.addLayout(columns, 1)
        layout.addLayout(footer)
        self.resize(760, 460)
        self.fill_recent()
        self.retranslate()

    def _button(self, name: str, slot) -> QPushButton:
        button = QPushButton(objectName=name)
        button.setMinimumHeight(44)
        button.setStyleSheet("font-size: 13pt; text-align: left; padding: 6px 14px;")
        button.clicked.connect(lambda: self._opened(slot()))
        return button

    def _opened(self, window) -> None:
        if window is not None:
            self.window_opened = window
            self.close()

    def fill_recent(self) -> None:
        self.recent.clear()
        for path in recent_events():
            row = QListWidgetItem(f"{path.stem}\n{path.parent}")
            row.setData(Qt.ItemDataRole.UserRole, str(path))
            row.setToolTip(str(path))
            self.recent.addItem(row)
        if self.recent.count():
            self.recent.setCurrentRow(0)
            self.recent.setFocus()
        self.empty_hint.setVisible(not self.recent.count())
        self.recent.setVisible(bool(self.recent.count()))  # no empty box: the hint instead

    def _open_recent(self, row: QListWidgetItem) -> None:
        from pathlib import Path

        self._opened(opening.open_path(Path(row.data(Qt.ItemDataRole.UserRole)), self))

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("checkin – start"))
        self.subtitle.setText(
            self.tr("The check-in desk for your event: one file per event, no internet needed.")
        )
        self.new_button.setText(self.tr("New event… (Ctrl+N)"))
        self.open_button.setText(self.tr("Open event… (Ctrl+O)"))
        self.demo_button.setText(self.tr("Try the demo event"))
        self.recent_title.setText(self.tr("Recent events (Enter opens):"))
        self.empty_hint.setText(
            self.tr("No events yet: create a new one, or look around in the demo event first.")
        )
        self.language_label.setText(self.tr("&Language:"))
