"""checkin import: human report, --json, --dry-run, --map, and bad files as one line, exit 2."""

from __future__ import annotations

import json

import pytest

from checkin import guests
from checkin.cli import main
from checkin.event import Event, EventInfo
from tests.core.importing.listfiles import write_text

ROWS = [
    ["Gästeliste Kooperationsbörse"],
    [],
    ["Vorname", "Nachname", "Firma", "E-Mail", "Stand"],
    ["Anna", "Müller", "Müller GmbH", "anna@mueller.example", "A12"],
    ["Иван", "Парфёнов", "ООО «СибМед»", "parfenov@sibmed", "B3"],
    ["", "", "ohne Namen", "", ""],
]


def run(capsys, *argv):
    code = main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def files(tmp_path):
    event_path = tmp_path / "ev.checkin"
    Event.create(event_path, EventInfo(name="CLI")).close()
    return event_path, write_text(tmp_path / "liste.csv", ROWS, encoding="utf-8-sig", delimiter=";")


def names(event_path):
    with Event.open(event_path) as ev:
        return {g.full_name: g for g in guests.list_guests(ev)}


def test_human_report(files, capsys):
    event_path, list_path = files
    code, out, err = run(capsys, "import", event_path, list_path)
    assert code == 0 and err == ""
    assert "2 guest(s) were added, 0 updated, 0 unchanged, 1 row(s) skipped." in out
    assert "header in row 3" in out
    assert "row 6: no given or family name" in out
    assert "row 5: 'parfenov@sibmed' (Иван Парфёнов)" in out
    found = names(event_path)
    assert set(found) == {"Anna Müller", "Иван Парфёнов"}
    assert found["Anna Müller"].extra == {"Stand": "A12"}


def test_dry_run_writes_nothing(files, capsys):
    event_path, list_path = files
    code, out, _ = run(capsys, "import", event_path, list_path, "--dry-run")
    assert code == 0
    assert "2 guest(s) would be added" in out and "Dry run: nothing was written." in out
    assert names(event_path) == {}


def test_json_and_map(files, capsys):
    event_path, list_path = files
    code, out, _ = run(
        capsys,
        "import",
        event_path,
        list_path,
        "--json",
        "--map",
        "Stand=notes",
        "--map",
        "Firma=industry",
    )
    data = json.loads(out)
    assert code == 0
    assert data["counts"]["added"] == 2
    assert data["mapping"]["Stand"] == "notes"
    assert data["skipped"] == [
        {"row": 6, "reason": "no_name", "params": {}, "name": "", "text": "no given or family name"}
    ]
    assert data["invalid_emails"][0]["value"] == "parfenov@sibmed"
    anna = names(event_path)["Anna Müller"]
    assert (anna.notes, anna.industry, anna.organisation) == ("A12", "Müller GmbH", "")
    # the list again with one stand changed: a merge, nothing added
    changed = [row[:] for row in ROWS]
    changed[3][4] = "A14"
    write_text(list_path, changed, encoding="utf-8-sig", delimiter=";")
    code, out, _ = run(
        capsys,
        "import",
        event_path,
        list_path,
        "--json",
        "--map",
        "Stand=notes",
        "--map",
        "Firma=industry",
    )
    data = json.loads(out)
    assert data["counts"] == {
        "rows": 3,
        "added": 0,
        "updated": 1,
        "unchanged": 1,
        "skipped": 1,
        "likely_duplicates": 0,
        "invalid_emails": 1,
        "unknown_tables": 0,
        "not_attending": 0,
        "pending": 0,
        "merged_tickets": 0,
    }
    assert data["updated"][0]["changes"] == {"notes": ["A12", "A14"]}
    assert data["updated"][0]["matched_by"] == "email"
    assert len(names(event_path)) == 2


@pytest.mark.parametrize(
    ("argv_tail", "message"),
    [
        (["--map", "Stand"], "--map 'Stand': write it as COLUMN=FIELD"),
        (["--map", "Tisch=table"], "The mapping names column 'Tisch'"),
        (["--map", "Stand=shoe_size"], "Unknown field 'shoe_size' for column 'Stand'"),
    ],
)
def test_bad_mapping(files, capsys, argv_tail, message):
    event_path, list_path = files
    code, out, err = run(capsys, "import", event_path, list_path, *argv_tail)
    assert code == 2 and out == ""
    assert message in err and err.count("\n") == 1
    assert names(event_path) == {}


def test_bad_file_is_one_line_exit_2(files, tmp_path, capsys):
    event_path, _ = files
    fake = tmp_path / "gäste.xlsx"
    fake.write_text("Vorname;Nachname\nAnna;Müller\n", encoding="utf-8")
    code, out, err = run(capsys, "import", event_path, fake)
    assert code == 2 and out == ""
    assert (
        err
        == f"checkin: {fake}: not a readable Excel workbook (damaged, or another kind of file renamed).\n"
    )
    assert names(event_path) == {}


def test_the_sheet_is_reported_and_can_be_chosen(files, tmp_path, capsys):
    from tests.core.importing.system_exports import pretix_order_data_xlsx

    event_path, _ = files
    book = pretix_order_data_xlsx(tmp_path / "koop27_orders.xlsx", "de")
    code, out, err = run(capsys, "import", event_path, book, "--dry-run")
    assert code == 0 and err == ""
    assert "sheet 'Bestellzeilen', header in row 1" in out
    assert "pretix (order data: order positions, one row per ticket)" in out
    assert (
        "Other sheets, not read: 'Bestellungen', 'Gebühren' (choose one with --sheet NAME)" in out
    )
    assert "Name Teilnehmer*in: Vorname → given_name" in out
    assert "row 5: Ольга Смирнова (storniert)" in out
    code, out, err = run(capsys, "import", event_path, book, "--sheet", "bestellungen", "--dry-run")
    assert code == 0 and "sheet 'Bestellungen'" in out and "one row per order" in out
    code, out, err = run(capsys, "import", event_path, book, "--sheet", "Teilnehmer")
    assert code == 2 and out == ""
    assert err == (
        f"checkin: {book}: there is no sheet 'Teilnehmer'; the sheets are: "
        "Bestellungen, Bestellzeilen, Gebühren.\n"
    )
    assert names(event_path) == {}


OMSK = [
    ["Имя", "Фамилия", "Организация", "Стол"],
    ["Алексей", "Парфёнов", "ООО «СибМедПрибор»", "1"],
    ["Ирина", "Парфёнова", "АО «Омский завод медтехники»", "Стол 12"],
    ["Наталья", "Соколова", "АНО «Забота-Сибирь»", "Стол 12"],
    ["Ольга", "Щербакова", "Медицинский центр «Иртыш»", "Экспорт"],
]


@pytest.fixture
def omsk(tmp_path):
    from checkin import tables

    event_path = tmp_path / "ev.checkin"
    with Event.create(event_path, EventInfo(name="Börse")) as ev:
        tables.add_table(ev, 1, theme="Medizintechnik")
    return event_path, write_text(tmp_path / "omsk.csv", OMSK, encoding="cp1251", delimiter=";")


def test_a_delegation_list_imports_with_category_language_and_delegation(omsk, capsys):
    from checkin.rounds import delegations

    event_path, list_path = omsk
    code, out, _ = run(capsys, "import", event_path, list_path, "--category", "Delegation",
                       "--language", "ru", "--delegation", "Omsk")  # fmt: skip
    assert code == 0, out
    assert "Delegation: Omsk (every guest of the list)." in out
    assert "3 guest(s) name tables the event does not have: 'Стол 12' (2), 'Экспорт' (1)" in out
    with Event.open(event_path) as ev:
        people = guests.list_guests(ev)
        assert len(people) == 4
        assert {(g.category, g.language) for g in people} == {("Delegation", "ru")}
        [omsk_delegation] = delegations.list_delegations(ev)
        assert omsk_delegation.name == "Omsk"
        assert set(omsk_delegation.members) == {g.id for g in people}
        seated = {g.family_name: g.table_id for g in people}
        assert seated["Парфёнов"] is not None and seated["Соколова"] is None  # not silently lost


def test_create_tables_makes_the_tables_a_list_names(omsk, capsys):
    from checkin import tables

    event_path, list_path = omsk
    code, out, _ = run(capsys, "import", event_path, list_path, "--create-tables", "--json")
    assert code == 0
    report = json.loads(out)
    assert report["created_tables"] == ["12", "13"]  # "Стол 12" is table 12, "Экспорт" the next
    assert report["suggested_language"] == "ru"  # the names are Cyrillic, no language given
    with Event.open(event_path) as ev:
        made = {t.number: t for t in tables.list_tables(ev)}
        assert made[13].name == "Экспорт"
        seats = {g.family_name: made_number(made, g.table_id) for g in guests.list_guests(ev)}
        assert seats == {"Парфёнов": 1, "Парфёнова": 12, "Соколова": 12, "Щербакова": 13}


def made_number(tables_by_number, table_id):
    return next(n for n, t in tables_by_number.items() if t.id == table_id)


def test_the_names_script_suggests_the_language(omsk, capsys):
    event_path, list_path = omsk
    _, out, _ = run(capsys, "import", event_path, list_path, "--dry-run")
    assert (
        "The names are in Cyrillic: if the guests speak Russian, import with --language ru." in out
    )
    _, out, _ = run(capsys, "import", event_path, list_path, "--dry-run", "--language", "ru")
    assert "--language ru." not in out


def test_a_language_without_badges_is_refused(omsk, capsys):
    event_path, list_path = omsk
    code, _, err = run(capsys, "import", event_path, list_path, "--language", "fr")
    assert code == 2 and "--language" in err
