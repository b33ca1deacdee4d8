"""Guest categories are stored as keys but shown to staff in the UI language."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QLocale

from checkin import guests
from checkin.ui.language.i18n import translations
from checkin.ui.main_window import MainWindow


@pytest.fixture
def german(qapp):
    before_lang, before_locale = translations(qapp).language, QLocale()
    translations(qapp).apply("de")
    yield
    translations(qapp).apply(before_lang)
    QLocale.setDefault(before_locale)  # later tests see the locale they started with


def test_counters_card_and_list_show_translated_categories(qtbot, event, german):
    window = MainWindow(event)
    qtbot.addWidget(window)
    anna = next(g for g in guests.list_guests(event) if g.family_name == "Müller")
    window.on_scanned(guests.badge_code(event, anna))
    assert window.scan_view.card.details.text().startswith("Gast · Müller GmbH")
    chips = window.counters.counts()
    assert chips["Guest"].startswith("Gast ") and chips["Delegation"].startswith("Delegation ")
    model = window.model
    column = model.COLUMNS.index("category")
    shown = {model.data(model.index(r, column)) for r in range(model.rowCount())}
    assert {"Gast", "Delegation", "Presse"} <= shown
