"""A scanner burst is a check-in in every dialog and window of the desk.

Whatever has the focus — the walk-in form, a guest's edit dialog, the seating window, a
floor plan, the rounds, the statistics, the print queue, import, export, the PIN dialog,
the desks panel — the scanned guest is checked in and shown on the desk's card; the burst
leaves no trace in any field, its Enter submits nothing, and no guest is added.
"""

from __future__ import annotations

import pytest
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QInputDialog, QLineEdit

from checkin import checkins, guests
from checkin.checkins import State
from checkin.ui.desk.guest_dialog import GuestDialog
from checkin.ui.desk.result_card import GREEN
from tests.helpers import guest_named
from tests.ui.admin_mode import unlock
from tests.ui.typing_helpers import scan, type_text


def _trigger(window, name: str) -> None:
    window.findChild(QAction, f"action_{name}").trigger()


def _focus_in(qtbot, top, widget) -> None:
    top.show()
    qtbot.waitExposed(top)
    top.activateWindow()
    top.raise_()
    widget.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is widget, timeout=3000)


def _text(widget) -> str:
    return widget.text() if isinstance(widget, QLineEdit) else ""


def _walkin(window, qtbot, tmp_path):
    window.walkin()
    dialog = window.walkin_dialog
    field = dialog.form.inputs["given_name"]
    return dialog, field


def _guest_edit(window, qtbot, tmp_path):
    dialog = GuestDialog(window.ctx.event, guest_named(window.ctx.event, "Weiß"), window)
    dialog.open()
    return dialog, dialog.form.inputs["organisation"]


def _seating(window, qtbot, tmp_path):
    _trigger(window, "seating")
    view = window.ctx.seating.seating_view
    return view, view.filter_edit


def _floor_plan(window, qtbot, tmp_path):
    _trigger(window, "floor_plan")
    plan = window.ctx.seating.floor_plan
    return plan, plan


def _guest_floor_plan(window, qtbot, tmp_path):
    _trigger(window, "guest_floor_plan")
    plan = window.ctx.seating.guest_floor_plan
    return plan, plan


def _tables(window, qtbot, tmp_path):
    _trigger(window, "edit_tables")
    dialog = window.ctx.seating.tables_dialog
    return dialog, dialog.view


def _rounds(window, qtbot, tmp_path):
    _trigger(window, "meeting_rounds")
    view = window.ctx.opened["rounds_view"]
    return view, view.count_box


def _delegation(window, qtbot, tmp_path):
    _trigger(window, "delegation")
    view = window.ctx.opened["delegation_view"]
    return view, view.from_round


def _statistics(window, qtbot, tmp_path):
    _trigger(window, "statistics")
    view = window.ctx.opened["stats_view"]
    return view, view.items_view


def _print_queue(window, qtbot, tmp_path):
    _trigger(window, "print_queue")
    panel = window.ctx.opened["print_panel"]
    return panel, panel.table


def _export(window, qtbot, tmp_path):
    _trigger(window, "export")
    dialog = window.ctx.opened["export_dialog"]
    return dialog, dialog.path_edit


def _import(window, qtbot, tmp_path):
    listing = tmp_path / "gäste.csv"
    listing.write_text("Vorname;Nachname\nOlga;Smirnova\n", encoding="utf-8")
    importer = window.ctx.importer
    importer.run(listing)
    qtbot.waitUntil(lambda: importer.dialog is not None, timeout=10000)
    dialog = importer.dialog
    field = dialog.findChild(QLineEdit) or dialog
    return dialog, field


def _admin_pin(window, qtbot, tmp_path):
    dialog = QInputDialog(window)  # what Admin ▸ Unlock admin mode… asks with
    dialog.setTextEchoMode(QLineEdit.EchoMode.Password)
    dialog.setLabelText("Admin PIN:")
    dialog.open()
    return dialog, dialog.findChild(QLineEdit)


def _desks(window, qtbot, tmp_path):
    _trigger(window, "desks_panel")
    panel = window.ctx.opened["desks_panel"]
    return panel, panel.table


WINDOWS = {
    "walk-in": _walkin,
    "guest edit": _guest_edit,
    "seating": _seating,
    "floor plan": _floor_plan,
    "guests' floor plan": _guest_floor_plan,
    "tables": _tables,
    "rounds": _rounds,
    "delegation": _delegation,
    "statistics": _statistics,
    "print queue": _print_queue,
    "export": _export,
    "import": _import,
    "admin PIN": _admin_pin,
    "desks": _desks,
}


@pytest.mark.parametrize("where", list(WINDOWS))
def test_a_scan_in_any_window_checks_the_guest_in_and_leaves_no_trace(
    qtbot, window, event, tmp_path, where
):
    unlock(window)
    window.show()
    qtbot.waitExposed(window)
    anna = guest_named(event, "Müller")
    top, field = WINDOWS[where](window, qtbot, tmp_path)
    qtbot.addWidget(top)
    _focus_in(qtbot, top, field)
    if isinstance(field, QLineEdit) and not field.isReadOnly():
        type_text("Ann", gap_ms=150)  # someone was typing there
    before = _text(field)
    count = len(guests.list_guests(event))
    scan(guests.badge_code(event, anna))
    assert checkins.status(event, anna.id, window.ctx.item.id).state is State.IN
    card = window.scan_view.card
    assert card.state == GREEN and card.result.guest.id == anna.id
    assert _text(field) == before  # the field keeps what it had, nothing of the code
    assert len(guests.list_guests(event)) == count  # no walk-in "Ann CK…" registered
    assert top.isVisible()  # its Enter submitted and closed nothing
    assert window.pages.currentWidget() is window.scan_view


def test_a_scan_while_a_secondary_window_is_active_raises_the_desk(qtbot, window, event):
    unlock(window)
    window.show()
    qtbot.waitExposed(window)
    _trigger(window, "seating")
    seating = window.ctx.seating.seating_view
    qtbot.addWidget(seating)
    _focus_in(qtbot, seating, seating.filter_edit)
    scan(guests.badge_code(event, guest_named(event, "Müller")))
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=3000)
    assert window.scanner.source is seating


def test_the_guest_display_with_the_focus_passes_scans_to_the_desk(qtbot, window, event):
    window.show()
    window.toggle_display()
    display = window.guest_display
    qtbot.addWidget(display)
    _focus_in(qtbot, display, display)
    ivan = guest_named(event, "Парфёнов")
    scan(guests.badge_code(event, ivan))
    assert window.scan_view.card.result.guest.id == ivan.id
    assert display.greeting.text().startswith("Добро пожаловать")


def test_a_scan_into_the_join_code_field_stays_there(qtbot, window, event):
    """The join dialog's field is for scanning another desk's code: not a check-in."""
    _trigger(window, "join_desk")
    dialog = window.ctx.opened["join_dialog"]
    qtbot.addWidget(dialog)
    _focus_in(qtbot, dialog, dialog.code_edit)
    scan("CJ1ABCDEFGH", end="")
    assert dialog.code_edit.text() == "CJ1ABCDEFGH"
    assert window.scan_view.card.result is None


def test_burst_keys_never_trigger_a_single_key_shortcut(qtbot, window, event, tmp_path):
    """The print queue's R (another printer) must not fire on the R inside a code."""
    _trigger(window, "print_queue")
    panel = window.ctx.opened["print_panel"]
    qtbot.addWidget(panel)
    fired = []
    panel.retry_selected = lambda: fired.append(True)
    from PySide6.QtGui import QKeySequence, QShortcut

    QShortcut(QKeySequence("R"), panel, lambda: fired.append(True))
    _focus_in(qtbot, panel, panel.table)
    scan("PXRRRRRR7")
    assert fired == []


def test_over_a_dialog_that_hides_the_card_the_result_is_repeated(qtbot, window, event):
    window.show()
    qtbot.waitExposed(window)
    top, field = _walkin(window, qtbot, None)
    _focus_in(qtbot, top, field)
    scan(guests.badge_code(event, guest_named(event, "Müller")))
    toast = window.desk.toast
    assert toast is not None and toast.isVisible()
    assert toast.title.text() == "Welcome, Anna Müller!"
    assert toast.line.text() == window.scan_view.card.table.text()
    assert QApplication.focusWidget() is field  # the dialog keeps the keyboard
