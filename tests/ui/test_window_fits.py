"""The desk fits a laptop: 1280×720 and 1366×768, every message in view, in every language.

A message staff must see (undo, a failed print, admin mode) is shown in the window above
the desk, not only in the status bar at the bottom edge; and nothing on the card, in the
message strip or in the status bar is cut off or pushed out of the window.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QRect
from PySide6.QtWidgets import QAbstractButton, QLabel

from checkin import guests
from checkin.printing import BadgeState, DeskBadge, FailReason
from checkin.ui.language import i18n as ui_i18n
from checkin.ui.main_window import MainWindow
from tests.helpers import guest_named
from tests.ui.admin_mode import unlock


@pytest.fixture
def english_afterwards(qapp):
    yield
    ui_i18n.translations().apply("en")


def _inside(window, widget) -> bool:
    top_left = widget.mapTo(window, QPoint(0, 0))
    return window.rect().contains(QRect(top_left, widget.size()))


def _problems(window) -> list[str]:
    """Visible labels and buttons that are cut off or stick out of the window."""
    found = []
    for child in window.findChildren(QLabel) + window.findChildren(QAbstractButton):
        if not child.isVisible() or not child.text():
            continue
        if not _inside(window, child):
            found.append(f"outside: {child.objectName() or child.text()[:40]}")
        if isinstance(child, QLabel) and child.wordWrap():
            if child.height() < child.heightForWidth(child.width()) - 1:
                found.append(f"cut: {child.objectName() or child.text()[:40]}")
        elif child.width() < child.minimumSizeHint().width() - 1:
            found.append(f"narrow: {child.objectName() or child.text()[:40]}")
    return found


@pytest.mark.parametrize("size", [(1280, 720), (1366, 768)])
@pytest.mark.parametrize("lang", ["de", "ru", "en"])
def test_every_message_fits_on_a_laptop_screen(qtbot, demo_event, lang, size, english_afterwards):
    ui_i18n.translations().apply(lang)
    window = MainWindow(demo_event, desk="Empfang 1")
    qtbot.addWidget(window)
    window.showNormal()
    window.resize(*size)
    qtbot.waitExposed(window)
    assert window.minimumSizeHint().width() <= size[0]
    assert window.minimumSizeHint().height() <= size[1]
    unlock(window)  # admin mode: its marker at the top right
    guest = next(g for g in guests.list_guests(demo_event) if g.notes and not g.cancelled)
    window.on_scanned(guests.badge_code(demo_event, guest))
    card = window.scan_view.card
    long_path = "/home/empfang/Dokumente/Kooperationsbörse-2027/Namensschilder/badge-123.pdf"
    card.show_badge(DeskBadge(guest.id, BadgeState.NOT_OPENED, pdf=long_path))
    window.ctx.notify(
        "Namensschild Konstantin Konstantinopolski nicht gedruckt (Treiberfehler): "
        "Namensschilder ▸ Druckwarteschlange, R für einen anderen Drucker.",
        error=True,
    )
    qtbot.wait(20)  # layouts settle
    assert window.notice.isVisible() and _inside(window, window.notice)
    assert window.findChild(QLabel, "admin_indicator").isVisible()
    assert window.statusBar().isVisible() and _inside(window, window.statusBar())
    for label in (card.title, card.table, card.details, card.notes, card.badge_line):
        assert label.isVisible() and _inside(window, label), label.objectName()
    assert _problems(window) == []


def test_the_window_opens_maximised_on_a_small_screen(qtbot, event):
    window = MainWindow(event)
    qtbot.addWidget(window)
    screen = window.screen().availableGeometry()
    assert screen.width() < 1440  # the test platform's screen: a small one
    window.show()
    assert window.isMaximized()
    assert window.geometry().height() <= screen.height()


def test_undo_is_told_in_the_window_not_only_the_status_bar(qtbot, window, event):
    window.on_scanned(guests.badge_code(event, guest_named(event, "Müller")))
    window.undo_last()
    assert window.notice.text() == "Check-in of Anna Müller undone."
    window.undo_last()
    assert window.notice.text() == "There is no check-in to undo."


def test_a_failed_badge_of_a_guest_not_on_the_card_is_told_in_the_window(qtbot, window, event):
    anna, ivan = guest_named(event, "Müller"), guest_named(event, "Парфёнов")
    window.on_scanned(guests.badge_code(event, ivan))
    failed = DeskBadge(
        anna.id, BadgeState.FAILED, printer="QL-800", reason=FailReason.OUT_OF_LABELS
    )
    window.ctx.desk_badges.changed.emit(failed)
    assert window.notice.error
    assert window.notice.text().startswith("Anna Müller: Badge NOT printed (out of labels")
    assert window.scan_view.card.result.guest.id == ivan.id  # the card keeps its guest
