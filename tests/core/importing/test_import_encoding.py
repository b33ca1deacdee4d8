"""Short lists give a detector little to go on: German and Russian Windows lists still decode."""

from __future__ import annotations

import codecs

import pytest

from checkin.importing.encoding import NotText, decode


@pytest.mark.parametrize(
    ("text", "encoding"),
    [
        ("Vorname;Nachname\nAnna;Müller\n", "cp1252"),
        ("Nachname\nÖzdemir\n", "cp1252"),
        ("Name;Firma\nFrançois Dupont;Café Crème\n", "cp1252"),
        ("Name;Ort\nAnna;München\nPeter;Düsseldorf\nHans;Köln\n", "cp1252"),
        ("Фамилия;Имя\nИванов;Иван\n", "cp1251"),
        ("Name\nПётр\n", "cp1251"),
        ("Name;Firma\nIvan Petrov;ООО Ромашка\n", "cp1251"),
    ],
)
def test_short_windows_lists(text, encoding):
    decoded = decode(text.encode(encoding))
    assert (decoded.encoding, decoded.text) == (encoding, text)


@pytest.mark.parametrize(
    ("data", "encoding"),
    [
        (codecs.BOM_UTF8 + "Имя\nÖzdemir\n".encode(), "utf-8-sig"),
        ("Имя\nÖzdemir\n".encode(), "utf-8"),
        ("Имя\tÖzdemir\n".encode("utf-16"), "utf-16"),
        ("Имя\tÖzdemir\n".encode("utf-16-be"), "utf-16-be"),
    ],
)
def test_unicode_lists(data, encoding):
    decoded = decode(data)
    assert decoded.encoding == encoding
    assert decoded.text.lstrip("\ufeff").startswith("Имя")


def test_binary_is_not_text():
    with pytest.raises(NotText):
        decode(bytes(range(256)) * 20)
