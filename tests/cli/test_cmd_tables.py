"""checkin tables: list with fill level, import from a file, bad files refused."""

from __future__ import annotations

import json

from tests.cli.helpers import run


def test_lists_tables_with_guests_seated(demo, capsys):
    code, out, _ = run(capsys, "tables", demo, "--json")
    assert code == 0
    rows = json.loads(out)["tables"]
    assert [r["number"] for r in rows] == [1, 2, 3, 4, 5, 6]
    first = rows[0]
    assert first["theme"] == "Medizintechnik" and first["capacity"] == 12
    assert first["seated"] == 11 and first["over_capacity"] is False
    code, out, _ = run(capsys, "tables", demo)
    assert "Pflege & Gesundheit" in out and "11/12" in out


def test_import_adds_and_updates(demo, capsys, tmp_path):
    csv = tmp_path / "tische.csv"
    csv.write_text(
        "Nr;Name;Thema;Kapazität;Gastgeber\n6;Bau;Bau und Energie;8;Heike\n"
        "7;Tourismus;Tourismus;10;Ole\n",
        encoding="utf-8",
    )
    code, out, _ = run(capsys, "tables", demo, "--import", csv, "--json")
    assert code == 0
    data = json.loads(out)
    assert data["import"] == {"added": [7], "updated": [6], "ignored_columns": []}
    six = next(r for r in data["tables"] if r["number"] == 6)
    # 10 guests at a table now shrunk to 8 seats: shown as over capacity
    assert six["capacity"] == 8 and six["seated"] == 10 and six["over_capacity"]
    code, out, _ = run(capsys, "tables", demo)
    assert "10/8 !" in out


def test_bad_import_is_one_line_exit_2(demo, capsys, tmp_path):
    bad = tmp_path / "bad.csv"
    bad.write_text("Nr;Plätze\n1;zwölf\n", encoding="utf-8")
    code, out, err = run(capsys, "tables", demo, "--import", bad)
    assert code == 2
    assert err.strip().count("\n") == 0
    assert "row 2, column Plätze" in err
    code, out, err = run(capsys, "tables", demo, "--import", tmp_path / "missing.csv")
    assert code == 2 and "missing.csv" in err


def test_writes_both_printouts(demo, capsys, tmp_path):
    hosts, door = tmp_path / "hosts.pdf", tmp_path / "door.pdf"
    code, out, _ = run(
        capsys, "tables", demo, "--host-lists", hosts, "--door-list", door, "--lang", "en", "--json"
    )
    assert code == 0
    assert json.loads(out)["written"] == {"host_lists": str(hosts), "door_list": str(door)}
    from pypdf import PdfReader

    # the demo names its tables in English too: the English host list says so
    assert "Table 1 – Medical technology" in PdfReader(str(hosts)).pages[0].extract_text()
    assert "Seating overview" in PdfReader(str(door)).pages[0].extract_text()
