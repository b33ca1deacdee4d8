"""What a status cell says about a registration: active, not attending, or not paid yet.

The words are those the systems really write (see ``systems.py`` for where each comes
from), in English, German and Russian. A row that is not attending makes no active guest
(it is stored as cancelled and reported); an unpaid or pending one is imported and
reported, so the desk can ask for payment. Words we do not know are reported too, and the
guest is imported as active: turning someone away needs a word we understand.
"""

from __future__ import annotations

from enum import Enum

from checkin.importing.synonyms import normalise


class Standing(Enum):
    ACTIVE = "active"
    NOT_ATTENDING = "not_attending"  # cancelled, withdrawn, rejected, refunded, expired ...
    PENDING = "pending"  # not paid or not approved yet: imported and flagged
    UNKNOWN = "unknown"


_WORDS: dict[Standing, tuple[str, ...]] = {
    Standing.ACTIVE: (
        # pretix (order status, en/de), Indico, Hi.Events, alf.io, Eventbrite
        "paid", "bezahlt", "completed", "complete", "abgeschlossen", "active", "aktiv", "acquired", "checked_in",
        "checked in", "eingecheckt", "attending", "confirmed", "bestätigt", "approved",
        "genehmigt", "registered", "angemeldet", "ok", "yes", "ja",
        "оплачен", "оплачена", "подтверждена", "подтвержден", "зарегистрирован",
    ),
    Standing.NOT_ATTENDING: (
        "cancelled", "canceled", "c", "storniert", "storno", "abgesagt", "abgemeldet",
        "canceled (paid fee)", "storniert (bezahlte gebühr)", "refunded", "erstattet",
        "refunded/canceled", "deleted", "gelöscht", "not attending", "nicht teilnehmend",
        "nimmt nicht teil", "absage", "withdrawn", "zurückgezogen", "rejected", "abgelehnt",
        "declined", "expired", "abgelaufen", "invalidated", "released",
        "отменена", "отменен", "отменён", "отказ", "отклонена", "отклонен", "отозвана",
        "не участвует",
    ),
    Standing.PENDING: (
        "pending", "ausstehend", "pending (confirmed)", "ausstehend (bestätigt)", "approval pending", "freigabe ausstehend", "awaiting payment",
        "awaiting_payment", "warten auf zahlung", "zahlung ausstehend", "unpaid",
        "nicht bezahlt", "unbezahlt", "to_be_paid", "to be paid", "reserved", "reserviert",
        "no", "nein", "ожидает оплаты", "не оплачен", "не оплачена",
    ),
}  # fmt: skip
_LOOKUP = {normalise(word): standing for standing, words in _WORDS.items() for word in words}


def standing(text: str) -> Standing:
    """How a status (or "paid: yes/no") cell stands; empty counts as active."""
    if not text.strip():
        return Standing.ACTIVE
    return _LOOKUP.get(normalise(text), Standing.UNKNOWN)
