"""Admin ▸ pretix… in the real desk window, against the real pretix server."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction

from checkin import admin, guests
from checkin.errors import PretixError
from checkin.pretix import connection, push, tokens
from checkin.pretix.tickets import ticket_secret
from checkin.ui.desk.result_card import AMBER, GREEN, RED
from checkin.ui.language import error_text
from checkin.ui.pretix import PretixDialog, open_dialog
from tests.pretix.server import DESK_TOKEN, ORGANIZER
from tests.ui.typing_helpers import focus, scan

WAIT = 30_000


def _fill(dialog, server, pretix_event, token=DESK_TOKEN):
    dialog.url_field.setText(server.url)
    dialog.organizer_field.setText(ORGANIZER)
    dialog.event_field.setText(pretix_event.slug)
    dialog.token_field.setText(token)


def _click_and_wait(qtbot, dialog, button):
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.task is None, timeout=WAIT)


def test_pretix_is_in_the_admin_menu_behind_the_pin(qtbot, window, desk):
    action = window.findChild(QAction, "action_pretix")
    assert action is not None and action in window.menu("admin").actions()
    qtbot.waitUntil(lambda: not action.isEnabled())
    admin.set_pin(desk, "471147")
    window.ctx.admin_gate.ask_pin = lambda *args: "471147"
    assert window.ctx.admin_gate.unlock()
    assert action.isEnabled()
    action.trigger()
    dialog = window.ctx.opened["pretix"]
    assert dialog.isVisible()
    window.ctx.admin_gate.lock()  # it holds the connection form: it closes with admin mode
    assert not dialog.isVisible()


def test_connect_choose_list_pull_scan_push(qtbot, window, desk, pretix_server, pretix_event):
    pretix_event.order(
        {"item": "Besucher", "given": "Anna", "family": "Müller"},
        checkin_text="Sponsor – bitte Geschenk überreichen",
    )
    ivan = pretix_event.order({"given": "Иван", "family": "Парфёнов"}, locale="ru")
    dialog = open_dialog(window.ctx)
    assert dialog.status_label.text() == "Not connected to pretix yet."
    assert not dialog.pull_button.isEnabled()
    _fill(dialog, pretix_server, pretix_event)
    _click_and_wait(qtbot, dialog, dialog.connect_button)
    # The template event has two check-in lists: the dialog asks which one.
    assert "several check-in lists" in dialog.message.text()
    names = [dialog.list_combo.itemText(i) for i in range(dialog.list_combo.count())]
    assert sorted(names) == sorted(f"{i} – {n}" for n, i in pretix_event.lists.items())
    assert connection.load(desk) is None
    dialog.list_combo.setCurrentIndex(dialog.list_combo.findData(pretix_event.lists["Einlass"]))
    _click_and_wait(qtbot, dialog, dialog.connect_button)
    assert dialog.message.text().startswith("Connected: Kooperationsbörse")
    assert dialog.token_field.text() == ""  # not kept in the widget
    assert tokens.load(desk, pretix_server.url, ORGANIZER) == DESK_TOKEN
    assert "Not pulled yet." in dialog.status_label.text()

    with qtbot.waitSignal(window.data_changed, timeout=WAIT):
        qtbot.mouseClick(dialog.pull_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.task is None, timeout=WAIT)
    assert dialog.message.text() == (
        "Pulled – added: 2, updated: 0, cancelled: 0, restored: 0 (orders read: 2)."
    )
    qtbot.waitUntil(lambda: window.model.rowCount() == 2)  # the guest list reloads

    # At the door: Anna's ticket asks for attention, Ivan's does not.
    anna = next(g for g in guests.list_guests(desk) if g.family_name == "Müller")
    focus(qtbot, window, window.scan_field)
    scan(ticket_secret(desk, anna.id))
    card = window.scan_view.card
    assert card.state == AMBER and card.result.guest.id == anna.id
    assert card.notes.text() == (
        "⚠ Attention: Sponsor – bitte Geschenk überreichen · Bitte Ausweis prüfen"
    )
    scan(ivan["positions"][0]["secret"])
    assert card.state == GREEN and card.notes.text() == ""

    qtbot.waitUntil(  # the dialog follows the desk
        lambda: "Check-ins and check-outs waiting to be pushed: 2." in dialog.status_label.text()
    )
    _click_and_wait(qtbot, dialog, dialog.push_button)
    assert dialog.message.text() == "Pushed to pretix – check-ins: 2, annulled: 0, refused: 0."
    assert pretix_event.list_status()["checkin_count"] == 2
    assert "waiting to be pushed: 0." in dialog.status_label.text()


def test_a_wrong_token_is_one_translated_line_and_nothing_is_written(
    qtbot, window, desk, pretix_server, pretix_event
):
    dialog = open_dialog(window.ctx)
    _fill(dialog, pretix_server, pretix_event, token="falsch")
    dialog.list_combo.addItem("Einlass", pretix_event.lists["Einlass"])
    _click_and_wait(qtbot, dialog, dialog.connect_button)
    assert dialog.message.text() == (
        f"pretix at {pretix_server.url} refused the API token; check that it was copied completely."
    )
    assert connection.load(desk) is None and not tokens.token_path(desk).exists()


def test_missing_fields_are_named(qtbot, window):
    dialog = open_dialog(window.ctx)
    qtbot.mouseClick(dialog.connect_button, Qt.MouseButton.LeftButton)
    assert dialog.message.text() == ("Please fill in: server address, organizer, event, API token.")
    assert dialog.task is None


def test_the_admin_changes_a_products_category(qtbot, window, pulled, pretix_event):
    desk = pulled
    dialog = open_dialog(window.ctx)
    model = dialog.products
    row = next(r for r, p in enumerate(model.rows) if p.id == pretix_event.items["Besucher"])
    index = model.index(row, 1)  # the category
    assert index.data() == "Guest (guessed)"
    with qtbot.waitSignal(window.data_changed):
        assert model.setData(index, "VIP")
    assert index.data() == "VIP"
    assert {g.category for g in guests.list_guests(desk)} == {"VIP"}
    assert dialog.message.text() == "Category saved; guests changed with their product: 1."


def test_the_background_push_hands_check_ins_over(qtbot, window, pulled, pretix_event):
    desk = pulled
    anna = guests.list_guests(desk)[0]
    focus(qtbot, window, window.scan_field)
    scan(ticket_secret(desk, anna.id))
    qtbot.waitUntil(lambda: len(push.plan(desk).pending) == 1)  # the scan went through
    pusher = window.ctx.pretix
    with qtbot.waitSignal(pusher.pushed, timeout=WAIT) as pushed:
        assert pusher.tick()
    assert pushed.args[0].pushed == 1
    assert pretix_event.list_status()["checkin_count"] == 1
    assert not pusher.tick()  # nothing pending: no push


def test_an_invalid_pretix_ticket_is_red_with_the_reason(qtbot, window, pulled, pretix_event):
    desk = pulled
    order = pretix_event.order({"given": "Olga", "family": "Smirnova"})
    pretix_event.cancel(order["code"])
    from checkin.pretix import pull

    pull.pull(desk)
    focus(qtbot, window, window.scan_field)
    scan(order["positions"][0]["secret"])
    card = window.scan_view.card
    assert card.state == RED
    assert card.title.text() == "This ticket is not valid here"
    assert card.details.text() == "It was replaced or cancelled in pretix."
    assert push.plan(desk).pending == []


@pytest.mark.parametrize("lang", ["de", "ru"])
def test_the_dialog_speaks_the_staffs_language_and_fits_the_laptop(qtbot, window, desk, lang):
    from PySide6.QtCore import QLocale

    from checkin.ui.language import translations

    locale = QLocale()
    translations().apply(lang)
    try:
        dialog = PretixDialog(desk, window)
        dialog.show_error(error_text(PretixError("pretix_wrong_token", url="https://pretix.eu")))
        dialog.show()
        qtbot.waitExposed(dialog)
        hint = dialog.sizeHint()
        assert hint.width() <= 1366 and hint.height() <= 700  # 768 minus the taskbar
        expected = {
            "de": ("Verbinden", "hat den API-Token abgelehnt"),
            "ru": ("Подключить", "отклонил API-токен"),
        }[lang]
        assert dialog.connect_button.text().replace("&", "") == expected[0]
        assert expected[1] in dialog.message.text()
        dialog.close()
    finally:
        translations().apply("en")
        QLocale.setDefault(locale)
