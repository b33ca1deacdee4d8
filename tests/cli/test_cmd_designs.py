"""checkin designs and checkin badges --design/--logo: designs from the command line."""

from __future__ import annotations

import json

import numpy as np
import pypdfium2
import zxingcpp

from checkin import paths
from checkin.badges import get_layout
from checkin.badges.designs import assets, store
from checkin.badges.designs.default import default_design
from checkin.badges.designs.model import Design, Element, Face, TextPart
from checkin.event import Event
from tests.cli.helpers import run

LOGO = paths.resource("demo", "logo-omsk.png")
LOGO_RED = np.array([168, 30, 40])


def _pages(pdf_path, dpi=150):
    pdf = pypdfium2.PdfDocument(str(pdf_path))
    try:
        return [page.render(scale=dpi / 72).to_pil().convert("RGB") for page in pdf]
    finally:
        pdf.close()


def test_badges_with_logo_carry_it_on_every_badge_and_every_code_scans(demo, tmp_path, capsys):
    out_pdf = tmp_path / "logo.pdf"
    code, out, err = run(capsys, "badges", demo, "--layout", "insert-90x54", "--out", out_pdf,
                         "--logo", LOGO, "--json", "--no-log")  # fmt: skip
    assert code == 0, err
    data = json.loads(out)
    layout = get_layout("insert-90x54")
    place = default_design(90, 54, assets.read(LOGO)).front.named("logo")
    dpi = 150
    px = dpi / 25.4
    pages = _pages(out_pdf, dpi)
    assert len(pages) == data["sheets"]
    codes = set()
    badges_with_logo = 0
    for sheet, page in enumerate(pages, start=1):
        image = np.asarray(page).astype(int)
        on_sheet = [p for p in data["placements"] if p["sheet"] == sheet]
        for placement in on_sheet:
            slot = layout.front(placement["slot"] - 1)
            top = layout.page_height - slot.y - slot.height + place.y
            box = image[int(top * px) : int((top + place.h) * px),
                        int((slot.x + place.x) * px) : int((slot.x + place.right) * px)]  # fmt: skip
            red = (np.abs(box - LOGO_RED).sum(axis=2) < 60).sum()
            badges_with_logo += red > 200
        found = {c.text for c in zxingcpp.read_barcodes(page)}
        assert len(found) == len(on_sheet)
        codes |= found
    assert badges_with_logo == data["badges"] == len(codes)


def test_designs_list_export_import_use_and_check(demo, tmp_path, capsys):
    with Event.open(demo) as event:
        front = Face((
            Element("text", 4, 4, 50, 20, parts=(TextPart(field="full_name", max_size=20),)),
            Element("qr", 60, 10, 28, 28),
        ))  # fmt: skip
        store.save_design(event, Design("Presse", 90, 54, front))
    code, out, _ = run(capsys, "designs", demo)
    assert code == 0 and out.split() == ["*", "standard", "Presse"]
    design_file = tmp_path / "presse.checkin-design"
    assert run(capsys, "designs", demo, "--export", "Presse", "--out", design_file)[0] == 0
    code, out, err = run(capsys, "designs", demo, "--import", design_file, "--name", "Kopie")
    assert code == 0, err
    assert run(capsys, "designs", demo, "--use", "Kopie")[0] == 0
    code, out, _ = run(capsys, "designs", demo, "--json")
    assert {r["name"]: r["in_use"] for r in json.loads(out)} == {
        "standard": False, "Presse": False, "Kopie": True}  # fmt: skip
    code, out, _ = run(capsys, "designs", demo, "--check", "--json")
    assert code == 0 and json.loads(out)["design"] == "Kopie"
    out_pdf = tmp_path / "kopie.pdf"
    code, _, err = run(capsys, "badges", demo, "--out", out_pdf, "--no-log", "--guest", "1")
    assert code == 0, err
    assert len(zxingcpp.read_barcodes(_pages(out_pdf)[0])) == 1


def test_a_design_with_a_tiny_qr_code_is_refused_by_check_and_by_badges(demo, tmp_path, capsys):
    with Event.open(demo) as event:
        front = Face((Element("qr", 70, 30, 12, 12),))
        store.save_design(event, Design("Winzig", 90, 54, front))
    code, out, _ = run(capsys, "designs", demo, "--check", "Winzig")
    assert code == 1 and "REFUSED" in out and "0.5 mm" in out
    code, _, err = run(capsys, "badges", demo, "--out", tmp_path / "w.pdf", "--design", "Winzig")
    assert code == 2 and "Winzig cannot be printed" in err
    code, _, err = run(capsys, "designs", demo, "--use", "Winzig")
    assert code == 2 and "cannot be printed" in err
    code, _, err = run(capsys, "badges", demo, "--out", tmp_path / "w.pdf", "--design", "Nope")
    assert code == 2 and "no badge design 'Nope'" in err
