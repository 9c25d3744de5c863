"""Sentence links: the sentence under the pointer, or holding the caret, lit in every column
together with the sentences that render it (the row's units, align.rows.document_units)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QColor, QPalette, QTextCharFormat, QTextDocument
from PySide6.QtWidgets import QWidget
from shiboken6 import isValid

from oicreader.render.mark_colours import SENTENCE_LINK

if TYPE_CHECKING:
    from PySide6.QtGui import QMouseEvent

    from oicreader.align.units import Unit
    from oicreader.model.document import Document
    from oicreader.ui.parallel_view import ParallelView

# Violet (render/mark_colours.py): apart from the reader's highlight colours, the search
# hits, the chosen topic's teal and the current row's pale blue. Drawn as a translucent tint
# with a solid underline, so that the text reads as on the plain page, light or dark.
SENTENCE_LINK_COLOR = SENTENCE_LINK.light.mark
_TINT_ALPHA = 70  # of 255: the text stays as readable as on the plain background

Place = tuple[int, str, int]  # paragraph, language, code-point offset in its text
Span = tuple[int, str, int, int]  # paragraph, language, start, end


class SentenceLinks(QObject):
    """Keeps the view's sentence links on the unit under the pointer, else under the caret."""

    def __init__(self, view: ParallelView) -> None:
        super().__init__(view)
        self.view = view
        self._document: Document | None = None
        # Each row's units, worked out when the reader first reaches a sentence of it: none
        # at start-up, and a few ms at most for a long row.
        self._units: dict[int, list[Unit]] = {}
        self._shown: list[Span] = []
        # Only a caret the reader placed (a click, a key) lights sentences: the one a new
        # layout puts at the start, and moves as the front matter goes in above it, does not.
        self._caret_placed = False
        # The layout shown when these links are made (they are made after the first paint):
        # the reader's first click in it must count.
        self._laid_out: QTextDocument = view.document()
        view.cursorPositionChanged.connect(self._caret_moved)
        view.viewport().setMouseTracking(True)
        view.viewport().installEventFilter(self)
        view.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Follow the pointer over the text, back to the caret when it leaves; note when the
        reader is about to move the caret."""
        # The viewport still has events while the view is being destroyed: none to follow.
        if not isValid(self.view):
            return False
        kind = event.type()
        if kind == QEvent.Type.KeyPress and watched is self.view:
            self._caret_placed = True
        elif isinstance(watched, QWidget) and watched is self.view.viewport():
            if kind == QEvent.Type.MouseButtonPress:
                self._caret_placed = True
            elif kind == QEvent.Type.MouseMove:
                mouse: QMouseEvent = event  # type: ignore[assignment]
                position = self.view.cursorForPosition(mouse.position().toPoint()).position()
                self._show(self.view.text_place(position))
            elif kind == QEvent.Type.Leave:
                self._show(self._caret_place())
        return False

    def units_of(self, number: int) -> list[Unit]:
        """The sentence units of a row of the document shown (cached per document)."""
        document = self.view.document_model
        if document is None:
            return []
        if document is not self._document:
            self._document, self._units = document, {}
        if number not in self._units:
            # Imported here: the aligner is no part of the first paint.
            from oicreader.align.rows import document_units

            [row] = document_units(document, [number])
            self._units[number] = row.units
        return self._units[number]

    def linked_spans(self, place: Place | None) -> list[Span]:
        """The spans, in every language of the row, of the unit holding a place."""
        if place is None:
            return []
        number, language, offset = place
        units = self.units_of(number)
        found = next(
            (unit for unit in units if _holds(unit.spans.get(language), offset, end=False)), None
        )
        if found is None and units and _holds(units[-1].spans.get(language), offset, end=True):
            found = units[-1]  # the caret after a paragraph's last character
        if found is None:
            return []
        return [
            (number, other, start, end)
            for other, (start, end) in found.spans.items()
            if start < end
        ]

    def _caret_moved(self) -> None:
        if self.view.document() is not self._laid_out:
            # Another layout: the caret is Qt's, at its start, until the reader moves it.
            self._laid_out = self.view.document()
            self._caret_placed = False
        self._show(self._caret_place())

    def _caret_place(self) -> Place | None:
        if not self._caret_placed:
            return None
        return self.view.text_place(self.view.textCursor().position())

    def _show(self, place: Place | None) -> None:
        spans = self.linked_spans(place)
        if spans == self._shown:
            return  # a move within the same sentence redraws nothing
        self._shown = spans
        self.view.set_sentence_links(spans, self.link_format())

    def link_format(self) -> QTextCharFormat:
        """How a linked sentence is drawn on the view's palette."""
        dark = self.view.palette().color(QPalette.ColorRole.Base).lightness() < 128
        color = QColor(SENTENCE_LINK.on(dark).mark)
        tint = QColor(color)
        tint.setAlpha(_TINT_ALPHA)
        text_format = QTextCharFormat()
        text_format.setBackground(tint)
        text_format.setFontUnderline(True)
        text_format.setUnderlineColor(color)
        return text_format


def _holds(span: tuple[int, int] | None, offset: int, end: bool) -> bool:
    """Whether an offset lies in a span (or, with `end`, just after it)."""
    if span is None or span[0] == span[1]:
        return False
    return offset == span[1] if end else span[0] <= offset < span[1]
