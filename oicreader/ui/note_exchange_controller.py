"""Notes beyond the text: exported to and imported from a Web Annotation file, and reviewed
(kept or re-attached) after a new revision moved them."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from oicreader.errors import EXPECTED_FAILURES, UserFacingError
from oicreader.ui.error_dialog import show_failure

if TYPE_CHECKING:
    from oicreader.app.notes import Annotation
    from oicreader.ui.main_window import MainWindow
    from oicreader.ui.review_dialog import ReviewDialog


class NoteExchangeController(QObject):
    """Owns File > Export/Import Notes and Notes > Notes to Review."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.session = window.session

    def export_notes(self, path: Path | None = None) -> Path | None:
        """Write every note as W3C Web Annotation JSON-LD."""
        from PySide6.QtWidgets import QFileDialog

        from oicreader.app.note_exchange import export_notes_w3c

        if path is None:
            chosen, _filter = QFileDialog.getSaveFileName(
                self.window, self.tr("Export notes"), "oicreader-notes.jsonld",
                self.tr("Web Annotation (*.jsonld *.json)"),
            )  # fmt: skip
            if not chosen:
                return None
            path = Path(chosen)
        lead = self.tr("The notes could not be written to this file.")
        title = self.tr("Export failed")
        try:
            count = export_notes_w3c(self.session, path)
        except ValueError as error:  # a note the format cannot hold, named in the message
            show_failure(self.window, title, lead, UserFacingError(f"{path}: {error}"))
            return None
        except EXPECTED_FAILURES as problem:
            show_failure(self.window, title, lead, problem)
            return None
        self.window.statusBar().showMessage(
            self.tr("Exported %n note(s) to %1", "", count).replace("%1", f"\u2068{path}\u2069"),
            6000,
        )
        return path

    def import_notes(self, path: Path | None = None) -> str | None:
        """Merge notes from a file: all of it or, on any problem, nothing."""
        from PySide6.QtWidgets import QFileDialog, QMessageBox

        from oicreader.annotations.w3c import AnnotationFileError
        from oicreader.app.note_exchange import import_notes, read_notes_file

        if path is None:
            chosen, _filter = QFileDialog.getOpenFileName(
                self.window, self.tr("Import notes"), "",
                self.tr("Web Annotation (*.jsonld *.json);;All files (*)"),
            )  # fmt: skip
            if not chosen:
                return None
            path = Path(chosen)
        try:
            imported = import_notes(self.session, read_notes_file(path))
        except EXPECTED_FAILURES as problem:
            lead = (
                self.tr("No note was imported: the file cannot be read as notes.")
                if isinstance(problem, AnnotationFileError)
                else self.tr("No note was imported; your notes are unchanged.")
            )
            show_failure(self.window, self.tr("Import failed"), lead, problem)
            return None
        from oicreader.ui.library_messages import notes_import_message

        message = notes_import_message(imported.summary)
        QMessageBox.information(self.window, self.tr("Notes imported"), message)
        self.window.announce(imported.changes)
        return message

    def review_notes(self) -> ReviewDialog | None:
        """List the notes a new revision placed with doubt or could not place."""
        from oicreader.ui.review_dialog import ReviewDialog

        document = self.window.document
        if document is None:
            return None
        dialog = ReviewDialog(self.session, document.id, self.window)
        dialog.show_requested.connect(self.window.notes.show_annotation)
        dialog.reattach_requested.connect(lambda annotation: self._reattach(annotation, dialog))
        # A note kept where the new revision put it does not move: nothing else to redraw.
        dialog.open()
        return dialog

    def _reattach(self, annotation: Annotation, dialog: ReviewDialog) -> None:
        from oicreader.app.reviews import attach_note

        found = self.window.notes.selection_anchor()
        if found is None:
            return
        number, language, anchor = found
        moved = attach_note(self.session, annotation.id, number, language, anchor)
        dialog.refresh()
        self.window.announce(moved.changes)
