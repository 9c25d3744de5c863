"""The window tells a failure the reader can act on in a dialog, with the same message the
command line prints, and never lets it escape as a traceback (issue 16, point 15)."""

from __future__ import annotations

import errno
import sqlite3
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from oicreader.errors import describe_failure
from oicreader.store.annotations import list_annotations
from oicreader.store.library import Library
from oicreader.ui.error_dialog import show_failure
from oicreader.ui.main_window import MainWindow
from oicreader.ui.preferences_dialog import PreferencesDialog

pytestmark = pytest.mark.gui

FULL_DISK = OSError(errno.ENOSPC, "No space left on device", "/data/library.db")


@pytest.fixture
def boxes(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str, str]]:
    """The message boxes shown: (kind, title, text)."""
    shown: list[tuple[str, str, str]] = []
    for kind in ("critical", "warning"):

        def record(parent: object, title: str, text: str, *_: object, kind: str = kind) -> int:
            shown.append((kind, title, text))
            return int(QMessageBox.StandardButton.Ok)

        monkeypatch.setattr(QMessageBox, kind, record)
    return shown


def test_a_failure_is_shown_under_its_lead_with_the_command_lines_message(
    qtbot: QtBot, boxes: list[tuple[str, str, str]]
) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    shown = show_failure(parent, "Export failed", "The notes could not be written.", FULL_DISK)
    message = describe_failure(FULL_DISK)
    assert shown == f"The notes could not be written.\n\n{message}"
    assert boxes == [("critical", "Export failed", shown)]
    assert "/data/library.db" in shown and "the disk is full" in shown


def test_a_warning_is_shown_as_a_warning(qtbot: QtBot, boxes: list[tuple[str, str, str]]) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    show_failure(parent, "Daily backup failed", "No backup today.", FULL_DISK, warning=True)
    assert [kind for kind, _, _ in boxes] == ["warning"]


def test_a_bug_is_not_dressed_up_as_a_message(
    qtbot: QtBot, boxes: list[tuple[str, str, str]]
) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    with pytest.raises(ZeroDivisionError):
        show_failure(parent, "Export failed", "lead", ZeroDivisionError("a bug"))
    assert boxes == []


def test_importing_notes_on_a_full_disk_says_so_and_changes_nothing(
    window: MainWindow,
    library: Library,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    boxes: list[tuple[str, str, str]],
) -> None:
    window.notes.add_paragraph_note(2)
    exported = window.note_exchange.export_notes(tmp_path / "notes.jsonld")
    assert exported is not None
    before = list_annotations(library)

    def disk_full(*_: object, **__: object) -> None:
        raise sqlite3.OperationalError("database or disk is full")

    monkeypatch.setattr("oicreader.app.note_exchange.merge_annotations", disk_full)
    assert window.note_exchange.import_notes(exported) is None
    [(kind, _title, text)] = boxes
    assert kind == "critical" and "the disk is full" in text and str(library.path) in text
    assert list_annotations(library) == before


def test_a_backup_the_preferences_cannot_take_says_why(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch, data_home: Path
) -> None:
    def read_only(*_: object) -> None:
        raise OSError(errno.EROFS, "Read-only file system", str(data_home / "backups"))

    monkeypatch.setattr("oicreader.store.backups.take_backup", read_only)
    dialog = PreferencesDialog(window.settings, window.session, window.restore_from_backup, window)
    dialog.take_backup_now()
    status = dialog.backup_status.text()
    assert str(data_home / "backups") in status and "the folder is read-only" in status
    assert "Errno" not in status


def test_a_restore_that_fails_shows_the_same_message_as_the_command_line(
    window: MainWindow,
    tmp_path: Path,
    boxes: list[tuple[str, str, str]],
) -> None:
    text_file = tmp_path / "notes.txt"
    text_file.write_text("not a backup\n", encoding="utf-8")
    message = window.restore_from_backup(text_file)
    assert message is not None and str(text_file) in message
    [(kind, _title, text)] = boxes
    assert kind == "critical" and text == message
