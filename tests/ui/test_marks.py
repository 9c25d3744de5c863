"""The marks on the text: highlights, search hits, the chosen topic and the gutter marks stay
distinct and legible on a light and a dark page."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtGui import QColor, QPalette, QTextFormat
from PySide6.QtWidgets import QApplication, QTextEdit
from pytestqt.qtbot import QtBot

from oicreader.importing.bundle import load_document_folder
from oicreader.model.annotation import PALETTE
from oicreader.model.document import Document
from oicreader.render.fonts import FontChoice
from oicreader.render.mark_colours import contrast_ratio, page_colours
from oicreader.ui.parallel_view import ParallelView
from tests.conftest import BUNDLED_FOLDER

pytestmark = pytest.mark.gui


@pytest.fixture(scope="module")
def report() -> Document:
    return load_document_folder(BUNDLED_FOLDER)


@pytest.fixture(params=[False, True], ids=["light", "dark"])
def dark(request: pytest.FixtureRequest) -> bool:
    return bool(request.param)


@pytest.fixture
def view(qtbot: QtBot, qapp: QApplication, report: Document, dark: bool) -> Iterator[ParallelView]:
    """The report laid out in a view whose page is the light or the dark one."""
    shown = ParallelView()
    qtbot.addWidget(shown)
    page, text = page_colours(dark)
    palette = QPalette(shown.palette())
    palette.setColor(QPalette.ColorRole.Base, QColor(page))
    palette.setColor(QPalette.ColorRole.Text, QColor(text))
    shown.setPalette(palette)
    shown.resize(1000, 700)
    shown.show_document(report, ["fr", "en", "ar"], FontChoice(), 1.0)
    shown.finish_building()
    yield shown


def marks_over(view: ParallelView, number: int, language: str) -> list[QTextEdit.ExtraSelection]:
    """The marks that start inside one paragraph's text in one language."""
    assert view.built is not None
    cell = view.built.cells[(number, language)]
    return [
        selection
        for selection in view.extraSelections()
        if cell.position <= selection.cursor.selectionStart() < cell.end_position
    ]


def words_of(selection: QTextEdit.ExtraSelection) -> str:
    return selection.cursor.selectedText()


def search_hit_in_paragraph_five(view: ParallelView, report: Document) -> None:
    text = report.paragraph(5).text("en") or ""
    start = text.index("terrorist")
    view.set_search_spans([(5, "en", start, start + len("terrorist"))])


def test_a_search_hit_stands_out_from_every_highlight_colour(
    view: ParallelView, report: Document, dark: bool
) -> None:
    search_hit_in_paragraph_five(view, report)
    [hit] = [s for s in marks_over(view, 5, "en") if words_of(s) == "terrorist"]
    fill = hit.format.background().color().name()
    view.set_search_spans([])
    for colour in PALETTE.values():
        view.set_highlights([(5, "en", 0, 20, colour)])
        [highlight] = [s for s in marks_over(view, 5, "en") if len(words_of(s)) == 20]
        highlighted = highlight.format.background().color().name()
        assert contrast_ratio(fill, highlighted) >= 3, f"a hit looks like a {colour} highlight"


def test_search_hits_and_their_text_are_legible_on_the_page(
    view: ParallelView, report: Document, dark: bool
) -> None:
    page, _text = page_colours(dark)
    search_hit_in_paragraph_five(view, report)
    [hit] = [s for s in marks_over(view, 5, "en") if words_of(s) == "terrorist"]
    fill = hit.format.background().color().name()
    assert contrast_ratio(fill, page) >= 3
    assert hit.format.hasProperty(QTextFormat.Property.ForegroundBrush)
    assert contrast_ratio(hit.format.foreground().color().name(), fill) >= 4.5


def test_every_highlight_has_an_edge_that_stands_out_and_text_that_reads(
    view: ParallelView, dark: bool
) -> None:
    page, text = page_colours(dark)
    for colour in PALETTE.values():
        view.set_highlights([(5, "en", 0, 20, colour)])
        [highlight] = [s for s in marks_over(view, 5, "en") if len(words_of(s)) == 20]
        fill = highlight.format.background().color().name()
        assert contrast_ratio(text, fill) >= 4.5, f"text over a {colour} highlight"
        edge = highlight.format.underlineColor().name()
        assert highlight.format.underlineStyle() != highlight.format.UnderlineStyle.NoUnderline
        assert contrast_ratio(edge, page) >= 3, f"the {colour} highlight against the page"


def full_width_rows(view: ParallelView) -> set[int]:
    """The paragraphs whose text carries a whole-row tint."""
    assert view.built is not None
    return {
        number
        for selection in view.extraSelections()
        if selection.format.property(QTextFormat.Property.FullWidthSelection)
        and (number := view.built.paragraph_at(selection.cursor.selectionStart())) is not None
    }


def test_the_topic_tint_gives_way_to_search_hits(view: ParallelView, report: Document) -> None:
    view.go_to_paragraph(1, emit=False)
    view.set_topic_paragraphs({5, 9})
    assert {5, 9} <= full_width_rows(view)
    search_hit_in_paragraph_five(view, report)
    assert not {5, 9} & full_width_rows(view), "no topic tint while a search is active"
    view.set_search_spans([])
    assert {5, 9} <= full_width_rows(view)


def test_the_topic_stays_marked_on_its_paragraph_numbers_while_searching(
    view: ParallelView, report: Document, dark: bool
) -> None:
    page, _text = page_colours(dark)
    view.set_topic_paragraphs({5, 9})
    search_hit_in_paragraph_five(view, report)
    assert view.built is not None
    numbers = {
        words_of(selection): (
            selection.format.background().color().name(),
            selection.format.foreground().color().name(),
        )
        for selection in view.extraSelections()
        if words_of(selection).isdigit()
    }
    assert set(numbers) == {"5", "9"}
    badge, number = numbers["5"]
    assert contrast_ratio(badge, page) >= 3
    assert contrast_ratio(number, badge) >= 4.5


def test_gutter_marks_stand_out_from_the_page(view: ParallelView, dark: bool) -> None:
    page, _text = page_colours(dark)
    assert view.built is not None
    for kind in ("print", "note", "discrepancy"):
        view.set_gutter_marker(kind, {3})
        cursor = view.textCursor()
        cursor.setPosition(view.built.gutter_markers[(3, kind)] + 1)
        glyph = cursor.charFormat().foreground().color().name()
        assert contrast_ratio(glyph, page) >= 4.5, f"the {kind} mark on the page"
