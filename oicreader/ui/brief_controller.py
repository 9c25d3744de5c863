"""Briefs in the window: the Brief panel, "Add to Brief" (Ctrl+B) for the paragraphs the
reader chose, the topic or the search, and the export to PDF or .docx."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import QObject

from oicreader.errors import EXPECTED_FAILURES, UserFacingError
from oicreader.ui.error_dialog import show_failure

if TYPE_CHECKING:
    from oicreader.app.changes import Changes
    from oicreader.model.brief import Brief, BriefExportChoices, BriefItem
    from oicreader.model.document import Document
    from oicreader.ui.main_window import MainWindow

# The use cases and citations are imported by the methods that use them: the window's
# first paint needs neither (tests/ui/test_start_up.py).
T = TypeVar("T")
STATUS_MESSAGE_MS = 5000
_EXCERPT_CHARACTERS = 90


class BriefController(QObject):
    """Owns the open brief (its id) and answers the Brief panel and the brief actions."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.dock = window.brief_dock
        self.brief: int | None = None
        self._documents: dict[tuple[str, int], Document] = {}
        actions = window.menu_actions
        actions.add_to_brief_action.triggered.connect(lambda: self.add_chosen_paragraphs())
        actions.add_topic_to_brief_action.triggered.connect(lambda: self.add_topic())
        actions.add_results_to_brief_action.triggered.connect(lambda: self.add_search_results())
        dock = self.dock
        dock.visibilityChanged.connect(self._shown)
        dock.brief_chosen.connect(self.open_brief)
        dock.new_requested.connect(lambda: self.new_brief())
        dock.delete_requested.connect(self._ask_delete)
        dock.title_edited.connect(self.rename)
        dock.language_chosen.connect(self.set_language)
        dock.order_changed.connect(self.reorder)
        dock.heading_requested.connect(self._ask_heading)
        dock.note_requested.connect(self._ask_note)
        dock.remove_requested.connect(self.remove)
        dock.export_requested.connect(self._ask_export)
        window.changed.connect(self._changes_seen)
        if dock.isVisible():  # shown before it was made (a saved layout): fill it now
            self._shown(True)

    # The brief open in the panel ---------------------------------------------------------

    def _shown(self, visible: bool) -> None:
        if visible and not self.dock.built:
            self.refresh()

    def refresh(self) -> None:
        """Show the library's briefs and the open one (the last changed when none is open)."""
        from oicreader.app import briefs

        listed = briefs.list_briefs(self.window.session)
        if self.brief not in {summary.id for summary in listed}:
            self.brief = listed[0].id if listed else None
        self.dock.show_briefs(listed, self.brief)
        if self.brief is None:
            self.dock.show_brief("", self.window.interface_language, [])
            return
        loaded = briefs.load_brief(self.window.session, self.brief)
        self.dock.show_brief(loaded.title, loaded.language, self._rows(loaded))

    def open_brief(self, brief: int) -> None:
        """Show another brief of the library."""
        self.brief = brief
        self.refresh()

    def new_brief(self, title: str | None = None) -> int | None:
        """Start a new brief, in the interface language, and show it."""
        from oicreader.app import briefs

        session = self.window.session
        taken = {summary.title.casefold() for summary in briefs.list_briefs(session)}
        base = title or self.tr("Brief")
        name, number = base, 1
        while name.casefold() in taken:
            number += 1
            name = f"{base} {number}"
        created = self._run(lambda: briefs.create_brief(session, name, self._language()))
        if created is None:
            return None
        self.brief, changes = created
        self.window.announce(changes)
        self.dock.show()
        self.dock.raise_()
        return self.brief

    def rename(self, title: str) -> None:
        """Give the open brief another title."""
        from oicreader.app import briefs

        if self.brief is not None:
            brief = self.brief
            self._apply(lambda: briefs.rename_brief(self.window.session, brief, title))

    def set_language(self, language: str) -> None:
        """Write the open brief's headings and citations in another language."""
        from oicreader.app import briefs

        if self.brief is not None:
            brief = self.brief
            title = briefs.load_brief(self.window.session, brief).title
            self._apply(lambda: briefs.rename_brief(self.window.session, brief, title, language))

    def reorder(self, item_ids: list[int]) -> None:
        """Store the order the reader dragged the items into."""
        from oicreader.app import briefs

        if self.brief is not None:
            brief = self.brief
            self._apply(lambda: briefs.reorder_items(self.window.session, brief, item_ids))

    def remove(self, item_ids: list[int]) -> None:
        """Take items out of the open brief."""
        from oicreader.app import briefs

        if self.brief is not None and item_ids:
            brief = self.brief
            self._apply(lambda: briefs.remove_items(self.window.session, brief, item_ids))

    def delete(self) -> None:
        """Delete the open brief."""
        from oicreader.app import briefs

        if self.brief is not None:
            brief, self.brief = self.brief, None
            self._apply(lambda: briefs.delete_brief(self.window.session, brief))

    # Adding ------------------------------------------------------------------------------

    def add_chosen_paragraphs(self) -> list[int]:
        """Add the paragraphs chosen for print, else those the text selection reaches, else
        the current paragraph, to the open brief (a new one when none is open)."""
        from oicreader.app import briefs

        document = self.window.document
        if document is None:
            return []
        view = self.window.view
        numbers = sorted(self.window.printing.print_selection) or sorted(
            {number for number, _language in view.selected_cells()}
        )
        if not numbers and view.current_paragraph is not None:
            numbers = [view.current_paragraph]
        if not numbers:
            return []
        brief = self._brief_to_add_to()
        if brief is None:
            return []
        session = self.window.session
        if self._apply(lambda: briefs.add_paragraphs(session, brief, document.id, numbers)):
            message = self.tr("%n paragraph(s) added to the brief", "", len(numbers))
            self.window.statusBar().showMessage(message, STATUS_MESSAGE_MS)
        return numbers

    def add_topic(self) -> None:
        """Add the chosen topic's paragraphs from every document of the library: in the
        library scope, those the Topics panel lists for it (nothing analysed again)."""
        from oicreader.app import briefs

        session = self.window.session
        across = self.window.topics.chosen_library_topic
        if across is not None:
            receiving = self._brief_to_add_to()
            if receiving is not None:
                self._apply(lambda: briefs.add_library_topic(session, receiving, across))
            return
        topic = self.window.topics.topic
        brief = self._brief_to_add_to() if topic is not None else None
        if topic is not None and brief is not None:
            self._apply(lambda: briefs.add_topic(session, brief, topic.id))

    def add_search_results(self) -> None:
        """Add the paragraphs the search found across the library."""
        from oicreader.app import briefs

        query = self.window.search_dock.query.strip()
        brief = self._brief_to_add_to() if query else None
        if brief is not None:
            session = self.window.session
            self._apply(lambda: briefs.add_search_results(session, brief, query))

    def add_heading(self, text: str) -> None:
        """Add a heading of the reader's at the end of the open brief."""
        from oicreader.app import briefs

        if self.brief is not None:
            brief = self.brief
            self._apply(lambda: briefs.add_heading(self.window.session, brief, text))

    def add_note(self, text: str) -> None:
        """Add a note of the reader's at the end of the open brief."""
        from oicreader.app import briefs

        if self.brief is not None:
            brief = self.brief
            self._apply(lambda: briefs.add_note(self.window.session, brief, text))

    # Export ------------------------------------------------------------------------------

    def export(self, path: Path, choices: BriefExportChoices) -> bool:
        """Write the open brief to `path` (.pdf or .docx); False when it could not be."""
        from oicreader.app import briefs

        if self.brief is None:
            return False
        try:
            content = briefs.brief_content(self.window.session, self.brief)
            if path.suffix.lower() == ".docx":
                from oicreader.render.brief_docx import write_brief_docx

                write_brief_docx(content, choices, path)
            else:
                from oicreader.render.brief_pdf import write_brief_pdf

                write_brief_pdf(content, choices, path)
        except EXPECTED_FAILURES as error:
            show_failure(
                self.window, self.tr("Export Brief"), self.tr("The brief was not exported."), error
            )
            return False
        self.window.statusBar().showMessage(
            self.tr("Brief exported to %1").replace("%1", str(path)), STATUS_MESSAGE_MS
        )
        return True

    def _ask_export(self) -> None:
        from PySide6.QtWidgets import QDialog, QFileDialog

        from oicreader.app import briefs
        from oicreader.ui.brief_export_dialog import BriefExportDialog

        if self.brief is None:
            return
        dialog = BriefExportDialog(self.window.columns, self.window)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        suffix = dialog.file_suffix()
        title = briefs.load_brief(self.window.session, self.brief).title
        filter_text = self.tr("PDF (*.pdf)") if suffix == ".pdf" else self.tr("Word (*.docx)")
        chosen, _ = QFileDialog.getSaveFileName(
            self.window, self.tr("Export Brief"), f"{title}{suffix}", filter_text
        )
        if chosen:
            path = Path(chosen)
            self.export(
                path if path.suffix.lower() == suffix else path.with_suffix(suffix),
                dialog.choices(),
            )

    # Dialogs that ask for words ------------------------------------------------------------

    def _ask_heading(self) -> None:
        from PySide6.QtWidgets import QInputDialog

        text, accepted = QInputDialog.getText(
            self.window, self.tr("Add Heading"), self.tr("Heading:")
        )
        if accepted and text.strip():
            self.add_heading(text)

    def _ask_note(self) -> None:
        from PySide6.QtWidgets import QInputDialog

        text, accepted = QInputDialog.getMultiLineText(
            self.window, self.tr("Add Note"), self.tr("Note:")
        )
        if accepted and text.strip():
            self.add_note(text)

    def _ask_delete(self) -> None:
        from PySide6.QtWidgets import QMessageBox

        from oicreader.app import briefs

        if self.brief is None:
            return
        title = briefs.load_brief(self.window.session, self.brief).title
        answer = QMessageBox.question(
            self.window,
            self.tr("Delete Brief"),
            self.tr("Delete the brief “%1”? The documents and notes it quotes stay.").replace(
                "%1", title
            ),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.delete()

    # Helpers -----------------------------------------------------------------------------

    def _brief_to_add_to(self) -> int | None:
        return self.brief if self.brief is not None else self.new_brief()

    def _language(self) -> str:
        language = self.window.interface_language
        return language if language in ("ar", "en", "fr") else "en"

    def _apply(self, use_case: Callable[[], Changes]) -> bool:
        changes = self._run(use_case)
        if changes is None:
            return False
        self.window.announce(changes)
        return True

    def _run(self, use_case: Callable[[], T]) -> T | None:
        try:
            return use_case()
        except EXPECTED_FAILURES as error:
            show_failure(
                self.window, self.tr("Brief"), self.tr("The brief was not changed."), error
            )
            return None

    def _changes_seen(self, changes: Changes) -> None:
        if changes.library_reopened:
            self.brief = None
            self._documents.clear()
        if (changes.brief is not None or changes.library_reopened) and self.dock.built:
            self.refresh()

    def _rows(self, brief: Brief) -> list[tuple[int, str, str]]:
        return [(item.id, item.kind, self._label(item)) for item in brief.items]

    def _label(self, item: BriefItem) -> str:
        from oicreader.text.citation import citation

        if item.kind != "paragraph":
            return item.text
        place = (item.document_key, item.revision)
        if place not in self._documents:
            try:
                self._documents[place] = self.window.session.document(*place)
            except UserFacingError:
                # Removed from the library since: the export names it; the panel says so.
                return (
                    self.tr("%1, paragraph %2: no longer in the library")
                    .replace("%1", item.document_key)
                    .replace("%2", str(item.paragraph_number))
                )
        document = self._documents[place]
        language = self._language()
        paragraph = document.paragraph(item.paragraph_number)
        text = paragraph.text(language) or next(
            (found for code in document.languages if (found := paragraph.text(code))), ""
        )
        excerpt = text if len(text) <= _EXCERPT_CHARACTERS else text[:_EXCERPT_CHARACTERS] + "…"
        return f"{citation(document.symbol, item.paragraph_number, language)} {excerpt}"
