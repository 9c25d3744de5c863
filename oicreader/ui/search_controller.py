"""Search: the find actions, the hits marked in the text, and a chosen hit brought into view."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

if TYPE_CHECKING:
    from oicreader.app.changes import Changes
    from oicreader.app.search import NoteHit, SearchHit
    from oicreader.model.document import Document
    from oicreader.ui.main_window import MainWindow


class SearchController(QObject):
    """Owns the search panel's place in the window: its actions and its marks in the text."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.dock = window.search_dock
        # Made after the first paint (MainWindow.search), which wires Find and Find Next.
        self.dock.step_requested.connect(self.step)
        self.dock.hit_chosen.connect(self._hit_chosen)
        self.dock.note_chosen.connect(self._note_chosen)
        self.dock.hits_changed.connect(self._mark_hits)
        window.reading.document_opened.connect(self._document_opened)
        window.changed.connect(self._changes_seen)
        if window.reading.document is not None:  # opened before this controller was made
            self.dock.document_key = window.reading.document.id
            self._mark_hits(self.dock.hits)

    def reading_position(self) -> tuple[str, int] | None:
        """The open document and the current paragraph, where stepping through hits starts."""
        document = self.window.reading.document
        number = self.window.view.current_paragraph
        return None if document is None or number is None else (document.id, number)

    def step(self, delta: int) -> None:
        """Go to the next (+1) or previous (-1) hit in reading order from the current place."""
        self.dock.step(delta, self.reading_position())

    def hits_in(self, document: Document) -> set[int]:
        """The paragraphs of a document that the last search found."""
        return {hit.paragraph_number for hit in self.dock.hits if hit.document_key == document.id}

    def _document_opened(self, document: Document) -> None:
        self.dock.document_key = document.id
        if not self.dock.whole_library and self.dock.query.strip():
            self.dock.run_search(self.dock.query)  # "This document" follows the reader
        self._mark_hits(self.dock.hits)

    def _mark_hits(self, hits: list[SearchHit]) -> None:
        document = self.window.document
        if document is None:
            return
        spans = [
            (hit.paragraph_number, hit.language, start, end)
            for hit in hits
            if hit.document_key == document.id
            for start, end in hit.spans
        ]
        self.window.view.set_search_spans(spans)

    def _open_at(self, document_key: str, language: str, number: int) -> None:
        reading = self.window.reading
        opened = reading.document is None or document_key != reading.document.id
        if opened:
            reading.open_document(document_key)
        reading.show_language(language)
        reading.jump_to_paragraph(number)
        if opened and reading.document is not None:
            symbol = f"\u2068{reading.document.symbol}\u2069"  # Latin inside an Arabic sentence
            message = self.tr("Opened %1 at paragraph %2").replace("%1", symbol)
            self.window.statusBar().showMessage(message.replace("%2", str(number)), 8000)

    def _hit_chosen(self, hit: SearchHit) -> None:
        self._open_at(hit.document_key, hit.language, hit.paragraph_number)

    def _note_chosen(self, hit: NoteHit) -> None:
        self._open_at(hit.document_key, hit.language, hit.paragraph_number)
        window = self.window
        window.ensure_panels()
        window.notes_dock.show()
        window.notes_dock.raise_()
        window.notes_dock.focus_note(hit.annotation_id)

    def _changes_seen(self, changes: Changes) -> None:
        # The search panel keeps the library itself: after a restore, search the new one.
        if changes.library_reopened:
            self.dock.library = self.window.library
            self.dock.run_search(self.dock.query)
