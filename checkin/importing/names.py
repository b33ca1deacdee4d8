"""Splitting a single "Name" cell into salutation, given name, patronymic and family name
("Müller, Anna", "Dr. Anna Müller", "Парфёнова Ирина Сергеевна", "Ludwig van der Berg")."""

from __future__ import annotations

import re

from checkin.importing.synonyms import normalise

SALUTATIONS = {
    normalise(s): s
    for s in (
        "Herr",
        "Frau",
        "Hr.",
        "Fr.",
        "Mr",
        "Mr.",
        "Mrs",
        "Mrs.",
        "Ms",
        "Ms.",
        "Dr.",
        "Dr",
        "Prof.",
        "Prof",
        "Господин",
        "Госпожа",
        "Г-н",
        "Г-жа",
    )
}
# Lower-case name particles that belong to the family name.
_PARTICLES = {
    "von",
    "van",
    "vom",
    "zu",
    "zur",
    "de",
    "der",
    "den",
    "di",
    "da",
    "del",
    "dos",
    "la",
    "le",
}
_PATRONYMIC = re.compile(r"(вич|вна|чна|ична|инична|оглы|кызы)$", re.IGNORECASE)


def split_name(full: str) -> dict[str, str]:
    """Split "Dr. Anna Müller", "Müller, Anna" or "Парфёнов Иван Сергеевич" into parts."""
    text = " ".join(full.split())
    out = {"salutation": "", "given_name": "", "patronymic": "", "family_name": ""}
    if "," in text:
        family, _, given = (p.strip() for p in text.partition(","))
        words = given.split()
    else:
        family, words = "", text.split()
    titles = []
    while words and normalise(words[0]) in SALUTATIONS and len(words) > 1:
        titles.append(words.pop(0))
    out["salutation"] = " ".join(titles)
    if family:
        out["family_name"] = family
        if len(words) >= 2 and _PATRONYMIC.search(words[-1]):
            out["patronymic"] = words.pop()
        out["given_name"] = " ".join(words)
        return out
    if len(words) == 1:
        out["family_name"] = words[0]
    elif len(words) == 3 and _PATRONYMIC.search(words[2]):  # Фамилия Имя Отчество
        out["family_name"], out["given_name"], out["patronymic"] = words
    elif len(words) == 3 and _PATRONYMIC.search(words[1]):  # Имя Отчество Фамилия
        out["given_name"], out["patronymic"], out["family_name"] = words
    elif words:
        cut = len(words) - 1
        while cut > 1 and words[cut - 1] in _PARTICLES:  # "von Weizsäcker", "van der Berg"
            cut -= 1
        out["given_name"], out["family_name"] = " ".join(words[:cut]), " ".join(words[cut:])
    return out
