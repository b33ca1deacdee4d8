"""Every export format: written whole or not at all, and never the event secret or a code."""

import zipfile

import pypdf
import pytest

from checkin import guests
from checkin.errors import InvalidInput
from checkin.exporting import formats


def readable_text(path) -> str:
    if path.suffix == ".xlsx":
        with zipfile.ZipFile(path) as z:
            return "".join(z.read(n).decode() for n in z.namelist())
    if path.suffix == ".pdf":
        return "".join(p.extract_text() for p in pypdf.PdfReader(path).pages)
    return path.read_text(encoding="utf-8-sig")


@pytest.mark.parametrize("fmt", list(formats.FORMATS))
def test_no_secret_and_no_badge_code_in_any_export(scenario, tmp_path, fmt):
    event = scenario.event
    codes = [guests.badge_code(event, g) for g in guests.list_guests(event)]
    folder = tmp_path / "exports"
    folder.mkdir()
    out = folder / f"out{formats.FORMATS[fmt].suffix}"
    assert formats.export(event, fmt, out, lang="ru") == out
    text = readable_text(out)
    assert "Иван" in text or "«СибМед»" in text  # Cyrillic survives every format
    assert event.secret not in text
    assert not [c for c in codes if c in text]
    assert [p.name for p in folder.iterdir()] == [out.name]  # no partial file left


def test_a_failed_export_keeps_the_previous_file(scenario, tmp_path, monkeypatch):
    folder = tmp_path / "exports"
    folder.mkdir()
    out = folder / "report.pdf"
    out.write_bytes(b"yesterday's report")

    def broken(*args, **kwargs):
        raise OSError(28, "No space left on device")

    monkeypatch.setitem(formats.FORMATS, "pdf", formats.ExportFormat("pdf", ".pdf", broken))
    with pytest.raises(InvalidInput) as err:
        formats.export(scenario.event, "pdf", out)
    assert "No space left on device" in str(err.value)
    assert out.read_bytes() == b"yesterday's report"
    assert [p.name for p in folder.iterdir()] == ["report.pdf"]


def test_unknown_format_is_refused(scenario, tmp_path):
    with pytest.raises(InvalidInput):
        formats.export(scenario.event, "docx", tmp_path / "x.docx")
