"""Qt counts UTF-16 units, the store counts code points: the conversion at the one boundary."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from oicreader.render.positions import code_points_to_utf16, utf16_length, utf16_to_code_points

OUTSIDE_BMP = "قال 𝔸 عن 😀 الاجتماع"


def test_characters_outside_the_bmp_count_twice_for_qt() -> None:
    assert utf16_length("😀") == 2
    index = OUTSIDE_BMP.index("عن")
    assert code_points_to_utf16(OUTSIDE_BMP, index) == index + 1  # 𝔸 before it
    assert utf16_to_code_points(OUTSIDE_BMP, index + 1) == index


def test_an_offset_inside_a_surrogate_pair_rounds_down() -> None:
    emoji = OUTSIDE_BMP.index("😀")
    inside = code_points_to_utf16(OUTSIDE_BMP, emoji) + 1
    assert utf16_to_code_points(OUTSIDE_BMP, inside) == emoji


@pytest.mark.parametrize("offset", [-1, len(OUTSIDE_BMP) + 1])
def test_offsets_outside_the_text_are_refused(offset: int) -> None:
    with pytest.raises(ValueError):
        code_points_to_utf16(OUTSIDE_BMP, offset)


@given(st.text(), st.data())
def test_conversion_round_trips(text: str, data: st.DataObject) -> None:
    offset = data.draw(st.integers(0, len(text)))
    assert utf16_to_code_points(text, code_points_to_utf16(text, offset)) == offset
    assert code_points_to_utf16(text, len(text)) == utf16_length(text)


@given(st.text())
def test_the_length_is_the_count_of_utf16_units(text: str) -> None:
    assert utf16_length(text) == len(text.encode("utf-16-le")) // 2


@pytest.mark.parametrize(
    ("text", "units"), [("", 0), ("\uffff", 1), ("\U00010000", 2), ("a\U0010ffffب", 4)]
)
def test_the_length_at_the_edge_of_the_basic_plane(text: str, units: int) -> None:
    assert utf16_length(text) == units
