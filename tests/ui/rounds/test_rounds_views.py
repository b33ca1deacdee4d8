"""The meeting-rounds and delegation views, driven with qtbot on the demo event."""

from __future__ import annotations

import pypdf
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction

from checkin import checkins, guests
from checkin.rounds import delegations, schedules, service
from checkin.ui.main_window import MainWindow
from checkin.ui.rounds.delegation_view import DelegationView
from checkin.ui.rounds.rounds_view import RoundsView
from tests.ui.admin_mode import unlock


def _check_in_all_but(event, item, missing_names):
    for g in guests.list_guests(event, include_cancelled=False):
        if g.family_name in missing_names:
            continue
        checkins.check_in(event, guests.badge_code(event, g), item)


def test_delegation_view_shows_no_shows_and_replans_the_remaining_rounds(
    qtbot, demo_event, tmp_path
):
    window = MainWindow(demo_event)
    qtbot.addWidget(window)
    item = window.ctx.item
    before = service.load(demo_event, item)
    _check_in_all_but(demo_event, item, {"Кузнецов", "Морозова"})

    unlock(window)  # planning rounds is an admin action
    window.findChild(QAction, "action_delegation").trigger()
    view = window.findChild(DelegationView)
    qtbot.addWidget(view)
    assert view.arrived_model.rowCount() == 9
    missing = {view.missing_model.row(i)[0] for i in range(view.missing_model.rowCount())}
    # names with their passport spelling, for staff who do not read Cyrillic
    assert missing == {"Дмитрий Кузнецов (Dmitrii Kuznetsov)", "Елена Морозова (Elena Morozova)"}
    leader_rows = [view.arrived_model.row(i)[0] for i in range(view.arrived_model.rowCount())]
    assert "Алексей Парфёнов (Aleksei Parfenov) ★" in leader_rows
    # Морозова is the only visitor at table 4 (Lebensmittel): it loses its partner each round
    affected = [view.affected_model.row(i) for i in range(view.affected_model.rowCount())]
    lonely = [r for r in affected if r[1].startswith("4")]
    assert [r[0] for r in lonely] == [1, 2, 3] and all(r[3] != "–" for r in lonely)
    assert "9 of 11 arrived, 2 missing." in view.summary.text()

    view.from_round.setValue(2)
    with qtbot.waitSignal(view.replanned) as blocker:
        qtbot.mouseClick(view.replan_button, Qt.MouseButton.LeftButton)
    changed = blocker.args[0]
    after = service.load(demo_event, item)
    assert after.seating[1] == before.seating[1]
    gone = {
        g.id for g in guests.list_guests(demo_event) if g.family_name in {"Кузнецов", "Морозова"}
    }
    for number in (2, 3):
        assert not gone & {g for gs in after.seating[number].values() for g in gs}
    assert gone <= changed
    assert "schedules changed" in view.summary.text()
    # table 4 still has no visitor to meet in rounds 2 and 3: it stays on the list
    affected = [view.affected_model.row(i) for i in range(view.affected_model.rowCount())]
    assert [(r[0], r[1][:1], r[2]) for r in affected] == [
        (2, "4", "Елена Морозова (Elena Morozova)"),
        (3, "4", "Елена Морозова (Elena Morozova)"),
    ]

    out = tmp_path / "changed.pdf"
    view.ask_pdf_path = lambda parent: str(out)
    qtbot.mouseClick(view.print_button, Qt.MouseButton.LeftButton)
    reader = pypdf.PdfReader(str(out))
    expected = [p for p in schedules.schedule_order(after) if p.id in changed]
    assert len(reader.pages) == len(expected) > 0
    assert expected[0].full_name in reader.pages[0].extract_text()


def test_rounds_view_lists_tables_and_plans(qtbot, demo_event, tmp_path):
    window = MainWindow(demo_event)
    qtbot.addWidget(window)
    unlock(window)  # planning rounds is an admin action
    window.findChild(QAction, "action_meeting_rounds").trigger()
    view = window.findChild(RoundsView)
    qtbot.addWidget(view)
    assert view.round_box.count() == 3
    assert view.tables_model.rowCount() == 6
    first = view.tables_model.row(0)
    assert first[0] == 1 and "Парфёнов" in first[2]
    view.count_box.setValue(4)
    with qtbot.waitSignal(view.planned):
        qtbot.mouseClick(view.plan_button, Qt.MouseButton.LeftButton)
    assert view.round_box.count() == 4
    assert len(service.load(demo_event, window.ctx.item).rounds) == 4
    assert delegations.list_delegations(demo_event)[0].name == "Delegation Omsk"
    out = tmp_path / "hosts.pdf"
    view.ask_pdf_path = lambda parent: str(out)
    qtbot.mouseClick(view.hosts_button, Qt.MouseButton.LeftButton)
    assert len(pypdf.PdfReader(str(out)).pages) == 6
    assert "6 host sheets written" in view.summary.text()
