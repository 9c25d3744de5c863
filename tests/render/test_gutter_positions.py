"""The gutter's positions (a paragraph's number, its mark glyphs) on either side of the text."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QTextCursor

from oicreader.importing.bundle import load_document_folder
from oicreader.model.document import Document
from oicreader.render.parallel_document import GUTTER_MARKERS, build_parallel_document
from tests.conftest import BUNDLED_FOLDER


@pytest.fixture(scope="module")
def report() -> Document:
    return load_document_folder(BUNDLED_FOLDER)


def text_at(built, start: int, end: int) -> str:
    cursor = QTextCursor(built.document)
    cursor.setPosition(start)
    cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
    return cursor.selectedText()


@pytest.mark.parametrize("side", ["left", "right"])
def test_the_gutter_marks_and_number_sit_in_the_gutter_on_either_side(
    qapp, report: Document, side: str
) -> None:
    built = build_parallel_document(
        report, ["fr", "en", "ar"], gutter_side=side, gutter_markers=True
    )
    for number in (1, 5, 16):
        for kind, glyph in GUTTER_MARKERS.items():
            place = built.gutter_markers[(number, kind)]
            assert text_at(built, place, place + 1) == glyph, (number, kind)
        number_range = built.number_range(number)
        assert number_range is not None
        assert text_at(built, *number_range) == str(number)
