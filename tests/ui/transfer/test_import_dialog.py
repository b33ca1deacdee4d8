"""File ▸ Import guest list…: mapping combos, live preview, check, import off the UI thread."""

from __future__ import annotations

from PySide6.QtCore import Qt

from checkin import checkins, guests
from checkin.ui.main_window import MainWindow
from tests.core.importing.listfiles import table_number, write_text
from tests.ui.admin_mode import unlock

ROWS = [
    ["Gästeliste Kooperationsbörse"],
    [],
    ["Vorname", "Nachname", "Firma", "E-Mail", "Stand"],
    ["Clara", "Schulz", "Klinikum Nord", "c.schulz@klinikum.example", "2"],
    ["Дмитрий", "Орлов", "ОмскТех", "orlov@omsktech", "1"],
    ["", "", "ohne Namen", "", ""],
]


def _window(qtbot, event):
    window = MainWindow(event)
    qtbot.addWidget(window)
    unlock(window)  # importing is an admin action
    return window


def _open(qtbot, window, path):
    window.ctx.importer.choose_file = lambda parent: path
    action = window.findChild(type(window.menu("file").actions()[0]), "action_import_guests")
    assert action is not None and action in window.menu("file").actions()
    action.trigger()
    qtbot.waitUntil(lambda: window.ctx.importer.dialog is not None, timeout=10000)
    dialog = window.ctx.importer.dialog
    qtbot.addWidget(dialog)
    return dialog


def _header(model) -> list[str]:
    return [model.headerData(i, Qt.Orientation.Horizontal) for i in range(model.columnCount())]


def _cell(model, row, title) -> str:
    return model.data(model.index(row, _header(model).index(title)))


def test_map_preview_check_and_import(qtbot, event, tmp_path):
    path = write_text(tmp_path / "liste.csv", ROWS, delimiter=";")
    window = _window(qtbot, event)
    dialog = _open(qtbot, window, path)
    assert "3 rows" in dialog.info_label.text() and "row 3" in dialog.info_label.text()

    # guessed mapping: "Stand" is unknown and kept as an extra field
    assert dialog.combos["Vorname"].currentData() == "given_name"
    assert dialog.combos["Stand"].currentData() == "extra"
    model = dialog.model
    assert _cell(model, 0, "Given name") == "Clara"
    assert _cell(model, 1, "Family name") == "Орлов"
    assert _cell(model, 0, "Keep as extra field") == "Stand: 2"

    # the live preview follows the combo
    stand = dialog.combos["Stand"]
    stand.setCurrentIndex(stand.findData("table"))
    assert "Keep as extra field" not in _header(model)
    assert _cell(model, 0, "Table") == "2"

    # no name column: importing is impossible and the dialog says why
    first = dialog.combos["Vorname"]
    last = dialog.combos["Nachname"]
    first.setCurrentIndex(first.findData("ignore"))
    last.setCurrentIndex(last.findData("ignore"))
    assert not dialog.import_button.isEnabled()
    assert "No column is imported as a name" in dialog.report_view.toPlainText()
    first.setCurrentIndex(first.findData("given_name"))
    last.setCurrentIndex(last.findData("family_name"))
    assert dialog.import_button.isEnabled()

    # check: a dry run in the background, nothing written
    with qtbot.waitSignal(dialog.checked, timeout=10000) as checked:
        qtbot.mouseClick(dialog.check_button, Qt.MouseButton.LeftButton)
    assert checked.args[0].dry_run
    text = dialog.report_view.toPlainText()
    assert "Would add 2 guest(s), update 0, leave 0 unchanged; 1 row(s) skipped." in text
    assert "row 6: no given or family name" in text
    assert "row 5: Дмитрий Орлов – orlov@omsktech" in text
    assert len(guests.list_guests(event)) == 3

    # import: written, the window reloads, check-ins untouched
    anna = next(g for g in guests.list_guests(event) if g.family_name == "Müller")
    checkins.check_in(event, anna.id, window.ctx.item)
    log_before = checkins.log_entries(event)
    with (
        qtbot.waitSignal(window.data_changed, timeout=10000),
        qtbot.waitSignal(dialog.imported, timeout=10000) as imported,
    ):
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    report = imported.args[0]
    assert [a.name for a in report.added] == ["Clara Schulz", "Дмитрий Орлов"]
    assert "Added 2 guest(s), updated 0, 0 unchanged; 1 row(s) skipped." in (
        dialog.report_view.toPlainText()
    )
    assert dialog.progress.value() == dialog.progress.maximum()
    assert not dialog.import_button.isEnabled()
    found = {g.full_name: g for g in guests.list_guests(window.ctx.event)}
    assert table_number(event, found["Clara Schulz"]) == 2
    assert table_number(event, found["Дмитрий Орлов"]) == 1
    assert found["Clara Schulz"].email == "c.schulz@klinikum.example"
    assert found["Clara Schulz"].extra == {}
    assert checkins.log_entries(event) == log_before


def test_bad_file_shows_one_line_and_no_dialog(qtbot, event, tmp_path):
    fake = tmp_path / "gäste.xlsx"
    fake.write_text("kein Excel", encoding="utf-8")
    window = _window(qtbot, event)
    shown = []
    window.ctx.importer.show_error = lambda parent, message: shown.append(message)
    window.ctx.importer.choose_file = lambda parent: fake
    window.findChild(type(window.menu("file").actions()[0]), "action_import_guests").trigger()
    qtbot.waitUntil(lambda: bool(shown), timeout=10000)
    assert shown == [
        f"{fake}: not a readable Excel workbook (damaged, or another kind of file renamed)."
    ]
    assert window.ctx.importer.dialog is None


def test_cancelled_file_choice_does_nothing(qtbot, event):
    window = _window(qtbot, event)
    window.ctx.importer.choose_file = lambda parent: None
    window.ctx.importer.run()
    assert window.ctx.importer.task is None and window.ctx.importer.dialog is None


def test_failure_in_the_background_is_reported(qtbot, event, tmp_path):
    path = write_text(tmp_path / "liste.csv", ROWS, delimiter=";")
    window = _window(qtbot, event)
    dialog = _open(qtbot, window, path)
    path.write_bytes(b"")  # the list is emptied after the preview was shown
    with qtbot.waitSignal(dialog.failed, timeout=10000) as failed:
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert failed.args[0] == f"{path}: the file is empty."
    assert dialog.report_view.toPlainText() == f"Nothing was imported: {path}: the file is empty."
    assert dialog.import_button.isEnabled()  # fix the file and try again
    assert len(guests.list_guests(event)) == 3


def test_unrecognised_columns_are_mapped_by_hand(qtbot, event, tmp_path):
    rows = [["Teilnehmende", "Betrieb", "Wunschtisch"], ["Dr. Petra Schmidt", "Schmidt AG", "2"]]
    path = write_text(tmp_path / "anmeldungen.csv", rows)
    window = _window(qtbot, event)
    dialog = _open(qtbot, window, path)
    assert not dialog.import_button.isEnabled()
    assert "No column is imported as a name" in dialog.report_view.toPlainText()
    for column, target in (
        ("Teilnehmende", "name"),
        ("Betrieb", "organisation"),
        ("Wunschtisch", "table"),
    ):
        combo = dialog.combos[column]
        combo.setCurrentIndex(combo.findData(target))
    assert dialog.report_view.toPlainText() == ""  # the hint is gone once a name is mapped
    assert _cell(dialog.model, 0, "Salutation") == "Dr."
    assert _cell(dialog.model, 0, "Family name") == "Schmidt"
    with qtbot.waitSignal(dialog.imported, timeout=10000):
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    petra = next(g for g in guests.list_guests(event) if g.family_name == "Schmidt")
    assert (petra.salutation, petra.given_name, petra.organisation) == (
        "Dr.",
        "Petra",
        "Schmidt AG",
    )
    assert table_number(event, petra) == 2


def test_a_pretix_workbook_shows_system_sheet_and_statuses(qtbot, event, tmp_path):
    from tests.core.importing.system_exports import pretix_order_data_xlsx

    path = pretix_order_data_xlsx(tmp_path / "koop27_orders.xlsx", "de")
    window = _window(qtbot, event)
    dialog = _open(qtbot, window, path)
    info = dialog.info_label.text()
    assert (
        "Looks like an export of pretix (order data: order positions, one row per ticket)." in info
    )
    assert "Sheet read: “Bestellzeilen”. Other sheets: “Bestellungen”, “Gebühren”." in info
    assert dialog.sheet_combo.isVisibleTo(dialog)
    assert [dialog.sheet_combo.itemText(i) for i in range(3)] == [
        "Bestellungen", "Bestellzeilen", "Gebühren",
    ]  # fmt: skip
    assert dialog.combos["Position"].currentData() == "position_id"
    statuses = [_cell(dialog.model, row, "Status") for row in range(dialog.model.rowCount())]
    assert statuses == ["", "", "", "cancelled", "not paid yet: ausstehend", "", ""]

    # another sheet: read again, in a new dialog
    dialog.sheet_combo.setCurrentText("Bestellungen")
    dialog.sheet_combo.activated.emit(dialog.sheet_combo.currentIndex())
    qtbot.waitUntil(
        lambda: (
            window.ctx.importer.dialog is not None
            and window.ctx.importer.dialog.preview.sheet == "Bestellungen"
        ),
        timeout=10000,
    )
    orders = window.ctx.importer.dialog
    qtbot.addWidget(orders)
    assert "one row per order, not per attendee" in orders.info_label.text()
    orders.sheet_combo.setCurrentText("Bestellzeilen")
    orders.sheet_combo.activated.emit(orders.sheet_combo.currentIndex())
    qtbot.waitUntil(
        lambda: window.ctx.importer.dialog is not orders and window.ctx.importer.dialog is not None,
        timeout=10000,
    )
    positions = window.ctx.importer.dialog
    qtbot.addWidget(positions)
    with qtbot.waitSignal(positions.imported, timeout=10000) as imported:
        qtbot.mouseClick(positions.import_button, Qt.MouseButton.LeftButton)
    assert imported.args[0].sheet == "Bestellzeilen"
    text = positions.report_view.toPlainText()
    assert "Not attending (cancelled, withdrawn, rejected …): stored as cancelled (1):" in text
    assert "row 5: Ольга Смирнова (storniert)" in text
    assert "row 6: Jan van der Berg (ausstehend)" in text
    assert "row 4: Petra Schmidt – as row 2; code f3h9s0aj2mdl3kq7 kept" in text
    found = {g.full_name: g for g in guests.list_guests(event)}
    assert found["Ольга Смирнова"].cancelled and not found["Jan van der Berg"].cancelled


OMSK = [
    ["Имя", "Фамилия", "Организация", "Стол"],
    ["Алексей", "Парфёнов", "ООО «СибМедПрибор»", "1"],
    ["Ирина", "Парфёнова", "АО «Омский завод медтехники»", "Стол 12"],
    ["Наталья", "Соколова", "АНО «Забота-Сибирь»", "Стол 12"],
]


def test_a_delegation_list_in_the_dialog_suggests_russian_and_offers_its_tables(
    qtbot, event, tmp_path
):
    from checkin import tables
    from checkin.rounds import delegations

    path = write_text(tmp_path / "omsk.csv", OMSK, encoding="cp1251", delimiter=";")
    window = _window(qtbot, event)
    dialog = _open(qtbot, window, path)
    box = dialog.for_all_box
    assert box.language.currentData() == "ru"  # the names are Cyrillic
    assert not box.hint.isHidden()
    assert "Cyrillic" in box.hint.text()
    box.category.setCurrentIndex(box.category.findData("Delegation"))
    qtbot.keyClicks(box.delegation, "Omsk")

    with qtbot.waitSignal(dialog.checked, timeout=10000):
        dialog.check_button.click()
    report = dialog.report_view.toPlainText()
    assert "2 guests name tables the event does not have: “Стол 12” (2)" in report
    assert "“Стол 12”" in box.create_tables.text() and "2" in box.create_tables.text()

    box.create_tables.setChecked(True)
    with qtbot.waitSignal(dialog.imported, timeout=10000):
        dialog.import_button.click()
    assert "Tables created: 12." in dialog.report_view.toPlainText()
    assert "Delegation: Omsk" in dialog.report_view.toPlainText()
    imported = [
        g for g in guests.list_guests(event) if g.given_name in ("Алексей", "Ирина", "Наталья")
    ]
    assert len(imported) == 3
    assert {(g.category, g.language) for g in imported} == {("Delegation", "ru")}
    twelve = tables.table_by_number(event, 12)
    assert sum(g.table_id == twelve.id for g in imported) == 2
    [omsk] = [d for d in delegations.list_delegations(event) if d.name == "Omsk"]
    assert {g.id for g in imported} <= set(omsk.members)
