"""Notes beyond the text: exported to and imported from a Web Annotation file, and reviewed
(kept or re-attached) after a new revision moved them."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from oicreader.errors import EXPECTED_FAILURES, UserFacingError
from oicreader.ui.error_dialog import show_failure

# The suffix of a sealed notes file (annotations/sealed_notes.py); the file's first bytes, not
# its name, tell an import that it is sealed.
SEALED_SUFFIX = ".oicnotes"

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
        """Write every note as W3C Web Annotation JSON-LD, sealed with a passphrase when the
        reader picks encrypted notes (a `.oicnotes` file)."""
        from PySide6.QtWidgets import QFileDialog

        if path is None:
            web_annotation = self.tr("Web Annotation (*.jsonld *.json)")
            chosen, chosen_filter = QFileDialog.getSaveFileName(
                self.window, self.tr("Export notes"), "oicreader-notes.jsonld",
                f"{web_annotation};;{self._sealed_filter()}",
            )  # fmt: skip
            if not chosen:
                return None
            path = Path(chosen)
            if chosen_filter == self._sealed_filter() and path.suffix != SEALED_SUFFIX:
                path = path.with_name(path.name + SEALED_SUFFIX)
        if path.suffix == SEALED_SUFFIX:
            return self._export_sealed(path)
        if not self._plain_export_accepted():
            return None
        return self._export(path, lambda: self._w3c_export(path))

    def _sealed_filter(self) -> str:
        return self.tr("Encrypted notes (*.oicnotes)")

    def _w3c_export(self, path: Path) -> int:
        from oicreader.app.note_exchange import export_notes_w3c

        return export_notes_w3c(self.session, path)

    def _export_sealed(self, path: Path) -> Path | None:
        from oicreader.app.note_exchange import export_notes_sealed
        from oicreader.ui.passphrase_dialog import ask_passphrase

        passphrase = ask_passphrase(
            self.window,
            self.tr("Encrypt notes"),
            self.tr(
                "Choose a passphrase for %1. Anyone who has it can read these notes; without "
                "it no one can, not even you if you forget it. Give it to the reader of the "
                "file in another way than the file itself."
            ).replace("%1", f"\u2068{path.name}\u2069"),
            confirm=True,
        )
        if passphrase is None:
            return None
        return self._export(path, lambda: export_notes_sealed(self.session, path, passphrase))

    def _plain_export_accepted(self) -> bool:
        """When the library is encrypted, whether the reader still wants a plain file."""
        from PySide6.QtWidgets import QMessageBox

        from oicreader.app.note_exchange import library_is_encrypted

        if not library_is_encrypted(self.session):
            return True
        answer = QMessageBox.warning(
            self.window,
            self.tr("Export notes as plain text?"),
            self.tr(
                "Your library is encrypted, but this file will be plain text: anyone who has "
                'it can read your notes. To keep them sealed, choose "%1" as the type of '
                "file.\n\nExport as plain text anyway?"
            ).replace("%1", self._sealed_filter()),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        return answer == QMessageBox.StandardButton.Yes

    def _export(self, path: Path, write: Callable[[], int]) -> Path | None:
        lead = self.tr("The notes could not be written to this file.")
        title = self.tr("Export failed")
        try:
            count = write()
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
        from oicreader.app.note_exchange import (
            import_notes,
            notes_file_is_sealed,
            read_notes_file,
        )

        if path is None:
            chosen, _filter = QFileDialog.getOpenFileName(
                self.window, self.tr("Import notes"), "",
                self.tr("Notes (*.jsonld *.json *.oicnotes);;All files (*)"),
            )  # fmt: skip
            if not chosen:
                return None
            path = Path(chosen)
        passphrase = None
        if notes_file_is_sealed(path):
            passphrase = self._sealed_file_passphrase(path)
            if passphrase is None:
                return None
        try:
            imported = import_notes(self.session, read_notes_file(path, passphrase))
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

    def _sealed_file_passphrase(self, path: Path) -> str | None:
        from oicreader.ui.passphrase_dialog import ask_passphrase

        return ask_passphrase(
            self.window,
            self.tr("Encrypted notes"),
            self.tr("The notes in %1 are encrypted. Type the passphrase they were exported with.")
            .replace("%1", f"\u2068{path.name}\u2069"),
        )  # fmt: skip

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
