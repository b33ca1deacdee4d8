"""A strip in the window for messages staff must see: undo, print failures, admin mode.

The status bar is easy to miss and sits off-screen when a window is taller than the
screen; this strip sits above the desk. Information fades after a while; an error stays
until it is dismissed (×, or Esc on the desk) or the next message replaces it.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QToolButton

_STYLES = {
    False: "#notice_bar { background: #e3f2fd; border: 1px solid #90caf9; border-radius: 6px; }",
    True: "#notice_bar { background: #ffebee; border: 2px solid #c62828; border-radius: 6px; }",
}


class NoticeBar(QFrame):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("notice_bar")
        self.error = False
        self.label = QLabel(objectName="notice_text")
        self.label.setWordWrap(True)
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        font = self.label.font()
        font.setPointSize(font.pointSize() + 1)
        self.label.setFont(font)
        self.close_button = QToolButton(objectName="notice_close")
        self.close_button.setText("×")
        self.close_button.setAutoRaise(True)
        self.close_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.close_button.clicked.connect(self.dismiss)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 4, 4, 4)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.close_button, 0, Qt.AlignmentFlag.AlignTop)
        self._timer = QTimer(self, singleShot=True, timeout=self.dismiss)
        self.hide()

    def show_message(self, text: str, ms: int = 8000, *, error: bool = False) -> None:
        self.error = error
        self.setStyleSheet(_STYLES[error])
        self.label.setText(text)
        self.show()
        self._timer.stop()
        if not error and ms > 0:
            self._timer.start(ms)

    def text(self) -> str:
        return self.label.text() if self.isVisibleTo(self.parentWidget() or self) else ""

    def dismiss(self) -> None:
        self._timer.stop()
        self.label.clear()
        self.hide()
