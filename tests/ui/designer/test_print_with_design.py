"""Printing with a design is for the staff: the print dialog shows the check and refuses a
design whose QR code would not scan; designing is behind the admin PIN."""

from __future__ import annotations

from PySide6.QtCore import Qt

from checkin.badges.designs import store
from checkin.badges.designs.model import Design, Element, Face, TextPart
from checkin.ui.badges.badge_dialog import BadgeDialog
from tests.core.badges.conftest import decode, rasterise


def _design(name, qr_side):
    return Design(name, 90, 54, Face((
        Element("text", 4, 4, 50, 12, parts=(TextPart(field="full_name", max_size=20),)),
        Element("text", 4, 40, 50, 8, parts=(TextPart(field="fixed", text={
            "de": "Presse", "ru": "Пресса", "en": "Press"}, max_size=12),)),
        Element("qr", 88 - qr_side, 2, qr_side, qr_side),
    )))  # fmt: skip


def test_the_dialog_checks_the_design_and_prints_with_it(qtbot, event, tmp_path):
    store.save_design(event, _design("Winzig", 12))
    store.save_design(event, _design("Gut", 26))
    store.choose_design(event, "Gut")
    dialog = BadgeDialog(event)
    qtbot.addWidget(dialog)
    assert dialog.design_box.currentData() == "Gut"
    qtbot.waitUntil(lambda: dialog.check.report is not None, timeout=10000)
    assert not dialog.check.report.refused and dialog.print_button.isEnabled()
    dialog.design_box.setCurrentIndex(dialog.design_box.findData("Winzig"))
    qtbot.waitUntil(lambda: dialog.check.report.design == "Winzig", timeout=10000)
    assert dialog.check.report.refused
    assert "cannot be printed" in dialog.check.summary.text()
    assert not dialog.print_button.isEnabled()
    dialog.design_box.setCurrentIndex(dialog.design_box.findData("Gut"))
    qtbot.waitUntil(lambda: dialog.check.report.design == "Gut", timeout=10000)
    out = tmp_path / "gut.pdf"
    dialog.pdf_path.setText(str(out))
    dialog.layout_box.setCurrentIndex(dialog.layout_box.findData("insert-90x54"))
    qtbot.waitUntil(dialog.print_button.isEnabled, timeout=10000)
    with qtbot.waitSignal(dialog.finished_batch, timeout=20000):
        qtbot.mouseClick(dialog.print_button, Qt.MouseButton.LeftButton)
    page = rasterise(out, dpi=150)[0]
    assert len(decode(page)) == 3


def test_design_badges_waits_for_the_admin_pin_and_print_badges_does_not(window):
    design = next(a for a in window.actions() + window.menu("badges").actions()
                  if a.objectName() == "action_design_badges")  # fmt: skip
    printing = next(a for a in window.menu("badges").actions()
                    if a.objectName() == "action_print_badges")  # fmt: skip
    window.ctx.admin_gate.apply()
    assert not design.isEnabled() and printing.isEnabled()
