"""The guest-facing display during meeting rounds: the round now and the next, in the
guest's language; outside rounds the plain table as before."""

from __future__ import annotations

from datetime import datetime

import pytest

from checkin import checkins, guests, programme, tables
from checkin.rounds import model
from checkin.ui.desk.guest_display import GuestDisplay


@pytest.fixture
def rounds_event(event, clock):
    """Three rounds from 10:00; Ivan (ru) moves 1 → 2 → 1; the clock inside round 1."""
    item = programme.active_item(event)
    model.set_rounds(event, item, 3, first_start="2027-04-20T10:00", minutes=25, pause=5)
    t1, t2 = tables.list_tables(event)
    ivan = next(g for g in guests.list_guests(event) if g.family_name == "Парфёнов")
    for number, table in ((1, t1), (2, t2), (3, t1)):
        model.set_seat(event, item.id, number, ivan.id, table.id)
    clock.now = datetime(2027, 4, 20, 10, 4).astimezone()
    return event, ivan


def texts(display: GuestDisplay) -> dict[str, str]:
    labels = ("table_caption", "table_number", "table_theme", "next_round")
    return {
        name: getattr(display, name).text() if getattr(display, name).isVisibleTo(display) else ""
        for name in labels
    }


def test_display_shows_round_now_and_next_in_russian(qtbot, rounds_event, tmp_path):
    event, ivan = rounds_event
    display = GuestDisplay(event.info.name, event=event)
    qtbot.addWidget(display)
    display.show()
    result = checkins.check_in(event, ivan.id, desk="Desk 1")
    assert result.result is checkins.Result.CHECKED_IN
    display.show_result(result)
    assert display.greeting.text() == "Добро пожаловать, Иван Парфёнов!"
    assert texts(display) == {
        "table_caption": "Сейчас · Раунд 1 · 10:00–10:25",
        "table_number": "1",
        "table_theme": "Medizintechnik",
        "next_round": "Далее: Раунд 2 · 10:30–10:55 – Стол 2, Pflege",
    }
    display.grab().save(str(tmp_path / "display_rounds.png"))
    display.show_ready()
    assert not display.next_round.isVisibleTo(display)


def test_between_rounds_the_next_round_is_shown_large(qtbot, rounds_event, clock):
    event, ivan = rounds_event
    clock.now = datetime(2027, 4, 20, 10, 26).astimezone()
    display = GuestDisplay(event.info.name, event=event)
    qtbot.addWidget(display)
    display.show()
    display.show_result(checkins.check_in(event, ivan.id, desk="Desk 1"))
    assert texts(display)["table_caption"] == "Раунд 2 · 10:30–10:55"
    assert texts(display)["table_number"] == "2"
    assert texts(display)["next_round"] == "Далее: Раунд 3 · 11:00–11:25 – Стол 1, Medizintechnik"


def test_without_rounds_the_plain_table(qtbot, rounds_event):
    event, _ = rounds_event
    anna = next(g for g in guests.list_guests(event) if g.family_name == "Müller")
    display = GuestDisplay(event.info.name, event=event)
    qtbot.addWidget(display)
    display.show()
    display.show_result(checkins.check_in(event, anna.id, desk="Desk 1"))
    assert texts(display) == {
        "table_caption": "Your table",
        "table_number": "1",
        "table_theme": "Medizintechnik",
        "next_round": "",
    }


def test_desk_window_scan_shows_rounds_on_display_and_card(qtbot, rounds_event, tmp_path):
    from checkin.ui.main_window import MainWindow

    event, ivan = rounds_event
    window = MainWindow(event, desk="Empfang 1")
    qtbot.addWidget(window)
    window.resize(1100, 760)
    window.show()
    window.toggle_display()
    display = window.guest_display
    qtbot.addWidget(display)
    window.on_scanned(guests.badge_code(event, ivan))
    assert texts(display)["table_caption"] == "Сейчас · Раунд 1 · 10:00–10:25"
    assert texts(display)["next_round"].startswith("Далее: Раунд 2")
    card = window.scan_view.card
    assert card.table.text() == "Round 1 (now): table 1 – Medizintechnik"  # this round, big
    assert "then round 2: table 2, round 3: table 1" in card.details.text()
    window.grab().save(str(tmp_path / "desk_rounds.png"))
    anna = next(g for g in guests.list_guests(event) if g.family_name == "Müller")
    window.on_scanned(guests.badge_code(event, anna))  # no rounds: the plain table
    assert card.table.text() == "Table 1 – Medizintechnik"


def test_every_place_names_the_same_table_for_the_same_moment(qtbot, rounds_event, tmp_path):
    """Ivan sits at table 2, but round 1 (running now) puts him at table 1: card, guest
    display, guests' floor plan, search row, guest list and badge all say table 1 (and what
    it is), none says table 2."""
    from pypdf import PdfReader
    from PySide6.QtGui import QAction

    from checkin.ui.main_window import MainWindow
    from tests.ui.desk_helpers import collect_opened_pdfs

    event, ivan = rounds_event
    window = MainWindow(event, desk="Empfang 1")
    qtbot.addWidget(window)
    printed = collect_opened_pdfs(window, tmp_path)
    window.toggle_display()
    display = window.guest_display
    qtbot.addWidget(display)
    window.findChild(QAction, "action_guest_floor_plan").trigger()
    plan = window.ctx.seating.guest_floor_plan
    qtbot.addWidget(plan)
    window.on_scanned(guests.badge_code(event, ivan))
    card = window.scan_view.card
    assert card.table.text() == "Round 1 (now): table 1 – Medizintechnik"
    assert texts(display)["table_number"] == "1"
    assert texts(display)["table_caption"].startswith("Сейчас · Раунд 1")
    assert plan.highlighted == 1
    window.show_search()
    window.search_view.query_field.setText("parfenov")
    row = window.search_view.model.index(0).data()
    assert "table 1 (round 1, now)" in row and "table 2" not in row
    model = window.guest_list.model
    column = model.COLUMNS.index("table")
    cell = model.index(model.row_of(ivan.id), column).data()
    assert cell == "1 – Medizintechnik (round 1, now)"
    window.print_badge(guests.get_guest(event, ivan.id))
    badge = PdfReader(str(printed[0])).pages[0].extract_text()
    assert "1 · 2 · 1" in badge and "Стол 2" not in badge
