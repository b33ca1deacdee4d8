"""checkin badges: PDF out, filters, the print log, layouts listed, clear refusals."""

from __future__ import annotations

import json

import pypdfium2
import pytest
import zxingcpp

from tests.cli.helpers import run


def _codes(pdf_path) -> set[str]:
    pdf = pypdfium2.PdfDocument(str(pdf_path))
    found = set()
    for page in pdf:
        image = page.render(scale=150 / 72).to_pil()
        found |= {c.text for c in zxingcpp.read_barcodes(image)}
    pdf.close()
    return found


def test_list_layouts_needs_no_event_and_names_every_size(capsys):
    code, out, _ = run(capsys, "badges", "--list-layouts")
    assert code == 0
    assert "insert-90x54" in out and "90 × 54 mm" in out and "8 per page" in out
    assert "cr80" in out and "85.6 × 54 mm" in out
    code, out, _ = run(capsys, "badges", "--list-layouts", "--json")
    names = {row["name"] for row in json.loads(out)}
    assert {"a6", "a6-4up", "insert-90x54", "cr80", "label-62", "us-4x3"} <= names


def test_print_the_delegation_then_nothing_left_unprinted_in_it(demo, tmp_path, capsys):
    out_pdf = tmp_path / "delegation.pdf"
    code, out, err = run(capsys, "badges", demo, "--layout", "insert-90x54", "--out", out_pdf,
                         "--category", "Delegation", "--json", "--desk", "D1")  # fmt: skip
    assert code == 0, err
    data = json.loads(out)
    assert data["badges"] == 11 and data["sheets"] == 2 and data["logged"]
    code, listing, _ = run(capsys, "guests", demo, "--json")
    delegation = {
        g["id"]: g for g in json.loads(listing)["guests"] if g["category"] == "Delegation"
    }
    assert {p["guest_id"] for p in data["placements"]} == set(delegation)
    assert _codes(out_pdf) == {g["code"] for g in delegation.values()}
    first = data["placements"][0]
    assert (first["sheet"], first["slot"]) == (1, 1)
    code, out, err = run(capsys, "badges", demo, "--out", tmp_path / "again.pdf",
                         "--category", "Delegation", "--unprinted")  # fmt: skip
    assert code == 2 and "No guests selected" in err
    code, out, err = run(capsys, "badges", demo, "--out", tmp_path / "again.pdf",
                         "--category", "Delegation")  # fmt: skip
    assert code == 0 and "11 of them had been printed before" in out


def test_one_walk_in_badge_by_guest_id_as_a_preview(demo, tmp_path, capsys):
    code, out, err = run(capsys, "badges", demo, "--layout", "cr80", "--guest", "5",
                         "--out", tmp_path / "one.pdf", "--no-log")  # fmt: skip
    assert code == 0, err
    assert "1 badge(s) on 1 sheet(s) (cr80)" in out
    assert len(_codes(tmp_path / "one.pdf")) == 1
    code, out, err = run(capsys, "badges", demo, "--out", tmp_path / "all.pdf",
                         "--unprinted", "--json")  # fmt: skip
    assert code == 0 and json.loads(out)["badges"] >= 70  # the preview did not count


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["--layout", "a7", "--out", "{tmp}/x.pdf"], "Unknown badge layout 'a7'"),
        (["--out", "{tmp}/nowhere/x.pdf"], "no such folder"),
        (["--guest", "9999", "--out", "{tmp}/x.pdf"], "no guest with id 9999"),
        (["--table", "42", "--out", "{tmp}/x.pdf"], "no table 42"),
        ([], "--out FILE.pdf"),
        (["--gap-y", "40", "--out", "{tmp}/x.pdf"], "do not fit on the page"),
    ],
)
def test_bad_input_gets_one_clear_line_and_exit_2(demo, tmp_path, capsys, argv, message):
    argv = [a.replace("{tmp}", str(tmp_path)) for a in argv]
    code, out, err = run(capsys, "badges", demo, *argv)
    assert code == 2
    assert message in err and len(err.strip().splitlines()) == 1


def test_without_an_event_the_command_says_what_is_missing(capsys):
    code, _, err = run(capsys, "badges")
    assert code == 2 and "--list-layouts" in err


def test_margins_and_gaps_move_the_badges(demo, tmp_path, capsys):
    out_pdf = tmp_path / "shifted.pdf"
    code, _, err = run(capsys, "badges", demo, "--layout", "insert-90x54", "--out", out_pdf,
                       "--margin-left", "5", "--margin-top", "5", "--gap-x", "20", "--gap-y",
                       "3", "--no-log", "--category", "Delegation")  # fmt: skip
    assert code == 0, err
    pdf = pypdfium2.PdfDocument(str(out_pdf))
    image = pdf[0].render(scale=100 / 72).to_pil()
    pdf.close()
    px = 100 / 25.4
    xs = sorted(c.position.top_left.x for c in zxingcpp.read_barcodes(image))
    # The second column starts 90 + 20 mm after the first.
    assert abs((xs[-1] - xs[0]) / px - 110) < 1.5


def test_a_users_own_badge_stock_is_a_json_file(demo, tmp_path, capsys):
    stock = tmp_path / "stock.json"
    stock.write_text(json.dumps({"layouts": [{
        "name": "herma-4x2", "description": "Herma 4412: 8 × 96 × 50.8 mm on A4",
        "page_width": 210, "page_height": 297, "badge_width": 96, "badge_height": 50.8,
        "columns": 2, "rows": 4, "margin_left": 9, "margin_top": 47.8,
    }]}), encoding="utf-8")  # fmt: skip
    code, out, _ = run(capsys, "badges", "--list-layouts", "--layouts", stock)
    assert code == 0 and "herma-4x2" in out and "96 × 50.8 mm" in out
    code, out, err = run(capsys, "badges", demo, "--layouts", stock, "--layout", "herma-4x2",
                         "--out", tmp_path / "h.pdf", "--no-log", "--json")  # fmt: skip
    assert code == 0, err
    assert json.loads(out)["layout"] == "herma-4x2"
    assert len(_codes(tmp_path / "h.pdf")) == json.loads(out)["badges"]
    stock.write_text("{not json", encoding="utf-8")
    code, _, err = run(capsys, "badges", "--list-layouts", "--layouts", stock)
    assert code == 2 and "layouts file" in err
