"""When a newer text of a bundled document changes words the reader highlighted, the window
says how many notes need a look, as an import of a revision does (issue 21)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from oicreader.app.notes import add_note
from oicreader.model.annotation import TextAnchor
from oicreader.store.library import Library
from oicreader.ui.main_window import MainWindow
from tests.conftest import BUNDLED_FOLDER

pytestmark = pytest.mark.gui

KEY = BUNDLED_FOLDER.name


def told(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    said: list[str] = []
    monkeypatch.setattr(
        QMessageBox, "information", lambda parent, title, text, *rest: said.append(text)
    )
    return said


def reload_from(window: MainWindow, monkeypatch: pytest.MonkeyPatch, folder: Path) -> None:
    library: Library = window.library
    monkeypatch.setattr(
        library, "check_bundled_documents", lambda: library.refresh_bundled_documents(folder)
    )
    window.library_controller.check_bundled_documents()


def highlight(window: MainWindow, number: int, quote: str) -> None:
    text = window.library.document(KEY).paragraph(number).text("en") or ""
    start = text.index(quote)
    anchor = TextAnchor.in_text(text, start, start + len(quote))
    add_note(window.session, KEY, number, "en", anchor=anchor, note="look")


def revised_copy(tmp_path: Path, old: str, new: str) -> Path:
    root = tmp_path / "documents"
    shutil.copytree(BUNDLED_FOLDER, root / KEY)
    english = root / KEY / "en.txt"
    english.write_text(english.read_text(encoding="utf-8").replace(old, new), encoding="utf-8")
    return root


def test_a_newer_bundled_text_that_changes_highlighted_words_says_notes_need_a_look(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    highlight(window, 10, "the Lake Chad Basin region")
    said = told(monkeypatch)
    reload_from(window, monkeypatch, revised_copy(tmp_path, "Lake Chad Basin", "Sahel"))
    [message] = said
    assert "1" in message and "Notes to Review" in message and "None was dropped" in message


def test_a_newer_bundled_text_that_leaves_the_notes_in_place_says_nothing(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    highlight(window, 4, "1967")
    said = told(monkeypatch)
    reload_from(window, monkeypatch, revised_copy(tmp_path, "Lake Chad Basin", "Sahel"))
    assert said == []
