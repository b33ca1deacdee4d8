"""The export's words: every label in de, en and ru with the same placeholders."""

import string

import pytest

from checkin import labels


@pytest.mark.parametrize("key", labels.keys())
def test_every_label_has_three_languages_with_matching_placeholders(key):
    fields = []
    for lang in labels.LANGUAGES:
        words = labels._TABLE[key][labels.LANGUAGES.index(lang)]
        assert words.strip(), (key, lang)
        fields.append(sorted(f for _, f, _, _ in string.Formatter().parse(words) if f))
    assert fields[0] == fields[1] == fields[2], key


def test_the_words_cover_every_language_of_the_app():
    from checkin import i18n

    assert set(labels.LANGUAGES) == set(i18n.LANGUAGES)


def test_one_document_reads_its_words_as_a_section():
    assert labels.section("schedule", "ru")["table"] == "Стол"
    assert labels.section("seating", "ru")["table"] == "Стол"  # no English on a Russian printout
    assert labels.section("badge", "xx") == {
        "table": "Table",
        "programme": "Programme",
        "by_round": "Tables by round",
    }


def test_language_choice_and_numbers():
    assert labels.text("summary", "de_DE") == "Übersicht"
    assert labels.text("summary", "fr") == "Summary"  # unknown: English
    assert labels.text("page", "ru", page=3) == "Стр. 3"
    assert [labels.number(50000, lang) for lang in ("de", "en", "ru")] == [
        "50.000",
        "50,000",
        "50\u00a0000",
    ]
