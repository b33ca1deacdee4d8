"""What goes on a badge: plain text per guest, in the guest's (or the event's) language."""

from __future__ import annotations

from dataclasses import dataclass

from checkin import categories, collation, labels, translit
from checkin.codes import make_code as _make_code
from checkin.event import Event
from checkin.guests import badge_code
from checkin.models import Guest, ProgrammeItem, Table

LANGUAGES = labels.LANGUAGES


@dataclass(frozen=True)
class BadgeContent:
    guest_id: int
    given_name: str
    family_name: str
    second_line: str  # the name transliterated, or ""
    organisation: str
    position: str
    category_label: str
    colour: str  # hex
    table_label: str  # e.g. "Tisch 3", or ""
    table_theme: str  # in the guest's language if the table has it
    event_name: str
    code: str
    language: str


def make_code(secret: str, guest: Guest) -> str:
    """The same code as ``guests.badge_code``, without reading the secret for every guest."""
    return _make_code(secret, guest.token, guest.badge_version)


def event_language(event: Event) -> str:
    return next((lang for lang in event.info.languages if lang in LANGUAGES), "en")


def guest_language(guest: Guest, fallback: str) -> str:
    lang = (guest.language or "").strip().lower()[:2]
    return lang if lang in LANGUAGES else fallback


def label(key: str, lang: str) -> str:
    return labels.text(f"badge.{key}", lang)


def category_label(category: str, lang: str, staff_lang: str) -> str:
    """The category in the guest's language, followed by the staff's if that differs."""
    own, staff = labels.category(category, lang), labels.category(category, staff_lang)
    return own if own == staff else f"{own} · {staff}"


def sort_key(guest: Guest, lang: str = "de") -> tuple:
    """A–Z in the staff's order (checkin.collation): in German, Cyrillic names file under
    their Latin spelling and Ö under O; in Russian, Latin names under their reading."""
    return collation.guest_key(guest, lang)


def box_letter(guest: Guest, lang: str = "de") -> str:
    """The box a pre-printed badge is filed in: the letter its name is sorted under."""
    return collation.guest_letter(guest, lang)


def build(
    event: Event,
    guest: Guest,
    table: Table | None,
    *,
    event_name: str,
    staff_lang: str,
    reverse_transliteration: bool = False,
    show_position: bool = True,
    secret: str | None = None,
    round_tables: list[int] | None = None,
) -> BadgeContent:
    """The badge of ``guest``; pass the event's ``secret`` when building many at once.

    ``round_tables``: the guest's tables round by round, when meeting rounds seat them
    elsewhere than ``table`` (see ``checkin.seating.place.badge_tables``): printed instead
    of the table, so the badge never contradicts the rounds.
    """
    lang = guest_language(guest, staff_lang)
    if round_tables:
        table_label = f"{label('by_round', lang)}: " + " · ".join(map(str, round_tables))
        table_theme = ""
    else:
        table_label = f"{label('table', lang)} {table.number}" if table else ""
        table_theme = table.topic_in(lang) if table else ""
    name = " ".join(p for p in (guest.given_name, guest.family_name) if p)
    return BadgeContent(
        guest_id=guest.id,
        given_name=guest.given_name,
        family_name=guest.family_name,
        second_line=translit.second_line(name, reverse=reverse_transliteration),
        organisation=guest.organisation,
        position=guest.position if show_position else "",
        category_label=category_label(guest.category, lang, staff_lang),
        colour=categories.colour(guest.category),
        table_label=table_label,
        table_theme=table_theme,
        event_name=event_name,
        code=badge_code(event, guest) if secret is None else make_code(secret, guest),
        language=lang,
    )


def programme_lines(items: list[ProgrammeItem], lang: str | None = None) -> list[str]:
    """One line per programme item for the back of a badge: "20.04. 09:00  Name", the name
    in ``lang`` where the item has one.

    The date is left out when the item's name already carries it ("Di 20.04 Börse").
    """
    lines = []
    for item in items:
        name = item.name_in(lang)
        when = ""
        if len(item.starts) >= 16:  # ISO "2027-04-20T09:00"
            day = f"{item.starts[8:10]}.{item.starts[5:7]}"
            when = item.starts[11:16] if day in name else f"{day}. {item.starts[11:16]}"
        lines.append(f"{when}  {name}".strip())
    return lines
