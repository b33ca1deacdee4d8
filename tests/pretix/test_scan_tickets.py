"""Scanning pretix tickets at the desk: pulled ones, and signed ones not pulled yet, offline."""

from __future__ import annotations

import socket

from checkin import guests, scanning
from checkin.checkins import Result
from checkin.keyinput.layouts import typed_on
from checkin.pretix import connection, pull
from checkin.pretix.tickets import ticket_secret
from tests.pretix.server import DESK_TOKEN, ORGANIZER


def _secret(order, n=0):
    return order["positions"][n]["secret"]


def test_a_pulled_ticket_checks_its_guest_in(connected, pretix_event):
    order = pretix_event.order({"given": "Иван", "family": "Парфёнов"}, locale="ru")
    pull.pull(connected)
    outcome = scanning.scan(connected, _secret(order), desk="Eingang")
    assert outcome.result.result is Result.CHECKED_IN
    assert outcome.result.guest.full_name == "Иван Парфёнов"
    again = scanning.scan(connected, _secret(order), desk="Eingang")
    assert again.result.result is Result.ALREADY_CHECKED_IN


def test_the_ticket_of_an_order_cancelled_after_the_pull_names_its_guest(connected, pretix_event):
    order = pretix_event.order({"given": "Olga", "family": "Smirnova"})
    pull.pull(connected)
    pretix_event.cancel(order["code"])  # pretix replaces the signed secret and revokes the old
    assert [c["name"] for c in pull.pull(connected).cancelled] == ["Olga Smirnova"]
    result = scanning.scan(connected, _secret(order)).result
    assert result.result is Result.CANCELLED and result.guest.full_name == "Olga Smirnova"


def test_the_ticket_of_an_order_cancelled_before_the_pull_is_not_valid(connected, pretix_event):
    order = pretix_event.order({"given": "Olga", "family": "Smirnova"})
    pretix_event.cancel(order["code"])
    pull.pull(connected)
    result = scanning.scan(connected, _secret(order)).result
    assert (result.result, result.reason) == (Result.TICKET_NOT_VALID, "revoked")


def test_the_card_learns_the_check_in_text(connected, pretix_event):
    order = pretix_event.order(
        {"item": "Besucher", "given": "Anna", "family": "Müller"}, checkin_text="VIP-Tisch 1"
    )
    pull.pull(connected)
    result = scanning.scan(connected, _secret(order)).result
    assert result.guest.attention
    assert result.guest.checkin_text == "VIP-Tisch 1 · Bitte Ausweis prüfen"
    assert result.to_dict()["guest"]["checkin_text"] == "VIP-Tisch 1 · Bitte Ausweis prüfen"


def test_a_signed_ticket_bought_after_the_pull_is_accepted_offline(
    connected, pretix_event, monkeypatch
):
    pretix_event.order({"given": "Anna", "family": "Müller"})
    pull.pull(connected)  # the desk has the event's key now
    late = pretix_event.order(
        {"item": "Presseakkreditierung", "given": "Jörg", "family": "Weiß"}, email="j@example.de"
    )
    with monkeypatch.context() as m:
        m.setattr(socket.socket, "connect", _no_network)
        result = scanning.scan(connected, _secret(late), desk="Eingang").result
    assert result.result is Result.CHECKED_IN and result.added_from_ticket
    assert result.guest.category == "Press"  # what the ticket carries: its product
    assert ticket_secret(connected, result.guest.id) == _secret(late)
    assert scanning.scan(connected, _secret(late)).result.result is Result.ALREADY_CHECKED_IN
    # Back online, the next pull fills in who it was, and no second guest appears.
    report = pull.pull(connected)
    assert report.added == [] and [u["name"] for u in report.updated] == ["Jörg Weiß"]
    joerg = guests.get_guest(connected, result.guest.id)
    assert (joerg.full_name, joerg.email) == ("Jörg Weiß", "j@example.de")
    assert len(guests.list_guests(connected)) == 2


def _no_network(*args, **kwargs):
    raise AssertionError("the desk tried to reach the network while offline")


def _tamper(secret: str) -> str:
    """Flip one character in the middle (the secret is base64 written backwards)."""
    i = len(secret) // 2
    return secret[:i] + ("A" if secret[i] != "A" else "B") + secret[i + 1 :]


def test_a_tampered_or_other_event_ticket_is_refused_like_a_forged_badge(
    connected, pretix_event, pretix_server
):
    pretix_event.order({"given": "Anna", "family": "Müller"})
    pull.pull(connected)
    late = pretix_event.order({"given": "Jörg", "family": "Weiß"})
    other = pretix_server.new_event(pretix_event.slug + "x")
    stranger = other.order({"given": "Fremd", "family": "Gast"})
    for text in (_tamper(_secret(late)), _secret(stranger)):
        result = scanning.scan(connected, text).result
        assert result.result is Result.FORGED_CODE, text
        assert result.guest is None
    assert len(guests.list_guests(connected)) == 1  # nobody was added


def test_a_signed_ticket_is_read_through_a_german_keyboard(connected, pretix_event):
    pretix_event.order({"given": "Anna", "family": "Müller"})
    pull.pull(connected)
    late = pretix_event.order({"given": "Zoë", "family": "Yılmaz"})
    typed = typed_on("de", _secret(late))
    assert typed != _secret(late)  # y/z and the symbols moved
    outcome = scanning.scan(connected, typed)
    assert outcome.result.result is Result.CHECKED_IN and outcome.layout == "de"
    assert ticket_secret(connected, outcome.result.guest.id) == _secret(late)


def test_a_revoked_ticket_is_not_valid(connected, pretix_event):
    order = pretix_event.order({"given": "Anna", "family": "Müller"})
    old = _secret(order)
    position = order["positions"][0]["id"]
    pretix_event.server.api(
        "POST", pretix_event.path(f"orderpositions/{position}/regenerate_secrets/"), {}
    )
    pull.pull(connected)
    result = scanning.scan(connected, old).result
    assert (result.result, result.reason) == (Result.TICKET_NOT_VALID, "revoked")
    anna = guests.list_guests(connected)[0]
    new = ticket_secret(connected, anna.id)
    assert new != old  # the new secret
    assert scanning.scan(connected, new).result.result is Result.CHECKED_IN


def test_a_ticket_for_a_product_the_list_does_not_admit_is_not_valid(
    desk, pretix_server, pretix_event
):
    connection.connect(
        desk,
        pretix_server.url,
        ORGANIZER,
        pretix_event.slug,
        DESK_TOKEN,
        list_id=pretix_event.lists["Abendempfang"],  # delegations only
    )
    pretix_event.order({"item": "Delegation", "given": "Иван", "family": "Парфёнов"})
    visitor = pretix_event.order({"item": "Besucher", "given": "Anna", "family": "Müller"})
    report = pull.pull(desk)
    assert [a["name"] for a in report.added] == ["Иван Парфёнов"]
    result = scanning.scan(desk, _secret(visitor)).result
    assert (result.result, result.reason) == (Result.TICKET_NOT_VALID, "product")


def test_an_event_not_connected_to_pretix_does_not_read_pretix_tickets(event, pretix_event):
    order = pretix_event.order({"given": "Anna", "family": "Müller"})
    assert scanning.scan(event, _secret(order)).result.result is Result.UNKNOWN_CODE


def test_a_blocked_ticket_is_pulled_as_cancelled_and_refused(connected, pretix_event):
    order = pretix_event.order({"given": "Boris", "family": "Blockiert"})
    position = order["positions"][0]["id"]
    pretix_event.server.shell(
        "from django_scopes import scopes_disabled\n"
        "from pretix.base.models import OrderPosition\n"
        "with scopes_disabled():\n"
        f"    p = OrderPosition.objects.get(pk={position})\n"
        "    p.blocked = ['admin']\n"
        "    p.save(update_fields=['blocked'])\n"
    )
    report = pull.pull(connected)
    assert [(c["name"], c["status"]) for c in report.cancelled] == [("Boris Blockiert", "blocked")]
    result = scanning.scan(connected, _secret(order)).result
    assert result.result is Result.CANCELLED and result.guest.full_name == "Boris Blockiert"
