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
from tests.ui.typing_helpers import focus, scan, type_text


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


def test_each_refusal_shows_its_card(qtbot, window, event, tmp_path):
    view = window.scan_view
    anna, weiss = _guest(event, "Müller"), _guest(event, "Weiß")
    cases = []
    view.scan_text("PX-NOBODY")
    cases.append((Result.UNKNOWN_CODE, view.card.state, view.card.title.text()))
    forged = guests.badge_code(event, anna)[:-1] + "0"
    forged = forged if forged != guests.badge_code(event, anna) else forged[:-1] + "1"
    view.scan_text(forged)
    cases.append((Result.FORGED_CODE, view.card.state, view.card.title.text()))
    view.scan_text(_other_event_code(tmp_path))
    cases.append((Result.OTHER_EVENT, view.card.state, view.card.title.text()))
    guests.set_cancelled(event, weiss.id)
    view.scan_text(guests.badge_code(event, weiss))
    cases.append((Result.CANCELLED, view.card.state, view.card.title.text()))
    old_code = guests.badge_code(event, anna)
    event.db.execute("UPDATE guests SET badge_version = 2 WHERE id = ?", [anna.id])
    event.db.conn.commit()
    view.scan_text(old_code)
    cases.append((Result.REPLACED_BADGE, view.card.state, view.card.title.text()))
    assert [c[1] for c in cases] == [RED, RED, RED, RED, AMBER]
    assert "Unknown code" in cases[0][2]
    assert "Invalid" in cases[1][2]
    assert "another event" in cases[2][2]
    assert "Jörg Weiß has cancelled" in cases[3][2]
    assert "replaced" in cases[4][2]
    assert view.card.next_step.text()  # every refusal says what to do next


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


def test_green_card_shows_table_category_notes_and_returns_to_ready(qtbot, event):
    anna = _guest(event, "Müller")
    guests.update_guest(event, anna.id, notes="VIP – Geschenk abholen")
    win = MainWindow(event)
    qtbot.addWidget(win)
    win.scan_view.card.hold_ms = 200
    win.on_scanned(guests.badge_code(event, anna))
    card = win.scan_view.card
    assert card.table.text() == "Table 1 – Medizintechnik"
    assert "Guest" in card.details.text() and "Müller GmbH" in card.details.text()
    assert "Geschenk abholen" in card.notes.text()
    qtbot.waitUntil(lambda: card.state == READY, timeout=2000)


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
    # The badge was printed at once: the PDF holds the guest's code, readable by a scanner.
    assert len(window.printed) == 1
    assert _decoded_codes(window.printed[0]) == [guests.badge_code(event, olga)]
    assert guests.get_guest(event, olga.id).badge_printed_count == 1


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
    assert card.next_step.text() == "Badge printed – hand it over."
    assert card.print_button.isHidden()
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
    import time

    anna = _guest(event, "Müller")
    code = guests.badge_code(event, anna)
    window.show_list()
    field = window.guest_list.filter_field
    field.setText("Wei")
    focus(qtbot, window, field)
    type_text(code[:4], gap_ms=3)  # these keys land in the field: no burst yet
    time.sleep(0.12)  # the scanner stalls
    scan(code[4:])
    assert window.scan_view.card.state == GREEN
    assert window.scan_view.card.result.guest.id == anna.id
    assert field.text() == "Wei"
