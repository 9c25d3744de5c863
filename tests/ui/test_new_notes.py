"""A new note: its editor in sight with the cursor in it, and gone again if left empty."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QApplication, QSplitter
from pytestqt.qtbot import QtBot

from oicreader.store.annotations import list_annotations
from oicreader.store.library import Library
from oicreader.ui.main_window import MainWindow
from oicreader.ui.note_editor import NoteEditor
from tests.ui.test_annotating import select_words

pytestmark = pytest.mark.gui

FOURTH = 4


def panel_of_height(window: MainWindow, qtbot: QtBot, height: int) -> None:
    """The current paragraph's notes get `height` pixels of the notes panel."""
    window.ensure_panels()
    window.notes_dock.show()
    window.notes_dock.raise_()
    splitter = window.notes_dock.findChild(QSplitter)
    assert splitter is not None
    splitter.setSizes([height, max(100, splitter.height() - height)])
    qtbot.wait(50)


def text_box_in_view(window: MainWindow, editor: NoteEditor) -> bool:
    """As much of the editor's text box as the list has room for is in view, from its top."""
    viewport = window.notes_dock.current.viewport()
    box = QRect(editor.text.mapTo(viewport, QPoint(0, 0)), editor.text.size())
    seen = box.intersected(viewport.rect())
    return seen.top() == box.top() and seen.height() >= min(box.height(), viewport.height())


@pytest.mark.parametrize("height", [200, 150])
def test_a_new_note_on_highlighted_words_is_typed_in_sight(
    window: MainWindow, qtbot: QtBot, height: int
) -> None:
    window.reading.jump_to_paragraph(FOURTH)
    for words in ("The meeting recalled", "Executive Committee", "Foreign Affairs"):
        select_words(window, FOURTH, "en", words)
        window.menu_actions.highlight_action.trigger()
    panel_of_height(window, qtbot, height)
    select_words(window, FOURTH, "en", "Israel has relentlessly pursued")
    qtbot.keyClick(
        window.view,
        Qt.Key.Key_N,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    qtbot.wait(50)
    focused = QApplication.focusWidget()
    [editor] = [e for e in window.notes_dock.editors if e.text is focused]
    assert editor.annotation.anchor is not None
    assert editor.annotation.anchor.quote == "Israel has relentlessly pursued"
    assert text_box_in_view(window, editor)
    qtbot.keyClicks(focused, "Noted")
    assert editor.annotation.note == "Noted"


def has_note_mark(window: MainWindow, number: int) -> bool:
    """The gutter pencil beside a paragraph is drawn (not transparent)."""
    built = window.view.built
    assert built is not None
    cursor = QTextCursor(window.view.document())
    cursor.setPosition(built.gutter_markers[(number, "note")] + 1)
    return cursor.charFormat().foreground().color().alpha() == 255


def live_notes(library: Library) -> list[str]:
    return [annotation.note for annotation in list_annotations(library)]


def test_a_note_left_without_a_word_is_not_kept(
    window: MainWindow, library: Library, qtbot: QtBot
) -> None:
    window.reading.jump_to_paragraph(5)
    window.notes.add_paragraph_note(5, "en")  # Right-click > Note on Paragraph 5…
    assert live_notes(library) == [""] and has_note_mark(window, 5)
    window.view.setFocus()  # clicked away
    qtbot.waitUntil(lambda: live_notes(library) == [])
    assert not has_note_mark(window, 5)
    assert window.notes_dock.editors == []


def test_a_note_left_empty_goes_when_another_paragraph_is_chosen(
    window: MainWindow, library: Library, qtbot: QtBot
) -> None:
    window.notes.add_paragraph_note(5, "en")
    window.reading.jump_to_paragraph(9)  # from the outline, the focus still in the note
    qtbot.wait(20)
    assert live_notes(library) == [] and not has_note_mark(window, 5)


def test_a_note_with_text_stays_and_undo_still_brings_back_a_deleted_one(
    window: MainWindow, library: Library, qtbot: QtBot
) -> None:
    kept = window.notes.add_paragraph_note(5, "en")
    assert kept is not None
    qtbot.keyClicks(QApplication.focusWidget(), "Ask the delegation")
    deleted = window.notes.add_paragraph_note(5, "en")
    assert deleted is not None
    qtbot.keyClicks(QApplication.focusWidget(), "Draft")
    window.notes.delete_note(deleted.id)  # on purpose
    window.notes.add_paragraph_note(5, "en")
    window.view.setFocus()
    qtbot.waitUntil(lambda: live_notes(library) == ["Ask the delegation"])
    window.menu_actions.undo_action.trigger()
    assert sorted(live_notes(library)) == ["Ask the delegation", "Draft"]
    assert has_note_mark(window, 5)
