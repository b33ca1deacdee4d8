"""The amber card for a replaced badge: when, where, why, who holds the current one, what to do."""

from __future__ import annotations

import os

import pytest

from checkin import guests
from checkin.badge_lifecycle import mark_lost, reprint, substitute
from checkin.checkins import Result
from checkin.ui.desk.result_card import AMBER, GREEN
from checkin.ui.main_window import MainWindow
from tests.helpers import guest_named as _guest

SHOTS = os.environ.get("CHECKIN_SHOTS")  # a folder to keep the screenshots in


@pytest.fixture
def window(qtbot, event, tmp_path):
    win = MainWindow(event, desk="Eingang Süd")
    qtbot.addWidget(win)
    win.resize(900, 600)
    return win


def test_a_lost_badge_shows_amber_with_when_where_and_who(qtbot, window, event):
    anna = _guest(event, "Müller")
    lost_code = guests.badge_code(event, anna)
    new = mark_lost(event, anna.id, desk="Info Foyer", operator="Petra")
    outcome = window.scan_view.scan_text(lost_code)
    card = window.scan_view.card
    assert outcome.result.result is Result.REPLACED_BADGE
    assert card.state == AMBER
    assert card.title.text() == "Old badge of Anna Müller – it was replaced"
    assert card.details.text().startswith("Replaced ")
    assert "at desk Info Foyer – reported lost" in card.details.text()
    assert "Anna Müller has the current badge" in card.next_step.text()
    assert "check the ID" in card.next_step.text()
    assert card.table.isHidden() and card.print_button.isHidden()
    if SHOTS:
        window.show()
        qtbot.waitExposed(window)
        window.scan_view.grab().save(f"{SHOTS}/replaced-lost.png")
    window.scan_view.scan_text(new.code)
    assert card.state == GREEN


def test_a_substituted_badge_names_the_old_person_and_the_new_holder(qtbot, window, event):
    ivan = _guest(event, "Парфёнов")
    old_code = guests.badge_code(event, ivan)
    substitute(event, ivan.id, given_name="Ольга", family_name="Смирнова", desk="Empfang 1")
    window.scan_view.scan_text(old_code)
    card = window.scan_view.card
    assert card.state == AMBER
    assert card.title.text() == "Old badge of Иван Парфёнов – it was replaced"
    assert "at desk Empfang 1 – a colleague took the place" in card.details.text()
    assert card.next_step.text().startswith("The registration now belongs to Ольга Смирнова.")
    if SHOTS:
        window.show()
        qtbot.waitExposed(window)
        window.scan_view.grab().save(f"{SHOTS}/replaced-substitute.png")


def test_a_reprinted_badge_says_a_newer_one_exists(qtbot, window, event):
    anna = _guest(event, "Müller")
    old_code = guests.badge_code(event, anna)
    reprint(event, anna.id, "typo", desk="Empfang 2")
    window.scan_view.scan_text(old_code)
    card = window.scan_view.card
    assert card.state == AMBER
    assert "at desk Empfang 2 – misprinted" in card.details.text()
    assert card.next_step.text().startswith("A newer badge was printed for Anna Müller.")
