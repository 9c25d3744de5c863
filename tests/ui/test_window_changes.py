"""Each change refreshes only what it touches: the window announces every use case's Changes,
and each controller redraws its own part (no note list reloaded, no tree rebuilt, for a key)."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

import pytest
from PySide6.QtWidgets import QTreeWidgetItem
from pytestqt.qtbot import QtBot

from oicreader.app.changes import Changes
from oicreader.store.library import Library
from oicreader.ui.main_window import MainWindow
from oicreader.ui.note_editor import NoteEditor
from tests.ui.test_annotating import select_words

pytestmark = pytest.mark.gui


@contextmanager
def watched(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> Iterator[dict[str, list[object]]]:
    """Record what is redrawn while the block runs: the whole topic tree, the highlights,
    the notes panel reloaded, and what the window announced."""
    seen: dict[str, list[object]] = {"tree": [], "highlights": [], "panel": [], "changes": []}
    for name, owner, method in (
        ("tree", window.topics_dock, "show_topics"),
        ("highlights", window.view, "set_highlights"),
        ("panel", window.notes_dock, "refresh"),
    ):
        original = getattr(owner, method)

        def spy(*arguments: object, _name: str = name, _original: object = original) -> object:
            seen[_name].append(arguments)
            return _original(*arguments)  # type: ignore[operator]

        monkeypatch.setattr(owner, method, spy)
    window.changed.connect(seen["changes"].append)
    try:
        yield seen
    finally:
        window.changed.disconnect(seen["changes"].append)


def tag_branch(window: MainWindow) -> QTreeWidgetItem:
    tree = window.topics_dock.tree
    return next(
        tree.topLevelItem(i)
        for i in range(tree.topLevelItemCount())
        if tree.topLevelItem(i).text(0).startswith("My tags")
    )


def note_editor_on_paragraph(window: MainWindow, number: int) -> NoteEditor:
    window.notes.add_paragraph_note(number, "en")
    [editor] = window.notes_dock.editors
    return editor


def test_a_new_note_is_announced_with_its_document_paragraph_and_id(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    with watched(window, monkeypatch) as seen:
        annotation = window.notes.add_paragraph_note(6, "en")
    assert annotation is not None
    assert seen["changes"] == [
        Changes(
            document=annotation.document,
            paragraphs=frozenset({6}),
            notes=frozenset({annotation.id}),
        )
    ]
    assert seen["panel"], "the notes panel lists the new note"


def test_highlighting_words_repaints_the_marks_but_leaves_the_topic_tree_alone(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    window.reading.jump_to_paragraph(6)
    select_words(window, 6, "en", "Rohingya Muslim communities")
    with watched(window, monkeypatch) as seen:
        window.notes.highlight_selection()
    assert len(seen["highlights"]) == 1
    assert seen["tree"] == [], "a highlight without tags moves no topic"


def test_typing_in_a_note_redraws_nothing_outside_the_notes_panel(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    editor = note_editor_on_paragraph(window, 6)
    with watched(window, monkeypatch) as seen:
        for letter in "word":
            editor.text.insertPlainText(letter)
    assert seen == {"tree": [], "highlights": [], "panel": [], "changes": []}


def test_a_tag_typed_in_a_note_updates_the_tag_branch_without_rebuilding_the_tree(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    editor = note_editor_on_paragraph(window, 6)
    branch = tag_branch(window)
    themes = window.topics_dock.tree.topLevelItem(0)
    with watched(window, monkeypatch) as seen:
        editor.tags.setText("voice of wisdom")
        editor.tags.textEdited.emit("voice of wisdom")
    assert seen["tree"] == [], "the themes, places and differences stay as they are"
    assert seen["highlights"] == [], "a tag moves no highlight"
    assert seen["panel"] == [], "the panel the tag was typed in is not reloaded under it"
    assert [changes.tags_changed for changes in seen["changes"]] == [True]  # type: ignore[attr-defined]
    assert tag_branch(window) is branch and window.topics_dock.tree.topLevelItem(0) is themes
    assert (branch.text(0), branch.text(1)) == ("My tags", "1")
    assert (branch.child(0).text(0), branch.child(0).text(1)) == ("voice of wisdom", "1")


def test_a_key_that_adds_no_tag_announces_nothing(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    editor = note_editor_on_paragraph(window, 6)
    editor.tags.setText("voice")
    editor.tags.textEdited.emit("voice")
    with watched(window, monkeypatch) as seen:
        editor.tags.setText("voice ")  # the same tag once cleaned
        editor.tags.textEdited.emit("voice ")
    assert seen == {"tree": [], "highlights": [], "panel": [], "changes": []}


def test_zooming_lays_the_text_out_again_without_reading_the_notes(
    window: MainWindow, library: Library, monkeypatch: pytest.MonkeyPatch
) -> None:
    window.notes.add_paragraph_note(6, "en")
    statements: list[str] = []
    with watched(window, monkeypatch) as seen:
        library.db.conn.set_trace_callback(statements.append)
        try:
            window.reading.set_zoom(1.25)
        finally:
            library.db.conn.set_trace_callback(None)
    assert not [s for s in statements if "annotations" in s]
    assert seen["highlights"] == [] and seen["tree"] == []


def test_deleting_a_tagged_note_drops_its_tag_from_the_tree_alone(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch, qtbot: QtBot
) -> None:
    editor = note_editor_on_paragraph(window, 6)
    editor.tags.setText("voice of wisdom")
    editor.tags.textEdited.emit("voice of wisdom")
    with watched(window, monkeypatch) as seen:
        window.notes.delete_note(editor.annotation.id)
    assert seen["tree"] == []
    assert tag_branch(window).text(1) == "0"
    assert len(seen["highlights"]) == 1 and len(seen["panel"]) == 1
    window.notes.undo_delete()
    assert tag_branch(window).text(1) == "1"
