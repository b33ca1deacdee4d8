"""Kiosk mode: full screen, scan view and welcome card only, and no way out without the PIN."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit, QMenuBar

from checkin import admin, checkins, guests
from checkin.ui.admin import actions as feature_admin
from checkin.ui.main_window import MainWindow

from .test_feature_admin import Pins


def _kiosk(qtbot, event, *answers):
    admin.set_pin(event, "471100")
    window = MainWindow(event)
    qtbot.addWidget(window)
    window.show()
    window.ctx.admin_gate.ask_pin = Pins(*answers)
    kiosk = feature_admin.start_kiosk(window.ctx)
    qtbot.addWidget(kiosk)
    qtbot.waitExposed(kiosk)
    return window, kiosk


def test_kiosk_is_full_screen_with_only_the_scan_view(qtbot, event):
    window, kiosk = _kiosk(qtbot, event)
    assert kiosk.isFullScreen() and kiosk.isVisible()
    assert not window.isVisible()
    assert kiosk.findChildren(QMenuBar) == []
    assert [f.objectName() for f in kiosk.findChildren(QLineEdit)] == ["code_field"]


def test_guest_checks_in_at_the_kiosk_and_sees_the_welcome_card(qtbot, event, tmp_path):
    window, kiosk = _kiosk(qtbot, event)
    anna = next(g for g in guests.list_guests(event) if g.given_name == "Anna")
    field = kiosk.scan_view.code_field
    qtbot.keyClicks(field, guests.badge_code(event, anna))
    qtbot.keyClick(field, Qt.Key.Key_Return)
    assert checkins.status(event, anna.id, window.ctx.item.id).state is checkins.State.IN
    assert kiosk.scan_view.card.state == "green"
    assert "Anna" in kiosk.scan_view.card.title.text()
    assert not kiosk.scan_view.card.print_button.isVisible()  # staff print, not guests
    entry = checkins.log_entries(event)[-1]
    assert entry.desk == "kiosk"


def test_close_alt_f4_and_esc_do_not_leave_without_the_pin(qtbot, event):
    window, kiosk = _kiosk(qtbot, event, None, "000000", "111100")
    kiosk.close()  # the close button or Alt+F4: the window manager asks to close
    qtbot.wait(20)
    assert kiosk.isVisible() and not kiosk.is_leaving  # PIN dialog cancelled
    qtbot.keyClick(kiosk.scan_view.code_field, Qt.Key.Key_Escape)
    assert kiosk.isVisible()  # wrong PIN
    qtbot.keyClick(kiosk, Qt.Key.Key_F4, Qt.KeyboardModifier.AltModifier)
    kiosk.close()
    qtbot.wait(20)
    assert kiosk.isVisible() and not window.isVisible()
    assert len(window.ctx.admin_gate.ask_pin.asked) >= 3


def test_the_right_pin_leaves_the_kiosk_back_to_the_desk(qtbot, event):
    window, kiosk = _kiosk(qtbot, event, "471100")
    with qtbot.waitSignal(kiosk.left):
        qtbot.keyClick(kiosk.scan_view.code_field, Qt.Key.Key_Escape)
    assert not kiosk.isVisible()
    assert window.isVisible()
    assert not window.ctx.admin_gate.unlocked  # leaving the kiosk does not open admin mode


def test_kiosk_needs_a_pin_before_it_starts(qtbot, event):
    window = MainWindow(event)
    qtbot.addWidget(window)
    window.ctx.admin_gate.ask_pin = Pins(None)  # asked to choose a PIN, cancelled
    assert feature_admin.start_kiosk(window.ctx) is None
    assert not admin.has_pin(event)
