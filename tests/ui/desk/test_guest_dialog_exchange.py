"""Languages spoken and consent to share contact details, set at the desk in the guest dialog."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from checkin import audit
from checkin.rounds import model
from checkin.ui.desk.guest_dialog import GuestDialog
from tests.helpers import guest_named as _guest


def _save(qtbot, dialog):
    buttons = dialog.findChild(QDialogButtonBox)
    qtbot.mouseClick(buttons.button(QDialogButtonBox.StandardButton.Save), Qt.LeftButton)


def test_consent_and_languages_set_in_the_dialog(qtbot, event, tmp_path):
    ivan = _guest(event, "Парфёнов")
    dialog = GuestDialog(event, ivan)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.languages.text() == ""  # none set: the guest's language (ru) counts
    assert not dialog.consent.isChecked()
    qtbot.keyClicks(dialog.languages, "Russisch, en")
    qtbot.mouseClick(dialog.consent, Qt.LeftButton)
    dialog.grab().save(str(tmp_path / "guest_dialog.png"))
    _save(qtbot, dialog)
    assert dialog.result() == GuestDialog.DialogCode.Accepted
    person = model.people(event)[ivan.id]
    assert person.languages == ("ru", "en")
    assert person.consent is True
    edits = [e.details for e in audit.entries(event, ivan.id) if e.action == audit.GUEST_EDITED]
    assert {"contact_consent": [False, True]} in edits

    again = GuestDialog(event, ivan)  # shows what is stored; unticking withdraws consent
    qtbot.addWidget(again)
    again.show()
    assert again.languages.text() == "ru, en"
    assert again.consent.isChecked()
    qtbot.mouseClick(again.consent, Qt.LeftButton)
    again.languages.clear()
    _save(qtbot, again)
    person = model.people(event)[ivan.id]
    assert person.consent is False
    assert person.languages == ("ru",)  # back to the guest's language


def test_nothing_is_saved_when_the_guest_cannot_be_saved(qtbot, event):
    anna = _guest(event, "Müller")
    dialog = GuestDialog(event, anna)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.form.inputs["family_name"].setText("")
    dialog.form.inputs["given_name"].setText("")
    qtbot.mouseClick(dialog.consent, Qt.LeftButton)
    qtbot.keyClicks(dialog.languages, "de, en")
    _save(qtbot, dialog)
    assert not dialog.error.isHidden()
    assert dialog.isVisible()
    assert model.has_consent(event, anna.id) is False
    assert model.languages_of(event, anna.id) == ()
