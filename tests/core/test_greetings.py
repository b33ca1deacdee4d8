import pytest

from checkin import greetings


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        ("ru", "Добро пожаловать, Иван!"),
        ("de", "Willkommen, Иван!"),
        ("ru-RU", "Добро пожаловать, Иван!"),
        ("", "Welcome, Иван!"),
        ("fi", "Welcome, Иван!"),
    ],
)
def test_greeting_in_the_guests_language_or_english(language, expected):
    assert greetings.greeting(language, "Иван") == expected


def test_the_display_phrases_exist_in_every_language():
    for lang in ("de", "en", "ru"):
        assert greetings.phrase(lang, "table") and greetings.phrase(lang, "ready")
    assert greetings.phrase("ru", "table") == "Ваш стол"
