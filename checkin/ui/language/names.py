"""Names as the staff can read them, in the UI language's script and order.

A name in another script than the staff's gets its reading beside it — the passport
spelling of a Cyrillic name for German and English staff ("Парфёнов (Parfenov)"), the
Cyrillic reading of a Latin name for Russian staff — and lists sort as the staff's
language does (``checkin.collation``). Everything here follows the applied UI language.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from checkin import collation, i18n, translit


def current_language() -> str:
    """The language the UI is shown in right now ("de", "en" or "ru")."""
    app = QCoreApplication.instance()
    applied = getattr(app, "_checkin_translations", None) if app is not None else None
    return applied.language if applied is not None else i18n.DEFAULT


def reading(text: str, lang: str | None = None) -> str:
    """``text`` in the staff's script when it is written in another one, else ""."""
    return translit.reading(text or "", lang or current_language())


def with_reading(text: str, lang: str | None = None) -> str:
    """``text`` followed by its reading in brackets, if it needs one."""
    shown = reading(text, lang)
    return f"{text} ({shown})" if shown else (text or "")


def list_name(given: str, family: str, lang: str | None = None) -> str:
    """ "Family, Given (reading)" as lists show a guest."""
    name = ", ".join(p for p in (family, given) if p)
    shown = reading(" ".join(p for p in (given, family) if p), lang)
    return f"{name} ({shown})" if shown else name


def sort_text(text: str, lang: str | None = None) -> str:
    """A string that sorts ``text`` in the staff's order when compared as plain text
    (Qt's sort proxy compares strings, not tuples)."""
    lang = lang or current_language()
    if lang == "ru":
        return "".join(chr(0x20 + k) for k in collation.russian(text))
    return collation.din5007(text)


def guest_sort_text(guest, lang: str | None = None) -> str:
    """A guest's place in the staff's order as one string (family, given, particle, id)."""
    lang = lang or current_language()
    family, given = guest.family_name or guest.given_name, guest.given_name
    if not guest.family_name:
        given = ""
    main, particle = collation.split_particle(family.strip())
    parts = (sort_text(main, lang), sort_text(given, lang), sort_text(particle, lang))
    return "\x01".join(parts) + f"\x01{family} {given}".casefold() + f"\x01{guest.id:012d}"
