"""Which column holds which guest field: synonyms in German, English and Russian, the
column names of Eventbrite's attendee report and pretix's order export, and turning one
row of cells into a guest record (splitting a single "Name" column, keeping unknown
columns as extra fields).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from checkin import categories

# Fields a column can be mapped to. "name" is a full name that is split; "table" is a
# table number or name; "order_code"/"position" make an external id for ticket exports;
# "status" marks cancelled tickets; "extra" keeps the column under its own name;
# "ignore" drops it.
FIELDS = (
    "salutation",
    "given_name",
    "patronymic",
    "family_name",
    "name",
    "organisation",
    "position",
    "industry",
    "email",
    "phone",
    "language",
    "category",
    "table",
    "notes",
    "external_id",
    "external_barcode",
    "order_code",
    "position_id",
    "status",
    "languages",
    "consent",
    "meeting_point",
    "extra",
    "ignore",
)

# Listed most specific first: when two columns map to one field (pretix has the buyer's
# "Email" and the "Attendee email"), the one named earlier here wins if it has a value.
SYNONYMS: dict[str, tuple[str, ...]] = {
    "salutation": (
        "Attendee name: Title",
        "Anrede",
        "Salutation",
        "Title",
        "Titel",
        "Prefix",
        "Обращение",
        "Титул",
    ),
    "given_name": (
        "Attendee name: Given name",
        "Vorname",
        "First Name",
        "First",
        "Given name",
        "Given names",
        "Forename",
        "Имя",
    ),
    "patronymic": ("Отчество", "Patronymic", "Middle name", "Vatersname", "Zweiter Vorname"),
    "family_name": (
        "Attendee name: Family name",
        "Nachname",
        "Familienname",
        "Last Name",
        "Surname",
        "Family name",
        "Last",
        "Фамилия",
    ),
    "name": (
        "Attendee name",
        "Name",
        "Full name",
        "Vollständiger Name",
        "Teilnehmer",
        "Teilnehmer:in",
        "Gast",
        "Guest",
        "Attendee",
        "ФИО",
        "Ф.И.О.",
        "Имя и фамилия",
        "Участник",
        "Гость",
    ),
    "organisation": (
        "Attendee company",
        "Firma",
        "Unternehmen",
        "Organisation",
        "Organization",
        "Company",
        "Institution",
        "Einrichtung",
        "Arbeitgeber",
        "Organisation/Firma",
        "Организация",
        "Компания",
        "Предприятие",
        "Company name",
    ),
    "position": (
        "Position",
        "Funktion",
        "Job Title",
        "Job title",
        "Title/Position",
        "Role",
        "Rolle",
        "Должность",
    ),
    "industry": ("Branche", "Industry", "Sector", "Sektor", "Fachgebiet", "Отрасль", "Сфера"),
    "email": (
        "Attendee email",
        "E-Mail",
        "Email",
        "E-Mail-Adresse",
        "Email Address",
        "Mail",
        "Эл. почта",
        "Электронная почта",
        "E-mail адрес",
        "Почта",
    ),
    "phone": (
        "Telefon",
        "Phone",
        "Phone number",
        "Telephone",
        "Tel",
        "Tel.",
        "Mobile",
        "Mobil",
        "Handy",
        "Cell Phone",
        "Work Phone",
        "Телефон",
        "Тел.",
    ),
    "language": ("Sprache", "Language", "Язык"),
    "category": ("Kategorie", "Category", "Gruppe", "Group", "Gästegruppe", "Категория"),
    "table": ("Tisch", "Tischnummer", "Table", "Table number", "Стол", "Номер стола"),
    "notes": (
        "Bemerkung",
        "Bemerkungen",
        "Notiz",
        "Notizen",
        "Hinweis",
        "Notes",
        "Note",
        "Comment",
        "Comments",
        "Kommentar",
        "Примечание",
        "Комментарий",
    ),
    "external_id": (
        "Attendee #",
        "Attendee ID",
        "Teilnehmer-ID",
        "Teilnehmernummer",
        "Guest ID",
        "ID",
        # Not "Nr.": a running number shifts when someone inserts a row.
    ),
    "external_barcode": (
        "Ticket secret",
        "Barcode #",
        "Barcode",
        "Ticket code",
        "Ticketcode",
        "QR code",
        "Code",
        "Secret",
        "Штрихкод",
    ),
    "order_code": ("Order code", "Order #", "Order number", "Bestellnummer", "Bestellcode"),
    "position_id": ("Position ID",),
    "status": ("Status", "Attendee Status", "Order status", "Статус"),
    # The exchange: languages spoken ("de, ru"), consent to share contact details with the
    # people met, and a meeting point (stays at the table in every round).
    "languages": (
        "Sprachen",
        "Sprachkenntnisse",
        "Languages",
        "Languages spoken",
        "Языки",
        "Знание языков",
    ),
    "consent": (
        "Einwilligung Kontaktdaten",
        "Einwilligung Kontaktweitergabe",
        "Kontaktdaten teilen",
        "Einwilligung",
        "Consent",
        "Contact consent",
        "Consent to share contact details",
        "Share contact details",
        "Согласие",
        "Согласие на передачу контактов",
        "Согласие на обмен контактами",
    ),
    "meeting_point": (
        "Treffpunkt",
        "Fester Tisch",
        "Meeting point",
        "Fixed table",
        "Место встречи",
        "Постоянный стол",
    ),
}


def normalise(header: str) -> str:
    """Compare column names without case, spaces, punctuation or ё/е differences."""
    text = header.casefold().replace("ё", "е").replace("ß", "ss").replace("#", " nr")
    return re.sub(r"[\W_]+", "", text)


_LOOKUP: dict[str, tuple[str, int]] = {}
for _field, _names in SYNONYMS.items():
    for _rank, _name in enumerate(_names):
        _LOOKUP.setdefault(normalise(_name), (_field, _rank))


def field_for(header: str) -> str | None:
    hit = _LOOKUP.get(normalise(header))
    return hit[0] if hit else None


def is_known(header: str) -> bool:
    return normalise(header) in _LOOKUP


def guess_mapping(columns: list[str]) -> dict[str, str]:
    """Column name -> field, unknown columns -> "extra"."""
    return {col: field_for(col) or "extra" for col in columns}


@dataclass(frozen=True)
class Plan:
    """A mapping turned into column indexes, ready to be run over many rows quickly."""

    columns: list[str]
    mapping: dict[str, str]
    by_field: dict[str, list[int]] = field(default_factory=dict)
    extra: list[tuple[int, str]] = field(default_factory=list)

    @classmethod
    def make(cls, columns: list[str], mapping: dict[str, str]) -> Plan:
        by_field: dict[str, list[tuple[int, int]]] = {}
        extra = []
        for index, col in enumerate(columns):
            target = mapping.get(col, "extra")
            if target == "ignore":
                continue
            if target == "extra":
                extra.append((index, col))
                continue
            hit = _LOOKUP.get(normalise(col))
            rank = hit[1] if hit and hit[0] == target else 99
            by_field.setdefault(target, []).append((rank, index))
        ordered = {f: [i for _, i in sorted(pairs)] for f, pairs in by_field.items()}
        return cls(columns, dict(mapping), ordered, extra)

    @property
    def has_name(self) -> bool:
        return any(f in self.by_field for f in ("given_name", "family_name", "name"))

    def label(self, target: str) -> str:
        """The name of the (first) column mapped to ``target``."""
        return self.columns[self.by_field[target][0]]

    def record(self, cells: list[str]) -> dict:
        """One row of cells as a guest record (field -> text, plus "extra": dict)."""
        n = len(cells)
        rec: dict = {}
        for target, indexes in self.by_field.items():
            for i in indexes:
                if i < n and cells[i]:
                    rec[target] = cells[i]
                    break
        extra = {col: cells[i] for i, col in self.extra if i < n and cells[i]}
        rec["extra"] = extra
        full = rec.pop("name", "")
        if full and not (rec.get("given_name") or rec.get("family_name")):
            rec.update({k: v for k, v in split_name(full).items() if v and not rec.get(k)})
        order, pos = rec.pop("order_code", ""), rec.pop("position_id", "")
        if order and not rec.get("external_id"):
            rec["external_id"] = f"{order}-{pos}" if pos else order
        elif order:
            extra.setdefault(self.label("order_code"), order)
        if "category" in rec:
            rec["category"] = categories.canonical(rec["category"])
        if "language" in rec:
            rec["language"] = language_code(rec["language"])
        if "email" in rec:
            rec["email"] = rec["email"].strip().strip("<>").strip()
        if "languages" in rec:
            rec["languages"] = ", ".join(language_list(rec["languages"]))
        for flag in ("consent", "meeting_point"):
            if flag in rec:
                answer = yes_no(rec[flag])
                if answer is None:  # kept as it was written; the report names the row
                    extra.setdefault(self.label(flag), rec[flag])
                    rec[f"{flag}_unclear"] = rec.pop(flag)
                else:
                    rec[flag] = answer
        status = rec.pop("status", "")
        if status:
            if normalise(status) in _CANCELLED:
                rec["cancelled"] = True
            extra.setdefault(self.label("status"), status)
        return rec


_CANCELLED = {
    normalise(s)
    for s in (
        "cancelled",
        "canceled",
        "c",
        "storniert",
        "storno",
        "abgesagt",
        "abgemeldet",
        "not attending",
        "refunded",
        "deleted",
        "отменена",
        "отменен",
        "отменён",
        "отказ",
    )
}

_LANGUAGES = {
    "de": ("de", "deu", "ger", "deutsch", "german", "немецкий", "нем"),
    "en": ("en", "eng", "englisch", "english", "английский", "англ"),
    "ru": ("ru", "rus", "russisch", "russian", "русский", "рус"),
    "fr": ("fr", "fra", "französisch", "french", "французский"),
}
_LANGUAGE_LOOKUP = {normalise(name): code for code, names in _LANGUAGES.items() for name in names}


def language_code(text: str) -> str:
    return _LANGUAGE_LOOKUP.get(normalise(text), text.strip())


_LIST_SEPARATORS = re.compile(r"\s*(?:[,;/+&|\n]|\s(?:und|and|и)\s)\s*", re.IGNORECASE)


def language_list(text: str) -> list[str]:
    """Language codes from a cell like "Deutsch, Russisch", "de/ru" or "ru и en", in order."""
    codes: list[str] = []
    for part in _LIST_SEPARATORS.split(text):
        code = language_code(part).lower() if part.strip() else ""
        if code and code not in codes:
            codes.append(code)
    return codes


_YES = {
    normalise(s)
    for s in ("yes", "y", "ja", "j", "да", "д", "x", "1", "true", "wahr", "ok", "agreed")
} | {normalise(s) for s in ("einverstanden", "zugestimmt", "согласен", "согласна")}
_NO = {
    normalise(s)
    for s in ("no", "n", "nein", "нет", "0", "false", "falsch", "abgelehnt", "не согласен")
}
_TICKS = {"✓", "✔", "☑", "✅"}
_DASHES = {"-", "–", "—"}


def yes_no(text: str) -> bool | None:
    """A yes/no cell ("ja", "x", "да", "1", "✓" / "nein", "нет", "0", "-"); None if unclear."""
    stripped = text.strip()
    if stripped in _TICKS:
        return True
    if stripped in _DASHES:
        return False
    word = normalise(stripped)
    if word in _YES:
        return True
    if word in _NO or not word:
        return False
    return None


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
