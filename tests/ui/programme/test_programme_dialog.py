"""Admin ▸ Programme items…: items with a place and names per language, added, edited
and imported in the dialog; tables get their names per language in the table dialog."""

from __future__ import annotations

from PySide6.QtCore import QDateTime

from checkin import programme, tables
from tests.ui.admin_mode import unlock


def _programme_dialog(qtbot, window):
    unlock(window)
    action = next(a for a in window.menu("admin").actions()
                  if a.objectName() == "action_programme_items")  # fmt: skip
    action.trigger()
    dialog = window.ctx.opened["programme"]
    qtbot.addWidget(dialog)
    return dialog


def _fill_and_save(qtbot, dialog, fill):
    """The item dialog that opens next: filled in by ``fill``, then saved."""

    def run(item_dialog):
        qtbot.addWidget(item_dialog)
        fill(item_dialog)
        item_dialog.accept()
        return item_dialog.result()

    dialog.run_modal = run


def test_a_new_programme_item_with_its_russian_name_and_place(qtbot, window, event):
    dialog = _programme_dialog(qtbot, window)
    before = dialog.model.rowCount()

    def fill(item_dialog):
        item_dialog.name.insert("Unternehmerfrühstück")
        qtbot.keyClicks(item_dialog.place, "Rathaus")
        item_dialog.starts.setDateTime(QDateTime.fromString("2027-04-23T08:00", "yyyy-MM-ddTHH:mm"))
        item_dialog.localised.inputs["name_ru"].insert("Завтрак предпринимателей")
        item_dialog.localised.inputs["place_ru"].insert("Ратуша")

    _fill_and_save(qtbot, dialog, fill)
    dialog.add()
    assert dialog.model.rowCount() == before + 1
    assert "Unternehmerfrühstück" in dialog.message.text()
    item = next(i for i in programme.list_items(event) if i.name == "Unternehmerfrühstück")
    assert item.starts == "2027-04-23T08:00" and item.ends == ""
    assert (item.name_in("ru"), item.place_in("ru")) == ("Завтрак предпринимателей", "Ратуша")
    assert item.place_in("de") == "Rathaus"


def test_editing_keeps_a_day_only_start_as_it_was(qtbot, window, event):
    visits = next(i for i in programme.list_items(event) if "Firmenbesuche" in i.name)
    programme.update_item(event, visits.id, starts="2027-04-19")
    dialog = _programme_dialog(qtbot, window)
    dialog.model.reload()
    dialog.view.selectRow(next(r for r, i in enumerate(dialog.model.rows) if i.id == visits.id))
    _fill_and_save(
        qtbot, dialog, lambda d: qtbot.keyClicks(d.localised.inputs["name_en"], "Company visits")
    )
    dialog.edit_selected()
    after = programme.get_item(event, visits.id)
    assert after.name_in("en") == "Company visits" and after.starts == "2027-04-19"


def test_an_empty_name_is_refused_in_the_dialog(qtbot, window):
    from checkin.ui.programme import ProgrammeItemDialog

    item_dialog = ProgrammeItemDialog(window.ctx.event, None, window)
    qtbot.addWidget(item_dialog)
    item_dialog.accept()
    assert item_dialog.result() == 0 and "needs a name" in item_dialog.message.text()


def test_programme_items_import_in_the_dialog(qtbot, window, event, tmp_path):
    path = tmp_path / "programm.csv"
    path.write_text("Name;Name (RU);Ort;Ort (RU)\nMessebesuch;Посещение выставки;Messe;Ярмарка\n",
                    encoding="utf-8")  # fmt: skip
    dialog = _programme_dialog(qtbot, window)
    dialog.open_file = lambda *_: (str(path), "")
    dialog.import_file()
    assert "1" in dialog.message.text()
    fair = next(i for i in programme.list_items(event) if i.name == "Messebesuch")
    assert fair.name_in("ru") == "Посещение выставки" and fair.place_in("ru") == "Ярмарка"


def test_the_table_dialog_edits_names_per_language(qtbot, window, event):
    from checkin.ui.seating.table_dialog import TableDialog  # the seating package's own test

    table = tables.table_by_number(event, 1)
    dialog = TableDialog(event, table, window)
    qtbot.addWidget(dialog)
    dialog.localised.inputs["theme_ru"].insert("Медицинская техника")
    dialog.accept()
    assert tables.get_table(event, table.id).topic_in("ru") == "Медицинская техника"
    again = TableDialog(event, tables.get_table(event, table.id), window)
    qtbot.addWidget(again)
    assert again.localised.inputs["theme_ru"].text() == "Медицинская техника"
