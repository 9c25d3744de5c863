"""Edit > Copy with Citation: the selection, or the current paragraph, copied with the
citation of where it comes from, as plain text and as HTML."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QMimeData, QObject
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QTextEdit

from oicreader.text.citation import citation_html, citation_text

if TYPE_CHECKING:
    from oicreader.ui.main_window import MainWindow

STATUS_MESSAGE_MS = 4000


def _mime_data_made_by_qt() -> QMimeData:
    """An empty QMimeData made by Qt itself, for the clipboard to own.

    One made with QMimeData() is PySide6's subclass, whose destructor calls into Python:
    when the clipboard deletes it as the app exits, Python is gone and the process crashes
    (a segmentation fault, in test_the_app_exits_cleanly_after_a_copy_with_citation). A text
    edit with nothing selected hands out Qt's own, holding nothing until it is filled.
    """
    return QTextEdit().createMimeDataFromSelection()


@dataclass(frozen=True)
class Passage:
    """What is copied: each language's text (in column order) and the paragraphs cited."""

    texts: dict[str, str]
    first_paragraph: int
    last_paragraph: int


class CitationController(QObject):
    """Copies a passage followed by its citation in the interface language."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window

    def copy_with_citation(self) -> Passage | None:
        """Put the passage and its citation on the clipboard; the passage copied, if any."""
        passage = self.passage()
        document = self.window.document
        if passage is None or document is None:
            self.window.statusBar().showMessage(self.tr("Nothing to copy"), STATUS_MESSAGE_MS)
            return None
        arguments = (
            passage.texts,
            document.symbol,
            passage.first_paragraph,
            self.window.interface_language,
        )
        mime = _mime_data_made_by_qt()
        mime.setText(citation_text(*arguments, last_paragraph=passage.last_paragraph))
        mime.setHtml(citation_html(*arguments, last_paragraph=passage.last_paragraph))
        QGuiApplication.clipboard().setMimeData(mime)
        self.window.statusBar().showMessage(self.tr("Copied with its citation"), STATUS_MESSAGE_MS)
        return passage

    def passage(self) -> Passage | None:
        """The selection inside one language's text in that language; a selection over
        several texts as the whole paragraphs it reaches, in the shown languages; without
        a selection in the text, the current paragraph in the shown languages."""
        view = self.window.view
        cells = view.selected_cells()
        selected = view.selected_range()
        if len(cells) == 1 and selected is not None:
            number, language, start, end = selected
            whole = self._text(number, language) or ""
            return Passage({language: whole[start:end].strip()}, number, number)
        if cells:
            numbers = sorted({number for number, _language in cells})
            return self._paragraphs(numbers[0], numbers[-1])
        current = view.current_paragraph
        return self._paragraphs(current, current) if current is not None else None

    def _paragraphs(self, first: int, last: int) -> Passage | None:
        document = self.window.document
        if document is None:
            return None
        numbers = [n for n in document.paragraph_numbers if first <= n <= last]
        texts = {}
        for language in self.window.view.languages:
            found = [text for n in numbers if (text := self._text(n, language))]
            if found:
                texts[language] = "\n".join(found)
        return Passage(texts, first, last) if texts else None

    def _text(self, number: int, language: str) -> str | None:
        document = self.window.document
        return document.paragraph(number).text(language) if document is not None else None
