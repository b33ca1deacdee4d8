from __future__ import annotations

from checkin import paths
from checkin.badges import fonts

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
