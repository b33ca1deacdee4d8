"""Seating printouts: per-table host lists and the A–Z door overview, read back as PDF."""

from __future__ import annotations

import pypdfium2 as pdfium
from pypdf import PdfReader
from reportlab.pdfbase import pdfmetrics

from checkin import guests, tables
from checkin.seating import assign, printouts


def _pages(path) -> list[str]:
    return [page.extract_text() for page in PdfReader(str(path)).pages]


def test_host_lists_one_page_per_table_with_its_guests(demo_event, tmp_path):
    path = printouts.host_lists(demo_event, tmp_path / "hosts.pdf")
    pages = _pages(path)
    assert len(pages) == 6
    first = pages[0]
    assert "Tisch 1 – Medizintechnik" in first
    assert "Tischpate: Dr. Sabine Weiß" in first
    assert "11 von 12 Plätzen belegt" in first
    assert "Парфёнов, Алексей" in first and "Aleksei Parfenov" in first
    assert "ООО «СибМедПрибор»" in first
    assert "Pfeiffer" not in "".join(pages)  # cancelled guests are not on any list
    assert "Weiß, Jörg" not in "".join(pages)


def test_host_list_follows_a_seat_change(demo_event, tmp_path):
    sabine = next(g for g in guests.list_guests(demo_event) if g.family_name == "Weiß")
    assign.assign(demo_event, sabine.id, tables.table_by_number(demo_event, 5).id)
    pages = _pages(printouts.host_lists(demo_event, tmp_path / "hosts.pdf", lang="en"))
    assert "Weiß, Sabine" not in pages[0]
    assert "Weiß, Sabine" in pages[4]
    assert "13 of 12 seats taken" in pages[4]


def test_door_overview_sorted_a_to_z_with_cyrillic_under_latin_letter(demo_event, tmp_path):
    path = printouts.door_overview(demo_event, tmp_path / "door.pdf")
    text = "\n".join(_pages(path))
    assert "Sitzplatzübersicht" in text
    # Белов sorts as "Belov": after Becker, before Biermann
    assert text.index("Becker, Anastasia") < text.index("Белов, Виктор") < text.index("Biermann")
    assert "(Belov)" in text
    assert "Ackermann, Timo" in text  # staff without a table are listed with "–"


def test_cyrillic_renders_as_glyphs_not_boxes(demo_event, tmp_path):
    """Rasterise the page: the Cyrillic name occupies ink like the Latin one next to it."""
    path = printouts.host_lists(demo_event, tmp_path / "hosts.pdf")
    pdf = pdfium.PdfDocument(str(path))
    page = pdf[0]
    image = page.render(scale=2).to_pil().convert("L")
    textpage = page.get_textpage()
    width, height = page.get_size()

    def ink(needle: str) -> float:
        searcher = textpage.search(needle)
        found = searcher.get_next()
        assert found, needle
        left, bottom, right, top = textpage.get_charbox(found[0])
        for i in range(found[0], found[0] + found[1]):
            box = textpage.get_charbox(i)
            left, bottom = min(left, box[0]), min(bottom, box[1])
            right, top = max(right, box[2]), max(top, box[3])
        crop = image.crop(
            (
                int(left * 2),
                int((height - top) * 2),
                int(right * 2) + 1,
                int((height - bottom) * 2) + 1,
            )
        )
        dark = sum(crop.histogram()[:128])
        return dark / max(1, crop.width * crop.height)

    cyrillic, latin = ink("Парфёнов"), ink("Straßburger")
    assert cyrillic > 0.08 and latin > 0.08
    assert 0.5 < cyrillic / latin < 2
    page0 = PdfReader(str(path)).pages[0]
    names = {str(f.get_object()["/BaseFont"]) for f in page0["/Resources"]["/Font"].values()}
    # the embedded DejaVu subset, not a base-14 font (those have no Cyrillic)
    assert any("DejaVuSans" in n for n in names), names
    face = pdfmetrics.getFont(printouts.FONT).face
    assert all(ord(ch) in face.charToGlyph for ch in "ПарфёновЖЩЫ")
    pdf.close()
