"""Search: the find actions, the hits marked in the text, and a chosen hit brought into view."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

if TYPE_CHECKING:
    from oicreader.app.changes import Changes
    from oicreader.app.search import SearchHit
    from oicreader.model.document import Document
    from oicreader.ui.main_window import MainWindow


class SearchController(QObject):
    """Owns the search panel's place in the window: its actions and its marks in the text."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.dock = window.search_dock
        actions = window.menu_actions
        actions.find_action.triggered.connect(self.dock.focus_field)
        actions.find_next_action.triggered.connect(lambda: self.dock.step(1))
        actions.find_previous_action.triggered.connect(lambda: self.dock.step(-1))
        self.dock.hit_chosen.connect(self._hit_chosen)
        self.dock.hits_changed.connect(self._mark_hits)
        window.reading.document_opened.connect(lambda _document: self._mark_hits(self.dock.hits))
        window.changed.connect(self._changes_seen)

    def hits_in(self, document: Document) -> set[int]:
        """The paragraphs of a document that the last search found."""
        return {hit.paragraph_number for hit in self.dock.hits if hit.document_key == document.id}

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

    def _hit_chosen(self, hit: SearchHit) -> None:
        reading = self.window.reading
        if reading.document is None or hit.document_key != reading.document.id:
            reading.open_document(hit.document_key)
        reading.show_language(hit.language)
        reading.jump_to_paragraph(hit.paragraph_number)

    def _changes_seen(self, changes: Changes) -> None:
        # The search panel keeps the library itself: after a restore, search the new one.
        if changes.library_reopened:
            self.dock.library = self.window.library
            self.dock.run_search(self.dock.query)
