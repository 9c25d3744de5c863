"""The PDF copy of Amiri: every Arabic glyph it shapes is one that maps back to a character."""

from __future__ import annotations

import struct

import pytest
from PySide6.QtCore import QByteArray
from PySide6.QtGui import QFont, QRawFont, QTextLayout

from oicreader.paths import amiri_font_files
from oicreader.render.fonts import FontChoice
from oicreader.render.print_fonts import (
    PRINT_AMIRI_FAMILY,
    derive_print_font,
    print_font_choice,
    register_print_fonts,
)

pytestmark = pytest.mark.gui


def table_tags(font: bytes) -> set[bytes]:
    (count,) = struct.unpack_from(">H", font, 4)
    return {struct.unpack_from(">4s", font, 12 + 16 * index)[0] for index in range(count)}


def regular() -> bytes:
    return next(
        path for path in amiri_font_files() if path.name == "Amiri-Regular.ttf"
    ).read_bytes()


def test_the_copy_drops_gsub_and_keeps_the_rest() -> None:
    original = regular()
    derived = derive_print_font(original)
    assert b"GSUB" in table_tags(original)
    assert table_tags(derived) == table_tags(original) - {b"GSUB"}


def test_the_copy_has_its_own_family_name(qapp: object) -> None:
    raw = QRawFont(QByteArray(derive_print_font(regular())), 12)
    assert raw.isValid()
    assert raw.familyName() == PRINT_AMIRI_FAMILY
    assert PRINT_AMIRI_FAMILY in register_print_fonts()


def shaped_glyphs(text: str, family: str) -> list[int]:
    font = QFont(family)
    font.setPixelSize(40)
    layout = QTextLayout(text, font)
    layout.beginLayout()
    layout.createLine()
    layout.endLayout()
    return [glyph for run in layout.glyphRuns() for glyph in run.glyphIndexes()]


@pytest.mark.parametrize(
    ("text", "forms"),
    [
        ("بب", "\ufe91\ufe90"),  # beh initial, beh final
        ("ببب", "\ufe91\ufe92\ufe90"),  # initial, medial, final
        ("لا", "\ufefb"),  # lam-alef ligature
    ],
)
def test_joined_letters_are_presentation_forms_that_map_back(
    qapp: object, text: str, forms: str
) -> None:
    register_print_fonts()
    raw = QRawFont(QByteArray(derive_print_font(regular())), 40)
    # Qt's PDF writer finds a glyph's character through the font's cmap; these glyphs are
    # the cmap's own for the presentation forms, which NFKC folds back to the letters.
    expected = list(raw.glyphIndexesForString(forms))
    assert sorted(shaped_glyphs(text, PRINT_AMIRI_FAMILY)) == sorted(expected)


def test_amiri_is_swapped_for_its_copy_and_other_choices_kept(qapp: object) -> None:
    register_print_fonts()
    assert print_font_choice(FontChoice()).arabic_family == PRINT_AMIRI_FAMILY
    custom = FontChoice(arabic_family="Noto Naskh Arabic")
    assert print_font_choice(custom) == custom
