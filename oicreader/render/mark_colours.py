"""The colours of the marks on the text, on a light and a dark page, and their WCAG contrast."""

from __future__ import annotations

import colorsys
from typing import NamedTuple

# The pages the marks are chosen for: Qt's light palette, and a dark desktop theme's.
LIGHT_PAGE, LIGHT_TEXT = "#ffffff", "#000000"
DARK_PAGE, DARK_TEXT = "#1e1e1e", "#e6e6e6"
# WCAG 2.1: a mark (a graphical object) stands out from the page at 3:1 (1.4.11); text
# stays readable over a mark at 4.5:1 (1.4.3).
MARK_CONTRAST = 3.0
TEXT_CONTRAST = 4.5
# On a dark page the reader's highlight colours (pastels) are dimmed, so that the page's
# light text stays readable over them.
DARK_HIGHLIGHT_DIMMING = 2.6


# Named tuples, not frozen dataclasses: made on the way to the first paint (README, Code map).


class MarkColours(NamedTuple):
    """How one kind of mark is drawn on one page: its colour (a fill, a line or a glyph) and,
    for a fill, the colour of the text over it (None: the page's own text)."""

    mark: str
    text: str | None = None


class Mark(NamedTuple):
    """One kind of mark's colours on a light page and on a dark one."""

    light: MarkColours
    dark: MarkColours

    def on(self, dark: bool) -> MarkColours:
        """The colours on a dark page (True) or a light one."""
        return self.dark if dark else self.light


# Search hits: a strong fill with its own text colour, like no highlighter pen: the
# reader's highlights are pale fills under the page's own text.
SEARCH_HIT = Mark(MarkColours("#9a3412", "#ffffff"), MarkColours("#fdba74", "#1c1917"))
# The chosen topic: its paragraphs' numbers on teal in the gutter, always; their rows
# tinted only while no search is active, so that the hits stand alone.
TOPIC_NUMBER = Mark(MarkColours("#0f766e", "#ffffff"), MarkColours("#5eead4", "#042f2e"))
TOPIC_TINT = Mark(MarkColours("#e3f4ef"), MarkColours("#12302b"))
CURRENT_PARAGRAPH = Mark(MarkColours("#eef4fb"), MarkColours("#1e3a5f"))
# Gutter glyphs beside a paragraph's number.
PRINT_SELECTION = Mark(MarkColours("#15803d"), MarkColours("#4ade80"))
NOTE_MARKER = Mark(MarkColours("#2563eb"), MarkColours("#60a5fa"))
DISCREPANCY = Mark(MarkColours("#c2410c"), MarkColours("#fb923c"))
# Reserved for the links between aligned sentences (the next feature): violet, a hue no
# other mark and no highlight uses in this strength.
SENTENCE_LINK = Mark(MarkColours("#6d28d9"), MarkColours("#c4b5fd"))
GUTTER_MARKS = {"print": PRINT_SELECTION, "note": NOTE_MARKER, "discrepancy": DISCREPANCY}


def page_colours(dark: bool) -> tuple[str, str]:
    """The page's background and text colours the marks are chosen for."""
    return (DARK_PAGE, DARK_TEXT) if dark else (LIGHT_PAGE, LIGHT_TEXT)


def _rgb(colour: str) -> tuple[int, int, int]:
    value = colour.lstrip("#")
    return int(value[0:2], 16), int(value[2:4], 16), int(value[4:6], 16)


def _hex(red: float, green: float, blue: float) -> str:
    return "#" + "".join(f"{round(max(0.0, min(255.0, part))):02x}" for part in (red, green, blue))


def relative_luminance(colour: str) -> float:
    """WCAG 2.1's relative luminance of a #rrggbb colour, 0 (black) to 1 (white)."""

    def linear(channel: int) -> float:
        value = channel / 255
        return value / 12.92 if value <= 0.04045 else ((value + 0.055) / 1.055) ** 2.4

    red, green, blue = (linear(channel) for channel in _rgb(colour))
    return 0.2126 * red + 0.7152 * green + 0.0722 * blue


def contrast_ratio(first: str, second: str) -> float:
    """WCAG 2.1's contrast ratio of two #rrggbb colours, 1 to 21."""
    lighter, darker = sorted((relative_luminance(first), relative_luminance(second)), reverse=True)
    return (lighter + 0.05) / (darker + 0.05)


def highlight_fill(colour: str, dark: bool) -> str:
    """What a highlight in the reader's colour is filled with on a page."""
    if not dark:
        return colour.lower()
    hue, saturation, value = colorsys.rgb_to_hsv(*(part / 255 for part in _rgb(colour)))
    red, green, blue = colorsys.hsv_to_rgb(hue, saturation, value / DARK_HIGHLIGHT_DIMMING)
    return _hex(red * 255, green * 255, blue * 255)


def highlight_edge(colour: str, dark: bool) -> str:
    """The line under a highlight: its own colour, made darker on a light page (lighter on a
    dark one) until it stands out from the page at 3:1, as a pale fill alone does not."""
    page, _text = page_colours(dark)
    towards = 255.0 if dark else 0.0
    red, green, blue = _rgb(colour)
    edge = colour.lower()
    for step in range(21):  # 5 % nearer to black (or white) each step
        share = step / 20
        edge = _hex(*(part + (towards - part) * share for part in (red, green, blue)))
        if contrast_ratio(edge, page) >= MARK_CONTRAST:
            break
    return edge
