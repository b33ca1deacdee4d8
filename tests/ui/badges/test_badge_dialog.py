"""Badges ▸ Print badges…: filters, PDF in the background, printing through QPrinter, log."""

from __future__ import annotations

from pathlib import Path

import pypdfium2
import zxingcpp
from pypdf import PdfReader
from PySide6.QtCore import Qt

from checkin import checkins, guests
from checkin.badges import badge_location, get_layout, preferred_layout, prints_of
from checkin.ui.badges.badge_dialog import BadgeDialog
from checkin.ui.main_window import MainWindow
from checkin.ui.printing.badge_printing import make_printer


def _codes(pdf_path: Path) -> list[str]:
    pdf = pypdfium2.PdfDocument(str(pdf_path))
    try:
        found = []
        for page in pdf:
            found += [c.text for c in zxingcpp.read_barcodes(page.render(scale=200 / 72).to_pil())]
        return found
    finally:
        pdf.close()


def _check(dialog, key: str) -> None:
    for row in range(dialog.category_list.count()):
        item = dialog.category_list.item(row)
        if item.data(Qt.ItemDataRole.UserRole) == key:
            item.setCheckState(Qt.CheckState.Checked)


def test_filters_update_the_count(qtbot, event):
    dialog = BadgeDialog(event)
    qtbot.addWidget(dialog)
    assert dialog.count_label.text() == "3 badge(s) will be printed."
    _check(dialog, "Delegation")
    assert dialog.count_label.text() == "1 badge(s) will be printed."
    dialog.table_box.setCurrentIndex(dialog.table_box.findData(1))
    assert dialog.count_label.text() == "0 badge(s) will be printed."
    assert not dialog.print_button.isEnabled()


def test_a_pdf_counts_as_printed_only_when_staff_say_so(qtbot, event, tmp_path):
    dialog = BadgeDialog(event, desk="Empfang 1", operator="eva")
    qtbot.addWidget(dialog)
    dialog.layout_box.setCurrentIndex(dialog.layout_box.findData("insert-90x54"))
    out = tmp_path / "abend.pdf"
    dialog.pdf_path.setText(str(out))
    with qtbot.waitSignal(dialog.finished_batch, timeout=20000) as blocker:
        qtbot.mouseClick(dialog.print_button, Qt.MouseButton.LeftButton)
    batch = blocker.args[0]
    assert "3 badge(s) on 1 sheet(s) saved as" in dialog.status.text()
    assert "not counted as printed" in dialog.status.text()
    assert dialog.progress.value() == dialog.progress.maximum()
    codes = _codes(out)
    assert len(codes) == 3
    for code in codes:
        assert checkins.check_in(event, code).result is checkins.Result.CHECKED_IN
    # Written, not printed: nobody counts as having a badge, and a second run says nothing
    # about badges "printed before".
    assert all(g.badge_printed_count == 0 for g in guests.list_guests(event))
    assert dialog.count_label.text() == "3 badge(s) will be printed."
    assert not dialog.printed_button.isHidden()
    with qtbot.waitSignal(dialog.finished_batch, timeout=2000):
        dialog.printed_button.click()  # the sheets came out of the office printer
    ivan = next(g for g in guests.list_guests(event) if g.family_name == "Парфёнов")
    assert badge_location(event, ivan.id) == batch.location(ivan.id) == "box P, sheet 1, slot 2"
    assert prints_of(event, ivan.id)[0].desk == "Empfang 1"
    assert dialog.count_label.text() == (
        "3 badge(s) will be printed. 3 of them were printed before."
    )  # a second run would print them twice: the dialog says so
    assert dialog.printed_button.isHidden()
    dialog.unprinted.setChecked(True)
    assert dialog.count_label.text() == "0 badge(s) will be printed."
    assert preferred_layout(event).name == "insert-90x54"  # walk-ins get the same stock


def test_direct_printing_goes_through_qprinter(qtbot, event, tmp_path, monkeypatch):
    """A real QPrinter writing its job to a PDF stands in for the printer queue."""
    spooled = tmp_path / "spooled.pdf"
    used = {}

    def printer_to_file(layout, name):
        used["layout"], used["name"] = layout, name
        return make_printer(layout, name, pdf_path=spooled)

    dialog = BadgeDialog(event)
    dialog.make_printer = printer_to_file
    qtbot.addWidget(dialog)
    dialog.to_printer.setEnabled(True)
    dialog.to_printer.setChecked(True)
    dialog.layout_box.setCurrentIndex(dialog.layout_box.findData("cr80"))
    _check(dialog, "Press")
    with qtbot.waitSignal(dialog.finished_batch, timeout=20000):
        dialog.print_button.click()
    assert used["layout"].name == "cr80" and used["name"] == ""
    pdf = pypdfium2.PdfDocument(str(spooled))
    width, height = pdf[0].get_size()
    pdf.close()
    cr80 = get_layout("cr80")
    assert abs(width - cr80.page_width * 72 / 25.4) < 1.5
    assert abs(height - cr80.page_height * 72 / 25.4) < 1.5
    [code] = _codes(spooled)
    jorg = next(g for g in guests.list_guests(event) if g.family_name == "Weiß")
    assert code == guests.badge_code(event, jorg)
    assert guests.get_guest(event, jorg.id).badge_printed_count == 1


def test_a_failing_printer_says_so_and_logs_nothing(qtbot, event, tmp_path):
    def broken(pdf_path, printer, progress=None):
        raise OSError(5, "printer is offline")

    dialog = BadgeDialog(event)
    dialog.print_pdf = broken
    dialog.make_printer = lambda layout, name: None
    qtbot.addWidget(dialog)
    dialog.to_printer.setEnabled(True)
    dialog.to_printer.setChecked(True)
    dialog.start()
    qtbot.waitUntil(lambda: "not printed" in dialog.status.text(), timeout=20000)
    assert "printer is offline" in dialog.status.text()
    assert all(badge_location(event, g.id) is None for g in guests.list_guests(event))
    assert dialog.print_button.isEnabled()


def test_a_missing_folder_is_refused_before_rendering(qtbot, event, tmp_path):
    dialog = BadgeDialog(event)
    qtbot.addWidget(dialog)
    dialog.pdf_path.setText(str(tmp_path / "nope" / "b.pdf"))
    dialog.start()
    assert "does not exist" in dialog.status.text() and dialog.task is None


def test_the_badges_menu_opens_the_dialog_for_the_selected_guest(qtbot, event, tmp_path):
    window = MainWindow(event)
    qtbot.addWidget(window)
    window.show_list()
    anna = next(g for g in guests.list_guests(event) if g.family_name == "Müller")
    window.guest_list.select_guest(anna.id)
    action = window.findChild(type(window.menu("badges").actions()[0]), "action_print_badges")
    assert action in window.menu("badges").actions()
    action.trigger()
    dialog = window.ctx.opened["badge_dialog"]
    assert dialog.only_selected.isChecked()
    assert [g.id for g in dialog.chosen_guests()] == [anna.id]
    assert dialog.grab().save(str(tmp_path / "badge_dialog.png"))
    dialog.close()


def test_the_back_side_choice_follows_the_layout_and_reaches_the_pdf(qtbot, event, tmp_path):
    dialog = BadgeDialog(event)
    qtbot.addWidget(dialog)
    assert not dialog.back_box.isEnabled()  # A6 single has no back
    dialog.layout_box.setCurrentIndex(dialog.layout_box.findData("insert-90x54-duplex"))
    assert dialog.back_box.isEnabled() and dialog.back_box.currentData() == "table"
    dialog.back_box.setCurrentIndex(dialog.back_box.findData("programme"))
    out = tmp_path / "duplex.pdf"
    dialog.pdf_path.setText(str(out))
    with qtbot.waitSignal(dialog.finished_batch, timeout=20000):
        dialog.start()
    backs = PdfReader(str(out)).pages[1].extract_text()
    assert "Программа" in backs and "Programm" in backs


def test_the_guest_list_shows_the_badge_as_printed_after_a_batch(qtbot, event, tmp_path):
    window = MainWindow(event)
    qtbot.addWidget(window)
    column = window.model.COLUMNS.index("printed")

    def printed_cells():
        return [window.model.index(r, column).data() for r in range(window.model.rowCount())]

    before = printed_cells()
    from checkin.ui.badges import actions as feature_badges

    dialog = feature_badges.open_dialog(window.ctx)
    dialog.pdf_path.setText(str(tmp_path / "b.pdf"))
    with qtbot.waitSignal(dialog.finished_batch, timeout=20000):
        dialog.start()
    qtbot.wait(50)
    assert printed_cells() == before  # only saved as a PDF: nobody has a badge yet
    dialog.printed_button.click()  # the sheets were printed
    qtbot.waitUntil(lambda: printed_cells() != before, timeout=5000)
    assert all(printed_cells())
    dialog.close()


def test_a_proof_copy_is_not_counted_as_printed(qtbot, event, tmp_path):
    dialog = BadgeDialog(event)
    qtbot.addWidget(dialog)
    dialog.proof.setChecked(True)
    dialog.pdf_path.setText(str(tmp_path / "proof.pdf"))
    with qtbot.waitSignal(dialog.finished_batch, timeout=20000):
        dialog.start()
    assert len(_codes(tmp_path / "proof.pdf")) == 3
    assert all(g.badge_printed_count == 0 for g in guests.list_guests(event))
    assert dialog.count_label.text() == "3 badge(s) will be printed."
