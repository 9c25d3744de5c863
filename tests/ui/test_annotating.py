"""Annotating in the window: highlights, notes, tags, undo, and nothing lost."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from oicreader.model.document import Document, LanguageVersion
from oicreader.store.annotations import get_annotation, list_annotations
from oicreader.store.library import Library
from oicreader.ui.main_window import MainWindow
from oicreader.ui.settings import Settings
from tests.conftest import REPOSITORY_ROOT

pytestmark = pytest.mark.gui


def select(window: MainWindow, number: int, language: str, start: int, end: int) -> None:
    """Select code points [start, end) of a paragraph's text, as a mouse drag would."""
    assert window.view.built is not None
    qt_start, qt_end = window.view.built.cells[(number, language)].qt_range(start, end)
    cursor = QTextCursor(window.view.document())
    cursor.setPosition(qt_start)
    cursor.setPosition(qt_end, QTextCursor.MoveMode.KeepAnchor)
    window.view.setTextCursor(cursor)


def select_words(window: MainWindow, number: int, language: str, words: str) -> tuple[int, int]:
    assert window.document is not None
    text = window.document.paragraph(number).text(language) or ""
    start = text.index(words)
    select(window, number, language, start, start + len(words))
    return start, start + len(words)


def listed_notes(window: MainWindow) -> list[str]:
    """The lines of each row of the list of all notes, as drawn."""
    model = window.notes_dock.all_notes.model()
    return [model.index(row, 0).data() for row in range(model.rowCount())]


def test_highlight_in_arabic_covers_the_same_characters_in_a_new_window(
    window: MainWindow, library: Library, qtbot: QtBot
) -> None:
    window.reading.jump_to_paragraph(6)
    start, end = select_words(window, 6, "ar", "جماعات الروهينغايا المسلمين")
    qtbot.keyClick(window.view, Qt.Key.Key_H, Qt.KeyboardModifier.ControlModifier)
    [stored] = list_annotations(library)
    assert stored.anchor is not None
    assert (stored.anchor.start, stored.anchor.end) == (start, end)
    assert stored.anchor.quote == "جماعات الروهينغايا المسلمين"
    window.close()

    again = MainWindow(library, Settings())
    qtbot.addWidget(again)
    again.show()
    again.open_first_document()
    built = again.view.built
    assert built is not None
    cell = built.cells[(6, "ar")]
    painted = [
        s.cursor.selectedText()
        for s in again.view.extraSelections()
        if s.format.background().color().name() == "#fff176"
    ]
    assert painted == [cell.text[start:end]]
    assert again.view.document().toPlainText().count("\u270e") >= 1
    # Still on the same words once the front matter is laid out above every row.
    qtbot.waitUntil(lambda: not again.view.building)
    painted = [
        s.cursor.selectedText()
        for s in again.view.extraSelections()
        if s.format.background().color().name() == "#fff176"
    ]
    assert painted == [cell.text[start:end]]


def test_highlight_offsets_are_code_points_also_after_characters_outside_the_bmp(
    window: MainWindow, library: Library
) -> None:
    text = "قال 𝔸 ثم 😀 وأكد الاجتماع موقفه"
    library.save_document(
        Document("bmp", "TEST/BMP", {"ar": "اختبار"}, "", "draft", "ar",
                 {"ar": LanguageVersion("ar", (), {1: text})}),
        "imported",
    )  # fmt: skip
    window.reading.open_document("bmp")
    select_words(window, 1, "ar", "وأكد الاجتماع")
    annotation = window.notes.highlight_selection()
    assert annotation is not None and annotation.anchor is not None
    assert text[annotation.anchor.start : annotation.anchor.end] == "وأكد الاجتماع"


def test_a_note_in_arabic_reads_right_to_left_and_html_is_shown_as_written(
    window: MainWindow, library: Library
) -> None:
    window.reading.jump_to_paragraph(6)
    select_words(window, 6, "ar", "الروهينغايا")
    annotation = window.notes.add_note_to_selection()
    assert annotation is not None
    [editor] = window.notes_dock.editors
    editor.text.setPlainText("موقفنا <b>واضح</b> <script>alert(1)</script>")
    assert (
        get_annotation(library, annotation.id).note
        == "موقفنا <b>واضح</b> <script>alert(1)</script>"
    )
    assert editor.text.toPlainText().count("<b>") == 1
    layout_direction = editor.text.document().firstBlock().textDirection()
    assert layout_direction == Qt.LayoutDirection.RightToLeft
    listed = listed_notes(window)
    assert any("<script>alert(1)</script>" in text for text in listed)
    editor.text.setPlainText("Our position is clear.")
    assert editor.text.document().firstBlock().textDirection() == Qt.LayoutDirection.LeftToRight


def test_whole_paragraph_note_and_gutter_mark(window: MainWindow, library: Library) -> None:
    annotation = window.notes.add_paragraph_note(3)
    assert annotation is not None and annotation.anchor is None
    assert window.view.current_paragraph == 3
    built = window.view.built
    assert built is not None
    cursor = QTextCursor(window.view.document())
    position = built.gutter_markers[(3, "note")]
    cursor.setPosition(position + 1)
    assert cursor.charFormat().foreground().color().alpha() == 255
    cursor.setPosition(built.gutter_markers[(4, "note")] + 1)
    assert cursor.charFormat().foreground().color().alpha() == 0


def test_delete_and_undo_bring_back_the_same_id(
    window: MainWindow, library: Library, qtbot: QtBot
) -> None:
    window.reading.jump_to_paragraph(5)
    select_words(window, 5, "en", "terrorist attacks")
    annotation = window.notes.highlight_selection()
    assert annotation is not None
    window.notes_dock.editors[0].delete_requested.emit(annotation.id)
    assert list_annotations(library) == []
    qtbot.keyClick(window.view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert [a.id for a in list_annotations(library)] == [annotation.id]


def test_filtering_the_list_by_tag_shows_only_those_notes(window: MainWindow) -> None:
    window.reading.jump_to_paragraph(6)
    select_words(window, 6, "en", "Rohingya Muslim communities")
    window.notes.add_note_to_selection()
    window.notes_dock.editors[0].tags.setText("rohingya, priority")
    window.notes_dock.editors[0].tags.textEdited.emit("rohingya, priority")
    window.reading.jump_to_paragraph(4)
    window.notes.add_paragraph_note(4)
    window.notes_dock.editors[0].tags.setText("palestine")
    window.notes_dock.editors[0].tags.textEdited.emit("palestine")
    dock = window.notes_dock
    dock.refresh_list()
    assert len(listed_notes(window)) == 2
    dock.filter_tag.setCurrentIndex(dock.filter_tag.findData("rohingya"))
    [listed] = listed_notes(window)
    assert "Rohingya Muslim communities" in listed
    dock.filter_tag.setCurrentIndex(dock.filter_tag.findData("palestine"))
    [listed] = listed_notes(window)
    assert "¶4" in listed


def test_tags_complete_from_tags_in_use(window: MainWindow) -> None:
    window.notes.add_paragraph_note(1)
    window.notes_dock.editors[0].tags.setText("palestine")
    window.notes_dock.editors[0].tags.textEdited.emit("palestine")
    window.notes.add_paragraph_note(2)
    field = window.notes_dock.editors[0].tags
    completer = field._completer
    completer.setCompletionPrefix("pal")
    assert completer.currentCompletion() == "palestine"


def test_choosing_a_note_in_the_list_brings_it_into_view(window: MainWindow, qtbot: QtBot) -> None:
    window.notes.add_paragraph_note(14)
    qtbot.keyClicks(window.notes_dock.editors[0].text, "Budget")  # an empty note is not kept
    window.reading.jump_to_paragraph(1)
    window.notes_dock.refresh_list()
    notes = window.notes_dock.all_notes
    notes.activated.emit(notes.model().index(0, 0))
    assert window.view.current_paragraph == 14


def test_export_and_import_notes_with_a_summary(
    window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window.notes.add_paragraph_note(2)
    exported = window.note_exchange.export_notes(tmp_path / "notes.jsonld")
    assert exported is not None and exported.is_file()
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda parent, title, text: shown.append(text))
    assert window.note_exchange.import_notes(exported) == "0 added, 0 updated, 1 unchanged."
    assert shown == ["0 added, 0 updated, 1 unchanged."]
    bad = tmp_path / "bad.jsonld"
    bad.write_text("{not json", encoding="utf-8")
    errors: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda parent, title, text: errors.append(text))
    assert window.note_exchange.import_notes(bad) is None
    assert errors and "bad.jsonld" in errors[0]


KILLED_WRITER = """
import sys
from PySide6.QtGui import QTextCursor
from oicreader.store.library import Library
from oicreader.ui.app import application, open_window
app = application()
window = open_window(Library.open())
window.show()
window.open_first_document()
window.reading.jump_to_paragraph(6)
annotation = window.notes.add_paragraph_note(6, "ar")
editor = window.notes_dock.editors[0]
for character in "ملاحظة كتبت قبل الإغلاق المفاجئ":
    editor.text.insertPlainText(character)  # one keystroke at a time
print(annotation.id, flush=True)
app.exec()
"""


def test_a_note_typed_just_before_the_app_is_killed_is_kept(data_home: Path) -> None:
    environment = {**os.environ, "OICREADER_HOME": str(data_home), "QT_QPA_PLATFORM": "offscreen"}
    process = subprocess.Popen(
        [sys.executable, "-c", KILLED_WRITER], cwd=REPOSITORY_ROOT, env=environment,
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, encoding="utf-8",
    )  # fmt: skip
    assert process.stdout is not None
    annotation_id = process.stdout.readline().strip()
    process.send_signal(signal.SIGKILL)  # the moment the last key was typed
    _rest, errors = process.communicate(timeout=30)
    assert annotation_id, errors
    with Library.open() as library:
        assert get_annotation(library, annotation_id).note == "ملاحظة كتبت قبل الإغلاق المفاجئ"
