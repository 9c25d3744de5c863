"""The library: its list of documents, revisions compared, a backup restored, and the upkeep
after the first paint (the bundled documents checked, today's backup of the notes)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from oicreader.app.changes import Changes
from oicreader.app.session import DocumentNotFound
from oicreader.errors import EXPECTED_FAILURES
from oicreader.ui.error_dialog import failure_message, show_failure
from oicreader.ui.interface_language import current_language

if TYPE_CHECKING:
    from oicreader.model.document import Document
    from oicreader.ui.compare_dialog import CompareDialog
    from oicreader.ui.main_window import MainWindow


class LibraryController(QObject):
    """Owns the library panel and what replaces or renews the library's contents."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.dock = window.library_dock
        # Made with the panels (MainWindow.library_controller), which wires Compare Revisions.
        self.dock.document_chosen.connect(window.reading.open_document)
        self.dock.removal_asked.connect(lambda: self.remove_chosen())
        self.dock.rename_asked.connect(lambda: self.rename_chosen())
        self.dock.tags_wanted.connect(lambda: self.dock.show_tags(self._tags()))
        window.reading.document_opened.connect(self._document_opened)
        window.changed.connect(self._changes_seen)

    def fill_panel(self) -> None:
        """The list of documents, the open one selected, once the panels are built."""
        self.refresh_library()
        if self.window.document is not None:
            self.dock.mark_current(self.window.document.id)

    def refresh_library(self) -> None:
        """Reload the library list and the tags it can be filtered by."""
        self.dock.show_library(self.window.session, current_language())
        self.dock.show_tags(self._tags())

    def _tags(self) -> list[str]:
        from oicreader.app.notes import tags_in_use

        return [tag for tag, _count in tags_in_use(self.window.session)]

    def _document_opened(self, document: Document) -> None:
        if self.window.panels_ready:
            self.dock.mark_current(document.id)

    def _changes_seen(self, changes: Changes) -> None:
        if not self.window.panels_ready:
            return
        if changes.library_reopened:
            self.refresh_library()
        elif changes.tags_changed and self.dock.model.tag is not None:
            self.dock.show_tags(self._tags(), notes_retagged=True)
        elif changes.tags_changed:  # read when the filter opens: a tag typed costs nothing here
            self.dock.tags_may_have_changed()

    def remove_chosen(self) -> bool:
        """Take the documents chosen in the panel out of the library, their notes kept or
        exported first as the reader says; True when they were removed."""
        keys = self.dock.selected_keys()
        if not keys:
            return False
        answer = self._ask_about_notes(len(keys))
        if answer is None:
            return False
        if answer == "export" and self.window.note_exchange.export_notes() is None:
            return False  # the export was cancelled or failed: nothing is removed
        return self.remove_documents(keys, keep_notes=answer == "keep")

    def remove_documents(self, keys: list[str], *, keep_notes: bool) -> bool:
        """Remove documents (a backup first), then show the library without them."""
        from oicreader.app.library import remove_documents

        window = self.window
        try:
            changes = remove_documents(window.session, keys, keep_notes=keep_notes)
        except EXPECTED_FAILURES as problem:
            lead = self.tr("The documents were not removed; your library is unchanged.")
            show_failure(window, self.tr("Removal failed"), lead, problem)
            return False
        self.refresh_library()
        if window.document is not None and window.document.id in keys:
            window.open_initial_document()
        elif window.document is not None:
            self.dock.mark_current(window.document.id)
        window.announce(changes)
        return True

    def rename_chosen(self) -> bool:
        """Ask for a new title of the document chosen in the panel, in the interface
        language, and give it; True when it was renamed."""
        key = self.dock.renamable_key()
        if key is None:
            return False
        title = self._ask_title(self.dock.model.title_of(key))
        if title is None:
            return False
        return self.rename_document(key, title, current_language())

    def rename_document(self, key: str, title: str, language: str) -> bool:
        """Give a document a new title in one language, then show it under that title."""
        from oicreader.app.library import rename_document

        window = self.window
        try:
            changes = rename_document(window.session, key, title, language)
        except EXPECTED_FAILURES as problem:
            lead = self.tr("The document was not renamed; your library is unchanged.")
            show_failure(window, self.tr("Rename failed"), lead, problem)
            return False
        self.refresh_library()
        if window.document is not None:
            if window.document.id == key:  # its title heads what is printed from it
                window.reading.open_document(key)
            self.dock.mark_current(window.document.id)
        window.announce(changes)
        return True

    def _ask_title(self, current: str) -> str | None:
        """The title the reader typed, or None when cancelled."""
        from PySide6.QtWidgets import QInputDialog, QLineEdit

        from oicreader.ui.names import language_name

        title, accepted = QInputDialog.getText(
            self.window, self.tr("Rename Document"),
            self.tr("Title in %1:").replace("%1", language_name(current_language())),
            QLineEdit.EchoMode.Normal, current,
        )  # fmt: skip
        return title if accepted and title.strip() else None

    def _ask_about_notes(self, count: int) -> str | None:
        """ "keep", "export" (then remove the notes) or None (the reader cancelled)."""
        from PySide6.QtWidgets import QMessageBox

        box = QMessageBox(
            QMessageBox.Icon.Question, self.tr("Remove Documents"), "", parent=self.window
        )
        box.setText(
            self.tr("Remove %n document(s) from the library? A backup is taken first.", "", count)
        )
        box.setInformativeText(
            self.tr("Their notes can stay in the library, or be exported to a file and removed.")
        )
        keep = box.addButton(self.tr("Keep Their Notes"), QMessageBox.ButtonRole.AcceptRole)
        export = box.addButton(
            self.tr("Export Notes, Then Remove Them"), QMessageBox.ButtonRole.DestructiveRole
        )
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(keep)
        box.exec()
        clicked = box.clickedButton()
        return "keep" if clicked is keep else "export" if clicked is export else None

    def compare_revisions(self) -> CompareDialog | None:
        """Show what changed between two revisions of the open document."""
        from oicreader.ui.compare_dialog import CompareDialog

        document = self.window.document
        if document is None:
            return None
        dialog = CompareDialog(self.window.library, document.id, self.window)
        dialog.open()
        return dialog

    def restore_from_backup(self, backup: Path) -> str | None:
        """Put a backup in place of the library and go on reading from it; the message shown.

        The session closes the library for the restore and opens it again whatever happens
        (app/backups.py); the replaced library is kept beside it, so no note is ever lost.
        """
        from PySide6.QtWidgets import QMessageBox

        from oicreader.app.backups import restore_backup
        from oicreader.ui.library_messages import restore_message

        window = self.window
        reading = window.document.id if window.document else None
        window.settings.sync()
        try:
            report = restore_backup(window.session, backup).report
        except EXPECTED_FAILURES as problem:
            message = self.tr("The backup was not restored; your library is unchanged.")
            message = f"{message}\n\n{failure_message(problem)}"
            restored = False
        else:
            message, restored = restore_message(report), True
        finally:  # reopened whether the restore succeeded or not: everything is read again
            window.announce(Changes(library_reopened=True))
        try:
            window.reading.open_document(reading)
        except DocumentNotFound:
            window.open_initial_document()
        if restored:
            QMessageBox.information(window, self.tr("Backup restored"), message)
        else:
            QMessageBox.critical(window, self.tr("Restore failed"), message)
        return message

    # After the first paint ---------------------------------------------------------------

    def check_bundled_documents(self) -> None:
        """Bring in a newer text of the documents that come with the app, and show it."""
        from oicreader.importing.errors import ImportProblem

        window = self.window
        try:
            reloaded = window.library.check_bundled_documents()
        except EXPECTED_FAILURES as problem:
            # The copy in the library is still whole, and shown.
            text = self.tr(
                "The documents that come with OIC Reader could not be checked for a newer "
                "version; the copies in your library are shown."
            )
            if isinstance(problem, ImportProblem):  # the app's own files are damaged
                text += " " + self.tr("Reinstalling OIC Reader restores its files.")
            title = self.tr("Bundled documents not checked")
            show_failure(window, title, text, problem, warning=True)
            return
        if reloaded:  # a new version of the app brought new text: show it
            self.refresh_library()
            if window.document is not None and window.document.id in reloaded:
                window.reading.open_document(window.document.id)
            self._say_notes_to_review(reloaded)

    def _say_notes_to_review(self, reloaded: list[str]) -> None:
        """Say so when the newer text changed words the reader's notes were on, as the
        import of a revision does: those notes wait in Notes > Notes to Review."""
        from PySide6.QtWidgets import QMessageBox

        from oicreader.app.reviews import notes_to_review

        count = sum(len(notes_to_review(self.window.session, key)) for key in reloaded)
        if count:
            QMessageBox.information(
                self.window, self.tr("Notes to review"),
                self.tr("The documents that come with OIC Reader have a revised text: %n of "
                        "your notes are on words it changed and need a look (Notes > Notes "
                        "to Review). None was dropped.", "", count),
            )  # fmt: skip

    def take_daily_backup(self) -> None:
        """Today's copy of the notes, if not yet taken."""
        try:
            self.window.library.take_daily_backup()
        except EXPECTED_FAILURES as problem:
            # The notes themselves are safe in the library; the reader must know that
            # today's copy of them could not be made (a full disk, say).
            lead = self.tr("Today's backup of your notes could not be made.")
            title = self.tr("Daily backup failed")
            show_failure(self.window, title, lead, problem, warning=True)
