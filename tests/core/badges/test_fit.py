from __future__ import annotations

import pytest

from checkin.badges import fit, fonts

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
