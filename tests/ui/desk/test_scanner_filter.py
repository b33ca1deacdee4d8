"""The scanner filter finds bursts in any field and leaves ordinary typing alone."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit, QPlainTextEdit, QSpinBox, QVBoxLayout, QWidget

from checkin.ui.desk.scanner_filter import ScannerFilter
from tests.ui.typing_helpers import focus, scan, type_text


@pytest.fixture
def form(qtbot):
    window = QWidget()
    window.line = QLineEdit("Anna")
    window.notes = QPlainTextEdit("VIP")
    window.spin = QSpinBox()
    window.spin.setValue(7)
    layout = QVBoxLayout(window)
    for w in (window.line, window.notes, window.spin):
        layout.addWidget(w)
    qtbot.addWidget(window)
    window.filter = ScannerFilter(window).install()
    window.scans = []
    window.filter.scanned.connect(window.scans.append)
    yield window
    window.filter.uninstall()


@pytest.mark.parametrize("field", ["line", "notes"])
def test_burst_into_a_text_field_is_a_scan_and_leaves_no_garbage(qtbot, form, field):
    widget = getattr(form, field)
    focus(qtbot, form, widget)
    before = widget.text() if field == "line" else widget.toPlainText()
    scan("CK1234567890")
    assert form.scans == ["CK1234567890"]
    after = widget.text() if field == "line" else widget.toPlainText()
    assert after == before


def test_qtest_keyclicks_at_scanner_speed(qtbot, form):
    focus(qtbot, form, form.line)
    qtbot.keyClicks(form.line, "PX7F3K9Q2M", delay=1)
    qtbot.keyClick(form.line, Qt.Key.Key_Return)
    assert form.scans == ["PX7F3K9Q2M"]
    assert form.line.text() == "Anna"


def test_tab_ends_a_burst_and_focus_stays(qtbot, form):
    focus(qtbot, form, form.line)
    scan("CK99999999", end="\t")
    assert form.scans == ["CK99999999"]
    assert form.line.hasFocus()


def test_spin_box_keeps_its_value(qtbot, form):
    focus(qtbot, form, form.spin)
    scan("12345678")
    assert form.scans == ["12345678"]
    assert form.spin.value() == 7


def test_ordinary_typing_is_not_stolen(qtbot, form):
    focus(qtbot, form, form.line)
    form.line.clear()
    type_text("Parfenova\n", gap_ms=70)
    assert form.scans == []
    assert form.line.text() == "Parfenova"


def test_typing_then_a_scan_keeps_what_was_typed(qtbot, form):
    focus(qtbot, form, form.line)
    form.line.clear()
    type_text("Müller ", gap_ms=70)
    qtbot.wait(100)
    scan("CK55555555")
    assert form.scans == ["CK55555555"]
    assert form.line.text() == "Müller "


def test_a_window_shortcut_on_enter_does_not_eat_the_burst(qtbot, form):
    from PySide6.QtGui import QKeySequence, QShortcut

    fired = []
    QShortcut(QKeySequence(Qt.Key.Key_Return), form, lambda: fired.append(True))
    focus(qtbot, form, form.line)
    scan("CK7777777777")
    assert form.scans == ["CK7777777777"] and fired == []
    form.line.clear()
    type_text("hello\n", gap_ms=70)  # a person pressing Enter still gets the shortcut
    assert fired == [True] and form.scans == ["CK7777777777"]


def test_a_combo_box_keeps_its_choice(qtbot, form):
    from PySide6.QtWidgets import QComboBox

    combo = QComboBox()
    combo.addItems(["Alpha", "Cafe", "Kiosk", "7 Tage"])
    form.layout().addWidget(combo)
    focus(qtbot, form, combo)
    scan("CK7ABCDEFG")
    assert form.scans == ["CK7ABCDEFG"]
    assert combo.currentText() == "Alpha"
