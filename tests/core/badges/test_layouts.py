from __future__ import annotations

import pytest

from checkin.badges import get_layout, list_layouts
from checkin.badges.layouts import parse_layouts
from checkin.errors import InvalidInput

EXPECTED = {
    "a6": (105, 148),
    "a6-4up": (105, 148.5),
    "insert-90x54": (90, 54),
    "cr80": (85.6, 54),
    "label-62": (62, 100),
    "us-4x3": (101.6, 76.2),
}


def test_every_stock_the_issue_names_is_there_with_its_size():
    layouts = {lay.name: lay for lay in list_layouts()}
    for name, size in EXPECTED.items():
        assert layouts[name].size == pytest.approx(size)
        assert layouts[name].description
    assert layouts["insert-90x54"].per_sheet == 8
    assert layouts["a6-4up"].per_sheet == 4
    assert {lay.sides for lay in layouts.values()} == {"single", "foldover", "duplex"}


@pytest.mark.parametrize("layout", list_layouts(), ids=lambda lay: lay.name)
def test_badges_lie_on_the_page_without_overlapping(layout):
    slots = [layout.front(i) for i in range(layout.per_sheet)]
    if layout.sides == "foldover":
        slots += [layout.back_slot(i) for i in range(layout.per_sheet)]
    for s in slots:
        assert s.x >= -0.01 and s.x + s.width <= layout.page_width + 0.01
        assert s.y >= -0.01 and s.y + s.height <= layout.page_height + 0.01
    for i, a in enumerate(slots):
        for b in slots[i + 1 :]:
            apart = (
                a.x + a.width <= b.x + 0.01
                or b.x + b.width <= a.x + 0.01
                or a.y + a.height <= b.y + 0.01
                or b.y + b.height <= a.y + 0.01
            )
            assert apart, (a, b)


def test_the_insert_sheet_is_centred_on_a4_in_two_columns_of_four():
    lay = get_layout("insert-90x54")
    first, second, last = lay.front(0), lay.front(1), lay.front(7)
    assert (first.x, first.y + first.height) == pytest.approx((15, 297 - 40.5))
    assert second.x == pytest.approx(105)
    assert (last.x, last.y) == pytest.approx((105, 40.5))


def test_margins_and_gaps_can_be_changed_for_other_sheet_brands():
    lay = get_layout("insert-90x54").with_options(margin_left=12, margin_top=30, gap_x=6, gap_y=4)
    assert lay.front(1).x == pytest.approx(12 + 90 + 6)
    assert lay.front(2).y == pytest.approx(297 - 30 - 54 - 4 - 54)
    with pytest.raises(InvalidInput, match="do not fit"):
        get_layout("insert-90x54").with_options(gap_y=30)


def test_duplex_backs_are_mirrored_for_a_long_edge_flip():
    lay = get_layout("a6-4up-duplex")
    assert lay.back_slot(0).x == pytest.approx(lay.front(1).x)
    assert lay.back_slot(1).x == pytest.approx(lay.front(0).x)
    assert lay.back_slot(2).y == pytest.approx(lay.front(2).y)
    assert not lay.back_slot(0).rotated


def test_fold_over_backs_sit_above_the_front_upside_down():
    lay = get_layout("a6-foldover")
    front, back = lay.front(0), lay.back_slot(0)
    assert back.rotated
    assert back.x == pytest.approx(front.x)
    assert back.y == pytest.approx(front.y + front.height)


def test_a_new_layout_is_data():
    custom = parse_layouts(
        {
            "layouts": [
                {
                    "name": "a5-2up",
                    "description": "2 × A6 landscape on A5",
                    "page_width": 148,
                    "page_height": 210,
                    "badge_width": 148,
                    "badge_height": 105,
                    "rows": 2,
                }
            ]
        }
    )
    assert custom["a5-2up"].per_sheet == 2
    with pytest.raises(InvalidInput, match="sides"):
        parse_layouts({"layouts": [{**EXAMPLE, "sides": "triple"}]})


EXAMPLE = {"name": "x", "description": "", "page_width": 100, "page_height": 100,
           "badge_width": 50, "badge_height": 50}  # fmt: skip


def test_an_unknown_layout_names_the_known_ones():
    with pytest.raises(InvalidInput, match="insert-90x54"):
        get_layout("a7")


def test_a_badge_too_small_for_a_scannable_qr_code_is_refused():
    tiny = {**EXAMPLE, "name": "tiny", "badge_width": 30, "badge_height": 20}
    with pytest.raises(InvalidInput, match="too small for the QR code"):
        parse_layouts({"layouts": [tiny]})


def test_the_event_remembers_its_badge_stock(event):
    from checkin.badges import preferred_layout, set_preferred_layout

    assert preferred_layout(event).name == "insert-90x54"
    set_preferred_layout(event, "cr80")
    assert preferred_layout(event).name == "cr80"
    with pytest.raises(InvalidInput):
        set_preferred_layout(event, "a7")
