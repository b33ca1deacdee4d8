"""checkin export and checkin purge: every format, bad input, and the confirmation."""

from __future__ import annotations

import csv
import json

import openpyxl
import pypdf
import pytest

from checkin.cli import main


def run(capsys, *argv):
    code = main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def demo(tmp_path, capsys):
    path = tmp_path / "x.checkin"
    assert run(capsys, "demo", path)[0] == 0
    code, out, _ = run(capsys, "guests", path, "--json")
    guest = json.loads(out)["guests"][0]
    assert run(capsys, "scan", path, guest["code"], "--desk", "Empfang 1")[0] == 0
    return path, guest


def test_csv_and_semicolon_csv(demo, capsys, tmp_path):
    path, guest = demo
    out = tmp_path / "a.csv"
    code, text, _ = run(capsys, "export", path, "--format", "csv", "--out", out, "--lang", "en")
    assert code == 0 and str(out) in text
    with out.open(encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.DictReader(fh))
    arrived = [r for r in rows if r["Status"] == "present"]
    assert len(arrived) == 1 and arrived[0]["Guest no."] == str(guest["id"])
    assert arrived[0]["Desk"] == "Empfang 1"
    semi = tmp_path / "b.csv"
    assert run(capsys, "export", path, "--format", "csv-semicolon", "--out", semi)[0] == 0
    assert semi.read_text(encoding="utf-8-sig").startswith("Programmpunkt;Gast-Nr.;Nachname")


def test_xlsx_pdf_doorlist_and_log(demo, capsys, tmp_path):
    path, guest = demo
    for fmt, name in (
        ("xlsx", "a.xlsx"),
        ("pdf", "r.pdf"),
        ("doorlist", "d.pdf"),
        ("log", "l.csv"),
    ):
        assert run(capsys, "export", path, "--format", fmt, "--out", tmp_path / name)[0] == 0
    book = openpyxl.load_workbook(tmp_path / "a.xlsx")
    assert book.sheetnames[:2] == ["Übersicht", "Alle Gäste"] and len(book.sheetnames) == 7
    assert "Teilnahmebericht" in pypdf.PdfReader(tmp_path / "r.pdf").pages[0].extract_text()
    assert len(pypdf.PdfReader(tmp_path / "d.pdf").pages) >= 5
    log = (tmp_path / "l.csv").read_text(encoding="utf-8-sig").splitlines()
    assert len(log) == 2 and "Empfang 1" in log[1]


def test_one_item_only(demo, capsys, tmp_path):
    path, _ = demo
    out = tmp_path / "one.xlsx"
    assert run(capsys, "export", path, "--format", "xlsx", "--out", out, "--item", 2)[0] == 0
    assert len(openpyxl.load_workbook(out).sheetnames) == 2  # summary + the item


def test_bad_input_is_one_line_and_exit_2(demo, capsys, tmp_path):
    path, _ = demo
    code, _, err = run(capsys, "export", path, "--format", "csv", "--out", tmp_path / "x.csv",
                       "--item", 99)  # fmt: skip
    assert code == 2 and "no programme item 99" in err and len(err.strip().splitlines()) == 1
    code, _, err = run(capsys, "export", path, "--format", "docx", "--out", tmp_path / "x")
    assert code == 2 and "invalid choice" in err
    code, _, err = run(capsys, "export", path, "--format", "csv",
                       "--out", tmp_path / "missing" / "x.csv")  # fmt: skip
    assert code == 2 and "could not be written" in err
    assert not list((tmp_path).glob("**/.x.csv.partial"))


def test_export_works_while_a_desk_holds_the_file(demo, capsys, tmp_path):
    from checkin.event import Event

    path, _ = demo
    with Event.open(path):  # the desk window has it open for writing
        assert run(capsys, "export", path, "--format", "pdf", "--out", tmp_path / "r.pdf")[0] == 0


def test_purge_needs_confirmation(demo, capsys):
    path, guest = demo
    everyone = len(json.loads(run(capsys, "guests", path, "--json")[1])["guests"])
    code, _, err = run(capsys, "purge", path)
    assert code == 1 and "--yes-delete-personal-data" in err
    code, out, _ = run(capsys, "purge", path, "--yes-delete-personal-data", "--json")
    assert code == 0 and json.loads(out)["guests"] == everyone
    _, out, _ = run(capsys, "guests", path, "--json")
    assert all(g["family_name"] == "" for g in json.loads(out)["guests"])
    _, out, _ = run(capsys, "stats", path, "--json")
    assert sum(i["checked_in"] for i in json.loads(out)["items"]) == 1


def test_export_of_a_file_from_an_older_checkin(capsys, tmp_path):
    import shutil
    from pathlib import Path

    old = tmp_path / "old.checkin"
    shutil.copy(Path(__file__).parent.parent / "data" / "event-v1.checkin", old)
    out = tmp_path / "old.csv"
    code, _, err = run(capsys, "export", old, "--format", "csv", "--out", out)
    assert code == 0, err
    assert out.read_text(encoding="utf-8-sig").startswith("Programmpunkt")
