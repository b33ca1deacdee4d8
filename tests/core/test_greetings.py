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


def test_every_language_has_every_phrase():
    keys = set(greetings.GREETINGS["en"])
    assert all(set(p) == keys for p in greetings.GREETINGS.values())
