"""Names with HTML, SQL, formulas, right-to-left and zero-width characters are shown as
the plain text they are: at the desk, on the guest-facing display, in the guest list."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import Qt as QtGui
from PySide6.QtWidgets import QLabel

from checkin import checkins, guests, tables
from checkin.ui.desk.guest_display import GuestDisplay
from checkin.ui.desk.guest_model import GuestTableModel
from checkin.ui.desk.scan_view import ScanView

NAMES = [
    ("<b>Fett</b><img src=x onerror=alert(1)>", "<i>Kursiv</i>"),
    ("Robert'); DROP TABLE guests;--", '=HYPERLINK("http://x")'),
    ("\u202eevil", "Ива\u200bнов"),
]


def _shown_as_plain_text(label: QLabel) -> bool:
    if label.textFormat() == Qt.TextFormat.PlainText:
        return True
    if label.textFormat() == Qt.TextFormat.RichText:
        return False
    return not QtGui.mightBeRichText(label.text())  # AutoText: Qt guesses


@pytest.mark.parametrize(("given", "family"), NAMES)
def test_result_card_and_guest_display_show_names_as_plain_text(qtbot, event, given, family):
    table = tables.list_tables(event)[0]
    guest = guests.add_guest(
        event, given_name=given, family_name=family, organisation="<u>Org</u>", table_id=table.id
    )
    view = ScanView(event)
    qtbot.addWidget(view)
    view.scan_text(guests.badge_code(event, guest))
    assert checkins.status(event, guest.id, view.item.id).state is checkins.State.IN
    card_labels = [lab for lab in view.card.findChildren(QLabel) if lab.text()]
    assert any(given in lab.text() for lab in card_labels)
    assert [lab.objectName() for lab in card_labels if not _shown_as_plain_text(lab)] == []

    display = GuestDisplay(event.info.name)
    qtbot.addWidget(display)
    display.show_result(view.last_outcome.result)
    shown = [lab for lab in display.findChildren(QLabel) if lab.text()]
    assert any(given in lab.text() for lab in shown)
    assert [lab.objectName() for lab in shown if not _shown_as_plain_text(lab)] == []


def test_guest_list_model_returns_names_unchanged(qtbot, event):
    for given, family in NAMES:
        guests.add_guest(event, given_name=given, family_name=family)
    item = checkins.programme.active_item(event)
    model = GuestTableModel(event, item)
    column = {c: i for i, c in enumerate(model.COLUMNS)}
    shown = {model.data(model.index(row, column["given_name"])) for row in range(model.rowCount())}
    assert {g for g, _ in NAMES} <= shown
