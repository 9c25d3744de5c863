"""Alignment in the window: a row of a version aligned by content re-linked from the text's
context menu (moved up or down, merged with the next row, split), and sentence links."""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QMenu

from oicreader.errors import UserFacingError
from oicreader.ui.names import language_name
from oicreader.ui.sentence_links import SentenceLinks

if TYPE_CHECKING:
    from PySide6.QtCore import QPoint

    from oicreader.model.paragraph_links import Move
    from oicreader.ui.main_window import MainWindow


class AlignmentController(QObject):
    """Offers the re-links of the row under the pointer and makes them through the app."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.view = window.view
        self.view.context_menu_requested.connect(self._extend_context_menu)
        # Sentence links are alignment too: lit under the pointer or the caret.
        self.sentence_links = SentenceLinks(self.view)

    def relinkable_language(self, number: int | None, language: str | None) -> str | None:
        """The language whose row can be re-linked there: a translation aligned by content."""
        document = self.window.document
        if document is None or number is None or language is None:
            return None
        version = document.versions.get(language)
        if language == document.source_language or version is None:
            return None
        return language if version.aligned_by_content else None

    def _extend_context_menu(self, menu: QMenu, point: QPoint) -> None:
        number = self.view.paragraph_at_point(point)
        language = self.relinkable_language(number, self.view.language_at_point(point))
        if number is None or language is None:
            return
        menu.addSeparator()
        menu.addMenu(self.relink_menu(menu, number, language))

    def relink_menu(self, parent: QMenu, number: int, language: str) -> QMenu:
        """The re-links of one row of one version, as a submenu."""
        document = self.window.document
        assert document is not None
        title = self.tr("Re-link %1 Paragraph").replace("%1", language_name(language))
        submenu = QMenu(title, parent)
        entries: list[tuple[str, Move]] = [
            (self.tr("Move &Up"), "up"),
            (self.tr("Move &Down"), "down"),
            (self.tr("&Merge with Next Row"), "merge"),
            (self.tr("&Split"), "split"),
        ]
        link = document.versions[language].links.get(number)
        merged = link is not None and len(link.spans) > 1
        for label, move in entries:
            chosen = functools.partial(self.relink, number, language, move)
            action = submenu.addAction(label, chosen)
            # Only a merged row can be split; the app refuses the rest with its reason.
            action.setEnabled(move != "split" or merged)
        return submenu

    def relink(self, number: int, language: str, move: Move) -> bool:
        """Re-link a row of a version, redraw the document and tell the other controllers;
        a refusal is shown, with its reason, and changes nothing."""
        from oicreader.app.alignment import relink

        document = self.window.document
        if document is None:
            return False
        try:
            changes = relink(self.window.session, document.id, language, number, move)
        except UserFacingError as error:
            from oicreader.ui.error_dialog import show_failure

            show_failure(
                self.window,
                self.tr("Re-link"),
                self.tr("The row was not re-linked."),
                error,
                warning=True,
            )
            return False
        # The rows' texts moved: the document is read and laid out again, at the same row.
        self.window.reading.open_document(document.id)
        if not self.view.is_paragraph_visible(number):
            self.view.go_to_paragraph(number)
        self.window.announce(changes)
        return True
