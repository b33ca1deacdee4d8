"""One spelling of a Cyrillic name wherever staff read it — badge, card, search row, guest
list, door list, report, schedule — and the guest's own language on the guest display."""

from __future__ import annotations

import pypdf
import pytest

from checkin import checkins, guests, tables, translit
from checkin.badges import content, render_badges
from checkin.exporting.door_list import write_door_list
from checkin.exporting.pdf_report import export_pdf
from checkin.ui.desk.guest_display import GuestDisplay
from checkin.ui.language import names

OTHER_SPELLINGS = ("Parfionov", "Parfjonow", "Parfyonov", "Iwan", "Parfenow")


def _pdf_text(path) -> str:
    return " ".join(" ".join(p.extract_text().split()) for p in pypdf.PdfReader(path).pages)


@pytest.fixture
def ivan(event):
    return next(g for g in guests.list_guests(event) if g.family_name == "Парфёнов")


def test_the_same_latin_form_on_every_surface(qtbot, window, event, ivan, tmp_path):
    assert translit.latin_form(ivan.full_name) == "Ivan Parfenov"  # the passport spelling
    shown: dict[str, str] = {}

    table = tables.get_table(event, ivan.table_id)
    badge = content.build(event, ivan, table, event_name="x", staff_lang="de")
    shown["badge"] = badge.second_line
    render_badges(event, [ivan], "a6", tmp_path / "badge.pdf", record=False)
    shown["badge pdf"] = _pdf_text(tmp_path / "badge.pdf")

    window.on_scanned(guests.badge_code(event, ivan))
    shown["card"] = window.scan_view.card.reading.text()

    window.search_view.refresh_index(force=True)
    found = window.search_view.run_query("Parfjonow")  # the German spelling finds him
    assert found and found[0].id == ivan.id
    model = window.search_view.model
    shown["search row"] = model.data(model.index(0))

    window.show_list()
    list_model = window.guest_list.model
    row = list_model.row_of(ivan.id)
    shown["guest list"] = " ".join(
        list_model.data(list_model.index(row, list_model.COLUMNS.index(column)))
        for column in ("given_name", "family_name")
    )

    checkins.undo(event, ivan.id, window.ctx.item, desk="x")  # a no-show again
    write_door_list(event, tmp_path / "door.pdf", item_id=window.ctx.item.id, lang="de")
    shown["door list"] = _pdf_text(tmp_path / "door.pdf")
    export_pdf(event, tmp_path / "report.pdf", lang="de")
    shown["report"] = _pdf_text(tmp_path / "report.pdf")
    shown["schedule"] = translit.for_reader(ivan.full_name, "de")

    for where, text in shown.items():
        assert "Parfenov" in text and "Ivan" in text, (where, text)
        assert not any(other in text for other in OTHER_SPELLINGS), (where, text)


def test_a_russian_guest_sees_the_table_theme_in_russian(qtbot, event, ivan):
    table = tables.update_table(event, ivan.table_id, theme_ru="Уход и здоровье")
    display = GuestDisplay(event.info.name)
    qtbot.addWidget(display)
    result = checkins.check_in(event, guests.badge_code(event, ivan))
    display.show_result(result)
    assert display.table_theme.text() == "Уход и здоровье"
    assert display.table_number.text() == str(table.number)
    anna = next(g for g in guests.list_guests(event) if g.family_name == "Müller")
    display.show_result(checkins.check_in(event, guests.badge_code(event, anna)))
    assert display.table_theme.text() == "Medizintechnik"  # a German guest: the given theme


def test_russian_staff_see_latin_names_with_their_cyrillic_reading():
    assert names.list_name("Jörg", "Schäfer", "ru") == "Schäfer, Jörg (Йорг Шефер)"
    assert names.list_name("Иван", "Парфёнов", "ru") == "Парфёнов, Иван"
    assert names.list_name("Иван", "Парфёнов", "de") == "Парфёнов, Иван (Ivan Parfenov)"
