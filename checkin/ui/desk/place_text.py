"""Where a guest sits, as staff read it: the same wording on the card, in search and list.

The place itself comes from :mod:`checkin.seating.place`; here it gets its label in the
UI language, saying what the table is (this round's, the next round's, or the seat).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from checkin.seating.place import Place, PlaceKind

translate = QCoreApplication.translate


def _theme(text: str, place: Place) -> str:
    return f"{text} – {place.theme}" if place.theme else text


def card_text(place: Place | None) -> str:
    """For the result card: "Round 2 (now): table 5 – Pflege", "Table 1 – Medizintechnik"."""
    if place is None:
        return translate("PlaceText", "No table assigned")
    number = str(place.table_number)
    if place.kind is PlaceKind.ROUND_NOW:
        text = translate("PlaceText", "Round %1 (now): table %2").replace("%1", str(place.round))
    elif place.kind is PlaceKind.ROUND_NEXT and place.time_range:
        text = translate("PlaceText", "Round %1 (from %3): table %2").replace(
            "%1", str(place.round)
        )
        text = text.replace("%3", place.time_range.split("–")[0])
    elif place.kind is PlaceKind.ROUND_NEXT:
        text = translate("PlaceText", "Round %1 (next): table %2").replace("%1", str(place.round))
    else:
        text = translate("PlaceText", "Table %1").replace("%1", number)
    return _theme(text.replace("%2", number), place)


def short_text(place: Place | None) -> str:
    """For a row of the search or the guest list: "table 5 (round 2, now)", "table 1"."""
    if place is None:
        return ""
    number = str(place.table_number)
    if place.kind is PlaceKind.ROUND_NOW:
        text = translate("PlaceText", "table %2 (round %1, now)")
    elif place.kind is PlaceKind.ROUND_NEXT:
        text = translate("PlaceText", "table %2 (round %1, next)")
    else:
        return translate("PlaceText", "table %1").replace("%1", number)
    return text.replace("%1", str(place.round)).replace("%2", number)


def column_text(place: Place | None) -> str:
    """For the guest list's table column: "1 – Pflege", "2 – Pflege (round 1, now)"."""
    if place is None:
        return ""
    text = _theme(str(place.table_number), place)
    if place.kind is PlaceKind.ROUND_NOW:
        return (
            text + " " + translate("PlaceText", "(round %1, now)").replace("%1", str(place.round))
        )
    if place.kind is PlaceKind.ROUND_NEXT:
        return (
            text + " " + translate("PlaceText", "(round %1, next)").replace("%1", str(place.round))
        )
    return text


def later_text(place: Place | None) -> str:
    """The guest's rounds after this one: "then round 3: table 1"."""
    if place is None or not place.later:
        return ""
    rounds = ", ".join(
        translate("PlaceText", "round %1: table %2")
        .replace("%1", str(s.round))
        .replace("%2", str(s.table_number))
        for s in place.later
    )
    return translate("PlaceText", "then %1").replace("%1", rounds)
