"""The rounds and schedule commands; schedule PDFs read back as text (pypdf) in de and ru."""

from __future__ import annotations

import json

import pypdf
import pypdfium2

from checkin.cli import main
from checkin.rounds import model, schedules, service


def run_cli(capsys, *argv):
    code = main([str(a) for a in argv])
    out = capsys.readouterr()
    return code, out.out, out.err


def test_rounds_json_has_exactly_the_documented_shape(make_exchange, capsys):
    ex = make_exchange(visitors=20, locals_=60)
    path = ex.event.path
    code, out, err = run_cli(
        capsys, "rounds", path, "--item", ex.item.id, "--auto", "--rounds", 3, "--json"
    )
    assert code == 0, err
    data = json.loads(out)
    assert set(data) == {"rounds", "unplaced", "open_interpreter_needs"}
    assert [r["round"] for r in data["rounds"]] == [1, 2, 3]
    numbers = {t.number for t in ex.tables.values()}
    for rnd in data["rounds"]:
        assert set(rnd) == {"round", "start", "tables"}
        assert rnd["start"].startswith("2027-04-20T")
        seen = []
        for row in rnd["tables"]:
            assert set(row) == {"table", "guests", "interpreter", "needs_interpreter"}
            assert row["table"] in numbers
            assert all(isinstance(g, int) for g in row["guests"])
            assert row["interpreter"] is None or row["interpreter"] in ex.interpreters
            assert isinstance(row["needs_interpreter"], bool)
            seen += row["guests"]
        assert len(seen) == len(set(seen))
    for need in data["open_interpreter_needs"]:
        assert {"round", "table"} <= set(need)
    # saved: showing the plan again gives the same tables
    code, again, _ = run_cli(capsys, "rounds", path, "--item", ex.item.id, "--json")
    assert json.loads(again)["rounds"] == data["rounds"]


def test_dry_run_saves_nothing_and_bad_input_is_one_line(make_exchange, capsys):
    ex = make_exchange(visitors=10, locals_=30)
    path = ex.event.path
    model.set_rounds(ex.event, ex.item, 2)
    code, out, _ = run_cli(capsys, "rounds", path, "--item", ex.item.id, "--auto", "--dry-run")
    assert code == 0 and "dry run" in out
    assert model.seats(ex.event, ex.item.id) == {1: {}, 2: {}}
    code, _, err = run_cli(capsys, "rounds", path, "--item", ex.item.id, "--rounds", "3")
    assert code == 2 and err.count("\n") == 1
    code, _, err = run_cli(
        capsys, "schedule", path, "--all", "--out", ex.event.path.parent / "x.pdf"
    )
    assert code == 2 and "no planned rounds" in err


def _text(pdf_path):
    return [page.extract_text() for page in pypdf.PdfReader(str(pdf_path)).pages]


def test_schedules_in_german_and_russian(make_exchange, capsys, tmp_path):
    ex = make_exchange(visitors=10, locals_=30, interpreters=4)
    service.plan_item(ex.event, ex.item, rounds=3)
    plan = service.load(ex.event, ex.item)
    visitor = ex.visitors[0]
    out_ru = tmp_path / "ru.pdf"
    code, _, err = run_cli(
        capsys, "schedule", ex.event.path, "--item", ex.item.id, "--guest", visitor, "--out", out_ru
    )
    assert code == 0, err
    (page,) = _text(out_ru)
    assert "Ваш план встреч" in page and "Раунд 1" in page and "Стол" in page
    mates = plan.seating[1][plan.table_of(1, visitor)]
    host = next(plan.people[g] for g in mates if g in ex.hosts)
    # a German name for a Russian reader: Cyrillic first, the original beside it
    assert "Хост Гастгебер" in page and f"({host.full_name})" in page
    assert "09:00–09:25" in page
    out_de = tmp_path / "de.pdf"
    code, _, _ = run_cli(
        capsys, "schedule", ex.event.path, "--item", ex.item.id, "--guest", host.id, "--out", out_de
    )
    (page,) = _text(out_de)
    assert "Ihr Gesprächsplan" in page and "Runde 3" in page and "Tisch" in page
    assert (
        "Ivan Gost" in page and "(Иван Гость" in page
    )  # the passport spelling for a German reader
    interpreter = plan.interpreters.get(1, {}).get(plan.table_of(1, host.id))
    if interpreter:
        assert "Dolmetscher/in: Olga" in page
    # the page renders (no missing glyph boxes would show in text, so rasterise it too)
    pdf = pypdfium2.PdfDocument(str(out_de))
    assert pdf[0].render(scale=0.5).to_pil().size[0] > 200


def test_all_schedules_one_page_each_sorted_by_family_name(make_exchange, capsys, tmp_path):
    ex = make_exchange(visitors=8, locals_=20, interpreters=2)
    plan = service.plan_item(ex.event, ex.item, rounds=2)
    out = tmp_path / "all.pdf"
    code, text, _ = run_cli(
        capsys,
        "schedule",
        ex.event.path,
        "--item",
        ex.item.id,
        "--all",
        "--out",
        out,
        "--lang",
        "en",
    )
    assert code == 0
    pages = _text(out)
    people = schedules.schedule_order(plan)
    assert len(pages) == len(people) >= 8 + 20
    names = [p.full_name for p in people]
    family = [p.family_name for p in people]
    assert all(page.splitlines()[2] == name for page, name in zip(pages, names, strict=True))
    # Гость… (Gost') files under G, between Gastgeber… and Müller…
    assert family.index("Гость000") > family.index("Gastgeber000")
    assert family.index("Гость000") < family.index("Müller000")
    assert all("Your meeting schedule" in p for p in pages)
