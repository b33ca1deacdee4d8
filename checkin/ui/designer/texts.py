"""Names of the design's building blocks for the staff, in the UI language."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from checkin.badges.designs.model import EXTRA_PREFIX

translate = QCoreApplication.translate  # lupdate finds translate("designer", "…")


def field_names() -> dict[str, str]:
    return {
        "given_name": translate("designer", "Given name"),
        "family_name": translate("designer", "Family name"),
        "full_name": translate("designer", "Full name"),
        "latin_name": translate("designer", "Name in the other script (Latin line)"),
        "organisation": translate("designer", "Organisation"),
        "position": translate("designer", "Position"),
        "category": translate("designer", "Category (guest's language)"),
        "table": translate("designer", "Table (guest's language)"),
        "table_theme": translate("designer", "Table theme"),
        "table_line": translate("designer", "Table and theme"),
        "event_name": translate("designer", "Event name"),
        "event_dates": translate("designer", "Event dates"),
        "event_venue": translate("designer", "Venue"),
        "fixed": translate("designer", "Fixed text"),
    }


def field_name(key: str) -> str:
    if key.startswith(EXTRA_PREFIX):
        return translate("designer", "Column: %1").replace("%1", key[len(EXTRA_PREFIX) :])
    return field_names().get(key, key)


def kind_names() -> dict[str, str]:
    return {
        "text": translate("designer", "Text"),
        "image": translate("designer", "Image"),
        "qr": translate("designer", "QR code"),
        "shape": translate("designer", "Shape"),
        "background": translate("designer", "Background artwork"),
        "programme": translate("designer", "Programme"),
    }


def element_label(element, index: int) -> str:
    """How an element is named in lists: its own name or its kind and what it shows."""
    kind = kind_names().get(element.kind, element.kind)
    if element.kind == "text" and element.parts:
        shown = ", ".join(field_name(p.field) for p in element.parts[:2])
        return f"{kind}: {shown}" + ("…" if len(element.parts) > 2 else "")
    return f"{kind} {index + 1}" if not element.name else f"{kind}: {element.name}"


def shape_names() -> dict[str, str]:
    return {
        "rect": translate("designer", "Rectangle"),
        "rounded": translate("designer", "Rounded rectangle"),
        "ellipse": translate("designer", "Ellipse"),
        "line": translate("designer", "Line"),
    }


def align_names() -> dict[str, str]:
    return {
        "left": translate("designer", "Left"),
        "center": translate("designer", "Centre"),
        "right": translate("designer", "Right"),
    }


def valign_names() -> dict[str, str]:
    return {
        "top": translate("designer", "Top"),
        "center": translate("designer", "Middle"),
        "bottom": translate("designer", "Bottom"),
    }


def fit_names() -> dict[str, str]:
    return {
        "contain": translate("designer", "Whole image"),
        "cover": translate("designer", "Fill the place"),
        "stretch": translate("designer", "Stretch"),
    }


def font_names() -> dict[str, str]:
    return {
        "sans": translate("designer", "Sans"),
        "condensed": translate("designer", "Sans condensed"),
    }
