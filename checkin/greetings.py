"""Greetings for the guest-facing display, in the guest's own language."""

from __future__ import annotations

from checkin import labels

DEFAULT_LANGUAGE = labels.DEFAULT


def language_of(code: str | None) -> str:
    """The greeting language for a guest's language field ("de", "ru-RU", "Russian"...)."""
    key = (code or "").strip().lower()[:2]
    aliases = {"ge": "de", "ру": "ru"}
    key = aliases.get(key, key)
    return key if key in labels.LANGUAGES else DEFAULT_LANGUAGE


def greeting(language: str | None, name: str) -> str:
    return labels.text("display.welcome", language_of(language), name=name)


def phrase(language: str | None, key: str) -> str:
    return labels.text(f"display.{key}", language_of(language))
