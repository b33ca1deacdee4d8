"""New badge and substitute from the desk: the old badge is void, the new one printed."""

from __future__ import annotations

import pypdfium2
import zxingcpp
from PySide6.QtWidgets import QDialogButtonBox

from checkin import admin, guests
from checkin.ui.badges import lifecycle_actions as feature_badge_lifecycle
from checkin.ui.badges.reissue_dialog import ReissueDialog, SubstituteDialog
from checkin.ui.desk.result_card import AMBER, GREEN
from tests.helpers import guest_named as _guest
from tests.ui.typing_helpers import type_text


def _codes(pdf_path):
    pdf = pypdfium2.PdfDocument(str(pdf_path))
    try:
        image = pdf[0].render(scale=200 / 72).to_pil()
        return [c.text for c in zxingcpp.read_barcodes(image)]
    finally:
        pdf.close()


def _ok(dialog):
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()


def test_lost_badge_from_the_card_voids_it_and_prints_the_new_one(qtbot, window, event):
    anna = _guest(event, "Müller")
    old_code = guests.badge_code(event, anna)
    window.scan_view.scan_text(old_code)
    assert window.scan_view.card.state == GREEN
    new_badge = window.findChild(type(window.menu("badges").menuAction()), "action_new_badge")
    new_badge.trigger()  # a new badge voids the old one: admin mode only
    assert not new_badge.isEnabled() and "lifecycle_dialog" not in window.ctx.opened
    admin.set_pin(event, "471100")
    window.ctx.admin_gate.ask_pin = lambda *_: "471100"
    assert window.ctx.admin_gate.unlock()
    new_badge.trigger()
    dialog = window.ctx.opened["lifecycle_dialog"]
    assert isinstance(dialog, ReissueDialog) and dialog.guest.id == anna.id
    assert dialog.reason.currentData() == "lost"
    _ok(dialog)
    new_code = guests.badge_code(event, guests.get_guest(event, anna.id))
    assert new_code != old_code
    assert len(window.printed) == 1 and _codes(window.printed[0]) == [new_code]
    assert "void" in window.statusBar().currentMessage()
    window.scan_view.scan_text(old_code)
    assert window.scan_view.card.state == AMBER
    assert "reported lost" in window.scan_view.card.details.text()


def test_substitute_from_the_guest_list(qtbot, window, event):
    ivan = _guest(event, "Парфёнов")
    old_code = guests.badge_code(event, ivan)
    window.show_list()
    window.guest_list.select_guest(ivan.id)
    dialog = feature_badge_lifecycle.open_dialog(window.ctx, SubstituteDialog)
    assert dialog.guest.id == ivan.id
    _ok(dialog)  # no name yet: refused, nothing changed
    assert dialog.isVisible() and "given name or a family name" in dialog.error.text()
    type_text("Ольга", 0, dialog.inputs["given_name"])
    type_text("Смирнова", 0, dialog.inputs["family_name"])
    _ok(dialog)
    after = guests.get_guest(event, ivan.id)
    assert after.full_name == "Ольга Смирнова" and after.table_id == ivan.table_id
    assert _codes(window.printed[0]) == [guests.badge_code(event, after)]
    window.scan_view.scan_text(old_code)
    assert window.scan_view.card.state == AMBER
    assert window.scan_view.card.title.text() == "Old badge of Иван Парфёнов – it was replaced"


def test_without_a_guest_the_desk_says_what_to_do(qtbot, window):
    assert feature_badge_lifecycle.open_dialog(window.ctx, ReissueDialog) is None
    assert "Choose a guest first" in window.statusBar().currentMessage()
