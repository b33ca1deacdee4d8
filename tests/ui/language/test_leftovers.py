"""Language leftovers the desk no longer has: the badge's place on the card, the guests'
floor plan, German thousands separators, German statistics headers."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QGraphicsSimpleTextItem

from checkin import checkins, guests, programme, stats, tables
from checkin.badges.printlog import PrintRecord
from checkin.ui.desk.counters_view import CountersView
from checkin.ui.desk.result_card import ResultCard
from checkin.ui.language import i18n as ui_i18n
from checkin.ui.reports.stats_view import ItemFiguresModel
from checkin.ui.seating.floor_plan import FloorPlanView


@pytest.fixture
def german(qapp):
    ui_i18n.translations().apply("de")
    yield
    ui_i18n.translations().apply("en")


def test_the_card_says_where_the_badge_waits_in_german(qtbot, event, german):
    anna = next(g for g in guests.list_guests(event) if g.family_name == "Müller")
    record = PrintRecord(anna.id, "2027-04-20T08:00", "a6", "Empfang 1", "", "b1", "M", 12, 3, 1)
    card = ResultCard()
    qtbot.addWidget(card)
    card.show_result(
        checkins.check_in(event, guests.badge_code(event, anna)), badge_location=record
    )
    assert card.next_step.text() == "Namensschild: Kasten M, Bogen 12, Platz 3"


def test_the_guests_floor_plan_names_the_entrance_in_the_events_languages(qtbot, event):
    plan = FloorPlanView(event, dark=True)
    qtbot.addWidget(plan)
    tables.update_table(event, tables.table_by_number(event, 1).id, x=400.0, y=300.0)
    plan.reload()
    assert plan.highlight(1)
    texts = [i.text() for i in plan.scene().items() if isinstance(i, QGraphicsSimpleTextItem)]
    assert "Eingang · Entrance" in texts  # the test event's languages: de, en


def test_german_counts_have_thousands_separators(qtbot, event, german):
    item = programme.active_item(event)
    view = CountersView(event, item)
    qtbot.addWidget(view)
    view.show_stats(stats.ItemStats(item, 20000, 12345, 12000, 345, {"Guest": (12345, 20000)}))
    assert view.total.text() == "12.345 / 20.000 eingecheckt"
    model = ItemFiguresModel()
    assert model.headers()[-2:] == ["Nicht erschienen", "Noch nicht da"]
