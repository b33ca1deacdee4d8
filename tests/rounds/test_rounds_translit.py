"""Names in the reader's script with the original beside it."""

from __future__ import annotations

import pytest

from checkin.rounds.translit import for_reader


@pytest.mark.parametrize(
    ("name", "lang", "shown"),
    [
        ("Müller", "ru", "Мюллер (Müller)"),
        ("Markus Müller", "ru", "Маркус Мюллер (Markus Müller)"),
        ("Schäfer-Lindner", "ru", "Шефер-Линднер (Schäfer-Lindner)"),
        ("Jürgen Maaß", "ru", "Юрген Маасс (Jürgen Maaß)"),
        ("Парфёнов", "de", "Parfjonow (Парфёнов)"),
        ("Парфёнов", "en", "Parfyonov (Парфёнов)"),
        ("Щербакова", "de", "Schtscherbakowa (Щербакова)"),
        ("Жуков", "en", "Zhukov (Жуков)"),
        ("Парфёнов", "ru", "Парфёнов"),  # already in the reader's script: shown once
        ("Müller", "de", "Müller"),
    ],
)
def test_names_in_the_readers_script(name, lang, shown):
    assert for_reader(name, lang) == shown
