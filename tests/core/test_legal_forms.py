"""Shorter forms of organisation names: legal forms spelled short, then left out."""

from __future__ import annotations

import pytest

from checkin.legal_forms import abbreviate, shorter_forms, without_legal_form


@pytest.mark.parametrize(
    ("name", "forms"),
    [
        ("Müller Orthopädietechnik GmbH & Co. KG", ["Müller Orthopädietechnik"]),
        ("ООО «СибМедПрибор»", ["СибМедПрибор"]),
        ("АО «Омский завод медтехники»", ["Омский завод медтехники"]),
        ("Общество с ограниченной ответственностью «Ромашка»", ["ООО «Ромашка»", "Ромашка"]),
        ("Brauerei Gesellschaft mit beschränkter Haftung", ["Brauerei GmbH", "Brauerei"]),
        ("MedLine Devices Europe Ltd., Niederlassung Wiesental",
         ["MedLine Devices Europe, Niederlassung Wiesental"]),
        ("Klinikum Wiesental gGmbH", ["Klinikum Wiesental"]),
        ("Kreisbauernverband Wiesental e. V.", ["Kreisbauernverband Wiesental"]),
        ("Molkerei Wiesental eG", ["Molkerei Wiesental"]),
        ("Tech UG (haftungsbeschränkt)", ["Tech"]),
        ("Pflegeteam Nowak & Partner", []),  # no legal form: nothing shorter
        ("Stadtwerke AGB", []),  # "AG" only as a word of its own
        ("AG", []),  # never shortened to nothing
    ],
)  # fmt: skip
def test_shorter_forms(name, forms):
    assert list(shorter_forms(name)) == forms


def test_abbreviating_keeps_the_name_and_dropping_keeps_something():
    assert abbreviate("Акционерное общество «Сибирь»") == "АО «Сибирь»"
    assert without_legal_form("GmbH") == "GmbH"
