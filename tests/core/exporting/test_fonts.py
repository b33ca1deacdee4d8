"""The report font: bundled DejaVu if present, else Debian's; other scripts transliterated."""

from pathlib import Path

from checkin import paths
from checkin.exporting import fonts


def test_bundled_font_first_then_the_system_one(monkeypatch, tmp_path):
    assert fonts.font_file("DejaVuSans.ttf").is_file()
    monkeypatch.setattr(paths, "resource", lambda *parts: tmp_path.joinpath(*parts))
    assert fonts.font_file("DejaVuSans.ttf") == fonts.SYSTEM_DIR / "DejaVuSans.ttf"


def test_latin_cyrillic_greek_kept_other_scripts_transliterated():
    assert fonts.printable("Müller Парфёнов Αθήνα") == "Müller Парфёнов Αθήνα"
    assert fonts.printable("王伟") == "Wang Wei"
    assert fonts.printable("Li 王") == "Li Wang"
    assert fonts.printable("Anna\u2028Bell") == "Anna Bell"


def test_a_chinese_name_in_the_report_is_readable(scenario, tmp_path):
    import pypdf

    from checkin import guests
    from checkin.exporting.pdf_report import export_pdf

    guests.add_guest(scenario.event, given_name="伟", family_name="王", organisation="北京")
    out = tmp_path / "r.pdf"
    export_pdf(scenario.event, out)
    text = "".join(p.extract_text() for p in pypdf.PdfReader(out).pages)
    assert "Wang, Wei" in text and "Bei Jing" in text  # not empty boxes
    assert Path(out).stat().st_size > 0
