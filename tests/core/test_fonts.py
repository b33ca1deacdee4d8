"""The one font family of every PDF: its glyphs, its licence, its fallbacks."""

from __future__ import annotations

import pypdf

from checkin import fonts, guests, paths

GERMAN = "ÄÖÜäöüßẞ„“‚‘–—…€"
WESTERN = "ÀÁÂÃÅÆÇÈÉÊËÌÍÎÏÐÑÒÓÔÕØÙÚÛÝÞàáâãåæçèéêëìíîïðñòóôõøùúûýþÿŒœŠšŽžŸ"
CYRILLIC = "".join(chr(c) for c in range(0x0410, 0x0450)) + "ЁёЇїІіЄєҐґЎў«»№"


def test_the_bundled_family_has_a_glyph_for_every_german_western_and_cyrillic_letter():
    for font in fonts.FILES:
        assert fonts.missing_glyphs(GERMAN + WESTERN + CYRILLIC, font) == set(), font


def test_the_fonts_ship_with_their_licence():
    licence = paths.resource("fonts", "DejaVu-LICENSE.txt").read_text(encoding="utf-8")
    assert "Bitstream" in licence and "Permission is hereby granted" in licence
    for filename in fonts.FILES.values():
        assert paths.resource("fonts", filename).stat().st_size > 100_000


def test_a_character_the_font_lacks_is_transliterated_not_drawn_as_a_box():
    text = fonts.printable("山田 Taro")
    assert fonts.missing_glyphs(text) == set()
    assert text.endswith("Taro") and "Shan" in text
    assert fonts.printable("Jörg Weiß") == "Jörg Weiß"
    assert fonts.printable("Anna 🎉") == "Anna "  # an emoji in a CRM name is left out


def test_bundled_font_first_then_the_system_one(monkeypatch, tmp_path):
    assert fonts.font_file("DejaVuSans.ttf") == paths.resource("fonts", "DejaVuSans.ttf")
    monkeypatch.setattr(paths, "resource", lambda *parts: tmp_path.joinpath(*parts))
    assert fonts.font_file("DejaVuSans.ttf") == fonts.SYSTEM_DIR / "DejaVuSans.ttf"


def test_latin_cyrillic_greek_kept_other_scripts_transliterated():
    assert fonts.printable("Müller Парфёнов Αθήνα") == "Müller Парфёнов Αθήνα"
    assert fonts.printable("王伟") == "Wang Wei"
    assert fonts.printable("Li 王") == "Li Wang"
    assert fonts.printable("Anna\u2028Bell") == "Anna Bell"
    assert fonts.printable("Anna\nBell\x00") == "Anna Bell"


def test_every_pdf_maker_uses_this_module():
    """Badges, reports, door lists, seating printouts and schedules draw with one family."""
    from checkin.badges import design
    from checkin.exporting import door_list, pdf_layout
    from checkin.rounds import schedules
    from checkin.seating import printouts

    for module in (design, door_list, pdf_layout, schedules, printouts):
        assert module.fonts is fonts, module.__name__


def test_a_chinese_name_in_the_report_is_readable(event, tmp_path):
    from checkin.exporting.pdf_report import export_pdf

    guests.add_guest(event, given_name="伟", family_name="王", organisation="北京")
    out = tmp_path / "r.pdf"
    export_pdf(event, out)
    text = "".join(p.extract_text() for p in pypdf.PdfReader(out).pages)
    assert "Wang, Wei" in text and "Bei Jing" in text  # not empty boxes
