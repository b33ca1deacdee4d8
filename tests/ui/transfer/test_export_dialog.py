"""File ▸ Export… and Reports ▸ Statistics… driven with qtbot on a real window."""

from __future__ import annotations

import csv

import openpyxl
from PySide6.QtCore import Qt

from checkin import checkins, programme
from checkin.ui.transfer import export_actions as feature_reports
from checkin.ui.transfer.export_dialog import ExportDialog
from tests.helpers import anna as _anna


def test_file_menu_export_writes_an_xlsx_off_the_ui_thread(qtbot, window, event, tmp_path):
    checkins.check_in(event, _anna(event).id, window.ctx.item, desk="Empfang")
    names = [a.objectName() for a in window.menu("file").actions()]
    assert "action_export" in names  # behind the admin PIN when one is set: see feature_admin
    dialog = feature_reports.open_export(window.ctx)
    assert isinstance(dialog, ExportDialog)
    dialog.format_box.setCurrentIndex(dialog.format_box.findData("xlsx"))
    dialog.lang_box.setCurrentIndex(dialog.lang_box.findData("en"))
    out = tmp_path / "out.xlsx"
    dialog.path_edit.setText(str(out))
    with qtbot.waitSignal(dialog.exported, timeout=10000) as blocker:
        qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    assert blocker.args == [out]
    book = openpyxl.load_workbook(out)
    rows = list(book[window.ctx.item.name].iter_rows(values_only=True))
    header, body = rows[0], rows[1:]
    anna = next(dict(zip(header, r, strict=True)) for r in body if r[1] == "Müller")
    assert anna["Status"] == "present" and anna["Desk"] == "Empfang"
    assert "out.xlsx" in dialog.status.text()


def test_log_format_disables_the_item_choice_and_browse_sets_suffix(qtbot, event, tmp_path):
    dialog = ExportDialog(event, programme.active_item(event), "de")
    qtbot.addWidget(dialog)
    chosen = tmp_path / "protokoll"
    dialog.choose_file = lambda parent, suggested, filt: str(chosen)
    dialog.format_box.setCurrentIndex(dialog.format_box.findData("log"))
    assert not dialog.item_box.isEnabled()
    dialog._browse()
    assert dialog.path_edit.text() == str(chosen) + ".csv"
    checkins.check_in(event, _anna(event).id, desk="A")
    with qtbot.waitSignal(dialog.exported, timeout=10000):
        dialog.start_export()
    with open(str(chosen) + ".csv", encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.DictReader(fh))
    assert [(r["Nachname"], r["Aktion"], r["Station"]) for r in rows] == [
        ("Müller", "Check-in", "A")
    ]


def test_failed_export_says_why(qtbot, event, tmp_path):
    dialog = ExportDialog(event, None, "en")
    qtbot.addWidget(dialog)
    dialog.path_edit.setText(str(tmp_path / "no-such-folder" / "x.xlsx"))
    with qtbot.waitSignal(dialog.failed, timeout=10000) as blocker:
        dialog.start_export()
    assert "could not be written" in blocker.args[0]
    assert "could not be written" in dialog.status.text()
    assert dialog.export_button.isEnabled()


def test_statistics_follow_check_ins_live(qtbot, window, event, tmp_path):
    window.findChild(type(window.menu("reports").actions()[0]), "action_statistics").trigger()
    view = window.ctx.opened["stats_view"]
    model = view.items_model
    row = [it.item.id for it in model.items].index(window.ctx.item.id)

    def cell(col):
        return model.data(model.index(row, col))

    # The exchange is not over: nobody is a no-show yet, three are still to come.
    assert (cell(1), cell(2), cell(6), cell(7)) == ("3", "0", "–", "3")
    assert view.chart.bins is None
    checkins.check_in(event, _anna(event).id, window.ctx.item, desk="A")
    window.data_changed.emit()
    qtbot.waitUntil(lambda: cell(2) == "1", timeout=3000)
    assert (cell(3), cell(4), cell(6), cell(7)) == ("33 %", "1", "–", "2")
    assert view.chart.bins is not None and sum(view.chart.bins.counts) == 1
    by_cat = {view.by_category.rows[i].key: view.by_category.rows[i].arrived
              for i in range(len(view.by_category.rows))}  # fmt: skip
    assert by_cat == {"Guest": 1, "Delegation": 0, "Press": 0}
    view.show()
    qtbot.waitExposed(view)
    image = view.grab().toImage()
    view.grab().save(str(tmp_path / "stats.png"))
    bar = view.chart.mapTo(view, view.chart.rect().center())
    assert image.width() > 0 and bar is not None


def test_without_a_documents_folder_the_first_export_lands_next_to_the_event(
    qtbot, event, tmp_path, monkeypatch
):
    from checkin.ui.transfer import export_dialog

    monkeypatch.setattr(export_dialog, "documents_folder", lambda: tmp_path / "no-Documents")
    dialog = ExportDialog(event, None, "en")
    qtbot.addWidget(dialog)
    suggested = dialog.path_edit.text()
    assert suggested.startswith(str(event.path.parent))  # not a folder that is not there
    with qtbot.waitSignal(dialog.exported, timeout=10000) as blocker:
        dialog.start_export()  # the first try works
    assert blocker.args[0].is_file()
    seen = []
    dialog.choose_file = lambda parent, start, filt: seen.append(start) or ""
    dialog.path_edit.setText(str(tmp_path / "gone" / "x.xlsx"))
    dialog._browse()
    assert seen == [str(event.path.parent / "x.xlsx")]  # Browse opens where a folder is
