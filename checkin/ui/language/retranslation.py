"""Saying a widget's texts again when the UI language changes.

Qt sends every widget a LanguageChange event when translators are installed. Widgets
hear it through a small event filter rather than a ``changeEvent`` override: PySide6
(6.12) loses a reference to ``None`` each time a Python override of a void virtual
calls the base class, and ``changeEvent`` runs for every font, style, palette and state
change, so such an override brought the interpreter down after a few thousand events.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QWidget


class _LanguageWatcher(QObject):
    def __init__(self, widget: QWidget, retranslate: Callable[[], None]):
        super().__init__(widget)
        self._widget = widget
        self._retranslate = retranslate
        widget.installEventFilter(self)

    def eventFilter(self, obj, ev) -> bool:  # noqa: N802 (Qt's name)
        if obj is self._widget and ev.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        return False


def on_language_change(widget: QWidget, retranslate: Callable[[], None]) -> None:
    """Call ``retranslate`` whenever ``widget`` is told that the UI language changed."""
    _LanguageWatcher(widget, retranslate)
