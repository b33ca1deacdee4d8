"""checkin items: add one with its place, import items with names per language."""

from __future__ import annotations

import json

from tests.cli.helpers import run


def test_add_an_item_with_its_place(demo, capsys):
    code, out, _ = run(capsys, "items", demo, "--add", "Abendessen", "--place", "Ratskeller")
    assert code == 0 and "Abendessen" in out and "@ Ratskeller" in out


def test_import_items_with_names_and_places_per_language(demo, capsys, tmp_path):
    path = tmp_path / "programm.csv"
    path.write_text(
        "Programmpunkt;Beginn;Ort;Name (RU);Ort (RU)\n"
        "Abendessen;2027-04-20 19:00;Ratskeller;Ужин;Ратскеллер\n",
        encoding="utf-8",
    )
    code, out, _ = run(capsys, "items", demo, "--import", path, "--json")
    assert code == 0
    data = json.loads(out)
    assert data["imported"]["added"] == ["Abendessen"]
    dinner = next(i for i in data["items"] if i["name"] == "Abendessen")
    assert dinner["starts"] == "2027-04-20T19:00" and dinner["name_ru"] == "Ужин"
    assert dinner["place"] == "Ratskeller" and dinner["place_ru"] == "Ратскеллер"


def test_a_bad_file_is_refused_with_row_and_column(demo, capsys, tmp_path):
    path = tmp_path / "bad.csv"
    path.write_text("Name,Beginn\nAbendessen,heute Abend\n", encoding="utf-8")
    code, _, err = run(capsys, "items", demo, "--import", path)
    assert code == 2 and "row 2" in err and "Beginn" in err
