"""File > Export/Import Notes with encrypted notes: the passphrase dialog, the sealed file,
and the warning before a plain export of an encrypted library."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QFileDialog, QMessageBox
from pytestqt.qtbot import QtBot

from oicreader.annotations.sealed_notes import MAGIC
from oicreader.app.note_exchange import read_notes_file
from oicreader.store.annotations import list_annotations
from oicreader.store.library import Library
from oicreader.ui.main_window import MainWindow
from oicreader.ui.passphrase_dialog import PassphraseDialog

PASSPHRASE = "نص سري — secret"
NOTE = "Notre ligne rouge : paragraphe 14"


def answer_next_passphrase_dialog(*typed: str, seen: list[PassphraseDialog] | None = None) -> None:
    """When the next modal dialog opens, type `typed` into its fields and press OK (Cancel
    when nothing is typed); it is closed whatever happens, so a test never hangs on it."""

    def answer(tries_left: int = 300) -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, PassphraseDialog):
            if tries_left:  # not open yet; after 3 s the test has gone on without it
                QTimer.singleShot(10, lambda: answer(tries_left - 1))
            return
        try:
            if seen is not None:
                seen.append(dialog)
            for field, text in zip(
                (dialog.passphrase_field, dialog.repeated_field), typed, strict=False
            ):
                field.setText(text)
            button = (
                QDialogButtonBox.StandardButton.Ok
                if typed
                else QDialogButtonBox.StandardButton.Cancel
            )
            dialog.buttons.button(button).click()
        finally:
            if dialog.isVisible():
                dialog.reject()

    QTimer.singleShot(0, answer)


def noted(window: MainWindow) -> None:
    window.notes.add_paragraph_note(14)
    window.notes_dock.editors[0].text.setPlainText(NOTE)


def test_encrypted_notes_are_sealed_with_a_passphrase_asked_twice_and_read_back(
    window: MainWindow, library: Library, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    noted(window)
    seen: list[PassphraseDialog] = []
    answer_next_passphrase_dialog(PASSPHRASE, PASSPHRASE, seen=seen)
    sealed = window.note_exchange.export_notes(tmp_path / "notes.oicnotes")
    assert sealed == tmp_path / "notes.oicnotes"
    [dialog] = seen
    assert dialog.confirm and dialog.windowTitle() == "Encrypt notes"
    assert dialog.passphrase_field.text() == "" and dialog.repeated_field.text() == ""
    content = sealed.read_bytes()
    assert content.startswith(MAGIC) and NOTE.encode() not in content
    assert [a.note for a in read_notes_file(sealed, PASSPHRASE).annotations] == [NOTE]
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda parent, title, text: shown.append(text))
    answer_next_passphrase_dialog(PASSPHRASE)
    assert window.note_exchange.import_notes(sealed) == "0 added, 0 updated, 1 unchanged."
    assert shown == ["0 added, 0 updated, 1 unchanged."]


def test_a_wrong_passphrase_in_the_window_imports_nothing_and_says_why(
    window: MainWindow,
    library: Library,
    tmp_path: Path,
    no_blocking_message_boxes: list[tuple[str, str]],
) -> None:
    noted(window)
    answer_next_passphrase_dialog(PASSPHRASE, PASSPHRASE)
    sealed = window.note_exchange.export_notes(tmp_path / "notes.oicnotes")
    assert sealed is not None
    before = list_annotations(library)
    answer_next_passphrase_dialog("not it")
    assert window.note_exchange.import_notes(sealed) is None
    [(title, text)] = no_blocking_message_boxes
    assert title == "Import failed" and "your notes are unchanged" in text
    assert "notes.oicnotes: the passphrase is wrong" in text and "not it" not in text
    assert list_annotations(library) == before


def test_cancelling_the_passphrase_writes_and_imports_nothing(
    window: MainWindow, tmp_path: Path, library: Library
) -> None:
    noted(window)
    answer_next_passphrase_dialog()
    assert window.note_exchange.export_notes(tmp_path / "notes.oicnotes") is None
    assert not (tmp_path / "notes.oicnotes").exists()
    answer_next_passphrase_dialog(PASSPHRASE, PASSPHRASE)
    sealed = window.note_exchange.export_notes(tmp_path / "notes.oicnotes")
    assert sealed is not None
    before = list_annotations(library)
    answer_next_passphrase_dialog()
    assert window.note_exchange.import_notes(sealed) is None
    assert list_annotations(library) == before


def test_choosing_encrypted_notes_as_the_file_type_seals_the_file(
    window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    noted(window)
    filters: list[str] = []

    def save_as(parent: object, title: str, name: str, offered: str) -> tuple[str, str]:
        filters.append(offered)
        return str(tmp_path / "for-the-ambassador"), "Encrypted notes (*.oicnotes)"

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_as)
    answer_next_passphrase_dialog(PASSPHRASE, PASSPHRASE)
    sealed = window.note_exchange.export_notes()
    assert sealed == tmp_path / "for-the-ambassador.oicnotes"
    assert sealed.read_bytes().startswith(MAGIC)
    assert filters == ["Web Annotation (*.jsonld *.json);;Encrypted notes (*.oicnotes)"]


@pytest.mark.parametrize(
    ("answer", "written"),
    [(QMessageBox.StandardButton.Yes, True), (QMessageBox.StandardButton.Cancel, False)],
)
def test_a_plain_export_of_an_encrypted_library_is_confirmed_first(
    window: MainWindow,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    answer: QMessageBox.StandardButton,
    written: bool,
) -> None:
    noted(window)
    plain = tmp_path / "notes.jsonld"
    warnings: list[str] = []

    def warning(parent: object, title: str, text: str, *buttons: object) -> object:
        warnings.append(text)
        return answer

    monkeypatch.setattr(QMessageBox, "warning", warning)
    assert window.note_exchange.export_notes(plain) == plain
    assert warnings == [] and plain.exists()
    plain.unlink()
    monkeypatch.setattr("oicreader.store.encryption.is_encrypted", lambda path: True)
    assert (window.note_exchange.export_notes(plain) == plain) is written
    assert plain.exists() is written
    [text] = warnings
    assert "anyone who has it can read your notes" in text
    assert '"Encrypted notes (*.oicnotes)"' in text


def test_the_passphrase_dialog_accepts_only_two_equal_passphrases(qtbot: QtBot) -> None:
    dialog = PassphraseDialog(None, "Lock", "Why we ask", confirm=True)
    qtbot.addWidget(dialog)
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert not ok.isEnabled()
    qtbot.keyClicks(dialog.passphrase_field, "abc")
    qtbot.keyClicks(dialog.repeated_field, "abd")
    assert not ok.isEnabled() and dialog.problem.text() == "The two passphrases differ."
    dialog.accept()
    assert dialog.result() != PassphraseDialog.DialogCode.Accepted
    dialog.repeated_field.setText("abc")
    assert ok.isEnabled() and dialog.problem.text() == ""
    assert dialog.passphrase_field.echoMode() == dialog.passphrase_field.EchoMode.Password
    asked_once = PassphraseDialog(None, "Unlock", "Why", confirm=False)
    qtbot.addWidget(asked_once)
    assert asked_once.repeated_field.isHidden()
    asked_once.passphrase_field.setText("x")
    assert asked_once.buttons.button(QDialogButtonBox.StandardButton.Ok).isEnabled()
