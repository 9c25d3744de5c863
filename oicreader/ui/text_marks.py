"""The marks drawn over the parallel text: the reader's highlights, search hits, the chosen
topic, the current paragraph, the document symbols (as links) and the sentence links, each in
its colour (render/mark_colours.py) and in the order they are drawn, bottom to top."""

from __future__ import annotations

from PySide6.QtGui import QColor, QTextCharFormat, QTextCursor, QTextDocument, QTextFormat
from PySide6.QtWidgets import QTextEdit

from oicreader.render.mark_colours import (
    CURRENT_PARAGRAPH,
    SEARCH_HIT,
    TOPIC_NUMBER,
    TOPIC_TINT,
    highlight_edge,
    highlight_fill,
)
from oicreader.render.parallel_document import ParallelDocument

Span = tuple[int, str, int, int]  # paragraph, language, start, end (code points)


class TextMarks:
    """What is marked over the text, turned into Qt's extra selections for the view."""

    def __init__(self) -> None:
        self.search_spans: list[Span] = []
        self.highlights: list[tuple[int, str, int, int, str]] = []  # ... and #rrggbb
        self.topic_paragraphs: set[int] = set()
        self.sentence_links: list[Span] = []
        self.sentence_link_format = QTextCharFormat()
        self.symbol_links: list[Span] = []  # document symbols named in the text
        self.symbol_link_format = QTextCharFormat()

    def selections(
        self, built: ParallelDocument, document: QTextDocument, current: int | None, dark: bool
    ) -> list[QTextEdit.ExtraSelection]:
        """Every mark over the text laid out so far, drawn bottom to top."""
        on = _Spans(built, document)
        selections: list[QTextEdit.ExtraSelection] = []
        if not self.search_spans:  # while searching, the hits alone are tinted
            tint = _full_width_format(TOPIC_TINT.on(dark).mark)
            for number in sorted(self.topic_paragraphs - {current}):
                selections += on.whole_paragraph(number, tint)
        if current is not None:
            row = _full_width_format(CURRENT_PARAGRAPH.on(dark).mark)
            selections += on.whole_paragraph(current, row)
        for number, language, start, end in self.symbol_links:
            selections += on.words(number, language, start, end, self.symbol_link_format)
        for number, language, start, end in self.sentence_links:
            selections += on.words(number, language, start, end, self.sentence_link_format)
        topic_number = _filled_format(TOPIC_NUMBER.on(dark).mark, TOPIC_NUMBER.on(dark).text)
        for number in sorted(self.topic_paragraphs):
            number_range = built.number_range(number)
            if number_range is not None:
                selections.append(on.span(*number_range, topic_number))
        for number, language, start, end, color in self.highlights:
            selections += on.words(number, language, start, end, _highlight_format(color, dark))
        match = _filled_format(SEARCH_HIT.on(dark).mark, SEARCH_HIT.on(dark).text)
        for number, language, start, end in self.search_spans:
            selections += on.words(number, language, start, end, match)
        return selections


class _Spans:
    """Extra selections over the rows of one laid-out document."""

    def __init__(self, built: ParallelDocument, document: QTextDocument) -> None:
        self.built, self.document = built, document

    def span(
        self, qt_start: int, qt_end: int, text_format: QTextCharFormat
    ) -> QTextEdit.ExtraSelection:
        cursor = QTextCursor(self.document)
        cursor.setPosition(qt_start)
        cursor.setPosition(qt_end, QTextCursor.MoveMode.KeepAnchor)
        return _selection(cursor, text_format)

    def whole_paragraph(
        self, number: int, text_format: QTextCharFormat
    ) -> list[QTextEdit.ExtraSelection]:
        """A mark over a paragraph's text in every visible language."""
        cells = (self.built.cells.get((number, language)) for language in self.built.languages)
        return [
            self.span(cell.position, cell.end_position, text_format)
            for cell in cells
            if cell is not None
        ]

    def words(
        self, number: int, language: str, start: int, end: int, text_format: QTextCharFormat
    ) -> list[QTextEdit.ExtraSelection]:
        """A mark over code points [start, end) of one paragraph's text, if it is laid out."""
        cell = self.built.cells.get((number, language))
        if cell is None or end > len(cell.text):
            return []
        return [self.span(*cell.qt_range(start, end), text_format)]


def _full_width_format(colour: str) -> QTextCharFormat:
    """A tint over whole rows of text."""
    tint = QTextCharFormat()
    tint.setBackground(QColor(colour))
    tint.setProperty(QTextFormat.Property.FullWidthSelection, True)
    return tint


def _filled_format(fill: str, text: str | None) -> QTextCharFormat:
    """Words on a fill, in a text colour of their own when one is given."""
    filled = QTextCharFormat()
    filled.setBackground(QColor(fill))
    if text is not None:
        filled.setForeground(QColor(text))
    return filled


def _highlight_format(color: str, dark: bool) -> QTextCharFormat:
    """A highlight: the reader's colour under the page's text, and a line of the same hue
    under it that stands out from the page (a pale fill alone does not)."""
    painted = _filled_format(highlight_fill(color, dark), None)
    painted.setUnderlineStyle(QTextCharFormat.UnderlineStyle.SingleUnderline)
    painted.setUnderlineColor(QColor(highlight_edge(color, dark)))
    return painted


def _selection(cursor: QTextCursor, text_format: QTextCharFormat) -> QTextEdit.ExtraSelection:
    selection = QTextEdit.ExtraSelection()
    selection.cursor = cursor
    selection.format = text_format
    return selection
