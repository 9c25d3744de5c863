"""The encrypted library in the window: the passphrase asked at start, the lock on Ctrl+L and
after an idle time, which hides every note and closes the library, and the unlock that
brings the reader back where they were."""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot

from oicreader.app.encryption import use_passphrase
from oicreader.app.notes import add_note
from oicreader.app.session import Session
from oicreader.catalog import BUNDLED_DOCUMENT_KEY
from oicreader.paths import settings_path
from oicreader.store.annotations import list_annotations
from oicreader.store.encryption import forget_passphrase, held_passphrase
from oicreader.store.library import Library
from oicreader.ui.app import open_library_for_window, run_window
from oicreader.ui.main_window import MainWindow
from oicreader.ui.passphrase_dialog import PassphraseDialog
from oicreader.ui.settings import Settings
from tests.ui.conftest import shown_window

PASSPHRASE = "Sésame — كلمة السر 2026"
WRONG = "sesame"
NOTE = "Ligne rouge confidentielle ZX-41"
NOTE_PARAGRAPH = 6


class PassphraseAnswers:
    """Answers the passphrase dialogs as they open, in turn: a passphrase is typed and OK
    pressed, None presses Cancel. What each dialog said is kept, to be looked at."""

    def __init__(self, *answers: str | None) -> None:
        self.answers = list(answers)
        self.explanations: list[str] = []
        self.problems: list[str] = []
        self._answered: set[int] = set()
        self._stopped = False
        self._poll(tries_left=1000)

    def stop(self) -> None:
        """Answer nothing more. A poll already scheduled may run in the next test, while
        that test's own dialog is open: it must not answer it."""
        self._stopped = True

    def _poll(self, tries_left: int) -> None:
        if self._stopped:
            return
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, PassphraseDialog) and id(dialog) not in self._answered:
            self._answer(dialog)
        if self.answers and tries_left:  # after 10 s the test has gone on without them
            QTimer.singleShot(10, lambda: self._poll(tries_left - 1))

    def _answer(self, dialog: PassphraseDialog) -> None:
        self._answered.add(id(dialog))
        self.explanations.append(dialog.explanation.text())
        self.problems.append(dialog.problem.text() if dialog.problem.isVisibleTo(dialog) else "")
        answer = self.answers.pop(0)
        if answer is None:
            dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel).click()
        else:
            dialog.passphrase_field.setText(answer)
            dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
        if dialog.isVisible():
            dialog.reject()


def encrypted_library_with_a_note(note: str = NOTE) -> Path:
    """The reader's library, encrypted with PASSPHRASE, with one note; nothing held after."""
    with Library.open(passphrase=PASSPHRASE) as library:
        add_note(
            Session(library), BUNDLED_DOCUMENT_KEY, NOTE_PARAGRAPH, "en", note=note, tags=["zx"]
        )
    forget_passphrase(library.path)
    return library.path


def visible_texts(root: QWidget) -> list[str]:
    """Every text a reader could see in the window: labels, fields, text views and the rows
    of every list, of every widget shown."""
    texts = [root.windowTitle()]
    for widget in [root, *root.findChildren(QWidget)]:
        if not widget.isVisible():
            continue
        if isinstance(widget, (QLabel, QLineEdit)):
            texts.append(widget.text())
        elif isinstance(widget, (QTextEdit, QPlainTextEdit)):
            texts.append(widget.toPlainText())
        elif isinstance(widget, QComboBox):
            texts.append(widget.currentText())
        elif isinstance(widget, QAbstractItemView) and widget.model() is not None:
            texts.extend(_rows(widget.model(), QModelIndex()))
    return texts


def _rows(model: object, parent: QModelIndex) -> list[str]:
    from PySide6.QtCore import QAbstractItemModel

    assert isinstance(model, QAbstractItemModel)
    texts = []
    for row in range(model.rowCount(parent)):
        index = model.index(row, 0, parent)
        texts.append(str(model.data(index, Qt.ItemDataRole.DisplayRole)))
        texts.extend(_rows(model, index))
    return texts


def topic_rows(window: MainWindow) -> list[str]:
    """The rows of the topics panel (the reader's tags are among them)."""
    return [row.strip() for row in _rows(window.topics_dock.tree.model(), QModelIndex())]


def shows(window: QWidget, text: str) -> bool:
    return any(text in shown for shown in visible_texts(window))


def files_holding(folder: Path, secret: str) -> list[Path]:
    """The files under `folder` whose bytes hold `secret` in UTF-8 or UTF-16."""
    forms = [secret.encode("utf-8"), secret.encode("utf-16-le"), secret.encode("utf-16-be")]
    return [
        file
        for file in folder.rglob("*")
        if file.is_file() and any(form in file.read_bytes() for form in forms)
    ]


def fingerprint(folder: Path) -> dict[str, str]:
    return {
        str(file.relative_to(folder)): hashlib.sha256(file.read_bytes()).hexdigest()
        for file in sorted(folder.rglob("*"))
        if file.is_file()
    }


def press_ctrl_l(qtbot: QtBot, window: MainWindow) -> None:
    qtbot.keyClick(window.view, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)


@pytest.fixture
def encrypted_window(qtbot: QtBot, data_home: Path) -> Iterator[MainWindow]:
    """A window on an encrypted library, on the paragraph of its note, the note shown."""
    encrypted_library_with_a_note()
    library = Library.open(passphrase=PASSPHRASE)
    window = shown_window(qtbot, library)
    window.reading.jump_to_paragraph(NOTE_PARAGRAPH)
    window.notes_dock.show()
    qtbot.waitUntil(lambda: shows(window, NOTE))
    yield window
    window.close()
    window.library.close()
    library.close()


# Start-up -----------------------------------------------------------------------------------


def test_start_up_asks_again_after_a_wrong_passphrase_and_opens_with_the_right_one(
    qtbot: QtBot, data_home: Path
) -> None:
    encrypted_library_with_a_note()
    answers = PassphraseAnswers(WRONG, PASSPHRASE)
    library = open_library_for_window(Settings())
    assert library is not None
    try:
        assert [note.note for note in list_annotations(library, BUNDLED_DOCUMENT_KEY)] == [NOTE]
    finally:
        library.close()
    assert answers.answers == []
    assert answers.problems[0] == ""
    assert "does not open the library" in answers.problems[1]
    assert "the notes are gone" in answers.explanations[0]
    assert "no one" in answers.explanations[0]


def test_cancelling_the_start_up_passphrase_quits_and_changes_nothing(
    qtbot: QtBot, data_home: Path
) -> None:
    encrypted_library_with_a_note()
    before = fingerprint(data_home)
    answers = PassphraseAnswers(None)
    assert run_window() == 0
    assert answers.answers == []
    # The library and its backups are untouched; the settings file the interface language
    # is read from (before the question, so it is asked in the reader's language) is empty.
    after = fingerprint(data_home)
    assert settings_path().read_bytes() == b""
    after.pop(settings_path().name)
    assert after == before
    assert held_passphrase(data_home / "library.db") is None


def test_a_passphrase_given_to_the_command_opens_the_window_without_asking(
    qtbot: QtBot, data_home: Path
) -> None:
    encrypted_library_with_a_note()
    use_passphrase(PASSPHRASE)  # as OICREADER_PASSPHRASE or --passphrase-stdin leave it
    answers = PassphraseAnswers(None)
    library = open_library_for_window(Settings())
    assert library is not None
    library.close()
    assert answers.answers == [None]  # no dialog was shown to answer
    answers.stop()


def test_a_plain_library_opens_without_a_passphrase(qtbot: QtBot, data_home: Path) -> None:
    library = open_library_for_window(Settings())
    assert library is not None
    library.close()
    assert QApplication.activeModalWidget() is None


# Lock ---------------------------------------------------------------------------------------


def test_ctrl_l_hides_every_note_and_closes_the_library(
    qtbot: QtBot, encrypted_window: MainWindow
) -> None:
    window = encrypted_window
    window.search_dock.show()
    window.search_dock.field.setText("confidentielle")
    window.search_dock.search_now()
    assert window.search_dock.note_hits
    assert "zx" in topic_rows(window)
    library = window.library

    press_ctrl_l(qtbot, window)

    assert window.locking.locked
    assert not shows(window, NOTE)
    assert not shows(window, "ZX-41")
    assert window.centralWidget() is window.locking.screen
    assert not window.view.isVisible()
    assert not window.statusBar().isVisible()
    assert window.search_dock.note_hits == []
    assert window.notes_dock.all_notes_model.rowCount() == 0
    assert window.notes_dock.editors == []
    assert "zx" not in topic_rows(window)
    assert held_passphrase(window.session.path) is None
    with pytest.raises(Exception, match="closed database"):
        library.db.execute("SELECT 1")


def test_a_locked_window_answers_no_shortcut_but_quit(
    qtbot: QtBot, encrypted_window: MainWindow
) -> None:
    window = encrypted_window
    window.locking.lock()
    actions = window.menu_actions
    assert not actions.find_action.isEnabled()
    assert not actions.add_note_action.isEnabled()
    assert not actions.export_notes_action.isEnabled()
    assert not window.notes_dock.toggleViewAction().isEnabled()
    assert not actions.lock_action.isEnabled()
    assert actions.quit_action.isEnabled()


def test_the_window_locks_itself_after_the_idle_time(qtbot: QtBot, data_home: Path) -> None:
    encrypted_library_with_a_note()
    library = Library.open(passphrase=PASSPHRASE)
    window = shown_window(qtbot, library)
    try:
        window.settings.idle_lock_minutes = 0.4 / 60  # 0.4 s
        # Input keeps it open: a key every 0.1 s for a second...
        for _ in range(10):
            qtbot.keyClick(window.view, Qt.Key.Key_Shift)
            qtbot.wait(100)
        assert not window.locking.locked
        # ...and without any, it locks.
        qtbot.waitUntil(lambda: window.locking.locked, timeout=3000)
        assert not shows(window, NOTE)
    finally:
        window.close()
        window.library.close()


def test_never_means_no_idle_lock(qtbot: QtBot, data_home: Path) -> None:
    encrypted_library_with_a_note()
    settings = Settings()
    settings.idle_lock_minutes = None
    assert settings.idle_lock_minutes is None
    library = Library.open(passphrase=PASSPHRASE)
    window = shown_window(qtbot, library)
    try:
        qtbot.wait(300)
        assert not window.locking.locked
    finally:
        window.close()
        library.close()


# Unlock -------------------------------------------------------------------------------------


def test_unlock_asks_the_passphrase_and_restores_the_document_position_and_notes(
    qtbot: QtBot, encrypted_window: MainWindow
) -> None:
    window = encrypted_window
    window.reading.jump_to_paragraph(12)
    qtbot.waitUntil(lambda: window.view.current_paragraph == 12)
    document = window.document
    window.locking.lock()

    answers = PassphraseAnswers(WRONG, PASSPHRASE)
    assert window.locking.unlock()

    assert answers.answers == []
    assert "does not open the library" in answers.problems[1]
    assert not window.locking.locked
    assert window.centralWidget() is window.view
    assert window.document is document
    assert window.view.current_paragraph == 12
    assert window.notes_dock.isVisible()
    assert window.statusBar().isVisible()
    assert "zx" in topic_rows(window)
    window.reading.jump_to_paragraph(NOTE_PARAGRAPH)
    qtbot.waitUntil(lambda: shows(window, NOTE))
    assert window.menu_actions.find_action.isEnabled()
    assert window.menu_actions.lock_action.isEnabled()


def test_a_cancelled_unlock_leaves_the_window_locked(
    qtbot: QtBot, encrypted_window: MainWindow
) -> None:
    window = encrypted_window
    window.locking.lock()
    answers = PassphraseAnswers(None)
    assert not window.locking.unlock()
    assert answers.answers == []
    assert window.locking.locked
    assert not shows(window, NOTE)


def test_no_passphrase_reaches_the_disk(
    qtbot: QtBot, data_home: Path, encrypted_window: MainWindow
) -> None:
    window = encrypted_window
    press_ctrl_l(qtbot, window)
    PassphraseAnswers(PASSPHRASE)
    assert window.locking.unlock()
    window.settings.sync()
    window.close()
    assert settings_path().is_file()
    assert files_holding(data_home, PASSPHRASE) == []
    assert files_holding(data_home, NOTE) == []


def test_closing_while_locked_keeps_the_panels_layout(
    qtbot: QtBot, encrypted_window: MainWindow
) -> None:
    window = encrypted_window
    window.locking.lock()
    window.close()
    library = Library.open(passphrase=PASSPHRASE)
    try:
        reopened = MainWindow(library, Settings())
        qtbot.addWidget(reopened)
        reopened.show()
        reopened.open_first_document()
        qtbot.waitExposed(reopened)
        assert reopened.notes_dock.isVisible()
        assert reopened.findChild(QWidget, "main-toolbar").isVisible()
        reopened.close()
    finally:
        library.close()


# A plain library ----------------------------------------------------------------------------


def test_a_plain_library_cannot_be_locked_and_the_action_says_why(
    qtbot: QtBot, window: MainWindow
) -> None:
    action = window.menu_actions.lock_action
    assert action.shortcut().toString() == "Ctrl+L"
    assert not action.isEnabled()
    assert "encrypted" in action.toolTip()
    press_ctrl_l(qtbot, window)
    assert not window.locking.lock()
    assert not window.locking.locked
    assert window.centralWidget() is window.view


def test_a_note_left_empty_by_the_lock_is_discarded_before_the_library_closes(
    qtbot: QtBot, encrypted_window: MainWindow
) -> None:
    window = encrypted_window
    assert window.notes.add_paragraph_note(5, "en") is not None  # the cursor in it, no word
    press_ctrl_l(qtbot, window)
    qtbot.wait(50)  # what the lock left to do later, if anything, is done
    assert window.locking.locked
    PassphraseAnswers(PASSPHRASE)
    assert window.locking.unlock()
    notes = list_annotations(window.library, BUNDLED_DOCUMENT_KEY)
    assert [note.note for note in notes] == [NOTE]


def test_the_passphrase_question_shows_its_whole_explanation_and_problem(qtbot: QtBot) -> None:
    explanation = " ".join(["A forgotten passphrase cannot be recovered by anyone."] * 6)
    dialog = PassphraseDialog(None, "Encrypted library", explanation)
    qtbot.addWidget(dialog)
    dialog.say_problem("This passphrase does not open the library. Type it again.")
    dialog.show()
    qtbot.waitExposed(dialog)
    for label in (dialog.explanation, dialog.problem):
        assert label.height() >= label.heightForWidth(label.width())
