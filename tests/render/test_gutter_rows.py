"""Rows of a one-language document: as tall as their text, the gutter's marks included."""

from __future__ import annotations

import itertools

import pytest
from PySide6.QtGui import QFontMetricsF

from oicreader.importing.bundle import load_document_folder
from oicreader.model.document import Document, LanguageVersion
from oicreader.render.fonts import FontChoice
from oicreader.render.parallel_document import build_parallel_document
from tests.conftest import BUNDLED_FOLDER

pytestmark = pytest.mark.gui


def short_rows() -> Document:
    report = load_document_folder(BUNDLED_FOLDER)
    rows = {1: "One short row.", 2: "Another short row.", 3: "A third one.", 4: "Four."}
    english = LanguageVersion("en", (), rows)
    return Document("plain3", "plain3", report.titles, "", "final", "en", {"en": english})


def row_pitches(gutter_markers: bool) -> list[float]:
    """How far apart the tops of the rows are, in pixels."""
    built = build_parallel_document(
        short_rows(), ["en"], fonts=FontChoice(), include_front_matter=False,
        gutter_markers=gutter_markers,
    )  # fmt: skip
    document = built.document
    document.setTextWidth(800)
    layout = document.documentLayout()
    tops = [
        layout.blockBoundingRect(document.findBlock(built.row_start(number) or 0)).top()
        for number in (1, 2, 3, 4)
    ]
    return [after - before for before, after in itertools.pairwise(tops)]


def test_short_rows_of_a_one_language_document_leave_no_large_gaps(qapp: object) -> None:
    # The window's gutter holds the number and, below it, the marks (print, note,
    # discrepancy), hidden until a paragraph has one. Hidden, wrapped one per line in the
    # narrow gutter, they made every short row five lines tall (issue 21).
    line = QFontMetricsF(FontChoice().font_for("en")).lineSpacing()
    plain = max(row_pitches(gutter_markers=False))
    marked = max(row_pitches(gutter_markers=True))
    assert marked <= plain + 0.5 * line, (marked, plain, line)
