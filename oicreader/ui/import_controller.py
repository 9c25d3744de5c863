"""File > Import… and files dropped on the window: read on a worker thread with a progress
bar and Cancel, ask for a PDF's password, confirm what was read, then import.

The files are read off the GUI thread (a long PDF takes seconds), so the window keeps
painting; the library is written only on the GUI thread, once the reader has confirmed.
"""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Mapping
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QEventLoop, QObject, QTimer, Signal

from oicreader.errors import EXPECTED_FAILURES
from oicreader.render.qt_namespace import Qt
from oicreader.ui.error_dialog import show_failure

if TYPE_CHECKING:
    from PySide6.QtGui import QDragEnterEvent, QDropEvent
    from PySide6.QtWidgets import QProgressDialog

    from oicreader.app.reports import ImportPlan, PasswordNeeded
    from oicreader.ui.import_dialog import ImportDialog
    from oicreader.ui.main_window import MainWindow

# The importers, the import dialog and Qt's dialogs are loaded at the first import, not
# with the window: the reading of files is no part of the first paint.

# What File > Import… and a drop take: report files, one per language.
REPORT_SUFFIXES = frozenset({".txt", ".docx", ".pdf"})
# A reading shorter than this shows no progress dialog at all.
PROGRESS_AFTER_MS = 400


class _ReadingBridge(QObject):
    """Carries the worker thread's news to the GUI thread (Qt queues each signal there)."""

    page_read = Signal(str, int, int)  # file name, page, pages
    done = Signal(object)  # the ImportPlan, or the exception that stopped the reading


class ImportController(QObject):
    """Owns the import of report files into the window's library, from choosing to opening."""

    def __init__(self, window: MainWindow):
        super().__init__(window)
        self.window = window
        self._password: str | None = None
        self._busy = False
        # The thread that last read files: never the GUI thread.
        self.last_reading_thread: threading.Thread | None = None
        window.setAcceptDrops(True)
        window.installEventFilter(self)

    # Choosing the files ----------------------------------------------------------------

    def choose_files(self) -> str | None:
        """Ask for report files, one per language, and import them."""
        from PySide6.QtWidgets import QFileDialog

        chosen, _filter = QFileDialog.getOpenFileNames(
            self.window, self.tr("Import a report"), "",
            self.tr("Reports (*.txt *.docx *.pdf);;All files (*)"),
        )  # fmt: skip
        return self.import_reports([Path(name) for name in chosen]) if chosen else None

    def import_file(self, path: Path) -> str | None:
        """Import one file without asking for confirmation (scripts, tests)."""
        return self.import_reports([path], confirm=False)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Report files dragged onto the window are taken; dropped, they are imported."""
        if event.type() in (QEvent.Type.DragEnter, QEvent.Type.DragMove):
            return self._drag_entered(event)  # type: ignore[arg-type]
        if event.type() == QEvent.Type.Drop:
            return self._dropped(event)  # type: ignore[arg-type]
        return super().eventFilter(watched, event)

    def _drag_entered(self, event: QDragEnterEvent) -> bool:
        if not dropped_reports(event):
            return False
        event.acceptProposedAction()
        return True

    def _dropped(self, event: QDropEvent) -> bool:
        paths = dropped_reports(event)
        if not paths:
            return False
        event.acceptProposedAction()
        # Not inside the drop: the drag's own loop must end before the dialogs open.
        QTimer.singleShot(0, self.window, lambda: self.import_reports(paths))
        return True

    # Reading and importing ----------------------------------------------------------------

    def import_reports(self, paths: list[Path], confirm: bool = True) -> str | None:
        """Read the files as one document and, once the reader confirms what was read,
        import it; on any problem say what is wrong and change nothing. A symbol already
        in the library becomes a new revision. The key of the document, or None."""
        if self._busy or not paths:
            return None
        self._busy = True
        try:
            return self._import(paths, confirm)
        finally:
            self._busy = False

    def _import(self, paths: list[Path], confirm: bool) -> str | None:
        from PySide6.QtWidgets import QDialog

        from oicreader.app.reports import ImportCancelled

        lead = self.tr("This file could not be imported; the library is unchanged.")
        self._password = None
        try:
            plan = self.read_in_background(paths)
        except ImportCancelled:
            self._say(self.tr("Import cancelled; the library is unchanged."))
            return None
        except EXPECTED_FAILURES as problem:
            show_failure(self.window, self.tr("Import failed"), lead, problem)
            return None
        if confirm:
            dialog = self.import_dialog(plan)
            accepted = dialog.exec() == QDialog.DialogCode.Accepted
            plan_chosen = dialog.plan_to_import()
            dialog.deleteLater()
            if not accepted or plan_chosen is None:
                return None
            plan = plan_chosen
        return self._store(plan, lead)

    def import_dialog(self, plan: ImportPlan) -> ImportDialog:
        """The dialog that shows what was read and lets the reader correct it."""
        from oicreader.ui.import_dialog import ImportDialog

        return ImportDialog(self.window.session, plan, self._reread, self.window)

    def _store(self, plan: ImportPlan, lead: str) -> str | None:
        from PySide6.QtWidgets import QMessageBox

        from oicreader.app.reports import RevisionUnchanged, import_reports

        try:
            imported = import_reports(self.window.session, plan)
        except RevisionUnchanged:
            QMessageBox.information(
                self.window, self.tr("Nothing new"),
                self.tr("This text is the same as the current revision; nothing was imported."),
            )  # fmt: skip
            return None
        except EXPECTED_FAILURES as problem:
            show_failure(self.window, self.tr("Import failed"), lead, problem)
            return None
        outcome = imported.outcome
        self.window.library_controller.refresh_library()
        self.window.reading.open_document(imported.changes.document or outcome.key)
        if outcome.notes is not None and outcome.notes.needs_review:
            QMessageBox.information(
                self.window, self.tr("Notes to review"),
                self.tr("Revision %1 is open. %2 of your notes were placed on the new text; "
                        "%3 need a look (Notes > Notes to Review). None was dropped.")
                .replace("%1", str(outcome.revision)).replace("%2", str(outcome.notes.placed))
                .replace("%3", str(outcome.notes.needs_review)),
            )  # fmt: skip
        return outcome.key

    def _reread(self, symbol: str | None, languages: Mapping[Path, str]) -> ImportPlan:
        return self.read_in_background([Path(path) for path in languages], symbol, languages)

    def read_in_background(
        self,
        paths: list[Path],
        symbol: str | None = None,
        languages: Mapping[Path, str] | None = None,
    ) -> ImportPlan:
        """Read the files on a worker thread, showing the pages read, and asking for the
        password of an encrypted PDF (again when it is wrong); ImportCancelled when the
        reader cancels, the reading's own error when it fails."""
        from oicreader.app.reports import ImportCancelled, PasswordNeeded

        while True:
            try:
                return self._read_once(paths, symbol, languages)
            except PasswordNeeded as needed:
                password = self._ask_password(needed)
                if password is None:
                    raise ImportCancelled() from None
                self._password = password

    def _read_once(
        self, paths: list[Path], symbol: str | None, languages: Mapping[Path, str] | None
    ) -> ImportPlan:
        from oicreader.app.reports import ImportPlan, read_reports

        cancel = threading.Event()
        bridge = _ReadingBridge()
        progress = self._progress_dialog(paths, cancel)
        bridge.page_read.connect(
            lambda name, page, pages: self._show_page(progress, name, page, pages)
        )
        results: list[object] = []
        waiting = QEventLoop()

        def finished(result: object) -> None:
            results.append(result)
            waiting.quit()

        bridge.done.connect(finished)
        password = self._password

        def read() -> None:
            try:
                result: object = read_reports(
                    paths, symbol, languages, password=password, cancelled=cancel.is_set,
                    progress=lambda path, page, pages: bridge.page_read.emit(
                        path.name, page, pages
                    ),
                )  # fmt: skip
            except BaseException as error:  # handed to the GUI thread, which raises it
                result = error
            with contextlib.suppress(RuntimeError):  # the window closed meanwhile
                bridge.done.emit(result)

        self.last_reading_thread = threading.Thread(target=read, name="import", daemon=True)
        self.last_reading_thread.start()
        waiting.exec()
        self.last_reading_thread.join()
        progress.reset()
        progress.deleteLater()
        result = results[0]
        if isinstance(result, BaseException):
            raise result
        assert isinstance(result, ImportPlan)
        return result

    def _progress_dialog(self, paths: list[Path], cancel: threading.Event) -> QProgressDialog:
        from PySide6.QtWidgets import QProgressDialog

        progress = QProgressDialog(self.window)
        progress.setWindowTitle(self.tr("Importing"))
        progress.setLabelText(self.tr("Reading %1…").replace("%1", f"\u2068{paths[0].name}\u2069"))
        progress.setCancelButtonText(self.tr("Cancel"))
        progress.setRange(0, 0)  # busy until a PDF says how many pages it has
        progress.setAutoReset(False)
        progress.setAutoClose(False)
        progress.setMinimumDuration(PROGRESS_AFTER_MS)
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.canceled.connect(cancel.set)
        return progress

    def _ask_password(self, needed: PasswordNeeded) -> str | None:
        from PySide6.QtWidgets import QInputDialog, QLineEdit

        name = f"\u2068{needed.path.name}\u2069"
        question = (
            self.tr("The password given does not open %1. Try again:")
            if needed.wrong_password
            else self.tr("%1 is protected by a password. Password:")
        ).replace("%1", name)
        password, ok = QInputDialog.getText(
            self.window, self.tr("Password"), question, QLineEdit.EchoMode.Password
        )
        return password if ok else None

    def _show_page(self, progress: QProgressDialog, name: str, page: int, pages: int) -> None:
        progress.setLabelText(
            self.tr("%1: page %2 of %3")
            .replace("%1", f"\u2068{name}\u2069")
            .replace("%2", str(page))
            .replace("%3", str(pages))
        )
        progress.setMaximum(pages)
        progress.setValue(page)

    def _say(self, message: str) -> None:
        self.window.statusBar().showMessage(message, 6000)


def dropped_reports(event: QDragEnterEvent | QDropEvent) -> list[Path]:
    """The report files a drag carries, or nothing when it carries anything else."""
    urls = event.mimeData().urls() if event.mimeData().hasUrls() else []
    paths = [Path(url.toLocalFile()) for url in urls if url.isLocalFile()]
    if not paths or len(paths) != len(urls):
        return []
    return paths if all(path.suffix.lower() in REPORT_SUFFIXES for path in paths) else []
