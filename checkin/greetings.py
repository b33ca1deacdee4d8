"""Greetings for the guest-facing display, in the guest's own language."""

from __future__ import annotations

# {name} is the guest's name; the table line follows on its own.
GREETINGS: dict[str, dict[str, str]] = {
    "de": {"welcome": "Willkommen, {name}!", "table": "Ihr Tisch", "ready": "Herzlich willkommen"},
    "en": {"welcome": "Welcome, {name}!", "table": "Your table", "ready": "Welcome"},
    "ru": {
        "welcome": "Добро пожаловать, {name}!",
        "table": "Ваш стол",
        "ready": "Добро пожаловать",
    },
}
DEFAULT_LANGUAGE = "en"


def language_of(code: str | None) -> str:
    """The greeting language for a guest's language field ("de", "ru-RU", "Russian"...)."""
    key = (code or "").strip().lower()[:2]
    aliases = {"ge": "de", "ру": "ru"}
    key = aliases.get(key, key)
    return key if key in GREETINGS else DEFAULT_LANGUAGE


def greeting(language: str | None, name: str) -> str:
    return GREETINGS[language_of(language)]["welcome"].format(name=name)


def phrase(language: str | None, key: str) -> str:
    return GREETINGS[language_of(language)][key]
