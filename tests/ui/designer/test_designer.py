"""The badge designer driven like a user does: drag, resize, edit, undo, save, print."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt

from checkin import paths
from checkin.badges import render_badges, select_guests
from checkin.badges.designs import store
from checkin.ui.designer import DesignerWindow
from tests.core.badges.conftest import decode, rasterise


@pytest.fixture
def designer(qtbot, demo_event):
    window = DesignerWindow(demo_event)
    window.confirm = lambda parent, text: True
    qtbot.addWidget(window)
    window.resize(1366, 740)
    window.show()
    qtbot.waitExposed(window)
    return window


def _select(designer, qtbot, name):
    index = next(i for i, e in enumerate(designer.doc.face.elements) if e.name == name)
    designer.doc.select(index)
    return index


def _drag(qtbot, view, item, dx_mm, dy_mm):
    """Press on the item's middle, move, release: as a mouse does, in view pixels."""
    start = view.mapFromScene(item.sceneBoundingRect().center())
    end_scene = item.sceneBoundingRect().center()
    end_scene.setX(end_scene.x() + dx_mm)
    end_scene.setY(end_scene.y() + dy_mm)
    end = view.mapFromScene(end_scene)
    viewport = view.viewport()
    qtbot.mousePress(viewport, Qt.MouseButton.LeftButton, pos=start)
    for step in range(1, 6):
        at = start + (end - start) * step / 5
        qtbot.mouseMove(viewport, QPoint(int(at.x()), int(at.y())))
    qtbot.mouseRelease(viewport, Qt.MouseButton.LeftButton, pos=end)


def test_drag_change_the_font_size_undo_then_save_and_print(designer, qtbot, demo_event,
                                                             tmp_path):  # fmt: skip
    doc = designer.doc
    index = _select(designer, qtbot, "names")
    before = doc.element(index)
    item = designer.canvas.item(index)
    _drag(qtbot, designer.canvas, item, 0, 3)
    moved = doc.element(index)
    assert moved.y == pytest.approx(before.y + 3, abs=1.0) and moved.x == pytest.approx(before.x)

    # The arrow keys move it by half a millimetre; Shift+arrow makes it wider.
    designer.canvas.setFocus()
    qtbot.keyClick(designer.canvas.viewport(), Qt.Key.Key_Right)
    assert doc.element(index).x == pytest.approx(moved.x + 0.5)
    qtbot.keyClick(designer.canvas.viewport(), Qt.Key.Key_Left, Qt.KeyboardModifier.ShiftModifier)
    assert doc.element(index).w == pytest.approx(moved.w - 0.5)

    size = designer.properties.max_size  # the first line: the given name
    assert size.value() == pytest.approx(40)
    size.setValue(30)
    assert doc.element(index).parts[0].max_size == 30
    designer.undo_action.trigger()  # the font size
    assert doc.element(index).parts[0].max_size == 40
    assert designer.properties.max_size.value() == pytest.approx(40)
    designer.undo_action.trigger()  # the width
    designer.undo_action.trigger()  # the arrow key
    assert doc.element(index) == moved
    designer.redo_action.trigger()
    assert doc.element(index).x == pytest.approx(moved.x + 0.5)
    size.setValue(34)

    designer.ask_name = lambda *args: "Börse 2027"
    assert designer.save()
    assert store.list_designs(demo_event) == ["Börse 2027"]
    saved = store.get_design(demo_event, "Börse 2027")
    assert saved.front.named("names").parts[0].max_size == 34
    assert saved.front.named("names").x == pytest.approx(moved.x + 0.5)
    designer.use_button.click()
    assert store.chosen_design(demo_event) == "Börse 2027"

    people = select_guests(demo_event)[:8]
    out = tmp_path / "printed.pdf"
    render_badges(demo_event, people, "insert-90x54", out, record=False)
    page = rasterise(out, dpi=150)[0]
    assert len(decode(page)) == 8


def test_a_logo_is_added_and_the_check_refuses_a_qr_code_made_too_small(designer, qtbot):
    doc = designer.doc
    logo = paths.resource("demo", "logo-wiesental.svg")
    designer.ask_open = lambda *args: str(logo)
    designer.findChild(type(designer.use_button), "add_image").click()
    added = doc.element()
    assert added.kind == "image" and added.asset in doc.images
    report = designer.check.run_now(designer.check_job())
    assert not report.refused
    qr = _select(designer, qtbot, "qr")
    designer.properties.w.setValue(10)
    designer.properties.h.setValue(10)
    report = designer.check.run_now(designer.check_job())
    assert report.refused and report.findings[0].problem == "qr_too_small"
    assert "0.5 mm" in designer.check.list.item(0).text()
    warned = []
    designer.warn = warned.append
    designer.ask_name = lambda *args: "Zu klein"
    designer.use_button.click()  # saved, but never the design badges print with
    assert "cannot be printed" in warned[0]
    assert store.chosen_design(designer.checkin_event) == store.STANDARD
    doc.undo_stack.undo()
    doc.undo_stack.undo()
    assert not designer.check.run_now(designer.check_job()).refused
    assert doc.element(qr).w > 17


def test_the_preview_cycles_through_real_guests_longest_names_first(designer):
    names = []
    for _ in range(3):
        names.append(designer.guest_label.text())
        designer.next.click()
    assert len(set(names)) == 3
    assert any(any("а" <= ch <= "я" for ch in n.lower()) for n in names[:2])
    assert not designer.canvas.picture.pixmap().isNull()


def test_snapping_to_the_grid_and_to_other_elements():
    from checkin.ui.designer.canvas import snap_box, snap_value

    assert snap_value(10.26, []) == 10.5 and snap_value(10.2, []) == 10.0
    assert snap_value(10.3, [10.9]) == 10.9  # an edge within 1 mm wins over the grid
    # the box's right edge (x + w) meets another element's left edge at 50
    assert snap_box(29.4, 7.3, 20.0, 5.0, [50.0], []) == (30.0, 7.5)
    # its centre lines up with the badge's middle at 45
    assert snap_box(34.6, 0, 20.0, 5.0, [45.0], []) == (35.0, 0.0)


def test_add_duplicate_remove_and_undo_them(designer):
    doc = designer.doc
    count = len(doc.face.elements)
    designer.findChild(type(designer.use_button), "add_text").click()
    assert len(doc.face.elements) == count + 1 and doc.element().kind == "text"
    designer.findChild(type(designer.use_button), "duplicate").click()
    assert len(doc.face.elements) == count + 2
    copy = doc.element()
    assert copy.x == doc.face.elements[-2].x + 2
    designer.findChild(type(designer.use_button), "remove").click()
    designer.findChild(type(designer.use_button), "remove").click()
    assert len(doc.face.elements) == count
    for _ in range(4):
        designer.undo_action.trigger()
    assert len(doc.face.elements) == count
    designer.redo_action.trigger()
    assert len(doc.face.elements) == count + 1
    designer.face.setCurrentIndex(1)  # the back: the standard one until it has its own
    designer.face.activated.emit(1)
    assert doc.face is None and designer.own_back.isVisible()
    designer.own_back.click()
    assert doc.face is not None and doc.design.back is not None
