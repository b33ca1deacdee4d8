"""Legal forms in organisation names, and shorter forms of a name for tight spaces.

A badge that cannot fit "Müller Orthopädietechnik GmbH & Co. KG" at a readable size
first spells legal forms short ("Gesellschaft mit beschränkter Haftung" → "GmbH",
"Общество с ограниченной ответственностью" → "ООО"), then leaves them out
("Müller Orthopädietechnik", "СибМедПрибор"): the name is what people recognise.
"""

from __future__ import annotations

import re
from functools import lru_cache

# Spelled-out legal forms and their usual abbreviation (German, Russian, English).
SHORT = [
    ("Gesellschaft mit beschränkter Haftung", "GmbH"),
    ("gemeinnützige GmbH", "gGmbH"),
    ("Kommanditgesellschaft", "KG"),
    ("Aktiengesellschaft", "AG"),
    ("eingetragener Verein", "e. V."),
    ("eingetragene Genossenschaft", "eG"),
    ("Публичное акционерное общество", "ПАО"),
    ("Закрытое акционерное общество", "ЗАО"),
    ("Открытое акционерное общество", "ОАО"),
    ("Непубличное акционерное общество", "НАО"),
    ("Акционерное общество", "АО"),
    ("Общество с ограниченной ответственностью", "ООО"),
    ("Автономная некоммерческая организация", "АНО"),
    ("Индивидуальный предприниматель", "ИП"),
    ("Федеральное государственное бюджетное учреждение", "ФГБУ"),
    ("Государственное бюджетное учреждение", "ГБУ"),
    ("Limited", "Ltd."),
    ("Incorporated", "Inc."),
    ("Corporation", "Corp."),
]

# Abbreviated legal forms that can be left out, longest first.
FORMS = [
    "GmbH & Co. KGaA", "GmbH & Co. KG", "GmbH & Co KG", "UG (haftungsbeschränkt)",
    "AG & Co. KG", "gGmbH", "GmbH", "mbH", "KGaA", "AG", "KG", "OHG", "GbR", "PartG", "eG",
    "e. V.", "e.V.", "SE", "Ltd.", "Ltd", "LLC", "Inc.", "Corp.", "PLC", "plc", "S.A.", "S.r.l.",
    "B.V.", "ПАО", "ЗАО", "ОАО", "НАО", "АО", "ООО", "АНО", "ИП", "ФГБУ", "ГБУ", "ТОО",
]  # fmt: skip

_SHORT = [(re.compile(rf"(?<!\w){re.escape(long)}(?!\w)", re.IGNORECASE), s) for long, s in SHORT]
_FORMS = re.compile(
    r"(?:^|(?<=[\s,(]))(?:" + "|".join(re.escape(f) for f in FORMS) + r")(?=$|[\s,)])"
)
_QUOTED = re.compile(r'^[«"„“]([^«»"„“”]+)[»"“”]$')


def _tidy(text: str) -> str:
    text = re.sub(r"\s+([,)])", r"\1", text)
    text = re.sub(r"\(\s*\)", "", text)
    text = re.sub(r"\s{2,}", " ", text).strip(" ,;–-")
    quoted = _QUOTED.match(text)
    return quoted.group(1).strip() if quoted else text


def abbreviate(name: str) -> str:
    """``name`` with spelled-out legal forms in their short form."""
    for pattern, short in _SHORT:
        name = pattern.sub(short, name)
    return _tidy(name)


def without_legal_form(name: str) -> str:
    """``name`` without its legal forms; the name itself if that would leave nothing."""
    bare = _tidy(_FORMS.sub("", abbreviate(name)))
    return bare or name


@lru_cache(maxsize=65536)  # organisations repeat across a badge batch
def shorter_forms(name: str) -> tuple[str, ...]:
    """Ever shorter forms of an organisation's name, not counting the name itself."""
    name = " ".join(name.split())
    out: list[str] = []
    for form in (abbreviate(name), without_legal_form(name)):
        if form and form != name and form not in out:
            out.append(form)
    return tuple(out)
