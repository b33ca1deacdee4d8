"""A badge design made at one desk reaches the others, with its images; the later edit wins."""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta

import pytest

from checkin.badges.designs import assets, model, store
from checkin.badges.designs.model import Design, Element, Face, TextPart
from checkin.sync import snapshot
from checkin.sync.apply import apply_all
from checkin.sync.designs import IMAGES
from checkin.sync.journal import Journal, Record, encode
from tests.core.badges.designs.conftest import png


@pytest.fixture
def desks(event, tmp_path, clock):
    folder = tmp_path / "sync"
    a = Journal.attach(event, folder, desk_name="Desk A")
    ev_b = snapshot.restore(snapshot.publish(event, folder, a.desk_id), tmp_path / "b.checkin")
    ev_b.clock = clock
    b = Journal.attach(ev_b, folder, desk_name="Desk B")
    yield event, ev_b, folder, a, b
    ev_b.close()


def _design(name="Messe", asset="", size=20.0):
    elements = [
        Element("text", 4, 4, 50, 20, parts=(TextPart(field="full_name", max_size=size),)),
        Element("qr", 60, 10, 28, 28),
    ]
    if asset:
        elements.append(Element("image", 4, 40, 20, 10, name="logo", asset=asset))
    return Design(name, 90, 54, Face(tuple(elements)))


def test_a_design_with_its_logo_reaches_the_other_desk_and_the_later_edit_wins(desks, clock):
    ev_a, ev_b, folder, a, b = desks
    logo = assets.make(png(), "logo.png")
    store.save_design(ev_a, _design(asset=logo.sha), [logo])
    apply_all(ev_b, folder)
    assert store.get_design(ev_b, "Messe") == _design(asset=logo.sha)
    assert store.get_asset(ev_b, logo.sha) == logo
    assert (folder / IMAGES / logo.sha).read_bytes() == logo.data
    assert b.flush() == 0  # what B applied is not echoed back
    clock.now += timedelta(minutes=1)
    store.save_design(ev_b, _design(asset=logo.sha, size=30))
    apply_all(ev_a, folder)
    assert store.get_design(ev_a, "Messe").front.elements[0].parts[0].max_size == 30
    store.delete_design(ev_a, "Messe")
    apply_all(ev_b, folder)
    assert store.list_designs(ev_b) == []


def test_a_design_whose_image_has_not_arrived_yet_takes_it_when_it_does(desks):
    ev_a, ev_b, folder, a, b = desks
    logo = assets.make(png((0, 0, 200)), "blue.png")
    store.save_design(ev_a, _design(asset=logo.sha), [logo])
    held = folder / IMAGES / logo.sha
    kept = held.read_bytes()
    held.unlink()  # Syncthing has brought the journal line, not the image yet
    apply_all(ev_b, folder)
    assert store.list_designs(ev_b) == ["Messe"]
    assert store.missing_assets(ev_b, store.get_design(ev_b, "Messe")) == {logo.sha}
    held.write_bytes(kept[:100])  # half of it: not taken
    apply_all(ev_b, folder)
    assert store.get_asset(ev_b, logo.sha) is None
    held.write_bytes(kept)
    apply_all(ev_b, folder)
    assert store.get_asset(ev_b, logo.sha) == logo


def test_a_bad_or_reserved_design_from_another_desk_is_dropped(desks):
    ev_a, ev_b, folder, a, b = desks
    store.save_design(ev_a, _design())
    apply_all(ev_b, folder)
    rogue = folder / "journal" / "ffffffff"
    rogue.mkdir(parents=True)
    later = "2027-04-20T09:00:00+00:00"
    evil = {"format": 1, "name": "Messe", "width": 90, "height": 54, "front": "evil"}
    standard = model.to_dict(replace(_design(), name="standard"))
    lines = [
        Record("ffffffff", 1, "design", later,
               {"name": "Messe", "design": evil, "at": later, "desk": "ffffffff"}),
        Record("ffffffff", 2, "design", later,
               {"name": "standard", "design": standard, "at": later, "desk": "ffffffff"}),
    ]  # fmt: skip
    (rogue / "000000001.jsonl").write_bytes(b"".join(encode(r) for r in lines))
    assert apply_all(ev_b, folder).applied == 2
    assert store.list_designs(ev_b) == ["Messe"]
    assert store.get_design(ev_b, "Messe") == _design()


def test_the_design_badges_print_with_is_chosen_for_every_desk(desks):
    ev_a, ev_b, folder, a, b = desks
    store.save_design(ev_a, _design())
    store.choose_design(ev_a, "Messe")
    apply_all(ev_b, folder)
    assert store.chosen_design(ev_b) == "Messe"
    store.delete_design(ev_a, "Messe")
    apply_all(ev_b, folder)
    assert store.chosen_design(ev_b) == store.STANDARD and store.list_designs(ev_b) == []
