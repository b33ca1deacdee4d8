"""Pull: the attendees of the check-in list become guests, merged like an import."""

from __future__ import annotations

import pytest

from checkin import guest_codes, guests
from checkin.errors import PretixError
from checkin.guest_codes import AcceptedCode
from checkin.pretix import connection, pull


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
    # The ticket secret checks Ivan in; his own badge code is still his (and not replaced).
    assert guest_codes.codes_of(connected, iv.id) == [
        AcceptedCode(ivan["positions"][0]["secret"], "pretix")
    ]
    assert iv.external_barcode == "" and guests.badge_code(connected, iv).startswith("CK")
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


def test_second_pull_fetches_only_changed_orders_and_reports_what_changed(connected, pretix_event):
    anna = pretix_event.order({"given": "Anna", "family": "Müller", "company": "Müller GmbH"})
    ivan = pretix_event.order({"given": "Иван", "family": "Парфёнов"}, locale="ru")
    pretix_event.order({"given": "Jörg", "family": "Weiß"})
    first = pull.pull(connected)
    assert len(first.added) == 3
    # At the desk: a typo in Jörg's name fixed, Anna's phone noted.
    people = _by_name(connected)
    guests.update_guest(connected, people["Jörg Weiß"].id, family_name="Weiss")
    guests.update_guest(connected, people["Anna Müller"].id, phone="+49 30 1234")
    # In pretix: Anna changes company, Ivan's order is cancelled, a new order arrives.
    position = anna["positions"][0]["id"]
    pretix_event.server.api(
        "PATCH",
        pretix_event.path(f"orderpositions/{position}/"),
        {"company": "Müller & Söhne GmbH"},
    )
    pretix_event.cancel(ivan["code"])
    pretix_event.order({"given": "Ирина", "family": "Соколова"}, locale="ru")

    second = pull.pull(connected)

    assert not second.full
    assert second.orders == 3  # Anna's, Ivan's and the new one: not Jörg's
    assert [a["name"] for a in second.added] == ["Ирина Соколова"]
    assert [c["name"] for c in second.cancelled] == ["Иван Парфёнов"]
    changes = {u["name"]: u["changes"] for u in second.updated}
    assert changes["Anna Müller"] == {"organisation": ["Müller GmbH", "Müller & Söhne GmbH"]}
    people = _by_name(connected)
    assert people["Anna Müller"].phone == "+49 30 1234"  # the desk's note stays
    assert "Jörg Weiss" in people  # pretix did not change the name: the desk's fix stays
    assert people["Иван Парфёнов"].cancelled
    # A third pull with nothing changed in pretix changes nothing here.
    third = pull.pull(connected)
    assert (third.orders, third.added, third.updated) == (0, [], [])


def test_pull_reads_every_page(connected, pretix_event):
    for n in range(5):
        pretix_event.order({"given": f"Gast{n}", "family": "Seitenweise"})
    pages = []
    client = connection.client_for(connected, connection.require(connected), page_size=2)
    report = pull.pull(connected, client=client, progress=lambda done, total: pages.append(done))
    assert pages == [2, 4, 5]
    assert len(report.added) == 5
    assert len(guests.list_guests(connected)) == 5


def test_a_pull_that_loses_the_connection_half_way_writes_nothing(connected, pretix_event):
    for n in range(3):
        pretix_event.order({"given": f"Gast{n}", "family": "Abbruch"})
    client = connection.client_for(connected, connection.require(connected), page_size=1)

    def cut(done, total):
        if done == 2:
            pretix_event.server.stop()

    try:
        with pytest.raises(PretixError) as failure:
            pull.pull(connected, client=client, progress=cut)
    finally:
        pretix_event.server.start()
    assert failure.value.key == "pretix_unreachable"
    assert guests.list_guests(connected) == []
    assert connected.setting(connection.PULLED_AT) is None
    assert len(pull.pull(connected).added) == 3  # the next pull starts from the same point


def test_purging_personal_data_also_forgets_what_was_pulled(connected, pretix_event):
    from checkin.exporting.purge import purge_personal_data

    pretix_event.order(
        {"item": "Besucher", "given": "Anna", "family": "Müller", "email": "anna@example.de"},
        checkin_text="Anna bringt ihren Hund mit",
    )
    pull.pull(connected)
    purge_personal_data(connected, confirmed=True)
    raw = connected.path.read_bytes()
    for text in ("Müller", "anna@example.de", "Hund"):
        assert text.encode() not in raw, text
    assert connected.db.execute("SELECT COUNT(*) FROM pretix_positions").fetchone()[0] == 0
