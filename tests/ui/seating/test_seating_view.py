"""The seating window: drag and drop, seating by hand, filters, over capacity, floor plan,
and every window list showing the new table at once."""

from __future__ import annotations

from pypdf import PdfReader
from PySide6.QtCore import QModelIndex, QPointF, Qt
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QLabel

from checkin import guests, tables
from checkin.seating import assign
from checkin.ui.seating.auto_seat_dialog import AutoSeatDialog
from checkin.ui.seating.floor_plan import FloorPlanView
from checkin.ui.seating.seating_model import MIME, SeatingModel
from checkin.ui.seating.seating_view import SeatingView
from checkin.ui.seating.table_dialog import TableDialog, TablesDialog
from tests.helpers import guest_named as _guest
from tests.ui.desk_helpers import collect_opened_pdfs


def _drag(kind, pos: QPointF, *args):
    """A drag event at ``pos``: PySide6 6.12 takes a QPointF, earlier versions a QPoint."""
    try:
        return kind(pos, *args)
    except TypeError:
        return kind(pos.toPoint(), *args)


def _view(qtbot, ev) -> SeatingView:
    view = SeatingView(ev)
    qtbot.addWidget(view)
    view.show()
    qtbot.waitExposed(view)
    return view


def _proxy_index_of_guest(view: SeatingView, guest_id: int) -> QModelIndex:
    model = view.model
    for row in range(model.rowCount()):
        group = model.index(row, 0)
        for child in range(model.rowCount(group)):
            index = model.index(child, 0, group)
            if model.guest(index).id == guest_id:
                return view.proxy.mapFromSource(index)
    raise AssertionError(guest_id)


def _table_row(view: SeatingView, number: int) -> QModelIndex:
    table = tables.table_by_number(view._core, number)
    return view.proxy.mapFromSource(view.model.table_index(table.id))


def test_drop_mime_data_seats_an_unseated_guest_with_lock(qtbot, demo_event):
    view = _view(qtbot, demo_event)
    roth = _guest(demo_event, "Roth")
    assert roth.table_id is None
    mime = view.proxy.mimeData([_proxy_index_of_guest(view, roth.id)])
    assert mime.hasFormat(MIME)
    target = _table_row(view, 3)
    assert view.proxy.canDropMimeData(mime, Qt.DropAction.MoveAction, -1, -1, target)
    with qtbot.waitSignal(view.changed, timeout=1000):
        assert view.proxy.dropMimeData(mime, Qt.DropAction.MoveAction, -1, -1, target)
    roth = guests.get_guest(demo_event, roth.id)
    assert roth.table_id == tables.table_by_number(demo_event, 3).id
    assert roth.table_locked
    # the table row now counts 14 of 14, the unseated list lost one guest
    assert _table_row(view, 3).siblingAtColumn(SeatingModel.SEATS).data() == "14/14"
    assert "66 without" not in view.status.text()
    assert assign.history(demo_event, roth.id)[-1].source == "manual"


def test_real_drop_event_on_the_tree_moves_a_guest_between_tables(qtbot, demo_event):
    view = _view(qtbot, demo_event)
    tree = view.tables_view
    jaeger = _guest(demo_event, "Jäger")  # at table 1
    mime = view.proxy.mimeData([_proxy_index_of_guest(view, jaeger.id)])
    target = _table_row(view, 4)
    tree.scrollTo(target)
    rect = tree.visualRect(target)
    pos = QPointF(rect.center())
    # what Qt delivers when the mouse is dragged over and released on the row "Table 4"
    actions = Qt.DropAction.MoveAction | Qt.DropAction.CopyAction
    buttons, mods = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    enter = _drag(QDragEnterEvent, pos, actions, mime, buttons, mods)
    QApplication.sendEvent(tree.viewport(), enter)
    move = _drag(QDragMoveEvent, pos, actions, mime, buttons, mods)
    QApplication.sendEvent(tree.viewport(), move)
    assert move.isAccepted()
    drop = QDropEvent(pos, actions, mime, buttons, mods)
    with qtbot.waitSignal(view.changed, timeout=1000):
        QApplication.sendEvent(tree.viewport(), drop)
    assert (
        guests.get_guest(demo_event, jaeger.id).table_id == tables.table_by_number(demo_event, 4).id
    )


def test_seat_by_hand_with_the_table_box(qtbot, demo_event):
    view = _view(qtbot, demo_event)
    becker = _guest(demo_event, "Becker")
    index = _proxy_index_of_guest(view, becker.id)
    view.unseated_view.selectionModel().select(
        index,
        view.unseated_view.selectionModel().SelectionFlag.ClearAndSelect
        | view.unseated_view.selectionModel().SelectionFlag.Rows,
    )
    view.seat_box.setCurrentIndex(view.seat_box.findData(tables.table_by_number(demo_event, 2).id))
    with qtbot.waitSignal(view.changed, timeout=1000):
        qtbot.mouseClick(view.seat_button, Qt.MouseButton.LeftButton)
    assert (
        guests.get_guest(demo_event, becker.id).table_id == tables.table_by_number(demo_event, 2).id
    )
    # and off again
    index = _proxy_index_of_guest(view, becker.id)
    view.tables_view.selectionModel().select(
        index,
        view.tables_view.selectionModel().SelectionFlag.ClearAndSelect
        | view.tables_view.selectionModel().SelectionFlag.Rows,
    )
    qtbot.mouseClick(view.unseat_button, Qt.MouseButton.LeftButton)
    assert guests.get_guest(demo_event, becker.id).table_id is None


def test_over_capacity_shown_in_red_and_filtered(qtbot, demo_event):
    view = _view(qtbot, demo_event)
    it = tables.table_by_number(demo_event, 5)  # 12 of 12
    view.model.seat([_guest(demo_event, "Roth").id], it.id)
    row = _table_row(view, 5)
    assert row.siblingAtColumn(SeatingModel.SEATS).data() == "13/12"
    assert row.data(SeatingModel.OverCapacityRole) is True
    assert row.data(Qt.ItemDataRole.ForegroundRole).color().name() == "#c62828"
    assert "Over capacity: table 5." in view.status.text()
    view.table_filter.setCurrentIndex(view.table_filter.findData("over"))
    shown = [view.proxy.index(r, 0).data() for r in range(view.proxy.rowCount())]
    assert shown == ["Not seated", "Table 5 – IT & Digitalisierung"]


def test_text_filter_finds_cyrillic_by_latin_spelling(qtbot, demo_event):
    view = _view(qtbot, demo_event)
    qtbot.keyClicks(view.filter_edit, "parf")
    visible = []
    for r in range(view.proxy.rowCount()):
        group = view.proxy.index(r, 0)
        visible += [view.proxy.index(c, 0, group).data() for c in range(view.proxy.rowCount(group))]
    assert sorted(visible) == [
        "Алексей Парфёнов (Aleksei Parfenov)",
        "Ирина Парфёнова (Irina Parfenova)",
    ]


def test_lock_checkbox(qtbot, demo_event):
    view = _view(qtbot, demo_event)
    weiss = _guest(demo_event, "Vogt")
    index = _proxy_index_of_guest(view, weiss.id).siblingAtColumn(SeatingModel.SEATS)
    assert index.data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Unchecked
    assert view.proxy.setData(index, Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole)
    assert guests.get_guest(demo_event, weiss.id).table_locked


def test_automatic_seating_dialog_previews_then_applies(qtbot, demo_event):
    view = _view(qtbot, demo_event)
    dialog = AutoSeatDialog(demo_event, view)
    qtbot.addWidget(dialog)
    assert "5 change table, 0 cannot be seated" in dialog.summary.text()
    assert guests.get_guest(demo_event, _guest(demo_event, "Roth").id).table_id is None
    top = dialog.report.topLevelItem(0)
    assert top.text(0).endswith("(5)")
    assert "No field given" in top.child(0).text(2)
    dialog.accept()
    assert dialog.changed == 5
    view.reload()
    assert _guest(demo_event, "Roth").table_id is not None


def test_floor_plan_highlights_a_table_and_follows_changes(qtbot, demo_event):
    tables.update_table(demo_event, tables.table_by_number(demo_event, 1).id, x=1, y=1)
    tables.update_table(demo_event, tables.table_by_number(demo_event, 2).id, x=4, y=1)
    plan = FloorPlanView(demo_event, editable=True)
    qtbot.addWidget(plan)
    plan.resize(800, 600)
    plan.show()
    assert plan.highlight(2)
    assert plan.items_by_number[2].opacity() == 1.0
    assert plan.items_by_number[1].opacity() < 0.5
    assert len(plan._way) == 3  # dashed way, arrow head, "Entrance"
    assert not plan.highlight(99)
    # tables 1 and 2 are 3 units apart: scaled so they do not overlap
    one, two = plan.items_by_number[1].pos(), plan.items_by_number[2].pos()
    assert two.x() - one.x() > 150
    # dragging a table in edit mode saves its position in the plan's units
    item = plan.items_by_number[1]
    item.setPos(one.x(), one.y() + (two.x() - one.x()))
    with qtbot.waitSignal(plan.table_moved):
        plan._moved(item)
    moved = tables.table_by_number(demo_event, 1)
    assert (moved.x, moved.y) == (1, 4)
    assign.assign(demo_event, _guest(demo_event, "Roth").id, moved.id)
    plan.reload()
    assert plan.items_by_number[1].fill.text() == "12/12"


def test_table_dialogs_create_edit_and_refuse_duplicates(qtbot, demo_event, tmp_path):
    dialog = TableDialog(demo_event)
    qtbot.addWidget(dialog)
    assert dialog.number.value() == 7
    dialog.name.setText("Tourismus")
    dialog.theme.setCurrentText("Tourismus")
    dialog.capacity.setValue(8)
    dialog.accept()
    assert tables.table_by_number(demo_event, 7).capacity == 8
    again = TableDialog(demo_event)
    qtbot.addWidget(again)
    again.number.setValue(7)
    again.accept()
    assert "already exists" in again.message.text()
    assert again.result() == 0
    csv = tmp_path / "t.csv"
    csv.write_text("Tisch;Thema;Plätze\n8;Logistik;6\n", encoding="utf-8")
    listing = TablesDialog(demo_event)
    qtbot.addWidget(listing)
    listing.open_file = lambda *a: (str(csv), "")
    with qtbot.waitSignal(listing.changed):
        listing.import_file()
    assert listing.model.rowCount() == 8
    assert "1 tables added" in listing.message.text()


def test_window_list_and_welcome_card_show_the_new_table_at_once(qtbot, demo_event, tmp_path):
    from checkin.ui.main_window import MainWindow

    window = MainWindow(demo_event)
    qtbot.addWidget(window)
    window.show()
    view = window.ctx.seating.show_seating()
    qtbot.addWidget(view)
    roth = _guest(demo_event, "Roth")
    model = window.model
    column = model.COLUMNS.index("table")

    def table_in_window_list() -> str:
        row = next(r for r in range(model.rowCount()) if model.guest(r).id == roth.id)
        return model.index(row, column).data()

    assert not table_in_window_list()
    mime = view.proxy.mimeData([_proxy_index_of_guest(view, roth.id)])
    with qtbot.waitSignal(window.data_changed, timeout=1000):
        view.proxy.dropMimeData(mime, Qt.DropAction.MoveAction, -1, -1, _table_row(view, 5))
    # the window reloads its views once the current event is handled (a zero-delay timer)
    qtbot.waitUntil(lambda: table_in_window_list() == "5 – IT", timeout=1000)
    # the welcome card of the next scan shows the table, and the floor plan its new fill
    qtbot.keyClicks(window.scan_field, guests.badge_code(demo_event, roth))
    qtbot.keyClick(window.scan_field, Qt.Key.Key_Return)
    card_table = window.findChild(QLabel, "card_table")
    assert "5" in card_table.text()
    # a badge printed now carries the new table
    printed = collect_opened_pdfs(window, tmp_path)
    assert window.print_badge(guests.get_guest(demo_event, roth.id)) is not None
    badge_text = PdfReader(str(printed[0])).pages[0].extract_text()
    assert "Tisch 5" in badge_text, badge_text
    assert view.floor_plan.items_by_number[5].fill.text() == "13/12"
    # a table edited elsewhere (Edit tables…) reaches the open seating window
    dialog = window.ctx.seating.edit_tables()
    qtbot.addWidget(dialog)
    tables.update_table(demo_event, tables.table_by_number(demo_event, 5).id, capacity=14)
    dialog.changed.emit()
    assert _table_row(view, 5).siblingAtColumn(SeatingModel.SEATS).data() == "13/14"


def test_tables_menu_prints_both_lists(qtbot, demo_event):
    from checkin.ui.main_window import MainWindow

    window = MainWindow(demo_event)
    qtbot.addWidget(window)
    opened = []
    window.ctx.seating.pdf_opener = opened.append
    window.ctx.seating.actions["host_lists"].trigger()
    window.ctx.seating.actions["door_overview"].trigger()
    qtbot.waitUntil(lambda: len(opened) == 2, timeout=10000)  # rendered in the background
    assert sorted(p.name for p in opened) == ["seating-overview.pdf", "table-hosts.pdf"]
    assert all(p.stat().st_size > 5000 for p in opened)


def test_guest_floor_plan_lights_up_the_table_of_each_check_in(qtbot, demo_event):
    from checkin.ui.main_window import MainWindow

    window = MainWindow(demo_event)
    qtbot.addWidget(window)
    window.show()
    plan = window.ctx.seating.show_guest_floor_plan()
    qtbot.addWidget(plan)
    assert plan.highlighted is None
    krueger = _guest(demo_event, "Krüger")  # table 3
    qtbot.keyClicks(window.scan_field, guests.badge_code(demo_event, krueger))
    qtbot.keyClick(window.scan_field, Qt.Key.Key_Return)
    assert plan.highlighted == 3
    assert plan.items_by_number[3].opacity() == 1.0 and plan.items_by_number[1].opacity() < 0.5


def test_guest_dropped_on_a_table_of_the_floor_plan(qtbot, demo_event):
    view = _view(qtbot, demo_event)
    view.tabs.setCurrentWidget(view.floor_plan)
    plan = view.floor_plan
    roth = _guest(demo_event, "Roth")
    mime = view.proxy.mimeData([_proxy_index_of_guest(view, roth.id)])
    target = QPointF(plan.mapFromScene(plan.items_by_number[6].scenePos()))
    actions = Qt.DropAction.MoveAction
    buttons, mods = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    QApplication.sendEvent(
        plan.viewport(), _drag(QDragEnterEvent, target, actions, mime, buttons, mods)
    )
    move = _drag(QDragMoveEvent, target, actions, mime, buttons, mods)
    QApplication.sendEvent(plan.viewport(), move)
    assert move.isAccepted()
    with qtbot.waitSignal(view.changed, timeout=1000):
        QApplication.sendEvent(
            plan.viewport(), QDropEvent(QPointF(target), actions, mime, buttons, mods)
        )
    assert (
        guests.get_guest(demo_event, roth.id).table_id == tables.table_by_number(demo_event, 6).id
    )
    assert view.floor_plan.items_by_number[6].fill.text() == "11/12"
    # nowhere near a table: refused
    corner = QPointF(2, 2)
    move = _drag(QDragMoveEvent, corner, actions, mime, buttons, mods)
    QApplication.sendEvent(plan.viewport(), move)
    assert not move.isAccepted()


def test_deleting_a_table_asks_and_unseats_its_guests(qtbot, demo_event):
    from PySide6.QtWidgets import QMessageBox

    extra = tables.add_table(demo_event, 7, name="Tourismus", capacity=4)
    roth = _guest(demo_event, "Roth")
    assign.assign(demo_event, roth.id, extra.id)
    listing = TablesDialog(demo_event)
    qtbot.addWidget(listing)
    asked = []
    listing.ask = lambda *args: asked.append(args[2]) or QMessageBox.StandardButton.No
    listing.view.selectRow(6)  # table 7, one guest
    listing.delete_selected()
    assert "1 guests sit at table 7" in asked[0]
    assert len(tables.list_tables(demo_event)) == 7
    listing.ask = lambda *args: QMessageBox.StandardButton.Yes
    with qtbot.waitSignal(listing.changed):
        listing.delete_selected()
    assert [t.number for t in tables.list_tables(demo_event)] == [1, 2, 3, 4, 5, 6]
    assert guests.get_guest(demo_event, roth.id).table_id is None
    # a table the meeting rounds still use is refused with the reason, nothing changes
    listing.view.selectRow(5)
    listing.delete_selected()
    assert "used in the meeting rounds" in listing.message.text()
    assert len(tables.list_tables(demo_event)) == 6
    assert _guest(demo_event, "Groß-Bölting").table_id == tables.table_by_number(demo_event, 6).id


def test_hidden_seating_window_catches_up_when_shown(qtbot, demo_event):
    view = _view(qtbot, demo_event)
    view.hide()
    roth = _guest(demo_event, "Roth")
    assign.assign(demo_event, roth.id, tables.table_by_number(demo_event, 2).id)
    view.reload()  # what the window's data_changed does
    assert _table_row(view, 2).siblingAtColumn(SeatingModel.SEATS).data() == "11/12"  # not yet
    view.show()
    assert _table_row(view, 2).siblingAtColumn(SeatingModel.SEATS).data() == "12/12"
