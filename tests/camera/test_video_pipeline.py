"""A generated clip of badges, a phone screen and a ticket goes through the camera pipeline;
the right guests are checked in exactly once each."""

from __future__ import annotations

import numpy as np
import pytest

from checkin import checkins, guests
from checkin.badges import list_layouts, render_badges
from checkin.camera import Debouncer, FramePipeline
from tests.camera.frames import FPS, badge_image, clip, phone_image, ticket_image


@pytest.fixture
def clip_and_expected(demo_event, tmp_path):
    rng = np.random.default_rng(20270420)
    people = guests.list_guests(demo_event, include_cancelled=False)
    delegate = next(g for g in people if g.family_name == "Парфёнова")
    local = next(g for g in people if g.family_name == "Groß-Bölting")
    phone_user = next(g for g in people if g.family_name == "Müller")
    ticket_holder = next(g for g in people if g.external_barcode)
    layout = next(lay.name for lay in list_layouts() if "cr80" in lay.name.lower())
    images = {}
    for g in (delegate, local):
        pdf = tmp_path / f"{g.id}.pdf"
        render_badges(demo_event, [g], layout, pdf)
        images[g.id] = badge_image(pdf)
    empty = dict(
        scene_item=None, start_centre=(0, 0), drift=(0, 0), width=0, tilt=0, turn=0, blur=0
    )
    frames = []
    frames += clip(
        rng,
        images[delegate.id],
        12,
        start_centre=(600, 380),
        drift=(4, -2),
        width=520,
        tilt=0.12,
        turn=-6,
        blur=1.3,
    )
    # a different badge straight after, without a gap: read at once
    frames += clip(
        rng,
        images[local.id],
        10,
        start_centre=(700, 340),
        drift=(-3, 1),
        width=480,
        tilt=0.08,
        turn=5,
        blur=1.0,
    )
    frames += clip(rng, frames=4, **empty)
    frames += clip(
        rng,
        phone_image(guests.badge_code(demo_event, phone_user)),
        10,
        start_centre=(640, 360),
        drift=(2, 3),
        width=280,
        tilt=0.06,
        turn=3,
        blur=0.8,
    )
    frames += clip(rng, frames=3, **empty)
    frames += clip(
        rng,
        ticket_image(ticket_holder.external_barcode),
        8,
        start_centre=(640, 380),
        drift=(3, 0),
        width=560,
        tilt=0.05,
        turn=2,
        blur=0.8,
    )
    expected = [delegate.id, local.id, phone_user.id, ticket_holder.id]
    return frames, expected


def test_each_guest_in_the_clip_is_checked_in_exactly_once(demo_event, clip_and_expected):
    frames, expected = clip_and_expected
    results = []
    pipeline = FramePipeline(
        on_code=lambda code: results.append(checkins.check_in(demo_event, code, desk="Kamera"))
    )
    for index, frame in enumerate(frames):
        pipeline.process(frame, at=index / FPS)
    assert [r.result for r in results] == [checkins.Result.CHECKED_IN] * len(expected)
    assert [r.guest.id for r in results] == expected
    for guest_id in expected:
        entries = checkins.log_entries(demo_event, guest_id)
        assert [e.action for e in entries] == ["in"]
        assert entries[0].desk == "Kamera"


def test_debounce_same_code_once_different_code_at_once():
    d = Debouncer(hold=2.0)
    assert d.accept("A", 0.0)
    assert not any(d.accept("A", t / 10) for t in range(1, 100))  # held for 10 s
    assert d.accept("B", 10.0)  # another code immediately
    assert not d.accept("A", 11.0)  # A was seen at 9.9 s
    assert d.accept("A", 14.0)  # shown again after 3 s away: a new scan


def test_badge_shown_again_later_counts_as_a_new_scan(demo_event):
    g = guests.list_guests(demo_event)[0]
    code = guests.badge_code(demo_event, g)
    seen = []
    pipeline = FramePipeline(on_code=seen.append)
    pipeline.decoder.decode = lambda frame: [code] if frame else []
    for t in range(10):
        pipeline.process(True, t * 0.1)
    pipeline.process(False, 1.0)
    pipeline.process(True, 5.0)
    assert seen == [code, code]
