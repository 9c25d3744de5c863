"""Notes: highlights and notes made from the text, deleted and brought back, their marks in the
text and the notes panel kept in step with every change."""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QPoint
from PySide6.QtWidgets import QMenu

from oicreader.app import notes as reader_notes
from oicreader.app.changes import Changes
from oicreader.app.notes import Annotation, TextAnchor
from oicreader.app.session import DocumentNotFound
from oicreader.model.annotation import DEFAULT_COLOR
from oicreader.ui.interface_language import current_language

if TYPE_CHECKING:
    from oicreader.model.document import Document
    from oicreader.ui.main_window import MainWindow


class NotesController(QObject):
    """Owns the notes panel and the highlights in the text."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.session = window.session
        self.view = window.view
        self.dock = window.notes_dock
        self.actions = window.menu_actions
        self.highlight_color = DEFAULT_COLOR
        # What the notes panel announced of its own edits: it shows them already.
        self._shown_by_panel: Changes | None = None
        self._connect()

    def _connect(self) -> None:
        actions = self.actions
        actions.undo_action.triggered.connect(self.undo_delete)
        actions.highlight_action.triggered.connect(lambda: self.highlight_selection())
        actions.add_note_action.triggered.connect(lambda: self.add_note_to_selection())
        actions.paragraph_note_action.triggered.connect(lambda: self.add_paragraph_note())
        for value, action in actions.color_actions.items():
            action.triggered.connect(lambda _checked=False, v=value: self._set_color(v))
        self.view.context_menu_requested.connect(self._extend_context_menu)
        self.view.current_paragraph_changed.connect(self._paragraph_changed)
        self.dock.note_chosen.connect(self.show_annotation)
        self.dock.delete_requested.connect(self.delete_note)
        self.dock.left_empty.connect(self.discard_if_empty)
        self.dock.notes_changed.connect(self._panel_changed_tags)
        self.window.reading.document_opened.connect(self._document_opened)
        self.window.changed.connect(self._changes_seen)

    # Keeping the marks and the panel in step ----------------------------------------------

    def fill_panel(self) -> None:
        """Every note, and the current paragraph's, once the panels are built."""
        document, number = self.window.document, self.view.current_paragraph
        if document is None:
            return
        self.dock.refresh()
        if number is not None:
            self.dock.show_paragraph(document.id, number)

    def _document_opened(self, document: Document) -> None:
        self.refresh()

    def _paragraph_changed(self, number: int) -> None:
        document = self.window.document
        if self.window.panels_ready and document is not None:
            for note_id in self.dock.empty_notes():  # left behind without a word typed
                self.discard_if_empty(note_id)
            self.dock.show_paragraph(document.id, number)

    def _panel_changed_tags(self, document: str, tags: frozenset[str]) -> None:
        # A note's tags changed in the panel (its text alone changes nothing drawn outside
        # the panel): the panel has shown it; the topics are told through the window.
        edited = Changes(document=document, tags_changed=True, topics_changed=True, tags=tags)
        self._shown_by_panel = edited
        try:
            self.window.announce(edited)
        finally:
            self._shown_by_panel = None

    def _changes_seen(self, changes: Changes) -> None:
        if changes is self._shown_by_panel:
            return  # a note's text or tags: no mark moves, and the panel shows it already
        if changes.library_reopened:
            self.actions.undo_action.setEnabled(self.session.can_undo_delete)
        document = self.window.document
        if document is None or changes.document not in (None, document.id):
            return
        if changes.library_reopened or changes.notes:
            self.refresh()

    def refresh(self) -> None:
        """Redraw the marks and reload the notes panel (notes changed in the library)."""
        self.refresh_marks()
        if self.window.panels_ready:
            self.dock.refresh()

    def refresh_marks(self) -> None:
        """Redraw the open document's highlights and the gutter marks of its notes."""
        document = self.window.document
        if document is None:
            return
        annotations = reader_notes.list_notes(self.session, document.id)
        self.view.set_highlights(
            [
                (a.paragraph_number, a.language, a.anchor.start, a.anchor.end,
                 a.color or DEFAULT_COLOR)
                for a in annotations
                if a.anchor is not None
            ]
        )  # fmt: skip
        self.view.set_gutter_marker("note", {a.paragraph_number for a in annotations})

    # Making notes ------------------------------------------------------------------------

    def _set_color(self, color: str) -> None:
        self.highlight_color = color

    def selection_anchor(self) -> tuple[int, str, TextAnchor] | None:
        """The words selected in one paragraph (paragraph, language, anchor), or None with a
        word in the status bar."""
        selected = self.view.selected_range()
        if selected is None or self.view.built is None:
            message = self.tr("Select some words in one paragraph first.")
            self.window.statusBar().showMessage(message, 4000)
            return None
        number, language, start, end = selected
        cell = self.view.built.cells[(number, language)]
        return number, language, TextAnchor.in_text(cell.text, start, end)

    def highlight_selection(self, color: str | None = None) -> Annotation | None:
        """Highlight the selected words in the chosen colour; saved at once."""
        found = self.selection_anchor()
        document = self.window.document
        if found is None or document is None:
            return None
        number, language, anchor = found
        added = reader_notes.add_note(
            self.session, document.id, number, language,
            anchor=anchor, color=color or self.highlight_color,
        )  # fmt: skip
        if self.view.current_paragraph != number:
            self.view.go_to_paragraph(number)
        self.window.announce(added.changes)
        return added.annotation

    def add_note_to_selection(self) -> Annotation | None:
        """Highlight the selection and put the cursor in its note."""
        annotation = self.highlight_selection()
        if annotation is not None:
            self._focus_note(annotation.id)
        return annotation

    def add_paragraph_note(
        self, number: int | None = None, language: str | None = None
    ) -> Annotation | None:
        """A note on a whole paragraph (the current one unless given)."""
        document = self.window.document
        if document is None:
            return None
        number = number or self.view.current_paragraph
        if number is None:
            return None
        language = language or next(
            (code for code in self.view.languages if code == current_language()),
            document.source_language,
        )
        added = reader_notes.add_note(self.session, document.id, number, language)
        if self.view.current_paragraph != number:
            self.view.go_to_paragraph(number)
        self.window.announce(added.changes)
        self._focus_note(added.annotation.id)
        return added.annotation

    def _focus_note(self, annotation_id: str) -> None:
        self.window.ensure_panels()
        self.dock.show()
        self.dock.raise_()
        self.dock.focus_note(annotation_id)

    def delete_note(self, annotation_id: str) -> None:
        """Delete a note; Ctrl+Z brings it back with the same id."""
        deleted = reader_notes.delete_note(self.session, annotation_id)
        self.actions.undo_action.setEnabled(self.session.can_undo_delete)
        message = self.tr("Note deleted. Press Ctrl+Z to bring it back.")
        self.window.statusBar().showMessage(message, 6000)
        self.window.announce(deleted.changes)

    def discard_if_empty(self, annotation_id: str) -> None:
        """Delete a note left empty; undo is kept for the notes deleted on purpose."""
        discarded = reader_notes.discard_if_empty(self.session, annotation_id)
        if discarded is not None:
            self.window.announce(discarded.changes)

    def undo_delete(self) -> None:
        """Bring back the last deleted note."""
        restored = reader_notes.undo_delete(self.session)
        if restored is None:
            return
        self.actions.undo_action.setEnabled(self.session.can_undo_delete)
        self.window.announce(restored.changes)

    def show_annotation(self, annotation: Annotation) -> None:
        """Bring a note's paragraph into view, opening its document if needed."""
        reading = self.window.reading
        opened = None
        if reading.document is None or reading.document.id != annotation.document:
            try:
                reading.open_document(annotation.document)
            except DocumentNotFound:
                return
            opened = reading.document
        reading.show_language(annotation.language)
        reading.jump_to_paragraph(annotation.paragraph_number)
        if opened is not None:  # the reader clicked a note, and another document came up
            symbol = f"\u2068{opened.symbol}\u2069"  # a Latin symbol in an Arabic sentence
            message = self.tr("Opened %1 to show the note").replace("%1", symbol)
            self.window.statusBar().showMessage(message, 8000)

    def _extend_context_menu(self, menu: QMenu, point: QPoint) -> None:
        number = self.view.paragraph_at_point(point)
        language = self.view.language_at_point(point)
        first = menu.actions()[0] if menu.actions() else None
        if self.view.selected_range() is not None:
            highlight = QMenu(self.tr("Highlight"), menu)
            for value, action in self.actions.color_actions.items():
                in_colour = functools.partial(self.highlight_selection, value)
                highlight.addAction(action.text(), in_colour)
            # Qt appends when `before` is None (an empty menu), but PySide6's stubs want an action.
            menu.insertMenu(first, highlight)  # type: ignore[arg-type]
            menu.insertAction(first, self.actions.add_note_action)  # type: ignore[arg-type]
        if number is not None:
            note = menu.addAction(self.tr("Note on Paragraph %1…").replace("%1", str(number)))
            note.triggered.connect(lambda: self.add_paragraph_note(number, language))
        if first is not None:
            menu.insertSeparator(first)
