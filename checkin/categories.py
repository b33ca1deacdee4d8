"""Guest categories and the colours their badge band and result card use."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Category:
    key: str
    colour: str  # hex, readable with white text


CATEGORIES: dict[str, Category] = {
    c.key: c
    for c in (
        Category("Delegation", "#1f5fa8"),
        Category("Guest", "#4a5560"),
        Category("Speaker", "#7b2d8e"),
        Category("Press", "#c2571a"),
        Category("Staff", "#2e7d32"),
        Category("VIP", "#a8861f"),
        Category("Interpreter", "#00796b"),
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
