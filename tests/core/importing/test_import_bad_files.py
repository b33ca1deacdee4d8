"""Files that cannot be a guest list: one clear line naming the file, the event unchanged."""

from __future__ import annotations

import gc
import io
import os
import zipfile

import pytest

from checkin.errors import BadImportFile, CheckinError
from checkin.importing import import_file, reading
from tests.core.importing.listfiles import write_text, write_xlsx


def dump(event) -> str:
    return "\n".join(event.db.conn.iterdump())


def _empty(p):
    p.write_bytes(b"")


def _blank_lines(p):
    p.write_text("\r\n;;;\r\n  \r\n", encoding="utf-8")


def _header_only(p):
    write_text(p, [["Vorname", "Nachname", "Firma"]], delimiter=";")


def _header_and_blank_rows(p):
    write_text(p, [["Vorname", "Nachname", "Firma"], ["", "", ""], [], ["", " ", ""]])


def _binary(p):
    p.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 40 + os.urandom(2000))


def _random_bytes(p):
    p.write_bytes(os.urandom(5000))


def _text_named_xlsx(p):
    p.write_text("Vorname;Nachname\nAnna;Müller\n", encoding="utf-8")


def _zip_named_xlsx(p):
    with zipfile.ZipFile(p, "w") as z:
        z.writestr("word/document.xml", "<w:document/>")


def _truncated_xlsx(p):
    buf = io.BytesIO()
    write_xlsx(buf, [["Vorname", "Nachname"], ["Anna", "Müller"]])
    p.write_bytes(buf.getvalue()[:300])


def _legacy_xls(p):
    p.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 2000)


def _huge(p):
    with p.open("wb") as fh:  # sparse: takes no disk space
        fh.truncate(reading.MAX_BYTES + 1)


def _no_name_column(p):
    write_text(p, [["Artikel", "Menge"], ["Stühle", "40"], ["Tische", "8"]])


@pytest.mark.parametrize(
    ("name", "make", "key", "words"),
    [
        ("leer.csv", _empty, "import_empty", "empty"),
        ("blank.csv", _blank_lines, "import_empty", "empty"),
        ("header.csv", _header_only, "import_header_only", "no guests"),
        ("header-blank.csv", _header_and_blank_rows, "import_header_only", "no guests"),
        ("logo.csv", _binary, "import_binary", "not a guest list"),
        ("noise.txt", _random_bytes, "import_binary", "not a guest list"),
        ("liste.xlsx", _text_named_xlsx, "import_fake_xlsx", "not a readable Excel workbook"),
        ("brief.xlsx", _zip_named_xlsx, "import_fake_xlsx", "not a readable Excel workbook"),
        ("kaputt.xlsx", _truncated_xlsx, "import_fake_xlsx", "not a readable Excel workbook"),
        ("alt.xls", _legacy_xls, "import_fake_xlsx", "not a readable Excel workbook"),
        ("liste.xls", _text_named_xlsx, "import_fake_xlsx", "not a readable Excel workbook"),
        ("riesig.csv", _huge, "import_too_large", "too large"),
        ("inventar.csv", _no_name_column, "import_no_name_column", "no column holds guest names"),
    ],
)
def test_bad_file_is_refused_and_event_unchanged(event, tmp_path, name, make, key, words):
    path = tmp_path / name
    make(path)
    before = dump(event)
    with pytest.raises(BadImportFile) as caught:
        import_file(event, path)
    message = str(caught.value)
    assert caught.value.key == key
    assert message.startswith(str(path) + ":")
    assert words in message
    assert "\n" not in message
    assert dump(event) == before
    assert gc.isenabled()  # the import pauses the cyclic collector, and resumes it on errors


def test_missing_file(event, tmp_path):
    with pytest.raises(BadImportFile, match="no such file"):
        import_file(event, tmp_path / "nirgends.csv")


def test_too_many_rows(event, tmp_path, monkeypatch):
    monkeypatch.setattr(reading, "MAX_ROWS", 10)
    rows = [["Name"]] + [[f"Gast {i}"] for i in range(11)]
    path = write_text(tmp_path / "lang.csv", rows)
    with pytest.raises(BadImportFile, match="more than 10 rows with data"):
        import_file(event, path)
    # blank rows do not count: ten rows of data below a thousand blank lines import
    write_text(path, [["Name"]] + [[""]] * 1000 + rows[1:10])
    assert len(import_file(event, path).added) == 9


def test_a_failed_write_leaves_nothing_behind(event, tmp_path):
    """All or nothing: a failure half-way (here: the seating log refuses) rolls back."""
    event.db.execute(
        "CREATE TRIGGER refuse BEFORE INSERT ON seating_log BEGIN SELECT RAISE(ABORT, 'nope'); END"
    )
    before = dump(event)
    rows = [["Vorname", "Nachname", "Tisch"], ["Neu", "Gast", ""], ["Mit", "Platz", "1"]]
    with pytest.raises(CheckinError, match="could not be written"):
        import_file(event, write_text(tmp_path / "liste.csv", rows))
    assert dump(event) == before
