"""Guest categories and the colours their badge band and result card use."""

from __future__ import annotations

from dataclasses import dataclass

from checkin.i18n import QT_TRANSLATE_NOOP


@dataclass(frozen=True)
class Category:
    key: str
    colour: str  # hex, readable with white text


CATEGORIES: dict[str, Category] = {
    c.key: c
    for c in (
        Category(QT_TRANSLATE_NOOP("core", "Delegation"), "#1f5fa8"),
        Category(QT_TRANSLATE_NOOP("core", "Guest"), "#4a5560"),
        Category(QT_TRANSLATE_NOOP("core", "Speaker"), "#7b2d8e"),
        Category(QT_TRANSLATE_NOOP("core", "Press"), "#c2571a"),
        Category(QT_TRANSLATE_NOOP("core", "Staff"), "#2e7d32"),
        Category(QT_TRANSLATE_NOOP("core", "VIP"), "#a8861f"),
        Category(QT_TRANSLATE_NOOP("core", "Interpreter"), "#00796b"),
    )
}

DEFAULT = "Guest"


def colour(key: str) -> str:
    return CATEGORIES.get(key, CATEGORIES[DEFAULT]).colour


def canonical(key: str) -> str:
    """Match a category name case-insensitively; unknown names are kept as given."""
    for known in CATEGORIES:
        if known.casefold() == (key or "").strip().casefold():
            return known
    return (key or "").strip() or DEFAULT
