"""Column names that mean a guest field: German, English and Russian synonyms, and the
column names of the registration systems' exports (pretix, Indico, Hi.Events, alf.io,
Eventbrite, Google Forms; see ``systems.py``). Data only.

Gender-inclusive German forms ("Teilnehmer*innen", "Teilnehmer:in", "TeilnehmerInnen",
"Teilnehmer_innen", "Teilnehmer/-in") compare equal to the plain form: ``normalise``.
"""

from __future__ import annotations

import re

# Fields a column can be mapped to. "name" is a full name that is split; "table" is a
# table number or name; "order_code"/"position" make an external id for ticket exports;
# "status" marks cancelled and unpaid tickets, "paid" is a yes/no column; "extra" keeps the column under its own name;
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
    "paid",
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
        "Attendee name: Salutation",
        "Name Teilnehmer*in: Titel",
        "Name Teilnehmer*in: Anrede",
        "Teilnehmer*innenname: Titel",
        "Teilnehmer*innenname: Anrede",
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
        "Attendee name: First name",
        "Name Teilnehmer*in: Vorname",
        "Teilnehmer*innenname: Vorname",
        "Vorname",
        "First Name",
        "First",
        "Given name",
        "Given names",
        "Forename",
        "Имя",
    ),
    "patronymic": (
        "Attendee name: Middle name",
        "Name Teilnehmer*in: Mittlerer Name",
        "Teilnehmer*innenname: Mittlerer Name",
        "Отчество",
        "Patronymic",
        "Middle name",
        "Vatersname",
        "Zweiter Vorname",
    ),
    "family_name": (
        "Attendee name: Family name",
        "Name Teilnehmer*in: Nachname",
        "Teilnehmer*innenname: Nachname",
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
        "Attendee name: Full name",
        "Attendee name: Name",
        "Name Teilnehmer*in",
        "Name Teilnehmer*in: Voller Name",
        "Name Teilnehmer*in: Name",
        "Teilnehmer*innenname: Voller Name",
        "Teilnehmer*innenname: Name",
        "Name des Teilnehmers",
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
        # the buyer's name: only when a row names no attendee
        "Invoice address name",
        "Rechnungsadresse: Name",
        "Buyer name",
    ),
    "organisation": (
        "Attendee company",
        "Teilnehmer*innen-Firma",
        "Firma Teilnehmer*in",
        "Firma",
        "Unternehmen",
        "Organisation",
        "Organization",
        "Company",
        "Institution",
        "Einrichtung",
        "Arbeitgeber",
        "Organisation/Firma",
        "Firma/Organisation",
        "Firma/Unternehmen",
        "Организация",
        "Компания",
        "Предприятие",
        "Company name",
        "Affiliation",
        "Zugehörigkeit",
        # the buyer's company: only when a row names no attendee company
        "Invoice address company",
        "Rechnungsadresse: Firma",
        "Buyer company",
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
        "E-Mail Teilnehmer*in",
        "Teilnehmer*innen-E-Mail",
        "E-Mail",
        "Email",
        "E-Mail-Adresse",
        "Email Address",
        "Mail",
        "Эл. почта",
        "Электронная почта",
        "E-mail адрес",
        "Почта",
        "Адрес электронной почты",
        # the buyer's address: only when a row has no attendee address
        "Buyer email",
        "Order email",
    ),
    "phone": (
        "Telefon",
        "Telefonnummer",
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
    "language": ("Sprache", "Language", "Язык", "Order locale", "Bestellsprache"),
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
    "status": (
        "Status",
        "Attendee Status",
        "Registration state",
        "Registration status",
        "Anmeldestatus",
        "Teilnehmer*innenstatus",
        "Order status",
        "Bestellstatus",
        "Статус",
    ),
    "paid": ("Paid", "Bezahlt", "Оплачено"),
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


# "Teilnehmer*innen", "Teilnehmer:in", "Teilnehmer_innen", "Teilnehmer/-in", "Teilnehmer(in)"
# and the capital-I forms "TeilnehmerInnen", "TeilnehmerIn": the ending after a lower-case
# letter goes, so each compares as "Teilnehmer" (compounds too: "Teilnehmer*innen-Firma").
_GENDER = re.compile(
    r"(?<=[a-zäöüß])(?:[*:_/·]-?innen|\(innen\)|Innen"
    r"|(?:[*:_/·]-?in|\(in\)|In)(?![a-zäöüß]))"
)
_NOT_WORD = re.compile(r"[\W_]+")


def normalise(header: str) -> str:
    """Compare column names without case, spaces, punctuation, ё/е differences or the
    gender-inclusive endings of German words."""
    text = _GENDER.sub("", header).casefold().replace("ё", "е").replace("ß", "ss")
    return _NOT_WORD.sub("", text.replace("#", " nr"))
