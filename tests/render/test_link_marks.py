"""Marks under the rows of a version aligned by content: merged, split, and links to check."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtGui import QTextCursor

from oicreader.model.document import Document, LanguageVersion
from oicreader.model.paragraph_links import RowLink
from oicreader.render.parallel_document import ParallelDocument, build_parallel_document

MERGED = "The meeting welcomed both reports. It thanked the Secretariat."
SPLIT = "The meeting expressed concern. It called for restraint."
ARABIC = {
    1: "رحب الاجتماع بالتقرير الأول.",
    2: "وشكر الأمانة العامة.",
    3: "أعرب الاجتماع عن قلقه ودعا إلى ضبط النفس.",
    4: "دعا الاجتماع الدول الأعضاء إلى التنسيق.",
}


def aligned_document() -> Document:
    """An Arabic report and an English version whose rows 1 and 2 share one paragraph,
    whose row 3 joins two, and whose row 4 was linked with little confidence."""
    merged = RowLink((1, 2), "2:1", 0.9)
    english = LanguageVersion(
        "en",
        (),
        {1: MERGED, 2: MERGED, 3: SPLIT, 4: "The meeting called upon the Member States."},
        numbered=False,
        links={
            1: merged,
            2: merged,
            3: RowLink((3,), "1:2", 0.95, (0, SPLIT.index("It called"))),
            4: RowLink((4,), "1:1", 0.42),
        },
    )
    return Document(
        id="t", symbol="T/1", titles={"ar": "ع"}, date="", status="final", source_language="ar",
        versions={"ar": LanguageVersion("ar", (), ARABIC), "en": english},
    )  # fmt: skip


@pytest.fixture
def french_interface(qapp) -> Iterator[None]:
    before = QLocale()
    QLocale.setDefault(QLocale("fr"))
    yield
    QLocale.setDefault(before)


def cell_contents(built: ParallelDocument, number: int, language: str) -> str:
    """Everything the table cell of a row's text shows, marks included."""
    cursor = QTextCursor(built.document)
    cursor.setPosition(built.cells[(number, language)].position)
    table = cursor.currentTable()
    cell = table.cellAt(cursor)
    cursor.setPosition(cell.firstCursorPosition().position())
    cursor.setPosition(cell.lastCursorPosition().position(), QTextCursor.MoveMode.KeepAnchor)
    return cursor.selection().toPlainText()


def mark_tooltips(built: ParallelDocument, number: int, language: str) -> list[str]:
    """The tooltips of the marks under a row's text."""
    cell = built.cells[(number, language)]
    cursor = QTextCursor(built.document)
    cursor.setPosition(cell.end_position)
    block = cursor.block().next()
    tips = []
    iterator = block.begin()
    while not iterator.atEnd():
        tips.append(iterator.fragment().charFormat().toolTip())
        iterator += 1
    return tips


def window_document() -> ParallelDocument:
    return build_parallel_document(aligned_document(), ["en", "ar"], gutter_markers=True)


def test_a_merged_paragraph_is_shown_against_both_rows_and_says_with_which(qapp) -> None:
    built = window_document()
    assert built.link_marks[(1, "en")] == built.link_marks[(2, "en")] == ("merged",)
    assert built.cells[(1, "en")].text == built.cells[(2, "en")].text == MERGED
    assert "⇕ merged with ¶2" in cell_contents(built, 1, "en")
    assert "⇕ merged with ¶1" in cell_contents(built, 2, "en")
    assert mark_tooltips(built, 1, "en") == [
        "One paragraph of this version renders source paragraphs 1, 2: "
        "it is shown against each of them."
    ]


def test_two_paragraphs_joined_in_one_row_are_marked_as_split(qapp) -> None:
    built = window_document()
    assert built.link_marks[(3, "en")] == ("split",)
    assert built.cells[(3, "en")].text == SPLIT
    assert "⇹ split into 2 paragraphs" in cell_contents(built, 3, "en")


def test_a_link_below_the_threshold_is_marked_for_review_with_its_confidence(qapp) -> None:
    built = window_document()
    assert built.link_marks[(4, "en")] == ("review",)
    assert "⚑ to check" in cell_contents(built, 4, "en")
    [tip] = mark_tooltips(built, 4, "en")
    assert "confidence of 0.42 (below 0.60)" in tip


def test_sure_rows_and_the_source_carry_no_mark(qapp) -> None:
    built = window_document()
    assert set(built.link_marks) == {(1, "en"), (2, "en"), (3, "en"), (4, "en")}
    assert cell_contents(built, 1, "ar") == ARABIC[1]


def test_printed_documents_carry_no_link_marks(qapp) -> None:
    built = build_parallel_document(aligned_document(), ["en", "ar"])
    assert built.link_marks == {}
    assert cell_contents(built, 1, "en") == MERGED


def test_the_marks_speak_the_interface_language(french_interface: None) -> None:
    built = window_document()
    assert "⇕ fusionné avec le ¶2" in cell_contents(built, 1, "en")
    assert "⚑ à vérifier" in cell_contents(built, 4, "en")
    [tip] = mark_tooltips(built, 4, "en")
    assert "confiance de 0,42 (sous 0,60)" in tip


@pytest.mark.parametrize("gutter_side", ["left", "right"])
def test_gutter_marks_are_where_their_glyphs_are_on_either_side(qapp, gutter_side: str) -> None:
    # On the right (an Arabic interface) the gutter comes after the text cells: a position
    # taken before the text went in would point into the English text.
    built = build_parallel_document(
        aligned_document(), ["en", "ar"], gutter_side=gutter_side, gutter_markers=True
    )
    glyphs = {"print": "\u2611", "note": "\u270e", "discrepancy": "\u2260"}
    for (_, kind), position in built.gutter_markers.items():
        assert built.document.characterAt(position) == glyphs[kind]
