"""Walk-ins: while the name is typed, the registered guest it may be is offered; Enter
checks them in instead, and a second record is only made on purpose."""

from __future__ import annotations

from PySide6.QtCore import Qt

from checkin import checkins, guests
from checkin.checkins import State
from checkin.ui.desk.result_card import GREEN
from tests.ui.typing_helpers import focus, type_text


def _open_walkin(qtbot, window):
    focus(qtbot, window, window.scan_field)
    qtbot.keyClick(window.scan_field, Qt.Key.Key_F4)
    dialog = window.walkin_dialog
    qtbot.waitUntil(lambda: dialog.form.inputs["given_name"].hasFocus(), timeout=2000)
    return dialog


def _type_name(qtbot, dialog, given: str, family: str) -> None:
    type_text(given, gap_ms=150)
    qtbot.keyClick(dialog.form.inputs["given_name"], Qt.Key.Key_Tab)
    type_text(family, gap_ms=150)
    qtbot.waitUntil(lambda: not dialog._lookup.isActive(), timeout=2000)


def _matches(dialog) -> list[str]:
    return [dialog.matches.item(i).text() for i in range(dialog.matches.count())]


def test_markus_mueller_is_offered_markus_mueller_and_enter_checks_him_in(qtbot, window, event):
    markus = guests.add_guest(
        event, given_name="Markus", family_name="Müller", organisation="MedTech"
    )
    count = len(guests.list_guests(event))
    dialog = _open_walkin(qtbot, window)
    _type_name(qtbot, dialog, "Markus", "Mueller")
    assert dialog.matches.isVisible()
    assert _matches(dialog)[0].startswith("Markus Müller")
    assert dialog.take_button.isDefault() and not dialog.register_button.isVisible()
    qtbot.keyClick(dialog.form.inputs["family_name"], Qt.Key.Key_Return)  # one key
    assert not dialog.isVisible()
    assert len(guests.list_guests(event)) == count  # no second record
    assert checkins.status(event, markus.id, window.ctx.item.id).state is State.IN
    card = window.scan_view.card
    assert card.state == GREEN and card.result.guest.id == markus.id


def test_parfenowa_is_offered_parfyonova_in_cyrillic(qtbot, window, event):
    olga = guests.add_guest(event, given_name="Ольга", family_name="Парфёнова", language="ru")
    dialog = _open_walkin(qtbot, window)
    _type_name(qtbot, dialog, "Olga", "Parfenowa")
    assert _matches(dialog)[0].startswith("Ольга Парфёнова")
    qtbot.keyClick(dialog.form.inputs["family_name"], Qt.Key.Key_Down)  # ↑ ↓ choose
    assert dialog.matches.currentRow() == min(1, dialog.matches.count() - 1)
    qtbot.keyClick(dialog.form.inputs["family_name"], Qt.Key.Key_Up)
    dialog.take_selected()
    assert dialog.registered_guest.id == olga.id


def test_registering_anyway_is_an_explicit_choice(qtbot, window, event):
    guests.add_guest(event, given_name="Markus", family_name="Müller")
    count = len(guests.list_guests(event))
    dialog = _open_walkin(qtbot, window)
    _type_name(qtbot, dialog, "Markus", "Mueller")
    assert dialog.new_button.isVisible()
    dialog.new_button.click()  # another Markus Mueller, on purpose (Alt+N)
    assert not dialog.isVisible()
    assert len(guests.list_guests(event)) == count + 1
    newest = max(guests.list_guests(event), key=lambda g: g.id)
    assert newest.family_name == "Mueller"


def test_a_family_name_is_needed_unless_the_person_has_one_name(qtbot, window, event):
    count = len(guests.list_guests(event))
    dialog = _open_walkin(qtbot, window)
    type_text("Sukarno", gap_ms=150)
    qtbot.keyClick(dialog.form.inputs["given_name"], Qt.Key.Key_Return)
    assert dialog.isVisible() and not dialog.error.isHidden()
    assert "family name" in dialog.error.text()
    assert len(guests.list_guests(event)) == count
    dialog.single_name.setChecked(True)
    qtbot.keyClick(dialog.form.inputs["given_name"], Qt.Key.Key_Return)
    assert not dialog.isVisible()
    assert len(guests.list_guests(event)) == count + 1
