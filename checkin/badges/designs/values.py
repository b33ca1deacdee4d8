"""What a text element shows for one badge: its field's value, or its fixed text.

The values come from a badge's content (checkin/badges/content.py, already in the guest's
language) and a few things about the event and the guest that only designs use (dates,
venue, the guest list's extra columns).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from checkin.badges.content import BadgeContent
from checkin.badges.designs.model import EXTRA_PREFIX, TextPart


@dataclass(frozen=True)
class EventFacts:
    """Event data a design may show, the same on every badge."""

    dates: str = ""
    venue: str = ""


def event_facts(info) -> EventFacts:
    return EventFacts(dates=dates_text(info.starts, info.ends), venue=info.venue or "")


def dates_text(starts: str, ends: str) -> str:
    """ "19.–23.04.2027" from ISO dates (as on a German or Russian programme)."""

    def parts(iso: str) -> tuple[str, str, str] | None:
        bits = (iso or "")[:10].split("-")
        return (bits[2], bits[1], bits[0]) if len(bits) == 3 and all(bits) else None

    a, b = parts(starts), parts(ends)
    if a is None:
        return ""
    if b is None or a == b:
        return ".".join(a)
    if a[1:] == b[1:]:
        return f"{a[0]}.–{'.'.join(b)}"
    if a[2] == b[2]:
        return f"{a[0]}.{a[1]}.–{'.'.join(b)}"
    return f"{'.'.join(a)}–{'.'.join(b)}"


@dataclass(frozen=True)
class BadgeValues:
    """Everything the text of one badge can show."""

    content: BadgeContent
    extra: dict = field(default_factory=dict)
    facts: EventFacts = EventFacts()
    category: str = ""  # the guest's category key (designs can differ by category)

    def of(self, name: str) -> str:
        c = self.content
        if name.startswith(EXTRA_PREFIX):
            value = self.extra.get(name[len(EXTRA_PREFIX) :], "")
            return "" if value is None else str(value)
        simple = {
            "given_name": c.given_name,
            "family_name": c.family_name,
            "full_name": " ".join(p for p in (c.given_name, c.family_name) if p),
            "latin_name": c.second_line,
            "organisation": c.organisation,
            "position": c.position,
            "category": c.category_label,
            "table": c.table_label,
            "table_theme": c.table_theme,
            "event_name": c.event_name,
            "event_dates": self.facts.dates,
            "event_venue": self.facts.venue,
        }
        if name == "table_line":
            return f"{c.table_label} – {c.table_theme}" if c.table_theme else c.table_label
        return simple.get(name, "")

    def text(self, part: TextPart) -> str:
        if part.field == "fixed":
            lang = self.content.language
            texts = part.text
            value = texts.get(lang) or texts.get("") or texts.get("en") or ""
            if not value and texts:
                value = next(iter(texts.values()))
        else:
            value = self.of(part.field)
        return value.upper() if part.uppercase else value

    def texts(self, parts: tuple[TextPart, ...]) -> list[str]:
        """The text of each part; a lone family name takes the given name's large line."""
        out = [self.text(p) for p in parts]
        names = [p.field for p in parts]
        if "given_name" in names and "family_name" in names:
            gi, fi = names.index("given_name"), names.index("family_name")
            if not out[gi].strip() and out[fi].strip():
                out[gi], out[fi] = out[fi], ""
        return out
