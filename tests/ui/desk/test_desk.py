"""The real desk window: scans from any field, every card, search, undo, walk-ins, display."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from checkin import checkins, codes, guests, programme
from checkin.checkins import Result, State
from checkin.event import Event, EventInfo
from checkin.keyinput.layouts import typed_on
from checkin.ui.desk.result_card import AMBER, GREEN, READY, RED
from checkin.ui.main_window import MainWindow
from tests.helpers import guest_named as _guest
from tests.ui.typing_helpers import focus, pause, scan, type_text


def _state(event, guest, window):
    return checkins.status(event, guest.id, window.ctx.item.id).state


def test_scan_into_an_unrelated_field_checks_in_and_the_field_keeps_no_garbage(
    qtbot, window, event
):
    anna = _guest(event, "Müller")
    window.show_list()
    field = window.guest_list.filter_field
    field.setText("Wei")
    focus(qtbot, window, field)
    scan(guests.badge_code(event, anna))
    assert window.pages.currentWidget() is window.scan_view
    assert window.scan_view.card.state == GREEN
    assert _state(event, anna, window) is State.IN
    assert field.text() == "Wei"


def test_qtest_keyclicks_at_scanner_speed_into_the_search_field(qtbot, window, event):
    ivan = _guest(event, "Парфёнов")
    window.show_search()
    focus(qtbot, window, window.search_view.query_field)
    qtbot.keyClicks(window.search_view.query_field, guests.badge_code(event, ivan), delay=1)
    qtbot.keyClick(window.search_view.query_field, Qt.Key.Key_Return)
    assert _state(event, ivan, window) is State.IN
    assert window.search_view.query_field.text() == ""


@pytest.mark.parametrize("layout", ["de", "fr", "ru"])
def test_garbled_layouts_check_the_right_guest_in(qtbot, window, event, layout):
    # Give Anna a code with letters that each layout moves (Y/Z, A/Q/W/M, all Latin).
    anna = _guest(event, "Müller")
    moved = {"de": "YZ", "fr": "AQWZM", "ru": "ABCDEFGH"}[layout]
    code = guests.badge_code(event, anna)
    while not any(ch in code[2:] for ch in moved):
        event.db.execute("UPDATE guests SET token = ? WHERE id = ?", [codes.new_token(), anna.id])
        event.db.conn.commit()
        code = guests.badge_code(event, _guest(event, "Müller"))
    focus(qtbot, window, window.scan_field)
    scan(typed_on(layout, code))
    card = window.scan_view.card
    assert card.state == GREEN
    assert card.result.guest.id == anna.id
    assert _state(event, anna, window) is State.IN
    assert layout in window.scan_view.repair_note.text()


def _other_event_code(tmp_path):
    other = Event.create(tmp_path / "other.checkin", EventInfo(name="Andere Börse"))
    code = codes.make_code(other.secret, codes.new_token())
    other.close()
    return code


def test_each_refusal_shows_its_card_with_its_own_shape(qtbot, window, event, tmp_path):
    view = window.scan_view
    anna, weiss = _guest(event, "Müller"), _guest(event, "Weiß")
    code = guests.badge_code(event, anna)
    cases = []

    def seen(result):
        card = view.card
        cases.append((result, card.state, card.kind, card.title.text(), card.next_step.text()))

    view.scan_text("PX-NOBODY")
    seen(Result.UNKNOWN_CODE)
    typo = code[:-1] + ("0" if code[-1] != "0" else "1")  # one character typed wrong
    view.scan_text(typo)
    seen(Result.MISTYPED_CODE)
    signed = code[:-3] + ("0" if code[-3] != "0" else "1") + code[-2]
    view.scan_text(signed + codes._check_char(signed))  # passes the check, not the signature
    seen(Result.FORGED_CODE)
    view.scan_text(_other_event_code(tmp_path))
    seen(Result.OTHER_EVENT)
    guests.set_cancelled(event, weiss.id)
    view.scan_text(guests.badge_code(event, weiss))
    seen(Result.CANCELLED)
    event.db.execute("UPDATE guests SET badge_version = 2 WHERE id = ?", [anna.id])
    event.db.conn.commit()
    view.scan_text(code)
    seen(Result.REPLACED_BADGE)
    assert [c[1] for c in cases] == [RED, AMBER, RED, RED, RED, AMBER]
    kinds = [c[2] for c in cases]
    assert len(set(kinds)) == len(kinds)  # every result its own shape, not only its colour
    assert not view.card.icon.pixmap().isNull()
    assert "Unknown code" in cases[0][3]
    assert cases[1][3] == "Typing error in the code"
    assert "type it again or search (F3)" in cases[1][4]
    assert "Invalid" in cases[2][3]
    assert "another event" in cases[3][3]
    assert "Jörg Weiß has cancelled" in cases[4][3]
    assert "replaced" in cases[5][3]
    assert all(c[4] for c in cases)  # every refusal says what to do next


def test_a_typed_code_with_one_wrong_character_says_typing_error(qtbot, window, event):
    anna = _guest(event, "Müller")
    code = guests.badge_code(event, anna)
    focus(qtbot, window, window.scan_field)
    wrong = code[:8] + ("A" if code[8] != "A" else "B") + code[9:]
    type_text(wrong + "\n", gap_ms=150)  # typed by hand, not scanned
    card = window.scan_view.card
    assert card.result.result is Result.MISTYPED_CODE
    assert card.title.text() == "Typing error in the code"
    assert _state(event, anna, window) is State.NOT_YET


def test_already_checked_in_shows_time_and_desk(qtbot, window, event):
    anna = _guest(event, "Müller")
    code = guests.badge_code(event, anna)
    window.on_scanned(code)
    window.on_scanned(code)
    card = window.scan_view.card
    assert card.state == AMBER
    assert "already checked in" in card.title.text()
    assert "Empfang 1" in card.details.text()


def test_not_on_this_list_names_the_item(qtbot, window, event):
    visits = next(i for i in programme.list_items(event) if not i.all_guests)
    window.item_box.setCurrentIndex(window.item_box.findData(visits.id))
    assert window.ctx.item.id == visits.id
    window.on_scanned(guests.badge_code(event, _guest(event, "Müller")))
    card = window.scan_view.card
    assert card.state == RED and "not on this list" in card.title.text()
    assert visits.name in card.next_step.text()


def test_the_card_keeps_its_result_until_the_next_scan(qtbot, event, key_clock):
    anna = _guest(event, "Müller")
    guests.update_guest(event, anna.id, notes="VIP – Geschenk abholen")
    win = MainWindow(event)
    qtbot.addWidget(win)
    win.on_scanned(guests.badge_code(event, anna))
    card = win.scan_view.card
    assert card.table.text() == "Table 1 – Medizintechnik"
    assert "Guest" in card.details.text() and "Müller GmbH" in card.details.text()
    assert "Geschenk abholen" in card.notes.text()
    assert not card.print_button.isHidden()
    assert not card._timer.isActive()  # no timer runs: 60 s later it is all still there
    qtbot.wait(50)
    assert card.state == GREEN and not card.print_button.isHidden()
    win.on_scanned("PX-NOBODY")  # the next scan replaces it
    assert card.state == RED


def test_an_idle_timeout_is_a_setting(qtbot, event):
    from PySide6.QtCore import QSettings

    QSettings().setValue("desk/card_idle_seconds", 0.05)
    try:
        win = MainWindow(event)
        qtbot.addWidget(win)
        win.on_scanned(guests.badge_code(event, _guest(event, "Müller")))
        qtbot.waitUntil(lambda: win.scan_view.card.state == READY, timeout=3000)
    finally:
        QSettings().remove("desk/card_idle_seconds")


def test_refusals_beep_by_default(qtbot, event, monkeypatch):
    from PySide6.QtWidgets import QApplication

    beeps = []
    monkeypatch.setattr(QApplication, "beep", staticmethod(lambda: beeps.append(1)))
    win = MainWindow(event)
    qtbot.addWidget(win)
    assert win.actions_by_name["sounds"].isChecked()
    win.on_scanned(guests.badge_code(event, _guest(event, "Müller")))
    win.on_scanned("PX-NOBODY")
    assert beeps == [1]  # the refusal, not the welcome
    win.actions_by_name["sounds"].setChecked(False)
    win.on_scanned("PX-NOBODY")
    assert beeps == [1]
    win.actions_by_name["sounds"].setChecked(True)


def test_search_across_scripts_and_enter_checks_in(qtbot, window, event):
    ivan, anna = _guest(event, "Парфёнов"), _guest(event, "Müller")
    focus(qtbot, window, window.scan_field)
    qtbot.keyClick(window.scan_field, Qt.Key.Key_F3)
    field = window.search_view.query_field
    assert field.hasFocus()
    type_text("parfenov", gap_ms=60)
    assert [g.id for g in window.search_view.model.guests] == [ivan.id]
    qtbot.wait(80)
    qtbot.keyClick(field, Qt.Key.Key_Return)
    assert _state(event, ivan, window) is State.IN
    assert window.pages.currentWidget() is window.scan_view
    assert window.scan_view.card.result.guest.id == ivan.id

    qtbot.keyClick(window.scan_field, Qt.Key.Key_F3)
    type_text("parf", gap_ms=60)  # the list tells who is in already
    model = window.search_view.model
    assert "already checked in" in model.data(model.index(0))
    window.search_view.query_field.clear()
    type_text("мюллер", gap_ms=60)
    assert [g.id for g in window.search_view.model.guests] == [anna.id]
    qtbot.wait(80)
    qtbot.keyClick(window.search_view.query_field, Qt.Key.Key_Return)
    assert _state(event, anna, window) is State.IN


def test_arrow_keys_choose_among_results(qtbot, window, event):
    guests.add_guest(event, given_name="Anna", family_name="Schmidt")
    window.show_search()
    field = window.search_view.query_field
    focus(qtbot, window, field)
    type_text("anna", gap_ms=60)
    assert len(window.search_view.model.guests) == 2
    first = window.search_view.selected_guest()
    qtbot.keyClick(field, Qt.Key.Key_Down)
    second = window.search_view.selected_guest()
    assert first is not None and second is not None and first.id != second.id
    qtbot.wait(80)
    qtbot.keyClick(field, Qt.Key.Key_Return)
    assert _state(event, second, window) is State.IN


def test_undo_last_check_in(qtbot, window, event):
    anna = _guest(event, "Müller")
    window.on_scanned(guests.badge_code(event, anna))
    assert _state(event, anna, window) is State.IN
    focus(qtbot, window, window.scan_field)
    qtbot.keyClick(window.scan_field, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert _state(event, anna, window) is State.NOT_YET
    assert "undone" in window.statusBar().currentMessage()
    assert window.scan_view.card.state == READY


def test_guest_list_filters_checks_out_and_counts(qtbot, window, event):
    anna = _guest(event, "Müller")
    window.on_scanned(guests.badge_code(event, anna))
    qtbot.waitUntil(lambda: window.counters.total.text() == "1 / 3 checked in", timeout=2000)
    view = window.guest_list
    view.status_box.setCurrentIndex(view.status_box.findData("in"))
    assert view.proxy.rowCount() == 1
    view.table.selectRow(0)
    assert view.selected_guest().id == anna.id
    view.check_out_selected()
    assert _state(event, anna, window) is State.OUT
    qtbot.wait(20)  # the list reloads once the event loop runs
    view.status_box.setCurrentIndex(view.status_box.findData("out"))
    assert view.proxy.rowCount() == 1
    view.table.selectRow(0)
    view.undo_selected()  # the check-out was a mistake
    assert _state(event, anna, window) is State.IN
    view.status_box.setCurrentIndex(0)
    view.filter_field.setText("парфенов")
    assert view.proxy.rowCount() == 1


def test_counts_are_per_programme_item(qtbot, window, event):
    ivan = _guest(event, "Парфёнов")
    window.on_scanned(guests.badge_code(event, ivan))
    qtbot.waitUntil(lambda: "(1/3)" in window.item_box.currentText(), timeout=2000)
    visits = next(i for i in programme.list_items(event) if not i.all_guests)
    window.item_box.setCurrentIndex(window.item_box.findData(visits.id))
    assert window.counters.total.text() == "0 / 1 checked in"
    window.on_scanned(guests.badge_code(event, ivan))
    assert window.scan_view.card.state == GREEN  # a fresh check-in at this item
    qtbot.waitUntil(lambda: "(1/1)" in window.item_box.currentText(), timeout=2000)


def test_edit_a_guest_in_the_dialog(qtbot, window, event):
    from checkin.ui.desk.guest_dialog import GuestDialog

    anna = _guest(event, "Müller")
    dialog = GuestDialog(event, anna, window)
    qtbot.addWidget(dialog)
    dialog.form.inputs["organisation"].setText("Müller & Söhne GmbH")
    dialog.form.inputs["notes"].setText("Rollstuhl")
    dialog.save()
    assert guests.get_guest(event, anna.id).organisation == "Müller & Söhne GmbH"
    assert guests.get_guest(event, anna.id).notes == "Rollstuhl"
    dialog2 = GuestDialog(event, anna, window)
    qtbot.addWidget(dialog2)
    dialog2.form.inputs["given_name"].setText("")
    dialog2.form.inputs["family_name"].setText("")
    dialog2.save()
    assert not dialog2.error.isHidden() and "name" in dialog2.error.text()


def test_walk_in_registered_with_the_keyboard(qtbot, window, event):
    focus(qtbot, window, window.scan_field)
    qtbot.keyClick(window.scan_field, Qt.Key.Key_F4)
    dialog = window.walkin_dialog
    assert dialog is not None and dialog.isVisible()
    qtbot.waitUntil(lambda: dialog.form.inputs["given_name"].hasFocus(), timeout=2000)
    type_text("Olga", gap_ms=60)
    qtbot.keyClick(dialog.form.inputs["given_name"], Qt.Key.Key_Tab)
    type_text("Смирнова", gap_ms=60)
    qtbot.keyClick(dialog.form.inputs["family_name"], Qt.Key.Key_Return)
    assert not dialog.isVisible()
    olga = _guest(event, "Смирнова")
    assert olga.given_name == "Olga"
    assert _state(event, olga, window) is State.IN
    assert window.scan_view.card.state == GREEN
    # The badge was made at once: the PDF holds the guest's code, readable by a scanner.
    assert len(window.printed) == 1
    assert _decoded_codes(window.printed[0]) == [guests.badge_code(event, olga)]
    # No printer took it (the desk has none): opened as a PDF, it is not counted as printed.
    assert guests.get_guest(event, olga.id).badge_printed_count == 0
    assert "not printed" in window.scan_view.card.badge_line.text()


def _decoded_codes(pdf_path):
    import pypdfium2
    import zxingcpp

    pdf = pypdfium2.PdfDocument(str(pdf_path))
    try:
        image = pdf[0].render(scale=200 / 72).to_pil()
    finally:
        pdf.close()
    return [r.text for r in zxingcpp.read_barcodes(image)]


def test_guest_display_greets_in_the_guests_language_with_the_table(qtbot, window, event):
    ivan = _guest(event, "Парфёнов")
    window.toggle_display()
    display = window.guest_display
    qtbot.addWidget(display)
    assert display.isVisible()
    window.on_scanned(guests.badge_code(event, ivan))
    assert display.greeting.text() == "Добро пожаловать, Иван Парфёнов!"
    assert display.table_caption.text() == "Ваш стол"
    assert display.table_number.text() == "2"
    assert display.table_theme.text() == "Pflege"
    window.on_scanned("nobody")  # refusals are not shown to the guest
    assert display.table_number.text() == "2"


def test_print_badge_now_from_the_green_card_then_its_location_is_shown(qtbot, window, event):
    anna = _guest(event, "Müller")
    code = guests.badge_code(event, anna)
    focus(qtbot, window, window.scan_field)
    scan(code)
    card = window.scan_view.card
    assert card.state == GREEN and not card.print_button.isHidden()
    assert "F8" in card.next_step.text()
    qtbot.keyClick(window.scan_field, Qt.Key.Key_F8)
    qtbot.waitUntil(lambda: bool(window.printed), timeout=3000)  # buttons animate the click first
    assert _decoded_codes(window.printed[0]) == [code]
    # Only opened in a PDF viewer: saved, not printed, and the guest is not counted as printed.
    assert card.badge_line.text().startswith("Badge saved as PDF and opened – not printed")
    assert card.print_button.isHidden() and not card.printed_button.isHidden()
    assert guests.get_guest(event, anna.id).badge_printed_count == 0
    qtbot.keyClick(window.scan_field, Qt.Key.Key_F9)  # staff printed it from the viewer
    qtbot.waitUntil(lambda: card.badge_line.text() == "Badge printed – hand it over.", timeout=3000)
    assert card.printed_button.isHidden()
    assert guests.get_guest(event, anna.id).badge_printed_count == 1
    window.undo_last()
    window.on_scanned(code)
    assert card.print_button.isHidden()
    assert card.next_step.text().startswith("Badge: ")
    assert "sheet 1, slot 1" in card.next_step.text()  # where the badge just printed is


def test_search_index_built_in_the_background_for_large_events(qtbot, window, event):
    view = window.search_view
    view.index = None
    view.refresh_index(background=True)
    qtbot.waitUntil(lambda: view.index is not None, timeout=5000)
    assert [g.family_name for g in view.run_query("parfenov")] == ["Парфёнов"]


def test_guest_list_sorts_by_table_on_request(qtbot, window, event):
    view = window.guest_list
    # in the staff's order: Парфёнов (Parfenov) between Müller and Weiß
    assert [view.model.guest(r).family_name for r in range(3)] == ["Müller", "Парфёнов", "Weiß"]
    view.table.sortByColumn(view.model.COLUMNS.index("table"), Qt.SortOrder.DescendingOrder)
    first = view.model.guest(view.proxy.mapToSource(view.proxy.index(0, 0)).row())
    assert first.family_name == "Weiß"  # "no table" sorts as the highest number


def test_a_scanner_that_stalls_after_a_few_keys_still_checks_in(qtbot, window, event):
    anna = _guest(event, "Müller")
    code = guests.badge_code(event, anna)
    window.show_list()
    field = window.guest_list.filter_field
    field.setText("Wei")
    focus(qtbot, window, field)
    type_text(code[:4], gap_ms=3)  # these keys land in the field: no burst yet
    pause(120)  # the scanner stalls
    type_text(code[4:] + "\n", gap_ms=3)
    assert window.scan_view.card.state == GREEN
    assert window.scan_view.card.result.guest.id == anna.id
    assert field.text() == "Wei"
