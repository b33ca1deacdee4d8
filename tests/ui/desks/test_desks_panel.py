"""Desks ▸ Desks panel…: join code as QR, incoming check-ins applied, works without Syncthing."""

from __future__ import annotations

import pytest
import zxingcpp

from checkin import checkins, guests
from checkin.sync import pairing, snapshot
from checkin.sync.journal import Journal, ensure_identity
from checkin.sync.syncthing import Syncthing, find_binary
from checkin.ui.desks.actions import open_panel
from checkin.ui.desks.sync import DeskSync
from checkin.ui.main_window import MainWindow

needs_syncthing = pytest.mark.skipif(find_binary() is None, reason="syncthing is not installed")


@pytest.fixture
def private_syncthing(tmp_path, monkeypatch):
    home = tmp_path / "syncthing-home"
    monkeypatch.setattr(
        DeskSync, "instance_factory", staticmethod(lambda: Syncthing(home, listen_host="127.0.0.1"))
    )
    return home


def _window(qtbot, event):
    window = MainWindow(event)
    qtbot.addWidget(window)
    return window


def test_without_syncthing_the_panel_says_how_to_get_it_and_the_desk_works(
    qtbot, event, tmp_path, monkeypatch
):
    monkeypatch.setenv("CHECKIN_SYNCTHING", str(tmp_path / "missing"))
    ensure_identity(event)  # even an event that was shared before
    window = _window(qtbot, event)
    panel = open_panel(window.ctx)  # (its menu action waits for the admin PIN)
    assert "apt install syncthing" in panel.state_label.text()
    assert "syncthing.net" in panel.state_label.text()
    assert not panel.code_button.isEnabled()
    assert not window.ctx.sync.running
    anna = next(g for g in guests.list_guests(event) if g.family_name == "Müller")
    assert checkins.check_in(window.ctx.event, anna).result is checkins.Result.CHECKED_IN
    panel.grab().save(str(tmp_path / "desks-panel-alone.png"))


@needs_syncthing
def test_join_code_is_shown_as_a_qr_code_that_decodes_to_the_text(
    qtbot, event, tmp_path, private_syncthing
):
    window = _window(qtbot, event)
    panel = open_panel(window.ctx)
    qtbot.mouseClick(
        panel.code_button, pytest.importorskip("PySide6.QtCore").Qt.MouseButton.LeftButton
    )
    qtbot.waitUntil(lambda: bool(panel.code_text.text()), timeout=30000)
    code = pairing.parse(panel.code_text.text())
    assert code.event_name == "Testbörse"
    image = panel.qr_label.pixmap().toImage()
    path = tmp_path / "qr.png"
    image.save(str(path))
    from PIL import Image

    (found,) = zxingcpp.read_barcodes(Image.open(path))
    assert found.text == panel.code_text.text()
    panel.grab().save(str(tmp_path / "desks-panel.png"))
    window.close()
    assert not window.ctx.sync.running


@needs_syncthing
def test_check_in_at_another_desk_reaches_the_window_and_views_reload(
    qtbot, event, tmp_path, private_syncthing
):
    ensure_identity(event, "Desk A")  # this event is shared: sync starts with the window
    window = _window(qtbot, event)
    qtbot.waitUntil(lambda: window.ctx.sync.running, timeout=30000)
    folder = window.ctx.sync.folder
    # desk B, working from a snapshot in the same sync folder
    snap = snapshot.publish(event, folder, window.ctx.sync.desk_id)
    other = snapshot.restore(snap, tmp_path / "b.checkin")
    try:
        Journal.attach(other, folder, desk_name="Desk B")
        ivan = next(g for g in guests.list_guests(other) if g.family_name == "Парфёнов")
        with qtbot.waitSignal(window.data_changed, timeout=10000):
            checkins.check_in(other, ivan, desk="Desk B")
        mine = next(g for g in guests.list_guests(event) if g.family_name == "Парфёнов")
        result = checkins.check_in(window.ctx.event, mine, window.ctx.item)
        assert result.result is checkins.Result.ALREADY_CHECKED_IN
        assert result.first_in.desk == "Desk B"
        qtbot.wait(500)  # let the views finish reloading before the window closes
    finally:
        other.close()
        window.close()


@needs_syncthing
def test_second_desk_joins_in_the_window_and_its_check_ins_reach_the_first(
    qtbot, event, tmp_path, monkeypatch
):
    # desk B joins and later syncs with the same Syncthing home (its device id), as in real use
    homes = iter([tmp_path / "home-a", tmp_path / "home-b", tmp_path / "home-b"])
    monkeypatch.setattr(
        DeskSync,
        "instance_factory",
        staticmethod(lambda: Syncthing(next(homes), listen_host="127.0.0.1")),
    )
    # desk A shows its code
    window_a = _window(qtbot, event)
    panel = open_panel(window_a.ctx)
    panel.show_join_code()
    qtbot.waitUntil(lambda: bool(panel.code_text.text()), timeout=30000)
    # desk B (same machine here, its own Syncthing) joins through the dialog
    from checkin.ui.desks.actions import open_join_dialog

    dialog = open_join_dialog(window_a.ctx)
    dialog.code_edit.setText(panel.code_text.text())
    dialog.name_edit.setText("Desk B")
    dialog.path_edit.setText(str(tmp_path / "desk-b" / "event.checkin"))
    (tmp_path / "desk-b").mkdir()
    dialog.join_button.click()
    qtbot.waitUntil(lambda: bool(window_a.ctx.opened.get("joined_windows")), timeout=60000)
    window_b = window_a.ctx.opened["joined_windows"][0]
    qtbot.addWidget(window_b)
    qtbot.waitUntil(lambda: window_b.ctx.sync.running, timeout=30000)
    assert window_b.ctx.sync.desk_name == "Desk B"
    assert window_b.ctx.desk == "Desk B"  # its check-ins say where they were made
    anna_b = next(g for g in guests.list_guests(window_b.ctx.event) if g.family_name == "Müller")
    checkins.check_in(window_b.ctx.event, anna_b, window_b.ctx.item, desk="Desk B")
    anna_a = next(g for g in guests.list_guests(event) if g.family_name == "Müller")
    qtbot.waitUntil(
        lambda: checkins.status(event, anna_a.id, window_a.ctx.item.id).state is checkins.State.IN,
        timeout=20000,
    )
    qtbot.waitUntil(lambda: any(r.connected for r in panel.model.rows), timeout=20000)
    panel.grab().save(str(tmp_path / "desks-panel-two.png"))
    window_b.close()
    window_a.close()


def test_join_dialog_refuses_a_damaged_code_in_one_line(qtbot, event, tmp_path):
    window = _window(qtbot, event)
    from checkin.ui.desks.actions import open_join_dialog

    dialog = open_join_dialog(window.ctx)
    dialog.code_edit.setText("CJ1 checkin-x 123 NOT-A-DEVICE 1.2.3.4:22000")
    dialog.path_edit.setText(str(tmp_path / "x.checkin"))
    dialog.join_button.click()
    assert "not a valid join code" in dialog.message.text()
    assert dialog.join_button.isEnabled() and not (tmp_path / "x.checkin").exists()


def test_panel_lists_a_guest_checked_in_at_two_desks(
    qtbot, event, tmp_path, clock, private_syncthing
):
    ensure_identity(event, "Desk A")
    window = _window(qtbot, event)
    sync = window.ctx.sync
    qtbot.waitUntil(lambda: sync.running, timeout=30000)
    with qtbot.waitSignal(sync.answered, timeout=30000):
        sync.request("join_code")  # publishes the snapshot desk B starts from
    other = snapshot.restore(snapshot.latest(sync.folder), tmp_path / "b.checkin")
    other.clock = clock
    try:
        Journal.attach(other, sync.folder, desk_name="Desk B")
        anna = next(g for g in guests.list_guests(event) if g.family_name == "Müller")
        checkins.check_in(window.ctx.event, anna, desk="Desk A")
        checkins.check_in(other, guests.find_by_token(other, anna.token), desk="Desk B")
    finally:
        other.close()
    panel = open_panel(window.ctx)
    qtbot.waitUntil(lambda: "double entries: 1" in panel.merge_label.text(), timeout=20000)
    text = panel.merge_label.text()
    assert "Anna Müller: arrived" in text and "at Desk A, also Desk B" in text
    panel.grab().save(str(tmp_path / "desks-panel-double.png"))
    window.close()
    assert not window.ctx.sync.running
