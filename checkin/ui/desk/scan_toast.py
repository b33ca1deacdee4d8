"""The result of a scan, shown over a dialog that covers the desk's card.

A scan while a dialog of the desk is open (a walk-in being typed, a guest being edited)
checks the guest in and puts the result on the card; but the dialog stays in front of
the card, so the card's words are repeated here, in its colour and shape, on top of the
dialog, for a few seconds. Nothing takes the keyboard away from the dialog.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QVBoxLayout, QWidget

SHOW_MS = 6000


class ScanToast(QFrame):
    def __init__(self, parent: QWidget):
        super().__init__(parent, Qt.WindowType.ToolTip | Qt.WindowType.FramelessWindowHint)
        self.setObjectName("scan_toast")
        self.setAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating, True)
        self.icon = QLabel(objectName="toast_icon")
        self.title = QLabel(objectName="toast_title")
        self.line = QLabel(objectName="toast_line")
        for label, points in ((self.title, 16), (self.line, 13)):
            label.setTextFormat(Qt.TextFormat.PlainText)
            font = label.font()
            font.setPointSize(points)
            font.setBold(label is self.title)
            label.setFont(font)
        words = QVBoxLayout()
        words.setSpacing(2)
        words.addWidget(self.title)
        words.addWidget(self.line)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(14, 10, 18, 10)
        layout.setSpacing(12)
        layout.addWidget(self.icon)
        layout.addLayout(words)
        self._timer = QTimer(self, singleShot=True, interval=SHOW_MS, timeout=self.hide)

    def show_card(self, card, over: QWidget) -> None:
        """Repeat what ``card`` (the desk's ResultCard) says, at the top of ``over``."""
        background, text = card.colours()
        self.setStyleSheet(
            f"#scan_toast {{ background: {background}; border-radius: 10px; }}"
            f"#scan_toast QLabel {{ color: {text}; background: transparent; }}"
        )
        pixmap = card.icon.pixmap()
        self.icon.setPixmap(pixmap.scaledToHeight(48, Qt.TransformationMode.SmoothTransformation))
        self.icon.setVisible(not pixmap.isNull())
        self.title.setText(card.title.text())
        line = card.table.text() or card.next_step.text()
        self.line.setText(line)
        self.line.setVisible(bool(line))
        self.adjustSize()
        width = min(max(self.sizeHint().width(), 360), max(over.width(), 360))
        self.resize(width, self.sizeHint().height())
        frame = over.frameGeometry()  # with its title bar: the toast sits just above it
        centre = over.mapToGlobal(QPoint(over.width() // 2, 0)).x()
        self.move(centre - width // 2, max(frame.top() - self.height() - 6, 0))
        self.show()
        self.raise_()
        self._timer.start()
