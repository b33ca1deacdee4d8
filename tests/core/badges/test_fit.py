from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from checkin import fonts
from checkin.badges import fit

FONT = fonts.CONDENSED_BOLD


@pytest.fixture(autouse=True)
def _fonts():
    fonts.register()


def test_a_short_name_keeps_the_largest_size():
    result = fit.fit("Anna", FONT, 200, 40, 28, 12)
    assert result.lines == ("Anna",) and result.size == 28 and not result.truncated


def test_a_longer_name_shrinks_before_it_wraps():
    result = fit.fit("Maximilian Alexander", FONT, 200, 40, 28, 12)
    assert result.lines == ("Maximilian Alexander",)
    assert 12 <= result.size < 28
    assert result.width == pytest.approx(200)


def test_a_name_too_long_for_one_line_wraps_to_two_balanced_lines():
    text = "Landesentwicklungsgesellschaft Wiesental Omsk mbH"
    result = fit.fit(text, FONT, 200, 40, 20, 12)
    assert len(result.lines) == 2 and not result.truncated
    assert " ".join(result.lines) == text
    assert result.width <= 200 and result.height <= 40


@pytest.mark.parametrize("lines", [1, 2])
def test_an_absurd_name_is_shortened_and_stays_in_its_box(lines):
    text = "Wolfeschlegelsteinhausenbergerdorff" * 5 + " von und zu " + "Ы" * 80
    result = fit.fit(text, FONT, 150, 30, 28, 10, lines)
    assert result.truncated and result.lines[-1].endswith("…")
    assert len(result.lines) <= lines
    assert result.width <= 150 and result.height <= 30


def test_empty_text_draws_nothing():
    assert fit.fit("   ", FONT, 100, 20, 12, 6).lines == ()


LETTERS = "abcxyzÄÖÜäöüßéñøЖжЩщЫыЁё -" + "W" * 3


@settings(max_examples=150, deadline=None)
@given(
    text=st.text(alphabet=LETTERS, max_size=200),
    box_w=st.floats(min_value=20, max_value=400),
    box_h=st.floats(min_value=8, max_value=120),
    max_size=st.floats(min_value=6, max_value=60),
    max_lines=st.integers(min_value=1, max_value=2),
)
def test_whatever_the_text_and_box_nothing_leaves_the_box(text, box_w, box_h, max_size,
                                                          max_lines):  # fmt: skip
    fonts.register()
    result = fit.fit(text, FONT, box_w, box_h, max_size, max_size * 0.5, max_lines)
    assert len(result.lines) <= max_lines
    assert result.width <= box_w + 1e-6
    assert result.height <= box_h + 1e-6
    assert result.size <= max_size + 1e-9
    if not result.truncated:
        assert " ".join(result.lines) == " ".join(text.split())
