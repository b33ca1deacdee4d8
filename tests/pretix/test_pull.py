"""Pull: the attendees of the check-in list become guests, merged like an import."""

from __future__ import annotations

from checkin import guests
from checkin.pretix import pull


def _by_name(event):
    return {g.full_name: g for g in guests.list_guests(event)}


def test_first_pull_brings_names_fields_categories_answers_and_flags(connected, pretix_event):
    ivan = pretix_event.order(
        {
            "given": "Иван",
            "family": "Парфёнов",
            "company": "ООО «СибМед»",
            "answers": {"BRANCHE": "Медицинская техника", "DOLMETSCHER": "True"},
        },
        email="ivan@example.ru",
        locale="ru",
    )
    pretix_event.order(
        {
            "item": "Besucher",
            "given": "Anna",
            "family": "Müller",
            "company": "Müller GmbH",
            "email": "anna@example.de",
        },
        {"item": "Presseakkreditierung", "given": "Jörg", "family": "Weiß"},
        {"item": "Parkplatz"},
        email="office@example.de",
        checkin_text="Hat noch nicht bezahlt – bitte Rechnung mitgeben",
    )
    cancelled = pretix_event.order({"given": "Olga", "family": "Smirnova"}, locale="ru")
    pretix_event.cancel(cancelled["code"])

    report = pull.pull(connected)

    assert report.full and report.orders == 3 and report.positions == 4
    assert len(report.added) == 4 and len(report.cancelled) == 1
    people = _by_name(connected)
    assert set(people) == {"Иван Парфёнов", "Anna Müller", "Jörg Weiß", "Olga Smirnova"}
    iv = people["Иван Парфёнов"]
    assert (iv.organisation, iv.email, iv.language, iv.category) == (
        "ООО «СибМед»",
        "ivan@example.ru",
        "ru",
        "Delegation",
    )
    assert iv.extra == {"Branche": "Медицинская техника", "Dolmetscher benötigt?": "True"}
    assert iv.external_barcode == ivan["positions"][0]["secret"]
    assert iv.external_id == f"{ivan['code']}-1"
    assert not iv.attention and iv.checkin_text == "" and not iv.cancelled
    anna = people["Anna Müller"]
    assert anna.category == "Guest" and anna.attention
    assert anna.checkin_text == (
        "Hat noch nicht bezahlt – bitte Rechnung mitgeben · Bitte Ausweis prüfen"
    )
    assert people["Jörg Weiß"].category == "Press"
    assert people["Jörg Weiß"].email == "office@example.de"  # the buyer's, as pretix has no other
    assert people["Olga Smirnova"].cancelled
