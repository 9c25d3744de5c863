"""Importing report files in the window: PDF progress, Cancel, passwords, drag-and-drop."""

from __future__ import annotations

import shutil
import threading
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QInputDialog,
    QLineEdit,
    QProgressDialog,
    QPushButton,
)
from pytestqt.qtbot import QtBot

from oicreader.app import reports
from oicreader.importing.import_plan import import_files
from oicreader.store.library import Library
from oicreader.store.revisions import import_plan
from oicreader.ui.import_dialog import ImportDialog
from oicreader.ui.main_window import MainWindow
from tests.importing.pdf_fixtures import ENCRYPTED, ENCRYPTED_PASSWORD, PDF_FIXTURES, PRINTED_REPORT

pytestmark = pytest.mark.gui

REPORT_PDFS = [PDF_FIXTURES / name for name in ("lo-ar.pdf", "lo-en.pdf", "lo-fr.pdf")]
PDF_KEY = "oic-acm-2017-chair-rep-pdf"


@pytest.fixture
def progress_labels(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Every text the progress dialog shows, in order."""
    shown: list[str] = []
    original = QProgressDialog.setLabelText

    def record(dialog: QProgressDialog, text: str) -> None:
        shown.append(text)
        original(dialog, text)

    monkeypatch.setattr(QProgressDialog, "setLabelText", record)
    return shown


@pytest.fixture
def confirmed(monkeypatch: pytest.MonkeyPatch) -> list[tuple[ImportDialog, list[str]]]:
    """The import dialogs shown with what they said of each file as they opened, each
    confirmed under a symbol of its own (the files hold the bundled report's)."""
    dialogs: list[tuple[ImportDialog, list[str]]] = []

    def accept(dialog: ImportDialog) -> QDialog.DialogCode:
        dialogs.append((dialog, [dialog.file_text(row) for row in range(len(dialog.paths))]))
        dialog.symbol.setText("OIC/ACM-2017/CHAIR-REP/PDF")
        dialog.replan()
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(ImportDialog, "exec", accept)
    return dialogs


def test_three_pdfs_show_their_pages_read_and_what_will_be_left_out(
    window: MainWindow,
    library: Library,
    progress_labels: list[str],
    confirmed: list[tuple[ImportDialog, list[str]]],
) -> None:
    key = window.imports.import_reports(REPORT_PDFS)
    assert key == PDF_KEY
    assert "\u2068lo-ar.pdf\u2069: page 4 of 4" in progress_labels
    assert progress_labels[-1] == "\u2068lo-fr.pdf\u2069: page 5 of 5", "up to the last page"
    _dialog, said = confirmed[0]
    english = said[1]
    assert "lo-en.pdf" in english and "PDF, 5 page" in english and "16" in english
    assert "language detected" in english
    assert "headers and footers: \u2068OIC/ACM-2017/CHAIR-REP\u2069" in english
    assert "\u2068Page 2 of 5\u2069 and 3 more" in english, "the page numbers named once"
    assert library.document(PDF_KEY).languages == ["ar", "en", "fr"]
    assert window.document is not None and window.document.id == PDF_KEY


def test_files_that_hold_the_current_text_are_said_so_before_import_is_pressed(
    window: MainWindow, library: Library, confirmed: list[tuple[ImportDialog, list[str]]]
) -> None:
    # The PDFs hold the report as printed, before its translations were revised: imported
    # as the report's next revision, that text is the current one.
    printed = [PRINTED_REPORT / f"{language}.txt" for language in ("ar", "en", "fr")]
    assert import_plan(library, import_files(printed)).revision == 2
    assert window.imports.import_reports(REPORT_PDFS) == PDF_KEY
    dialog = window.imports.import_dialog(window.imports.read_in_background(REPORT_PDFS))
    assert "same text as revision 2" in dialog.summary.text()
    assert "nothing to import" in dialog.summary.text()
    assert not dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).isEnabled()


def test_the_files_are_read_on_a_worker_thread_not_the_gui_thread(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    threads: list[threading.Thread] = []
    real = reports.read_reports

    def watched(*args: object, **kwargs: object) -> reports.ImportPlan:
        threads.append(threading.current_thread())
        return real(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(reports, "read_reports", watched)
    assert window.imports.import_file(REPORT_PDFS[1]) is not None
    assert threads and threads[0] is not threading.main_thread()
    assert window.imports.last_reading_thread is threads[0]


def test_cancel_during_the_reading_leaves_the_library_unchanged(
    window: MainWindow, library: Library, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The reader presses Cancel when the second page is shown; the worker waits for it, so
    # the reading cannot finish before the press arrives.
    pressed = threading.Event()
    original = QProgressDialog.setValue

    def press_cancel_on_page_two(dialog: QProgressDialog, value: int) -> None:
        original(dialog, value)
        if value == 2:
            dialog.findChild(QPushButton).click()  # its Cancel button
            pressed.set()

    real = reports.read_reports

    def waits_for_the_press(*args: object, **kwargs: object) -> reports.ImportPlan:
        progress = kwargs["progress"]

        def told(path: Path, page: int, pages: int) -> None:
            progress(path, page, pages)  # type: ignore[operator]
            if page == 2:
                assert pressed.wait(10)

        return real(*args, **{**kwargs, "progress": told})  # type: ignore[arg-type]

    monkeypatch.setattr(QProgressDialog, "setValue", press_cancel_on_page_two)
    # Were the reading to finish, the import dialog would say no instead of waiting.
    monkeypatch.setattr(ImportDialog, "exec", lambda dialog: QDialog.DialogCode.Rejected)
    monkeypatch.setattr(reports, "read_reports", waits_for_the_press)
    before = library.summaries()
    assert window.imports.import_reports([REPORT_PDFS[1]]) is None
    assert library.summaries() == before
    assert "cancelled" in window.statusBar().currentMessage()


def password_answers(monkeypatch: pytest.MonkeyPatch, *answers: tuple[str, bool]) -> list[str]:
    """Answer the password questions in turn; the questions asked, in order."""
    asked: list[str] = []
    queue = list(answers)

    def answer(
        parent: object, title: str, label: str, echo: QLineEdit.EchoMode, *rest: object
    ) -> tuple[str, bool]:
        assert echo == QLineEdit.EchoMode.Password, "the password is not shown"
        asked.append(label)
        return queue.pop(0)

    monkeypatch.setattr(QInputDialog, "getText", answer)
    return asked


def test_an_encrypted_pdf_asks_for_its_password_and_imports_with_it(
    window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked = password_answers(monkeypatch, (ENCRYPTED_PASSWORD, True))
    key = window.imports.import_file(ENCRYPTED.path)
    assert asked == ["\u2068encrypted.pdf\u2069 is protected by a password. Password:"]
    assert key is not None and window.document is not None and window.document.id == key


def test_a_wrong_password_is_asked_again(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked = password_answers(monkeypatch, ("guess", True), (ENCRYPTED_PASSWORD, True))
    assert window.imports.import_file(ENCRYPTED.path) is not None
    assert len(asked) == 2
    assert asked[1] == "The password given does not open \u2068encrypted.pdf\u2069. Try again:"


def test_cancel_at_the_password_imports_nothing(
    window: MainWindow, library: Library, monkeypatch: pytest.MonkeyPatch
) -> None:
    password_answers(monkeypatch, ("", False))
    before = library.summaries()
    assert window.imports.import_file(ENCRYPTED.path) is None
    assert library.summaries() == before


def drag(kind: type[QDragEnterEvent] | type[QDropEvent], paths: list[Path]) -> QDropEvent:
    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(path)) for path in paths])
    event = kind(
        QPointF(200, 200).toPoint() if kind is QDragEnterEvent else QPointF(200, 200),
        Qt.DropAction.CopyAction, data, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
    )  # fmt: skip
    event.data = data  # type: ignore[attr-defined]  # the event does not own its data
    return event


def test_a_report_file_dropped_on_the_window_is_imported(
    window: MainWindow,
    qtbot: QtBot,
    confirmed: list[tuple[ImportDialog, list[str]]],
    tmp_path: Path,
) -> None:
    dropped = tmp_path / "report.pdf"
    shutil.copyfile(REPORT_PDFS[1], dropped)
    entering = drag(QDragEnterEvent, [dropped])
    QApplication.sendEvent(window, entering)
    assert entering.isAccepted()
    QApplication.sendEvent(window, drag(QDropEvent, [dropped]))
    qtbot.waitUntil(lambda: window.document is not None and window.document.id == PDF_KEY)
    assert [dialog.paths for dialog, _said in confirmed] == [[dropped]]


def test_a_drag_of_anything_but_report_files_is_refused(window: MainWindow, tmp_path: Path) -> None:
    picture = tmp_path / "photo.png"
    picture.write_bytes(b"not a report")
    entering = drag(QDragEnterEvent, [picture])
    entering.ignore()
    QApplication.sendEvent(window, entering)
    assert not entering.isAccepted()
