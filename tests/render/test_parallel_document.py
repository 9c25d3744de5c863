"""The parallel document: rows, columns, directions and the position map."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor

from oicreader.importing.bundle import load_document_folder
from oicreader.model.document import Document, LanguageVersion
from oicreader.render.parallel_document import (
    ParallelDocument,
    ParallelDocumentBuilder,
    build_parallel_document,
)
from tests.conftest import BUNDLED_FOLDER


@pytest.fixture(scope="module")
def report() -> Document:
    return load_document_folder(BUNDLED_FOLDER)


def block_direction(built, number: int, language: str) -> Qt.LayoutDirection:
    cell = built.cells[(number, language)]
    cursor = QTextCursor(built.document)
    cursor.setPosition(cell.position)
    return cursor.blockFormat().layoutDirection()


def test_every_paragraph_and_language_has_its_cell(qapp, report: Document) -> None:
    built = build_parallel_document(report, ["fr", "en", "ar"])
    assert built.row_numbers == list(range(1, 17))
    assert len(built.cells) == 16 * 3
    six = built.cells[(6, "ar")]
    cursor = QTextCursor(built.document)
    cursor.setPosition(six.position)
    cursor.setPosition(six.end_position, QTextCursor.MoveMode.KeepAnchor)
    assert cursor.selectedText() == report.paragraph(6).text("ar")


def test_arabic_cells_are_right_to_left_and_others_left_to_right(qapp, report: Document) -> None:
    built = build_parallel_document(report, ["en", "ar"])
    assert block_direction(built, 1, "ar") == Qt.LayoutDirection.RightToLeft
    assert block_direction(built, 1, "en") == Qt.LayoutDirection.LeftToRight


def test_arabic_paragraph_starting_with_a_latin_symbol_is_still_rtl(qapp) -> None:
    document = Document(
        id="t", symbol="T/1", titles={"ar": "ع"}, date="", status="draft", source_language="ar",
        versions={"ar": LanguageVersion("ar", (), {1: "OIC/ACM-2017 هو رمز الوثيقة."}),
                  "en": LanguageVersion("en", (), {1: "OIC/ACM-2017 is the symbol."})},
    )  # fmt: skip
    built = build_parallel_document(document, ["en", "ar"])
    assert block_direction(built, 1, "ar") == Qt.LayoutDirection.RightToLeft
    cursor = QTextCursor(built.document)
    cursor.setPosition(built.cells[(1, "ar")].position)
    alignment = cursor.blockFormat().alignment()
    assert alignment & Qt.AlignmentFlag.AlignRight and alignment & Qt.AlignmentFlag.AlignAbsolute
    assert not alignment & Qt.AlignmentFlag.AlignJustify


def test_missing_paragraph_shows_a_marked_gap(qapp, report: Document) -> None:
    versions = dict(report.versions)
    french = versions["fr"]
    versions["fr"] = LanguageVersion(
        "fr", french.front_matter, {n: t for n, t in french.paragraphs.items() if n != 9}
    )
    gappy = Document(
        report.id, report.symbol, report.titles, report.date, report.status, "ar", versions
    )
    built = build_parallel_document(gappy, ["fr", "ar"])
    assert (9, "fr") not in built.cells and (9, "ar") in built.cells
    assert "Ce paragraphe ne figure pas dans la version française" in built.document.toPlainText()


def test_positions_map_back_to_paragraphs(qapp, report: Document) -> None:
    built = build_parallel_document(report, ["fr", "en", "ar"])
    cell = built.cells[(10, "en")]
    middle = cell.position + 5
    assert built.paragraph_at(middle) == 10
    assert built.cell_at(middle) == cell
    assert cell.code_point_offset(middle) == 5


def test_translator_notes_have_markers(qapp, report: Document) -> None:
    built = build_parallel_document(report, ["en"])
    assert "\u2020" in built.document.toPlainText()


def test_a_paragraph_number_is_never_broken_over_two_lines(qapp, report: Document) -> None:
    built = build_parallel_document(report, ["fr", "en", "ar"], gutter_markers=True)
    built.document.setTextWidth(600)  # a 4 % gutter far too narrow for "10"
    built.document.size()  # lays the document out
    cursor = QTextCursor(built.document)
    cursor.setPosition(built.row_start(10) + 1)
    assert cursor.block().text() == "10"
    assert cursor.block().layout().lineCount() == 1


def test_front_matter_added_after_the_rows_gives_the_same_document(qapp, report: Document) -> None:
    def built(late: bool) -> ParallelDocument:
        builder = ParallelDocumentBuilder(
            report, ["fr", "en", "ar"], include_front_matter=not late, gutter_markers=True
        )
        builder.append(report.paragraph_numbers[:3])
        if late:
            builder.add_front_matter()
            builder.add_front_matter()  # once only
        builder.append(report.paragraph_numbers[3:])
        return builder.built

    early, late = built(late=False), built(late=True)
    assert late.document.toPlainText() == early.document.toPlainText()
    assert late.cells == early.cells
    assert late.row_starts == early.row_starts
    assert late.gutter_markers == early.gutter_markers
    frames = [len(each.document.rootFrame().childFrames()) for each in (early, late)]
    assert frames[0] == frames[1] == 17, "the heading and one table per row"
    for cell in late.cells.values():  # each position still finds its own text
        cursor = QTextCursor(late.document)
        cursor.setPosition(cell.position)
        cursor.setPosition(cell.end_position, QTextCursor.MoveMode.KeepAnchor)
        assert cursor.selectedText() == cell.text
