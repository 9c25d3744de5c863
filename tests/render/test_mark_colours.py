"""The marks' colours: WCAG contrast on a light and a dark page, and no two marks alike."""

from __future__ import annotations

import pytest

from oicreader.model.annotation import PALETTE
from oicreader.render.mark_colours import (
    CURRENT_PARAGRAPH,
    DISCREPANCY,
    NOTE_MARKER,
    PRINT_SELECTION,
    SEARCH_HIT,
    SENTENCE_LINK,
    TOPIC_NUMBER,
    TOPIC_TINT,
    contrast_ratio,
    highlight_edge,
    highlight_fill,
    page_colours,
    relative_luminance,
)

LINES_AND_GLYPHS = {
    "print selection": PRINT_SELECTION,
    "note": NOTE_MARKER,
    "discrepancy": DISCREPANCY,
    "sentence link": SENTENCE_LINK,
}
FILLS = {"search hit": SEARCH_HIT, "topic number": TOPIC_NUMBER}
PAGES = pytest.mark.parametrize("dark", [False, True], ids=["light", "dark"])


def test_contrast_is_computed_as_wcag_defines_it() -> None:
    assert contrast_ratio("#ffffff", "#000000") == pytest.approx(21)
    assert contrast_ratio("#777777", "#ffffff") == pytest.approx(4.48, abs=0.01)
    assert contrast_ratio("#123456", "#123456") == 1
    assert relative_luminance("#ff0000") == pytest.approx(0.2126)


@PAGES
def test_every_filled_mark_stands_out_and_its_text_reads(dark: bool) -> None:
    page, _text = page_colours(dark)
    for name, mark in FILLS.items():
        colours = mark.on(dark)
        assert colours.text is not None
        assert contrast_ratio(colours.mark, page) >= 3, name
        assert contrast_ratio(colours.text, colours.mark) >= 4.5, name


@PAGES
def test_every_line_and_glyph_reads_as_text_does(dark: bool) -> None:
    page, _text = page_colours(dark)
    for name, mark in LINES_AND_GLYPHS.items():
        assert contrast_ratio(mark.on(dark).mark, page) >= 4.5, name


@PAGES
def test_the_page_text_reads_over_every_tint_and_highlight(dark: bool) -> None:
    _page, text = page_colours(dark)
    for tint in (TOPIC_TINT, CURRENT_PARAGRAPH):
        assert contrast_ratio(text, tint.on(dark).mark) >= 4.5
    for colour in PALETTE.values():
        assert contrast_ratio(text, highlight_fill(colour, dark)) >= 4.5, colour


@PAGES
def test_every_highlight_edge_stands_out_from_the_page(dark: bool) -> None:
    page, _text = page_colours(dark)
    for colour in [*PALETTE.values(), "#fefefe", "#010101", "#808080"]:
        assert contrast_ratio(highlight_edge(colour, dark), page) >= 3, colour


def test_highlights_keep_the_readers_colour_on_a_light_page() -> None:
    assert highlight_fill(PALETTE["yellow"], dark=False) == PALETTE["yellow"]


@PAGES
def test_a_search_hit_is_unlike_every_highlight_and_the_topic(dark: bool) -> None:
    hit = SEARCH_HIT.on(dark).mark
    for colour in PALETTE.values():
        assert contrast_ratio(hit, highlight_fill(colour, dark)) >= 3, colour
    assert hit != TOPIC_NUMBER.on(dark).mark


@PAGES
def test_no_two_marks_share_a_colour(dark: bool) -> None:
    marks = [SEARCH_HIT, TOPIC_NUMBER, TOPIC_TINT, CURRENT_PARAGRAPH, *LINES_AND_GLYPHS.values()]
    colours = [mark.on(dark).mark for mark in marks]
    highlights = [highlight_fill(colour, dark) for colour in PALETTE.values()]
    assert len(set(colours)) == len(colours)
    assert not set(colours) & set(highlights)
