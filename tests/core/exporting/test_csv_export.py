"""The CSV read back with the csv module, every figure against the raw log."""

import csv
import random

import pytest

from checkin import checkins, programme
from checkin.clock import from_text
from checkin.exporting.csv_export import export_csv

from .conftest import INJECTION, replay


def read(path, delimiter=","):
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # the BOM: Excel then reads UTF-8
    with path.open(encoding="utf-8-sig", newline="") as fh:
        return list(csv.DictReader(fh, delimiter=delimiter))


def local(text):
    return from_text(text).astimezone().strftime("%Y-%m-%d %H:%M:%S")


def check_against_log(event, item_id, rows):
    log = replay(event, item_id)
    item = programme.get_item(event, item_id)
    expected_ids = set(programme.expected_guest_ids(event, item))
    # Not arrived: a no-show once the item is over, before that still expected.
    missing = "no-show" if programme.has_ended(event, item) else "not arrived yet"
    seen = set()
    for row in rows:
        gid = int(row["Guest no."])
        seen.add(gid)
        entry = log.get(gid)
        status = entry["state"] if entry else "no_show"
        assert row["Status"] == {"present": "present", "left": "left", "no_show": missing}[status]
        if entry and entry["first"]:
            assert row["Checked in at"] == local(entry["first"][0])
            assert row["Desk"] == entry["first"][1]
            assert int(row["Check-outs"]) == len(entry["outs"])
            assert row["Last check-out"] == (local(entry["outs"][-1][0]) if entry["outs"] else "")
        else:
            assert row["Checked in at"] == row["Desk"] == ""
    arrived = {g for g, e in log.items() if e["first"]}
    assert seen == expected_ids | arrived
    assert len(rows) == len(seen)  # one row per guest


def test_one_item_matches_the_log(scenario, tmp_path):
    out = tmp_path / "exchange.csv"
    assert export_csv(scenario.event, out, item_id=scenario.exchange.id) == 4
    rows = read(out)
    check_against_log(scenario.event, scenario.exchange.id, rows)
    by_name = {r["Given name"]: r for r in rows}
    assert by_name["Anna"]["Status"] == "present" and by_name["Anna"]["Check-outs"] == "1"
    assert by_name["Иван"]["Desk"] == "C" and by_name["Иван"]["Check-outs"] == "0"
    assert by_name["Jörg"]["Status"] == "no-show"


def test_formula_names_come_out_inert(scenario, tmp_path):
    out = tmp_path / "all.csv"
    export_csv(scenario.event, out)
    evil = next(r for r in read(out) if "HYPERLINK" in r["Family name"])
    for column, value in INJECTION.items():
        header = {"family_name": "Family name", "given_name": "Given name",
                  "organisation": "Organisation", "position": "Position"}[column]  # fmt: skip
        assert evil[header] == "'" + value  # text, not a formula, in Excel and LibreOffice
    text = out.read_text(encoding="utf-8-sig")
    for line in text.splitlines()[1:]:
        for cell in next(csv.reader([line])):
            assert not cell.startswith(("=", "+", "-", "@"))


def test_all_items_and_german_semicolon_variant(scenario, tmp_path):
    out = tmp_path / "alle.csv"
    export_csv(scenario.event, out, lang="de", delimiter=";")
    rows = read(out, ";")
    assert rows[0].keys() >= {"Programmpunkt", "Nachname", "Eingecheckt um", "Status"}
    per_item = {}
    for r in rows:
        per_item.setdefault(r["Programmpunkt"], []).append(r)
    assert len(per_item[scenario.exchange.name]) == 4
    assert [r["Status"] for r in per_item[scenario.visits.name]] == ["anwesend"]


def test_a_german_export_names_categories_in_german_with_latin_forms_in_german_order(
    scenario, tmp_path
):
    out = tmp_path / "liste.csv"
    export_csv(scenario.event, out, item_id=scenario.exchange.id, lang="de", delimiter=";")
    rows = read(out, ";")
    by_name = {r["Nachname"]: r for r in rows}
    assert by_name["Müller"]["Kategorie"] == "Gast" and by_name["Weiß"]["Kategorie"] == "Presse"
    assert by_name["Парфёнов"]["Name in lateinischer Schrift"] == "Parfenov Ivan"
    assert by_name["Müller"]["Name in lateinischer Schrift"] == ""  # Latin already
    families = [r["Nachname"] for r in rows if r["Nachname"] in ("Müller", "Парфёнов", "Weiß")]
    assert families == ["Müller", "Парфёнов", "Weiß"]  # Парфёнов files under P


def test_a_russian_export_reads_latin_names_in_cyrillic_and_sorts_by_them(scenario, tmp_path):
    out = tmp_path / "список.csv"
    export_csv(scenario.event, out, item_id=scenario.exchange.id, lang="ru")
    rows = read(out)
    by_name = {r["Фамилия"]: r for r in rows}
    assert by_name["Müller"]["Имя кириллицей"] == "Мюллер Анна"
    assert by_name["Müller"]["Категория"] == "Гость"
    families = [r["Фамилия"] for r in rows if r["Фамилия"] in ("Müller", "Парфёнов", "Weiß")]
    assert families == ["Weiß", "Müller", "Парфёнов"]  # Вайс, Мюллер, Парфёнов


@pytest.mark.parametrize("seed", [1])
def test_random_history_on_the_demo_event(demo_event, tmp_path, seed):
    """Random check-ins, check-outs and undos by two desks: the CSV still agrees with the log."""
    rnd = random.Random(seed)
    item = programme.active_item(demo_event)
    ids = programme.expected_guest_ids(demo_event, item)
    for _ in range(150):
        gid = rnd.choice(ids)
        action = rnd.random()
        state = checkins.status(demo_event, gid, item.id).state
        if action < 0.6:
            checkins.check_in(demo_event, gid, item, desk=rnd.choice("AB"))
        elif action < 0.8 and state is checkins.State.IN:
            checkins.check_out(demo_event, gid, item, desk="A")
        elif checkins.status(demo_event, gid, item.id).last is not None:
            checkins.undo(demo_event, gid, item, desk="B")
    out = tmp_path / "demo.csv"
    export_csv(demo_event, out, item_id=item.id)
    check_against_log(demo_event, item.id, read(out))
