"""Tables and programme items in the reader's language: optional names per language, set
by hand or imported as columns, used by badges, schedules and host sheets, falling back to
the given name."""

from __future__ import annotations

import pypdf
import pytest

from checkin import guests, programme, tables
from checkin.badges import render_badges
from checkin.errors import InvalidInput
from checkin.programme_import import import_items
from checkin.seating.table_import import import_tables


@pytest.fixture
def medicine(event):
    table = tables.table_by_number(event, 1)
    return tables.update_table(event, table.id, theme_ru="Медицинская техника",
                               theme_en="Medical technology", name_ru="Медицина")  # fmt: skip


def test_a_table_in_each_language_falls_back_to_the_given_name(medicine):
    assert medicine.topic_in("ru") == "Медицинская техника"
    assert medicine.topic_in("en") == "Medical technology"
    assert medicine.topic_in("de") == "Medizintechnik"  # none in German: the given one
    assert medicine.label_in("ru") == "1 – Медицинская техника"
    assert medicine.name_in("ru") == "Медицина" and medicine.name_in("de") == "Medizintechnik"
    assert medicine.label == "1 – Medizintechnik"  # what staff lists show is unchanged


def test_a_programme_item_with_a_place_and_names_per_language(event):
    item = programme.add_item(event, "Kooperationsbörse", "2027-04-20T09:00", place="Rathaus",
                              name_ru="Кооперационная биржа", place_ru="Ратуша")  # fmt: skip
    assert (item.name_in("ru"), item.place_in("ru")) == ("Кооперационная биржа", "Ратуша")
    assert (item.name_in("en"), item.place_in("en")) == ("Kooperationsbörse", "Rathaus")
    item = programme.update_item(event, item.id, name_en="Cooperation exchange", place_en="")
    assert item.name_in("en") == "Cooperation exchange" and item.place_in("en") == "Rathaus"
    with pytest.raises(InvalidInput) as caught:
        programme.update_item(event, item.id, name=" ")
    assert caught.value.key == "item_name_required"


def test_tables_import_names_and_themes_per_language_as_columns(event, tmp_path):
    path = tmp_path / "tables.csv"
    path.write_text(
        "Tisch;Thema;Thema (RU);Name EN;Тема (англ.)\n"
        "1;Medizintechnik;Медицинская техника;Medicine;Medical technology\n"
        "9;Bau;Строительство;;\n",
        encoding="utf-8",
    )
    result = import_tables(event, path)
    assert result.updated == [1] and result.added == [9] and result.ignored_columns == []
    one, nine = tables.table_by_number(event, 1), tables.table_by_number(event, 9)
    assert (
        one.topic_in("ru") == "Медицинская техника" and one.topic_in("en") == "Medical technology"
    )
    assert one.name_in("en") == "Medicine"
    assert nine.topic_in("ru") == "Строительство" and nine.topic_in("en") == "Bau"


def test_programme_items_import_with_places_and_names_per_language(event, tmp_path):
    path = tmp_path / "programme.csv"
    path.write_text(
        "Programmpunkt,Beginn,Ende,Ort,Name (RU),Ort RU,für alle\n"
        "Unternehmerfrühstück,23.04.2027 08:00,23.04.2027 10:30,Rathaus,Завтрак,Ратуша,ja\n"
        "Exkursion,2027-04-21 08:30,,Busbahnhof,Экскурсия,,nein\n",
        encoding="utf-8",
    )
    result = import_items(event, path)
    assert result.added == ["Unternehmerfrühstück", "Exkursion"]
    items = {i.name: i for i in programme.list_items(event)}
    breakfast, trip = items["Unternehmerfrühstück"], items["Exkursion"]
    assert (breakfast.starts, breakfast.ends) == ("2027-04-23T08:00", "2027-04-23T10:30")
    assert breakfast.name_in("ru") == "Завтрак" and breakfast.place_in("ru") == "Ратуша"
    assert trip.place_in("ru") == "Busbahnhof" and not trip.all_guests
    again = import_items(event, path)  # the same file again: updated, not doubled
    assert again.updated == ["Unternehmerfrühstück", "Exkursion"] and again.added == []


def test_a_bad_time_refuses_the_whole_programme_import(event, tmp_path):
    path = tmp_path / "bad.csv"
    path.write_text("Name,Start\nFrühstück,08:00\nExkursion,morgen\n", encoding="utf-8")
    before = programme.list_items(event)
    with pytest.raises(InvalidInput) as caught:
        import_items(event, path)
    assert caught.value.key == "programme_import_bad_time"
    assert caught.value.params["row"] == 2 and caught.value.params["value"] == "08:00"
    assert programme.list_items(event) == before


def test_a_russian_badge_names_the_table_and_the_programme_in_russian(event, medicine, tmp_path):
    for item in programme.list_items(event):
        programme.update_item(event, item.id, name_ru=f"Пункт {item.id}")
    ivan = next(g for g in guests.list_guests(event) if g.family_name == "Парфёнов")
    anna = next(g for g in guests.list_guests(event) if g.family_name == "Müller")
    guests.update_guest(event, ivan.id, table_id=medicine.id)
    out = tmp_path / "duplex.pdf"
    render_badges(event, [guests.get_guest(event, ivan.id), anna], "a6-4up-duplex", out,
                  record=False, options={"back": "programme", "language": "de"})  # fmt: skip
    front, back = (" ".join(p.extract_text().split()) for p in pypdf.PdfReader(out).pages[:2])
    assert "Медицинская техника" in front  # Ivan's theme in Russian
    assert "Medizintechnik" in front  # Anna's in German
    assert "Программа" in back and "Пункт 1" in back  # Ivan's programme in Russian
    assert "Programm" in back and "Kooperationsbörse" in back  # Anna's in German
